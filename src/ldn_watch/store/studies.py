"""Studies as stored: the grouping of records, each study's verdicts, each record's in it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, select, tuple_, update

from ldn_watch.changes import verdict_changes
from ldn_watch.model import Facts
from ldn_watch.store.base import PackedKeys, StorageBase, chunks, split_key, utcnow
from ldn_watch.store.codec import dumps, facts_from_json, record_from_json
from ldn_watch.store.schema import (
    assessments,
    record_changes,
    record_links,
    records,
    studies,
    verdicts,
)
from ldn_watch.studies import IF_ONE_STUDY, Member, RecordVerdict, Study

__all__ = ["StudyStore"]


def _packed(conn: Connection, query: Select[Any], columns: int) -> PackedKeys:
    """The rows of a one-column (study id) or two-column (source, id) query, packed."""
    out = PackedKeys()
    for part in conn.execute(query.execution_options(yield_per=PackedKeys.BLOCK)).partitions():
        out.add([f"{r[0]}:{r[1]}" for r in part] if columns == 2 else [r[0] for r in part])
    return out


def _where_keys(keys: Sequence[str]) -> Any:
    return tuple_(records.c.source, records.c.id).in_([split_key(k) for k in keys])


class StudyStore(StorageBase):
    """Grouping inputs (links, DOIs, dirty records) and study results."""

    def dirty_keys(self) -> list[str]:
        return [key for key, _, _ in self.dirty_records()]

    def dirty_records(self, limit: int | None = None) -> list[tuple[str, str | None, bool]]:
        """(key, stored study id, deleted) of records whose study needs a refresh."""
        query = select(records.c.source, records.c.id, records.c.study_id, records.c.deleted).where(
            records.c.dirty.is_(True)
        )
        if limit is not None:
            query = query.order_by(records.c.source, records.c.id).limit(limit)
        with self._read() as conn:
            return [
                (f"{r.source}:{r.id}", r.study_id, bool(r.deleted)) for r in conn.execute(query)
            ]

    def dirty_keys_in_order(self) -> PackedKeys:
        """Keys of the dirty records that are not deleted, in (source, id) order, packed:
        a refresh after an import of 200,000 records reads them in one pass without
        holding 200,000 strings."""
        query = select(records.c.source, records.c.id).where(
            records.c.dirty.is_(True), records.c.deleted.is_(False)
        )
        with self._read() as conn:
            return _packed(conn, query.order_by(records.c.source, records.c.id), 2)

    def dirty_among(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys are dirty records that are not deleted."""
        found: set[str] = set()
        with self._read() as conn:
            for chunk in chunks(list(dict.fromkeys(keys))):
                rows = conn.execute(
                    select(records.c.source, records.c.id).where(
                        _where_keys(chunk), records.c.dirty.is_(True), records.c.deleted.is_(False)
                    )
                )
                found.update(f"{r.source}:{r.id}" for r in rows)
        return found

    def dirty_study_ids(self) -> PackedKeys:
        """The stored study ids of dirty records (deleted or not), in order, packed: the
        studies a refresh may leave without members."""
        query = (
            select(records.c.study_id)
            .where(records.c.dirty.is_(True), records.c.study_id.is_not(None))
            .group_by(records.c.study_id)
            .order_by(records.c.study_id)
        )
        with self._read() as conn:
            return _packed(conn, query, 1)

    def keys_sharing_dirty_studies(self) -> list[str]:
        """Keys of the clean records (not deleted) whose stored study holds a dirty record:
        their study may change too. Only records that were grouped with others share a
        study, so this stays small however many records are dirty."""
        dirty_studies = select(records.c.study_id).where(
            records.c.dirty.is_(True), records.c.study_id.is_not(None)
        )
        query = select(records.c.source, records.c.id).where(
            records.c.dirty.is_(False),
            records.c.deleted.is_(False),
            records.c.study_id.in_(dirty_studies.scalar_subquery()),
        )
        with self._read() as conn:
            return [f"{r.source}:{r.id}" for r in conn.execute(query)]

    def clear_dirty(self) -> None:
        """Every record's study is up to date (called under the run lock, after a refresh)."""
        with self._write() as conn:
            conn.execute(update(records).where(records.c.dirty.is_(True)).values(dirty=False))

    def keys_in_studies(self, study_ids: Iterable[str]) -> list[str]:
        """Keys of the stored records (not deleted) that belong to these studies now."""
        out: list[str] = []
        with self._read() as conn:
            for chunk in chunks(list(dict.fromkeys(study_ids))):
                rows = conn.execute(
                    select(records.c.source, records.c.id).where(
                        records.c.study_id.in_(chunk), records.c.deleted.is_(False)
                    )
                )
                out.extend(f"{r.source}:{r.id}" for r in rows)
        return out

    def link_graph(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """(record key -> keys it joins, record key -> DOI) for the records that take part
        in a link: those stating one (not deleted) and those a link points at. Every
        other record is a study of its own, so a large store is never loaded whole."""
        graph: dict[str, list[str]] = {}
        dois: dict[str, str] = {}
        with self._read() as conn:
            stated = conn.execute(
                select(record_links.c.source, record_links.c.id, record_links.c.target)
                .select_from(
                    record_links.join(
                        records,
                        and_(
                            records.c.source == record_links.c.source,
                            records.c.id == record_links.c.id,
                        ),
                    )
                )
                .where(records.c.deleted.is_(False))
            )
            for link in stated:
                graph.setdefault(f"{link.source}:{link.id}", []).append(link.target)
            # (a target joined only within one study is stored as "?<key>")
            targets = {t.removeprefix(IF_ONE_STUDY) for ts in graph.values() for t in ts}
            pairs = [split_key(t) for t in targets if not t.startswith("doi:")]
            for chunk in chunks(pairs):
                rows = conn.execute(
                    select(records.c.source, records.c.id).where(
                        tuple_(records.c.source, records.c.id).in_(chunk),
                        records.c.deleted.is_(False),
                    )
                )
                for r in rows:
                    graph.setdefault(f"{r.source}:{r.id}", [])
            wanted = [t[4:] for t in targets if t.startswith("doi:")]
            for some in chunks(wanted):
                rows = conn.execute(
                    select(records.c.source, records.c.id, records.c.doi).where(
                        records.c.doi.in_(some), records.c.deleted.is_(False)
                    )
                )
                for r in rows:
                    key = f"{r.source}:{r.id}"
                    graph.setdefault(key, [])
                    dois[key] = r.doi
        return graph, dois

    def members(self, keys: Sequence[str]) -> list[Member]:
        """Records with their own assessments, for judging their studies."""
        out: list[Member] = []
        query = select(
            records.c.fields,
            assessments.c.facts,
            assessments.c.gaps,
            assessments.c.reasons,
        ).select_from(
            records.outerjoin(
                assessments,
                and_(assessments.c.source == records.c.source, assessments.c.id == records.c.id),
            )
        )
        with self._read() as conn:
            for chunk in chunks(list(keys)):
                pairs = [split_key(k) for k in chunk]
                for row in conn.execute(
                    query.where(tuple_(records.c.source, records.c.id).in_(pairs))
                ):
                    out.append(
                        Member(
                            record=record_from_json(row.fields),
                            facts=facts_from_json(row.facts) if row.facts else None,
                            gaps=json.loads(row.gaps) if row.gaps else {},
                            reasons=json.loads(row.reasons) if row.reasons else {},
                        )
                    )
        return out

    def save_studies(
        self,
        judged: Sequence[tuple[Study, Sequence[RecordVerdict]]],
        *,
        removed: Iterable[str] = (),
        clean: Iterable[str] = (),
        run_id: int | None = None,
    ) -> dict[str, list[str]]:
        """Write studies and their records' verdicts; log what readers must hear about.

        ``removed``: study ids that no longer have members; ``clean``: record keys whose
        study is now up to date. Returns {record key: [material changes]}.
        """
        now = utcnow()
        changed: dict[str, list[str]] = {}
        with self._write() as conn:
            gone = list(dict.fromkeys([*removed, *(s.id for s, _ in judged)]))
            for chunk in chunks(gone):
                conn.execute(studies.delete().where(studies.c.id.in_(chunk)))
            if judged:
                conn.execute(studies.insert(), [_study_row(s, now) for s, _ in judged])
            all_verdicts = [v for _, vs in judged for v in vs]
            previous: dict[str, Any] = {}
            for chunk in chunks([v.key for v in all_verdicts]):
                pairs = [split_key(k) for k in chunk]
                for row in conn.execute(
                    select(verdicts).where(tuple_(verdicts.c.source, verdicts.c.id).in_(pairs))
                ):
                    previous[f"{row.source}:{row.id}"] = row
                conn.execute(
                    verdicts.delete().where(tuple_(verdicts.c.source, verdicts.c.id).in_(pairs))
                )
            rows = []
            for v in all_verdicts:
                source, ident = split_key(v.key)
                rows.append(
                    {
                        "source": source,
                        "id": ident,
                        "study_id": v.study,
                        "role": v.role,
                        "on_topic": v.on_topic,
                        "retracted": v.retracted,
                        "gaps": json.dumps(v.gaps),
                        "reasons": json.dumps(v.reasons, ensure_ascii=False),
                    }
                )
                old = previous.get(v.key)
                if old is not None:
                    whats = verdict_changes(
                        json.loads(old.gaps), bool(old.on_topic), v.gaps, v.on_topic
                    )
                    if v.retracted and not old.retracted:
                        whats.insert(0, "retracted")
                    if whats:
                        changed[v.key] = whats
            if rows:
                conn.execute(verdicts.insert(), rows)
            if all_verdicts:
                conn.execute(
                    update(records)
                    .where(
                        records.c.source == bindparam("k_source"),
                        records.c.id == bindparam("k_id"),
                    )
                    .values(study_id=bindparam("v_study")),
                    [
                        {"k_source": r["source"], "k_id": r["id"], "v_study": r["study_id"]}
                        for r in rows
                    ],
                )
            for done in chunks([split_key(k) for k in clean]):
                conn.execute(
                    update(records)
                    .where(tuple_(records.c.source, records.c.id).in_(done))
                    .values(dirty=False)
                )
            for key, whats in changed.items():
                source, ident = split_key(key)
                where = and_(records.c.source == source, records.c.id == ident)
                seq = conn.execute(select(records.c.material_seq).where(where)).scalar_one() + 1
                conn.execute(
                    update(records).where(where).values(material_seq=seq, last_changed=now)
                )
                conn.execute(
                    record_changes.insert(),
                    [
                        {
                            "source": source,
                            "id": ident,
                            "at": now,
                            "run_id": run_id,
                            "what": what,
                            "material": True,
                            "material_seq": seq,
                        }
                        for what in whats
                    ],
                )
        return changed

    def studies_on_gaps(self) -> list[Study]:
        """The studies that address a gap or have one in progress (all a gap board needs)."""
        query = select(studies).where(
            studies.c.gaps.like('%"addressed"%') | studies.c.gaps.like('%"in_progress"%')
        )
        with self._read() as conn:
            return [_study(r) for r in conn.execute(query.order_by(studies.c.id))]

    def studies(
        self, ids: Iterable[str] | None = None, *, on_topic: bool | None = None
    ) -> list[Study]:
        query = select(studies).order_by(studies.c.id)
        if on_topic is not None:
            query = query.where(studies.c.on_topic.is_(on_topic))
        with self._read() as conn:
            if ids is None:
                rows = list(conn.execute(query))
            else:
                rows = []
                for chunk in chunks(list(dict.fromkeys(ids))):
                    rows.extend(conn.execute(query.where(studies.c.id.in_(chunk))))
        return [_study(r) for r in rows]

    def iter_studies(self, *, page: int = 500) -> Iterator[Study]:
        """Every study in ``studies()`` order, ``page`` rows in memory at a time."""
        with self._read() as conn:
            query = select(studies).order_by(studies.c.id)
            for row in conn.execution_options(yield_per=page).execute(query):
                yield _study(row)

    def study_gaps(self) -> list[tuple[str, dict[str, str]]]:
        """(study id, gaps) of every study that is not off topic: enough for gap statuses."""
        with self._read() as conn:
            rows = conn.execute(select(studies.c.id, studies.c.gaps))
            return [(r.id, json.loads(r.gaps)) for r in rows]


_STUDY_FACTS = (
    "design",
    "n",
    "ldn_doses_mg",
    "concomitant_classes",
    "compares_doses",
    "has_results",
    "depression_population",
    "flags",
)


def _study_row(s: Study, now: datetime) -> dict[str, Any]:
    facts = {name: getattr(s, name) for name in _STUDY_FACTS}
    facts["retracted_on"] = s.retracted_on.isoformat() if s.retracted_on else None
    return {
        "id": s.id,
        "title": s.title,
        "lead": s.lead,
        "members": json.dumps(s.members),
        "facts": dumps(facts),
        "status": s.status,
        "gaps": json.dumps(s.gaps),
        "why": json.dumps(s.why, ensure_ascii=False),
        "decided_by": json.dumps(s.decided_by),
        "retracted": s.retracted,
        "on_topic": s.on_topic,
        "year": s.year,
        "updated_at": now,
    }


def _study(row: Any) -> Study:
    facts = json.loads(row.facts)
    retracted_on = facts.pop("retracted_on", None)
    return Study(
        id=row.id,
        title=row.title,
        members=[(k, r) for k, r in json.loads(row.members)],
        lead=row.lead,
        retracted=bool(row.retracted),
        retracted_on=date.fromisoformat(retracted_on) if retracted_on else None,
        on_topic=bool(row.on_topic),
        status=row.status,
        gaps=json.loads(row.gaps),
        why=json.loads(row.why),
        decided_by=json.loads(row.decided_by),
        year=row.year,
        **{k: facts.get(k, getattr(Facts(), k, None)) for k in _STUDY_FACTS if k != "flags"},
        flags=facts.get("flags", []),
    )
