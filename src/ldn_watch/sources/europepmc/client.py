"""Europe PMC REST over HTTP: ``/search`` with ``cursorMark`` paging.

Every request goes through ``ldn_watch.net`` (retries on 429/5xx/network errors and
truncated JSON with backoff and jitter, an overall deadline per attempt, cancellable
waits) and one ``Pacer``. Europe PMC publishes no rate limit that we could confirm
(third-party guides mention 10 requests/s); the default interval keeps to 2/s.

Paging: the first request sends ``cursorMark=*``; each next one sends the previous
answer's ``nextCursorMark``. Europe PMC's answers are not uniform about the end, so
paging stops at the first of: no ``nextCursorMark``, a ``nextCursorMark`` equal to
the one sent, an empty page, or as many results as ``hitCount`` announced (which saves
the empty request a strict cursor walk would make after a short last page).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ldn_watch import net
from ldn_watch.errors import FetchError
from ldn_watch.sources.paged import PagedJsonClient

__all__ = ["DEFAULT_BASE_URL", "MAX_PAGE_SIZE", "EuropePmcClient", "ResultPage"]

DEFAULT_BASE_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
MAX_PAGE_SIZE = 1000
DEFAULT_INTERVAL = 0.5


@dataclass
class ResultPage:
    """One ``/search`` answer."""

    results: list[dict[str, Any]]
    hit_count: int | None
    next_cursor: str | None
    cursor: str  # the cursorMark this page was asked for
    params: dict[str, str] = field(default_factory=dict)


class EuropePmcClient(PagedJsonClient):
    """Europe PMC's ``/search``; ``requests`` counts HTTP attempts, retries included."""

    service = "Europe PMC"
    max_page_size = MAX_PAGE_SIZE

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        policy: net.RetryPolicy | None = None,
        interval: float = DEFAULT_INTERVAL,
        pacer: net.Pacer | None = None,
    ) -> None:
        super().__init__(base_url, policy=policy, interval=interval, pacer=pacer)

    def page(
        self,
        query: str,
        *,
        cursor: str = "*",
        page_size: int = MAX_PAGE_SIZE,
        result_type: str = "core",
        cancel: threading.Event | None = None,
    ) -> ResultPage:
        """One ``/search`` request."""
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1-{MAX_PAGE_SIZE}, not {page_size}")
        params = {
            "query": query,
            "resultType": result_type,
            "format": "json",
            "pageSize": str(page_size),
            "cursorMark": cursor,
        }
        doc = self._get_json("search", params, cancel)
        if not isinstance(doc, Mapping):
            raise FetchError(f"{self.what} answered with something other than a result list")
        result_list = doc.get("resultList")
        results = result_list.get("result", []) if isinstance(result_list, Mapping) else None
        if not isinstance(results, list):
            if isinstance(doc.get("errCode"), int) or doc.get("errMsg"):
                raise FetchError(f"{self.what} refused the query: {doc.get('errMsg')}")
            raise FetchError(f"{self.what} answered without a result list")
        hits = doc.get("hitCount")
        nxt = doc.get("nextCursorMark")
        return ResultPage(
            results=[r for r in results if isinstance(r, dict)],
            hit_count=hits if isinstance(hits, int) and not isinstance(hits, bool) else None,
            next_cursor=nxt if isinstance(nxt, str) and nxt else None,
            cursor=cursor,
            params=params,
        )

    def pages(
        self,
        query: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        cancel: threading.Event | None = None,
    ) -> Iterator[ResultPage]:
        """Every page of one query, lazily, until one of the end signals above."""
        cursor = "*"
        got = 0
        while True:
            page = self.page(query, cursor=cursor, page_size=page_size, cancel=cancel)
            yield page
            got += len(page.results)
            if (
                not page.results
                or page.next_cursor is None
                or page.next_cursor == cursor
                or (page.hit_count is not None and got >= page.hit_count)
            ):
                return
            cursor = page.next_cursor
