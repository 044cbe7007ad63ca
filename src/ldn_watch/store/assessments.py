"""Each record's own assessment (facts, gap verdicts, reasons) and the links it states."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select, tuple_, update

from ldn_watch.model import Assessment
from ldn_watch.store.base import StorageBase, chunks, split_key, utcnow
from ldn_watch.store.codec import dumps
from ldn_watch.store.schema import assessments, record_links, records

__all__ = ["AssessmentStore"]


class AssessmentStore(StorageBase):
    """Verdicts per record, stamped with the rules version that produced them."""

    def unassessed(self, rules_version: str) -> list[str]:
        """Keys of records with no verdict, or one made by other rules or another lexicon."""
        with self._read() as conn:
            return [f"{r.source}:{r.id}" for r in conn.execute(_unassessed(rules_version))]

    def count_unassessed(self, rules_version: str) -> int:
        """How many records have no verdict from these rules (``status`` shows it)."""
        query = select(func.count()).select_from(_unassessed(rules_version).subquery())
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())

    def save_assessments(self, results: Iterable[tuple[Assessment, Sequence[str]]]) -> list[str]:
        """Store verdicts and each record's links (keys of records it joins).

        Marks the records' studies for a refresh; returns the keys saved. Whether a
        verdict change is material is decided when the study is refreshed, on what
        readers see (the record as judged in its study).
        """
        now = utcnow()
        latest = {a.key: (a, list(links)) for a, links in results}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        link_rows: list[dict[str, Any]] = []
        with self._write() as conn:
            present: set[str] = set()
            for chunk in chunks(list(latest)):
                pairs = [split_key(k) for k in chunk]
                query = select(assessments.c.source, assessments.c.id).where(
                    tuple_(assessments.c.source, assessments.c.id).in_(pairs)
                )
                present.update(f"{r.source}:{r.id}" for r in conn.execute(query))
                conn.execute(
                    record_links.delete().where(
                        tuple_(record_links.c.source, record_links.c.id).in_(pairs)
                    )
                )
            for key, (a, links) in latest.items():
                values = {
                    "rules_version": a.rules_version,
                    "facts": dumps(asdict(a.facts)),
                    "gaps": json.dumps(a.gaps),
                    "reasons": json.dumps(a.reasons, ensure_ascii=False),
                    "assessed_at": now,
                    "on_topic": a.facts.on_topic,
                }
                if key in present:
                    updates.append({"k_source": a.source, "k_id": a.pmid, **values})
                else:
                    inserts.append({"source": a.source, "id": a.pmid, **values})
                link_rows.extend(
                    {"source": a.source, "id": a.pmid, "target": t} for t in dict.fromkeys(links)
                )
            if inserts:
                conn.execute(assessments.insert(), inserts)
            if updates:
                conn.execute(
                    update(assessments).where(
                        assessments.c.source == bindparam("k_source"),
                        assessments.c.id == bindparam("k_id"),
                    ),
                    updates,
                )
            if link_rows:
                conn.execute(record_links.insert(), link_rows)
            dirty = [{"k_source": a.source, "k_id": a.pmid} for a, _ in latest.values()]
            if dirty:
                conn.execute(
                    update(records)
                    .where(
                        records.c.source == bindparam("k_source"),
                        records.c.id == bindparam("k_id"),
                    )
                    .values(dirty=True),
                    dirty,
                )
        return list(latest)


def _unassessed(rules_version: str) -> Select[tuple[str, str]]:
    """Records with no verdict, or one made by other rules or another lexicon."""
    return (
        select(records.c.source, records.c.id)
        .select_from(
            records.outerjoin(
                assessments,
                and_(assessments.c.source == records.c.source, assessments.c.id == records.c.id),
            )
        )
        .where(or_(assessments.c.id.is_(None), assessments.c.rules_version != rules_version))
    )
