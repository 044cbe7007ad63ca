"""A record that reports a trial's secondary outcomes on their own ("...: secondary outcomes
of the LoDoSE trial", "secondary endpoints from a randomised trial") is a derived report:
its n is the people it analysed ("89 had valid recordings and form this analysis"), said
in its title, its opening sentence or its methods. A trial's own "primary and secondary
outcomes" stay its own report.

Round 60, c60a; shown by holdout208 23300028 ("Actigraphic sleep across three doses of
low-dose naltrexone: secondary outcomes of the LoDoSE trial", n None for 89: a missed
larger-trials).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Actigraphic sleep across three doses of low-dose naltrexone: secondary outcomes of the "
    "LoDoSE trial",
    "Study objectives: Vivid dreams and insomnia limit LDN use. We compared actigraphic sleep "
    "across doses in LoDoSE (NCT07100022). Methods: Participants with treatment-resistant "
    "depression randomised to placebo or naltrexone at bedtime (1.5, 3 or 4.5 mg) wore "
    "actigraphs at baseline and week 10; 89 had valid recordings and form this analysis. "
    "Results: Sleep efficiency fell with dose (placebo 86%, 1.5 mg 85%, 3 mg 83%, 4.5 mg 81%; "
    "p for trend 0.04). Conclusions: Higher LDN doses modestly reduce sleep efficiency.",
)

PROBES = [
    (
        "Mood and sleep with low-dose naltrexone: secondary outcomes of a randomised trial in "
        "depression",
        "Participants with major depression taking escitalopram were randomised to naltrexone "
        "1 mg, 3 mg or placebo (n = 120); 36 provided usable sleep diaries and form this "
        "analysis. Sleep did not differ.",
        36,
    ),
    (
        "Anhedonia with low-dose naltrexone in major depression",
        "This report presents secondary outcomes of the ANHED trial, which randomised 150 adults "
        "with major depression on venlafaxine to naltrexone 4.5 mg or placebo. Forty-four had "
        "complete SHAPS ratings and form this analysis. SHAPS improved.",
        44,
    ),
    (
        "Low-dose naltrexone in major depression",
        "Methods: Secondary endpoints from a randomised trial of naltrexone 2 mg versus placebo "
        "in 130 adults with major depression on duloxetine were examined; 41 had valid "
        "actigraphy recordings and form this analysis.\nResults: Sleep improved.",
        41,
    ),
]


def test_the_record() -> None:
    assert facts(*RECORD, RCT).n == 89
    assert gaps(*RECORD, RCT).get("larger-trials") == "addressed"


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert f.n == n
    assert f.design == "rct"
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_a_trials_own_primary_and_secondary_outcomes() -> None:
    record = (
        "Low-dose naltrexone in major depression: primary and secondary outcomes of the NALDO "
        "randomised trial",
        "We randomised 64 adults with major depression on sertraline to naltrexone 2 mg or "
        "4.5 mg or placebo. 51 had complete sleep data and form this analysis. MADRS improved.",
    )
    assert facts(*record, RCT).n == 64
