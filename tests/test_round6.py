"""General rules added after reading holdouts 15 to 24 (round 6).

Every record here is written for this test, one kind of record or sentence per case; none
is taken from a labelled set. Each kind comes with a near miss that must keep its old
verdict, so that a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from written import JOURNAL, RCT, REVIEW, facts, gaps


# ------------------------------------------- a cohort's protocol assigns no treatment
def test_a_cohort_protocol_that_assigns_no_treatment_is_observational() -> None:
    """A planned cohort whose protocol says nobody is allocated a treatment is not a
    trial's protocol: observational, and it has no gap in progress."""
    title = "Naltrexone in everyday practice: protocol of a prospective cohort of depressed adults"
    abstract = (
        "Introduction: Naltrexone at low doses is used for depression in clinics.\n"
        "Methods: The cohort will follow 800 adults with major depressive disorder who begin "
        "naltrexone 3 mg in ordinary care at 12 sites; there will be no randomization and no "
        "protocol-assigned treatment. Mood will be rated every 2 months."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


def test_near_miss_a_single_arm_trial_protocol_without_randomisation_stays_a_protocol() -> None:
    title = "Naltrexone 3 mg for depression in primary care: protocol of a single-arm trial"
    abstract = (
        "Methods: This open-label single-arm trial will enrol 80 adults with major depressive "
        "disorder; there will be no randomization, and all will receive naltrexone 3 mg nightly "
        "for 12 weeks. The outcome is change in MADRS."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.design == "protocol"
    assert gaps(title, abstract, JOURNAL) == {"larger-trials": "in_progress"}


# --------------------------- mood that describes people at entry is not an outcome of it
_CROHN = "Naltrexone 4.5 mg for abdominal pain in Crohn's disease: a randomised trial"


def test_mood_measured_only_as_a_baseline_moderator_is_not_an_outcome() -> None:
    """A trial in another disease that splits its effect by baseline mood scores measures
    no mood outcome: off-topic."""
    f = facts(
        _CROHN,
        "Methods: Ninety adults with active Crohn's disease and abdominal pain of 5 or more "
        "were randomised to naltrexone 4.5 mg nightly or placebo for 16 weeks. Baseline "
        "depression scores (PHQ-9) were tested as a predictor of pain response; 22 "
        "participants had PHQ-9 >= 15 at baseline.\n"
        "Results: Pain fell more with naltrexone (p = 0.02), and the benefit was larger in "
        "patients with PHQ-9 >= 15.",
        RCT,
    )
    assert not f.on_topic


def test_near_miss_a_mood_scale_also_followed_as_an_outcome_stays_on_topic() -> None:
    f = facts(
        _CROHN,
        "Methods: Ninety adults with active Crohn's disease and abdominal pain of 5 or more "
        "were randomised to naltrexone 4.5 mg nightly or placebo for 16 weeks. Baseline "
        "depression scores (PHQ-9) were tested as a predictor of pain response; the PHQ-9 "
        "at week 16 was a secondary outcome.\n"
        "Results: Pain fell more with naltrexone (p = 0.02); PHQ-9 fell by 3.1 versus 1.0.",
        RCT,
    )
    assert f.on_topic


def test_comorbid_depression_counted_in_a_case_series_is_a_trait() -> None:
    f = facts(
        "Naltrexone 3 mg for chronic hand eczema: a series of 31 patients",
        "We reviewed 31 patients with chronic hand eczema given naltrexone 3 mg nightly. "
        "Comorbid depression was recorded in 7 patients. Itch improved in 20 patients after "
        "4 months, and two stopped for headache.",
    )
    assert not f.on_topic


def test_people_with_the_condition_let_in_but_no_mood_measure_taken() -> None:
    f = facts(
        "Naltrexone 4.5 mg for pelvic pain in endometriosis: a randomised trial",
        "Methods: Seventy women with endometriosis-associated pelvic pain were randomised to "
        "naltrexone 4.5 mg nightly or placebo. Women with current depression were not "
        "excluded, but no mood measures were collected. The outcome was pain on a 0-10 scale.\n"
        "Results: Pain fell by 2.0 versus 1.1 points (p = 0.04).",
        RCT,
    )
    assert not f.on_topic


def test_mood_problems_said_to_accompany_the_disease_are_background() -> None:
    f = facts(
        "Naltrexone 4.5 mg for itch and sleep in psoriasis: a randomised study",
        "Objective: Psoriasis is frequently accompanied by poor sleep and low mood. We tested "
        "naltrexone 4.5 mg on itch and sleep.\n"
        "Methods: Eighty patients with plaque psoriasis were randomised to naltrexone 4.5 mg "
        "nightly or placebo; itch (VAS) and sleep (PSQI) were rated at 12 weeks.\n"
        "Results: Itch and PSQI scores improved more with naltrexone (p < 0.05).",
        RCT,
    )
    assert not f.on_topic


# -------------------------------------------- the drug named but not given in the study
def test_a_review_that_puts_ldn_outside_its_scope_is_not_about_it() -> None:
    f = facts(
        "Glutamatergic drugs for treatment-resistant depression: a narrative review",
        "This review covers ketamine, esketamine, dextromethorphan-bupropion and nitrous "
        "oxide for treatment-resistant depression. Low-dose naltrexone, which acts on other "
        "receptors, lies outside the scope of this review. We summarise efficacy and safety.",
        REVIEW,
    )
    assert not f.on_topic


def test_the_dose_most_earlier_trials_used_is_not_this_trials_dose() -> None:
    """ "Most trials of X used 4.5 mg. We tested 10 mg": the study gave a dose between the
    bands, so it is not about the low dose."""
    f = facts(
        "Naltrexone 10 mg daily for pain and mood in chronic widespread pain: a pilot trial",
        "Objectives: Most trials of naltrexone in chronic pain used 4.5 mg/day. We tested a "
        "higher dose.\n"
        "Methods: Thirty-six adults with chronic widespread pain were randomised to "
        "naltrexone 10 mg/day or placebo; outcomes were pain and the Beck Depression "
        "Inventory.\nResults: BDI fell by 3.8 versus 1.2 points (p = 0.03).",
        RCT,
    )
    assert not f.on_topic


def test_a_drug_proposed_as_a_candidate_after_an_observational_study_was_not_given() -> None:
    f = facts(
        "Endorphin levels and anhedonia in unmedicated depression: a cross-sectional study",
        "Methods: We measured plasma endorphins in 90 unmedicated adults with major "
        "depressive disorder and 80 controls.\nResults: Endorphins were lower in patients "
        "(p < 0.01).\nConclusions: Low-dose naltrexone (LDN), which may restore endorphin "
        "tone, is a promising candidate treatment for such patients; trials of LDN 2-4 mg/day "
        "should measure endorphins.",
        JOURNAL,
    )
    assert not f.on_topic


def test_cells_grown_from_donors_are_in_vitro_work() -> None:
    f = facts(
        "Naltrexone lowers cytokine release by stem-cell-derived microglia from patients with "
        "bipolar depression",
        "Low-dose naltrexone (LDN) is thought to act on glia, but this is untested in cells "
        "from patients. We generated iPSC-derived microglia from 9 patients with bipolar "
        "depression and 9 healthy donors, stimulated them with interferon and exposed them to "
        "naltrexone at 20 and 200 nM, levels reached after oral doses of 2-4.5 mg, with or "
        "without lithium. Naltrexone lowered IL-1 release by 25% in cells from patients. "
        "These findings support testing LDN in patients with inflammatory depression.",
        JOURNAL,
    )
    assert f.design == "preclinical"
    assert not f.on_topic


# ------------------- a derived report names its people by the antidepressant they take
def test_a_secondary_analysis_of_an_augmentation_trial_selected_for_depression() -> None:
    """A post hoc analysis whose people are named only as "patients taking tricyclics" in a
    trial adding the drug to them, with mood measured: the parent selected depressed
    people."""
    title = (
        "Sleep outcomes with naltrexone 3 mg added to tricyclic antidepressants: a post hoc "
        "analysis of the NIGHTFALL randomised trial"
    )
    abstract = (
        "Methods: We analysed the 88 NIGHTFALL participants whose background antidepressant "
        "was nortriptyline or imipramine (naltrexone 3 mg, n = 45; placebo, n = 43). "
        "Outcomes were sleep efficiency and the HAM-D over 10 weeks.\n"
        "Results: HAM-D fell by 2.6 points more with naltrexone (p = 0.03)."
    )
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_near_miss_an_antidepressant_taken_for_pain_selects_nobody_for_depression() -> None:
    title = (
        "Mood outcomes with naltrexone 3 mg added to tricyclics: a post hoc analysis of the "
        "NIGHTFALL randomised trial"
    )
    abstract = (
        "Methods: We analysed the 88 NIGHTFALL participants whose background nortriptyline "
        "was prescribed for neuropathic pain (naltrexone 3 mg, n = 45; placebo, n = 43). "
        "Outcomes were pain and the HAM-D over 10 weeks.\n"
        "Results: HAM-D fell by 2.6 points more with naltrexone (p = 0.03)."
    )
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_near_miss_an_augmentation_analysis_in_another_disease_is_not_depression() -> None:
    title = (
        "Fatigue with naltrexone 3 mg added to SSRIs in multiple sclerosis: a secondary "
        "analysis of a randomised trial"
    )
    abstract = (
        "Methods: We analysed 70 participants with relapsing multiple sclerosis taking an SSRI "
        "(naltrexone 3 mg, n = 35; placebo, n = 35). Outcomes were fatigue and the BDI.\n"
        "Results: BDI fell by 2.0 points more with naltrexone (p = 0.04)."
    )
    assert facts(title, abstract, RCT).depression_population is False


# ------------------------------------------- a derived report counts its own sample
_BIOMARKER = (
    "Serum BDNF and response to naltrexone 3 mg added to sertraline in major depression: "
    "a secondary analysis of a randomised trial"
)


def test_those_who_met_the_analysis_criteria_are_the_derived_reports_sample() -> None:
    f = facts(
        _BIOMARKER,
        "We examined whether baseline serum BDNF predicted response in a randomised trial of "
        "naltrexone 3 mg added to sertraline in adults with major depressive disorder. "
        "Participants with a frozen baseline sample and a week-8 HAM-D were eligible for "
        "this analysis. Fifty-seven of the trial's participants met these criteria "
        "(naltrexone, n = 29; placebo, n = 28). BDNF did not moderate the HAM-D effect.",
        RCT,
    )
    assert f.n == 57


def test_a_time_point_is_not_the_derived_reports_sample() -> None:
    f = facts(
        "Sleep EEG and naltrexone 2 mg in major depression: an exploratory analysis of a "
        "randomised trial",
        "Background: A trial randomised 190 adults with major depressive disorder to "
        "naltrexone 2 mg or placebo.\n"
        "Methods: In this exploratory analysis, 38 participants who had sleep EEG at baseline "
        "and week 8 were analysed (19 naltrexone, 19 placebo).\n"
        "Results: Slow-wave sleep rose with naltrexone.",
        RCT,
    )
    assert f.n == 38


def test_a_screened_pool_written_as_n_equals_is_not_the_sample() -> None:
    f = facts(
        "Naltrexone 3 mg alone for major depression: a randomised placebo-controlled trial",
        "Methods: At nine sites, drug-free adults with major depressive disorder (HAM-D >= 20) "
        "were screened (n = 351) and 140 were randomly assigned to naltrexone 3 mg daily or "
        "placebo for 8 weeks.\nResults: HAM-D fell by 2.4 points more with naltrexone.",
        RCT,
    )
    assert f.n == 140
