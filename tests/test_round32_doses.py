"""Round 32 (c32b): LDN doses and dose-finding recall, from batch 21 (holdout91-93,
registry27, preprints25) once opened. Each kind is tested in the words of the record that
showed it and in two or three other wordings (probes), so a rule is not tuned to one."""

from __future__ import annotations

from typing import Any

import pytest
from written import JOURNAL, TRIAL, facts, gaps, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

PHASE2 = ("Journal Article", "Clinical Trial, Phase II")

# -- cohorts dosed in turn, their doses listed after the cohorts with no drug named beside
# them (holdout93 11100005): the doses are the titled drug's, not the co-medication's
# named last before them; every step of the escalation is a dose studied


@pytest.mark.parametrize(
    ("title", "methods", "doses"),
    [
        (
            "Sequential-cohort dose escalation of low-dose naltrexone in treatment-resistant "
            "depression on SNRIs: a phase II study",
            "Patients with TRD maintained on venlafaxine (>=150 mg/day) or duloxetine (>=60 "
            "mg/day) were enrolled in four sequential open-label cohorts of 6-9 patients: 1 mg "
            "once daily, 2 mg once daily, 4.5 mg once daily and 3 mg twice daily.",
            [1.0, 2.0, 4.5, 6.0],
        ),
        # probe: the groups' doses in a bracket, set apart by semicolons
        (
            "Low-dose naltrexone beside sertraline in depression: an ascending-dose study",
            "Adults with major depressive disorder taking sertraline 100 mg were enrolled in "
            "consecutive groups (3 mg daily; 4.5 mg daily; 6 mg daily), each group starting "
            "after the previous one had completed 4 weeks.",
            [3.0, 4.5, 6.0],
        ),
        # probe: arms with their size in a bracket, then a colon
        (
            "Three doses of low-dose naltrexone added to escitalopram in major depression",
            "Outpatients with MDD on escitalopram 10 mg were allocated in turn to three arms "
            "(n = 10 each): 0.5 mg at night, 1.5 mg at night and 4.5 mg at night.",
            [0.5, 1.5, 4.5],
        ),
    ],
)
def test_doses_listed_after_the_cohorts_are_the_titled_drugs(
    title: str, methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: Thirty patients were treated."
    found = facts(title, abstract, PHASE2)
    assert sorted(found.ldn_doses_mg) == doses
    assert found.compares_doses
    assert gaps(title, abstract, PHASE2)["dose-finding"] == "addressed"


# -- randomisation denied, or named only as the next study's (holdout91 13100013,
# holdout93 11100005): the study is not an RCT


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Sequential open-label escalation: 0.5 mg, 1 mg, 2 mg and 4.5 mg naltrexone per "
        "day, in 20 adults with treatment-resistant depression.\nResults: 20 completed.\n"
        "Limitations: Open-label, no randomisation, fixed order.",
        # probe: "without randomisation" in the methods
        "Methods: Three successive cohorts of adults with major depression received "
        "naltrexone, without randomisation: 0.5 mg at bedtime, 1.5 mg at bedtime and 2 mg twice "
        "a day.\nResults: 24 patients took part.",
        # probe: the randomised part is what the results chose a dose for
        "Methods: Adults with major depression were enrolled in four sequential open-label "
        "cohorts: 1 mg, 2 mg, 3 mg and 4.5 mg naltrexone daily.\nResults: 28 patients were "
        "enrolled.\nConclusion: 4.5 mg once daily was selected for the randomised phase.",
        # probe: "were not randomised"
        "Methods: Participants were not randomised; 22 adults with major depression took "
        "naltrexone 1.5 mg then 4.5 mg in an open-label trial.\nResults: Scores fell.",
    ],
)
def test_a_trial_that_says_it_did_not_randomise_is_not_an_rct(abstract: str) -> None:
    title = "Dose escalation of low-dose naltrexone in treatment-resistant depression"
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_a_randomised_trial_that_randomised_stays_an_rct() -> None:
    title = "Low-dose naltrexone added to SSRIs in major depression"
    abstract = (
        "Methods: 60 adults with MDD on an SSRI were randomised to naltrexone 4.5 mg or "
        "placebo; the dose was selected for the randomised phase after an open run-in.\n"
        "Results: Response was 40% against 20%."
    )
    assert facts(title, abstract, JOURNAL).design == "rct"


# -- the arms of a randomised withdrawal named by what their people do with the dose
# ("continue 4.5 mg, reduce to 1.5 mg, or switch to placebo"; holdout93 11100023): each
# arm's dose is one studied, also with the ratio in brackets or a base drug named before

WITHDRAWAL = (
    "Low-dose naltrexone maintenance after response in major depression: a randomised "
    "withdrawal trial"
)
RCT_TYPES = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Adults with MDD on stable antidepressant treatment received open-label naltrexone "
            "4.5 mg nightly for 8 weeks. Responders were randomly assigned (1:1:1) to continue "
            "4.5 mg, reduce to 1.5 mg, or switch to placebo for 24 weeks under double-blind "
            "conditions.",
            [1.5, 4.5],
        ),
        # probe: two arms, the ratio in brackets, "stay on" / "step down to"
        (
            "Adults with MDD taking an SSRI received open-label naltrexone 3 mg at night for 10 "
            "weeks. Responders were then randomly allocated (2:1) to stay on 3 mg or step down "
            "to 1 mg for 20 weeks.",
            [1.0, 3.0],
        ),
        # probe: the base drug named before the allocation, the arms after a colon
        (
            "After 12 weeks of open naltrexone 4.5 mg added to sertraline, 90 remitters were "
            "allocated, double-blind, to one of three conditions: maintaining 4.5 mg, tapering "
            "to 2 mg, or substituting placebo.",
            [2.0, 4.5],
        ),
    ],
)
def test_arms_named_by_what_their_people_do_with_the_dose_are_arms(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: 80 responders were randomised."
    found = facts(WITHDRAWAL, abstract, RCT_TYPES)
    assert sorted(found.ldn_doses_mg) == doses
    assert gaps(WITHDRAWAL, abstract, RCT_TYPES)["dose-finding"] == "addressed"


def test_a_withdrawal_to_placebo_keeps_one_dose() -> None:
    abstract = (
        "Methods: Responders to 8 weeks of naltrexone 4.5 mg added to sertraline were "
        "randomised (1:1) to continue 4.5 mg or switch to placebo.\nResults: 80 responders "
        "were randomised."
    )
    assert facts(WITHDRAWAL, abstract, RCT_TYPES).ldn_doses_mg == [4.5]
    assert "dose-finding" not in gaps(WITHDRAWAL, abstract, RCT_TYPES)


# -- doses each followed by their own group's size are arms, not one schedule (holdout92
# 12100037: "41 in the two active arms ... (2 mg, n = 20; 4 mg, n = 21)"), even where no
# drug is named beside them

SECONDARY = (
    "Inflammatory markers as moderators of response to low-dose naltrexone augmentation in "
    "depression: a secondary analysis of a randomised trial"
)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Of the 90 randomised adolescents with major depression on fluoxetine, 41 in the "
            "two active arms provided baseline blood samples (2 mg, n = 20; 4 mg, n = 21).",
            [2.0, 4.0],
        ),
        # probe: per-day doses, the sizes after commas, the arms called active
        (
            "This secondary analysis included the 58 participants with major depression who "
            "had polysomnography in the two active arms (0.5 mg/day, n = 27; 2 mg/day, n = 31).",
            [0.5, 2.0],
        ),
        # probe: the groups' doses, each with its size in brackets, no drug beside them
        (
            "We analysed 52 adults with major depressive disorder from the active groups, 1 mg "
            "(n = 25) and 3 mg (n = 27), who gave saliva samples.",
            [1.0, 3.0],
        ),
    ],
)
def test_doses_each_with_their_own_group_size_are_compared_arms(
    methods: str, doses: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: IL-6 moderated the response."
    found = facts(SECONDARY, abstract, RCT_TYPES)
    assert sorted(found.ldn_doses_mg) == doses
    assert found.compares_doses


def test_the_final_doses_of_a_flexible_regimen_with_their_counts_are_no_arms() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: an open-label trial"
    abstract = (
        "Methods: 40 adults with major depression on sertraline took naltrexone flexibly "
        "dosed between 1.5 and 4.5 mg as tolerated.\nResults: Final doses were 1.5 mg, n = 8; "
        "3 mg, n = 12; 4.5 mg, n = 20."
    )
    assert not facts(title, abstract, TRIAL).compares_doses


# -- a cap on a weight-based dose is no arm's dose (registry27 NCT07200015: "0.06 mg/kg once
# daily, max 4.5 mg"): per-kg doses are not converted, so the record lists no mg dose, and
# its two per-kg arms still compare doses

WEIGHT = "Weight-based low-dose naltrexone added to fluoxetine in adolescent depression"


@pytest.mark.parametrize(
    "methods",
    [
        "Adolescents with major depression on fluoxetine were randomised to naltrexone oral "
        "solution 0.03 mg/kg once daily or 0.06 mg/kg once daily, max 4.5 mg, or vehicle "
        "placebo.",
        # probe: "capped at"
        "Adolescents with major depressive disorder taking fluoxetine were randomised to "
        "naltrexone 0.05 mg/kg or 0.1 mg/kg nightly (capped at 4.5 mg) or placebo for 8 weeks.",
        # probe: "not to exceed"
        "Youths with MDD on sertraline were randomly assigned to two weight-adjusted doses of "
        "naltrexone, 0.02 mg/kg or 0.05 mg/kg once daily, not to exceed 3 mg, or to placebo.",
    ],
)
def test_a_cap_on_weight_based_doses_is_no_dose(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: 48 adolescents were randomised."
    found = facts(WEIGHT, abstract, RCT_TYPES)
    assert found.ldn_doses_mg == []
    assert found.compares_doses


def _arm(label: str, description: str, kind: str = "EXPERIMENTAL") -> dict[str, Any]:
    return {"label": label, "type": kind, "description": description,
            "interventionNames": ["Drug: Naltrexone oral solution"]}  # fmt: skip


def test_a_registration_whose_weight_based_arm_is_capped_compares_doses() -> None:
    arms = [
        _arm("LDN 0.03 mg/kg", "naltrexone oral solution 0.03 mg/kg once daily"),
        _arm("LDN 0.06 mg/kg", "naltrexone oral solution 0.06 mg/kg once daily, max 4.5 mg"),
        _arm("Placebo", "vehicle solution", "PLACEBO_COMPARATOR"),
    ]
    study = registration(
        title=WEIGHT,
        summary="Adolescents with major depressive disorder who are partial "
        "responders to fluoxetine will be randomized to naltrexone 0.03 mg/kg/day, "
        "naltrexone 0.06 mg/kg/day (maximum 4.5 mg/day) or placebo for 8 weeks.",
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=36,
        arms=arms,
    )
    record = parse_study(study)
    found = registry_facts(record, extract_facts(record, default_lexicon()), default_lexicon())
    assert found.ldn_doses_mg == []
    assert found.compares_doses


# -- a case's dose given after the antidepressant the person already takes (holdout93
# 11100020: "on bupropion, took 4.5 mg on alternate days"; "on vortioxetine 20 mg, developed
# insomnia at 4.5 mg and was switched to a compounded oral solution (1 mg/mL), 0.5 mL twice
# daily"): the dose is the titled drug's, not the co-medication's named before it

CASES = ("Case Reports", "Journal Article")


@pytest.mark.parametrize(
    ("case", "doses"),
    [
        (
            "Case 1, a 46-year-old woman with treatment-resistant depression on vortioxetine "
            "20 mg, developed severe insomnia at 4.5 mg and was switched to a compounded oral "
            "solution (1 mg/mL), 0.5 mL twice daily, with remission at 10 weeks. Case 2, a "
            "61-year-old man with recurrent depression on bupropion, took 4.5 mg on alternate "
            "days because of nausea.",
            [1.0, 4.5],
        ),
        # probe: "taking", "was given", every other day
        (
            "Patient B, a man in his fifties with major depression taking escitalopram, was "
            "given 3 mg every other day owing to vivid dreams, and improved.",
            [3.0],
        ),
        # probe: "experienced nausea at", "was changed to a liquid formulation"
        (
            "A 35-year-old woman with major depression on sertraline 100 mg experienced nausea "
            "at 3 mg and was changed to a liquid formulation (0.5 mg/mL), 2 mL at night, with "
            "remission.",
            [1.0, 3.0],
        ),
        # probe: "received ... nightly" after a mood stabiliser
        (
            "A man with bipolar depression on lamotrigine received 1.5 mg nightly and remitted "
            "by week 8.",
            [1.5],
        ),
    ],
)
def test_a_cases_dose_after_the_drug_the_person_takes_is_the_titled_drugs(
    case: str, doses: list[float]
) -> None:
    title = "Unusual dosing of low-dose naltrexone in depression: a case series"
    abstract = f"Case presentation: {case}\nConclusions: LDN may help."
    assert sorted(facts(title, abstract, CASES).ldn_doses_mg) == doses


def test_the_co_medications_own_raise_stays_its_own() -> None:
    title = "Low-dose naltrexone in depression: a case report"
    abstract = (
        "Case presentation: A woman with major depression on sertraline 50 mg was switched to "
        "100 mg, and later added naltrexone 3 mg nightly.\nConclusions: LDN may help."
    )
    assert facts(title, abstract, CASES).ldn_doses_mg == [3.0]
