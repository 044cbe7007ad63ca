"""Round 14 precision (c38a): false on-topic verdicts and a false serotonergic
"addressed" from batches 28-29 (holdout114-119, preprints32), each written here in the
record's words and in quite different ones, so the rule is not tied to one wording."""

from __future__ import annotations

import pytest
from written import CASE, RCT, REVIEW, facts, gaps

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
        # another antipsychotic, its dose between it and the relative clause
        "All took ziprasidone 80 mg/day, which also has serotonin-norepinephrine reuptake "
        "inhibitor properties.",
        # a mood stabiliser said to act as a class ("serotonergic agent")
        "All took lithium 600 mg/day; lithium is thought to act partly as a serotonergic agent.",
    ],
)
def test_a_class_phrase_on_an_agent_in_no_class_is_no_antidepressant_taken(said: str) -> None:
    abstract = f"{ARMS}{said}\nResults: HAMD-24 fell more with naltrexone."
    assert facts(BIPOLAR, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(BIPOLAR, abstract, RCT)


@pytest.mark.parametrize(
    "said",
    [
        "All continued methylphenidate, which also acts as a noradrenaline reuptake inhibitor.",
        # the drug, a class word for it, then the mechanism said of that class word
        "All continued lisdexamfetamine, a stimulant that acts as a norepinephrine reuptake "
        "inhibitor.",
    ],
)
def test_a_class_phrase_on_a_stimulant_keeps_the_stimulants_own_class(said: str) -> None:
    abstract = f"{ARMS}{said}\nResults: HAMD-24 fell more with naltrexone."
    assert facts(BIPOLAR, abstract, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(BIPOLAR, abstract, RCT)


@pytest.mark.parametrize(
    "said",
    [
        "Sertraline, an SSRI, was continued at a stable dose.",
        "Participants continued their SSRI or SNRI at a stable dose.",
        "All were on quetiapine and an SSRI, which was continued.",
        "All took lithium plus an SNRI, which was continued.",
        "All were on lithium; serotonergic antidepressants were continued.",
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


# -- 3. LDN in another condition where depression is only named: an association of the
# disease, a thing "not assessed", or a baseline share of the people, is no mood outcome

ITCH = "Low-dose naltrexone for chronic pruritus in primary biliary cholangitis: a case series"
ITCH_CASES = (
    "We describe seven patients with primary biliary cholangitis and refractory itch "
    "treated with low-dose naltrexone 1.5-3 mg at night. Itch scores fell by a median of 4 "
    "points."
)


@pytest.mark.parametrize(
    "named",
    [
        # the record's words
        "Pruritus is known to be associated with anxiety and depression, which were not "
        "formally assessed.",
        # a relative clause between the condition and "not assessed"
        "Depression, which often accompanies cholestatic itch, was not assessed.",
        # "neither of which", a present perfect of association
        "Chronic itch has been linked to low mood and poor sleep, neither of which was "
        "measured here.",
        "Itch is thought to be tied to depressive symptoms, which we did not evaluate.",
    ],
)
def test_depression_named_only_as_an_association_or_unmeasured_is_no_outcome(
    named: str,
) -> None:
    abstract = f"{ITCH_CASES} {named}"
    assert not facts(ITCH, abstract, CASE).on_topic


def test_a_mood_scale_measured_in_another_condition_stays_on_topic() -> None:
    abstract = (
        f"{ITCH_CASES} Pruritus is known to be associated with depression; the HADS "
        "depression subscale, a secondary outcome, fell from 9 to 5."
    )
    assert facts(ITCH, abstract, CASE).on_topic


COVID = "Low-dose naltrexone for post-COVID-19 fatigue: a randomised placebo-controlled trial"
COVID_ARMS = (
    "Methods: 160 adults with post-COVID-19 condition and fatigue were randomised to LDN "
    "(1 mg, increased to 4.5 mg by week 3) or placebo for 12 weeks. "
)
COVID_OUT = (
    "The primary outcome was the Chalder fatigue score; secondary outcomes were cognitive "
    "function and quality of life (EQ-5D).\nResults: Fatigue did not differ."
)


@pytest.mark.parametrize(
    "baseline",
    [
        "Low mood was present at baseline in 41% of participants.",
        "At enrolment, 38% of participants reported depressive symptoms.",
        "Depression was common at study entry (23 of 60 participants).",
        "A third of the participants had clinically relevant depressive symptoms at screening.",
    ],
)
def test_a_baseline_share_with_low_mood_is_a_characteristic_not_an_outcome(
    baseline: str,
) -> None:
    abstract = f"{COVID_ARMS}{baseline} {COVID_OUT}"
    assert not facts(COVID, abstract, RCT).on_topic


def test_a_baseline_share_with_a_mood_outcome_stays_on_topic() -> None:
    abstract = (
        f"{COVID_ARMS}Low mood was present at baseline in 41% of participants. The primary "
        "outcome was the Chalder fatigue score; the HADS-D was a secondary outcome.\n"
        "Results: Fatigue did not differ."
    )
    assert facts(COVID, abstract, RCT).on_topic
    abstract = (
        f"{COVID_ARMS}{COVID_OUT} At baseline 41% had depressive symptoms, and the share "
        "fell to 22% with LDN at week 12."
    )
    assert facts(COVID, abstract, RCT).on_topic


# -- 4. a fixed titration from a low start up to a target above the band gives nobody a
# low dose (CONTRACT.md: only the target counts)

SELF_HARM = "Naltrexone in a patient with depression and self-harm: a case report"


@pytest.mark.parametrize(
    "schedule",
    [
        # the record's words: "from A to B" in one span
        "naltrexone was increased stepwise from 4.5 mg to 12 mg daily because of an "
        "incomplete effect on urges",
        "naltrexone was titrated from 3 mg to 25 mg daily",
        "naltrexone was started at 4.5 mg and raised to 8 mg twice daily",
        "naltrexone was begun at 2 mg daily and increased over four weeks to 10 mg daily",
    ],
)
def test_a_titration_from_a_low_start_to_a_target_above_the_band_is_not_ldn(
    schedule: str,
) -> None:
    abstract = (
        "We describe a 24-year-old man with major depression and repetitive self-injury in "
        f"whom {schedule}. His BDI-II score fell from 31 to 19 over two months."
    )
    f = facts(SELF_HARM, abstract, CASE)
    assert f.ldn_doses_mg == []
    assert not f.on_topic


def test_a_titration_up_to_a_low_target_keeps_the_target() -> None:
    abstract = (
        "We describe a 24-year-old man with major depression in whom naltrexone was "
        "increased stepwise from 1.5 mg to 4.5 mg daily. His BDI-II score fell from 31 to 19."
    )
    f = facts(SELF_HARM, abstract, CASE)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
