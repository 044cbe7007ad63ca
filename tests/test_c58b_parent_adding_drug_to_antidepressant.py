"""Kind: a secondary analysis whose parent trial gave the drug by adding it to the
antidepressant people took ("adding low-dose naltrexone 4.5 mg nightly to an SSRI or
SNRI improved depressive symptoms") analyses people selected for the condition that
antidepressant treats, as "added to" / "adjunctive" already said. Round 58, c58b; the
record that showed it: preprints54 PPR4500010 (LOMAD anhedonia analysis), read as "not
selected for depression" and so "no" on larger-trials and serotonergic."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

RECORD_TITLE = (
    "Does low-dose naltrexone relieve anhedonia? A secondary analysis of the LOMAD randomised trial"
)
RECORD = (
    "Background: In the LOMAD trial (NCT06418832), adding low-dose naltrexone (LDN) 4.5 mg "
    "nightly to an SSRI or SNRI improved depressive symptoms in major depressive disorder. "
    "Because opioid signalling is implicated in reward processing, we asked whether LDN "
    "specifically improves anhedonia.\n"
    "Methods: This post-hoc analysis included trial participants with clinically significant "
    "anhedonia at baseline (Snaith-Hamilton Pleasure Scale [SHAPS] score of 3 or more) and at "
    "least one post-baseline SHAPS rating. Mixed models compared SHAPS change over 8 weeks "
    "between randomised arms.\n"
    "Results: 121 of the 148 randomised participants were analysed (LDN 63, placebo 58). SHAPS "
    "scores improved by 3.4 points with LDN and 1.9 with placebo.\n"
    "Conclusions: LDN augmentation of serotonergic and noradrenergic antidepressants may act "
    "on anhedonia more than on other depressive symptoms."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, JOURNAL)
    assert f.depression_population is True
    assert "serotonergic" in f.concomitant_classes


RESULTS = (
    "Results: 96 of the 110 randomised participants were analysed. Sleep scores improved "
    "more with LDN (MADRS sleep item)."
)
PROBES = [
    # the parent's act in the background, a different antidepressant and dose
    (
        "Sleep outcomes in a secondary analysis of the NALSLEEP trial",
        "Background: In NALSLEEP, adding naltrexone 3 mg at bedtime to sertraline reduced "
        "depression scores.\nMethods: We re-analysed sleep items of the MADRS.\n" + RESULTS,
    ),
    # the parent's act in methods, told with "added"
    (
        "Post hoc analysis of a randomised trial of low-dose naltrexone",
        "Methods: In this post hoc analysis of a randomised trial that added low-dose "
        "naltrexone 1.5 mg daily to escitalopram, we examined MADRS sleep items.\n" + RESULTS,
    ),
    # unlabelled, opening sentence
    (
        "Secondary analysis of a trial of LDN",
        "The parent trial randomised adults, adding LDN 4.5 mg nightly to their venlafaxine, "
        "and measured the HAM-D. This secondary analysis examined sleep. 96 of the 110 "
        "randomised participants were analysed.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_parent_adding_drug_to_antidepressant(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).depression_population is True


# near misses: the antidepressant added to the drug, or taken for another purpose
NEAR = [
    (
        "Secondary analysis of a trial of LDN in fibromyalgia",
        "Background: The parent trial gave LDN 4.5 mg to adults with fibromyalgia; adding "
        "duloxetine for pain to LDN was allowed.\nMethods: We re-analysed pain scores.\n"
        "Results: 60 of 70 randomised participants were analysed.",
    ),
    (
        "Secondary analysis of a trial of LDN for chronic pain",
        "Background: In the parent trial, adding low-dose naltrexone 4.5 mg to amitriptyline "
        "taken for neuropathic pain reduced pain in people with diabetic neuropathy.\n"
        "Methods: We re-analysed mood items.\nResults: 60 of 70 randomised participants were "
        "analysed.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NEAR)
def test_no_depressed_population_from_other_adding(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).depression_population is False
