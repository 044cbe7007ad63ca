"""Kind: a crossover whose two sequences are written out dose by dose ("3 mg then 4.5 mg,
or 4.5 mg then 3 mg") names the doses it compares; each is a period, not a titration step.

Round 42, c42b; the record that showed it: holdout139 15300008 (a crossover "randomized to
one of two sequences: naltrexone 3 mg then 4.5 mg, or 4.5 mg then 3 mg" read as [3.0]).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

RECORD = (
    "Methods: People with relapsing-remitting MS who also met DSM-5 criteria for a current "
    "major depressive episode (PHQ-9 >= 10) and were taking a stable SSRI or SNRI were "
    "randomized to one of two sequences: naltrexone 3 mg then 4.5 mg, or 4.5 mg then 3 mg, "
    "each for 6 weeks with a 2-week washout. Forty-four participants were randomized; 38 "
    "completed both periods.\n"
    "Results: PHQ-9 scores improved in both periods (3 mg: -4.1; 4.5 mg: -5.3; between-dose "
    "p = 0.21)."
)


def test_the_record() -> None:
    f = facts(
        "Two doses of low-dose naltrexone for major depression: a crossover trial", RECORD, RCT
    )
    assert f.ldn_doses_mg == [3.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Adults with major depressive disorder were assigned at random to low-dose "
            "naltrexone 1 mg followed by 4 mg, or 4 mg followed by 1 mg, four weeks each.",
            [1.0, 4.0],
        ),
        (
            "Each participant received LDN 2 mg nightly then 4.5 mg nightly or 4.5 mg "
            "nightly then 2 mg nightly in a randomised order set by pharmacy; depression "
            "was rated with the MADRS.",
            [2.0, 4.5],
        ),
        (
            "Forty outpatients with major depression were randomly allocated to the "
            "sequence naltrexone 1.5 mg then 3 mg or the sequence 3 mg then 1.5 mg "
            "(five weeks per period); HAM-D was the outcome.",
            [1.5, 3.0],
        ),
    ],
)
def test_sequences_written_both_ways(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone for depression", abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # one order only: a titration to its target
        (
            "Adults with major depressive disorder took naltrexone 1.5 mg then 4.5 mg "
            "from week 2 for 12 weeks; MADRS was the outcome.",
            [4.5],
        ),
        # the drug's dose against placebo in both orders: one dose
        (
            "Adults with major depressive disorder were randomized to naltrexone 4.5 mg "
            "then placebo, or placebo then naltrexone 4.5 mg, six weeks each.",
            [4.5],
        ),
    ],
)
def test_near_misses(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone for depression", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
