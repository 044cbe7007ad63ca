"""Dose-finding precision, round 20: a study that gives one dose to all and raises it only
for some compares no doses, whatever dose words its results and conclusions use, and a
clause in which the authors say their data cannot answer the dose question is believed
(preprints12 PPR8700006, then probes in other words and a red-team of near misses)."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

PILOT = "Low-dose naltrexone added to antidepressants in major depressive disorder: a pilot"
RAISE_FOR_SOME = (
    "Methods: Thirty outpatients with MDD on an SSRI received LDN 1.5 mg; non-responders at "
    "week 4 were raised to 4.5 mg."
)


@pytest.mark.parametrize(
    "tail",
    [
        # the record shown (preprints12 PPR8700006), in its own words
        "Results: Eight participants required the increase to 4.5 mg; their week-8 scores "
        "were similar to those who stayed on 1.5 mg.\nConclusions: Because only "
        "non-responders were titrated, these data cannot address the optimal dose; a "
        "randomised comparison is needed.",
        # probes: the same disclaimer said otherwise
        "Results: MADRS fell by 8 points.\nConclusions: Our findings do not allow "
        "conclusions about the optimal dose.",
        "Results: MADRS fell by 8 points.\nConclusions: The uncontrolled titration "
        "precludes any inference about the optimal dose.",
        "Results: MADRS fell by 8 points.\nConclusions: We were unable to identify an "
        "optimal dose, and dose comparisons were not possible.",
        # a dose-finding phrase said of what the results suggest, not of the study
        "Results: Those raised to 4.5 mg did no better than those kept on 1.5 mg, so 1.5 mg "
        "may be the optimal dose.",
    ],
)
def test_a_raise_for_some_with_dose_words_in_its_results_compares_no_doses(tail: str) -> None:
    abstract = f"{RAISE_FOR_SOME}\n{tail}"
    f = facts(PILOT, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(PILOT, abstract, TRIAL)


@pytest.mark.parametrize(
    "methods",
    [
        # a response threshold in other words
        "Twenty-four adults with MDD on sertraline received naltrexone 1.5 mg/day for 4 "
        "weeks, increased to 4.5 mg/day in those with a HAM-D reduction below 30%.",
        "Thirty adults with MDD received LDN 1.5 mg; partial responders at week 4 were "
        "stepped up to 4.5 mg.",
    ],
)
def test_a_threshold_raise_with_a_disclaimer_is_no_comparison(methods: str) -> None:
    abstract = (
        f"Methods: {methods}\nResults: HAM-D improved from 22 to 13. The study was not "
        "designed to compare doses.\nConclusions: No conclusions about the best dose "
        "can be drawn; the optimal dose cannot be settled by these data."
    )
    assert not facts(PILOT, abstract, TRIAL).compares_doses


def test_a_study_presented_as_dose_finding_still_compares_doses() -> None:
    abstract = (
        "Methods: In this dose-finding pilot, 24 outpatients with depression on an SSRI "
        "started LDN 1 mg; non-responders were escalated to 2 mg and then 4 mg, with MADRS "
        "read at each step.\nResults: Most responses occurred at 2 mg."
    )
    assert facts(PILOT, abstract, TRIAL).compares_doses


def test_arms_compared_keep_their_verdict_beside_a_disclaimer() -> None:
    abstract = (
        "Methods: Adults with MDD (n=45) were randomised to fixed LDN doses of 1.5 mg/day "
        "or 3 mg/day or placebo.\nResults: Only the 3 mg arm separated from placebo.\n"
        "Conclusions: The higher dose may be optimal; these data cannot address doses "
        "above 3 mg."
    )
    assert facts(PILOT, abstract, RCT).compares_doses
    assert gaps(PILOT, abstract, RCT)["dose-finding"] == "addressed"
