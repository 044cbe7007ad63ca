"""One day's dose split over the day with the form it comes in named between each amount
and its time ("0.5 mg capsule in the morning and 0.5 mg capsule in the evening"): the two
intakes are one daily dose, their total, as they are with no form named. Shown by
registry69 NCT02500003 (the 1 mg/day regimen read as 0.5 mg). Session 29, round 76,
c76b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone regimens for major depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Each participant took one 1 mg capsule in the morning and one 1 mg "
            "capsule at bedtime for twelve weeks.",
            [2.0],
        ),
        (
            "Methods: The regimen was naltrexone 0.75 mg tablet in the morning and 0.75 mg "
            "tablet in the evening, continued for eight weeks.",
            [1.5],
        ),
        (
            "Methods: Patients received naltrexone 1.5 mg capsule on waking plus 3 mg capsule "
            "at night for ten weeks.",
            [4.5],
        ),
    ],
)
def test_split_day_with_its_form_is_one_total(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Depression ratings fell by week 8."
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == expected


def test_capsules_taken_at_one_time_stay_as_they_are() -> None:
    """Near miss: a single evening capsule, with a morning visit named, is no split day."""
    abstract = (
        "Methods: Patients attended in the morning and took one 4.5 mg capsule in the "
        "evening for ten weeks.\nResults: Depression ratings fell by week 8."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [4.5]


def test_split_day_beside_another_arm_is_no_strength() -> None:
    """A unit named by the time it is taken is a dose taken, not the strength the arms were
    made up from, even where another arm's dose is written otherwise."""
    abstract = (
        "Methods: Arm 1 took naltrexone 0.75 mg tablet in the morning and 0.75 mg tablet in "
        "the evening; arm 2 took naltrexone 2 mg tablet twice daily, for eight weeks.\n"
        "Results: Depression ratings fell in both arms."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.0]


def test_strength_made_up_stays_out() -> None:
    """Near miss: the strength capsules were made up in, beside the doses taken, stays out."""
    abstract = (
        "Methods: A pharmacy compounded 0.5 mg capsules; participants took 1.5 mg or 4.5 mg "
        "each evening for eight weeks.\nResults: Depression ratings fell in both arms."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
