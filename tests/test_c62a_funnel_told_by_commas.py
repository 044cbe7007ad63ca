"""Kind: a trial's flow told in steps joined by commas alone, each count with its bare
participle ("112 screened, 45 randomised (15 per arm)"), gives the randomised step as n,
as "... screened and 45 randomised" does; the pool screened never is.

Round 62, c62a; record holdout213 23800008 ("• Participants: 112 screened, 45 randomised
(15 per arm), MDD on bupropion XL or a psychostimulant.").
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

CASES = [
    # the record's wording, one unlabelled block of bullets
    (
        "Three doses of low-dose naltrexone in depression on bupropion: a randomised "
        "dose-comparison trial",
        "• Design: double-blind, parallel, 3 dose arms, no placebo. • Participants: 112 "
        "screened, 45 randomised (15 per arm), MDD on bupropion XL. • Doses: 0.5 mg / 2 mg / "
        "4.5 mg once daily, 8 wk.",
        RCT,
        45,
    ),
    # labelled methods, results, words for numbers, other verbs
    (
        "Low-dose naltrexone added to sertraline: a pilot trial",
        "Methods: Adults on sertraline with MDD; 80 assessed for eligibility, 36 enrolled, "
        "31 completed.\nResults: MADRS fell by 9 points with naltrexone 3 mg.",
        TRIAL,
        36,
    ),
    (
        "Naltrexone 2 mg versus placebo added to escitalopram in depression",
        "Results: Ninety-one screened, sixty randomly assigned; response was 45% with "
        "naltrexone and 27% with placebo.",
        RCT,
        60,
    ),
    (
        "Low-dose naltrexone for depression on vortioxetine: randomised trial",
        "Of adults with MDD on vortioxetine 150 were approached, 58 randomised to naltrexone "
        "4.5 mg or placebo. MADRS fell more with naltrexone.",
        RCT,
        58,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "n"), CASES)
def test_the_randomised_step_is_n(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    assert facts(title, abstract, types).n == n


def test_under_fifty_stays_a_near_miss() -> None:
    title, abstract, types, _ = CASES[0]
    assert "larger-trials" not in gaps(title, abstract, types)
