"""The size of each cohort of a dose-escalation study with the cohorts counted only by the
dose levels they were assigned to ("Cohorts of six participants were assigned in sequence to
1.5, 3.0, 4.5 and 6.0 mg/day"): the sample is one cohort per level, not the size of one
cohort. Shown by holdout295 32900007 (n read as 6 of 24). Session 29, round 77, c77c."""

import pytest
from written import TRIAL, facts

TITLE = "Dose escalation of low-dose naltrexone in depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Cohorts of five adults with major depression were given, one after "
            "another, naltrexone 1, 2 and 4 mg daily for four weeks.",
            15,
        ),
        (
            "Methods: Groups of eight outpatients were assigned in turn to naltrexone 0.5, 1.5, "
            "3 or 4.5 mg at night, each for six weeks.",
            32,
        ),
        (
            "Methods: Sequential cohorts of 4 patients with depression received naltrexone "
            "2.25 and 4.5 mg/day for eight weeks.",
            8,
        ),
    ],
)
def test_cohorts_counted_by_their_levels(methods: str, expected: int) -> None:
    abstract = f"{methods}\nResults: Mood improved at every level; no dose-limiting events."
    assert facts(TITLE, abstract, TRIAL).n == expected


def test_stated_total_beside_cohort_size_wins() -> None:
    """Near miss: a stated total of the study stays its n."""
    abstract = (
        "Methods: Thirty adults with depression were enrolled in three cohorts of ten, "
        "given naltrexone 1.5, 3 and 4.5 mg daily.\nResults: Mood improved at every level."
    )
    assert facts(TITLE, abstract, TRIAL).n == 30
