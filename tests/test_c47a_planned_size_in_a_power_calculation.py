"""A protocol's planned size stated only in its power calculation.

The kind (round 47, c47a): a protocol (or Stage 1 Registered Report) says how many it will
take in only where it calculates its power: "A sample of 64 (32 per arm) gives 90% power to
detect an effect of d = 0.82, the effect reported in a previous open study". The sample may
be named without a noun of people ("a sample of 64"), and the effect it is powered for may be
one an earlier study reported: the calculation is still the study's own plan, so its size is
the protocol's n (CONTRACT.md: n planned for a protocol). A results paper's power calculation
stays its plan, never its n. Shown by preprints45 PPR5400003 ("Does naltrexone at a low dose
restore reward responsiveness in anhedonic depression on vortioxetine? A Stage 1 Registered
Report": n none, larger-trials "in_progress" missed).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Does naltrexone at a low dose restore reward responsiveness in anhedonic depression on "
    "vortioxetine? A Stage 1 Registered Report"
)
RECORD = (
    "Anhedonia often persists when mood improves on antidepressants, and mu-opioid signalling "
    "supports hedonic 'liking' and reward learning. We propose a randomised, double-blind, "
    "placebo-controlled trial in adults with major depressive disorder and prominent anhedonia "
    "(SHAPS ≥ 5) who have taken vortioxetine 10–20 mg daily for at least eight weeks. "
    "Participants will be randomised to naltrexone 2 mg or placebo each morning for six "
    "weeks, keeping vortioxetine unchanged. The primary outcome is the change in response bias "
    "on the probabilistic reward task; anhedonia and depression severity are secondary. A "
    "sample of 64 (32 per arm) gives 90% power to detect an effect of d = 0.82, the effect "
    "reported for reward bias in a previous open study. Hypotheses, sampling plan and analyses "
    "are pre-specified; data collection will begin after in-principle acceptance."
)

PROTOCOL_TITLE = (
    "Low-dose naltrexone added to sertraline in major depression: protocol for a randomised "
    "controlled trial"
)
METHODS = (
    "Methods: Adults with major depressive disorder on sertraline will be randomised to "
    "naltrexone 4.5 mg or placebo for 8 weeks."
)


def test_the_records_planned_size() -> None:
    f = facts(TITLE, RECORD, ("Preprint",))
    assert f.design == "protocol"
    assert f.n == 64
    assert gaps(TITLE, RECORD, ("Preprint",))["larger-trials"] == "in_progress"


@pytest.mark.parametrize(
    ("calculation", "n"),
    [
        # a noun of people, the effect taken from an earlier pilot
        (
            "Sixty participants give 80% power to detect an effect of d = 0.75, as seen in a "
            "previous pilot.",
            60,
        ),
        # a total sample without a noun, the effect from an earlier open-label study
        (
            "A total sample of 96 provides 85% power to detect a standardised effect of 0.6, "
            "the size reported by an earlier open-label study.",
            96,
        ),
        # "our sample", its arms after a comma-less bracket, the effect from prior work
        (
            "Our sample of 58 (29 per arm) has 80% power to detect a response-rate gap of 30%, "
            "taken from prior work.",
            58,
        ),
        # the bare calculation
        ("A sample of 64 gives 90% power.", 64),
    ],
)
def test_other_protocols_sized_by_their_calculation(calculation: str, n: int) -> None:
    assert facts(PROTOCOL_TITLE, f"{METHODS} {calculation}", PROTOCOL).n == n


@pytest.mark.parametrize(
    "calculation",
    [
        # another study's power, in a protocol
        "A previous trial of 120 patients had 80% power to detect an effect of d = 0.5.",
        "The earlier pilot, with a sample of 120, had 80% power to detect an effect of d = 0.5.",
        # a sample of things, not people
        "A sample of 64 blood specimens gives 90% power.",
    ],
)
def test_another_studys_calculation_or_things_sampled_size_no_protocol(calculation: str) -> None:
    assert facts(PROTOCOL_TITLE, f"{METHODS} {calculation}", PROTOCOL).n is None


def test_a_results_papers_calculation_is_its_plan_not_its_n() -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
    methods = (
        "Methods: Adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 8 weeks. A sample of 64 gives 90% power to detect an "
        "effect of d = 0.82, the effect reported in a previous open study."
    )
    assert facts(title, f"{methods}\nResults: MADRS fell more with naltrexone.", RCT).n is None
    told = f"{methods}\nResults: Fifty-two participants were randomised."
    assert facts(title, told, RCT).n == 52
