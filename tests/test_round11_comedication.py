"""Who takes what, and when (round 11, "co-medication and on-topic").

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Near misses keep their old verdict, so that a rule, not a phrase, is
what passes.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from test_registry_facts import _assessed, _study
from written import TRIAL, facts, gaps

from ldn_watch.assess import default_rules, judge

SERO = "serotonergic-combination"


# ------------------------------- begun once the watched drug was stopped: not taken with it
_OPEN = (
    "Methods: Thirty adults with major depressive disorder (HAM-D >= 18) took naltrexone "
    "2 mg each morning for 12 weeks.\n"
    "Results: HAM-D fell from 21.4 to 12.2. {later}"
)


@pytest.mark.parametrize(
    "later",
    [
        "Three patients without benefit came off naltrexone at week 8 and then began escitalopram.",
        "Two participants discontinued naltrexone because of insomnia and were later "
        "prescribed duloxetine.",
        "In four, naltrexone was withdrawn at week 6 because of headache and they were "
        "subsequently given citalopram.",
        "Venlafaxine was prescribed to two participants after naltrexone had been stopped.",
    ],
)
def test_an_antidepressant_begun_after_the_drug_was_stopped_is_not_taken_with_it(
    later: str,
) -> None:
    """What replaces the watched drug follows it; it is not taken together with it
    (CONTRACT.md: classes of the antidepressants taken together with LDN)."""
    title = "Naltrexone 2 mg in depression: an open-label trial"
    abstract = _OPEN.format(later=later)
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == []
    assert SERO not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    "kept",
    [
        # the watched drug stopped, the antidepressant kept: it was taken with it
        "Three patients stopped naltrexone because of vivid dreams and continued "
        "escitalopram alone.",
        "Escitalopram was continued unchanged after naltrexone was stopped in three.",
    ],
)
def test_near_miss_an_antidepressant_kept_on_when_the_drug_stopped_still_counts(kept: str) -> None:
    title = "Naltrexone 2 mg added to escitalopram: an open-label trial"
    abstract = (
        "Methods: Thirty adults with major depressive disorder (HAM-D >= 18) on a stable "
        "dose of escitalopram took naltrexone 2 mg each morning for 12 weeks.\n"
        f"Results: HAM-D fell from 21.4 to 12.2. {kept}"
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]


# --------------------------------- a study that says nobody takes an antidepressant with it
@pytest.mark.parametrize(
    "said",
    [
        "Adults with major depressive disorder who are not taking antidepressants will be "
        "randomized to naltrexone 3 mg or placebo.",
        "Adults with major depressive disorder will be randomized to naltrexone 3 mg or "
        "placebo. No antidepressant is given during the trial.",
    ],
)
def test_a_protocol_saying_no_antidepressant_is_taken_lists_no_class(said: str) -> None:
    """A drug named elsewhere (what some had taken before) is not co-medication when the
    study says, in a protocol's present tense, that none is taken alongside."""
    title = "Naltrexone 3 mg versus placebo in major depression: protocol of a randomized trial"
    abstract = (
        f"Methods: {said} Participants whose last episode was treated with vortioxetine "
        "are eligible. The primary outcome is the MADRS at week 8."
    )
    f = facts(title, abstract, ("Clinical Trial Protocol",))
    assert f.concomitant_classes == []
    assert SERO not in gaps(title, abstract, ("Clinical Trial Protocol",))


def test_near_miss_a_mixed_sample_with_and_without_an_antidepressant_keeps_it() -> None:
    title = "Naltrexone 3 mg versus placebo in major depression: protocol of a randomized trial"
    abstract = (
        "Methods: Adults with major depressive disorder who are not taking an antidepressant "
        "or are on a stable dose of vortioxetine will be randomized to naltrexone 3 mg or "
        "placebo. The primary outcome is the MADRS at week 8."
    )
    f = facts(title, abstract, ("Clinical Trial Protocol",))
    assert f.concomitant_classes == ["serotonergic"]


# ------------------------- a drug named only for its own washout period was stopped, too
def _registration(criterion: str) -> dict[str, Any]:
    """The invented registration rewritten as naltrexone alone against placebo, with one
    inclusion criterion of the test's."""
    study = copy.deepcopy(_study("NCT99900001"))
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = (
        "Naltrexone 2 mg Versus Placebo in Adults With Major Depressive Disorder"
    )
    ps["descriptionModule"]["briefSummary"] = (
        "Adults with major depressive disorder receive naltrexone 2 mg or placebo nightly "
        "for 8 weeks."
    )
    ps["descriptionModule"].pop("detailedDescription", None)
    ps["eligibilityModule"]["eligibilityCriteria"] = (
        "Inclusion Criteria:\n\n* Adults aged 18 to 65\n* Major depressive disorder (DSM-5), "
        f"MADRS 20 or more\n* {criterion}\n\nExclusion Criteria:\n\n* Pregnancy"
    )
    ps["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": "Naltrexone",
                "type": "EXPERIMENTAL",
                "description": "Naltrexone 2 mg nightly for 8 weeks.",
                "interventionNames": ["Drug: Naltrexone"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "description": "A matching capsule nightly for 8 weeks.",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
        "interventions": [
            {"type": "DRUG", "name": "Naltrexone", "armGroupLabels": ["Naltrexone"]},
            {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["Placebo"]},
        ],
    }
    return study


@pytest.mark.parametrize(
    "criterion",
    [
        "A washout of 14 days or more from antidepressants (five weeks after fluoxetine)",
        "Stopped their antidepressants at least three weeks before baseline (paroxetine: "
        "four weeks)",
    ],
)
def test_a_drug_named_in_a_washout_bracket_is_not_co_medication(criterion: str) -> None:
    """The bracket gives one drug its own washout: it was stopped like the rest."""
    _, f = _assessed(_registration(criterion))
    assert f.concomitant_classes == []
    assert judge(f, default_rules())[SERO] == "no"


def test_near_miss_a_drug_kept_on_in_a_registration_still_counts() -> None:
    _, f = _assessed(
        _registration("On a stable dose of an antidepressant for 8 weeks (paroxetine in most)")
    )
    assert f.concomitant_classes == ["serotonergic"]


# --------------------------------- the condition named only as who was kept out: off-topic
def test_depression_named_only_as_who_was_not_let_in_is_no_mood_outcome() -> None:
    """ "were consequently not enrolled" keeps the condition out of the study like "were
    not enrolled" (CONTRACT.md: mood must be a condition or an outcome of the study)."""
    title = "Naltrexone 3 mg in irritable bowel syndrome: a chart review of 88 patients"
    abstract = (
        "We reviewed the charts of 88 adults with irritable bowel syndrome who took naltrexone "
        "3 mg nightly for 12 weeks at a gastroenterology clinic. Patients with major "
        "depressive disorder were consequently not enrolled in the program. Outcomes were "
        "abdominal pain, stool frequency and quality of life. Pain improved in 55%."
    )
    f = facts(title, abstract, ("Journal Article", "Observational Study"))
    assert f.on_topic is False


def test_near_miss_depression_measured_as_an_outcome_keeps_the_record_on_topic() -> None:
    title = "Naltrexone 3 mg in irritable bowel syndrome: a chart review of 88 patients"
    abstract = (
        "We reviewed the charts of 88 adults with irritable bowel syndrome who took naltrexone "
        "3 mg nightly for 12 weeks at a gastroenterology clinic. Patients with psychosis were "
        "consequently not enrolled in the program. Outcomes were abdominal pain, stool "
        "frequency and depressive symptoms (PHQ-9). Pain improved in 55%."
    )
    assert facts(title, abstract, ("Journal Article", "Observational Study")).on_topic is True
