"""Kinds met in blind batch 120 (session 54, measured on the code of edd9f9bd to 8fafc31e),
each written again in other words.

- holdout475 51700029: an extension whose former placebo patients "started at 1.5 mg and
  moved to 4.5 mg after one week" listed the start as a dose of its own.
- holdout475 51700031: a subgroup analysis of "61 of the 140 randomized women (44%) [who]
  had PHQ-9 >= 10" counted the parent's 140; its threshold was a sign, not "or more".
- holdout473 51600032: "Participants received X oral solution (1 mg/mL), 2 mL each
  evening, or an identical vehicle" named no arms, so "28 participants to each arm" was
  lost and a count of switches became n = 2; "Antidepressants were not permitted: ..."
  opening the sentence that named the drugs tapered off still read them as taken.
- holdout473 51600028: "seven 4.5-mg capsules (31.5 mg per week), one capsule to be taken
  each night" read as 31.5 mg a day: standard-dose naltrexone, off-topic.
- holdout473 51600026: "212 met the inclusion criteria of at least eight weeks of
  follow-up" counted nobody.
- holdout473 51600035: "closed the 1.5-mg arm, and subsequent participants were randomized
  to the remaining arms" dropped a dose people had been given.
- preprints104 PPR9900056: "Two participants who relapsed restarted escitalopram and left
  the study" read as escitalopram taken with LDN (a false serotonergic-combination).
- preprints104 PPR9900047: an MS cohort whose LDN users "were more often recorded with
  depression", adjusted for it "because depression is a strong determinant of MS fatigue",
  read as measuring mood.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, judge_preprint, preprint

EXTENSION_TITLE = (
    "Low-dose naltrexone with escitalopram for one year: open-label extension of a "
    "randomised trial in major depression"
)
EXTENSION = (
    "Methods: Completers of a 10-week placebo-controlled trial were offered 40 weeks of "
    "open-label LDN 3 mg nightly on top of escitalopram. Participants previously on placebo "
    "started at 1 mg and {raised} 3 mg after one week.\n"
    "Results: Of 70 completers, 52 entered the extension and 41 finished it. MADRS stayed "
    "stable in former LDN patients and fell by 6 points in former placebo patients."
)


@pytest.mark.parametrize("raised", ["moved to", "went to", "progressed to", "moved up to"])
def test_a_start_moved_on_to_its_target_is_a_titration(raised: str) -> None:
    f = facts(EXTENSION_TITLE, EXTENSION.format(raised=raised), TRIAL)
    assert f.ldn_doses_mg == [3.0]
    assert f.compares_doses is False


def test_people_moved_to_another_phase_are_no_raise() -> None:
    text = (
        "Methods: Adults taking escitalopram were randomised to LDN 1 mg or LDN 3 mg nightly "
        "for 8 weeks; responders then moved to the open-label phase on their dose.\n"
        "Results: Sixty patients were randomised; MADRS fell more with 3 mg than with 1 mg."
    )
    f = facts("Two doses of low-dose naltrexone with escitalopram in depression", text, RCT)
    assert f.ldn_doses_mg == [1.0, 3.0]


SUBGROUP_TITLE = (
    "Low-dose naltrexone and depressive symptoms in chronic low back pain: a subgroup "
    "analysis of a randomised trial"
)
SUBGROUP = (
    "Objective: To examine mood in the depressed subgroup of a trial of LDN 4.5 mg versus "
    "placebo in chronic low back pain.\n"
    "Methods: The parent trial randomised 220 adults with chronic low back pain. Patients "
    "with a high baseline BDI-II formed the subgroup analysed here.\n"
    "Results: Seventy-four of the 220 randomised adults (34%) had BDI-II {threshold}. "
    "BDI-II fell by 5.1 points with LDN and 2.0 with placebo."
)


@pytest.mark.parametrize("threshold", [">= 14", "≥ 14", "of at least 14", "above 13"])
def test_a_subgroup_picked_by_a_signed_threshold_is_the_reports_sample(threshold: str) -> None:
    f = facts(SUBGROUP_TITLE, SUBGROUP.format(threshold=threshold), JOURNAL)
    assert f.n == 74


def test_a_share_above_a_threshold_is_not_the_sample() -> None:
    # (a percentage after the sign is a share, not a score picking people out)
    text = (
        "Methods: A randomised trial of LDN 4.5 mg versus placebo added to escitalopram.\n"
        "Results: Ninety adults were randomised. Forty of the 90 (44%) had adherence above "
        "80%. MADRS fell by 4 more points with LDN."
    )
    f = facts("Low-dose naltrexone added to escitalopram in depression", text, RCT)
    assert f.n == 90


LIQUID_TITLE = (
    "Naltrexone oral liquid as an adjunct to mood stabilisers in bipolar depression: a "
    "randomised placebo-controlled trial"
)
LIQUID = (
    "Methods: Adults with bipolar II depression taking lithium or valproate were eligible. "
    "{rule} Patients received naltrexone oral liquid (0.5 mg/mL), 9 mL at bedtime, or a "
    "matching vehicle for ten weeks.\n"
    "Results: We randomised 30 patients to each arm; 54 completed. MADRS fell by 12.0 "
    "points with naltrexone and 8.1 with vehicle. Three patients on naltrexone and one on "
    "vehicle switched to hypomania."
)


def test_a_liquid_or_its_vehicle_are_the_arms_a_size_per_arm_counts() -> None:
    f = facts(LIQUID_TITLE, LIQUID.format(rule=""), RCT)
    assert f.n == 60
    assert f.ldn_doses_mg == [4.5]


def test_antidepressants_ruled_out_in_the_sentence_that_tapers_them_are_not_taken() -> None:
    rule = (
        "Antidepressants were not permitted: those taking one were tapered off before "
        "randomisation, and patients in whom sertraline or venlafaxine could not be stopped "
        "were not randomised."
    )
    f = facts(LIQUID_TITLE, LIQUID.format(rule=rule), RCT)
    assert f.concomitant_classes == []
    assert f.n == 60


def test_other_antidepressants_not_permitted_still_implies_one_taken() -> None:
    rule = "All continued sertraline; other antidepressants were not permitted."
    f = facts(LIQUID_TITLE, LIQUID.format(rule=rule), RCT)
    assert f.concomitant_classes == ["serotonergic"]


def test_a_weeks_blister_of_daily_capsules_is_a_daily_dose() -> None:
    text = (
        "Methods: Women with postnatal depression who remained symptomatic on sertraline "
        "were enrolled in a single-arm open-label study. Naltrexone came in weekly packs of "
        "seven 3-mg tablets (21 mg per week), one tablet to be taken each evening, for six "
        "weeks; sertraline continued unchanged.\n"
        "Results: Twenty-six women were enrolled; EPDS fell from 18.1 to 11.0."
    )
    f = facts("Low-dose naltrexone added to sertraline in postnatal depression", text, TRIAL)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == ["serotonergic"]


def test_who_met_criteria_spelled_out_are_the_sample() -> None:
    text = (
        "Methods: We reviewed pharmacy and clinic records of adults with major depression who "
        "were dispensed LDN 1.5-4.5 mg while taking duloxetine.\n"
        "Results: Of 300 patients identified, 240 met the inclusion criteria of at least 12 "
        "weeks of follow-up and two PHQ-9 scores. PHQ-9 fell from 15.2 to 10.9."
    )
    f = facts(
        "Low-dose naltrexone with duloxetine in routine care: a retrospective cohort",
        text,
        ("Journal Article", "Observational Study"),
    )
    assert f.n == 240


def test_an_arm_closed_after_people_were_randomised_to_it_is_a_dose_tested() -> None:
    text = (
        "Methods: Double-blind dose-ranging trial in adults with major depression on a stable "
        "SSRI. Owing to slow enrolment, an amendment in month 5 closed the 1-mg arm and "
        "subsequent participants were randomised 1:1:1 to the remaining arms.\n"
        "Interventions: Naltrexone 1 mg, 2.5 mg or 4.5 mg, or placebo, nightly for 8 weeks.\n"
        "Results: Randomised participants numbered 15 (1 mg), 30 (2.5 mg), 31 (4.5 mg) and "
        "29 (placebo). MADRS differences from placebo rose with dose."
    )
    f = facts("Three doses of adjunctive naltrexone in depression", text, RCT)
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert f.compares_doses is True


def test_an_arm_dropped_before_anyone_was_in_it_stays_dropped() -> None:
    text = (
        "Methods: Double-blind trial in adults with major depression on a stable SSRI. Before "
        "enrolment began, an amendment removed the 1-mg arm.\n"
        "Interventions: Naltrexone 2.5 mg or 4.5 mg, or placebo, nightly for 8 weeks.\n"
        "Results: Ninety participants were randomised. MADRS differences rose with dose."
    )
    f = facts("Two doses of adjunctive naltrexone in depression", text, RCT)
    assert f.ldn_doses_mg == [2.5, 4.5]


PSILOCYBIN_TITLE = "Low-dose naltrexone after ketamine response in resistant depression"
PSILOCYBIN = (
    "Methods: Adults with resistant depression who responded to six ketamine infusions, "
    "all free of antidepressants for at least two weeks, took naltrexone 4.5 mg nightly for "
    "16 weeks.\n"
    "Results: Thirty responders took LDN. {who}"
)


@pytest.mark.parametrize(
    "who",
    [
        "Three participants whose symptoms returned resumed sertraline and withdrew from the "
        "study.",
        "Four who relapsed restarted venlafaxine and left the trial.",
        "Two participants restarted escitalopram and dropped out.",
    ],
)
def test_a_drug_restarted_by_people_who_then_left_is_not_taken_with_ldn(who: str) -> None:
    f, g = judge_preprint(preprint(PSILOCYBIN_TITLE, PSILOCYBIN.format(who=who)))
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in g


def test_a_drug_restarted_alongside_ldn_is_taken_with_it() -> None:
    who = "Five who relapsed restarted sertraline while continuing LDN to week 16."
    f, _ = judge_preprint(preprint(PSILOCYBIN_TITLE, PSILOCYBIN.format(who=who)))
    assert f.concomitant_classes == ["serotonergic"]


COHORT_TITLE = "Low-dose naltrexone and pain in rheumatoid arthritis: a registry cohort"
COHORT = (
    "Methods: Using a national arthritis registry, we matched adults who collected LDN "
    "(1.5 to 4.5 mg) to non-users. The outcome was change in pain over 12 months. {adjust}\n"
    "Results: We included 900 LDN users and 2,700 non-users. {recorded} Pain fell by 1.1 "
    "points more among users."
)


@pytest.mark.parametrize(
    ("adjust", "recorded"),
    [
        (
            "Analyses were adjusted for age, sex, disease duration, disease activity, sleep "
            "disorders, smoking and prior biologic use, because depression is a known driver "
            "of pain in arthritis.",
            "",
        ),
        ("", "Users were more often coded with depression (31% vs 19%)."),
    ],
)
def test_depression_as_a_cause_or_a_record_is_no_mood_outcome(adjust: str, recorded: str) -> None:
    f = facts(COHORT_TITLE, COHORT.format(adjust=adjust, recorded=recorded), JOURNAL)
    assert f.on_topic is False


def test_a_cohort_that_measured_mood_stays_on_topic() -> None:
    text = COHORT.format(
        adjust="Depressive symptoms (PHQ-9) were a secondary outcome.",
        recorded="PHQ-9 fell by 1.4 points more among users.",
    )
    assert facts(COHORT_TITLE, text, JOURNAL).on_topic is True


def test_a_baseline_share_over_a_threshold_is_no_subgroup() -> None:
    # (a secondary analysis of everyone: how many had a high score is no sample of its own)
    text = (
        "Design: Secondary analysis of a placebo-controlled trial of LDN 4.5 mg in chronic "
        "low back pain; 220 participants were randomised.\n"
        "Results: At baseline, 88 participants (40%) had BDI-II ≥ 14. BDI-II fell by 2.2 "
        "points more with LDN."
    )
    title = "Low-dose naltrexone and mood in chronic low back pain: secondary analysis of a trial"
    assert facts(title, text, RCT).n == 220
