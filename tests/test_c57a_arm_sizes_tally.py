"""Kind: a bracketed tally of the arms' sizes ("(naltrexone 40, sertraline 40)", "(LDN n = 29,
escitalopram n = 31)") names the arms: an antidepressant named in it is the arm of its own it
counts, not a co-medication named outside every arm, and the watched drug's name in it does
not put the watched drug into the arm it follows. Only an item naming both ("naltrexone plus
sertraline 40") counts it as taken together (CONTRACT.md, "concomitant_classes": a
comparator arm does not count). A false "addressed" otherwise.

Round 57, c57a; the record that showed it: preprints53 PPR4600003 (its tally "(LDN 29,
placebo 32)" is what made the trial's "added to SSRIs or SNRIs" look like arms; the probes
for the same tally with an antidepressant arm read "serotonergic" before this fix).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

T = "Low-dose naltrexone in major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    "abstract",
    [
        # methods, the tally after the arms
        "Methods: 80 adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or sertraline 100 mg (naltrexone 40, sertraline 40).\nResults: MADRS fell "
        "similarly in both arms.",
        # results, counted with "n ="
        "Methods: Adults with major depressive disorder were randomised to low-dose naltrexone "
        "or escitalopram.\nResults: Of 60 randomised to naltrexone 3 mg or escitalopram 10 mg "
        "(LDN n = 29, escitalopram n = 31), 52 completed; HAM-D fell similarly.",
        # an unlabelled abstract, the tally with a colon
        "We randomised 72 adults with major depressive disorder to naltrexone 2 mg daily or "
        "duloxetine 60 mg daily (naltrexone: 36; duloxetine: 36). MADRS fell similarly.",
    ],
)
def test_an_arm_counted_in_a_tally_is_a_comparator(abstract: str) -> None:
    assert facts(T, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(T, abstract, RCT)


def test_a_tally_item_naming_both_is_taken_together() -> None:
    abstract = (
        "Methods: 80 adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo (naltrexone plus sertraline 40, placebo plus sertraline "
        "40).\nResults: MADRS fell more with naltrexone."
    )
    assert facts(T, abstract, RCT).concomitant_classes == ["serotonergic"]
    assert gaps(T, abstract, RCT)["serotonergic-combination"] == "addressed"
