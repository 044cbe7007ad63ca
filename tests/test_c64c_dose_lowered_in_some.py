"""Kind: in a trial with a fixed dose (a titration to one target), a reduction that
happened to some of its people ("nine participants whose dose was lowered to 3 mg for
vivid dreams") is a tolerability change, not a dose anyone was assigned to: the dose list
stays the target. A reduction the protocol allows for whoever needs it ("the dose could
be lowered to 3 mg") is the low end of a flexible dose and still gives both ends, and a
lower dose people were randomised to stays (CONTRACT.md, ``ldn_doses_mg``). Only a
randomised trial assigns its doses so: a case series or single-arm study keeps the level
some were lowered to (rounds 38 and 41 settled that).

Round 64, c64c; the record that showed it: holdout26 79100018 (LIFT-D; label [4.5], read
[3.0, 4.5] from "nine participants in the naltrexone group whose dose was lowered to 3 mg
for vivid dreams stayed in the analysis").
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = (
    "Low-dose naltrexone versus placebo as augmentation of SSRIs and SNRIs in adults with "
    "major depressive disorder (LIFT-D): a multicentre, double-blind, randomised controlled "
    "trial"
)
RECORD = (
    "Methods: In this multicentre, double-blind, placebo-controlled trial done at six "
    "sites, adults with major depressive disorder (MADRS >=20) despite at least 6 weeks of "
    "an SSRI or SNRI were randomly assigned (1:1) to naltrexone or matching placebo for 12 "
    "weeks, continuing their antidepressant unchanged. Naltrexone was started at 1.5 mg and "
    "titrated over 2 weeks to 4.5 mg nightly; nine participants in the naltrexone group "
    "whose dose was lowered to 3 mg for vivid dreams stayed in the analysis. The primary "
    "outcome was change in MADRS at week 12.\n\nFindings: We randomly assigned 164 (82 "
    "naltrexone, 82 placebo). Mean MADRS change was -12.9 with naltrexone and -9.6 with "
    "placebo."
)
START = (
    "Adults with major depressive disorder were randomly assigned to naltrexone or placebo. "
    "Naltrexone was started at 1 mg and titrated over one week to 4 mg at night"
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        f"Methods: {START}; in one patient the dose was reduced to 2 mg because of insomnia.",
        f"{START}. The dose was cut to 2 mg in four participants with nausea.",
        f"Methods: {START}; six patients whose dose was decreased to 3 mg for headache "
        "completed the trial.",
        f"{START}. Results: the dose had to be reduced to 2 mg in 11 participants.",
        f"{START}; in seven women the dose was lowered to 2 mg for vivid dreams. "
        "Conclusions: naltrexone was well tolerated.",
    ],
)
def test_a_reduction_some_had(abstract: str) -> None:
    assert facts(
        "Low-dose naltrexone in major depression: a trial", abstract, RCT
    ).ldn_doses_mg == [4.0]


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # the protocol allows the reduction: both ends
        (f"Methods: {START}; the dose could be lowered to 2 mg for vivid dreams.", [2.0, 4.0]),
        (
            f"{START}; if not tolerated, the dose was reduced to 2 mg for the rest of the study.",
            [2.0, 4.0],
        ),
        # a single-arm study's people took the level they were lowered to (round 38/41)
        (
            "Adults with major depressive disorder received naltrexone titrated to 4 mg in an "
            "open-label study; in one patient the dose was reduced to 2 mg because of insomnia.",
            [2.0, 4.0],
        ),
        # a lower dose people were randomised to is an arm
        (
            "Adults with major depressive disorder on naltrexone 4 mg were randomly assigned "
            "to continue 4 mg or to have the dose reduced to 1 mg.",
            [1.0, 4.0],
        ),
    ],
)
def test_allowed_or_assigned_reductions_stay(abstract: str, doses: list[float]) -> None:
    assert facts("Low-dose naltrexone in major depression", abstract, TRIAL).ldn_doses_mg == doses
