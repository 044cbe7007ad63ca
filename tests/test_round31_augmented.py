"""Round 31 (c31b): whom a study took in, told by what its people already take, and which
antidepressants count as taken with the drug (holdout89, holdout90, preprints24)."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

EXTENSION = (
    "Long-term low-dose naltrexone augmentation: a 52-week open-label extension of the X trial"
)


# -- an extension (or another derived report) whose people are named only by the
# antidepressant they already took, the drug added to it, with depression measured: the
# parent augmented a treatment of depression, so it took in people with depression
# (holdout90 14100011: "added to their existing antidepressant (SSRI 58%, SNRI 12%, ...)")
@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            EXTENSION,
            "Background: Participants completing the 8-week X study were offered 52 weeks of "
            "open-label treatment.\nMethods: All entrants received naltrexone 2 mg once daily "
            "added to their existing antidepressant (SSRI 58%, SNRI 12%, bupropion 30%). "
            "Relapse was defined as MADRS >= 22 on two consecutive visits.\nResults: One "
            "hundred and sixty-eight patients entered the extension.",
        ),
        # probes: other words for the people's own antidepressant and for the scale
        (
            EXTENSION,
            "Background: Completers of the 12-week X trial could continue for 40 weeks.\n"
            "Methods: Naltrexone 4.5 mg at night was given as an adjunct to their current "
            "antidepressant (escitalopram, sertraline or venlafaxine). The main outcome was "
            "time to relapse on the 17-item HAM-D.\nResults: Ninety-two patients "
            "entered the extension.",
        ),
        (
            "Low-dose naltrexone augmentation: a post hoc analysis of the X trial",
            "Methods: In this post hoc analysis of the X trial, 140 participants took "
            "naltrexone 2 mg or placebo, augmenting their usual medication (SSRIs or SNRIs). "
            "Response was a 50% fall in PHQ-9 score.\nResults: Response was more frequent "
            "with naltrexone.",
        ),
    ],
)
def test_the_drug_added_to_the_peoples_own_antidepressant_selects_depression(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.depression_population
    assert "serotonergic-combination" in gaps(title, abstract, TRIAL)


def test_people_selected_for_another_condition_stay_not_selected() -> None:
    # the same words in a fibromyalgia sample: the antidepressant is the disease's treatment
    abstract = (
        "Background: Completers of the 12-week X trial in fibromyalgia could continue.\n"
        "Methods: Eighty women with fibromyalgia received naltrexone 4.5 mg added to their "
        "existing medication (duloxetine or amitriptyline). Outcomes were pain and the "
        "BDI-II.\nResults: Pain fell."
    )
    assert not facts(EXTENSION, abstract, TRIAL).depression_population
    assert gaps(EXTENSION, abstract, TRIAL) == {}


# -- an antidepressant that is the treatment of the disease the people were selected for
# (fibromyalgia, pain, neuropathy) is not taken for depression: no class (CONTRACT.md)
# (holdout90 14100020 "Fibromyalgia is commonly treated with duloxetine"; preprints24
# PPR7500011 "duloxetine or low-dose amitriptyline (<=25 mg) for pain")
PAIN_TRIAL = "Low-dose naltrexone in a pain condition: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    "abstract",
    [
        "Fibromyalgia is commonly treated with duloxetine, yet many patients remain "
        "symptomatic. In this trial, 132 women with fibromyalgia on a stable dose of "
        "duloxetine 60 mg daily were randomised to low-dose naltrexone 4.5 mg or placebo. "
        "Secondary outcomes included the Beck Depression Inventory-II.",
        "Methods: 96 women with fibromyalgia were randomly assigned to LDN 1.5 mg, LDN 4.5 mg "
        "or placebo. Secondary outcomes included the HADS-D. Stable duloxetine or low-dose "
        "amitriptyline (<=25 mg) for pain was permitted (n=29).",
        # probes: the drug named as the disease's treatment in other words
        "Background: Duloxetine is a first-line treatment of fibromyalgia. Methods: 90 adults "
        "with fibromyalgia receiving duloxetine were randomised to naltrexone 4.5 mg or "
        "placebo; the BDI-II was a secondary outcome.",
        "Background: Chronic low back pain is often managed with venlafaxine. Methods: 64 "
        "adults with chronic low back pain taking venlafaxine were randomised to naltrexone "
        "3 mg or placebo; mood was rated with the HADS.",
    ],
)
def test_an_antidepressant_treating_the_studied_disease_has_no_class(abstract: str) -> None:
    f = facts(PAIN_TRIAL, abstract, RCT)
    assert f.on_topic and not f.depression_population
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    "abstract",
    [
        # the same sample, the drug taken for depression: it counts
        "Methods: 80 women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo. "
        "Sertraline or venlafaxine for comorbid depression was continued. Outcomes were pain "
        "and the HADS-D.",
        # a depression trial whose background names another use of the drug
        "Background: Duloxetine is also approved for neuropathic pain. Methods: 80 adults "
        "with major depressive disorder on duloxetine were randomised to naltrexone 4.5 mg or "
        "placebo; the outcome was the MADRS.",
    ],
)
def test_an_antidepressant_taken_for_depression_keeps_its_class(abstract: str) -> None:
    assert "serotonergic" in facts(PAIN_TRIAL, abstract, RCT).concomitant_classes
