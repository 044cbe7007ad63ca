"""A count said to form the study's analysed sample, after a larger pool that was only
offered or approached ("Of 171 patients offered X, 143 started treatment and form the
analysed cohort"): n is the sample it forms. Shown by holdout239 26700007 (n 171 for 143).
Session 25, round 68, c68b."""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone and depressive symptoms in a fibromyalgia clinic: a cohort study"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Of 212 patients offered naltrexone, 168 began treatment and form the analysed cohort.",
            168,
        ),
        (
            "Among 95 women approached, 64 agreed to take part and constitute the study "
            "sample (median age 47).",
            64,
        ),
        (
            "Of 130 eligible adults, 88 filled a prescription and made up the analysis population.",
            88,
        ),
    ],
)
def test_forms_the_sample(sentence: str, n: int) -> None:
    abstract = (
        "We followed patients of a fibromyalgia clinic who were prescribed naltrexone 4.5 mg "
        f"daily. {sentence} PHQ-9 scores fell from 14.1 to 10.2 over four months."
    )
    assert facts(TITLE, abstract, JOURNAL).n == n


def test_stated_enrolment_stays() -> None:
    # near miss: the enrolled count is stated with its verb; no sample is "formed"
    abstract = (
        "We followed patients of a fibromyalgia clinic who were prescribed naltrexone 4.5 mg "
        "daily. A total of 150 patients were enrolled; 120 completed four months. PHQ-9 "
        "scores fell from 14.1 to 10.2."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 150
