"""A subgroup analysis of a trial selected for another condition counts the parent's
people and then the smaller part of them with depression ("Of 96 women randomised in a
placebo-controlled trial of LDN 4.5 mg, 52 met MINI criteria for current MDD"): that part
is a subgroup, not a depression population (CONTRACT.md), even when the title says "in
fibromyalgia with comorbid major depression" and the hedged conclusion names "patients
with fibromyalgia and MDD". A trial that selects people with another illness by a
depression diagnosis stays a depression population (round 42, c42a; shown by holdout140
15400023, a false larger-trials and serotonergic-combination verdict)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

CASES = [
    (
        "Low-dose naltrexone in fibromyalgia with comorbid major depression: subgroup analysis of a randomised trial",
        "Objective: To examine whether LDN benefits fibromyalgia patients who also have major depressive disorder.\nMethods: Of 96 women randomised in a placebo-controlled trial of LDN 4.5 mg, 52 met MINI criteria for current MDD at baseline; 37 of them were taking an SSRI or venlafaxine for depression.\nResults: In this subgroup BDI-II improved by 5.6 points with LDN and 1.7 with placebo (p = 0.01).\nConclusions: Patients with fibromyalgia and MDD may particularly benefit from LDN.",
        False,
    ),
    (
        "Low-dose naltrexone in multiple sclerosis with comorbid depression: post hoc analysis of a randomised trial",
        "Methods: Of 80 participants randomised in a placebo-controlled crossover trial of naltrexone 4.5 mg, 31 met DSM-5 criteria for major depressive disorder at baseline; most took sertraline.\nResults: HADS-D fell more with naltrexone.\nConclusions: People with MS and depression may benefit.",
        False,
    ),
    (
        "Naltrexone 3 mg in long COVID and depression: a secondary analysis of a randomised trial",
        "Methods: Among 110 adults randomised in a trial of naltrexone 3 mg daily, 45 had current major depression (PHQ-9 >= 10) at baseline and were taking an SSRI.\nResults: PHQ-9 improved with naltrexone (p = 0.02).",
        False,
    ),
    (
        "Low-dose naltrexone for depression in multiple sclerosis: a randomised trial",
        "Methods: People with MS who also met DSM-5 criteria for major depression were randomised (n = 64) to naltrexone 4.5 mg or placebo added to their SSRI.\nResults: MADRS improved.",
        True,
    ),
    (
        "Anhedonia and low-dose naltrexone in major depression: a secondary analysis of a randomised trial",
        "Methods: Of 152 adults with major depressive disorder randomised in the NALTRIX-D trial, 58 were taking an SNRI and were analysed.\nResults: SHAPS improved.\nConclusions: Patients with MDD on SNRIs may benefit.",
        True,
    ),
    (
        "Low-dose naltrexone in treatment-resistant depression: a post hoc analysis of a randomised trial",
        "Methods: We analysed participants of a trial that randomised 120 adults with treatment-resistant depression to naltrexone 2 mg or placebo; 61 of them had high anhedonia.\nResults: Anhedonia improved.\nConclusions: Those with anhedonic depression may benefit most.",
        True,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "depressed"), CASES)
def test_a_counted_depressed_part_of_a_parent_is_a_subgroup(
    title: str, abstract: str, depressed: bool
) -> None:
    assert facts(title, abstract, RCT).depression_population is depressed
    if not depressed:
        assert gaps(title, abstract, RCT) == {}


def test_the_records_own_sample_is_the_subgroup() -> None:
    title, abstract, _ = CASES[0]
    assert facts(title, abstract, RCT).n == 52
