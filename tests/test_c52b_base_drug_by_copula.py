"""Kind: the people's own antidepressant named by a copula ("the 71 participants whose
background antidepressant was venlafaxine or duloxetine"), followed by the arms of the
watched drug told with their sizes ("(1 mg, n = 24; 4.5 mg, n = 23; placebo, n = 24)"):
the arms' low doses are the titled drug's, not the base drug's that stands next to them.
A base drug written with its own dose keeps it, and its usual dose is never a low arm.

Round 52, c52b; the record that showed it: holdout180 19900018 (doses [1, 4.5] and
dose-finding, read [4.5]: the 1 mg arm was given to duloxetine).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Anhedonia response to two doses of low-dose naltrexone in patients taking SNRIs: a "
    "secondary analysis of the NALTRO-AUG randomized clinical trial"
)
RECORD = (
    "Methods: Pre-specified secondary analysis of the 71 NALTRO-AUG participants whose "
    "background antidepressant was venlafaxine, desvenlafaxine or duloxetine (1 mg, n = 24; "
    "4.5 mg, n = 23; placebo, n = 24).\n"
    "Results: Anhedonia improved with 4.5 mg (difference vs placebo -2.9, p = 0.02) but not "
    "with 1 mg."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.compares_doses
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}


TWO_DOSE_TITLE = "Two doses of low-dose naltrexone added to antidepressants: a secondary analysis"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Post-hoc analysis of the 60 adults with major depressive disorder whose background "
            "antidepressant was sertraline or escitalopram (2 mg, n = 20; 4.5 mg, n = 20; "
            "placebo, n = 20). MADRS change was compared across arms.",
            [2.0, 4.5],
        ),
        (
            "We analysed 48 randomised patients with major depression whose concurrent "
            "medication was duloxetine (1.5 mg, n = 16; 3 mg, n = 16; placebo, n = 16).",
            [1.5, 3.0],
        ),
        (
            "Among the 40 depressed outpatients whose SSRI was fluoxetine (0.5 mg, n = 20; "
            "4.5 mg, n = 20), response rates were similar.",
            [0.5, 4.5],
        ),
    ],
)
def test_arms_after_a_base_drug_named_by_copula(abstract: str, doses: list[float]) -> None:
    f = facts(TWO_DOSE_TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # the base drug has its own dose: one naltrexone arm against placebo
        "Secondary analysis of 80 adults with major depressive disorder whose background "
        "antidepressant was venlafaxine 150 mg, randomised to naltrexone 4.5 mg (n = 40) or "
        "placebo (n = 40).",
        # the base drug's dose, sized, outside the band: not an arm of the watched drug
        "Secondary analysis of 60 adults with major depressive disorder whose background "
        "antidepressant was duloxetine (60 mg, n = 30; 120 mg, n = 30); all were randomised "
        "to naltrexone 4.5 mg or placebo.",
    ],
)
def test_near_misses_keep_one_dose(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to antidepressants: a secondary analysis", abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
