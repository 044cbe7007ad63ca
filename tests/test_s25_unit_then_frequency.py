"""Kind: a dose written as one unit's content with its frequency right after the unit, no
verb ("naltrexone 4.5 mg capsule once daily", "2 mg tablets twice a day"), beside another
arm's dose: one unit taken at that frequency is the arm's daily dose, not a strength the
product comes in (which another dose written elsewhere would drop). A strength with no
frequency ("dispensed as 4.5 mg capsules") stays a strength. Shown by registry47
NCT04800008 (doses [0.001] for [0.001, 4.5]). Session 25, round 67, c67e."""

import pytest
from written import RCT, facts

TITLE = "Two doses of low-dose naltrexone added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "Arm 1: naltrexone 1 mg once daily. Arm 2: naltrexone 4.5 mg capsule once daily.",
            [1.0, 4.5],
        ),
        (
            "The lower-dose group took naltrexone 0.5 mg twice daily; the higher-dose group "
            "took naltrexone 2 mg tablets twice a day.",
            [1.0, 4.0],
        ),
        (
            "Participants were randomised to naltrexone 250 micrograms daily or to naltrexone "
            "3 mg capsule once nightly.",
            [0.25, 3.0],
        ),
    ],
)
def test_unit_with_its_frequency_is_a_dose(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", RCT).ldn_doses_mg == doses


def test_a_strength_without_frequency_stays_a_strength() -> None:
    text = "Participants took naltrexone 1 mg once daily, dispensed as 4.5 mg capsules."
    assert facts(TITLE, f"Methods: {text}", RCT).ldn_doses_mg == [1.0]
