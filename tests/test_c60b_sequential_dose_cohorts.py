"""Doses given to cohorts one after another ("two sequential open-label cohorts of X, 2 mg
then 4.5 mg"), their outcomes told per cohort ("25% in the 2 mg cohort and 45% in the
4.5 mg cohort"), are doses compared, not one titration's steps, wherever the cohorts are
named: title, opening, methods, unlabelled abstract.

Round 60, c60b; shown by holdout211 23600036 ("Two sequential open-label cohorts of
low-dose naltrexone (2 mg then 4.5 mg) in depression ...": dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import RULES, TRIAL, facts

from ldn_watch.assess.gaps import verdicts

RECORD = (
    "Two sequential open-label cohorts of low-dose naltrexone (2 mg then 4.5 mg) in "
    "depression with inadequate response to SSRIs or SNRIs",
    "Background: Dose selection for low-dose naltrexone (LDN) augmentation is empirical.\n"
    "Methods: In a single-centre open-label study, the first 20 eligible adults with major "
    "depressive disorder on an SSRI or SNRI received naltrexone 2 mg/day for 8 weeks; after "
    "an interim review, the next 20 received 4.5 mg/day. Of 96 people assessed for "
    "eligibility, 40 were enrolled.\nResults: MADRS response was 25% in the 2 mg cohort and "
    "45% in the 4.5 mg cohort. Dropout was 10% in each.\nConclusions: The higher dose "
    "appeared more effective; a randomised comparison is needed.",
)


def test_the_record() -> None:
    got = facts(*RECORD, TRIAL)
    assert got.compares_doses is True
    assert verdicts(got, RULES)["dose-finding"].value == "addressed"


COHORTS = [
    "two sequential cohorts",
    "three successive dose cohorts",
    "2 consecutive open-label cohorts",
]
GIVEN = "adults with major depressive disorder received naltrexone 1.5 mg/day, then a new group 3 mg/day"
OUTCOME = "Response was 30% in the 1.5 mg cohort and 47% in the 3 mg cohort."


def _places(cohorts: str) -> dict[str, tuple[str, str]]:
    return {
        "title": (
            f"Low-dose naltrexone in {cohorts} with major depressive disorder",
            f"Methods: In an open study, {GIVEN}.\nResults: {OUTCOME}",
        ),
        "opening": (
            "Low-dose naltrexone in major depressive disorder: an open study",
            f"We gave low-dose naltrexone to {cohorts} of adults with major depression. "
            f"Methods: {GIVEN}.\nResults: {OUTCOME}",
        ),
        "methods": (
            "Low-dose naltrexone in major depressive disorder: an open study",
            f"Background: Doses are empirical.\nMethods: We enrolled {cohorts}; {GIVEN}.\n"
            f"Results: {OUTCOME}",
        ),
        "unlabelled": (
            "Low-dose naltrexone in major depressive disorder",
            f"We studied naltrexone in {cohorts}: {GIVEN}. {OUTCOME}",
        ),
    }


@pytest.mark.parametrize("cohorts", COHORTS)
@pytest.mark.parametrize("place", list(_places("x")))
def test_cohort_doses_compared(place: str, cohorts: str) -> None:
    got = facts(*_places(cohorts)[place], TRIAL)
    assert got.ldn_doses_mg == [1.5, 3.0], place
    assert got.compares_doses is True, place


# near misses: a fixed titration read at each step, or cohorts not dosed one after another
# (the same dose to two kinds of people), compares no doses
def test_titration_read_at_each_step_compares_nothing() -> None:
    got = facts(
        "Low-dose naltrexone in major depressive disorder: an open study",
        "Methods: Forty adults with major depressive disorder started naltrexone at 1.5 mg "
        "and were titrated to a target of 4.5 mg over two weeks.\nResults: Response was 20% "
        "at 1.5 mg and 45% at 4.5 mg.",
        TRIAL,
    )
    assert got.compares_doses is False
    assert verdicts(got, RULES)["dose-finding"].value == "no"


def test_two_population_cohorts_one_dose() -> None:
    got = facts(
        "Low-dose naltrexone in two cohorts of major depressive disorder",
        "Methods: Inpatients and outpatients with major depressive disorder received "
        "naltrexone 4.5 mg.\nResults: Response was 30% in the inpatient cohort and 47% in "
        "the outpatient cohort.",
        TRIAL,
    )
    assert got.ldn_doses_mg == [4.5]
    assert got.compares_doses is False
