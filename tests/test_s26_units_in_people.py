"""A study counted in units (episodes, treatment courses, admissions) that says how many
people the units occurred in ("The 160 courses occurred in 97 patients"): n is the
people, not a part of them named elsewhere. Shown by holdout260 29000004 (a chart review
of 214 episodes, "The 214 episodes occurred in 131 patients", read as the 58 on an SSRI).
Session 26, round 71, c71b."""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in routine care: a chart review"


@pytest.mark.parametrize(
    ("result", "n"),
    [
        ("The 160 treatment courses occurred in 97 patients; 30 patients had two courses.", 97),
        ("These 75 depressive episodes occurred in 52 patients, 12 of them women over 60.", 52),
        ("All 302 admissions occurred in 188 patients; 41 patients were admitted twice.", 188),
    ],
)
def test_people_the_units_occurred_in(result: str, n: int) -> None:
    abstract = (
        "Methods: We reviewed records of every depressive episode in which naltrexone "
        "1.5-4.5 mg was added to an SSRI or SNRI. SSRIs were co-prescribed in 40 patients.\n"
        f"Results: {result} Improvement was recorded in 43% of episodes."
    )
    assert facts(TITLE, abstract, JOURNAL).n == n


def test_events_in_people_stay_no_sample() -> None:
    """Near miss: adverse events that occurred in some people are no sample (as today)."""
    f = facts(
        TITLE,
        "Methods: We reviewed the charts of 120 patients in whom naltrexone 4.5 mg was "
        "added to an SSRI.\n"
        "Results: The 35 adverse events occurred in 22 patients; most were vivid dreams.",
        JOURNAL,
    )
    assert f.n == 120
