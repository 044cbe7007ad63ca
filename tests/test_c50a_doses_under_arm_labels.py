"""Kind: a registration whose arms give no dose in their own words ("Lower dose",
"Higher dose": "Naltrexone (low) plus escitalopram"), while another part of the record,
the intervention's description, gives each arm's dose under the arm's label ("Lower dose
arm: 2 mg at night. Higher dose arm: 4 mg at night."). Two arms each assigned their own
low dose are doses compared (CONTRACT.md: two or more LDN doses compared).

Round 50, c50a. Shown by registry48 NCT04700003 ("Two Doses of Naltrexone Started Together
With Escitalopram in First-Episode Depression": doses [2, 4] read, compares_doses false, a
missed dose-finding "in_progress").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, judge_registration, registration

from ldn_watch.model import Facts

CRITERIA = (
    "Inclusion Criteria:\n\n* Adults aged 18-65 with major depressive disorder (DSM-5).\n"
    "* HAMD-17 of at least 18.\n"
)


def _study(arms: list[tuple[str, str]], intervention: str) -> dict[str, Any]:
    labels = [label for label, _ in arms]
    return registration(
        nct="NCT09950001",
        official_title="Naltrexone Added to an Antidepressant in Major Depressive Disorder",
        summary="Participants start an antidepressant and are randomized to one "
        "of the naltrexone arms, taken at night, for 8 weeks.",
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        model="PARALLEL",
        enrollment=40,
        arms=[
            (label, "EXPERIMENTAL", text, ["Naltrexone", "Escitalopram"]) for label, text in arms
        ],
        interventions=[
            drug("Naltrexone", intervention, labels),
            drug("Escitalopram", "10 mg/day, 20 mg/day from week 2 if tolerated.", labels),
        ],
        outcomes=["MADRS change at week 8"],
        criteria=CRITERIA,
    )


def _assessed(study: dict[str, Any]) -> tuple[Facts, str]:
    facts, gaps = judge_registration(study)
    return facts, gaps["dose-finding"]


COMPARED = [
    # the record's wording
    (
        [
            ("Lower dose", "Naltrexone (low) plus escitalopram"),
            ("Higher dose", "Naltrexone (high) plus escitalopram"),
        ],
        "Lower dose arm: 2 mg at night. Higher dose arm: 4 mg at night.",
        [2.0, 4.0],
    ),
    # probes: other labels, doses, separators
    (
        [("Arm A", "Naltrexone with escitalopram"), ("Arm B", "Naltrexone with escitalopram")],
        "Arm A: naltrexone 1.5 mg nightly. Arm B: naltrexone 4.5 mg nightly.",
        [1.5, 4.5],
    ),
    (
        [
            ("Low", "Naltrexone, low, with escitalopram"),
            ("High", "Naltrexone, high, with escitalopram"),
        ],
        "Low - 1 mg once daily; High - 3 mg once daily.",
        [1.0, 3.0],
    ),
    (
        [
            ("Reduced LDN", "Naltrexone and escitalopram"),
            ("Usual LDN", "Naltrexone and escitalopram"),
        ],
        "Reduced LDN group: 0.5 mg twice daily. Usual LDN group: 2.25 mg twice daily.",
        [1.0, 4.5],
    ),
]


@pytest.mark.parametrize(("arms", "intervention", "doses"), COMPARED)
def test_doses_under_each_arms_label_are_compared(
    arms: list[tuple[str, str]], intervention: str, doses: list[float]
) -> None:
    facts, gap = _assessed(_study(arms, intervention))
    assert facts.ldn_doses_mg == doses
    assert facts.compares_doses
    assert gap == "in_progress"


NOT_COMPARED = [
    # one arm's dose under its label, the other arm's none: nothing to compare
    (
        [
            ("Naltrexone", "Naltrexone plus escitalopram"),
            ("Control", "Naltrexone plus escitalopram"),
        ],
        "Naltrexone arm: 4.5 mg at night. Control arm: as clinically indicated.",
    ),
    # the same dose under both labels (the arms differ in something else)
    (
        [("Early start", "Naltrexone from day 1"), ("Late start", "Naltrexone from week 4")],
        "Early start arm: 4.5 mg at night. Late start arm: 4.5 mg at night.",
    ),
    # a dose outside the band under one label: one low dose against a standard dose
    (
        [
            ("Low dose", "Naltrexone (low) plus escitalopram"),
            ("Standard dose", "Naltrexone plus escitalopram"),
        ],
        "Low dose arm: 4.5 mg at night. Standard dose arm: 50 mg at night.",
    ),
    # one arm's titration under its label, the other arm's dose unstated
    (
        [("Arm A", "Naltrexone with escitalopram"), ("Arm B", "Naltrexone with escitalopram")],
        "Arm A: 1.5 mg nightly for one week, then 4.5 mg nightly. Arm B: same schedule, "
        "started at week 4.",
    ),
]


@pytest.mark.parametrize(("arms", "intervention"), NOT_COMPARED)
def test_near_misses_compare_no_doses(arms: list[tuple[str, str]], intervention: str) -> None:
    facts, gap = _assessed(_study(arms, intervention))
    assert not facts.compares_doses
    assert gap == "no"
