"""Kinds from blind batch 182 (session 69, first measured on the src of c50adf1d), written
again in other words.

- holdout758 52205418 (missed serotonergic and dose-finding verdicts): an objective opening
  on the field ("In clinical practice LDN is given at 4.5 mg ...") read as the study's
  routine-care design; and its aim "to find the lowest dose at which depressed patients
  improve" names a dose-finding study, each step a dose tried.
- holdout761 52205480 (a missed larger-trials verdict): "51 randomised 1:1:1 to LDN 2 mg,
  LDN 4.5 mg or placebo", the terse abstract's count with no "were".
- holdout760 52205460 (off-topic read as on-topic): "No participant was diagnosed with a
  depressive disorder during the study, and depression was not assessed separately"; and
  "41 participants in total started extended-release naltrexone" is no sample size.
- holdout761 52205465 (doses): "escalating in the absence of dose-limiting events" is the
  escalation's rule, not a call for future work.
- holdout757 52205386 (doses): "started at 1.5 mg and titrated at the psychiatrist's
  discretion to a maintenance dose of 3 mg or 4.5 mg" keeps the maintenance doses.
- registry167 NCT00291676 (classes): "randomized ... to LDN 1 mg b.i.d. or placebo, on SSRI
  or SNRI": what every arm was on, no arm of its own.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps

OBSERVATIONAL = ("Journal Article", "Observational Study")


def test_an_objective_opening_on_practice_is_not_the_study_design() -> None:
    title = "Low-dose naltrexone added to antidepressants: a stepwise open study"
    text = (
        "Purpose: In routine clinical practice LDN is prescribed at 4.5 mg, a dose taken "
        "from other indications. We set out to treat depressed outpatients on their "
        "antidepressant with rising doses of LDN.\n"
        "Methods: Twenty-four outpatients with major depression who had not responded to "
        "sertraline or escitalopram continued their SSRI and received LDN at 1 mg, 2 mg "
        "and 4.5 mg, each for two weeks.\n"
        "Results: HAM-D-17 fell from 22 to 14."
    )
    f = facts(title, text, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert gaps(title, text, TRIAL)["serotonergic-combination"] == "addressed"


def test_a_study_of_routine_practice_stays_observational() -> None:
    # (control: the study's own methods name routine care)
    title = "Low-dose naltrexone in depression: experience from routine clinical practice"
    text = (
        "Methods: We reviewed the charts of 64 adults with major depression prescribed LDN "
        "4.5 mg alongside an SSRI in routine clinical practice.\n"
        "Results: PHQ-9 fell by 5 points."
    )
    assert facts(title, text, OBSERVATIONAL).design == "observational"


def test_an_aim_to_find_the_lowest_effective_dose_makes_each_step_a_dose_tried() -> None:
    title = "Low-dose naltrexone in depression on antidepressants: an open study"
    text = (
        "Purpose: We wanted to find the lowest dose of LDN at which depressed patients "
        "improve.\n"
        "Methods: Twenty outpatients with major depression on an SSRI received LDN in "
        "steps of two weeks: 1 mg, 2 mg and 4 mg, each step only if the patient had not "
        "yet responded.\n"
        "Results: Eleven responded, most at 2 mg."
    )
    f = facts(title, text, TRIAL)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert f.compares_doses is True
    assert gaps(title, text, TRIAL)["dose-finding"] == "addressed"


def test_a_titration_to_one_target_is_still_no_dose_comparison() -> None:
    # (control: no aim of finding a dose, one target reached by all)
    title = "Low-dose naltrexone added to an SSRI in depression: an open study"
    text = (
        "Methods: Twenty outpatients with major depression on an SSRI received LDN "
        "started at 1.5 mg and raised to 4.5 mg over two weeks for everyone.\n"
        "Results: Eleven responded."
    )
    f = facts(title, text, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False


def test_a_terse_count_randomised_with_a_ratio_is_the_sample() -> None:
    title = "LDN 1.5 mg vs 4.5 mg vs placebo in bipolar II depression: a pilot RCT"
    text = (
        "Methods: Outpatients with bipolar II depression (MADRS >= 22) on lamotrigine. 57 "
        "randomised 1:1:1 to LDN 1.5 mg, LDN 4.5 mg or placebo at night. Results: 50 "
        "completed. MADRS change -9.9, -12.1 and -6.8."
    )
    f = facts(title, text, ("Congress",))
    assert f.n == 57
    assert gaps(title, text, ("Congress",))["larger-trials"] == "addressed"


def test_one_arms_terse_count_is_not_the_sample() -> None:
    # (control: "60 randomised to placebo and 58 to LDN" names one arm each)
    title = "Low-dose naltrexone in depression: a randomised trial"
    text = (
        "Methods: Outpatients with major depression. 30 randomised to placebo and 28 to LDN 4.5 mg."
    )
    assert facts(title, text, RCT).n != 30


def test_a_diagnosis_count_said_with_no_depression_measure_is_no_mood_outcome() -> None:
    title = "Very-low-dose naltrexone during methadone taper: a randomised trial"
    text = (
        "Methods: Adults tapering methadone were randomised to naltrexone 0.25 mg or "
        "placebo twice daily. Withdrawal was rated daily with the Subjective Opiate "
        "Withdrawal Scale.\n"
        "Results: Seventy participants were randomised. Withdrawal was milder with "
        "naltrexone. No participant developed a depressive disorder during the taper, and "
        "depression was not measured separately."
    )
    assert facts(title, text, RCT).on_topic is False


def test_a_depression_measured_beside_an_unmeasured_other_is_still_an_outcome() -> None:
    # (control: the clause after says another thing was not measured)
    title = "Very-low-dose naltrexone during methadone taper: a randomised trial"
    text = (
        "Methods: Adults tapering methadone were randomised to naltrexone 0.25 mg or "
        "placebo twice daily.\n"
        "Results: Seventy participants were randomised. Depression scores (BDI-II) fell "
        "more with naltrexone, and craving was not measured."
    )
    assert facts(title, text, RCT).on_topic is True


def test_those_who_in_total_went_on_to_do_something_are_no_sample() -> None:
    title = "Low-dose naltrexone in depression: a randomised trial"
    text = (
        "Methods: Adults with major depression were randomised to LDN 4.5 mg or placebo.\n"
        "Results: Eighty participants were randomised (40 per arm). Twenty-six "
        "participants in total started open-label LDN after the trial."
    )
    assert facts(title, text, RCT).n == 80


def test_an_escalation_rule_in_the_absence_of_toxicity_is_no_future_work() -> None:
    title = "Ascending doses of naltrexone in bipolar depression: an open dose-finding study"
    text = (
        "Methods: Adults with bipolar depression on lithium took naltrexone in sequential "
        "cohorts of 0.5, 1, 2 and 4 mg/day, each for 2 weeks, escalating in the absence "
        "of dose-limiting toxicity. Six participants were enrolled at each level.\n"
        "Conclusions: 2 mg/day is proposed for a phase II trial."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [0.5, 1.0, 2.0, 4.0]


def test_a_start_below_the_named_maintenance_doses_is_a_step() -> None:
    title = "Low-dose naltrexone in routine care for depression: a retrospective cohort"
    text = (
        "Methods: We reviewed the records of 180 adults with major depression first "
        "prescribed LDN. LDN was started at 0.5 mg and titrated at the clinician's "
        "discretion to a maintenance dose of 1.5 mg (n = 70) or 4.5 mg (n = 110).\n"
        "Results: PHQ-9 fell by 5 points."
    )
    assert facts(title, text, OBSERVATIONAL).ldn_doses_mg == [1.5, 4.5]


def test_a_start_raised_as_tolerated_keeps_its_flexible_low_end() -> None:
    # (control: no maintenance doses named, the start is the low end of the range)
    title = "Low-dose naltrexone in depression: an open-label study"
    text = (
        "Methods: Forty adults with major depression received LDN started at 1.5 mg and "
        "increased to 3 mg or 4.5 mg as tolerated.\n"
        "Results: HAM-D fell by 7 points."
    )
    assert 1.5 in facts(title, text, TRIAL).ldn_doses_mg


def test_what_every_arm_was_on_after_the_arms_is_taken_by_all() -> None:
    title = "Low-dose naltrexone added to antidepressants in depression: a randomised trial"
    text = (
        "Methods: Adults with major depression were randomised to LDN 1.5 mg b.i.d. or "
        "placebo, on SSRI or SNRI, for 8 weeks.\n"
        "Results: Ninety participants were randomised."
    )
    f = facts(title, text, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(title, text, RCT)["serotonergic-combination"] == "addressed"


def test_a_threshold_before_a_terse_allocation_is_no_count() -> None:
    # (control: "PHQ-9 >= 10 randomized to X or placebo" bounds a score, it counts nobody)
    title = "Naltrexone-bupropion and depressive symptoms in obesity: a randomized trial"
    text = (
        "Among 280 adults with obesity and PHQ-9 >= 10 randomized to naltrexone 32 mg/"
        "bupropion 360 mg or placebo, PHQ-9 scores fell more with active treatment."
    )
    assert facts(title, text, RCT).n == 280
