"""A dose raised for those losing their response ("increased to 4.5 mg at week 4 in
participants losing response", "those who lose more than half of their improvement") is a
raise for some: both levels are doses people were kept on (CONTRACT.md), and one arm's
regimen compares no doses. Shown by registry83 NCT00900020 (a relapse-prevention
registration whose 3 mg, kept by those not losing response, was read as a titration step).
Session 34, round 88, c88b."""

import pytest
from written import arm, drug, judge_registration, registration


def _relapse_trial(arm_text: str) -> dict[str, object]:
    return registration(
        title="Low-Dose Naltrexone to Prevent Relapse After Electroconvulsive Therapy",
        summary="Adults with depression who responded to electroconvulsive therapy are "
        "randomized to low-dose naltrexone or placebo for 16 weeks.",
        conditions=["Major Depressive Disorder"],
        allocation="RANDOMIZED",
        enrollment=90,
        arms=[
            arm("LDN", "EXPERIMENTAL", arm_text),
            arm("Placebo", "PLACEBO_COMPARATOR", "Matching placebo capsule.", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "2 mg or 4.5 mg.", ["LDN"])],
        outcomes=["Time to relapse"],
    )


@pytest.mark.parametrize(
    "arm_text",
    [
        "Naltrexone 2 mg each evening; increased to 4.5 mg at week 6 in participants losing "
        "response.",
        "Naltrexone 2 mg each evening; participants who lose more than half of their "
        "improvement have the dose increased to 4.5 mg.",
    ],
)
def test_raise_for_lost_response_keeps_both(arm_text: str) -> None:
    f, gaps = judge_registration(_relapse_trial(arm_text))
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert gaps["dose-finding"] == "no"


def test_raise_for_all_keeps_target_only() -> None:
    # near miss: a raise on schedule for everyone keeps the target only
    f, gaps = judge_registration(
        _relapse_trial("Naltrexone 2 mg each evening; increased to 4.5 mg at week 2.")
    )
    assert f.ldn_doses_mg == [4.5]
    assert gaps["dose-finding"] == "no"
