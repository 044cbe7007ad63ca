"""A flattened table whose header has no brackets and ends with a colon, its first row
straight after it and the later rows parted by semicolons ("cohort | daily dose | enrolled:
A | 0.5 mg | 12; B | 1 mg | 12"): the people-taken-in column, summed over the rows, is n.
Shown by holdout342 38400019 (an ascending-dose study of four cohorts of 12, read as the 6
people with a side effect in the last cohort). Session 32, round 84, c84d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("table", "n"),
    [
        (
            "The cohorts were as follows - cohort | dose | enrolled | completed: "
            "I | 1 mg | 10 | 9; II | 2 mg | 10 | 10; III | 3 mg | 10 | 8",
            30,
        ),
        (
            "Dose levels - level | naltrexone | enrolled | response rate: "
            "low | 1.5 mg | 14 | 21%; middle | 3 mg | 15 | 33%; high | 4.5 mg | 16 | 44%",
            45,
        ),
        (
            "Enrolment by step was: step | daily dose | participants: first | 0.5 mg | 8; "
            "second | 2 mg | 9; third | 4 mg | 9",
            26,
        ),
    ],
)
def test_table_header_closed_by_colon_counts_its_rows(table: str, n: int) -> None:
    abstract = (
        "Methods: An open-label ascending-dose study in adults with major depressive "
        "disorder on a stable SSRI, each cohort given naltrexone nightly for 6 weeks. "
        f"{table}.\n"
        "Results: Insomnia increased with dose (1, 2 and 5 participants)."
    )
    f = facts(
        "Ascending doses of low-dose naltrexone added to SSRIs in depression", abstract, TRIAL
    )
    assert f.n == n


def test_table_of_time_points_is_no_count_of_arms() -> None:
    """Near miss: the rows are weeks of one group, not arms: n is the stated count."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in depression: an open-label study",
        "Methods: Forty adults with major depressive disorder on an SSRI were enrolled and "
        "given naltrexone 4.5 mg nightly. Follow-up - visit | participants | mean MADRS: "
        "week 4 | 38 | 22.1; week 8 | 35 | 18.4; week 12 | 33 | 16.0.\n"
        "Results: MADRS fell by 12 points.",
        TRIAL,
    )
    assert f.n == 40
