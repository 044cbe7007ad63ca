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
    design: dict[str, Any] = {
        "studyType": "INTERVENTIONAL",
        "designInfo": {"allocation": allocation},
    }
    if enrollment is not None:
        design["enrollmentInfo"] = enrollment
    study: dict[str, Any] = {
        "protocolSection": {
            "identificationModule": {
                "nctId": "NCT01234571",
                "officialTitle": "Comparison of Two Daily Doses of Naltrexone as Augmentation "
                "in Major Depressive Disorder",
            },
            "statusModule": {"overallStatus": "COMPLETED"},
            "descriptionModule": {
                "briefSummary": "Outpatients with major depression who have not remitted on an "
                "antidepressant are randomized to naltrexone "
                + " or ".join(f"{d} mg/day" for d in doses)
                + " for 8 weeks."
            },
            "conditionsModule": {"conditions": ["Major Depressive Disorder"]},
            "designModule": design,
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": label,
                        "type": "EXPERIMENTAL",
                        "description": f"{d} mg/day",
                        "interventionNames": ["Drug: Naltrexone"],
                    }
                    for label, d in zip(labels, doses, strict=True)
                ],
                "interventions": [{"type": "DRUG", "name": "Naltrexone", "armGroupLabels": labels}],
            },
            "outcomesModule": {"primaryOutcomes": [{"measure": "Change in HAM-D17 score"}]},
            "eligibilityModule": {
                "eligibilityCriteria": "Inclusion Criteria:\n\n* MDD, HAM-D17 >= 14 after >= 6 "
                "weeks of an antidepressant\n\nExclusion Criteria:\n\n* Opioid use"
            },
        },
        "hasResults": results,
    }
    if results:
        milestones = []
        if started is not None:
            milestones.append(
                {
                    "type": "STARTED",
                    "achievements": [
                        {"groupId": f"FG00{i}", "numSubjects": str(c)}
                        for i, c in enumerate(started)
                    ],
                }
            )
        study["resultsSection"] = {
            "participantFlowModule": {
                "groups": [{"id": f"FG00{i}", "title": t} for i, t in enumerate(labels)],
                "periods": [{"title": "Overall Study", "milestones": milestones}],
            }
        }
    return study


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
