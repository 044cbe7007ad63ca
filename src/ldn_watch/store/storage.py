"""The one class that talks to the database.

SQLAlchemy stays inside this package: callers hand in and get back the plain
dataclasses of ``ldn_watch.model``. Driver errors are wrapped in ``StorageError``
at this boundary; programming bugs are let through.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, overload

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from ldn_watch.errors import BadDatabaseError, StorageError
from ldn_watch.model import Assessment, Facts, Record, RunRecord, StoredArticle
from ldn_watch.net import redact
from ldn_watch.pubmed.parse import parse_record
from ldn_watch.store import schema
from ldn_watch.store.schema import (
    article_changes,
    articles,
    assessments,
    digest_items,
    digests,
    meta,
    runs,
)
from ldn_watch.store.target import check_target, describe_driver_error

# Chunk size for IN (...) lists: well under SQLite's variable limit.
_CHUNK = 500


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def _aware(value: datetime) -> datetime: ...
@overload
def _aware(value: None) -> None: ...
@overload
def _aware(value: datetime | None) -> datetime | None: ...
def _aware(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything stored is UTC. None (a NULL) stays None."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def content_fingerprint(article: Record) -> str:
    """A hash of what the record says, not of how its XML was laid out."""
    data = {f.name: getattr(article, f.name) for f in fields(article) if f.name != "raw"}
    # a PubMed record hashes as it did before records had a source: stored hashes stay valid
    for name, default in _PUBMED_DEFAULTS.items():
        if data.get(name) == default or (name == "id" and article.source == "pubmed"):
            data.pop(name, None)
    text = json.dumps(data, default=_json_default, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_PUBMED_DEFAULTS: dict[str, Any] = {
    "source": "pubmed",
    "id": None,
    "links": [],
    "registry": None,
    "preprint": None,
}


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def describe_changes(old: Record, new: Record) -> list[tuple[str, bool]]:
    """What changed between two versions of a record, each flagged material or not.

    Material changes are the ones a reader of past digests must hear about:
    a retraction or notice, or a changed title or abstract (a correction).
    """
    changes: list[tuple[str, bool]] = []
    for notice in new.notices:
        if notice not in old.notices:
            changes.append((notice, True))
    if old.title != new.title:
        changes.append(("title corrected", True))
    if old.abstract_text != new.abstract_text:
        changes.append(("abstract corrected", True))
    if old.version != new.version:
        changes.append((f"version {old.version} -> {new.version}", False))
    added = [t for t in new.publication_types if t not in old.publication_types]
    if added:
        changes.append((f"publication types added: {', '.join(added)}", False))
    if old.status != new.status:
        changes.append((f"status {old.status} -> {new.status}", False))
    if old.date_revised != new.date_revised:
        changes.append(("revised", False))
    return changes or [("record changed", False)]


def verdict_changes(old_gaps: dict[str, str], was_on_topic: bool, new: Assessment) -> list[str]:
    """What a re-assessment changed that a reader of earlier digests must hear about."""
    whats = []
    if was_on_topic != new.facts.on_topic:
        whats.append("now on topic" if new.facts.on_topic else "no longer on topic")
    whats.extend(
        f"verdict changed: {gap} {old_gaps.get(gap, 'no')} -> {value}"
        for gap, value in new.gaps.items()
        if old_gaps.get(gap, "no") != value
    )
    return whats


@dataclass
class UpsertResult:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DigestItem:
    pmid: str
    kind: str  # new | updated
    material_seq: int
    changes: tuple[str, ...] = ()


class Storage:
    """SQLite (or any SQLAlchemy URL) behind plain methods; one per process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> Storage:
        """Open (creating and migrating as needed) the database at ``url``.

        A URL or file ldn-watch cannot use (a plain path, an unknown scheme, a folder,
        a file that is not SQLite, a damaged one, another program's database) is a
        ``BadDatabaseError`` (exit 2) that says what is wrong, before anything is written.
        """
        parsed = check_target(url)
        try:
            engine = create_engine(parsed, future=True)
        except (SQLAlchemyError, ImportError) as e:
            raise StorageError(f"cannot open database {parsed!r}: {e}") from e
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        storage = cls(engine)
        with storage._write() as conn:
            try:
                schema.migrate(conn)
            except schema.ForeignDatabase as e:
                raise BadDatabaseError(f"database {parsed!r} {e}") from e
            except RuntimeError as e:
                raise StorageError(str(e)) from e
        return storage

    def close(self) -> None:
        self.engine.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite; used to place the run lock beside it."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database).expanduser().resolve()
        return None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any error."""
        with self._wrapped("write"), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._wrapped("read"), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _wrapped(self, action: str) -> Iterator[None]:
        """Driver errors become one-line StorageErrors; the URL's password stays masked."""
        try:
            yield
        except SQLAlchemyError as e:
            wrong = describe_driver_error(e)  # not a database, or a damaged one: exit 2
            if wrong is not None:
                raise BadDatabaseError(f"database {self.engine.url!r} {wrong}") from e
            raise StorageError(
                f"database {action} failed ({self.engine.url!r}): {e.__class__.__name__}: "
                f"{str(e).splitlines()[0]}"
            ) from e

    # -- meta ------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            _set_meta(conn, key, value)

    # -- articles --------------------------------------------------------

    def known_pmids(self, pmids: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(pmids))
        found: set[str] = set()
        with self._read() as conn:
            for chunk in _chunks(wanted):
                found.update(
                    conn.execute(
                        select(articles.c.pmid).where(articles.c.pmid.in_(chunk))
                    ).scalars()
                )
        return found

    def count_articles(self) -> int:
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def upsert_articles(
        self, records: Sequence[Record], *, run_id: int | None = None, now: datetime | None = None
    ) -> UpsertResult:
        """Insert new records, update changed ones in place and log what changed.

        All of ``records`` is written in one transaction: a failure stores none of them.
        """
        now = now or utcnow()
        result = UpsertResult()
        latest: dict[str, Record] = {}
        for record in records:  # the last copy of a PMID within a batch wins
            latest[record.id] = record
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        logged: list[dict[str, Any]] = []
        with self._write() as conn:
            existing = self._existing(conn, list(latest))
            for pmid, article in latest.items():
                fingerprint = content_fingerprint(article)
                row = existing.get(pmid)
                if row is None:
                    inserts.append(
                        {
                            **_article_columns(article, fingerprint),
                            "first_seen": now,
                            "last_changed": now,
                            "material_seq": 0,
                            "first_run_id": run_id,
                            "deleted": False,
                        }
                    )
                    result.new.append(pmid)
                    continue
                if row.content_hash == fingerprint and not row.deleted:
                    result.unchanged.append(pmid)
                    continue
                old = parse_record(zlib.decompress(row.raw_xml))
                changes = describe_changes(old, article)
                if row.deleted:
                    changes.insert(0, ("restored by PubMed", True))
                seq = row.material_seq + (1 if any(m for _, m in changes) else 0)
                columns = _article_columns(article, fingerprint)
                columns["key"] = columns.pop("pmid")
                updates.append(
                    {**columns, "last_changed": now, "material_seq": seq, "deleted": False}
                )
                logged.extend(
                    {
                        "pmid": pmid,
                        "at": now,
                        "run_id": run_id,
                        "what": what,
                        "material": material,
                        "material_seq": seq,
                    }
                    for what, material in changes
                )
                result.updated.append(pmid)
            # executemany: one statement per kind, not one per row (5x faster on backfills)
            if inserts:
                conn.execute(articles.insert(), inserts)
            if updates:
                conn.execute(update(articles).where(articles.c.pmid == bindparam("key")), updates)
            if logged:
                conn.execute(article_changes.insert(), logged)
        return result

    def mark_deleted(self, pmids: Iterable[str], *, run_id: int | None = None) -> list[str]:
        """Flag records PubMed deleted; they stay stored but leave reports and digests."""
        now = utcnow()
        done: list[str] = []
        with self._write() as conn:
            for pmid in dict.fromkeys(pmids):
                row = conn.execute(
                    select(articles.c.deleted, articles.c.material_seq).where(
                        articles.c.pmid == pmid
                    )
                ).first()
                if row is None or row.deleted:
                    continue
                conn.execute(
                    update(articles)
                    .where(articles.c.pmid == pmid)
                    .values(deleted=True, last_changed=now, material_seq=row.material_seq + 1)
                )
                conn.execute(
                    article_changes.insert().values(
                        pmid=pmid,
                        at=now,
                        run_id=run_id,
                        what="deleted from PubMed",
                        material=True,
                        material_seq=row.material_seq + 1,
                    )
                )
                done.append(pmid)
        return done

    def _existing(self, conn: Connection, pmids: list[str]) -> dict[str, Any]:
        rows: dict[str, Any] = {}
        cols = (
            articles.c.pmid,
            articles.c.content_hash,
            articles.c.raw_xml,
            articles.c.material_seq,
            articles.c.deleted,
        )
        for chunk in _chunks(pmids):
            for row in conn.execute(select(*cols).where(articles.c.pmid.in_(chunk))):
                rows[row.pmid] = row
        return rows

    def articles(
        self,
        pmids: Iterable[str] | None = None,
        *,
        include_deleted: bool = False,
        on_topic: bool | None = None,
    ) -> list[StoredArticle]:
        """Stored articles with their assessments, newest first."""
        query = (
            select(articles, assessments.c.rules_version, assessments.c.facts, assessments.c.gaps)
            .select_from(articles.outerjoin(assessments))
            .order_by(articles.c.year.desc().nulls_last(), articles.c.pmid.desc())
        )
        if not include_deleted:
            query = query.where(articles.c.deleted.is_(False))
        if on_topic is not None:
            query = query.where(assessments.c.on_topic.is_(on_topic))
        with self._read() as conn:
            if pmids is None:
                rows = list(conn.execute(query))
            else:
                rows = []
                wanted = list(dict.fromkeys(pmids))
                for chunk in _chunks(wanted):
                    rows.extend(conn.execute(query.where(articles.c.pmid.in_(chunk))))
        return [_stored_article(row) for row in rows]

    def search_local(
        self, terms: Sequence[str], *, limit: int | None = None
    ) -> list[StoredArticle]:
        """Stored articles whose title or abstract contains every term (case-insensitive)."""
        query = select(articles.c.pmid).where(articles.c.deleted.is_(False))
        for term in terms:
            # % and _ are LIKE wildcards: a term is matched literally
            literal = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{literal}%"
            query = query.where(
                or_(
                    func.lower(articles.c.title).like(pattern, escape="\\"),
                    func.lower(articles.c.abstract).like(pattern, escape="\\"),
                    articles.c.pmid == term,
                )
            )
        query = query.order_by(articles.c.year.desc().nulls_last(), articles.c.pmid.desc())
        if limit:
            query = query.limit(limit)
        with self._read() as conn:
            pmids = list(conn.execute(query).scalars())
        found = {s.article.pmid: s for s in self.articles(pmids)}
        return [found[p] for p in pmids if p in found]

    def changes(self, pmid: str) -> list[tuple[datetime, str]]:
        with self._read() as conn:
            rows = conn.execute(
                select(article_changes.c.at, article_changes.c.what)
                .where(article_changes.c.pmid == pmid)
                .order_by(article_changes.c.id)
            )
            return [(_aware(r.at), r.what) for r in rows]

    # -- assessments -----------------------------------------------------

    def unassessed(self, rules_version: str) -> list[str]:
        """PMIDs with no verdict, or one made by other rules or another lexicon."""
        query = (
            select(articles.c.pmid)
            .select_from(articles.outerjoin(assessments))
            .where(or_(assessments.c.pmid.is_(None), assessments.c.rules_version != rules_version))
        )
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def save_assessments(
        self, results: Iterable[Assessment], *, run_id: int | None = None
    ) -> dict[str, list[str]]:
        """Store verdicts; a changed gap verdict or on-topic call is a material change.

        Returns {pmid: [what changed]} for articles whose verdicts changed.
        """
        now = utcnow()
        latest = {a.pmid: a for a in results}
        changed: dict[str, list[str]] = {}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        with self._write() as conn:
            previous: dict[str, Any] = {}
            for chunk in _chunks(list(latest)):
                query = select(assessments.c.pmid, assessments.c.gaps, assessments.c.on_topic)
                for row in conn.execute(query.where(assessments.c.pmid.in_(chunk))):
                    previous[row.pmid] = row
            for pmid, a in latest.items():
                values = {
                    "rules_version": a.rules_version,
                    "facts": json.dumps(asdict(a.facts), ensure_ascii=False),
                    "gaps": json.dumps(a.gaps),
                    "assessed_at": now,
                    "on_topic": a.facts.on_topic,
                }
                old = previous.get(pmid)
                if old is None:
                    inserts.append({"pmid": pmid, **values})
                    continue
                updates.append({"key": pmid, **values})
                whats = verdict_changes(json.loads(old.gaps), bool(old.on_topic), a)
                if whats:
                    changed[pmid] = whats
            if inserts:
                conn.execute(assessments.insert(), inserts)
            if updates:
                where = assessments.c.pmid == bindparam("key")
                conn.execute(update(assessments).where(where), updates)
            for pmid, whats in changed.items():
                seq = self._bump_material(conn, pmid, now)
                conn.execute(
                    article_changes.insert(),
                    [
                        {
                            "pmid": pmid,
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

    @staticmethod
    def _bump_material(conn: Connection, pmid: str, now: datetime) -> int:
        seq: int = (
            conn.execute(
                select(articles.c.material_seq).where(articles.c.pmid == pmid)
            ).scalar_one()
            + 1
        )
        conn.execute(
            update(articles)
            .where(articles.c.pmid == pmid)
            .values(material_seq=seq, last_changed=now)
        )
        return seq

    # -- runs ------------------------------------------------------------

    def start_run(
        self,
        kind: str,
        *,
        query: str | None = None,
        window_start: datetime | None = None,
        window_end: datetime | None = None,
    ) -> int:
        with self._write() as conn:
            result = conn.execute(
                runs.insert().values(
                    kind=kind,
                    started_at=utcnow(),
                    query=query,
                    window_start=window_start,
                    window_end=window_end,
                    outcome="running",
                )
            )
            return _inserted_id(result)

    def finish_run(
        self,
        run_id: int,
        *,
        outcome: str,
        found: int = 0,
        new: int = 0,
        updated: int = 0,
        translated_query: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == run_id)
                .values(
                    finished_at=utcnow(),
                    outcome=outcome,
                    found=found,
                    new=new,
                    updated=updated,
                    translated_query=translated_query,
                    error=redact(error) if error else None,
                )
            )

    def close_abandoned_runs(self) -> int:
        """Runs left 'running' by a killed process are marked failed (called under the lock)."""
        with self._write() as conn:
            return conn.execute(
                update(runs)
                .where(runs.c.outcome == "running")
                .values(
                    outcome="failed",
                    finished_at=utcnow(),
                    error="interrupted: the process stopped before the run finished",
                )
            ).rowcount

    def recent_runs(self, limit: int = 10, *, kind: str | None = None) -> list[RunRecord]:
        query = select(runs).order_by(runs.c.id.desc()).limit(limit)
        if kind:
            query = query.where(runs.c.kind == kind)
        with self._read() as conn:
            return [_run_record(r) for r in conn.execute(query)]

    def last_good_run(self, kind: str = "run") -> RunRecord | None:
        """The newest successful cycle; its window end is the next window's start."""
        query = (
            select(runs)
            .where(runs.c.kind == kind, runs.c.outcome == "ok", runs.c.window_end.is_not(None))
            .order_by(runs.c.window_end.desc())
            .limit(1)
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        return _run_record(row) if row else None

    # -- digest log --------------------------------------------------------

    def pending_digest_items(self) -> list[DigestItem]:
        """Articles no digest has carried yet, or changed materially since one did."""
        sent = (
            select(digest_items.c.pmid, func.max(digest_items.c.material_seq).label("seq"))
            .select_from(digest_items.join(digests))
            .where(digests.c.state == "done")
            .group_by(digest_items.c.pmid)
            .subquery()
        )
        query = (
            select(articles.c.pmid, articles.c.material_seq, articles.c.deleted, sent.c.seq)
            .select_from(articles.outerjoin(sent, sent.c.pmid == articles.c.pmid))
            .where(or_(sent.c.seq.is_(None), sent.c.seq < articles.c.material_seq))
            .order_by(articles.c.pmid)
        )
        items: list[DigestItem] = []
        with self._read() as conn:
            for row in conn.execute(query).all():
                if row.seq is None:
                    if not row.deleted:
                        items.append(DigestItem(row.pmid, "new", row.material_seq))
                    continue
                whats = conn.execute(
                    select(article_changes.c.what)
                    .where(
                        article_changes.c.pmid == row.pmid,
                        article_changes.c.material.is_(True),
                        article_changes.c.material_seq > row.seq,
                    )
                    .order_by(article_changes.c.id)
                ).scalars()
                items.append(
                    DigestItem(row.pmid, "updated", row.material_seq, tuple(dict.fromkeys(whats)))
                )
        return items

    def record_digest(
        self,
        *,
        subject: str,
        period_start: datetime | None,
        period_end: datetime,
        files: Sequence[Path],
        items: Sequence[DigestItem],
        message: bytes | None,
        state: str = "done",
    ) -> int:
        """Log a digest and the items it carried; with a message, its email is pending.

        ``state="writing"`` records it before its ``files`` are written; ``finish_digest``
        marks it done. Until then it carries nothing and its email is not sent.
        """
        with self._write() as conn:
            result = conn.execute(
                digests.insert().values(
                    created_at=period_end,
                    period_start=period_start,
                    period_end=period_end,
                    subject=subject,
                    files=json.dumps([str(f) for f in files]),
                    email_status="pending" if message is not None else "none",
                    message=message,
                    state=state,
                )
            )
            digest_id = _inserted_id(result)
            for item in items:
                conn.execute(
                    digest_items.insert().values(
                        digest_id=digest_id,
                        pmid=item.pmid,
                        kind=item.kind,
                        material_seq=item.material_seq,
                    )
                )
        return digest_id

    def finish_digest(self, digest_id: int, meta_values: dict[str, str] | None = None) -> None:
        """Its files are written: the digest now carries its items. ``meta_values`` are
        set in the same transaction (what the digest said, for the next one to compare)."""
        with self._write() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id).values(state="done"))
            for key, value in (meta_values or {}).items():
                _set_meta(conn, key, value)

    def unfinished_digests(self) -> list[tuple[int, list[str]]]:
        """(id, files) of digests recorded but never marked done (a killed delivery)."""
        with self._read() as conn:
            rows = conn.execute(
                select(digests.c.id, digests.c.files)
                .where(digests.c.state != "done")
                .order_by(digests.c.id)
            )
            return [(r.id, json.loads(r.files)) for r in rows]

    def discard_digest(self, digest_id: int) -> None:
        """Forget an unfinished digest: its items are pending again."""
        with self._write() as conn:
            conn.execute(digest_items.delete().where(digest_items.c.digest_id == digest_id))
            conn.execute(digests.delete().where(digests.c.id == digest_id))

    def last_digest_time(self) -> datetime | None:
        with self._read() as conn:
            query = select(func.max(digests.c.period_end)).where(digests.c.state == "done")
            return _aware(conn.execute(query).scalar())

    def pending_emails(self) -> list[tuple[int, str, bytes]]:
        """(digest id, subject, message bytes) of digests whose email has not gone out."""
        with self._read() as conn:
            rows = conn.execute(
                select(digests.c.id, digests.c.subject, digests.c.message)
                .where(digests.c.email_status == "pending", digests.c.state == "done")
                .order_by(digests.c.id)
            )
            return [(r.id, r.subject, r.message) for r in rows]

    def mark_email_sent(self, digest_id: int, recipients: Sequence[str]) -> None:
        with self._write() as conn:
            conn.execute(
                update(digests)
                .where(digests.c.id == digest_id)
                .values(
                    email_status="sent",
                    sent_at=utcnow(),
                    recipients=json.dumps(list(recipients)),
                    attempts=digests.c.attempts + 1,
                    last_error=None,
                )
            )

    def mark_email_failed(self, digest_id: int, error: str) -> None:
        with self._write() as conn:
            conn.execute(
                update(digests)
                .where(digests.c.id == digest_id)
                .values(attempts=digests.c.attempts + 1, last_error=redact(error))
            )

    def digest_log(self, limit: int = 20) -> list[dict[str, Any]]:
        """What each digest contained and where it went, newest first."""
        with self._read() as conn:
            query = select(digests).where(digests.c.state == "done")
            rows = conn.execute(query.order_by(digests.c.id.desc()).limit(limit)).all()
            out = []
            for r in rows:
                carried = conn.execute(
                    select(digest_items.c.pmid, digest_items.c.kind).where(
                        digest_items.c.digest_id == r.id
                    )
                ).all()
                out.append(
                    {
                        "id": r.id,
                        "created_at": _aware(r.created_at),
                        "subject": r.subject,
                        "files": json.loads(r.files),
                        "email_status": r.email_status,
                        "recipients": json.loads(r.recipients) if r.recipients else [],
                        "sent_at": _aware(r.sent_at),
                        "attempts": r.attempts,
                        "last_error": r.last_error,
                        "new": [p for p, k in carried if k == "new"],
                        "updated": [p for p, k in carried if k == "updated"],
                    }
                )
            return out


def _inserted_id(result: CursorResult[Any]) -> int:
    """The integer primary key of a single-row INSERT.

    SQLAlchemy types ``inserted_primary_key`` as Optional; it is None only when the
    statement reported no inserted row, which a single-row insert never does.
    """
    key = result.inserted_primary_key
    assert key is not None, "single-row INSERT without a primary key"
    return key[0]


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(meta.delete().where(meta.c.key == key))
    conn.execute(meta.insert().values(key=key, value=value))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets `report` read while `run` writes; busy_timeout waits out short locks."""
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _article_columns(article: Record, fingerprint: str) -> dict[str, Any]:
    return dict(
        pmid=article.pmid,
        version=article.version,
        title=article.title,
        abstract=article.abstract_text,
        journal=article.journal,
        year=article.year,
        doi=article.doi,
        date_revised=article.date_revised.isoformat() if article.date_revised else None,
        retracted=article.retracted,
        content_hash=fingerprint,
        raw_xml=zlib.compress(article.raw_xml, 6),
    )


def _facts_from_json(text: str) -> Facts:
    data = json.loads(text)
    known = {f.name for f in fields(Facts)}
    return Facts(**{k: v for k, v in data.items() if k in known})


def _stored_article(row: Any) -> StoredArticle:
    article = parse_record(zlib.decompress(row.raw_xml))
    assessment = None
    if row.facts is not None:
        assessment = Assessment(
            pmid=row.pmid,
            facts=_facts_from_json(row.facts),
            gaps=json.loads(row.gaps),
            rules_version=row.rules_version,
        )
    return StoredArticle(
        article=article,
        assessment=assessment,
        first_seen=_aware(row.first_seen),
        last_changed=_aware(row.last_changed),
    )


def _run_record(row: Any) -> RunRecord:
    return RunRecord(
        id=row.id,
        started_at=_aware(row.started_at),
        finished_at=_aware(row.finished_at),
        kind=row.kind,
        window_start=_aware(row.window_start),
        window_end=_aware(row.window_end),
        query=row.query,
        translated_query=row.translated_query,
        found=row.found,
        new=row.new,
        updated=row.updated,
        outcome=row.outcome,
        error=row.error,
    )
