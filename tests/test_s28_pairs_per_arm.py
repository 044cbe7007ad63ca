"""A study that counts its units as pairs (mother-infant dyads, patient-caregiver couples)
and then gives the pairs per arm ("84 dyads (168 individuals): 42 dyads per arm"): the
pairs in each arm are not half of the total's people, so the pairs' total stays n.
Shown by holdout278 31000031 (84 mother-infant dyads read as 42). Session 28, round 74,
c74c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to an SSRI for perinatal depression: a randomised trial"
METHODS = (
    "Methods: Women with postpartum major depression taking sertraline were randomised with "
    "their infants to naltrexone 2 mg nightly or placebo for eight weeks."
)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ("Results: We enrolled 60 mother-infant dyads (120 individuals): 30 dyads per arm.", 60),
        ("Results: In all 50 dyads (100 people) took part, 25 dyads in each group.", 50),
        ("Results: Seventy mother-baby pairs (140 persons) were randomised: 35 pairs per arm.", 70),
    ],
)
def test_pairs_per_arm_do_not_halve_the_total(results: str, expected: int) -> None:
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == expected


def test_pairs_and_their_people_still_give_the_pairs() -> None:
    """Near miss: the pairs' people given beside the pairs are still counted as pairs."""
    results = "Results: We enrolled 44 mother-infant dyads (88 individuals in all)."
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == 44
