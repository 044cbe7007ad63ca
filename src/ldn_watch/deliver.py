"""From the store to the reader: choose what a digest carries, write it, email it once.

"New since the last digest" is exact because the store logs which version
(``material_seq``) of each article every digest carried: an article goes out once,
and again only as *updated* after a material change. Emails are kept as bytes
until the SMTP server accepts them, so a failed send is retried, never rebuilt.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from ldn_watch.assess.gaps import GapRule
from ldn_watch.config import EmailSettings
from ldn_watch.digest import (
    DigestContext,
    SmtpSettings,
    build_context,
    build_message,
    make_environment,
    render_html,
    render_json,
    render_text,
    send_message,
    write_archive,
)
from ldn_watch.digest.archive import atomic_write
from ldn_watch.errors import DeliveryError
from ldn_watch.model import GapState, StoredArticle
from ldn_watch.store import DigestItem, Storage

log = logging.getLogger("ldn_watch.deliver")

GAP_STATUS_KEY = "last_digest_gap_status"


@dataclass
class Selection:
    """What one digest carries."""

    items: list[DigestItem]
    new: list[StoredArticle] = field(default_factory=list)
    updated: list[tuple[StoredArticle, list[str]]] = field(default_factory=list)
    off_topic: list[StoredArticle] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items


@dataclass
class DeliveryOutcome:
    files: list[Path] = field(default_factory=list)
    digest_id: int | None = None
    sent: list[str] = field(default_factory=list)  # subjects of emails that went out
    error: DeliveryError | None = None


def smtp_settings(settings: EmailSettings) -> SmtpSettings:
    return SmtpSettings(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.sender,
        recipients=list(settings.to),
        security=settings.security,  # type: ignore[arg-type]
        username=settings.username,
        password=settings.password,
        timeout=settings.timeout,
    )


def _is_on_topic(s: StoredArticle) -> bool:
    return s.on_topic


def select_pending(storage: Storage, stored: Sequence[StoredArticle]) -> Selection:
    """Records no digest has carried, and carried ones that changed materially since."""
    by_key = {s.key: s for s in stored}
    items = storage.pending_digest_items()
    if any(i.key not in by_key for i in items):  # deleted records are not in ``stored``
        extra = storage.records([i.key for i in items if i.key not in by_key], include_deleted=True)
        by_key.update({s.key: s for s in extra})
    selection = Selection(items=items)
    for item in items:
        s = by_key[item.key]
        if item.kind == "updated":
            # A change to a record that is off topic, and was, is logged as carried but
            # not shown: readers follow LDN-depression studies, not every naltrexone paper.
            if _is_on_topic(s) or "no longer on topic" in item.changes:
                selection.updated.append((s, list(item.changes)))
        elif _is_on_topic(s):
            selection.new.append(s)
        else:
            selection.off_topic.append(s)
    return selection


def select_since(stored: Sequence[StoredArticle], since: datetime) -> Selection:
    """Everything stored or changed since a date, as a preview or a resend."""
    selection = Selection(items=[])
    for s in stored:
        if s.first_seen >= since:
            (selection.new if _is_on_topic(s) else selection.off_topic).append(s)
        elif s.last_changed >= since:
            selection.updated.append((s, ["changed since " + since.date().isoformat()]))
    selection.items = [DigestItem(s.key, "new", 0) for s in selection.new + selection.off_topic]
    return selection


def compose(
    storage: Storage,
    selection: Selection,
    *,
    states: Sequence[GapState],
    rules: Sequence[GapRule],
    stored: Sequence[StoredArticle],
    period_start: datetime | None,
    now: datetime,
) -> DigestContext:
    previous = storage.get_meta(GAP_STATUS_KEY)
    return build_context(
        gaps=states,
        rules={r.id: r for r in rules},
        new=selection.new,
        updated=selection.updated,
        off_topic=selection.off_topic,
        period_start=period_start,
        period_end=now,
        now=now,
        evidence=[s for s in stored if _is_on_topic(s)],
        previous_status=json.loads(previous) if previous else None,
    )


def render(ctx: DigestContext, fmt: str, template_dir: Path | None) -> str:
    if fmt == "json":
        return render_json(ctx)
    env = make_environment(template_dir)
    return render_html(ctx, env) if fmt == "html" else render_text(ctx, env)


def publish(
    storage: Storage,
    ctx: DigestContext,
    selection: Selection,
    *,
    out_dir: Path,
    formats: Sequence[str],
    template_dir: Path | None,
    email_settings: EmailSettings | None,
    base_url: str | None = None,
) -> DeliveryOutcome:
    """Write the digest files, log what it carried and queue its email (if any)."""
    env = make_environment(template_dir)
    archive = write_archive(out_dir, ctx, env, list(formats), base_url=base_url)
    message = None
    if email_settings is not None:
        msg = build_message(
            ctx, render_html(ctx, env), render_text(ctx, env), smtp_settings(email_settings)
        )
        message = bytes(msg)
    digest_id = storage.record_digest(
        subject=ctx.subject,
        period_start=ctx.period_start,
        period_end=ctx.generated_at,
        files=archive.paths,
        items=selection.items,
        message=message,
    )
    storage.set_meta(GAP_STATUS_KEY, json.dumps({g.id: g.status for g in ctx.gaps}))
    log.info(
        "digest written digest_id=%d new=%d updated=%d off_topic=%d files=%s",
        digest_id,
        len(selection.new),
        len(selection.updated),
        len(selection.off_topic),
        archive.digests.get("html") or next(iter(archive.digests.values()), None),
    )
    return DeliveryOutcome(files=archive.paths, digest_id=digest_id)


def send_pending(
    storage: Storage, settings: EmailSettings
) -> tuple[list[str], DeliveryError | None]:
    """Send every queued digest email, oldest first; stop at the first failure."""
    smtp = smtp_settings(settings)
    sent: list[str] = []
    for digest_id, subject, raw in storage.pending_emails():
        msg = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.SMTP)
        try:
            send_message(msg, smtp)
        except DeliveryError as e:
            storage.mark_email_failed(digest_id, str(e))
            log.info("email failed digest_id=%d error=%s", digest_id, e)
            return sent, e
        storage.mark_email_sent(digest_id, smtp.recipients)
        log.info(
            "email sent digest_id=%d to=%s subject=%r",
            digest_id,
            ",".join(smtp.recipients),
            subject,
        )
        sent.append(subject)
    return sent, None


def write_text_file(path: Path, text: str) -> None:
    """`digest --out`: written whole or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text)
    except OSError as e:
        raise DeliveryError(f"cannot write {path}: {e.strerror or e}") from e
