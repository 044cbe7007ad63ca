"""Kind: a derived report naming itself with adjectives parted by commas ("This exploratory,
not pre-registered analysis included the 58 randomised participants ..."): its act still
names its own sample, not a subgroup counted later. Shown by preprints62 PPR3700006 (n 24,
those above a CRP cut-off, for 58). Near miss keeps today's answer: the parent trial's size
in a sentence about the parent. Session 26, round 70, c70c."""

import pytest
from written import RCT, facts

TITLE = (
    "Baseline interleukin-6 and response to low-dose naltrexone added to antidepressants: "
    "a secondary analysis of a randomised trial"
)
PARENT = (
    "Background: In a placebo-controlled trial, adults with major depression on an SSRI were "
    "randomised to naltrexone 4.5 mg nightly or placebo for 10 weeks.\n"
)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Methods: This post hoc, hypothesis-generating analysis included the 47 randomised "
            "participants with a stored baseline sample; the trial randomised 90.\n"
            "Results: 19 participants had IL-6 above the median.",
            47,
        ),
        (
            "Methods: Our pre-specified, biomarker analysis comprised 62 randomised "
            "participants with a plasma sample; the parent trial randomised 88.\n"
            "Results: 28 participants had a raised CRP.",
            62,
        ),
        (
            "Methods: The present unplanned, sex-stratified analysis studied the 70 "
            "randomised participants with week-10 ratings; 96 were randomised in all.\n"
            "Results: Women numbered 41 participants.",
            70,
        ),
    ],
)
def test_self_named_report_with_commas_counts_its_own(text: str, n: int) -> None:
    assert facts(TITLE, PARENT + text, RCT).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # no comma: today's answer already
        (
            "Methods: This exploratory analysis included the 47 randomised participants with "
            "a stored baseline sample.\nResults: 19 participants had IL-6 above the median.",
            47,
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int) -> None:
    assert facts(TITLE, PARENT + text, RCT).n == n
