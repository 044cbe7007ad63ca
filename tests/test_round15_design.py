"""Round 15 (design, population and n), from holdout50-52 and preprints7 once opened.
Each test failed on the code before its fix; the probes say the same kind of thing in
other words, so that the rule is not tied to the wording the sets showed."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

# -- a trial emulated on records is an observational study (holdout52 53100009): the
# randomised trial it emulates is hypothetical, so its "randomized", "intention-to-treat"
# and "trial" describe a design it imitates, not one it ran

EMULATED = [
    (
        "Low-dose naltrexone in veterans with major depression: a target trial emulation",
        "Design: This cohort study emulated a hypothetical pragmatic randomized trial using "
        "national electronic health records. Eligible veterans had major depressive disorder "
        "and at least 8 weeks of SSRI or SNRI treatment; the emulated trial included 4210 "
        "veterans (842 initiators and 3368 matched noninitiators).\nExposure: naltrexone 1.5 "
        "to 4.5 mg/d.\nResults: LDN initiation was associated with a greater PHQ-9 reduction.",
        4210,
    ),
    # a probe: the trial "mimicked" with a nation's prescription data, said as a plan
    (
        "Naltrexone at low dose added to SSRIs and relapse of depression",
        "Methods: Using nationwide data, we mimicked a randomised controlled trial of "
        "low-dose naltrexone (4.5 mg daily) added to an SSRI in adults with major depressive "
        "disorder; 2,316 adults were eligible, of whom 512 started naltrexone.\nResults: "
        "Starting naltrexone was associated with fewer relapses (hazard ratio 0.81, 95% CI "
        "0.70 to 0.93).",
        None,
    ),
    # a probe: the target trial specified and then emulated, no word "cohort" or "records"
    (
        "Low-dose naltrexone augmentation of sertraline in major depressive disorder",
        "Methods: We specified the protocol of a target trial of naltrexone 3 mg/day versus "
        "no augmentation in adults with major depressive disorder on sertraline, and emulated "
        "it with data from 61 general practices (1,904 eligible patients). Intention-to-treat "
        "and per-protocol effects were estimated with inverse probability weighting.\nResults: Depression scores fell more after starting "
        "naltrexone (difference 1.4 points).",
        None,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), EMULATED)
def test_an_emulated_trial_is_observational_and_closes_no_gap(
    title: str, abstract: str, n: int | None
) -> None:
    got = facts(title, abstract, JOURNAL)
    assert got.design == "observational"
    if n is not None:
        assert got.n == n
    assert gaps(title, abstract, JOURNAL) == {}


def test_a_randomised_trial_that_names_an_emulation_stays_a_trial() -> None:
    # the emulation is earlier work the trial was planned on; the trial randomised people
    abstract = (
        "Background: A target trial emulation on health records suggested benefit.\n"
        "Methods: We randomised 120 adults with major depressive disorder taking an SSRI to "
        "naltrexone 4.5 mg/day or placebo for 12 weeks.\nResults: Scores fell more with "
        "naltrexone (p = 0.02)."
    )
    got = facts("Low-dose naltrexone added to SSRIs: a randomised trial", abstract, JOURNAL)
    assert got.design == "rct"
    assert got.n == 120
