"""Round 15: which antidepressants are taken with LDN, said in ways the classifier misread
(holdout51, registry9, holdout50, preprints7 once opened). Each case below was a false
serotonergic verdict or a class too many before its fix; the probes say the same kind
of thing in other words."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

# -- a comparison's "with" pairs the two sides; it does not put them in one regimen
# (holdout51 54100004: "To compare the efficacy and safety of low-dose naltrexone (LDN)
# with escitalopram as monotherapy", escitalopram the other arm of a double dummy)

HEAD_TO_HEAD = [
    # the aim, with two outcome words before the drug
    (
        "Low-dose naltrexone versus escitalopram for first-episode depression",
        "Objective: To compare the efficacy and safety of low-dose naltrexone (LDN) with "
        "escitalopram in drug-naive adults with major depressive disorder.\n"
        "Methods: Eighty-four outpatients were randomly assigned to LDN 4.5 mg nightly plus "
        "escitalopram-matched placebo (n=42) or escitalopram 10 mg/d plus LDN-matched placebo "
        "(n=42) for 8 weeks.\nResults: Response rates were 45% and 60%.",
    ),
    # probe: three outcome words, said as "compared ... of X with Y"
    (
        "Naltrexone 4.5 mg or sertraline in major depression: a randomised trial",
        "Aims: This trial compared the effectiveness, tolerability and acceptability of "
        "low-dose naltrexone with sertraline.\nMethods: Ninety adults with major depressive "
        "disorder were randomised to naltrexone 4.5 mg/day or sertraline 100 mg/day for "
        "12 weeks.\nResults: Remission was similar in both groups.",
    ),
    # probe: the result said as "more with X than with Y"
    (
        "Low-dose naltrexone or fluoxetine in major depressive disorder",
        "Methods: Sixty adults with major depressive disorder were randomized to naltrexone "
        "3 mg daily or fluoxetine 20 mg daily for 8 weeks.\nResults: Anhedonia improved more "
        "with naltrexone than with fluoxetine (P = 0.03), and nausea was rarer with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), HEAD_TO_HEAD)
def test_a_comparison_with_another_drug_is_not_a_combination(title: str, abstract: str) -> None:
    found = facts(title, abstract, RCT)
    assert found.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


# -- an objective section that opens with the field's background: its first sentences
# speak of antidepressants in general, not of what this study's people take (holdout51
# 54100009: "Purpose/Background: Anhedonia predicts poor response to serotonergic
# antidepressants. We tested whether ...", LDN given with bupropion only)

OPENING_BACKGROUND = [
    "Objective: Anhedonia predicts poor response to serotonergic antidepressants. We tested "
    "whether naltrexone 4.5 mg added to bupropion improves anhedonia in major depressive "
    "disorder.",
    # probe: drugs named in the opening, the aim in "this study"
    "Aims: SSRIs and SNRIs are the first-line treatment of major depression, but many patients "
    "remain anhedonic. This study tested low-dose naltrexone (4.5 mg nightly) added to "
    "bupropion in major depressive disorder.",
    # probe: a statement of mechanism, then "our aim"
    "Purpose: Serotonergic and noradrenergic agents often blunt reward processing. Our aim was "
    "to test naltrexone 3 mg daily as an add-on to bupropion in major depressive disorder.",
]


@pytest.mark.parametrize("objective", OPENING_BACKGROUND)
def test_the_opening_of_an_objective_section_is_background(objective: str) -> None:
    title = "Low-dose naltrexone added to bupropion for anhedonic depression: a randomized trial"
    abstract = (
        f"{objective}\nMethods: Forty-six adults with major depressive disorder taking "
        "bupropion were randomized to naltrexone or placebo for 10 weeks.\nResults: "
        "Anhedonia improved more with naltrexone (P = 0.04)."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


# -- drugs named in an exclusion criterion are not taken with LDN, however the criterion
# is worded (holdout51 54100018: "Current use of SSRIs, SNRIs, tricyclic antidepressants,
# MAO inhibitors, or mirtazapine is exclusionary"; LDN added to bupropion)

EXCLUDED = [
    "Current use of SSRIs, SNRIs, tricyclic antidepressants, MAO inhibitors, or mirtazapine "
    "is exclusionary, because the trial seeks to isolate the opioid-dopamine interaction.",
    # probe: another verb
    "Treatment with an SSRI, an SNRI or a tricyclic in the four weeks before baseline leads "
    "to exclusion.",
    # probe: who may not take part, said of the people taking the drugs
    "Participants taking an SSRI, an SNRI or a tricyclic cannot enrol.",
    # probe: "grounds for exclusion", a class phrase among the drugs
    "Use of escitalopram, venlafaxine or any other serotonergic agent is grounds for exclusion.",
]


@pytest.mark.parametrize("criterion", EXCLUDED)
def test_drugs_in_an_exclusion_criterion_are_not_taken_with_ldn(criterion: str) -> None:
    title = "Low-dose naltrexone (1.5, 3 and 4.5 mg) added to bupropion in depression: protocol"
    abstract = (
        "One hundred sixty adults with major depressive disorder who are taking bupropion "
        "(300-450 mg/day) will be randomized 1:1:1:1 to naltrexone 1.5 mg, 3 mg, or 4.5 mg, "
        f"or placebo, once daily for 8 weeks. {criterion} The primary outcome is change in "
        "MADRS at week 8."
    )
    assert facts(title, abstract, PROTOCOL).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, abstract, PROTOCOL)


# -- a class phrase naming what is added on top of the antidepressants (the study's own
# interventions) does not characterise the regimen LDN is taken with (holdout51 54100002:
# "a platform trial of repurposed anti-inflammatory and pro-dopaminergic agents as
# adjuncts to antidepressants", everyone continuing an SSRI or SNRI)

ADDED_ON = [
    "REPURPOSE-MDD: protocol for an adaptive platform trial of repurposed anti-inflammatory "
    "and pro-dopaminergic agents as adjuncts to antidepressants in major depressive disorder",
    # probe: "added to" an SSRI
    "Dopaminergic drugs added to an SSRI in major depression: protocol of a multi-arm "
    "platform trial",
    # probe: "as add-on treatment to"
    "Repurposed anti-inflammatory and dopaminergic medications as add-on treatment to "
    "antidepressants: a platform trial protocol",
]


@pytest.mark.parametrize("title", ADDED_ON)
def test_a_class_of_added_agents_is_not_the_regimen_ldn_joins(title: str) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder who have had an inadequate response to "
        "at least 6 weeks of a selective serotonin reuptake inhibitor (SSRI) will continue that "
        "antidepressant and be randomised to one of three active arms - celecoxib 200 mg twice "
        "daily, pramipexole titrated to 1.5 mg/day, or naltrexone 4.5 mg at night - or to a "
        "shared placebo. Up to 600 participants will be recruited."
    )
    assert facts(title, abstract, PROTOCOL).concomitant_classes == ["serotonergic"]


# -- the "to" of "response to an SSRI" completes a word; the arms start at the "to" that
# follows the allocation (holdout50 55100001: "We will randomise 150 adults ... with ... an
# inadequate response to at least 6 weeks of an SSRI or SNRI ..., 1:1 to naltrexone or
# matching placebo added to their unchanged antidepressant": the SSRI is taken by all)

RESPONSE_TO = [
    (
        "We randomised 150 adults with major depressive disorder, a MADRS score of at least "
        "20 and an inadequate response to at least 6 weeks of an SSRI or SNRI at a licensed "
        "dose, 1:1 to naltrexone or matching placebo added to their unchanged antidepressant.",
        ["noradrenergic", "serotonergic"],
    ),
    # probe: a bracket between the noun and its "to"
    (
        "We randomised 90 outpatients with major depression and a partial response (HAMD-17 of "
        "18 or more) to an SNRI or sertraline to naltrexone 3 mg or placebo added to their "
        "antidepressant.",
        ["noradrenergic", "serotonergic"],
    ),
    # probe: "resistant to", then the arms
    (
        "Sixty adults with major depressive disorder were allocated, being resistant to "
        "venlafaxine or duloxetine, to LDN 4.5 mg or identical placebo on top of their "
        "antidepressant.",
        ["noradrenergic", "serotonergic"],
    ),
]


@pytest.mark.parametrize(("methods", "classes"), RESPONSE_TO)
def test_a_drug_after_response_to_is_not_an_arm(methods: str, classes: list[str]) -> None:
    title = "Low-dose naltrexone augmentation in major depressive disorder: a randomised trial"
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone."
    assert sorted(facts(title, abstract, RCT).concomitant_classes) == classes
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"


# -- "who/whom had been prescribed X" tells the study's own people's treatment, not
# earlier work (preprints7 PPR9200015: "We conducted semi-structured interviews with 18
# adults ..., all of whom had been prescribed naltrexone 4.5 mg at night as an add-on to
# an SSRI (n=10), an SNRI (n=5) or mirtazapine (n=3)": the sentence was read as prior
# work, losing its n, its dose and its classes)

WHO_HAD_BEEN = [
    "We conducted semi-structured interviews with 18 adults with treatment-resistant "
    "depression, all of whom had been prescribed naltrexone 4.5 mg at night as an add-on to "
    "an SSRI (n=10) or an SNRI (n=8) for at least three months.",
    # probe: "in whom ... had been combined with"
    "We interviewed 18 adults with major depressive disorder in whom naltrexone 4.5 mg nightly "
    "had been combined with an SSRI (n=10) or an SNRI (n=8).",
    # probe: "each of whom had long been prescribed", the people before the verb
    "Eighteen outpatients with major depression, each of whom had long been prescribed "
    "naltrexone 4.5 mg at night in addition to an SSRI or an SNRI, took part in interviews.",
]


@pytest.mark.parametrize("methods", WHO_HAD_BEEN)
def test_who_had_been_prescribed_describes_the_studys_own_people(methods: str) -> None:
    title = "Experiences of adults taking low-dose naltrexone alongside antidepressants"
    abstract = f"Methods: {methods}\nResults: Four themes were developed."
    found = facts(title, abstract, ("Journal Article",))
    assert found.n == 18
    assert found.ldn_doses_mg == [4.5]
    assert sorted(found.concomitant_classes) == ["noradrenergic", "serotonergic"]
