"""Kind: a fixed titration whose second spell leaves its unit to be understood from the
first ("1 mg for the first week, then 2 mg for the remaining five"): the count after
"the remaining" is the spell's length in the first spell's unit, so the schedule is a
fixed titration and lists its target only (CONTRACT.md), not both steps. Shown by
holdout240 26800009 (doses [1.5, 3.0] for [3.0]). A count of people after "the remaining"
is no spell and keeps today's answer. Session 25, round 68, c68c."""

import pytest
from written import TRIAL, facts

TITLE = "Adjunctive low-dose naltrexone in depression: an open-label study"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "Each patient took naltrexone 2 mg at bedtime for the first fortnight, then "
            "4 mg at bedtime for the remaining four.",
            [4.0],
        ),
        (
            "Naltrexone was given at 1.5 mg daily for the first two weeks and 4.5 mg daily "
            "for the remaining ten.",
            [4.5],
        ),
        (
            "Open-label naltrexone was taken at 1 mg each evening during the first week, "
            "then 3 mg each evening over the following 11, alongside the usual SSRI.",
            [3.0],
        ),
    ],
)
def test_rest_of_the_schedule_is_the_target(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # the unit is written: today's answer already
        (
            "Naltrexone 1.5 mg daily was given for the first week, then 4.5 mg daily for the "
            "remaining seven weeks.",
            [4.5],
        ),
        # people, not a spell, after "the remaining": both doses stay
        (
            "Eight patients took naltrexone 1.5 mg daily; the remaining 12 patients took "
            "4.5 mg daily.",
            [1.5, 4.5],
        ),
        # a raise in the rest of a case series: people, both levels stay
        (
            "Three patients took naltrexone 1.5 mg nightly; it was raised to 4.5 mg in the "
            "remaining two.",
            [1.5, 4.5],
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses
