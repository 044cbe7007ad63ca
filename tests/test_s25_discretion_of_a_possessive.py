"""Kind: a flexible dose left to someone's judgement, named with a possessive ("at the
prescriber's discretion", "at the treating psychiatrist's discretion"): the levels a start
may be raised to are places inside one flexible range, so the range's two ends are the
doses (CONTRACT.md), not every level named; the possessive had hidden the cue, read
only bare ("at the discretion"). Shown by holdout241 26900031 (doses [1.5, 3.0, 4.5] for
[1.5, 4.5]). Doses for separate arms keep today's answer. Session 25, round 68, c68c."""

import pytest
from written import PROTOCOL, TRIAL, facts

TITLE = "Adjunctive low-dose naltrexone for depression in primary care: a randomised trial"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "Naltrexone begins at 1 mg nightly and can be raised to 2 mg or 4 mg at the "
            "prescriber's discretion.",
            [1.0, 4.0],
        ),
        (
            "Patients start naltrexone 2 mg daily, which may be increased to 3 mg or 4.5 mg "
            "at the treating psychiatrist's discretion.",
            [2.0, 4.5],
        ),
        (
            "The starting dose of naltrexone is 0.5 mg; it may be stepped up to 1.5 mg, 3 mg "
            "or 4.5 mg at the investigators' discretion.",
            [0.5, 4.5],
        ),
    ],
)
def test_levels_inside_the_range_are_not_doses(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", PROTOCOL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # the cue without a possessive: today's answer already
        (
            "Naltrexone begins at 1 mg nightly and can be raised to 2 mg or 4 mg as tolerated.",
            [1.0, 4.0],
        ),
        # arms randomised, the schedule not left to anyone: every dose stays
        (
            "Patients were randomised to naltrexone 1 mg, 2 mg or 4 mg nightly; the "
            "patient's own GP kept prescribing the antidepressant.",
            [1.0, 2.0, 4.0],
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses
