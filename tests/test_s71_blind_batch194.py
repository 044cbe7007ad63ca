"""Kinds from blind batch 194 (session 71, first measured on the src of 2c45fdc3), written
again in other words.

- holdout818 52206610 (a false larger-trials verdict): a trial of LDN "in fibromyalgia"
  reporting its depressive symptom outcomes "overall and in the subgroup meeting criteria
  for major depressive disorder": the depressed people are a subgroup of a sample selected
  for another condition, no depression population (CONTRACT.md).
- holdout820 52206642: a protocol that "will randomise 50 participants to each active arm
  and 50 to placebo" in a four-arm trial (three doses and placebo) plans 200, not 50.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts, gaps

_TITLE = (
    "Low-dose naltrexone in chronic widespread pain: mood outcomes of a randomised trial, "
    "including patients with comorbid depression"
)


def _trial(objective: str) -> str:
    return (
        f"Objective: {objective}\n"
        "Methods: Adults with chronic widespread pain were randomised to naltrexone 4.5 mg or "
        "placebo nightly for 12 weeks. Depressive symptoms were rated with the PHQ-9.\n"
        "Results: One hundred and twenty patients were randomised; 41 met criteria for "
        "current major depression. PHQ-9 fell by 3.1 with LDN and 1.4 with placebo."
    )


def test_a_subgroup_meeting_criteria_for_depression_is_no_depressed_population() -> None:
    text = _trial(
        "We report depressive symptom outcomes of a randomised trial of LDN in chronic "
        "widespread pain, overall and in the subgroup meeting criteria for major depressive "
        "disorder."
    )
    got = facts(_TITLE, text, RCT)
    assert got.on_topic
    assert not got.depression_population
    assert "larger-trials" not in gaps(_TITLE, text, RCT)


def test_a_trial_taking_in_people_with_both_conditions_selects_for_depression() -> None:
    # (control: everyone taken in has the watched condition too)
    text = _trial("We report mood outcomes of a randomised trial of LDN.").replace(
        "Adults with chronic widespread pain were randomised",
        "Adults with chronic widespread pain and current major depressive disorder (PHQ-9 >= "
        "10) were randomised",
    )
    assert facts(_TITLE, text, RCT).depression_population


_PROTOCOL_TITLE = (
    "Three doses of low-dose naltrexone added to SSRIs in major depression: protocol for a "
    "randomised, placebo-controlled dose-finding trial"
)


def _protocol(sizes: str) -> str:
    return (
        "Methods: Adults with major depressive disorder on a stable SSRI will be randomised "
        "to naltrexone 1 mg, 2.5 mg or 4.5 mg daily, or placebo, for 8 weeks. Allowing for "
        f"attrition, we will randomise {sizes}. The primary outcome is MADRS change."
    )


def test_one_size_for_each_active_arm_and_one_for_placebo_adds_up() -> None:
    got = facts(
        _PROTOCOL_TITLE, _protocol("30 participants to each active arm and 30 to placebo"), PROTOCOL
    )
    assert got.n == 120


def test_a_total_told_as_such_stays_the_total() -> None:
    # (control)
    got = facts(_PROTOCOL_TITLE, _protocol("120 participants in total"), PROTOCOL)
    assert got.n == 120
