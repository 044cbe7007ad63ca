"""A dose the study weighed and gave up, or set against the one it gave, is no arm's dose.

Kind: a dose named as planned but dropped, considered but not studied, or named only as
the one not chosen ("4.5 mg, not 1.5 mg") was never given to anyone, so it is neither in
``ldn_doses_mg`` nor a second dose that would make a dose comparison (a false
"dose-finding addressed"). Round 54, c54c: relocation probes for the round 50-53 kind "a
dose named as not tested / not given" (no bench record; the probes put the decisive words
in every place a record carries them).
"""

from __future__ import annotations

import pytest
from relocation import ART_PLACES, REG_PLACES, one_dose_facts, one_dose_registration

GIVEN_UP = [
    "A 1.5 mg arm was planned but dropped before enrolment.",
    "Doses of 0.5 mg and 2 mg were considered but not studied.",
    "An arm receiving 2.25 mg was originally planned and later removed.",
    "The 3 mg dose was not tested.",
    "We did not give 1 mg twice daily.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", GIVEN_UP)
def test_article_keeps_one_dose(sentence: str, place: str) -> None:
    f = one_dose_facts(sentence, place)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone 4.5 mg, not 1.5 mg, in major depressive disorder: a randomized trial",
        "Naltrexone 4.5 mg/day rather than 3 mg in major depression: a randomized trial",
    ],
)
def test_dose_set_against_the_given_one_in_the_title(title: str) -> None:
    f = one_dose_facts("", "Methods", title)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", GIVEN_UP)
def test_registration_keeps_one_dose(sentence: str, place: str) -> None:
    f, gaps = one_dose_registration(sentence, place)
    assert f.ldn_doses_mg == [4.5]
    assert gaps["dose-finding"] == "no"


KEPT = [
    # the planned arm was run: both doses given
    (
        "Forty adults with major depressive disorder were randomized to naltrexone 1.5 mg or "
        "4.5 mg daily for 8 weeks; the 1.5 mg arm was planned and enrolled 20 patients.",
        [1.5, 4.5],
    ),
    (
        "Forty adults with major depressive disorder were randomized to naltrexone 1.5 mg or "
        "4.5 mg daily for 8 weeks as planned.",
        [1.5, 4.5],
    ),
]


@pytest.mark.parametrize(("methods", "doses"), KEPT)
def test_doses_given_are_kept(methods: str, doses: list[float]) -> None:
    f = one_dose_facts("", "Methods", methods=methods)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
