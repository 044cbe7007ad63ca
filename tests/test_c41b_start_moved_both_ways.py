"""Flexible dosing written as a start dose plus the levels it may move to, "starting at
3 mg; investigators could lower the dose to 1.5 mg or raise it to 4.5 mg": the lowered
level is the low end of a flexible dose, never a step of the raise told after it, so
both ends count (CONTRACT.md: for a flexible range both ends) (round 41, c41b; shown by
holdout133 14700024, an open-label extension that read [4.5])."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone in major depressive disorder: an open-label extension"
OPENING = "Adults with major depressive disorder who completed the trial entered an extension. "


def doses(sentence: str) -> list[float]:
    return facts(TITLE, OPENING + sentence, TRIAL).ldn_doses_mg


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the record's wording
        (
            "All received naltrexone, starting at 3 mg nightly; investigators could lower "
            "the dose to 1.5 mg or raise it to 4.5 mg according to response and tolerability.",
            [1.5, 4.5],
        ),
        # probes: another verb pair, other numbers, "begun at"
        (
            "Naltrexone was begun at 3 mg; the dose could be decreased to 1.5 mg or "
            "titrated up to 4.5 mg as tolerated.",
            [1.5, 4.5],
        ),
        (
            "Everyone started naltrexone at 2 mg, which clinicians could step down to 1 mg "
            "or raise to 4 mg according to tolerability.",
            [1.0, 4.0],
        ),
    ],
)
def test_a_lowered_level_before_a_raise_is_the_low_end(
    sentence: str, expected: list[float]
) -> None:
    assert doses(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses that must not change: one direction only, a fixed titration, a
        # reduction told after the target
        (
            "All received naltrexone, starting at 3 mg nightly; investigators could lower "
            "the dose to 1.5 mg according to tolerability.",
            [1.5, 3.0],
        ),
        (
            "All received naltrexone starting at 1.5 mg, increased to 3 mg and then to 4.5 mg.",
            [4.5],
        ),
        (
            "All received naltrexone 1.5 mg for one week, then 3 mg, increased to 4.5 mg at "
            "week 4.",
            [4.5],
        ),
        (
            "All received naltrexone titrated to 4.5 mg; in one patient the dose was reduced "
            "to 3 mg because of insomnia.",
            [3.0, 4.5],
        ),
    ],
)
def test_other_schedules_keep_their_doses(sentence: str, expected: list[float]) -> None:
    assert doses(sentence) == expected
