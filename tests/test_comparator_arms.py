"""An antidepressant given to a comparison arm is not taken with the watched drug, however
the arm is named (CONTRACT.md: "a comparator arm does not count"); one taken in every arm
still is. Written for the wordings a registry-style or head-to-head abstract uses."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Naltrexone at a low dose in major depressive disorder: a randomised controlled trial"
RESULT = " Results: depressive symptoms improved in both arms (MADRS difference 1.2, p = 0.4)."

ONLY_IN_THE_OTHER_ARM = [
    "Methods: Ninety-six outpatients with major depressive disorder were randomised to "
    "naltrexone 3 mg at night or placebo for 12 weeks. The control group received "
    "citalopram 20 mg instead of naltrexone.",
    "Methods: Ninety-six outpatients with major depressive disorder took naltrexone 3 mg at "
    "night; controls received citalopram 20 mg daily.",
    "Methods: Naltrexone 3 mg was compared with paroxetine 20 mg in ninety-six outpatients "
    "with major depressive disorder over 12 weeks.",
    "Methods: Ninety-six outpatients with major depressive disorder were randomised 1:1. "
    "Active comparator: paroxetine 20 mg daily. Experimental: naltrexone 3 mg at night.",
    "Methods: Ninety-six outpatients with major depressive disorder were randomised to "
    "naltrexone 3 mg plus placebo or to placebo plus citalopram 20 mg (double dummy).",
    "Methods: Ninety-six outpatients with major depressive disorder; the reference arm was "
    "treated with desvenlafaxine 50 mg, the experimental arm with naltrexone 3 mg.",
    "Methods: Ninety-six outpatients with major depressive disorder received naltrexone 3 mg "
    "or, in the usual-care arm, an SNRI chosen by their physician.",
]

IN_EVERY_ARM = [
    (
        "Methods: Ninety-six outpatients with major depressive disorder were randomised. The "
        "control group continued citalopram with placebo; the active group added naltrexone "
        "3 mg to citalopram.",
        "serotonergic",
    ),
    (
        "Methods: Ninety-six outpatients with major depressive disorder taking an SNRI were "
        "randomised to naltrexone 3 mg or matching placebo; the control group received "
        "placebo capsules.",
        "noradrenergic",
    ),
    (
        "Methods: Ninety-six outpatients with major depressive disorder were randomised to "
        "naltrexone 3 mg plus paroxetine or placebo plus paroxetine.",
        "serotonergic",
    ),
]


@pytest.mark.parametrize("abstract", ONLY_IN_THE_OTHER_ARM)
def test_a_drug_only_the_comparison_arm_takes_is_not_co_medication(abstract: str) -> None:
    found = facts(TITLE, abstract + RESULT, RCT)
    assert found.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(TITLE, abstract + RESULT, RCT)


@pytest.mark.parametrize(("abstract", "cls"), IN_EVERY_ARM)
def test_a_drug_every_arm_takes_is_co_medication(abstract: str, cls: str) -> None:
    assert cls in facts(TITLE, abstract + RESULT, RCT).concomitant_classes
