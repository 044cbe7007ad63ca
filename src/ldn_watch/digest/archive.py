"""The digest folder: one file per digest and format, plus latest.html, index.html, feed.atom.

The folder is its own database: the index and the feed are rebuilt from the digest files
found there, so deleting an old digest removes it everywhere on the next run. Every file
is written to a temporary name and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import jinja2

from ldn_watch.digest.context import DigestContext
from ldn_watch.digest.feed import FeedEntry, entry_id, render_atom
from ldn_watch.digest.render import render_html, render_json, render_template, render_text
from ldn_watch.errors import ConfigError, DeliveryError

EXTENSIONS = {"html": "html", "text": "txt", "json": "json"}
DIGEST_FILE = re.compile(r"^digest-(\d{4}-\d\d-\d\dT\d{6}Z)\.(html|txt|json)$")
# atomic_write's temporary names: ".<final name>.<random>.tmp"
TEMP_FILE = re.compile(r"^\.(?:digest-[^/]+|latest\.html|index\.html|feed\.atom)\.[^/]+\.tmp$")
STAMP_FORMAT = "%Y-%m-%dT%H%M%SZ"
INDEX_TEMPLATE = "index.html.j2"


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
    """

    generated_at: datetime
    entries: list[IndexEntry]
    latest: str | None
    feed: str
    disclaimer: str


def stamp(moment: datetime) -> str:
    """``2026-11-30T070000Z``: sortable, colon-free (Windows, URLs), always UTC."""
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def digest_paths(out_dir: Path, generated_at: datetime, formats: Sequence[str]) -> list[Path]:
    """The files ``write_archive`` writes for a digest made at ``generated_at``, in order:
    the digest in each format, then latest.html (with HTML), index.html and feed.atom."""
    names = [
        f"digest-{stamp(generated_at)}.{EXTENSIONS[fmt]}" for fmt in EXTENSIONS if fmt in formats
    ]
    names += ["latest.html"] if "html" in formats else []
    return [out_dir / name for name in [*names, "index.html", "feed.atom"]]


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


def feed_entries(entries: Sequence[IndexEntry], base_url: str) -> list[FeedEntry]:
    """Index entries as Atom entries whose links resolve against ``base_url``."""
    result = []
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
    return result


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
    it the feed links to the files by ``file://`` URL.
    """
    unknown = sorted(set(formats) - set(EXTENSIONS))
    if unknown:
        raise ConfigError(
            f"digest formats: unknown {', '.join(unknown)}; use html, text and/or json"
        )
    renderers = {
        "html": lambda: render_html(ctx, env),
        "text": lambda: render_text(ctx, env),
        "json": lambda: render_json(ctx),
    }
    rendered = {fmt: renderers[fmt]() for fmt in EXTENSIONS if fmt in formats}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        base = base_url or out_dir.resolve().as_uri() + "/"
        if not base.endswith("/"):
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
        )
        index = out_dir / "index.html"
        atomic_write(index, render_template(env, INDEX_TEMPLATE, index_ctx))
        feed = out_dir / "feed.atom"
        atomic_write(
            feed,
            render_atom(
                feed_entries(entries, base),
                feed_url=urljoin(base, "feed.atom"),
                now=ctx.generated_at,
            ),
        )
    except OSError as e:
        where = e.filename or out_dir
        raise DeliveryError(
            f"cannot write the digest to {where}: {e.strerror or e}; "
            "check [digest] out_dir and its permissions"
        ) from e
    return ArchiveResult(digests=digests, latest=latest, index=index, feed=feed)
