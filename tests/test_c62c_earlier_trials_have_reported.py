"""Kind: earlier trials named in the plural, uncounted, as what they have found ("small
pilot trials of low-dose naltrexone (for example 12 patients given 1 mg twice daily) have
reported antidepressant benefit"): other people's work, so the drug and its dose there
are background (CONTRACT.md: LDN named only in the background or in a cited earlier study
is not on-topic). Round 62, c62c; shown by preprints56 PPR4300025 (esketamine cohort).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # opening sentence of an unlabelled abstract
        (
            "Esketamine response and opioid co-medication in depression",
            "Small pilot trials of low-dose naltrexone (for example 12 patients given 1 mg "
            "twice daily) have reported antidepressant benefit. We followed 210 adults with "
            "treatment-resistant depression starting esketamine; response was 44%.",
            JOURNAL,
        ),
        # labelled background, another drug order and dose
        (
            "Buprenorphine microdoses in treatment-resistant depression: an open trial",
            "Background: Open studies of naltrexone at 4.5 mg have found mood benefits in "
            "fibromyalgia.\nMethods: Thirty adults with major depression took buprenorphine "
            "0.4 mg daily.\nResults: MADRS fell by 8 points.",
            TRIAL,
        ),
        # in the discussion of results
        (
            "Kappa antagonism with aticaprant in anhedonic depression",
            "Methods: Forty adults with major depression took aticaprant 10 mg for six "
            "weeks.\nResults: SHAPS improved by 5 points, in line with how trials in "
            "depression using naltrexone 2 mg have shown benefit.",
            TRIAL,
        ),
    ],
)
def test_earlier_trials_are_background(title: str, abstract: str, types: tuple[str, ...]) -> None:
    assert facts(title, abstract, types).on_topic is False, abstract


def test_own_trial_still_counts() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: two open trials",
        "Methods: In both trials, adults with major depression took naltrexone 4.5 mg "
        "nightly.\nResults: Both trials have reported a 9-point fall in HAM-D.",
        TRIAL,
    )
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.5]
