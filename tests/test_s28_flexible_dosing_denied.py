"""Flexible dosing denied in the sentence of a fixed titration ("increased by 0.5 mg each
week to a target of 3 mg; the schedule was not adjusted for response"): the words of
flexible dosing, negated, make no range of doses, and the titration lists its target
alone (CONTRACT.md). Shown by holdout283 31600006 (its first step 0.5 mg kept as a dose).
Session 28, round 75, c75a."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone as an add-on in major depression: an open-label pilot"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Naltrexone began at 1 mg nightly and was increased by 1 mg a week to a "
        "target of 4 mg; the titration was not adjusted for response.",
        "Methods: Naltrexone began at 0.5 mg and was increased by 0.5 mg weekly to a target "
        "of 2 mg, and doses were never adjusted to tolerability.",
        "Methods: Naltrexone began at 1.5 mg and was increased by 1.5 mg each week to a "
        "target of 4.5 mg; the schedule was fixed and was not adjusted for side effects.",
    ],
)
def test_denied_flexibility_leaves_the_target(methods: str) -> None:
    assert len(facts(TITLE, methods, TRIAL).ldn_doses_mg) == 1


def test_flexible_dosing_said_keeps_its_range() -> None:
    """Near miss: a dose that was adjusted for response is a flexible range."""
    methods = (
        "Methods: Naltrexone was given between 1.5 mg and 4.5 mg daily and was adjusted for "
        "response by the treating psychiatrist."
    )
    assert facts(TITLE, methods, TRIAL).ldn_doses_mg == [1.5, 4.5]
