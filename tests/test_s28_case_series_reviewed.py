"""A case series that says it reviewed the course, records or charts of N patients
counts those N, not the part of them it then says took a co-medication ("Two patients
were taking fluoxetine"). Shown by holdout285 31800007 (three adolescents, two on an
SSRI). Session 28, round 75, c75d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added in resistant depression: a case series"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: We reviewed the course of four consecutive adolescents (aged 13 to 17 "
            "years) with major depression in whom LDN was added after an inadequate response "
            "to an SSRI.\nResults: Three patients were taking sertraline (50 mg and 100 mg "
            "daily) throughout; the fourth had stopped sertraline and received LDN alone.",
            4,
        ),
        (
            "Methods: We retrospectively reviewed the records of five outpatients (aged 22 "
            "to 64) with bipolar depression in whom naltrexone 1.5 mg was added after two "
            "failed antidepressants.\nResults: Two patients were taking lamotrigine (100 mg "
            "and 200 mg) throughout; the others had stopped it and received naltrexone alone.",
            5,
        ),
        (
            "Methods: We review the charts of three men (aged 30, 41 and 58) with resistant "
            "depression in whom LDN 3 mg was added after an inadequate response.\nResults: "
            "Two patients were taking venlafaxine (150 mg and 225 mg) throughout; the third "
            "had stopped it and received LDN alone.",
            3,
        ),
    ],
)
def test_reviewed_cases_are_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, CASE).n == n


def test_described_cases_keep_their_count() -> None:
    """Near miss: a series that describes its cases keeps that count."""
    f = facts(
        TITLE,
        "We describe two patients with recurrent depression given low-dose naltrexone "
        "4.5 mg. One patient was taking escitalopram.",
        CASE,
    )
    assert f.n == 2
