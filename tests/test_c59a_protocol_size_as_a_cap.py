"""A protocol's planned size stated as a cap whose noun belongs to the clause before it
("allocation probabilities are updated every 40 participants, up to a maximum of 240",
"in cohorts of 30 patients, to a cap of 300 patients") is its planned n (CONTRACT.md:
planned, for a protocol); a results paper's cap is no count of its people, and a dose's
maximum is no size.

Round 59, c59a; shown by holdout207 23200011 (LDN-DOSE, a Bayesian adaptive dose-finding
protocol: n expected 240, got None, so larger-trials "in progress" was missed).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Adaptive dose-finding trial of low-dose naltrexone in major depression: study protocol"
RECORD = (
    "Bayesian adaptive dose-finding trial of low-dose naltrexone augmentation in major "
    "depression (LDN-DOSE): study protocol",
    "Introduction: The optimal dose of low-dose naltrexone (LDN) as an augmenting agent is "
    "unknown.\n"
    "Methods and analysis: LDN-DOSE is a multicentre, double-blind, placebo-controlled trial "
    "with response-adaptive randomisation among placebo and LDN 0.5, 1.5, 3 and 4.5 mg/day. "
    "Adults with major depressive disorder with inadequate response to an SSRI or SNRI will "
    "be enrolled; allocation probabilities are updated every 40 participants, up to a maximum "
    "of 240. The primary estimand is the dose achieving 80% of the maximal MADRS effect.\n"
    "Ethics and dissemination: Approved by the regional ethics board. Trial registration: "
    "NCT07233018.",
)


def test_the_record() -> None:
    f = facts(*RECORD, PROTOCOL)
    assert f.n == 240
    assert f.design == "protocol"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Adults with major depressive disorder will be enrolled; allocation "
            "probabilities are updated every 40 participants, up to a maximum of 240.",
            240,
        ),
        (
            "Adults with major depression taking sertraline will be randomised to LDN 1.5, 3 "
            "or 4.5 mg/day or placebo in cohorts of 30 patients, to a cap of 300 patients.",
            300,
        ),
        (
            "Methods: Interim analyses follow every 25 randomised adults with major depression, "
            "up to the maximum of 150; LDN 1, 2 or 4 mg/day or placebo will be given.",
            150,
        ),
        (
            "Methods: Adults with major depression will be randomised; the LDN dose is raised "
            "by 1.5 mg weekly to a maximum of 4.5 mg. We will enrol 120 participants.",
            120,
        ),
    ],
)
def test_a_cap_is_the_planned_size(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, PROTOCOL).n == n


def test_a_results_papers_cap_is_not_its_n() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to LDN 4.5 mg or "
        "placebo, with interim looks every 40 participants, up to a maximum of 240.\n"
        "Results: Enrolment stopped for futility after 96 participants had been randomised.",
        RCT,
    )
    assert f.n == 96
