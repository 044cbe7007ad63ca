"""Kinds from blind batch 165 (session 65, first measured on the src of f4047d4e, batch
164's fixes), written again in other words.

- holdout674 52203722: a secondary analysis of LDN alone against escitalopram, saying
  "escitalopram was given only in the comparator arm" and "the improvement with LDN
  exceeded that with escitalopram", read escitalopram as taken with LDN (a false
  serotonergic verdict); its "Of 96 randomised participants, 88 ... contributed to the
  analysis" gave 96.
- holdout675 52203743: bupropion "cross-tapered over two weeks to vortioxetine; the
  naltrexone solution was continued without change" read bupropion as never taken with it.
"""

from __future__ import annotations

from written import CASE, RCT, facts, gaps


def test_a_drug_given_only_in_the_comparator_arm_is_not_taken_with_the_drug() -> None:
    title = "Sleep outcomes with low-dose naltrexone alone or sertraline: a secondary analysis"
    text = (
        "Background: The SOLO trial compared LDN monotherapy with sertraline in "
        "antidepressant-free adults with major depression.\n"
        "Methods: This secondary analysis included randomised participants with sleep "
        "ratings. Participants had received naltrexone 4.5 mg nightly with placebo, or "
        "sertraline 50-100 mg with placebo, for 8 weeks.\n"
        "Results: Of 110 randomised participants, 101 contributed to the analysis. The "
        "improvement in sleep with LDN exceeded that with sertraline by 1.4 points.\n"
        "Conclusions: Because sertraline was given only in the comparator arm, these data say "
        "nothing about combining LDN with an SSRI."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_those_who_contributed_to_the_analysis_are_a_secondary_analysis_sample() -> None:
    title = "Sleep outcomes with low-dose naltrexone alone or sertraline: a secondary analysis"
    text = (
        "Background: The SOLO trial compared LDN monotherapy with sertraline in "
        "antidepressant-free adults with major depression.\n"
        "Methods: This secondary analysis included randomised participants with sleep "
        "ratings.\n"
        "Results: Of 110 randomised participants, 101 contributed to the analysis."
    )
    assert facts(title, text, RCT).n == 101


def test_a_drug_added_to_in_every_arm_is_still_taken() -> None:
    # (control: sertraline given with LDN or placebo)
    title = "Sleep outcomes with low-dose naltrexone added to sertraline: a randomised trial"
    text = (
        "Methods: Adults with major depression on sertraline were randomised to naltrexone "
        "4.5 mg or placebo added to sertraline for 8 weeks.\n"
        "Results: A total of 110 were randomised. Sleep improved more with LDN plus "
        "sertraline."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_a_drug_switched_away_from_while_the_drug_went_on_was_taken_with_it() -> None:
    title = "Low-dose naltrexone through a change of antidepressant: a case report"
    text = (
        "A 38-year-old man with persistent depressive disorder on bupropion XL 300 mg/day "
        "added naltrexone 3 mg at bedtime; after 8 weeks his PHQ-9 was 11. At week 12 he "
        "developed tremor, and bupropion was cross-tapered over two weeks to escitalopram "
        "10 mg/day; the naltrexone was continued unchanged. His PHQ-9 later fell to 5."
    )
    assert sorted(facts(title, text, CASE).concomitant_classes) == [
        "dopaminergic",
        "serotonergic",
    ]
