"""From the store to the reader: choose what a digest carries, write it, email it once.

"New since the last digest" is exact because the store logs which version
(``material_seq``) of each record every digest carried: a record goes out once, and
again only as *updated* after a material change. A digest shows **studies**: the
pending records grouped by their study, one card each, a study "new" when no digest
carried any of its records. Emails are kept as bytes until the SMTP server accepts
them, so a failed send is retried, never rebuilt.

A digest is recorded ("writing") before its files are written and marked done
after; only a done digest carries its records and sends its email. A digest a
killed run left "writing" is removed (its files and its row) by the next delivery,
so its studies go out once, in the next digest, never in two.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from functools import partial
from pathlib import Path

from ldn_watch.assess.gaps import GapRule
from ldn_watch.config import DIGEST_FORMATS, DigestSettings, EmailSettings
from ldn_watch.digest import (
    DigestContext,
    SmtpSettings,
    build_context,
    build_message,
    make_environment,
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
from ldn_watch.digest.context import StudyInput, on_board
from ldn_watch.digest.mail import RETRY_NOTE, email_bodies
from ldn_watch.digest.render import page
from ldn_watch.errors import DeliveryError
from ldn_watch.model import GapState
from ldn_watch.net import Transient, bounded
from ldn_watch.store import DigestItem, Storage

log = logging.getLogger("ldn_watch.deliver")

GAP_STATUS_KEY = "last_digest_gap_status"
LEFT_TOPIC = "no longer on topic"  # the material change of a record that left the topic
CARD_PAGE = 100  # member records read at once while the study cards are made


@dataclass
class Selection:
    """What one digest carries: every record it logs, grouped into studies.

    ``items`` are the records logged as carried (a study's records, off-topic records,
    and updates of off-topic records no reader follows); ``studies`` the on-topic studies
    (and studies that just left the topic) shown as cards, without their records (the
    cards are made a page of studies at a time, see ``compose``); ``off_topic`` the new
    off-topic records, counted by reason.
    """

    items: list[DigestItem]
    studies: list[StudyInput] = field(default_factory=list)
    off_topic: Counter[str] = field(default_factory=Counter)

    @property
    def empty(self) -> bool:
        return not self.items

    @property
    def new(self) -> list[StudyInput]:
        return [s for s in self.studies if s.is_new]

    @property
    def updated(self) -> list[StudyInput]:
        return [s for s in self.studies if not s.is_new]


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


def _group(storage: Storage, items: Sequence[DigestItem]) -> Selection:
    """Pending items by study: one entry per study, never the same study twice.

    A study is new when every record of it is pending as new; a study whose registration
    went out last month and whose article arrives today is *updated*. No record is loaded
    here: each pending record's study and off-topic reason are read a chunk at a time
    (``Storage.placements``), off-topic records become counts by reason, and only the
    studies shown as cards are read; their records are read when the cards are made.
    """
    pending = {i.key: i for i in items}
    # A study that just left the topic is shown (as updated) like an on-topic one. Such
    # changes are rare: their studies are found first, so one pass settles every record.
    leaving = [i.key for i in items if i.kind == "updated" and LEFT_TOPIC in i.changes]
    left = {p.study for p in storage.placements(leaving) if p.study is not None}
    shown: set[str] = set()
    off_topic: Counter[str] = Counter()
    for place in storage.placements(list(pending)):
        kind = pending[place.key].kind
        if place.study is None:
            # Outside any study (not grouped yet, or deleted): counted, not shown.
            if kind == "new" and not place.on_topic:
                off_topic[place.off_topic_reason] += 1
        elif place.study_on_topic is None:
            continue  # its study is not stored (any more): neither shown nor counted
        elif place.study_on_topic or place.study in left:
            shown.add(place.study)
        elif kind == "new":
            # Off topic: new records are counted by reason; a change to a record that is
            # off topic, and was, is logged as carried but not shown (readers follow the
            # watch's studies, not every record the query finds).
            off_topic[place.off_topic_reason] += 1
    selection = Selection(items=list(items), off_topic=off_topic)
    for study in sorted(storage.studies(shown), key=lambda s: s.id):
        keys = [k for k, _ in study.members]
        here = [k for k in keys if k in pending]
        new = {k for k in here if pending[k].kind == "new"}
        changes = {k: list(pending[k].changes) for k in here if pending[k].kind == "updated"}
        is_new = all(k in new for k in keys)
        leaves = any(LEFT_TOPIC in whats for whats in changes.values())
        if study.on_topic or (leaves and not is_new):
            selection.studies.append(
                StudyInput(study=study, records=[], new=new, changes=changes, is_new=is_new)
            )
        else:  # named as leaving by a record it does not list: off topic after all
            off_topic.update(p.off_topic_reason for p in storage.placements(sorted(new)))
    return selection


def select_pending(storage: Storage) -> Selection:
    """Records no digest has carried, and carried ones that changed materially since."""
    # A member of a study that is not pending went out in an earlier digest.
    return _group(storage, storage.pending_digest_items())


def select_since(storage: Storage, since: datetime) -> Selection:
    """Everything stored or changed since a date, as a preview or a resend."""
    items: list[DigestItem] = []
    for key, first_seen, last_changed in storage.record_times():
        if first_seen >= since:
            items.append(DigestItem(key, "new", 0))
        elif last_changed >= since:
            items.append(
                DigestItem(key, "updated", 0, ("changed since " + since.date().isoformat(),))
            )
    # A study is new when all its records are: records stored before ``since`` are not
    # "new" items, so a study with one of them is updated.
    return _group(storage, items)


def with_records(storage: Storage, studies: Sequence[StudyInput]) -> Iterator[StudyInput]:
    """The studies with their stored records in member order, read a page of studies at a
    time: a record pending in this digest even if deleted, any other member unless deleted.

    Made for ``build_context``, which turns each into its card before the next page is
    read, so the records of a large backlog are never in memory at once.
    """
    for batch in _pages(studies, CARD_PAGE):
        keys = [k for s in batch for k, _ in s.study.members]
        here = {k for s in batch for k in (*s.new, *s.changes)}  # pending in this digest
        by_key = {r.key: r for r in storage.records(sorted(here), include_deleted=True)}
        for r in storage.records([k for k in keys if k not in here]):
            by_key.setdefault(r.key, r)
        for item in batch:
            records = [by_key[k] for k, _ in item.study.members if k in by_key]
            yield replace(item, records=records)


def _pages(studies: Sequence[StudyInput], size: int) -> Iterator[list[StudyInput]]:
    """Studies in order, as few per page as add up to ``size`` member records (a study
    larger than that is a page of its own)."""
    page: list[StudyInput] = []
    count = 0
    for item in studies:
        if page and count + len(item.study.members) > size:
            yield page
            page, count = [], 0
        page.append(item)
        count += len(item.study.members)
    if page:
        yield page


def compose(
    storage: Storage,
    selection: Selection,
    *,
    states: Sequence[GapState],
    rules: Sequence[GapRule],
    period_start: datetime | None,
    now: datetime,
    settings: DigestSettings | None = None,
) -> DigestContext:
    """The digest's context: the selection as study cards, the gap board, the verdict."""
    previous = storage.get_meta(GAP_STATUS_KEY)
    # The board shows a few studies under each gap: only those are read.
    listed = on_board(states, {s.study.id for s in selection.studies if s.is_new})
    board = {s.id: s for s in storage.studies(sorted(listed))}
    lead_keys = {s.lead: s.id for s in board.values() if s.lead}
    leads = {lead_keys[s.key]: s for s in storage.records(list(lead_keys))}
    digest = settings or DigestSettings(
        out_dir=Path("."), formats=DIGEST_FORMATS, template_dir=None
    )
    return build_context(
        gaps=states,
        rules={r.id: r for r in rules},
        studies=selection.studies,
        with_records=lambda studies: with_records(storage, studies),
        off_topic_reasons=selection.off_topic,
        board=board,
        leads=leads,
        period_start=period_start,
        period_end=now,
        now=now,
        previous_status=json.loads(previous) if previous else None,
        wording=digest.wording,
        max_items=digest.max_items,
        base_url=digest.base_url,
        formats=digest.formats,
    )


def render(ctx: DigestContext, fmt: str, template_dir: Path | None) -> str:
    """One format of the digest: HTML within its size budget, text with the same cards,
    JSON with every study the digest carries."""
    if fmt == "json":
        return render_json(ctx)
    env = make_environment(template_dir)
    fitted, html = page(ctx, env)
    return html if fmt == "html" else render_text(fitted, env)


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
        html, text = email_bodies(ctx, env)  # the HTML part within what mail clients show
        message = bytes(build_message(ctx, html, text, smtp_settings(email_settings)))
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
        sum(selection.off_topic.values()),
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


def _send(msg: EmailMessage, smtp: SmtpSettings, cancel: threading.Event | None) -> None:
    """``send_message``, waited for in a cancellable way when ``cancel`` is given."""
    if cancel is None:
        send_message(msg, smtp)
        return
    # every SMTP step has its own timeout; this only bounds the sum of them
    deadline = 8 * smtp.timeout + smtp.data_timeout
    try:
        bounded(partial(send_message, msg, smtp), deadline=deadline, cancel=cancel)
    except Transient as e:
        raise DeliveryError(f"SMTP {smtp.host}:{smtp.port} {e}; {RETRY_NOTE}") from e


def send_pending(
    storage: Storage, settings: EmailSettings, cancel: threading.Event | None = None
) -> tuple[list[str], DeliveryError | None]:
    """Send every queued digest email, oldest first; stop at the first failure.

    ``cancel`` (the service's SIGTERM) stops waiting on the SMTP server at once with
    ``CancelledError``: the email stays queued and the next run sends it (a server that
    had already taken it then delivers it twice, which beats a reader never getting it).
    """
    smtp = smtp_settings(settings)
    sent: list[str] = []
    for digest_id, subject, raw in storage.pending_emails():
        msg = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.SMTP)
        try:
            _send(msg, smtp, cancel)
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
