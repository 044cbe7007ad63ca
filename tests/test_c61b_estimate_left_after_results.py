"""A registration whose results are posted but whose enrollment is still the ESTIMATED
plan ("40 ESTIMATED", never updated) counts the people its posted flow started: the trial
has finished recruiting, and those are the people it enrolled or randomised (CONTRACT.md:
randomised, else enrolled; planned only for a protocol). An ACTUAL enrollment, a
registration without results, or a flow with no STARTED count keep the enrollment.

Round 61, c61b; shown by registry57 NCT03700024 ("Comparison of Two Daily Doses of
Naltrexone as Augmentation in Major Depressive Disorder": enrollment 40 ESTIMATED, flow
STARTED 28 + 27, n 55 read as 40).
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, flow, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()


def _study(
    started: list[int] | None,
    enrollment: dict[str, Any] | None,
    *,
    results: bool = True,
    allocation: str = "RANDOMIZED",
    doses: tuple[str, ...] = ("1", "4.5"),
) -> dict[str, Any]:
    labels = [f"Naltrexone {d} mg" for d in doses]
    count, kind = (enrollment["count"], enrollment["type"]) if enrollment else (None, "")
    return registration(
        nct="NCT01234571",
        official_title="Comparison of Two Daily Doses of Naltrexone as Augmentation "
        "in Major Depressive Disorder",
        status="COMPLETED",
        summary="Outpatients with major depression who have not remitted on an "
        "antidepressant are randomized to naltrexone "
        + " or ".join(f"{d} mg/day" for d in doses)
        + " for 8 weeks.",
        allocation=allocation,
        enrollment=count,
        enrollment_type=kind,
        arms=[
            (label, "EXPERIMENTAL", f"{d} mg/day") for label, d in zip(labels, doses, strict=True)
        ],
        interventions=[drug("Naltrexone", arms=labels)],
        outcomes=["Change in HAM-D17 score"],
        criteria="Inclusion Criteria:\n\n* MDD, HAM-D17 >= 14 after >= 6 "
        "weeks of an antidepressant\n\nExclusion Criteria:\n\n* Opioid use",
        has_results=results,
        results=flow(labels, started) if results else None,
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


def test_the_record() -> None:
    f = _facts(_study([28, 27], {"count": 40, "type": "ESTIMATED"}))
    assert f.n == 55
    assert f.has_results
    assert "flow" in f.evidence["n"]


@pytest.mark.parametrize(
    ("started", "enrollment", "allocation", "doses", "n"),
    [
        # fewer started than the estimate (recruitment fell short)
        ([14, 13, 15], {"count": 90, "type": "ESTIMATED"}, "RANDOMIZED", ("0.5", "2", "4.5"), 42),
        # a non-randomised trial of two dose cohorts
        ([31, 30], {"count": 30, "type": "ESTIMATED"}, "NON_RANDOMIZED", ("1.5", "4.5"), 61),
        # the estimate written in lower case
        ([26, 26], {"count": 48, "type": "Estimated"}, "RANDOMIZED", ("1", "4.5"), 52),
    ],
)
def test_probes(
    started: list[int], enrollment: dict[str, Any], allocation: str, doses: tuple[str, ...], n: int
) -> None:
    f = _facts(_study(started, enrollment, allocation=allocation, doses=doses))
    assert f.n == n


@pytest.mark.parametrize(
    ("started", "enrollment", "results", "n"),
    [
        # an ACTUAL enrollment stays the n (its own lead-in rule aside)
        ([30, 30], {"count": 58, "type": "ACTUAL"}, True, 58),
        # no results posted: an estimate is the plan of a trial still running
        (None, {"count": 40, "type": "ESTIMATED"}, False, 40),
        # results posted, but no STARTED count in the flow
        (None, {"count": 40, "type": "ESTIMATED"}, True, 40),
    ],
)
def test_near_misses(
    started: list[int] | None, enrollment: dict[str, Any], results: bool, n: int
) -> None:
    f = _facts(_study(started, enrollment, results=results))
    assert f.n == n
