"""Kinds met in the blind sets of session 47 (lead), each written again in other words.

Left over from session 46:
- preprints97 PPR0940012: a post hoc analysis saying "we analysed the 109 completers with
  SHAPS ratings" had no n (its only own count was of completers, no people noun).
- "3 x 0.5 mg tablets twice a day" read 1 mg: the frequency after the tablets replaced the
  count written as a multiple (only "2 x 1 mg capsules twice daily", where the two agree,
  read right).

Blind batch 103 (measured on f695b28b):
- holdout422 47600002: naltrexone 12.5 mg added to SSRIs, "Because the 1-5 mg doses used as
  'low-dose naltrexone' produce only transient occupancy, we chose an intermediate dose",
  took the definition's doses as its own (on-topic, a false serotonergic verdict).
- holdout422 47600028: LDN alone in people off antidepressants, "Nine previously stopped an
  SSRI and four an SNRI": the SNRI of the gapped second clause read as taken (a false
  serotonergic verdict).
- holdout421 47500031: an amended protocol "change from a four-arm dose-finding design to a
  two-arm placebo-controlled trial", "The dose-finding objective ... was removed", kept its
  old design as a dose comparison (a false in-progress dose-finding verdict).
- holdout422 47600014: an MS fatigue cohort where "Because depression and its treatment
  influence fatigue, current antidepressant use, recorded as SSRI, SNRI or other, was
  included as a matching covariate", read on-topic.
- holdout421 47500032: a fatigue trial whose mood instrument was "the fatigue-inertia subscale
  of the Profile of Mood States (POMS-F)", read on-topic.
- holdout422 47600001: "LDN (1.5 mg, increased to 4.5 mg by day 14) or escitalopram (10 mg,
  increased to 20 mg at week 4 if clinically indicated)": the escitalopram's condition made
  the LDN titration a raise for some (both steps kept).

Blind batch 104 (measured on 65e02e87):
- holdout424 47800008: a secondary analysis of a fibromyalgia trial that "included the 61
  participants who met criteria for a current major depressive episode" read as a depression
  population (false larger-trials and serotonergic verdicts; CONTRACT.md: a depressed
  subgroup of a population selected for another condition is not one).
- holdout425 47900031: "naltrexone 31.5 mg per week, dispensed by the hospital pharmacy as
  capsules of 4.5 mg to be taken every evening" read as 31.5 mg a day (off-topic; a missed
  serotonergic verdict).
- holdout426 48000001: a conference abstract of a single-arm trial ending "a randomised phase
  is being planned" read as an RCT.
- holdout427 48300029: "Chronic pelvic pain ... is often refractory to standard therapy and
  commonly accompanied by central sensitization, anxiety and depression" read on-topic.
- holdout427 48300003: "bupropion XL 300 mg/day, with quetiapine 25 mg at bedtime for sleep"
  gave the bupropion the quetiapine's purpose (its class lost).

Blind batch 105 (measured on 2eaab645):
- holdout428 48400039: "Bupropion augmentation had caused anxiety and insomnia", a treatment
  before the case's LDN, read as taken with it (dopaminergic).
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

# --- a derived report's own sample: the completers it analysed ------------------------------

POST_HOC_TITLE = "Sleep quality in a post hoc analysis of adjunctive low-dose naltrexone"
POST_HOC_TEXT = (
    "Methods: In a post hoc analysis of a randomised placebo-controlled trial of naltrexone "
    "4.5 mg added to escitalopram in major depression, we analysed the {n} {who} with "
    "Pittsburgh Sleep Quality Index scores at baseline and week 10.\n"
    "Results: Sleep improved more with naltrexone than with placebo."
)


@pytest.mark.parametrize(("n", "who"), [("74", "completers"), ("96", "trial completers")])
def test_a_post_hoc_analysis_of_its_completers_counts_them(n: str, who: str) -> None:
    assert facts(POST_HOC_TITLE, POST_HOC_TEXT.format(n=n, who=who), JOURNAL).n == int(n)


def test_completers_left_after_enrolment_are_still_no_trial_s_n() -> None:
    text = (
        "Methods: Fifty-two adults with major depression taking sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks, leaving 41 completers with week-12 ratings."
        "\nResults: Depression scores fell more with naltrexone."
    )
    title = "Low-dose naltrexone added to sertraline: a randomised trial"
    assert facts(title, text, RCT).n == 52


# --- a count of units written as a multiple, then its own frequency -----------------------

UNITS_TITLE = "Low-dose naltrexone added to sertraline in depression: a randomised trial"
UNITS_TEXT = (
    "Methods: Sixty adults with major depression taking sertraline were randomised to "
    "naltrexone {dose} or placebo for 8 weeks.\nResults: Depression scores fell more with "
    "naltrexone."
)


@pytest.mark.parametrize(
    ("dose", "mg"),
    [
        ("3 x 0.5 mg tablets twice a day", 3.0),
        ("2 x 1 mg tablets three times daily", 6.0),
        ("2 x 1 mg capsules twice daily", 4.0),
        ("2 x 1 mg capsules once daily", 2.0),
    ],
)
def test_units_counted_as_a_multiple_are_taken_at_each_time(dose: str, mg: float) -> None:
    assert facts(UNITS_TITLE, UNITS_TEXT.format(dose=dose), RCT).ldn_doses_mg == [mg]


@pytest.mark.parametrize(
    ("dose", "mg"),
    [("2 x 1 mg twice daily", 2.0), ("2 x 2.25 mg daily", 4.5), ("3 x 0.5 mg capsules daily", 1.5)],
)
def test_a_multiple_without_units_is_the_frequency_said_again(dose: str, mg: float) -> None:
    # (with no unit counted, "2 x 1 mg twice daily" says twice a day twice: 2 mg)
    assert facts(UNITS_TITLE, UNITS_TEXT.format(dose=dose), RCT).ldn_doses_mg == [mg]


# --- the doses a name is defined by, the study's own dose told apart ------------------------

DEFINED_TITLE = "Intermediate-dose naltrexone for anhedonia in depressed outpatients taking SSRIs"
DEFINED_TEXT = (
    "Because the {doses} {noun} {verb} as {name} block opioid receptors only briefly, we "
    "chose 12.5 mg a day. Forty-four outpatients with major depression taking sertraline or "
    "escitalopram were randomised to naltrexone 12.5 mg/day or placebo for 6 weeks. "
    "Anhedonia did not improve more with naltrexone."
)


@pytest.mark.parametrize(
    ("doses", "noun", "verb", "name"),
    [
        ("1-5 mg", "doses", "used", '"low-dose naltrexone"'),
        ("1.5-4.5 mg", "range", "known", "LDN"),
        ("0.5-4.5 mg", "dosages", "commonly prescribed", "so-called low-dose naltrexone"),
    ],
)
def test_doses_a_name_is_defined_by_are_not_the_study_s(
    doses: str, noun: str, verb: str, name: str
) -> None:
    text = DEFINED_TEXT.format(doses=doses, noun=noun, verb=verb, name=name)
    found = facts(DEFINED_TITLE, text, RCT)
    assert (found.on_topic, found.ldn_doses_mg) == (False, [])
    assert gaps(DEFINED_TITLE, text, RCT) == {}


def test_a_dose_given_as_ldn_is_still_the_study_s() -> None:
    text = (
        "Methods: Forty outpatients with major depression taking sertraline received 4.5 mg "
        "naltrexone as low-dose naltrexone capsules nightly for 8 weeks.\n"
        "Results: Depression scores fell."
    )
    assert facts("Low-dose naltrexone added to sertraline", text, TRIAL).ldn_doses_mg == [4.5]


# --- a stop's verb left out of a second clause -------------------------------------------

GAPPED_TITLE = "Low-dose naltrexone alone in persistent depressive disorder: an open-label study"
GAPPED_TEXT = (
    "Methods: Adults with persistent depressive disorder who had taken no antidepressant for "
    "3 months received LDN 4.5 mg nightly for 12 weeks.\n"
    "Results: Twenty-two patients were enrolled. {sentence} Depression scores fell."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine previously stopped an SSRI and four an SNRI.",
        "Seven had discontinued an SSRI, and 3 a tricyclic.",
    ],
)
def test_a_drug_in_a_gapped_clause_after_a_stop_was_stopped_too(sentence: str) -> None:
    found = facts(GAPPED_TITLE, GAPPED_TEXT.format(sentence=sentence), TRIAL)
    assert found.concomitant_classes == []


def test_a_drug_taken_in_a_clause_after_a_stop_is_still_taken() -> None:
    text = GAPPED_TEXT.format(
        sentence="Nine previously stopped an SSRI and four were taking an SNRI throughout."
    ).replace("who had taken no antidepressant for 3 months ", "")
    assert "noradrenergic" in facts(GAPPED_TITLE, text, TRIAL).concomitant_classes


# --- a dose-finding design the study has left ---------------------------------------------

LEFT_TITLE = (
    "Update to the NALDOSE protocol: change from a {arms} dose-finding design to a two-arm "
    "placebo-controlled trial of low-dose naltrexone in major depression"
)
LEFT_TEXT = (
    "Background: NALDOSE was designed as a placebo-controlled dose-finding trial of "
    "naltrexone 1 mg, 2 mg and 4.5 mg daily in unmedicated adults with major depression.\n"
    "Methods: The 1 mg and 2 mg arms were closed. All further participants are randomised "
    "to naltrexone 4.5 mg or placebo for 8 weeks. {removed} The revised sample size is 160."
)


@pytest.mark.parametrize("arms", ["four-arm", "4-arm", "multi-arm"])
def test_a_design_left_by_an_amendment_compares_no_doses(arms: str) -> None:
    text = LEFT_TEXT.format(removed="The dose-finding objective was removed.")
    found = facts(LEFT_TITLE.format(arms=arms), text, PROTOCOL)
    assert found.compares_doses is False
    assert "dose-finding" not in gaps(LEFT_TITLE.format(arms=arms), text, PROTOCOL)


def test_a_removed_dose_finding_objective_alone_sets_the_design_aside() -> None:
    title = "The NALDOSE trial of low-dose naltrexone in major depression: amended protocol"
    text = LEFT_TEXT.format(
        removed="The dose-finding objective and the MCP-Mod analysis were removed."
    )
    assert facts(title, text, PROTOCOL).compares_doses is False


def test_a_dose_finding_protocol_that_keeps_its_arms_still_compares_doses() -> None:
    title = "The NALDOSE trial: protocol for a dose-finding trial of low-dose naltrexone"
    text = (
        "Methods: Adults with major depression will be randomised to naltrexone 1 mg, 2 mg or "
        "4.5 mg daily or placebo for 8 weeks. The sample size is 160."
    )
    assert facts(title, text, PROTOCOL).compares_doses is True


# --- depression as a covariate, and a mood instrument's fatigue subscale -------------------

MS_TITLE = "Low-dose naltrexone and fatigue in multiple sclerosis: a matched cohort study"
MS_TEXT = (
    "Methods: We identified adults with relapsing MS who started LDN 4.5 mg/day and matched "
    "each to two non-users. Because depression and its treatment influence fatigue, current "
    "antidepressant use, recorded as SSRI, SNRI or other, was included as a matching "
    "covariate. The outcome was change in the Modified Fatigue Impact Scale over 12 months.\n"
    "Results: The cohort comprised 180 patients. Fatigue improved more among LDN users.\n"
    "Conclusions: LDN use was associated with less fatigue, {explained}."
)


@pytest.mark.parametrize(
    "explained",
    ["not explained by antidepressant use", "which was not confounded by antidepressant use"],
)
def test_depression_as_a_matching_covariate_is_no_condition_or_outcome(explained: str) -> None:
    assert facts(MS_TITLE, MS_TEXT.format(explained=explained), JOURNAL).on_topic is False


FATIGUE_TITLE = "Low-dose naltrexone for cancer-related fatigue: a randomized crossover trial"
FATIGUE_TEXT = (
    "Methods: Women with persistent fatigue after breast cancer were randomized to LDN 4.5 mg "
    "nightly or placebo for 8 weeks, then crossed over. The primary outcome was FACIT-Fatigue; "
    "secondary outcomes were {scale} and sleep quality.\n"
    "Results: Sixty women were randomized. Fatigue improved more on LDN."
)


@pytest.mark.parametrize(
    "scale",
    [
        "the fatigue-inertia subscale of the Profile of Mood States (POMS-F)",
        "the Profile of Mood States (POMS) fatigue subscale",
        "the POMS-F",
    ],
)
def test_a_mood_instrument_s_fatigue_subscale_measures_no_mood(scale: str) -> None:
    assert facts(FATIGUE_TITLE, FATIGUE_TEXT.format(scale=scale), RCT).on_topic is False


@pytest.mark.parametrize(
    "scale",
    [
        "the Profile of Mood States (POMS)",
        "the depression-dejection subscale of the Profile of Mood States",
        "the POMS-D",
    ],
)
def test_a_mood_instrument_or_its_mood_subscale_still_measures_mood(scale: str) -> None:
    assert facts(FATIGUE_TITLE, FATIGUE_TEXT.format(scale=scale), RCT).on_topic is True


# --- a condition told in another drug's brackets -------------------------------------------

ARMS_TITLE = (
    "Low-dose naltrexone versus escitalopram in primary care: protocol for a randomised trial"
)
ARMS_TEXT = (
    "Methods and analysis: Adults with a major depressive episode who have taken no "
    "antidepressant for 4 weeks will be randomised to LDN (1.5 mg at night, increased to "
    "4.5 mg by day 14) or escitalopram (10 mg daily, increased to 20 mg at week 4 {cond}) for "
    "12 weeks. A sample of 150 participants gives 85% power."
)


@pytest.mark.parametrize("cond", ["if clinically indicated", "in non-responders"])
def test_another_drug_s_condition_is_no_raise_for_some(cond: str) -> None:
    assert facts(ARMS_TITLE, ARMS_TEXT.format(cond=cond), PROTOCOL).ldn_doses_mg == [4.5]


def test_the_drug_s_own_condition_is_still_a_raise_for_some() -> None:
    text = ARMS_TEXT.format(cond="").replace(
        "increased to 4.5 mg by day 14", "increased to 4.5 mg at week 4 if clinically indicated"
    )
    assert facts(ARMS_TITLE, text, PROTOCOL).ldn_doses_mg == [1.5, 4.5]


# --- a derived report's depressed part of a trial in another condition --------------------

SUBGROUP_TITLE = (
    "Depressive symptoms in women with fibromyalgia given low-dose naltrexone: secondary "
    "analysis of a randomized placebo-controlled trial"
)
SUBGROUP_TEXT = (
    "Objective: We examined whether LDN improved depressive symptoms in women with "
    "fibromyalgia and comorbid major depressive disorder.\n"
    "Design: Secondary analysis of a randomized placebo-controlled trial of LDN 4.5 mg/day in "
    "140 women with fibromyalgia.\n"
    "Methods: The present analysis {picked} a current major depressive episode at baseline; "
    "40 of them were taking an SSRI for depression, kept stable. The outcome was the BDI-II.\n"
    "Results: BDI-II scores fell more with LDN than with placebo."
)


@pytest.mark.parametrize(
    "picked",
    [
        "included the 64 participants who met criteria for",
        "was restricted to those 64 women with",
    ],
)
def test_a_depressed_part_of_a_trial_in_another_condition_is_no_depression_population(
    picked: str,
) -> None:
    text = SUBGROUP_TEXT.format(picked=picked)
    assert facts(SUBGROUP_TITLE, text, RCT).depression_population is False
    assert gaps(SUBGROUP_TITLE, text, RCT) == {}


def test_a_secondary_analysis_of_a_depression_trial_is_still_its_population() -> None:
    title = "Sleep in depressed adults given low-dose naltrexone: secondary analysis of a trial"
    text = (
        "Design: Secondary analysis of a randomized placebo-controlled trial of LDN 4.5 mg/day "
        "added to SSRIs in 140 adults with major depressive disorder.\n"
        "Methods: The present analysis included the 96 participants who completed sleep "
        "diaries.\nResults: Sleep improved more with LDN."
    )
    assert facts(title, text, RCT).depression_population is True


# --- a weekly amount dispensed as one capsule a day -----------------------------------------

WEEKLY_TITLE = "Low-dose naltrexone in persistent depressive disorder: an open pilot study"
WEEKLY_TEXT = (
    "Methods: Outpatients with persistent depressive disorder taking escitalopram received "
    "naltrexone {weekly} per week, dispensed by the hospital pharmacy as capsules of {daily} "
    "to be taken every evening, for 12 weeks.\nResults: Eighteen patients were enrolled. "
    "MADRS scores fell."
)


@pytest.mark.parametrize(
    ("weekly", "daily", "mg"), [("31.5 mg", "4.5 mg", 4.5), ("21 mg", "3 mg", 3.0)]
)
def test_a_weekly_amount_dispensed_as_a_daily_capsule_is_the_capsule(
    weekly: str, daily: str, mg: float
) -> None:
    found = facts(WEEKLY_TITLE, WEEKLY_TEXT.format(weekly=weekly, daily=daily), TRIAL)
    assert (found.on_topic, found.ldn_doses_mg) == (True, [mg])


# --- a phase still to come ------------------------------------------------------------------


def test_a_randomised_phase_being_planned_is_no_randomisation() -> None:
    title = "Low-dose naltrexone added to SSRIs in adolescents with depression: interim results"
    text = (
        "We are running an open-label, single-arm trial of low-dose naltrexone 4.5 mg added to "
        "an ongoing SSRI in adolescents with major depressive disorder. At this interim "
        "analysis 18 adolescents had been enrolled. CDRS-R scores fell. Recruitment continues "
        "and a randomised phase is being planned."
    )
    assert facts(title, text, ("Congress",)).design == "nonrandomized_trial"


# --- depression as what another disease is accompanied by ---------------------------------

PELVIC_TITLE = "Low-dose naltrexone for chronic pelvic pain in women: a retrospective study"
PELVIC_TEXT = (
    "Objectives: Chronic pelvic pain in women {said} central sensitization, anxiety and "
    "depression. We describe our experience with LDN.\n"
    "Methods: We reviewed women prescribed LDN 1.5-4.5 mg nightly. Pain scores were "
    "abstracted at 3 and 6 months.\nResults: A total of 138 women were included. Pain fell."
)


@pytest.mark.parametrize(
    "said",
    [
        "is often refractory to standard therapy and commonly accompanied by",
        "is hard to treat and frequently associated with",
    ],
)
def test_a_condition_another_disease_is_accompanied_by_is_no_outcome(said: str) -> None:
    assert facts(PELVIC_TITLE, PELVIC_TEXT.format(said=said), JOURNAL).on_topic is False


# --- another medicine's purpose, told after it is added ------------------------------------


def test_a_purpose_told_after_another_medicine_is_that_medicine_s() -> None:
    text = (
        "A 34-year-old woman with recurrent major depressive disorder was taking sertraline "
        "200 mg/day and bupropion XL 300 mg/day, with quetiapine 25 mg at bedtime for sleep. "
        "Naltrexone 3 mg each night was added; her other medications were unchanged. Her "
        "HAM-D-17 score fell from 23 to 11."
    )
    found = facts("Low-dose naltrexone for depression with anhedonia: a case report", text, CASE)
    assert sorted(found.concomitant_classes) == ["dopaminergic", "serotonergic"]


def test_a_purpose_told_of_the_drug_itself_still_sets_it_aside() -> None:
    text = (
        "A 34-year-old woman with recurrent major depressive disorder was taking sertraline "
        "200 mg/day and trazodone 50 mg at bedtime for sleep. Naltrexone 3 mg each night was "
        "added. Her HAM-D-17 score fell from 23 to 11."
    )
    found = facts("Low-dose naltrexone for depression: a case report", text, CASE)
    assert found.concomitant_antidepressants == ["sertraline"]


# --- a treatment told in the pluperfect ----------------------------------------------------

PAST_TEXT = (
    "A 34-year-old woman with recurrent major depressive disorder had remitted on sertraline "
    "100 mg/day but developed anorgasmia. {past} Sertraline was tapered and stopped; two weeks "
    "later low-dose naltrexone was started at 1.5 mg nightly and increased to 3 mg. Her PHQ-9 "
    "score fell from 11 to 5."
)


@pytest.mark.parametrize(
    "past",
    [
        "Bupropion augmentation had caused anxiety and insomnia.",
        "A bupropion trial had failed.",
    ],
)
def test_a_treatment_told_in_the_pluperfect_is_no_co_medication(past: str) -> None:
    title = "Low-dose naltrexone in place of sertraline: a case report"
    assert facts(title, PAST_TEXT.format(past=past), CASE).concomitant_classes == []


def test_a_treatment_going_on_is_still_a_co_medication() -> None:
    title = "Low-dose naltrexone in place of sertraline: a case report"
    text = PAST_TEXT.format(past="Bupropion augmentation was continued throughout.")
    assert facts(title, text, CASE).concomitant_classes == ["dopaminergic"]
