"""Drugs named as what a study records or measures are not taken with the watched drug.

Kind: a protocol (or a methods line) lists a kind of medication it will record, with
drugs as examples of the kind ("Measurements: PHQ-9 ...; concomitant medication including
SSRIs, SNRIs and bupropion", "we will record concomitant antidepressants such as
sertraline"). Nobody is said to take them alongside LDN: they are variables, so they give
no co-medication and no class (a false serotonergic combination costs more than silence).

Round 50, c50b. The record that showed it: preprints47 PPR5200022 (the LDN-MOOD Registry
protocol: "Measurements: PHQ-9 and adverse events at 4, 12, 26 and 52 weeks; concomitant
medication including SSRIs, SNRIs and bupropion", one block of text with inline headings, as Europe PMC gives it).

Near misses that must not change: a drug people take, in a sentence that also records
something ("adverse events will be recorded in patients taking LDN with sertraline"), a
drug taken named in one sentence and a measurements line in another, and a past-tense
report of what people were taking.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts

RECORD_TITLE = (
    "The LDN-MOOD Registry: protocol for a prospective multinational cohort of patients "
    "prescribed low-dose naltrexone for depression"
)
RECORD = (
    "Aims: To describe real-world effectiveness and safety of low-dose naltrexone (LDN) in "
    "depressive disorders. Design: Prospective observational registry in 30 clinics in "
    "four countries. Participants: Adults with a current major depressive episode starting "
    "LDN (any dose ≤ 4.5 mg) at the discretion of their clinician, alone or with any "
    "antidepressant. We aim to enrol 500 patients over three years. Measurements: PHQ-9 "
    "and adverse events at 4, 12, 26 and 52 weeks; concomitant medication including SSRIs, "
    "SNRIs and bupropion. Comparisons across doses and co-medications will be exploratory."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD, ("Preprint",))
    assert f.concomitant_classes == []
    assert f.concomitant_antidepressants == []
    assert f.n == 500


PROBES = [
    # a measurements line as one block of text
    (
        "Low-dose naltrexone in treatment-resistant depression: protocol of a randomised trial",
        "We will randomise 120 adults with treatment-resistant depression to naltrexone "
        "4.5 mg or placebo for 10 weeks. Measurements: MADRS at weeks 0, 4 and 10; "
        "concomitant medication such as sertraline, venlafaxine or mirtazapine.",
    ),
    # a plan to record, written with "we will"
    (
        "Low-dose naltrexone for major depression: a trial protocol",
        "Eighty outpatients with major depressive disorder will be randomised to "
        "naltrexone 2 mg or placebo. We will record concomitant antidepressants, e.g. "
        "escitalopram and duloxetine, at every visit.",
    ),
    # data on a kind of medication, in the present tense
    (
        "Low-dose naltrexone in late-life depression: protocol",
        "Sixty older adults with major depression will be randomised to naltrexone 3 mg or "
        "placebo. Data on current psychotropic medication (including fluoxetine and "
        "nortriptyline) are collected at baseline and week 8.",
    ),
    # variables of a cohort
    (
        "A prospective cohort of low-dose naltrexone in depression: protocol",
        "We will follow 300 adults with major depression starting LDN 1.5-4.5 mg. "
        "Variables: PHQ-9, adverse events and other antidepressants, for example "
        "vortioxetine or paroxetine.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_recorded_kinds_of_medication_are_not_taken(title: str, abstract: str) -> None:
    f = facts(title, abstract, PROTOCOL)
    assert f.concomitant_classes == []


NEAR_MISSES = [
    # recorded, but the drug is what people take with LDN
    (
        "Low-dose naltrexone added to sertraline in major depression: protocol",
        "We will randomise 90 adults with major depressive disorder on a stable dose of "
        "sertraline to naltrexone 4.5 mg or placebo. Adverse events will be recorded in "
        "patients taking LDN with sertraline at every visit.",
        PROTOCOL,
        ["serotonergic"],
    ),
    # the taken drug in one sentence, a measurements line in another
    (
        "Low-dose naltrexone augmentation of escitalopram: protocol of a randomised trial",
        "Adults with major depression who remain on escitalopram will be randomised to "
        "naltrexone 2 mg or placebo (n = 100). Measurements: MADRS and adverse events at 4 "
        "and 8 weeks.",
        PROTOCOL,
        ["serotonergic"],
    ),
    # a report of what people were taking alongside LDN
    (
        "Low-dose naltrexone with ongoing antidepressants in depression: a randomised trial",
        "Seventy adults with major depression taking venlafaxine were randomised to "
        "naltrexone 4.5 mg or placebo. Concomitant medication was venlafaxine in all "
        "participants. MADRS scores fell more with naltrexone.",
        RCT,
        ["serotonergic", "noradrenergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "classes"), NEAR_MISSES)
def test_drugs_taken_still_count(
    title: str, abstract: str, types: tuple[str, ...], classes: list[str]
) -> None:
    assert facts(title, abstract, types).concomitant_classes == classes
