"""Kinds from blind batch 132 (session 56, first measured on the src of b117c54f), written
again in other words.

- holdout508 52200453: in an LDN-plus-bupropion trial, "Two participants in the placebo arm
  were switched from bupropion to escitalopram" counted escitalopram as taken with LDN (a
  false serotonergic verdict): what only the arm without the watched drug was switched to
  is never taken with it.
"""

from __future__ import annotations

import pytest
from written import facts, gaps

RCT = ["Journal Article", "Randomized Controlled Trial"]
BUPROPION = (
    "Background: Low-dose naltrexone (LDN) may enhance dopaminergic antidepressants.\n\n"
    "Methods: Fifty adults with major depressive disorder on bupropion 300 mg/day for at least "
    "8 weeks were randomised to naltrexone 2 mg daily (n = 25) or placebo (n = 25) for 8 "
    "weeks. {x}\n\n"
    "Results: MADRS fell more with LDN than placebo.\n\n"
    "Conclusions: LDN added to bupropion improved depression."
)
BUPROPION_TITLE = (
    "Low-dose naltrexone added to bupropion in depression: a randomised placebo-controlled trial"
)


@pytest.mark.parametrize(
    "x",
    [
        "Three participants in the placebo arm were switched from bupropion to sertraline at "
        "week 3 and stayed in the analysis; nobody in the LDN arm changed antidepressant.",
        "Three participants in the control group were switched to venlafaxine at week 3.",
    ],
)
def test_what_only_the_placebo_arm_was_switched_to_is_not_taken_with_ldn(x: str) -> None:
    text = BUPROPION.format(x=x)
    assert facts(BUPROPION_TITLE, text, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(BUPROPION_TITLE, text, RCT)


def test_what_the_ldn_arm_was_switched_to_is_still_taken_with_it() -> None:
    x = "Three participants in the LDN arm were switched from bupropion to sertraline at week 3."
    assert "serotonergic" in facts(BUPROPION_TITLE, BUPROPION.format(x=x), RCT).concomitant_classes
