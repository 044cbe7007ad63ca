"""A registration's eligibility text headed only "Exclusion:" or "Exclusions:" (no word
"criteria") lists what keeps people out: the drug or the condition named there is neither
an inclusion criterion of taking the drug nor a registered mood condition. Shown by
registry65 NCT02900029 (an exercise trial excluding recent LDN users read as people
taking LDN) and NCT02900025 (an LDN trial in Crohn's disease excluding current major
depression read as registering depression). Session 27, round 72, c72b."""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, registration

from ldn_watch.assess import default_lexicon, default_rules
from ldn_watch.assessor import assess_record
from ldn_watch.sources.ctgov.parse import inclusion_criteria, parse_study

LEXICON = default_lexicon()
RULES = default_rules()


def _on_topic(study: dict[str, Any]) -> bool:
    a, _ = assess_record(parse_study(study), LEXICON, RULES)
    return a.facts.on_topic


def _not_given(criteria: str) -> dict[str, Any]:
    return registration(
        nct="NCT09977001",
        official_title="Yoga for Depressive Symptoms in Systemic Lupus Erythematosus",
        summary="Weekly yoga or a waiting list for depressed adults with lupus; n=60. "
        "Anyone who used low-dose naltrexone recently is not eligible.",
        conditions=["Systemic Lupus Erythematosus", "Depression"],
        allocation="RANDOMIZED",
        enrollment=60,
        arms=[("Yoga", "EXPERIMENTAL", "Weekly yoga classes.", [])],
        interventions=[{"type": "BEHAVIORAL", "name": "Yoga", "armGroupLabels": ["Yoga"]}],
        outcomes=["PHQ-9"],
        criteria=criteria,
        conditionsModule={
            "conditions": ["Systemic Lupus Erythematosus", "Depression"],
            "keywords": ["naltrexone"],
        },
    )


def _mood_only_excluded(criteria: str) -> dict[str, Any]:
    return registration(
        nct="NCT09977002",
        official_title="Low-Dose Naltrexone for Irritable Bowel Syndrome Pain",
        summary="Naltrexone 4.5 mg nightly or placebo for abdominal pain in IBS; n=50.",
        conditions=["Irritable Bowel Syndrome"],
        allocation="RANDOMIZED",
        enrollment=50,
        arms=[
            ("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly."),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo nightly.", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "4.5 mg", ["LDN"]), drug("Placebo", None, ["Placebo"])],
        outcomes=["IBS Symptom Severity Score"],
        criteria=criteria,
    )


@pytest.mark.parametrize(
    "study",
    [
        _not_given("Exclusion:\n\n* Low-dose naltrexone within the last 2 months\n"),
        _not_given("Exclusions:\n- Any naltrexone use in the past 60 days\n"),
        _mood_only_excluded("Exclusion:\n\n* Current major depressive episode\n"),
        _mood_only_excluded("EXCLUSIONS:\n1. Active depression or suicidality\n"),
    ],
)
def test_criteria_headed_exclusion_keep_people_out(study: dict[str, Any]) -> None:
    assert not _on_topic(study)


def test_exclusion_heading_cuts_inclusion_criteria() -> None:
    assert inclusion_criteria("Inclusion:\n* Adults with MDD\nExclusion:\n* Psychosis\n") == [
        "Adults with MDD."
    ]
    assert inclusion_criteria("Exclusion:\n* Current depression\n") == []


def test_inclusion_before_exclusion_heading_still_counts() -> None:
    """Near miss: depression as an inclusion criterion, above an "Exclusion:" heading,
    still registers the condition for an LDN trial."""
    study = _mood_only_excluded(
        "Inclusion:\n* Current major depressive episode\nExclusion:\n* Psychosis\n"
    )
    assert _on_topic(study)
