"""Kinds met in blind batch 118 (session 53, measured on the code of 1ed88fe2), each written
again in other words.

- registry110 NCT00270029: "Stable medications for depression or anxiety allowed" among the
  inclusion criteria read as a mood condition registered.
- holdout468 51400014: an MS cohort saying people with a depressive episode "were not
  prescribed it; depression was therefore not analysed" read as an LDN study of depression.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, judge_registration, registration

TITLE = "Low-dose naltrexone in multiple sclerosis: a retrospective analysis of fatigue"
TEXT = (
    "Methods: Records of all adults with MS who started LDN 4.5 mg/day at one clinic were "
    "reviewed. Fatigue was measured with the FSMC. Patients with a current depressive episode "
    "were not prescribed LDN; {said}\n"
    "Results: Sixty patients were included; fatigue fell by 6 points (p = 0.01)."
)


@pytest.mark.parametrize(
    "said",
    ["depression was therefore not analysed.", "depression was thus not assessed."],
)
def test_a_mood_said_not_analysed_is_no_outcome(said: str) -> None:
    assert facts(TITLE, TEXT.format(said=said), JOURNAL).on_topic is False


def test_a_mood_analysed_separately_is_still_an_outcome() -> None:
    text = TEXT.format(
        said="depressive symptoms (PHQ-9) were measured and were not analysed separately "
        "from fatigue in the main model. PHQ-9 fell from 12 to 8."
    )
    assert facts(TITLE, text, JOURNAL).on_topic is True


def _pain_trial(criteria: str, keywords: list[str]) -> dict[str, object]:
    return registration(
        title="Low Dose Naltrexone for Chronic Pain in Joint Hypermobility",
        summary=(
            "People with joint hypermobility often live with widespread pain and high rates "
            "of anxiety and depression. This crossover study compares LDN 4.5 mg with placebo "
            "for pain."
        ),
        description="Thirty adults take LDN 4.5 mg nightly and placebo, 8 weeks each.",
        conditionsModule={
            "conditions": ["Joint Hypermobility", "Chronic Pain"],
            "keywords": keywords,
        },
        allocation="RANDOMIZED",
        model="CROSSOVER",
        enrollment=30,
        criteria=criteria,
        outcomes=["Average daily pain (NRS 0-10)", "Brief Pain Inventory interference"],
    )


def test_a_permission_to_keep_depression_treatment_registers_no_mood() -> None:
    # registry110 NCT00270029: a permission to keep depression treatment (an inclusion
    # criterion) read as a mood condition registered (its "depression" keyword, which
    # also made it on-topic, is left: keywords name mood outcomes registered nowhere else)
    criteria = (
        "Inclusion Criteria:\n\n* Chronic widespread pain\n* Stable medications for "
        "depression or anxiety allowed"
    )
    f, _ = judge_registration(_pain_trial(criteria, ["LDN", "pain"]))
    assert f.on_topic is False


def test_a_registration_selecting_for_depression_is_on_topic() -> None:
    criteria = "Inclusion Criteria:\n\n* Chronic widespread pain\n* PHQ-9 score of 10 or more"
    f, _ = judge_registration(_pain_trial(criteria, ["LDN"]))
    assert f.on_topic is True


# batch 119 (measured on the code of 1ed88fe2)
# - holdout471 51500022: "LDN 4.5 mg but not 1 mg given without an antidepressant" read as a
#   correction ("not 1 mg as given"), so the 1 mg arm vanished (dose-finding missed).
# - holdout470 51500010 / 51500013: "Of 163 screened, 58 were eligible, 47 started LDN" and
#   arm sizes each in a bracket of its own ("4.5 mg/day (n = 18), 50 mg/day (n = 17) or
#   placebo (n = 19)") not read as the sample.


def test_a_contrast_of_results_is_no_correction_of_a_dose() -> None:
    text = (
        "Methods: Adults with major depression (HAM-D >= 18) were randomized to naltrexone 1 mg, "
        "naltrexone 4.5 mg or placebo once nightly for 8 weeks.\n"
        "Conclusions: LDN 4.5 mg but not 1 mg given without an antidepressant reduced symptoms."
    )
    f = facts("Two doses of LDN for depression", text, RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.compares_doses


def test_a_dose_said_to_be_misstated_is_still_dropped() -> None:
    text = (
        "Methods: Adults with major depression on sertraline took naltrexone 3 mg nightly, not "
        "4.5 mg as previously stated, for 8 weeks. Forty were treated."
    )
    assert facts("LDN with sertraline: an open study", text, TRIAL).ldn_doses_mg == [3.0]


def test_the_people_who_started_after_eligibility_are_the_sample() -> None:
    text = (
        "Methods: Adults with major depression on no antidepressant took LDN 1.5-4.5 mg "
        "nightly for 12 weeks.\n"
        "Results: Of 120 outpatients screened, 61 were eligible, 52 started LDN and 44 "
        "completed 12 weeks."
    )
    assert facts("Open-label LDN monotherapy in depression", text, TRIAL).n == 52


def test_arm_sizes_each_in_their_own_bracket_add_up() -> None:
    text = (
        "Method: Adults with major depression despite antidepressant treatment were randomised "
        "to naltrexone 3 mg/day (n = 21), naltrexone 25 mg/day (n = 20) or placebo (n = 22) for "
        "12 weeks, in addition to any current antidepressant.\n"
        "Results: Fifty participants completed 12 weeks; 3 mg differed from placebo (p = 0.03)."
    )
    assert facts("Low- versus moderate-dose naltrexone in depression", text, RCT).n == 63
