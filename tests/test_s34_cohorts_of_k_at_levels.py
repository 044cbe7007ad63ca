"""The participants of a dose escalation said as cohorts of a size, one at each level, the
people left to the sentence ("received naltrexone in sequential cohorts of eight, at 1, 2
and then 4.5 mg"): the sample is the cohort's size times the levels (24), not one
participant an adverse event names. Cohorts of a size that are no people at levels
("cohorts of six weeks") count nobody.
Shown by holdout366 41300020 (a phase I escalation of 4 x 6 = 24 read as 1). Session 34,
round 88, c88a."""

import pytest
from written import TRIAL, facts

TITLE = "Dose escalation of low-dose naltrexone in bipolar depression: an open-label study"


@pytest.mark.parametrize(
    ("cohorts", "n"),
    [
        ("in sequential cohorts of eight, at 1, 2 and then 4.5 mg nightly", 24),
        ("in cohorts of five, at 1.5, 3 and 4.5 mg nightly", 15),
    ],
)
def test_cohort_size_times_levels(cohorts: str, n: int) -> None:
    abstract = (
        "Methods: Adults with bipolar depression on lithium received open-label naltrexone "
        f"{cohorts} for four weeks each. Antidepressants were not permitted.\n"
        "Results: One participant at 4.5 mg developed hypomanic symptoms."
    )
    assert facts(TITLE, abstract, TRIAL).n == n


def test_cohorts_of_weeks_are_no_people() -> None:
    # near miss: blocks of weeks at each level; the people are the 14 enrolled
    abstract = (
        "Methods: Fourteen adults with bipolar depression on lithium were enrolled and took "
        "open-label naltrexone in blocks of six weeks, at 1, 2 and then 4.5 mg nightly.\n"
        "Results: One participant at 4.5 mg developed hypomanic symptoms."
    )
    assert facts(TITLE, abstract, TRIAL).n == 14
