"""A bare count whose "who ..." clause lists several entry criteria at length before the
enrolment verb ("Twenty-four who had taken an SNRI ... for at least 8 weeks, had a score of
18 or higher and ... were enrolled"): the count is whom the study took in. Shown by
holdout246 27500004 (n read as none). Session 25, round 69, c69c."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label low-dose naltrexone added to an SNRI in major depression: a pilot study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Thirty who had been on venlafaxine 150-225 mg/day for at least ten weeks, scored "
            "20 or more on the MADRS at two visits a week apart and reported marked fatigue on "
            "the Chalder scale were enrolled.",
            30,
        ),
        (
            "Eighteen who had taken desvenlafaxine (Pristiq) 50-100 mg/day for at least two "
            "months, had a QIDS-SR16 score of 14 or higher and had no history of opioid use "
            "disorder in the past five years were included.",
            18,
        ),
        (
            "Twenty-six who had used milnacipran at a stable dose for twelve weeks or longer, "
            "had a Beck Depression Inventory-II score above 19 and a pain score of 4 or more "
            "out of ten were recruited.",
            26,
        ),
    ],
)
def test_long_entry_clause_keeps_the_count(methods: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Methods: Thirty-five outpatients were screened. {methods} Naltrexone 4.5 mg was "
        "taken nightly for 8 weeks.\nResults: Most completed; MADRS fell by 8 points.",
        TRIAL,
    )
    assert f.n == n


def test_screened_count_stays_the_pool() -> None:
    """Near miss: with no enrolment verb after the clause, the screened pool is no n."""
    f = facts(
        TITLE,
        "Methods: Thirty-five outpatients who had taken venlafaxine for at least ten weeks "
        "were screened.\nResults: MADRS fell by 8 points.",
        TRIAL,
    )
    assert f.n is None
