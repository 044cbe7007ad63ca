"""A dose sentence naming no drug ("Final doses ranged from 1.5 to 4.5 mg") after a sentence
that names only what the people already take, with that medicine's own dose ("patients on
venlafaxine XR (150-300 mg)"): the co-medication's dose, far above the watched drug's band,
only describes who takes part; the dosing subject is still the watched drug. Shown by
holdout235 26300040 (the final doses' range lost). Session 25, round 67, c67c."""

import pytest
from written import CASE, facts

TITLE = "Slow titration of low-dose naltrexone in depression: a small series"
START = "Methods: In our clinic naltrexone is begun at 0.5 mg and raised weekly until benefit. "


@pytest.mark.parametrize(
    ("who", "told", "expected"),
    [
        (
            "We describe eight patients on sertraline (100-200 mg) treated this way.",
            "Final doses ranged from 1 to 3 mg.",
            [1.0, 3.0],
        ),
        (
            "We describe six patients taking duloxetine 60 mg treated this way.",
            "Final doses ranged from 2 to 4.5 mg.",
            [2.0, 4.5],
        ),
        (
            "We describe seven women on escitalopram (10-20 mg daily) dosed this way.",
            "Final doses ranged from 1.5 to 4 mg.",
            [1.5, 4.0],
        ),
    ],
)
def test_band_dose_after_comedication_dose_is_the_drugs(
    who: str, told: str, expected: list[float]
) -> None:
    f = facts(TITLE, f"{START}{who}\nResults: {told} Five improved.", CASE)
    assert f.ldn_doses_mg == expected


def test_comedication_dose_in_band_stays_its_own() -> None:
    """Near miss: a co-medication dose inside the band (aripiprazole 2 mg) keeps the next
    drugless dose sentence the co-medication's, as today."""
    f = facts(
        TITLE,
        "Methods: We describe eight patients given naltrexone 4.5 mg nightly. They were also "
        "on aripiprazole 2 mg.\nResults: The dose was raised to 5 mg in two.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]
