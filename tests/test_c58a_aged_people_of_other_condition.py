"""People selected for another condition stay selected for it when their age stands
between them and what selected them ("Women aged 18-65 years meeting the 2016 ACR
criteria for fibromyalgia", "adults aged 40 to 75 years with knee osteoarthritis"): the
sample is that other condition's, and a depressed subgroup of it, or a conclusion that
those with comorbid depression benefited most, does not make it a depression population
(CONTRACT.md: "a population selected for another condition ..., or a depressed subgroup
of it, is not"). Round 58, c58a; shown by holdout203 22700008 (the age hid the
fibromyalgia selection, and "particularly in patients with comorbid depression" in the
conclusions was read as the selection: false larger-trials "addressed")."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Low-dose naltrexone for fibromyalgia: a randomised controlled trial with "
            "depressive symptoms as a key secondary outcome",
            "Background: Depression is common in fibromyalgia and may modify the response to "
            "treatment.\nMethods: Women aged 18-65 years meeting the 2016 ACR criteria for "
            "fibromyalgia were randomised to naltrexone 4.5 mg/day or placebo for 12 weeks at "
            "four centres. The primary outcome was average pain intensity; depressive symptoms "
            "(Beck Depression Inventory-II, BDI-II) were the key secondary outcome.\nResults: A "
            "total of 112 women were randomised. Pain decreased by 1.4 points with LDN and 0.9 "
            "with placebo (p = 0.07). BDI-II decreased by 5.2 and 2.8 points (p = 0.03). In the "
            "prespecified subgroup with comorbid major depressive disorder (n = 46) the BDI-II "
            "difference was larger (-4.9 points).\nConclusions: LDN did not significantly "
            "reduce pain but improved depressive symptoms, particularly in patients with "
            "comorbid depression.",
        ),
        # probes: other ages, conditions, word orders and sections
        (
            "Naltrexone 4.5 mg in multiple sclerosis: a randomised placebo-controlled trial",
            "Methods: 150 patients aged 30 to 60 years with relapsing multiple sclerosis were "
            "randomised to low-dose naltrexone or placebo for 16 weeks. Mood (PHQ-9) was a "
            "secondary outcome.\nResults: PHQ-9 fell more with LDN in the 52 with comorbid "
            "major depression.\nConclusions: LDN may help mood, especially in patients with "
            "depression.",
        ),
        (
            "Low-dose naltrexone for chronic pain and mood: a randomised trial",
            "Adults (18-70 years) with fibromyalgia were randomised to naltrexone 4.5 mg or "
            "placebo; 140 took part. Depressive symptoms improved more with LDN, most clearly in "
            "participants with major depressive disorder (n = 38).",
        ),
        (
            "Low-dose naltrexone in fibromyalgia: a multicentre randomised trial",
            "Participants: 180 women aged 25-60 years who met the ACR 2016 fibromyalgia "
            "criteria.\nIntervention: Naltrexone 4.5 mg nightly or placebo for 12 weeks.\n"
            "Results: HADS-D improved by 3.1 vs 1.2; the benefit was greatest in those with "
            "major depression.\nConclusions: LDN improved mood, in particular in patients with "
            "depression.",
        ),
    ],
)
def test_aged_people_of_another_condition_are_not_a_depression_population(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, RCT).depression_population is False
    assert gaps(title, abstract, RCT).get("larger-trials") != "addressed"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near misses: people selected for depression, their age between, stay so
        (
            "Low-dose naltrexone for major depression: a randomised trial",
            "Methods: Adults aged 18-65 years with major depressive disorder were randomised to "
            "naltrexone 4.5 mg or placebo for 8 weeks (n = 120).\nResults: MADRS fell more with "
            "LDN.",
        ),
        # ... and people selected for both conditions
        (
            "Low-dose naltrexone for depression in fibromyalgia: a randomised trial",
            "Methods: Women aged 18-65 years with fibromyalgia and comorbid major depressive "
            "disorder were randomised to naltrexone 4.5 mg or placebo (n = 110).\nResults: "
            "BDI-II fell more with LDN.",
        ),
    ],
)
def test_depressed_people_stay(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population is True
