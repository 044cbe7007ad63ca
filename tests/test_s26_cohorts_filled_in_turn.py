"""Cohorts said in words to be filled one after another ("cohorts were filled one after
another: 1.5 mg, 3 mg ...", "cohorts opened in turn at 2 mg and 4 mg") are dose cohorts in
sequence, each a dose tested: a dose comparison, not one schedule. Shown by preprints63
PPR3600004 (an ascending-dose cohort study whose four doses were read as one regimen).
Session 26, round 71, c71c."""

import pytest
from written import facts

_TITLE = "Low-dose naltrexone added to antidepressants in resistant depression"


@pytest.mark.parametrize(
    "design",
    [
        "Cohorts were filled one after another: 1 mg, 2 mg and 4 mg of naltrexone "
        "nightly (ten adults each).",
        "Cohorts were added one after the other at naltrexone 1 mg, 2 mg and then 4 mg nightly.",
        "Cohorts were enrolled in sequence at naltrexone 1 mg, 2 mg and then 4 mg nightly.",
    ],
)
def test_cohorts_in_turn_compare_doses(design: str) -> None:
    f = facts(
        _TITLE,
        f"Adults with major depression kept their antidepressant. {design} "
        "Thirty participants were dosed; MADRS fell most at 2 mg.",
    )
    assert f.compares_doses
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]


def test_one_cohort_after_another_at_one_dose_is_no_comparison() -> None:
    """Near miss: cohorts filled in turn all at one dose compare no doses."""
    f = facts(
        _TITLE,
        "Adults with major depression kept their antidepressant. Two cohorts were filled "
        "one after another, all taking naltrexone 4.5 mg nightly. Thirty participants "
        "were dosed.",
    )
    assert not f.compares_doses
