"""A chart review that counts the charts it found and then the people left after some
fell away ("63 charts were identified; six never filled the prescription, leaving 57
patients in the cohort"): the count the selection came to is the sample. Shown by
holdout346 38800004 (read as the 63 charts). Session 33, round 87, c87c."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone in treatment-resistant depression: a retrospective chart review"
TYPES = ("Journal Article", "Observational Study")
CASES = [
    (
        "Methods: We reviewed the records of patients with treatment-resistant depression "
        "started on naltrexone 1.5 to 4.5 mg daily at one clinic.\nResults: Eighty charts "
        "were found; nine patients never began the drug, leaving 71 patients in the cohort "
        "(58% women). PHQ-9 scores fell over 12 weeks.",
        71,
    ),
    (
        "Methods: A retrospective review of adults with major depression prescribed "
        "naltrexone 4.5 mg.\nResults: We identified 45 records; 7 lacked follow-up, leaving "
        "38 patients for analysis. QIDS scores improved.",
        38,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_count_left_after_selection_is_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TYPES).n == n


def test_leaving_without_a_count_changes_nothing() -> None:
    # near miss: "leaving" of a drug, not of people; the count taken in stands
    abstract = (
        "Methods: A retrospective review of adults with major depression prescribed "
        "naltrexone 4.5 mg.\nResults: Fifty-two patients were included. Nine stopped, "
        "leaving the clinic before 12 weeks."
    )
    assert facts(TITLE, abstract, TYPES).n == 52
