"""The protocol of an evidence synthesis that plans a meta-analysis ("protocol for a
systematic review and meta-analysis", "we will pool the trials by random-effects
meta-analysis") keeps the design it plans, a meta-analysis, not a plain review. Shown by
holdout250 27900015 (a review protocol planning pooling, read as review). Session 26,
round 70, c70a."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at low doses in depression: protocol for a systematic review and "
            "meta-analysis",
            "Methods: We will search MEDLINE and Embase for controlled trials of naltrexone "
            "at 6 mg/day or less in people with depression. Two reviewers will screen "
            "records.",
        ),
        (
            "Low-dose naltrexone as an antidepressant add-on: a review protocol",
            "Methods: PubMed, PsycINFO and CENTRAL will be searched for trials giving "
            "naltrexone 1-6 mg/day to adults with major depression. Where three or more "
            "trials report MADRS change, we will combine them in a random-effects "
            "meta-analysis.",
        ),
        (
            "Protocol for a systematic review with meta-analysis of low-dose naltrexone "
            "for depressive symptoms",
            "The review is registered in PROSPERO. We will search electronic databases for "
            "randomised trials of naltrexone up to 5 mg daily measuring depression.",
        ),
    ],
)
def test_planned_meta_analysis_is_its_design(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "meta_analysis"
    assert not f.has_results


def test_review_protocol_without_pooling_stays_review() -> None:
    """Near miss: a scoping review's protocol plans no pooling."""
    f = facts(
        "Low-dose naltrexone in mood disorders: protocol for a scoping review",
        "Methods: We will search MEDLINE and Embase for any report of naltrexone at 6 "
        "mg/day or less in depression and chart the evidence narratively.",
        JOURNAL,
    )
    assert f.design == "review"
