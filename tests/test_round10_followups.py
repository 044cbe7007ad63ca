"""Two false "addressed" found by probing the classifier with new wordings after round 10:
a results report's planned size read as its sample, and a trial in another condition
whose depressed share was read as a depressed population."""

from __future__ import annotations

from written import RCT, facts, gaps

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
