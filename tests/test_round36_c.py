"""Round 36 (c): co-medication in people selected for another condition, and doses of
titrations, non-responder raises, derived reports and case histories (batch 26)."""

from __future__ import annotations

import pytest
from written import RCT, facts

# -- an antidepressant in a population not selected for depression counts only where the
# text ties it to depression or mood (CONTRACT.md: amitriptyline for pain does not)

FM = "Low-dose naltrexone in fibromyalgia: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    "said",
    [
        # the batch-26 wordings
        "Concomitant duloxetine or amitriptyline was permitted at stable doses.",
        "All were already treated with duloxetine 60 mg/day for at least 3 months.",
        "At baseline 29% were taking an SSRI or SNRI.",
        # probes: the same thing said otherwise
        "Patients could remain on sertraline, venlafaxine or nortriptyline if the dose had "
        "been unchanged for a month.",
        "Background medication, including escitalopram in 14 and mirtazapine in 9, was "
        "continued unchanged.",
        "Use of tricyclic antidepressants (n = 22) and SNRIs (n = 17) was recorded and "
        "allowed to continue.",
    ],
)
def test_an_antidepressant_in_another_population_is_not_counted_untied(said: str) -> None:
    abstract = (
        "Methods: Eighty-four women meeting the 2016 ACR criteria for fibromyalgia were "
        f"randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. {said} Outcomes "
        "were pain and the Beck Depression Inventory-II.\n"
        "Results: BDI-II scores improved more with LDN."
    )
    f = facts(FM, abstract, RCT)
    assert f.on_topic and not f.depression_population
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    "said",
    [
        # the batch-26 wording (holdout106: labelled serotonergic)
        "Stable antidepressant treatment for comorbid depression was allowed (selective "
        "serotonin reuptake inhibitors in 27 participants).",
        # probes
        "Sertraline, prescribed for comorbid major depression in 12, was continued.",
        "Fourteen were taking escitalopram to treat depressive symptoms, which was continued.",
    ],
)
def test_an_antidepressant_tied_to_depression_still_counts(said: str) -> None:
    abstract = (
        "Methods: Eighty-four women meeting the 2016 ACR criteria for fibromyalgia were "
        f"randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. {said} Outcomes "
        "were pain and the Beck Depression Inventory-II.\n"
        "Results: BDI-II scores improved more with LDN."
    )
    f = facts(FM, abstract, RCT)
    assert not f.depression_population
    assert f.concomitant_classes == ["serotonergic"]


def test_in_a_depressed_population_an_untied_antidepressant_still_counts() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg nightly or placebo for 8 weeks. Concomitant sertraline was permitted at "
        "stable doses.\nResults: MADRS scores improved more with LDN."
    )
    f = facts("Low-dose naltrexone in major depression: a randomised trial", abstract, RCT)
    assert f.depression_population and f.concomitant_classes == ["serotonergic"]
