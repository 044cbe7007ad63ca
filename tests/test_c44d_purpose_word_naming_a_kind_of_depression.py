"""A purpose word that is the first half of a compound naming a kind of the watched
condition ("for fatigue-predominant depression", "pain-predominant depression",
"insomnia-type depressive illness") does not make the co-medication a drug taken for
another purpose: it is taken for the condition (round 44, c44d; shown by holdout157
17300011, "bupropion or stimulant augmentation for fatigue-predominant depression", read
as "bupropion for fatigue" with no class). A drug taken for pain or sleep stays out."""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "methods", "classes"),
    [
        # the record's wording
        (
            "Low-dose naltrexone with bupropion or stimulant augmentation for "
            "fatigue-predominant depression: a pilot randomized trial",
            "Thirty outpatients with major depression and prominent fatigue who were taking "
            "bupropion XL (300-450 mg) or a psychostimulant were randomised to naltrexone 1 mg "
            "twice daily or placebo for 8 weeks.",
            ["dopaminergic"],
        ),
        # probes: other purposes, drugs and kinds of the condition
        (
            "Low-dose naltrexone added to duloxetine for pain-predominant depression: a "
            "randomized trial",
            "Sixty adults with major depressive disorder and chronic pain, all taking duloxetine "
            "60 mg, were randomised to naltrexone 4.5 mg or placebo for 12 weeks. MADRS was the "
            "outcome.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Naltrexone 2 mg with mirtazapine for insomnia-type depressive illness: a "
            "randomized pilot",
            "Forty adults with major depressive disorder taking mirtazapine were randomised to "
            "naltrexone 2 mg nightly or placebo. HAM-D was the outcome.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_a_kind_of_depression_is_the_condition(
    title: str, methods: str, classes: list[str]
) -> None:
    assert facts(title, f"Methods: {methods}", RCT).concomitant_classes == classes


@pytest.mark.parametrize(
    "extra",
    [
        # near misses: the drug is taken for something else
        "14 also took amitriptyline 10 mg for pain-related sleep problems.",
        "Some took duloxetine for back pain.",
    ],
)
def test_another_purpose_stays_another(extra: str) -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomized trial",
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        f"4.5 mg or placebo. {extra} MADRS was the outcome.",
        RCT,
    )
    assert f.concomitant_classes == []
