"""Kinds met in blind batch 116 (session 53, measured on the code of a953e06e), each written
again in other words.

- holdout462 51100010: "to compare ... two doses of low-dose naltrexone monotherapy with
  sertraline" joined sertraline to LDN ("monotherapy with"), though sertraline was a group
  of its own: a false serotonergic verdict.
- holdout462 51100015: "4.5 mg in the morning and at bedtime for 4 weeks each, in randomized
  order" read as twice daily (9 mg, off-topic); "on lithium or valproate (plus an SSRI in
  11)" read the SSRI as describing valproate.
- holdout463 51100031: SSRIs "tapered over 2 weeks and followed by a 1-week drug-free
  run-in" before LDN alone: read as taken with LDN (a false serotonergic verdict).
- holdout463 51100021: "no participant discontinued the SSRI" read as everyone stopping it.
- holdout463 51100033, 51100026: arm sizes "Twenty-one, 20 and 22 participants were
  randomised to the ... arms" and an extension's "34 from the naltrexone arm and 27 from
  the placebo arm entered" not summed (larger trials missed).
- holdout463 51100024/25/27/32/34: a "5-mL oral syringe" read as a 5 mg dose; "The target is
  40 participants in each arm" not a planned size; "weekly doses ranged from 3.5 to 31.5 mg"
  not divided by seven; drops counted again in each step ("two drops in week 2") lost; a
  raise "in participants without at least a 20% improvement" not read as for non-responders.
- registry109 NCT00260024: "Participants must not take antidepressants, including low-dose
  amitriptyline" read amitriptyline as taken.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps


def test_a_drug_compared_with_ldn_given_at_two_doses_is_a_comparator() -> None:
    title = "Low-dose naltrexone monotherapy versus escitalopram in late-life depression"
    text = (
        "Objective: To compare the efficacy of two doses of low-dose naltrexone monotherapy "
        "with escitalopram in older adults with major depressive disorder.\n"
        "Methods: Ninety patients (HAMD-17 >= 18) were randomly divided into a naltrexone "
        "1.5 mg/d group, a naltrexone 4.5 mg/d group and an escitalopram 10 mg/d group; no "
        "other antidepressant was allowed.\n"
        "Results: HAMD-17 fell most with 4.5 mg and escitalopram (P < 0.05)."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_two_times_of_day_compared_in_periods_are_one_daily_dose() -> None:
    text = (
        "Twenty-four adults with major depression (MADRS >= 18) on stable escitalopram took "
        "naltrexone 3 mg in the morning and at bedtime for 3 weeks each, in random order. "
        "MADRS fell by 5 points overall (p = 0.01)."
    )
    f = facts("Morning versus bedtime low-dose naltrexone: a crossover study", text, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [3.0]


def test_the_same_dose_morning_and_evening_is_still_twice_daily() -> None:
    text = (
        "Twenty adults with major depression on sertraline took naltrexone 1.5 mg morning and "
        "evening for 8 weeks. MADRS fell by 6 points."
    )
    assert facts("Low-dose naltrexone with sertraline", text, TRIAL).ldn_doses_mg == [3.0]


def test_a_drug_added_in_brackets_after_a_mood_stabiliser_is_taken() -> None:
    text = (
        "Thirty outpatients with bipolar depression (MADRS >= 18), on stable lithium (plus an "
        "SNRI in 9), took naltrexone 4.5 mg nightly for 8 weeks. MADRS fell by 7 points."
    )
    f = facts("Low-dose naltrexone in bipolar depression", text, TRIAL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_an_antidepressant_tapered_before_a_drug_free_run_in_is_not_taken_with_ldn() -> None:
    title = "Naltrexone 4.5 mg as monotherapy after antidepressant discontinuation"
    text = (
        "Methods: Adults with major depression (MADRS >= 20) who wished to stop their SSRI "
        "were enrolled. The SSRI was tapered over 3 weeks and followed by a 2-week "
        "medication-free washout. Participants were then randomised to naltrexone 4.5 mg or "
        "placebo for 10 weeks.\n"
        "Results: Sixty were randomised; before the taper, 40 had taken sertraline. MADRS "
        "fell more with naltrexone (p = 0.02)."
    )
    assert facts(title, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_an_antidepressant_nobody_stopped_is_taken_with_ldn() -> None:
    title = "Adjunctive low-dose naltrexone for depression on SSRIs"
    text = (
        "Methods: Adults with major depression (MADRS >= 22) on an SSRI, continued unchanged, "
        "were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: Eighty were randomised; no participant discontinued the SSRI. MADRS fell "
        "more with naltrexone (p = 0.03)."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]
    assert gaps(title, text, RCT)["serotonergic-combination"] == "addressed"


def test_arm_sizes_listed_in_the_order_of_the_arms_add_up() -> None:
    text = (
        "Methods: Adults with major depression on an SSRI were randomised (1:1:1) to "
        "naltrexone 0.5 mg, naltrexone 2 mg or placebo for 8 weeks.\n"
        "Results: Twenty-two, 21 and 20 participants were randomised to the 0.5 mg, 2 mg and "
        "placebo arms, and 55 completed."
    )
    f = facts("Two low doses of naltrexone for depression", text, RCT)
    assert f.n == 63


def test_an_extension_counted_by_its_parent_arms_adds_them() -> None:
    title = "Open-label extension of adjunctive low-dose naltrexone in depression"
    text = (
        "Methods: Completers of an 8-week placebo-controlled trial of LDN added to SSRIs could "
        "enter a 16-week open-label extension on naltrexone 4.5 mg, continuing their SSRI.\n"
        "Results: Thirty participants from the naltrexone arm and 26 from the placebo arm "
        "entered the extension; 47 completed it."
    )
    assert facts(title, text, TRIAL).n == 56


def test_a_per_arm_target_makes_the_planned_size() -> None:
    text = (
        "Methods: Adults with major depression on an SNRI will be randomised 1:1:1 to "
        "naltrexone 2 mg, naltrexone 4.5 mg or placebo nightly for 10 weeks. The target is 45 "
        "participants in each arm."
    )
    assert facts("Two doses of LDN with SNRIs: protocol", text, PROTOCOL).n == 135


def test_the_volume_of_a_syringe_is_no_dose() -> None:
    text = (
        "Methods: Adults with major depression on duloxetine will be randomised to "
        "naltrexone oral solution (1 mg/mL) 1 mL or 3 mL, or placebo, nightly; bottles come "
        "with 5-mL oral syringes. We will randomise 40 per arm."
    )
    f = facts("Two doses of liquid LDN with duloxetine: protocol", text, PROTOCOL)
    assert f.ldn_doses_mg == [1.0, 3.0]


def test_weekly_doses_from_dispensing_records_are_divided_by_seven() -> None:
    text = (
        "Methods: We reviewed dispensing records of adults with major depression who were "
        "dispensed LDN for 8 weeks or more; weekly doses ranged from 7 to 21 mg.\n"
        "Results: We included 150 patients; PHQ-9 fell from 15 to 11."
    )
    f = facts("Low-dose naltrexone in routine care: a retrospective cohort", text, JOURNAL)
    assert f.ldn_doses_mg == [1.0, 3.0]


def test_drops_counted_again_at_each_step_end_at_the_last() -> None:
    text = (
        "Methods: Adolescents with major depression on fluoxetine received a naltrexone "
        "solution (1 mg per drop): one drop nightly in week 1, two drops in week 2, and three "
        "drops from week 3 to week 10. Twenty were enrolled.\n"
        "Results: CDRS-R fell by 12 points."
    )
    f = facts("Sublingual naltrexone drops added to fluoxetine", text, TRIAL)
    assert f.ldn_doses_mg == [3.0]


@pytest.mark.parametrize(
    "who",
    [
        "in participants without at least a 30% improvement in pain",
        "in participants without a clear improvement",
    ],
)
def test_a_raise_for_those_without_enough_improvement_lists_both_levels(who: str) -> None:
    text = (
        "Methods: Adults with fibromyalgia and depressive symptoms were randomised to LDN or "
        f"placebo. Naltrexone was given at 1.5 mg daily and increased to 4.5 mg from week 4 {who}."
        "\nResults: Seventy were randomised; PHQ-9 fell more with LDN (p = 0.04)."
    )
    f = facts("Low-dose naltrexone in fibromyalgia: mood outcomes", text, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_a_rule_that_participants_must_not_take_antidepressants_names_none_taken() -> None:
    # registry109 NCT00260024: "Participants must not take antidepressants, including
    # low-dose amitriptyline" read amitriptyline as taken with LDN
    text = (
        "Forty adults with major depression received, in random order, naltrexone 1.5 mg and "
        "4.5 mg, each for 4 weeks. Participants must not take antidepressants, including "
        "low-dose trazodone. MADRS was rated weekly."
    )
    f = facts("Two doses of low-dose naltrexone: a crossover trial", text, RCT)
    assert f.concomitant_classes == []
