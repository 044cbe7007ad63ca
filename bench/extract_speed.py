"""How many articles per second the extractor handles (facts + gap verdicts).

    .venv/bin/python bench/extract_speed.py [FILE.xml ...] [--rounds N]

Defaults to the labelled dev records in tests/data/eval_dev.xml. Speed is measured
here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ldn_watch.assess import assess, default_lexicon, default_rules
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval_dev.xml"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args(argv)
    articles = [r for f in args.files for r in iter_records(f) if isinstance(r, Record)]
    lexicon, rules = default_lexicon(), default_rules()
    assess(articles[0], lexicon, rules)  # warm up compiled patterns
    start = time.perf_counter()
    for _ in range(args.rounds):
        for a in articles:
            assess(a, lexicon, rules)
    elapsed = time.perf_counter() - start
    total = len(articles) * args.rounds
    rate = total / elapsed
    print(
        f"{total} assessments of {len(articles)} articles in {elapsed:.2f}s: {rate:.0f} articles/s"
    )


if __name__ == "__main__":
    main()
