"""Round 25 (c25b): co-medication classes and on-topic, from batch 13 (holdout74-75,
preprints17) once opened, with probes of each kind said in other words."""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

ESCALATION = "Dose escalation of low-dose naltrexone added to ongoing antidepressants in PDD"


# -- a dose that opens a new clause after a semicolon is not the dose of the drug named at
# the end of the clause before ("tolerated alongside X or Y; 4.5 mg/day is proposed"):
# giving it to Y made Y look taken at a dose too low for depression, and dropped its class
@pytest.mark.parametrize(
    ("methods", "conclusion", "classes"),
    [
        # the record's shape (holdout75 30100030)
        (
            "24 outpatients with persistent depressive disorder on a stable dose of "
            "escitalopram or mirtazapine were enrolled in four cohorts of six, receiving "
            "naltrexone 1.5, 3, 4.5 or 6 mg/day for eight weeks.",
            "LDN up to 6 mg/day was tolerated alongside escitalopram or mirtazapine; 4.5 "
            "mg/day is proposed for a randomized trial.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: an SSRI or a tricyclic, the next dose a recommendation
        (
            "Thirty adults with major depression maintained on sertraline or nortriptyline "
            "received naltrexone at 1, 2.5 or 4.5 mg daily in sequential groups.",
            "Naltrexone was well tolerated with sertraline or nortriptyline; 2.5 mg daily "
            "should be taken forward.",
            ["serotonergic", "noradrenergic"],
        ),
        # probe: a tricyclic named last, the dose the subject of a finding
        (
            "Eighteen patients with MDD who were taking citalopram or imipramine were given "
            "naltrexone 2 mg or 4 mg per day.",
            "Adding LDN to citalopram or imipramine was safe; 4 mg per day gave the larger "
            "improvement.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_a_dose_opening_the_next_clause_is_not_the_last_named_drugs(
    methods: str, conclusion: str, classes: list[str]
) -> None:
    abstract = f"Methods: {methods}\nResults: Scores fell.\nConclusion: {conclusion}"
    assert facts(ESCALATION, abstract, TRIAL).concomitant_classes == classes
    assert "serotonergic-combination" in gaps(ESCALATION, abstract, TRIAL)


def test_a_low_dose_of_the_co_medication_in_its_own_clause_still_tells_another_purpose() -> None:
    # the semicolon rule keeps a dose that its clause gives to the drug
    abstract = (
        "Methods: Forty adults with MDD took naltrexone 4.5 mg nightly; some also took "
        "amitriptyline 10 mg for pain.\nResults: Scores fell."
    )
    assert facts(ESCALATION, abstract, TRIAL).concomitant_classes == []
