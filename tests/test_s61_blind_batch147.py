"""Kinds from blind batch 147 (session 61, first measured on the src of f59a4be0), written
again in other words.

- holdout582 52201888, holdout585 52201953, holdout586 52201977: trials of another
  condition (fibromyalgia, opioid use in pregnancy) that name a depression scale only as a
  moderator of the response ("with analysis of depressive symptoms as a moderator of
  response", "depressive symptoms did not identify patients who benefit") or as a share of
  the people at entry in a clause after a semicolon ("...; at baseline, 31% had an EPDS
  score of 13 or more") read as measuring depression (on-topic).
- preprints125 PPR9900675: a meta-analysis that took in no trial of the drug ("Trials of X
  are too small to be included") read as on-topic.
- preprints125 PPR9900690: "started at 3 mg daily and adjusted between 1.5 mg and 4.5 mg
  daily as tolerated" read as three doses.
- holdout583 52201903: a post hoc analysis titled "SSRI versus SNRI co-treatment as a
  moderator of X augmentation" lost the SNRI (read as a comparator arm).
- holdout584 52201938: a dose escalation whose steps were each read for tolerability and
  the illness ("Tolerability, MADRS and YMRS were assessed at each step") lost its first
  step.
- holdout585 52201944: an amendment that went from a four-arm to a "three-arm design: 36
  participants will be randomised to each arm" read as 144; "participants taking bupropion
  alone remain ineligible" read as bupropion taken.
- holdout584 52201934: a cohort sized at the end of one sentence "(n = 1,342)" and matched
  in the next ("They were matched 1:4 ... (n = 5,368)") read as 1,342.
"""

from __future__ import annotations

from written import JOURNAL, META, PROTOCOL, RCT, TRIAL, facts

# --- depression only as a moderator or a trait at entry --------------------------------

PAIN_TITLE = "Low-dose naltrexone for chronic low back pain: a randomised placebo-controlled trial"
PAIN = (
    "Methods: Adults with chronic low back pain were randomised to naltrexone 4.5 mg nightly or "
    "placebo for 12 weeks. The primary outcome was pain intensity on a 0-10 scale.\n"
    "Results: {entry} Pain fell by 1.4 points with LDN and 0.9 with placebo (p = 0.04)."
)


def test_a_depression_scale_at_entry_after_a_semicolon_measures_nothing() -> None:
    text = PAIN.format(
        entry="In all, 120 adults were randomised; at baseline, 27% had a BDI-II score of 20 "
        "or more."
    )
    assert not facts(PAIN_TITLE, text, RCT).on_topic


def test_a_depression_scale_read_after_treatment_is_still_an_outcome() -> None:
    # (control: the scale read at the end, a change)
    text = PAIN.format(
        entry="In all, 120 adults were randomised; at week 12, BDI-II scores fell by 4 "
        "points with LDN."
    )
    assert facts(PAIN_TITLE, text, RCT).on_topic


def test_depressive_symptoms_named_as_a_moderator_in_the_title_measure_nothing() -> None:
    title = (
        "Low-dose naltrexone for chronic low back pain: a randomised trial with depressive "
        "symptoms as a moderator of the analgesic effect"
    )
    text = PAIN.format(entry="Depressive symptoms did not identify participants who benefited.")
    assert not facts(title, text, RCT).on_topic


def test_depressive_symptoms_as_a_secondary_outcome_are_measured() -> None:
    # (control: named in the title as an outcome)
    title = (
        "Low-dose naltrexone for chronic low back pain and depressive symptoms: a randomised trial"
    )
    text = PAIN.format(entry="Depressive symptoms improved more with LDN (p = 0.03).")
    assert facts(title, text, RCT).on_topic


# --- a review that took in no trial of the drug ----------------------------------------

REVIEW_TITLE = "Opioid receptor modulators in depression: a systematic review and meta-analysis"
REVIEW_TEXT = (
    "Methods: We searched four databases for randomised trials of opioid receptor modulators "
    "in adults with major depression; trials needed at least 30 participants per arm.\n"
    "Results: Eleven trials of buprenorphine and kappa antagonists were pooled; the SMD was "
    "-0.2.\n"
    "Conclusions: {line}"
)


def test_a_review_whose_trials_of_ldn_were_too_small_to_include_is_off_topic() -> None:
    text = REVIEW_TEXT.format(line="Trials of low-dose naltrexone were too small to be pooled.")
    assert not facts(REVIEW_TITLE, text, META).on_topic


def test_a_review_that_pooled_trials_of_ldn_is_on_topic() -> None:
    # (control)
    text = REVIEW_TEXT.format(
        line="Two trials of low-dose naltrexone were pooled and showed a small benefit."
    )
    assert facts(REVIEW_TITLE, text, META).on_topic


# --- a start inside a flexible range --------------------------------------------------

EXTENSION_TITLE = "Low-dose naltrexone added to SSRIs: a 20-week open-label extension"


def _extension(schedule: str) -> str:
    return (
        f"Methods: Completers of a randomised phase entered an open-label phase of LDN, {schedule}, "
        "while continuing their SSRI. The outcome was HAM-D17.\n"
        "Results: Forty entered and 33 completed; HAM-D17 fell by 7 points."
    )


def test_a_start_inside_a_flexible_range_leaves_its_ends() -> None:
    text = _extension("begun at 2 mg daily and adjusted between 1 mg and 4 mg daily as tolerated")
    assert facts(EXTENSION_TITLE, text, TRIAL).ldn_doses_mg == [1.0, 4.0]


def test_a_fixed_titration_keeps_its_target() -> None:
    # (control: no range moved within)
    text = _extension("begun at 2 mg daily and increased to 4 mg daily after one week")
    assert facts(EXTENSION_TITLE, text, TRIAL).ldn_doses_mg == [4.0]


# --- co-medications compared as strata ------------------------------------------------


def test_ssri_versus_snri_strata_of_an_augmentation_keep_both_classes() -> None:
    title = (
        "Escitalopram versus venlafaxine as the background of low-dose naltrexone augmentation: "
        "a secondary analysis"
    )
    text = (
        "Methods: Secondary analysis of a placebo-controlled trial of LDN 4.5 mg added to "
        "antidepressants (n = 96), by background drug: escitalopram (n = 60) or venlafaxine "
        "(n = 36).\n"
        "Results: The LDN-placebo difference did not depend on the background drug."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_an_arm_of_ldn_with_escitalopram_against_venlafaxine_is_a_comparator() -> None:
    # (control: the watched drug named before the comparison sets arms side by side)
    title = "Low-dose naltrexone plus escitalopram versus venlafaxine: a randomised trial"
    text = (
        "Methods: Adults with major depression were randomised to LDN 4.5 mg plus "
        "escitalopram or to venlafaxine alone for 8 weeks (n = 90).\n"
        "Results: MADRS fell similarly in both arms."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


# --- an escalation read at each step ----------------------------------------------------

ESCALATION_TITLE = "Low-dose naltrexone in treatment-resistant depression: a phase 1 study"


def _escalation(read: str) -> str:
    return (
        "Methods: Adults with treatment-resistant depression received naltrexone in a "
        "predefined sequence: 0.5 mg nightly for 2 weeks, then 1.5 mg, 3 mg and 4.5 mg, each "
        f"for 2 weeks. {read}\n"
        "Results: Sixteen were enrolled and 13 reached 4.5 mg."
    )


def test_steps_each_read_for_tolerability_and_mood_are_all_tested() -> None:
    text = _escalation("Side effects and HAM-D17 were rated at each step.")
    assert facts(ESCALATION_TITLE, text, TRIAL).ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]


def test_steps_read_only_for_tolerability_are_a_titration() -> None:
    # (the steps' care, not a reading of the illness: a fixed titration's levels listed
    # after its first step are steps to the last, CONTRACT.md)
    text = _escalation("Side effects were rated at each step.")
    assert facts(ESCALATION_TITLE, text, TRIAL).ldn_doses_mg == [4.5]


# --- an amendment that changed the arms -------------------------------------------------

AMENDMENT_TITLE = (
    "Amended protocol (version 2.0) of LIMA-2, a randomised trial of low-dose naltrexone in "
    "depression"
)
AMENDMENT = (
    "Background: We previously published the protocol of LIMA-2 (NCT01234567), a four-arm trial of naltrexone "
    "1 mg, 2 mg and 4 mg nightly against placebo, added to antidepressants.\n"
    "Methods: The 1 mg arm was dropped, and the sample size was recalculated for a three-arm "
    "design: 40 participants will be randomised to each arm. Participants take an SSRI or an "
    "SNRI; {rule}"
)


def test_an_amendment_counts_the_arms_it_changed_to() -> None:
    text = AMENDMENT.format(rule="those on mirtazapine are eligible.")
    assert facts(AMENDMENT_TITLE, text, PROTOCOL).n == 120


def test_a_drug_whose_takers_remain_ineligible_is_not_taken() -> None:
    text = AMENDMENT.format(rule="those taking bupropion alone remain ineligible.")
    assert facts(AMENDMENT_TITLE, text, PROTOCOL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


def test_a_drug_whose_takers_remain_eligible_is_taken() -> None:
    # (control)
    text = AMENDMENT.format(rule="those also taking bupropion remain eligible.")
    assert "dopaminergic" in facts(AMENDMENT_TITLE, text, PROTOCOL).concomitant_classes


# --- a matching told across two sentences ------------------------------------------------

COHORT_TITLE = "Low-dose naltrexone after an SSRI in depression: a register-based cohort study"
COHORT = (
    "Methods: From national registers we identified adults with depression who started LDN "
    "within 60 days of their last SSRI dispensing (n = 910). {matched}\n"
    "Results: Depression-related admissions did not differ (HR 0.97)."
)


def test_a_group_matched_by_a_pronoun_adds_the_matched_side() -> None:
    text = COHORT.format(
        matched="They were matched 1:3 on age and sex to adults who switched to another "
        "antidepressant (n = 2,730)."
    )
    assert facts(COHORT_TITLE, text, ("Observational Study",)).n == 3640


def test_a_group_alone_keeps_its_own_size() -> None:
    # (control: no matching told)
    text = COHORT.format(matched="Their outcomes were followed for 2 years.")
    assert facts(COHORT_TITLE, text, ("Observational Study",)).n == 910


def test_steps_each_assessed_for_mood_change_are_all_tested() -> None:
    # (the steps as the subject of the reading; found by the open run, holdout506 52200414)
    text = _escalation("Each step was assessed for tolerability and for HAM-D17 change.")
    assert facts(ESCALATION_TITLE, text, TRIAL).ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]


def test_response_rates_listed_at_each_dose_test_every_step() -> None:
    text = _escalation("") + " Response rates were 0%, 6%, 25% and 38% at 0.5, 1.5, 3 and 4.5 mg."
    assert facts(ESCALATION_TITLE, text, TRIAL).ldn_doses_mg == [0.5, 1.5, 3.0, 4.5]


def test_an_escalation_read_at_each_step_compares_its_doses() -> None:
    text = _escalation("Side effects and HAM-D17 were rated at each step.")
    assert facts(ESCALATION_TITLE, text, JOURNAL).compares_doses
