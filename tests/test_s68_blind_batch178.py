"""Kinds from blind batch 178 (session 68, first measured on the src of aae13892), written
again in other words. No false gap verdict; one missed "addressed" verdict and field
errors.

- holdout741 52205065 (a missed dose-finding verdict): a conference abstract that opens
  with its design as a heading, no verb ("Open-label sequential dose escalation in adults
  with bipolar depression"), its dose groups "Cohorts of six received naltrexone 1 mg,
  2.5 mg or 4.5 mg": read as an observational cohort.
- holdout740 52205043: "Six participants were enrolled in each cohort" of "Four cohorts"
  is 24.
- holdout739 52205029: "who had discontinued fluoxetine ... at least 4 weeks earlier
  received LDN 1.5 mg" is the dose they now take, not one taken before.
"""

from __future__ import annotations

from written import JOURNAL, TRIAL, facts, gaps

CONGRESS = ("Congress",)


def test_a_design_heading_with_no_verb_is_the_study_s_own() -> None:
    title = "Dose-ranging study of low-dose naltrexone in postpartum depression"
    text = (
        "Open-label dose escalation in women with postpartum depression (EPDS >= 13). "
        "Cohorts of five received naltrexone 0.5 mg, 2 mg or 4 mg nightly for 6 weeks; "
        "escalation proceeded if no woman in a cohort had a serious adverse event. Fifteen "
        "women were enrolled. EPDS fell by 3.0, 5.2 and 6.1 points at 0.5, 2 and 4 mg."
    )
    f = facts(title, text, CONGRESS)
    assert f.design == "nonrandomized_trial"
    assert gaps(title, text, CONGRESS)["dose-finding"] == "addressed"


def test_earlier_trials_told_as_a_heading_with_their_verb_stay_background() -> None:
    # (control: the opening names others' trials, with its verb)
    title = "Low-dose naltrexone in depression: a retrospective chart review"
    text = (
        "Open-label trials in fibromyalgia have suggested mood benefits of low-dose "
        "naltrexone. We reviewed the charts of 40 outpatients with depression prescribed "
        "LDN 4.5 mg nightly."
    )
    assert facts(title, text, JOURNAL).design == "observational"


def test_people_enrolled_in_each_of_the_counted_cohorts_sum_to_the_sample() -> None:
    title = "Sequential-cohort dose escalation of low-dose naltrexone in depression"
    text = (
        "Methods: Adults with treatment-resistant depression (MADRS >= 22) took part in an "
        "open-label escalation. Three cohorts received naltrexone 1 mg, 2.5 mg or 4.5 mg "
        "nightly for 6 weeks.\n"
        "Results: Eight participants were enrolled in each cohort and 20 completed. "
        "Response occurred in 0, 2 and 3 participants respectively."
    )
    assert facts(title, text, TRIAL).n == 24


def test_a_time_before_the_main_verb_is_no_earlier_dose() -> None:
    title = "Open-label low-dose naltrexone in adolescents with depression"
    text = (
        "Methods: Adolescents with major depressive disorder who had stopped sertraline for "
        "intolerance at least 6 weeks earlier received LDN 1 mg nightly for 4 weeks; "
        "non-responders were increased to 2 mg for weeks 5-8.\n"
        "Results: Twenty adolescents enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.0, 2.0]


def test_doses_people_had_earlier_received_are_the_parent_s() -> None:
    # (control: "had earlier received" names the parent trial's doses)
    title = "Open-label extension of a trial of low-dose naltrexone in depression"
    text = (
        "Methods: Completers of a randomised trial, who had earlier received 1 mg or 2 mg, "
        "all took LDN 4.5 mg nightly for 24 weeks.\n"
        "Results: Forty participants enrolled."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.5]
