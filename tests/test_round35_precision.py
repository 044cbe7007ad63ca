"""Round 35 (c35a): three false verdicts of batch 25, each read as a kind and probed in
other words before the fix. Precision only: every test here failed on the old code."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# -- 1. the levels a dose may be moved down to are one regimen's steps, not arms
# (holdout105 11300011: "investigators could reduce to 3 mg or 1.5 mg for adverse
# effects" gave "compares doses (1.5 vs 3 vs 4.5 mg)")

OPEN = "Low-dose naltrexone added to sertraline in major depression: an open-label study"
BASE = "Methods: Sixty adults with MDD on sertraline took naltrexone 4.5 mg nightly for 24 weeks"


@pytest.mark.parametrize(
    "methods",
    [
        # the record's wording
        "Methods: Sixty adults with MDD on sertraline entered. All participants started at "
        "4.5 mg nightly; investigators could reduce to 3 mg or 1.5 mg for adverse effects.",
        # probes: other verbs, other permissions, the reason left out, "either"
        f"{BASE}; the dose could be lowered to 3 or 1.5 mg if side effects occurred.",
        f"{BASE}. Patients with insomnia were permitted to step down to 2 mg or 1 mg.",
        f"{BASE}. Dose reductions to 3 mg or 1.5 mg were allowed for adverse events.",
        f"{BASE}. Where necessary, the nightly dose was decreased to either 3 mg or 1.5 mg.",
    ],
)
def test_the_levels_a_dose_may_be_lowered_to_are_not_arms(methods: str) -> None:
    abstract = f"{methods}\nResults: Remission was 46% at week 24."
    assert not facts(OPEN, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(OPEN, abstract, TRIAL)


@pytest.mark.parametrize(
    "results",
    [
        # how many were taking each dose at a time point: a distribution, not arms (these
        # passed before the fix too: guards that the kind stays read as it is)
        "At week 24, 31 participants were taking 4.5 mg, 20 were taking 3 mg and 9 were "
        "taking 1.5 mg.",
        "By month 6, 30 patients were on 3 mg and 12 on 4.5 mg.",
        "Final doses: 4.5 mg in 40, 3 mg in 9 and 1.5 mg in 11.",
    ],
)
def test_how_many_took_each_dose_under_a_permitted_reduction_is_no_comparison(
    results: str,
) -> None:
    abstract = f"{BASE}, reduced to 3 mg or 1.5 mg if not tolerated.\nResults: {results}"
    assert not facts(OPEN, abstract, TRIAL).compares_doses


def test_people_randomised_to_the_lower_levels_are_still_arms() -> None:
    abstract = (
        "Methods: Remitters on naltrexone 4.5 mg were randomised to reduce to 2 mg or 1 mg "
        "for 12 weeks.\nResults: Relapse was similar."
    )
    assert facts(OPEN, abstract, RCT).compares_doses
