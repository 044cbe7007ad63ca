"""People selected for another condition stay selected for it when an age range written
without its unit stands between them and what selected them ("adults aged 20-75 meeting
the ACR criteria for fibromyalgia", "patients aged 40 to 80 with knee osteoarthritis"):
the sample is that other condition's, and a conclusion that the benefit was larger in
those with depression names a subgroup, not the population (CONTRACT.md,
"depression_population"). Shown by preprints75 PPR2200011 ("aged 18-70 meeting the 2016
ACR fibromyalgia criteria": false larger-trials "addressed"). Session 32, round 83, c83b."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at a low dose for widespread pain and mood: a randomised trial",
            "Methods: Adults aged 20-75 meeting the ACR 2010 fibromyalgia criteria were "
            "randomised to naltrexone 4.5 mg nightly or placebo for ten weeks; the BDI-II was "
            "a secondary outcome.\nResults: 126 participants were randomised. BDI-II fell by 4.0 "
            "with naltrexone and 2.1 with placebo.\nConclusions: Mood improved, more clearly in "
            "those with moderate depression.",
        ),
        (
            "Low-dose naltrexone in rheumatoid arthritis: a placebo-controlled trial",
            "Methods: Patients aged 40 to 80 with rheumatoid arthritis were randomised to "
            "naltrexone 3 mg or placebo for 12 weeks. Pain and PHQ-9 were measured.\nResults: "
            "In all, 96 patients took part. PHQ-9 fell by 2.2 points more with naltrexone.\n"
            "Conclusions: The effect on mood was larger in patients with major depression.",
        ),
        (
            "Low-dose naltrexone for fatigue and mood: a randomised trial",
            "Methods: 88 people aged 25–60 with relapsing multiple sclerosis were randomly "
            "assigned to naltrexone 4.5 mg or placebo. HADS-D was a secondary outcome.\n"
            "Results: HADS-D improved by 1.9 points more with naltrexone.\nConclusions: Benefit "
            "was greatest among participants with moderate depression.",
        ),
    ],
)
def test_unitless_age_keeps_the_other_condition(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT).get("larger-trials") != "addressed"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near misses: people selected for depression, a unitless age between, stay so
        (
            "Low-dose naltrexone added to antidepressants: a randomised trial",
            "Methods: Outpatients aged 18-65 meeting DSM-5 criteria for major depressive "
            "disorder were randomised to naltrexone 4.5 mg or placebo for eight weeks.\n"
            "Results: 110 were randomised; MADRS fell more with naltrexone.",
        ),
        (
            "Low-dose naltrexone for depression in fibromyalgia: a randomised trial",
            "Methods: Women aged 30 to 65 with fibromyalgia and comorbid major depressive "
            "disorder were randomised to naltrexone 4.5 mg or placebo (n = 90).\nResults: "
            "BDI-II fell more with naltrexone.",
        ),
    ],
)
def test_depressed_people_stay(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is True
