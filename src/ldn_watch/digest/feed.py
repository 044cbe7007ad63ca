"""An Atom feed (RFC 4287) of the digests, for readers who prefer a feed reader to email.

Built with ElementTree rather than a template so the XML is well-formed whatever a
title contains.
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
    """One digest in the feed.

    Attributes:
        id: a permanent IRI, e.g. from :func:`entry_id`.
        title: the digest's subject line.
        updated: when the digest was generated (timezone-aware).
        link: absolute URL of the digest (HTML if written).
        summary: one plain-text line, or None.
    """

    id: str
    title: str
    updated: datetime
    link: str
    summary: str | None = None


def entry_id(generated_at: datetime) -> str:
    """``tag:ldn-watch,2017:digest-2026-11-30T070000Z``: one id per digest, forever."""
    return f"tag:{TAG_AUTHORITY}:digest-{generated_at.astimezone(UTC):%Y-%m-%dT%H%M%SZ}"


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
    feed_url: str,
    now: datetime,
    title: str = "ldn-watch digests",
    feed_id: str | None = None,
) -> str:
    """The feed as an XML string, newest entry first.

    ``feed_url`` is the feed's own absolute URL (``rel="self"``) and, unless ``feed_id`` is
    given, its id. ``updated`` is the newest entry's time, so an unchanged feed stays
    byte-identical; ``now`` is used only when there is no entry yet.
    """
    if not urlsplit(feed_url).scheme:
        raise ValueError(f"feed_url must be absolute, got {feed_url!r}")
    ordered = sorted(entries, key=lambda e: e.updated, reverse=True)
    # The default namespace as a plain attribute: no ET.register_namespace (process-wide).
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _text(feed, "title", title)
    _text(
        feed,
        "subtitle",
        "Low-dose naltrexone and depression: new studies and the gaps left by the 2017 pilot",
    )
    _text(feed, "id", feed_id or feed_url)
    _text(feed, "updated", _rfc3339(ordered[0].updated if ordered else now))
    ET.SubElement(feed, "link", {"rel": "self", "href": feed_url})
    author = ET.SubElement(feed, "author")
    _text(author, "name", "ldn-watch")
    _text(feed, "generator", "ldn-watch")
    for item in ordered:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "id", item.id)
        _text(entry, "title", item.title)
        _text(entry, "updated", _rfc3339(item.updated))
        link_type = "text/html" if item.link.endswith(".html") else None
        attrs = {"rel": "alternate", "href": item.link} | ({"type": link_type} if link_type else {})
        ET.SubElement(entry, "link", attrs)
        if item.summary:
            _text(entry, "summary", item.summary)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
