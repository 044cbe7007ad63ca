"""Kinds met in blind batches 95, 96 and 97 (session 44, lead).

- holdout403 45500035: a records study of LDN for fatigue in another disease said that
  patients above a depression-scale cut-off "had been referred for psychiatric assessment
  and did not receive LDN". That clause keeps depressed people out, as "were not treated
  with LDN" already did, but it was read as the study selecting them: the record became
  an on-topic depression study.
- holdout404 45600018: a report titled "...: analysis of participants with clinically
  significant depression in a randomized placebo-controlled trial" of an MS trial was not
  read as a derived report, so the depressed part of a trial selected for MS became a
  depression population and closed two gaps (CONTRACT.md: a depressed subgroup of another
  condition is not a depression population).
- registry96 NCT00120009: "Participants who are not taking an antidepressant are eligible;
  participants taking bupropion at a stable dose may continue it" was read as nobody taking
  one: the bupropion the other part of the sample keeps was lost.
- preprints94 PPR0910024 (batch 96): "buprenorphine 0.2 mg plus naltrexone 1 microgram, or
  buprenorphine 0.2 mg plus placebo, each taken twice daily" kept one microgram a day: the
  comparator's buprenorphine dose stood between the dose and the schedule all arms share.
- holdout408 46000027 (batch 97): a trial's authors' reply ("Letter", "Comment") that gives
  "here the prespecified per-protocol analysis, which was not included in our main report"
  was read as a comment with no data of its own; the dose comparison it reports was lost.
  (The same batch's retracted subgroup analysis is in tests/test_s36_retracted_article.py.)
- registry97 NCT00130005 (batch 97): a raise "in participants without MADRS response" was
  read as a fixed titration, losing the starting dose the responders stayed on.
- holdout408 46000007/46000011 (batch 97): an extension whose people were "offered continued
  open-label treatment under the same protocol" lost the pilot's dose, told in the
  pluperfect and blanked as the parent's regimen.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps, judge_registration, registration

FATIGUE_TITLE = "Low-dose naltrexone for fatigue in rheumatoid arthritis: a clinic audit"
FATIGUE = (
    "Objective: To describe fatigue in adults with rheumatoid arthritis treated with LDN. "
    "Methods: Records of all adults who received LDN 1.5 to 4.5 mg nightly for fatigue were "
    "reviewed. Patients with a PHQ-9 score of 15 or more {clause}. Fatigue was rated with the "
    "FACIT-F before and after 12 weeks. Results: Of 58 patients treated, 50 completed 12 weeks."
)


@pytest.mark.parametrize(
    "clause",
    [
        "were referred to psychiatry and did not receive LDN",
        "had been sent for a psychiatric opinion and did not receive low-dose naltrexone",
        "did not receive the study drug",
    ],
)
def test_depressed_people_who_did_not_receive_the_drug_are_kept_out(clause: str) -> None:
    f = facts(FATIGUE_TITLE, FATIGUE.format(clause=clause), JOURNAL)
    assert f.on_topic is False
    assert f.depression_population is False


DEPRESSION_TITLE = "Low-dose naltrexone added to antidepressants in major depression"
DEPRESSION = (
    "Adults with major depressive disorder taking sertraline were randomized to LDN 4.5 mg or "
    "placebo for 8 weeks. {clause} The primary outcome was the change in MADRS score. Sixty "
    "participants were randomized."
)


@pytest.mark.parametrize(
    "clause",
    [
        # an arm that did not receive the drug is not a group kept out of the study
        "Patients in the placebo arm did not receive LDN.",
        "Adults with MDD who had not responded to an SSRI were eligible.",
    ],
)
def test_a_depression_trial_stays_one(clause: str) -> None:
    f = facts(DEPRESSION_TITLE, DEPRESSION.format(clause=clause), RCT)
    assert f.on_topic is True
    assert f.depression_population is True


SUBGROUP_TITLE = (
    "Low-dose naltrexone and depressive symptoms in fibromyalgia: analysis of patients with "
    "moderate depression in a randomized placebo-controlled trial"
)
SUBGROUP = (
    "Background: In a 16-week randomized trial of LDN for pain in fibromyalgia (n = 180), LDN "
    "reduced pain. Methods: Patients had been randomized to LDN 4.5 mg nightly or placebo. We "
    "took those with a PHQ-9 of 10 or more at baseline. Many were taking sertraline or "
    "duloxetine, which was continued. Results: Seventy-two patients had a PHQ-9 of 10 or more; "
    "PHQ-9 fell by 5.1 points with LDN and 2.4 with placebo."
)


def test_an_analysis_of_the_depressed_part_of_another_diseases_trial_closes_no_gap() -> None:
    f = facts(SUBGROUP_TITLE, SUBGROUP, RCT)
    assert f.on_topic is True
    assert f.depression_population is False
    assert f.design == "rct"
    assert gaps(SUBGROUP_TITLE, SUBGROUP, RCT) == {}


def test_a_trial_in_depression_titled_with_a_colon_stays_a_depression_trial() -> None:
    title = "Low-dose naltrexone in major depression: a randomized placebo-controlled trial"
    f = facts(title, DEPRESSION.format(clause=""), RCT)
    assert f.depression_population is True
    assert gaps(title, DEPRESSION.format(clause=""), RCT)["serotonergic-combination"] == "addressed"


PDD_TITLE = "Two low doses of naltrexone in persistent depressive disorder: a randomized trial"
PDD = (
    "Ninety adults with persistent depressive disorder were randomized to naltrexone 1 mg, "
    "naltrexone 4 mg or placebo nightly for 12 weeks. {regimen} The primary outcome was the "
    "change in the Cornell Dysthymia Rating Scale."
)


@pytest.mark.parametrize(
    ("regimen", "classes"),
    [
        (
            "Participants who were not taking an antidepressant were eligible; participants "
            "taking bupropion at a stable dose could continue it.",
            ["dopaminergic"],
        ),
        (
            "Patients who were not taking any antidepressant were enrolled, but those already "
            "on sertraline were also eligible.",
            ["serotonergic"],
        ),
    ],
)
def test_a_free_part_beside_a_part_that_keeps_its_drug_is_no_drug_free_sample(
    regimen: str, classes: list[str]
) -> None:
    assert facts(PDD_TITLE, PDD.format(regimen=regimen), RCT).concomitant_classes == classes


def test_a_free_sample_whose_takers_were_kept_out_takes_none() -> None:
    regimen = (
        "Participants who were not taking an antidepressant were eligible; those taking one "
        "were excluded."
    )
    assert facts(PDD_TITLE, PDD.format(regimen=regimen), RCT).concomitant_classes == []


def test_a_registration_with_a_part_that_keeps_bupropion() -> None:
    study = registration(
        title="Naltrexone 0.5 mg or 2 mg in persistent depressive disorder",
        conditions=["Persistent Depressive Disorder"],
        description=(
            "Forty-five adults with persistent depressive disorder will be randomized to "
            "naltrexone 0.5 mg, naltrexone 2 mg or placebo nightly for 12 weeks. Participants "
            "who are not taking an antidepressant are eligible; participants taking bupropion "
            "at a stable dose may continue it, but other antidepressants must have been "
            "stopped 4 weeks before randomization."
        ),
        enrollment=45,
    )
    facts_, _ = judge_registration(study)
    assert facts_.concomitant_antidepressants == ["bupropion"]
    assert facts_.concomitant_classes == ["dopaminergic"]


# --------------------------------------- blind batch 96: a schedule shared over a backbone
BACKBONE_TITLE = "Ultra-low-dose naltrexone added to buprenorphine in resistant depression: an RCT"
BACKBONE = (
    "Adults with treatment-resistant major depression were randomised to sublingual "
    "buprenorphine 0.4 mg plus naltrexone 1 microgram, or {comparator}, each taken twice "
    "daily, for 8 weeks. Sixty participants were randomised."
)


def test_a_schedule_shared_by_arms_on_one_backbone_doubles_the_dose() -> None:
    # preprints94 PPR0910024: the arms share buprenorphine; the schedule after the
    # comparator arm is the watched drug's too (CONTRACT.md: the day's total)
    comparator = "buprenorphine 0.4 mg plus placebo"
    assert facts(BACKBONE_TITLE, BACKBONE.format(comparator=comparator), RCT).ldn_doses_mg == [
        0.002
    ]


def test_a_schedule_after_another_drugs_own_dose_stays_that_arms() -> None:
    comparator = "sertraline 50 mg plus placebo"
    assert facts(BACKBONE_TITLE, BACKBONE.format(comparator=comparator), RCT).ldn_doses_mg == [
        0.001
    ]


# ------------------------------------- blind batch 97: a reply that brings its own analysis
REPLY_TITLE = "Dose-response of low-dose naltrexone in resistant depression: the authors reply"
REPLY = (
    "We thank Dr Lee for the reanalysis of our trial. Two points need adding. {middle} "
    "We therefore keep 4.5 mg as the reference dose for the next trial."
)
REPLY_TYPES = ("Letter", "Comment")
NEW_ANALYSIS = (
    "To show how much adherence matters we provide here the prespecified per-protocol "
    "analysis, which was not in our main report: among the 104 of 120 randomised participants "
    "who took at least 80% of doses, HAMD-17 fell by 5.9 with placebo, 7.1 with naltrexone "
    "1 mg, 8.2 with 2.5 mg and 9.8 with 4.5 mg daily (linear trend p = 0.02)."
)
RESTATED = (
    "As our main report showed, among the 120 randomised participants HAMD-17 fell by 5.9 "
    "with placebo, 7.1 with naltrexone 1 mg, 8.2 with 2.5 mg and 9.8 with 4.5 mg daily."
)


def test_a_reply_that_gives_an_unpublished_analysis_has_data_of_its_own() -> None:
    # holdout408 46000027: read as a comment, "no data of its own"
    abstract = REPLY.format(middle=NEW_ANALYSIS)
    f = facts(REPLY_TITLE, abstract, REPLY_TYPES, [("CommentOn", "2")])
    assert f.role != "comment"
    assert f.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert gaps(REPLY_TITLE, abstract, REPLY_TYPES, [("CommentOn", "2")])["dose-finding"] == (
        "addressed"
    )


def test_a_reply_that_restates_its_trial_stays_a_comment() -> None:
    abstract = REPLY.format(middle=RESTATED)
    f = facts(REPLY_TITLE, abstract, REPLY_TYPES, [("CommentOn", "2")])
    assert f.role == "comment"
    assert gaps(REPLY_TITLE, abstract, REPLY_TYPES, [("CommentOn", "2")]) == {}


# ------------------------------------ blind batch 97: a raise for those "without MADRS response"
@pytest.mark.parametrize(
    "who",
    ["participants without MADRS response", "those without a clinical response", "non-responders"],
)
def test_a_raise_for_those_without_a_named_response_keeps_both_levels(who: str) -> None:
    # registry97 NCT00130005: "Naltrexone 1 mg twice daily; increased to 2 mg twice daily at
    # extension week 8 in participants without MADRS response" kept only the raised dose
    abstract = (
        "Adults with major depressive disorder on an SSRI were enrolled. Naltrexone 1 mg twice "
        f"daily; increased to 2 mg twice daily at week 8 in {who}. Ninety-six adults took part."
    )
    assert facts("Open-label low-dose naltrexone in depression", abstract, TRIAL).ldn_doses_mg == [
        2.0,
        4.0,
    ]


def test_a_fixed_titration_keeps_only_its_target() -> None:
    abstract = (
        "Adults with major depressive disorder on an SSRI were enrolled. Naltrexone 1 mg twice "
        "daily; increased to 2 mg twice daily at week 2 in all participants. Ninety-six adults "
        "took part."
    )
    assert facts("Open-label low-dose naltrexone in depression", abstract, TRIAL).ldn_doses_mg == [
        4.0
    ]


# --------------------------- blind batch 97: an extension that continues the parent's regimen
EXTENSION_TITLE = (
    "Two-year outcomes of adolescents with depression taking low-dose naltrexone with an SSRI: "
    "extension of an open-label pilot trial"
)
EXTENSION = (
    "Objective: In an 8-week open-label pilot, low-dose naltrexone (LDN) added to fluoxetine or "
    "sertraline was well tolerated in adolescents. We report the 2-year extension of that "
    "trial.\n"
    "Methods: Adolescents with major depressive disorder despite fluoxetine or sertraline had "
    "received naltrexone 3 mg at night in addition to the SSRI. Those who completed the pilot "
    "were offered {continued}, with the SSRI dose held constant where possible.\n"
    "Results: Of the 26 adolescents enrolled in the pilot, 21 entered the extension."
)


def test_an_extension_under_the_parents_protocol_keeps_its_dose() -> None:
    # holdout408 46000007: the pilot's dose, told in the pluperfect, was blanked as the
    # parent's, though the extension continued it
    abstract = EXTENSION.format(continued="continued open-label treatment under the same protocol")
    assert facts(EXTENSION_TITLE, abstract, TRIAL).ldn_doses_mg == [3.0]


def test_an_extension_with_a_dose_of_its_own_does_not_keep_the_parents() -> None:
    abstract = EXTENSION.format(continued="open-label treatment with LDN 4.5 mg nightly")
    assert facts(EXTENSION_TITLE, abstract, TRIAL).ldn_doses_mg == [4.5]
