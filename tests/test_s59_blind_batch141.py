"""Kinds from blind batch 141 (session 59, first measured on the src of b93ced33), written
again in other words.

- holdout554 52201331: a trial of LDN for the symptoms of stopping paroxetine or
  venlafaxine, whose checklist item "sudden worsening of mood" was read as a mood outcome.
- holdout556 52201366: "added to the existing antidepressant, most often sertraline,
  citalopram or mirtazapine, and titrated from 1.5 mg to 4.5 mg as tolerated": the range
  read as mirtazapine's, so mirtazapine (below its dose for depression) and 1.5 mg lost.
- holdout555 52201358: a secondary analysis's "Of the trial's 174 randomised participants,
  those taking an SNRI were analysed" read as its sample over "The SNRI subgroup comprised
  placebo, n = 17; 1.5 mg, n = 19; 4.5 mg, n = 18".
- holdout555 52201341: "those allocated to 4.5 mg take 1.5 mg in week 1 and 3 mg in week 2"
  read as a titration to 3 mg.
- holdout552 52201296: "initiation at 0.5 to 4.5 mg/day; prescribed doses were most often
  4.5 mg (68%) or 3 mg (19%)": the 3 mg share read as a dose.
- holdout555 52201356: a registry protocol whose "LDN is prescribed in routine care at doses
  between 0.5 and 4.5 mg daily" was read as practice, not its people's doses.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, facts

MDD = "Low-dose naltrexone added to antidepressants in major depression"


def test_a_mood_item_of_a_discontinuation_checklist_is_no_mood_outcome() -> None:
    text = (
        "Methods: Adults with obsessive-compulsive disorder in remission who wished to stop "
        "sertraline were randomized to naltrexone 4.5 mg or placebo during a 6-week taper. "
        "The primary outcome was the discontinuation symptom score.\n"
        "Results: Sixty participants were randomized. The symptoms most reduced were "
        "dizziness, nausea and low mood."
    )
    title = "Low-dose naltrexone for sertraline discontinuation symptoms: a randomized trial"
    assert facts(title, text, RCT).on_topic is False


def test_a_discontinuation_trial_that_rates_depression_stays_on_topic() -> None:
    # (control: a depression scale is an outcome)
    text = (
        "Methods: Adults with major depressive disorder in remission who wished to stop "
        "sertraline were randomized to naltrexone 4.5 mg or placebo during a 6-week taper. "
        "Outcomes were the discontinuation symptom score and the MADRS.\n"
        "Results: Sixty participants were randomized. MADRS scores stayed lower with LDN."
    )
    title = "Low-dose naltrexone for sertraline discontinuation symptoms: a randomized trial"
    assert facts(title, text, RCT).on_topic is True


def test_a_range_after_a_class_and_its_usual_drugs_is_the_added_drugs() -> None:
    text = (
        "Design: Retrospective chart review of 90 adults with major depressive disorder.\n"
        "Methods: LDN was added to the current antidepressant, mainly escitalopram, "
        "venlafaxine or mirtazapine, and titrated from 1 mg to 4 mg as tolerated."
    )
    f = facts("Low-dose naltrexone added to antidepressants: a chart review", text)
    assert f.ldn_doses_mg == [1.0, 4.0]
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_a_part_of_the_parent_trial_sized_arm_by_arm_is_the_reports_sample() -> None:
    text = (
        "Methods: Secondary analysis of a randomised, placebo-controlled trial of naltrexone "
        "in major depressive disorder. Of the trial's 210 randomised participants, those "
        "taking an SSRI at baseline were analysed.\n"
        "Results: The SSRI subgroup comprised placebo, n = 22; 2 mg, n = 25; 4 mg, n = 24."
    )
    title = f"{MDD}: a secondary analysis of an SSRI subgroup"
    assert facts(title, text, RCT).n == 71


def test_the_parent_trials_whole_sample_analysed_again_is_the_reports() -> None:
    # (control: no part taken out of the trial's people)
    text = (
        "Methods: Secondary analysis of a randomised, placebo-controlled trial of naltrexone "
        "in major depressive disorder. Data of the trial's 210 randomised participants were "
        "analysed for sleep outcomes."
    )
    title = f"{MDD}: a secondary analysis of sleep"
    assert facts(title, text, RCT).n == 210


def test_the_steps_of_one_arm_told_after_the_arms_lead_to_its_dose() -> None:
    text = (
        "Methods: Adults with major depressive disorder on an SSRI are allocated 1:1:1 to "
        "naltrexone 1 mg, naltrexone 4 mg or matching placebo for 10 weeks; participants "
        "assigned to 4 mg take 1 mg during week 1 and 2 mg during week 2."
    )
    assert facts(f"{MDD}: protocol for a three-arm trial", text, PROTOCOL).ldn_doses_mg == [
        1.0,
        4.0,
    ]


def _cohort_doses(exposures: str) -> list[float]:
    text = (
        "Design: Cohort study of electronic health records of adults with major depressive "
        f"disorder taking an antidepressant.\nExposures: {exposures}\n"
        "Results: The study included 3100 patients."
    )
    f = facts(f"{MDD}: a cohort study", text, ["Journal Article", "Observational Study"])
    return f.ldn_doses_mg


def test_shares_of_people_inside_a_range_are_no_further_doses() -> None:
    assert _cohort_doses(
        "LDN started at 1 to 4.5 mg/day; prescribed doses were mostly 4.5 mg (61%) or 2 mg (22%)."
    ) == [1.0, 4.5]


def test_a_dose_with_its_share_outside_any_range_stays() -> None:
    # (control: no range told before it)
    assert _cohort_doses("LDN prescribed at 4.5 mg (61%) or 2 mg (39%).") == [2.0, 4.5]


def test_a_registry_protocols_present_tense_prescriptions_are_its_doses() -> None:
    text = (
        "Introduction: Outcomes of LDN added to antidepressants in routine care are unknown.\n"
        "Methods: This is a prospective observational registry in 25 clinics of adults with a "
        "current depressive episode taking an SSRI. No study drug is supplied; LDN is "
        "prescribed in everyday care at doses between 1 and 4.5 mg daily at the clinician's "
        "discretion. We aim to include 300 patients."
    )
    f = facts(f"{MDD}: protocol for a prospective registry", text)
    assert f.ldn_doses_mg == [1.0, 4.5]


def test_practice_told_in_a_case_reports_opening_is_no_dose() -> None:
    # (control: the present tense of practice outside a plan)
    text = (
        "LDN is prescribed in usual care at doses between 1 and 4.5 mg daily. We describe a "
        "woman with major depressive disorder on sertraline who took naltrexone 3 mg nightly."
    )
    f = facts("Low-dose naltrexone added to sertraline: a case report", text, ["Case Reports"])
    assert f.ldn_doses_mg == [3.0]
