"""The digest email: MIME structure and headers, and delivery to a real aiosmtpd server on
127.0.0.1 over plain SMTP, STARTTLS and implicit TLS, with and without AUTH."""

from __future__ import annotations

import email
import email.policy
import os
import re
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from ldn_watch.digest.mail import RETRY_NOTE, SmtpSettings, build_message, send_message
from ldn_watch.digest.render import make_environment, render_html, render_text
from ldn_watch.digest.sample import sample_context
from ldn_watch.errors import ConfigError, DeliveryError

GOLDEN = Path(__file__).parent / "golden"
RECIPIENTS = ["psychiatrist@clinic.example", "pharmacist@clinic.example"]
USER, PASSWORD = "ldn-bot", "s3cret pass"


@dataclass
class Inbox:
    """What the test server saw."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "mail_from": envelope.mail_from,
                "rcpt_tos": list(envelope.rcpt_tos),
                "content": envelope.original_content,
                # session.ssl after STARTTLS; the transport's ssl_object for implicit TLS
                "tls": session.ssl is not None
                or server.transport.get_extra_info("ssl_object") is not None,
                "authenticated": session.authenticated,
            }
        )
        return "250 Message accepted"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        # handled=False: aiosmtpd then answers 535 itself instead of staying silent.
        return AuthResult(success=(login, password) == (USER, PASSWORD), handled=False)


class LoopbackController(Controller):
    """A Controller on an ephemeral port: the OS picks it, so parallel runs never clash."""

    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("TLS tests need the openssl command (the cryptography package is absent)")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert),
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    return context


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


def start(inbox: Inbox, **kwargs: Any) -> Iterator[LoopbackController]:
    controller = LoopbackController(
        inbox, hostname="127.0.0.1", port=0, authenticator=inbox.authenticate, **kwargs
    )
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@pytest.fixture
def plain_server(inbox: Inbox) -> Iterator[LoopbackController]:
    yield from start(inbox, auth_require_tls=False)


@pytest.fixture
def starttls_server(inbox: Inbox, certificate: tuple[Path, Path]) -> Iterator[LoopbackController]:
    yield from start(inbox, tls_context=server_tls(certificate), require_starttls=True)


@pytest.fixture
def ssl_server(inbox: Inbox, certificate: tuple[Path, Path]) -> Iterator[LoopbackController]:
    yield from start(inbox, ssl_context=server_tls(certificate))


def settings_for(controller: Controller, **changes: Any) -> SmtpSettings:
    base = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        sender="ldn-watch@watch.example",
        recipients=RECIPIENTS,
        security="none",
        timeout=10,
    )
    return replace(base, **changes)


def digest_message(settings: SmtpSettings) -> EmailMessage:
    ctx = sample_context()
    env = make_environment(None)
    return build_message(ctx, render_html(ctx, env), render_text(ctx, env), settings)


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def outline(msg: EmailMessage) -> str:
    """Headers and MIME tree with the volatile parts (Message-ID, boundary) blanked."""
    lines = []
    for part in msg.walk():
        depth = 0 if part is msg else 1
        charset, cte = part.get_content_charset(), part.get("Content-Transfer-Encoding")
        lines.append("  " * depth + f"{part.get_content_type()} charset={charset} cte={cte}")
    headers = [f"{k}: {v}" for k, v in msg.items() if k not in {"Content-Type"}]
    text = "\n".join([*headers, "", *lines]) + "\n"
    text = re.sub(r"<[^<>]+@watch\.example>", "<MESSAGE-ID>", text)
    return re.sub(r'boundary="[^"]+"', 'boundary="<BOUNDARY>"', text)


def check_golden(name: str, actual: str) -> None:
    """As in test_digest_render: LDN_WATCH_REGEN_GOLDEN=1 rewrites tests/golden/<name>."""
    path = GOLDEN / name
    if os.environ.get("LDN_WATCH_REGEN_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path}; write it with LDN_WATCH_REGEN_GOLDEN=1 and review it")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


# --- the message ---------------------------------------------------------------------


def test_message_structure_and_headers() -> None:
    settings = SmtpSettings("mail.example", 587, "ldn-watch@watch.example", RECIPIENTS)
    msg = parse(digest_message(settings).as_bytes())
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert "RETRACTED STUDY" in parts[0].get_content()
    assert parts[1].get_content().startswith("<!DOCTYPE html>")
    assert str(msg["Subject"]) == sample_context().subject  # the en dash survives RFC 2047
    assert "–" in str(msg["Subject"])
    assert [a.addr_spec for a in msg["To"].addresses] == RECIPIENTS
    assert parsedate_to_datetime(msg["Date"]) == sample_context().generated_at
    assert re.fullmatch(r"<[^<>@]+@watch\.example>", msg["Message-ID"])
    assert msg["Auto-Submitted"] == "auto-generated"


def test_message_is_seven_bit_clean() -> None:
    settings = SmtpSettings("mail.example", 587, "ldn-watch@watch.example", RECIPIENTS)
    raw = digest_message(settings).as_bytes()
    assert max(raw) < 128
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_message_outline_matches_golden() -> None:
    settings = SmtpSettings("mail.example", 587, "ldn-watch@watch.example", RECIPIENTS)
    check_golden("mail-outline.txt", outline(digest_message(settings)))


def test_no_recipients_is_a_config_error() -> None:
    settings = SmtpSettings("mail.example", 587, "ldn-watch@watch.example", [])
    with pytest.raises(ConfigError, match=r"\[email\] to"):
        digest_message(settings)


def test_password_stays_out_of_repr() -> None:
    settings = SmtpSettings("h", 25, "a@b.example", ["c@d.example"], password="hunter2")
    assert "hunter2" not in repr(settings)


# --- delivery ------------------------------------------------------------------------


def test_plain_delivery_reaches_every_recipient(
    inbox: Inbox, plain_server: LoopbackController
) -> None:
    settings = settings_for(plain_server)
    send_message(digest_message(settings), settings)
    [got] = inbox.messages
    assert got["mail_from"] == "ldn-watch@watch.example"
    assert got["rcpt_tos"] == RECIPIENTS
    received = parse(got["content"])
    assert received.get_content_type() == "multipart/alternative"
    assert str(received["Subject"]) == sample_context().subject
    assert not got["tls"] and not got["authenticated"]


def test_login_without_tls_when_server_allows(
    inbox: Inbox, plain_server: LoopbackController
) -> None:
    settings = settings_for(plain_server, username=USER, password=PASSWORD)
    send_message(digest_message(settings), settings)
    assert inbox.logins == [(USER, PASSWORD)]
    assert inbox.messages[0]["authenticated"]


def test_wrong_password_is_one_delivery_error_line(
    inbox: Inbox, plain_server: LoopbackController
) -> None:
    settings = settings_for(plain_server, username=USER, password="wrong")
    with pytest.raises(DeliveryError) as caught:
        send_message(digest_message(settings), settings)
    message = str(caught.value)
    assert message.startswith(f"SMTP 127.0.0.1:{plain_server.port} rejected the login for ldn-bot")
    assert "535" in message and message.endswith(RETRY_NOTE) and "\n" not in message
    assert inbox.messages == []


def test_starttls_with_login(
    inbox: Inbox, starttls_server: LoopbackController, certificate
) -> None:
    settings = settings_for(
        starttls_server,
        security="starttls",
        username=USER,
        password=PASSWORD,
        ca_file=certificate[0],
    )
    send_message(digest_message(settings), settings)
    [got] = inbox.messages
    assert got["tls"] and got["authenticated"]
    assert got["rcpt_tos"] == RECIPIENTS


def test_starttls_rejects_an_untrusted_certificate(
    inbox: Inbox, starttls_server: LoopbackController
) -> None:
    settings = settings_for(starttls_server, security="starttls")
    with pytest.raises(DeliveryError, match="certificate that failed verification"):
        send_message(digest_message(settings), settings)
    assert inbox.messages == []


def test_starttls_against_a_server_without_it(plain_server: LoopbackController) -> None:
    settings = settings_for(plain_server, security="starttls")
    with pytest.raises(DeliveryError, match=r"STARTTLS.*check \[email\] security"):
        send_message(digest_message(settings), settings)


def test_implicit_tls(inbox: Inbox, ssl_server: LoopbackController, certificate) -> None:
    settings = settings_for(ssl_server, security="ssl", ca_file=certificate[0])
    send_message(digest_message(settings), settings)
    assert inbox.messages[0]["tls"]


def test_partly_refused_recipients_fail_loudly(
    inbox: Inbox, plain_server: LoopbackController
) -> None:
    inbox.refuse = {RECIPIENTS[1]}
    settings = settings_for(plain_server)
    with pytest.raises(DeliveryError, match=rf"refused some recipients: {RECIPIENTS[1]} \(550"):
        send_message(digest_message(settings), settings)
    assert inbox.messages[0]["rcpt_tos"] == [RECIPIENTS[0]]


def test_all_recipients_refused(inbox: Inbox, plain_server: LoopbackController) -> None:
    inbox.refuse = set(RECIPIENTS)
    settings = settings_for(plain_server)
    with pytest.raises(DeliveryError, match="refused every recipient"):
        send_message(digest_message(settings), settings)


def test_refused_connection_is_one_delivery_error_line() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = SmtpSettings("127.0.0.1", port, "a@watch.example", RECIPIENTS, security="none")
    with pytest.raises(DeliveryError) as caught:
        send_message(digest_message(settings), settings)
    assert str(caught.value) == (
        f"SMTP 127.0.0.1:{port} refused the connection; the digest stays on disk "
        "and is sent on the next run"
    )
    assert caught.value.exit_code == 1
