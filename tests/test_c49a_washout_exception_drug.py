"""Kind: a criterion of taking no antidepressant, with a washout of some length before a
reference point and a longer washout for one named drug in brackets ("Free of antidepressant
medication for at least 4 weeks before the first dose (5 weeks for fluoxetine)"): the named
drug is stopped before the study, not taken with the watched drug, whatever the length of the
clause between the criterion and its brackets.

Round 49, c49a. Shown by registry47 NCT04800009 ("Naltrexone 1.5 to 6 mg/Day in Persistent
Depressive Disorder": fluoxetine read as co-medication, classes [] expected, a false
serotonergic "in_progress").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, judge_registration, registration


def _study(criterion: str) -> dict[str, Any]:
    return registration(
        nct="NCT09949002",
        official_title="Low-Dose Naltrexone in Persistent Depressive Disorder",
        summary="Adults with persistent depressive disorder take naltrexone "
        "4.5 mg or placebo nightly for 12 weeks.",
        conditions=["Persistent Depressive Disorder"],
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=90,
        arms=[
            ("Naltrexone", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly for 12 weeks."),
            ("Placebo", "PLACEBO_COMPARATOR", "Matching placebo for 12 weeks.", ["Placebo"]),
        ],
        interventions=[
            drug("Naltrexone", arms=["Naltrexone"]),
            drug("Placebo", arms=["Placebo"]),
        ],
        outcomes=["Change in MADRS"],
        criteria="Inclusion Criteria:\n\n* Persistent depressive "
        f"disorder (DSM-5), MADRS >= 18\n* {criterion}\n\nExclusion Criteria:\n\n"
        "* Bipolar disorder; opioid use",
    )


def _assessed(criterion: str) -> tuple[list[str], list[str], str]:
    facts, gaps = judge_registration(_study(criterion))
    return (
        facts.concomitant_antidepressants,
        facts.concomitant_classes,
        gaps["serotonergic-combination"],
    )


WASHED_OUT = [
    # the record's wording
    "Free of antidepressant medication for at least 4 weeks before the first dose (5 weeks "
    "for fluoxetine); antidepressants may be tapered by the treating clinician before enrolment",
    "Free of all antidepressants for a minimum of two weeks prior to the baseline visit (six "
    "weeks in the case of fluoxetine)",
    "Not taking any antidepressant during the month before the randomisation visit (paroxetine "
    "or fluoxetine: six weeks)",
    "Off all serotonergic medication for at least 21 days before the baseline assessment (35 "
    "days for vortioxetine)",
]

# near misses: the brackets name what is kept and taken with the watched drug
KEPT = [
    (
        "Free of psychotropic medication other than a stable antidepressant for 4 weeks before "
        "the first dose (sertraline or escitalopram)",
        ["sertraline", "escitalopram"],
    ),
    (
        "Taking a stable antidepressant for at least 6 weeks before the first dose of study "
        "drug (sertraline, citalopram)",
        ["sertraline", "citalopram"],
    ),
    (
        "Without any change of antidepressant for at least 4 weeks before the screening visit "
        "(sertraline or escitalopram)",
        ["sertraline", "escitalopram"],
    ),
]


@pytest.mark.parametrize("criterion", WASHED_OUT)
def test_drug_of_a_washout_bracket_is_not_taken(criterion: str) -> None:
    drugs, classes, serotonergic = _assessed(criterion)
    assert drugs == []
    assert classes == []
    assert serotonergic == "no"


@pytest.mark.parametrize(("criterion", "drugs"), KEPT)
def test_drug_kept_through_the_criterion_is_taken(criterion: str, drugs: list[str]) -> None:
    found, classes, _ = _assessed(criterion)
    assert found == drugs
    assert classes == ["serotonergic"]
