"""Two ideas the classifier had stated twice, each now read in one place (round 35):
a denied randomisation (design.py) and a study this one comes after (roles.py). Each
test failed on the code before the fold."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts

PILOT = "Low-dose naltrexone for depressive symptoms in fibromyalgia: a pilot"
TAIL = (
    "30 adults with fibromyalgia took naltrexone 4.5 mg nightly for 8 weeks and depression "
    "was rated with the PHQ-9.\nResults: PHQ-9 scores fell."
)


@pytest.mark.parametrize(
    "methods",
    [
        # a denied random assignment ("randomly assigned" after "neither"): the same
        # denial as "neither randomised nor blinded"
        f"Patients were neither randomly assigned nor blinded; {TAIL}",
        # ... with an adjective in between
        f"Without any randomly assigned control group, {TAIL}",
        # probes: the same denial said otherwise
        f"There was no formal randomly allocated comparison; {TAIL}",
        f"Lacking a randomised comparator, {TAIL}",
    ],
)
def test_a_denied_random_assignment_is_no_randomisation(methods: str) -> None:
    abstract = f"Methods: {methods}"
    assert facts(PILOT, abstract, TRIAL).design == "nonrandomized_trial"
    assert facts(PILOT, abstract, JOURNAL).design != "rct"


def test_randomly_assigned_undenied_is_still_randomised() -> None:
    abstract = (
        "Methods: 30 adults with major depressive disorder were randomly assigned to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\nResults: MADRS scores fell."
    )
    assert facts("Low-dose naltrexone in depression", abstract, JOURNAL).design == "rct"
