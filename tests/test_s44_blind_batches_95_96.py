"""Kinds met in blind batch 95 (session 44, lead).

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
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps, judge_registration, registration

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
