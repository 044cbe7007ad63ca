"""A local stand-in for Europe PMC's REST ``/search`` (JSON), for the demo and the tests.

It speaks the parts the watch uses: ``query`` (a simple boolean match over the record's
text: words, phrases, ``*``, AND/OR/NOT, parentheses; fielded ``SRC:``, ``PUB_YEAR:``,
and the date ranges ``FIRST_IDATE:[a TO b]``, ``FIRST_PDATE:[...]``,
``UPDATE_DATE:[...]`` with ``*`` for an open end; no synonyms or ranking),
``format=json`` (only), ``resultType`` (core and lite answer alike), ``pageSize``
(1-1000, default 25) and ``cursorMark`` paging: ``*`` starts, each answer's
``nextCursorMark`` continues. A cursor belongs to the query that minted it (another
query with it is refused with 400). Results come in first-index-date order.

How the end shows, as at Europe PMC: ``hitCount`` 0 has no ``nextCursorMark``; a page
that reaches the end still carries one, and asking with it gives an empty page whose
``nextCursorMark`` is the one sent (``last_page="repeat"``, the default). With
``last_page="absent"`` the page that reaches the end has no ``nextCursorMark``.

``UPDATE_DATE`` is the stand-in's own per-record date (``update``), so a test can
model a preprint that gains its journal link after it was first indexed.
Scripted faults and the request log come from ``JsonStandin``.
"""

from __future__ import annotations

import base64
import copy
import gzip
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files
from os import PathLike
from pathlib import Path
from typing import Any, Literal

from ldn_watch.sources._query import FieldCheck, Query, QuerySyntaxError
from ldn_watch.sources._standin import Answer, JsonStandin
from ldn_watch.sources.europepmc.client import MAX_PAGE_SIZE

__all__ = ["StandinEuropePmc"]

DEFAULT_PAGE_SIZE = 25
DEMO_FILE = "europepmc-demo.json"
_RANGE = re.compile(r"^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$", re.I)
_DATE_FIELDS = {"FIRST_IDATE", "FIRST_PDATE", "UPDATE_DATE"}


@dataclass
class _Entry:
    result: dict[str, Any]
    first_index: date
    updated: date
    text: str = ""  # what the query's words are matched against

    def __post_init__(self) -> None:
        self.text = _text(self.result)


class StandinEuropePmc(JsonStandin):
    """Europe PMC ``/search`` on 127.0.0.1 serving the results it was given.

    Use as a context manager; ``base_url``
    (``http://127.0.0.1:PORT/europepmc/webservices/rest/``) is what
    ``LDN_WATCH_EUROPEPMC_URL`` takes.
    """

    prefix = "/europepmc/webservices/rest/"
    thread_name = "standin-europepmc"

    def __init__(
        self, *, last_page: Literal["repeat", "absent"] = "repeat", **options: Any
    ) -> None:
        """``options``: ``stall_seconds``, ``trickle_seconds``, ``retry_after`` (``JsonStandin``)."""
        super().__init__(**options)
        self.last_page = last_page
        self._entries: dict[str, _Entry] = {}

    # -------------------------------------------------------------------- records
    def add_results(
        self,
        results: Iterable[Mapping[str, Any]],
        *,
        first_index: date | None = None,
        updated: date | None = None,
    ) -> list[str]:
        """Serve these core results; an id added again replaces the record.

        ``first_index`` sets ``firstIndexDate`` (in the JSON too); without it the
        record's own is used. ``updated`` (default: the first-index date) is what
        ``UPDATE_DATE`` ranges match.
        """
        added = []
        with self._lock:
            for result in results:
                rid = result.get("id")
                if not isinstance(rid, str) or not rid:
                    raise ValueError("result without an id")
                copied = copy.deepcopy(dict(result))
                if first_index is not None:
                    copied["firstIndexDate"] = first_index.isoformat()
                indexed = _iso(copied.get("firstIndexDate")) or date(2000, 1, 1)
                self._entries[rid] = _Entry(copied, indexed, updated or indexed)
                added.append(rid)
        return added

    def load(self, path: str | PathLike[str], **dates: Any) -> list[str]:
        """Serve the results of a JSON file (``.json`` or ``.json.gz``): a search answer,
        a list of answers (pages), or a list of results."""
        data = Path(path).read_bytes()
        if str(path).endswith(".gz"):
            data = gzip.decompress(data)
        doc = json.loads(data)
        docs = doc if isinstance(doc, list) else [doc]
        results: list[Mapping[str, Any]] = []
        for d in docs:
            if isinstance(d, Mapping) and isinstance(d.get("resultList"), Mapping):
                results += d["resultList"].get("result", [])
            elif isinstance(d, Mapping):
                results.append(d)
        return self.add_results(results, **dates)

    def load_demo(self, *, today: date | None = None) -> list[str]:
        """Serve the packaged demo preprint (``demo_data/europepmc-demo.json``, invented).
        A first-index date after ``today`` (default: the system date) becomes ``today``."""
        text = files("ldn_watch.demo_data").joinpath(DEMO_FILE).read_text(encoding="utf-8")
        today = today or date.today()
        added = []
        for result in json.loads(text)["resultList"]["result"]:
            indexed = _iso(result.get("firstIndexDate")) or today
            added += self.add_results([result], first_index=min(indexed, today))
        return added

    def replicate(
        self, n: int, *, first: int = 900_000_001, start: date = date(2024, 1, 1), days: int = 365
    ) -> list[str]:
        """Add ``n`` copies of the loaded records as new preprints (PPR9xxxxxxxx),
        first indexed evenly over ``days`` days from ``start``."""
        with self._lock:
            templates = [e.result for e in self._entries.values()]
        if not templates:
            raise ValueError("load some records before replicating them")
        added = []
        for i, template in zip(range(n), itertools.cycle(templates), strict=False):
            result = copy.deepcopy(template)
            result["id"] = f"PPR{first + i}"
            result["source"] = "PPR"
            result.pop("versionList", None)
            day = start + timedelta(days=(i * days) // max(n, 1))
            added += self.add_results([result], first_index=day)
        return added

    def update(self, rid: str, updated: date, changes: Mapping[str, Any] | None = None) -> None:
        """Europe PMC changed a record on ``updated`` (e.g. a "Preprint of" link arrived)."""
        with self._lock:
            entry = self._entries[rid]
            for key, value in (changes or {}).items():
                entry.result[key] = copy.deepcopy(value)
            entry.text = _text(entry.result)
            entry.updated = updated

    def result(self, rid: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._entries[rid].result)

    @property
    def ids(self) -> list[str]:
        with self._lock:
            return [rid for rid, _ in self._ordered()]

    # ------------------------------------------------------------------ answering
    def _ordered(self) -> list[tuple[str, _Entry]]:
        return sorted(self._entries.items(), key=lambda kv: (kv[1].first_index, kv[0]))

    def _answer(self, path: str, params: dict[str, str]) -> Answer:
        if path.rstrip("/") != "search":
            return Answer(404, {"message": f"no such endpoint: {path}"})
        if params.get("format", "xml").lower() != "json":
            return Answer(400, {"errMsg": "the stand-in answers format=json only"})
        try:
            size = int(params.get("pageSize") or DEFAULT_PAGE_SIZE)
        except ValueError:
            return Answer(400, {"errMsg": "pageSize must be a number"})
        if not 1 <= size <= MAX_PAGE_SIZE:
            return Answer(400, {"errMsg": f"pageSize must be between 1 and {MAX_PAGE_SIZE}"})
        text_query = params.get("query", "")
        if not text_query.strip():
            return Answer(400, {"errMsg": "query is required"})
        try:
            query = Query(text_query)
        except QuerySyntaxError as e:
            return Answer(400, {"errMsg": f"bad query: {e}"})
        signature = hashlib.sha256(text_query.encode()).hexdigest()[:12]
        cursor = params.get("cursorMark") or "*"
        offset = 0
        if cursor != "*":
            decoded = _decode(cursor)
            if decoded is None or decoded[1] != signature:
                return Answer(400, {"errMsg": f"invalid cursorMark for this query: {cursor}"})
            offset = decoded[0]
        try:
            with self._lock:
                hits = [
                    copy.deepcopy(e.result)
                    for _, e in self._ordered()
                    if query.matches(e.text, _field_check(e))
                ]
        except ValueError as e:
            return Answer(400, {"errMsg": f"bad query: {e}"})
        page = hits[offset : offset + size]
        body: dict[str, Any] = {"version": "6.9", "hitCount": len(hits)}
        end = offset + len(page)
        if hits:
            if not page:
                body["nextCursorMark"] = cursor  # past the end: the mark does not move
            elif end < len(hits) or self.last_page == "repeat":
                body["nextCursorMark"] = _encode(end, signature)
        body["request"] = {
            "queryString": text_query,
            "resultType": params.get("resultType", "lite"),
            "cursorMark": cursor,
            "pageSize": size,
            "sort": "",
            "synonym": False,
        }
        body["resultList"] = {"result": page}
        return Answer(200, body)


# ------------------------------------------------------------------------ helpers


def _text(result: Mapping[str, Any]) -> str:
    parts = [
        result.get("title"),
        result.get("abstractText"),
        result.get("authorString"),
        json.dumps(result.get("keywordList", {}), ensure_ascii=False),
    ]
    return " ".join(p for p in parts if isinstance(p, str))


def _field_check(entry: _Entry) -> FieldCheck:
    result = entry.result

    def check(name: str, value: str) -> bool | None:
        if name == "SRC":
            return str(result.get("source", "")).upper() == value.strip('"').upper()
        if name == "PUB_YEAR":
            return str(result.get("pubYear", "")) == value.strip('"')
        if name in _DATE_FIELDS:
            m = _RANGE.match(value)
            if m is None:
                raise QuerySyntaxError(f"{name} needs a range like [2026-01-01 TO 2026-01-31]")
            low, high = _bound(m.group(1)), _bound(m.group(2))
            if name == "FIRST_IDATE":
                day: date | None = entry.first_index
            elif name == "UPDATE_DATE":
                day = entry.updated
            else:
                day = _iso(result.get("firstPublicationDate"))
            return day is not None and (low is None or day >= low) and (high is None or day <= high)
        return None

    return check


def _bound(text: str) -> date | None:
    if text == "*":
        return None
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    d = _iso(text)
    if d is None:
        raise QuerySyntaxError(f"not a date: {text}")
    return d


def _iso(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _encode(offset: int, signature: str) -> str:
    return base64.b64encode(f"AoI{offset}:{signature}".encode()).decode()


def _decode(cursor: str) -> tuple[int, str] | None:
    try:
        text = base64.b64decode(cursor, validate=True).decode()
        if not text.startswith("AoI"):
            return None
        offset, signature = text[3:].split(":", 1)
        return int(offset), signature
    except (ValueError, UnicodeDecodeError):
        return None
