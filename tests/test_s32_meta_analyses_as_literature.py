"""A review naming meta-analyses as one kind of the literature it found or searched ("we
identified two systematic reviews with meta-analyses and three trials", "with emphasis on
randomised trials, meta-analyses and guidelines") pools nothing itself: a review, not a
meta-analysis. A review that says it pooled stays a meta-analysis.

Shown by holdout336 37700018 (a rapid review) and 37700028 (a narrative review).
Session 32, round 84, c84f.
"""

from __future__ import annotations

import pytest
from written import REVIEW, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for depression: rapid evidence summary",
            "We found 3 systematic reviews with meta-analyses and two randomised trials of "
            "low-dose naltrexone in adults with depression. Doses ranged from 1 to 4.5 mg. "
            "Evidence is of low certainty.",
        ),
        (
            "Low-dose naltrexone in mood disorders: a narrative review",
            "Methods: A selective search of PubMed up to 2025, focusing on controlled trials, "
            "meta-analyses and guidelines.\nResults: Small trials suggest a modest benefit of "
            "low-dose naltrexone added to antidepressants in depression.",
        ),
        (
            "Opioid modulation in depression: a clinical review",
            "Sources were randomised trials, meta-analyses, or practice guidelines on "
            "low-dose naltrexone in depressive disorders. The trials were small and short.",
        ),
    ],
)
def test_meta_analyses_named_as_literature_found_make_no_meta_analysis(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, REVIEW).design == "review"


def test_a_review_that_pools_stays_a_meta_analysis() -> None:
    """Near miss: the review pooled the trials itself."""
    f = facts(
        "Low-dose naltrexone in depression: a systematic review",
        "We searched four databases for randomised trials of low-dose naltrexone in "
        "depression. Five trials were included, and a random-effects meta-analysis of "
        "their depression scores was performed.",
        REVIEW,
    )
    assert f.design == "meta_analysis"
