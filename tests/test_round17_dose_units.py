"""Doses, round 17 (holdout57 once opened): a dose counted in units (drops, sprays,
capsules) is the strength of one unit times the units taken in a day."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

# -- a dose counted in units (holdout57 48100004: "sublingual drops (0.5 mg per drop);
# participants took three drops under the tongue every morning and every evening" gave
# [0.5]; labelled [3])

DROPS_TITLE = "Sublingual low-dose naltrexone added to bupropion in depression: an open-label pilot"


@pytest.mark.parametrize(
    ("dosing", "daily"),
    [
        (
            "Naltrexone was supplied as sublingual drops (0.5 mg per drop); participants took "
            "three drops under the tongue every morning and every evening.",
            3,
        ),
        # probes: a spray, a per-unit strength before, "taken as"
        (
            "Naltrexone was compounded as a nasal spray (1 mg per spray); patients used two "
            "sprays each night.",
            2,
        ),
        (
            "Each capsule contained 0.75 mg naltrexone; participants took two capsules twice daily.",
            3,
        ),
        ("LDN drops (0.25 mg/drop) were taken as six drops once daily.", 1.5),
    ],
)
def test_a_dose_counted_in_units_is_the_units_taken_in_a_day(dosing: str, daily: float) -> None:
    abstract = (
        "Methods: Twenty adults with major depressive disorder on bupropion were enrolled in an "
        f"8-week open-label study. {dosing}\nResults: HAM-D17 fell."
    )
    assert facts(DROPS_TITLE, abstract, TRIAL).ldn_doses_mg == [daily]
