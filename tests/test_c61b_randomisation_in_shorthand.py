"""A randomisation written in a poster's clipped shorthand ("rand 1:1", "randzd 2:1", "N=44
rand, 39 compl") is a randomisation: the trial is an ``rct``, whatever the rest of the
record abbreviates. The RAND-36 questionnaire (a quality-of-life scale) randomises nobody.

Round 61, c61b; shown by holdout219 24500002 ("NTX 1 mg bid vs 2 mg bid add-on in TRD pts on
SNRI - interim results (poster)", design rct read as nonrandomized_trial).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

CONGRESS = ("Congress", "Clinical Trial")

RECORD = (
    "NTX 1 mg bid vs 2 mg bid add-on in TRD pts on SNRI - interim results (poster)",
    "Bkgd - LDN untested w/ noradrenergic ADs. Pts - TRD (>=2 failed ADs, current episode "
    "MDD), all on venlafaxine XR or duloxetine >=8 wk stable. Design - DB, rand 1:1, NTX 1 mg "
    "bid (2 mg/d) vs NTX 2 mg bid (4 mg/d), 8 wk. N=44 rand, 39 compl. Res - MADRS chg -8.1 "
    "(2 mg/d) vs -11.6 (4 mg/d), p=.09; insomnia 4 vs 7 pts. Concl - signal for higher dose; "
    "dose-response trial warranted.",
)

PROBES = [
    # the methods: a 2:1 ratio
    (
        "LDN add-on to sertraline in MDD: 12-wk results",
        "Methods: MDD pts on sertraline >=6 wk, randzd 2:1 to NTX 4.5 mg/d or pbo for 12 wk.\n"
        "Results: N=60; MADRS chg -10.2 vs -6.9.",
    ),
    # the title
    (
        "NTX 4.5 mg/d vs pbo, rand 1:1, in MDD pts on escitalopram (poster)",
        "Pts w/ MDD on escitalopram >=8 wk. 32 pts, 8 wk. MADRS chg -9.0 vs -5.5, p=.03.",
    ),
    # an unlabelled abstract: only the count of those randomised says it
    (
        "LDN + citalopram in MDD: interim data (abstract)",
        "Pts w/ MDD on citalopram; NTX 2 mg/d vs pbo x 8 wk; N=30 rand, 27 compl. HAM-D chg "
        "-7.1 vs -4.0.",
    ),
]


def test_the_record() -> None:
    f = facts(*RECORD, CONGRESS)
    assert f.design == "rct"
    assert f.n == 44


@pytest.mark.parametrize("title,abstract", PROBES)
def test_probes(title: str, abstract: str) -> None:
    assert facts(title, abstract, CONGRESS).design == "rct"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: 20 pts w/ MDD on sertraline took open-label NTX 4.5 mg/d for 8 wk; QoL by "
        "RAND-36.\nResults: MADRS fell by 9.",
        "Methods: Open-label, single-arm: 24 adults with MDD on fluoxetine took naltrexone "
        "4.5 mg/day; the RAND 36-item health survey was given at weeks 0 and 8.\nResults: "
        "MADRS fell by 8.",
    ],
)
def test_the_rand_questionnaire_randomises_nobody(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to SSRIs in major depression", abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
