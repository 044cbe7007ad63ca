"""A flattened table whose rows are parted by a double bar ("||"), each row labelled by
its first cell and each column an arm ("| | LDN | Placebo || Randomised | 15 | 16 ||
..."): its row of people taken in, summed over the arms, is n. Shown by holdout342
38400009 (an interim report of a three-arm dose trial whose only size was such a table,
read as no size). Session 32, round 84, c84d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("table", "n"),
    [
        (
            "Baseline table | | Naltrexone 2 mg | Placebo || Randomised | 21 | 20 || "
            "Women | 14 | 12 || On sertraline | 11 | 10 |",
            41,
        ),
        (
            "Table 2 | | LDN 1 mg | LDN 3 mg | Placebo || Enrolled | 12 | 13 | 12 || "
            "Mean age | 44 | 47 | 45",
            37,
        ),
        (
            "Participants | | LDN | Control || N | 33 | 31 || Female | 20 | 19 |",
            64,
        ),
    ],
)
def test_double_barred_table_counts_its_arms(table: str, n: int) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder on a stable antidepressant were "
        f"randomised to low-dose naltrexone or placebo for 8 weeks. {table}.\n"
        "Results: MADRS fell more with LDN (difference -3.0)."
    )
    f = facts("Low-dose naltrexone added to antidepressants: a randomised trial", abstract, RCT)
    assert f.n == n


def test_double_barred_table_of_weeks_is_no_sum() -> None:
    """Near miss: the columns are time points of one group: n is the stated count."""
    f = facts(
        "Low-dose naltrexone added to antidepressants: an open-label study",
        "Methods: Thirty adults with major depressive disorder on an SSRI were enrolled and "
        "given naltrexone 4.5 mg nightly. Follow-up | | Week 4 | Week 8 | Week 12 || "
        "Participants | 29 | 27 | 25 |.\n"
        "Results: MADRS fell by 11 points.",
    )
    assert f.n == 30
