"""Tables and schema migrations.

The schema is versioned in the ``meta`` table. ``MIGRATIONS`` is append-only: a
later release adds a function that alters version N into N+1 and never edits an
old one, so a database created by any release opens in every newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("pmid", String(16), primary_key=True),
    Column("version", Integer, nullable=False, default=1),
    Column("title", Text, nullable=False),
    Column("abstract", Text),  # plain text, for `search --local`
    Column("journal", Text),
    Column("year", Integer),
    Column("doi", Text),
    Column("date_revised", String(10)),
    Column("retracted", Boolean, nullable=False, default=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("content_hash", String(64), nullable=False),
    Column("raw_xml", LargeBinary, nullable=False),  # zlib-compressed record element
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_changed", DateTime(timezone=True), nullable=False),
    # Bumped on every change a reader must hear about (retraction, correction,
    # verdict change); the digest log remembers which value went out.
    Column("material_seq", Integer, nullable=False, default=0),
    Column("first_run_id", Integer),
)

article_changes = Table(
    "article_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pmid", String(16), ForeignKey("articles.pmid"), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer),
    Column("what", Text, nullable=False),  # human-readable, e.g. "retracted", "version 1 -> 2"
    Column("material", Boolean, nullable=False, default=False),
    Column("material_seq", Integer, nullable=False, default=0),
    Index("ix_article_changes_pmid", "pmid"),
)

assessments = Table(
    "assessments",
    metadata,
    Column("pmid", String(16), ForeignKey("articles.pmid"), primary_key=True),
    Column("rules_version", String(32), nullable=False),
    Column("facts", Text, nullable=False),  # JSON of model.Facts
    Column("gaps", Text, nullable=False),  # JSON {gap id: addressed|in_progress|no}
    Column("assessed_at", DateTime(timezone=True), nullable=False),
    Column("on_topic", Boolean, nullable=False, default=False),
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
    "digest_items",
    metadata,
    Column("digest_id", Integer, ForeignKey("digests.id"), primary_key=True),
    Column("pmid", String(16), ForeignKey("articles.pmid"), primary_key=True),
    Column("kind", String(16), nullable=False),  # new | updated
    Column("material_seq", Integer, nullable=False),
    Index("ix_digest_items_pmid", "pmid"),
)


def _digest_state(conn: Connection) -> None:
    """2: digests.state, so a digest is recorded before its files are written."""
    conn.execute(text("ALTER TABLE digests ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'done'"))


# Append-only: MIGRATIONS[i] alters schema version i+1 into i+2. A fresh database
# gets the current tables from ``metadata`` directly and is stamped current.
MIGRATIONS: list[Callable[[Connection], None]] = [_digest_state]
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
