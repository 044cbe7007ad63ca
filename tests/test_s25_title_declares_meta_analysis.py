"""A record no indexer typed (a preprint, a congress abstract) whose title's design part,
after its last colon, names it a meta-analysis ("...: a systematic review and dose-response
meta-analysis") is a meta-analysis, not a review, though no sentence says "this review".
Shown by preprints60 PPR3900015 (a dose-response meta-analysis preprint read as a review).
Session 25, round 68, c68a."""

import pytest
from written import facts, judge_preprint, preprint

ABSTRACT = (
    "Background: Low-dose naltrexone is used across many conditions, and mood is often "
    "measured. Results: Eleven trials with 640 participants were included; depressive "
    "symptoms improved a little (SMD -0.21)."
)


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone and mood: a systematic review and meta-analysis",
        "Depressive symptoms under low-dose naltrexone: a dose-response meta-analysis",
        "Low-dose naltrexone in chronic illness: systematic review with network meta-analysis",
    ],
)
def test_title_naming_meta_analysis_declares_the_design(title: str) -> None:
    f, _ = judge_preprint(preprint(title, ABSTRACT))
    assert f.design == "meta_analysis"


def test_congress_abstract_title_declares_meta_analysis() -> None:
    f = facts(
        "Low-dose naltrexone for depressive symptoms: a meta-analysis",
        ABSTRACT,
        ("Congress",),
    )
    assert f.design == "meta_analysis"


def test_title_naming_meta_analyses_taken_in_stays_review() -> None:
    """Near miss: a review whose title names meta-analyses as what it takes in."""
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone and mood: an umbrella review of systematic reviews and "
            "meta-analyses",
            ABSTRACT,
        )
    )
    assert f.design != "meta_analysis"
