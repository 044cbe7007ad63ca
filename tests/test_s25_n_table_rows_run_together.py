"""A flattened table whose row breaks were lost, so its rows run on after the header's
colon ("(arm | enrolled | dose): placebo | 30 | - LDN | 31 | 4.5 mg"): each arm's count in
the column of people taken in still adds to n. Shown by holdout243 27200024 (n None for
96; the XML joins the table's lines). Session 25, round 68, c68b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for major depression: a randomized double-blind trial"


@pytest.mark.parametrize(
    ("table", "n"),
    [
        (
            "Results (group | randomised | dose/day | MADRS change): placebo | 40 | none | -5.2 "
            "LDN low | 41 | 1.5 mg | -7.0 LDN high | 39 | 4.5 mg | -9.1",
            120,
        ),
        (
            "Outcomes by arm (arm | enrolled | remission): naltrexone | 27 | 33% placebo | 28 "
            "| 18%",
            55,
        ),
        (
            "Findings (treatment | n | responders | dropouts): LDN 4.5 mg | 36 | 15 | 4 sham "
            "| 35 | 8 | 5",
            71,
        ),
    ],
)
def test_rows_run_together(table: str, n: int) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomized to naltrexone or "
        f"placebo for 8 weeks. {table}. Conclusions: Naltrexone was well tolerated."
    )
    assert facts(TITLE, abstract, RCT).n == n


def test_time_columns_are_not_arms() -> None:
    # near miss: the same people at time points stay one group (stated n wins)
    abstract = (
        "Methods: 48 adults with major depressive disorder were randomized to naltrexone "
        "4.5 mg or placebo. Scores (week | patients | HAM-D): 0 | 48 | 22.1 4 | 45 | 17.3 "
        "8 | 44 | 14.0. Conclusions: Naltrexone was well tolerated."
    )
    assert facts(TITLE, abstract, RCT).n == 48
