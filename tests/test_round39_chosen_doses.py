"""A dose chosen for each person within bounds is one flexible regimen, not arms compared,
also when the sentence names the randomised phase the people came from (batch 30: an
open-label extension "at a dose between 0.5 mg and 4.5 mg chosen with their psychiatrist
and adjustable at each visit" after a crossover phase was a false dose-finding
"addressed"). Arms and the flexible-dosing words are one vocabulary
(``arms.FLEXIBLE_DOSING``), read by both the arms and the dose reader."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Long-term low-dose naltrexone in persistent depressive disorder: an open-label extension"
RESULTS = "\nResults: HAMD-17 fell from 15.9 to 10.2; improvements were maintained."


@pytest.mark.parametrize(
    "methods",
    [
        # the record's kind, in other words
        "Participants who completed the randomised crossover phase could continue open-label "
        "naltrexone at a dose between 0.5 mg and 4.5 mg chosen with their psychiatrist; all "
        "continued their SSRI.",
        "Completers of the double-blind phase went on to naltrexone at a dose of 1 mg to 4.5 mg "
        "selected by the treating clinician; SSRIs were continued.",
        "After the randomised phase, 40 patients on SSRIs took naltrexone 1.5 mg or 4.5 mg, "
        "the dose determined by each participant with the investigator.",
        "Participant-selected doses of naltrexone (1.5 mg or 4.5 mg) were allowed after the "
        "crossover in 30 patients taking escitalopram.",
    ],
)
def test_a_dose_chosen_for_each_person_is_no_dose_comparison(methods: str) -> None:
    abstract = f"Methods: {methods}{RESULTS}"
    assert not facts(TITLE, abstract, TRIAL).compares_doses
    assert "dose-finding" not in gaps(TITLE, abstract, TRIAL)


@pytest.mark.parametrize(
    "methods",
    [
        # allocation to two doses stays a comparison, whatever else the sentence says
        "Sixty adults on SSRIs were randomised according to a computer-generated list to "
        "naltrexone 1.5 mg or 4.5 mg nightly.",
        "Sixty adults on SSRIs were randomly assigned to naltrexone 1.5 mg or 4.5 mg; the "
        "allocation sequence was set by an independent statistician.",
    ],
)
def test_allocation_to_two_doses_stays_a_comparison(methods: str) -> None:
    title = "Two doses of low-dose naltrexone added to SSRIs in major depressive disorder"
    abstract = f"Methods: {methods}\nResults: MADRS fell more with 4.5 mg."
    assert facts(title, abstract, RCT).compares_doses
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"
