"""Who takes what, and with what (round 8, "co-medication").

Every record here is written for this test, one kind of sentence per case; none is taken
from a labelled set. Near misses keep their old verdict, so that a rule, not a phrase, is
what passes.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, facts, gaps

SERO = "serotonergic-combination"


# ------------------------------------------- "to compare X with Y": Y is the other arm
_COMPARED = (
    "Objective: To compare naltrexone 3 mg with escitalopram as initial treatment for "
    "major depressive disorder.\n"
    "Methods: Eighty outpatients with major depressive disorder (MADRS >= 22) were randomized "
    "to naltrexone 3 mg nightly or escitalopram 10 mg daily for 8 weeks.\n"
    "Results: MADRS fell by 9.8 and 11.2 points."
)


def test_the_drug_compared_with_the_watched_one_is_a_comparator() -> None:
    """ "To compare X with Y" pairs the two sides of a comparison; the "with" does not
    put Y into X's regimen (CONTRACT.md: a comparator arm does not count)."""
    title = "Naltrexone or escitalopram for depression"
    f = facts(title, _COMPARED, RCT)
    assert f.concomitant_classes == []
    assert SERO not in gaps(title, _COMPARED, RCT)


def test_near_miss_a_regimen_compared_with_another_keeps_its_co_medication() -> None:
    """ "To compare X plus Y with Y alone": Y is in both arms, so it is taken with X."""
    title = "Naltrexone added to escitalopram for depression"
    abstract = (
        "Objective: To compare naltrexone 3 mg plus escitalopram with escitalopram alone in "
        "major depressive disorder.\n"
        "Methods: Eighty outpatients with major depressive disorder (MADRS >= 22) taking "
        "escitalopram were randomized to naltrexone 3 mg or placebo for 8 weeks.\n"
        "Results: MADRS fell by 9.8 and 6.2 points."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


# ------------------------------------------ begun when the trial was over: not taken with it
def test_an_antidepressant_offered_at_the_close_of_the_study_is_not_taken_with_the_drug() -> None:
    title = "Naltrexone 2 mg for depressive symptoms after stroke: a randomized trial"
    abstract = (
        "Methods: Sixty stroke survivors with a PHQ-9 of 10 or more were randomized to "
        "naltrexone 2 mg or placebo for 10 weeks. Antidepressants were not allowed during "
        "the study. At the close of the study, every participant was offered vortioxetine by "
        "their family doctor.\n"
        "Results: PHQ-9 fell by 4.9 versus 2.6 points."
    )
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == []
    assert SERO not in gaps(title, abstract, RCT)


# ------------------------------------- the whole sample stopped it before the watched drug
_SWITCH_TITLE = "Switching from SNRIs to low-dose naltrexone in depression: an open pilot"


def _switch(stopped: str) -> str:
    return (
        "Methods: Fifty-five adults with major depressive disorder (HAM-D >= 18) who had "
        "sexual side effects attributed to an SNRI were enrolled. "
        f"{stopped} Naltrexone was then given at 2 mg nightly for 10 weeks.\n"
        "Results: HAM-D fell from 21 to 13. Eight participants resumed an SNRI after the trial."
    )


def test_a_drug_the_sample_stopped_is_not_taken_with_the_watched_one() -> None:
    """Named first as what people came in on, then "was discontinued" for all of them:
    replaced, not combined; and taking it up again after the trial is not combining."""
    abstract = _switch("The SNRI was discontinued over three weeks.")
    f = facts(_SWITCH_TITLE, abstract, TRIAL)
    assert f.concomitant_classes == []
    assert SERO not in gaps(_SWITCH_TITLE, abstract, TRIAL)


def test_near_miss_a_drug_stopped_in_a_few_is_still_taken_by_the_rest() -> None:
    title = "Low-dose naltrexone in depression with sexual side effects: an open pilot"
    abstract = _switch(
        "The SNRI was discontinued in four participants because of nausea; the others kept it."
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


# ------------------------------------------ "had not remitted after trials of": history
def test_drugs_the_patient_had_not_remitted_on_are_history() -> None:
    title = "Low-dose naltrexone added to bupropion: a case report"
    abstract = (
        "A 61-year-old woman with recurrent major depression had not remitted after adequate "
        "courses of sertraline, duloxetine and lithium. While on bupropion 300 mg/day, "
        "naltrexone 2 mg at night was added, and her HAM-D fell from 24 to 9."
    )
    f = facts(title, abstract, CASE)
    assert f.concomitant_antidepressants == ["bupropion"]
    assert f.concomitant_classes == ["dopaminergic"]


# -------------------------------- "the rest were antidepressant-free" is part of the sample
def test_a_drug_free_remainder_does_not_void_the_drug_the_others_took() -> None:
    title = "Open-label low-dose naltrexone in chronic depression"
    abstract = (
        "Methods: Thirty adults with persistent depressive disorder (HAM-D >= 14) received "
        "naltrexone 3 mg nightly for 12 weeks. Patients on a stable SNRI kept taking it; the "
        "rest were antidepressant-free.\n"
        "Results: 14 continued venlafaxine or duloxetine. HAM-D fell from 19 to 12."
    )
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(title, abstract, TRIAL)[SERO] == "addressed"


def test_near_miss_a_drug_free_sample_still_sets_aside_its_history() -> None:
    title = "Open-label low-dose naltrexone in chronic depression"
    abstract = (
        "Methods: Thirty adults with persistent depressive disorder (HAM-D >= 14) who were "
        "antidepressant-free received naltrexone 3 mg nightly for 12 weeks. Most had "
        "earlier tried fluoxetine.\n"
        "Results: HAM-D fell from 19 to 12."
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == []


# ------------------------------------ a drug the study adds later, taken with the watched one
def test_a_drug_added_for_non_responders_is_taken_with_the_watched_one() -> None:
    """People who came in taking none, with the antidepressant added by the study while
    the watched drug continued: they took the two together."""
    title = "Naltrexone first, then citalopram: a sequential open study in depression"
    abstract = (
        "Methods: Forty antidepressant-naive adults with major depressive disorder (MADRS "
        ">= 20) took naltrexone 4 mg at night. Those still depressed at week 6 had citalopram "
        "20 mg added while naltrexone continued to week 12.\n"
        "Results: MADRS fell from 28 to 14."
    )
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, abstract, TRIAL)[SERO] == "addressed"


# --------------------- the title of a subgroup analysis of a trial in another condition
@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone for patients with multiple sclerosis and depression: a post hoc "
        "analysis of a randomized trial",
        "Low-dose naltrexone for depression in multiple sclerosis: a post hoc analysis of a "
        "randomized trial",
    ],
)
def test_the_subgroup_a_derived_report_forms_is_not_a_depressed_population(title: str) -> None:
    """ "Those with a score of 14 or more formed the depressed subgroup" is a cut the
    analysis made inside an MS trial; neither that sentence nor a title naming both
    conditions says the parent selected people for depression (CONTRACT.md)."""
    abstract = (
        "Methods: Post hoc analysis of a randomized trial of naltrexone 4.5 mg versus "
        "placebo in multiple sclerosis. Participants with a BDI-II of 14 or more formed the "
        "depressed subgroup.\n"
        "Results: 52 of the 110 participants had a BDI-II of 14 or more; 21 of them took "
        "escitalopram for depression. BDI-II fell by 5.0 versus 1.2 points."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.depression_population is False
    assert gaps(title, abstract, JOURNAL) == {}


# ---------------------------------- a dose beside a drug named only as a point of reference
def test_a_low_dose_written_beside_a_reference_drug_is_not_given() -> None:
    title = "Naltrexone 100 mg and the mood effects of electroconvulsive therapy"
    abstract = (
        "Methods: Forty adults with major depression receiving ECT took oral naltrexone "
        "100 mg or placebo before each session, in random order.\n"
        "Results: HAM-D reductions did not differ.\n"
        "Conclusions: Unlike low-dose naltrexone (0.5-4.5 mg), studied as an add-on "
        "antidepressant, the 100 mg dose blocks mu receptors fully."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is False


# ------------------------------- a withdrawn article keeps its facts, and closes no gap
_WITHDRAWN = (
    "WITHDRAWN: Naltrexone 2 mg added to desvenlafaxine in major depression: a randomized trial"
)
_KEPT = (
    "The authors have withdrawn this article because outcome data at one centre could not be "
    "verified.\n"
    "Methods: Ninety adults with major depressive disorder (HAM-D >= 20) on stable "
    "desvenlafaxine were randomized to naltrexone 2 mg nightly or placebo for 8 weeks.\n"
    "Results: HAM-D fell by 10.4 versus 6.9 points."
)


def test_a_withdrawn_article_typed_as_retracted_keeps_its_own_facts() -> None:
    """The "WITHDRAWN:" title of a record typed "Retracted Publication" is the retracted
    article itself, not a notice about another: its trial, size and co-medication stand,
    and being retracted it counts toward no gap (CONTRACT.md)."""
    types = ("Journal Article", "Randomized Controlled Trial", "Retracted Publication")
    f = facts(_WITHDRAWN, _KEPT, types)
    assert f.design == "rct"
    assert f.n == 90
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(_WITHDRAWN, _KEPT, types) == {}


def test_near_miss_a_withdrawal_notice_has_no_facts_of_its_own() -> None:
    """Without the retracted type, a "WITHDRAWN:" title over the reason alone is a notice.

    (Round 28: one still telling its trial, as _KEPT does, is that trial, withdrawn, as
    the same text under any other title already was since round 22; it still closes no
    gap. See test_round28_withdrawn_kept_abstract.py.)"""
    reason_only = _KEPT.split("\n", 1)[0]
    f = facts(_WITHDRAWN, reason_only, JOURNAL)
    assert f.design == "other"
    assert f.concomitant_classes == []
    kept = facts(_WITHDRAWN, _KEPT, JOURNAL)
    assert (kept.retracted, kept.n) == (True, 90)
    assert gaps(_WITHDRAWN, _KEPT, JOURNAL) == {}


# ------------------------- a drug named at a low dose shares the purpose its clause gives
_LOW_TITLE = "Naltrexone 3 mg added to sertraline in major depression: a randomized trial"


def _low(permitted: str) -> str:
    return (
        "Methods: Seventy adults with major depressive disorder (HAM-D >= 18) on stable "
        "sertraline were randomized to naltrexone 3 mg nightly or placebo for 8 weeks. "
        f"{permitted}\n"
        "Results: HAM-D fell by 9.9 versus 6.1 points."
    )


def test_a_class_named_at_a_small_dose_for_sleep_is_not_taken_for_depression() -> None:
    """ "As many with chronic pain use a low dose of a TCA at bedtime, nortriptyline
    10-20 mg for sleep was permitted": the class word and the drug are one low-dose
    hypnotic (CONTRACT.md: the same drug at a low dose for another purpose)."""
    abstract = _low(
        "As many with chronic pain use a low dose of a TCA at bedtime, nortriptyline 10-20 mg "
        "for sleep was permitted."
    )
    assert facts(_LOW_TITLE, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_near_miss_a_low_dose_with_no_other_purpose_is_still_taken() -> None:
    abstract = _low("A low dose of venlafaxine was permitted in eight participants.")
    assert facts(_LOW_TITLE, abstract, RCT).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


def test_near_miss_a_drug_named_at_the_end_of_treatment_is_still_taken() -> None:
    """ "At the end of treatment" in a result is a time point, not a drug begun then."""
    title = "Naltrexone 2 mg as an add-on in major depression: a randomized trial"
    abstract = (
        "Methods: Sixty adults with major depressive disorder (MADRS >= 20) were randomized "
        "to naltrexone 2 mg or placebo for 10 weeks.\n"
        "Results: At the end of treatment, remission rates were 41% with naltrexone plus "
        "vortioxetine and 22% with placebo plus vortioxetine."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]
