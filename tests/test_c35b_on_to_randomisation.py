"""Round 35 (c35b): an RCT with an open-label lead-in is the size of its randomised part
(CONTRACT.md "n": randomised, for an RCT). A count that steps on to the randomisation
("46 went on to be randomized") was no candidate unless the lead-in's count was said with
a verb of entering, so the lead-in's larger count stood (a false larger-trials)."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = "Low-dose naltrexone in major depression: a randomised withdrawal trial"


@pytest.mark.parametrize(
    "methods",
    [
        "110 adults with MDD took open-label naltrexone 4.5 mg for 8 weeks; 46 went on to be "
        "randomized to continue naltrexone or switch to placebo.",
        # probes: other steps on, other lead-in verbs
        "A total of 110 outpatients with MDD received open-label naltrexone 4.5 mg; 46 "
        "responders then proceeded to randomisation (naltrexone or placebo).",
        "110 adults with major depression were treated with LDN 4.5 mg openly for 8 weeks, and "
        "46 (those in remission) progressed to the randomised phase of LDN or placebo.",
    ],
)
def test_the_randomised_part_after_an_open_lead_in_is_the_sample(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Relapse was less frequent with naltrexone."
    assert facts(TITLE, abstract, RCT).n == 46
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    "dosing",
    [
        "The starting dose will be 1.5 mg, to be raised to 3 mg at week 2.",
        "Dosing begins at 1.5 mg nightly, rising to 3 mg by week 2.",
    ],
)
def test_a_planned_start_raised_for_everyone_lists_the_target(dosing: str) -> None:
    abstract = (
        "Methods: 80 adults with major depressive disorder will be randomised to naltrexone "
        f"or placebo. {dosing}"
    )
    title = "Low-dose naltrexone in major depression: protocol for a randomised trial"
    assert facts(title, abstract, PROTOCOL).ldn_doses_mg == [3.0]
