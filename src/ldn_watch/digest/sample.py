"""A realistic sample digest, for previewing a template override and for the digest tests.

Only the 2017 pilot (PMID 27736689) is a real record. Every other article is invented
for illustration, with PMIDs in the 99000000 range that PubMed has not issued; none of
their findings is evidence of anything.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from ldn_watch.digest.context import DigestContext, build_context
from ldn_watch.model import (
    AbstractSection,
    Article,
    Assessment,
    Correction,
    Facts,
    GapState,
    GapValue,
    Record,
    StoredArticle,
)

SAMPLE_NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)

GAP_TEXT: dict[str, tuple[str, str]] = {
    "larger-trials": (
        "Larger trials",
        "Needs a trial with at least 50 participants (the pilot had 12).",
    ),
    "serotonergic-combination": (
        "Serotonergic combination",
        "Needs a trial of LDN with a serotonergic or noradrenergic antidepressant "
        "(the pilot enrolled dopaminergic regimens only).",
    ),
    "dose-finding": (
        "Dose-finding",
        "Needs a trial comparing two or more LDN doses (the pilot tested 1 mg twice daily).",
    ),
}


def _gaps(larger: GapValue = "no", sero: GapValue = "no", dose: GapValue = "no") -> dict:
    return {"larger-trials": larger, "serotonergic-combination": sero, "dose-finding": dose}


def _stored(article: Record, facts: Facts | None, gaps: dict, seen: date) -> StoredArticle:
    when = datetime(seen.year, seen.month, seen.day, 7, 0, tzinfo=UTC)
    assessment = (
        Assessment(pmid=article.id, facts=facts, gaps=gaps, rules_version="sample")
        if facts
        else None
    )
    return StoredArticle(record=article, assessment=assessment, first_seen=when, last_changed=when)


def pilot() -> StoredArticle:
    """The 2017 pilot, the reference point (a real PubMed record)."""
    article = Article(
        pmid="27736689",
        title=(
            "Randomized, proof-of-concept trial of low dose naltrexone for patients with "
            "breakthrough symptoms of major depressive disorder on antidepressants."
        ),
        journal="Journal of affective disorders",
        journal_abbrev="J Affect Disord",
        year=2017,
        authors=["Mischoulon D", "Hylek L", "Yeung AS", "Clain AJ", "Baer L", "Fava M"],
        publication_types=["Journal Article", "Randomized Controlled Trial"],
        abstract=[AbstractSection("Low dose naltrexone (LDN) ...", "BACKGROUND")],
    )
    facts = Facts(
        on_topic=True,
        design="rct",
        depression_population=True,
        n=12,
        ldn_doses_mg=[2.0],
        concomitant_antidepressants=["bupropion", "sertraline"],
        concomitant_classes=["dopaminergic"],
        conclusion=(
            "LDN may be an effective and well-tolerated adjunct for patients with major "
            "depressive disorder on dopaminergic antidepressant regimens; larger trials "
            "are needed."
        ),
    )
    return _stored(article, facts, _gaps(), date(2026, 1, 5))


def sample_inputs() -> dict[str, Any]:
    """Keyword arguments for ``build_context``: two new studies, two updated, three off topic."""
    dose_ranging = _stored(
        Article(
            pmid="99000001",
            title=(
                "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomized, "
                "placebo-controlled, three-dose trial"
            ),
            journal="Journal of Clinical Psychopharmacology",
            year=2026,
            publication_types=["Journal Article", "Randomized Controlled Trial"],
            abstract=[AbstractSection("...", "METHODS")],
        ),
        Facts(
            on_topic=True,
            design="rct",
            depression_population=True,
            n=36,
            ldn_doses_mg=[1.5, 3.0, 4.5],
            concomitant_antidepressants=["escitalopram", "sertraline"],
            concomitant_classes=["serotonergic"],
            compares_doses=True,
            conclusion=(
                "All three doses were well tolerated; 4.5 mg/day separated from placebo "
                "on the MADRS at week 8."
            ),
        ),
        _gaps(sero="addressed", dose="addressed"),
        date(2026, 11, 26),
    )
    protocol = _stored(
        Article(
            pmid="99000002",
            title=(
                "Adjunctive low-dose naltrexone for SNRI-treated depression (LOTUS): protocol "
                "for a multicentre randomized controlled trial"
            ),
            journal="BMJ Open",
            year=2026,
            publication_types=["Journal Article", "Clinical Trial Protocol"],
            nct_ids=["NCT09000002"],
            abstract=[AbstractSection("...", "METHODS AND ANALYSIS")],
        ),
        Facts(
            on_topic=True,
            design="protocol",
            depression_population=True,
            n=120,
            ldn_doses_mg=[4.5],
            concomitant_antidepressants=["duloxetine", "venlafaxine"],
            concomitant_classes=["serotonergic", "noradrenergic"],
            has_results=False,
            conclusion=(
                "The trial will show whether 4.5 mg/day LDN improves response in patients "
                "with an inadequate response to an SNRI."
            ),
        ),
        _gaps(larger="in_progress", sero="in_progress"),
        date(2026, 11, 27),
    )
    review = _stored(
        Article(
            pmid="99000003",
            title="Opioid modulation in depression: a narrative review of low-dose naltrexone",
            journal="CNS Drugs",
            year=2026,
            publication_types=["Journal Article", "Review"],
            abstract=[AbstractSection("...")],
        ),
        Facts(on_topic=True, design="review", conclusion=None),
        _gaps(),
        date(2026, 11, 28),
    )
    open_label = _stored(
        Article(
            pmid="99000004",
            title=(
                "Open-label comparison of 1.5 mg and 4.5 mg naltrexone in depressed patients "
                "with fibromyalgia"
            ),
            journal="Pain Medicine",
            year=2025,
            publication_types=["Journal Article", "Clinical Trial"],
            abstract=[AbstractSection("...", "RESULTS")],
        ),
        Facts(
            on_topic=True,
            design="nonrandomized_trial",
            depression_population=True,
            n=38,
            ldn_doses_mg=[1.5, 4.5],
            compares_doses=True,
            conclusion="Depressive symptoms fell more at 4.5 mg than at 1.5 mg per day.",
        ),
        _gaps(dose="addressed"),
        date(2025, 9, 1),
    )
    retracted = _stored(
        Article(
            pmid="99000005",
            title="Low-dose naltrexone in postpartum depression: a case series",
            journal="Archives of Women's Mental Health",
            year=2024,
            publication_types=["Journal Article", "Retracted Publication"],
            corrections=[Correction("RetractionIn", "99000006")],
            abstract=[AbstractSection("...")],
        ),
        Facts(
            on_topic=True,
            design="case_report",
            depression_population=True,
            n=6,
            ldn_doses_mg=[4.5],
            conclusion="Five of six women remitted within four weeks.",
        ),
        _gaps(),
        date(2024, 6, 3),
    )
    off_topic = [
        _stored(
            Article(pmid=pmid, title=title, journal=journal, year=2026),
            Facts(on_topic=False, off_topic_reason=reason),
            _gaps(),
            date(2026, 11, 25),
        )
        for pmid, title, journal, reason in [
            (
                "99000011",
                "Naltrexone-bupropion and depressive symptoms in adults with obesity",
                "Obesity",
                "naltrexone-bupropion",
            ),
            (
                "99000012",
                "Naltrexone 50 mg for alcohol use disorder with comorbid depression",
                "Addiction",
                "standard-dose naltrexone",
            ),
            (
                "99000013",
                "Samidorphan combined with olanzapine: weight and mood outcomes",
                "Schizophrenia Research",
                "samidorphan",
            ),
        ]
    ]
    gaps = [
        GapState(
            id="larger-trials",
            title=GAP_TEXT["larger-trials"][0],
            description=GAP_TEXT["larger-trials"][1],
            status="in_progress",
            in_progress_by=["99000002"],
        ),
        GapState(
            id="serotonergic-combination",
            title=GAP_TEXT["serotonergic-combination"][0],
            description=GAP_TEXT["serotonergic-combination"][1],
            status="addressed",
            addressed_by=["99000001"],
            in_progress_by=["99000002"],
        ),
        GapState(
            id="dose-finding",
            title=GAP_TEXT["dose-finding"][0],
            description=GAP_TEXT["dose-finding"][1],
            status="addressed",
            addressed_by=["99000001", "99000004"],
        ),
    ]
    return {
        "gaps": gaps,
        "rules": {g.id: g for g in gaps},
        "new": [review, dose_ranging, protocol],
        "updated": [
            (open_label, ["verdict changed: dose-finding in_progress -> addressed"]),
            (retracted, ["retracted"]),
        ],
        "off_topic": off_topic,
        "period_start": SAMPLE_NOW - timedelta(days=7),
        "period_end": SAMPLE_NOW,
        "now": SAMPLE_NOW,
        "evidence": [pilot(), open_label],
        "previous_status": {
            "larger-trials": "in_progress",
            "serotonergic-combination": "open",
            "dose-finding": "in_progress",
        },
    }


def sample_context() -> DigestContext:
    """The sample as a ready ``DigestContext``."""
    return build_context(**sample_inputs())
