"""A strength of a capsule or tablet taken one at each of two times of day ("3-mg capsules
taken one in the morning and one in the evening"): two units a day, so the day's dose is
twice the strength. Shown by holdout302 33900004, read as [3]. Session 30, round 78,
c78b."""

import pytest
from written import CASE, TRIAL, facts

TITLE = "Low-dose naltrexone in depression"


@pytest.mark.parametrize(
    ("methods", "types", "expected"),
    [
        (
            "Case: A man with recurrent depression received naltrexone as 2 mg capsules, "
            "taken one in the morning and one at night, alongside his escitalopram.",
            CASE,
            [4.0],
        ),
        (
            "Methods: Twenty adults with depression took naltrexone 1.5 mg tablets, one each "
            "morning and one each evening, for eight weeks.",
            TRIAL,
            [3.0],
        ),
        (
            "Case: A woman with depression was given naltrexone as 2.5-mg capsules and took "
            "one in the morning and one at bedtime.",
            CASE,
            [5.0],
        ),
    ],
)
def test_one_unit_twice_a_day(methods: str, types: tuple[str, ...], expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Mood improved.\nConclusions: LDN was tolerated."
    assert facts(TITLE, abstract, types).ldn_doses_mg == expected


def test_one_unit_at_night_is_its_strength() -> None:
    """Near miss: one capsule a day is the strength itself."""
    abstract = (
        "Case: A woman with depression was given naltrexone as 3 mg capsules, taken one at "
        "night.\nResults: Mood improved.\nConclusions: LDN was tolerated."
    )
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == [3.0]
