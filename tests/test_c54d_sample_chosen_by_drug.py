"""A derived report whose own sample is the part of its parent's people on one named drug
("sertraline-treated participants", "those taking fluoxetine", "the sertraline subgroup")
takes only that drug: the other drugs the parent trial gave the watched drug with, told in
a sentence about the parent, are not its people's co-medication.

Round 54, c54d; the record that showed it: preprints50 PPR4900003, "Does the
antidepressant partner matter? A post-hoc analysis of sertraline-treated participants in
the LIFT-D trial of low-dose naltrexone".
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

RECORD_TITLE = (
    "Does the antidepressant partner matter? A post-hoc analysis of sertraline-treated "
    "participants in the LIFT-D trial of low-dose naltrexone"
)
RECORD = (
    "In the LIFT-D randomised trial (NCT09114472), low-dose naltrexone added to serotonergic "
    "or noradrenergic antidepressants improved depressive symptoms. Sertraline was the most "
    "common background drug. In this pre-specified-but-exploratory secondary analysis we "
    "examined the 61 randomised participants whose continuing antidepressant was sertraline "
    "(median 100 mg/day; 32 naltrexone 4.5 mg, 29 placebo). MADRS change at week 10 favoured "
    "naltrexone (difference -4.9 points, 95% CI -8.8 to -1.0), an effect at least as large as "
    "in the full sample (n = 148). Sertraline dose did not moderate the effect. The finding "
    "supports combining LDN with an SSRI but requires replication in a trial powered for "
    "this comparison."
)


def test_record() -> None:
    assert facts(RECORD_TITLE, RECORD, JOURNAL).concomitant_classes == ["serotonergic"]


CHOSEN = [
    # the choice in the title and the methods, the parent in a background section
    (
        "Escitalopram-treated participants in the NALT-MD trial: a secondary analysis",
        "Background: The NALT-MD trial randomised adults with MDD on SSRIs or SNRIs to "
        "naltrexone 2 mg or placebo.\nMethods: We analysed the 48 participants whose "
        "antidepressant was escitalopram.\nResults: MADRS fell more with naltrexone.",
    ),
    # unlabelled, the parent named only once
    (
        "Low-dose naltrexone in depression: a post-hoc analysis",
        "In the CALM-D trial, naltrexone 3 mg was added to SSRIs, SNRIs or mirtazapine. In "
        "this post-hoc analysis we examined the 52 participants taking fluoxetine. Response "
        "was higher with naltrexone.",
    ),
    # "the sertraline subgroup", the parent in the methods
    (
        "Low-dose naltrexone in depression: a post-hoc analysis of the OPAL trial",
        "Methods: The OPAL trial added naltrexone 1 mg or placebo to venlafaxine, duloxetine "
        "or sertraline. This secondary analysis includes the sertraline subgroup (n = 40).\n"
        "Results: MADRS change favoured naltrexone.",
    ),
    # "our randomised trial", the choice in the objective
    (
        "Sertraline users in a randomised trial of naltrexone for depression: secondary analysis",
        "Objective: To examine sertraline users.\nMethods: Our randomised trial added "
        "naltrexone 4.5 mg or placebo to tricyclics or SSRIs. We examined 58 participants on "
        "sertraline.\nResults: Effects were similar.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CHOSEN)
def test_only_the_chosen_drug(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


KEPT = [
    # the whole parent sample
    (
        "Low-dose naltrexone in depression: a secondary analysis of the OPAL trial",
        "Methods: The OPAL trial added naltrexone 1 mg or placebo to venlafaxine or "
        "sertraline. This secondary analysis includes all 120 randomised participants.\n"
        "Results: Baseline inflammation predicted response.",
    ),
    # both drugs' takers compared in the report itself
    (
        "Low-dose naltrexone in depression: a secondary analysis of the OPAL trial",
        "Methods: The OPAL trial added naltrexone 1 mg or placebo to SSRIs or SNRIs. We "
        "examined 120 participants and compared those taking sertraline with those taking "
        "venlafaxine.\nResults: Effects were similar.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), KEPT)
def test_the_parents_drugs_stay_where_all_are_kept(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
