"""Kind: a study framed as levels given one after another ("sequential dose escalation of
X", "given at three successive levels, each for three weeks") whose doses are named only
as its steps, with their results ("after the 1.5 mg step, ... after the 3 mg step"): each
step is a dose it tested (CONTRACT.md: every step of an explicitly dose-finding
escalation), and the doses are compared. A step's size ("in 1.5 mg steps") and a step of a
titration in a study not so framed are no dose level.

Round 43, c43b; the record that showed it: holdout144 15800004 ([1.5, 3, 4.5], read []).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Sequential dose escalation of low-dose naltrexone in treatment-resistant depression "
    "maintained on serotonin-norepinephrine reuptake inhibitors"
)
RECORD = (
    "Treatment-resistant depression (TRD) remains common despite serotonin-norepinephrine "
    "reuptake inhibitors (SNRIs). We conducted an open-label, single-arm study in outpatients "
    "with TRD (at least two failed trials in the current episode) who were taking venlafaxine "
    "XR (150-300 mg) or duloxetine (60-120 mg), which was kept constant. Naltrexone was given "
    "at three successive levels, each for three weeks, to identify the lowest effective and "
    "best tolerated dose. Thirty-six patients entered and 31 completed. Mean MADRS fell from "
    "29.4 to 24.1 after the 1.5 mg step, to 20.2 after the 3 mg step and to 19.6 after the "
    "4.5 mg step; insomnia and headache were most frequent at 4.5 mg. A dose of 3 mg per day "
    "may be sufficient, and a randomised comparison of 3 mg with 4.5 mg is warranted."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Twenty adults with major depressive disorder on sertraline took naltrexone at "
            "two successive levels, each for four weeks. HAM-D fell by 4.1 points after the "
            "1 mg step and by 7.9 points after the 2 mg step.",
            [1.0, 2.0],
        ),
        (
            "Naltrexone was administered at three consecutive dose levels to adults with "
            "major depressive disorder. Response was 20% at the end of the 0.5 mg step, 35% "
            "after the 1.5 mg step and 41% after the 4.5 mg step.",
            [0.5, 1.5, 4.5],
        ),
    ],
)
def test_steps_named_by_dose(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in major depression: an open-label study", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # a titration to a target, one of its steps named: the target only
        "Twenty adults with major depressive disorder took naltrexone titrated from 1.5 mg "
        "to 4.5 mg over three weeks. Two patients stopped at the 3 mg step because of "
        "insomnia. MADRS fell by 8 points.",
        # a step's size
        "Twenty adults with major depressive disorder took naltrexone raised in 1.5 mg "
        "steps to 4.5 mg nightly. MADRS fell by 8 points.",
    ],
)
def test_titration_steps_stay_steps(abstract: str) -> None:
    f = facts("Low-dose naltrexone in major depression: an open-label study", abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
