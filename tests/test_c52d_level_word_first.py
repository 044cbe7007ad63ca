"""Two dose arms named by their level words, the longer word first, each with its dose
in brackets ("randomised to conventional (4.5 mg) or reduced (1 mg) naltrexone"): the
first arm's dose is given by the allocation verb before its level word, however long
the word (CONTRACT.md: ``ldn_doses_mg`` lists each arm's dose; two LDN doses compared set
``compares_doses``). Round 52, c52d; the kind was met by other engineers writing probes
(no bench record): the wording above lost 4.5 mg, the reverse order kept both. A
standard dose in brackets ("conventional (50 mg)") is no LDN arm, "conventional
antidepressants" no dose, and a reference dose with no second arm stays a reference."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for major depressive disorder: a randomised trial"
END = " Depression scores improved in both groups."


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the wording met, and its reverse
        (
            "Sixty adults with major depressive disorder were randomised to conventional "
            "(4.5 mg) or reduced (1 mg) naltrexone.",
            [1.0, 4.5],
        ),
        (
            "Sixty adults with major depressive disorder were randomised to reduced (1 mg) "
            "or conventional (4.5 mg) naltrexone.",
            [1.0, 4.5],
        ),
        # probes: other level words, doses, joins
        (
            "Eighty outpatients with major depression were assigned to customary (4.5 mg) or "
            "lower (1.5 mg) naltrexone nightly.",
            [1.5, 4.5],
        ),
        (
            "Seventy adults with treatment-resistant depression were allocated to "
            "conventional-dose (3 mg) versus very-low-dose (0.5 mg) naltrexone.",
            [0.5, 3.0],
        ),
        (
            "Ninety adults with major depression were randomized to typical (4.5 mg) and "
            "half (2.25 mg) naltrexone doses.",
            [2.25, 4.5],
        ),
    ],
)
def test_both_level_arms_kept(methods: str, doses: list[float]) -> None:
    f = facts(TITLE, methods + END, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "methods",
    [
        # a standard dose is no LDN arm
        "Sixty adults with major depressive disorder were randomised to conventional "
        "(50 mg) or reduced (1 mg) naltrexone.",
        # "conventional" naming antidepressants, no dose
        "Sixty adults with major depressive disorder taking conventional antidepressants "
        "were randomised to naltrexone 1 mg or placebo.",
        # a reference dose with no second arm
        "Sixty adults with major depressive disorder received naltrexone 1 mg; the "
        "conventional (4.5 mg) dose is used in practice.",
    ],
)
def test_one_ldn_dose_only(methods: str) -> None:
    f = facts(TITLE, methods + END, RCT)
    assert f.ldn_doses_mg == [1.0]
    assert not f.compares_doses
