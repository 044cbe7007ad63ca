"""A single-arm registration with posted results whose enrollment is still the ESTIMATED plan:
its participant flow's one group tells how many started, and that is the n. Shown by
registry59 NCT03500022 (an open-label single-group study, "40 (ESTIMATED)" while its flow's
only group started 52: read as 40, a missed larger-trials). Session 24, round 65, c65b."""

import pytest
from written import drug, flow, judge_registration, registration


def _single_arm(estimated: int, started: int | None, enrollment_type: str = "ESTIMATED"):
    return registration(
        title="Open-Label Low-Dose Naltrexone Added to Escitalopram in Depression",
        status="COMPLETED",
        summary="Adults with major depression on escitalopram receive naltrexone 4.5 mg daily "
        "in addition, open label, for 8 weeks.",
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=estimated,
        enrollment_type=enrollment_type,
        arms=[
            ("LDN + escitalopram", "EXPERIMENTAL", "Naltrexone 4.5 mg/day added to escitalopram.")
        ],
        interventions=[drug("Naltrexone", "Naltrexone 4.5 mg daily.", ["LDN + escitalopram"])],
        has_results=True,
        results=flow(["LDN + escitalopram"], None if started is None else [started]),
    )


@pytest.mark.parametrize(("estimated", "started"), [(40, 52), (30, 58), (60, 44)])
def test_one_group_started_over_the_estimate(estimated: int, started: int) -> None:
    f, _ = judge_registration(_single_arm(estimated, started))
    assert f.n == started


def test_actual_enrollment_keeps_its_count() -> None:
    """Near miss: an ACTUAL enrollment is not the stale plan."""
    f, _ = judge_registration(_single_arm(40, 52, "ACTUAL"))
    assert f.n == 40
