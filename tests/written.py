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


def flow(groups: Sequence[str], started: Sequence[int] | None) -> dict[str, Any]:
    """A registration's posted results holding only a participant flow: one "Overall
    Study" period whose STARTED milestone counts ``started`` per group (FG000, FG001, ...);
    None leaves the period without milestones, a flow that gives no count."""
    milestones = []
    if started is not None:
        milestones.append(
            {
                "type": "STARTED",
                "achievements": [
                    {"groupId": f"FG00{i}", "numSubjects": str(c)} for i, c in enumerate(started)
                ],
            }
        )
    return {
        "participantFlowModule": {
            "groups": [{"id": f"FG00{i}", "title": t} for i, t in enumerate(groups)],
            "periods": [{"title": "Overall Study", "milestones": milestones}],
        }
    }


Arm = dict[str, Any] | tuple[Any, ...]


def arm(
    label: str,
    kind: str = "EXPERIMENTAL",
    description: str | None = None,
    drugs: Sequence[str] = ("Naltrexone",),
) -> dict[str, Any]:
    """A registration's arm group; each drug becomes a "Drug: name" intervention name, and
    a ``description`` of None leaves the key out (the parser reads a missing one as "")."""
    group: dict[str, Any] = {"label": label, "type": kind}
    if description is not None:
        group["description"] = description
    group["interventionNames"] = [f"Drug: {d}" for d in drugs]
    return group


def drug(
    name: str, description: str | None = None, arms: Sequence[str] | None = None
) -> dict[str, Any]:
    """A registration's drug intervention; None leaves its description or arm labels out."""
    item: dict[str, Any] = {"type": "DRUG", "name": name}
    if description is not None:
        item["description"] = description
    if arms is not None:
        item["armGroupLabels"] = list(arms)
    return item


def registration(
    *,
    nct: str = "NCT01234567",
    title: str | None = None,
    official_title: str | None = None,
    status: str = "RECRUITING",
    summary: str | None = None,
    description: str | None = None,
    conditions: Sequence[str] | None = ("Major Depressive Disorder",),
    study_type: str = "INTERVENTIONAL",
    phases: Sequence[str] | None = None,
    allocation: str | None = None,
    model: str | None = None,
    model_description: str | None = None,
    enrollment: int | None = None,
    enrollment_type: str = "ESTIMATED",
    arms: Sequence[Arm] | None = None,
    interventions: Sequence[dict[str, Any]] | None = None,
    criteria: str | None = None,
    outcomes: Sequence[str] = (),
    has_results: bool | None = False,
    results: dict[str, Any] | None = None,
    **modules: Any,
) -> dict[str, Any]:
    """A ClinicalTrials.gov v2 study object as the registry tests write it, so that each
    test states only the fields it varies. A None (or empty ``outcomes``) leaves its key or
    module out, as a registration that does not fill it in; ``arms`` are dicts or
    :func:`arm` argument tuples (label, type, description, drugs); ``model`` and
    ``model_description`` are the design's interventionModel and its free-text
    interventionModelDescription; ``modules`` are further protocol-section modules
    (``sponsorCollaboratorsModule=...``) given whole, or a module the builder writes
    replaced whole (``conditionsModule={"conditions": [...], "keywords": [...]}``)."""
    ident: dict[str, Any] = {"nctId": nct}
    if title is not None:
        ident["briefTitle"] = title
    if official_title is not None:
        ident["officialTitle"] = official_title
    protocol: dict[str, Any] = {
        "identificationModule": ident,
        "statusModule": {"overallStatus": status},
    }
    text = {"briefSummary": summary, "detailedDescription": description}
    if any(v is not None for v in text.values()):
        protocol["descriptionModule"] = {k: v for k, v in text.items() if v is not None}
    if conditions is not None:
        protocol["conditionsModule"] = {"conditions": list(conditions)}
    design: dict[str, Any] = {"studyType": study_type}
    if phases is not None:
        design["phases"] = list(phases)
    info = {
        "allocation": allocation,
        "interventionModel": model,
        "interventionModelDescription": model_description,
    }
    if any(v is not None for v in info.values()):
        design["designInfo"] = {k: v for k, v in info.items() if v is not None}
    if enrollment is not None:
        design["enrollmentInfo"] = {"count": enrollment, "type": enrollment_type}
    protocol["designModule"] = design
    groups: dict[str, Any] = {}
    if arms is not None:
        groups["armGroups"] = [a if isinstance(a, dict) else arm(*a) for a in arms]
    if interventions is not None:
        groups["interventions"] = list(interventions)
    if groups:
        protocol["armsInterventionsModule"] = groups
    if outcomes:
        protocol["outcomesModule"] = {"primaryOutcomes": [{"measure": m} for m in outcomes]}
    if criteria is not None:
        protocol["eligibilityModule"] = {"eligibilityCriteria": criteria}
    study: dict[str, Any] = {"protocolSection": protocol | modules}
    if has_results is not None:
        study["hasResults"] = has_results
    if results is not None:
        study["resultsSection"] = results
    return study


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
    return registration(
        nct=nct,
        title=brief_title,
        official_title=official_title,
        status="COMPLETED",
        summary=summary,
        allocation="RANDOMIZED",
        enrollment=enrolled,
        enrollment_type="ACTUAL",
        arms=[
            (label, "EXPERIMENTAL", description),
            ("Placebo", "PLACEBO_COMPARATOR", placebo_text, ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", arms=[label]), drug("Placebo", arms=["Placebo"])],
        outcomes=[outcome],
        criteria=criteria,
        has_results=True,
        results={"baselineCharacteristicsModule": {"measures": list(measures)}},
    )


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
