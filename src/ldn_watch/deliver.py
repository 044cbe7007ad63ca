"""From the store to the reader: choose what a digest carries, write it, email it once.

"New since the last digest" is exact because the store logs which version
(``material_seq``) of each article every digest carried: an article goes out once,
and again only as *updated* after a material change. Emails are kept as bytes
until the SMTP server accepts them, so a failed send is retried, never rebuilt.

A digest is recorded ("writing") before its files are written and marked done
after; only a done digest carries its articles and sends its email. A digest a
killed run left "writing" is removed (its files and its row) by the next delivery,
so its articles go out once, in the next digest, never in two.
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
from ldn_watch.digest.archive import (
    DIGEST_FILE,
    atomic_write,
    digest_paths,
    remove_stale_temp_files,
)
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
        data_timeout=settings.data_timeout,
    )


def _is_on_topic(s: StoredArticle) -> bool:
    return bool(s.assessment and s.assessment.facts.on_topic)


def select_pending(storage: Storage, stored: Sequence[StoredArticle]) -> Selection:
    """Articles no digest has carried, and carried ones that changed materially since."""
    by_pmid = {s.article.pmid: s for s in stored}
    items = storage.pending_digest_items()
    if any(i.pmid not in by_pmid for i in items):  # deleted records are not in ``stored``
        extra = storage.articles(
            [i.pmid for i in items if i.pmid not in by_pmid], include_deleted=True
        )
        by_pmid.update({s.article.pmid: s for s in extra})
    selection = Selection(items=items)
    for item in items:
        s = by_pmid[item.pmid]
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
    selection.items = [
        DigestItem(s.article.id, "new", 0) for s in selection.new + selection.off_topic
    ]
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
    """Record the digest, write its files, then mark it done (and queue its email).

    Recorded first: a run killed while writing leaves a "writing" digest that the next
    delivery removes (``recover``) instead of an unrecorded one that it would repeat.
    """
    env = make_environment(template_dir)
    out_dir = out_dir.expanduser().resolve()  # recorded paths survive a change of folder
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
        files=digest_paths(out_dir, ctx.generated_at, formats),
        items=selection.items,
        message=message,
        state="writing",
    )
    try:
        archive = write_archive(out_dir, ctx, env, list(formats), base_url=base_url)
    except BaseException:
        _discard(storage, digest_id, digest_paths(out_dir, ctx.generated_at, formats))
        raise
    gap_status = json.dumps({g.id: g.status for g in ctx.gaps})
    storage.finish_digest(digest_id, {GAP_STATUS_KEY: gap_status})
    log.info(
        "digest written digest_id=%d new=%d updated=%d off_topic=%d files=%s",
        digest_id,
        len(selection.new),
        len(selection.updated),
        len(selection.off_topic),
        archive.digests.get("html") or next(iter(archive.digests.values()), None),
    )
    return DeliveryOutcome(files=archive.paths, digest_id=digest_id)


def recover(storage: Storage, out_dir: Path) -> None:
    """Remove what a killed delivery left: "writing" digests and temporary files.

    Call it under the run lock, before selecting what the next digest carries.
    """
    for digest_id, files in storage.unfinished_digests():
        removed = _discard(storage, digest_id, [Path(f) for f in files])
        log.warning(
            "digest %d was left half written by a stopped run; removed it (%s); its "
            "articles go into the next digest",
            digest_id,
            ", ".join(removed) or "no files yet",
        )
    stale = remove_stale_temp_files(out_dir.expanduser())
    if stale:
        log.info("removed temporary files a stopped run left: %s", ", ".join(stale))


def _discard(storage: Storage, digest_id: int, files: Sequence[Path]) -> list[str]:
    """Delete a digest's own files (not latest/index/feed, which the next one rewrites),
    then its row; returns the names deleted. Files a finished digest recorded are kept
    (two digests made in one second share their names)."""
    finished = {str(f) for d in storage.digest_log(5) for f in d["files"]}
    removed = []
    for path in files:
        if DIGEST_FILE.match(path.name) and str(path) not in finished:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as e:
                raise DeliveryError(
                    f"cannot remove the half-written digest {path}: {e.strerror or e}; "
                    "check [digest] out_dir and its permissions"
                ) from e
            removed.append(path.name)
    storage.discard_digest(digest_id)
    return removed


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
