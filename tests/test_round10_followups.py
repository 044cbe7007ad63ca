"""Two false "addressed" found by probing the classifier with new wordings after round 10:
a results report's planned size read as its sample, and a trial in another condition
whose depressed share was read as a depressed population."""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps

INTERIM = "Naltrexone at a low dose beside an SSRI in major depression: an interim report"


def test_a_planned_size_before_the_count_randomised_so_far_is_the_plan() -> None:
    abstract = (
        "Methods: Of a planned 140 outpatients with major depressive disorder taking "
        "escitalopram, 28 had been randomised to naltrexone 3 mg or placebo by the data "
        "cut-off.\nResults: Tolerability was good."
    )
    found = facts(INTERIM, abstract, RCT)
    assert found.n == 28
    assert "larger-trials" not in gaps(INTERIM, abstract, RCT)


def test_a_results_report_that_plans_to_randomise_states_its_plan() -> None:
    abstract = (
        "Methods: The study plans to randomise 140 outpatients with major depressive disorder "
        "taking escitalopram to naltrexone 3 mg or placebo. At this interim look 31 "
        "participants had completed eight weeks.\nResults: MADRS fell in both arms."
    )
    assert facts(INTERIM, abstract, RCT).n == 31


def test_a_count_with_its_description_still_reaches_its_verb() -> None:
    abstract = (
        "Methods: 88 outpatients with major depressive disorder on escitalopram, 30 of them "
        "men, were randomised to naltrexone 3 mg or placebo.\nResults: MADRS fell more."
    )
    assert facts(INTERIM, abstract, RCT).n == 88


PAIN = "Low-dose naltrexone for chronic neck pain: a randomised trial"


def test_a_count_that_had_depression_in_another_conditions_sample_is_a_share() -> None:
    title = "Low-dose naltrexone for chronic neck pain, including depressed patients: a trial"
    abstract = (
        "Methods: 132 adults with chronic neck pain were randomised to naltrexone 4.5 mg or "
        "placebo; 58 had major depressive disorder at entry and most took venlafaxine.\n"
        "Results: Pain and PHQ-9 scores improved."
    )
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_a_title_naming_an_analysis_of_depressed_people_names_no_selection() -> None:
    title = f"{PAIN} with analysis of depressed patients"
    abstract = (
        "Methods: 132 adults with chronic neck pain were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: Pain and HADS-D scores improved in the depressed subgroup."
    )
    assert facts(title, abstract, RCT).depression_population is False


def test_people_selected_for_both_conditions_stay_a_depressed_population() -> None:
    title = "Low-dose naltrexone in chronic neck pain with depression: a randomised trial"
    abstract = (
        "Methods: 132 adults with chronic neck pain and major depressive disorder were "
        "randomised to naltrexone 4.5 mg or placebo; 40 also had an anxiety disorder.\n"
        "Results: Pain and HAM-D improved."
    )
    assert facts(title, abstract, RCT).depression_population is True


# -- a derived report's own people, stated after its parent's size (found by probing) -----
DERIVED = (
    "Sleep architecture under low-dose naltrexone in depression: a secondary analysis of a "
    "randomised trial"
)


def test_this_analysis_of_a_trial_of_n_included_its_own_m() -> None:
    abstract = (
        "Methods: This ancillary analysis of a trial of 148 outpatients with major depressive "
        "disorder randomised to naltrexone 2.5 mg or placebo included the 41 participants "
        "with two nights of polysomnography.\nResults: REM latency lengthened."
    )
    assert facts(DERIVED, abstract, RCT).n == 41
    assert "larger-trials" not in gaps(DERIVED, abstract, RCT)


def test_people_who_provided_blood_and_form_this_analysis_are_its_sample() -> None:
    abstract = (
        "Methods: Of 148 outpatients with major depressive disorder randomised to naltrexone "
        "2.5 mg or placebo, 44 provided serum at baseline and week 10 and form this analysis."
        "\nResults: Kynurenine fell."
    )
    assert facts(DERIVED, abstract, RCT).n == 44


def test_a_subsample_of_a_trial_is_the_reports_sample() -> None:
    abstract = (
        "Methods: A subsample of 33 adults from a randomised trial (N = 148) of naltrexone "
        "2.5 mg versus placebo in major depressive disorder wore actigraphs.\n"
        "Results: Sleep efficiency rose."
    )
    assert facts(DERIVED, abstract, RCT).n == 33


# -- a drug offered when the trial was over (found by probing) --------------------------
def test_a_drug_offered_when_the_trial_ended_is_not_taken_with_the_watched_one() -> None:
    title = "Naltrexone at a low dose in major depression: a randomised trial"
    abstract = (
        "Methods: Seventy adults with major depressive disorder, none on antidepressants, were "
        "randomised to naltrexone 3 mg or placebo for ten weeks. Non-remitters were offered "
        "duloxetine once the study was over.\nResults: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


def test_a_drug_still_taken_when_the_trial_ended_was_taken_with_it() -> None:
    title = "Naltrexone at a low dose in major depression: a randomised trial"
    abstract = (
        "Methods: Seventy adults with major depressive disorder were randomised to naltrexone "
        "3 mg or placebo added to duloxetine, which all were still taking when the study was "
        "over.\nResults: MADRS fell more with naltrexone."
    )
    assert "noradrenergic" in facts(title, abstract, RCT).concomitant_classes


# -- a low dose named only from published work (found by probing) -----------------------
def test_a_low_dose_named_from_published_trials_is_not_what_the_study_gives() -> None:
    title = "Naltrexone 50 mg in depression with alcohol use disorder: an open trial"
    abstract = (
        "Methods: Sixty-two adults with major depressive disorder and alcohol use disorder took "
        "naltrexone 50 mg daily for 12 weeks. Outcomes were set against published low-dose "
        "naltrexone (4.5 mg) trials.\nResults: MADRS fell by 9 points."
    )
    found = facts(title, abstract, TRIAL)
    assert found.on_topic is False
    assert gaps(title, abstract, TRIAL) == {}


def test_an_earlier_phase_of_the_study_itself_is_still_its_own() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: an open trial"
    abstract = (
        "Methods: Sixty-two adults with major depressive disorder on sertraline took naltrexone "
        "4.5 mg nightly. In the past two weeks of the study, 58 completed daily mood ratings."
        "\nResults: MADRS fell by 9 points."
    )
    assert facts(title, abstract, TRIAL).on_topic is True


# -- more derived reports that took their parent's size (found by probing) ---------------
def test_a_study_run_alongside_a_trial_counts_its_own_people() -> None:
    title = "Healthcare costs of adding low-dose naltrexone to SSRIs in major depression"
    abstract = (
        "Methods: Alongside a randomised trial of 172 adults with major depressive disorder "
        "on SSRIs given naltrexone 3 mg or placebo, resource use was recorded for the 37 "
        "participants at the two Scottish sites.\nResults: Costs did not differ."
    )
    assert facts(title, abstract, RCT).n == 37
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_an_extension_named_by_its_length_counts_those_who_chose_to_continue() -> None:
    title = "Low-dose naltrexone with SSRIs in major depression: a six-month extension"
    abstract = (
        "Methods: Adults with major depressive disorder who completed the parent trial "
        "(N = 164) could keep taking naltrexone 3 mg with their SSRI; 42 opted to continue.\n"
        "Results: MADRS gains were kept."
    )
    assert facts(title, abstract, TRIAL).n == 42
    assert "larger-trials" not in gaps(title, abstract, TRIAL)
