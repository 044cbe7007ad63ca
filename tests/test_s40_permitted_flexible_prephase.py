"""Three kinds batch 92 showed, each a false gap verdict on its first, blind measurement.

1. **A drug let in by a turn after a rule that keeps others out** ("Other antidepressants
   were not allowed, but trazodone up to 100 mg at bedtime for insomnia was permitted"):
   the rule does not reach past "but" / "except" / "with the exception of", so the
   sentence gives the drug its purpose (insomnia), and the purpose holds where the record
   names the drug again ("Fourteen (23%) took bedtime trazodone"). Shown by holdout396
   44600024 (bupropion trial; serotonergic addressed for no).
2. **A flexible dose moved by someone, or following benefit** ("adjusted by the
   investigator between 1.5 mg and 4.5 mg according to benefit and tolerability"): one
   flexible regimen, both ends listed, no doses compared (CONTRACT.md). Shown by holdout397
   44700016 (an open-label extension; dose-finding addressed for no).
3. **A phase that readies people for randomisation** ("52 began the cross-taper; 46
   completed it and were randomized"): an RCT's n is the randomised, whatever the phase
   before is called (lead-in, run-in, washout, cross-taper, stabilisation), and the step
   may name what was completed ("completed it", "finished the washout"). Shown by
   holdout397 44700020 (n 52 for 46: larger-trials addressed for no).

Session 40, lead.
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

BUPROPION_TITLE = "Adjunctive low-dose naltrexone in depression treated with bupropion: an RCT"


def _bupropion_trial(rule: str, later: str) -> str:
    return (
        "Methods: Adults with major depressive disorder and a partial response to bupropion "
        "XL 300 mg/day were randomized to naltrexone 1 mg twice daily or placebo for 8 "
        f"weeks. Bupropion was continued at the same dose. {rule}\n"
        "Results: Sixty-two patients were randomized (31 per group). MADRS fell more with "
        f"LDN than with placebo (difference -3.7 points). {later}"
    )


PERMITTED_FOR_ANOTHER_PURPOSE = [
    (
        "Other antidepressants were not allowed, but trazodone up to 100 mg at bedtime for "
        "insomnia was permitted if stable.",
        "Fourteen participants (23%) took bedtime trazodone.",
    ),
    (
        "No other antidepressant was permitted except trazodone (25-100 mg) for sleep.",
        "Trazodone was used by nine participants.",
    ),
    (
        "Other concomitant antidepressants were prohibited, with the exception of trazodone "
        "at night for insomnia.",
        "Eleven patients used trazodone during the trial.",
    ),
    (
        "Other antidepressants were not permitted, but amitriptyline 10 mg at night for "
        "neuropathic pain was allowed.",
        "Four patients took amitriptyline throughout.",
    ),
    (
        "Other psychotropic drugs were not allowed, but mirtazapine at bedtime for insomnia "
        "was permitted.",
        "Mirtazapine was taken by six patients.",
    ),
]


@pytest.mark.parametrize(("rule", "later"), PERMITTED_FOR_ANOTHER_PURPOSE)
def test_drug_let_in_for_another_purpose_keeps_it(rule: str, later: str) -> None:
    got = facts(BUPROPION_TITLE, _bupropion_trial(rule, later), RCT)
    assert got.concomitant_classes == ["dopaminergic"]


def test_drug_let_in_for_the_depression_counts() -> None:
    """Near miss: a drug the turn lets in with no other purpose is taken with LDN."""
    got = facts(
        BUPROPION_TITLE,
        _bupropion_trial(
            "Other antidepressants were not allowed, but a stable SSRI was permitted.",
            "Twenty participants took sertraline alongside bupropion.",
        ),
        RCT,
    )
    assert "serotonergic" in got.concomitant_classes


def test_drug_the_rule_keeps_out_stays_out() -> None:
    """Near miss: no turn, the rule still keeps the drug out."""
    got = facts(
        BUPROPION_TITLE,
        _bupropion_trial(
            "Other antidepressants, including sertraline, were not allowed.",
            "Adverse events were mild.",
        ),
        RCT,
    )
    assert got.concomitant_classes == ["dopaminergic"]


EXTENSION_TITLE = "Open-label extension of low-dose naltrexone added to SSRIs in depression"


def _extension(dosing: str) -> str:
    return (
        "Background: A 12-week randomized trial found that LDN added to SSRIs reduced "
        "depressive symptoms. We report its open-label extension.\n"
        "Methods: Participants who completed the 12-week randomized phase could enter a "
        f"24-week extension in which all received open-label naltrexone, {dosing}. Their "
        "SSRI was continued.\n"
        "Results: Of 148 completers, 121 entered the extension and 97 completed it. MADRS "
        "fell from 22.7 to 15.1."
    )


FLEXIBLE = [
    "started at 1.5 mg and adjusted by the investigator between 1.5 mg and 4.5 mg according "
    "to benefit and tolerability",
    "moved by the clinician within 1.5-4.5 mg",
    "varied by their psychiatrist between 1.5 mg and 4.5 mg",
    "1.5 mg or 4.5 mg according to benefit",
    "1.5 mg to 4.5 mg, according to the patient's response",
]


@pytest.mark.parametrize("dosing", FLEXIBLE)
def test_flexible_dose_moved_by_someone_compares_nothing(dosing: str) -> None:
    got = facts(EXTENSION_TITLE, _extension(dosing), TRIAL)
    assert got.ldn_doses_mg == [1.5, 4.5]
    assert got.compares_doses is False


def test_doses_given_as_alternatives_are_compared() -> None:
    """Near miss: two doses randomised are compared, whoever adjusted the SSRI."""
    got = facts(
        "Low-dose naltrexone 1.5 mg versus 4.5 mg added to SSRIs: a randomized trial",
        "Methods: Adults with major depressive disorder on an SSRI were randomized to "
        "naltrexone 1.5 mg or 4.5 mg nightly for 12 weeks; the SSRI dose was adjusted by the "
        "clinician between visits.\n"
        "Results: 120 were randomized.",
        RCT,
    )
    assert got.compares_doses is True


CROSS_TAPER_TITLE = "Low-dose naltrexone after a switch to bupropion: a randomized pilot"
PHASE_BEFORE_RANDOMISATION = [
    "Fifty-two participants began the cross-taper; 46 completed it and were randomized "
    "(23 per arm).",
    "Fifty-two participants began the cross-taper; 46 completed it and were then randomized.",
    "Fifty-two participants began the open-label lead-in; 46 completed it and were randomized.",
    "Fifty-two participants started the washout; 46 finished the washout and were randomly "
    "assigned to LDN or placebo.",
    "Fifty-two participants entered the stabilisation phase, and 46 completed the "
    "stabilisation phase and were randomised.",
]


@pytest.mark.parametrize("flow", PHASE_BEFORE_RANDOMISATION)
def test_n_of_a_trial_with_a_phase_before_randomisation_is_the_randomised(flow: str) -> None:
    got = facts(
        CROSS_TAPER_TITLE,
        "Methods: Adults with major depressive disorder were cross-tapered from their SSRI "
        "to bupropion, then randomized to naltrexone 1 mg twice daily or placebo.\n"
        f"Results: {flow}",
        RCT,
    )
    assert got.n == 46


def test_randomised_then_completed_keeps_the_randomised() -> None:
    """Near miss: the later count of who completed the trial is no narrowing."""
    got = facts(
        CROSS_TAPER_TITLE,
        "Methods: Adults with major depressive disorder were randomized to naltrexone 1 mg "
        "twice daily or placebo.\n"
        "Results: Fifty-two participants were randomized; 46 completed the trial.",
        RCT,
    )
    assert got.n == 52


BY_WHOEVER_TREATS = [
    "LDN was started at 1 mg and titrated by the treating physician up to a maximum of 4.5 mg "
    "daily.",
    "LDN was started at 1 mg and titrated by their psychiatrist up to a maximum of 4.5 mg.",
    "LDN was started at 1 mg and increased by the treating clinician up to a maximum of 4.5 mg.",
    "LDN was started at 1 mg and increased by each prescriber up to a maximum of 4.5 mg daily.",
    "LDN was started at 1 mg and titrated by the investigators up to a maximum of 4.5 mg.",
]


@pytest.mark.parametrize("dosing", BY_WHOEVER_TREATS)
def test_a_dose_moved_by_whoever_treats_is_flexible(dosing: str) -> None:
    """A dose moved by the treating physician is a flexible range: both ends (holdout396
    44600004: [4.5] for [1, 4.5]). (Not yet read: "adjusted by their psychiatrist up to 4.5
    mg" without "a maximum of", an observational ceiling; "each patient's GP".)"""
    got = facts(
        "Low-dose naltrexone and depressive symptoms in post-COVID-19 condition: a cohort",
        "We reviewed the records of adults with post-COVID-19 condition prescribed LDN who had "
        f"at least two PHQ-9 assessments. {dosing} Of 348 patients offered LDN, 212 started "
        "it. Mean PHQ-9 fell from 11.2 to 8.0.",
    )
    assert got.ldn_doses_mg == [1.0, 4.5]


def test_a_fixed_titration_keeps_its_target() -> None:
    """Near miss: a schedule set for everyone lists its target only."""
    got = facts(
        "Low-dose naltrexone and depressive symptoms in post-COVID-19 condition: a cohort",
        "We reviewed the records of adults with post-COVID-19 condition prescribed LDN. LDN "
        "was started at 1 mg and increased to 4.5 mg after one week in all patients. Mean "
        "PHQ-9 fell from 11.2 to 8.0.",
    )
    assert got.ldn_doses_mg == [4.5]
