"""Digests across runs: an article goes out once, a failed send is retried once, and the
demo shows the product — real processes, a stand-in E-utilities and a real SMTP server."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from helpers import PUBMED_ONLY

from ldn_watch.pubmed.standin import StandinEutils

DATA = Path(__file__).parent / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configure(tmp_path: Path, smtp_port: int) -> None:
    (tmp_path / "ldn-watch.toml").write_text(
        f"""
[pubmed]
query = "naltrexone"
email = "tests@example.org"
max_tries = 2

[digest]
out_dir = "{tmp_path / "digests"}"

[email]
enabled = true
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
security = "none"
from = "ldn-watch@clinic.example"
to = ["psychiatrist@clinic.example", "pharmacist@clinic.example"]
timeout = 5
"""
        + PUBMED_ONLY,
        encoding="utf-8",
    )


def run(tmp_path: Path, standin: StandinEutils, *args: str) -> subprocess.CompletedProcess[str]:
    """`ldn-watch ARGS` with this test's config, database and stand-in (see helpers.cli)."""
    from helpers import cli

    return cli(tmp_path, standin, *args)


def test_smtp_down_then_up_sends_once_and_never_again(tmp_path, standin, smtp_inbox):
    port, inbox = smtp_inbox
    configure(tmp_path, free_port())  # nothing listens there
    down = run(tmp_path, standin, "run")
    assert down.returncode == 1
    assert len(down.stderr.strip().splitlines()) == 1, down.stderr
    assert "SMTP" in down.stderr and "next run" in down.stderr
    written = sorted((tmp_path / "digests").glob("digest-*.html"))
    assert len(written) == 1  # the digest is on disk all the same

    configure(tmp_path, port)
    up = run(tmp_path, standin, "run")
    assert up.returncode == 0, up.stderr
    assert len(inbox.messages) == 1
    rcpts, msg = inbox.messages[0]
    assert sorted(rcpts) == ["pharmacist@clinic.example", "psychiatrist@clinic.example"]
    assert msg["Subject"].startswith("ldn-watch:")
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert "27736689" in msg.get_body(("plain",)).get_content()
    assert len(sorted((tmp_path / "digests").glob("digest-*.html"))) == 1  # nothing new

    again = run(tmp_path, standin, "run")
    assert again.returncode == 0, again.stderr
    assert len(inbox.messages) == 1  # no new records: no second email


def test_a_retraction_goes_out_again_as_updated(tmp_path, standin, smtp_inbox):
    port, inbox = smtp_inbox
    configure(tmp_path, port)
    assert run(tmp_path, standin, "run").returncode == 0
    assert len(inbox.messages) == 1
    raw = standin._state.records["27736689"].raw
    standin.revise(
        "27736689",
        date.today(),
        raw.replace(
            b"<PublicationTypeList>",
            b'<PublicationTypeList><PublicationType UI="D016441">Retracted Publication'
            b"</PublicationType>",
        ),
    )
    proc = run(tmp_path, standin, "run")
    assert proc.returncode == 0, proc.stderr
    assert len(inbox.messages) == 2
    _, msg = inbox.messages[1]
    assert "retract" in msg["Subject"].lower()
    text = msg.get_body(("plain",)).get_content()
    assert "27736689" in text and "RETRACTED" in text.upper()
    digest = json.loads(sorted((tmp_path / "digests").glob("digest-*.json"))[-1].read_text())
    assert digest["counts"]["new_on_topic"] == 0


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_demo_writes_the_whole_archive_without_network(tmp_path):
    out = tmp_path / "demo"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}
    env["HOME"] = str(tmp_path)  # no user config or database is touched
    proc = subprocess.run(
        [sys.executable, "-m", "ldn_watch", "demo", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(out) in proc.stdout
    assert "gaps left by the 2017 pilot: " in proc.stdout  # the verdict, when it finishes
    assert "  larger-trials " in proc.stdout
    for name in ("latest.html", "index.html", "feed.atom"):
        assert (out / name).is_file(), name
    assert len(list(out.glob("digest-*.txt"))) == 1
    assert len(list(out.glob("digest-*.json"))) == 1
    page = _Collect()
    page.feed((out / "latest.html").read_text(encoding="utf-8"))
    text = " ".join(page.text)
    for title in ("Larger trials", "serotonergic", "Dose-finding"):
        assert title.lower() in text.lower()
    assert "27736689" in text
    assert "script" not in page.tags
    assert not (tmp_path / ".local" / "share" / "ldn-watch").exists()
    # its gaps come partly from invented records: the page and the terminal say so
    assert "invented registrations and a preprint" in text
    assert "invented and marked so" in proc.stdout


def test_digest_command_renders_from_the_store_and_send_logs_it(tmp_path, standin, smtp_inbox):
    port, inbox = smtp_inbox
    configure(tmp_path, port)
    assert run(tmp_path, standin, "run", "--no-email").returncode == 0
    assert inbox.messages == []  # --no-email: written, not sent

    out = tmp_path / "since.json"
    proc = run(tmp_path, standin, "digest", "--since", "2000-01-01", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["counts"]["new_on_topic"] >= 1
    assert any(r["key"] == "pubmed:27736689" for c in data["studies"] for r in c["records"])

    pending = run(tmp_path, standin, "digest", "--format", "text")
    assert pending.returncode == 0 and "27736689" not in pending.stdout  # already carried

    sent = run(tmp_path, standin, "digest", "--since", "2000-01-01", "--send")
    assert sent.returncode == 0, sent.stderr
    assert len(inbox.messages) == 1 and "email sent" in sent.stdout


# -- issue 11 -------------------------------------------------------------------------


def _digest_names(folder: Path, suffix: str = "html") -> list[str]:
    return sorted(p.name for p in folder.glob(f"digest-*.{suffix}"))


def _carried(folder: Path) -> list[str]:
    """Ids of the on-topic records every digest JSON in the folder carries as new."""
    return [
        r["id"]
        for path in sorted(folder.glob("digest-*.json"))
        for s in json.loads(path.read_text(encoding="utf-8"))["studies"]
        for r in s["records"]
        if r["is_new"]
    ]


def an_hour_later(monkeypatch) -> None:
    """The in-process runs that follow happen an hour later (a digest file is named by
    the second it was made in: a run in the same second would reuse the names)."""
    import ldn_watch.app

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime.now(tz) + timedelta(hours=1)

    monkeypatch.setattr(ldn_watch.app, "datetime", Later)


def test_a_kill_while_writing_the_digest_never_duplicates_it(tmp_path, standin, monkeypatch):
    """(4) Killed after the first digest file: the next run leaves one digest, not two."""
    from helpers import cli as helper_cli
    from helpers import killed_at, write_config

    write_config(tmp_path)
    out = tmp_path / "digests"
    env = killed_at("ldn_watch.digest.archive:atomic_write:1:after")
    killed = helper_cli(tmp_path, standin, "run", "--no-email", env=env)
    assert killed.returncode == -9
    assert len(_digest_names(out)) == 1  # the killed run's first file

    an_hour_later(monkeypatch)
    again = helper_cli(tmp_path, standin, "run", "--no-email")
    assert again.returncode == 0, again.stderr
    assert len(_digest_names(out)) == 1
    assert len(_digest_names(out, "json")) == 1
    carried = _carried(out)
    assert "27736689" in carried and len(carried) == len(set(carried))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(r"&middot; 1 digest(?!s)", index)
    feed = (out / "feed.atom").read_text(encoding="utf-8")
    assert feed.count('<category term="digest"') == 1  # one digest entry (and its studies')

    third = helper_cli(tmp_path, standin, "run", "--no-email")  # nothing new: nothing written
    assert third.returncode == 0 and len(_digest_names(out)) == 1


def test_a_temp_file_left_by_a_kill_is_removed(tmp_path, standin):
    """(4) Killed right after creating latest.html's temporary file (still 0 bytes)."""
    from helpers import cli as helper_cli
    from helpers import killed_at, write_config

    write_config(tmp_path)
    out = tmp_path / "digests"
    killed = helper_cli(
        tmp_path, standin, "run", "--no-email", env=killed_at("tempfile:mkstemp:4:after")
    )
    assert killed.returncode == -9
    (left,) = out.glob(".latest.html.*.tmp")
    assert left.stat().st_size == 0
    again = helper_cli(tmp_path, standin, "run", "--no-email")
    assert again.returncode == 0, again.stderr
    assert list(out.glob(".*.tmp")) == []
    assert len(_digest_names(out)) == 1


def test_a_refused_email_fails_the_run_for_monitoring(tmp_path, standin):
    """(11) Records stored, SMTP down: exit 1, and status --json says the run failed."""
    from helpers import status_json

    configure(tmp_path, free_port())  # nothing listens there
    proc = run(tmp_path, standin, "run")
    assert proc.returncode == 1
    status = status_json(tmp_path, standin)
    assert status["last_failed"] is True
    assert "SMTP" in status["last_error"] and "delivery failed" in status["last_error"]
    assert status["last_runs"][0]["outcome"] == "failed"


def test_an_unwritable_digest_folder_fails_the_run_for_monitoring(tmp_path, standin):
    """(11) The digest folder cannot be made (a file is in the way): the run failed."""
    from helpers import cli as helper_cli
    from helpers import status_json, stored_pmids, write_config

    (tmp_path / "digests").write_text("not a folder", encoding="utf-8")
    write_config(tmp_path)
    proc = helper_cli(tmp_path, standin, "run", "--no-email")
    assert proc.returncode == 1
    assert "out_dir" in proc.stderr.strip().splitlines()[-1]
    assert len(stored_pmids(tmp_path)) == 44  # the records are stored all the same
    status = status_json(tmp_path, standin)
    assert status["last_failed"] is True and "digest" in status["last_error"]
    # the window was stored whole: the next run does not refetch the history
    (tmp_path / "digests").unlink()
    again = helper_cli(tmp_path, standin, "run", "--no-email")
    assert again.returncode == 0, again.stderr
    assert "44 found" not in again.stdout and len(_digest_names(tmp_path / "digests")) == 1


def test_a_slow_smtp_server_is_not_cut_off_after_data(tmp_path, standin):
    """(15) The server takes longer than [email] timeout to confirm the message: sent
    once, not failed (and so not sent again by the next run)."""
    import asyncio

    from aiosmtpd.controller import Controller

    class Slow:
        def __init__(self) -> None:
            self.messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):
            await asyncio.sleep(0.6)  # longer than timeout = 0.2 below
            self.messages.append(envelope.original_content)
            return "250 Message accepted"

    slow = Slow()
    port = free_port()
    controller = Controller(slow, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        configure(tmp_path, port)
        path = tmp_path / "ldn-watch.toml"
        path.write_text(
            path.read_text().replace("timeout = 5", "timeout = 0.2\ndata_timeout = 30"),
            encoding="utf-8",
        )
        first = run(tmp_path, standin, "run")
        assert first.returncode == 0, first.stderr
        second = run(tmp_path, standin, "run")
        assert second.returncode == 0, second.stderr
    finally:
        controller.stop()
    assert len(slow.messages) == 1


def test_digest_send_with_nothing_pending_sends_nothing(tmp_path, standin, smtp_inbox):
    """(15) README: `digest --send` sends only a digest that carries something."""
    port, inbox = smtp_inbox
    configure(tmp_path, port)
    assert run(tmp_path, standin, "run").returncode == 0
    assert len(inbox.messages) == 1
    proc = run(tmp_path, standin, "digest", "--send")
    assert proc.returncode == 0, proc.stderr
    assert "nothing to send" in proc.stdout
    assert len(inbox.messages) == 1


def test_a_digest_in_the_same_second_as_another_never_replaces_it(tmp_path, standin):
    """Digest files are named to the second: one already there (a digest made the same
    second, or before the clock was set back) is kept and the new digest takes the next
    free second."""
    from helpers import cli as helper_cli
    from helpers import write_config

    from ldn_watch.digest.archive import stamp

    write_config(tmp_path)
    out = tmp_path / "digests"
    out.mkdir()
    start = datetime.now().astimezone().replace(microsecond=0)
    taken = [out / f"digest-{stamp(start + timedelta(seconds=s))}.html" for s in range(60)]
    for path in taken:
        path.write_text("a digest a reader already has", encoding="utf-8")

    done = helper_cli(tmp_path, standin, "run", "--no-email")

    assert done.returncode == 0, done.stderr
    assert all(p.read_text(encoding="utf-8") == "a digest a reader already has" for p in taken)
    (new,) = set(out.glob("digest-*.html")) - set(taken)
    assert "27736689" in new.read_text(encoding="utf-8")
    assert new.with_suffix(".json").exists() and new.with_suffix(".txt").exists()
