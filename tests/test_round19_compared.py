"""Round 19 (c19c), dose comparisons that are real: two LDN doses given to different arms
or periods, each assessed, said in ways the classifier had read as one schedule or had
half missed: each alternative named "a lower dose (1.5 mg) or a higher dose (4.5 mg)",
a crossover giving every dose in random order, and arms each given "for 12 weeks"
(read as a timed titration)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Two doses of low-dose naltrexone in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "levels"),
    [
        (
            "Adults with MDD were allocated to a lower dose (1.5 mg) or a higher dose (4.5 mg) "
            "of naltrexone added to their SSRI.",
            [1.5, 4.5],
        ),
        (
            "In this crossover trial, 20 adults with MDD took naltrexone 1.5 mg and 4.5 mg, "
            "each for four weeks in random order, separated by a two-week washout.",
            [1.5, 4.5],
        ),
        (
            "Twenty adults with MDD each received naltrexone 2 mg and 4.5 mg for three weeks "
            "apiece, the order counterbalanced.",
            [2.0, 4.5],
        ),
        (
            "Adults with MDD were randomised to naltrexone 4.5 mg for 12 weeks or 1.5 mg for "
            "12 weeks.",
            [1.5, 4.5],
        ),
        (
            "Adults with MDD were randomised to naltrexone 1 mg nightly for 8 weeks or 4 mg "
            "nightly for 8 weeks.",
            [1.0, 4.0],
        ),
    ],
)
def test_doses_given_to_different_arms_or_periods_are_compared(
    methods: str, levels: list[float]
) -> None:
    f = facts(TITLE, f"Methods: {methods}\nResults: MADRS fell more with the higher dose.", RCT)
    assert f.ldn_doses_mg == levels
    assert f.compares_doses


def test_a_crossover_of_ldn_and_placebo_compares_no_doses() -> None:
    abstract = (
        "Methods: In a crossover design, 20 adults with MDD took LDN (titrated from 1.5 mg to "
        "4.5 mg) and placebo for 4 weeks each.\nResults: MADRS was lower on LDN."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
