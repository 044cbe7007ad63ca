"""Kind: an observational study whose people took another drug and none took LDN, naming
LDN only as what its findings point to ("...treated with SSRIs: implications for low-dose
naltrexone", "patients who could benefit from LDN", "candidates for low-dose naltrexone"),
is not on-topic: the verb of giving in the sentence ("treated with SSRIs") is the other
drug's (CONTRACT.md: LDN only in the background or implications is not on-topic). A study
whose people took LDN stays on-topic, whatever it says the findings imply.

Round 55, c55a; the record that showed it: holdout191 21000027 ("Plasma beta-endorphin in
major depression treated with SSRIs: implications for low-dose naltrexone": on-topic).
"""

from __future__ import annotations

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
TITLE = (
    "Plasma beta-endorphin in major depression treated with SSRIs: implications for low-dose "
    "naltrexone"
)
RECORD = (
    "Background: Low-dose naltrexone (LDN) is thought to act through a rebound in endogenous "
    "opioids.\n"
    "Methods: We measured plasma beta-endorphin in 156 adults with major depressive disorder "
    "before and after 8 weeks of SSRI treatment and in 60 healthy controls.\n"
    "Results: Baseline beta-endorphin was lower in patients and rose in SSRI responders.\n"
    "Conclusions: Low endogenous opioid tone may identify patients who could benefit from LDN "
    "augmentation, which should be tested in trials."
)


def test_the_record() -> None:
    assert not facts(TITLE, RECORD, OBS).on_topic


T = "Serum met-enkephalin in depressed outpatients"
METHODS = (
    "We measured serum met-enkephalin in 210 adults with major depression treated with "
    "venlafaxine for 12 weeks"
)
RESULT = "Met-enkephalin was lower at baseline in non-responders."


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # title
        (
            "Serum met-enkephalin in depressed outpatients given venlafaxine: relevance to "
            "low-dose naltrexone",
            f"Methods: {METHODS}.\nResults: {RESULT}",
        ),
        (
            "Depressed outpatients treated with sertraline as candidates for low-dose "
            "naltrexone: an opioid biomarker study",
            f"Methods: {METHODS}.\nResults: {RESULT}",
        ),
        # methods
        (T, f"Methods: {METHODS}, with implications for low-dose naltrexone.\nResults: {RESULT}"),
        # results
        (
            T,
            f"Methods: {METHODS}.\nResults: {RESULT} Patients treated with venlafaxine who had "
            "low levels may be candidates for LDN.",
        ),
        # conclusions
        (
            T,
            f"Methods: {METHODS}.\nResults: {RESULT}\nConclusions: Patients receiving "
            "venlafaxine with low opioid tone might benefit from low-dose naltrexone.",
        ),
        # unlabelled
        (
            T,
            f"{METHODS}. {RESULT} People treated with venlafaxine and low levels could "
            "respond to low-dose naltrexone.",
        ),
    ],
)
def test_ldn_only_pointed_to_is_not_given(title: str, abstract: str) -> None:
    assert not facts(title, abstract, OBS).on_topic, abstract


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near misses: the people took LDN
        (
            "Mood in 300 users of low-dose naltrexone treated with sertraline: implications "
            "for practice",
            "Methods: A cohort of 300 adults with major depression taking low-dose naltrexone "
            "4.5 mg with sertraline.\nResults: PHQ-9 fell by 5 points.",
        ),
        (
            "Depression outcomes in patients treated with low-dose naltrexone: relevance to dosing",
            "Methods: We followed 120 adults with major depression prescribed low-dose "
            "naltrexone 1.5-4.5 mg.\nResults: PHQ-9 fell by 4 points.",
        ),
    ],
)
def test_people_who_took_ldn_stay_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, OBS).on_topic
