"""Doses (round 11, "doses"): raises for some told in other words, a daily total said
again, ultra-low doses restated in micrograms, titrations written backwards or spread
over sentences.

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Each test also holds a near miss that keeps its old verdict, so that
a rule, not a phrase, is what passes.
"""

from __future__ import annotations

from typing import Any

from test_registry_facts import _assessed, _study
from written import CASE, RCT, TRIAL, facts

DOSE = "dose-finding"


def _with_arm(description: str) -> dict[str, Any]:
    """The invented registration with one naltrexone arm described as given and a
    placebo arm."""
    study = _study("NCT99900001")
    study["protocolSection"]["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": "Naltrexone",
                "type": "EXPERIMENTAL",
                "description": description,
                "interventionNames": ["Drug: Naltrexone"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "description": "Matching placebo capsules on the same schedule.",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
        "interventions": [
            {
                "type": "DRUG",
                "name": "Naltrexone",
                "description": "Naltrexone capsules.",
                "armGroupLabels": ["Naltrexone"],
            },
            {
                "type": "DRUG",
                "name": "Placebo",
                "description": "Matching capsules.",
                "armGroupLabels": ["Placebo"],
            },
        ],
    }
    return study


# ------------------------------------------- a raise for some, the level kept named after it
def test_a_level_responders_stayed_on_is_kept_beside_the_raise() -> None:
    """CONTRACT.md: a dose raised only in non-responders lists both levels (and compares
    no doses). "Those who responded stayed on 1 mg" names the lower level as one some
    were kept on, not as a later step of the raise written before it; and "the dose" of
    a sentence that names no drug is the drug the previous sentence dosed last."""
    title = "Response-guided naltrexone added to sertraline in major depression"
    abstract = (
        "Methods: Forty adults with major depressive disorder taking sertraline 100 mg "
        "received open-label naltrexone 1 mg nightly. At week 3, patients who had not "
        "achieved a 30% fall in HAM-D had the dose raised to 3 mg; responders stayed on 1 mg.\n"
        "Results: Eighteen were escalated to 3 mg. HAM-D fell from 24.0 to 14.2."
    )
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.0, 3.0]
    assert f.compares_doses is False
    # near miss: one patient kept at a middle step of a fixed titration is no raise for
    # some; the first step stays a step
    near = (
        "Methods: Five adults with major depressive disorder on sertraline took naltrexone, "
        "started at 1 mg and titrated to 4 mg over two weeks; one patient remained at 2 mg "
        "because of insomnia.\nResults: HAM-D fell in four."
    )
    assert facts("Naltrexone with sertraline: a case series", near, TRIAL).ldn_doses_mg == [
        2.0,
        4.0,
    ]


def test_a_raise_if_a_score_had_not_fallen_is_for_some() -> None:
    """ "If the score had not dropped by a third, the dose was increased" is a raise for
    non-responders written as a threshold: both levels."""
    title = "Naltrexone in perinatal depression: an open-label pilot"
    abstract = (
        "Methods: Twenty women with perinatal depression took naltrexone, started at 2 mg "
        "nightly; if the HAM-D had not dropped by a third at week three the dose was "
        "increased to 4 mg (n = 7).\nResults: HAM-D fell from 22.4 to 12.0."
    )
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [2.0, 4.0]
    # near miss: the same raise for everyone keeps a fixed titration's target
    near = abstract.replace(
        "if the HAM-D had not dropped by a third at week three", "at week three"
    )
    assert facts(title, near, TRIAL).ldn_doses_mg == [4.0]


def test_without_a_percent_reduction_on_a_named_scale_is_a_raise_for_some() -> None:
    """ "Participants without a 30% HAM-D reduction" are the non-responders, the scale
    written between the threshold and the word."""
    title = "Naltrexone added to escitalopram in depression"
    abstract = (
        "Methods: Adults with major depressive disorder on escitalopram 10 mg received "
        "open-label naltrexone 1 mg daily. At week 5, participants without a 30% HAM-D "
        "reduction had the dose increased to 3 mg daily; responders continued 1 mg.\n"
        "Results: HAM-D fell."
    )
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [1.0, 3.0]
    # near miss: "without further reduction" (no threshold) is no condition
    near = (
        "Methods: Adults with major depressive disorder on escitalopram took open-label "
        "naltrexone, started at 1 mg and increased to 3 mg daily without further reduction "
        "of the dose.\nResults: HAM-D fell."
    )
    assert facts(title, near, TRIAL).ldn_doses_mg == [3.0]


def test_a_registered_arm_raising_non_responders_lists_both_levels() -> None:
    """An arm whose raise names no drug ("increase to 2 mg twice daily"), after a sentence
    that dosed the watched drug, raises the watched drug; the others stay on the first."""
    _, f = _assessed(
        _with_arm(
            "Naltrexone 2 mg each evening. At week 6, participants with < 30% HAM-D "
            "improvement increase to 2 mg twice daily (4 mg/day); others stay on 2 mg/day."
        )
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


# ------------------------------------------------------ a daily total said after its parts
def test_a_unit_strength_before_its_stated_daily_total_is_one_administration() -> None:
    """CONTRACT.md: ``ldn_doses_mg`` lists total daily doses. "2 mg tablets taken twice
    daily (4 mg/day in total)" is one dose, 4 mg a day; the tablet's strength is a part."""
    title = "Naltrexone added to escitalopram in recurrent depression: a case report"
    abstract = (
        "A 52-year-old woman with major depressive disorder on escitalopram 10 mg daily. "
        "Naltrexone was prepared as 2 mg tablets and taken twice daily (4 mg/day in total). "
        "After eight weeks her MADRS had fallen from 30 to 11."
    )
    assert facts(title, abstract, CASE).ldn_doses_mg == [4.0]
    # near miss: a second arm's dose, not a part of the total, is kept
    near = (
        "Methods: Sixty adults with major depressive disorder on escitalopram were randomized "
        "to naltrexone 1.5 mg once daily, naltrexone 2 mg twice daily (a total daily dose of "
        "4 mg) or placebo.\nResults: MADRS fell in all arms."
    )
    assert facts("Two doses of naltrexone in depression", near, RCT).ldn_doses_mg == [1.5, 4.0]


# ---------------------------------------- a microgram dose said again in brackets, then its schedule
def test_a_dose_restated_in_brackets_before_its_schedule_takes_the_schedule() -> None:
    """ "0.002 mg (2 micrograms) twice daily" is one dose given twice a day: 0.004 mg/day
    (CONTRACT.md: microgram "ultra-low" doses are LDN), not 0.002 and 0.004."""
    title = "Ultra-low-dose naltrexone with morphine in cancer pain and low mood"
    abstract = (
        "Methods: Two hundred patients with cancer pain were randomized to morphine with "
        "naltrexone 0.002 mg (2 micrograms) twice daily or morphine with placebo. Outcomes "
        "included the Beck Depression Inventory.\nResults: BDI improved more with naltrexone."
    )
    assert facts(title, abstract, RCT).ldn_doses_mg == [0.004]
    # near miss: an arm's size in brackets before "or" leaves the next arm's schedule alone
    near = (
        "Methods: Ninety adults with major depressive disorder were randomized to naltrexone "
        "1 mg (n = 30) or 2 mg (n = 30) once daily, or placebo (n = 30).\nResults: fell."
    )
    assert facts("Naltrexone doses in depression", near, RCT).ldn_doses_mg == [1.0, 2.0]


# ------------------------------ a first spell at a lower dose written after the dose kept
def test_a_spell_at_a_lower_dose_written_after_the_target_is_a_titration_step() -> None:
    """CONTRACT.md: a fixed titration lists only its target; "3 mg nightly after two weeks
    at 1 mg" is that schedule written backwards. (Round 10's patch, applied here.)"""
    title = "Naltrexone added to mirtazapine in depression: a randomized trial"
    abstract = (
        "Methods: Seventy adults with major depressive disorder on mirtazapine were randomized "
        "to placebo or naltrexone (3 mg nightly after two weeks at 1 mg) for 10 weeks.\n"
        "Results: MADRS fell by 10.2 and 7.1 points."
    )
    assert facts(title, abstract, RCT).ldn_doses_mg == [3.0]
    # near miss: weeks spent at the only dose keep it
    near = (
        "Methods: Thirty adults with major depressive disorder on mirtazapine took naltrexone "
        "nightly; after eight weeks at 3 mg, MADRS had fallen by 9.0 points."
    )
    assert facts(title, near, TRIAL).ldn_doses_mg == [3.0]


# ----------------------------------------- a titration written one step a sentence
def test_a_titration_spread_over_time_headed_sentences_keeps_its_target() -> None:
    """CONTRACT.md: a fixed titration lists only its target. An arm written one step a
    sentence, each headed by its days ("Days 1-5: ... 1 mg. Days 6-10: 2 mg. Day 11 to
    week 8: 3 mg."), is that titration: the steps name no drug, the last is the target."""
    _, f = _assessed(
        _with_arm(
            "Days 1-5: naltrexone 1 mg each evening. Days 6-10: 2 mg each evening. "
            "Day 11 to week 8: 3 mg each evening."
        )
    )
    assert f.ldn_doses_mg == [3.0]
    # near miss: a dose that falls again is no rising titration; both are kept
    _, g = _assessed(
        _with_arm("Weeks 1-4: naltrexone 3 mg each evening. Weeks 5-8: 1 mg each evening.")
    )
    assert g.ldn_doses_mg == [1.0, 3.0]
