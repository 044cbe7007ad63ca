"""Kind: cohorts told by their size and then what they received ("four sequential cohorts
of six, receiving 0.5, 1, 2 or 4 mg/day"), after the people's own antidepressants named
as a list ("who remained depressed on citalopram or escitalopram"): the cohorts' doses
are the titled drug's, every one, not the last base drug's. A dose written beside a base
drug, one dose for all, and LDN against a standard dose compare nothing.

Round 44, c44b; the record that showed it: holdout153 16800032 (sequential escalation
"0.5 to 4 mg/day": label [0.5, 1, 2, 4], read only the ends).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Sequential dose escalation of naltrexone (0.5 to 4 mg/day) in late-life depression: a "
    "phase 1b/2a study"
)
RECORD = (
    "Objective: To identify a tolerable and active dose of naltrexone in older adults with "
    "depression.\n"
    "Methods: Adults aged 65 years or older with major depression (GDS-15 >= 8) who remained "
    "depressed on citalopram or escitalopram were enrolled in four sequential cohorts of six, "
    "receiving 0.5, 1, 2 or 4 mg/day for 4 weeks.\n"
    "Results: All 24 completed. The 2 mg cohort had the best GDS response; 4 mg caused "
    "insomnia in 3 of 6."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, ("Journal Article", "Clinical Trial, Phase I"))
    assert f.n == 24
    assert f.ldn_doses_mg == [0.5, 1.0, 2.0, 4.0]
    assert f.compares_doses


T = "Sequential dose escalation of low-dose naltrexone in depression: a phase 1 study"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Outpatients with major depression taking sertraline, fluoxetine or paroxetine were "
            "enrolled in three cohorts of eight, each receiving 1, 2 or 4.5 mg nightly.",
            [1.0, 2.0, 4.5],
        ),
        (
            "Patients with bipolar depression on lithium and lamotrigine were treated in two "
            "cohorts of ten, receiving 1.5 or 3 mg/day.",
            [1.5, 3.0],
        ),
    ],
)
def test_cohorts_sized_then_dosed(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        "Adults with major depression on sertraline or escitalopram were enrolled in two "
        "cohorts of ten, receiving naltrexone 4.5 mg nightly or no added drug.",
        "Adults with major depression on sertraline or citalopram were enrolled in two cohorts "
        "of ten, receiving citalopram 20 mg or 40 mg with naltrexone 4.5 mg.",
    ],
)
def test_one_dose_of_ours(abstract: str) -> None:
    f = facts(T, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_low_against_standard_dose() -> None:
    f = facts(
        T,
        "Adults with major depression on sertraline or citalopram were enrolled in two cohorts "
        "of ten, receiving 4.5 mg or 50 mg/day.",
        TRIAL,
    )
    assert not f.compares_doses
