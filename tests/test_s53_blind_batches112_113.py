"""Kinds met in blind batches 112 and 113 (session 53, measured on eaff6e18 and 80364f79),
each written again in other words.

- holdout452 50600020: an open dose-escalation abstract with results, closing "We will take
  2 mg forward to a randomized trial", read as a protocol (the next trial is future work,
  not the study's own plan), and "an open, sequential dose-finding study" not read as the
  study's own design.
- holdout455 50900006: a crossover of LDN and sertraline, one drug per period ("LDN then
  sertraline, or the reverse order"), read as LDN taken with sertraline: a false
  serotonergic verdict.
- holdout454 50800019: a protocol of two weight-based LDN arms whose cap ("Weight-based
  doses ... may not exceed 4.5 mg") was read as the one dose, so no doses compared.
  A cap in mg said "will not exceed" was read as a dose too.
- holdout454 50800009: drops of a stated strength given in cohorts of several counts ("500
  micrograms per drop ... cohorts of 1, 2, 4, 6 and 9 drops nightly") read as one dose.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

ESCALATION_TITLE = "Stepwise low-dose naltrexone in treatment-resistant depression"
ESCALATION = (
    "We ran an open, stepwise dose-finding study of low-dose naltrexone in adults with "
    "treatment-resistant depression (HAM-D >= 18) on bupropion. Fourteen outpatients took "
    "naltrexone 1.5 mg for 3 weeks, 3 mg for 3 weeks and 4.5 mg for 3 weeks. HAM-D fell from "
    "22.1 to 19.0, 16.2 and 15.8 at the end of each step. {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "We will carry 3 mg forward into a placebo-controlled trial.",
        "The team will take the 3 mg step forward to a randomised study next year.",
    ],
)
def test_a_dose_carried_into_the_next_trial_leaves_the_results_a_trial(last: str) -> None:
    f = facts(ESCALATION_TITLE, ESCALATION.format(last=last), JOURNAL)
    assert f.design == "nonrandomized_trial"
    assert f.has_results
    assert gaps(ESCALATION_TITLE, ESCALATION.format(last=last), JOURNAL) == {
        "dose-finding": "addressed"
    }


def test_the_study_own_plan_is_still_a_protocol() -> None:
    text = (
        "Methods: Sixty adults with major depressive disorder on a stable SSRI will be "
        "randomised to naltrexone 1.5 mg or 4.5 mg nightly for 8 weeks. We will take the "
        "better-tolerated dose forward to the trial's open-label extension."
    )
    f = facts("Two doses of low-dose naltrexone added to SSRIs: a protocol", text, PROTOCOL)
    assert f.design == "protocol"
    assert f.has_results is False


CROSSOVER_TITLE = "Low-dose naltrexone and escitalopram in dysthymia: a crossover trial"


@pytest.mark.parametrize(
    "sequence",
    [
        "low-dose naltrexone 3 mg nightly then escitalopram 10 mg daily, or the reverse order",
        "escitalopram 10 mg daily followed by naltrexone 3 mg at night, or vice versa",
        "naltrexone 3 mg then escitalopram 10 mg in random order",
    ],
)
def test_a_drug_given_in_its_own_crossover_period_is_not_taken_with_ldn(sequence: str) -> None:
    text = (
        "Methods: Antidepressant-free adults with dysthymia (HAM-D >= 14) were randomised to "
        f"{sequence}, each for 6 weeks with a placebo washout between periods.\n"
        "Results: Thirty-two were randomised; HAM-D did not differ between periods."
    )
    f = facts(CROSSOVER_TITLE, text, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(CROSSOVER_TITLE, text, RCT)


def test_an_antidepressant_kept_through_a_placebo_crossover_is_taken_with_ldn() -> None:
    text = (
        "Methods: Adults with major depression on a stable dose of escitalopram, which they "
        "continued throughout, were randomised to low-dose naltrexone 3 mg then placebo, or the "
        "reverse order, each for 6 weeks.\n"
        "Results: Thirty-two were randomised; MADRS fell more with naltrexone (p = 0.03)."
    )
    f = facts(CROSSOVER_TITLE, text, RCT)
    assert f.concomitant_classes == ["serotonergic"]


WEIGHT_TITLE = "Weight-based low-dose naltrexone added to SSRIs in adolescent depression: protocol"


@pytest.mark.parametrize(
    "cap",
    [
        "Weight-based doses are rounded to the nearest 0.5 mg and may not exceed 4.5 mg.",
        "Weight-adjusted doses will not exceed 4.5 mg per day.",
    ],
)
def test_the_cap_of_weight_based_arms_is_no_dose(cap: str) -> None:
    text = (
        "Methods: Adolescents with major depressive disorder (CDRS-R >= 45) on fluoxetine, "
        "which will continue, will be randomised to naltrexone 0.05 mg/kg/day, naltrexone "
        f"0.1 mg/kg/day or placebo for 12 weeks. {cap} Forty will be randomised to each arm."
    )
    f = facts(WEIGHT_TITLE, text, PROTOCOL)
    assert f.ldn_doses_mg == []
    assert f.compares_doses


@pytest.mark.parametrize(
    "cap",
    [
        "Doses will not exceed 4.5 mg per day.",
        "The total daily dose may not exceed 4.5 mg.",
    ],
)
def test_a_cap_in_mg_is_no_dose_either(cap: str) -> None:
    text = (
        "Methods: Adults with major depression on sertraline will be randomised to naltrexone "
        f"1.5 mg or 3 mg nightly. {cap}"
    )
    f = facts("Two doses of low-dose naltrexone added to sertraline: protocol", text, PROTOCOL)
    assert f.ldn_doses_mg == [1.5, 3.0]


def test_drops_given_in_cohorts_of_several_counts_are_each_a_dose() -> None:
    text = (
        "Methods: Adults with bipolar depression (MADRS >= 20) on lithium received open-label "
        "naltrexone oral drops (250 micrograms per drop) in escalating cohorts of 2, 6 and 12 "
        "drops daily for 3 weeks each. Eighteen were enrolled.\n"
        "Results: MADRS improved most at 12 drops."
    )
    f = facts("Naltrexone drops in bipolar depression: a dose-escalation study", text, TRIAL)
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0]
    assert f.compares_doses


def test_one_count_of_drops_is_one_dose() -> None:
    text = (
        "Methods: Adults with major depression on sertraline took naltrexone drops (0.5 mg per "
        "drop), 6 drops nightly for 8 weeks. Twenty were enrolled.\n"
        "Results: MADRS fell by 7 points."
    )
    f = facts("Naltrexone drops added to sertraline", text, TRIAL)
    assert f.ldn_doses_mg == [3.0]
