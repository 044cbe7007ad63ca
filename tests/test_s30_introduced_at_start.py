"""A start said with "introduced at" or "commenced at/on" and raised by a stated step size
and interval to its target ("introduced at 1.5 mg and increased in steps of 1.5 mg every
two weeks to 4.5 mg"): the first dose is a titration's step like "started at", so only the
target counts (CONTRACT.md). Shown by holdout310 34800015, a case report read as [1.5,
4.5]. Session 30, round 79, c79b."""

import pytest
from written import CASE, TRIAL, facts

TITLE = "Low-dose naltrexone for treatment-resistant depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Naltrexone was introduced at 1 mg in the evening and raised in "
            "increments of 1 mg each fortnight to 3 mg, which she continued.",
            3.0,
        ),
        (
            "Methods: Naltrexone was commenced at 0.5 mg at bedtime and increased in steps "
            "of 0.5 mg every ten days up to 2 mg.",
            2.0,
        ),
        (
            "Methods: We introduced naltrexone at 1.5 mg nightly and then increased it in "
            "steps of 1.5 mg every two weeks until 4.5 mg was reached.",
            4.5,
        ),
    ],
)
def test_introduced_start_is_a_step(methods: str, expected: float) -> None:
    abstract = f"{methods}\nResults: Mood improved over three months.\nConclusions: Useful."
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == [expected]


def test_introduced_then_raised_for_some_keeps_both() -> None:
    """Near miss: a raise only for non-responders keeps the start as a dose kept by others."""
    abstract = (
        "Methods: Thirty adults took naltrexone, introduced at 1.5 mg nightly, and increased "
        "to 4.5 mg in non-responders at week 4.\nResults: Mood improved.\nConclusions: "
        "Tolerated."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]
