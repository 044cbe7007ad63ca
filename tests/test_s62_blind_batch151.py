"""Kinds from blind batch 151 (session 62, first measured on the src of e067841f and
3ec42ac7), written again in other words.

- holdout602 52202300: a kappa antagonist with a code name beginning "NTX-" ("NTX-K41")
  read as naltrexone (NTX): off-topic read as on-topic, all three gaps falsely addressed.
- holdout605 52202356: a protocol's "The SSRI will be tapered and discontinued" not read as
  a stop (the future tense), so the SSRI counted as co-medication.
- holdout604 52202332: "resumed an antidepressant while continuing LDN, most often
  sertraline or bupropion": bupropion, stopped at entry, not read as taken again.
- holdout606 52202363: "compounded as 1.5 mg capsules taken at bedtime" read as a capsule's
  strength, not the dose (the raise to 3 mg kept alone).
- registry136 NCT00290724: "A diagnosis of depression is neither required nor exclusionary
  unless severe (BDI-II > 28)" read as a depressed population: larger-trials falsely
  addressed for a fibromyalgia trial.
- registry136 NCT00290730: "Bupropion is a dopamine and norepinephrine reuptake inhibitor"
  read as an NRI taken alongside.
- registry136 NCT00290731: a registry that "records ... concomitant medications (including
  antidepressants such as SSRIs)" read as SSRIs taken alongside.
- preprints129 PPR9900789: an antidepressant "permitted if unchanged for three months
  before entry" read as one taken in the past (duloxetine lost).
- preprints129 PPR9900801: a statistical analysis plan's arms, told in its background
  ("the trial now randomises participants to naltrexone 1 mg, 2.5 mg or 4.5 mg"), read as
  another study's.
- preprints129 PPR9900807: a preprint titled "A Case Report and Brief Review" read as a
  review (no patient, no dose).
"""

from __future__ import annotations

from written import (
    PROTOCOL,
    RCT,
    TRIAL,
    arm,
    drug,
    facts,
    gaps,
    judge_preprint,
    judge_registration,
    preprint,
    registration,
)

# --- a look-alike's code name that starts with the abbreviation ---------------------------

KAPPA_TITLE = (
    "A selective kappa-opioid receptor antagonist added to antidepressants for anhedonia: a "
    "randomized, dose-ranging trial"
)


def _kappa(code: str) -> str:
    return (
        "Background: Blocking kappa-opioid receptors may relieve anhedonia. "
        f"Methods: Adults with major depressive disorder (HAM-D >= 20) and an inadequate response "
        f"to an SSRI were randomized to {code} 1 mg, 4 mg or 12 mg or placebo daily for 8 weeks, "
        "added to their antidepressant. "
        "Results: We randomized 212 patients. Anhedonia improved at 12 mg (p = 0.03) but HAM-D "
        "change did not differ from placebo."
    )


def test_a_code_name_beginning_with_the_abbreviation_is_another_drug() -> None:
    assert gaps(KAPPA_TITLE, _kappa("NTX-B207"), RCT) == {}
    assert not facts(KAPPA_TITLE, _kappa("NTX-B207"), RCT).on_topic


def test_the_abbreviation_with_a_hyphened_word_is_still_the_drug() -> None:
    # (control: "NTX-treated" names naltrexone)
    title = "Low-dose naltrexone (NTX) added to SSRIs in depression: a randomized trial"
    text = (
        "Methods: Adults with major depressive disorder on an SSRI were randomized to NTX 1 mg "
        "or 4.5 mg or placebo daily for 8 weeks. Results: We randomized 180 patients; "
        "NTX-treated patients improved more than those on placebo (p = 0.01)."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [1.0, 4.5]


# --- a protocol's future-tense stop -------------------------------------------------------

SWITCH_TITLE = "Low-dose naltrexone after a switch to bupropion: protocol for a randomised trial"


def _switch(stop: str) -> str:
    return (
        "Methods: Adults with major depression and a poor response to an SNRI will be switched "
        f"to bupropion XL 300 mg. {stop} Participants still depressed after 4 weeks will be "
        "randomised to naltrexone 4.5 mg or placebo nightly for 8 weeks; 90 will be enrolled."
    )


def test_a_drug_that_will_be_tapered_and_discontinued_is_stopped() -> None:
    text = _switch("The SNRI will be tapered and discontinued over 10 days.")
    assert facts(SWITCH_TITLE, text, PROTOCOL).concomitant_classes == ["dopaminergic"]


def test_a_drug_that_will_be_continued_is_kept() -> None:
    # (control)
    text = _switch("The SNRI will be continued at the same dose.")
    assert "serotonergic" in facts(SWITCH_TITLE, text, PROTOCOL).concomitant_classes


# --- a drug resumed beside the watched one ------------------------------------------------

RESUME_TITLE = "Patients who replaced their antidepressant with low-dose naltrexone: a chart review"


def _resume(results: str) -> str:
    return (
        "Methods: We reviewed the records of adults with major depressive disorder who "
        "discontinued an antidepressant (an SSRI, mirtazapine or bupropion) and began "
        "naltrexone 4.5 mg nightly. "
        f"Results: Ninety-one patients were included. {results} PHQ-9 fell by 6 points."
    )


def test_a_drug_resumed_while_ldn_went_on_is_taken_with_it() -> None:
    text = _resume(
        "Eighteen later restarted an antidepressant alongside naltrexone, usually escitalopram "
        "(n = 8) or bupropion (n = 6)."
    )
    assert sorted(facts(RESUME_TITLE, text).concomitant_classes) == ["dopaminergic", "serotonergic"]


def test_a_drug_resumed_on_leaving_ldn_is_not() -> None:
    # (control: the resumption ends the watched drug)
    text = _resume("Eighteen restarted bupropion (n = 6) and were withdrawn from naltrexone.")
    assert "dopaminergic" not in facts(RESUME_TITLE, text).concomitant_classes


# --- one capsule taken at a time of day ---------------------------------------------------

TEEN_TITLE = "Low-dose naltrexone added to sertraline in adolescents with depression: a pilot"


def test_capsules_taken_at_bedtime_are_the_dose() -> None:
    text = (
        "Methods: Adolescents with major depressive disorder despite 8 weeks of sertraline were "
        "enrolled in a 12-week open-label pilot. Naltrexone was made up as 2 mg capsules taken "
        "each evening; at week 6, those with less than 25% improvement were raised to 4 mg. "
        "Results: Twenty were enrolled; eleven were raised to 4 mg."
    )
    assert facts(TEEN_TITLE, text, TRIAL).ldn_doses_mg == [2.0, 4.0]


# --- registrations ------------------------------------------------------------------------


def _pain_trial(eligibility: str) -> dict:
    return registration(
        title="Low Dose Naltrexone for Chronic Low Back Pain and Mood",
        status="COMPLETED",
        conditions=["Chronic Low Back Pain", "Depressive Symptoms"],
        allocation="RANDOMIZED",
        enrollment=120,
        enrollment_type="ACTUAL",
        summary=(
            "Adults with chronic low back pain are randomised to naltrexone 4.5 mg or placebo "
            "nightly for 12 weeks. Mood is a secondary outcome."
        ),
        description=f"Depression is measured with the PHQ-9. {eligibility}",
        arms=[
            ("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly"),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo", ["Placebo"]),
        ],
        has_results=True,
    )


def test_depression_neither_required_nor_excluded_selects_nobody() -> None:
    f, g = judge_registration(
        _pain_trial(
            "Major depression is neither required nor exclusionary unless severe (PHQ-9 > 20)."
        )
    )
    assert not f.depression_population and g["larger-trials"] == "no"


def test_depression_required_selects_a_depressed_population() -> None:
    # (control)
    f, _ = judge_registration(
        _pain_trial("Major depression with a PHQ-9 of 10 or more is required for entry.")
    )
    assert f.depression_population


def _on_bupropion(description: str) -> dict:
    return registration(
        title="Naltrexone Added to Bupropion for Anhedonia",
        allocation="RANDOMIZED",
        enrollment=40,
        summary="People with depression taking bupropion receive naltrexone 2 mg or placebo.",
        description=description,
        arms=[
            ("Naltrexone", "EXPERIMENTAL", "Naltrexone 2 mg daily plus bupropion"),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo daily plus bupropion", ["Placebo"]),
        ],
    )


def test_a_mechanism_naming_two_transmitters_is_no_drug_taken() -> None:
    f, _ = judge_registration(
        _on_bupropion("Bupropion is a dopamine and noradrenaline reuptake inhibitor.")
    )
    assert f.concomitant_classes == ["dopaminergic"]


def test_a_second_drug_named_with_and_is_still_taken() -> None:
    # (control: a drug, not a transmitter, after "and")
    f, _ = judge_registration(_on_bupropion("Participants take bupropion and an SNRI."))
    assert "noradrenergic" in f.concomitant_classes


def _users_registry(collects: str) -> dict:
    return registration(
        title="Registry of New Low Dose Naltrexone Users",
        study_type="OBSERVATIONAL",
        conditions=["Chronic Pain", "Depression", "Fatigue"],
        enrollment=400,
        summary="Adults starting LDN for any reason complete mood and pain questionnaires.",
        description=f"The registry {collects} Doses of 1 to 4.5 mg daily are typical.",
        arms=[arm("New users", "", "Adults starting low dose naltrexone in routine care")],
        interventions=[drug("Low dose naltrexone", "As prescribed")],
    )


def test_a_registry_recording_medications_such_as_ssris_takes_none() -> None:
    f, _ = judge_registration(
        _users_registry(
            "collects the dose, the indication, concomitant medications (for example "
            "antidepressants such as SNRIs) and questionnaires."
        )
    )
    assert f.concomitant_classes == []


# --- preprints ----------------------------------------------------------------------------


def test_a_drug_kept_unchanged_for_months_before_entry_is_taken() -> None:
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone for irritable bowel syndrome with low mood: a randomised trial",
            "<h4>Methods</h4>Adults with irritable bowel syndrome were randomised to naltrexone "
            "4.5 mg or placebo for 12 weeks. An antidepressant for comorbid depression (mainly "
            "citalopram or venlafaxine) was allowed if unchanged for two months before "
            "randomisation. The HADS depression subscale was a secondary outcome."
            "<h4>Results</h4>We randomised 100 participants; 37 took an antidepressant.",
        )
    )
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]


def test_a_drug_stopped_months_before_is_not_taken() -> None:
    # (control: a past drug)
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone in depression: a case report",
            "A 40-year-old man with major depressive disorder had taken venlafaxine, stopped "
            "two years before. He received naltrexone 4.5 mg nightly for 10 weeks and his "
            "MADRS fell from 30 to 12.",
        )
    )
    assert "noradrenergic" not in f.concomitant_classes


def test_an_analysis_plans_arms_told_in_its_background_are_its_doses() -> None:
    f, g = judge_preprint(
        preprint(
            "Statistical analysis plan for BRIGHT-LDN: a randomised dose-finding trial of "
            "low-dose naltrexone in late-life depression",
            "<h4>Background</h4>BRIGHT-LDN (NCT06999999) is a placebo-controlled trial of "
            "low-dose naltrexone (LDN) added to an SSRI in adults over 60 with major depression. "
            "After an amendment, the trial randomises participants to naltrexone 0.5 mg, 2 mg or "
            "4.5 mg daily or placebo; the target sample size was raised to 160 participants. "
            "<h4>Methods</h4>The primary analysis will compare each dose with placebo using "
            "mixed models. Recruitment is ongoing.",
        )
    )
    assert f.ldn_doses_mg == [0.5, 2.0, 4.5]
    assert g["dose-finding"] == "in_progress"


def test_a_case_report_with_a_brief_review_is_a_case_report() -> None:
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone in perimenopausal depression: a case report and brief review",
            "We report a 49-year-old woman with a major depressive episode (HAM-D 24) who had "
            "not tolerated two SSRIs. Naltrexone 3 mg at night was started and her HAM-D fell to "
            "9 over 10 weeks. We then review four published reports of LDN in depression.",
        )
    )
    assert (f.design, f.n, f.ldn_doses_mg) == ("case_report", 1, [3.0])


def test_a_review_of_case_reports_is_a_review() -> None:
    # (control: no patient of its own)
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone in depression: a review of case reports",
            "We review eleven published case reports of LDN in depression. Doses ranged from "
            "1.5 to 4.5 mg and most patients took an SSRI.",
        )
    )
    assert f.design == "review"
