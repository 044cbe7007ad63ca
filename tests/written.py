"""Records as the classifier tests write them: a title, an abstract in "Label: text"
lines, publication types, and the packaged watch's verdict on them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ldn_watch.assess import assess, default_lexicon, default_rules
from ldn_watch.model import AbstractSection, Article, Correction, Facts

LEX, RULES = default_lexicon(), default_rules()

JOURNAL = ("Journal Article",)
RCT = ("Randomized Controlled Trial",)
TRIAL = ("Clinical Trial",)
PROTOCOL = ("Clinical Trial Protocol",)
CASE = ("Case Reports",)
REVIEW = ("Review",)
META = ("Meta-Analysis", "Systematic Review")


def article(
    title: str,
    abstract: str,
    types: Sequence[str] = JOURNAL,
    corr: Sequence[tuple[str, str]] = (),
    **fields: Any,
) -> Article:
    """A PubMed article; "Label: text" lines become labelled abstract sections and
    ``corr`` its CommentsCorrections as (type, PMID) pairs."""
    sections = []
    for para in abstract.split("\n"):
        head = para.split(": ", 1)[0]
        if ": " in para[:40] and head.replace(" ", "").isalpha():
            label, text = para.split(": ", 1)
            sections.append(AbstractSection(text, label.upper(), None))
        elif para.strip():
            sections.append(AbstractSection(para))
    return Article(
        pmid="1",
        title=title,
        abstract=sections,
        publication_types=list(types),
        corrections=[Correction(t, p) for t, p in corr],
        **fields,
    )


def facts(
    title: str,
    abstract: str,
    types: Sequence[str] = JOURNAL,
    corr: Sequence[tuple[str, str]] = (),
    **fields: Any,
) -> Facts:
    """The facts the classifier reads from the article."""
    return assess(article(title, abstract, types, corr, **fields), LEX, RULES).facts


def gaps(
    title: str,
    abstract: str,
    types: Sequence[str] = JOURNAL,
    corr: Sequence[tuple[str, str]] = (),
    **fields: Any,
) -> dict[str, str]:
    """The gaps the article addresses or has in progress (the "no"s left out)."""
    verdict = assess(article(title, abstract, types, corr, **fields), LEX, RULES)
    return {k: v for k, v in verdict.gaps.items() if v != "no"}


def preprint(title: str, abstract: str, **fields: Any) -> dict[str, Any]:
    """A Europe PMC core result for a medRxiv preprint; ``fields`` replace or add keys
    (another server, a DOI, ``keywordList``)."""
    return {
        "id": "PPR1",
        "source": "PPR",
        "doi": "10.1101/2026.01.01.26000001",
        "title": title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": ["Preprint"]},
        "bookOrReportDetails": {"publisher": "medRxiv"},
        "firstPublicationDate": "2026-01-10",
    } | fields


def judge_preprint(result: dict[str, Any]) -> tuple[Facts, dict[str, str]]:
    """The facts the classifier reads from a Europe PMC result, and the gaps it addresses
    or has in progress (the "no"s left out)."""
    from ldn_watch.sources.europepmc.parse import parse_result

    a = assess(parse_result(result), LEX, RULES)
    return a.facts, {k: v for k, v in a.gaps.items() if v != "no"}


def judge_registration(study: dict[str, Any]) -> tuple[Facts, dict[str, str]]:
    """The facts and every gap's value the program gives a ClinicalTrials.gov study object,
    through the store's own path: structured fields and the registry status win over the
    text ("recruiting" is in progress, stopped is "no")."""
    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    a, _ = assess_record(parse_study(study), LEX, RULES)
    return a.facts, dict(a.gaps)


def baseline_count(
    title: str, categories: Sequence[str], values: Sequence[str] = ("9",)
) -> dict[str, Any]:
    """A registration's posted baseline measure counting participants per category, one
    value per baseline group (BG000, BG001, ...)."""
    return {
        "title": title,
        "paramType": "COUNT_OF_PARTICIPANTS",
        "unitOfMeasure": "Participants",
        "classes": [
            {
                "categories": [
                    {
                        "title": c,
                        "measurements": [
                            {"groupId": f"BG{i:03d}", "value": v} for i, v in enumerate(values)
                        ],
                    }
                    for c in categories
                ]
            }
        ],
    }


def completed_registration(
    *,
    nct: str,
    official_title: str,
    summary: str,
    criteria: str,
    enrolled: int,
    drug_arm: tuple[str, str],
    placebo_text: str,
    outcome: str = "Change in MADRS total score",
    brief_title: str | None = None,
    measures: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """A completed, randomised ClinicalTrials.gov study object of naltrexone against
    placebo with posted baseline measures: the shape the registry-results tests vary one
    field of. ``drug_arm`` is the naltrexone arm's (label, description)."""
    label, description = drug_arm
    ident = {"nctId": nct, "officialTitle": official_title}
    if brief_title is not None:
        ident["briefTitle"] = brief_title
    return {
        "protocolSection": {
            "identificationModule": ident,
            "statusModule": {"overallStatus": "COMPLETED"},
            "descriptionModule": {"briefSummary": summary},
            "conditionsModule": {"conditions": ["Major Depressive Disorder"]},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "designInfo": {"allocation": "RANDOMIZED"},
                "enrollmentInfo": {"count": enrolled, "type": "ACTUAL"},
            },
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": label,
                        "type": "EXPERIMENTAL",
                        "description": description,
                        "interventionNames": ["Drug: Naltrexone"],
                    },
                    {
                        "label": "Placebo",
                        "type": "PLACEBO_COMPARATOR",
                        "description": placebo_text,
                        "interventionNames": ["Drug: Placebo"],
                    },
                ],
                "interventions": [
                    {"type": "DRUG", "name": "Naltrexone", "armGroupLabels": [label]},
                    {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["Placebo"]},
                ],
            },
            "outcomesModule": {"primaryOutcomes": [{"measure": outcome}]},
            "eligibilityModule": {"eligibilityCriteria": criteria},
        },
        "hasResults": True,
        "resultsSection": {"baselineCharacteristicsModule": {"measures": list(measures)}},
    }


def judge_preprints(results: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, Any]]:
    """Europe PMC results grouped into studies and judged as the store does: (study id by
    record key, verdict by record key). The DOIs the store would look up are those some
    record's links point at."""
    from ldn_watch.sources.europepmc.parse import parse_result
    from ldn_watch.studies import Member, edges, group, judge_study

    records = [parse_result(r) for r in results]
    graph = {r.key: edges(r, None) for r in records}
    wanted = {t for ts in graph.values() for t in ts if t.startswith("doi:")}
    dois = {r.key: r.doi.lower() for r in records if r.doi and f"doi:{r.doi.lower()}" in wanted}
    ids = group(graph, dois)
    members: dict[str, list[Member]] = {}
    for r in records:
        a = assess(r, LEX, RULES)
        members.setdefault(ids[r.key], []).append(Member(r, a.facts, dict(a.gaps), dict(a.reasons)))
    verdicts: dict[str, Any] = {}
    for study_id, ms in members.items():
        _study, vs = judge_study(
            study_id, ms, ["larger-trials", "serotonergic-combination", "dose-finding"]
        )
        verdicts |= {v.key: v for v in vs}
    return ids, verdicts
