"""A dose sentence that names no drug, after a sentence listing the antidepressants the
people already took with each one's share, doses the watched drug: the listed drugs say
who the people are, whatever their shares are written as. CONTRACT.md: ``ldn_doses_mg``
lists the doses participants took (an observational study's range: both ends).

Shown by holdout395 44500025 (a retrospective cohort, "Concurrent antidepressants were
SSRIs (58%), SNRIs (24%), bupropion (11%) and others (7%)" then "Prescribed maintenance
doses ranged from 0.5 to 4.5 mg/day": doses [] for [0.5, 4.5]; batch 91). Session 39, lead.

Ways real abstracts give each co-medication's share in such a list:
- "SSRIs (58%), SNRIs (24%), bupropion (11%) and others (7%)"
- "SSRIs (n = 123, 58%), SNRIs (n = 51, 24%) and bupropion (n = 23, 11%)"
- "SSRIs (123 [58%]), SNRIs (51 [24%]) or bupropion (23 [11%])"
- "SSRIs 58%, SNRIs 24% and bupropion 11%"
- "SSRIs in 58%, SNRIs in 24% and bupropion in 11%"
The list is read in ``doses._NEXT_ITEM_OF_TAKEN`` (the items after the first, named as
what the people take), so every fact asking who doses what reads it alike.
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone in depression: a retrospective cohort from three psychiatry clinics"


def _abstract(shares: str, doses: str) -> str:
    return (
        "Methods: We reviewed electronic records of adults with major depressive disorder who "
        "were prescribed low-dose naltrexone (LDN) as an adjunct between 2018 and 2024. "
        f"Concurrent antidepressants were {shares}.\n"
        "Results: A total of 212 patients were included (median age 44 years). "
        f"{doses} PHQ-9 scores decreased from a median of 16 to 11."
    )


SHARES = [
    "SSRIs (58%), SNRIs (24%), bupropion (11%) and others (7%)",
    "SSRIs (n = 123, 58%), SNRIs (n = 51, 24%) and bupropion (n = 23, 11%)",
    "SSRIs (123 [58%]), SNRIs (51 [24%]) or bupropion (23 [11%])",
    "SSRIs 58%, SNRIs 24% and bupropion 11%",
    "SSRIs in 58%, SNRIs in 24% and bupropion in 11%",
]


@pytest.mark.parametrize("shares", SHARES)
def test_range_after_shared_comedication_list_is_the_drugs(shares: str) -> None:
    got = facts(
        TITLE,
        _abstract(
            shares, "Prescribed maintenance doses ranged from 0.5 to 4.5 mg/day (median 3 mg)."
        ),
    )
    assert got.on_topic
    assert got.ldn_doses_mg == [0.5, 4.5]


@pytest.mark.parametrize("shares", SHARES[:2])
def test_single_dose_after_shared_list(shares: str) -> None:
    got = facts(TITLE, _abstract(shares, "Most patients took 4.5 mg nightly."))
    assert got.ldn_doses_mg == [4.5]


def test_the_co_medications_own_dose_stays_its_own() -> None:
    """Near miss: the list gives the co-medication's own dose, so a dose-only sentence
    after it is not read as the watched drug's unless it is in the drug's band."""
    got = facts(
        TITLE,
        _abstract(
            "sertraline (58%) at a median of 100 mg and venlafaxine (24%) at 150 mg",
            "Doses ranged from 50 to 200 mg/day.",
        ),
    )
    assert got.ldn_doses_mg == []
