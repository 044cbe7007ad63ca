"""A total the record states as its "study cohort/sample/population of N" after counting
its parts ("... matched to two non-users each (n = 120), giving a study cohort of 180"):
n is that total, not the last part counted. Shown by holdout242 27000020 (n 178, the
controls alone, for 267). Session 25, round 68, c68b."""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone in treatment-resistant depression: a retrospective cohort study"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Of these, 60 had taken naltrexone 4.5 mg daily; each was matched to two "
            "patients who had not (n = 120), giving a study cohort of 180.",
            180,
        ),
        (
            "Users of naltrexone 3 mg (n = 45) and non-users (n = 90) together formed a "
            "study population of 135.",
            135,
        ),
        (
            "We added 70 comparison patients (n = 70) to the 35 treated with naltrexone "
            "1.5-4.5 mg, for a study sample of 105.",
            105,
        ),
    ],
)
def test_study_cohort_of(sentence: str, n: int) -> None:
    abstract = (
        "We reviewed the records of 900 patients of a depression service. "
        f"{sentence} PHQ-9 improved more with naltrexone after six months."
    )
    assert facts(TITLE, abstract, JOURNAL).n == n


def test_cited_study_cohort_is_not_ours() -> None:
    # near miss: a cohort of another study named in the background
    abstract = (
        "Background: A previous registry study cohort of 2,400 users suggested benefit. "
        "Methods: We enrolled 64 adults with depression who took naltrexone 4.5 mg daily. "
        "Results: PHQ-9 improved by 4 points."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 64
