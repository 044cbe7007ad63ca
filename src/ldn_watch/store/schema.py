"""Tables and schema migrations.

The schema is versioned in the ``meta`` table. ``MIGRATIONS`` is append-only: a
later release adds a function that alters version N into N+1 and never edits an
old one, so a database created by any release opens in every newer one. DDL stays
within what SQLite and PostgreSQL both accept; there are no foreign keys, so a
migration can rebuild a table without juggling constraints.

Version 2 (studies): records of any source keyed by ``(source, id)`` with their
parsed fields stored, payloads in a table of their own, the links between records,
studies, each record's verdict within its study, and a watermark per source.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

metadata = MetaData()

SOURCE = String(16)
RECORD_ID = String(40)
KEY = String(64)  # "source:id"

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("pmid", String(16)),
    Column("version", Integer, nullable=False, default=1),
    Column("title", Text, nullable=False),
    Column("abstract", Text),  # plain text, for `search --local`
    Column("journal", Text),
    Column("year", Integer),
    Column("doi", Text),
    Column("retracted", Boolean, nullable=False, default=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("content_hash", String(64), nullable=False),
    Column("fields", Text, nullable=False),  # JSON of the parsed Record without its payload
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_changed", DateTime(timezone=True), nullable=False),
    # Bumped on every change a reader must hear about (retraction, correction,
    # verdict change); the digest log remembers which value went out.
    Column("material_seq", Integer, nullable=False, default=0),
    Column("first_run_id", Integer),
    Column("study_id", KEY),
    Column("dirty", Boolean, nullable=False, default=True),  # its study needs a refresh
    Index("ix_records_pmid", "pmid"),
    Index("ix_records_doi", "doi"),
    Index("ix_records_study", "study_id"),
    Index("ix_records_dirty", "dirty"),
)

record_payloads = Table(
    "record_payloads",
    metadata,
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("raw", LargeBinary, nullable=False),  # zlib-compressed XML element or JSON object
)

record_changes = Table(
    "record_changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("source", SOURCE, nullable=False),
    Column("id", RECORD_ID, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer),
    Column("what", Text, nullable=False),  # human-readable, e.g. "retracted", "version 1 -> 2"
    Column("material", Boolean, nullable=False, default=False),
    Column("material_seq", Integer, nullable=False, default=0),
    Index("ix_record_changes_record", "source", "id"),
)

# Which records a record reports the same trial as (studies.edges), kept so that
# grouping never needs to load records or facts.
record_links = Table(
    "record_links",
    metadata,
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("target", KEY, primary_key=True),
    Index("ix_record_links_target", "target"),
)

assessments = Table(
    "record_assessments",
    metadata,
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("rules_version", String(32), nullable=False),
    Column("facts", Text, nullable=False),  # JSON of model.Facts
    Column("gaps", Text, nullable=False),  # JSON {gap id: addressed|in_progress|no}
    Column("reasons", Text, nullable=False, default="{}"),  # JSON {gap id: phrase}
    Column("assessed_at", DateTime(timezone=True), nullable=False),
    Column("on_topic", Boolean, nullable=False, default=False),
)

# A record as judged within its study: notices follow their article, a retracted
# study's records count toward no gap. Written by the study refresh.
verdicts = Table(
    "record_verdicts",
    metadata,
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("study_id", KEY, nullable=False),
    Column("role", String(32), nullable=False),
    Column("on_topic", Boolean, nullable=False),
    Column("retracted", Boolean, nullable=False, default=False),
    Column("gaps", Text, nullable=False),
    Column("reasons", Text, nullable=False),
)

studies = Table(
    "studies",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("title", Text, nullable=False),
    Column("lead", KEY),
    Column("members", Text, nullable=False),  # JSON [[key, role], ...]
    Column("facts", Text, nullable=False),  # JSON: design, n, doses, classes, flags, ...
    Column("status", String(24), nullable=False),
    Column("gaps", Text, nullable=False),
    Column("why", Text, nullable=False),
    Column("decided_by", Text, nullable=False),
    Column("retracted", Boolean, nullable=False, default=False),
    Column("on_topic", Boolean, nullable=False, default=False),
    Column("year", Integer),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("window_start", DateTime(timezone=True)),
    Column("window_end", DateTime(timezone=True)),
    Column("query", Text),
    Column("translated_query", Text),
    Column("found", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("outcome", String(16), nullable=False, default="running"),
    Column("error", Text),
    Column("source", SOURCE),  # None: the cycle as a whole
)

# Per source: how far its records are known to be stored, and how its last try went.
source_state = Table(
    "source_state",
    metadata,
    Column("name", SOURCE, primary_key=True),
    Column("watermark", DateTime(timezone=True)),  # end of the window stored whole
    Column("last_attempt_at", DateTime(timezone=True)),
    Column("last_success_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("last_run_id", Integer),
    Column("found", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
)

digests = Table(
    "digests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("period_start", DateTime(timezone=True)),
    Column("period_end", DateTime(timezone=True)),
    Column("subject", Text, nullable=False),
    Column("files", Text, nullable=False, default="[]"),  # JSON list of written paths
    Column("email_status", String(16), nullable=False, default="none"),  # none|pending|sent
    Column("recipients", Text),  # JSON list, once sent
    Column("sent_at", DateTime(timezone=True)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("message", LargeBinary),  # the exact email bytes, so a retry sends the same mail
    # writing: recorded before its files are written; done: files written. A digest a
    # killed run left "writing" is cleaned up (files and row) by the next delivery.
    Column("state", String(16), nullable=False, default="done", server_default="done"),
)

digest_items = Table(
    "digest_records",
    metadata,
    Column("digest_id", Integer, primary_key=True),
    Column("source", SOURCE, primary_key=True),
    Column("id", RECORD_ID, primary_key=True),
    Column("kind", String(16), nullable=False),  # new | updated
    Column("material_seq", Integer, nullable=False),
    Index("ix_digest_records_record", "source", "id"),
)


# --------------------------------------------------------------------- migrations


# The first release's articles table as it was (the migration reads it with its own
# types, whatever the current tables look like).
_V1_ARTICLES = Table(
    "articles",
    MetaData(),
    Column("pmid", String(16), primary_key=True),
    Column("version", Integer),
    Column("title", Text),
    Column("abstract", Text),
    Column("journal", Text),
    Column("year", Integer),
    Column("doi", Text),
    Column("retracted", Boolean),
    Column("deleted", Boolean),
    Column("content_hash", String(64)),
    Column("raw_xml", LargeBinary),
    Column("first_seen", DateTime(timezone=True)),
    Column("last_changed", DateTime(timezone=True)),
    Column("material_seq", Integer),
    Column("first_run_id", Integer),
)


def _v1_to_v2(conn: Connection) -> None:
    """First release -> studies: PubMed articles become records of source "pubmed".

    Each stored article is parsed once more from its kept XML to fill the parsed
    fields; verdicts, change log, runs, digest log and email queue are carried over;
    the history the good runs covered without a gap becomes PubMed's watermark.
    """
    from ldn_watch.coverage import covered_by_runs
    from ldn_watch.model import RunRecord
    from ldn_watch.pubmed.parse import parse_record  # the one step that needs the parser
    from ldn_watch.store.codec import record_json

    conn.exec_driver_sql("ALTER TABLE runs ADD COLUMN source VARCHAR(16)")
    # recorded before its files are written: a digest a killed run left "writing" is removed
    conn.exec_driver_sql("ALTER TABLE digests ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'done'")
    metadata.create_all(
        conn,
        tables=[
            records,
            record_payloads,
            record_changes,
            record_links,
            assessments,
            verdicts,
            studies,
            source_state,
            digest_items,
        ],
    )
    rows = conn.execute(select(_V1_ARTICLES)).mappings()
    batch: list[dict[str, object]] = []
    payloads: list[dict[str, object]] = []

    def flush() -> None:
        if batch:
            conn.execute(records.insert(), batch)
            conn.execute(record_payloads.insert(), payloads)
            batch.clear()
            payloads.clear()

    for row in rows.all():
        raw = zlib.decompress(row["raw_xml"])
        record = parse_record(raw)
        batch.append(
            {
                "source": "pubmed",
                "id": row["pmid"],
                "pmid": row["pmid"],
                "version": row["version"],
                "title": row["title"],
                "abstract": row["abstract"],
                "journal": row["journal"],
                "year": row["year"],
                "doi": row["doi"],
                "retracted": bool(row["retracted"]),
                "deleted": bool(row["deleted"]),
                "content_hash": row["content_hash"],
                "fields": record_json(record),
                "first_seen": row["first_seen"],
                "last_changed": row["last_changed"],
                "material_seq": row["material_seq"],
                "first_run_id": row["first_run_id"],
                "study_id": None,
                "dirty": True,
            }
        )
        payloads.append({"source": "pubmed", "id": row["pmid"], "raw": row["raw_xml"]})
        if len(batch) >= 500:
            flush()
    flush()
    conn.exec_driver_sql(
        "INSERT INTO record_changes (source, id, at, run_id, what, material, material_seq) "
        "SELECT 'pubmed', pmid, at, run_id, what, material, material_seq FROM article_changes "
        "ORDER BY id"
    )
    conn.exec_driver_sql(
        "INSERT INTO record_assessments "
        "(source, id, rules_version, facts, gaps, reasons, assessed_at, on_topic) "
        "SELECT 'pubmed', pmid, rules_version, facts, gaps, '{}', assessed_at, on_topic "
        "FROM assessments"
    )
    conn.exec_driver_sql(
        "INSERT INTO digest_records (digest_id, source, id, kind, material_seq) "
        "SELECT digest_id, 'pubmed', pmid, kind, material_seq FROM digest_items"
    )
    # PubMed's watermark: the end of the history the good runs covered without a gap
    # (not merely the last good run's end: a `run --since` may have left a hole).
    good = list(
        conn.execute(select(runs).where(runs.c.kind == "run").order_by(runs.c.id)).mappings()
    )
    covered = covered_by_runs(
        RunRecord(**{k: r[k] for k in RunRecord.__dataclass_fields__}) for r in good
    )
    last = next((r for r in reversed(good) if r["outcome"] == "ok"), None)
    if last is not None:
        conn.execute(
            source_state.insert().values(
                name="pubmed",
                watermark=datetime.combine(covered, datetime.min.time(), UTC) if covered else None,
                last_attempt_at=last["finished_at"],
                last_success_at=last["finished_at"],
                last_run_id=last["id"],
                found=last["found"],
                new=last["new"],
            )
        )
    for old in ("digest_items", "assessments", "article_changes", "articles"):
        conn.exec_driver_sql(f"DROP TABLE {old}")
    conn.execute(
        meta.insert().values(
            key="migrated_v1_at", value=json.dumps(datetime.now().astimezone().isoformat())
        )
    )


# Append-only: MIGRATIONS[i] alters schema version i+1 into i+2. A fresh database
# gets the current tables from ``metadata`` directly and is stamped current.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1_to_v2]
SCHEMA_VERSION = 1 + len(MIGRATIONS)


class ForeignDatabase(RuntimeError):
    """The database holds tables but is not an ldn-watch database."""


def current_version(conn: Connection) -> int:
    """0 for an empty database."""
    if not conn.dialect.has_table(conn, "meta"):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def migrate(conn: Connection) -> int:
    """Bring the schema to ``SCHEMA_VERSION`` in the caller's transaction; return the old one."""
    version = current_version(conn)
    if version == 0:
        tables = sorted(inspect(conn).get_table_names())
        if tables:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise ForeignDatabase(
                f"holds tables of another program ({shown}) and no ldn-watch schema; "
                "ldn-watch will not write into it: point --db at a new file"
            )
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema {version} is newer than this ldn-watch understands "
            f"({SCHEMA_VERSION}); upgrade ldn-watch"
        )
    if version == 0:
        metadata.create_all(conn)
    else:
        for step in MIGRATIONS[version - 1 :]:
            step(conn)
    if version != SCHEMA_VERSION:
        conn.execute(meta.delete().where(meta.c.key == "schema_version"))
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    return version
