"""How far the watch has covered a source's history, and the records it could not get.

The watermark is the end of one contiguous interval, [the source's history start,
``covered_until``], over which every record was fetched and stored. A run extends it
only when the window it stored whole starts inside that interval (or at the history
start, for the first run): an explicit ``run --since`` later than the watermark
fetches what it is asked for but moves nothing, because the days between the
watermark and ``--since`` were never covered. Without that rule a backfill killed
half way and followed by ``run --since <recent date>`` would leave the older part
unfetched for good.

A record a source lists but does not deliver (PubMed leaves it out of efetch
answers, or its XML is invalid) is a hole: the run that meets it fails and the
watermark stays, so the next run asks again. A record that is still not delivered
in ``GIVE_UP_AFTER`` runs is recorded as unavailable and logged, and no longer holds
the watermark back: it is not retried forever. Should the source deliver it later
(an ``mdat`` window sees a corrected record), it is stored and leaves the list.

The watermark lives in the store's per-source state (``source_state``), the list of
records not delivered in its ``meta`` table, one key per source.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from ldn_watch.model import RunRecord

__all__ = [
    "GIVE_UP_AFTER",
    "HISTORY_START",
    "Unfetched",
    "UnfetchedEntry",
    "covered_by_runs",
    "next_watermark",
]

log = logging.getLogger("ldn_watch")

# "The whole history" for a first run: older than any PubMed Entrez date.
HISTORY_START = date(1800, 1, 1)
# Runs in which a record must go undelivered before it stops holding the watermark.
GIVE_UP_AFTER = 2


class Meta(Protocol):
    """What this module needs from the store."""

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...


def covered_by_runs(runs: Iterable[RunRecord], start: date = HISTORY_START) -> date | None:
    """The contiguous interval the successful runs' windows cover, oldest run first
    (for a database written before the watermark was kept per source)."""
    covered: date | None = None
    for run in sorted(runs, key=lambda r: r.id):
        if run.outcome != "ok" or run.window_start is None or run.window_end is None:
            continue
        covered = _extended(covered, run.window_start.date(), run.window_end.date(), start)
    return covered


def next_watermark(
    before: date | None, start: date, end: date, *, history_start: date = HISTORY_START
) -> date | None:
    """The watermark after [start, end] was stored whole (``before``: the one until now)."""
    after = _extended(before, start, end, history_start)
    if after is None or start > after + timedelta(days=1):
        log.warning(
            "watermark stays at %s: the window %s..%s does not join the covered history; "
            "a plain `ldn-watch run` fetches the gap",
            after or "nothing (no full run yet)",
            start,
            end,
        )
    return after


def _extended(covered: date | None, start: date, end: date, history_start: date) -> date | None:
    if covered is None:
        return end if start <= history_start else None
    if start <= covered + timedelta(days=1):
        return max(covered, end)
    return covered


# -- records a source listed but did not deliver -----------------------------------


@dataclass
class UnfetchedEntry:
    why: str  # "not returned by PubMed", "invalid XML: line 3, column 9: ..."
    runs: int  # runs in which it was asked for and not delivered
    first: str  # ISO time of the first miss
    last_run: int | None = None
    given_up: bool = False


class Unfetched:
    """PMIDs (or other ids) a source would not deliver, kept in ``meta``."""

    def __init__(self, store: Meta, source: str = "pubmed") -> None:
        self.store = store
        self.key = f"{source}.unfetched"
        raw = store.get_meta(self.key)
        data: Mapping[str, dict] = json.loads(raw) if raw else {}
        self.entries = {k: UnfetchedEntry(**v) for k, v in data.items()}

    def save(self) -> None:
        self.store.set_meta(
            self.key, json.dumps({k: asdict(v) for k, v in sorted(self.entries.items())})
        )

    def resolved(self, ids: Iterable[str]) -> list[str]:
        """Forget ids that were delivered after all; returns those that were listed."""
        done = [i for i in ids if i in self.entries]
        for i in done:
            del self.entries[i]
        if done:
            log.info("records delivered after earlier misses: %s", ", ".join(sorted(done)))
        return done

    def missed(
        self, problems: Mapping[str, str], run_id: int | None
    ) -> tuple[list[str], list[str]]:
        """Count a run's misses; returns (ids that hold the watermark, ids given up now)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        holding: list[str] = []
        given_up: list[str] = []
        for pmid, why in problems.items():
            entry = self.entries.get(pmid) or UnfetchedEntry(why=why, runs=0, first=now)
            if entry.last_run != run_id or run_id is None:
                entry.runs += 1
            entry.why, entry.last_run = why, run_id
            self.entries[pmid] = entry
            if entry.given_up:
                continue
            if entry.runs >= GIVE_UP_AFTER:
                entry.given_up = True
                given_up.append(pmid)
                log.warning(
                    "PMID %s: %s in %d runs; recorded as unavailable and no longer retried "
                    "(a corrected record is fetched when PubMed revises it)",
                    pmid,
                    why,
                    entry.runs,
                )
            else:
                holding.append(pmid)
        return holding, given_up

    def given_up(self) -> dict[str, UnfetchedEntry]:
        return {k: v for k, v in self.entries.items() if v.given_up}
