"""Kind: a range of strengths people were actually given (dispensed, prescribed, taken,
or told per day) is a range of doses received, so it gives its end points as a flexible
range does (CONTRACT.md: for a flexible range both ends): "Dispensed strengths ranged
from 0.5 mg to 4.5 mg daily" is [0.5, 4.5]. What a dosage form comes in ("capsules were
available in strengths of 1.5 mg and 4.5 mg") is not a dose, and thresholds used to group
people ("3 mg or more", "less than 3 mg") are not doses either. An observational study's
gaps stay "no" whatever its doses.

Round 56, c56b; the record that showed it: preprints52 PPR4700010 ("Real-world outcomes
of low-dose naltrexone augmentation in treatment-resistant depression: a retrospective
cohort from a compounding pharmacy network": doses [] instead of [0.5, 4.5]).
"""

from __future__ import annotations

import pytest
from written import facts, judge_preprint, preprint

RECORD_TITLE = (
    "Real-world outcomes of low-dose naltrexone augmentation in treatment-resistant "
    "depression: a retrospective cohort from a compounding pharmacy network"
)
RECORD = (
    "<h4>Background</h4>Low-dose naltrexone (LDN) is dispensed by compounding pharmacies for "
    "depression, but outcomes in routine care are undocumented.<h4>Methods</h4>We linked "
    "dispensing records from 14 compounding pharmacies to patient-reported PHQ-9 scores "
    "collected by the prescribing clinics between 2019 and 2024. Adults with a recorded "
    "diagnosis of treatment-resistant depression who received LDN for at least 8 weeks were "
    "included. Dispensed strengths ranged from 0.5 mg to 4.5 mg daily.<h4>Results</h4>A total "
    "of 212 patients were included. Concomitant antidepressants were SSRIs in 58% and SNRIs in "
    "21%. Mean PHQ-9 fell from 17.2 to 12.6 at 12 weeks. Patients maintained on 3 mg or more "
    "had a greater reduction than those on less than 3 mg (adjusted difference 1.9 points, 95% "
    "CI 0.4 to 3.4), consistent with a dose-response relationship.<h4>Conclusions</h4>In "
    "routine care, LDN augmentation was associated with improvement in treatment-resistant "
    "depression. Randomised trials of LDN with SSRIs and of its dose are warranted."
)


def test_the_record() -> None:
    f, gaps = judge_preprint(
        preprint(RECORD_TITLE, RECORD, bookOrReportDetails={"publisher": "Research Square"})
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [0.5, 4.5]  # the range's ends, not the 3 mg grouping threshold
    assert gaps == {}  # observational: no gap


T = "Low-dose naltrexone in treatment-resistant depression: a retrospective chart review"
WHO = (
    "We reviewed pharmacy records of 120 adults with major depressive disorder who took "
    "low-dose naltrexone (LDN) alongside sertraline or venlafaxine"
)
OUTCOME = (
    "PHQ-9 fell from 16 to 11; those on 3 mg or more improved more than those on less than 3 mg."
)


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # methods, other word orders and numbers
        (
            T,
            f"Methods: {WHO}. Dispensed strengths ranged from 0.5 mg to 4.5 mg daily.\n"
            f"Results: {OUTCOME}",
            [0.5, 4.5],
        ),
        (
            T,
            f"Methods: {WHO}. The strengths dispensed ranged from 1 mg to 4.5 mg nightly.\n"
            f"Results: {OUTCOME}",
            [1.0, 4.5],
        ),
        (
            T,
            f"Methods: {WHO}. Prescribed strengths were between 1.5 mg and 4.5 mg.\n"
            f"Results: {OUTCOME}",
            [1.5, 4.5],
        ),
        (
            T,
            f"Methods: {WHO}. Strengths of 0.5 to 3 mg daily were taken.\nResults: {OUTCOME}",
            [0.5, 3.0],
        ),
        # results
        (
            T,
            f"Methods: {WHO}.\nResults: Nightly strengths of 1 mg to 4.5 mg were used. {OUTCOME}",
            [1.0, 4.5],
        ),
        # conclusions
        (
            T,
            f"Methods: {WHO}.\nResults: {OUTCOME}\nConclusions: At dispensed strengths of 1.5 to "
            "4.5 mg daily, LDN was associated with improvement.",
            [1.5, 4.5],
        ),
        # an unlabelled abstract, the range in its middle or as its opening sentence
        (
            T,
            f"{WHO}. Dispensed strengths ranged from 0.5 mg to 4.5 mg daily. {OUTCOME}",
            [0.5, 4.5],
        ),
        (
            T,
            "Dispensed strengths ranged from 1 mg to 4.5 mg daily in this cohort of 120 adults "
            f"with major depression taking low-dose naltrexone. {OUTCOME}",
            [1.0, 4.5],
        ),
        # title
        (
            "Low-dose naltrexone at dispensed strengths of 0.5-4.5 mg daily in depression: a "
            "retrospective cohort",
            f"Methods: {WHO}.\nResults: {OUTCOME}",
            [0.5, 4.5],
        ),
    ],
)
def test_strengths_people_received_are_doses(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, ("Journal Article", "Observational Study"))
    assert f.on_topic
    assert f.ldn_doses_mg == doses


@pytest.mark.parametrize(
    "sentence",
    [
        # what a dosage form comes in is no dose anyone took
        "Capsules were available in strengths of 1.5 mg and 4.5 mg.",
        # a threshold that groups people is no dose
        "Patients were grouped as taking 3 mg or more or less than 3 mg.",
    ],
)
def test_not_doses(sentence: str) -> None:
    f = facts(
        T,
        f"Methods: {WHO}. {sentence}\nResults: PHQ-9 fell from 16 to 11.",
        ("Journal Article", "Observational Study"),
    )
    assert f.ldn_doses_mg == []
