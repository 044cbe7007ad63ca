"""Kind: a protocol's size given only as its planned or target total ("in successive cohorts
of 10 ... (planned total 40)", "(target total 80)"): that is the protocol's n
(CONTRACT.md: planned, for a protocol). In a results paper a planned total is its plan,
not whom it enrolled: the count of those randomised stays n.

Round 44, c44b; the record that showed it: holdout156 17200003 (DOSE-D protocol: n 40
read None).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Sequential dose escalation of low-dose naltrexone in bupropion-treated major depression "
    "(DOSE-D): study protocol"
)
RECORD = (
    "Introduction: Low-dose naltrexone (LDN) has been tested in depression at a single dose. "
    "No study has identified the dose at which an antidepressant signal appears.\n"
    "Methods and analysis: DOSE-D is an open-label, single-centre, sequential-cohort "
    "dose-escalation study. Adults with major depressive disorder and residual symptoms "
    "(HAM-D-17 of 16 or more) on bupropion XL 300-450 mg will receive naltrexone at 1 mg, 2 mg, "
    "3 mg or 4.5 mg daily in successive cohorts of 10, each cohort opening after the safety "
    "review of the previous one (planned total 40). Outcomes are tolerability, HAM-D-17 change "
    "at 4 weeks, and the lowest dose with a 50% response rate.\n"
    "Ethics and dissemination: Results will be reported irrespective of findings. "
    "Registration: NCT06720455."
)
TYPES = ("Journal Article", "Clinical Trial Protocol")


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TYPES)
    assert f.design == "protocol"
    assert f.n == 40
    assert f.ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]
    assert gaps(TITLE, RECORD, TYPES) == {"dose-finding": "in_progress"}


T = "Low-dose naltrexone in major depression"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Adults with major depression will be randomised to naltrexone 1.5 mg or 4.5 mg in "
            "cohorts of 12 (planned total 48).",
            48,
        ),
        (
            "Adults with major depression will receive naltrexone 4.5 mg nightly in two waves "
            "of recruitment (target total 80).",
            80,
        ),
    ],
)
def test_planned_total_of_a_protocol(methods: str, n: int) -> None:
    assert facts(T, f"Methods: {methods}", PROTOCOL).n == n


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Adults with major depression were randomised to naltrexone 1.5 mg or 4.5 mg "
            "(planned total 60); 42 were randomised before the trial stopped.",
            42,
        ),
        (
            "Recruitment stopped early (planned total 60). Thirty-eight adults with major "
            "depression were randomised to naltrexone 4.5 mg or placebo.",
            38,
        ),
    ],
)
def test_planned_total_of_a_results_paper_is_not_n(methods: str, n: int) -> None:
    assert facts(T, f"Methods: {methods}", RCT).n == n
