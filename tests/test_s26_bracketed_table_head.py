"""A flattened table whose header stands in brackets before a colon and whose rows are
parted by semicolons ("Arms (arm | enrolled | mean age): A | 30 | 41; B | 31 | 40"): its
column of people taken in counts each arm, and the arms add up to n. Shown by holdout260
29000013 (a three-arm trial whose only count was such a table: n None, larger-trials
missed). Session 26, round 71, c71b."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone 1 mg vs 3 mg vs placebo in depression: a randomised trial"


@pytest.mark.parametrize(
    ("table", "n"),
    [
        (
            "Participants by group (group | randomized | women | age): naltrexone 1 mg | "
            "31 | 20 | 44; naltrexone 3 mg | 30 | 17 | 46; placebo | 32 | 19 | 45.",
            93,
        ),
        (
            "Arms (arm | enrolled | mean MADRS): LDN 1 mg | 22 | 27.1; LDN 3 mg | 24 | "
            "26.8; placebo | 23 | 27.4.",
            69,
        ),
        (
            "At baseline (arm | n | female): naltrexone 1 mg | 40 | 25; placebo | 41 | 27.",
            81,
        ),
    ],
)
def test_bracketed_head_with_rows_after_semicolons(table: str, n: int) -> None:
    abstract = (
        "Methods: Unmedicated adults with major depression were randomised to naltrexone "
        f"1 mg, naltrexone 3 mg or placebo daily for 8 weeks. {table}\n"
        "Results: Depression scores fell most with 1 mg."
    )
    assert facts(TITLE, abstract, RCT).n == n


def test_table_of_time_points_stays_uncounted() -> None:
    """Near miss: a bracketed head over time points, not people taken in: no n (as
    today)."""
    f = facts(
        TITLE,
        "Methods: Unmedicated adults with major depression were randomised to naltrexone "
        "1 mg, naltrexone 3 mg or placebo daily for 8 weeks. Mean MADRS (arm | week 0 | "
        "week 8): naltrexone 1 mg | 27 | 15; naltrexone 3 mg | 28 | 17; placebo | 27 | 20.\n"
        "Results: Depression scores fell most with 1 mg.",
        RCT,
    )
    assert f.n is None
