"""Scale benchmark: import, assessment, read commands and the test suite, through the CLI only.

    .venv/bin/python bench/scale.py [--records 20000] [--big 200000] [--skip-big]
                                    [--skip-tests] [--repeat 3] [--seed 1] [--out FILE]

Every figure comes from running the program the way a user does, ``sys.executable -m
ldn_watch ...`` in a child process, with ``LDN_WATCH_DB=sqlite:///<tmp>/<store>.db``, an
explicit ``--config`` file in a temporary folder (so neither ./config nor the user config is
read) and the child's working directory in that folder. Nothing of ``ldn_watch`` is imported
here, so the same script measures today's code and any rewrite of its internals.

Input files (generated here, deterministic for a given --seed)
    A "broad query" mix of real record shapes, each copy under its own new PMID (the
    ``<PMID>`` and ``<ArticleId IdType="pubmed">`` are renumbered the way
    ``bench/backfill.py``'s stand-in ``replicate`` does, from 90,000,001 up):

    * 90% off-topic: the 177 real, varied PubMed records of
      ``tests/data/jcore-base__pubmedsample18n0001.xml.gz`` (none mentions naltrexone);
    * 10% on-topic: the records of ``tests/data/eval_dev.xml`` (labelled LDN literature)
      that mention naltrexone (37 of its 44; the other 7 are kappa-antagonist, samidorphan
      and naloxone papers that never name naltrexone, so they would blur the 90/10 split).

    Which slots of the file are on-topic is drawn with ``random.Random(seed)``; templates
    are used round-robin in a seeded shuffled order, so every template appears about
    equally often. The --records file is plain XML, the --big file gzip-compressed.

Figures
    import        wall time of ``ldn-watch import FILE`` into a fresh store, records/s
                  (records / wall, so it includes start-up, parse, store and assessment),
                  the child's CPU time and its peak RSS.
    assessment    articles/s on one core, on the --records mix, measured through the CLI
                  by a config switch (see below); also on --split records that are all
                  off-topic and all naltrexone, to show where assessment time goes.
    read commands on the --records store (nothing digested yet): ``status``, ``report``,
                  ``report --json``, ``digest --format html``; wall time (median of
                  --repeat runs, min..max shown), peak RSS and the bytes each prints to
                  stdout (so the HTML size is the "digest size for a N backlog").
    start-up      ``ldn-watch --version``: the floor under every command's wall time.
    tests         ``pytest -q -p no:cacheprovider --durations=10`` in the repository:
                  wall time, its summary line and its ten slowest tests.

How the assessment rate is measured without importing internals
    The program stamps each stored verdict with a version of the rules and lexicon that
    made it, and ``report`` brings stale verdicts up to date before reporting
    (README: "Changing either re-assesses the stored articles on the next run or report,
    without refetching anything"). Two config files differ only in
    ``[gaps.larger-trials] min_participants`` (50, the default, and 51): that threshold
    does not change how much text is read, but it changes the rules version. So, on the
    --records store imported under config A:

        t_stale = wall of ``report --json`` under config B   (re-assesses all N articles)
        t_fresh = wall of ``report --json`` under config B again (nothing to re-assess)
        rate    = N / (t_stale - t_fresh)

    and the same with B -> A, A -> B, ... for --repeat rounds; the median difference is
    used. The difference is the re-assessment loop alone: loading the stored articles,
    extracting facts and gap verdicts, saving the verdicts. So it is the rate of
    re-assessing stored articles; where loading an article is expensive (today it
    re-parses the stored XML), that cost is part of the figure. Both children are pinned to one
    CPU (``os.sched_setaffinity``), so the figure stays "one core" even if the program
    later assesses in parallel. The CPU-time difference (user + sys) is printed next to it
    as a check against load from other work on the machine.

Peak RSS
    Each child is reaped with ``os.wait4(pid)``, whose rusage is that child's own (and its
    reaped descendants'), so ``ru_maxrss`` is the peak RSS of that one command, not the
    maximum over every child so far as ``getrusage(RUSAGE_CHILDREN)`` would give.

Speed is measured here and printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, cast

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = REPO / "tests" / "data"
OFF_TOPIC = DATA / "jcore-base__pubmedsample18n0001.xml.gz"
ON_TOPIC = DATA / "eval_dev.xml"
FIRST_PMID = 90_000_001
ON_TOPIC_SHARE = 0.10

HEADER = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    b"<PubmedArticleSet>\n"
)
FOOTER = b"</PubmedArticleSet>\n"

_RECORD = re.compile(rb"<PubmedArticle(?:\s[^>]*)?>.*?</PubmedArticle>", re.S)
# The same two substitutions as the stand-in's replicate(): the citation's own PMID
# (the first <PMID>) and the pubmed ArticleId; CommentsCorrections keep pointing at
# the real records they cite.
_PMID_FIRST = re.compile(rb"(<PMID[^>]*>)\s*(\d+)\s*(</PMID>)")
_PUBMED_ID = re.compile(rb'(<ArticleId IdType="pubmed">)\s*(\d+)\s*(</ArticleId>)')


# -- input files -------------------------------------------------------------------


def _records(path: Path) -> list[bytes]:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return _RECORD.findall(raw)


def templates() -> tuple[list[bytes], list[bytes]]:
    """(off-topic, on-topic) record templates, in file order."""
    off = [r for r in _records(OFF_TOPIC) if b"naltrexone" not in r.lower()]
    on = [r for r in _records(ON_TOPIC) if b"naltrexone" in r.lower()]
    if not off or not on:
        raise SystemExit(f"no templates found in {OFF_TOPIC} / {ON_TOPIC}")
    return off, on


def _renumber(template: bytes, pmid: int) -> bytes:
    p = str(pmid).encode()
    out = _PMID_FIRST.sub(rb"\g<1>" + p + rb"\g<3>", template, count=1)
    return _PUBMED_ID.sub(rb"\g<1>" + p + rb"\g<3>", out, count=1)


@contextlib.contextmanager
def _writer(path: Path, compress: bool) -> Iterator[BinaryIO]:
    with path.open("wb") as raw:
        if compress:
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as gz:
                yield cast(BinaryIO, gz)
        else:
            yield raw


def write_mix(path: Path, n: int, *, seed: int, share: float = ON_TOPIC_SHARE) -> tuple[int, int]:
    """Write an efetch file of n distinct records; returns (off-topic, on-topic) counts."""
    off, on = templates()
    rng = random.Random(seed)
    n_on = round(n * share)
    on_slots = set(rng.sample(range(n), n_on))
    off_order, on_order = off[:], on[:]
    rng.shuffle(off_order)
    rng.shuffle(on_order)
    next_off, next_on = itertools.cycle(off_order), itertools.cycle(on_order)
    tmp = path.with_name(path.name + ".part")
    with _writer(tmp, compress=path.suffix == ".gz") as f:
        f.write(HEADER)
        for i in range(n):
            template = next(next_on) if i in on_slots else next(next_off)
            f.write(b"  ")
            f.write(_renumber(template, FIRST_PMID + i))
            f.write(b"\n")
        f.write(FOOTER)
    tmp.replace(path)
    return n - n_on, n_on


# -- running the CLI ---------------------------------------------------------------


@dataclass
class Run:
    """One child process, measured."""

    argv: list[str]
    wall: float
    user: float
    sys: float
    maxrss_kb: int
    rc: int
    out_bytes: int
    stdout: str
    stderr: str

    @property
    def cpu(self) -> float:
        return self.user + self.sys

    @property
    def rss_mb(self) -> float:
        return self.maxrss_kb / 1024


def measure(argv: Sequence[str], *, env: dict[str, str], cwd: Path, pin: int | None = None) -> Run:
    """Run argv, reap it with wait4 so its rusage (peak RSS, CPU) is its own."""
    out_path, err_path = cwd / ".stdout", cwd / ".stderr"
    preexec = (lambda: os.sched_setaffinity(0, {pin})) if pin is not None else None
    with out_path.open("wb") as out, err_path.open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(argv), env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            preexec_fn=preexec,
        )  # fmt: skip
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    size = out_path.stat().st_size
    with out_path.open("rb") as f:
        head = f.read(20000).decode("utf-8", "replace")
    stderr = err_path.read_text("utf-8", "replace")
    return Run(
        list(argv), wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, proc.returncode,
        size, head, stderr,
    )  # fmt: skip


class Cli:
    """`ldn-watch` in a child process against one store and config."""

    def __init__(self, work: Path, db: Path, config: Path) -> None:
        self.work, self.config = work, config
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("LDN_WATCH_")}
        self.env["LDN_WATCH_DB"] = f"sqlite:///{db}"
        self.env.pop("NCBI_API_KEY", None)

    def __call__(
        self, *args: str, config: Path | None = None, pin: int | None = None, check: bool = True
    ) -> Run:
        argv = [sys.executable, "-m", "ldn_watch", "--config", str(config or self.config), *args]
        run = measure(argv, env=self.env, cwd=self.work, pin=pin)
        if check and run.rc != 0:
            raise SystemExit(f"{' '.join(args)} exited {run.rc}:\n{run.stderr.strip()[-2000:]}")
        return run


# -- the report --------------------------------------------------------------------


class Report:
    """Markdown rows, printed as they come and rewritten to --out after each phase."""

    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.facts: list[tuple[str, str]] = []
        self.rows: list[tuple[str, str, str, str]] = []
        self.sections: list[str] = []

    def fact(self, key: str, value: str) -> None:
        self.facts.append((key, value))
        print(f"{key}: {value}", flush=True)
        self.save()

    def row(self, what: str, time_s: str, rate: str, rss: str, note: str = "") -> None:
        note = (
            f"{note}; load {os.getloadavg()[0]:.2f}" if note else f"load {os.getloadavg()[0]:.2f}"
        )
        self.rows.append((what, time_s, rate, f"{rss}; {note}"))
        print(f"  {what:40} {time_s:>22} {rate:>22} {rss}{'  ' + note if note else ''}", flush=True)
        self.save()

    def section(self, text: str) -> None:
        self.sections.append(text)
        print(text, flush=True)
        self.save()

    def markdown(self) -> str:
        lines = ["# ldn-watch scale benchmark (bench/scale.py)", ""]
        lines += [f"- {k}: {v}" for k, v in self.facts]
        lines += [
            "",
            "| what | wall time | rate / size | peak RSS; notes |",
            "|---|---|---|---|",
        ]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        for s in self.sections:
            lines += ["", s]
        return "\n".join(lines) + "\n"

    def save(self) -> None:
        if self.out is not None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.out.write_text(self.markdown(), encoding="utf-8")


def _spread(values: Sequence[float]) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:.2f} s"
    return f"{med:.2f} s ({min(values):.2f}..{max(values):.2f})"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


# -- phases ------------------------------------------------------------------------


def phase_import(rep: Report, cli: Cli, path: Path, n: int, label: str) -> None:
    run = cli("import", str(path))
    size = path.stat().st_size / 2**20
    rep.row(
        f"import{label} ({n:,} records, {size:,.0f} MiB {''.join(path.suffixes)})",
        f"{run.wall:.1f} s (CPU {run.cpu:.1f} s)",
        f"{n / run.wall:,.0f} records/s",
        f"{run.rss_mb:,.0f} MB",
    )


def phase_assess(
    rep: Report, cli: Cli, cfg_a: Path, cfg_b: Path, n: int, rounds: int, label: str
) -> None:
    """Re-assess all n stored articles by switching the rules version (see docstring)."""
    pin = min(os.sched_getaffinity(0))
    walls, cpus, stale_walls, fresh_walls = [], [], [], []
    current = cfg_a  # the store was imported under config A
    for i in range(rounds):
        nxt = cfg_b if current == cfg_a else cfg_a
        stale = cli("report", "--json", config=nxt, pin=pin)
        fresh = cli("report", "--json", config=nxt, pin=pin)
        walls.append(stale.wall - fresh.wall)
        cpus.append(stale.cpu - fresh.cpu)
        stale_walls.append(stale.wall)
        fresh_walls.append(fresh.wall)
        print(
            f"    round {i + 1}: report --json stale {stale.wall:.2f} s / fresh "
            f"{fresh.wall:.2f} s -> {n / max(walls[-1], 1e-9):,.0f} articles/s",
            flush=True,
        )
        current = nxt
    d_wall, d_cpu = statistics.median(walls), statistics.median(cpus)
    rep.row(
        f"assessment, one core ({label})",
        f"{_spread(walls)} for {n:,}",
        f"{n / d_wall:,.0f} articles/s",
        "-",
        f"by CPU time {n / d_cpu:,.0f}/s; report --json stale {_spread(stale_walls)}, "
        f"fresh {_spread(fresh_walls)}",
    )


def phase_reads(rep: Report, cli: Cli, n: int, repeat: int) -> None:
    commands = [
        ("status", ["status"]),
        ("report (text)", ["report"]),
        ("report --json", ["report", "--json"]),
        ("digest --format html", ["digest", "--format", "html"]),
    ]
    for label, args in commands:
        runs = [cli(*args) for _ in range(repeat)]
        out = runs[-1].out_bytes
        rep.row(
            f"{label} on {n:,} stored",
            _spread([r.wall for r in runs]),
            f"prints {out / 2**20:,.1f} MiB" if out >= 2**20 else f"prints {out / 1024:,.1f} KiB",
            f"{max(r.rss_mb for r in runs):,.0f} MB",
            f"CPU {statistics.median(r.cpu for r in runs):.2f} s",
        )
        if label.startswith("digest"):
            m = re.search(r"(\d[\d,]*) (?:new|article)", runs[-1].stdout)
            if m:
                print(f"    digest head mentions: {m.group(0)}", flush=True)


def phase_tests(rep: Report) -> None:
    pytest = Path(sys.executable).with_name("pytest")
    argv = [str(pytest), "-q", "-p", "no:cacheprovider", "--durations=10"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LDN_WATCH_")}
    with tempfile.TemporaryDirectory(prefix="ldn-scale-pytest-") as tmp:
        # pytest runs in the repository; its stdout goes through a scratch folder.
        out_path = Path(tmp) / "out"
        with out_path.open("wb") as out:
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                argv, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        text = out_path.read_text("utf-8", "replace")
    lines = text.splitlines()
    summary = next(
        (ln.strip("= ") for ln in reversed(lines) if re.search(r"\d+ (passed|failed)", ln)), "?"
    )
    slow = [ln for ln in lines if re.match(r"^\d+\.\d+s (call|setup|teardown)\s", ln)]
    rep.row(
        "test suite (pytest -q --durations=10)",
        f"{wall:.1f} s (CPU {usage.ru_utime + usage.ru_stime:.1f} s)",
        summary.replace("|", "/"),
        f"{usage.ru_maxrss / 1024:,.0f} MB",
        f"exit {proc.returncode}",
    )
    rep.section("## Ten slowest tests\n\n```\n" + "\n".join(slow) + "\n```")


# -- main --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20000, help="the store for the read commands")
    ap.add_argument("--big", type=int, default=200000, help="the large import")
    ap.add_argument("--skip-big", action="store_true", help="no large import")
    ap.add_argument("--skip-tests", action="store_true", help="do not time the test suite")
    ap.add_argument("--repeat", type=int, default=3, help="runs per read command and rounds")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--split", type=int, default=2000, help="records per off/on-topic-only store (0: skip)"
    )
    ap.add_argument("--out", type=Path, help="also write the figures here (markdown)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: tmp)")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="ldn-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rep = Report(args.out)
    started = time.perf_counter()
    try:
        rep.fact("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
        rep.fact(
            "commit", f"{_git('rev-parse', '--short', 'HEAD')} ({_git('branch', '--show-current')})"
        )
        rep.fact(
            "machine",
            f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}",
        )
        rep.fact("load average at start (1/5/15 min)", _load())

        cfg_a, cfg_b = work / "a.toml", work / "b.toml"
        cfg_a.write_text("[gaps.larger-trials]\nmin_participants = 50\n", encoding="utf-8")
        cfg_b.write_text("[gaps.larger-trials]\nmin_participants = 51\n", encoding="utf-8")

        t0 = time.perf_counter()
        small = work / f"mix-{args.records}.xml"
        off, on = write_mix(small, args.records, seed=args.seed)
        rep.fact(
            "input",
            f"{small.name}: {off:,} off-topic + {on:,} naltrexone records "
            f"(seed {args.seed}), written in {time.perf_counter() - t0:.0f} s",
        )

        version = Cli(work, work / "empty.db", cfg_a)("--version")
        rep.fact("program", version.stdout.strip())
        rep.row(
            "start-up (ldn-watch --version)",
            f"{version.wall:.2f} s",
            "-",
            f"{version.rss_mb:,.0f} MB",
        )

        store = Cli(work, work / "store.db", cfg_a)
        phase_import(rep, store, small, args.records, "")
        phase_reads(rep, store, args.records, args.repeat)
        phase_assess(
            rep, store, cfg_a, cfg_b, args.records, args.repeat, f"{args.records:,}-record mix"
        )
        (work / "store.db").unlink(missing_ok=True)

        if args.split:
            # The two halves of the mix on their own, to see where assessment time goes.
            for share, label in ((0.0, "off-topic only"), (1.0, "naltrexone records only")):
                path = work / f"split-{share}.xml"
                write_mix(path, args.split, seed=args.seed, share=share)
                split = Cli(work, work / f"split-{share}.db", cfg_a)
                split("import", str(path))
                phase_assess(
                    rep, split, cfg_a, cfg_b, args.split, args.repeat, f"{args.split:,} {label}"
                )

        if not args.skip_tests:
            phase_tests(rep)

        if not args.skip_big:
            t0 = time.perf_counter()
            big = work / f"mix-{args.big}.xml.gz"
            off, on = write_mix(big, args.big, seed=args.seed)
            rep.fact(
                "big input",
                f"{big.name}: {off:,} off-topic + {on:,} naltrexone records, "
                f"{big.stat().st_size / 2**20:,.0f} MiB gzip, written in "
                f"{time.perf_counter() - t0:.0f} s",
            )
            phase_import(rep, Cli(work, work / "big.db", cfg_a), big, args.big, " (big)")
            db = work / "big.db"
            if db.exists():
                rep.fact("big store size", f"{db.stat().st_size / 2**20:,.0f} MiB SQLite")

        rep.fact("load average at end (1/5/15 min)", _load())
        rep.fact("benchmark wall time", f"{(time.perf_counter() - started) / 60:.1f} min")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
