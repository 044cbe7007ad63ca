"""Two or more weight-based low doses given as alternatives are compared doses even
though no mg figure is listed, and the trial's "higher dose" is then the higher of them,
not another band. From holdout121 13400021 ("randomised to naltrexone 0.03 mg/kg or
0.06 mg/kg ... the higher-dose group"), read as one LDN arm against a standard dose."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Weight-based low-dose naltrexone added to fluoxetine in adolescent depression"


@pytest.mark.parametrize(
    ("types", "abstract"),
    [
        (
            RCT,
            "Method: Twenty-eight adolescents with major depressive disorder taking fluoxetine "
            "were randomised to naltrexone 0.03 mg/kg or 0.06 mg/kg once daily for 8 weeks.\n"
            "Results: CDRS-R fell by 12.4 points with 0.03 mg/kg and 15.9 points with 0.06 "
            "mg/kg. One participant in the higher-dose group withdrew.\nConclusions: The "
            "higher dose merits study in a larger trial.",
        ),
        # the same kind said differently (probes)
        (
            RCT,
            "Methods: 40 adults with major depression on sertraline were assigned at random to "
            "low-dose naltrexone 0.05 mg/kg/day or 0.1 mg/kg/day.\nResults: Response was 45% "
            "with the high dose and 30% with the low dose.",
        ),
        (
            TRIAL,
            "Methods: In an open crossover, 18 depressed adolescents taking escitalopram received "
            "two weight-adjusted doses of naltrexone, 0.02 and 0.05 mg/kg, for four weeks each "
            "in random order.\nResults: Mood improved more on the higher dosage (p = 0.04).",
        ),
    ],
)
def test_two_weight_based_low_doses_are_compared_doses(
    types: tuple[str, ...], abstract: str
) -> None:
    f = facts(TITLE, abstract, types)
    assert f.ldn_doses_mg == []
    assert f.compares_doses is True
    assert gaps(TITLE, abstract, types).get("dose-finding") == "addressed"


def test_a_standard_dose_by_weight_is_not_a_second_low_dose() -> None:
    abstract = (
        "Methods: 30 adults with major depressive disorder taking fluoxetine were randomised "
        "to naltrexone 0.05 mg/kg or 1 mg/kg daily.\nResults: The higher dose caused nausea."
    )
    assert facts(TITLE, abstract, RCT).compares_doses is False
    assert "dose-finding" not in gaps(TITLE, abstract, RCT)
