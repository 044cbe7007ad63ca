"""A medicine the people already take, named in brackets after its class ("on a stable
mood stabiliser (lithium or lamotrigine)", "taking an SSRI (sertraline)"), is no owner of
the cohorts' or arms' doses that follow it: those are the titled drug's. Shown by
holdout229 25600019 (the first cohort's 1 mg read as lamotrigine's). Session 24, round 65,
c65c."""

import pytest
from written import TRIAL, facts

TITLE = "Ascending-dose cohorts of low-dose naltrexone in depression"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Adults with bipolar depression on a stable mood stabiliser (valproate or lithium) "
            "were enrolled in three sequential cohorts of eight: 0.5 mg, then 1.5 mg, then "
            "3 mg nightly for four weeks each.",
            [0.5, 1.5, 3.0],
        ),
        (
            "Outpatients taking an SSRI (sertraline or citalopram) entered three successive "
            "dose cohorts of ten: 1 mg, then 2 mg, then 4.5 mg daily.",
            [1.0, 2.0, 4.5],
        ),
        (
            "Patients on their usual antidepressant (mirtazapine) were treated in two "
            "consecutive cohorts of six: 2 mg, then 4 mg once daily.",
            [2.0, 4.0],
        ),
    ],
)
def test_cohort_doses_after_bracketed_base_drug(sentence: str, expected: list[float]) -> None:
    f = facts(TITLE, f"Methods: {sentence}\nResults: All completed.", TRIAL)
    assert f.ldn_doses_mg == expected


def test_base_drug_with_its_own_dose_keeps_it() -> None:
    """Near miss: a base drug written with its own dose is still that drug's dose."""
    f = facts(
        TITLE,
        "Methods: Adults on a stable SSRI (sertraline 100 mg) received naltrexone 4.5 mg "
        "nightly for eight weeks.\nResults: All completed.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
