"""An antidepressant stopped before LDN is not taken with it, also when a relative clause
stands between the drug and the word that stops it.

Kind: "Venlafaxine, which had failed in all patients, was stopped at screening" stops the
drug as surely as "venlafaxine was stopped" (a false "serotonergic-combination" verdict
otherwise). Round 54, c54c: relocation probes for the round 50-53 kind "an antidepressant
that failed, was stopped, tapered, washed out or discontinued before LDN" (c53a's failed
class, c46c's not tolerated or stopped), in every place a record carries it; the near
misses ("continued their SSRI", "on a stable SSRI") stay taken.
"""

from __future__ import annotations

import pytest
from relocation import (
    ART_PLACES,
    REG_PLACES,
    on_bupropion_classes,
    on_bupropion_registration,
)

STOPPED = [
    "Venlafaxine, which had failed in all patients, was stopped at screening.",
    "Sertraline, which none had tolerated, had been discontinued before baseline.",
    "Escitalopram was tapered and discontinued two weeks before the first naltrexone dose.",
    "After a four-week washout of venlafaxine, participants began low-dose naltrexone.",
    "Before starting low-dose naltrexone, all patients were weaned off mirtazapine.",
    "Patients with an inadequate response to an SNRI discontinued it and entered a 2-week washout.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", STOPPED)
def test_article_stopped_drug_is_not_taken(sentence: str, place: str) -> None:
    assert on_bupropion_classes(sentence, place) == ["dopaminergic"]


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", STOPPED)
def test_registration_stopped_drug_is_not_taken(sentence: str, place: str) -> None:
    assert on_bupropion_registration(sentence, place) == (["dopaminergic"], "no")


KEPT = [
    "Participants continued their SSRI at an unchanged dose throughout the trial.",
    "All were on a stable SSRI for at least 8 weeks before and during the trial.",
    "Sertraline, which all had taken for months, was continued unchanged.",
]


@pytest.mark.parametrize("place", ["unlabelled", "Methods", "Results"])
@pytest.mark.parametrize("sentence", KEPT)
def test_drug_kept_on_is_taken(sentence: str, place: str) -> None:
    assert "serotonergic" in on_bupropion_classes(sentence, place)
