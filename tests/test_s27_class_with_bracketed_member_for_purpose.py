"""A drug class named with its member in brackets and then a purpose that is not the
watched condition ("took an SNRI (duloxetine) for pain") gives the purpose to the class
as well as to the bracketed drug: neither is an antidepressant taken for depression.
Shown by preprints64 PPR3400006 (a fibromyalgia trial whose participants took an SNRI,
named in brackets, for pain, read as serotonergic and noradrenergic co-medication).
Session 27, round 72, c72e."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone 4.5 mg for fibromyalgia: mood as a secondary outcome of a randomised trial"
ABSTRACT = (
    "Methods: Eighty adults with fibromyalgia were randomly assigned to naltrexone 4.5 mg "
    "nightly or placebo for ten weeks; the BDI-II was a secondary outcome. {s} "
    "Results: BDI-II scores fell more with naltrexone than with placebo."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly one participant in four used an SNRI (duloxetine) for pain.",
        "Several were on a tricyclic (amitriptyline) to manage neuropathic pain.",
        "A quarter took an SNRI (e.g. milnacipran) for fibromyalgia pain throughout.",
        "Some participants had an SSRI (sertraline 50 mg) for hot flashes at entry.",
    ],
)
def test_bracketed_member_shares_the_purpose(sentence: str) -> None:
    f = facts(TITLE, ABSTRACT.format(s=sentence), RCT)
    assert f.on_topic
    assert f.concomitant_classes == []


def test_bracketed_member_taken_for_depression_still_counts() -> None:
    """Near miss: the class and its bracketed member taken for depression are co-medication."""
    f = facts(
        TITLE,
        ABSTRACT.format(s="Roughly one in four used an SNRI (duloxetine) for depression."),
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
