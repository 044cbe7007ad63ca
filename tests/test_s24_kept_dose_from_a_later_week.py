"""A schedule whose first step is timed and whose kept dose is opened by the week it starts
("1 mg for a week, then 2 mg, and from week three 4 mg nightly") is one titration: only the
dose kept counts (CONTRACT.md: a fixed titration lists its target). Shown by holdout53
52100006 (a liquid given as 1.5 mL, then 3 mL, and from week three 4.5 mL).
Session 24, round 66, c66c."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "schedule",
    [
        "1 mg at night for one week, then 2 mg, and from week three 4 mg nightly",
        "1 mg for five days, then 2 mg, and from day 11 onwards 4 mg at bedtime",
        "1 mg daily for a week, 2 mg, and from week 3 4 mg daily",
    ],
)
def test_dose_from_a_later_week_is_the_target(schedule: str) -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: a case report",
        f"A 50-year-old man with major depression on sertraline 150 mg was given naltrexone: "
        f"{schedule}. His HAM-D fell from 23 to 8 by week 10.",
    )
    assert f.ldn_doses_mg == [4.0]


def test_alternatives_from_a_week_stay() -> None:
    """Near miss: a dose some are raised to from a later week for non-response is kept
    beside the first."""
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial",
        "Methods: Thirty adults with major depression took naltrexone 2 mg nightly for four "
        "weeks, and from week five non-responders took 4 mg. Results: MADRS fell by 8.",
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
