"""A derived report that calls itself a subgroup analysis and names the watched condition
as a second condition of people with another ("... in fibromyalgia with comorbid major
depression: subgroup analysis of a randomised trial", "fibromyalgia patients who also have
major depressive disorder") analyses the depressed part of a trial selected for that
other condition: not a depression population (CONTRACT.md: "a population selected for
another condition ..., or a depressed subgroup of it, is not"). Round 43, c43a; shown by
holdout140 15400023 ("Of 96 women randomised in a placebo-controlled trial of LDN 4.5 mg,
52 met MINI criteria for current MDD at baseline"; false larger-trials and serotonergic
"addressed"). A derived report of a trial that took in depressed people keeps them."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Low-dose naltrexone in fibromyalgia with comorbid major depression: subgroup "
            "analysis of a randomised trial",
            "Objective: To examine whether LDN benefits fibromyalgia patients who also have "
            "major depressive disorder.\nMethods: Of 96 women randomised in a "
            "placebo-controlled trial of LDN 4.5 mg, 52 met MINI criteria for current MDD at "
            "baseline; 37 of them were taking an SSRI or venlafaxine for depression.\n"
            "Results: In this subgroup BDI-II improved by 5.6 points with LDN and 1.7 with "
            "placebo (p = 0.01).\nConclusions: Patients with fibromyalgia and MDD may "
            "particularly benefit from LDN.",
        ),
        # probes: other conditions, counts, drugs and word orders
        (
            "Naltrexone 4.5 mg in long COVID with co-occurring depression: a subgroup analysis",
            "Methods: Among 180 adults randomised to low-dose naltrexone or placebo, 64 met "
            "DSM-5 criteria for a current major depressive episode; 30 took sertraline.\n"
            "Results: PHQ-9 fell by 4.1 vs 1.9 points in this subgroup.",
        ),
        (
            "Depression outcomes in a subgroup of a multiple sclerosis trial of low-dose "
            "naltrexone",
            "Background: We asked whether MS patients who also had major depression responded "
            "to LDN.\nMethods: Of 140 randomised participants in a placebo-controlled trial of "
            "naltrexone 3 mg nightly, 55 had a current major depressive episode at baseline, "
            "and 25 of them took duloxetine for it.\nResults: BDI-II improved more with LDN.",
        ),
    ],
)
def test_a_depressed_subgroup_of_another_conditions_trial(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # near miss: a trial that took in people with both is selected for both
        (
            "Low-dose naltrexone in fibromyalgia with comorbid major depression: a randomised "
            "trial",
            "Methods: We randomised 96 women with fibromyalgia and comorbid major depressive "
            "disorder (MINI) taking an SSRI to LDN 4.5 mg or placebo.\nResults: BDI-II improved "
            "by 5.6 vs 1.7 points (p = 0.01).",
        ),
        # near miss: a subgroup analysis of a depression trial, cut by another condition
        (
            "Low-dose naltrexone in major depression with comorbid chronic pain: subgroup "
            "analysis of a randomised trial",
            "Methods: Of 160 adults with major depressive disorder randomised to LDN 4.5 mg or "
            "placebo added to escitalopram, 70 also had chronic pain.\nResults: MADRS improved "
            "by 9 vs 5 points in this subgroup.",
        ),
    ],
)
def test_a_trial_of_depressed_people_stays_one(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"
