"""Score the classifier on every labelled set, through the real import -> report path.

    .venv/bin/python bench/score_sets.py [SET ...] [--eval DIR] [--json]

SET is ``dev`` (the shared labelled records, ../shared/eval) or a folder under bench/
holding ``holdout.jsonl`` and ``holdout.xml`` (e.g. ``holdout3``); default: all of them.
Each set is imported into a fresh temporary SQLite file with ``ldn-watch import``, the
report is taken with ``ldn-watch report --json`` and scored with the shared ``score.py``,
exactly as the project is judged. Prints one summary line per set.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
DEFAULT_EVAL = BENCH.parent.parent / "shared" / "eval"


def sets(names: list[str], eval_dir: Path) -> list[tuple[str, Path, Path]]:
    """(name, labels.jsonl, efetch.xml) for each requested set."""
    found = {"dev": (eval_dir / "dev.jsonl", eval_dir / "dev.xml")}
    for folder in sorted(BENCH.glob("holdout*/")):
        found[folder.name] = (folder / "holdout.jsonl", folder / "holdout.xml")
    chosen = names or list(found)
    unknown = [n for n in chosen if n not in found]
    if unknown:
        raise SystemExit(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(found)}")
    return [(n, *found[n]) for n in chosen]


def score(labels: Path, xml: Path, eval_dir: Path, as_json: bool) -> str:
    with tempfile.TemporaryDirectory(prefix="ldn-score-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LDN_WATCH_")}
        env["LDN_WATCH_DB"] = f"sqlite:///{tmp}/score.db"
        cli = [sys.executable, "-m", "ldn_watch", "-q"]
        subprocess.run([*cli, "import", str(xml)], env=env, check=True)
        report = Path(tmp) / "report.json"
        with report.open("w", encoding="utf-8") as out:
            subprocess.run([*cli, "report", "--json"], env=env, check=True, stdout=out)
        args = [sys.executable, str(eval_dir / "score.py"), str(labels), str(report)]
        done = subprocess.run(
            [*args, *(["--json"] if as_json else [])], check=True, capture_output=True, text=True
        )
    return done.stdout if as_json else done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder with score.py and dev")
    ap.add_argument("--json", action="store_true", help="the scorer's full JSON per set")
    args = ap.parse_args(argv)
    for name, labels, xml in sets(args.sets, args.eval):
        print(f"{name:10} {score(labels, xml, args.eval, args.json)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
