"""A telegraphic abstract (a congress abstract, a poster) giving its people as a count with
the diagnosis set off after them by commas ("Twelve pts, MDD, on an SNRI ..."): the
diagnosis is what the counted people were taken in with, so they were selected for the
condition (CONTRACT.md "depression_population"). Shown by holdout237 26500037 (a nine-patient
open pilot in TRD on SSRIs read as "participants not selected for depression").
Session 25, round 67, c67a."""

import pytest
from written import facts, gaps

CONGRESS = ("Congress", "Journal Article")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "LDN + SNRI: open pilot",
            "Twelve pts, MDD, on venlafaxine; naltrexone 1,5 mg/d added x 6 wk. MADRS 28->19. "
            "Well tolerated.",
        ),
        (
            "Adjunct naltrexone, resistant depression: open study",
            "15 outpatients, treatment-resistant depression, stable on escitalopram, got "
            "naltrexone 3 mg/d for 10 wk. HAMD fell 6 pts. No dropouts.",
        ),
        (
            "LDN add-on to SSRIs: open pilot",
            "Seven women, postpartum depression (EPDS>13), on sertraline, + LDN 4.5 mg qhs x "
            "8 wk. EPDS 19->9.",
        ),
    ],
)
def test_count_then_diagnosis_selects_the_people(title: str, abstract: str) -> None:
    assert facts(title, abstract, CONGRESS).depression_population
    assert gaps(title, abstract, CONGRESS).get("serotonergic-combination") == "addressed"


def test_count_then_outcome_is_no_selection() -> None:
    """Near miss: a count followed by an outcome of the condition selects nobody."""
    title = "LDN + SSRI in fibromyalgia: pilot"
    abstract = (
        "Ten pts, fibromyalgia, on sertraline, + LDN 4.5 mg/d x 8 wk. Pain fell; "
        "depression scores unchanged."
    )
    assert not facts(title, abstract, CONGRESS).depression_population
