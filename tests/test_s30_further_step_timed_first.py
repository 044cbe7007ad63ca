"""A further step of a raise with its time told before the "to" ("increased after one week to
1.5 mg and after a further fortnight to 3 mg"): the verb carries on to the last step, which is
the dose reached; the middle step is on the way (CONTRACT.md: a fixed titration lists its
target). Shown by holdout305 34300004 (a liquid, "... after a further fortnight to 3 mL
nightly"), read as [1.5, 3]. Session 30, round 78, c78b."""

import pytest
from written import CASE, RCT, TRIAL, facts

TITLE = "Low-dose naltrexone in depression"


@pytest.mark.parametrize(
    ("methods", "types", "expected"),
    [
        (
            "Methods: Twenty adults with depression started naltrexone at 1 mg, increased "
            "after one week to 2 mg and after a further two weeks to 4 mg nightly.",
            TRIAL,
            [4.0],
        ),
        (
            "Case: A woman with recurrent depression began naltrexone at 1.5 mg, which was "
            "raised at week 2 to 3 mg and at week 4 to 4.5 mg.",
            CASE,
            [4.5],
        ),
        (
            "Case: A man with depression was given a 1 mg/mL naltrexone solution, started at "
            "1 mL, increased after five days to 2 mL and after a further week to 4 mL at night.",
            CASE,
            [4.0],
        ),
    ],
)
def test_last_timed_step_is_the_dose(
    methods: str, types: tuple[str, ...], expected: list[float]
) -> None:
    abstract = f"{methods}\nResults: Mood improved.\nConclusions: LDN was tolerated."
    assert facts(TITLE, abstract, types).ldn_doses_mg == expected


def test_arms_joined_without_a_raise_stay_arms() -> None:
    """Near miss: "and in a second cohort to" with no raise in the sentence names an arm."""
    abstract = (
        "Methods: Adults with depression were randomised to naltrexone 1.5 mg, and in a "
        "second cohort to 4.5 mg.\nResults: Both improved.\nConclusions: Doses compared."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
