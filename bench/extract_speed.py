"""How many articles per second assessment handles (facts + gap verdicts), on one core.

    .venv/bin/python bench/extract_speed.py [FILE.xml ...] [--rounds N]

Without files it prints two figures:
  (a) the labelled dev records (tests/data/eval_dev.xml): nearly all name the drug;
  (b) a broad-query mix, 90% off-topic: the 177 real, varied PubMed records of
      tests/data/jcore-base__pubmedsample18n0001.xml.gz (none names the drug) with 20
      dev records, the shape of a first backfill of a broad query.
With files it measures those records. ``--stages`` prints, for the dev records (or the files),
the wall time per pass of each stage of assessment (reading sentence roles, design, doses,
topic, participants, co-medication), so that speed work starts where the time goes. The rate is per CPU-second of this process
(``time.process_time``), so other work on the machine does not skew it; the wall-clock
rate is printed beside it. Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Callable
from pathlib import Path

from ldn_watch.assess import (
    assess,
    default_lexicon,
    default_rules,
    design,
    doses,
    drugs,
    numbers,
    roles,
    topic,
)
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DEV = DATA / "eval_dev.xml"
OFF_TOPIC = DATA / "jcore-base__pubmedsample18n0001.xml.gz"


def _load(path: Path) -> list[Record]:
    return [r for r in iter_records(path) if isinstance(r, Record)]


def rate(articles: list[Record], rounds: int) -> tuple[int, float, float]:
    """(assessments, CPU seconds, wall seconds) for ``rounds`` passes over ``articles``."""
    lexicon, rules = default_lexicon(), default_rules()
    for a in articles:  # warm up: compiled patterns, per-spec builders
        assess(a, lexicon, rules)
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        for a in articles:
            assess(a, lexicon, rules)
    return len(articles) * rounds, time.process_time() - cpu, time.perf_counter() - wall


def report(label: str, articles: list[Record], rounds: int) -> None:
    total, cpu, wall = rate(articles, rounds)
    print(
        f"{label}: {total} assessments of {len(articles)} articles in {cpu:.2f} CPU-s: "
        f"{total / cpu:.0f} articles/s (wall {total / wall:.0f}/s)"
    )


# the stages ``extract_facts`` calls, by module attribute (each timed only at its outermost
# call, so a stage called inside another counts once, in the outer one)
STAGES = [
    (roles, "read"),
    (design, "classify"),
    (design, "results_pending"),
    (doses, "find"),
    (topic, "decide"),
    (topic, "condition_population"),
    (topic, "other_population"),
    (topic, "professionals"),
    (numbers, "participants"),
    (drugs, "find"),
]


def stages(articles: list[Record], rounds: int) -> None:
    """Wall time per pass of each stage (wrapped for this run only, then put back)."""
    spent: collections.Counter[str] = collections.Counter()
    inside = [0]

    def timed(name: str, f: Callable[..., object]) -> Callable[..., object]:
        def run(*a: object, **k: object) -> object:
            if inside[0]:
                return f(*a, **k)
            inside[0] += 1
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                spent[name] += time.perf_counter() - t
                inside[0] -= 1

        return run

    originals = [(mod, attr, getattr(mod, attr)) for mod, attr in STAGES]
    for mod, attr, f in originals:
        setattr(mod, attr, timed(f"{mod.__name__.rsplit('.', 1)[-1]}.{attr}", f))
    try:
        lexicon, rules = default_lexicon(), default_rules()
        for a in articles:
            assess(a, lexicon, rules)
        spent.clear()
        start = time.perf_counter()
        for _ in range(rounds):
            for a in articles:
                assess(a, lexicon, rules)
        total = (time.perf_counter() - start) / rounds * 1000
    finally:
        for mod, attr, f in originals:
            setattr(mod, attr, f)
    print(f"{len(articles)} articles: {total:.1f} ms a pass (wall), by stage:")
    for name, secs in spent.most_common():
        print(f"  {secs / rounds * 1000:7.1f} ms  {name}")
    print(f"  {total - sum(spent.values()) / rounds * 1000:7.1f} ms  (the rest)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--stages", action="store_true", help="time each stage of assessment")
    args = ap.parse_args(argv)
    if args.stages:
        stages([a for f in args.files for a in _load(f)] or _load(DEV), args.rounds)
        return
    if args.files:
        report("files", [a for f in args.files for a in _load(f)], args.rounds)
        return
    dev = _load(DEV)
    off = _load(OFF_TOPIC)
    mix = off + dev[:20]
    share = len(off) / len(mix)
    report("(a) dev records", dev, args.rounds)
    report(f"(b) broad mix, {share:.0%} off-topic", mix, args.rounds)


if __name__ == "__main__":
    main()
