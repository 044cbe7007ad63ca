"""The digest folder: one file per digest and format, plus latest.html, index.html, feed.atom.

The folder is its own database: the index and the feed are rebuilt from the digest files
found there (the feed's study entries from the digests' JSON), so deleting an old digest
removes it everywhere on the next run. Every file is written to a temporary name and
renamed, so a crash never leaves half a file. The HTML digest stays under
``render.HTML_BUDGET`` bytes whatever the backlog; its JSON lists every study.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import jinja2

from ldn_watch.digest.context import STAMP_FORMAT, DigestContext, stamp
from ldn_watch.digest.feed import FeedEntry, entry_id, render_atom, study_entry_id
from ldn_watch.digest.render import page, render_json, render_template, render_text
from ldn_watch.errors import ConfigError, DeliveryError

EXTENSIONS = {"html": "html", "text": "txt", "json": "json"}
DIGEST_FILE = re.compile(r"^digest-(\d{4}-\d\d-\d\dT\d{6}Z)\.(html|txt|json)$")
# atomic_write's temporary names: ".<final name>.<random>.tmp"
TEMP_FILE = re.compile(r"^\.(?:digest-[^/]+|latest\.html|index\.html|feed\.atom)\.[^/]+\.tmp$")
INDEX_TEMPLATE = "index.html.j2"
FEED_STUDIES = 200  # study entries in the feed: the most recently changed
__all__ = ["ArchiveResult", "IndexContext", "IndexEntry", "atomic_write", "stamp", "write_archive"]


@dataclass(frozen=True)
class ArchiveResult:
    """What ``write_archive`` wrote.

    Attributes:
        digests: format ("html", "text", "json") -> the digest file.
        latest: latest.html, None if HTML is not among the formats.
        index: index.html.
        feed: feed.atom.
    """

    digests: dict[str, Path]
    latest: Path | None
    index: Path
    feed: Path

    @property
    def paths(self) -> list[Path]:
        """Every file written, digests first."""
        extra = [self.latest] if self.latest else []
        return [*self.digests.values(), *extra, self.index, self.feed]


@dataclass(frozen=True)
class IndexEntry:
    """One digest on the index page.

    Attributes:
        generated_at: when the digest was made.
        subject: its subject line, None if it could not be read back.
        summary: its one-line summary, None if it could not be read back.
        html: file name of the HTML digest, None if not written.
        text: file name of the text digest, None if not written.
        json: file name of the JSON digest, None if not written.
    """

    generated_at: datetime
    subject: str | None
    summary: str | None
    html: str | None
    text: str | None
    json: str | None


@dataclass(frozen=True)
class IndexContext:
    """The index page's template context.

    Attributes:
        generated_at: when the index was written.
        entries: every digest in the folder, newest first.
        latest: "latest.html" if it exists, else None.
        feed: the feed's file name.
        disclaimer: the off-label note.
        name: what the watch is about, e.g. "low-dose naltrexone in depression".
    """

    generated_at: datetime
    entries: list[IndexEntry]
    latest: str | None
    feed: str
    disclaimer: str
    name: str = ""


def digest_paths(out_dir: Path, generated_at: datetime, formats: Sequence[str]) -> list[Path]:
    """The files ``write_archive`` writes for a digest made at ``generated_at``, in order:
    the digest in each format, then latest.html (with HTML), index.html and feed.atom."""
    names = _digest_names(generated_at, formats)
    names += ["latest.html"] if "html" in formats else []
    return [out_dir / name for name in [*names, "index.html", "feed.atom"]]


def unused_moment(out_dir: Path, moment: datetime) -> datetime:
    """``moment``, or the first second after it whose digest files ``out_dir`` does not hold.

    Digest files are named to the second: a second digest within the same second (or
    after the clock was set back) would otherwise replace one a reader already has.
    """
    while any((out_dir / name).exists() for name in _digest_names(moment, list(EXTENSIONS))):
        moment += timedelta(seconds=1)
    return moment


def _digest_names(generated_at: datetime, formats: Sequence[str]) -> list[str]:
    return [
        f"digest-{stamp(generated_at)}.{ext}" for fmt, ext in EXTENSIONS.items() if fmt in formats
    ]


def remove_stale_temp_files(out_dir: Path) -> list[str]:
    """Delete temporary files a killed write left in the folder; returns their names.

    Call it only while holding the run lock: then no write of ours is in progress.
    """
    removed: list[str] = []
    try:
        entries = list(out_dir.iterdir())
    except OSError:  # no folder yet, or unreadable: the write that follows will say so
        return removed
    for path in entries:
        if TEMP_FILE.match(path.name):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path.name)
    return removed


def atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and os.replace."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; digests are meant to be served and read
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


class _HeadReader(HTMLParser):
    """Reads <title> and <meta name="description"> back from a digest written earlier."""

    def __init__(self) -> None:
        super().__init__()
        self.title: str | None = None
        self.description: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and values.get("name") == "description":
            self.description = values.get("content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data


def _read_back(folder: Path, files: dict[str, str]) -> tuple[str | None, str | None]:
    """Subject and summary of an earlier digest: from its JSON, else its HTML head."""
    try:
        if "json" in files:
            data = json.loads((folder / files["json"]).read_text(encoding="utf-8"))
            return data.get("subject"), data.get("summary")
        if "html" in files:
            reader = _HeadReader()
            reader.feed((folder / files["html"]).read_text(encoding="utf-8"))
            title = reader.title.strip() if reader.title else None
            return title, reader.description
    except (OSError, ValueError):
        pass  # a damaged old digest still gets its line in the index, without a subject
    return None, None


def scan(folder: Path) -> list[IndexEntry]:
    """Every digest in ``folder``, newest first, grouped by timestamp across formats."""
    found: dict[str, dict[str, str]] = {}
    for path in folder.iterdir():
        match = DIGEST_FILE.match(path.name)
        if match:
            fmt = {"txt": "text"}.get(match[2], match[2])
            found.setdefault(match[1], {})[fmt] = path.name
    entries = []
    for key in sorted(found, reverse=True):
        files = found[key]
        subject, summary = _read_back(folder, files)
        entries.append(
            IndexEntry(
                generated_at=datetime.strptime(key, STAMP_FORMAT).replace(tzinfo=UTC),
                subject=subject,
                summary=summary,
                html=files.get("html"),
                text=files.get("text"),
                json=files.get("json"),
            )
        )
    return entries


def feed_entries(
    entries: Sequence[IndexEntry],
    base_url: str,
    folder: Path | None = None,
    studies: int = FEED_STUDIES,
) -> list[FeedEntry]:
    """Index entries as Atom entries whose links resolve against ``base_url`` ("" keeps
    them relative to the feed), each digest followed by the studies it carried.

    A study appears once, as the newest digest that carried it left it; only the
    ``studies`` most recent are kept. Study entries need the digests' JSON (``folder``).
    """
    result = []
    seen: set[str] = set()
    for e in entries:
        target = e.html or e.text or e.json
        if target is None:
            continue
        result.append(
            FeedEntry(
                id=entry_id(e.generated_at),
                title=e.subject or f"ldn-watch digest of {e.generated_at:%Y-%m-%d %H:%M} UTC",
                updated=e.generated_at,
                link=urljoin(base_url, target),
                summary=e.summary,
            )
        )
        if folder is None or e.json is None or len(seen) >= studies:
            continue
        cards, in_page = _cards(folder / e.json)
        for i, card in enumerate(cards):
            if len(seen) >= studies:
                break
            if not isinstance(card, dict) or card.get("id") in seen:
                continue
            seen.add(str(card["id"]))
            result.append(_study_entry(card, e, base_url, on_page=i < in_page))
    return result


def _cards(path: Path) -> tuple[list[Any], int]:
    """A JSON digest's study cards, and how many of the first ones its HTML page shows."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], 0  # a damaged old digest keeps its digest entry, without studies
    if not isinstance(data, dict) or not str(data.get("schema", "")).endswith("/2"):
        return [], 0  # schema 1 digests listed articles, not studies
    cards = data.get("studies")
    if not isinstance(cards, list):
        return [], 0
    more = data.get("more")
    hidden = more.get("count", 0) if isinstance(more, dict) else 0
    return cards, len(cards) - (hidden if isinstance(hidden, int) else 0)


def _study_entry(
    card: dict[str, Any], e: IndexEntry, base_url: str, *, on_page: bool = True
) -> FeedEntry:
    """A study as a feed entry: its card in the digest that last carried it (the HTML
    page's card if the page shows it in full, else the JSON that lists it)."""
    page_name = (e.html if on_page else None) or e.json or e.html or ""
    anchor = f"#{card.get('anchor')}" if on_page and e.html and card.get("anchor") else ""
    title = str(card.get("title") or card.get("label") or card["id"])
    if card.get("retracted"):
        title = f"Retracted: {title}"
    return FeedEntry(
        id=study_entry_id(str(card["id"])),
        title=title,
        updated=e.generated_at,
        link=urljoin(base_url, page_name) + anchor,
        summary=study_summary(card),
        related=tuple(
            (f"{r.get('role_label')}: {r.get('label')}", str(r["url"]))
            for r in card.get("records", [])
            if isinstance(r, dict) and r.get("url")
        ),
        category="study",
    )


def study_summary(card: dict[str, Any]) -> str:
    """One line for a study entry: state, design, size, doses, gaps, reasons, changes."""
    facts = [str(card.get("design") or "")]
    if card.get("n") is not None:
        facts.append(f"n = {card['n']}")
    if card.get("doses"):
        facts.append(str(card["doses"]))
    if card.get("co_medication"):
        facts.append(f"with {card['co_medication']}")
    parts = [
        ("New" if card.get("state") == "new" else "Updated")
        + ": "
        + ", ".join(f for f in facts if f),
        str(card.get("status_label") or ""),
    ]
    gaps = [f"{g['title']} ({g['label']})" for g in card.get("gaps", [])]
    if gaps:
        parts.append("gaps: " + "; ".join(gaps))
    near = [f"{g['title']}: {g['reason']}" for g in card.get("near_misses", [])]
    if near:
        parts.append("not met: " + "; ".join(near))
    if card.get("changes"):
        parts.append("changed: " + "; ".join(map(str, card["changes"])))
    records = card.get("records", [])
    parts.append(f"{len(records)} record{'s' if len(records) != 1 else ''}")
    return ". ".join(p for p in parts if p) + "."


def write_archive(
    out_dir: Path,
    ctx: DigestContext,
    env: jinja2.Environment,
    formats: Sequence[str],
    *,
    base_url: str | None = None,
) -> ArchiveResult:
    """Write this digest in ``formats``, then refresh latest.html, index.html and feed.atom.

    ``base_url`` is where the folder is published (e.g. "https://example.org/ldn/"); without
    it the feed's links are relative to the feed itself.
    """
    unknown = sorted(set(formats) - set(EXTENSIONS))
    if unknown:
        raise ConfigError(
            f"digest formats: unknown {', '.join(unknown)}; use html, text and/or json"
        )
    # HTML within its budget; the text shows the same cards; the JSON every study.
    fitted, html = page(ctx, env) if "html" in formats or "text" in formats else (ctx, "")
    renderers = {
        "html": lambda: html,
        "text": lambda: render_text(fitted, env),
        "json": lambda: render_json(ctx, shown=len(fitted.studies) if html else None),
    }
    rendered = {fmt: renderers[fmt]() for fmt in EXTENSIONS if fmt in formats}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # Without base_url the feed's links stay relative to the feed (never file:// URLs,
        # which feed readers mangle): they resolve wherever the folder is served.
        base = base_url or ""
        if base and not base.endswith("/"):
            base += "/"
        digests: dict[str, Path] = {}
        for fmt, body in rendered.items():
            path = out_dir / f"digest-{stamp(ctx.generated_at)}.{EXTENSIONS[fmt]}"
            atomic_write(path, body)
            digests[fmt] = path
        latest = None
        if "html" in rendered:
            latest = out_dir / "latest.html"
            atomic_write(latest, rendered["html"])
        entries = scan(out_dir)
        index_ctx = IndexContext(
            generated_at=ctx.generated_at,
            entries=entries,
            latest="latest.html" if (out_dir / "latest.html").exists() else None,
            feed="feed.atom",
            disclaimer=ctx.disclaimer,
            name=ctx.watch.name,
        )
        index = out_dir / "index.html"
        atomic_write(index, render_template(env, INDEX_TEMPLATE, index_ctx))
        feed = out_dir / "feed.atom"
        atomic_write(
            feed,
            render_atom(
                feed_entries(entries, base, out_dir),
                feed_url=urljoin(base, "feed.atom") if base else None,
                now=ctx.generated_at,
                subtitle=f"{ctx.watch.name}: new studies and the gaps left by {ctx.reference.label}",
            ),
        )
    except OSError as e:
        where = e.filename or out_dir
        raise DeliveryError(
            f"cannot write the digest to {where}: {e.strerror or e}; "
            "check [digest] out_dir and its permissions"
        ) from e
    return ArchiveResult(digests=digests, latest=latest, index=index, feed=feed)
