"""Fault suite: `ldn-watch run` killed with SIGKILL at random points of a backfill.

Each campaign starts a stand-in E-utilities with a few hundred records and runs
`ldn-watch run` over and over on one database, each run killed at a point drawn by a
seeded random generator: an efetch in flight, before or after a batch is stored or
assessed, around the watermark, and anywhere in writing the digest (each file, each
temporary file, recording it, marking it done), or simply after a random delay. New
records arrive between runs, so later runs have digests to write (and to be killed
in). A last run is not killed. Then:

* every record the stand-in serves is stored, once (none missing, none twice);
* the digest archive carries each article once: in the database (digest items) and
  in the files (every ``digest-*.json``), with as many HTML as JSON digests and no
  half-written digest or temporary file left;
* the database passes ``integrity_check``, no run is left "running", and the
  watermark reached today.

CI runs a handful of kill points (fast, seeded). A longer campaign:

    LDN_WATCH_FAULT_KILLS=40 LDN_WATCH_FAULT_SEED=7 LDN_WATCH_FAULT_RECORDS=2000 \\
        .venv/bin/pytest tests/faults -q
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from helpers import DEV_XML, cli, cli_env, killed_at, write_config

from ldn_watch.pubmed.standin import StandinEutils

pytestmark = pytest.mark.faults

SEED = int(os.environ.get("LDN_WATCH_FAULT_SEED", "20261128"))
KILLS = int(os.environ.get("LDN_WATCH_FAULT_KILLS", "6"))  # 6: each stage once
RECORDS = int(os.environ.get("LDN_WATCH_FAULT_RECORDS", "160"))
BATCH = 20
GUARD = 120.0

STORAGE = "ldn_watch.store.storage:Storage"


@dataclass(frozen=True)
class KillPoint:
    """Where one run dies: a hooked call (module:attribute:n:when), an efetch, or a delay."""

    kind: str  # "call" | "efetch" | "delay"
    spec: str = ""
    n: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        if self.kind == "call":
            return self.spec
        if self.kind == "efetch":
            return f"efetch #{self.n + 1} in flight"
        return f"{self.seconds:.2f} s after start"


STAGES = ("fetch", "store", "assess", "finish", "digest", "delay")


def draw(rng: random.Random, batches: int, stage: str) -> KillPoint:
    """One kill point in ``stage`` of a run."""
    if stage == "fetch":
        return KillPoint("efetch", n=rng.randrange(batches))
    if stage == "store":
        when = rng.choice(["before", "after"])
        return KillPoint("call", f"{STORAGE}.upsert_records:{rng.randint(1, batches)}:{when}")
    if stage == "assess":
        return KillPoint("call", f"{STORAGE}.save_assessments:{rng.randint(1, batches)}:after")
    if stage == "finish":
        return KillPoint(
            "call",
            rng.choice(
                [
                    "ldn_watch.app:next_watermark:1:before",
                    f"{STORAGE}.record_source_attempt:1:after",
                    f"{STORAGE}.finish_run:1:before",
                    f"{STORAGE}.set_meta:{rng.randint(1, 3)}:after",
                ]
            ),
        )
    if stage == "digest":
        return KillPoint(
            "call",
            rng.choice(
                [
                    f"{STORAGE}.record_digest:1:after",
                    f"ldn_watch.digest.archive:atomic_write:{rng.randint(1, 6)}:after",
                    f"ldn_watch.digest.archive:atomic_write:{rng.randint(1, 6)}:before",
                    f"tempfile:mkstemp:{rng.randint(1, 6)}:after",
                    f"{STORAGE}.finish_digest:1:before",
                ]
            ),
        )
    return KillPoint("delay", seconds=rng.uniform(0.3, 0.8 + 0.15 * batches))


def run_killed(tmp_path: Path, standin: StandinEutils, point: KillPoint) -> int:
    """One `ldn-watch run`, killed at ``point`` if it gets that far; its exit status."""
    env = cli_env(tmp_path, standin, NCBI_API_KEY="fault-suite-key")
    if point.kind == "call":
        env.update(killed_at(point.spec))
    if point.kind == "efetch":
        standin.pause_after("efetch", point.n)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ldn_watch", "run", "--no-email"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + (point.seconds if point.kind == "delay" else GUARD)
        while proc.poll() is None and time.monotonic() < deadline:
            if point.kind == "efetch" and standin.paused.is_set():
                break
            time.sleep(0.01)
        if proc.poll() is None:
            if point.kind != "delay" and not standin.paused.is_set():
                pytest.fail(f"run neither died nor reached {point}")
            proc.send_signal(signal.SIGKILL)
        proc.wait(GUARD)
        if proc.returncode not in (0, -signal.SIGKILL):
            err = proc.stderr.read().decode() if proc.stderr else ""
            pytest.fail(f"run killed at {point} exited {proc.returncode}: {err}")
        return proc.returncode
    finally:
        if proc.stderr:
            proc.stderr.close()
        standin.resume()


def check_invariants(tmp_path: Path, standin: StandinEutils) -> None:
    served = set(standin.pmids)
    with sqlite3.connect(tmp_path / "watch.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = [r[0] for r in db.execute("SELECT id FROM records")]
        running = db.execute("SELECT id FROM runs WHERE outcome = 'running'").fetchall()
        columns = {r[1] for r in db.execute("PRAGMA table_info(digests)")}
        unfinished = (
            db.execute("SELECT id FROM digests WHERE state != 'done'").fetchall()
            if "state" in columns
            else []
        )
        carried = Counter(
            r[0]
            for r in db.execute(
                "SELECT i.id FROM digest_records i JOIN digests d ON d.id = i.digest_id "
                "WHERE i.kind = 'new'"
            )
        )
        digests = db.execute("SELECT count(*) FROM digests").fetchone()[0]
        covered = db.execute("SELECT watermark FROM source_state WHERE name = 'pubmed'").fetchone()
    db.close()
    missing = served - set(stored)
    assert not missing, f"{len(missing)} records never stored: {sorted(missing)[:10]}"
    assert len(stored) == len(set(stored)) == len(served)
    assert running == [] and unfinished == []
    assert set(carried) == served and set(carried.values()) == {1}, "a digest item twice"

    out = tmp_path / "digests"
    in_files: Counter[str] = Counter()
    off_topic = 0
    for path in out.glob("digest-*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        in_files.update(
            r["id"] for s in data["studies"] for r in s["records"] if r["is_new"]
        )  # on-topic records, each on its study's card once
        off_topic += data["off_topic_summary"]["count"]  # off-topic ones only as counts
    twice = sorted(p for p, n in in_files.items() if n > 1)
    assert not twice, f"records in more than one digest file: {twice[:10]}"
    assert len(in_files) + off_topic == len(served)
    assert len(list(out.glob("digest-*.json"))) == len(list(out.glob("digest-*.html"))) == digests
    assert list(out.glob(".*.tmp")) == []
    assert covered is not None and covered[0][:10] == date.today().isoformat()


def stored(tmp_path: Path) -> set[str]:
    if not (tmp_path / "watch.db").exists():
        return set()
    with sqlite3.connect(tmp_path / "watch.db") as db:
        try:
            found = {r[0] for r in db.execute("SELECT id FROM records")}
        except sqlite3.OperationalError:  # killed before the schema was made
            found = set()
    db.close()
    return found


def campaign(tmp_path: Path, seed: int, kills: int) -> list[str]:
    rng = random.Random(seed)
    write_config(tmp_path, batch_size=BATCH)
    with StandinEutils() as standin:
        standin.load(DEV_XML)
        standin.replicate(RECORDS, start=date(2020, 1, 1), days=365)
        log = []
        stages = list(STAGES)
        rng.shuffle(stages)  # the first kills cover every stage once, the rest at random
        for number in range(kills):
            if not set(standin.pmids) - stored(tmp_path):  # new records arrive, entered today
                standin.replicate(
                    rng.randint(5, 3 * BATCH),
                    first_pmid=91_000_001 + 1000 * number,
                    start=date.today(),
                    days=1,
                )
            batches = -(-len(set(standin.pmids) - stored(tmp_path)) // BATCH)
            stage = stages[number] if number < len(stages) else rng.choice((*STAGES, "digest"))
            point = draw(rng, batches, stage)
            code = run_killed(tmp_path, standin, point)
            log.append(f"{point}: {'killed' if code else 'finished first'}")
        final = cli(tmp_path, standin, "run", "--no-email", env={"NCBI_API_KEY": "fault-key"})
        assert final.returncode == 0, f"{final.stderr}\nkills: {log}"
        check_invariants(tmp_path, standin)
    return log


def test_sigkill_at_random_points_loses_and_repeats_nothing(tmp_path: Path) -> None:
    log = campaign(tmp_path, SEED, KILLS)
    print("\n".join(log))  # shown with -s: where each run died
    # most points are reached (a delay may outlast a short run)
    assert sum("killed" in line for line in log) >= max(1, KILLS // 2)


@pytest.mark.parametrize(
    "spec",
    [
        f"{STORAGE}.record_digest:1:after",  # recorded, no file written yet
        "ldn_watch.digest.archive:atomic_write:3:after",  # every digest file, no index yet
        f"{STORAGE}.finish_digest:1:before",  # every file written, not marked done
    ],
)
def test_sigkill_in_each_step_of_writing_a_digest(tmp_path: Path, spec: str) -> None:
    """The three states a digest can be killed in; the next run leaves one digest."""
    write_config(tmp_path, batch_size=BATCH)
    with StandinEutils() as standin:
        standin.load(DEV_XML)
        killed = cli(tmp_path, standin, "run", "--no-email", env=killed_at(spec))
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        again = cli(tmp_path, standin, "run", "--no-email")
        assert again.returncode == 0, again.stderr
        check_invariants(tmp_path, standin)
        assert "half written" in again.stderr  # and said so
