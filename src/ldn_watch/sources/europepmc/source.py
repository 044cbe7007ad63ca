"""``EuropePmcSource``: preprints through Europe PMC as a ``Source``.

A harvest window is one query::

    (<[europepmc] query>) AND SRC:PPR
        AND (FIRST_IDATE:[start TO end] OR UPDATE_DATE:[start TO end])

``FIRST_IDATE`` is the day Europe PMC first indexed a record; every preprint version
is a record of its own (its own PPR id, its own first-index date), so new preprints
and new versions of old ones both land in the window that indexed them.
``FIRST_PDATE`` (first publication date) would miss preprints indexed late, so it is
not used. A preprint that later gains its journal version ("Preprint of" link) keeps
its first-index date; ``UPDATE_DATE`` is there to bring such a record back when
Europe PMC changes it. (Europe PMC lists UPDATE_DATE among its search fields and
other harvesters use it for incremental updates, but its exact semantics are not
documented where we could check; the OR keeps the first-index window whole either
way, and a broader UPDATE_DATE only costs a few repeated records.) ``include_updates
=False`` drops that clause.

Planning fetches the first page, so ``found`` (``hitCount``) is known before any
batch is stored; iterating yields one ``Batch`` per page. A window with nothing new
costs one request. Non-preprint results (which ``SRC:PPR`` should exclude) are
skipped. If the pages end with fewer distinct records than ``hitCount``, the harvest
raises ``FetchError`` after the last batch, so the caller keeps its watermark.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ldn_watch import net
from ldn_watch.model import Record
from ldn_watch.sources.base import Batch, KnownIds, SearchHits
from ldn_watch.sources.europepmc.client import (
    DEFAULT_BASE_URL,
    DEFAULT_INTERVAL,
    MAX_PAGE_SIZE,
    EuropePmcClient,
    ResultPage,
)
from ldn_watch.sources.europepmc.parse import parse_result, reparse
from ldn_watch.sources.paged import PagedHarvest, PagedSource, retry_policy

if TYPE_CHECKING:
    from ldn_watch.config import EuropePmcSettings

__all__ = ["EuropePmcHarvest", "EuropePmcSource", "window_query"]

log = logging.getLogger("ldn_watch.europepmc")
EARLIEST = date(1900, 1, 1)  # "the whole history" as a date Europe PMC accepts
LATEST = date(3000, 12, 31)


def window_query(
    query: str, start: date | None, end: date | None, *, include_updates: bool = True
) -> str:
    """The preprint query for records first indexed (or updated) in [start, end]."""
    span = f"[{(start or EARLIEST).isoformat()} TO {(end or LATEST).isoformat()}]"
    dates = f"FIRST_IDATE:{span}"
    if include_updates and start is not None:
        dates = f"({dates} OR UPDATE_DATE:{span})"
    return f"({query.strip()}) AND SRC:PPR AND {dates}"


class EuropePmcHarvest(PagedHarvest[ResultPage]):
    """A window of Europe PMC preprints: one ``Batch`` per ``/search`` page."""

    noun = "preprints"

    def __init__(self, pages: Iterator[ResultPage], first: ResultPage, what: str) -> None:
        found = first.hit_count if first.hit_count is not None else len(first.results)
        queries = [first.params.get("query", "")]
        super().__init__(pages, first, found=found, queries=queries, what=what)

    def _recount(self, page: ResultPage) -> None:
        if page.hit_count is not None:
            self.found = page.hit_count

    def _batch(self, page: ResultPage) -> Batch:
        records: list[Record] = []
        for result in page.results:
            rid = result.get("id")
            if not isinstance(rid, str) or not rid:
                log.warning("Europe PMC sent a result without an id; skipped")
                continue
            if rid in self.seen:
                continue
            self.seen.add(rid)
            if str(result.get("source", "")).upper() != "PPR":
                log.warning(
                    "Europe PMC sent %s:%s for a preprint query; skipped", result.get("source"), rid
                )
                continue
            records.append(parse_result(result))
        return Batch(records=list(records), requested=len(page.results))


class EuropePmcSource(PagedSource[EuropePmcClient]):
    """Europe PMC preprints as a source of ``Record(source="europepmc", id="PPR…")``.

    ``query``: the watch's Europe PMC query (``[europepmc] query``; ``SRC:PPR`` and
    the window are added here); ``base_url``: the REST root
    (``LDN_WATCH_EUROPEPMC_URL``); ``page_size``: results per page, 1-1000;
    ``policy``: retries, timeout and deadline; ``interval``: seconds between request
    starts; ``include_updates``: also ask for records updated in the window.
    """

    name = "europepmc"

    def __init__(
        self,
        query: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        page_size: int = MAX_PAGE_SIZE,
        policy: net.RetryPolicy | None = None,
        interval: float = DEFAULT_INTERVAL,
        include_updates: bool = True,
    ) -> None:
        client = EuropePmcClient(base_url, policy=policy, interval=interval)
        super().__init__(query, client, page_size=page_size)
        self.include_updates = include_updates

    @classmethod
    def from_settings(cls, settings: EuropePmcSettings) -> EuropePmcSource:
        """The source the config's ``[europepmc]`` table describes."""
        return cls(
            settings.query,
            base_url=settings.base_url,
            page_size=settings.page_size,
            policy=retry_policy(settings),
        )

    def harvest(
        self,
        start: date,
        end: date,
        *,
        first: bool = False,
        is_known: KnownIds | None = None,
        cancel: threading.Event | None = None,
    ) -> EuropePmcHarvest:
        """Preprints first indexed (or updated) in [start, end]; ``first``: all up to ``end``."""
        if not first and start > end:
            raise ValueError(f"window starts after it ends: {start} > {end}")
        query = window_query(
            self.query, None if first else start, end, include_updates=self.include_updates
        )
        pages = self.client.pages(query, page_size=self.page_size, cancel=cancel)
        first_page = next(pages)
        harvest = EuropePmcHarvest(pages, first_page, self.client.what)
        log.info("Europe PMC %s: %d preprints", query, harvest.found)
        return harvest

    def search(
        self,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        cancel: threading.Event | None = None,
    ) -> SearchHits:
        """Ad hoc: preprints matching ``terms`` (a Europe PMC query; ``SRC:PPR`` added).

        ``since`` keeps preprints first indexed on or after that day.
        """
        expression = " ".join(t.strip() for t in terms if t.strip())
        if not expression:
            raise ValueError("nothing to search for")
        query = f"({expression}) AND SRC:PPR"
        if since is not None:
            query += f" AND FIRST_IDATE:[{since.isoformat()} TO {LATEST.isoformat()}]"
        size = max(1, min(max_results, MAX_PAGE_SIZE))
        records: list[Record] = []
        seen: set[str] = set()
        total = 0
        for i, page in enumerate(self.client.pages(query, page_size=size, cancel=cancel)):
            if i == 0:
                total = page.hit_count if page.hit_count is not None else len(page.results)
            for result in page.results:
                rid = result.get("id")
                if not isinstance(rid, str) or rid in seen:
                    continue
                seen.add(rid)
                records.append(parse_result(result))
            if len(records) >= max_results:
                break
        return SearchHits(records=records[:max_results], total=total, query=query)

    def reparse(self, raw: bytes) -> Record:
        return reparse(raw)
