"""The evidence as it stands, in the contract's JSON schema ``ldn-watch/report/2``.

Pure: takes the plain objects the facade hands out and returns JSON-ready data.
Schema 2 keeps every field of schema 1 (``gaps``, ``articles``) and adds each
record's source, id, study and reasons, and the studies themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from ldn_watch.model import Assessment, GapState, Record, StoredRecord
from ldn_watch.studies import Study

SCHEMA = "ldn-watch/report/2"


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def article_json(
    a: Record, s: Assessment | None, stored: StoredRecord | None = None
) -> dict[str, Any]:
    """One record with its extracted facts; facts are null until it is assessed.

    With ``stored``, on-topic, gaps and reasons are the record as judged in its study
    (a notice follows its article; a retracted study's records count toward no gap).
    """
    f = s.facts if s else None
    in_study = stored.in_study if stored is not None else None
    gaps = dict(in_study.gaps) if in_study else (dict(s.gaps) if s else {})
    reasons = dict(in_study.reasons) if in_study else (dict(s.reasons) if s else {})
    on_topic = in_study.on_topic if in_study else (f.on_topic if f else None)
    out: dict[str, Any] = {
        "source": a.source,
        "id": a.id,
        "pmid": a.pmid,
        "study": in_study.study if in_study else None,
        "role": in_study.role if in_study else None,
        "retracted": bool(in_study.retracted) if in_study else a.retracted,
        "title": a.title,
        "journal": a.journal,
        "year": a.year,
        "doi": a.doi,
        "publication_types": list(a.publication_types),
        "on_topic": on_topic,
        "design": f.design if f else None,
        "depression_population": f.depression_population if f else None,
        "n": f.n if f else None,
        "ldn_doses_mg": [float(d) for d in f.ldn_doses_mg] if f else [],
        "concomitant_antidepressants": list(f.concomitant_antidepressants) if f else [],
        "concomitant_classes": list(f.concomitant_classes) if f else [],
        "compares_doses": f.compares_doses if f else None,
        "has_results": f.has_results if f else None,
        "gaps": gaps,
        "gap_reasons": reasons,
        "evidence": dict(f.evidence) if f else {},
        # Additions beyond the contract's example, useful to readers and scripts.
        "off_topic_reason": f.off_topic_reason if f else None,
        "nct_ids": list(a.nct_ids),
        "notices": a.notices,
        "url": a.url,
    }
    return out


def study_json(s: Study) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "records": [
            {"source": key.partition(":")[0], "id": key.partition(":")[2], "role": role}
            for key, role in s.members
        ],
        "design": s.design,
        "n": s.n,
        "ldn_doses_mg": [float(d) for d in s.ldn_doses_mg],
        "concomitant_classes": list(s.concomitant_classes),
        "compares_doses": s.compares_doses,
        "has_results": s.has_results,
        "retracted": s.retracted,
        "status": s.status,
        "gaps": dict(s.gaps),
        "why": dict(s.why),
        # Additions beyond the contract's example.
        "on_topic": s.on_topic,
        "depression_population": s.depression_population,
        "lead": s.lead,
        "flags": list(s.flags),
        "retracted_on": s.retracted_on.isoformat()
        if s.retracted_on and s.retracted_on.year > 1
        else None,
    }


def write_report(
    out: TextIO,
    states: Sequence[GapState],
    stored: Iterable[StoredRecord],
    studies: Iterable[Study] = (),
    *,
    now: datetime,
) -> None:
    """Write the report to ``out`` as it is read: one record and one study at a time, so
    that a store of any size is reported in the memory of one record."""
    head = {
        "schema": SCHEMA,
        "generated_at": iso_utc(now),
        "gaps": [
            {
                "id": g.id,
                "title": g.title,
                "status": g.status,
                "articles": g.articles,
                "studies": g.studies,
                "description": g.description,
                "addressed_by": list(g.addressed_by),
                "in_progress_by": list(g.in_progress_by),
            }
            for g in states
        ],
    }
    write_json(
        out,
        head,
        articles=(article_json(s.record, s.assessment, s) for s in stored),
        studies=(study_json(s) for s in studies),
    )


def write_json(out: TextIO, head: dict[str, Any], **arrays: Iterable[Any]) -> None:
    """``json.dump({**head, **arrays}, out, indent=2, ensure_ascii=False)`` byte for byte,
    with each array written item by item as its iterable yields them."""

    def dumped(value: Any, depth: int) -> str:
        text = json.dumps(value, indent=2, ensure_ascii=False)
        return text.replace("\n", "\n" + "  " * depth)

    out.write("{")
    first = True
    for key, value in head.items():
        out.write(("\n" if first else ",\n") + f"  {json.dumps(key)}: {dumped(value, 1)}")
        first = False
    for key, items in arrays.items():
        out.write(("\n" if first else ",\n") + f"  {json.dumps(key)}: [")
        first, empty = False, True
        for item in items:
            out.write(("\n" if empty else ",\n") + "    " + dumped(item, 2))
            empty = False
        out.write("]" if empty else "\n  ]")
    out.write("\n}" if not first else "}")
