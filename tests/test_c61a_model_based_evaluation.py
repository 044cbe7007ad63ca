"""The kind: a model-based evaluation (a cost-effectiveness or other decision model fed
with a trial's published results) has no participants of its own: design ``other``, no
``n``, no gap, however it names itself (title subtitle, opening sentence, methods, an
unlabelled abstract, a preprint); the trial whose figures it borrows ("efficacy inputs were
taken from the X trial (124 participants)") is not its own. A within-trial economic
analysis of one trial's own people stays that trial's report, and a trial analysing its
outcomes with a mixed model is still a trial. Round 61, c61a; the record that showed it:
holdout214 23900040 ("Cost-effectiveness of low-dose naltrexone augmentation in major
depressive disorder: a model-based analysis using DAWN-LDN trial data"; false
larger-trials)."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps, judge_preprint, preprint

INPUTS = (
    "Efficacy inputs were taken from the DAWN-LDN trial (124 participants). LDN augmentation "
    "cost GBP 4,120 per QALY gained."
)
MODELS = [
    # the record's wording
    (
        "Cost-effectiveness of low-dose naltrexone augmentation in major depressive disorder: "
        "a model-based analysis using DAWN-LDN trial data",
        "A Markov model with 4-week cycles compared adding compounded naltrexone 4.5 mg to an "
        "SSRI or SNRI versus continuing the antidepressant alone, from the UK NHS perspective "
        "over 2 years. " + INPUTS,
    ),
    (
        "Low-dose naltrexone added to SSRIs for major depression: a model-based evaluation",
        "Adding naltrexone 4.5 mg to an SSRI was compared with the SSRI alone. " + INPUTS,
    ),
    (
        "Low-dose naltrexone augmentation in major depressive disorder",
        "Objective: This model-based analysis estimated the value of adding naltrexone 4.5 mg "
        "to sertraline.\nMethods: " + INPUTS + "\nConclusions: LDN is likely cost-effective.",
    ),
    (
        "Low-dose naltrexone augmentation in major depressive disorder",
        "We performed a model-based cost-utility analysis of naltrexone 4.5 mg added to an "
        "SSRI in adults with major depressive disorder. " + INPUTS,
    ),
]


@pytest.mark.parametrize(("title", "abstract"), MODELS)
def test_model_has_no_participants(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "other" and f.n is None
    assert gaps(title, abstract, JOURNAL) == {}


def test_in_a_preprint() -> None:
    f, found = judge_preprint(preprint(*MODELS[0]))
    assert f.design == "other" and found == {}


def test_within_trial_analysis_stays_the_trials() -> None:
    f = facts(
        "Cost-effectiveness of low-dose naltrexone augmentation: a within-trial economic "
        "evaluation of a randomized trial",
        "Costs and QALYs were collected in the randomized trial of naltrexone 4.5 mg versus "
        "placebo added to SSRIs in 124 adults with major depressive disorder; a model-based "
        "extrapolation followed.",
        RCT,
    )
    assert f.design == "rct"


def test_trial_with_a_mixed_model_stays_a_trial() -> None:
    f = facts(
        "Low-dose naltrexone for major depressive disorder: a randomized trial",
        "Methods: 124 adults with major depressive disorder were randomized to naltrexone 4.5 "
        "mg or placebo; MADRS change was compared in a mixed-model-based analysis.\nResults: "
        "MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.design == "rct" and gaps(
        "Low-dose naltrexone for major depressive disorder: a randomized trial",
        "Methods: 124 adults with major depressive disorder were randomized to naltrexone 4.5 "
        "mg or placebo.\nResults: MADRS fell more with naltrexone.",
        RCT,
    ) == {"larger-trials": "addressed"}
