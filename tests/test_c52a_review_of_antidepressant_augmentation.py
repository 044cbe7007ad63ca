"""A review of the drug as an augmentation of antidepressants is about the condition.

Kind: a review (or meta-analysis) whose title or own words name the watched drug, or the
agents it is reviewed among, as an augmentation of antidepressants ("an augmentation
strategy for serotonergic antidepressants", "as an adjunct to SSRIs", "added to
antidepressant treatment") reviews studies of people those antidepressants treat: it is
on-topic with design ``review`` and no gap, though it never writes the condition's name.
A trial whose background proposes the same, and a review of the drug as an adjunct in
another condition, are not. Round 52, c52a; shown by holdout178 19700009 ("Opioid
modulation as an augmentation strategy for serotonergic antidepressants: a narrative
review").
"""

from __future__ import annotations

import pytest
from written import META, RCT, REVIEW, facts, gaps

RECORD = (
    "Opioid modulation as an augmentation strategy for serotonergic antidepressants: a "
    "narrative review",
    "Partial response to SSRIs and SNRIs is common. We review opioid-system agents studied as "
    "add-on treatment: buprenorphine/samidorphan, aticaprant, tianeptine and low-dose "
    "naltrexone (LDN). For LDN, evidence consists of a 12-patient pilot with dopaminergic "
    "regimens (1 mg twice daily), an ongoing 150-patient randomised trial of 4.5 mg with SSRIs "
    "and SNRIs, and several case series. Dose-finding work is ongoing. We discuss mechanisms, "
    "safety and the design of future trials.",
    ("Journal Article", "Review"),
)

ON = [
    RECORD,
    (
        "Low-dose naltrexone as an adjunct to SSRIs: a systematic review",
        "We searched four databases for studies of low-dose naltrexone given with selective "
        "serotonin reuptake inhibitors. Four studies met the criteria; we summarise their "
        "designs and findings.",
        META,
    ),
    (
        "Augmenting antidepressants with low-dose naltrexone: a narrative review",
        "This review covers the pharmacology of naltrexone at 1-5 mg per day and the clinical "
        "reports of its use alongside venlafaxine, sertraline and bupropion.",
        REVIEW,
    ),
    (
        "Opioid antagonists at low doses added to antidepressant treatment: a scoping review",
        "We mapped the literature on low-dose naltrexone and related agents. Eleven reports "
        "were found, most of them case series.",
        REVIEW,
    ),
]

OFF = [
    # another condition's review
    (
        "Low-dose naltrexone as an adjunct to duloxetine in fibromyalgia: a review",
        "We review trials of low-dose naltrexone 4.5 mg in patients with fibromyalgia, some of "
        "them taking duloxetine. Pain and fatigue were the main outcomes.",
        REVIEW,
    ),
    # a trial whose background proposes the augmentation
    (
        "Low-dose naltrexone for fatigue after COVID-19: a randomised trial",
        "Background: Low-dose naltrexone has been proposed as an augmentation of "
        "antidepressants.\nMethods: 60 adults with post-COVID fatigue were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks.\nResults: Fatigue scores fell by 5 points.",
        RCT,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), ON)
def test_review_of_augmentation_is_on_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.design in ("review", "meta_analysis")
    assert gaps(title, abstract, types) == {}


@pytest.mark.parametrize(("title", "abstract", "types"), OFF)
def test_other_condition_or_background_is_not(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types).on_topic
