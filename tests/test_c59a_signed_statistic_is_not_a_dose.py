"""A signed number after a dose group ("4.5 mg (n=131) −5.8, 3 mg (n=52) −5.1") is a change
or a difference of that group, a statistic, not the first of a list of doses.

Round 59, c59a; shown by holdout207 23200009 (a retrospective cohort: doses expected
[1.5, 3.0, 4.5], got 5.1 and 5.8 as well).
"""

from __future__ import annotations

import pytest
from written import facts

COHORT = ("Journal Article", "Observational Study")
TITLE = (
    "Dose of low-dose naltrexone and depressive outcomes in routine care: a retrospective cohort"
)
GIVEN = (
    "We reviewed the records of 212 outpatients with a depressive disorder who were "
    "prescribed compounded low-dose naltrexone (1.5 mg, 3 mg or 4.5 mg daily) in addition "
    "to an SSRI. "
)


def test_the_record() -> None:
    f = facts(
        "Dose of low-dose naltrexone and depressive outcomes in routine care: a retrospective "
        "cohort of 212 patients",
        "We reviewed the records of 212 outpatients with a depressive disorder who were "
        "prescribed compounded low-dose naltrexone (1.5 mg, 3 mg or 4.5 mg daily, at the "
        "prescriber's discretion) in addition to an SSRI between 2018 and 2024. PHQ-9 "
        "improvement at 3 months was compared across dose groups: 4.5 mg (n=131) −5.8, 3 mg "
        "(n=52) −5.1, 1.5 mg (n=29) −3.2. Higher doses were associated with greater "
        "improvement after adjustment for baseline severity. Randomised dose comparisons are "
        "warranted.",
        COHORT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]


@pytest.mark.parametrize(
    "results",
    [
        "PHQ-9 change: 4.5 mg (n=131) -5.8, 3 mg (n=52) -5.1.",
        "Results: MADRS change was 4.5 mg −5.2, 3 mg −4.1, 1.5 mg −2.0 points.",
        "Mean change by group: 3 mg (n=40) +1.9, 1.5 mg (n=22) +0.8, 4.5 mg (n=80) -2.2.",
        "HAM-D fell most with 4.5 mg (−5.7, 95% CI −7.0 to −4.4), then 3 mg (−4.9).",
    ],
)
def test_a_signed_statistic_is_no_dose(results: str) -> None:
    assert facts(TITLE, GIVEN + results, COHORT).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_a_list_of_doses_stays() -> None:
    f = facts(
        "Low-dose naltrexone at three doses in major depression",
        "Ninety adults with major depressive disorder were randomised to naltrexone 1.5, 3 or "
        "4.5 mg daily. MADRS change: -5.1 (4.5 mg) vs -3.0 (1.5 mg).",
        ("Randomized Controlled Trial",),
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
