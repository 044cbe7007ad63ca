"""Kinds from blind batch 137 (session 58, first measured on the src of eb7b53cd), written
again in other words.

- preprints115 PPR9900363: a secondary analysis whose people "were included (n=131)" lost
  its sample to a results line, "Forty-one participants (31%) had hsCRP of 3 mg/L or
  more" (a missed larger-trials verdict).
- holdout534 52200926: "The LDN arm (n = 34), placebo arm (n = 33) and escitalopram arm
  (n = 33) were similar at baseline" is a sample of 100, with no verb of allocation.
- preprints115 PPR9900385: an MS registry cohort whose "baseline depression was the
  strongest predictor of fatigue (beta per HADS-D point)" was read as measuring mood.
- preprints115 PPR9900389: a "service evaluation" is observational.
- registry122 NCT00290304: "The earlier proof-of-concept work with this dose was limited to
  patients on dopaminergic regimens" characterises that work's regimens, not this trial's.
"""

from __future__ import annotations

from written import facts, gaps, judge_preprint, preprint

RCT = ["Journal Article", "Randomized Controlled Trial"]


def test_a_derived_reports_people_included_in_a_bracket_are_its_sample() -> None:
    text = (
        "Methods: This secondary analysis used the BRIGHT trial, in which adults with major "
        "depressive disorder on an SSRI were randomised to naltrexone 2 mg or placebo for 8 "
        "weeks. Participants with a baseline interleukin-6 sample were included (n=118). "
        "Interleukin-6 was analysed continuously and at a 2 pg/mL threshold.\n\nResults: "
        "Thirty-seven participants (31%) had interleukin-6 of 2 pg/mL or more. Among "
        "participants with interleukin-6 of 2 pg/mL or more, naltrexone reduced MADRS more."
    )
    f, g = judge_preprint(
        preprint("Interleukin-6 and response to low-dose naltrexone: a secondary analysis", text)
    )
    assert f.n == 118
    assert g["larger-trials"] == "addressed"


def test_arms_sized_in_brackets_without_an_allocation_verb_are_summed() -> None:
    text = (
        "Methods: Adults with major depressive disorder were given naltrexone 4.5 mg, placebo "
        "or sertraline for 8 weeks.\n\nResults: The naltrexone arm (n = 29), placebo arm "
        "(n = 28) and sertraline arm (n = 30) did not differ at baseline; 74 completed."
    )
    title = "Low-dose naltrexone, placebo or sertraline in depression: a randomised trial"
    assert facts(title, text, RCT).n == 87
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_one_arm_sized_in_a_bracket_is_no_total() -> None:
    # (control: one arm's size alone is no sample)
    text = (
        "Methods: Forty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo.\n\nResults: The naltrexone arm (n = 21) improved more."
    )
    assert facts("Naltrexone in depression: an RCT", text, RCT).n == 40


def test_depression_as_a_predictor_of_another_outcome_is_no_mood_outcome() -> None:
    text = (
        "Methods: Adults with relapsing multiple sclerosis in a national registry reported "
        "fatigue on the MFIS every 6 months; low-dose naltrexone users were matched to "
        "non-users.\n\nResults: 300 users and 600 non-users were included. Fatigue fell more "
        "in users. Baseline depression was the strongest predictor of fatigue (beta 0.8 per "
        "PHQ-9 point)."
    )
    f, _ = judge_preprint(
        preprint("Low-dose naltrexone and fatigue in multiple sclerosis: a registry cohort", text)
    )
    assert f.on_topic is False


def test_depression_measured_as_an_outcome_in_such_a_cohort_counts() -> None:
    # (control: the PHQ-9 is an outcome of the cohort)
    text = (
        "Methods: Adults with relapsing multiple sclerosis in a national registry reported "
        "fatigue on the MFIS and depressive symptoms on the PHQ-9 every 6 months; low-dose "
        "naltrexone users were matched to non-users.\n\nResults: 300 users and 600 non-users "
        "were included. PHQ-9 scores fell more in users."
    )
    f, _ = judge_preprint(
        preprint("Low-dose naltrexone and mood in multiple sclerosis: a registry cohort", text)
    )
    assert f.on_topic is True


def test_a_service_evaluation_is_observational() -> None:
    text = (
        "Aim: To describe outcomes of low-dose naltrexone for depression in a community mental "
        "health team. Methods: Service evaluation of 23 adults with major depressive disorder "
        "(PHQ-9 of 10 or more) prescribed LDN 1.5-4.5 mg at night alongside sertraline. "
        "Results: PHQ-9 fell from 17 to 11."
    )
    f, g = judge_preprint(preprint("Low-dose naltrexone in a mental health team (poster)", text))
    assert f.design == "observational"
    assert g == {}


def test_earlier_work_limited_to_dopaminergic_regimens_does_not_class_this_trial() -> None:
    text = (
        "Methods: Adults with major depressive disorder on sertraline or escitalopram were "
        "randomised to naltrexone 1 mg twice daily or placebo. The earlier proof-of-concept "
        "work with this dose was confined to patients on dopaminergic regimens; this study asks "
        "whether the benefit extends to serotonergic antidepressants.\n\nResults: Sixty were "
        "randomised."
    )
    f = facts("Low-dose naltrexone added to SSRIs in depression: an RCT", text, RCT)
    assert f.concomitant_classes == ["serotonergic"]


def test_a_trial_limited_to_dopaminergic_regimens_keeps_its_own_class() -> None:
    # (control: the trial's own regimens)
    text = (
        "Methods: Enrolment was limited to adults with major depressive disorder on "
        "dopaminergic regimens (bupropion or a stimulant), randomised to naltrexone 1 mg twice "
        "daily or placebo.\n\nResults: Twenty were randomised."
    )
    f = facts("Low-dose naltrexone in depression: an RCT", text, RCT)
    assert f.concomitant_classes == ["dopaminergic"]


# --- A volume received, the liquid's strength stated elsewhere ---------------------------

LIQUID = (
    "Methods and analysis: We will enrol 200 adolescents with major depressive disorder on "
    "fluoxetine, randomised to naltrexone 4.5 mg (a 1 mg/mL oral solution, 4.5 mL at night) "
    "or placebo solution for 12 weeks while continuing fluoxetine. {extra}"
)
LIQUID_TITLE = "Low-dose naltrexone added to fluoxetine in adolescents: protocol for an RCT"


def test_a_volume_received_by_lighter_participants_is_a_dose() -> None:
    # (holdout535 52200960: a weight band's volume)
    text = LIQUID.format(extra="Those weighing less than 45 kg will receive 2 mL.")
    assert facts(
        LIQUID_TITLE, text, ["Journal Article", "Clinical Trial Protocol"]
    ).ldn_doses_mg == [
        2.0,
        4.5,
    ]


def test_a_blood_volume_is_no_dose() -> None:
    # (control: a sample's volume)
    text = LIQUID.format(extra="At each visit 10 mL of blood will be taken for cytokines.")
    assert facts(
        LIQUID_TITLE, text, ["Journal Article", "Clinical Trial Protocol"]
    ).ldn_doses_mg == [4.5]
