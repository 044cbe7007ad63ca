"""Backfill benchmark: N real records through the stand-in, harvest, parse, store, assess.

    .venv/bin/python bench/backfill.py --n 1000
    .venv/bin/python bench/backfill.py --n 20000 [--api-key KEY] [--batch-size 200]

The records are the real ones of tests/data/eval_dev.xml, replicated under
distinct PMIDs with entry dates spread over one year. The stand-in runs in a
child process so that the memory figure is the harvesting side's alone, and it
rate-limits like NCBI (3 requests/s, 10 with a key), so the 429 count is real.

Prints: requests used against the minimum, 429s received, wall time, the local
processing rate (articles/s for parse + store into a real SQLite file, and
separately for assessment), and peak resident memory. The loop itself is
``fetch_and_parse``; the sink stores each batch the way `ldn-watch run` does.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import resource
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from ldn_watch.assess import assess
from ldn_watch.assess.gaps import default_rules
from ldn_watch.assess.lexicon import default_lexicon
from ldn_watch.model import Deletion, Record
from ldn_watch.pubmed import harvest as harvest_module
from ldn_watch.pubmed.client import EntrezClient
from ldn_watch.pubmed.harvest import ESEARCH_MAX, Harvest, Window, harvest
from ldn_watch.pubmed.parse import parse_bytes
from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.store import Storage

DEV_XML = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval_dev.xml"
START = date(2040, 1, 1)  # after every real record's entry date: the window holds only copies
DAYS = 365

Sink = Callable[[list[Record | Deletion]], None]


@dataclass
class LoopStats:
    """What ``fetch_and_parse`` measured."""

    articles: int = 0
    batches: int = 0
    fetch_seconds: float = 0.0
    parse_seconds: float = 0.0
    sink_seconds: float = 0.0
    pmids: set[str] = field(default_factory=set)


def fetch_and_parse(h: Harvest, sink: Sink | None = None) -> LoopStats:
    """Fetch every batch of ``h``, parse it, hand the records to ``sink`` (e.g. storage).

    The harvest parses each answer itself (to check it holds the PMIDs asked for);
    its parser is timed here so that fetching and parsing are still told apart.
    """
    stats = LoopStats()
    parsing = [0.0]

    def timed_parse(data: bytes, *, name: str = "<response>") -> list[Record | Deletion]:
        p0 = time.perf_counter()
        try:
            return parse_bytes(data, name=name)
        finally:
            parsing[0] += time.perf_counter() - p0

    batches = iter(h)
    harvest_module.parse_bytes = timed_parse  # type: ignore[attr-defined]
    try:
        while True:
            t0 = time.perf_counter()
            parsing[0] = 0.0
            batch = next(batches, None)
            t1 = time.perf_counter()
            if batch is None:
                break
            records = batch.records
            t2 = time.perf_counter()
            if sink is not None:
                sink(records)
            t3 = time.perf_counter()
            stats.fetch_seconds += t1 - t0 - parsing[0]
            stats.parse_seconds += parsing[0]
            stats.sink_seconds += t3 - t2
            stats.batches += 1
            for r in records:
                if isinstance(r, Record):
                    stats.articles += 1
                    stats.pmids.add(r.pmid)
    finally:
        harvest_module.parse_bytes = parse_bytes  # type: ignore[attr-defined]
    return stats


def _serve(n: int, conn: Connection) -> None:
    """Child process: run the stand-in with n replicated records until told to stop."""
    with StandinEutils() as standin:
        standin.load(DEV_XML)
        standin.replicate(n, start=START, days=DAYS)
        conn.send(standin.base_url)
        conn.recv()  # "stop"
        conn.send(standin.count(status=429))


def run(
    n: int, *, batch_size: int = 200, api_key: str | None = None, assess_too: bool = True
) -> dict[str, float]:
    """One backfill of n records; returns the figures it prints."""
    parent, child = mp.Pipe()
    server = mp.get_context("fork").Process(target=_serve, args=(n, child), daemon=True)
    server.start()
    try:
        base_url = parent.recv()
        client = EntrezClient(base_url, email="bench@example.org", api_key=api_key)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        window = Window("edat", START, date(START.year, 12, 31))
        h = harvest(client, "low dose naltrexone", windows=[window], is_known=lambda ids: set())
        t_search = time.perf_counter() - t0
        tmp = tempfile.TemporaryDirectory(prefix="ldn-bench-")
        storage = Storage.open(f"sqlite:///{tmp.name}/bench.db")
        lexicon, rules = default_lexicon(), default_rules()
        assess_seconds = 0.0

        def store(records: list[Record | Deletion]) -> None:
            nonlocal assess_seconds
            found = [r for r in records if isinstance(r, Record)]
            storage.upsert_articles(found)
            if assess_too:
                a0 = time.perf_counter()
                storage.save_assessments([assess(a, lexicon, rules) for a in found])
                assess_seconds += time.perf_counter() - a0

        stats = fetch_and_parse(h, store)
        wall = time.perf_counter() - t0
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stored = storage.count_articles()
        storage.close()
        tmp.cleanup()
        parent.send("stop")
        served_429 = parent.recv()
    finally:
        server.join(timeout=10)
        if server.is_alive():
            server.terminate()
    if stats.articles != n or len(stats.pmids) != n or stored != n:
        raise SystemExit(f"backfill incomplete: {stats.articles} articles for {n} records")
    min_searches = math.ceil(n / ESEARCH_MAX)
    min_fetches = math.ceil(n / batch_size)
    return {
        "n": n,
        "requests": client.requests,
        "searches": len(h.searches),
        "fetches": h.fetches,
        "min_requests": min_searches + min_fetches,
        "min_searches": min_searches,
        "min_fetches": min_fetches,
        "retries": client.retries,
        "status_429": client.status_429,
        "served_429": served_429,
        "wall_s": wall,
        "search_s": t_search,
        "fetch_s": stats.fetch_seconds,
        "parse_s": stats.parse_seconds,
        "parse_rate": stats.articles / stats.parse_seconds if stats.parse_seconds else 0.0,
        "store_s": stats.sink_seconds - assess_seconds,
        "local_rate": stats.articles / (stats.parse_seconds + stats.sink_seconds - assess_seconds),
        "assess_s": assess_seconds,
        "assess_rate": stats.articles / assess_seconds if assess_seconds else 0.0,
        "peak_rss_mb": rss_after / 1024,
        "rss_growth_mb": (rss_after - rss_before) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--api-key", default=None, help="pace at 10/s instead of 3/s")
    parser.add_argument("--no-assess", action="store_true", help="skip the classifier")
    args = parser.parse_args()
    for n in args.n:
        f = run(n, batch_size=args.batch_size, api_key=args.api_key, assess_too=not args.no_assess)
        print(
            f"N={n}: requests {f['requests']} (searches {f['searches']} + fetches "
            f"{f['fetches']} + retries {f['retries']}) vs minimum {f['min_requests']} "
            f"({f['min_searches']} + {f['min_fetches']}); 429s received {f['status_429']} "
            f"(stand-in answered {f['served_429']})"
        )
        print(
            f"  wall {f['wall_s']:.1f} s (searches {f['search_s']:.1f} s, fetch "
            f"{f['fetch_s']:.1f} s, parse {f['parse_s']:.2f} s, store {f['store_s']:.2f} s, "
            f"assess {f['assess_s']:.2f} s)"
        )
        print(
            f"  local processing (parse + store) {f['local_rate']:,.0f} articles/s; parse alone "
            f"{f['parse_rate']:,.0f}/s; assessment {f['assess_rate']:,.0f}/s; peak RSS "
            f"{f['peak_rss_mb']:.0f} MB (+{f['rss_growth_mb']:.0f} MB during the backfill)"
        )


if __name__ == "__main__":
    main()
