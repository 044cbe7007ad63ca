"""Storage on a real database (a SQLite file; PostgreSQL too when configured):
records by (source, id), payloads, change log, verdicts, studies, runs, source state."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from dbs import backend_params, database_url
from helpers import DATA as DATA_DIR

from ldn_watch.errors import StorageError
from ldn_watch.model import Assessment, Correction, Facts, Record, Registry
from ldn_watch.pubmed.parse import iter_records, parse_record
from ldn_watch.store import Storage
from ldn_watch.store.schema import SCHEMA_VERSION
from ldn_watch.studies import judge_study


@pytest.fixture(params=backend_params())
def storage(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        s = Storage.open(url)
        yield s
        s.close()


@pytest.fixture(scope="module")
def dev_records() -> list[Record]:
    return [r for r in iter_records(DATA_DIR / "eval_dev.xml") if isinstance(r, Record)]


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


def test_upsert_twice_stores_each_record_once(storage, dev_records):
    first = storage.upsert_records(dev_records)
    assert len(first.new) == len(dev_records) == storage.count_records()
    second = storage.upsert_records(dev_records)
    assert second.new == [] and second.updated == []
    assert len(second.unchanged) == len(dev_records)
    assert storage.count_records() == len(dev_records)


def test_the_same_id_in_two_sources_is_two_records(storage):
    storage.upsert_records([Record("pubmed", "123", "a"), Record("ctgov", "123", "b")])
    assert storage.count_records() == 2
    assert storage.known_ids("ctgov", ["123", "9"]) == {"123"}
    assert {s.key for s in storage.records()} == {"pubmed:123", "ctgov:123"}


def test_changed_record_updates_in_place_and_logs_the_change(storage, dev_records):
    original = dev_records[0]
    storage.upsert_records([original])
    retracted = replace(
        original,
        version=2,
        corrections=[*original.corrections, Correction("RetractionIn", "1", "J 2020")],
    )
    result = storage.upsert_records([retracted])
    assert result.updated == [original.key]
    assert storage.count_records() == 1
    whats = [w for _, w in storage.changes(original.key)]
    assert "retracted" in whats and "version 1 -> 2" in whats


def test_parsed_fields_are_stored_and_the_payload_kept(storage, dev_records):
    storage.upsert_records(dev_records[:3])
    got = {s.key: s.record for s in storage.records()}
    for a in dev_records[:3]:
        assert got[a.key] == replace(a, raw=b"")  # every parsed field, without re-parsing
        assert parse_record(storage.payload(a.key)) == a  # the payload re-parses to the same


def test_a_registry_record_round_trips(storage):
    reg = Registry(
        status="RECRUITING", enrollment=120, enrollment_type="ESTIMATED", phases=["PHASE2"]
    )
    rec = Record("ctgov", "NCT01234567", "LDN trial", registry=reg, raw=b'{"x": 1}')
    storage.upsert_records([rec])
    (stored,) = storage.records()
    assert stored.record.registry == reg and storage.payload(rec.key) == b'{"x": 1}'


def test_known_ids_and_deleted_records(storage, dev_records):
    storage.upsert_records(dev_records[:2])
    pmids = [a.id for a in dev_records[:2]]
    assert storage.known_pmids([*pmids, "1"]) == set(pmids)
    assert storage.mark_deleted("pubmed", [pmids[0], "1"]) == [f"pubmed:{pmids[0]}"]
    assert [s.record.id for s in storage.records()] == [pmids[1]]
    assert len(storage.records(include_deleted=True)) == 2


def test_local_search_treats_percent_and_underscore_literally(storage):
    storage.upsert_records(
        [Record("pubmed", "1", "a_b in title"), Record("pubmed", "2", "axb and 50% more")]
    )
    assert [s.record.id for s in storage.search_local(["a_b"])] == ["1"]
    assert [s.record.id for s in storage.search_local(["50%"])] == ["2"]
    assert storage.search_local(["a%b"]) == []


def test_assessments_are_stamped_and_mark_the_study_for_refresh(storage, dev_records):
    a = dev_records[0]
    storage.upsert_records([a])
    assert storage.unassessed("v1") == [a.key]
    facts = Facts(on_topic=True, design="rct", n=60)
    first = Assessment(a.id, facts, {"larger-trials": "addressed"}, "v1", {"larger-trials": "n 60"})
    assert storage.save_assessments([(first, ["ctgov:NCT01234567"])]) == [a.key]
    assert storage.unassessed("v1") == [] and storage.unassessed("v2") == [a.key]
    (stored,) = storage.records()
    assert stored.assessment.facts.n == 60 and stored.assessment.reasons == {
        "larger-trials": "n 60"
    }
    graph, _ = storage.link_graph()
    assert graph == {a.key: ["ctgov:NCT01234567"]}
    assert storage.dirty_keys() == [a.key]


def test_a_changed_in_study_verdict_is_a_material_change(storage, dev_records):
    a = dev_records[0]
    storage.upsert_records([a])

    def judge(on_topic: bool, value: str) -> None:
        facts = Facts(on_topic=on_topic, design="rct", depression_population=True)
        assessment = Assessment(a.id, facts, {"larger-trials": value}, "v1")
        storage.save_assessments([(assessment, [])])
        (member,) = storage.members([a.key])
        study, verdicts = judge_study(a.key, [member], ["larger-trials"])
        storage.save_studies([(study, verdicts)], clean=[a.key])

    judge(False, "no")
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
    judge(True, "addressed")
    (item,) = storage.pending_digest_items()
    assert item.kind == "updated"
    assert item.changes == ("now on topic", "verdict changed: larger-trials no -> addressed")
    (study,) = storage.studies()
    assert study.id == a.key and study.gaps == {"larger-trials": "addressed"}
    assert storage.dirty_keys() == []


def test_source_state_moves_only_when_given_a_watermark(storage):
    mark = datetime(2026, 11, 2, tzinfo=UTC)
    storage.record_source_attempt("ctgov", run_id=1, error=None, watermark=mark, found=3, new=3)
    storage.record_source_attempt("ctgov", run_id=2, error="HTTP 503")
    state = storage.source_state("ctgov")
    assert state.watermark == mark and state.last_error == "HTTP 503" and state.failing
    assert state.new == 3  # the counts of the last good try
    storage.record_source_attempt("ctgov", run_id=3, error=None)
    assert storage.source_state("ctgov").last_error is None
    assert storage.source_state("ctgov").watermark == mark


def test_runs_are_listed_newest_first(storage):
    first = storage.start_run(
        "run",
        query="q",
        window_start=datetime(2020, 1, 1, tzinfo=UTC),
        window_end=datetime(2026, 1, 1, tzinfo=UTC),
    )
    storage.finish_run(first, outcome="ok", found=3, new=3)
    failed = storage.start_run("run", query="q")
    storage.finish_run(failed, outcome="failed", error="NCBI down")
    assert storage.last_good_run().id == first
    runs = storage.recent_runs()
    assert [r.outcome for r in runs] == ["failed", "ok"] and runs[0].error == "NCBI down"


def test_abandoned_runs_are_closed(storage):
    storage.start_run("run", query="q")
    assert storage.close_abandoned_runs() == 1
    assert storage.recent_runs()[0].outcome == "failed"


def test_local_search_takes_percent_and_underscore_literally_in_real_records(storage, dev_records):
    """(issue 11, item 9) `a_b` and `100%` are text to find, not LIKE wildcards."""
    storage.upsert_records(dev_records)
    for char in "%_":
        having = {a.key for a in dev_records if char in a.title + a.abstract_text}
        assert {s.key for s in storage.search_local([char])} == having
        assert len(having) < len(dev_records)
    assert storage.search_local(["a_b"]) == []
    first = dev_records[0]
    marked = replace(first, title=first.title + " (arm a_b: 100% adherence)")
    storage.upsert_records([marked])
    assert [s.key for s in storage.search_local(["a_b"])] == [first.key]
    assert [s.key for s in storage.search_local(["100%"])] == [first.key]
    assert [s.key for s in storage.search_local(["a\\b"])] == []


def test_a_digest_recorded_while_writing_carries_nothing_until_done(storage, dev_records):
    """(issue 11, item 4) recorded first, then written, then marked done."""
    storage.upsert_records(dev_records[:1])
    items = storage.pending_digest_items()
    writing = storage.record_digest(
        subject="s",
        period_start=None,
        period_end=datetime.now(UTC),
        files=[],
        items=items,
        message=b"mail",
        state="writing",
    )
    assert storage.unfinished_digests() == [(writing, [])]
    assert storage.pending_digest_items() == items  # not carried yet
    assert storage.pending_emails() == [] and storage.digest_log() == []
    storage.finish_digest(writing, {"last": "x"})
    assert storage.pending_digest_items() == [] and storage.get_meta("last") == "x"
    assert [d for d, _, _ in storage.pending_emails()] == [writing]


def test_placements_say_where_each_record_goes_without_loading_it(storage):
    """What a digest reads of each pending record: its study, and why it is off topic."""
    keys = ["pubmed:1", "pubmed:2", "pubmed:3", "pubmed:4"]
    storage.upsert_records([Record("pubmed", k.split(":")[1], f"record {k}") for k in keys])
    verdicts = {
        "1": Facts(on_topic=True, design="rct", depression_population=True),
        "2": Facts(on_topic=False, design="rct", off_topic_reason="standard-dose naltrexone"),
        "3": Facts(on_topic=False, design="rct"),  # no reason given
    }
    storage.save_assessments(
        [(Assessment(i, f, {"larger-trials": "no"}, "v1"), []) for i, f in verdicts.items()]
    )
    for key in keys[:2]:  # 3 and 4 are not grouped yet
        (member,) = storage.members([key])
        study, judged = judge_study(key, [member], ["larger-trials"])
        storage.save_studies([(study, judged)], clean=[key])

    places = {p.key: p for p in storage.placements([*keys, "pubmed:404", "pubmed:1"])}
    assert sorted(places) == keys  # each stored record once; an unknown key has none
    one, two, three, four = (places[k] for k in keys)
    assert (one.study, one.study_on_topic) == ("pubmed:1", True)
    assert (two.study, two.study_on_topic) == ("pubmed:2", False)
    assert two.off_topic_reason == "standard-dose naltrexone"
    assert (three.study, three.on_topic, three.off_topic_reason) == (None, False, "not on topic")
    assert (four.study, four.on_topic, four.off_topic_reason) == (None, False, "not on topic")

    storage.mark_deleted("pubmed", ["4"])
    times = list(storage.record_times())  # what a --since digest selects by, as records()
    assert times == [(s.key, s.first_seen, s.last_changed) for s in storage.records()]
    assert sorted(k for k, _, _ in times) == keys[:3]
    assert "pubmed:4" in {p.key for p in storage.placements(keys)}  # deleted: still placed


def test_a_backlog_larger_than_a_chunk_is_logged_whole(storage):
    storage.upsert_records([Record("pubmed", str(1000 + i), f"record {i}") for i in range(1203)])
    items = storage.pending_digest_items()
    assert len(items) == 1203 and {i.kind for i in items} == {"new"}
    storage.record_digest(
        subject="s",
        period_start=None,
        period_end=datetime.now(UTC),
        files=[],
        items=[*items, items[0]],  # the same record twice is logged once
        message=None,
    )
    assert storage.pending_digest_items() == []
    (logged,) = storage.digest_log()
    assert len(logged["new"]) == 1203


def test_packed_keys_give_back_every_key_in_order():
    from ldn_watch.store.base import PackedKeys

    packed = PackedKeys()
    keys = [f"pubmed:{i}" for i in range(10_000)] + ["ctgov:NCT01234567", "doi:10.1/x:y", ""]
    packed.add(keys[:5])
    packed.add(keys[5:])
    assert len(packed) == len(keys) and list(packed) == keys
    assert [k for block in packed.blocks() for k in block] == keys
    assert max(len(b) for b in packed.blocks()) == PackedKeys.BLOCK


def test_dirty_keys_and_study_ids_come_back_in_order(storage, dev_records):
    storage.upsert_records(dev_records[:5])
    keys = sorted(r.key for r in dev_records[:5])
    assert list(storage.dirty_keys_in_order()) == keys
    assert list(storage.dirty_study_ids()) == []
    storage.mark_deleted("pubmed", [dev_records[0].id])
    assert list(storage.dirty_keys_in_order()) == sorted(set(keys) - {dev_records[0].key})
