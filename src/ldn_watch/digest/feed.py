"""An Atom feed (RFC 4287) of the digests and their studies, for feed readers.

Each digest is an entry, and so is each study a digest carried: one entry per study, its
id a tag URI made from the study id (stable across runs), its ``updated`` the time of the
last digest that carried a change to it. Built with ElementTree rather than a template so
the XML is well-formed whatever a title contains.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

ATOM_NS = "http://www.w3.org/2005/Atom"
# RFC 4151 tag authority: stable across hosts and file moves, unlike a URL.
TAG_AUTHORITY = "ldn-watch,2017"


@dataclass(frozen=True)
class FeedEntry:
    """One digest, or one study, in the feed.

    Attributes:
        id: a permanent IRI, from :func:`entry_id` or :func:`study_entry_id`.
        title: the digest's subject line, or the study's title.
        updated: when the digest was generated (timezone-aware).
        link: URL of the digest (HTML if written), or of the study's card in it; absolute
            with ``base_url``, else relative to the feed.
        summary: one plain-text line, or None.
        related: (title, URL) of the study's records, as ``rel="related"`` links.
        category: "digest" or "study".
    """

    id: str
    title: str
    updated: datetime
    link: str
    summary: str | None = None
    related: tuple[tuple[str, str], ...] = ()
    category: str = "digest"


def entry_id(generated_at: datetime) -> str:
    """``tag:ldn-watch,2017:digest-2026-11-30T070000Z``: one id per digest, forever."""
    return f"tag:{TAG_AUTHORITY}:digest-{generated_at.astimezone(UTC):%Y-%m-%dT%H%M%SZ}"


def study_entry_id(study_id: str) -> str:
    """``tag:ldn-watch,2017:study/ctgov:NCT01874951``: one id per study, whatever the run.

    RFC 4151 allows ``:`` and ``/`` in the specific part, so the study id goes in as is.
    """
    return f"tag:{TAG_AUTHORITY}:study/{study_id}"


FEED_ID = f"tag:{TAG_AUTHORITY}:feed"


def _rfc3339(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("Atom needs timezone-aware datetimes")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def render_atom(
    entries: Sequence[FeedEntry],
    *,
    feed_url: str | None,
    now: datetime,
    title: str = "ldn-watch digests",
    subtitle: str | None = None,
    feed_id: str | None = None,
) -> str:
    """The feed as an XML string, newest entry first (a digest before its studies).

    ``feed_url`` is the feed's own absolute URL (``rel="self"``) and, unless ``feed_id`` is
    given, its id. Without one (no ``[digest] base_url``) the feed has a tag id and no self
    link, and entry links stay relative to the feed: they resolve wherever the folder is
    served. ``updated`` is the newest entry's time, so an unchanged feed stays
    byte-identical; ``now`` is used only when there is no entry yet.
    """
    if feed_url is not None and not urlsplit(feed_url).scheme:
        raise ValueError(f"feed_url must be absolute, got {feed_url!r}")
    ordered = sorted(entries, key=lambda e: e.updated, reverse=True)
    # The default namespace as a plain attribute: no ET.register_namespace (process-wide).
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _text(feed, "title", title)
    if subtitle:
        _text(feed, "subtitle", subtitle)
    _text(feed, "id", feed_id or feed_url or FEED_ID)
    _text(feed, "updated", _rfc3339(ordered[0].updated if ordered else now))
    if feed_url is not None:
        ET.SubElement(feed, "link", {"rel": "self", "href": feed_url})
    author = ET.SubElement(feed, "author")
    _text(author, "name", "ldn-watch")
    _text(feed, "generator", "ldn-watch")
    for item in ordered:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "id", item.id)
        _text(entry, "title", item.title)
        _text(entry, "updated", _rfc3339(item.updated))
        path = item.link.partition("#")[0]
        link_type = "text/html" if path.endswith(".html") else None
        attrs = {"rel": "alternate", "href": item.link} | ({"type": link_type} if link_type else {})
        ET.SubElement(entry, "link", attrs)
        for label, href in item.related:
            ET.SubElement(entry, "link", {"rel": "related", "href": href, "title": label})
        ET.SubElement(entry, "category", {"term": item.category})
        if item.summary:
            _text(entry, "summary", item.summary)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
