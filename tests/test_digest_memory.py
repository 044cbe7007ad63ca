"""A digest's memory does not grow with the backlog: whatever the number of off-topic
records waiting, it reads from the store the records of the studies it shows as cards
(a page at a time) and the lead records of the gap board, nothing else. Off-topic
records become counts by reason without being loaded.

Counted through the storage API (``Storage.records`` and ``Storage.iter_records``, the
reads that build whole records), so the property can fail without measuring memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import offline_watcher

from ldn_watch import deliver
from ldn_watch.app import CycleSummary, Watcher
from ldn_watch.assess.gaps import judge
from ldn_watch.digest.context import GAP_STUDIES_SHOWN
from ldn_watch.model import Assessment, Facts, Record, Registry
from ldn_watch.studies import edges

TRIALS = 60  # an article and a registration each: 120 on-topic records, over a page
REASONS = ("standard-dose naltrexone", "naltrexone-bupropion", "no naltrexone")


def trial(i: int, rules: list, version: str) -> list[tuple[Record, Assessment]]:
    nct = f"NCT{70000000 + i:08d}"
    n = (24, 72, 164)[i % 3]
    facts = Facts(
        on_topic=True,
        design="rct",
        depression_population=True,
        n=n,
        ldn_doses_mg=[4.5],
        concomitant_classes=["serotonergic"] if i % 2 else [],
        has_results=True,
    )
    article = Record(
        "pubmed",
        str(50000000 + i),
        f"Low-dose naltrexone trial {i}",
        journal="Journal of Examples",
        year=2020 + i % 5,
        authors=["Author A", "Author B"],
        nct_ids=[nct],
    )
    registration = Record(
        "ctgov",
        nct,
        f"Registration of trial {i}",
        year=2019,
        registry=Registry(status="COMPLETED", enrollment=n, sponsor="Example University"),
    )
    planned = Facts(**{**facts.__dict__, "design": "protocol", "has_results": False})
    return [
        (r, Assessment(r.id, f, judge(f, rules), version, {}, r.source))
        for r, f in ((article, facts), (registration, planned))
    ]


def off_topic(i: int, rules: list, version: str) -> tuple[Record, Assessment]:
    record = Record("pubmed", str(51000000 + i), f"Naltrexone in alcohol use {i}", year=2015)
    facts = Facts(on_topic=False, design="rct", off_topic_reason=REASONS[i % len(REASONS)])
    return record, Assessment(record.id, facts, judge(facts, rules), version, {}, "pubmed")


def fill(w: Watcher, trials: range, others: range) -> None:
    rows = [row for i in trials for row in trial(i, w.rules, w.rules_version)]
    rows += [off_topic(i, w.rules, w.rules_version) for i in others]
    w.storage.upsert_records([r for r, _ in rows])
    w.storage.save_assessments((a, edges(r, a.facts)) for r, a in rows)
    w.gap_states()  # studies grouped now: the reads counted below are the digest's own


class Reads:
    """Records built by the storage reads, per call."""

    def __init__(self, w: Watcher, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[int] = []
        records, iter_records = w.storage.records, w.storage.iter_records

        def counted(*args: Any, **kwargs: Any) -> list[Any]:
            found = records(*args, **kwargs)
            self.calls.append(len(found))
            return found

        def iterated(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.calls.append(0)
            for record in iter_records(*args, **kwargs):
                self.calls[-1] += 1
                yield record

        monkeypatch.setattr(w.storage, "records", counted)
        monkeypatch.setattr(w.storage, "iter_records", iterated)


def digest_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, off: int) -> dict[str, Any]:
    """Records read by each kind of digest of a store with ``off`` off-topic records."""
    with offline_watcher(tmp_path) as w:
        fill(w, range(TRIALS), range(off))
        out: dict[str, Any] = {}
        with monkeypatch.context() as patch:
            reads = Reads(w, patch)
            data = json.loads(w.digest(fmt="json")[0])
            out["preview"] = reads.calls
        assert len(data["studies"]) == TRIALS  # every study the digest carries, as a card
        assert data["off_topic_summary"]["count"] == off
        assert sum(r["count"] for r in data["off_topic_summary"]["reasons"]) == off

        with monkeypatch.context() as patch:
            reads = Reads(w, patch)
            since = json.loads(w.digest(fmt="json", since=date(2000, 1, 1))[0])
            out["since"] = reads.calls
        assert since["studies"] == data["studies"] and since["counts"] == data["counts"]

        with monkeypatch.context() as patch:
            reads = Reads(w, patch)
            summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
            w.deliver(summary, out_dir=tmp_path / "digests", send_email=False)
            out["delivered"] = reads.calls
        assert summary.digest_files
        assert deliver.select_pending(w.storage).empty  # every record carried, once
        return out


def test_a_digest_reads_the_same_records_whatever_the_off_topic_backlog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = digest_reads(tmp_path / "small", monkeypatch, off=50)
    large = digest_reads(tmp_path / "large", monkeypatch, off=600)
    leads = 3 * GAP_STUDIES_SHOWN  # the board's lead records, at most
    for kind in ("preview", "since", "delivered"):
        # The cards' records and the board's leads; not one off-topic record.
        assert sum(large[kind]) == sum(small[kind]), kind
        assert 2 * TRIALS <= sum(large[kind]) <= 2 * TRIALS + leads, (kind, large[kind])
        # A page of studies' records at a time, never the whole backlog in one read.
        assert max(large[kind]) <= max(deliver.CARD_PAGE, leads), (kind, large[kind])


def test_a_study_that_leaves_the_topic_is_an_updated_card_not_an_off_topic_count(
    tmp_path: Path,
) -> None:
    with offline_watcher(tmp_path) as w:
        fill(w, range(3), range(4))
        summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
        w.deliver(summary, out_dir=tmp_path / "digests", send_email=False)
        assert deliver.select_pending(w.storage).empty

        # Trial 0 turns out not to be about low-dose naltrexone; one more off-topic record.
        rows = trial(0, w.rules, w.rules_version)
        gone = Facts(on_topic=False, design="rct", off_topic_reason="standard-dose naltrexone")
        w.storage.save_assessments(
            (
                Assessment(r.id, gone, judge(gone, w.rules), w.rules_version, {}, r.source),
                edges(r, gone),
            )
            for r, _ in rows
        )
        fill(w, range(0), range(4, 5))
        selection = deliver.select_pending(w.storage)
        assert [s.study.id for s in selection.studies] == ["ctgov:NCT70000000"]
        assert selection.off_topic == {REASONS[4 % len(REASONS)]: 1}
        data = json.loads(w.digest(fmt="json")[0])
        [card] = data["studies"]
        assert card["id"] == "ctgov:NCT70000000" and card["state"] == "updated"
        assert any("no longer on topic" in c for c in card["changes"]), card["changes"]
        assert data["off_topic_summary"]["count"] == 1
