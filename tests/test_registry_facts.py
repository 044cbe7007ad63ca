"""Registry structure over text facts, and registry status -> gap value (CONTRACT.md).

Table-driven on real-shaped registrations: the recorded studies in tests/data, the
demo registrations (one reconstructed, two invented), and variants of them with one
field changed, run through the real text classifier.
"""

from __future__ import annotations

import copy
import gzip
import json
from dataclasses import replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from ldn_watch.assess import default_lexicon, default_rules, extract_facts, judge
from ldn_watch.model import Facts, Record, Registry
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import (
    apply_registry_status,
    registry_depression_population,
    registry_design,
    registry_facts,
    registry_gap_value,
)

DATA = Path(__file__).parent / "data"
LEXICON = default_lexicon()


def _demo_studies() -> list[dict[str, Any]]:
    text = files("ldn_watch.demo_data").joinpath("ctgov-demo.json").read_text("utf-8")
    return json.loads(text)["studies"]


def _study(nct: str) -> dict[str, Any]:
    return copy.deepcopy(
        next(
            s
            for s in _demo_studies()
            if s["protocolSection"]["identificationModule"]["nctId"] == nct
        )
    )


def _assessed(study: dict[str, Any]) -> tuple[Record, Facts]:
    record = parse_study(study)
    return record, registry_facts(record, extract_facts(record, LEXICON))


# --------------------------------------------------------------- status -> gap value

STATUS_TABLE = [
    # (overallStatus, hasResults, whyStopped, expected value, expected reason)
    ("NOT_YET_RECRUITING", False, None, "in_progress", "not yet recruiting"),
    ("RECRUITING", False, None, "in_progress", "recruiting"),
    ("ENROLLING_BY_INVITATION", False, None, "in_progress", "enrolling by invitation"),
    ("ACTIVE_NOT_RECRUITING", False, None, "in_progress", "active, not recruiting"),
    ("COMPLETED", False, None, "in_progress", "completed, no results posted"),
    ("COMPLETED", True, None, "addressed", "registry results (posted 2017)"),
    ("ACTIVE_NOT_RECRUITING", True, None, "addressed", "registry results (posted 2017)"),
    ("TERMINATED", False, "Slow enrollment", "no", "stopped (terminated: Slow enrollment)"),
    (
        "TERMINATED",
        True,
        "Sponsor decision",
        "no",
        "stopped (terminated: Sponsor decision); results posted",
    ),
    ("WITHDRAWN", False, "No funding", "no", "stopped (withdrawn: No funding)"),
    ("SUSPENDED", False, None, "no", "stopped (suspended)"),
    ("UNKNOWN", False, None, "in_progress", "status unknown (not verified since 2019-04)"),
    ("NO_LONGER_AVAILABLE", False, None, "no", "expanded access, not a trial"),
]


@pytest.mark.parametrize(("status", "results", "why", "value", "reason"), STATUS_TABLE)
def test_registry_status_maps_to_the_contracts_gap_value(
    status: str, results: bool, why: str | None, value: str, reason: str
) -> None:
    registry = Registry(
        status=status,
        has_results=results,
        results_posted=date(2017, 6, 30) if results else None,
        why_stopped=why,
        study_type="INTERVENTIONAL",
        status_verified=date(2019, 4, 1),
    )
    assert registry_gap_value(registry) == (value, reason)


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        # recorded: PALLAS, active not recruiting, results posted 2022
        (
            "mcode__ctgov_v2_study_NCT02513394.json.gz",
            "addressed",
            "registry results (posted 2022)",
        ),
        # recorded: Toca 6, terminated (no whyStopped in this `fields=` record)
        ("biomcp__ctgov_get_nct02576665_20260811.json", "no", "stopped (terminated)"),
    ],
)
def test_recorded_registrations_map_as_the_contract_says(
    name: str, value: str, reason: str
) -> None:
    data = (DATA / name).read_bytes()
    record = parse_study(json.loads(gzip.decompress(data) if name.endswith(".gz") else data))
    assert record.registry is not None
    assert registry_gap_value(record.registry) == (value, reason)


# ------------------------------------------------------------- design, n, population

DESIGN_TABLE = [
    # (studyType, allocation, hasResults, trial design, design as a record, has_results)
    ("INTERVENTIONAL", "RANDOMIZED", False, "rct", "protocol", False),
    ("INTERVENTIONAL", "RANDOMIZED", True, "rct", "rct", True),
    ("INTERVENTIONAL", "NON_RANDOMIZED", False, "nonrandomized_trial", "protocol", False),
    ("INTERVENTIONAL", "NA", True, "nonrandomized_trial", "nonrandomized_trial", True),
    ("INTERVENTIONAL", None, False, "nonrandomized_trial", "protocol", False),
    ("OBSERVATIONAL", None, False, "observational", "observational", False),
    ("OBSERVATIONAL", None, True, "observational", "observational", True),
    ("EXPANDED_ACCESS", None, False, "other", "other", False),
]


@pytest.mark.parametrize(("kind", "allocation", "results", "trial", "design", "has"), DESIGN_TABLE)
def test_design_comes_from_the_registry_structure(
    kind: str, allocation: str | None, results: bool, trial: str, design: str, has: bool
) -> None:
    study = _study("NCT99900001")
    module = study["protocolSection"]["designModule"]
    module["studyType"] = kind
    if allocation is None:
        module.pop("designInfo")
    else:
        module["designInfo"]["allocation"] = allocation
    study["hasResults"] = results
    record, facts = _assessed(study)
    assert record.registry is not None and registry_design(record.registry) == trial
    assert (facts.design, facts.has_results) == (design, has)
    assert kind in facts.evidence["design"]


def test_n_is_the_enrollment_with_its_type_in_the_evidence() -> None:
    _, planned = _assessed(_study("NCT99900001"))
    assert planned.n == 120 and planned.evidence["n"] == "enrollment 120 (ESTIMATED)"
    _, actual = _assessed(_study("NCT01874951"))
    assert actual.n == 12 and actual.evidence["n"] == "enrollment 12 (ACTUAL)"
    study = _study("NCT99900001")
    del study["protocolSection"]["designModule"]["enrollmentInfo"]
    _, unknown = _assessed(study)
    assert unknown.n is None  # no enrollment and the text states none


POPULATION_TABLE = [
    # (conditions, inclusion criteria, expected)
    (["Major Depressive Disorder"], "", True),
    (["Depression", "Anxiety"], "", True),
    (["Bipolar Depression"], "", True),
    (["Fibromyalgia"], "* Adults with fibromyalgia.", False),
    (["Fibromyalgia", "Depression"], "* Adults with fibromyalgia.", None),
    (["Fibromyalgia", "Depression"], "* Fibromyalgia.\n* PHQ-9 score of at least 10.", True),
    (["Long COVID"], "* Current major depressive episode (DSM-5).", True),
    (["Alcohol Use Disorder"], "* No current major depressive episode.", False),
    (["Respiratory Depression"], "* Opioid overdose.", False),
    ([], "", None),
]


@pytest.mark.parametrize(("conditions", "criteria", "expected"), POPULATION_TABLE)
def test_depression_population_from_conditions_and_inclusion_criteria(
    conditions: list[str], criteria: str, expected: bool | None
) -> None:
    registry = Registry(
        conditions=conditions,
        eligibility=f"Inclusion Criteria:\n\n{criteria}\n\nExclusion Criteria:\n\n* Major depression.",
    )
    value, why = registry_depression_population(registry)
    assert value is expected
    assert (why is None) == (expected is None)


def test_structure_wins_over_the_text_and_silence_keeps_the_text() -> None:
    record, _ = _assessed(_study("NCT99900001"))
    text = Facts(on_topic=True, design="rct", depression_population=False, n=7, evidence={"n": "7"})
    facts = registry_facts(record, text)
    assert (facts.design, facts.n, facts.depression_population) == ("protocol", 120, True)
    assert text.n == 7 and text.evidence == {"n": "7"}  # the input is not changed
    silent = replace(record, registry=Registry(study_type="INTERVENTIONAL"))
    kept = registry_facts(silent, text)
    assert (kept.n, kept.depression_population) == (7, False)
    pubmed = Record("pubmed", "27736689", "A trial")
    assert registry_facts(pubmed, text) == text


# ------------------------------------------------- the whole path on demo registrations

DEMO_TABLE = [
    # (NCT id, design, n, doses, classes, compares doses, gaps after the registry status)
    (
        "NCT01874951",  # reconstructed pilot: results posted, 12 patients, dopaminergic
        "rct",
        12,
        [2.0],
        ["dopaminergic"],
        False,
        {"larger-trials": "no", "serotonergic-combination": "no", "dose-finding": "no"},
    ),
    (
        "NCT99900001",  # invented: recruiting, 120 planned, 1.5 vs 4.5 mg with SSRIs
        "protocol",
        120,
        [1.5, 4.5],
        ["serotonergic"],
        True,
        {
            "larger-trials": "in_progress",
            "serotonergic-combination": "in_progress",
            "dose-finding": "in_progress",
        },
    ),
    (
        "NCT99900002",  # invented: terminated, 9 enrolled, bipolar depression
        "protocol",
        9,
        [4.5],
        [],
        False,
        {"larger-trials": "no", "serotonergic-combination": "no", "dose-finding": "no"},
    ),
]


@pytest.mark.parametrize(("nct", "design", "n", "doses", "classes", "compares", "gaps"), DEMO_TABLE)
def test_demo_registrations_through_the_classifier_and_the_status(
    nct: str,
    design: str,
    n: int,
    doses: list[float],
    classes: list[str],
    compares: bool,
    gaps: dict[str, str],
) -> None:
    record, facts = _assessed(_study(nct))
    assert facts.on_topic and facts.depression_population
    assert (facts.design, facts.n) == (design, n)
    assert facts.ldn_doses_mg == doses and facts.concomitant_classes == classes
    assert facts.compares_doses is compares
    assert apply_registry_status(judge(facts, default_rules()), record.registry) == gaps


def test_a_larger_version_of_the_pilot_with_results_addresses_larger_trials() -> None:
    study = _study("NCT01874951")
    study["protocolSection"]["designModule"]["enrollmentInfo"] = {"count": 64, "type": "ACTUAL"}
    record, facts = _assessed(study)
    verdicts = apply_registry_status(judge(facts, default_rules()), record.registry)
    assert verdicts["larger-trials"] == "addressed"
    study["protocolSection"]["statusModule"]["overallStatus"] = "TERMINATED"
    record, facts = _assessed(study)
    verdicts = apply_registry_status(judge(facts, default_rules()), record.registry)
    assert verdicts["larger-trials"] == "no"  # stopped: closes no gap


def test_apply_registry_status_leaves_unmet_gaps_and_non_registrations_alone() -> None:
    gaps = {"larger-trials": "no", "dose-finding": "in_progress"}
    recruiting = Registry(status="RECRUITING")
    assert apply_registry_status(gaps, recruiting) == gaps
    done = Registry(status="COMPLETED", has_results=True)
    assert apply_registry_status(gaps, done) == {"larger-trials": "no", "dose-finding": "addressed"}
    assert apply_registry_status(gaps, None) == gaps


def _head_to_head(summary: str, ldn_arm: str) -> dict[str, Any]:
    """The invented two-dose registration rewritten as LDN against duloxetine."""
    study = _study("NCT99900001")
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = (
        "Head-to-Head Trial of Low-Dose Naltrexone and Duloxetine in Major Depression"
    )
    ps["descriptionModule"]["briefSummary"] = summary
    ps["descriptionModule"].pop("detailedDescription", None)
    ps["eligibilityModule"]["eligibilityCriteria"] = (
        "Inclusion Criteria:\n\n* Adults aged 18 to 65\n* Major depressive disorder (DSM-5), "
        "MADRS 20 or more\n\nExclusion Criteria:\n\n* Any antidepressant in the past month"
    )
    ps["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": "Naltrexone",
                "type": "EXPERIMENTAL",
                "description": ldn_arm,
                "interventionNames": ["Drug: Naltrexone"],
            },
            {
                "label": "Duloxetine",
                "type": "ACTIVE_COMPARATOR",
                "description": "Duloxetine 60 mg once daily for ten weeks.",
                "interventionNames": ["Drug: Duloxetine"],
            },
        ],
        "interventions": [
            {
                "type": "DRUG",
                "name": "Naltrexone",
                "description": "Naltrexone 3 mg capsule.",
                "armGroupLabels": ["Naltrexone"],
            },
            {
                "type": "DRUG",
                "name": "Duloxetine",
                "description": "Duloxetine 60 mg capsule.",
                "armGroupLabels": ["Duloxetine"],
            },
        ],
    }
    return study


def test_an_antidepressant_registered_only_in_the_comparator_arm_is_not_co_medication() -> None:
    """The summary names both drugs in one breath; the arms say who takes which."""
    _, facts = _assessed(
        _head_to_head(
            "The trial compares naltrexone 3 mg nightly with duloxetine 60 mg daily over ten weeks.",
            "Naltrexone 3 mg at night for ten weeks.",
        )
    )
    assert facts.concomitant_classes == []
    assert "duloxetine" not in facts.concomitant_antidepressants
    assert "comparator" in facts.evidence["concomitant_classes"]
    assert judge(facts, default_rules())["serotonergic-combination"] == "no"


def test_the_same_antidepressant_given_in_the_naltrexone_arm_too_still_counts() -> None:
    _, facts = _assessed(
        _head_to_head(
            "Adults on duloxetine add naltrexone 3 mg nightly or stay on duloxetine alone.",
            "Naltrexone 3 mg at night added to the participant's duloxetine.",
        )
    )
    assert "duloxetine" in facts.concomitant_antidepressants
    assert "serotonergic" in facts.concomitant_classes


def _crohns(secondary: list[str]) -> dict[str, Any]:
    """The invented bipolar pilot rewritten as a Crohn's disease trial."""
    study = _study("NCT99900002")
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = (
        "Naltrexone 4.5 mg Nightly in Adults With Active Ileal Crohn's Disease"
    )
    ps["identificationModule"]["briefTitle"] = "LDN in Ileal Crohn's Disease"
    ps["descriptionModule"]["briefSummary"] = (
        "Low-dose naltrexone, better known from small studies in depression and chronic "
        "pain, is given at 4.5 mg nightly for 12 weeks to adults with active ileal Crohn's "
        "disease."
    )
    ps["descriptionModule"].pop("detailedDescription", None)
    ps["conditionsModule"] = {"conditions": ["Crohn Disease"]}
    ps["eligibilityModule"]["eligibilityCriteria"] = (
        "Inclusion Criteria:\n\n* Ileal Crohn's disease, Harvey-Bradshaw index 5 to 16\n\n"
        "Exclusion Criteria:\n\n* Current major depressive episode"
    )
    ps["outcomesModule"] = {
        "primaryOutcomes": [{"measure": "Endoscopic response (SES-CD fall of 50% or more)"}],
        "secondaryOutcomes": [{"measure": m} for m in secondary],
    }
    return study


def test_mood_named_only_in_a_registrations_summary_is_not_its_topic() -> None:
    _, facts = _assessed(_crohns(["Faecal calprotectin"]))
    assert facts.on_topic is False
    assert facts.off_topic_reason == "no mood condition or outcome registered"


def test_a_registered_mood_outcome_keeps_another_diseases_trial_on_topic() -> None:
    _, facts = _assessed(_crohns(["Hospital Anxiety and Depression Scale (HADS) depression score"]))
    assert facts.on_topic is True
    assert facts.depression_population is False
