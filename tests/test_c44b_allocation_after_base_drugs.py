"""Kind: an allocation whose list of arms opens with a bare dose ("were allocated at random
to 2 mg, 4.5 mg or placebo"), after drugs named only as what the people already take or did
not respond to ("an inadequate response to an SSRI or SNRI"): in a record titled with the
watched drug, every arm's dose is that drug's, not the base drug's. Doses written beside
another drug, standard doses and a cited trial's arms stay out.

Round 44, c44b; the record that showed it: holdout149 16400039 ("Two fixed doses of
low-dose naltrexone ...": [2.0, 4.5] read [4.5], so no dose comparison).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Two fixed doses of low-dose naltrexone as add-on for major depressive disorder with "
    "inadequate response to SSRIs or SNRIs: a randomized controlled trial (preprint)"
)
RECORD = (
    "What is the best dose of low-dose naltrexone (LDN)? Adults with major depression and an "
    "inadequate response to an SSRI or SNRI were allocated at random to 2 mg, 4.5 mg or "
    "placebo, each once daily for 10 weeks, in a ratio of 1:1:1; 138 were randomized at 11 "
    "sites. The 4.5 mg arm separated from placebo on MADRS (-3.6; p = 0.01), the 2 mg arm did "
    "not (-1.2). Findings have not been peer reviewed."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.compares_doses
    assert gaps(TITLE, RECORD, RCT)["dose-finding"] == "addressed"


T = "Low-dose naltrexone as add-on in major depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Adults with treatment-resistant depression despite sertraline or citalopram were "
            "randomized to 1 mg, 2 mg or placebo once daily; 64 were enrolled.",
            [1.0, 2.0],
        ),
        (
            "Patients with bipolar depression who had not responded to an SNRI or a tricyclic "
            "were allocated at random to 3 mg, 4.5 mg or placebo at night for 6 weeks.",
            [3.0, 4.5],
        ),
        (
            "Women with postpartum depression whose symptoms persisted on an SSRI were "
            "randomised 1:1:1 to 0.5 mg, 1.5 mg or placebo.",
            [0.5, 1.5],
        ),
    ],
)
def test_arms_after_base_drugs(abstract: str, doses: list[float]) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # a dose written beside the base drug is the base drug's
        "Adults with major depression taking sertraline 100 mg were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks.",
        # LDN against a standard dose: one low dose
        "Adults with major depression on an SSRI were randomised to 4.5 mg naltrexone or 50 mg "
        "naltrexone for 8 weeks.",
        # a titration to one target
        "Adults with major depression on an SSRI were randomised to naltrexone or placebo; "
        "naltrexone started at 1.5 mg and was increased to 4.5 mg over two weeks.",
        # a cited trial's arms
        "An earlier trial randomized adults on an SSRI to 2 mg, 4.5 mg or placebo. In this open "
        "trial, 30 adults with major depression on an SSRI received naltrexone 4.5 mg nightly.",
    ],
)
def test_near_misses_stay_one_dose(abstract: str) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
