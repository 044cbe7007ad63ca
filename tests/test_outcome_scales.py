"""A depression scale is a mood outcome however its item count is written.

The outcome pattern knew "HAM-D" and "HAM-D-17" but not "HAM-D17", "HAMD17" or "HDRS17"
(a word boundary cannot fall between the D and the digits), nor the eight-item PHQ-8: a
trial in another disease whose only mood word was such a scale was read as off-topic
(found while writing round 31's tests).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

FIBROMYALGIA = "Low-dose naltrexone for fibromyalgia: a randomised trial"


def _trial(scale: str) -> str:
    return (
        "Methods: Sixty women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo "
        f"for 12 weeks. Outcomes were pain intensity and the {scale}.\n"
        f"Results: Pain fell more with LDN; {scale} scores improved by 3 points."
    )


@pytest.mark.parametrize(
    "scale", ["HAM-D17", "HAMD17", "HDRS17", "HAM-D 21", "HAM-D24", "HDRS-17", "PHQ-8", "PHQ8"]
)
def test_a_scale_with_its_item_count_is_a_mood_outcome(scale: str) -> None:
    assert facts(FIBROMYALGIA, _trial(scale), RCT).on_topic


@pytest.mark.parametrize("words", ["the HAMA", "the FIQ", "the PHQ-15 somatic symptom scale"])
def test_other_scales_are_not_mood_outcomes(words: str) -> None:
    assert not facts(FIBROMYALGIA, _trial(words), RCT).on_topic


def test_a_phq8_threshold_selects_people_with_depression() -> None:
    got = facts(
        "Low-dose naltrexone added to an SSRI in primary care: a randomised trial",
        "Methods: Adults with a PHQ-8 score of 10 or more were randomised to naltrexone 4.5 mg or "
        "placebo added to their SSRI. 120 participants were randomised.\n"
        "Results: PHQ-8 scores fell more with LDN.",
        RCT,
    )
    assert got.depression_population
