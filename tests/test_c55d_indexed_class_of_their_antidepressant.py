"""The kind: the study gives the watched drug on top of the participants' own current
antidepressant, which its text never names, and the record's indexing (MeSH headings,
author keywords) names that antidepressant or its class: the class the indexing names is
the co-medication's class (CONTRACT.md: the classes of the antidepressants taken together
with LDN; "a class named without drugs counts"). Kept narrow: the text must say the drug
is added to the people's own antidepressant, must name no co-medication itself (text
wins), and nothing may say they stopped it or took none; a failed class in a keyword, a
comparator, monotherapy, a review and a hedged conclusion give nothing.

Round 55, c55d; the records that showed it: holdout189 20800026 (MeSH "Selective
Serotonin Reuptake Inhibitors", keyword "SSRI augmentation", "added to that
antidepressant") and holdout192 21200028 (MeSH and keyword "fluoxetine", "in addition to
the unchanged antidepressant").
"""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, REVIEW, TRIAL, completed_registration, facts, judge_registration

SSRI_MESH = ["Naltrexone", "Selective Serotonin Reuptake Inhibitors", "Drug Therapy, Combination"]

# (title, abstract, types, mesh, keywords, expected classes)
ADDED: list[tuple[str, str, tuple[str, ...], list[str], list[str], list[str]]] = [
    # the records' own wording
    (
        "Low-dose naltrexone augmentation in treatment-resistant depression: a randomised, "
        "placebo-controlled trial",
        "Objective: To test LDN as an augmentation agent in treatment-resistant depression.\n"
        "Methods: Forty outpatients with treatment-resistant depression (failure of at least "
        "two adequate antidepressant trials) and an inadequate response to their current "
        "antidepressant were randomised to naltrexone 4.5 mg or placebo nightly for 8 weeks, "
        "added to that antidepressant.\n"
        "Results: MADRS decreased by 9.8 vs 6.0 points (p = 0.09).\n"
        "Conclusions: LDN augmentation warrants a larger trial.",
        RCT,
        [*SSRI_MESH, "Depressive Disorder, Treatment-Resistant", "Double-Blind Method"],
        ["low-dose naltrexone", "SSRI augmentation", "treatment-resistant depression"],
        ["serotonergic"],
    ),
    (
        "Low-dose naltrexone oral solution as add-on treatment in adolescents with major "
        "depressive disorder: an open-label pilot study",
        "Objective: To assess the feasibility of low-dose naltrexone augmentation in "
        "adolescents.\n"
        "Methods: Twenty adolescents aged 13-17 years with major depressive disorder and a "
        "partial response to their first-line antidepressant received 3 mL nightly of a "
        "compounded naltrexone oral solution (1 mg/mL) for 8 weeks, in addition to the "
        "unchanged antidepressant.\n"
        "Results: CDRS-R scores fell from 58.2 to 41.5; 18 completed.\n"
        "Conclusions: A controlled trial in adolescents is feasible.",
        TRIAL,
        ["Adolescent", "Depressive Disorder, Major", "Drug Therapy, Combination", "Fluoxetine"],
        ["adolescent depression", "SSRI augmentation", "fluoxetine", "oral solution"],
        ["serotonergic"],
    ),
    # the words in the title only; an SNRI heading
    (
        "Naltrexone 1 mg twice daily added to patients' ongoing antidepressant in persistent "
        "depressive disorder: a randomized trial",
        "Methods: Sixty-two adults with persistent depressive disorder were randomized to "
        "naltrexone 1 mg twice daily or placebo for 10 weeks.\n"
        "Results: Response rates were 41% and 22%.",
        RCT,
        ["Naltrexone", "Serotonin and Noradrenaline Reuptake Inhibitors"],
        [],
        ["serotonergic", "noradrenergic"],
    ),
    # in the opening (objective) sentence; a drug keyword
    (
        "Naltrexone for anhedonia in major depression: an open-label study",
        "Objective: To test whether naltrexone 3 mg daily given on top of the current "
        "antidepressant relieves anhedonia in major depressive disorder.\n"
        "Methods: Fifty-four outpatients with major depressive disorder took naltrexone 3 mg "
        "daily for 6 weeks.\n"
        "Results: SHAPS scores improved by 5.1 points.",
        TRIAL,
        ["Naltrexone", "Anhedonia"],
        ["sertraline", "anhedonia"],
        ["serotonergic"],
    ),
    # in the results
    (
        "Low-dose naltrexone in major depression: an open trial",
        "Methods: Adults with major depressive disorder were enrolled in an open-label trial "
        "of LDN 4.5 mg/day for 12 weeks.\n"
        "Results: Among 48 adults, LDN as an adjunct to their stable antidepressant reduced "
        "HAM-D scores by 7.2 points.",
        TRIAL,
        ["Naltrexone"],
        ["escitalopram", "opioid antagonist"],
        ["serotonergic"],
    ),
    # in the conclusions, with another word order (the antidepressant augmented)
    (
        "Low-dose naltrexone for depression in older adults: a pilot trial",
        "Methods: Thirty adults aged 60 or over with major depression took naltrexone 1.5 mg "
        "at night for 8 weeks.\n"
        "Results: GDS scores fell from 11.0 to 6.4.\n"
        "Conclusions: The participants' existing antidepressant, augmented with naltrexone "
        "1.5 mg, was well tolerated in late life.",
        TRIAL,
        ["Aged", "Naltrexone", "Sertraline"],
        [],
        ["serotonergic"],
    ),
    # an unlabelled abstract, "while remaining on"
    (
        "Naltrexone in postpartum depression: a case series",
        "Twenty-six women with postpartum depression took naltrexone 1.5 mg nightly for 8 "
        "weeks while remaining on their usual antidepressant. EPDS scores fell from 19 to 11.",
        TRIAL,
        ["Depression, Postpartum", "Naltrexone", "Selective Serotonin Reuptake Inhibitors"],
        [],
        ["serotonergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "mesh", "keywords", "classes"), ADDED)
def test_the_indexing_names_the_class_of_the_antidepressant_it_is_added_to(
    title: str,
    abstract: str,
    types: tuple[str, ...],
    mesh: list[str],
    keywords: list[str],
    classes: list[str],
) -> None:
    f = facts(title, abstract, types, mesh_terms=mesh, keywords=keywords)
    assert f.on_topic
    assert f.concomitant_classes == classes


# near misses that must not gain a class: (title, abstract, types, mesh, keywords, classes)
NOT_ADDED: list[tuple[str, str, tuple[str, ...], list[str], list[str], list[str]]] = [
    # LDN against the people's own antidepressant: no add-on, the comparator unnamed
    (
        "Low-dose naltrexone versus continued antidepressant treatment in major depression",
        "Methods: Sixty adults with major depressive disorder were randomized to switch to "
        "naltrexone 4.5 mg or to continue their current antidepressant for 8 weeks.\n"
        "Results: MADRS fell by 8.1 and 7.4 points.",
        RCT,
        SSRI_MESH,
        ["SSRI"],
        [],
    ),
    # LDN against an SSRI named as the comparator
    (
        "Low-dose naltrexone or escitalopram in major depression: a randomized trial",
        "Methods: Seventy adults with major depressive disorder were randomized to naltrexone "
        "4.5 mg or escitalopram 10 mg for 8 weeks.\n"
        "Results: Remission rates were 30% and 34%.",
        RCT,
        SSRI_MESH,
        ["escitalopram"],
        [],
    ),
    # monotherapy after the SSRI failed
    (
        "Low-dose naltrexone monotherapy after antidepressant failure",
        "Methods: Thirty-two adults with major depression whose current antidepressant had "
        "failed stopped it and received naltrexone 4.5 mg as monotherapy for 8 weeks.\n"
        "Results: HAM-D fell by 6 points.",
        TRIAL,
        SSRI_MESH,
        ["SSRI non-response"],
        [],
    ),
    # an SSRI only in the background; the people take none
    (
        "Low-dose naltrexone in unmedicated major depression: a pilot study",
        "Background: SSRIs leave many patients with residual symptoms.\n"
        "Methods: Twenty-eight antidepressant-free adults with major depressive disorder took "
        "naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: MADRS fell by 10 points.",
        TRIAL,
        SSRI_MESH,
        [],
        [],
    ),
    # the text names another drug: the text wins
    (
        "Low-dose naltrexone added to antidepressants in bipolar depression",
        "Methods: Forty adults with major depression received naltrexone 4.5 mg added to their "
        "current antidepressant (bupropion in all) for 8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        TRIAL,
        SSRI_MESH,
        ["SSRI augmentation"],
        ["dopaminergic"],
    ),
    # the add-on only as a hedged generalisation
    (
        "Low-dose naltrexone in major depression: an open-label study",
        "Methods: Thirty adults with major depressive disorder took naltrexone 4.5 mg nightly "
        "for 8 weeks.\n"
        "Results: HAM-D fell by 7 points.\n"
        "Conclusions: LDN may be a useful add-on to patients' current antidepressant.",
        TRIAL,
        SSRI_MESH,
        [],
        [],
    ),
    # a keyword naming only the class the people failed
    (
        "Low-dose naltrexone augmentation in resistant depression",
        "Methods: Thirty-six adults with treatment-resistant depression received naltrexone "
        "4.5 mg nightly added to their current antidepressant for 8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        TRIAL,
        ["Naltrexone", "Depressive Disorder, Treatment-Resistant"],
        ["SSRI-resistant depression", "low-dose naltrexone"],
        [],
    ),
    # indexing that names no class
    (
        "Low-dose naltrexone augmentation in major depression",
        "Methods: Thirty adults with major depression received naltrexone 4.5 mg nightly "
        "added to their current antidepressant for 8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        TRIAL,
        ["Naltrexone", "Antidepressive Agents", "Drug Therapy, Combination"],
        ["augmentation"],
        [],
    ),
    # the add-on named only as future work
    (
        "Low-dose naltrexone alone in major depression: a pilot study",
        "Methods: Twenty-four adults with major depressive disorder took naltrexone 4.5 mg "
        "nightly for 8 weeks.\n"
        "Results: HAM-D fell by 5 points.\n"
        "Conclusions: Future trials should test naltrexone added to patients' current "
        "antidepressant.",
        TRIAL,
        SSRI_MESH,
        [],
        [],
    ),
    # the people's antidepressant stopped before the drug
    (
        "Low-dose naltrexone after antidepressant discontinuation",
        "Methods: Thirty adults with major depressive disorder had their current "
        "antidepressant tapered and stopped over two weeks; naltrexone 4.5 mg nightly was "
        "then given for 8 weeks.\n"
        "Results: HAM-D fell by 5 points.",
        TRIAL,
        SSRI_MESH,
        ["SSRI"],
        [],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "mesh", "keywords", "classes"), NOT_ADDED)
def test_near_misses_gain_no_class_from_the_indexing(
    title: str,
    abstract: str,
    types: tuple[str, ...],
    mesh: list[str],
    keywords: list[str],
    classes: list[str],
) -> None:
    f = facts(title, abstract, types, mesh_terms=mesh, keywords=keywords)
    assert f.concomitant_classes == classes


def test_a_review_takes_no_class_from_its_indexing() -> None:
    f = facts(
        "Low-dose naltrexone augmentation of antidepressants: a narrative review",
        "We reviewed trials in which naltrexone 4.5 mg was added to patients' current "
        "antidepressant in major depression.",
        REVIEW,
        mesh_terms=SSRI_MESH,
        keywords=["SSRI augmentation"],
    )
    assert f.concomitant_classes == []


def _registration(keywords: list[str]) -> dict[str, Any]:
    study = completed_registration(
        nct="NCT09555001",
        official_title="Low-Dose Naltrexone Augmentation in Major Depressive Disorder",
        summary="This trial tests low-dose naltrexone in adults with major depressive disorder.",
        criteria="Inclusion Criteria:\n* Major depressive disorder\n* Age 18-65",
        enrolled=64,
        drug_arm=(
            "Naltrexone",
            "Naltrexone 4.5 mg nightly for 8 weeks, added to the participant's current "
            "antidepressant.",
        ),
        placebo_text="Placebo nightly for 8 weeks, added to the participant's current "
        "antidepressant.",
    )
    study["protocolSection"]["conditionsModule"]["keywords"] = keywords
    return study


def test_a_registration_arm_and_its_keywords() -> None:
    f, _ = judge_registration(_registration(["SSRI augmentation", "low-dose naltrexone"]))
    assert f.concomitant_classes == ["serotonergic"]
    f, _ = judge_registration(_registration(["low-dose naltrexone"]))
    assert f.concomitant_classes == []


def test_the_kind_word_as_an_adjective_is_no_add_on() -> None:
    f = facts(
        "Low-dose naltrexone and exercise in major depression: an open-label study",
        "Methods: Thirty adults with major depressive disorder took naltrexone 4.5 mg nightly "
        "for 8 weeks to test whether it augments the antidepressant effect of exercise.\n"
        "Results: HAM-D fell by 6 points.",
        TRIAL,
        mesh_terms=SSRI_MESH,
        keywords=["SSRI"],
    )
    assert f.concomitant_classes == []
