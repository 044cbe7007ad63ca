"""Kinds from blind batch 130 (session 56, first measured on the src of b3823b06), written
again in other words.

- holdout503 52200357: a trial of "low-dose naltrexone (12 mg/day)" whose conclusion said
  "Trials comparing 12 mg with the 4.5 mg dose ... would clarify the optimal dose" took
  4.5 mg as its own dose (on-topic, two false gap verdicts): a study said to be able to
  settle a question is future work.
- holdout504 52200375: in a methadone-taper trial, "Participants with comorbid depression
  continued their prescribed antidepressant" made the people a depression population (a
  false larger-trials verdict): a part of the sample keeping its medicine selects nobody.
- holdout504 52200371 and holdout502 52200329: an antidepressant begun as the study drug
  stopped ("stopped the study drug and were offered open-label sertraline"; "were switched
  to sertraline or escitalopram and withdrew from study drug at that point") was counted
  as taken with LDN (two false serotonergic verdicts).
- holdout503 52200356: a substudy in which "the 1.5 mg and 4.5 mg arms were pooled" was
  read as comparing doses (a false dose-finding verdict): arms named by their doses.
"""

from __future__ import annotations

import pytest
from written import facts, gaps

RCT = ["Journal Article", "Randomized Controlled Trial"]

MIDDLE_DOSE = (
    "Methods: Seventy adults with major depressive disorder on escitalopram were randomised "
    "to naltrexone 10 mg/day or placebo for 8 weeks.\n"
    "Results: MADRS fell by 11 points with naltrexone and 7 with placebo.\n"
    "Conclusions: {x}"
)
MIDDLE_TITLE = "Naltrexone 10 mg/day added to escitalopram in depression: a randomised trial"


@pytest.mark.parametrize(
    "x",
    [
        "Trials comparing 10 mg with the 4.5 mg dose would clarify the optimal dose.",
        "A head-to-head study of 10 mg and 4.5 mg would help establish which dose is best.",
    ],
)
def test_a_trial_said_to_settle_the_dose_is_future_work(x: str) -> None:
    text = MIDDLE_DOSE.format(x=x)
    assert facts(MIDDLE_TITLE, text, RCT).ldn_doses_mg == []
    assert gaps(MIDDLE_TITLE, text, RCT) == {}


TAPER = (
    "Methods: Eighty adults on buprenorphine maintenance who chose to taper were randomised "
    "to naltrexone 0.5 mg/day or placebo during a 12-week taper. Withdrawal was rated with "
    "the Clinical Opiate Withdrawal Scale. {x}\n"
    "Results: Withdrawal scores were lower with naltrexone; 61 completed the taper."
)
TAPER_TITLE = "Very low-dose naltrexone during buprenorphine taper: a randomised trial"


@pytest.mark.parametrize(
    "x",
    [
        "Participants with comorbid depression continued their prescribed antidepressant.",
        "Those with co-occurring major depression kept taking their SSRI.",
    ],
)
def test_a_part_keeping_its_antidepressant_selects_nobody(x: str) -> None:
    text = TAPER.format(x=x)
    assert facts(TAPER_TITLE, text, RCT).depression_population is False
    assert gaps(TAPER_TITLE, text, RCT) == {}


PPD = (
    "Background: Many pregnant women with depression decline antidepressants. Low-dose "
    "naltrexone (LDN) has been proposed as an alternative.\n\n"
    "Methods: We conducted a double-blind randomised trial in two antenatal services. "
    "Pregnant women with a major depressive episode (EPDS >= 13), not taking an "
    "antidepressant, were randomised to LDN 2 mg/day or placebo for 8 weeks. {x} The primary "
    "outcome was MADRS at week 8.\n\n"
    "Results: Seventy women were randomised. MADRS fell by 10 points with LDN and 7 with "
    "placebo.\n\n"
    "Conclusions: LDN reduced depressive symptoms."
)
PPD_TITLE = (
    "Low-dose naltrexone for perinatal depression in women avoiding antidepressants: a "
    "randomised trial"
)


@pytest.mark.parametrize(
    "x",
    [
        "Women whose MADRS rose by 5 points or more stopped the study drug and were offered "
        "open-label escitalopram.",
        "Two women were switched by their own psychiatrists to fluoxetine and withdrew from "
        "study drug at that point.",
    ],
)
def test_an_antidepressant_begun_as_the_study_drug_stopped_is_not_taken_with_it(x: str) -> None:
    text = PPD.format(x=x)
    assert facts(PPD_TITLE, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(PPD_TITLE, text, RCT)


def test_an_antidepressant_begun_beside_the_study_drug_still_counts() -> None:
    text = PPD.format(
        x="Women who worsened were started on escitalopram and continued the study drug."
    )
    assert facts(PPD_TITLE, text, RCT).concomitant_classes == ["serotonergic"]


SUBSTUDY = (
    "Background: In the parent trial, LDN added to SSRIs improved depression. We examined "
    "sleep in a subset.\n"
    "Methods: Participants at three sites wore actigraphs at baseline and week 8. {x} All "
    "continued sertraline or escitalopram.\n"
    "Results: Forty-four participants had usable data. LDN lengthened total sleep time."
)
SUBSTUDY_TITLE = (
    "Low-dose naltrexone and sleep in depressed patients on SSRIs: an actigraphy substudy "
    "of a randomised trial"
)


def test_arms_named_by_their_doses_and_pooled_compare_no_doses() -> None:
    text = SUBSTUDY.format(x="The 2 mg and 4.5 mg arms were pooled and compared with placebo.")
    assert facts(SUBSTUDY_TITLE, text, RCT).compares_doses is False


def test_arms_named_by_their_doses_and_compared_still_compare() -> None:
    text = SUBSTUDY.format(x="The 2 mg and 4.5 mg arms were compared with each other.")
    assert facts(SUBSTUDY_TITLE, text, RCT).compares_doses is True


# - holdout502 52200337: a dose-ranging protocol whose size is told only as "Recruitment
#   targets 32 participants per group" over five arms had no n (a missed "in progress").
RANGING = (
    "Methods: Adults with major depressive disorder on an SSRI will be randomly assigned in a "
    "1:1:1:1 ratio to naltrexone 1 mg, 2 mg or 4 mg, or placebo, for 10 weeks. {x} The "
    "primary outcome is MADRS change."
)
RANGING_TITLE = (
    "Three doses of low-dose naltrexone added to SSRIs in depression: protocol for a "
    "dose-ranging randomised trial"
)
PROTOCOL = ["Journal Article", "Clinical Trial Protocol"]


@pytest.mark.parametrize(
    "x",
    ["Recruitment targets 30 participants per group.", "Enrolment aims at 30 patients per arm."],
)
def test_a_recruitment_target_per_arm_sizes_a_protocol(x: str) -> None:
    assert facts(RANGING_TITLE, RANGING.format(x=x), PROTOCOL).n == 120


# - preprints109 PPR9900192: a pain cohort's "A recorded diagnosis of depression, present in
#   41% of patients, did not predict response" was read as a mood outcome (on-topic): the
#   aside between the measure and "did not predict" hid the prediction.
PAIN = (
    "Methods: We reviewed records of 180 adults who started LDN 4.5 mg for chronic pain. "
    "Response was a 30% fall in pain.\n"
    "Results: 70 patients responded. {x}"
)
PAIN_TITLE = "Predictors of response to low-dose naltrexone in chronic pain: a cohort study"


def test_a_predictor_set_off_by_how_common_it_was_is_no_outcome() -> None:
    x = "A recorded diagnosis of depression, found in 35% of patients, did not predict response."
    assert facts(PAIN_TITLE, PAIN.format(x=x)).on_topic is False


def test_a_measure_set_off_so_that_changes_is_still_an_outcome() -> None:
    x = "Depression, found in 35% of patients, improved by 5 PHQ-9 points."
    assert facts(PAIN_TITLE, PAIN.format(x=x)).on_topic is True
