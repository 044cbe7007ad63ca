"""Per-record outcomes of the classifier on the labelled sets: errors, bar check, code diffs.

    .venv/bin/python bench/outcomes.py run SET... --out FILE [--jobs 2]
    .venv/bin/python bench/outcomes.py errors FILE [SET...]
    .venv/bin/python bench/outcomes.py bar FILE [SET...]
    .venv/bin/python bench/outcomes.py diff OLD NEW

``run`` puts each set through the real path (``import`` then ``report --json`` for PubMed
sets, a first ``run`` over the stand-ins for ``registry*``/``preprints*`` sets, as
score_sets.py and score_registry.py do) with whatever ``ldn_watch`` is on PYTHONPATH, and
writes one JSON line per labelled record: its labels and what the report said. SET is a
folder name under bench/, ``dev``, or a shell-style pattern (``'holdout*'``); ``open`` means
every PubMed set not listed in bench/closed.txt, ``openrp`` every registration and preprint
set not listed there.

``errors`` lists what a record got wrong; ``bar`` scores each set with the shared score.py
and says whether it meets issue 10's bar; ``diff`` compares two runs (two versions of the
code) record by record and says which changes moved toward the labels and which away.

Sets named in bench/closed.txt are blind: ``bar`` gives their summary figures, while
``errors`` and ``diff`` refuse to show their records, so no one reads a blind set's errors
before its first measurement is recorded.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import importlib.util
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent
# the shared labelled records beside the checkout (found from a worktree too)
EVAL = next(
    (p / "shared" / "eval" for p in BENCH.parents if (p / "shared" / "eval").is_dir()),
    BENCH.parent.parent / "shared" / "eval",
)
CLOSED = BENCH / "closed.txt"
FACTS = ("on_topic", "design", "n", "ldn_doses_mg", "concomitant_classes")
GAPS = ("larger-trials", "serotonergic-combination", "dose-finding")
SHORT = {"design": "design", "n": "n", "ldn_doses_mg": "doses", "concomitant_classes": "classes"}
BAR = {"gap_p": 0.95, "gap_r": 0.95, "on_topic_f1": 0.97, "facts": 0.92}


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def closed_sets() -> set[str]:
    if not CLOSED.exists():
        return set()
    lines = CLOSED.read_text(encoding="utf-8").splitlines()
    return {s.split("#")[0].strip() for s in lines if s.split("#")[0].strip()}


def all_sets() -> list[str]:
    names = ["dev"]
    for p in sorted(BENCH.iterdir()):
        kind = p.name.rstrip("0123456789")
        if p.is_dir() and kind in ("holdout", "registry", "preprints"):
            names.append(p.name)
    return names


def choose(patterns: list[str]) -> list[str]:
    known = all_sets()
    closed = closed_sets()
    chosen: list[str] = []
    for pat in patterns:
        if pat == "open":
            hits = [n for n in known if n.startswith(("holdout", "dev")) and n not in closed]
        elif pat == "openrp":
            hits = [n for n in known if n.startswith(("registry", "preprints")) and n not in closed]
        else:
            hits = [n for n in known if fnmatch.fnmatchcase(n, pat)]
        if not hits:
            raise SystemExit(f"no set matches {pat!r}")
        chosen += [h for h in hits if h not in chosen]
    return chosen


def labels_of(name: str) -> list[dict[str, Any]]:
    """Labelled records keyed by the id the report uses (PMID, NCT or PPR id)."""
    if name == "dev":
        file = EVAL / "dev.jsonl"
    elif name.startswith("holdout"):
        file = BENCH / name / "holdout.jsonl"
    else:
        file = BENCH / name / "labels.jsonl"
    rows = []
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lab = dict(row["labels"])
        if not name.startswith(("holdout", "dev")):
            # a stopped registration closes no gap: score_registry.py passes it as retracted
            lab["retracted"] = bool(
                lab.get("retracted") or lab.get("stopped") or row.get("stopped")
            )
        rows.append(
            {"id": str(row.get("pmid") or row["id"]), "title": row.get("title"), "labels": lab}
        )
    return rows


def _cli(argv: list[str]) -> str:
    from ldn_watch.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["-q", *argv])
    if code:
        raise RuntimeError(f"ldn-watch {' '.join(argv)} exited {code}")
    return out.getvalue()


def report_of(name: str) -> dict[str, Any]:
    if not name.startswith(("holdout", "dev")):
        sys.path.insert(0, str(BENCH))
        import score_registry

        file, source = score_registry.KINDS[name.rstrip("0123456789")]
        report: dict[str, Any] = score_registry.report_of(BENCH / name / file)
        report["articles"] = [a for a in report["articles"] if a["source"] == source]
        return report
    xml = EVAL / "dev.xml" if name == "dev" else BENCH / name / "holdout.xml"
    for key in [k for k in os.environ if k.startswith("LDN_WATCH_")]:
        del os.environ[key]
    with tempfile.TemporaryDirectory(prefix="ldn-outcomes-") as tmp:
        os.environ["LDN_WATCH_DB"] = f"sqlite:///{tmp}/score.db"
        _cli(["import", str(xml)])
        result: dict[str, Any] = json.loads(_cli(["report", "--json"]))
        return result


def outcomes_of(name: str) -> list[dict[str, Any]]:
    report = report_of(name)
    arts = {str(a.get("pmid") or a["id"]): a for a in report["articles"]}
    rows = []
    for rec in labels_of(name):
        art = arts.get(rec["id"])
        got = None
        if art is not None:
            got = {k: art.get(k) for k in (*FACTS, "gaps", "gap_reasons", "role", "study")}
        rows.append({"set": name, **rec, "got": got})
    return rows


def run(args: argparse.Namespace) -> int:
    names = choose(args.sets)
    with (
        ProcessPoolExecutor(max_workers=args.jobs) as pool,
        open(args.out, "w", encoding="utf-8") as out,
    ):
        for name, rows in zip(names, pool.map(outcomes_of, names), strict=True):
            for row in rows:
                out.write(json.dumps(row) + "\n")
            print(f"{name}: {len(rows)} records", file=sys.stderr)
    return 0


def load(file: str) -> list[dict[str, Any]]:
    with open(file, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def by_set(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    sets: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        sets.setdefault(row["set"], []).append(row)
    return sets


def _facts(facts: dict[str, Any], gaps: dict[str, str]) -> dict[str, Any]:
    """The scored facts of a label or a report, written alike so that they compare."""
    return {
        "on_topic": bool(facts.get("on_topic")),
        "design": facts.get("design"),
        "n": facts.get("n"),
        "ldn_doses_mg": sorted(float(x) for x in facts.get("ldn_doses_mg") or []),
        "concomitant_classes": sorted(set(facts.get("concomitant_classes") or [])),
        "gaps": gaps,
    }


def truth(row: dict[str, Any], score: ModuleType) -> dict[str, Any]:
    return _facts(row["labels"], score.expected_gaps(row["labels"], 50))


def said(row: dict[str, Any]) -> dict[str, Any]:
    got = row["got"] or {}
    return _facts(got, {g: (got.get("gaps") or {}).get(g, "no") for g in GAPS})


def wrong(row: dict[str, Any], score: ModuleType) -> dict[str, tuple[Any, Any]]:
    """Fact -> (label, said) for each fact the scorer counts and the record got wrong."""
    want, have = truth(row, score), said(row)
    out: dict[str, tuple[Any, Any]] = {}
    if want["on_topic"] != have["on_topic"]:
        out["on_topic"] = (want["on_topic"], have["on_topic"])
    for g in GAPS:
        if want["gaps"][g] != have["gaps"][g]:
            out[g] = (want["gaps"][g], have["gaps"][g])
    if want["on_topic"]:
        for fact in FACTS[1:]:
            if fact == "n" and want["n"] is None:
                continue
            if fact == "ldn_doses_mg" and not want[fact]:
                continue
            if want[fact] != have[fact]:
                out[fact] = (want[fact], have[fact])
    return out


def refuse_closed(names: list[str]) -> None:
    blind = sorted(set(names) & closed_sets())
    if blind:
        raise SystemExit(f"refused: {', '.join(blind)} closed (bench/closed.txt); use `bar`")


def errors(args: argparse.Namespace) -> int:
    score = scorer()
    sets = by_set(load(args.file))
    names = choose(args.sets) if args.sets else list(sets)
    refuse_closed(names)
    for name in names:
        for row in sets.get(name, []):
            bad = wrong(row, score)
            if not bad:
                continue
            print(f"{name} {row['id']}  {(row['title'] or '')[:90]}")
            for fact, (want, have) in bad.items():
                reason = ((row["got"] or {}).get("gap_reasons") or {}).get(fact, "")
                print(
                    f"    {fact}: label {want!r}, said {have!r}"
                    + (f"  ({reason})" if reason else "")
                )
    return 0


def figures(rows: list[dict[str, Any]], score: ModuleType) -> dict[str, Any]:
    labels = [{"pmid": r["id"], "labels": r["labels"]} for r in rows]
    report = {"articles": [{**r["got"], "pmid": r["id"]} for r in rows if r["got"] is not None]}
    result: dict[str, Any] = score.score(labels, report, 50)
    return result


def meets(res: dict[str, Any]) -> list[str]:
    """What keeps one set's figures under the bar (empty when it meets it)."""
    short = []
    for g in GAPS:
        p, r = res[f"gap:{g}"]["precision"], res[f"gap:{g}"]["recall"]
        if p < BAR["gap_p"] or r < BAR["gap_r"]:
            short.append(f"{g} P{p} R{r}")
    if res["on_topic"]["f1"] < BAR["on_topic_f1"]:
        short.append(f"on-topic F1 {res['on_topic']['f1']}")
    for fact in ("design", "n", "ldn_doses_mg", "concomitant_classes"):
        if res[fact]["accuracy"] < BAR["facts"]:
            short.append(f"{fact} {res[fact]['accuracy']}")
    return short


def bar(args: argparse.Namespace) -> int:
    score = scorer()
    sets = by_set(load(args.file))
    names = choose(args.sets) if args.sets else list(sets)
    at_bar = 0
    pooled: list[dict[str, Any]] = []
    for name in names:
        rows = sets[name]
        pooled += rows
        res = figures(rows, score)
        short = meets(res)
        at_bar += not short
        print(f"{name:12} {line(res)}  {'AT BAR' if not short else 'under: ' + '; '.join(short)}")
    res = figures(pooled, score)
    print(f"{'pooled':12} {line(res)}")
    print(
        f"{at_bar} of {len(names)} sets at the bar; false gap verdicts: {false_gaps(pooled, score)}"
    )
    return 0


def line(res: dict[str, Any]) -> str:
    parts = [f"on-topic P {res['on_topic']['precision']} R {res['on_topic']['recall']}"]
    for g in GAPS:
        parts.append(f"{g} P {res[f'gap:{g}']['precision']} R {res[f'gap:{g}']['recall']}")
    for fact in ("design", "n", "ldn_doses_mg", "concomitant_classes"):
        parts.append(f"{SHORT[fact]} {res[fact]['accuracy']}")
    return "; ".join(parts)


def false_gaps(rows: list[dict[str, Any]], score: ModuleType) -> int:
    """Gap verdicts said (addressed or in progress) where the label says no."""
    count = 0
    for row in rows:
        want, have = truth(row, score)["gaps"], said(row)["gaps"]
        count += sum(1 for g in GAPS if want[g] == "no" and have[g] != "no")
    return count


def compare(old: dict[str, Any], new: dict[str, Any], score: ModuleType) -> Iterator[str]:
    bad_old, bad_new = wrong(old, score), wrong(new, score)
    for fact in sorted(set(said(old)) - {"gaps"} | set(GAPS)):
        before = said(old)["gaps"][fact] if fact in GAPS else said(old)[fact]
        after = said(new)["gaps"][fact] if fact in GAPS else said(new)[fact]
        if before == after:
            continue
        was, now = fact in bad_old, fact in bad_new
        verdict = "better" if was and not now else "worse" if now and not was else "moved"
        yield f"{verdict:6} {new['set']} {new['id']} {fact}: {before!r} -> {after!r}"


def diff(args: argparse.Namespace) -> int:
    score = scorer()
    old = {(r["set"], r["id"]): r for r in load(args.old)}
    new = {(r["set"], r["id"]): r for r in load(args.new)}
    closed = closed_sets()
    counts = {"better": 0, "worse": 0, "moved": 0}
    for key in sorted(old.keys() & new.keys()):
        if key[0] in closed:
            continue
        for change in compare(old[key], new[key], score):
            counts[change.split()[0]] += 1
            print(change)
    skipped = sorted({k[0] for k in new} & closed)
    print(
        f"{counts['better']} better, {counts['worse']} worse, {counts['moved']} moved "
        f"(unscored, or wrong before and after) over {len(old.keys() & new.keys())} records"
        + (f"; closed sets left out: {', '.join(skipped)}" if skipped else "")
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run")
    p.add_argument("sets", nargs="+")
    p.add_argument("--out", required=True)
    p.add_argument("--jobs", type=int, default=2)
    p = sub.add_parser("errors")
    p.add_argument("file")
    p.add_argument("sets", nargs="*")
    p = sub.add_parser("bar")
    p.add_argument("file")
    p.add_argument("sets", nargs="*")
    p = sub.add_parser("diff")
    p.add_argument("old")
    p.add_argument("new")
    args = ap.parse_args(argv)
    return {"run": run, "errors": errors, "bar": bar, "diff": diff}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
