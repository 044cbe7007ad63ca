"""What the tests share: a config, the CLI as a user runs it, the database read, and the
sources over their stand-ins."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ldn_watch import net
from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.sources._standin import JsonStandin
from ldn_watch.sources.base import Source

if TYPE_CHECKING:
    from ldn_watch.app import Watcher

DATA = Path(__file__).parent / "data"
DEV_XML = DATA / "eval_dev.xml"
DEV_PMIDS = 44

# Config for tests about PubMed alone: the registry and preprint sources stay off, so
# nothing reaches for the network. Tests of several sources run their stand-ins.
PUBMED_ONLY = "\n[ctgov]\nenabled = false\n\n[europepmc]\nenabled = false\n"

# Retries in milliseconds, so that faults cost no real waiting; and stand-in faults to
# match (stalls and trickles in tenths of a second, no Retry-After to wait for).
FAST = net.RetryPolicy(max_tries=4, backoff=0.001, max_delay=0.005, timeout=2.0, deadline=2.0)
# FAST's retries with time for big answers: a page of 1,000 records can take a loaded
# machine longer than FAST's 2 s to serve, and the retry would be one request more; for
# tests about paging, not deadlines
PATIENT = replace(FAST, timeout=30.0, deadline=30.0)
QUICK_FAULTS: dict[str, Any] = {"stall_seconds": 0.3, "trickle_seconds": 0.02, "retry_after": "0"}

S = TypeVar("S", bound=Source)


def write_config(
    tmp_path: Path,
    *,
    batch_size: int = 200,
    timeout: float = 30,
    max_tries: int = 4,
    backoff: float = 0.001,
    deadline: float = 120,
    extra: str = "",
) -> Path:
    """A config for tests: retries in milliseconds, digests in tmp_path/digests."""
    path = tmp_path / "ldn-watch.toml"
    path.write_text(
        f"""
[pubmed]
query = "naltrexone AND depression"
email = "tests@example.org"
batch_size = {batch_size}
timeout = {timeout}
deadline = {deadline}
max_tries = {max_tries}
backoff = {backoff}

[digest]
out_dir = "{tmp_path / "digests"}"
{extra}
"""
        + PUBMED_ONLY,
        encoding="utf-8",
    )
    return path


def cli_env(tmp_path: Path, standin: StandinEutils | None, **extra: str) -> dict[str, str]:
    """The CLI's environment: this test's database and config, the stand-in, and an API
    key (NCBI's 10 requests/s; pass ``NCBI_API_KEY=""`` to test the 3/s pacing)."""
    env = clean_environ()
    env.pop("COLUMNS", None)
    env["NCBI_API_KEY"] = "test-key"
    env["LDN_WATCH_DB"] = f"sqlite:///{tmp_path / 'watch.db'}"
    env["LDN_WATCH_CONFIG"] = str(tmp_path / "ldn-watch.toml")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    if standin is not None:
        env["LDN_WATCH_EUTILS_URL"] = standin.base_url
    env.update(extra)
    return env


def cli(
    tmp_path: Path,
    standin: StandinEutils | None,
    *args: str,
    env: dict[str, str] | None = None,
    process: bool | None = None,
) -> subprocess.CompletedProcess[str]:
    """`ldn-watch ARGS` as a user runs it; ``env`` adds to the test environment.

    In this process by default (``cli.main`` with its own environment, working folder,
    stdout and stderr: what a subprocess would see, without ~0.5 s of imports each time);
    in a real process with ``process=True`` or when the environment asks for a kill
    (``killed_at``), where the exit status can be a signal.
    """
    full_env = cli_env(tmp_path, standin, **(env or {}))
    if process or (process is None and "LDN_WATCH_KILL_AT" in full_env):
        return process_cli(full_env, *args, cwd=tmp_path)
    return run_in_process(tmp_path, full_env, list(args))


def clean_environ() -> dict[str, str]:
    """This process's environment without the LDN_WATCH_* and NCBI_* variables."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}


def process_cli(
    env: dict[str, str], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`ldn-watch ARGS` in a real process with exactly this environment."""
    return subprocess.run(
        [sys.executable, "-m", "ldn_watch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def report_json(env: dict[str, str]) -> dict:
    """`ldn-watch report --json` in a real process, decoded."""
    done = process_cli(env, "report", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def run_in_process(
    cwd: Path, env: dict[str, str], args: list[str]
) -> subprocess.CompletedProcess[str]:
    from ldn_watch.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        root = logging.getLogger("ldn_watch")  # as a new process would have it
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        root.propagate = True
    return subprocess.CompletedProcess(["ldn-watch", *args], code, out.getvalue(), err.getvalue())


def stored_pmids(tmp_path: Path) -> list[str]:
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        return [r[0] for r in conn.execute("select id from records")]


def stored_count(tmp_path: Path) -> int:
    """Rows stored so far, read while another process may still be creating the schema."""
    if not (tmp_path / "watch.db").exists():  # connecting would create it
        return 0
    try:
        return len(stored_pmids(tmp_path))
    except sqlite3.OperationalError:  # no file or no table yet, or the writer holds it
        return 0


def run_rows(tmp_path: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        return list(conn.execute("select kind, outcome, error from runs order by id"))


def status_json(tmp_path: Path, standin: StandinEutils | None = None) -> dict[str, Any]:
    proc = cli(tmp_path, standin, "status", "--json")
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def last_line(stderr: str) -> str:
    """The failure line: the last one (retry warnings may come before it)."""
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else ""


KILL_HOOK = Path(__file__).parent / "killhook"


def killed_at(spec: str) -> dict[str, str]:
    """Environment that SIGKILLs the CLI at ``module:attribute:n[:before|after]``."""
    path = os.environ.get("PYTHONPATH")
    return {
        "PYTHONPATH": f"{KILL_HOOK}{os.pathsep}{path}" if path else str(KILL_HOOK),
        "LDN_WATCH_KILL_AT": spec,
    }


def watermark(tmp_path: Path, source: str = "pubmed") -> str | None:
    """A source's watermark (the end of its history covered without a gap), as a date."""
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        row = conn.execute(
            "select watermark from source_state where name = ?", (source,)
        ).fetchone()
    conn.close()
    return row[0][:10] if row and row[0] else None


def read_json(name: str) -> Any:
    """A recorded answer in tests/data (``.json`` or ``.json.gz``)."""
    data = (DATA / name).read_bytes()
    return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)


def paged_source(cls: Callable[..., S], standin: JsonStandin, query: str, /, **options: Any) -> S:
    """A ClinicalTrials.gov or Europe PMC source on its stand-in: ``FAST`` retries, no
    pacing, unless ``options`` say otherwise (``query`` among them)."""
    options.setdefault("policy", FAST)
    options.setdefault("interval", 0.0)
    return cls(options.pop("query", query), base_url=standin.base_url, **options)


def harvested_ids(source: Source, start: date, end: date, **kw: Any) -> list[str]:
    """The ids of every record a harvest of [start, end] yields, in order."""
    return [r.id for batch in source.harvest(start, end, **kw) for r in batch.records]


@contextlib.contextmanager
def offline_watcher(tmp_path: Path, **digest: Any) -> Iterator[Watcher]:
    """A watcher on the packaged config with its own SQLite store in ``tmp_path``,
    digests in tmp_path/digests (``digest`` changes more of ``[digest]``), no email."""
    from ldn_watch.app import make_watcher
    from ldn_watch.config import load_config

    cfg = load_config(None)
    config = replace(
        cfg,
        database_url=f"sqlite:///{tmp_path / 'store.db'}",
        digest=replace(cfg.digest, out_dir=tmp_path / "digests", **digest),
        email=replace(cfg.email, enabled=False),
    )
    with make_watcher(config) as w:
        yield w
