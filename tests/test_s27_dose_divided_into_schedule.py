"""A dose "divided" or "split" into a schedule is the day's total, shared out: "total daily
doses of 1 mg, 2.5 mg or 4.5 mg, divided into morning and evening doses" are 1, 2.5 and
4.5 mg, not doubled as "1.5 mg morning and evening" is (CONTRACT.md: ``ldn_doses_mg`` are
total daily doses). Shown by holdout269 30000034. Session 27, lead (after round 73).
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Adults with major depression on an SSRI were randomised to naltrexone at total "
            "daily doses of 1 mg, 2.5 mg or 4.5 mg, divided into morning and evening doses, "
            "for eight weeks. Ninety were randomised.",
            [1.0, 2.5, 4.5],
        ),
        (
            "Patients taking sertraline received naltrexone 3 mg, split into morning and "
            "evening halves, for 12 weeks; 64 took part.",
            [3.0],
        ),
        (
            "Participants were allocated to naltrexone 2 mg or 4 mg a day, divided twice "
            "daily, added to their SNRI; 80 were allocated.",
            [2.0, 4.0],
        ),
    ],
)
def test_a_dose_divided_into_a_schedule_is_the_days_total(
    abstract: str, doses: list[float]
) -> None:
    assert facts(TITLE, abstract).ldn_doses_mg == doses


def test_near_miss_the_same_dose_morning_and_evening_is_doubled() -> None:
    """A dose taken morning and evening, not divided, is twice that dose a day."""
    abstract = (
        "Patients on escitalopram were randomised to naltrexone 1.5 mg morning and evening "
        "or placebo; 70 were randomised."
    )
    assert facts(TITLE, abstract).ldn_doses_mg == [3.0]
