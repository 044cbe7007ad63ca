"""A secondary analysis that names its parent with an indefinite article ("In a randomised
placebo-controlled trial of X for fatigue in post-COVID-19 condition, we examined ...")
names whom that trial took in just as "the trial ... in" does: its people were selected
for the other condition, and a severity cut of them ("participants with baseline PHQ-9
>= 10 (n = 71)") is a subgroup (CONTRACT.md, "depression_population": a population
selected for another condition, or a depressed subgroup of it, is not). Round 43, c43a;
shown by preprints40 PPR5900017, "Depressive symptoms after low-dose naltrexone in
post-COVID-19 condition: secondary analysis of a randomised trial" (false larger-trials
and serotonergic "addressed")."""

from __future__ import annotations

import pytest
from written import judge_preprint, preprint

RECORD = (
    "Depressive symptoms after low-dose naltrexone in post-COVID-19 condition: secondary "
    "analysis of a randomised trial",
    "In a randomised placebo-controlled trial of low-dose naltrexone 4.5 mg daily for fatigue "
    "in post-COVID-19 condition, we examined PHQ-9 as an exploratory outcome. All 160 "
    "randomised participants were analysed; 52 (33%) were taking an SSRI at baseline and "
    "continued it. PHQ-9 decreased by 3.0 points with LDN versus 1.6 with placebo (p = 0.04), "
    "and the difference was similar in SSRI users. Participants with baseline PHQ-9 ≥ 10 "
    "(n = 71) showed the largest change.",
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        RECORD,
        # probes: other conditions, drugs, numbers and word orders
        (
            "Mood outcomes of low-dose naltrexone in fibromyalgia: a post-hoc analysis",
            "Using data from a double-blind trial of naltrexone 4.5 mg nightly for pain in "
            "fibromyalgia, we analysed HADS-D in all 120 randomised women; 40 were taking "
            "sertraline throughout. HADS-D fell more with naltrexone (p = 0.03). Women with a "
            "baseline HADS-D of 11 or more (n = 38) improved most.",
        ),
        (
            "Low-dose naltrexone and depressive symptoms in multiple sclerosis: exploratory "
            "analysis of a crossover trial",
            "In an 8-week crossover trial of LDN 3 mg for fatigue in relapsing multiple "
            "sclerosis, BDI-II was a tertiary outcome. All 96 participants were analysed; 30 "
            "took escitalopram. BDI-II improved by 2.2 points on LDN. Those with BDI-II > 19 "
            "at entry (n = 25) had the largest gain.",
        ),
        (
            "Secondary analysis: depression after low-dose naltrexone for long COVID",
            "We re-analysed a randomised controlled study of naltrexone 1 mg twice daily in "
            "long COVID for depressive symptoms. Of 150 randomised participants, all were "
            "analysed; 45 used an SNRI. PHQ-9 fell by 2.8 vs 1.5 points.",
        ),
    ],
)
def test_a_parent_told_with_a_names_its_other_population(title: str, abstract: str) -> None:
    f, g = judge_preprint(preprint(title, abstract))
    assert f.on_topic
    assert not f.depression_population
    assert g == {}


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: a parent that took in depressed people stays a depression population
        "In a randomised placebo-controlled trial of low-dose naltrexone 4.5 mg daily in adults "
        "with major depressive disorder taking an SSRI, we examined sleep as an exploratory "
        "outcome. All 160 randomised participants were analysed. Sleep improved with LDN "
        "(p = 0.04).",
        "In a randomised trial of naltrexone 1 mg twice daily for treatment-resistant "
        "depression, we examined anhedonia. All 120 randomised participants taking "
        "escitalopram were analysed. SHAPS fell by 3 points (p = 0.02).",
    ],
)
def test_a_depression_parent_told_with_a_stays_one(abstract: str) -> None:
    f, g = judge_preprint(
        preprint("Secondary analysis of a randomised trial of low-dose naltrexone", abstract)
    )
    assert f.depression_population
    assert g.get("larger-trials") == "addressed"
