"""Round 25 (c25b): co-medication classes and on-topic, from batch 13 (holdout74-75,
preprints17) once opened, with probes of each kind said in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts, gaps

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


# -- antidepressant use read only as a trait of the people (a covariate, a predictor of
# another condition's response) is neither the condition nor a mood outcome (CONTRACT:
# on-topic needs depression or mood as a condition or an outcome)
CROHN = (
    "Low-dose naltrexone in Crohn's disease refractory to biologics: a retrospective cohort study"
)


@pytest.mark.parametrize(
    "methods",
    [
        # the record's shape (preprints17 PPR8200025)
        "We reviewed records of adults with CD refractory to a biologic who received LDN "
        "4.5 mg daily. Concomitant antidepressant use was recorded as a covariate.\nResults: "
        "Forty-seven patients were included. Clinical response occurred in 26 (55%). "
        "Response was not associated with antidepressant use.",
        # probe: documented for adjustment, response unrelated to it, other words
        "Charts of 52 adults with Crohn's disease treated with naltrexone 4.5 mg nightly were "
        "reviewed; current antidepressant use was documented as a potential confounder."
        "\nResults: Remission was reached by 21 (40%) and did not differ by antidepressant use.",
        # probe: a predictor of the other condition's response
        "Sixty adults with Crohn's disease took LDN 4.5 mg daily for 12 weeks. Age, smoking "
        "and antidepressant use were collected at entry.\nResults: Clinical response was seen "
        "in 33; antidepressant use did not predict response.",
    ],
)
def test_antidepressant_use_only_as_a_covariate_is_no_mood_topic(methods: str) -> None:
    abstract = f"Methods: {methods}\nConclusions: LDN may benefit refractory CD."
    assert facts(CROHN, abstract, JOURNAL).on_topic is False


@pytest.mark.parametrize(
    "results",
    [
        # antidepressant use as the measured outcome keeps the record on topic
        "Antidepressant use fell from 38% to 24% in the year after LDN was started.",
        # ... and a mood outcome in another condition does too
        "HADS depression scores fell by 2.1 points; response was not associated with "
        "antidepressant use.",
    ],
)
def test_antidepressant_use_as_an_outcome_or_a_mood_outcome_stays_on_topic(results: str) -> None:
    abstract = (
        "Methods: We reviewed records of 47 adults with Crohn's disease who received LDN 4.5 "
        f"mg daily.\nResults: {results}\nConclusions: LDN may benefit refractory CD."
    )
    assert facts(CROHN, abstract, JOURNAL).on_topic is True
