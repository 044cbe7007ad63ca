"""What a person at a terminal sees (issue 11, items 11 and 12): 80 columns, search rows
that fit and say "N of M", progress for a long import, retries said as they happen, and
a word when a run wrote no digest."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import DEV_XML, cli, cli_env, run_rows, write_config

from ldn_watch.store import Storage


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path, batch_size=10)


def test_status_fits_80_columns_and_keeps_the_outcome(tmp_path, config):
    storage = Storage.open(f"sqlite:///{tmp_path / 'watch.db'}")
    ok = storage.start_run(
        "run",
        query="q",
        window_start=datetime(1800, 1, 1, tzinfo=UTC),
        window_end=datetime(2026, 11, 28, tzinfo=UTC),
    )
    storage.finish_run(ok, outcome="ok", found=12345, new=12345, updated=0)
    failed = storage.start_run(
        "run",
        query="q",
        window_start=datetime(2026, 11, 25, tzinfo=UTC),
        window_end=datetime(2026, 11, 28, tzinfo=UTC),
    )
    storage.finish_run(
        failed,
        outcome="failed",
        found=10,
        new=3,
        error="NCBI E-utilities at https://eutils.ncbi.nlm.nih.gov/entrez/eutils/ unreachable "
        "after 6 tries: HTTP 503; try again later",
    )
    storage.close()
    proc = cli(tmp_path, None, "status", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, proc.stdout
    header = next(line for line in lines if "outcome" in line)
    assert "kind" in header and "started" in header
    row = next(line for line in lines if line.lstrip().startswith(f"{failed} "))
    assert row.rstrip().endswith("failed")
    assert "unreachable after 6 tries" in proc.stdout.replace("\n", " ")


def test_search_rows_fit_80_columns_and_say_n_of_m(tmp_path, standin, config):
    proc = cli(tmp_path, standin, "search", "naltrexone", "--max", "5", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 + 5 + 1  # header, rows, "5 of 44"
    assert max(len(line) for line in lines) <= 80, proc.stdout
    assert lines[-1].startswith("5 of 44 PubMed records; --max 44 for all")
    local = cli(tmp_path, None, "import", str(DEV_XML))
    assert local.returncode == 0, local.stderr
    found = cli(tmp_path, None, "search", "--local", "naltrexone", "--max", "3")
    assert found.stdout.splitlines()[-1].startswith("3 of ")
    assert "stored records" in found.stdout.splitlines()[-1]


def test_search_in_a_pipe_keeps_whole_titles(tmp_path, config):
    assert cli(tmp_path, None, "import", str(DEV_XML)).returncode == 0
    proc = cli(tmp_path, None, "search", "--local", "27736689")
    title_end = "major depressive disorder on antidepressants."  # nothing cut for grep
    assert proc.returncode == 0 and title_end.lower() in proc.stdout.lower(), proc.stdout


def test_import_shows_progress_on_a_terminal(tmp_path, config):
    main_fd, tty_fd = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ldn_watch", "import", str(DEV_XML)],
        env=cli_env(tmp_path, None, COLUMNS="80"),
        stdout=subprocess.PIPE,
        stderr=tty_fd,
        cwd=tmp_path,
    )
    os.close(tty_fd)
    shown = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # EIO: the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_fd)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, shown
    assert b"importing" in shown and b"44/44" in shown
    assert b"imported 44 records" in out


def test_a_run_with_nothing_new_says_so(tmp_path, standin, config):
    assert cli(tmp_path, standin, "run", "--no-email").returncode == 0
    again = cli(tmp_path, standin, "run", "--no-email")
    assert again.returncode == 0, again.stderr
    assert "nothing new; no digest written" in again.stdout


def test_since_in_the_future_is_a_usage_error_without_a_run(tmp_path, standin, config):
    """(11) Exit 2 and one line, and no run left 'running' to be called interrupted later."""
    future = (date.today() + timedelta(days=400)).isoformat()
    proc = cli(tmp_path, standin, "run", "--since", future)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert future in lines[0] and "future" in lines[0]
    assert not (tmp_path / "watch.db").exists() or run_rows(tmp_path) == []
    assert standin.requests == []
