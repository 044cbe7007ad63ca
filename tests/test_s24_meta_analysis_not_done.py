"""A systematic review that says it pooled nothing ("no meta-analysis was performed", "a
meta-analysis was not feasible", "heterogeneity precluded meta-analysis") is a review, not a
meta-analysis: the words name what it did not do. Shown by holdout41 64100008 and holdout25
80100021 (systematic reviews typed Systematic Review, each saying no meta-analysis was
performed). Session 24, round 66, c66b."""

import pytest
from written import facts

REVIEW = ("Journal Article", "Systematic Review", "Review")
ABSTRACT = (
    "Methods: We searched four databases to May 2025 for studies giving naltrexone at up to "
    "5 mg a day to adults with depression. {denial}\n"
    "Results: Six studies (two open trials, two case series and two case reports) were "
    "included, with 150 people in all.\n"
    "Conclusions: The evidence is thin."
)


@pytest.mark.parametrize(
    "denial",
    [
        "Given how different the studies were, we did not attempt a meta-analysis.",
        "A meta-analysis was not feasible because outcomes differed.",
        "Differences between designs precluded a meta-analysis, so results are told narratively.",
        "Studies were too heterogeneous for meta-analysis to be performed; no meta-analysis was done.",
    ],
)
def test_meta_analysis_denied_is_a_review(denial: str) -> None:
    f = facts(
        "Low-dose naltrexone in depression: a systematic review",
        ABSTRACT.format(denial=denial),
        REVIEW,
    )
    assert f.design == "review"


def test_meta_analysis_done_stays_meta_analysis() -> None:
    """Near miss: a review that pooled its studies in a meta-analysis of its own."""
    f = facts(
        "Low-dose naltrexone in depression: a systematic review",
        ABSTRACT.format(denial="Effects were pooled in a random-effects meta-analysis."),
        REVIEW,
    )
    assert f.design == "meta_analysis"
