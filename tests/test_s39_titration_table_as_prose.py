"""A fixed titration written as a flattened table, each step headed by its stretch of time
and a comma ("week 1, 1.5 mg; week 2, 3 mg; weeks 3-12, 4.5 mg"), is one schedule whose
last step is the target: CONTRACT.md lists only the target of a fixed titration, and such
steps are not doses compared. Doses given in both orders, or per period to different
people, stay doses compared.

Shown by holdout395 44500011 (an RCT's "fixed titration schedule (week 1, 1.5 mg; week 2,
3 mg; weeks 3-12, 4.5 mg, all at bedtime)": doses [1.5, 3, 4.5] for [4.5]; batch 91).
Session 39, lead.

Ways real abstracts flatten a titration table:
- "(week 1, 1.5 mg; week 2, 3 mg; weeks 3-12, 4.5 mg, all at bedtime)"
- "Dosing schedule: week 1, 1.5 mg; week 2, 3 mg; weeks 3 to 12, 4.5 mg nightly"
- "Titration: days 1-7, 1.5 mg; days 8-14, 3 mg; day 15 onward, 4.5 mg"
- "LDN followed a fixed titration schedule: week 1, 1.5 mg; week 2, 3 mg; weeks 3-12, 4.5 mg"
- "days 1-7 = 1.5 mg; days 8-14 = 3 mg; days 15-84 = 4.5 mg"
The step heading is read by ``doses._TIME_HEADED`` beside the colon form (``_TIME_LABEL``);
a period's closing number ("weeks 3 to 12, 4.5 mg") is no dose (``_GROUP_NUMBER_BEFORE``).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone augmentation in major depressive disorder: a randomised "
    "placebo-controlled trial"
)


def _abstract(dosing: str, design: str = "were randomised 1:1 to LDN or placebo") -> str:
    return (
        f"Methods: Adults with major depressive disorder taking sertraline {design} for 12 "
        f"weeks. {dosing}\n"
        "Results: A total of 120 participants were randomised. MADRS change was -12.6 with "
        "LDN and -9.1 with placebo."
    )


TABLES = [
    "Study medication followed a fixed titration schedule (week 1, 1.5 mg; week 2, 3 mg; "
    "weeks 3-12, 4.5 mg, all at bedtime).",
    "Dosing schedule: week 1, 1.5 mg; week 2, 3 mg; weeks 3 to 12, 4.5 mg nightly.",
    "Titration: days 1-7, 1.5 mg; days 8-14, 3 mg; day 15 onward, 4.5 mg.",
    "LDN followed a fixed titration schedule: week 1, 1.5 mg; week 2, 3 mg; weeks 3-12, 4.5 mg.",
    "LDN was titrated as follows: days 1-7 = 1.5 mg; days 8-14 = 3 mg; days 15-84 = 4.5 mg.",
]


@pytest.mark.parametrize("dosing", TABLES)
def test_titration_table_gives_its_target(dosing: str) -> None:
    got = facts(TITLE, _abstract(dosing), RCT)
    assert got.ldn_doses_mg == [4.5]
    assert not got.compares_doses


def test_doses_in_both_orders_stay_compared() -> None:
    """Near miss: a crossover's periods in random order are doses compared."""
    got = facts(
        TITLE,
        _abstract(
            "Each participant took LDN in two 4-week periods in random order (weeks 1-4, "
            "1.5 mg; weeks 5-8, 4.5 mg, or the reverse).",
            design="were enrolled in a double-blind crossover trial",
        ),
        RCT,
    )
    assert got.ldn_doses_mg == [1.5, 4.5]
    assert got.compares_doses


def test_arms_with_their_own_doses_stay_compared() -> None:
    """Near miss: two arms each given its own dose for the whole trial."""
    got = facts(
        TITLE,
        _abstract(
            "Participants were randomised to LDN 1.5 mg or 4.5 mg nightly (weeks 1-12).",
            design="were enrolled",
        ),
        RCT,
    )
    assert got.ldn_doses_mg == [1.5, 4.5]
