"""A purpose given to a class noun heads the bracket that lists its drugs:
"antidepressants for pain (amitriptyline <= 25 mg, duloxetine)" gives every drug in the
bracket that purpose, so none is an antidepressant taken for depression with LDN
(CONTRACT.md, co-medication for another purpose; batch 30: a fibromyalgia dose trial
classed noradrenergic and serotonergic)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone 1.5 mg versus 4.5 mg for fibromyalgia: a randomised trial"


def _abstract(said: str) -> str:
    return (
        "We randomised 104 women with fibromyalgia to naltrexone 1.5 mg, 4.5 mg or placebo "
        f"daily for 12 weeks. Co-primary outcomes were pain and BDI-II. {said} BDI-II fell "
        "more with 4.5 mg."
    )


@pytest.mark.parametrize(
    "said",
    [
        "Participants on antidepressants for pain (amitriptyline <= 25 mg, duloxetine) "
        "continued them.",
        "Those taking medication for pain (duloxetine 60 mg or pregabalin) kept it unchanged.",
        "Drugs to treat neuropathic pain (nortriptyline 10 mg, milnacipran) were allowed.",
    ],
)
def test_drugs_in_a_bracket_headed_by_another_purpose_are_no_co_medication(said: str) -> None:
    assert facts(TITLE, _abstract(said), RCT).concomitant_classes == []


def test_a_bracket_headed_by_the_condition_keeps_its_drugs() -> None:
    said = (
        "Participants on antidepressants for depression (sertraline, escitalopram) continued them."
    )
    assert facts(TITLE, _abstract(said), RCT).concomitant_classes == ["serotonergic"]
