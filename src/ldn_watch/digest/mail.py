"""Send a digest by SMTP: multipart/alternative (text, then HTML), STARTTLS, SSL or plain.

Every failure of the network, TLS or the server becomes one DeliveryError line that
names the server and says that nothing is lost: the digest is already on disk.

Two timeouts: ``timeout`` for connecting, the greeting, STARTTLS, login and each
command, and ``data_timeout`` for the DATA phase, whose final reply a server may
send only after scanning and queueing the message (RFC 5321 4.5.3.2 gives it 10
minutes). Cutting that wait short makes a slow server's accepted mail look failed,
and the retry on the next run a duplicate.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any, Literal

import jinja2

from ldn_watch.digest.context import DigestContext
from ldn_watch.digest.render import fit, render_html, render_text
from ldn_watch.errors import ConfigError, DeliveryError

Security = Literal["starttls", "ssl", "none"]
# Gmail clips a message whose HTML passes ~102 KB; the encoded HTML part stays under this.
EMAIL_HTML_BUDGET = 100_000
RETRY_NOTE = "the digest stays on disk and is sent on the next run"


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server and whom to write to.

    ``password`` comes from LDN_WATCH_SMTP_PASSWORD (the caller reads it) and is kept out
    of ``repr`` so it never lands in a log. ``ca_file`` adds a CA to trust, for servers with
    a private or self-signed certificate.
    """

    host: str
    port: int
    sender: str
    recipients: Sequence[str]
    security: Security = "starttls"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    ca_file: Path | None = None
    data_timeout: float = 600.0  # waiting for the reply to the message itself


class _SMTP(smtplib.SMTP):
    """``data()`` with its own, longer socket timeout."""

    data_timeout: float = 600.0
    in_data: bool = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        _before_data(self)
        return super().data(msg)


class _SMTP_SSL(smtplib.SMTP_SSL):
    """``data()`` with its own, longer socket timeout, over implicit TLS."""

    data_timeout: float = 600.0
    in_data: bool = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        _before_data(self)
        return super().data(msg)


def _before_data(client: _SMTP | _SMTP_SSL) -> None:
    if client.sock is not None:
        client.sock.settimeout(client.data_timeout)
    client.in_data = True


def build_message(ctx: DigestContext, html: str, text: str, settings: SmtpSettings) -> EmailMessage:
    """The digest as an email: text part first, HTML second (clients show the last they can)."""
    if not settings.recipients:
        raise ConfigError("email is enabled but [email] to is empty; add at least one address")
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = ctx.subject
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Date"] = format_datetime(ctx.generated_at)
    msg["Message-ID"] = make_msgid(idstring="ldn-watch", domain=_domain(settings.sender))
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot
    # Quoted-printable keeps both parts 7-bit clean for any relay and readable in the raw.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def html_part_size(html: str) -> int:
    """Bytes of the HTML part as it goes over the wire (quoted-printable, CRLF line ends,
    its own headers included: a slight overestimate, never an under-)."""
    part = EmailMessage(policy=SMTP)
    part.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return len(part.as_bytes())


def email_bodies(
    ctx: DigestContext, env: jinja2.Environment, budget: int = EMAIL_HTML_BUDGET
) -> tuple[str, str]:
    """(HTML, text) for the email: as many cards in full as keep the HTML part within
    ``budget`` bytes once encoded; the text part shows the same cards."""
    fitted, html = fit(ctx, lambda c: render_html(c, env), budget, html_part_size)
    return html, render_text(fitted, env)


def _domain(sender: str) -> str | None:
    """The sender's domain for Message-ID; None lets the stdlib use the host name."""
    try:
        domain = Address(addr_spec=sender).domain
    except (ValueError, IndexError):
        domain = sender.rpartition("@")[2]
    return domain or None


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)


def _reason(e: BaseException, settings: SmtpSettings, *, in_data: bool = False) -> str:
    """A short, human reason for one failure, with the server's own words where it has some."""
    if isinstance(e, ConnectionRefusedError):
        return "refused the connection"
    if isinstance(e, socket.gaierror):
        return f"could not be resolved ({e.strerror})"
    if isinstance(e, TimeoutError):
        if in_data:
            return (
                f"did not confirm the message within {settings.data_timeout:g} s "
                "(it may still deliver it)"
            )
        return f"did not answer within {settings.timeout:g} s"
    if isinstance(e, ssl.SSLCertVerificationError):
        return f"presented a certificate that failed verification ({e.verify_message})"
    if isinstance(e, ssl.SSLError):
        return f"failed the TLS handshake ({e.reason or e})"
    if isinstance(e, smtplib.SMTPNotSupportedError):
        return f"lacks a feature these settings need ({str(e).rstrip('.')}); check [email] security"
    if isinstance(e, smtplib.SMTPAuthenticationError):
        return f"rejected the login for {settings.username} ({_server_words(e)})"
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(f"{who} ({_server_words(why)})" for who, why in e.recipients.items())
        return f"refused every recipient: {refused}"
    if isinstance(e, smtplib.SMTPSenderRefused):
        return f"refused the sender {settings.sender} ({_server_words(e)})"
    if isinstance(e, smtplib.SMTPResponseException):
        return f"answered {_server_words(e)}"
    if isinstance(e, smtplib.SMTPServerDisconnected):
        return f"closed the connection ({e or 'no reason given'})"
    return f"failed ({type(e).__name__}: {e})"


def _server_words(e: smtplib.SMTPResponseException | tuple[int, bytes]) -> str:
    """``535 5.7.8 Authentication credentials invalid`` from an exception or a (code, msg) pair."""
    code, message = (
        (e.smtp_code, e.smtp_error) if isinstance(e, smtplib.SMTPResponseException) else e
    )
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}"


def send_message(msg: EmailMessage, settings: SmtpSettings) -> None:
    """Deliver ``msg`` to every recipient; any failure is one DeliveryError line.

    Partial refusal is a failure too: a recipient who silently misses the digest is worse
    than one who gets it twice when the next run resends it.
    """
    where = f"SMTP {settings.host}:{settings.port}"
    client: _SMTP | _SMTP_SSL | None = None
    try:
        if settings.security == "ssl":
            client = _SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout,
                context=_tls_context(settings),
            )
        else:
            client = _SMTP(settings.host, settings.port, timeout=settings.timeout)
        client.data_timeout = settings.data_timeout
        with client:
            if settings.security == "starttls":
                client.starttls(context=_tls_context(settings))
            if settings.username:
                client.login(settings.username, settings.password or "")
            refused = client.send_message(msg, to_addrs=list(settings.recipients))
    except (smtplib.SMTPException, OSError) as e:  # ssl.SSLError and socket errors are OSError
        in_data = client is not None and client.in_data
        reason = " ".join(_reason(e, settings, in_data=in_data).split())  # one line
        raise DeliveryError(f"{where} {reason}; {RETRY_NOTE}") from e
    if refused:
        who = ", ".join(f"{addr} ({_server_words(why)})" for addr, why in refused.items())
        raise DeliveryError(f"{where} refused some recipients: {who}; {RETRY_NOTE}")
