"""General rules added after reading holdouts 13 and 14 (round 4: precision on the unseen).

Every record here is written for this test, one kind of record or sentence per case; none
is taken from a labelled set. Each kind comes with a near miss that must keep its old
verdict, so that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

import pytest
from written import CASE, LEX, PROTOCOL, RCT, REVIEW, RULES, TRIAL, facts, gaps

from ldn_watch.assess import assess
from ldn_watch.model import AbstractSection, Article


# --------------------------------------------------------------- doses: schedules
@pytest.mark.parametrize(
    "schedule",
    [
        "Naltrexone begins at 0.5 mg nightly and is raised by 0.5 mg every 5 days to 2.5 mg nightly.",
        "Naltrexone is started at 1 mg and increased by 1 mg per week to 3 mg once daily.",
    ],
)
def test_a_fixed_titration_with_a_step_size_keeps_only_its_target(schedule: str) -> None:
    """A raise written with its step ("increased by 1 mg per week to 3 mg") is a fixed
    titration: only the dose reached is a maintenance dose."""
    f = facts(
        "Low-dose naltrexone added to citalopram for major depression: protocol of a randomised trial",
        "Methods: Adults with major depressive disorder (MADRS 20 or more) taking citalopram will "
        f"be randomised to naltrexone or placebo for 12 weeks. {schedule} We will randomise "
        "96 participants.",
        PROTOCOL,
    )
    assert len(f.ldn_doses_mg) == 1 and f.ldn_doses_mg[0] in (2.5, 3.0)


def test_a_flexible_range_still_keeps_both_ends() -> None:
    """Near miss: a range moved within as tolerated lists both ends (CONTRACT.md)."""
    f = facts(
        "Low-dose naltrexone for persistent depressive disorder: an open-label trial",
        "Methods: Thirty adults with persistent depressive disorder received naltrexone "
        "flexibly dosed between 2 mg and 4 mg nightly as tolerated for 10 weeks.\n"
        "Results: MADRS scores fell by 9 points.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


@pytest.mark.parametrize(
    "condition",
    [
        "in those without a 40% fall in HAM-D by week 6",
        "for participants without remission at week 6",
    ],
)
def test_a_raise_for_people_without_a_response_keeps_both_levels(condition: str) -> None:
    """A raise only for some ("in those without a 40% fall") lists both levels."""
    f = facts(
        "Low-dose naltrexone for treatment-resistant depression: a 16-week open-label trial",
        "Methods: Forty-two outpatients with treatment-resistant depression received naltrexone "
        f"1.5 mg nightly; {condition}, the dose was increased to 3 mg nightly.\n"
        "Results: HAM-D fell from 22 to 13.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5, 3.0]


def test_a_raise_for_everyone_keeps_only_the_target() -> None:
    """Near miss: the same raise for everyone is a fixed titration."""
    f = facts(
        "Low-dose naltrexone for treatment-resistant depression: a 16-week open-label trial",
        "Methods: Forty-two outpatients with treatment-resistant depression received naltrexone "
        "1.5 mg nightly for two weeks; the dose was then increased to 3 mg nightly.\n"
        "Results: HAM-D fell from 22 to 13.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [3.0]


@pytest.mark.parametrize("alt", ["or placebo", "or matching placebo"])
def test_a_frequency_after_the_placebo_alternative_is_the_dose_s_too(alt: str) -> None:
    """ "X 2 µg or placebo twice daily": both arms take it twice a day (4 µg/day)."""
    f = facts(
        "Very-low-dose naltrexone and depressive symptoms during methadone stabilisation",
        "Methods: Sixty adults starting methadone were randomised to naltrexone 2 µg "
        f"{alt} twice daily for 21 days. Depressive symptoms were rated on the PHQ-9.\n"
        "Results: PHQ-9 scores fell more with naltrexone (p = 0.04).",
        RCT,
    )
    assert f.ldn_doses_mg == [0.004]


def test_a_frequency_of_another_drug_after_or_is_not_the_dose_s() -> None:
    """Near miss: "X 2 mg or sertraline twice daily" does not double X."""
    f = facts(
        "Low-dose naltrexone versus sertraline for major depression: a randomised trial",
        "Methods: Eighty adults with major depressive disorder were randomised to naltrexone "
        "2 mg once daily or sertraline 50 mg twice daily for 8 weeks.\n"
        "Results: MADRS change did not differ.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0]


# ------------------------------------------------ doses: not this study's arms
def test_an_amendment_s_removed_arms_are_not_assigned() -> None:
    """An amended protocol that removed arms lists the doses it now assigns, not the
    original design's ("replaced the 2 mg and 3 mg arms with a 0.5 mg arm")."""
    f = facts(
        "Revised protocol of the NALDOSE trial of low-dose naltrexone in major depression",
        "Background: NALDOSE was registered in 2025 with arms of 2, 3 and 4.5 mg daily.\n"
        "Methods: Following slow recruitment, the investigators dropped the 2 mg and 3 mg "
        "arms and added a 0.5 mg arm. Adults with major depressive disorder will be "
        "randomised to naltrexone 0.5 mg, naltrexone 4.5 mg or placebo for 8 weeks. "
        "The revised sample size is 120.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [0.5, 4.5]


def test_arms_kept_by_an_amendment_stay() -> None:
    """Near miss: an amendment that changes something else keeps every arm."""
    f = facts(
        "Revised protocol of the NALDOSE trial of low-dose naltrexone in major depression",
        "Methods: The amendment extends treatment from 8 to 12 weeks. Adults with major "
        "depressive disorder will be randomised to naltrexone 2 mg, naltrexone 4.5 mg or "
        "placebo. The revised sample size is 120.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [2.0, 4.5]


def test_a_dose_in_a_clause_about_future_work_is_not_studied() -> None:
    """ "...; whether 5 mg adds benefit is unknown": not a dose of this study."""
    f = facts(
        "Naltrexone 2 mg versus 4 mg daily in major depression: a randomised trial",
        "Methods: 120 adults with major depressive disorder were randomised to naltrexone "
        "2 mg or 4 mg daily for 8 weeks.\nConclusions: 4 mg was superior to 2 mg; whether "
        "5 mg adds further benefit is unknown.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_an_extension_does_not_take_its_parent_s_arms() -> None:
    """An extension's doses are its own, not those of the trial it extends."""
    f = facts(
        "Open-label extension of low-dose naltrexone in major depression: 20-week follow-up",
        "Methods: Completers of a 10-week placebo-controlled trial of naltrexone 0.5, 2.0 "
        "and 4.0 mg/day could enter an open-label extension. All entrants received naltrexone "
        "at 4 mg/day.\nResults: Of 90 completers, 74 (82.2%) entered the extension and 60 "
        "completed it.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.0]
    assert f.n == 74


# ------------------------------------------------- n: a derived report's own sample
@pytest.mark.parametrize(
    "own",
    [
        "This secondary analysis includes the 131 participants with complete sleep diaries.",
        "The current analysis comprises all 131 participants who wore an actigraph.",
    ],
)
def test_a_secondary_analysis_counts_its_own_sample_in_the_present_tense(own: str) -> None:
    """ "The present analysis includes the 131 ..." is the analysis's own n, not the
    parent trial's randomised total said just before."""
    f = facts(
        "Sleep outcomes of adjunctive low-dose naltrexone in major depression: secondary "
        "analysis of a randomised trial",
        "Methods: Secondary analysis of a 12-week trial in which 170 adults with major "
        f"depressive disorder were randomised to naltrexone 3 mg/day or placebo. {own}\n"
        "Results: Sleep efficiency improved more with naltrexone (p = 0.02).",
        RCT,
    )
    assert f.n == 131


def test_a_responder_subgroup_of_an_extension_is_not_its_sample() -> None:
    """An extension's n is who entered it, not a subgroup reported later ("Among those who
    had responded (n = 40)")."""
    f = facts(
        "Open-label extension of low-dose naltrexone in major depression: 26-week outcomes",
        "Methods: Completers of a randomised trial of naltrexone could enter a 26-week "
        "open-label extension, receiving naltrexone 4 mg/day.\nResults: Of 104 completers, "
        "88 (84.6%) entered the extension. Among participants who had responded in the "
        "randomised phase (n = 40), 31 kept their response.",
        TRIAL,
    )
    assert f.n == 88
    assert f.design == "nonrandomized_trial"


# ------------------------------------- on topic: the drug is the study's own, not a mention
@pytest.mark.parametrize(
    "mention",
    [
        "Low-dose naltrexone has to date been examined in depression only in one small pilot "
        "at 2 mg/day.",
        "Future work should ask whether low-dose naltrexone (for example 3 mg/day) changes "
        "these effects.",
    ],
)
def test_a_review_naming_the_drug_only_as_earlier_or_future_work_is_off_topic(
    mention: str,
) -> None:
    """A review is about the drug only if its title or its own sentences name it; a
    sentence about earlier work outside its scope or about future work does not."""
    f = facts(
        "Opioid receptor polymorphisms and response to SSRIs: a narrative review",
        "We summarise studies relating OPRM1 variants to SSRI response in major depression. "
        f"Most studies were small and underpowered. {mention}",
        REVIEW,
    )
    assert f.on_topic is False


def test_a_review_of_the_drug_stays_on_topic() -> None:
    """Near miss: a review whose title names the drug is about it, whatever its
    sentences cite."""
    f = facts(
        "Low-dose naltrexone for depressive disorders: a narrative review",
        "We summarise trials of low-dose naltrexone in depression. Low-dose naltrexone has "
        "to date been examined in five small trials at 1.5 to 4.5 mg/day. Future trials "
        "should compare doses.",
        REVIEW,
    )
    assert f.on_topic is True


def test_a_comment_on_a_standard_dose_study_naming_the_low_dose_as_untested_is_off_topic() -> None:
    """A comment about another drug or dose, naming the low dose only as what nobody has
    tried, is no notice about an on-topic article."""
    f = facts(
        "Naltrexone and electroconvulsive therapy: a cautionary note",
        "A recent trial reported that naltrexone 50 mg daily reduced the antidepressant "
        "response to electroconvulsive therapy in 20 inpatients with major depression. We "
        "question its blinding. Low-dose naltrexone would be expected to behave differently "
        "and has not yet been tested with ECT.",
        ("Comment",),
    )
    assert f.on_topic is False


def test_a_comment_on_a_low_dose_trial_stays_on_topic() -> None:
    """Near miss: a comment on a trial of the low dose in depression is on topic."""
    f = facts(
        "Low-dose naltrexone added to sertraline: were the raters blind?",
        "A recent trial randomised 90 adults with major depression to low-dose naltrexone "
        "4.5 mg or placebo added to sertraline. We question whether vivid dreams unblinded "
        "the raters.",
        ("Comment",),
    )
    assert f.on_topic is True
    assert f.design == "other"


def test_an_in_vitro_study_citing_the_clinical_dose_is_off_topic() -> None:
    """Cells take no daily dose: the human dose a preclinical rationale cites (LDN,
    "3-4.5 mg/day in patients") is given to nobody in the study."""
    f = facts(
        "Naltrexone at nanomolar concentrations dampens interferon signalling in human "
        "astrocytes: relevance to depression",
        "Low-dose naltrexone (3-4.5 mg/day in patients) is believed to act on glial cells. "
        "In cultured human astrocytes, naltrexone at 1 nM to 10 µM reduced interferon-induced "
        "gene expression in a concentration-dependent manner. These findings support trials "
        "of naltrexone in inflammatory depression.",
    )
    assert f.design == "preclinical"
    assert f.on_topic is False


def test_a_trial_that_mentions_microglia_stays_on_topic() -> None:
    """Near miss: a human trial whose rationale is glial stays a trial of the drug."""
    f = facts(
        "Low-dose naltrexone for inflamed major depression: a randomised trial",
        "Methods: Low-dose naltrexone is thought to act on microglia. Sixty adults with major "
        "depressive disorder and CRP above 3 mg/L were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: MADRS scores fell more with naltrexone (p = 0.03).",
        RCT,
    )
    assert f.on_topic is True
    assert gaps(
        "Low-dose naltrexone for inflamed major depression: a randomised trial",
        "Methods: Low-dose naltrexone is thought to act on microglia. Sixty adults with major "
        "depressive disorder and CRP above 3 mg/L were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: MADRS scores fell more with naltrexone (p = 0.03).",
        RCT,
    ) == {"larger-trials": "addressed"}


_CROSS_SECTIONAL = (
    "Kynurenine metabolites in melancholic depression: a cross-sectional study",
    "Methods: We measured kynurenine and quinolinic acid in 240 inpatients with major "
    "depressive disorder; 90 were taking SSRIs and 40 SNRIs.\nResults: Quinolinic acid was "
    "higher in melancholic patients.\nConclusions: Melancholic depression is a target for "
    "anti-inflammatory agents such as celecoxib and low-dose naltrexone (2-4 mg), which we "
    "intend to evaluate in a randomised trial of 100 patients.",
)


def test_a_cross_sectional_study_naming_the_drug_as_a_candidate_closes_nothing() -> None:
    """A plan to test the drug in a trial is another study: the record stays
    cross-sectional (no gap, whatever its n and co-medication), and the drug named as a
    candidate is not taken by its people."""
    f = facts(*_CROSS_SECTIONAL)
    assert f.design == "observational"
    assert f.on_topic is False
    assert gaps(*_CROSS_SECTIONAL) == {}


def test_a_cross_sectional_study_of_users_of_the_drug_stays_on_topic() -> None:
    """Near miss: a cross-sectional study of people taking the drug is about it."""
    f = facts(
        "Mood in users of low-dose naltrexone: a cross-sectional study",
        "Methods: We surveyed 240 adults taking low-dose naltrexone (median 4.5 mg/day) for "
        "any indication.\nResults: PHQ-9 scores were lower with longer use.",
    )
    assert f.design == "observational"
    assert f.on_topic is True
    assert (
        gaps(
            "Mood in users of low-dose naltrexone: a cross-sectional study",
            "Methods: We surveyed 240 adults taking low-dose naltrexone (median 4.5 mg/day) for "
            "any indication.\nResults: PHQ-9 scores were lower with longer use.",
        )
        == {}
    )


# -------------------------- depression population: selected for it, not merely allowed
@pytest.mark.parametrize(
    "allowed",
    [
        "Participants with a current depressive episode were allowed but not required to enrol.",
        "Adults with or without comorbid depression were eligible.",
        "Enrolment was open regardless of depression status.",
    ],
)
def test_depression_allowed_but_not_required_selects_nobody_for_it(allowed: str) -> None:
    """A trial in another condition that lets depressed people in (or not) did not select
    for depression: a dose comparison and 150 participants close no gap."""
    title = "Two doses of low-dose naltrexone for chronic fatigue syndrome: a randomised trial"
    abstract = (
        "Methods: Adults with chronic fatigue syndrome were randomised (150 randomised) to "
        f"naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 12 weeks. {allowed} Depressive "
        "symptoms (PHQ-9) were a secondary outcome.\nResults: PHQ-9 scores improved more with "
        "4.5 mg than with placebo."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True  # mood is an outcome in its own right
    assert f.depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_depression_required_for_entry_still_selects() -> None:
    """Near miss: a trial in another condition that requires a depressive episode selects
    for it."""
    title = "Two doses of low-dose naltrexone for chronic fatigue syndrome: a randomised trial"
    abstract = (
        "Methods: Adults with chronic fatigue syndrome and a current major depressive episode "
        "(PHQ-9 of 10 or more) were randomised (150 randomised) to naltrexone 1.5 mg, "
        "naltrexone 4.5 mg or placebo for 12 weeks.\nResults: PHQ-9 scores improved more with "
        "4.5 mg than with placebo."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population is True
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed", "dose-finding": "addressed"}


# ------------------------------- the condition as a trait of the people, not the topic
@pytest.mark.parametrize(
    ("title", "trait"),
    [
        (
            "Low-dose naltrexone for lichen planopilaris in a man with a past history of "
            "major depression",
            "His medical history included asthma and a past history of major depression, in "
            "remission on escitalopram.",
        ),
        (
            "Low-dose naltrexone for lichen planopilaris: a case report",
            "Comorbidities comprised asthma, obesity and recurrent depression.",
        ),
    ],
)
def test_the_condition_as_a_comorbidity_only_is_off_topic(title: str, trait: str) -> None:
    """The drug given for another disease, the condition only described as the patient's
    history or comorbidity (neither treated nor measured): off topic."""
    f = facts(
        title,
        "A 47-year-old man with lichen planopilaris refractory to hydroxychloroquine started "
        f"naltrexone 3 mg nightly. {trait} Scalp inflammation settled within 4 months.",
        CASE,
    )
    assert f.on_topic is False
    assert f.depression_population is False


def test_the_condition_measured_in_a_case_stays_on_topic() -> None:
    """Near miss: the same case with mood measured is on topic (mood is an outcome)."""
    f = facts(
        "Low-dose naltrexone for lichen planopilaris: a case report",
        "A 47-year-old man with lichen planopilaris and a history of depression started "
        "naltrexone 3 mg nightly. Scalp inflammation settled within 4 months and his PHQ-9 "
        "score fell from 14 to 6.",
        CASE,
    )
    assert f.on_topic is True


@pytest.mark.parametrize(
    "covariate",
    [
        "Users were matched with non-users on age, sex, disease activity and comorbidities "
        "such as diabetes and depression.",
        "Remission was not associated with antidepressant use at baseline (p = 0.6).",
    ],
)
def test_the_condition_as_a_covariate_of_another_disease_is_off_topic(covariate: str) -> None:
    """Depression as a matching variable or antidepressant use at baseline as a
    predictor, in a study of another disease: no mood outcome."""
    f = facts(
        "Low-dose naltrexone in psoriatic arthritis: a retrospective cohort study",
        "Methods: We identified 300 adults with psoriatic arthritis, of whom 80 took low-dose "
        f"naltrexone 4.5 mg nightly. {covariate}\nResults: Remission rates did not differ "
        "between users and non-users.",
    )
    assert f.on_topic is False


def test_depression_as_an_outcome_of_another_disease_stays_on_topic() -> None:
    """Near miss: antidepressant use as the measured outcome keeps the record on topic."""
    f = facts(
        "Low-dose naltrexone in psoriatic arthritis: a retrospective cohort study",
        "Methods: We identified 300 adults with psoriatic arthritis, of whom 80 took low-dose "
        "naltrexone 4.5 mg nightly.\nResults: Antidepressant use fell from 30% to 18% in "
        "users and did not change in non-users.",
    )
    assert f.on_topic is True


def test_people_not_offered_the_drug_are_an_exclusion() -> None:
    """ "Patients with a mood disorder were not offered X" keeps them out: it names no
    mood outcome."""
    f = facts(
        "Low-dose naltrexone for post-exertional malaise: a clinic audit",
        "We audited 70 patients with myalgic encephalomyelitis prescribed low-dose naltrexone "
        "4.5 mg nightly. Patients with a psychiatric disorder, including a mood disorder, were "
        "not offered naltrexone. Post-exertional malaise improved in 41.",
    )
    assert f.on_topic is False


# ------------------------------------------------------ n given only site by site
@pytest.mark.parametrize(
    "sites",
    ["at four centres (15, 14, 12 and 11 patients)", "at two sites (30 and 22)"],
)
def test_a_sample_given_as_bare_counts_per_site_adds_up(sites: str) -> None:
    """ "enrolled at four centres (15, 14, 12 and 11 patients)" is 52 people, not 11."""
    title = "Low-dose naltrexone versus sertraline for major depression: a randomised trial"
    abstract = (
        f"Methods: Unmedicated adults with major depressive disorder were enrolled {sites} "
        "and randomised to naltrexone 3 mg daily or sertraline 50 mg daily for 10 weeks.\n"
        "Results: HAM-D change did not differ between arms."
    )
    f = facts(title, abstract, RCT)
    assert f.n == 52
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


def test_counts_in_brackets_that_do_not_match_the_sites_are_not_summed() -> None:
    """Near miss: three numbers for two sites are not a per-site breakdown."""
    f = facts(
        "Low-dose naltrexone for major depression: an open-label trial",
        "Methods: Forty adults with major depressive disorder were enrolled at two sites "
        "(18, 12 and 10) and received naltrexone 3 mg daily.\nResults: HAM-D fell by 8 points.",
        TRIAL,
    )
    assert f.n == 40


# ----------------------------------- co-medication after the list of arms is everyone's
@pytest.mark.parametrize(
    "tail",
    ["while continuing paroxetine", "while remaining on paroxetine", ", each added to paroxetine"],
)
def test_a_drug_named_after_the_arms_is_taken_by_every_arm(tail: str) -> None:
    """ "randomised to X or placebo while continuing Y": Y is taken with X, not a
    comparator."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Ninety adults with major depressive disorder who had not remitted on "
        f"paroxetine were randomised to naltrexone 2 mg/day (n = 45) or placebo (n = 45) {tail}.\n"
        "Results: MADRS fell more with naltrexone (p = 0.01)."
    )
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_a_drug_inside_the_arm_list_is_still_a_comparator() -> None:
    """Near miss: "randomised to X or paroxetine" makes paroxetine the other arm."""
    f = facts(
        "Low-dose naltrexone versus paroxetine for major depression: a randomised trial",
        "Methods: Ninety unmedicated adults with major depressive disorder were randomised to "
        "naltrexone 2 mg/day (n = 45) or paroxetine 20 mg/day (n = 45) for 8 weeks.\n"
        "Results: MADRS change did not differ.",
        RCT,
    )
    assert f.concomitant_classes == []


# ------------------------------------------------------------ more variants of the kinds
def test_a_run_in_dose_is_a_first_step_not_an_arm() -> None:
    """ "X 4 mg after a one-week run-in at 1 mg, or placebo": one assigned dose (4 mg),
    no dose comparison, however close the allocation words."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Eighty adults with major depressive disorder were randomised to naltrexone "
        "4 mg after a one-week run-in at 1 mg, or placebo, for 8 weeks.\nResults: MADRS fell "
        "more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [4.0]
    assert f.compares_doses is False
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


def test_two_assigned_doses_are_still_compared() -> None:
    """Near miss: "randomised to 1 mg or 4 mg" compares two doses."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Eighty adults with major depressive disorder were randomised to naltrexone "
        "1 mg or 4 mg for 8 weeks.\nResults: MADRS fell more with 4 mg."
    )
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed", "dose-finding": "addressed"}


def test_data_we_pooled_from_several_trials_are_a_synthesis() -> None:
    """ "We pooled data from three randomised trials" is a pooled analysis: a synthesis
    that closes no gap, whatever its pooled total and doses."""
    title = "Dose and response to low-dose naltrexone in depression"
    abstract = (
        "Methods: We pooled data from three randomised trials of naltrexone 1.5 mg or 4.5 mg "
        "in major depressive disorder (total n = 150), in which patients continued SSRIs.\n"
        "Results: Response did not differ by dose."
    )
    assert facts(title, abstract).design == "meta_analysis"
    assert gaps(title, abstract) == {}


def test_a_title_naming_both_conditions_over_a_share_in_the_abstract_selects_nobody() -> None:
    """A title "in patients with chronic pain and depression" over an abstract that says
    only a share of the sample was depressed: not a depression population."""
    title = "Low-dose naltrexone in patients with chronic pain and depression: a randomised trial"
    abstract = (
        "Methods: We randomised 90 patients with chronic neck pain to naltrexone 4.5 mg or "
        "placebo; 40% had comorbid depression and most took duloxetine.\nResults: Pain and "
        "HADS-D scores improved."
    )
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_people_selected_for_both_conditions_are_a_depression_population() -> None:
    """Near miss: "patients with Parkinson's disease and treatment-resistant depression"
    were selected for depression too."""
    title = "Low-dose naltrexone for depression in Parkinson's disease: a randomised trial"
    abstract = (
        "Methods: Sixty patients with Parkinson's disease and treatment-resistant depression "
        "taking citalopram were randomised to naltrexone 4.5 mg or placebo.\nResults: MADRS "
        "fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).depression_population is True
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


# -------------------------------- a title that declares an observational design wins
@pytest.mark.parametrize(
    "trial_words",
    [
        "A double-blind randomised trial is the obvious next step.",
        "Unlike in a randomised trial, clinicians chose who started naltrexone.",
    ],
)
def test_a_declared_cross_sectional_or_cohort_study_is_no_trial(trial_words: str) -> None:
    """A record whose title calls it cross-sectional or a cohort study, and whose own
    sentences allocate nobody, is observational whatever trial it names: no gap."""
    for design_words in ("a cross-sectional study", "a retrospective cohort study"):
        title = f"Low-dose naltrexone and mood in major depression: {design_words}"
        abstract = (
            "Methods: We studied 320 adults with major depressive disorder, 110 of whom took "
            f"naltrexone 4.5 mg nightly with an SNRI. {trial_words}\nResults: Users had lower "
            "MADRS scores."
        )
        assert facts(title, abstract).design == "observational"
        assert gaps(title, abstract) == {}


def test_a_trial_with_a_cohort_word_in_its_title_stays_a_trial() -> None:
    """Near miss: a sequential-cohort dose-finding trial is a trial, and a record whose
    own sentences randomise is one whatever its title says."""
    title = "Sequential-cohort dose finding of low-dose naltrexone added to SSRIs in depression"
    abstract = (
        "Methods: Four cohorts of 15 adults with major depressive disorder taking an SSRI "
        "received naltrexone 1, 2, 3 or 4 mg daily in sequence.\nResults: 3 mg was best tolerated."
    )
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"
    assert gaps(title, abstract, TRIAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }
    title2 = "Mood in adults with major depression given low-dose naltrexone: a cohort study"
    abstract2 = (
        "Methods: 150 adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo and followed for a year.\nResults: MADRS fell more with naltrexone."
    )
    assert facts(title2, abstract2).design == "rct"


# ------------------------------- co-medication: a rescue or a later drug is not taken with
@pytest.mark.parametrize(
    "later",
    [
        "Rescue sertraline was permitted after week 6 for participants who worsened.",
        "At the 6-month follow-up, 14 participants had started an SSRI.",
        "Citalopram was allowed as rescue medication in case of worsening.",
    ],
)
def test_a_rescue_or_a_drug_started_after_the_trial_is_no_co_medication(later: str) -> None:
    """A serotonergic drug allowed as a rescue, or started once the trial is over, is not
    taken together with the watched drug as the study gives it."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Seventy adults with major depressive disorder were randomised "
        f"to naltrexone 4 mg or placebo for 10 weeks. {later}\nResults: MADRS fell more with "
        "naltrexone (p = 0.02)."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


def test_a_drug_started_alongside_the_watched_one_counts() -> None:
    """Near miss: a drug begun during the study alongside the watched drug is taken with
    it."""
    title = "Open-label low-dose naltrexone in major depression: a 24-week trial"
    abstract = (
        "Methods: Fifty-two adults with major depressive disorder received naltrexone 4 mg "
        "daily; during the trial, 15 participants started sertraline alongside naltrexone.\n"
        "Results: MADRS fell from 25 to 14."
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]


def test_a_count_after_the_study_s_verb_is_its_sample() -> None:
    """ "We screened 140 adults and randomised 52 to X or placebo": n is 52 (not the
    screened pool)."""
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: We screened 140 adults with major depressive disorder and randomised 52 to "
        "naltrexone 4 mg or placebo.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 52


# ------------------------------------------- "depressed" in another sense is not mood
@pytest.mark.parametrize(
    "sense",
    [
        "Depressed natural killer cell activity at baseline normalised by week 12.",
        "Patients with depressed serum zinc were supplemented.",
    ],
)
def test_depressed_immune_or_serum_values_are_no_mood_outcome(sense: str) -> None:
    """ "depressed NK cell activity", "depressed serum zinc": a laboratory value, not the
    condition or mood."""
    f = facts(
        "Low-dose naltrexone in chronic fatigue syndrome: an open-label trial",
        "Methods: Forty adults with chronic fatigue syndrome received naltrexone 4.5 mg "
        f"nightly for 12 weeks. {sense}\nResults: Fatigue scores improved.",
        TRIAL,
    )
    assert f.on_topic is False


def test_depressed_mood_in_another_disease_stays_an_outcome() -> None:
    """Near miss: "depressed mood" measured in the same trial is a mood outcome."""
    f = facts(
        "Low-dose naltrexone in chronic fatigue syndrome: an open-label trial",
        "Methods: Forty adults with chronic fatigue syndrome received naltrexone 4.5 mg "
        "nightly for 12 weeks.\nResults: Fatigue scores and depressed mood (HADS-D) improved.",
        TRIAL,
    )
    assert f.on_topic is True


def test_a_count_in_a_subgroup_clause_is_not_the_sample() -> None:
    """ "Among those who had remitted (n = 30), ...": a subgroup, not the sample (here
    the sample is not stated)."""
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4 mg "
        "or placebo.\nResults: Among those who had remitted by week 8 (n = 30), relapse was "
        "rare.",
        RCT,
    )
    assert f.n is None


def test_a_count_in_brackets_after_the_people_enrolled_is_the_sample() -> None:
    """Near miss: "adults with major depression (n = 64) were randomised" is the sample."""
    f = facts(
        "Low-dose naltrexone for major depression: a randomised trial",
        "Methods: Adults with major depressive disorder (n = 64) were randomised to naltrexone "
        "4 mg or placebo.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 64


# ------------------------------- "dose-finding" said of one dose is not this study's design
@pytest.mark.parametrize(
    "words",
    [
        "were randomised to naltrexone 3 mg, regarded as the optimal dose, or placebo.",
        "were randomised to naltrexone 3 mg or placebo; 3 mg was taken from a dose-ranging "
        "study in Crohn's disease.",
    ],
)
def test_one_dose_called_optimal_or_taken_from_a_dose_finding_study_compares_nothing(
    words: str,
) -> None:
    """One dose studied: the words "optimal dose" or "dose-ranging study" describing that
    dose or its origin do not make the trial dose-finding."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        f"Methods: Sixty-four adults with major depressive disorder {words}\nResults: MADRS "
        "fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).compares_doses is False
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


def test_a_study_that_sets_out_to_find_the_optimal_dose_is_dose_finding() -> None:
    """Near miss: a trial whose aim is the optimal dose is explicitly dose-finding."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Objective: To determine the optimal dose of naltrexone in major depression.\n"
        "Methods: Sixty-four adults with major depressive disorder were randomised to "
        "naltrexone 3 mg or placebo.\nResults: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).compares_doses is True


# --------------------- an antidepressant named as a reference or as the next step is not taken
@pytest.mark.parametrize(
    "sentence",
    [
        "Results: MADRS fell more with naltrexone, an effect comparable to that of SNRIs.",
        "Results: MADRS fell more with naltrexone, close to the effect sizes reported for SSRIs.",
        "Conclusions: Adding naltrexone to SSRIs is the logical next step.",
        "Conclusions: Combination with an SNRI deserves formal study.",
    ],
)
def test_an_antidepressant_as_a_yardstick_or_next_step_is_no_co_medication(sentence: str) -> None:
    """A drug class named as the yardstick of an effect or as what to try next is not
    taken with the watched drug."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        f"4 mg or placebo for 8 weeks.\n{sentence}"
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert gaps(title, abstract, RCT) == {"larger-trials": "addressed"}


def test_an_antidepressant_taken_throughout_still_counts() -> None:
    """Near miss: participants who kept taking their SNRI took it with the watched drug."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with major depressive disorder who continued their SNRI were "
        "randomised to naltrexone 4 mg or placebo for 8 weeks.\nResults: MADRS fell more "
        "with naltrexone, an effect comparable to that of augmentation with lithium."
    )
    assert sorted(facts(title, abstract, RCT).concomitant_classes) == [
        "noradrenergic",
        "serotonergic",
    ]


# ------------------------------------------- n: a results paper's plan is not its sample
@pytest.mark.parametrize(
    "stopped",
    [
        "The trial was powered for 120 participants but stopped after 36.",
        "Recruitment was planned to enrol 120 participants; the trial was terminated early at 36.",
    ],
)
def test_a_trial_powered_for_more_than_it_enrolled_counts_whom_it_enrolled(stopped: str) -> None:
    """ "powered for 120 ... stopped after 36": n is 36, so no larger-trials."""
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4 mg or "
        f"placebo. {stopped}\nResults: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 36
    assert gaps(title, abstract, RCT) == {}


def test_a_protocol_powered_for_its_sample_keeps_it() -> None:
    """Near miss: in a protocol the size it is powered for is its planned n."""
    title = "Low-dose naltrexone for major depression: protocol for a randomised trial"
    abstract = (
        "Methods: Adults with major depressive disorder will be randomised to naltrexone 4 mg "
        "or placebo. The trial is powered for 120 participants."
    )
    assert facts(title, abstract, PROTOCOL).n == 120


def test_an_erratum_s_should_read_is_a_correction_not_future_work() -> None:
    """An erratum naming the drug only in its "should have read" sentence is about an
    article on the drug: on topic, design other, no gap."""
    a = Article(
        pmid="1",
        title="Error in Figure 1",
        abstract=[
            AbstractSection(
                "In the article on adjunctive treatment of major depression published in May, "
                "the dose in the Methods should have read low-dose naltrexone 4.5 mg nightly, "
                "not 3 mg."
            )
        ],
        publication_types=["Published Erratum"],
    )
    f = assess(a, LEX, RULES).facts
    assert f.on_topic is True
    assert f.design == "other"


def test_a_review_reporting_what_it_found_on_the_drug_stays_on_topic() -> None:
    """Near miss: "X has been evaluated in three small trials" in a review of a drug
    class reports what the review covered."""
    f = facts(
        "Opioid modulators for major depression: a systematic review",
        "We searched MEDLINE for randomised trials of opioid modulators in major depression. "
        "Low-dose naltrexone has been evaluated in three small trials.",
        ("Systematic Review",),
    )
    assert f.on_topic is True
