"""Score the classifier on labelled registry and preprint records, through the real run path.

    .venv/bin/python bench/score_registry.py [SET ...] [--eval DIR] [--json]

SET is a folder under bench/ named ``registry*`` holding ``studies.json`` (ClinicalTrials.gov
API v2 study objects, ``{"studies": [...]}``), or ``preprints*`` holding ``results.json`` (a
Europe PMC ``/search`` answer, resultType=core: ``{"resultList": {"result": [...]}}``); and
``labels.jsonl`` (one line per record: ``{"id": "NCT..." or "PPR...", "title": ...,
"labels": {...}}`` with dev.jsonl's label keys, plus ``"stopped": true`` for a withdrawn,
terminated or suspended registration); default: all.

The records are served by the packaged stand-in of their source (beside empty stand-ins of
the others), ``ldn-watch run`` harvests them into a fresh SQLite file as it would from the
real service, ``ldn-watch report --json`` reports them, and the shared ``score.py`` scores
them: each label and each reported record is keyed by its source id in place of a PMID, and
a stopped registration (which closes no gap, CONTRACT.md "Sources and studies") is passed to
the scorer as ``retracted``, the scorer's one way to say "no gap whatever the facts". A
record the source's search does not return is scored as reported off-topic.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.sources.ctgov.standin import StandinCtgov
from ldn_watch.sources.europepmc.standin import StandinEuropePmc

BENCH = Path(__file__).resolve().parent
DEFAULT_EVAL = BENCH.parent.parent / "shared" / "eval"


def scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# set folder prefix -> (file of records, source name in the report)
KINDS = {"registry": ("studies.json", "ctgov"), "preprints": ("results.json", "europepmc")}


def report_of(records: Path) -> dict[str, Any]:
    """``report --json`` after one first run over the stand-ins, one of them serving
    ``records`` (registrations from ``studies.json``, preprints from ``results.json``)."""
    with (
        tempfile.TemporaryDirectory(prefix="ldn-registry-") as tmp,
        StandinEutils(rate_limit=False) as pubmed,
        StandinCtgov() as registry,
        StandinEuropePmc() as preprints,
    ):
        if records.name == KINDS["preprints"][0]:
            preprints.load(records)
        else:
            registry.load(records, last_update=date.today())
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}
        env |= {
            "LDN_WATCH_DB": f"sqlite:///{tmp}/score.db",
            "LDN_WATCH_EUTILS_URL": pubmed.base_url,
            "LDN_WATCH_CTGOV_URL": registry.base_url,
            "LDN_WATCH_EUROPEPMC_URL": preprints.base_url,
            "NCBI_EMAIL": "bench@localhost",
            "HOME": tmp,
        }
        cli = [sys.executable, "-m", "ldn_watch", "-q"]
        subprocess.run(
            [*cli, "run", "--no-email", "--out", f"{tmp}/digests"], env=env, check=True, cwd=tmp
        )
        done = subprocess.run(
            [*cli, "report", "--json"], env=env, check=True, cwd=tmp, capture_output=True
        )
    return json.loads(done.stdout)


def score(folder: Path, eval_dir: Path) -> dict[str, Any]:
    labels = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            lab = dict(row["labels"])
            # "stopped" (withdrawn, terminated, suspended) closes no gap, like a retraction;
            # sets write it among the labels or beside them on the record's line
            stopped = lab.get("stopped") or row.get("stopped")
            lab["retracted"] = bool(lab.get("retracted") or stopped)
            labels.append({**row, "pmid": row["id"], "labels": lab})
    file, source = KINDS[folder.name.rstrip("0123456789")]
    report = report_of(folder / file)
    own = [a for a in report["articles"] if a["source"] == source]
    report["articles"] = [{**a, "pmid": a["id"]} for a in own]
    result: dict[str, Any] = scorer(eval_dir).score(labels, report, 50)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder with score.py")
    ap.add_argument("--json", action="store_true", help="the scorer's full JSON per set")
    args = ap.parse_args(argv)
    found = {
        p.name: p
        for kind in KINDS
        for p in sorted(BENCH.glob(f"{kind}*/"))
        if p.is_dir() and p.name.rstrip("0123456789") == kind
    }
    chosen = args.sets or list(found)
    for name in chosen:
        if name not in found:
            raise SystemExit(f"unknown set {name!r}; known: {', '.join(found) or 'none'}")
        result = score(found[name], args.eval)
        summary = " ".join(f"{k}={v}" for k, v in result["summary"].items())
        print(
            f"{name:10} " + (json.dumps(result, indent=1) if args.json else f"summary: {summary}")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
