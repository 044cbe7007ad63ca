"""Kinds met in blind batch 108 (session 49, measured on 100b038d), each written again in
other words.

- holdout440 49700011: naltrexone 12.5 mg/day with citalopram (neither low nor standard) read
  as LDN from "Trials comparing this dose with the 4.5 mg dose used in other indications
  would be informative" (two false verdicts: larger trials, serotonergic).
- holdout440 49700036: LDN added to SSRIs in generalized anxiety disorder, no mood measured,
  read on-topic from "augmentation of selective serotonin reuptake inhibitors".
- holdout440 49700035: a chronic-pain cohort in which "124 (58%) had a recorded diagnosis of
  depression" read on-topic.
- holdout442 49900001: a fibromyalgia review naming "the frequent co-occurrence of depression
  and anxiety in fibromyalgia populations" read on-topic.
- holdout440 49700026: "(LDN 90, placebo 89; SSRI 113, SNRI 66)" read the SNRI of the second
  tally as an arm of its own (a comparator), so noradrenergic was lost.
- holdout439 49600009: a trial whose methods misprint "naltrexone 45 mg at night" (its results
  say "LDN (4.5 mg)", an erratum corrects it) read as standard-dose naltrexone (a missed
  larger-trials verdict).
- holdout441 49800020: "a weekly naltrexone exposure of 10.5 mg or 31.5 mg, each taken as
  seven equal nightly doses" read as 10.5 and 31.5 mg a day (off-topic; a missed
  dose-finding verdict); "Fifteen, 16 and 15 participants were allocated to the 10.5 mg, 31.5
  mg and placebo arms, respectively" counted 15 (the decimal point ended the clause).
- holdout441 49800001: "Study capsules contain naltrexone 1.5 mg ...; participants take one
  capsule at bedtime in week 1, two in week 2 and three from week 3" read 1.5 mg.
- holdout441 49800028: "Fourteen participants received 250 micrograms, 15 received 1 mg and
  14 received placebo; 39 completed 6 weeks" counted 14.
- holdout441 49800034: non-responders "switched from bupropion to escitalopram by a 1-week
  cross-taper (escitalopram 10 mg, ...), while naltrexone 4.5 mg continued" lost escitalopram
  (a missed serotonergic verdict).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, REVIEW, TRIAL, facts, gaps

# --- a dose the record only wishes were compared ------------------------------------------------

OTHER_DOSE_TITLE = "Naltrexone 12.5 mg/day as an adjunct to citalopram in major depression"
OTHER_DOSE_TEXT = (
    "Methods: Seventy antidepressant-naive outpatients with major depressive disorder were "
    "randomly assigned to citalopram 20-40 mg/day plus naltrexone 12.5 mg/day or citalopram "
    "plus placebo for 8 weeks.\n"
    "Results: Response was more frequent with naltrexone.\n"
    "Conclusions: {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "Trials comparing this dose with the 4.5 mg dose used in other indications would be "
        "informative.",
        "A study comparing 12.5 mg with 4.5 mg nightly would be valuable.",
    ],
)
def test_a_dose_named_as_work_worth_doing_is_given_to_nobody(last: str) -> None:
    text = OTHER_DOSE_TEXT.format(last=last)
    found = facts(OTHER_DOSE_TITLE, text, RCT)
    assert found.ldn_doses_mg == []
    assert found.on_topic is False
    assert gaps(OTHER_DOSE_TITLE, text, RCT) == {}


def test_the_low_dose_given_still_counts() -> None:
    text = OTHER_DOSE_TEXT.replace("12.5 mg/day", "4.5 mg/day").format(
        last="Trials with more patients would be informative."
    )
    found = facts("Low-dose naltrexone as an adjunct to citalopram", text, RCT)
    assert found.ldn_doses_mg == [4.5]
    assert found.on_topic is True


# --- antidepressants taken for another condition, mood never measured ---------------------------


@pytest.mark.parametrize(
    "condition", ["generalized anxiety disorder", "panic disorder", "obsessive-compulsive disorder"]
)
def test_an_augmentation_trial_in_another_condition_is_off_topic(condition: str) -> None:
    title = f"Low-dose naltrexone as augmentation of SSRIs in {condition}: a randomized trial"
    text = (
        f"Methods: Adults with a primary DSM-5 diagnosis of {condition} and an inadequate "
        "response to escitalopram or sertraline were randomised to naltrexone 4.5 mg/day or "
        "placebo added to their unchanged SSRI. The primary outcome was the clinician-rated "
        "severity of the disorder.\n"
        "Results: Eighty-two patients were randomised; severity fell slightly more with LDN."
    )
    assert facts(title, text, RCT).on_topic is False
    assert gaps(title, text, RCT) == {}


def test_an_augmentation_trial_in_depression_stays_on_topic() -> None:
    title = "Low-dose naltrexone as augmentation of SSRIs in major depressive disorder"
    text = (
        "Methods: Adults with major depressive disorder and an inadequate response to "
        "escitalopram or sertraline were randomised to naltrexone 4.5 mg/day or placebo added "
        "to their unchanged SSRI.\n"
        "Results: Eighty-two patients were randomised; MADRS fell more with LDN."
    )
    assert facts(title, text, RCT).on_topic is True


@pytest.mark.parametrize(
    "trait",
    [
        "Of 212 patients included, 124 (58%) had a recorded diagnosis of depression.",
        "Ninety patients had a documented diagnosis of major depression.",
    ],
)
def test_a_recorded_diagnosis_in_another_diseases_cohort_measures_nothing(trait: str) -> None:
    text = (
        "Methods: We reviewed the records of adults with chronic non-cancer pain who started "
        "low-dose naltrexone (1.5-4.5 mg daily) at a pain service.\n"
        f"Results: {trait} Pain fell from 6.8 to 5.6 at 6 months."
    )
    title = "Low-dose naltrexone in chronic pain: a retrospective cohort"
    assert facts(title, text, JOURNAL).on_topic is False


def test_depression_named_as_the_co_occurrence_in_a_review_measures_nothing() -> None:
    text = (
        "Low-dose naltrexone (LDN), usually taken at 1.5-4.5 mg daily, has been studied in "
        "fibromyalgia in four randomised trials. We discuss small samples and the frequent "
        "co-occurrence of depression and anxiety in fibromyalgia populations, which "
        "complicates recruitment. Future trials should compare LDN with duloxetine."
    )
    title = "Low-dose naltrexone in fibromyalgia: a narrative review"
    assert facts(title, text, REVIEW).on_topic is False


# --- two tallies in one pair of brackets ---------------------------------------------------------


def test_a_tally_of_classes_after_the_arms_tally_names_no_arm() -> None:
    text = (
        "Methods: Post-hoc analysis of a placebo-controlled trial in which adults with major "
        "depressive disorder on an SSRI or SNRI received naltrexone 4.5 mg or placebo.\n"
        "Results: The analysis included 170 participants (LDN 86, placebo 84; SSRI 104, SNRI "
        "66). Anhedonia improved with LDN whatever the class."
    )
    title = "Low-dose naltrexone and anhedonia by antidepressant class: a post-hoc analysis"
    found = facts(title, text, RCT)
    assert found.concomitant_classes == ["serotonergic", "noradrenergic"]


# --- a misprinted dose that an erratum corrects -------------------------------------------------

MISPRINT_TITLE = "Low-dose naltrexone versus sertraline for postpartum depression"
MISPRINT_TEXT = (
    "Methods: Breastfeeding women with postpartum depression were randomized to naltrexone "
    "45 mg at night or sertraline 50 mg/day for 8 weeks.\n"
    "Results: Sixty women were randomized; the HDRS-17 fell by 9.8 points with LDN (4.5 mg) "
    "and by 11.2 with sertraline."
)


def test_a_decimal_slip_an_erratum_corrects_is_no_dose() -> None:
    found = facts(MISPRINT_TITLE, MISPRINT_TEXT, RCT, corr=[("ErratumIn", "2")])
    assert found.ldn_doses_mg == [4.5]
    assert found.on_topic is True
    assert "larger-trials" in gaps(MISPRINT_TITLE, MISPRINT_TEXT, RCT, corr=[("ErratumIn", "2")])


def test_without_an_erratum_the_dose_above_the_band_stands() -> None:
    # (precision first: nothing in the record itself says which of the two is wrong)
    found = facts(MISPRINT_TITLE, MISPRINT_TEXT, RCT)
    assert found.on_topic is False
    assert gaps(MISPRINT_TITLE, MISPRINT_TEXT, RCT) == {}


# --- doses and arms, said the hard way -----------------------------------------------------------


def test_a_weekly_exposure_taken_in_seven_nightly_doses_is_a_seventh_a_day() -> None:
    text = (
        "Methods: Adults with major depressive disorder taking bupropion were randomised to a "
        "weekly naltrexone exposure of 10.5 mg or 21 mg, each taken as seven equal nightly "
        "doses, or to placebo, for 6 weeks.\n"
        "Results: Twelve, 13 and 12 participants were allocated to the 10.5 mg, 21 mg and "
        "placebo arms, respectively. HAM-D fell most with 21 mg."
    )
    found = facts("Two weekly naltrexone exposures in depression: a pilot", text, RCT)
    assert found.ldn_doses_mg == [1.5, 3.0]
    assert found.n == 37
    assert found.compares_doses is True


def test_capsules_containing_the_drug_counted_up_to_a_target() -> None:
    text = (
        "Methods: Adults with major depressive disorder on an SSRI will be randomised to "
        "naltrexone or placebo for 10 weeks. Study capsules contain naltrexone 1.5 mg or "
        "placebo; participants take one capsule at bedtime in week 1, two in week 2 and three "
        "from week 3 to week 10. We plan to randomise 100 participants."
    )
    found = facts("Low-dose naltrexone added to SSRIs: a trial protocol", text, PROTOCOL)
    assert found.ldn_doses_mg == [4.5]


@pytest.mark.parametrize("after", ["; 39 completed 6 weeks.", ". Thirty-nine completed 6 weeks."])
def test_arms_named_by_their_dose_alone_add_up(after: str) -> None:
    text = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 250 "
        "micrograms, naltrexone 1 mg or placebo nightly for 6 weeks.\n"
        "Results: Fourteen participants received 250 micrograms, 15 received 1 mg and 14 "
        f"received placebo{after} SHAPS improved in both active arms."
    )
    title = "Ultra-low-dose versus low-dose naltrexone for anhedonic depression: a pilot"
    assert facts(title, text, RCT).n == 43


def test_the_drug_in_brackets_after_a_cross_taper_is_the_one_taken_on() -> None:
    text = (
        "Methods: Thirty-four outpatients with major depressive disorder taking bupropion XL "
        "had naltrexone 4.5 mg at bedtime added. Non-responders at week 6 were switched from "
        "bupropion to escitalopram by a 1-week cross-taper (escitalopram 10 mg, increased to "
        "20 mg if needed), while naltrexone 4.5 mg continued unchanged.\n"
        "Results: Seven of 15 responded after the switch to escitalopram."
    )
    title = "Low-dose naltrexone with bupropion, then with escitalopram: a sequential study"
    found = facts(title, text, TRIAL)
    assert "escitalopram" in found.concomitant_antidepressants
    assert "serotonergic" in found.concomitant_classes
