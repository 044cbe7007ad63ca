"""Units of a fixed strength counted up over a schedule ("1.5 mg capsules: one capsule
nightly for a week, then three capsules nightly"): the day's dose is the last step's count
of units (CONTRACT.md: a fixed titration lists its target). Shown by registry62
NCT03200020 (read as one 1.5 mg capsule). Session 26, round 70, c70d."""

import pytest
from written import TRIAL, facts

TITLE = "Naltrexone added to mirtazapine in major depression: a randomized trial"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Naltrexone was supplied as 1 mg capsules: one capsule each evening in "
            "week 1, then two capsules each evening to week 8.",
            [2.0],
        ),
        (
            "Methods: Participants took 1.5 mg tablets, one tablet at bedtime for five days, "
            "followed by two tablets at bedtime for the rest of the trial.",
            [3.0],
        ),
        (
            "Methods: Patients received 0.5 mg capsules: two capsules nightly in the first "
            "fortnight, then six capsules nightly.",
            [3.0],
        ),
    ],
)
def test_last_count_of_units_is_the_dose(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Eighty patients were randomized; HAM-D fell."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == pytest.approx(expected)


def test_one_count_of_units_stays() -> None:
    """Near miss: a single count of units with no later step is that count's dose."""
    f = facts(
        TITLE,
        "Methods: Naltrexone was supplied as 1.5 mg capsules: three capsules nightly for 10 "
        "weeks.\nResults: Eighty patients were randomized; HAM-D fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
