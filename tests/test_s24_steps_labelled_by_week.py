"""A titration's steps each labelled by its week right after the dose, no "for"/"in"
between ("1 mg week 1, 2 mg week 2, 4 mg thereafter", "1 mg days 1-7, then 2 mg") are steps
of one schedule: only the dose kept counts (CONTRACT.md: a fixed titration lists its
target). Shown by holdout24 81100020, whose titration arm "(1.5 mg week 1, 3 mg week 2,
4.5 mg thereafter)" gave three doses. Session 24, round 66, c66c."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "schedule",
    [
        "either to start naltrexone at 4 mg or to a slow start (1 mg week 1, 2 mg week 2, "
        "4 mg thereafter)",
        "to begin naltrexone at the full 4 mg or to titrate it (1 mg weeks 1-2, 2 mg week 3 "
        "and 4 mg thereafter)",
        "either to start naltrexone at 4 mg at once or to step up (1 mg days 1-7, 2 mg days "
        "8-14, 4 mg thereafter)",
    ],
)
def test_week_labelled_steps_give_the_target(schedule: str) -> None:
    f = facts(
        "Immediate or gradual start of low-dose naltrexone in depression: a randomised trial",
        f"Methods: Sixty adults with major depression on an SSRI were randomized {schedule}. "
        "Results: MADRS fell by 9 points in both groups.",
    )
    assert f.ldn_doses_mg == [4.0]


def test_arms_each_told_with_a_week_stay() -> None:
    """Near miss: two arms, each a dose, are alternatives, not steps."""
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomised trial",
        "Methods: Sixty adults with major depression were randomised to naltrexone 2 mg or "
        "4 mg nightly for 8 weeks. Results: MADRS fell in both arms.",
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
