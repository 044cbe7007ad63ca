"""A raise for non-responders told as one clause that names the lower level inside the
condition ("patients who did not respond to 1.5 mg by week 4 were raised to 4.5 mg"):
both levels are the study's (CONTRACT.md: "for a dose raised only in non-responders both
levels"), and no dose is compared (no arm of its own). Round 52, c52d; the kind was met by
other engineers writing probes (no bench record): the wording above gave [4.5]. A fixed
titration ("started at 1.5 mg and raised to 4.5 mg at week 2") keeps only its target."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone for major depressive disorder: an open-label trial"
PEOPLE = "We enrolled 60 adults with major depressive disorder on sertraline. "
END = " Depression scores improved."


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the wording met
        ("Patients who did not respond to 1.5 mg by week 4 were raised to 4.5 mg.", [1.5, 4.5]),
        # probes: other doses, verbs, the drug named, the level said before
        (
            "Patients who did not respond to naltrexone 1.5 mg by week 4 were raised to 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Participants not responding to 2 mg at week 6 had their dose increased to 4 mg.",
            [2.0, 4.0],
        ),
        ("Those who had not improved on 1 mg by week 3 were increased to 3 mg.", [1.0, 3.0]),
        (
            "Patients who failed to respond to 0.5 mg naltrexone after two weeks were moved up "
            "to 2 mg.",
            [0.5, 2.0],
        ),
        (
            "Patients received naltrexone 1.5 mg daily; patients who did not respond to 1.5 mg "
            "by week 4 were raised to 4.5 mg.",
            [1.5, 4.5],
        ),
    ],
)
def test_both_levels_of_a_raise_for_some(methods: str, doses: list[float]) -> None:
    f = facts(TITLE, PEOPLE + methods + END, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # a fixed titration: only its target
        ("Patients started at 1.5 mg naltrexone and were raised to 4.5 mg at week 2.", [4.5]),
        ("Naltrexone was started at 1.5 mg and increased to 4.5 mg after one week.", [4.5]),
        ("Patients who tolerated 1.5 mg by week 2 were raised to 4.5 mg.", [4.5]),
        # a non-response to another drug is who was enrolled
        (
            "Adults with an inadequate response to sertraline received naltrexone 1.5 mg, "
            "raised to 4.5 mg at week 2.",
            [4.5],
        ),
        # a response measured at the target
        (
            "Naltrexone 1.5 mg was given for a week and increased to 4.5 mg; response to "
            "4.5 mg was assessed at week 8.",
            [4.5],
        ),
    ],
)
def test_fixed_titration_keeps_its_target(methods: str, doses: list[float]) -> None:
    f = facts(TITLE, PEOPLE + methods + END, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
