"""Credentials never leave the process (issue 11, item 3): NCBI's 429 body echoes the API
key; it must not reach stderr, a --log-file, runs.error in the database or status --json."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from helpers import cli, last_line, write_config

from ldn_watch.logs import configure_logging
from ldn_watch.net import redact

KEY = "0123456789abcdef-secret-key"


def test_the_api_key_echoed_by_ncbi_is_redacted_everywhere(tmp_path, standin):
    write_config(tmp_path, max_tries=3)
    standin.fail_next(429, 429, 429)  # the stand-in's 429 body carries "api-key": KEY
    log_file = tmp_path / "watch.log"
    env = {"NCBI_API_KEY": KEY, "NCBI_EMAIL": "someone@example.org"}
    proc = cli(tmp_path, standin, "-v", "--log-file", str(log_file), "run", "--no-email", env=env)
    assert proc.returncode == 1
    assert "429" in last_line(proc.stderr) and "[redacted]" in last_line(proc.stderr)
    log = log_file.read_text(encoding="utf-8")
    assert "retrying (2/3)" in log and "[redacted]" in log
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        errors = [r[0] for r in conn.execute("select error from runs")]
    assert errors and "429" in errors[-1]
    status = cli(tmp_path, standin, "status", "--json", env=env)
    assert status.returncode == 0, status.stderr
    assert '"last_failed": true' in status.stdout
    for where, text in {
        "stderr": proc.stderr,
        "stdout": proc.stdout,
        "log file": log,
        "runs.error": "\n".join(errors),
        "status --json": status.stdout,
    }.items():
        assert KEY not in text, where
        assert "someone@example.org" not in text, where


def test_an_old_leak_in_the_database_is_redacted_on_the_way_out(tmp_path, standin):
    """A database written by an older release may hold the key in runs.error."""
    write_config(tmp_path)
    assert cli(tmp_path, standin, "status").returncode == 0  # creates the database
    with sqlite3.connect(tmp_path / "watch.db") as conn:
        conn.execute(
            "insert into runs (kind, started_at, outcome, error, found, new, updated) values "
            "('run', '2026-11-01 07:00:00', 'failed', ?, 0, 0, 0)",
            (f'HTTP 429 rate limited: {{"error":"API rate limit exceeded","api-key":"{KEY}"}}',),
        )
    for args in (("status", "--json"), ("status",)):
        proc = cli(tmp_path, standin, *args, env={"NCBI_API_KEY": KEY})
        assert proc.returncode == 0, proc.stderr
        assert KEY not in proc.stdout and "[redacted]" in proc.stdout


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("GET /esearch.fcgi?db=pubmed&api_key=abc123def&email=me%40x.org", "abc123def"),
        ('{"error":"API rate limit exceeded","api-key":"abc123def","count":"11"}', "abc123def"),
        ("login failed: password: hunter2-long", "hunter2-long"),
        ("tool=ldn-watch&email=me@example.org&term=x", "me@example.org"),
    ],
)
def test_redact_patterns(text: str, secret: str) -> None:
    assert secret not in redact(text)


def test_registered_secrets_are_redacted_wherever_they_appear() -> None:
    from ldn_watch.net import add_secret

    add_secret("s3cret/value+42")
    assert redact("the server said s3cret/value+42 twice: s3cret/value+42") == (
        "the server said [redacted] twice: [redacted]"
    )
    assert "s3cret" not in redact("url-encoded: s3cret%2Fvalue%2B42")


def test_every_log_line_is_redacted_including_arguments_and_tracebacks(tmp_path: Path) -> None:
    log_file = tmp_path / "x.log"
    configure_logging(1, log_file=log_file)
    log = logging.getLogger("ldn_watch.somewhere.deep")
    log.warning("answer %s", "...&api_key=zz-top-secret-zz&...")
    try:
        raise RuntimeError("HTTP Error 429 for /efetch.fcgi?api_key=zz-top-secret-zz")
    except RuntimeError:
        log.exception("crashed")
    configure_logging(0)  # back to stderr, and closes the file
    text = log_file.read_text(encoding="utf-8")
    assert "zz-top-secret-zz" not in text and text.count("[redacted]") >= 2
