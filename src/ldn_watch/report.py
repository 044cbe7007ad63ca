"""The evidence as it stands, in the contract's JSON schema ``ldn-watch/report/1``.

Pure: takes the plain objects the facade hands out and returns JSON-ready data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ldn_watch.model import Assessment, GapState, Record, StoredArticle

SCHEMA = "ldn-watch/report/1"


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def article_json(a: Record, s: Assessment | None) -> dict[str, Any]:
    """One article with its extracted facts; facts are null until it is assessed."""
    out: dict[str, Any] = {
        "pmid": a.pmid,
        "title": a.title,
        "journal": a.journal,
        "year": a.year,
        "doi": a.doi,
        "publication_types": list(a.publication_types),
    }
    f = s.facts if s else None
    out.update(
        {
            "on_topic": f.on_topic if f else None,
            "design": f.design if f else None,
            "depression_population": f.depression_population if f else None,
            "n": f.n if f else None,
            "ldn_doses_mg": [float(d) for d in f.ldn_doses_mg] if f else [],
            "concomitant_antidepressants": list(f.concomitant_antidepressants) if f else [],
            "concomitant_classes": list(f.concomitant_classes) if f else [],
            "compares_doses": f.compares_doses if f else None,
            "has_results": f.has_results if f else None,
            "gaps": dict(s.gaps) if s else {},
            "evidence": dict(f.evidence) if f else {},
            # Additions beyond the contract's example, useful to readers and scripts.
            "off_topic_reason": f.off_topic_reason if f else None,
            "nct_ids": list(a.nct_ids),
            "notices": a.notices,
            "url": a.url,
        }
    )
    return out


def build_report(
    states: Sequence[GapState], stored: Sequence[StoredArticle], *, now: datetime
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "generated_at": iso_utc(now),
        "gaps": [
            {
                "id": g.id,
                "title": g.title,
                "status": g.status,
                "articles": g.articles,
                "description": g.description,
                "addressed_by": list(g.addressed_by),
                "in_progress_by": list(g.in_progress_by),
            }
            for g in states
        ],
        "articles": [article_json(s.article, s.assessment) for s in stored],
    }
