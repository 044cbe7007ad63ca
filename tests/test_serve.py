"""The service: cycles on a real APScheduler with real signals.

Two layers. In-process tests drive ``schedule.serve`` with a fake watcher whose
``run_cycle`` scripts what a cycle does (succeed, hold the lock, fail, crash,
wait for cancellation) and sends the signals itself, so every step happens in a
known order. Subprocess tests run ``python -m ldn_watch serve`` against a
temporary SQLite database and the E-utilities stand-in, and check what an
operator relies on: cycles run, SIGTERM exits 0 with the database consistent, a
concurrent ``run`` exits 75, and a run missed while down is caught up once.

Waits have generous deadlines that only guard against a hung test; no
assertion depends on how long anything took.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from apscheduler.executors.pool import BasePoolExecutor
from helpers import PUBMED_ONLY
from sqlalchemy import update

from ldn_watch.app import CycleSummary
from ldn_watch.config import Config, load_config
from ldn_watch.errors import CancelledError, ConfigError, FetchError, LockedError
from ldn_watch.schedule import NEXT_RUN_KEY, serve
from ldn_watch.store import Storage
from ldn_watch.store.schema import runs

DATA = Path(__file__).parent / "data"
GUARD = 60.0  # seconds before a stuck test gives up (never an assertion about speed)


# -- in-process harness ---------------------------------------------------------------


def write_config(path: Path, schedule: str, extra: str = "") -> Path:
    path.write_text(
        f'[pubmed]\nquery = "naltrexone"\n\n[schedule]\n{schedule}\n{extra}' + PUBMED_ONLY,
        encoding="utf-8",
    )
    return path


def sigterm() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


def sighup() -> None:
    os.kill(os.getpid(), signal.SIGHUP)


@dataclass
class Harness:
    """The fake facade's shared state: one Storage, the cycles seen, and a script.

    ``script(n, cancel)`` runs as the n-th cycle (1-based) inside ``run_cycle``.
    """

    storage: Storage
    script: Callable[[int, threading.Event], Any]
    calls: list[dict[str, Any]] = field(default_factory=list)
    factory_configs: list[Config] = field(default_factory=list)

    def factory(self, config: Config) -> FakeWatcher:
        self.factory_configs.append(config)
        return FakeWatcher(self, config)


class FakeWatcher:
    """Stands in for ``app.Watcher``: the storage, ``run_cycle`` and ``close``."""

    def __init__(self, harness: Harness, config: Config) -> None:
        self.harness, self.config, self.storage = harness, config, harness.storage

    def run_cycle(self, *, cancel: threading.Event, send_email: bool) -> CycleSummary:
        h = self.harness
        n = len(h.calls) + 1
        h.calls.append(
            {
                "cancel": cancel,
                "send_email": send_email,
                "next_run_before": self.storage.get_meta(NEXT_RUN_KEY),
            }
        )
        run_id = self.storage.start_run("run", query="naltrexone")
        try:
            h.script(n, cancel)
        except BaseException as e:
            self.storage.finish_run(run_id, outcome="failed", error=str(e))
            raise
        self.storage.finish_run(run_id, outcome="ok", found=1, new=1)
        today = date.today()
        return CycleSummary(run_id=run_id, window_start=today, window_end=today, found=1, new=["1"])

    def close(self) -> None:
        """The harness owns the storage."""


class Recorder(logging.Handler):
    """Keeps the service's log lines and fires one-shot actions on matching lines."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.hooks: list[tuple[str, int, Callable[[], None]]] = []

    def on(self, fragment: str, action: Callable[[], None], *, nth: int = 1) -> None:
        self.hooks.append((fragment, nth, action))

    def emit(self, record: logging.LogRecord) -> None:
        line = record.getMessage()
        self.lines.append(line)
        for i, (fragment, nth, action) in enumerate(self.hooks):
            if fragment in line:
                if nth == 1:
                    self.hooks.pop(i)
                    action()
                    return
                self.hooks[i] = (fragment, nth - 1, action)

    def count(self, fragment: str) -> int:
        return sum(fragment in line for line in self.lines)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    logger = logging.getLogger("ldn_watch.schedule")
    handler = Recorder()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    s = Storage.open(f"sqlite:///{tmp_path / 'ldn-watch.db'}")
    yield s
    s.close()


@pytest.fixture
def watchdog() -> Iterator[threading.Event]:
    """If a test wedges, stop the service after GUARD seconds; the test then fails."""
    fired = threading.Event()

    def fire() -> None:
        fired.set()
        sigterm()

    timer = threading.Timer(GUARD, fire)
    timer.daemon = True
    timer.start()
    yield fired
    timer.cancel()


def loader(config: Config) -> Callable[[], Config]:
    return lambda: config


def every_second(tmp_path: Path, storage: Storage) -> Config:
    """A config whose interval is 50 ms (the file says 1 s, the shortest it can say):
    the in-process tests wait for cycles, not for the clock."""
    db = str(storage.engine.url)
    config = load_config(write_config(tmp_path / "c.toml", 'every = "1s"'), db_url=db, env={})
    return replace(config, schedule=replace(config.schedule, every=timedelta(milliseconds=50)))


def backdate_runs(storage: Storage, by: timedelta) -> None:
    with storage.engine.begin() as conn:
        for row in conn.execute(runs.select()):
            started = row.started_at.replace(tzinfo=UTC) - by
            conn.execute(update(runs).where(runs.c.id == row.id).values(started_at=started))


def cron_two_hours_ago() -> str:
    """A daily cron whose last fire time was about two hours ago (and next ~22 h away)."""
    t = datetime.now(UTC) - timedelta(hours=2)
    return f"{t.minute} {t.hour} * * *"


# -- in-process tests ----------------------------------------------------------------------


def test_cycles_run_until_sigterm(tmp_path, storage, recorder, watchdog):
    def script(n: int, cancel: threading.Event) -> None:
        if n == 3:
            sigterm()

    harness = Harness(storage, script)
    handler_before = signal.getsignal(signal.SIGTERM)
    assert serve(loader(every_second(tmp_path, storage)), watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert len(harness.calls) == 3
    stop = harness.calls[0]["cancel"]
    assert all(c["cancel"] is stop and c["send_email"] is True for c in harness.calls)
    assert stop.is_set()  # the running cycle was told to stop
    # every cycle found the next run recorded, then it was cleared on the way out
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c["next_run_before"])
        for c in harness.calls
    )
    assert storage.get_meta(NEXT_RUN_KEY) == ""
    assert [r.outcome for r in storage.recent_runs(10)] == ["ok"] * 3
    assert recorder.count("cycle finished") == 3 and recorder.count("service stopped") == 1
    assert signal.getsignal(signal.SIGTERM) is handler_before


def test_lock_held_failure_and_bug_do_not_stop_the_service(tmp_path, storage, recorder, watchdog):
    def script(n: int, cancel: threading.Event) -> None:
        if n == 1:
            raise LockedError("another ldn-watch cycle is running (pid 4242)")
        if n == 2:
            raise FetchError("NCBI unreachable after 6 tries")
        if n == 3:
            raise KeyError("a bug")
        sigterm()

    harness = Harness(storage, script)
    assert serve(loader(every_second(tmp_path, storage)), watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert len(harness.calls) == 4
    assert recorder.count("cycle skipped: another cycle holds the lock") == 1
    assert recorder.count("cycle failed outcome=failed error=NCBI unreachable") == 1
    assert recorder.count("cycle crashed") == 1
    assert recorder.count("cycle finished") == 1


def test_sigterm_stops_a_running_cycle_and_waits_for_it(tmp_path, storage, recorder, watchdog):
    seen: dict[str, bool] = {}

    def script(n: int, cancel: threading.Event) -> None:
        sigterm()
        # like run_cycle between two batches: keep going until told to stop
        seen["cancelled"] = cancel.wait(GUARD)
        seen["finished"] = True
        raise CancelledError("stopped by a signal before the window was complete")

    harness = Harness(storage, script)
    assert serve(loader(every_second(tmp_path, storage)), watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert seen == {"cancelled": True, "finished": True}  # serve returned after the cycle
    assert len(harness.calls) == 1
    assert [r.outcome for r in storage.recent_runs()] == ["failed"]
    assert recorder.count("cycle cancelled") == 1


def test_sigterm_as_a_cycle_starts_still_stops_the_service(
    tmp_path, storage, recorder, watchdog, monkeypatch
):
    """APScheduler's shutdown(wait=True) holds its job-store lock while it waits for the
    running job. A cycle starting just then used to ask the scheduler for its next fire
    time (get_job needs that lock) and waited forever: `serve` outlived SIGTERM."""
    stopping = threading.Event()  # set once the scheduler waits for the running job
    wait_for_jobs = BasePoolExecutor.shutdown

    def shutdown(self: BasePoolExecutor, wait: bool = True) -> None:
        stopping.set()
        wait_for_jobs(self, wait)

    monkeypatch.setattr(BasePoolExecutor, "shutdown", shutdown)
    harness = Harness(storage, lambda n, cancel: None)
    built = 0

    def factory(config: Config) -> FakeWatcher:
        nonlocal built
        built += 1
        if built == 2:  # the first cycle's watcher (start-up built the first)
            sigterm()
            assert stopping.wait(GUARD)  # the scheduler's locks are now held
        return harness.factory(config)

    assert serve(loader(every_second(tmp_path, storage)), watcher_factory=factory) == 0
    assert not watchdog.is_set()
    assert len(harness.calls) == 1 and harness.calls[0]["cancel"].is_set()
    assert recorder.count("service stopped") == 1


def test_missed_run_is_caught_up_once_on_start(tmp_path, storage, recorder, watchdog):
    storage.finish_run(storage.start_run("run"), outcome="ok")
    backdate_runs(storage, timedelta(days=2))  # down over the last fire time
    config = load_config(
        write_config(tmp_path / "c.toml", f'cron = "{cron_two_hours_ago()}"\nmisfire_grace = "1d"'),
        db_url=str(storage.engine.url),
        env={},
    )
    harness = Harness(storage, lambda n, cancel: None)
    recorder.on("cycle finished", sigterm)
    assert serve(loader(config), watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert len(harness.calls) == 1
    assert recorder.count("catch_up=yes") == 1 and recorder.count("reason=catch-up") == 1
    planned = [line for line in recorder.lines if line.startswith("next run at=")]
    after_catch_up = datetime.fromisoformat(planned[-1].split("=", 1)[1])
    assert after_catch_up > datetime.now(UTC) + timedelta(hours=12)  # tomorrow's fire time


def test_nothing_missed_means_no_immediate_run(tmp_path, storage, recorder, watchdog):
    storage.finish_run(storage.start_run("run"), outcome="ok")  # ran just now
    config = load_config(
        write_config(tmp_path / "c.toml", f'cron = "{cron_two_hours_ago()}"\nmisfire_grace = "1d"'),
        db_url=str(storage.engine.url),
        env={},
    )
    harness = Harness(storage, lambda n, cancel: None)
    recorder.on("next run at=", sigterm)
    assert serve(loader(config), watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert harness.calls == []
    assert recorder.count("catch_up=no") == 1


def test_sighup_reloads_and_a_bad_config_keeps_the_old_one(tmp_path, storage, recorder, watchdog):
    db = str(storage.engine.url)
    yearly = load_config(write_config(tmp_path / "a.toml", 'cron = "0 7 1 1 *"'), db_url=db, env={})
    fast = load_config(write_config(tmp_path / "b.toml", 'every = "1s"'), db_url=db, env={})
    fast = replace(fast, schedule=replace(fast.schedule, every=timedelta(milliseconds=50)))
    answers: list[Config | Exception] = [
        yearly,
        fast,
        ConfigError("b.toml: schedule.cron '0 7 * * 9' is not ..."),
    ]

    def config_loader() -> Config:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def script(n: int, cancel: threading.Event) -> None:
        if n == 1:
            sighup()  # the loader now fails: the 1 s schedule must stay
        else:
            sigterm()

    harness = Harness(storage, script)
    recorder.on("service started", sighup)  # yearly -> every 1 s
    assert serve(config_loader, watcher_factory=harness.factory) == 0
    assert not watchdog.is_set()
    assert len(harness.calls) == 2
    assert recorder.count("config reloaded") == 1
    assert recorder.count("config reload failed, keeping the old config") == 1
    assert harness.factory_configs[-1] is fast  # cycles use the reloaded config


def test_a_bad_schedule_at_start_is_a_config_error(tmp_path, storage, watchdog):
    path = write_config(tmp_path / "c.toml", 'cron = "0 7 * * 9"')
    harness = Harness(storage, lambda n, cancel: None)
    with pytest.raises(ConfigError, match=r"schedule\.cron '0 7 \* \* 9'"):
        serve(
            lambda: load_config(path, db_url=str(storage.engine.url), env={}),
            watcher_factory=harness.factory,
        )
    assert harness.factory_configs == []  # failed before touching the database


def test_serve_needs_the_main_thread(tmp_path, storage):
    harness = Harness(storage, lambda n, cancel: None)
    config = every_second(tmp_path, storage)
    errors: list[BaseException] = []

    def target() -> None:
        try:
            serve(loader(config), watcher_factory=harness.factory)
        except BaseException as e:
            errors.append(e)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(GUARD)
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError)
    assert "main thread" in str(errors[0])


# -- the real thing: `python -m ldn_watch serve` in a subprocess ----------------------------

SERVE = [sys.executable, "-m", "ldn_watch", "serve"]


@pytest.fixture
def gated_standin() -> Iterator[Any]:
    """The stand-in, with a gate the test can close to hold an efetch mid-cycle.

    Holding a request open is how a test keeps a service cycle (and the run lock)
    busy for exactly as long as it needs, with no sleeps.
    """
    from ldn_watch.pubmed.standin import StandinEutils

    assert hasattr(StandinEutils, "_admit"), "the stand-in changed: update the gate below"

    class Gated(StandinEutils):
        def __init__(self) -> None:
            super().__init__(rate_limit=False)
            self.gate = threading.Event()
            self.gate.set()
            self.held = threading.Event()

        def _admit(self, params: dict[str, str], client: str, now: float) -> Any:
            efetch = "id" in params or "query_key" in params
            if efetch and not self.gate.is_set():
                self.held.set()
                self.gate.wait(GUARD)
            return super()._admit(params, client, now)

    with Gated() as server:
        server.load(DATA / "eval_dev.xml")
        yield server
        server.gate.set()


@dataclass
class Service:
    """One `ldn-watch serve` process and the files it works on."""

    tmp: Path
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    starts: int = 0

    @property
    def db_path(self) -> Path:
        return self.tmp / "ldn-watch.db"

    def configure(self, schedule: str) -> None:
        """Small batches (several per cycle, so cancellation has boundaries), no email.

        The client waits longer than any test holds a request at the gate: on a loaded
        machine a held efetch that timed out and failed the cycle would free the run lock
        before a concurrent `run` (slow to start) reaches it.
        """
        wait = int(GUARD * 2)
        (self.tmp / "ldn-watch.toml").write_text(
            '[pubmed]\nquery = "naltrexone"\nbatch_size = 10\n'
            f"timeout = {wait}\nmax_tries = 2\n\n"
            f'[schedule]\n{schedule}\nmisfire_grace = "1d"\n\n'
            f'[digest]\nout_dir = "{self.tmp / "digests"}"\n\n[email]\nenabled = false\n'
            + PUBMED_ONLY,
            encoding="utf-8",
        )

    def start(self) -> None:
        self.starts += 1
        self.log_path = self.tmp / f"serve-{self.starts}.log"
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(SERVE, env=self.env, stdout=log, stderr=log, cwd=self.tmp)

    def log(self) -> str:
        assert self.log_path is not None
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, what: str, check: Callable[[], bool]) -> None:
        deadline = time.monotonic() + GUARD
        while not check():
            assert self.proc is not None
            if self.proc.poll() is not None:
                pytest.fail(
                    f"service exited {self.proc.returncode} waiting for {what}:\n{self.log()}"
                )
            if time.monotonic() > deadline:
                pytest.fail(f"gave up waiting for {what}:\n{self.log()}")
            time.sleep(0.05)

    def stop_timed(self) -> tuple[int, float]:
        """SIGTERM now: (exit status, seconds until the process ended)."""
        assert self.proc is not None
        started = time.monotonic()
        code = self.stop()
        return code, time.monotonic() - started

    def stop(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(GUARD)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()

    def runs(self) -> list[tuple[str, str, str]]:
        """(kind, outcome, started_at) of every run, oldest first."""
        if not self.db_path.exists():
            return []
        with sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=10) as db:
            try:
                return db.execute(
                    "SELECT kind, outcome, started_at FROM runs ORDER BY id"
                ).fetchall()
            except sqlite3.OperationalError:  # tables not created yet
                return []

    def ok_runs(self) -> int:
        return sum(1 for kind, outcome, _ in self.runs() if kind == "run" and outcome == "ok")

    def meta(self, key: str) -> str | None:
        with sqlite3.connect(self.db_path, timeout=10) as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def assert_consistent(self) -> None:
        with sqlite3.connect(self.db_path, timeout=10) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            left = db.execute("SELECT id FROM runs WHERE outcome = 'running'").fetchall()
        assert left == [], f"runs left 'running': {left}"


@pytest.fixture
def service(tmp_path: Path, gated_standin: Any) -> Iterator[Service]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}
    env.update(
        {
            "LDN_WATCH_CONFIG": str(tmp_path / "ldn-watch.toml"),
            "LDN_WATCH_DB": f"sqlite:///{tmp_path / 'ldn-watch.db'}",
            "LDN_WATCH_EUTILS_URL": gated_standin.base_url,
            "NCBI_API_KEY": "test-key",
            "NCBI_EMAIL": "tests@example.org",
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    svc = Service(tmp_path, env)
    svc.configure('every = "1s"')
    yield svc
    if svc.proc is not None and svc.proc.poll() is None:
        svc.proc.kill()
        svc.proc.wait()


@pytest.mark.slow
def test_service_runs_cycles_and_stops_cleanly_on_sigterm(service: Service) -> None:
    service.start()
    service.wait_for("three good cycles", lambda: service.ok_runs() >= 3)
    assert service.stop() == 0
    service.assert_consistent()
    log = service.log()
    assert "service stopped" in log
    assert "Traceback" not in log
    assert service.meta(NEXT_RUN_KEY) == ""  # nothing is scheduled any more
    stored = sqlite3.connect(service.db_path).execute("SELECT count(*) FROM records").fetchone()
    assert stored[0] > 0
    assert (service.tmp / "ldn-watch.db.lock").exists()


@pytest.mark.slow
def test_a_concurrent_run_exits_75_while_a_service_cycle_holds_the_lock(
    service: Service, gated_standin: Any
) -> None:
    gated_standin.gate.clear()  # the service's first efetch will wait here
    service.start()
    service.wait_for("a service cycle in an efetch", gated_standin.held.is_set)
    concurrent = subprocess.run(
        [sys.executable, "-m", "ldn_watch", "run", "--no-email"],
        env=service.env,
        cwd=service.tmp,
        capture_output=True,
        text=True,
        timeout=GUARD,
    )
    assert concurrent.returncode == 75, concurrent.stderr
    assert "another ldn-watch cycle is running" in concurrent.stderr
    assert len(concurrent.stderr.strip().splitlines()) == 1  # one line, no traceback
    gated_standin.gate.set()
    service.wait_for("the held cycle to finish", lambda: service.ok_runs() >= 1)
    assert service.stop() == 0
    service.assert_consistent()
    # the refused run never started a run of its own: every run row is one of the service's
    # cycles (a cycle the schedule began just before SIGTERM is cancelled, so not all are ok)
    runs = service.runs()
    assert runs[0][1] == "ok"
    assert len(runs) == service.log().count("cycle started")


@pytest.mark.slow
def test_sigterm_mid_cycle_leaves_the_database_consistent(
    service: Service, gated_standin: Any
) -> None:
    gated_standin.gate.clear()
    service.start()
    service.wait_for("a service cycle in an efetch", gated_standin.held.is_set)
    assert service.proc is not None
    service.proc.send_signal(signal.SIGTERM)
    gated_standin.gate.set()  # the batch completes, then the cycle sees the stop request
    assert service.proc.wait(GUARD) == 0
    service.assert_consistent()
    kinds = service.runs()
    assert kinds and kinds[-1][1] == "failed"  # cancelled: the next run redoes the window
    assert "cycle cancelled" in service.log()


@pytest.mark.slow
def test_a_run_missed_while_down_is_caught_up_once_after_restart(service: Service) -> None:
    service.start()
    service.wait_for("a first cycle", lambda: service.ok_runs() >= 1)
    assert service.stop() == 0
    before = service.ok_runs()

    # The service was down for two days over a daily fire time, within misfire_grace.
    with sqlite3.connect(service.db_path) as db:
        db.execute("UPDATE runs SET started_at = datetime(started_at, '-2 days')")
    service.configure(f'cron = "{cron_two_hours_ago()}"')
    service.start()
    service.wait_for("the catch-up cycle", lambda: "cycle finished" in service.log())
    assert service.stop() == 0
    service.assert_consistent()
    log = service.log()
    assert "catch_up=yes" in log
    assert log.count("cycle started") == 1 and "reason=catch-up" in log
    assert service.ok_runs() == before + 1
    planned = re.findall(r"next run at=(\S+)", log)[-1]
    assert datetime.fromisoformat(planned) > datetime.now(UTC) + timedelta(hours=12)


# -- issue 11, item 5: SIGTERM ends every wait ---------------------------------------------


def _serving(tmp_path: Path, eutils_url: str, pubmed: str, extra: str = "") -> Service:
    """A started `ldn-watch serve` cycling every second against ``eutils_url``, with
    ``pubmed`` lines added to its [pubmed] table and ``extra`` tables after [digest]."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}
    env.update(
        {
            "LDN_WATCH_CONFIG": str(tmp_path / "ldn-watch.toml"),
            "LDN_WATCH_DB": f"sqlite:///{tmp_path / 'ldn-watch.db'}",
            "LDN_WATCH_EUTILS_URL": eutils_url,
            "NCBI_EMAIL": "tests@example.org",
            "PYTHONUNBUFFERED": "1",
        }
    )
    (tmp_path / "ldn-watch.toml").write_text(
        f'[pubmed]\nquery = "naltrexone"\n{pubmed}\n[schedule]\nevery = "1s"\n\n'
        f'[digest]\nout_dir = "{tmp_path / "digests"}"\n\n{extra}',
        encoding="utf-8",
    )
    svc = Service(tmp_path, env)
    svc.start()
    return svc


@pytest.mark.slow
@pytest.mark.parametrize("waiting_in", ["a blocked read", "a retry backoff"])
def test_sigterm_stops_the_service_within_10_s_whatever_it_waits_for(
    tmp_path: Path, waiting_in: str
) -> None:
    """With the shipped timeout (30 s a read) and a 60 s backoff, a cycle stuck in an
    efetch that never answers, or sleeping before a retry, still ends at once on SIGTERM
    (systemd's TimeoutStopSec=180 was exceeded before)."""
    from ldn_watch.pubmed.standin import StandinEutils

    with StandinEutils(rate_limit=False, stall_seconds=600) as standin:
        standin.load(DATA / "eval_dev.xml")
        if waiting_in == "a blocked read":
            standin.pause_after("efetch", 0)  # the first efetch hangs until the stand-in stops
        else:
            standin.fail_next("ok", *([503] * 20))  # esearch, then efetch keeps failing
        svc = _serving(tmp_path, standin.base_url, "backoff = 60\n")
        try:
            if waiting_in == "a blocked read":
                svc.wait_for("an efetch in flight", standin.paused.is_set)
            else:
                svc.wait_for("a retry backoff", lambda: "retrying (2/6) in" in svc.log())
        finally:
            code, took = svc.stop_timed()
    assert code == 0, svc.log()
    assert took < 10, f"the service took {took:.1f} s to stop:\n{svc.log()}"
    svc.assert_consistent()
    assert "cycle cancelled" in svc.log() and "service stopped" in svc.log()
    assert [outcome for _, outcome, _ in svc.runs()] == ["failed"]


@pytest.mark.slow
def test_sigterm_while_the_smtp_server_stalls_stops_at_once_and_keeps_the_email(
    tmp_path: Path,
) -> None:
    """An SMTP server that accepts the connection and never greets (its timeout here 300 s)
    holds the service no longer than a SIGTERM; the email stays queued for the next run."""
    import socket

    from ldn_watch.pubmed.standin import StandinEutils

    with (
        socket.create_server(("127.0.0.1", 0)) as silent,
        StandinEutils(rate_limit=False) as standin,
    ):
        standin.load(DATA / "eval_dev.xml")
        svc = _serving(
            tmp_path,
            standin.base_url,
            "",
            '[email]\nenabled = true\nsmtp_host = "127.0.0.1"\n'
            f"smtp_port = {silent.getsockname()[1]}\n"
            'security = "none"\nfrom = "ldn-watch@clinic.example"\n'
            'to = ["psychiatrist@clinic.example"]\ntimeout = 300\n' + PUBMED_ONLY,
        )
        try:
            svc.wait_for("a digest written", lambda: "digest written" in svc.log())
            connection, _ = silent.accept()  # the service is now waiting for a greeting
            with connection:
                code, took = svc.stop_timed()
        finally:
            if svc.proc is not None and svc.proc.poll() is None:
                svc.proc.kill()
                svc.proc.wait()
    assert code == 0, svc.log()
    assert took < 10, f"the service took {took:.1f} s to stop:\n{svc.log()}"
    assert "cycle cancelled" in svc.log()
    with sqlite3.connect(svc.db_path) as db:
        assert db.execute("SELECT email_status FROM digests").fetchall() == [("pending",)]
