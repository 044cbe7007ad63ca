"""ClinicalTrials.gov API v2 over HTTP: ``/studies`` pages and ``/studies/{nct}``.

Every request goes through ``ldn_watch.net`` (retries on 429/5xx/network errors and
truncated JSON with backoff and jitter, an overall deadline per attempt, cancellable
waits) and one ``Pacer``: ClinicalTrials.gov documents no rate limit, but its
robots.txt asks for 1 s between requests, so the default interval is 1 s.

Paging follows the API: the first ``/studies`` request carries ``countTotal=true``;
each later page repeats the first page's parameters and adds ``pageToken`` (the
previous answer's ``nextPageToken``); the last page has no ``nextPageToken``.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

from ldn_watch import net
from ldn_watch.errors import FetchError
from ldn_watch.sources.paged import PagedJsonClient

__all__ = [
    "DEFAULT_BASE_URL",
    "MAX_PAGE_SIZE",
    "CtgovClient",
    "StudyPage",
    "window_filter",
]

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2/"
MAX_PAGE_SIZE = 1000
ROBOTS_INTERVAL = 1.0  # seconds between requests, as robots.txt asks


def window_filter(start: date | None, end: date | None) -> str:
    """``filter.advanced`` for studies whose last update was posted in [start, end]."""
    low = start.isoformat() if start else "MIN"
    high = end.isoformat() if end else "MAX"
    return f"AREA[LastUpdatePostDate]RANGE[{low},{high}]"


@dataclass
class StudyPage:
    """One ``/studies`` answer: its studies (JSON objects) and what comes next."""

    studies: list[dict[str, Any]]
    next_token: str | None
    total: int | None  # only when countTotal=true was sent
    params: dict[str, str] = field(default_factory=dict)


class CtgovClient(PagedJsonClient):
    """ClinicalTrials.gov API v2; ``requests`` counts HTTP attempts, retries included."""

    service = "ClinicalTrials.gov"
    max_page_size = MAX_PAGE_SIZE

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        policy: net.RetryPolicy | None = None,
        interval: float = ROBOTS_INTERVAL,
        pacer: net.Pacer | None = None,
    ) -> None:
        super().__init__(base_url, policy=policy, interval=interval, pacer=pacer)

    # ---------------------------------------------------------------- /studies
    def page(
        self,
        params: Mapping[str, str],
        *,
        page_token: str | None = None,
        cancel: threading.Event | None = None,
    ) -> StudyPage:
        """One ``/studies`` request with these parameters (plus ``pageToken``)."""
        sent = dict(params)
        if page_token is not None:
            sent["pageToken"] = page_token
        doc = self._get_json("studies", sent, cancel)
        if not isinstance(doc, Mapping) or not isinstance(doc.get("studies", []), list):
            raise FetchError(f"{self.what} answered with something other than a list of studies")
        token = doc.get("nextPageToken")
        total = doc.get("totalCount")
        return StudyPage(
            studies=[s for s in doc.get("studies", []) if isinstance(s, dict)],
            next_token=token if isinstance(token, str) and token else None,
            total=total if isinstance(total, int) and not isinstance(total, bool) else None,
            params=sent,
        )

    def pages(
        self,
        *,
        term: str | None,
        start: date | None = None,
        end: date | None = None,
        windowed: bool = True,
        page_size: int = MAX_PAGE_SIZE,
        cancel: threading.Event | None = None,
    ) -> Iterator[StudyPage]:
        """Every page of one search, lazily; the first page carries ``countTotal``.

        ``windowed``: restrict to studies whose LastUpdatePostDate is in [start, end]
        (an open end is MIN/MAX).
        """
        params = search_params(term, start=start, end=end, windowed=windowed, page_size=page_size)
        first = self.page({**params, "countTotal": "true"}, cancel=cancel)
        yield first
        token = first.next_token
        seen_tokens: set[str] = set()
        while token is not None:
            if token in seen_tokens:
                raise FetchError(f"{self.what} repeated a page token; try again later")
            seen_tokens.add(token)
            page = self.page(params, page_token=token, cancel=cancel)
            yield page
            token = page.next_token

    # ----------------------------------------------------------- /studies/{nct}
    def study(self, nct_id: str, *, cancel: threading.Event | None = None) -> dict[str, Any] | None:
        """One study by NCT id (an alias id is followed to its study); None if unknown."""
        url = self.base_url + "studies/" + quote(nct_id.strip(), safe="")
        policy = self.policy

        def attempt() -> dict[str, Any] | None:
            request = Request(
                url, headers={"User-Agent": net.USER_AGENT, "Accept": "application/json"}
            )
            deadline_at = time.monotonic() + policy.deadline
            try:
                with urlopen(request, timeout=policy.timeout) as response:  # follows a 301
                    body = net.read_body(response, deadline_at)
            except HTTPError as e:
                if e.code == 404:
                    return None
                raise net.classify_http_error(e, self.what) from e
            except (URLError, OSError, http.client.HTTPException) as e:
                reason = e.reason if isinstance(e, URLError) else e
                raise net.Transient(f"{type(reason).__name__}: {reason}".rstrip(": ")) from e
            try:
                doc = json.loads(body)
            except ValueError as e:
                raise net.Transient(
                    f"answer of {len(body)} bytes is not complete JSON ({e})"
                ) from e
            if not isinstance(doc, dict):
                raise FetchError(f"{self.what} answered {nct_id} with something other than a study")
            return doc

        return net.call_with_retries(
            attempt,
            policy=policy,
            what=self.what,
            pacer=self.pacer,
            cancel=cancel,
            on_attempt=self._counted,
        )


def search_params(
    term: str | None,
    *,
    start: date | None = None,
    end: date | None = None,
    windowed: bool = True,
    page_size: int = MAX_PAGE_SIZE,
) -> dict[str, str]:
    """The parameters every page of one search repeats (``pageToken`` aside)."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1-{MAX_PAGE_SIZE}, not {page_size}")
    params = {"format": "json", "pageSize": str(page_size)}
    if term and term.strip():
        params["query.term"] = term.strip()
    if windowed:
        params["filter.advanced"] = window_filter(start, end)
    return params
