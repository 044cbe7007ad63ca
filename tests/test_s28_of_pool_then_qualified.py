"""A record outside a survey that opens a sentence with its pool and ends the sift with a
bare count that qualified ("Of 167 patients started on X, 143 met inclusion criteria")
takes that count as its sample: the noun is the pool's, left out (CONTRACT.md "n":
included, never the pool). Shown by preprints66 PPR3200009 (a clinic's retrospective
cohort). Session 28, round 75, c75d."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone augmentation in resistant depression: a retrospective cohort"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Clinic records of adults given low-dose naltrexone 4.5 mg were reviewed."
            "\nResults: Of 212 outpatients prescribed LDN, 176 met the inclusion criteria "
            "(mean age 47). Mean PHQ-9 fell by 4 points.",
            176,
        ),
        (
            "Methods: We searched a regional pharmacy database for naltrexone 1.5-4.5 mg.\n"
            "Results: Among 98 adults dispensed LDN, 71 met all eligibility criteria. Most "
            "took an SSRI.",
            71,
        ),
        (
            "Results: Of 340 veterans with a first LDN prescription, 255 fulfilled the study "
            "criteria; depression scores improved over 12 weeks on 4.5 mg.",
            255,
        ),
    ],
)
def test_qualified_after_pool_is_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract).n == n


def test_enrolled_count_beats_qualified() -> None:
    """Near miss: an enrolment count said after the sift stays the sample."""
    f = facts(
        TITLE,
        "Results: Of 212 outpatients prescribed LDN 4.5 mg, 176 met the inclusion criteria "
        "and 150 patients were enrolled in the cohort.",
    )
    assert f.n == 150
