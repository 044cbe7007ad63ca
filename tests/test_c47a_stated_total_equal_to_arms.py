"""A stated total confirmed by the arms' counts, each arm told by its allocation verb.

The kind (round 47, c47a): a results paper states its total ("Recruitment closed early at 39
of a planned 44 participants") and then its arms, each by the verb that allocated them ("20
were allocated to naltrexone and 19 to placebo"). The arms add up to the stated total: the
total is the trial's n (CONTRACT.md: the number randomised), not the first arm, which its
allocation verb had scored above the stated count once the sum that agreed with it was
set aside. Shown by preprints45 PPR5400012 (the NALOLD pilot: n expected 39, got 20). Near
miss: a pool looked at before allocation is no total.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Feasibility and preliminary efficacy of naltrexone added to SSRIs or duloxetine in "
    "late-life depression: the NALOLD pilot randomised trial"
)
RECORD = (
    "Augmenting antidepressants in older adults is limited by adverse effects. The NALOLD "
    "pilot (ISRCTN30917654; protocol posted on medRxiv in 2025) tested whether a randomised "
    "trial of low-dose naltrexone (LDN) in late-life depression is feasible. Adults aged 65 or "
    "over with major depressive disorder who remained symptomatic on a stable SSRI or "
    "duloxetine were allocated to naltrexone 3 mg daily (given as 1.5 mg twice daily) or "
    "placebo for 12 weeks. Recruitment closed early at 39 of a planned 44 participants because "
    "the trial pharmacy stopped compounding; 20 were allocated to naltrexone and 19 to placebo. "
    "MADRS fell by 9.0 points with naltrexone and 5.8 with placebo. A definitive trial of "
    "about 200 participants is feasible with additional sites."
)
OTHER = "Naltrexone added to antidepressants in late-life depression: a pilot randomised trial"
METHODS = (
    "Older adults with major depressive disorder on a stable SSRI were allocated to naltrexone "
    "3 mg daily or placebo for 12 weeks."
)


def test_the_records_total() -> None:
    assert facts(TITLE, RECORD, RCT).n == 39


@pytest.mark.parametrize(
    ("told", "n"),
    [
        (
            "Enrolment stopped at 47 of a planned 60 patients because funding ended; 24 were "
            "randomised to naltrexone and 23 to placebo.",
            47,
        ),
        (
            "Recruitment ended early with 28 of a planned 50 adults after the supplier "
            "withdrew; 15 were allocated to naltrexone and 13 to placebo.",
            28,
        ),
        (
            "Recruitment closed at 39 participants; 20 were allocated to naltrexone and 19 to "
            "placebo.",
            39,
        ),
        (
            "The trial closed at 33 of 40 intended participants; 17 were assigned to naltrexone "
            "and 16 to placebo.",
            33,
        ),
    ],
)
def test_other_totals_the_arms_add_up_to(told: str, n: int) -> None:
    abstract = f"{METHODS} {told} MADRS fell by 9 points with naltrexone."
    assert facts(OTHER, abstract, RCT).n == n


def test_a_pool_before_allocation_is_no_total() -> None:
    told = "Of 60 screened, 20 were allocated to naltrexone and 19 to placebo."
    abstract = f"{METHODS} {told} MADRS fell by 9 points with naltrexone."
    assert facts(OTHER, abstract, RCT).n == 39
