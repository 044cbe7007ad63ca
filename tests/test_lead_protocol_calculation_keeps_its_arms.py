"""A protocol's sample-size calculation keeps the size its arms give.

The kind (lead, session 17, found by merging round 47): "We expect to screen about 400 people
in order to randomise 140 (70 per arm); this gives 85% power to detect a 3.5-point
difference". The per-arm count read with the arms is the plan's size; round 47 taught roles
that "power to detect" is a sample-size calculation, and a calculation's per-arm count had
been refused as a plan, so the 400 screened won (holdout49 56100001, a protocol: n 140 read
as 400). For a protocol the plan is its n (CONTRACT.md); a results paper's calculation stays
its plan, never its n.
"""

from __future__ import annotations

import pytest
from written import facts

PROTOCOL_TITLE = (
    "Low-dose naltrexone added to SNRIs for depression: protocol for a randomised, "
    "placebo-controlled trial"
)
RESULTS_TITLE = "Low-dose naltrexone added to SNRIs for depression: a randomised controlled trial"


def _protocol(calculation: str) -> str:
    return (
        "In this two-arm trial, adults with major depressive disorder and an inadequate "
        "response to an SNRI will continue it and be randomised 1:1 to naltrexone 4.5 mg at "
        "night or placebo for 12 weeks. "
        + calculation
        + " The primary outcome is the change in MADRS score at week 12."
    )


@pytest.mark.parametrize(
    ("calculation", "n"),
    [
        (
            "We expect to screen about 400 people in order to randomise 140 (70 per arm); "
            "this gives 85% power to detect a 3.5-point MADRS difference.",
            140,
        ),
        (
            "Some 300 will be screened to randomise 96 (48 per group), giving 80% power to "
            "detect a 4.2-point difference at two-sided alpha 0.05.",
            96,
        ),
        (
            "To randomise 120 (60 per arm) about 350 must be screened; 90% power to detect "
            "a 0.5-SD difference.",
            120,
        ),
    ],
)
def test_a_protocols_calculation_keeps_its_arms_size(calculation: str, n: int) -> None:
    assert facts(PROTOCOL_TITLE, _protocol(calculation)).n == n


def test_a_results_papers_calculation_stays_its_plan() -> None:
    """Near miss: the plan of a finished trial is not its n; the randomised count is."""
    abstract = (
        "Adults with major depressive disorder on an SNRI were randomised to naltrexone 4.5 mg "
        "or placebo for 12 weeks. We planned to randomise 140 (70 per arm), giving 85% power "
        "to detect a 3.5-point MADRS difference. In all, 58 were randomised before funding "
        "ended. MADRS fell more with naltrexone (difference 2.9 points)."
    )
    assert facts(RESULTS_TITLE, abstract).n == 58
