"""What is taken with LDN, round 14 (holdout48/49 and registry8, once opened).

CONTRACT.md: only antidepressants taken together with LDN count. A drug begun once the
treatment was over, one washed out before entry (in a study that says nobody took one),
and one a registry only plans to record are taken with nobody's LDN.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts

# -- begun in the time after the treatment ended, said as the sentence's opening frame
# (holdout48 57100015: "After the end of the eight-week treatment phase, when study
# medication had stopped, nine women (naltrexone 3, placebo 6) began an SSRI")

FOLLOW_UP = "Twelve-month outcomes after low-dose naltrexone for postpartum depression"


@pytest.mark.parametrize(
    "results",
    [
        "After the end of the eight-week treatment phase, when study medication had stopped, "
        "nine women (naltrexone 3, placebo 6) began an SSRI prescribed by their own doctor.",
        # probes: other frames, other drugs, other verbs
        "Following completion of the 12-week trial, 14 participants started sertraline.",
        "Once the study drug was discontinued at week 8, several patients were prescribed "
        "escitalopram by their GP.",
        "Upon termination of the double-blind phase, 11 of 60 (LDN 5, placebo 6) initiated "
        "venlafaxine.",
    ],
)
def test_an_antidepressant_begun_after_the_treatment_ended_is_not_taken_with_ldn(
    results: str,
) -> None:
    abstract = (
        "Methods: Sixty women with postpartum depression were randomised to naltrexone "
        f"2.5 mg/day or placebo for eight weeks.\nResults: {results} EPDS scores stayed lower."
    )
    assert facts(FOLLOW_UP, abstract, RCT).concomitant_classes == []


def test_an_antidepressant_begun_with_ldn_after_the_blinded_phase_still_counts() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo for eight weeks.\nResults: After the end of the double-blind "
        "phase, all participants started LDN plus sertraline for 12 weeks."
    )
    assert facts(FOLLOW_UP, abstract, RCT).concomitant_classes == ["serotonergic"]


# -- "took no antidepressants", and a washout "completed" before entry (holdout49
# 56100009: "Participants took no antidepressants during the trial; two who had been
# taking sertraline completed a four-week washout before entry")

DYSTHYMIA = "Low-dose naltrexone 1.5 mg vs 4.5 mg in dysthymia: a crossover trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Participants took no antidepressants during the trial; two who had been taking "
        "sertraline completed a four-week washout before entry.",
        # probes
        "Patients received no concomitant antidepressant; three previously on escitalopram "
        "went through a two-week washout.",
        "Subjects used no other antidepressant. Four on duloxetine underwent a washout of "
        "14 days before baseline.",
    ],
)
def test_a_study_without_antidepressants_names_only_washed_out_ones(methods: str) -> None:
    abstract = (
        "Methods: 22 adults with persistent depressive disorder were randomised to "
        f"naltrexone 1.5 mg, 4.5 mg and placebo in three periods. {methods}\n"
        "Results: HAM-D17 fell most on 4.5 mg."
    )
    assert facts(DYSTHYMIA, abstract, ("Congress",)).concomitant_classes == []


# -- what a study will record is no drug taken (registry8 NCT09200019: "Concomitant
# antidepressants (e.g. SSRIs, SNRIs, bupropion) are recorded as they occur")

REGISTRY = "A registry of patients prescribed low-dose naltrexone for depression"


@pytest.mark.parametrize(
    "plan",
    [
        "Concomitant antidepressants (e.g. SSRIs, SNRIs, bupropion) are recorded as they occur.",
        # probes
        "Use of sertraline, escitalopram or venlafaxine will be documented at each visit.",
        "Antidepressant prescriptions, such as SSRIs or mirtazapine, are to be captured "
        "from pharmacy records.",
    ],
)
def test_drugs_a_study_plans_to_record_are_not_co_medication(plan: str) -> None:
    abstract = (
        "Adults prescribed LDN 0.5 to 4.5 mg/day for a depressive disorder join a registry "
        f"recording the PHQ-9 every three months. {plan}"
    )
    assert facts(REGISTRY, abstract, JOURNAL).concomitant_classes == []


def test_drugs_recorded_as_taken_by_people_still_count() -> None:
    abstract = (
        "Methods: We reviewed 212 adults with major depression prescribed LDN 4.5 mg. "
        "Concomitant SSRIs were recorded in 40% of patients.\nResults: PHQ-9 fell."
    )
    assert facts(REGISTRY, abstract, TRIAL).concomitant_classes == ["serotonergic"]
