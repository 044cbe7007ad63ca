"""Kinds from blind batch 170 (session 66, first measured on the src of 71716d18, session
66's final rules), written again in other words.

- holdout699 52204228: LDN alone against placebo, titled "... with open-label sertraline
  rescue", read sertraline as taken with LDN from the title (a false serotonergic verdict).
"""

from __future__ import annotations

from written import RCT, facts, gaps


def test_a_drug_named_as_the_rescue_in_the_title_is_not_taken_with_the_drug() -> None:
    title = (
        "Low-dose naltrexone for postnatal depression: a randomised trial with escitalopram rescue"
    )
    text = (
        "Methods: Women with a postnatal major depressive episode, not taking antidepressants, "
        "were randomised to LDN 3 mg or placebo nightly for 8 weeks. Women who worsened "
        "received open-label escitalopram 10 mg as rescue and stopped study medication.\n"
        "Results: Sixty women were randomised; EPDS fell more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_a_drug_added_to_in_the_title_is_still_taken() -> None:
    # (control: escitalopram named in the title as what LDN is added to)
    title = "Low-dose naltrexone added to escitalopram for postnatal depression: a randomised trial"
    text = (
        "Methods: Women with a postnatal major depressive episode on escitalopram were "
        "randomised to LDN 3 mg or placebo nightly for 8 weeks.\n"
        "Results: Sixty women were randomised; EPDS fell more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]
