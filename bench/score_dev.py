"""Score the extractor on the hand-labelled dev set with the project's own scorer.

    .venv/bin/python bench/score_dev.py [--labels DIR] [--out report.json] [--json]

Builds Articles from ``dev.xml`` with the real parser, assesses them with the packaged
lexicon and default rules, writes a report in the contract's schema and runs
``score.py``. This script may read /work/shared; tests may not.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from ldn_watch.assess import assess, default_lexicon, default_rules, gap_states
from ldn_watch.model import Article
from ldn_watch.pubmed.parse import iter_records

DEFAULT_DIR = Path("/work/shared/eval")


def report(articles: list[Article]) -> dict:
    """A report in the ``ldn-watch/report/1`` schema for the given articles."""
    lexicon, rules = default_lexicon(), default_rules()
    assessed = [(a, assess(a, lexicon, rules)) for a in articles]
    return {
        "schema": "ldn-watch/report/1",
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "gaps": [
            {"id": g.id, "title": g.title, "status": g.status, "articles": g.articles}
            for g in gap_states([x for _, x in assessed], rules)
        ],
        "articles": [
            {
                "pmid": a.pmid,
                "title": a.title,
                "journal": a.journal,
                "year": a.year,
                "doi": a.doi,
                "publication_types": a.publication_types,
                "on_topic": x.facts.on_topic,
                "design": x.facts.design,
                "depression_population": x.facts.depression_population,
                "n": x.facts.n,
                "ldn_doses_mg": x.facts.ldn_doses_mg,
                "concomitant_antidepressants": x.facts.concomitant_antidepressants,
                "concomitant_classes": x.facts.concomitant_classes,
                "compares_doses": x.facts.compares_doses,
                "has_results": x.facts.has_results,
                "gaps": x.gaps,
                "evidence": x.facts.evidence,
                "off_topic_reason": x.facts.off_topic_reason,
            }
            for a, x in assessed
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--labels", type=Path, default=DEFAULT_DIR, help="folder with dev.xml, dev.jsonl, score.py"
    )
    ap.add_argument("--out", type=Path, help="where to keep the report (default: a temp file)")
    ap.add_argument("--json", action="store_true", help="the scorer's per-record detail")
    args = ap.parse_args(argv)
    articles = [r for r in iter_records(args.labels / "dev.xml") if isinstance(r, Article)]
    out = args.out or Path(tempfile.mkdtemp()) / "report.json"
    out.write_text(json.dumps(report(articles), indent=2), encoding="utf-8")
    cmd = [sys.executable, str(args.labels / "score.py"), str(args.labels / "dev.jsonl"), str(out)]
    if args.json:
        cmd.append("--json")
    print(f"report: {out}", file=sys.stderr)
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
