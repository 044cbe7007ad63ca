"""Kinds from blind batch 152 (session 62, first measured on the src of af416a0a), written
again in other words.

- holdout609 52202437: a trial of 8 and 16 mg whose "Target doses were reached after one
  week at 4 mg/day" read as a 4 mg LDN arm: off-topic read as on-topic, two gaps falsely
  addressed.
- holdout609 52202435: adolescents "who declined SSRI treatment" (and families who "decline
  SSRIs", one "referred for SSRI treatment") read as taking an SSRI: serotonergic falsely
  addressed.
- holdout610 52202454: "took no serotonergic antidepressant during the trial" read as the
  study's own characterisation of its regimens: serotonergic falsely addressed.
- holdout610 52202447: "Arms: LDN 2 mg/day (n = 14), LDN 4.5 mg/day (n = 15), placebo (n =
  14)" not summed (15).
- holdout610 52202451: "The LDN group (n = 48) and the escitalopram group (n = 48) were
  similar at baseline; 83 participants completed" read as 83.
- holdout610 52202459: "Exclusions included a current major depressive episode" not read as
  an exclusion (an MS fatigue trial read as on-topic).
- holdout609 52202433: a title's "LDN as monotherapy or add-on" read as nobody taking an
  antidepressant alongside.
- holdout611 52202473: "on a stable dose of mirtazapine (n=17) or nortriptyline (n=13) were
  randomized" read as 17.
- holdout607 52202387: "included duloxetine and in 12 amitriptyline, prescribed for
  fibromyalgia pain": the purpose not shared by duloxetine.
- preprints130 PPR9900839: a registry protocol's "co-medication, including SSRIs and SNRIs,
  are at the clinician's discretion and will be recorded" read as SSRIs and SNRIs taken.
"""

from __future__ import annotations

from written import PROTOCOL, RCT, TRIAL, facts, gaps, judge_preprint, preprint

# --- a lead-in step onto doses above the band --------------------------------------------

ABOVE_TITLE = (
    "Naltrexone 10 mg versus 20 mg daily added to sertraline in depression: a randomized trial"
)


def _above(lead_in: str) -> str:
    return (
        "Methods: Adults with major depressive disorder (HAM-D >= 18) on sertraline were "
        f"randomized to naltrexone 10 mg/day or 20 mg/day for 8 weeks. {lead_in} "
        "Results: Seventy-two participants were randomized; HAM-D fell similarly in both arms."
    )


def test_a_lead_in_week_below_the_band_is_a_step_onto_the_dose() -> None:
    text = _above("The assigned doses were reached after one week at 5 mg/day.")
    assert gaps(ABOVE_TITLE, text, RCT) == {}
    assert not facts(ABOVE_TITLE, text, RCT).on_topic


# --- drugs people declined or were sent elsewhere for -------------------------------------

DECLINE_TITLE = (
    "Escalating doses of low-dose naltrexone in young adults with depression who declined "
    "antidepressants: a dose-finding study"
)


def _declined(extra: str) -> str:
    return (
        "Objective: Many young adults with depression decline SSRIs because of side effects. "
        "Methods: Adults aged 18-25 with major depressive disorder (MADRS >= 22) who had declined "
        "SSRI treatment were enrolled in three sequential cohorts of ten: 1 mg, 2.5 mg or 4.5 mg "
        f"daily for 6 weeks. Results: Thirty were enrolled; MADRS fell most at 2.5 mg. {extra}"
    )


def test_drugs_declined_or_referred_for_are_not_taken() -> None:
    text = _declined("One participant worsened and was referred for SSRI treatment.")
    f = facts(DECLINE_TITLE, text, TRIAL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(DECLINE_TITLE, text, TRIAL)


def test_a_drug_begun_alongside_is_taken() -> None:
    # (control)
    text = _declined("Eight later started an SSRI alongside naltrexone.")
    assert "serotonergic" in facts(DECLINE_TITLE, text, TRIAL).concomitant_classes


# --- a class denied ------------------------------------------------------------------------

BUP_TITLE = (
    "Low-dose naltrexone added to bupropion for depression with anhedonia: a randomised trial"
)


def _on_bupropion(extra: str) -> str:
    return (
        "Methods: Adults with major depressive disorder (MADRS >= 20) taking bupropion XL "
        "300 mg/day for at least 8 weeks were randomised to naltrexone 4.5 mg or placebo for 8 "
        f"weeks. {extra} Results: We randomised 84 participants; MADRS fell more with LDN."
    )


def test_a_class_nobody_took_is_no_regimen() -> None:
    text = _on_bupropion("Participants received no serotonergic antidepressant during the trial.")
    assert facts(BUP_TITLE, text, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(BUP_TITLE, text, RCT)


def test_a_class_the_study_gives_its_regimens_counts() -> None:
    # (control)
    text = _on_bupropion("About half also took a serotonergic antidepressant.")
    assert "serotonergic" in facts(BUP_TITLE, text, RCT).concomitant_classes


# --- sizes of arms ------------------------------------------------------------------------

ARMS_TITLE = "Two doses of low-dose naltrexone added to SSRIs in depression: a randomised pilot"


def test_arms_listed_under_a_heading_add_up() -> None:
    text = (
        "Methods: Outpatients with major depressive disorder on an SSRI were randomised to "
        "naltrexone 1.5 mg or 4.5 mg daily or placebo for 8 weeks. Results: Groups: LDN 1.5 mg "
        "(n = 12), LDN 4.5 mg (n = 13), placebo (n = 11). MADRS fell most with 4.5 mg."
    )
    assert facts(ARMS_TITLE, text, RCT).n == 36


def test_each_group_sized_in_its_bracket_adds_up() -> None:
    text = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 3 mg or "
        "sertraline 50 mg for 8 weeks. Results: The naltrexone group (n = 52) and the sertraline "
        "group (n = 50) did not differ at baseline; 90 participants completed the study."
    )
    assert facts(ARMS_TITLE, text, RCT).n == 102


def test_people_on_each_co_medication_are_parts_of_the_sample() -> None:
    text = (
        "Methods: Older outpatients with major depressive disorder on a stable dose of "
        "citalopram (n=14) or duloxetine (n=12) were randomized to naltrexone 0.5 mg bid or "
        "placebo for 8 weeks. Results: 26 pts randomized, 24 completed."
    )
    assert facts(ARMS_TITLE, text, RCT).n == 26


# --- exclusions said in the plural ---------------------------------------------------------


def test_exclusions_in_the_plural_select_nobody() -> None:
    title = "Low-dose naltrexone for fatigue in Parkinson's disease: a randomised trial"
    text = (
        "Methods: Adults with Parkinson's disease and fatigue (PFS-16 >= 3.3) were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. Exclusions included a current depressive "
        "episode and dementia. Outcomes were the PFS-16 and sleep quality. Results: We "
        "randomised 120 patients; fatigue did not differ."
    )
    assert not facts(title, text, RCT).on_topic


# --- the watched drug alone as one of two ways ---------------------------------------------


def test_monotherapy_or_add_on_leaves_the_add_on_drugs() -> None:
    title = "Low-dose naltrexone as monotherapy or add-on in an outpatient mood clinic: a cohort"
    text = (
        "Methods: We reviewed the records of patients with major depressive disorder who started "
        "naltrexone 4.5 mg. Results: Of 150 patients, 60 received LDN as monotherapy; 90 took it "
        "with an antidepressant (SSRIs 50, bupropion 40). PHQ-9 fell by 4 points."
    )
    assert sorted(facts(title, text).concomitant_classes) == ["dopaminergic", "serotonergic"]


# --- a purpose shared across an elided count -----------------------------------------------


def test_a_purpose_after_counted_drugs_is_each_ones() -> None:
    title = "Low-dose naltrexone for chronic widespread pain: a randomised controlled trial"
    text = (
        "Methods: Adults with chronic widespread pain were randomised to naltrexone 4.5 mg or "
        "placebo for 12 weeks. Background medication, which in 30 included venlafaxine and in 9 "
        "nortriptyline, prescribed for pain, was continued. Depression was measured with the "
        "PHQ-9. Results: We randomised 110 participants."
    )
    assert facts(title, text, RCT).concomitant_classes == []


# --- a registry's co-medication left to care -----------------------------------------------


def test_co_medication_left_to_the_clinician_and_recorded_is_not_taken() -> None:
    f, _ = judge_preprint(
        preprint(
            "A cohort of people prescribed low-dose naltrexone for depression: protocol",
            "Methods: This prospective cohort will enrol 400 adults with major depressive "
            "disorder for whom a clinician has decided to prescribe LDN; dose and co-medication, "
            "including SSRIs and tricyclics, are left to the clinician's discretion and will be "
            "recorded. PHQ-9 is collected every 3 months.",
        )
    )
    assert f.concomitant_classes == []


def test_a_protocols_required_co_medication_is_taken() -> None:
    # (control)
    assert (
        "serotonergic"
        in facts(
            "Low-dose naltrexone added to SSRIs in depression: protocol for a randomised trial",
            "Methods: Adults with major depressive disorder on a stable SSRI will be randomised to "
            "naltrexone 4.5 mg or placebo for 8 weeks, continuing their SSRI; 120 will be enrolled.",
            PROTOCOL,
        ).concomitant_classes
    )
