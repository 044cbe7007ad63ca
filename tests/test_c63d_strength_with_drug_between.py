"""A liquid's strength written with the drug between its mass and its volume is no dose.

Kind: "The solution contains 1 mg of naltrexone per mL", "2 mg naltrexone in each mL",
"0.5 mg of the drug / mL" state what a millilitre of the liquid holds (CONTRACT.md: the
mL are turned into mg by it), not a dose anyone takes; the doses are the volumes given,
in mg. Said in a registration's summary, description or intervention, or in an abstract.
A dose of the drug per day ("4.5 mg of naltrexone per day") stays a dose.

Round 63, c63d; the record that showed it: registry58 NCT03600007 ("Liquid Low-Dose
Naltrexone With Sertraline for Postpartum Depression").
"""

from __future__ import annotations

import pytest
from written import RCT, arm, drug, facts, judge_registration, registration


def _liquid(summary: str, description: str, intervention: str, volumes=("3", "4.5")) -> dict:  # type: ignore[no-untyped-def]
    return registration(
        official_title=f"Naltrexone Oral Solution {volumes[0]} mL Versus {volumes[1]} mL Nightly "
        "Added to Sertraline in Postpartum Major Depression",
        summary=summary,
        description=description,
        allocation="RANDOMIZED",
        model="PARALLEL",
        enrollment=40,
        arms=[
            arm(f"{v} mL", description=f"Naltrexone oral solution {v} mL at bedtime.")
            for v in volumes
        ],
        interventions=[drug("Naltrexone oral solution", intervention)],
        criteria="Inclusion Criteria:\n\n* DSM-5 MDD with peripartum onset\n* taking "
        "sertraline\n\nExclusion Criteria:\n\n* Opioid use",
    )


def test_the_record() -> None:
    f, _ = judge_registration(
        _liquid(
            "Women with postpartum depression who are taking sertraline are randomized to one "
            "of two volumes of naltrexone oral solution. The solution contains 1 mg of "
            "naltrexone per mL.",
            "Participants measure 3 mL or 4.5 mL with an oral syringe at bedtime for 8 weeks.",
            "Compounded naltrexone HCl 1 mg/mL in syrup vehicle.",
        )
    )
    assert f.ldn_doses_mg == [3.0, 4.5]


PLACES = [
    # in the description
    (
        "Women are randomized to one of two volumes of naltrexone oral solution.",
        "Each mL of the solution holds 1 mg of naltrexone per mL; participants take 3 mL or "
        "4.5 mL at bedtime.",
        "Compounded naltrexone oral solution, 1 mg/mL.",
    ),
    # in the intervention
    (
        "Women are randomized to one of two volumes of naltrexone oral solution.",
        "Participants take 3 mL or 4.5 mL at bedtime for 8 weeks.",
        "A compounded syrup (1 mg/mL) with 1 mg naltrexone in each mL.",
    ),
    # in the summary, another wording
    (
        "Women are randomized to 3 mL or 4.5 mL of a syrup that has 1 mg of the drug / mL.",
        "Participants take their volume at bedtime for 8 weeks.",
        "Compounded naltrexone oral solution 1 mg/mL, 1 mg of naltrexone per mL.",
    ),
]


@pytest.mark.parametrize(("summary", "description", "intervention"), PLACES)
def test_strength_is_no_dose(summary: str, description: str, intervention: str) -> None:
    f, _ = judge_registration(_liquid(summary, description, intervention))
    assert f.ldn_doses_mg == [3.0, 4.5]


def test_abstract_strength_is_no_dose() -> None:
    f = facts(
        "Liquid low-dose naltrexone added to sertraline in postpartum depression",
        "Methods: Forty women on sertraline were randomized to 3 mL or 4.5 mL nightly of a "
        "compounded solution (1 mg/mL) containing 1 mg of naltrexone per mL.\n"
        "Results: EPDS fell in both arms.",
        RCT,
    )
    assert 1.0 not in f.ldn_doses_mg


# near miss: a dose per day keeps its place
def test_dose_per_day_stays() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in depression",
        "Methods: Forty adults on sertraline received 4.5 mg of naltrexone per day for 8 "
        "weeks.\nResults: HAM-D fell by 6 points.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
