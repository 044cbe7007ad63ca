"""A registration withdrawn before it enrolled anyone: ClinicalTrials.gov sets its
enrollment to "0 (ACTUAL)", and the only size left is the one its text planned ("Planned:
60 ... adults"). Its n is that planned size (CONTRACT.md: n is "planned for a protocol"),
and being stopped it still closes no gap (round 46, c46a; shown by registry45
NCT05000007, read with n 0). Near misses: a withdrawn registration whose text plans no
size keeps 0, and a terminated or completed one keeps the enrollment it reports, however
many its text once planned."""

from __future__ import annotations

from typing import Any

import pytest

from ldn_watch.assess import default_lexicon, default_rules, extract_facts, verdicts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import apply_registry_status, registry_facts

LEXICON = default_lexicon()
RULES = default_rules()


def _study(summary: str, status: str = "WITHDRAWN", count: int = 0) -> dict[str, Any]:
    return {
        "protocolSection": {
            "identificationModule": {
                "nctId": "NCT01234567",
                "briefTitle": "Low-Dose Naltrexone Added to an SSRI in Major Depression",
            },
            "statusModule": {"overallStatus": status, "whyStopped": "Funding not obtained"},
            "descriptionModule": {"briefSummary": summary},
            "conditionsModule": {"conditions": ["Major Depressive Disorder"]},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "designInfo": {"allocation": "RANDOMIZED"},
                "enrollmentInfo": {"count": count, "type": "ACTUAL"},
            },
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": "SSRI + LDN",
                        "type": "EXPERIMENTAL",
                        "description": "Sertraline 50-100 mg plus naltrexone 4.5 mg daily",
                        "interventionNames": ["Drug: Naltrexone", "Drug: Sertraline"],
                    },
                    {
                        "label": "SSRI + placebo",
                        "type": "PLACEBO_COMPARATOR",
                        "description": "Sertraline 50-100 mg plus placebo",
                        "interventionNames": ["Drug: Sertraline", "Drug: Placebo"],
                    },
                ],
                "interventions": [
                    {"type": "DRUG", "name": "Naltrexone", "armGroupLabels": ["SSRI + LDN"]},
                    {
                        "type": "DRUG",
                        "name": "Sertraline",
                        "armGroupLabels": ["SSRI + LDN", "SSRI + placebo"],
                    },
                    {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["SSRI + placebo"]},
                ],
            },
            "eligibilityModule": {
                "eligibilityCriteria": "Inclusion Criteria:\n\n* DSM-5 major depressive "
                "disorder, current episode\n* MADRS >= 22\n\nExclusion Criteria:\n\n"
                "* Current opioid use"
            },
        },
        "hasResults": False,
    }


def _judged(study: dict[str, Any]) -> tuple[Facts, dict[str, str]]:
    record = parse_study(study)
    facts = registry_facts(record, extract_facts(record, LEXICON), LEXICON)
    judged = {k: v.value for k, v in verdicts(facts, RULES, LEXICON.spec).items()}
    return facts, apply_registry_status(judged, record.registry)


@pytest.mark.parametrize(
    ("summary", "n"),
    [
        # the record's wording
        (
            "Planned: 60 drug-naive adults with a first depressive episode to start "
            "escitalopram 10-20 mg and be randomized to naltrexone 3 mg or placebo.",
            60,
        ),
        # probes: the planned size written other ways
        (
            "Target enrolment: 90 adults with major depression taking sertraline, "
            "randomised to naltrexone 4.5 mg or placebo.",
            90,
        ),
        (
            "The study will randomise 100 adults with major depression on sertraline to "
            "naltrexone 4.5 mg or placebo.",
            100,
        ),
        (
            "A randomised trial in 54 participants with major depressive disorder taking "
            "sertraline: naltrexone 4.5 mg nightly or placebo.",
            54,
        ),
    ],
)
def test_withdrawn_registration_keeps_its_planned_size(summary: str, n: int) -> None:
    facts, gaps = _judged(_study(summary))
    assert facts.n == n
    assert "planned" in facts.evidence["n"]
    # stopped: no gap, however large the plan
    assert set(gaps.values()) == {"no"}


def test_withdrawn_registration_planning_no_size_keeps_zero() -> None:
    facts, gaps = _judged(
        _study("Adults with major depression on sertraline were to receive naltrexone 4.5 mg.")
    )
    assert facts.n == 0
    assert set(gaps.values()) == {"no"}


@pytest.mark.parametrize(
    ("status", "count", "value"),
    [
        # near misses: a trial that did enrol reports how many it did
        ("TERMINATED", 7, "no"),
        ("COMPLETED", 31, "in_progress"),
        # and a count of 0 under another status is no licence to read a plan
        ("COMPLETED", 0, "in_progress"),
    ],
)
def test_other_statuses_keep_the_enrollment(status: str, count: int, value: str) -> None:
    facts, gaps = _judged(
        _study(
            "120 outpatients with major depression taking sertraline will be randomized "
            "1:1 to naltrexone 4.5 mg or placebo for 8 weeks.",
            status,
            count,
        )
    )
    assert facts.n == count
    assert gaps["larger-trials"] == "no"
    assert gaps["serotonergic-combination"] == value
