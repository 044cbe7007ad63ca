"""Cohorts taken in one after another, the first counted as people and the later ones as
"a second cohort of N" ("15 patients received 0.75 mg twice daily (cohort 1); after a
safety review, a second cohort of 15 received 2.25 mg"): n is the cohorts' sum. Shown by
holdout154 16900015 (n 15 for 30). Session 24, round 66, c66a."""

import pytest
from written import TRIAL, facts

TITLE = "Two doses of low-dose naltrexone given in turn in depression: an open study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Twelve adults with major depression took naltrexone 1 mg at night for 4 weeks; "
            "once tolerability was confirmed, a second cohort of 12 took 3 mg.",
            24,
        ),
        (
            "First, 10 outpatients on escitalopram received naltrexone 1.5 mg daily, and then "
            "the next group of 14 received 4.5 mg daily.",
            24,
        ),
        (
            "Eight women with postnatal depression started naltrexone 0.5 mg twice daily "
            "(cohort A); a further cohort of eight then took 2 mg twice daily (cohort B).",
            16,
        ),
    ],
)
def test_cohorts_in_turn_add_up(methods: str, n: int) -> None:
    f = facts(TITLE, f"Methods: {methods}\nResults: HAM-D fell more at the higher dose.", TRIAL)
    assert f.n == n


def test_one_cohort_with_a_dose_group_word_keeps_its_count() -> None:
    """Near miss: one cohort of people whose doses are described keeps its count."""
    f = facts(
        TITLE,
        "Methods: Twenty adults with major depression took naltrexone 1 mg for 4 weeks and "
        "then 3 mg for 4 weeks.\nResults: HAM-D fell more at the higher dose.",
        TRIAL,
    )
    assert f.n == 20
