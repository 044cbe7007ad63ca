"""General rules about what a record is, who is in it and how many (round 7, "reports").

Every record here is written for this test, one kind of record or sentence per case; none
is taken from a labelled set. Each kind comes with a near miss that must keep its old
verdict, so that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from written import JOURNAL, RCT, facts, gaps

# ------------------- a depressed subgroup of a trial in another condition (CONTRACT.md)
_KIDNEY = (
    "Low-dose naltrexone and mood in chronic kidney disease: a secondary analysis of a "
    "randomized trial"
)


def test_a_depressed_subgroup_of_a_trial_in_another_condition_is_not_a_depressed_population() -> (
    None
):
    """A secondary analysis that cuts the people with high depression scores out of a
    trial that enrolled them for another disease analyses a subgroup: no depression
    population, no gap, whatever its size; its n is the subgroup it analysed."""
    title = _KIDNEY
    abstract = (
        "Methods: The parent trial randomized 140 adults with chronic kidney disease and "
        "pruritus to naltrexone 3 mg nightly or placebo for 10 weeks. For this secondary "
        "analysis we studied the 72 participants who had a BDI-II score of 20 or more at "
        "baseline.\n"
        "Results: BDI-II scores fell by 6.1 points with naltrexone and 2.9 with placebo "
        "(p = 0.03)."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.depression_population is False
    assert f.n == 72
    assert gaps(title, abstract, RCT) == {}


def test_an_abbreviated_other_condition_still_names_the_parent_population() -> None:
    """The other disease may be named only by the abbreviation the abstract defines for
    it ("CKD"): its trial still selected people for that disease."""
    title = "Naltrexone 3 mg and depressive symptoms: a post hoc analysis of a randomized trial"
    abstract = (
        "Background: Depression often accompanies chronic kidney disease (CKD).\n"
        "Methods: The trial randomized 140 adults with CKD to naltrexone 3 mg nightly or "
        "placebo. In this post hoc analysis we examined the 70 participants who had a "
        "BDI-II score of 20 or more at baseline.\n"
        "Results: BDI-II scores fell more with naltrexone (p = 0.04)."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_near_miss_a_trial_enrolling_both_conditions_is_a_depressed_population() -> None:
    """A trial that selected people for the other disease AND the watched condition is
    about depressed people: its secondary analysis keeps the gap."""
    title = _KIDNEY
    abstract = (
        "Methods: The parent trial randomized 140 adults with chronic kidney disease and "
        "major depressive disorder to naltrexone 3 mg nightly or placebo for 10 weeks. For "
        "this secondary analysis we studied all 140 participants.\n"
        "Results: MADRS scores fell by 6.1 points with naltrexone and 2.9 with placebo "
        "(p = 0.03)."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population is True
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


# ------------------------------------------------ a derived report's own analysed sample
def test_the_sample_left_in_this_subgroup_analysis_is_its_n() -> None:
    """ "... leaving 44 (X n=23, placebo n=21) in this subgroup analysis": the count the
    analysis kept, with its arms in brackets, is its n, not the parent's randomised total."""
    f = facts(
        "Naltrexone 2 mg added to tricyclics: a prespecified subgroup analysis of a "
        "randomised trial",
        "Methods: The trial randomised two hundred and ten adults with major depressive "
        "disorder. Forty-seven were taking a tricyclic at entry; three had no follow-up "
        "rating, leaving 44 (naltrexone n=23, placebo n=21) in this subgroup analysis.\n"
        "Results: HAM-D improved more with naltrexone (p = 0.04).",
        RCT,
    )
    assert f.n == 44


def test_near_miss_a_main_report_keeps_its_randomised_total() -> None:
    f = facts(
        "Naltrexone 2 mg added to tricyclics: a randomised trial",
        "Methods: The trial randomised 210 adults with major depressive disorder (naltrexone "
        "n=105, placebo n=105).\n"
        "Results: HAM-D improved more with naltrexone (p = 0.04).",
        RCT,
    )
    assert f.n == 210


# ---------------------------------------- a trial's statistical analysis plan is planned
_SAP_TITLE = (
    "Statistical analysis plan for NOVA-3: a randomized, placebo-controlled trial of "
    "naltrexone 2 mg with vortioxetine in depression"
)
_SAP = (
    "Background: NOVA-3 tests naltrexone 2 mg nightly added to vortioxetine in adults with "
    "major depressive disorder. We describe the analysis plan, fixed before unblinding.\n"
    "Methods: The target sample is 220 randomized participants; by March 2026, 131 had been "
    "randomized. The primary analysis will use a mixed model for repeated HAM-D ratings."
)


def test_a_statistical_analysis_plan_is_its_trials_protocol() -> None:
    """A trial's statistical analysis plan has no outcome data: it is part of the protocol
    (CONTRACT.md: `protocol`, n planned), so its gaps are in progress, not addressed."""
    f = facts(_SAP_TITLE, _SAP, JOURNAL)
    assert f.design == "protocol"
    assert f.has_results is False
    assert f.n == 220
    assert gaps(_SAP_TITLE, _SAP, JOURNAL) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
    }


def test_near_miss_a_results_paper_that_states_its_target_keeps_its_randomised_n() -> None:
    title = "Naltrexone 2 mg with vortioxetine in depression: a randomized trial"
    abstract = (
        "Methods: The planned sample size was 220; 131 adults with major depressive disorder "
        "were randomized to naltrexone 2 mg or placebo added to vortioxetine.\n"
        "Results: HAM-D fell more with naltrexone (p = 0.02)."
    )
    f = facts(title, abstract, RCT)
    assert f.design == "rct"
    assert f.n == 131


# ------------------------- a study nested in a trial, or following it, is not that trial
_INTERVIEWS_TITLE = (
    "Living with an add-on: a qualitative interview study of naltrexone 3 mg in the "
    "SERENE randomised depression trial"
)
_INTERVIEWS = (
    "Objectives: To understand how participants experienced naltrexone or placebo added to "
    "sertraline.\n"
    "Design: Semi-structured interviews with thematic analysis, nested within the SERENE "
    "randomised controlled trial.\n"
    "Participants: Thirty trial participants with major depressive disorder were approached "
    "and 19 were interviewed (11 had received naltrexone 3 mg, 8 placebo). SERENE itself "
    "randomised 180 adults.\n"
    "Results: Three themes were developed around sleep, pleasure and uncertainty."
)


def test_a_qualitative_study_nested_in_a_trial_is_observational_with_its_own_people() -> None:
    """Interviews nested in a trial collect new data from some of its people: an
    observational study of those interviewed, closing no gap with the trial's size."""
    f = facts(_INTERVIEWS_TITLE, _INTERVIEWS, JOURNAL)
    assert f.design == "observational"
    assert f.n == 19
    assert gaps(_INTERVIEWS_TITLE, _INTERVIEWS, JOURNAL) == {}


def test_a_naturalistic_follow_up_after_a_trial_is_observational_with_its_own_people() -> None:
    title = "Two-year naturalistic follow-up after an open-label trial of naltrexone in dysthymia"
    abstract = (
        "Methods: Participants of a 10-week open-label naltrexone 3 mg trial (n = 30 "
        "enrolled) were invited to a follow-up with ratings at 12 and 24 months; no study "
        "drug was supplied. Twenty-one consented and were followed.\n"
        "Results: HAM-D scores stayed low in those who kept taking naltrexone."
    )
    f = facts(title, abstract, ("Journal Article", "Observational Study"))
    assert f.design == "observational"
    assert f.n == 21


def test_near_miss_a_trial_reporting_its_own_interviews_stays_a_trial() -> None:
    """A trial whose abstract also mentions interviews is still the trial."""
    title = "Naltrexone 3 mg added to sertraline for major depression: a randomised trial"
    abstract = (
        "Methods: We randomised 180 adults with major depressive disorder to naltrexone 3 mg "
        "or placebo added to sertraline; 19 were also interviewed about their experience.\n"
        "Results: MADRS fell more with naltrexone (p = 0.01)."
    )
    f = facts(title, abstract, RCT)
    assert f.design == "rct"
    assert f.n == 180


# ------------------ twice-daily arithmetic survives a mention of the usual low dose
def test_a_dose_named_as_the_usual_one_is_not_given_in_the_study() -> None:
    """ "Naltrexone 5 mg twice daily" is 10 mg/day, outside the low band; "the 3 mg
    typically used" in the conclusion is a point of reference, not an arm: off-topic."""
    f = facts(
        "Naltrexone 5 mg twice daily added to fluoxetine in major depression: a randomized trial",
        "Methods: Ninety adults with major depressive disorder on fluoxetine were randomized "
        "to naltrexone 5 mg twice daily or placebo for 8 weeks.\n"
        "Results: HAM-D fell more with naltrexone (p = 0.03).\n"
        "Conclusions: This dose lies above the 3 mg typically used as low-dose naltrexone "
        "and below the 50 mg tablet.",
        RCT,
    )
    assert not f.on_topic
    assert f.ldn_doses_mg == []


def test_earlier_trials_of_a_field_named_in_between_are_prior_work() -> None:
    """ "Most migraine trials of X have used 3 mg once daily" is earlier work: the study's
    own 5 mg twice daily (10 mg/day) decides, whatever the title calls it."""
    f = facts(
        "Low-dose naltrexone (5 mg twice daily) for headache and mood in migraine: a "
        "randomized crossover trial",
        "Objective: Most migraine trials of low-dose naltrexone have used 3 mg once daily.\n"
        "Methods: Thirty adults with chronic migraine took naltrexone 5 mg twice daily and "
        "placebo for 6 weeks each. Mood was rated with the POMS.\n"
        "Results: POMS scores improved on naltrexone (p = 0.04).",
        RCT,
    )
    assert not f.on_topic


def test_near_miss_the_study_giving_the_usual_low_dose_stays_on_topic() -> None:
    f = facts(
        "Naltrexone 3 mg added to fluoxetine in major depression: a randomized trial",
        "Methods: Ninety adults with major depressive disorder on fluoxetine were randomized "
        "to naltrexone 3 mg, the dose typically used in practice, or placebo.\n"
        "Results: HAM-D fell more with naltrexone (p = 0.03).",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [3.0]


def test_near_miss_the_study_dose_described_in_an_aside_is_kept() -> None:
    f = facts(
        "Naltrexone added to fluoxetine in major depression: a randomized trial",
        "Methods: Ninety adults with major depressive disorder on fluoxetine were randomized "
        "to naltrexone 4.5 mg, commonly used in practice, or placebo.\n"
        "Results: HAM-D fell more with naltrexone (p = 0.03).",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]


# ----------- an extension named by the antidepressants listed after its background treatment
_EXT_TITLE = "Open-label extension of a naltrexone trial: 20-week safety and mood outcomes"


def test_an_extension_whose_background_treatment_lists_antidepressants_selected_depression() -> (
    None
):
    """An extension whose people kept "background serotonergic treatment (sertraline,
    citalopram or escitalopram)" added the drug to a treatment of the condition, as its
    parent did: a depression population."""
    abstract = (
        "Methods: Completers of the 10-week randomized phase (n=90) were offered open-label "
        "naltrexone 3 mg nightly for 20 weeks. Background serotonergic treatment "
        "(sertraline, citalopram or escitalopram) was continued.\n"
        "Results: Sixty-two participants entered the extension; MADRS fell from 18.2 to "
        "11.0 (p < .001)."
    )
    f = facts(_EXT_TITLE, abstract, ("Clinical Trial",))
    assert f.depression_population is True
    assert f.n == 62


def test_near_miss_an_extension_with_drugs_for_another_purpose_stays_unselected() -> None:
    abstract = (
        "Methods: Completers of the 10-week randomized phase in adults with chronic back "
        "pain (n=90) were offered open-label naltrexone 3 mg nightly for 20 weeks. "
        "Background analgesic treatment (paracetamol or ibuprofen) was continued.\n"
        "Results: Sixty-two participants entered the extension; mood (POMS) improved "
        "(p < .001)."
    )
    f = facts(_EXT_TITLE, abstract, ("Clinical Trial",))
    assert f.depression_population is False


# ------------------------------- a blinded continuation keeps its randomised parent's design
def test_a_blinded_continuation_phase_is_the_randomised_trial_with_its_own_sample() -> None:
    """Participants who stay on their randomised, double-blind allocation past the acute
    phase are still in the RCT (not an open-label extension); n is those who entered."""
    f = facts(
        "One-year outcomes of naltrexone 2 mg augmentation in depression: double-blind "
        "continuation phase of a randomised trial",
        "Methods: After the 10-week acute phase, participants could keep their randomised "
        "allocation (naltrexone 2 mg or placebo) double-blind to week 52. Of 150 randomised, "
        "97 (naltrexone 50, placebo 47) entered the continuation phase.\n"
        "Results: Relapse was less frequent with naltrexone (hazard ratio 0.5, 95% CI "
        "0.3-0.9).",
        RCT,
    )
    assert f.design == "rct"
    assert f.n == 97


def test_near_miss_an_open_label_continuation_phase_is_non_randomised() -> None:
    f = facts(
        "One-year outcomes of naltrexone 2 mg in depression: open-label continuation phase "
        "of a randomised trial",
        "Methods: After the 10-week acute phase, completers could take open-label naltrexone "
        "2 mg to week 52. Of 150 randomised, 97 entered the continuation phase.\n"
        "Results: MADRS stayed low.",
        ("Clinical Trial",),
    )
    assert f.design == "nonrandomized_trial"
    assert f.n == 97
