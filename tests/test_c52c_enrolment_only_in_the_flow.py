"""A registration that enters no enrollment counts the people its posted flow started.

Kind: a registration with posted results but no enrollment entered (a legacy record: no
``enrollmentInfo`` at all) gives its size only in the results' participant flow, each
group's STARTED count ("Placebo 15, Naltrexone 0.5 mg 15, 2 mg 15, 4.5 mg 15"). Those are
the people assigned, the study's n (CONTRACT.md: randomised, else enrolled). A registration
without posted results, or whose flow gives no count, says no n from the flow; an
enrollment that is entered stays the n as before (its lead-in rule included).

Round 52, c52c. The record that showed it: registry50 NCT04500025 ("Opioid Antagonism in
Melancholic Depression: Effects of Naltrexone on Mood and Hedonic Capacity": no
enrollmentInfo, flow STARTED 15+15+15+15).
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
DOSES = ("0.5", "2", "4.5")


def _study(
    started: list[int] | None,
    *,
    enrollment: int | None = None,
    results: bool = True,
    allocation: str = "RANDOMIZED",
) -> dict[str, Any]:
    """The record's registration; ``enrollment`` an ACTUAL count, None entering none."""
    labels = ["Placebo", *(f"Naltrexone {d} mg" for d in DOSES)]
    return registration(
        nct="NCT01234570",
        official_title="Opioid Antagonism in Melancholic Depression: Effects of "
        "Naltrexone on Mood and Hedonic Capacity",
        status="COMPLETED",
        summary="Unmedicated outpatients with melancholic depression receive "
        "placebo or one of three naltrexone strengths for 6 weeks to characterise the "
        "dose-response relationship for mood and hedonic capacity.",
        conditions=["Depression, Melancholic"],
        allocation=allocation,
        enrollment=enrollment,
        enrollment_type="ACTUAL",
        arms=[
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo capsule daily for 6 weeks.", ["Placebo"]),
            *(
                (f"Naltrexone {d} mg", "EXPERIMENTAL", f"Naltrexone {d} mg daily for 6 weeks.")
                for d in DOSES
            ),
        ],
        interventions=[
            drug("Naltrexone", "0.5, 2 or 4.5 mg capsules.", labels[1:]),
            drug("Placebo", arms=["Placebo"]),
        ],
        outcomes=["Change in MADRS total score"],
        criteria="Inclusion Criteria:\n\n* Major depressive episode with "
        "melancholic features, HAMD-17 >= 20\n* Antidepressant-free for >= 2 weeks",
        has_results=results,
        results=flow(labels, started) if results else None,
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("started", "n"),
    [
        ([15, 15, 15, 15], 60),  # the record
        ([12, 13, 11, 14], 50),
        ([30, 31, 29, 30], 120),
        ([8, 9, 7, 8], 32),
    ],
)
def test_no_enrollment_the_flow_counts(started: list[int], n: int) -> None:
    f = _facts(_study(started))
    assert f.on_topic
    assert f.n == n
    assert "flow" in f.evidence["n"]


def test_the_records_gap() -> None:
    f = _facts(_study([15, 15, 15, 15]))
    assert f.n is not None and f.n >= 50 and f.has_results


@pytest.mark.parametrize(
    ("started", "enrollment", "results", "n"),
    [
        # an entered enrollment stays the n
        ([15, 15, 15, 15], 58, True, 58),
        # ... a lead-in's enrollment gives way to the randomised, as before
        ([10, 10, 10, 10], 70, True, 40),
        # no results posted, no flow: nothing to count
        (None, None, False, None),
        # results posted, but the flow gives no STARTED count
        (None, None, True, None),
    ],
)
def test_otherwise_the_flow_adds_nothing(
    started: list[int] | None, enrollment: int | None, results: bool, n: int | None
) -> None:
    f = _facts(_study(started, enrollment=enrollment, results=results))
    assert f.n == n
