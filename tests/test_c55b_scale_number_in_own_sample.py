"""A scale's number inside the sentence naming a derived report's own sample is no count.

Kind: a secondary analysis names the people it analysed by the data they had on a scale
whose name carries a number ("84 with baseline hsCRP and at least one follow-up HAMD-17
were analysed", "the 61 with a PHQ-9 at week 8 form the analysis sample"): its n is those
people (CONTRACT.md, n: a secondary analysis has its own analysed sample), not the parent's
randomised total; "17" or "9" is part of the scale's name. Near miss: a real second count
in between still stops the reading ("90 randomised, 12 withdrew").
Round 55, c55b; shown by holdout188 20700035 (n was the parent's 90).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TYPES = ("Journal Article", *RCT)
TITLE = (
    "Baseline inflammation as a moderator of response to low-dose naltrexone versus "
    "escitalopram: secondary analysis of a randomised trial"
)


def test_the_records_wording() -> None:
    abstract = (
        "In a secondary analysis of a double-blind trial comparing naltrexone 4.5 mg with "
        "escitalopram 10 mg as monotherapy for moderate major depression, we tested whether "
        "baseline high-sensitivity C-reactive protein (hsCRP) moderated treatment response. Of "
        "the 90 randomised participants, 84 with baseline hsCRP and at least one follow-up "
        "HAMD-17 were analysed. In patients with hsCRP >= 3 mg/L (n = 27), naltrexone "
        "outperformed escitalopram (difference -3.9 points); in those with lower hsCRP, "
        "escitalopram was superior."
    )
    assert facts(TITLE, abstract, TYPES).n == 84


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Of the 120 randomised adults, 96 with a PHQ-9 at week 8 were analysed.",
            96,
        ),
        (
            "Methods: Of 150 participants in the parent trial, 131 who completed the GAD-7 and "
            "the HAM-D-17 at baseline were included in this analysis.",
            131,
        ),
        (
            "Sixty-two participants with at least two MADRS-10 ratings were analysed.",
            62,
        ),
    ],
)
def test_own_sample_named_by_a_scale(sentence: str, n: int) -> None:
    abstract = (
        "In a secondary analysis of a randomised trial of naltrexone 4.5 mg versus placebo in "
        f"major depressive disorder, we examined inflammatory markers. {sentence} Response "
        "was larger with high CRP."
    )
    assert facts(TITLE, abstract, TYPES).n == n
