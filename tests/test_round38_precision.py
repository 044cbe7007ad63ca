"""Round 14 precision (c38a): false on-topic verdicts and a false serotonergic
"addressed" from batches 28-29 (holdout114-119, preprints32), each written here in the
record's words and in quite different ones, so the rule is not tied to one wording."""

from __future__ import annotations

import pytest
from written import RCT, REVIEW, facts, gaps

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


# -- 2. a review that puts the watched drug outside its own scope does not review it

OPIOID_REVIEW = "Opioid system modulators for depression: a narrative review"
COVERED = (
    "This review summarises trials of buprenorphine/samidorphan and kappa-opioid "
    "antagonists in major depressive disorder, and the attenuation of ketamine's effect by "
    "naltrexone 50 mg."
)


@pytest.mark.parametrize(
    "scope",
    [
        # the preprint's words: a relative clause with a bracket between drug and scope
        "Low-dose naltrexone, which acts through different mechanisms (transient opioid "
        "blockade and TLR4 antagonism on microglia), is outside the scope of this review and "
        "has been reviewed elsewhere.",
        # the German review's words: "not discussed here", the dose in the bracket
        "So-called low-dose naltrexone (LDN, 1-4.5 mg), used off label in chronic pain and, "
        "more recently, in depression trials, is pharmacologically distinct and is not "
        "discussed here.",
        # the review as the subject that leaves the drug out
        "We do not cover low-dose naltrexone (1.5-4.5 mg/day), which has been reviewed elsewhere.",
        # "not considered", "beyond the remit"
        "Naltrexone at low doses (1-5 mg/day) is not considered in this review.",
        "Trials of low-dose naltrexone (4.5 mg) fell beyond the remit of this review.",
    ],
)
@pytest.mark.parametrize(
    "title",
    [OPIOID_REVIEW, "Naltrexone in alcohol use disorder with comorbid depression: a review"],
)
def test_a_review_that_puts_ldn_outside_its_scope_is_off_topic(scope: str, title: str) -> None:
    abstract = f"{COVERED} {scope}"
    assert not facts(title, abstract, REVIEW).on_topic


def test_a_review_of_ldn_that_leaves_standard_doses_out_stays_on_topic() -> None:
    abstract = (
        "We review trials of low-dose naltrexone (1-4.5 mg/day) in major depressive "
        "disorder; studies of standard-dose naltrexone are outside the scope of this review."
    )
    assert facts(OPIOID_REVIEW, abstract, REVIEW).on_topic
