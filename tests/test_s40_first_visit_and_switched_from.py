"""Two kinds from batch 92 (holdout396, holdout397).

1. **Mood told as the people had it when first seen** ("Many patients described low mood
   and anxiety at their first visit, which were addressed by the centre's psychologist"):
   a description of who they were, with no change measured, is no mood outcome, so LDN in
   another disease with only this is off-topic (CONTRACT.md). Shown by holdout396 44600025
   (complex regional pain syndrome).
2. **The drug a switch left** ("Sixty-two had switched within 6 months: 35 from an SSRI to
   another SSRI, 19 from an SSRI to an SNRI, and 8 from bupropion to an SSRI"): the drug
   switched from is no longer taken with LDN; the drug switched to is. Shown by holdout397
   44700017 (bupropion counted: dopaminergic added).

Session 40, lead.
"""

from __future__ import annotations

import pytest
from written import facts

PAIN_TITLE = "Low-dose naltrexone for complex regional pain syndrome: a retrospective review"

FIRST_SEEN = [
    "Many patients described low mood and anxiety at their first visit, which were addressed "
    "by the centre's psychologist.",
    "Depressive symptoms at presentation were common.",
    "Several reported low mood at their initial assessment.",
    "Most had depressive symptoms at referral.",
    "Low mood on admission was noted in 12 patients.",
]


@pytest.mark.parametrize("seen", FIRST_SEEN)
def test_mood_when_first_seen_is_no_outcome(seen: str) -> None:
    got = facts(
        PAIN_TITLE,
        "Methods: We reviewed the charts of adults with CRPS prescribed LDN. LDN was started "
        "at 1.5 mg and increased to 4.5 mg. Pain intensity and sleep were recorded at "
        "baseline and at 3 months.\n"
        f"Results: Forty-six patients were included. Pain fell from 7.4 to 6.1. {seen}",
    )
    assert got.on_topic is False


def test_mood_that_changed_is_an_outcome() -> None:
    """Near miss: mood at the first visit that later improved was measured over time."""
    got = facts(
        PAIN_TITLE,
        "Methods: We reviewed the charts of adults with CRPS prescribed LDN 4.5 mg.\n"
        "Results: Forty-six patients were included. Pain fell from 7.4 to 6.1. Depressive "
        "symptoms at the first visit improved by 3 months (PHQ-9 from 12.1 to 8.4).",
    )
    assert got.on_topic is True


SWITCH_TITLE = (
    "Recent antidepressant switch and response to low-dose naltrexone augmentation: a "
    "secondary analysis of a randomized trial"
)

SWITCHES = [
    "Sixty-two had switched within 6 months: 35 from an SSRI to another SSRI, 19 from an "
    "SSRI to an SNRI, and 8 from bupropion to an SSRI.",
    "Eight participants had switched from bupropion to an SSRI before screening.",
    "Eight had been cross-tapered from bupropion (n = 8) to an SSRI.",
    "In 8 the antidepressant was changed from bupropion to an SSRI.",
    "A transition from bupropion to an SSRI had occurred in 8.",
]


@pytest.mark.parametrize("switch", SWITCHES)
def test_the_drug_switched_from_is_not_taken(switch: str) -> None:
    got = facts(
        SWITCH_TITLE,
        "Methods: Secondary analysis of a 12-week trial of naltrexone 4.5 mg/day or placebo "
        "added to a stable SSRI.\n"
        f"Results: {switch} The naltrexone-placebo difference was larger after a switch.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert "serotonergic" in got.concomitant_classes
    assert "dopaminergic" not in got.concomitant_classes


def test_the_drug_switched_to_is_taken() -> None:
    """Near miss: the drug switched to is taken with LDN."""
    got = facts(
        SWITCH_TITLE,
        "Methods: Secondary analysis of a 12-week trial of naltrexone 4.5 mg/day or placebo "
        "added to a stable antidepressant.\n"
        "Results: Eight had switched from an SSRI to bupropion before screening.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert "dopaminergic" in got.concomitant_classes


WITHDRAWAL_TITLE = "Very low dose naltrexone added to a methadone taper to reduce withdrawal"
SAFETY = [
    "Safety assessments include adverse event reporting, vital signs, liver function tests and "
    "the Columbia Suicide Severity Rating Scale.",
    "Safety was monitored with the Columbia Suicide Severity Rating Scale at every visit.",
    "Safety measures were vital signs, liver tests and the C-SSRS suicidality items.",
    "Safety evaluations included laboratory tests and suicidality ratings.",
    "Safety monitoring comprised adverse events, vital signs and suicidal ideation screening.",
]


@pytest.mark.parametrize("safety", SAFETY)
def test_a_scale_the_study_watched_safety_with_is_no_outcome(safety: str) -> None:
    """A suicidality scale listed among the safety checks measures no mood outcome: LDN in
    opioid withdrawal with only that is off-topic (registry93 NCT00080016, batch 92)."""
    got = facts(
        WITHDRAWAL_TITLE,
        "Methods: Inpatients in opioid detoxification were randomized to naltrexone 0.125 mg "
        "or 0.25 mg per day or placebo added to a methadone taper. The primary outcome was "
        f"withdrawal severity on the Subjective Opiate Withdrawal Scale. {safety}\n"
        "Results: Sixty patients were randomized.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert got.on_topic is False


def test_a_mood_scale_among_the_outcomes_counts() -> None:
    """Near miss: the same scale as a secondary outcome is a mood outcome."""
    got = facts(
        WITHDRAWAL_TITLE,
        "Methods: Inpatients in opioid detoxification were randomized to naltrexone 0.25 mg "
        "per day or placebo added to a methadone taper. Secondary outcomes were craving and "
        "depressive symptoms on the Beck Depression Inventory.\n"
        "Results: Sixty patients were randomized.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert got.on_topic is True


OWN_SAFETY_WORDS = [
    "Safety assessments include adverse event reporting at every visit, vital signs and liver "
    "function tests.",
    "Safety assessments included adverse event reporting and vital signs.",
    "Safety was assessed by adverse event reporting throughout the study.",
    "Monitoring includes adverse event reporting by participants at each visit.",
    "Safety monitoring, including adverse event reporting during both periods, is described.",
]


@pytest.mark.parametrize("safety", OWN_SAFETY_WORDS)
def test_a_trials_own_adverse_event_reporting_is_no_pharmacovigilance(safety: str) -> None:
    """ "Adverse event reporting" in a trial's safety checks does not make it a study of
    spontaneous reports (registry93 NCT00080022 and NCT00080028: read as observational, so
    nobody took the drug and every dose was lost)."""
    got = facts(
        "Dose escalation of low-dose naltrexone in late-life depression",
        "A dose-escalation study of naltrexone 1, 2.5 and 4.5 mg daily in older adults with "
        "major depression, to find the highest tolerated dose. Adults aged 65 and over step "
        f"through each dose for 3 weeks. {safety}",
    )
    assert got.design == "nonrandomized_trial"
    assert got.ldn_doses_mg == [1.0, 2.5, 4.5]


def test_a_study_of_adverse_event_reports_is_observational() -> None:
    """Near miss: a study of spontaneous adverse event reports observes, it assigns nothing."""
    got = facts(
        "Psychiatric adverse events of low-dose naltrexone: a pharmacovigilance study",
        "We searched adverse event reports of naltrexone at doses up to 4.5 mg for depression, "
        "suicidality and mood changes, using disproportionality analysis.",
    )
    assert got.design == "observational"
