"""Kinds from blind batch 189 (session 70, first measured on the src of bdc4cf23), written
again in other words.

- holdout793 52206107 (a false larger-trials verdict): a post hoc analysis that says "In
  this post hoc analysis we examined patients of the trial with baseline hs-CRP of 3 mg/L
  or more", then, in its methods, "Of the 168 randomised participants, 151 provided a
  baseline blood sample and 44 had hs-CRP >= 3 mg/L (LDN n = 23, placebo n = 21)": its
  sample is the 44, not the 151 with a sample.
"""

from __future__ import annotations

from written import RCT, facts, gaps


def _post_hoc(methods_opening: str) -> tuple[str, str]:
    title = (
        "Inflammation and response to low-dose naltrexone augmentation in depression: a post "
        "hoc analysis of a randomised trial"
    )
    text = (
        "Background: In the ELEVATE trial, adding low-dose naltrexone 4.5 mg/day to an SSRI "
        f"reduced depressive symptoms more than placebo. Methods: {methods_opening} Of the "
        "180 randomised participants, 160 provided a baseline blood sample and 46 had "
        "hs-CRP >= 3 mg/L (LDN n = 24, placebo n = 22); all were taking an SSRI. Results: "
        "Among patients with raised hs-CRP, MADRS fell by 14.9 points with LDN and 8.3 with "
        "placebo."
    )
    return title, text


def test_a_post_hoc_analysis_of_a_raised_marker_counts_that_part() -> None:
    title, text = _post_hoc(
        "In this post hoc analysis we examined patients of the trial with baseline hs-CRP "
        "of 3 mg/L or more."
    )
    assert facts(title, text, RCT).n == 46
    assert "larger-trials" not in gaps(title, text, RCT)


def test_a_post_hoc_analysis_of_everyone_with_a_sample_counts_them() -> None:
    # (control: the report takes everyone with a sample and compares the two parts)
    title, text = _post_hoc(
        "In this post hoc analysis we examined whether baseline hs-CRP moderated the effect."
    )
    assert facts(title, text, RCT).n == 160
