"""Digests across runs: an article goes out once, a failed send is retried once, and the
demo shows the product — real processes, a stand-in E-utilities and a real SMTP server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from conftest import PUBMED_ONLY

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
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LDN_WATCH_", "NCBI_"))}
    env |= {
        "LDN_WATCH_DB": f"sqlite:///{tmp_path / 'watch.db'}",
        "LDN_WATCH_CONFIG": str(tmp_path / "ldn-watch.toml"),
        "LDN_WATCH_EUTILS_URL": standin.base_url,
    }
    return subprocess.run(
        [sys.executable, "-m", "ldn_watch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


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
