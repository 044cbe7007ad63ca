"""A flattened table laid on its side, each row a variable before a colon and each column
an arm ("Group: LDN | Placebo; N: 41 | 40; Age ..."): the row of people counts each arm,
and the arms add up to the trial's size. Shown by holdout248 27700025 (n read as none).
Session 25, round 69, c69c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to an SNRI in major depression: a randomised trial"
METHODS = (
    "Methods: Adults with major depression taking venlafaxine were randomised to naltrexone "
    "3 mg at night or placebo for eight weeks. {table}\nResults: MADRS fell by 9 points with "
    "naltrexone and 5 with placebo (p = 0.04)."
)


@pytest.mark.parametrize(
    ("table", "n"),
    [
        ("Baseline - Arm: Naltrexone | Placebo; n: 33 | 31; Women, n (%): 20 (61) | 18 (58).", 64),
        (
            "Table 2 - Treatment: LDN | Placebo | Total; Randomised: 25 | 24 | 49; Age: 40 | 42 | 41.",
            49,
        ),
        ("Characteristics - Group: Active | Control; Participants: 52 | 50; BMI: 27 | 28.", 102),
    ],
)
def test_side_table_counts_the_arms(table: str, n: int) -> None:
    assert facts(TITLE, METHODS.format(table=table), RCT).n == n


def test_side_table_of_time_points_is_not_the_size() -> None:
    """Near miss: columns that are visits count the same people again; the stated number
    randomised stays n."""
    f = facts(
        TITLE,
        "Methods: 40 adults with major depression taking venlafaxine were randomised to "
        "naltrexone 3 mg or placebo. Visits - Week: 0 | 4 | 8; n: 40 | 37 | 35.\nResults: "
        "MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 40
