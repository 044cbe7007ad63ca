"""Kind: an adaptive design tells its allocation as a noun, "allocation probabilities to
X 0.5 mg, 1.5 mg and 4.5 mg were updated", "assignment probabilities across 1.5, 3 and
4.5 mg": the doses it allocates between are arms, compared, as "randomised to" them
would be. An allocation's concealment or ratio beside one dose and a titration, a
flexible range, a lowering for the intolerant or a standard dose stays as it was.

Round 48, c48a; no record showed it: written probes of the dose-finding recall brief
(adaptive/Bayesian allocation; read as "one schedule, not compared arms").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts

T = "Low-dose naltrexone for depression: an adaptive randomised trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "We used a Bayesian adaptive design in which allocation probabilities to "
            "naltrexone 0.5 mg, 1.5 mg and 4.5 mg were updated monthly. 132 adults with "
            "major depression were randomised.",
            [0.5, 1.5, 4.5],
        ),
        (
            "We used a response-adaptive design; allocation ratios to naltrexone 1 mg, 2 mg "
            "and 4 mg were updated monthly. 132 adults with major depression took part.",
            [1.0, 2.0, 4.0],
        ),
        (
            "In this Bayesian trial of 140 adults with major depressive disorder, assignment "
            "probabilities across LDN 1.5 mg, 3 mg and 4.5 mg and placebo were re-estimated "
            "after every 20 participants.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_adaptive_allocation_between_doses(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_protocol_still_compares() -> None:
    f = facts(
        T,
        "Protocol: 200 adults with major depression will be randomised; allocation "
        "probabilities among naltrexone 1 mg, 2.5 mg and 4.5 mg will be adapted at interim "
        "analyses.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "types", "doses"),
    [
        (
            "After allocation, 60 adults with major depression started naltrexone 1.5 mg and "
            "were titrated to 4.5 mg over two weeks.",
            TRIAL,
            [4.5],
        ),
        (
            "Allocation was concealed. Seventy adults with major depression received LDN "
            "1.5-4.5 mg as tolerated.",
            TRIAL,
            [1.5, 4.5],
        ),
        (
            "Allocation probabilities to naltrexone 4.5 mg or 50 mg were updated monthly in "
            "100 adults with major depression.",
            RCT,
            [4.5],
        ),
    ],
)
def test_near_misses_compare_nothing(
    abstract: str, types: tuple[str, ...], doses: list[float]
) -> None:
    f = facts(T, abstract, types)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
