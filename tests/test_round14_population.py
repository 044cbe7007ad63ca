"""Who the participants are, round 14 (holdout47-49 and registry8, once opened).

CONTRACT.md: ``depression_population`` is people selected for a current depressive
disorder, by diagnosis or by a depression-severity inclusion threshold; a population
selected for another condition with depression only as an outcome, or a depressed
subgroup of it, is not.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

from ldn_watch.model import Registry
from ldn_watch.sources.registry_facts import registry_depression_population

# -- a call for another study names the people that study should take, not this one's
# (holdout47 58100005: an MS trial whose conclusion asks for "a trial in people with MS
# and clinical depression")

_OTHER_CONDITION_TRIALS = [
    (
        "Low-dose naltrexone for fatigue and mood in relapsing-remitting multiple sclerosis",
        "Methods: One hundred and twelve participants with relapsing-remitting MS were "
        "randomised to LDN 4.5 mg nocte or placebo for 16 weeks. Participants on a stable "
        "antidepressant (n = 23; mostly sertraline) were eligible. Secondary outcomes "
        "included the BDI-II.\nResults: BDI-II scores fell more with LDN.\nConclusions: LDN "
        "may improve mood; a trial in people with MS and clinical depression is warranted.",
    ),
    # probes: other conditions, other words for the call, other sections
    (
        "Low-dose naltrexone in fibromyalgia: a randomised trial",
        "Methods: We randomised 140 women with fibromyalgia to naltrexone 4.5 mg or placebo; "
        "those taking duloxetine or an SSRI continued it. Mood was rated with the HADS.\n"
        "Results: Pain and HADS depression scores improved.\nConclusions: Trials enrolling "
        "patients with fibromyalgia and major depressive disorder should now test LDN.",
    ),
    (
        "Naltrexone 3 mg for post-COVID fatigue",
        "Methods: 96 adults with long COVID, some taking escitalopram, were randomised to "
        "naltrexone 3 mg daily or placebo for 12 weeks; the PHQ-9 was a secondary outcome.\n"
        "Results: PHQ-9 scores fell by 2 points more with naltrexone, but larger studies of "
        "patients with long COVID and comorbid major depression are needed.",
    ),
    (
        "Low-dose naltrexone for chronic low back pain and mood",
        "Objective: We tested LDN 4.5 mg against placebo in 80 adults with chronic low back "
        "pain, many taking amitriptyline or sertraline for depression; the BDI-II was a "
        "secondary outcome.\nResults: Mood improved modestly; we recommend a trial in "
        "depressed patients with back pain.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), _OTHER_CONDITION_TRIALS)
def test_people_another_study_should_take_are_not_this_studys_population(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.n is not None and f.n >= 50
    assert f.depression_population is False
    assert gaps(title, abstract, RCT) == {}


def test_a_depressed_population_keeps_its_own_call_for_more_trials() -> None:
    abstract = (
        "Methods: 120 adults with major depressive disorder taking an SSRI were randomised "
        "to LDN 4.5 mg or placebo.\nResults: MADRS fell more with LDN.\nConclusions: Trials "
        "in patients with bipolar depression are warranted."
    )
    f = facts("Low-dose naltrexone added to SSRIs in major depression", abstract, RCT)
    assert f.depression_population is True


# -- a depression-severity inclusion threshold selects for depression, whatever else the
# people were selected for and however the scale is written (registry8 NCT09200018:
# "Beck Depression Inventory-II score of 20 or more at screening" in an MS trial)

_THRESHOLDS = [
    ("Multiple Sclerosis", "Beck Depression Inventory-II score of 20 or more at screening"),
    # probes: other scales spelled out, item counts, other ways to write the bound
    ("Multiple Sclerosis", "Hamilton Depression Rating Scale (17-item) score of 16 or higher"),
    ("Fibromyalgia", "Montgomery-Åsberg Depression Rating Scale total ≥ 20"),
    ("Long COVID", "Patient Health Questionnaire-9 score 10 or above"),
    ("Chronic Pain", "HAM-D17 of 18+"),
    ("Chronic Pain", "HAM-D 20 or more"),
]


@pytest.mark.parametrize(("condition", "criterion"), _THRESHOLDS)
def test_a_severity_threshold_in_the_inclusion_criteria_selects_for_depression(
    condition: str, criterion: str
) -> None:
    registry = Registry(
        conditions=[condition, "Depressive Symptoms"],
        eligibility=f"Inclusion Criteria:\n\n* {condition}\n* {criterion}\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
    )
    assert registry_depression_population(registry)[0] is True


@pytest.mark.parametrize(
    "criterion",
    [
        "Beck Depression Inventory-II completed at baseline",
        "Willing to complete the Patient Health Questionnaire-9 monthly",
    ],
)
def test_a_scale_named_without_a_threshold_selects_nobody(criterion: str) -> None:
    registry = Registry(
        conditions=["Fibromyalgia"],
        eligibility=f"Inclusion Criteria:\n\n* Fibromyalgia\n* {criterion}\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
    )
    assert registry_depression_population(registry)[0] is not True


def test_a_spelled_out_threshold_in_an_abstract_selects_for_depression() -> None:
    abstract = (
        "Methods: Adults with fibromyalgia and a Beck Depression Inventory-II score of 20 or "
        "more were randomised to LDN 4.5 mg or placebo (n = 84).\nResults: BDI-II fell more "
        "with LDN."
    )
    f = facts("Low-dose naltrexone in fibromyalgia with depressive symptoms", abstract, RCT)
    assert f.depression_population is True


# -- an extension's people are the parent trial's: where the abstract names them only by the
# antidepressant LDN was added to, that augmentation says they were treated for
# depression (holdout48 57100008: "naltrexone 4.5 mg at night in addition to their SSRI or
# vortioxetine"; its title's extension is another fix's)

EXTENSION = "Naltrexone 4.5 mg over one year: 52-week open-label extension of the NALTA trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Completers of the 12-week double-blind phase could enter an open-label extension in "
        "which all took naltrexone 4.5 mg nightly in addition to their SSRI or SNRI. "
        "Sixty-one entered.",
        # probes: other words for "beside their own antidepressant", other drugs
        "In the extension, 58 completers took naltrexone 4.5 mg on top of their usual "
        "escitalopram or sertraline.",
        "Seventy participants kept taking naltrexone 4.5 mg alongside their existing "
        "venlafaxine for 52 weeks.",
        "Sixty-six completers received LDN 4.5 mg together with their current vortioxetine.",
    ],
)
def test_an_extension_adding_ldn_to_peoples_own_antidepressant_keeps_a_depressed_population(
    methods: str,
) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS scores stayed low."
    f = facts(EXTENSION, abstract, ("Clinical Trial",))
    assert f.depression_population is True
    assert "serotonergic-combination" in gaps(EXTENSION, abstract, ("Clinical Trial",))


def test_an_antidepressant_taken_for_pain_beside_ldn_selects_nobody() -> None:
    abstract = (
        "Methods: Seventy participants took naltrexone 4.5 mg in addition to their "
        "amitriptyline for neuropathic pain for 52 weeks.\nResults: MADRS scores stayed low."
    )
    assert facts(EXTENSION, abstract, ("Clinical Trial",)).depression_population is False
