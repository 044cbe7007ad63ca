"""A database written by the first release opens, migrates in place and keeps everything:
every record, verdict, change, watermark, digest-log entry and queued email."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from dbs import backend_params, database_url
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    select,
)

from ldn_watch.store import Storage
from ldn_watch.store.schema import SCHEMA_VERSION

V1 = Path(__file__).parent / "data" / "upgrade" / "store-v1.sqlite"


def _v1_snapshot() -> dict[str, object]:
    with sqlite3.connect(V1) as c:
        return {
            "articles": dict(c.execute("select pmid, title from articles").fetchall()),
            "gaps": dict(c.execute("select pmid, gaps from assessments").fetchall()),
            "facts": dict(c.execute("select pmid, facts from assessments").fetchall()),
            "changes": c.execute("select pmid, what from article_changes order by id").fetchall(),
            "seq": dict(c.execute("select pmid, material_seq from articles").fetchall()),
            "carried": sorted(
                c.execute("select digest_id, pmid, kind, material_seq from digest_items")
            ),
            "digests": c.execute("select id, email_status, subject from digests").fetchall(),
            "window_end": c.execute(
                "select max(window_end) from runs where outcome='ok' and kind='run'"
            ).fetchone()[0],
            "meta": dict(c.execute("select key, value from meta").fetchall()),
        }


def _copy_v1_into(url: str, tmp_path: Path) -> None:
    """The first release's tables and rows, as that release would have written them to ``url``."""
    if url.startswith("sqlite"):
        shutil.copy(V1, url.removeprefix("sqlite:///"))
        return
    source = create_engine(f"sqlite:///{V1}")
    target = create_engine(url)
    reflected = MetaData()
    reflected.reflect(source)
    portable = MetaData()
    for table in reflected.sorted_tables:
        Table(
            table.name,
            portable,
            *(
                Column(col.name, _portable(col.type), primary_key=col.primary_key)
                for col in table.columns
            ),
        )
    portable.create_all(target)
    with source.connect() as src, target.begin() as dst:
        for table in reflected.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(portable.tables[table.name].insert(), rows)
    source.dispose()
    target.dispose()


def _portable(sqlite_type: object) -> object:
    name = type(sqlite_type).__name__.upper()
    if "BLOB" in name or "BINARY" in name:
        return LargeBinary()
    if "DATETIME" in name:
        return DateTime(timezone=True)
    if "BOOL" in name:
        return Boolean()
    if "INT" in name:
        return Integer()
    if "VARCHAR" in name or "STRING" in name:
        return String(getattr(sqlite_type, "length", None) or 255)
    return Text()


@pytest.fixture(params=backend_params())
def upgraded(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        _copy_v1_into(url, tmp_path)
        storage = Storage.open(url)
        yield storage
        storage.close()


def test_the_first_release_database_migrates_and_keeps_everything(upgraded: Storage) -> None:
    before = _v1_snapshot()
    assert upgraded.get_meta("schema_version") == str(SCHEMA_VERSION)
    stored = {s.record.id: s for s in upgraded.records(include_deleted=True)}
    assert {k: s.record.title for k, s in stored.items()} == before["articles"]
    for pmid, gaps in before["gaps"].items():
        a = stored[pmid].assessment
        assert a is not None and a.gaps == json.loads(gaps)
        assert a.facts.n == json.loads(before["facts"][pmid])["n"]
    for pmid, what in before["changes"]:
        assert what in [w for _, w in upgraded.changes(f"pubmed:{pmid}")]
    state = upgraded.source_state("pubmed")
    assert state is not None and state.watermark is not None
    expected = datetime.fromisoformat(str(before["window_end"])).replace(tzinfo=UTC)
    assert state.watermark == expected
    log = upgraded.digest_log(10)
    assert [(d["id"], d["email_status"], d["subject"]) for d in reversed(log)] == before["digests"]
    assert len(upgraded.pending_emails()) == 1  # the email the first release could not send
    assert upgraded.unfinished_digests() == []  # every migrated digest is done
    carried = sorted(
        (d["id"], pmid, kind) for d in log for kind in ("new", "updated") for pmid in d[kind]
    )
    assert carried == sorted((d, p, k) for d, p, k, _ in before["carried"])
    assert upgraded.pending_digest_items() == []  # nothing goes out twice after the upgrade
    assert upgraded.get_meta("last_digest_gap_status") == before["meta"]["last_digest_gap_status"]
    # every record waits for its study; the payloads re-parse
    assert sorted(k.split(":")[1] for k in upgraded.dirty_keys()) == sorted(before["articles"])
    assert upgraded.payload("pubmed:27736689") is not None


def test_an_upgraded_store_runs_on_without_refetching_or_repeating(tmp_path, standin) -> None:
    from dataclasses import replace

    from ldn_watch.app import make_watcher
    from ldn_watch.config import load_config

    db = tmp_path / "store.sqlite"
    shutil.copy(V1, db)
    cfg = load_config(None)
    config = replace(
        cfg,
        pubmed=replace(cfg.pubmed, eutils_url=standin.base_url, email="t@localhost"),
        database_url=f"sqlite:///{db}",
        digest=replace(cfg.digest, out_dir=tmp_path / "digests"),
        email=replace(cfg.email, enabled=False),
        ctgov=replace(cfg.ctgov, enabled=False),
        europepmc=replace(cfg.europepmc, enabled=False),
    )
    with make_watcher(config) as w:
        summary = w.run_cycle(today=date(2026, 11, 23))
        assert summary.new == [] and summary.digest_files == []
        assert w.storage.source_state("pubmed").watermark.date() == date(2026, 11, 23)
        assert len(w.storage.studies()) >= 40 and w.storage.dirty_keys() == []
