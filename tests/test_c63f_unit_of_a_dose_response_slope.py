"""Kind: the dose a dose-response slope is told per. "0.8 points per 1.5 mg", "a 2% greater
fall for each additional 1 mg", "an odds ratio of 1.3 per 1 mg increase" give the unit of an
estimate, not a dose anyone was given: the study's own doses stay as the record gives them
(a range prescribed, the arms), and that unit must not replace them. An arm told by its dose
after "per" ("15 participants per 1.5 mg arm") is still that arm.

Round 63, c63f; the record that showed it: holdout210 23500015 ("prescribed LDN
(1.5-4.5 mg/day) ... Higher doses were associated with larger reductions (0.8 points per
1.5 mg; p = 0.01)": [1.5, 4.5], not [1.5]).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

COHORT = "Low-dose naltrexone with SSRIs for depression in primary care: a retrospective cohort"
OWN = (
    "Using linked primary-care records we identified 412 adults with a recorded depressive "
    "episode who were prescribed LDN (1.5-4.5 mg/day) while taking an SSRI."
)
SLOPES = [
    "Higher doses were associated with larger reductions (0.8 points per 1.5 mg; p = 0.01).",
    "PHQ-9 fell by a further 0.5 points for each additional 1 mg.",
    "Response was more likely at higher doses (odds ratio 1.3 per 1 mg increase).",
    "Each step up was linked to a 4% greater fall with every 3 mg.",
]


def test_the_record() -> None:
    abstract = (
        "Background: Off-label prescribing of low-dose naltrexone (LDN) for depression is "
        "rising, usually alongside an SSRI.\n"
        "Methods: Using linked primary-care records (2015-2024) we identified 412 adults with "
        "a recorded depressive episode who were prescribed LDN (1.5-4.5 mg/day) while taking an "
        "SSRI, and compared PHQ-9 scores before and 12 weeks after LDN initiation. We also "
        "examined the dose-response relationship between prescribed LDN dose and PHQ-9 "
        "change.\n"
        "Results: Mean PHQ-9 fell from 15.8 to 11.9. Higher doses were associated with larger "
        "reductions (0.8 points per 1.5 mg; p = 0.01). Vivid dreams were the commonest "
        "recorded adverse effect.\n"
        "Conclusions: Prospective randomised trials of LDN with SSRIs are warranted."
    )
    f = facts(
        "Low-dose naltrexone co-prescribed with SSRIs for depression in primary care: a "
        "retrospective cohort study",
        abstract,
        JOURNAL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.design == "observational"


@pytest.mark.parametrize("slope", SLOPES)
@pytest.mark.parametrize("where", ["results", "conclusions", "unlabelled"])
def test_slope_unit_is_no_dose(slope: str, where: str) -> None:
    if where == "results":
        abstract = f"Methods: {OWN}\nResults: Mean PHQ-9 fell by 4 points. {slope}"
    elif where == "conclusions":
        abstract = f"Methods: {OWN}\nResults: Mean PHQ-9 fell by 4 points.\nConclusions: {slope}"
    else:
        abstract = f"{OWN} Mean PHQ-9 fell by 4 points. {slope}"
    assert facts(COHORT, abstract, JOURNAL).ldn_doses_mg == [1.5, 4.5]


def test_single_dose_trial_keeps_its_dose() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg nightly or placebo.\nResults: MADRS fell by 4 points more with naltrexone; "
        "plasma naltrexol rose by 2 ng/mL per 1 mg."
    )
    f = facts("Low-dose naltrexone in major depressive disorder: a randomised trial", abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_arm_told_after_per_stays() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "1.5 mg, naltrexone 4.5 mg or placebo, with 20 participants per 1.5 mg arm.\n"
        "Results: MADRS fell most at 4.5 mg."
    )
    f = facts("Two doses of low-dose naltrexone in depression: a randomised trial", abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
