"""The digest log: which version of which record each digest carried, and its email queue.

"New since the last digest" is exact because each digest logs the ``material_seq``
of every record it carried: a record goes out once, and again only as *updated*
after a material change (see ``ldn_watch.changes``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_, update

from ldn_watch.net import redact
from ldn_watch.store.base import (
    StorageBase,
    aware,
    chunks,
    inserted_id,
    set_meta,
    split_key,
    utcnow,
)
from ldn_watch.store.schema import (
    assessments,
    digest_items,
    digests,
    record_changes,
    records,
    studies,
    verdicts,
)

__all__ = ["DeliveryStore", "DigestItem", "Placement"]


@dataclass(frozen=True, slots=True)  # a backlog holds one per record: kept small
class DigestItem:
    key: str  # "source:id"
    kind: str  # new | updated
    material_seq: int
    changes: tuple[str, ...] = ()

    @property
    def pmid(self) -> str:
        """The record's id (a PMID for PubMed records)."""
        return split_key(self.key)[1]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a record goes in a digest, read without loading the record.

    ``study``: its study (as its verdict names it), None if it has none yet;
    ``study_on_topic``: whether that study is on topic, None if no such study is stored;
    ``on_topic``: the record's own verdict (what counts when it has no study);
    ``off_topic_reason``: the classifier's reason, "not on topic" when it gave none.
    """

    key: str
    study: str | None
    study_on_topic: bool | None
    on_topic: bool
    off_topic_reason: str


class DeliveryStore(StorageBase):
    """Digests written, what they carried, and emails waiting to go out."""

    def placements(self, keys: Sequence[str]) -> Iterator[Placement]:
        """The study and off-topic reason of each stored record of ``keys`` (deleted ones
        too), a chunk of rows at a time: what a digest needs to group a backlog into cards
        and counts without holding its records."""
        query = select(
            records.c.source,
            records.c.id,
            verdicts.c.study_id,
            studies.c.id.label("stored_study"),
            studies.c.on_topic.label("study_on_topic"),
            assessments.c.facts,
        ).select_from(
            records.outerjoin(
                assessments,
                and_(assessments.c.source == records.c.source, assessments.c.id == records.c.id),
            )
            .outerjoin(
                verdicts,
                and_(verdicts.c.source == records.c.source, verdicts.c.id == records.c.id),
            )
            .outerjoin(studies, studies.c.id == verdicts.c.study_id)
        )
        for chunk in chunks(list(dict.fromkeys(keys))):
            pairs = [split_key(k) for k in chunk]
            with self._read() as conn:
                rows = conn.execute(
                    query.where(tuple_(records.c.source, records.c.id).in_(pairs))
                ).all()
            for row in rows:
                # Two fields of the facts, as ``Facts`` reads them (a missing one is unset).
                facts = json.loads(row.facts) if row.facts is not None else {}
                yield Placement(
                    key=f"{row.source}:{row.id}",
                    study=row.study_id,
                    study_on_topic=(None if row.stored_study is None else bool(row.study_on_topic)),
                    on_topic=bool(facts.get("on_topic")),
                    off_topic_reason=facts.get("off_topic_reason") or "not on topic",
                )

    def pending_digest_items(self) -> list[DigestItem]:
        """Records no digest has carried yet, or changed materially since one did."""
        sent = (
            select(
                digest_items.c.source,
                digest_items.c.id,
                func.max(digest_items.c.material_seq).label("seq"),
            )
            .select_from(digest_items.join(digests, digests.c.id == digest_items.c.digest_id))
            .where(digests.c.state == "done")  # a half-written digest carried nothing
            .group_by(digest_items.c.source, digest_items.c.id)
            .subquery()
        )
        query = (
            select(
                records.c.source,
                records.c.id,
                records.c.material_seq,
                records.c.deleted,
                sent.c.seq,
            )
            .select_from(
                records.outerjoin(
                    sent, and_(sent.c.source == records.c.source, sent.c.id == records.c.id)
                )
            )
            .where(or_(sent.c.seq.is_(None), sent.c.seq < records.c.material_seq))
            .order_by(records.c.source, records.c.id)
        )
        items: list[DigestItem] = []
        updated: list[tuple[int, str, str, int, int]] = []  # (index, source, id, seqs)
        with self._read() as conn:
            for row in conn.execute(query):  # streamed: a backlog's rows are not all held
                if row.seq is None:
                    if not row.deleted:
                        items.append(DigestItem(f"{row.source}:{row.id}", "new", row.material_seq))
                    continue
                updated.append((len(items), row.source, row.id, row.material_seq, row.seq))
                items.append(DigestItem(f"{row.source}:{row.id}", "updated", row.material_seq))
            for index, source, ident, material_seq, seq in updated:
                whats = conn.execute(
                    select(record_changes.c.what)
                    .where(
                        record_changes.c.source == source,
                        record_changes.c.id == ident,
                        record_changes.c.material.is_(True),
                        record_changes.c.material_seq > seq,
                    )
                    .order_by(record_changes.c.seq)
                ).scalars()
                items[index] = DigestItem(
                    f"{source}:{ident}", "updated", material_seq, tuple(dict.fromkeys(whats))
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
            digest_id = inserted_id(result)
            # A chunk of rows at a time, in the same transaction: a backlog's items are
            # logged whole or not at all, without a row dict per record at once.
            for chunk in chunks(list(dict((i.key, i) for i in items).values())):
                rows = []
                for item in chunk:
                    source, ident = split_key(item.key)
                    rows.append(
                        {
                            "digest_id": digest_id,
                            "source": source,
                            "id": ident,
                            "kind": item.kind,
                            "material_seq": item.material_seq,
                        }
                    )
                conn.execute(digest_items.insert(), rows)
        return digest_id

    def finish_digest(self, digest_id: int, meta_values: dict[str, str] | None = None) -> None:
        """Its files are written: the digest now carries its items. ``meta_values`` are
        set in the same transaction (what the digest said, for the next one to compare)."""
        with self._write() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id).values(state="done"))
            for key, value in (meta_values or {}).items():
                set_meta(conn, key, value)

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
            return aware(conn.execute(query).scalar())

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
                    select(digest_items.c.source, digest_items.c.id, digest_items.c.kind).where(
                        digest_items.c.digest_id == r.id
                    )
                ).all()
                out.append(
                    {
                        "id": r.id,
                        "created_at": aware(r.created_at),
                        "subject": r.subject,
                        "files": json.loads(r.files),
                        "email_status": r.email_status,
                        "recipients": json.loads(r.recipients) if r.recipients else [],
                        "sent_at": aware(r.sent_at),
                        "attempts": r.attempts,
                        "last_error": r.last_error,
                        "new": [_shown(s, i) for s, i, k in carried if k == "new"],
                        "updated": [_shown(s, i) for s, i, k in carried if k == "updated"],
                    }
                )
            return out


def _shown(source: str, ident: str) -> str:
    """A PubMed record by its PMID, as before; other sources as ``source:id``."""
    return ident if source == "pubmed" else f"{source}:{ident}"
