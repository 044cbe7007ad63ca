"""Doses set by who the person is, at a threshold of weight, age or kidney function, are
one dosing rule for everyone, not doses compared: "participants weighing less than 50 kg
received 3 mg and those weighing 50 kg or more received 4.5 mg" lists both doses
(CONTRACT.md: the doses participants were assigned to) and closes no dose-finding gap; a
trial that randomises between doses within a weight stratum still compares them.

Shown by holdout395 44500003 (a weight-band adolescent trial read as a dose comparison:
dose-finding "addressed" for "no", batch 91's blind measurement). Session 38, lead.

Ways real abstracts set a dose by a trait:
- "Dosing was by weight band: participants weighing less than 50 kg received 3 mg and those
  weighing 50 kg or more received 4.5 mg"
- "Children under 30 kg took 1.5 mg nightly and heavier children 3 mg"
- "The dose was 2 mg for participants aged 65 or older and 4.5 mg for younger adults"
- "Participants with an eGFR below 60 received 1.5 mg; the others received 4.5 mg"
- "LDN 3 mg (if under 50 kg) or 4.5 mg (if 50 kg or more)", "weight-banded dosing: 3 mg or
  4.5 mg"
The rule is read in the arms model (``arms._SET_BY_TRAIT``), where doses of one sentence
are judged as alternatives or not, whatever fact asks.
"""

from __future__ import annotations

import pytest
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts

TITLE = (
    "Low-dose naltrexone augmentation of antidepressants in major depressive disorder: a "
    "randomized, placebo-controlled trial"
)


def _record(dosing: str, randomised: str = "randomized 1:1 to LDN or placebo") -> tuple[str, str]:
    return (
        TITLE,
        "Methods: Adults with major depressive disorder (MADRS 22 or more) taking sertraline "
        f"or escitalopram were {randomised} for 10 weeks. {dosing} The antidepressant dose was "
        "held constant.\n"
        "Results: Seventy participants were randomized (35 per arm). MADRS scores fell by 11.2 "
        "points with LDN and 6.9 with placebo (difference -4.3; 95% CI -7.9 to -0.7).",
    )


CASES = [
    "Dosing was by weight band: participants weighing less than 50 kg received 3 mg and "
    "those weighing 50 kg or more received 4.5 mg, taken at bedtime.",
    "Participants under 60 kg took 3 mg nightly and heavier participants took 4.5 mg.",
    "The LDN dose was 2 mg for participants aged 65 or older and 4.5 mg for younger adults.",
    "Participants received LDN 3 mg (if under 50 kg) or 4.5 mg (if 50 kg or more) at bedtime.",
    "LDN was dosed at 3 mg for patients weighing 50 kg or less and 4.5 mg for those above 50 kg.",
    "Weight-banded dosing was used: 3 mg or 4.5 mg at bedtime.",
    "Participants with an eGFR below 60 received 1.5 mg and the others received 4.5 mg at night.",
]


@pytest.mark.parametrize("dosing", CASES)
def test_dose_set_by_trait_is_no_comparison(dosing: str) -> None:
    got = facts(*_record(dosing), RCT)
    assert len(got.ldn_doses_mg) == 2
    assert got.compares_doses is False
    assert verdicts(got, RULES)["dose-finding"].value == "no"
    assert verdicts(got, RULES)["serotonergic-combination"].value == "addressed"


def test_randomised_doses_within_weight_strata_still_compared() -> None:
    # near miss: doses allocated at random, the weight only a stratum
    got = facts(
        *_record(
            "Randomization was stratified by weight (under 60 kg or 60 kg or more).",
            randomised="randomized 1:1:1 to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo",
        ),
        RCT,
    )
    assert got.ldn_doses_mg == [1.5, 4.5]
    assert got.compares_doses is True
    assert verdicts(got, RULES)["dose-finding"].value == "addressed"


def test_doses_by_kg_randomised_still_compared() -> None:
    # near miss: two weight-based arms are arms
    got = facts(
        *_record(
            "Doses were 0.05 mg/kg or 0.1 mg/kg, capped for those weighing over 90 kg.",
            randomised="randomized to naltrexone 0.05 mg/kg or 0.1 mg/kg",
        ),
        RCT,
    )
    assert got.compares_doses is True
