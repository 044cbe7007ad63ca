"""Storage on a real SQLite file: upsert by PMID, change log, runs, migrations, verdicts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ldn_watch.errors import StorageError
from ldn_watch.model import Assessment, Correction, Facts
from ldn_watch.pubmed.parse import iter_records
from ldn_watch.store import Storage
from ldn_watch.store.schema import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"


@pytest.fixture
def storage(tmp_path):
    s = Storage.open(f"sqlite:///{tmp_path / 'sub' / 'test.db'}")
    yield s
    s.close()


@pytest.fixture(scope="module")
def dev_articles():
    return list(iter_records(DATA / "eval_dev.xml"))


def test_open_creates_folder_and_stamps_schema(tmp_path):
    path = tmp_path / "deep" / "er" / "x.db"
    Storage.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("select value from meta where key='schema_version'").fetchone()
        assert int(version) == SCHEMA_VERSION
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "x.db"
    Storage.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("update meta set value='999' where key='schema_version'")
    with pytest.raises(StorageError, match="newer than this ldn-watch understands"):
        Storage.open(f"sqlite:///{path}")


def test_bad_url_is_a_storage_error():
    with pytest.raises(StorageError, match="not a database URL"):
        Storage.open("::nonsense::")


def test_upsert_twice_stores_each_record_once(storage, dev_articles):
    first = storage.upsert_articles(dev_articles)
    assert len(first.new) == len(dev_articles) == storage.count_articles()
    second = storage.upsert_articles(dev_articles)
    assert second.new == [] and second.updated == []
    assert len(second.unchanged) == len(dev_articles)
    assert storage.count_articles() == len(dev_articles)


def test_changed_record_updates_in_place_and_logs_the_change(storage, dev_articles):
    original = dev_articles[0]
    storage.upsert_articles([original])
    retracted = replace(
        original,
        version=2,
        corrections=[*original.corrections, Correction("RetractionIn", "1", "J 2020")],
    )
    result = storage.upsert_articles([retracted])
    assert result.updated == [original.pmid]
    assert storage.count_articles() == 1
    whats = [w for _, w in storage.changes(original.pmid)]
    assert "retracted" in whats and "version 1 -> 2" in whats


def test_raw_xml_is_kept_and_reparsed(storage, dev_articles):
    storage.upsert_articles(dev_articles[:3])
    got = {s.article.pmid: s.article for s in storage.articles()}
    for a in dev_articles[:3]:
        assert got[a.pmid].title == a.title
        assert got[a.pmid].abstract == a.abstract
        assert got[a.pmid].publication_types == a.publication_types


def test_known_pmids_and_deleted_records(storage, dev_articles):
    storage.upsert_articles(dev_articles[:2])
    pmids = [a.pmid for a in dev_articles[:2]]
    assert storage.known_pmids([*pmids, "1"]) == set(pmids)
    assert storage.mark_deleted([pmids[0], "1"]) == [pmids[0]]
    assert [s.article.pmid for s in storage.articles()] == [pmids[1]]
    assert len(storage.articles(include_deleted=True)) == 2


def test_assessments_and_verdict_changes(storage, dev_articles):
    a = dev_articles[0]
    storage.upsert_articles([a])
    assert storage.unassessed("v1") == [a.pmid]
    facts = Facts(on_topic=True, design="rct", n=60)
    first = Assessment(a.pmid, facts, {"larger-trials": "addressed"}, "v1")
    assert storage.save_assessments([first]) == {}
    assert storage.unassessed("v1") == [] and storage.unassessed("v2") == [a.pmid]
    second = Assessment(a.pmid, facts, {"larger-trials": "no"}, "v2")
    assert storage.save_assessments([second]) == {
        a.pmid: ["verdict changed: larger-trials addressed -> no"]
    }
    (stored,) = storage.articles()
    assert stored.assessment.facts.n == 60 and stored.assessment.gaps == {"larger-trials": "no"}


def test_runs_watermark_follows_the_last_good_run(storage):

    first = storage.start_run(
        "run",
        query="q",
        window_start=datetime(2020, 1, 1, tzinfo=UTC),
        window_end=datetime(2026, 1, 1, tzinfo=UTC),
    )
    storage.finish_run(first, outcome="ok", found=3, new=3)
    failed = storage.start_run(
        "run",
        query="q",
        window_start=datetime(2026, 1, 1, tzinfo=UTC),
        window_end=datetime(2026, 2, 1, tzinfo=UTC),
    )
    storage.finish_run(failed, outcome="failed", error="NCBI down")
    last = storage.last_good_run()
    assert last.id == first and last.window_end == datetime(2026, 1, 1, tzinfo=UTC)
    runs = storage.recent_runs()
    assert [r.outcome for r in runs] == ["failed", "ok"] and runs[0].error == "NCBI down"


def test_abandoned_runs_are_closed(storage):
    storage.start_run("run", query="q")
    assert storage.close_abandoned_runs() == 1
    assert storage.recent_runs()[0].outcome == "failed"


def test_a_changed_on_topic_call_is_a_material_change(storage, dev_articles):
    a = dev_articles[0]
    storage.upsert_articles([a])
    storage.save_assessments([Assessment(a.pmid, Facts(on_topic=False), {}, "v1")])
    assert [i.kind for i in storage.pending_digest_items()] == ["new"]
    storage.record_digest(
        subject="s",
        period_start=None,
        period_end=datetime.now(UTC),
        files=[],
        items=storage.pending_digest_items(),
        message=None,
    )
    assert storage.pending_digest_items() == []
    changed = storage.save_assessments([Assessment(a.pmid, Facts(on_topic=True), {}, "v2")])
    assert changed == {a.pmid: ["now on topic"]}
    (item,) = storage.pending_digest_items()
    assert item.kind == "updated" and item.changes == ("now on topic",)


def test_local_search_takes_percent_and_underscore_literally(storage, dev_articles):
    """(issue 11, item 9) `a_b` and `100%` are text to find, not LIKE wildcards."""
    storage.upsert_articles(dev_articles)
    for char in "%_":
        having = {a.pmid for a in dev_articles if char in a.title + a.abstract_text}
        assert {s.article.pmid for s in storage.search_local([char])} == having
        assert len(having) < len(dev_articles)
    assert storage.search_local(["a_b"]) == []
    first = dev_articles[0]
    marked = replace(first, title=first.title + " (arm a_b: 100% adherence)")
    storage.upsert_articles([marked])
    assert [s.article.pmid for s in storage.search_local(["a_b"])] == [first.pmid]
    assert [s.article.pmid for s in storage.search_local(["100%"])] == [first.pmid]
    assert [s.article.pmid for s in storage.search_local(["a\\b"])] == []


def test_a_schema_1_database_gets_the_digest_state_column(tmp_path):
    """Migration 2: digests written before it are done; new ones start as 'writing'."""
    path = tmp_path / "old.db"
    Storage.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # turn it back into what release 1 made
        conn.execute(
            "insert into digests (created_at, subject, files, email_status, attempts) "
            "values ('2026-11-01 07:00:00', 'old digest', '[]', 'none', 0)"
        )
        conn.execute("alter table digests drop column state")
        conn.execute("update meta set value = '1' where key = 'schema_version'")
    conn.close()
    storage = Storage.open(f"sqlite:///{path}")
    try:
        assert storage.unfinished_digests() == []
        assert [d["subject"] for d in storage.digest_log()] == ["old digest"]
        new = storage.record_digest(
            subject="new",
            period_start=None,
            period_end=datetime.now(UTC),
            files=[],
            items=[],
            message=None,
            state="writing",
        )
        assert storage.unfinished_digests() == [(new, [])]
    finally:
        storage.close()
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("select value from meta where key='schema_version'").fetchone()
    conn.close()
    assert int(version) == SCHEMA_VERSION == 2
