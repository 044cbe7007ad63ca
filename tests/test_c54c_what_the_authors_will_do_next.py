"""An antidepressant named only in what the authors will do next is not taken.

Kind: "Next, we will test naltrexone as an add-on to sertraline", "we will next combine X
with escitalopram" plan another study: its antidepressant is no co-medication of this one
(a false "serotonergic-combination" verdict). Round 54, c54c: relocation probes for the
round 51-52 kind "an antidepressant named only in future work, a next step, planned trials
or a recommendation" (c52a's combination-only-as-next-step, c51a's planned trials), said
with "next" and "will" instead of "plan" or "next step", in every place a record carries it.
"""

from __future__ import annotations

import pytest
from relocation import (
    ART_PLACES,
    ON_BUPROPION_TITLE,
    REG_PLACES,
    on_bupropion_classes,
    on_bupropion_registration,
)
from written import facts

NEXT = [
    "Next, we will test naltrexone as an add-on to sertraline.",
    "We will next combine low-dose naltrexone with escitalopram in a larger sample.",
    "Future trials should test naltrexone together with sertraline.",
    "A next step is to combine low-dose naltrexone with escitalopram.",
    "We plan a randomized trial of naltrexone added to serotonin-norepinephrine reuptake "
    "inhibitors.",
    "Trials pairing naltrexone with escitalopram are warranted.",
    "A follow-up trial will add naltrexone to venlafaxine.",
]


@pytest.mark.parametrize("place", ART_PLACES)
@pytest.mark.parametrize("sentence", NEXT)
def test_article_next_study_drug_is_not_taken(sentence: str, place: str) -> None:
    assert on_bupropion_classes(sentence, place) == ["dopaminergic"]


@pytest.mark.parametrize("place", REG_PLACES)
@pytest.mark.parametrize("sentence", NEXT)
def test_registration_next_study_drug_is_not_taken(sentence: str, place: str) -> None:
    assert on_bupropion_registration(sentence, place) == (["dopaminergic"], "no")


def test_own_plan_of_a_protocol_is_kept() -> None:
    """A protocol's own "we will randomise" (no "next") is the study itself."""
    abstract = (
        "Methods: We will randomize 60 adults with major depressive disorder taking sertraline "
        "to naltrexone 4.5 mg daily or placebo for 8 weeks."
    )
    f = facts(ON_BUPROPION_TITLE, abstract, ("Clinical Trial Protocol",))
    assert "serotonergic" in f.concomitant_classes


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone in major depression: an open trial, and the case for testing it "
        "with SSRIs",
        "Making the case for testing low-dose naltrexone with SSRIs: an open trial in major "
        "depression",
    ],
)
def test_case_for_another_study_in_the_title(title: str) -> None:
    assert on_bupropion_classes("", "Methods", title) == ["dopaminergic"]
