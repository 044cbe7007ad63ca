"""Kinds from blind batch 157 (session 63, first measured on the src of d7eb1166) read in
session 63 and fixed in session 64, written again in other words.

- holdout632 52202896: a raise for non-responders, then a further raise told with its verb
  left out ("and those still without response at week 8 to 4.5 mg/day"), lost the last
  step; "to identify the minimal effective dose" is explicit dose-finding work.
- holdout634 52202930: "cohort 1, 0.5 mg/day; cohort 2, 2 mg/day" read the cohorts'
  numbers as doses.
- holdout633 52202909: "medications prescribed for fibromyalgia pain, most often duloxetine
  (n = 26) or low-dose amitriptyline" gave the purpose to the first drug only.
- holdout635 52202947: a pain-service cohort whose only mood words were "often to patients
  already taking antidepressants" and "A diagnosis of depression was recorded for 38% of
  patients" read as on-topic.
- registry142 NCT00290920: a registry cohort saying "use of antidepressants is extracted as
  a baseline covariate ...; mood is not an outcome of this study" read as on-topic.
- preprints135 PPR9900970: a secondary analysis "across the 1.5 mg, 4.5 mg and placebo
  arms" lost the 1.5 mg arm.
"""

from __future__ import annotations

from written import JOURNAL, RCT, TRIAL, facts, judge_preprint, judge_registration, preprint
from written import registration as study


def test_a_further_raise_for_those_still_not_responding_keeps_its_step() -> None:
    title = "Low-dose naltrexone added to SSRIs in resistant depression: an open-label study"
    text = (
        "Methods: Adults with resistant major depression on a stable SSRI received "
        "naltrexone 1.5 mg nightly. Those without a 50% fall in HAM-D at week 3 were raised "
        "to 3 mg nightly, and those still not responding at week 6 to 4.5 mg nightly. "
        "Results: Forty-one enrolled; 15 responded."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_a_study_set_to_find_the_lowest_effective_dose_is_dose_finding() -> None:
    title = "Low-dose naltrexone in depression on SNRIs: an open-label study"
    text = (
        "Objective: To find the lowest effective dose of naltrexone added to an SNRI. "
        "Methods: Adults with major depression on venlafaxine or duloxetine started "
        "naltrexone 1 mg daily; non-responders at week 4 were raised to 3 mg daily. "
        "Results: Thirty enrolled; 9 responded at 1 mg and 5 more at 3 mg."
    )
    assert facts(title, text, TRIAL).compares_doses is True


def test_one_dose_asked_to_be_the_lowest_effective_one_compares_nothing() -> None:
    # (control: the question is about the one dose the study gives)
    title = "Is 1.5 mg the minimal effective dose of low-dose naltrexone in depression?"
    text = (
        "Methods: Adults with major depression on an SSRI received naltrexone 1.5 mg "
        "nightly for 8 weeks. Results: Thirty-two enrolled; MADRS fell by 8.1 points."
    )
    assert facts(title, text, TRIAL).compares_doses is False


def test_numbered_cohorts_heading_their_doses_are_no_doses() -> None:
    title = "Sequential cohorts of low-dose naltrexone added to SNRIs in depression"
    text = (
        "Methods: Adults with major depression on an SNRI received add-on naltrexone for 8 "
        "weeks: cohort 1, 1 mg/day; cohort 2, 2.5 mg/day; cohort 3, 4.5 mg/day. Results: "
        "Thirty were enrolled (10 per cohort)."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.0, 2.5, 4.5]


def test_a_purpose_heading_a_list_of_its_commonest_drugs_is_every_drugs() -> None:
    title = (
        "Depressive symptoms in a randomized trial of low-dose naltrexone for chronic low "
        "back pain: secondary analysis"
    )
    text = (
        "Methods: In the parent trial, 160 adults with chronic low back pain were randomized "
        "to naltrexone 3 mg, 4.5 mg or placebo once daily for 12 weeks. This secondary "
        "analysis included the 58 participants with a baseline PHQ-9 of 10 or more. Many "
        "continued medications prescribed for low back pain, most often duloxetine (n = 19) "
        "or low-dose amitriptyline at night (n = 11). Outcomes were PHQ-9 change. Results: "
        "PHQ-9 fell by 3.0 points more with 4.5 mg."
    )
    assert facts(title, text, RCT).concomitant_classes == []


def test_a_depression_diagnosis_recorded_for_a_share_of_a_pain_cohort_is_a_trait() -> None:
    title = "Low-dose naltrexone in a neuropathic pain clinic: a retrospective cohort"
    text = (
        "Purpose: Low-dose naltrexone is often prescribed for neuropathic pain, frequently to "
        "patients already taking antidepressants. Methods: Records of 150 patients started "
        "on naltrexone 1.5-4.5 mg were reviewed. A diagnosis of depression was recorded for "
        "41% of patients. The outcome was change in pain intensity at 3 months. Results: "
        "Pain fell from 6.8 to 5.6."
    )
    assert facts(title, text, JOURNAL).on_topic is False


def test_mood_measured_in_a_pain_cohort_stays_on_topic() -> None:
    # (control: the same cohort with a mood outcome of its own)
    title = "Low-dose naltrexone in a neuropathic pain clinic: a retrospective cohort"
    text = (
        "Methods: Records of 150 patients started on naltrexone 1.5-4.5 mg were reviewed. "
        "A diagnosis of depression was recorded for 41% of patients. Outcomes were change in "
        "pain intensity and in PHQ-9 at 3 months. Results: PHQ-9 fell from 12.1 to 9.0."
    )
    assert facts(title, text, JOURNAL).on_topic is True


def test_a_registry_cohort_that_says_mood_is_no_outcome_is_off_topic() -> None:
    reg = study(
        title="Low-Dose Naltrexone in Long COVID Fatigue: Clinic Cohort",
        status="COMPLETED",
        study_type="OBSERVATIONAL",
        conditionsModule={
            "conditions": ["Post-COVID Condition"],
            "keywords": ["naltrexone", "depression history"],
        },
        enrollment=140,
        enrollment_type="ACTUAL",
        summary="A review of clinic records of patients with long COVID given low-dose "
        "naltrexone, describing fatigue and function.",
        description="Doses ranged from 1 mg to 4.5 mg per day. A recorded history of "
        "depression or use of antidepressants is abstracted as a baseline covariate; mood is "
        "not an outcome of this study.",
        outcomes=["Change in fatigue severity"],
    )
    f, _ = judge_registration(reg)
    assert f.on_topic is False


def test_arms_named_by_their_doses_before_a_placebo_arm_are_the_drugs() -> None:
    title = (
        "Anhedonia during low-dose naltrexone for fibromyalgia: secondary analysis of a "
        "randomised trial"
    )
    abstract = (
        "Background: In a randomised trial of low-dose naltrexone for fibromyalgia, 4.5 mg "
        "daily improved mood. Methods: Secondary analysis of participants with SHAPS scores; "
        "mixed models compared change across the 2 mg, 4.5 mg and placebo arms. Results: "
        "The analysis included 96 participants. Anhedonia fell more with 4.5 mg."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.ldn_doses_mg == [2.0, 4.5]
