"""The drug named only as what another trial tested, told as news that the trial was
reported or published ("a trial of low-dose naltrexone 4.5 mg added to SSRIs in 118
patients was recently reported", "a crossover study of X has since been published"): the
study's own people receive no LDN, so it is off-topic and lists no dose (CONTRACT.md: LDN
named only in the background or in a cited earlier study is not on-topic). The record's
own trial told in the same words without the news ("was conducted at six sites", "is
reported here") stays.

Round 63, c63e; the record that showed it: holdout152 16700035, "Intranasal esketamine plus
a new oral antidepressant in treatment-resistant depression: a real-world cohort".
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

OBSERVATIONAL = ("Journal Article", "Observational Study")
RECORD_TITLE = (
    "Intranasal esketamine plus a new oral antidepressant in treatment-resistant depression: "
    "a real-world cohort"
)
RECORD = (
    "We followed 301 patients with TRD starting esketamine with an SSRI or SNRI. In the "
    "discussion we note that opioid signalling may contribute to ketamine's effect and that a "
    "trial of low-dose naltrexone 4.5 mg added to SSRIs and SNRIs in 118 patients was recently "
    "reported. Response at 3 months was 52%."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, OBSERVATIONAL)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
    assert f.n == 301


CITED = [
    # the opening sentence
    (
        "Vortioxetine in outpatients with major depression: a prospective cohort",
        "A randomised trial of low-dose naltrexone 1 mg twice daily in 40 adults with "
        "depression was published in 2019; we instead followed 220 outpatients with major "
        "depressive disorder starting vortioxetine for 8 weeks. MADRS fell by 12 points.",
        OBSERVATIONAL,
    ),
    # a labelled conclusion
    (
        "Aripiprazole augmentation in late-life depression: a cohort study",
        "Methods: We followed 150 adults over 65 with major depression starting aripiprazole "
        "augmentation.\nResults: Remission was 38% at 12 weeks.\nConclusions: Aripiprazole "
        "helped; a crossover study of LDN 4.5 mg with SSRIs has since been published and merits "
        "replication in older adults.",
        OBSERVATIONAL,
    ),
    # a trial's methods cite a pilot by its news
    (
        "Minocycline augmentation in major depressive disorder: a randomized trial",
        "Methods: Eighty adults with major depressive disorder were randomized to minocycline "
        "200 mg or placebo for 12 weeks. A pilot trial comparing naltrexone 1.5 mg and 4.5 mg "
        "in 30 patients was previously reported.\nResults: MADRS fell by 10 vs 7 points.",
        (*JOURNAL, *RCT),
    ),
    # the results
    (
        "Electroconvulsive therapy outcomes in treatment-resistant depression: a registry study",
        "Methods: We analysed 512 patients with treatment-resistant depression treated with ECT."
        "\nResults: Response was 61%. A trial of naltrexone 2 mg daily in 64 patients with TRD "
        "was recently described, with lower response.",
        OBSERVATIONAL,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), CITED)
def test_drug_only_in_reported_trial(title: str, abstract: str, types: tuple[str, ...]) -> None:
    f = facts(title, abstract, types)
    assert not f.on_topic
    assert f.ldn_doses_mg == []


OWN = [
    (
        "Low-dose naltrexone augmentation of SSRIs in major depression: a multicentre trial",
        "A randomised trial of low-dose naltrexone 4.5 mg added to SSRIs in 120 adults with "
        "major depressive disorder was conducted at six sites. MADRS fell by 11 vs 7 points.",
        (*JOURNAL, *RCT),
    ),
    (
        "Low-dose naltrexone added to SSRIs in major depression",
        "A randomized trial of low-dose naltrexone 4.5 mg added to SSRIs in 96 adults with "
        "major depressive disorder is reported. MADRS response was 44% vs 27%.",
        (*JOURNAL, *RCT),
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), OWN)
def test_own_trial_stays(title: str, abstract: str, types: tuple[str, ...]) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
