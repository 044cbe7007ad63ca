"""Trials of a medication in a person's history ("who had refused further antidepressant
trials", "after two failed medication trials") are attempts at treatment, not studies still
to come: the sentence stays the study's own, with its doses and co-medication. Shown by
holdout322 36200022 (a case series whose dosing sentence ended "who had declined further
antidepressant trials", read as future work: no dose, no co-medication). Session 31,
round 81, c81d."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone in chronic depression: a case series"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three outpatients with chronic depression took naltrexone 4.5 mg at night in "
        "addition to their sertraline 100 mg/day, and a fourth, who refused further "
        "antidepressant trials, took naltrexone alone.",
        "Two women with dysthymia received naltrexone 4.5 mg nightly alongside their "
        "usual escitalopram 10 mg, having declined further medication trials.",
        "Five patients with treatment-resistant depression, none willing to undertake "
        "further antidepressant trials, were given naltrexone 4.5 mg at bedtime while "
        "continuing citalopram 20 mg daily.",
    ],
)
def test_history_of_medication_trials_stays_own(sentence: str) -> None:
    f = facts(TITLE, "Cases: " + sentence + "\nConclusions: Response was seen in most.")
    assert f.ldn_doses_mg == [4.5]
    assert f.concomitant_classes == ["serotonergic"]


def test_near_miss_call_for_further_trials() -> None:
    # further trials of the watched drug are still a call for later work
    f = facts(
        TITLE,
        "Cases: Three outpatients with chronic depression took naltrexone 4.5 mg at night.\n"
        "Conclusions: Further randomised trials combining naltrexone 3 mg with sertraline "
        "should follow.",
    )
    assert f.ldn_doses_mg == [4.5]
    assert f.concomitant_classes == []
