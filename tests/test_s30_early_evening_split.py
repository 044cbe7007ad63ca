"""A day's dose split into a morning and an evening part, the evening said with "early" or
"late" ("3 mg on waking and 3 mg in the early evening"): one daily dose, the sum, not two
doses (CONTRACT.md: a split day is its total). Shown by holdout313 35200031, read as [3,
6]. Session 30, round 79, c79b."""

import pytest
from written import TRIAL, facts

TITLE = "Naltrexone as monotherapy for chronic depression: an open-label pilot"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Twenty adults took naltrexone 2 mg in the morning and 2 mg in the late "
            "evening for eight weeks.",
            4.0,
        ),
        (
            "Methods: Participants took naltrexone 1.5 mg on waking and 1.5 mg in the early "
            "evening, 3 mg a day, for ten weeks.",
            3.0,
        ),
        (
            "Methods: Patients took naltrexone 3 mg in the early morning and 3 mg in the early "
            "evening for 12 weeks.",
            6.0,
        ),
    ],
)
def test_early_evening_part_of_a_split_day(methods: str, expected: float) -> None:
    abstract = f"{methods}\nResults: Mood improved.\nConclusions: It was tolerated."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [expected]


def test_two_arms_morning_or_evening_stay_apart() -> None:
    """Near miss: a dose given at one time of day or another is one dose, not a sum."""
    abstract = (
        "Methods: Adults were randomised to naltrexone 3 mg in the morning or 3 mg in the "
        "early evening.\nResults: Forty took part.\nConclusions: Timing did not matter."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [3.0]
