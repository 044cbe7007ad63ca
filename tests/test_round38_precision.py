"""Round 14 precision (c38a): false on-topic verdicts and a false serotonergic
"addressed" from batches 28-29 (holdout114-119, preprints32), each written here in the
record's words and in quite different ones, so the rule is not tied to one wording."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# -- 1. a class phrase that describes how a named drug works (an antipsychotic, its
# metabolite, a stimulant) is that drug's mechanism, not an antidepressant taken with LDN

BIPOLAR = "Low-dose naltrexone added to an antipsychotic in bipolar II depression: a trial"
ARMS = (
    "Methods: Sixty-four adults with bipolar II depression (HAMD-24 >= 20) were randomised "
    "to naltrexone 4.5 mg/day or placebo for 8 weeks. "
)


@pytest.mark.parametrize(
    "said",
    [
        # the record's words: a metabolite, in apposition
        "All took quetiapine 300 mg/day. Quetiapine's antidepressant effect has been "
        "attributed in part to norquetiapine, a noradrenaline reuptake inhibitor.",
        # "has ... properties" on an antipsychotic
        "All continued lurasidone 40 mg/day, which also has weak serotonin reuptake "
        "inhibitor properties.",
        # a copula and an adjective before the class
        "All took aripiprazole 5 mg/day; aripiprazole acts as a partial dopamine agonist.",
        # the active metabolite's own sentence
        "All took quetiapine 300 mg/day. Its active metabolite norquetiapine is a potent "
        "norepinephrine reuptake inhibitor.",
    ],
)
def test_a_class_phrase_on_an_agent_in_no_class_is_no_antidepressant_taken(said: str) -> None:
    abstract = f"{ARMS}{said}\nResults: HAMD-24 fell more with naltrexone."
    assert facts(BIPOLAR, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(BIPOLAR, abstract, RCT)


def test_a_class_phrase_on_a_stimulant_keeps_the_stimulants_own_class() -> None:
    abstract = (
        f"{ARMS}All continued methylphenidate, which also acts as a noradrenaline reuptake "
        "inhibitor.\nResults: HAMD-24 fell more with naltrexone."
    )
    assert facts(BIPOLAR, abstract, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(BIPOLAR, abstract, RCT)


@pytest.mark.parametrize(
    "said",
    [
        "Sertraline, an SSRI, was continued at a stable dose.",
        "Participants continued their SSRI or SNRI at a stable dose.",
        "All were on quetiapine and an SSRI, which was continued.",
    ],
)
def test_a_real_antidepressant_beside_ldn_stays(said: str) -> None:
    abstract = f"{ARMS}{said}\nResults: HAMD-24 fell more with naltrexone."
    assert "serotonergic" in facts(BIPOLAR, abstract, RCT).concomitant_classes


@pytest.mark.parametrize(
    "said",
    [
        # a list after a drug, with or without articles, is what is taken
        "Participants took bupropion, an SSRI or an SNRI alongside.",
        "Background medication: aripiprazole (5 mg), SSRIs or SNRIs.",
    ],
)
def test_a_list_after_a_drug_is_not_its_mechanism(said: str) -> None:
    abstract = f"{ARMS}{said}\nResults: HAMD-24 fell more with naltrexone."
    assert "serotonergic" in facts(BIPOLAR, abstract, RCT).concomitant_classes
