"""The watermark and holes (issue 11, items 1, 2 and 7): a run never moves the watermark
over records it did not store, and a record PubMed will not deliver is named, asked for
again once, then recorded as unavailable instead of blocking the watch for ever."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import DEV_PMIDS, cli, last_line, run_rows, stored_pmids, watermark, write_config

from ldn_watch.model import RunRecord

HISTORY_START = date(1800, 1, 1)  # a first run's window start (ldn_watch.coverage)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path, batch_size=10)


def meta(tmp_path: Path, key: str) -> str | None:
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        row = conn.execute("select value from meta where key = ?", (key,)).fetchone()
    return row[0] if row else None


def window_starts(tmp_path: Path) -> list[str]:
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        return [r[0][:10] for r in conn.execute("select window_start from runs order by id")]


# -- item 2: `run --since` must not move the watermark over ground it did not cover --------


def test_since_after_a_killed_backfill_leaves_no_hole(tmp_path, standin, config):
    """The reproduction: a backfill fails part way, `run --since <recent>` succeeds, and the
    next plain run still fetches everything the backfill missed."""
    standin.fail_next("ok", "ok", *([503] * 4))  # esearch, one batch, then NCBI goes down
    first = cli(tmp_path, standin, "run", "--no-email")
    assert first.returncode == 1, first.stderr
    assert len(stored_pmids(tmp_path)) == 10  # 34 of the 44 never fetched

    recent = (date.today() - timedelta(days=30)).isoformat()
    since = cli(tmp_path, standin, "run", "--no-email", "--since", recent)
    assert since.returncode == 0, since.stderr
    assert "watermark stays" in since.stderr  # said, not silent

    plain = cli(tmp_path, standin, "run", "--no-email")
    assert plain.returncode == 0, plain.stderr
    pmids = stored_pmids(tmp_path)
    assert len(pmids) == len(set(pmids)) == DEV_PMIDS
    assert window_starts(tmp_path)[-1] == HISTORY_START.isoformat()  # the whole history again
    assert watermark(tmp_path) == date.today().isoformat()


def test_since_inside_covered_history_extends_it(tmp_path, standin, config):
    assert cli(tmp_path, standin, "run", "--no-email").returncode == 0
    old = (date.today() - timedelta(days=400)).isoformat()
    again = cli(tmp_path, standin, "run", "--no-email", "--since", old)
    assert again.returncode == 0, again.stderr
    assert "watermark stays" not in again.stderr
    plain = cli(tmp_path, standin, "run", "--no-email")
    overlap = (date.today() - timedelta(days=3)).isoformat()
    assert window_starts(tmp_path)[-1] == overlap, plain.stderr


def _run(id: int, start: date, end: date, outcome: str = "ok") -> RunRecord:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return RunRecord(
        id=id,
        started_at=at,
        finished_at=at,
        kind="run",
        window_start=datetime.combine(start, datetime.min.time(), UTC),
        window_end=datetime.combine(end, datetime.min.time(), UTC),
        query="q",
        translated_query=None,
        found=0,
        new=0,
        updated=0,
        outcome=outcome,
        error=None,
    )


def test_covered_interval_from_old_runs() -> None:
    """A database from before the watermark was kept: rebuilt from the runs, contiguously."""
    from ldn_watch.coverage import covered_by_runs

    d = date
    runs = [
        _run(1, HISTORY_START, d(2026, 5, 1), "failed"),  # killed backfill
        _run(2, d(2026, 4, 1), d(2026, 5, 2)),  # --since: joins nothing
        _run(3, HISTORY_START, d(2026, 5, 3)),  # full backfill
        _run(4, d(2026, 5, 20), d(2026, 6, 1)),  # --since past the end: a gap
        _run(5, d(2026, 4, 30), d(2026, 5, 10)),  # plain run with overlap
    ]
    assert covered_by_runs(runs[:2]) is None
    assert covered_by_runs(runs[:4]) == d(2026, 5, 3)
    assert covered_by_runs(runs) == d(2026, 5, 10)


# -- item 1: records an efetch answer leaves out --------------------------------------------


def test_a_proxy_dropping_records_loses_none(tmp_path, standin, config):
    """One record missing from every second efetch answer: all 44 stored, rc 0."""
    standin.fail_next("ok", "ok", "short", "ok", "ok", "short")
    proc = cli(tmp_path, standin, "run", "--no-email")
    assert proc.returncode == 0, proc.stderr
    pmids = stored_pmids(tmp_path)
    assert len(pmids) == len(set(pmids)) == DEV_PMIDS
    assert f"{DEV_PMIDS} found, {DEV_PMIDS} new" in proc.stdout


def test_a_record_pubmed_will_not_return_holds_the_watermark_once_then_is_given_up(
    tmp_path, standin, config
):
    gone = standin.pmids[3]
    standin.hide(gone)
    first = cli(tmp_path, standin, "run", "--no-email")
    assert first.returncode == 1
    assert f"PMID {gone} (not returned by PubMed)" in last_line(first.stderr)
    assert len(stored_pmids(tmp_path)) == DEV_PMIDS - 1  # the rest is stored
    assert run_rows(tmp_path)[-1][1] == "failed"
    assert watermark(tmp_path) is None  # not past the hole

    second = cli(tmp_path, standin, "run", "--no-email")  # asks again, from the same start
    assert second.returncode == 0, second.stderr
    assert f"PMID {gone}" in second.stderr and "no longer retried" in second.stderr
    assert f"unavailable (PubMed would not deliver them; logged): {gone}" in second.stdout
    assert window_starts(tmp_path) == [HISTORY_START.isoformat()] * 2
    assert watermark(tmp_path) == date.today().isoformat()
    recorded = json.loads(meta(tmp_path, "pubmed.unfetched") or "{}")
    assert recorded[gone]["given_up"] is True and recorded[gone]["runs"] == 2

    third = cli(tmp_path, standin, "run", "--no-email")
    assert third.returncode == 0, third.stderr
    assert gone not in third.stdout  # not retried for ever (outside the overlap)
    status = json.loads(cli(tmp_path, standin, "status", "--json").stdout)
    assert [(u["pmid"], u["why"]) for u in status["unavailable"]] == [
        (gone, "not returned by PubMed")
    ]


# -- item 7: one bad record does not block the watch ---------------------------------------


def test_one_invalid_record_is_named_the_rest_stored_exit_1(tmp_path, standin, config):
    bad = standin.pmids[12]
    raw = standin._state.records[bad].raw
    standin.revise(bad, date(2001, 1, 1), raw.replace(b"<ArticleTitle>", b"<ArticleTitle>\x07", 1))
    proc = cli(tmp_path, standin, "run", "--no-email")
    assert proc.returncode == 1, proc.stderr
    line = last_line(proc.stderr)
    assert f"PMID {bad} (invalid XML" in line and "Traceback" not in proc.stderr
    assert sorted(stored_pmids(tmp_path)) == sorted(set(standin.pmids) - {bad})
    assert (tmp_path / "digests").exists()  # what was stored is delivered all the same
