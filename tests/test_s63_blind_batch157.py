"""Kinds from blind batch 157 (session 63, first measured on the src of d7eb1166), written
again in other words.

- holdout636 52202972: a three-arm trial "randomised to LDN 4.5 mg, escitalopram 10 mg or
  both": escitalopram read as only the comparator's, though the third arm takes it with
  LDN (serotonergic combination missed).
"""

from __future__ import annotations

from written import RCT, facts

TITLE = "Low-dose naltrexone, sertraline or their combination in major depression: a pragmatic RCT"


def _allocation(arms: str) -> str:
    return (
        "Methods: Open-label pragmatic trial in 12 practices. Adults with a new major "
        f"depressive episode were randomised to {arms} for 10 weeks. Results: We randomised "
        "156 adults. PHQ-9 fell most in the combination arm."
    )


def test_an_arm_given_both_drugs_takes_the_comparator_with_the_watched_drug() -> None:
    text = _allocation("naltrexone 4.5 mg nightly, sertraline 50 mg daily or the two combined")
    assert facts(TITLE, text, RCT).concomitant_classes == ["serotonergic"]


def test_two_arms_each_given_one_drug_keep_the_comparator_apart() -> None:
    # (control: no arm takes both)
    text = _allocation("naltrexone 4.5 mg nightly or sertraline 50 mg daily")
    assert facts(TITLE, text, RCT).concomitant_classes == []
