"""A count of capsules raised in steps with the unit word said only once ("one capsule at
night for a week, two the second week and three from week 3 onward") is a fixed titration
counted in units: its last step is the dose, its frequency the one said with the first
count (CONTRACT.md: a fixed titration's dose is its target). Shown by holdout286 31900001
(a case report with 1.5 mg capsules). Session 29, round 76, c76a."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("regimen", "dose"),
    [
        (
            "Naltrexone was compounded into 1.5 mg capsules; he took one capsule nightly for "
            "five days, two for the next five days and three from day 11.",
            4.5,
        ),
        (
            "Low-dose naltrexone was dispensed as 1 mg capsules, and she took one capsule at "
            "bedtime in week 1, then two in week 2, then three from week 3.",
            3.0,
        ),
        (
            "Naltrexone was prescribed as 0.5 mg capsules; she took two capsules each night at "
            "first, four after a fortnight and six from the second month.",
            3.0,
        ),
    ],
)
def test_unit_count_raised_with_the_unit_left_out(regimen: str, dose: float) -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline for residual depression: a case report",
        "Case presentation: A 44-year-old man with recurrent major depression had a partial "
        "response to sertraline 150 mg/day. " + regimen + " His PHQ-9 fell from 16 to 6 by "
        "week 8.",
        CASE,
    )
    assert f.ldn_doses_mg == [dose]


def test_count_of_weeks_after_one_capsule_is_no_step() -> None:
    """Near miss: 'two weeks later' counts time, not capsules."""
    f = facts(
        "Low-dose naltrexone added to sertraline for residual depression: a case report",
        "Case presentation: A 44-year-old man with recurrent major depression had a partial "
        "response to sertraline 150 mg/day. Naltrexone was compounded into 4.5 mg capsules; he "
        "took one capsule nightly, and two weeks later his sleep had improved. His PHQ-9 fell "
        "from 16 to 6 by week 8.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]
