"""Kind: a registration's enrollment counts people who never reached randomisation (a
placebo lead-in or run-in, screen failures) and its own description says how many were
randomised, a smaller number; the n of an RCT is that number (CONTRACT.md), results
posted or not, so a randomised count under 50 closes no "larger trials" gap.

Round 48, c48b. Shown by a blind registration whose ACTUAL enrollment counted a placebo
lead-in (the randomised number was smaller and under 50); these probes are the same kind
said in other ways, written for this round.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, judge_registration, registration

from ldn_watch.model import Facts

CRITERIA = (
    "Inclusion Criteria:\n\n* Adults aged 18-65 with a current DSM-5 major depressive episode.\n"
    "* MADRS score of at least 20.\n"
)


def _study(
    summary: str,
    *,
    detailed: str = "",
    n: int = 60,
    kind: str = "ACTUAL",
    status: str = "COMPLETED",
    allocation: str = "RANDOMIZED",
) -> dict[str, Any]:
    return registration(
        nct="NCT09948001",
        official_title="Low-Dose Naltrexone for Major Depressive Disorder",
        status=status,
        summary=summary,
        description=detailed or None,
        phases=["PHASE2"],
        allocation=allocation,
        enrollment=n,
        enrollment_type=kind,
        arms=[
            (
                "Low-dose naltrexone",
                "EXPERIMENTAL",
                "Naltrexone 4.5 mg once daily for 8 weeks.",
                ["Low-dose naltrexone"],
            ),
            (
                "Placebo",
                "PLACEBO_COMPARATOR",
                "Matching placebo once daily for 8 weeks.",
                ["Placebo"],
            ),
        ],
        interventions=[
            drug("Low-dose naltrexone", "Naltrexone 4.5 mg capsule", ["Low-dose naltrexone"]),
            drug("Placebo", "Placebo capsule", ["Placebo"]),
        ],
        outcomes=["Change in MADRS total score"],
        criteria=CRITERIA,
    )


def _assessed(study: dict[str, Any]) -> tuple[Facts, str]:
    facts, gaps = judge_registration(study)
    return facts, gaps["larger-trials"]


# the record's wording (a placebo lead-in counted in the ACTUAL enrollment), then probes
SMALLER = [
    (
        _study(
            "Low-dose naltrexone versus placebo in major depression.",
            detailed="Sixty-four participants entered a one-week single-blind placebo lead-in; "
            "the 41 who still met the severity criterion were randomized to low-dose "
            "naltrexone or placebo.",
            n=64,
        ),
        41,
    ),
    (
        _study(
            "After a two-week single-blind placebo run-in, placebo non-responders (planned "
            "n = 44) will be randomized 1:1 to naltrexone 4.5 mg or placebo.",
            n=70,
            kind="ESTIMATED",
            status="RECRUITING",
        ),
        44,
    ),
    (
        _study(
            "A randomized trial of naltrexone 4.5 mg against placebo.",
            detailed="Enrollment counts everyone who signed consent, including 35 screen "
            "failures; 45 participants were randomized.",
            n=80,
            status="ACTIVE_NOT_RECRUITING",
        ),
        45,
    ),
    (
        _study(
            "Adults with depression take placebo for ten days before randomization; 38 "
            "participants were then randomly assigned to naltrexone 3 mg or placebo.",
            n=57,
        ),
        38,
    ),
]


@pytest.mark.parametrize(("study", "randomised"), SMALLER)
def test_the_described_randomised_count_is_the_n_not_the_enrollment(
    study: dict[str, Any], randomised: int
) -> None:
    facts, larger = _assessed(study)
    assert facts.n == randomised
    assert "randomised" in facts.evidence["n"]
    assert larger == "no"


# near misses that must not change: no stage before randomisation, a count no smaller, a
# non-randomised design, a count in an arm's own description
SAME = [
    (
        _study(
            "In the first stage 40 participants will be randomized to naltrexone or placebo.",
            n=120,
            kind="ESTIMATED",
            status="RECRUITING",
        ),
        120,
        "in_progress",
    ),
    (
        _study(
            "After a one-week screening period, 72 participants will be randomized to "
            "naltrexone 4.5 mg or placebo.",
            n=72,
            kind="ESTIMATED",
            status="RECRUITING",
        ),
        72,
        "in_progress",
    ),
    (
        _study(
            "All participants complete a placebo lead-in; 30 then receive open-label "
            "naltrexone 4.5 mg.",
            n=66,
            allocation="NA",
            status="RECRUITING",
        ),
        66,
        "in_progress",
    ),
]


@pytest.mark.parametrize(("study", "n", "larger"), SAME)
def test_near_misses_keep_the_enrollment(study: dict[str, Any], n: int, larger: str) -> None:
    facts, value = _assessed(study)
    assert (facts.n, value) == (n, larger)
