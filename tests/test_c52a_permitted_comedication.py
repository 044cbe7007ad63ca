"""An antidepressant the eligibility only permits is no augmentation and no outcome.

Kind: a rule of entry that lets people keep a medicine ("stable SSRI/SNRI use is allowed",
"stable antidepressant use was permitted", "sertraline or escitalopram at a stable dose is
acceptable") says neither that the watched drug is added to an antidepressant (which would
make the condition the one that antidepressant treats) nor that antidepressant use is
measured: a trial of the drug for fatigue, itch or pain with such a rule and no mood
outcome is not on-topic. The watched drug added to a stable antidepressant, and a study
measuring antidepressant use, stay on-topic. Round 52, c52a; shown by registry50
NCT04500020 (LDN for fatigue in relapsing-remitting MS; "stable SSRI/SNRI use is allowed").
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from written import RCT, drug, facts, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.sources.ctgov.parse import parse_study

LEXICON = default_lexicon()


def _registration(
    title: str, summary: str, conditions: list[str], inclusion: list[str], arm: str, outcome: str
) -> dict[str, Any]:
    return registration(
        nct="NCT04500020",
        title=title,
        official_title=title,
        summary=summary,
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=110,
        arms=[
            ("LDN", "EXPERIMENTAL", arm),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo nightly, 12 weeks.", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "4.5 mg capsules.", ["LDN"]) | {"otherNames": ["LDN"]}],
        criteria="Inclusion Criteria:\n\n"
        + "\n".join(f"* {i}" for i in inclusion)
        + "\n\nExclusion Criteria:\n\n* Severe depression (PHQ-9 >= 20) or suicidality"
        + "\n* Opioids",
        has_results=None,
        conditionsModule={"conditions": conditions, "keywords": ["naltrexone"]},
        outcomesModule={"primaryOutcomes": [{"measure": outcome, "timeFrame": "Week 12"}]},
    )


OFF_REGISTRATIONS = [
    # the record's wording
    (
        "Randomized, Placebo-Controlled Trial of Low-Dose Naltrexone for Fatigue in "
        "Relapsing-Remitting Multiple Sclerosis",
        "LDN 4.5 mg versus placebo for MS-related fatigue (Modified Fatigue Impact Scale). "
        "Participants with severe depression are excluded because depression confounds "
        "fatigue ratings.",
        ["Multiple Sclerosis", "Fatigue"],
        ["RRMS, MFIS >= 38", "Stable disease-modifying therapy; stable SSRI/SNRI use is allowed"],
        "Naltrexone 4.5 mg nightly, 12 weeks.",
        "Change in MFIS",
    ),
    (
        "Low-Dose Naltrexone for Chronic Itch",
        "LDN 3 mg versus placebo for itch.",
        ["Pruritus"],
        ["Chronic itch for 6 months", "Stable SSRI use is permitted"],
        "Naltrexone 3 mg nightly.",
        "Itch NRS",
    ),
    (
        "LDN for Post-Exertional Malaise",
        "LDN 4.5 mg versus placebo.",
        ["Malaise"],
        ["Malaise for 6 months", "stable sertraline or escitalopram use is acceptable"],
        "Naltrexone 4.5 mg nightly.",
        "Step count",
    ),
]

ON_REGISTRATIONS = [
    (
        "LDN Augmentation of SSRIs",
        "LDN 4.5 mg versus placebo added to stable SSRI treatment.",
        ["Major Depressive Disorder"],
        ["Adults on a stable SSRI for 6 weeks"],
        "Naltrexone 4.5 mg nightly added to the SSRI.",
        "Change in MADRS",
    ),
    (
        "Low-Dose Naltrexone as Add-on to Stable Escitalopram",
        "Participants continue their stable escitalopram and receive LDN 4.5 mg or placebo.",
        ["Anhedonia"],
        ["Taking escitalopram"],
        "Naltrexone 4.5 mg nightly.",
        "Change in SHAPS",
    ),
]

OFF_ARTICLES = [
    (
        "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial",
        "Methods: 80 adults with relapsing MS were randomised to LDN 4.5 mg or placebo for 12 "
        "weeks; stable SSRI use was allowed.\nResults: MFIS fell by 6 points more with LDN.",
    ),
    (
        "Low-dose naltrexone for interstitial cystitis pain",
        "Methods: 40 women were randomised to naltrexone 4.5 mg or placebo. Stable "
        "antidepressant use was permitted.\nResults: Pain fell.",
    ),
]

ON_ARTICLES = [
    (
        "LDN added to stable SSRIs: an open trial",
        "Methods: 30 adults continued their stable SSRI and took LDN 4.5 mg for 8 weeks.\n"
        "Results: MADRS fell by 8 points.",
    ),
    (
        "Low-dose naltrexone in fibromyalgia: antidepressant use over one year",
        "Methods: 200 adults with fibromyalgia starting LDN 4.5 mg were followed. "
        "Antidepressant use was recorded at 12 months.\nResults: Antidepressant use fell from "
        "40% to 28%.",
    ),
]


def _on_topic(reg: dict[str, Any]) -> bool:
    return extract_facts(parse_study(copy.deepcopy(reg)), LEXICON).on_topic


@pytest.mark.parametrize("fields", OFF_REGISTRATIONS)
def test_permitted_antidepressant_registration_is_off_topic(fields: tuple[Any, ...]) -> None:
    assert not _on_topic(_registration(*fields))


@pytest.mark.parametrize("fields", ON_REGISTRATIONS)
def test_augmentation_registration_stays_on_topic(fields: tuple[Any, ...]) -> None:
    assert _on_topic(_registration(*fields))


@pytest.mark.parametrize(("title", "abstract"), OFF_ARTICLES)
def test_permitted_antidepressant_article_is_off_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, RCT).on_topic


@pytest.mark.parametrize(("title", "abstract"), ON_ARTICLES)
def test_added_or_measured_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract).on_topic
