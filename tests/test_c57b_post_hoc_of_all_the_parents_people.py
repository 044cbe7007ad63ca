"""Kind: a post hoc analysis of all of its parent trial's people (the trial told in the
background with as many people as the report analyses as "all" of them) takes the parent's
dose; and where the study sorts its people into groups by the antidepressant they go on
taking ("grouped by the antidepressant they continued", "stratified by background
antidepressant"), "the bupropion group" is a group of those people, not an arm given
bupropion instead: its drug is taken with LDN.

Round 57, c57b; the record that showed it: holdout200 22400008 ("Does the background
antidepressant matter? Post-hoc analysis of an adjunctive low-dose naltrexone trial": doses
[] instead of [4.5], classes [serotonergic] without dopaminergic).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Does the background antidepressant matter? Post-hoc analysis of an adjunctive low-dose "
    "naltrexone trial"
)
RECORD = (
    "Background: In a 96-patient randomised trial, adjunctive naltrexone 4.5 mg improved "
    "depression more than placebo. Whether the effect depends on the concurrent antidepressant "
    "is unknown.\n"
    "Methods: Post-hoc analysis of all 96 randomised participants, grouped by the antidepressant "
    "they continued during the trial: an SSRI (sertraline, escitalopram, fluoxetine; n = 58) or "
    "bupropion (n = 38). Mixed models tested the treatment-by-class interaction.\n"
    "Results: The LDN-placebo difference in MADRS was -4.4 in the SSRI group and -3.1 in the "
    "bupropion group (interaction p = 0.61).\n"
    "Conclusions: LDN appears to work with serotonergic as well as dopaminergic antidepressants.\n"
    "Trial registration: NCT05977314."
)


MESH = ["Depressive Disorder, Major", "Naltrexone", "Serotonin Uptake Inhibitors", "Bupropion"]


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT, mesh_terms=MESH)
    assert f.n == 96
    assert f.ldn_doses_mg == [4.5]
    assert set(f.concomitant_classes) == {"serotonergic", "dopaminergic"}


T = "Background antidepressant and response to low-dose naltrexone: a secondary analysis"


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (
            "Methods: Secondary analysis of a randomised trial of naltrexone 2 mg versus placebo "
            "in major depression, with participants stratified by background antidepressant "
            "class.\nResults: Naltrexone beat placebo by 3.0 MADRS points in the venlafaxine "
            "group and by 2.2 points in the bupropion group.",
            {"serotonergic", "noradrenergic", "dopaminergic"},
        ),
        (
            "Participants of a randomised trial of naltrexone 3 mg or placebo were divided "
            "according to their concurrent antidepressant. The response rate with naltrexone "
            "was 41% in the bupropion group and 38% in the escitalopram group.",
            {"serotonergic", "dopaminergic"},
        ),
        (
            "Methods: Post-hoc analysis of a randomised trial of naltrexone 4.5 mg or placebo; "
            "patients were grouped by the antidepressant they were taking at entry.\nResults: "
            "The drug-placebo difference was similar in the mirtazapine group and in the "
            "bupropion group.",
            {"serotonergic", "noradrenergic", "dopaminergic"},
        ),
    ],
)
def test_groups_by_their_drug_are_people(abstract: str, classes: set[str]) -> None:
    assert set(facts(T, abstract, RCT).concomitant_classes) == classes


def test_a_comparator_arm_stays_one() -> None:
    # no grouping by the people's drug: "the escitalopram group" is an arm given it instead
    abstract = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "escitalopram 10 mg for 8 weeks, stratified by site.\nResults: MADRS fell by 11 points "
        "in the naltrexone group and by 12 points in the escitalopram group."
    )
    f = facts("Low-dose naltrexone versus escitalopram: a randomised trial", abstract, RCT)
    assert "serotonergic" not in f.concomitant_classes
    assert "serotonergic-combination" not in gaps("LDN vs escitalopram", abstract, RCT)
    # sorted by something else than their drug
    other = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "sertraline 50 mg; results were grouped by sex.\nResults: MADRS fell alike in the "
        "naltrexone group and in the sertraline group."
    )
    assert "serotonergic" not in facts("LDN versus sertraline", other, RCT).concomitant_classes


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Background: In a randomised trial of 120 adults with depression, naltrexone 1 mg "
            "twice daily added to antidepressants reduced anhedonia.\nMethods: This exploratory "
            "analysis of all 120 participants examined sleep outcomes.\nResults: Sleep improved "
            "with naltrexone.",
            [2.0],
        ),
        (
            "Background: In a seventy-two-patient placebo-controlled trial, naltrexone 3 mg "
            "helped in bipolar depression. Its effect on cognition is unknown.\nMethods: "
            "Post hoc analysis of all seventy-two patients randomised.\nResults: Cognition "
            "did not change.",
            [3.0],
        ),
        # not the same people: another trial's dose stays out
        (
            "Background: In a 240-patient randomised trial, naltrexone 4.5 mg improved "
            "depression.\nMethods: Post hoc analysis of all 96 participants of our pilot, "
            "who took naltrexone as prescribed.\nResults: Cognition did not change.",
            [],
        ),
    ],
)
def test_post_hoc_of_all_takes_the_parents_dose(abstract: str, doses: list[float]) -> None:
    title = "Low-dose naltrexone in depression: a post hoc analysis of a randomised trial"
    assert facts(title, abstract, RCT).ldn_doses_mg == doses


def test_not_derived_takes_no_background_dose() -> None:
    abstract = (
        "Background: In a 96-patient randomised trial, naltrexone 4.5 mg improved depression.\n"
        "Methods: We randomised all 96 patients of our clinic with major depression to "
        "naltrexone 1 mg or placebo.\nResults: MADRS fell more with naltrexone."
    )
    assert facts("Low-dose naltrexone: a randomised trial", abstract, RCT).ldn_doses_mg == [1.0]
