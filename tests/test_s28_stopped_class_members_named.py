"""A class the whole sample stopped before the watched drug, whose members the record
names in brackets where it says what people came in on ("adults on an SNRI (venlafaxine
or duloxetine) ... the SNRI was tapered off"): the members are stopped with their class,
not taken alongside the watched drug.

Shown by holdout283 31600014. Session 28, round 75, c75c.
"""

from written import TRIAL, facts

TITLE = "Moving from a conventional antidepressant to low-dose naltrexone: a pilot study"


def classes(abstract: str) -> list[str]:
    return facts(TITLE, abstract, TRIAL).concomitant_classes


def test_snri_members_tapered_with_their_class() -> None:
    assert (
        classes(
            "Methods: Thirty outpatients with depression in remission on an SNRI "
            "(venlafaxine or duloxetine) who complained of sexual side effects took part. "
            "The SNRI was tapered off over three weeks, and naltrexone 4.5 mg at bedtime "
            "was then begun as the sole treatment for 12 weeks.\n"
            "Results: Sexual function improved and depressive scores were stable."
        )
        == []
    )


def test_ssri_members_stopped_with_their_class() -> None:
    assert (
        classes(
            "Methods: We recruited 22 adults on an SSRI (fluoxetine, sertraline or "
            "citalopram) with persisting fatigue. The SSRI was stopped, and after a "
            "ten-day drug-free interval low-dose naltrexone 3 mg nightly was started.\n"
            "Results: Fatigue scores fell over eight weeks."
        )
        == []
    )


def test_tricyclic_members_switched_from() -> None:
    assert (
        classes(
            "Methods: Eighteen older adults taking a tricyclic (amitriptyline or "
            "nortriptyline) with troublesome anticholinergic effects were switched from "
            "the tricyclic to naltrexone 2 mg daily over four weeks.\n"
            "Results: Dry mouth and constipation resolved in most."
        )
        == []
    )


def test_members_kept_when_the_class_is_continued() -> None:
    # near miss: the class goes on beside the watched drug
    assert classes(
        "Methods: Twenty-five adults on an SSRI (sertraline or escitalopram) with a partial "
        "response added naltrexone 4.5 mg nightly; the SSRI was continued at an unchanged "
        "dose.\nResults: Depression scores fell by a third."
    ) == ["serotonergic"]


def test_drug_outside_the_brackets_kept() -> None:
    # near miss: bupropion is not one of the stopped class's members
    assert classes(
        "Methods: Twenty adults on an SSRI (sertraline or paroxetine) and bupropion XL "
        "took part. The SSRI was tapered off over two weeks while bupropion was kept, and "
        "naltrexone 4.5 mg nightly was added.\nResults: Scores improved."
    ) == ["dopaminergic"]
