"""Kinds from blind batch 143 (session 59, first measured on the src of 2cb01645), written
again in other words.

- holdout564 52201539: a trial of another antidepressant in people who had taken LDN before
  ("after unsuccessful X" in the title, "had taken X ... and had stopped it", "Restarting X
  during the trial was not allowed", "prior response pattern to X", "whose symptoms
  persisted after X") read as an LDN trial with a serotonergic partner (two false gap
  verdicts).
- holdout565 52201552: "after an unsuccessful SSRI trial" in the conclusions read as an
  SSRI taken with LDN, though the SSRI was stopped in phase 1 (a false serotonergic
  verdict).
- holdout562 52201487: a network meta-analysis whose "interventions of interest included X"
  and which found "no trial of X" read as reviewing X.
- holdout565 52201542: a protocol's "up to a maximum total enrolment of 150" not read as its
  planned size.
- holdout565 52201545: "Allocation was X 250 micrograms (n = 31), X 1000 micrograms (n =
  29) and placebo (n = 30); 79 women completed week 8" read as the 79 completers.
- registry128 NCT00290490: a registry's rationale, "X is increasingly prescribed off-label,
  usually added to an existing SSRI or SNRI", read as its people's co-medication.
"""

from __future__ import annotations

from written import META, PROTOCOL, RCT, facts, gaps, judge_registration, registration

# --- another drug's trial in people who had tried LDN before --------------------------

AFTER_LDN = (
    "Background: Low-dose naltrexone (LDN) is often tried for fibromyalgia, and many "
    "patients stay depressed after it.\n"
    "Methods: In this double-blind trial at two pain clinics, adults with fibromyalgia and "
    "a PHQ-9 of 10 or more who had taken LDN (1.5-4.5 mg) for at least 12 weeks without "
    "benefit, and had stopped it at least 4 weeks before, were randomised to escitalopram "
    "10-20 mg or placebo for 10 weeks. {rule}\n"
    "Results: 112 participants were randomised. PHQ-9 fell by 5.1 points with escitalopram "
    "and 3.0 with placebo. {prior}\n"
    "Conclusions: In people with fibromyalgia whose depression persisted after LDN, "
    "escitalopram gave a modest benefit."
)
AFTER_LDN_TITLE = (
    "Escitalopram for depression in fibromyalgia after unsuccessful low-dose naltrexone: "
    "a randomised trial"
)


def test_another_drugs_trial_in_people_who_had_failed_ldn_is_off_topic() -> None:
    text = AFTER_LDN.format(
        rule="Restarting LDN during the study was not permitted.",
        prior="Earlier response patterns to LDN did not modify the effect.",
    )
    f = facts(AFTER_LDN_TITLE, text, RCT)
    assert not f.on_topic
    assert gaps(AFTER_LDN_TITLE, text, RCT) == {}


def test_the_forbidden_restart_alone_does_not_make_the_trial_ldns() -> None:
    # (without the prior-response sentence: the ban and the history are enough)
    text = AFTER_LDN.format(rule="Restarting LDN during the study was not permitted.", prior="")
    assert not facts(AFTER_LDN_TITLE, text, RCT).on_topic


def test_ldn_added_for_those_who_failed_escitalopram_is_still_an_ldn_trial() -> None:
    # (control: LDN is the arm, escitalopram the history)
    title = "Low-dose naltrexone after unsuccessful escitalopram: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder who had not responded to "
        "escitalopram were randomised to LDN 4.5 mg or placebo, added to bupropion, for 8 "
        "weeks.\n"
        "Results: 64 participants were randomised; LDN lowered MADRS scores by 4 points."
    )
    f = facts(title, text, RCT)
    assert f.on_topic
    assert f.n == 64


def test_a_dose_change_ban_keeps_ldn_given() -> None:
    # (control: "LDN dose changes were not allowed" holds the dose the trial gives)
    title = "Low-dose naltrexone added to sertraline in depression: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on sertraline were randomised to "
        "LDN 2 mg or placebo for 8 weeks. LDN dose changes were not allowed.\n"
        "Results: 70 participants were randomised."
    )
    assert facts(title, text, RCT).on_topic


# --- an SSRI failed before the switch, named again in the conclusions ----------------

SWITCH = (
    "Methods: In phase 1, 140 outpatients with MDD who had not responded to sertraline were "
    "cross-tapered over 2 weeks to open-label bupropion XL 300 mg/day; sertraline was "
    "stopped by the end of week 2. In phase 2, non-remitters were randomised to naltrexone "
    "2 mg or placebo added to bupropion for 8 weeks.\n"
    "Results: 62 non-remitters were randomised (naltrexone 31, placebo 31).\n"
    "Conclusions: Adding LDN to bupropion after {failure} SSRI trial lowered depressive "
    "symptoms."
)
SWITCH_TITLE = "Low-dose naltrexone after a switch from sertraline to bupropion: a randomised trial"


def test_an_unsuccessful_ssri_trial_in_the_conclusions_is_history() -> None:
    text = SWITCH.format(failure="an ineffective")
    f = facts(SWITCH_TITLE, text, RCT)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(SWITCH_TITLE, text, RCT)


def test_unsuccessful_attempts_to_stop_an_ssri_leave_it_taken() -> None:
    # (control: the failure word must stand right before the drug)
    title = "Low-dose naltrexone in depression with SSRI withdrawal: a case series"
    text = (
        "Four adults with major depressive disorder who had made unsuccessful attempts to "
        "stop sertraline were given LDN 3 mg at night alongside their sertraline for 12 "
        "weeks. Mood improved in three."
    )
    assert "serotonergic" in facts(title, text, ("Case Reports",)).concomitant_classes


# --- a network meta-analysis that found no trial of LDN -------------------------------

REVIEW_METHODS = (
    "Methods: We searched five databases for randomised trials of opioid-receptor agents in "
    "adults with depression. Eligible interventions included buprenorphine, aticaprant, "
    "tianeptine and low-dose naltrexone.\n"
)


def test_a_review_that_sought_ldn_and_found_no_trial_is_off_topic() -> None:
    title = "Opioid receptor agents for depression: a network meta-analysis"
    text = (
        REVIEW_METHODS
        + "Results: Eighteen trials (4,210 participants) were included. No trial of low-dose "
        "naltrexone met the inclusion criteria. Aticaprant had a small effect.\n"
        "Conclusions: Adequately powered trials of low-dose naltrexone are lacking."
    )
    assert not facts(title, text, META).on_topic


def test_a_review_that_included_ldn_trials_stays_on_topic() -> None:
    # (control: "three trials of LDN were included" reports work it took in)
    title = "Opioid receptor agents for depression: a network meta-analysis"
    text = (
        REVIEW_METHODS
        + "Results: Eighteen trials were included, three of them of low-dose naltrexone."
    )
    assert facts(title, text, META).on_topic


# --- sizes ----------------------------------------------------------------------------


def test_a_protocols_maximum_total_enrolment_is_its_planned_size() -> None:
    title = "Adaptive dose-ranging trial of low-dose naltrexone in depression: protocol"
    text = (
        "Methods: Adults with major depressive disorder are randomised to placebo or "
        "naltrexone 1 mg, 2.5 mg or 4.5 mg for 8 weeks. In stage 1, 60 participants are "
        "allocated equally across the four arms; at an interim analysis, futile arms are "
        "dropped and recruitment continues up to a maximum total enrolment of 180."
    )
    assert facts(title, text, PROTOCOL).n == 180


def test_arm_sizes_after_an_allocation_noun_are_summed_over_the_completers() -> None:
    title = "Microgram-dose naltrexone for perinatal depression: a randomised trial"
    text = (
        "Methods: Women with perinatal depression taking no antidepressant were randomised "
        "to naltrexone 200 micrograms/day, naltrexone 800 micrograms/day or placebo for 8 "
        "weeks.\n"
        "Results: Allocation was naltrexone 200 micrograms (n = 25), naltrexone 800 "
        "micrograms (n = 27) and placebo (n = 26); 70 women completed week 8."
    )
    assert facts(title, text, RCT).n == 78


# --- a registry's account of how the field uses LDN -----------------------------------


def _registry(description: str) -> dict[str, object]:
    return registration(
        title="An Observational Registry of Low-Dose Naltrexone for Depression",
        study_type="OBSERVATIONAL",
        summary=(
            "The registry follows adults whose clinician has prescribed low-dose naltrexone "
            "for depression for 12 months. No treatment is assigned."
        ),
        description=description,
        enrollment=400,
        arms=[
            {
                "label": "LDN users",
                "description": "Adults newly prescribed low-dose naltrexone (1-4.5 mg)",
                "interventionNames": ["Drug: Naltrexone"],
            }
        ],
    )


def test_a_registrys_account_of_field_practice_gives_no_co_medication() -> None:
    f, _ = judge_registration(
        _registry(
            "Low-dose naltrexone is widely prescribed off-label for depression, often added "
            "to an existing SSRI or SNRI, yet outcomes in practice are poorly documented. "
            "Clinics enrol consecutive patients when LDN is first prescribed."
        )
    )
    assert f.concomitant_classes == []


def test_a_registrys_own_people_on_ssris_are_still_counted() -> None:
    # (control: the people of the registry said to take an SSRI)
    f, _ = judge_registration(
        _registry(
            "Clinics enrol consecutive patients when LDN is first prescribed; participants "
            "must be taking a stable SSRI, to which LDN is added."
        )
    )
    assert "serotonergic" in f.concomitant_classes


def test_a_habit_told_of_the_registrys_own_clinics_is_its_peoples() -> None:
    # (control, from registry90 NCT00200004 in the openrp run: "in participating clinics"
    # makes the habit the registry's own people's)
    f, _ = judge_registration(
        _registry(
            "In participating clinics LDN is usually prescribed at 1.5 to 4.5 mg at night, "
            "most often added to an existing SSRI. Clinics enrol consecutive patients."
        )
    )
    assert "serotonergic" in f.concomitant_classes
