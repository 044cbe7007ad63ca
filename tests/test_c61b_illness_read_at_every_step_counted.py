"""A dose escalation that reads the illness at every one of its steps, the steps counted
rather than said with "each" ("MADRS change was ... at the four steps", "response across
all three dose levels", "at both dose levels"), compares its doses: every step is a dose
tested (CONTRACT.md: "for an explicitly dose-finding escalation every step tested"), and
``compares_doses`` holds. A titration that reads only tolerability at its steps, or that
reads the illness once, keeps its target alone.

Round 61, c61b; shown by holdout214 23900024 ("Stepwise dose escalation of low-dose
naltrexone added to escitalopram in treatment-resistant depression: the open-label ESCALATE
study", doses [1.5, 3.0, 4.5, 6.0] read as [6.0], dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

RECORD = (
    "Stepwise dose escalation of low-dose naltrexone added to escitalopram in "
    "treatment-resistant depression: the open-label ESCALATE study",
    "Background: Dose-finding data for naltrexone in depression are lacking.\nMethods: "
    "Outpatients with treatment-resistant depression (at least two failed antidepressant "
    "trials; MADRS >= 20) continued escitalopram and received open-label naltrexone escalated "
    "every two weeks: 1.5 mg, 3 mg, 4.5 mg and then 6 mg daily (NCT06871402).\nResults: Thirty "
    "participants enrolled; 26 reached the 6 mg step. MADRS change from baseline was -3.1, "
    "-5.4, -7.9 and -8.2 at the four steps; insomnia and vivid dreams were dose-related. A "
    "plateau above 4.5 mg was apparent.\nLimitations: No placebo; order effects cannot be "
    "separated from dose effects.\nConclusions: 4.5 mg/day appears to be the upper useful dose "
    "with escitalopram.",
)

PROBES = [
    # results: the steps counted as dose levels
    (
        "Naltrexone added to sertraline in major depressive disorder: an open trial",
        "Methods: Adults with major depressive disorder on sertraline took naltrexone, raised "
        "every three weeks from 1 mg to 2 mg and then to 4 mg daily.\nResults: Twenty-four "
        "enrolled. HAM-D improvement was 2.5, 6.1 and 8.0 points at the three dose levels.",
        [1.0, 2.0, 4.0],
    ),
    # an unlabelled abstract: "across all four steps"
    (
        "Low-dose naltrexone with venlafaxine in treatment-resistant depression",
        "Eighteen adults with treatment-resistant depression on venlafaxine received "
        "naltrexone increased weekly through 0.5 mg, 1 mg and 2 mg to 3 mg daily. Response "
        "rates across all four steps were 10%, 25%, 40% and 42%.",
        [0.5, 1.0, 2.0, 3.0],
    ),
    # methods: the outcome planned at both levels
    (
        "Naltrexone augmentation of fluoxetine in major depression: an open-label study",
        "Methods: Patients with major depressive disorder on fluoxetine took naltrexone 2 mg "
        "daily for four weeks, then 4.5 mg daily for four weeks. The primary outcome, change in "
        "MADRS, was read at both dose levels.\nResults: 22 patients enrolled; MADRS fell more "
        "on 4.5 mg.",
        [2.0, 4.5],
    ),
]


def test_the_record() -> None:
    f = facts(*RECORD, TRIAL)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5, 6.0]
    assert f.compares_doses


@pytest.mark.parametrize("title,abstract,doses", PROBES)
def test_probes(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # tolerability at the steps is the titration's care
        "Methods: Adults with major depressive disorder on citalopram took naltrexone titrated "
        "from 1.5 mg to 4.5 mg over two weeks; side effects were checked at all three steps.\n"
        "Results: 30 enrolled. MADRS change at week 8 was -9.1.",
        # a reading across levels of something else than dose
        "Methods: Adults with major depressive disorder on citalopram took naltrexone titrated "
        "from 1.5 mg to 4.5 mg over two weeks.\nResults: 30 enrolled. MADRS change at week 8 "
        "was -9.1 and similar at both sites.",
        # one step named by its dose is not a count of steps (holdout57 48100021, at the
        # merge of round 62: "the 3 mg step" had read as "the three steps")
        "Methods: Outpatients with major depressive disorder on vortioxetine took naltrexone "
        "titrated in fixed weekly steps - 1.5 mg in week 1, 3 mg in week 2 and 4.5 mg from week "
        "3 onwards.\nResults: 30 enrolled. Improvement was already apparent at the 3 mg step.",
        "Methods: Adults with major depression on sertraline took naltrexone titrated to 4.5 mg."
        "\nResults: MADRS scores had fallen at the 2 mg step and fell further at 4.5 mg.",
    ],
)
def test_a_titration_keeps_its_target(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to citalopram in major depression", abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
