"""A derived report whose parent trial gave the drug "adjunctive ... to" an antidepressant
took in people treated for the condition.

Kind: an extension or secondary analysis names its people only through the parent trial,
and that trial added the watched drug to an antidepressant they took, with the augmentation
word before the drug and the antidepressant after "to" ("a trial of adjunctive low-dose
naltrexone to vortioxetine", "add-on naltrexone 2 mg twice daily to their ongoing
sertraline"); with depression measured, the parent selected people with it (as for "LDN
added to their SSRI", already read). Near misses: a comparator ("adjunctive LDN compared to
sertraline"), people selected for another condition, an antidepressant taken for pain.
Round 55, c55b; shown by holdout187 20600026 ("Open-label extension of a randomised trial of
low-dose naltrexone with vortioxetine: 24-week outcomes at 4 mg").
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TYPES = ("Journal Article", *TRIAL)


def test_the_records_wording() -> None:
    title = (
        "Open-label extension of a randomised trial of low-dose naltrexone with vortioxetine: "
        "24-week outcomes at 4 mg"
    )
    abstract = (
        "Patients who completed the 10-week double-blind phase of a trial of adjunctive "
        "low-dose naltrexone to vortioxetine (ISRCTN48213977) could enter a 24-week "
        "open-label extension in which all received naltrexone 4 mg daily. Of 88 completers, "
        "71 entered the extension and 63 completed it. MADRS improvement was maintained in "
        "those originally on 4 mg, and those switched from placebo or 1 mg improved by a "
        "further 5.3 points. Discontinuation for adverse effects was 6%."
    )
    f = facts(title, abstract, TYPES)
    assert f.depression_population and f.n == 71
    assert gaps(title, abstract, TYPES) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # an extension, the dose and schedule between the drug and "to"
        (
            "Long-term low-dose naltrexone: a 6-month open-label extension",
            "Methods: Completers of an 8-week trial of add-on naltrexone 2 mg twice daily to "
            "their ongoing sertraline were offered 6 months of open-label naltrexone. 58 "
            "entered the extension.\nResults: HAM-D scores stayed low.",
            TYPES,
        ),
        # a secondary analysis, in its opening sentence
        (
            "Inflammatory markers and response: a secondary analysis",
            "In a secondary analysis of a randomised trial of adjunctive naltrexone 4.5 mg "
            "nightly to escitalopram, 62 participants with baseline CRP were analysed. MADRS "
            "change was larger with high CRP.",
            ("Journal Article", *RCT),
        ),
    ],
)
def test_parent_added_the_drug_to_an_antidepressant(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).depression_population
    assert gaps(title, abstract, types).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    "abstract",
    [
        # a comparator, not an antidepressant the drug was added to
        "Patients who completed a trial of adjunctive low-dose naltrexone compared to "
        "sertraline could enter a 24-week extension. 71 entered. MADRS improvement was "
        "maintained.",
        # people selected for another condition
        "Women with fibromyalgia who completed a trial of adjunctive low-dose naltrexone to "
        "duloxetine entered a 24-week extension; 71 entered. Pain and MADRS scores improved.",
        # an antidepressant taken for pain
        "Patients who completed a trial of adjunctive low-dose naltrexone to duloxetine for "
        "chronic pain entered a 24-week extension; 71 entered. Pain and MADRS scores improved.",
    ],
)
def test_no_depression_population(abstract: str) -> None:
    title = "Open-label extension of a randomised trial of low-dose naltrexone"
    assert not facts(title, abstract, TYPES).depression_population
    assert gaps(title, abstract, TYPES) == {}
