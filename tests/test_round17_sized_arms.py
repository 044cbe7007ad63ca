"""Dose-finding, round 17 (holdout56 once opened): a trial's doses each listed with its
own people are parallel arms, however the list is joined, not one schedule."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# -- arms each given with its own size (holdout56 49100006: "Naltrexone 1.5 mg/d (n = 50),
# 4.5 mg/d (n = 51) or placebo (n = 51)" was read as one schedule: dose-finding lost)

TRIAL_TITLE = "Low-dose naltrexone added to SSRIs for postpartum depression: a randomized trial"
TRIAL_HEAD = (
    "Design: Double-blind, placebo-controlled trial at 9 centers. 152 women with postpartum "
    "major depression and an incomplete response to an SSRI were enrolled.\n"
)


@pytest.mark.parametrize(
    "interventions",
    [
        "Interventions: Naltrexone 1.5 mg/d (n = 50), 4.5 mg/d (n = 51) or placebo (n = 51) for "
        "10 weeks, added to the SSRI.",
        # probes: semicolons, "and", capital N
        "Interventions: naltrexone 2 mg (n = 30); naltrexone 4 mg (n = 31); placebo (n = 30), "
        "for 8 weeks, with the SSRI continued.",
        "Interventions: Naltrexone 0.5 mg daily (N=25), 2 mg daily (N=24) and matching placebo "
        "(N=26) were given for 12 weeks alongside the SSRI.",
    ],
)
def test_doses_each_with_their_own_people_are_arms(interventions: str) -> None:
    abstract = TRIAL_HEAD + interventions + "\nResults: Scores fell more with the higher dose."
    assert facts(TRIAL_TITLE, abstract, RCT).compares_doses
    assert gaps(TRIAL_TITLE, abstract, RCT).get("dose-finding") == "addressed"


def test_final_doses_with_counts_in_the_results_are_not_arms() -> None:
    title = "Low-dose naltrexone for major depression: an open-label trial"
    abstract = (
        "Methods: Thirty adults with major depression took naltrexone for 8 weeks.\n"
        "Results: At week 8, participants were on 3 mg (n = 9) and 4.5 mg (n = 21)."
    )
    assert not facts(title, abstract, TRIAL).compares_doses
