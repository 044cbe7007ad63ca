"""The people, doses and drugs of an earlier trial told after "Previously," are not the
study's, whatever the verb.

Kind: a clause opening with a word of earlier work ("Previously, 80 patients receiving
sertraline were given naltrexone 1.5 mg or 3 mg in an open trial") tells a cited trial even
when its verb is one of giving, not of enrolling: its n, its two doses (a false
"dose-finding") and its sertraline (a false "serotonergic-combination") are not this
study's. Round 54, c54c: relocation probes for the round 52-53 kind "numbers, doses and
drugs of a cited earlier trial" (c52d/c53a's pilot records), in every place a record
carries it.
"""

from __future__ import annotations

import pytest
from relocation import ART_PLACES, REG_PLACES, one_dose_facts, one_dose_registration

CITED = [
    "Previously, 80 patients receiving sertraline were given naltrexone 1.5 mg or 3 mg in an "
    "open trial.",
    "Earlier, 96 adults taking escitalopram received 2 mg or 4 mg of naltrexone.",
    "A previous trial of 12 patients given 4.5 mg with citalopram reported benefit.",
    "In our prior trial, 120 participants took naltrexone 2 mg or 4 mg with venlafaxine.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", CITED)
def test_article_keeps_its_own_trial(sentence: str, place: str) -> None:
    f = one_dose_facts(sentence, place)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert f.n == 40
    assert f.concomitant_classes == []


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", CITED)
def test_registration_keeps_its_own_trial(sentence: str, place: str) -> None:
    f, gaps = one_dose_registration(sentence, place)
    assert f.ldn_doses_mg == [4.5]
    assert f.concomitant_classes == []
    assert gaps["dose-finding"] == "no"
    assert gaps["serotonergic-combination"] == "no"


def test_own_people_told_with_previously_are_the_study_s() -> None:
    """In the first person, "previously" tells the study's own people."""
    methods = (
        "We previously enrolled 64 adults with major depressive disorder taking sertraline; "
        "they were randomized to naltrexone 4.5 mg daily or placebo for 8 weeks."
    )
    f = one_dose_facts("", "Methods", methods=methods)
    assert f.ldn_doses_mg == [4.5]
