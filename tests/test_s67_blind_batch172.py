"""Kinds from blind batch 172 (session 67, first measured on the src of 906d3bcf, batch
171's fixes), written again in other words.

- holdout711 52204473 (three false verdicts): a trial in "Adults aged >=65 with chronic low
  back pain" did not name its people's condition (the age had no unit), so "Comorbid
  depression was common at baseline (PHQ-9 >=10 in 31%)" read as a depressed population.
- registry157 NCT00291353 (a false in-progress dose-finding verdict): an extension where
  "Everyone receives the same open-label dose", "whatever arm they were randomized to".
- holdout709 52204425: LDN begun with an SSRI taper, and the study's "During the 4-week
  overlap, ..." naming the weeks both were taken, took the SSRI alongside.
- holdout709 52204431: "a dose chosen because earlier patients reported no benefit from
  4.5 mg" read 4.5 mg as the study's.
- holdout708 52204408: a subgroup analysis's "Participants with a baseline PHQ-9 of 10 or
  more (n = 71) formed the depressed subgroup" lost to the parent's 140.
- holdout707 52204390: "combinations with serotonergic and non-serotonergic
  antidepressants" (and "non-serotonergic" alone) read as a serotonergic regimen.
- holdout710 52204444: "Of 1,046 patients ..., 212 received LDN ...; they form the study
  cohort" read 1,046.
- preprints150 PPR9901433: "Patients with depression ... are more likely to stop LDN early"
  read depression as an outcome.
"""

from __future__ import annotations

from written import (
    JOURNAL,
    PROTOCOL,
    RCT,
    TRIAL,
    arm,
    facts,
    gaps,
    judge_registration,
    registration,
)


def test_a_share_of_older_pain_patients_with_depression_is_no_depressed_sample() -> None:
    title = "Two doses of low-dose naltrexone for chronic neck pain in older adults"
    text = (
        "Methods: Adults aged >=60 with chronic neck pain (NRS >=4) were randomised to LDN "
        "2 mg, LDN 4.5 mg or placebo for 10 weeks (n=90 randomised). Comorbid depression was "
        "frequent at baseline (PHQ-9 >=10 in 28%) and stable antidepressants, mostly "
        "duloxetine, were allowed. Outcomes were pain and disability.\n"
        "Results: Pain fell most with 4.5 mg (p=0.03)."
    )
    got = facts(title, text, RCT)
    assert got.depression_population is False
    assert gaps(title, text, RCT) == {}


def test_an_age_floor_with_no_unit_still_names_the_other_condition() -> None:
    title = "Low-dose naltrexone for chronic neck pain in older adults: a randomised trial"
    text = (
        "Methods: Adults aged 60 or older with chronic neck pain were randomised to LDN "
        "4.5 mg or placebo for 10 weeks. Depression was common at entry (PHQ-9 >=10 in "
        "a third); PHQ-9 was a secondary outcome.\n"
        "Results: Ninety participants were randomised; pain and PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).depression_population is False


def test_a_threshold_every_participant_met_still_selects() -> None:
    # (control: the threshold as an entry criterion, no share after it)
    title = "Low-dose naltrexone in late-life depression: a randomised trial"
    text = (
        "Methods: Adults aged 60 or older with major depression (PHQ-9 >=10) were "
        "randomised to LDN 4.5 mg or placebo for 10 weeks.\n"
        "Results: Ninety participants were randomised; PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).depression_population is True


def _extension(description: str) -> dict[str, object]:
    return registration(
        title="Open-Label Extension of Low-Dose Naltrexone in Depression",
        official_title=(
            "A 24-Week Open-Label Extension Study of Naltrexone 4.5 mg in Participants Who "
            "Completed a Dose-Ranging Trial"
        ),
        status="ACTIVE_NOT_RECRUITING",
        summary="Participants who completed the parent trial receive low-dose naltrexone.",
        description=description,
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=62,
        enrollment_type="ACTUAL",
        arms=[
            arm(
                "Open-label naltrexone",
                "EXPERIMENTAL",
                "Naltrexone added to the continuing SSRI",
                ["Naltrexone"],
            )
        ],
    )


def test_one_open_label_dose_for_everyone_in_an_extension_compares_none() -> None:
    study = _extension(
        "All participants who finished the parent dose-ranging study, whatever arm they "
        "were randomized to, may enter. Everyone receives the same open-label dose: "
        "naltrexone 4.5 mg nightly for 24 weeks; those who took 1.5 mg or 3 mg in the parent "
        "study switch directly to 4.5 mg. Participants continue their SSRI."
    )
    got, verdicts = judge_registration(study)
    assert got.compares_doses is False
    assert verdicts["dose-finding"] == "no"


def test_an_extension_that_keeps_its_parent_doses_still_compares_them() -> None:
    # (control: the parent's arms continued in the extension)
    study = _extension(
        "Participants who finished the parent dose-ranging study continue the dose they "
        "were randomized to, naltrexone 1.5 mg or 4.5 mg nightly, for 24 weeks, blind to "
        "dose. Participants continue their SSRI."
    )
    got, _ = judge_registration(study)
    assert got.compares_doses is True


def test_ldn_begun_with_a_taper_whose_overlap_is_named_is_taken_with_it() -> None:
    title = "Switching from an SNRI to low-dose naltrexone in depression: an open-label study"
    text = (
        "Methods: Adults in a current major depressive episode (MADRS >= 20) after at least "
        "8 weeks of venlafaxine or duloxetine, who reported intolerable adverse effects, "
        "started naltrexone 1.5 mg/day on the first day of a 3-week SNRI taper. Naltrexone "
        "was increased to 3 mg/day at week 2, and the SNRI was stopped at week 3; from week "
        "3 to week 12 participants took naltrexone alone.\n"
        "Results: Thirty-six patients were enrolled; MADRS fell. During the 3-week overlap, "
        "4 patients reported discontinuation symptoms."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_ldn_begun_after_the_taper_ended_is_not_taken_with_it() -> None:
    # (control: the taper over before LDN began)
    title = "Switching from an SNRI to low-dose naltrexone in depression: an open-label study"
    text = (
        "Methods: Adults in a current major depressive episode (MADRS >= 20) after at least "
        "8 weeks of venlafaxine or duloxetine completed a 3-week taper and then started "
        "naltrexone 4.5 mg/day alone.\n"
        "Results: Thirty-six patients were enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == []


def test_a_dose_earlier_patients_had_is_not_the_studys() -> None:
    title = "Compounded naltrexone 10 mg daily in depressive disorders: a chart review"
    text = (
        "Methods: We reviewed records of adults with a depressive disorder who started "
        "compounded naltrexone at 10 mg once daily, a dose chosen because previous patients "
        "reported no benefit from 4.5 mg. PHQ-9 was recorded at each visit.\n"
        "Results: Seventy patients met criteria; PHQ-9 fell from 15.1 to 10.2."
    )
    got = facts(title, text, JOURNAL)
    assert got.ldn_doses_mg == []
    assert got.on_topic is False


def test_a_subgroup_a_derived_report_forms_is_its_sample() -> None:
    title = "Low-dose naltrexone 2 mg versus 4.5 mg in long COVID: secondary analysis of those with depression"
    text = (
        "Design: Secondary analysis of a 10-week double-blind trial in which 150 adults with "
        "long COVID were randomized to naltrexone 2 mg, 4.5 mg or placebo.\n"
        "Methods: Those with a baseline PHQ-9 of 10 or more (n = 64) formed the depressed "
        "subgroup. Outcomes were PHQ-9 and fatigue.\n"
        "Results: PHQ-9 fell most with 4.5 mg."
    )
    assert facts(title, text, RCT).n == 64


def test_non_serotonergic_antidepressants_are_no_serotonergic_regimen() -> None:
    title = "Low-dose naltrexone augmentation in depression: an open trial"
    text = (
        "Methods: Adults with major depressive disorder on non-serotonergic antidepressants "
        "received LDN 4.5 mg for 8 weeks.\n"
        "Results: Forty patients were enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == []


def test_a_protocol_splitting_its_cohort_by_class_names_no_regimen() -> None:
    title = "A registry of low-dose naltrexone prescribed for depression: protocol"
    text = (
        "Methods: Adults with a current depressive episode (PHQ-9 of 10 or more) newly "
        "prescribed LDN by their physician will be invited; nothing is assigned by the study. "
        "We plan to enrol 500 patients. Analyses will compare outcomes between users of "
        "noradrenergic and non-noradrenergic antidepressants."
    )
    assert facts(title, text, PROTOCOL).concomitant_classes == []


def test_serotonergic_regimens_named_as_such_keep_their_class() -> None:
    # (control)
    title = "Low-dose naltrexone augmentation in depression: an open trial"
    text = (
        "Methods: Adults with major depressive disorder on serotonergic antidepressants "
        "received LDN 4.5 mg for 8 weeks.\n"
        "Results: Forty patients were enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["serotonergic"]


def test_the_count_a_clause_calls_the_study_cohort_is_the_sample() -> None:
    title = "Low-dose naltrexone added to antidepressants: a retrospective cohort"
    text = (
        "Methods: We reviewed records from 2015 to 2024. Of 2,310 patients with major "
        "depressive disorder seen in that period, 187 received LDN 4.5 mg added to their "
        "antidepressant and had a PHQ-9 within 12 weeks; these form the study cohort.\n"
        "Results: PHQ-9 fell from 16.2 to 11.4."
    )
    assert facts(title, text, JOURNAL).n == 187


def test_depression_that_predicts_stopping_the_drug_is_no_outcome() -> None:
    title = "Who stops low-dose naltrexone? A health-record cohort in chronic pain"
    text = (
        "Methods: Adults with chronic pain who received a first LDN prescription were "
        "followed in linked health records.\n"
        "Results: A total of 2,015 patients were included; 48% stopped within six months.\n"
        "Conclusions: Patients with depression or opioid use are more likely to discontinue "
        "LDN early."
    )
    assert facts(title, text, JOURNAL).on_topic is False
