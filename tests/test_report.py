"""`report --json` is written as it is read: the same bytes as one json.dumps, one record
in memory at a time."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import offline_watcher

from ldn_watch.report import write_json, write_report

DATA = Path(__file__).parent / "data"

SHAPES: list[tuple[dict[str, Any], dict[str, list[Any]]]] = [
    ({}, {}),
    ({"schema": "x"}, {}),
    ({}, {"articles": []}),
    ({"schema": "x", "gaps": []}, {"articles": [], "studies": []}),
    (
        {"schema": "ldn-watch/report/2", "generated_at": "2026-11-28T00:00:00Z", "gaps": [{}]},
        {
            "articles": [
                {"title": "Naltrexone – “low dose”\nsecond line", "n": None, "doses": [1.5, 4.5]},
                {"nested": {"a": [{"b": []}, {}], "c": "ü"}, "empty": {}},
            ],
            "studies": [{"id": "NCT01874951", "records": [{"role": "article"}]}],
        },
    ),
]


@pytest.mark.parametrize(("head", "arrays"), SHAPES)
def test_write_json_is_json_dumps_byte_for_byte(
    head: dict[str, Any], arrays: dict[str, list[Any]]
) -> None:
    out = io.StringIO()
    write_json(out, head, **{k: iter(v) for k, v in arrays.items()})
    assert out.getvalue() == json.dumps({**head, **arrays}, indent=2, ensure_ascii=False)


def test_write_json_takes_each_item_only_when_it_writes_it() -> None:
    out = io.StringIO()
    written_before: list[int] = []

    def items() -> Iterator[dict[str, int]]:
        for i in range(3):
            written_before.append(len(out.getvalue()))
            yield {"i": i}

    write_json(out, {"schema": "x"}, articles=items())
    assert written_before[0] < written_before[1] < written_before[2]
    assert json.loads(out.getvalue())["articles"] == [{"i": 0}, {"i": 1}, {"i": 2}]


def test_the_streamed_report_holds_every_record_once_with_the_gaps_that_touch_them(
    tmp_path: Path,
) -> None:
    with offline_watcher(tmp_path) as w:
        w.import_files([DATA / "studies" / "trial-family.xml"])
        states, stored = w.evidence()
        out = io.StringIO()
        write_report(out, states, stored, w.storage.studies(), now=datetime.now(UTC))
        everything = w.storage.records()
    report = json.loads(out.getvalue())
    assert [a["id"] for a in report["articles"]] == [s.record.id for s in everything]
    touching = {
        (g["id"], value): set(g[f"{value}_by"])
        for g in report["gaps"]
        for value in ("addressed", "in_progress")
    }
    expected = {
        (g["id"], value): {s.record.id for s in everything if s.gaps.get(g["id"]) == value}
        for g in report["gaps"]
        for value in ("addressed", "in_progress")
    }
    assert touching == expected
    assert any(touching.values()), "the fixture family should touch at least one gap"


def test_iter_records_pages_through_the_store_in_records_order(tmp_path: Path) -> None:
    with offline_watcher(tmp_path) as w:
        w.import_files([DATA / "studies" / "trial-family.xml"])
        paged = [s.record.key for s in w.storage.iter_records(page=2)]
        assert paged == [s.record.key for s in w.storage.records()]
        assert len(paged) > 2
