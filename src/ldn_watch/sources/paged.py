"""What the paged JSON sources (ClinicalTrials.gov, Europe PMC) share.

* ``PagedJsonClient``: one service behind a base URL, every request through
  ``ldn_watch.net`` (retries, deadlines, cancellable waits) and one ``Pacer``, with a
  count of HTTP attempts (retries included);
* ``PagedSource``: a source built on such a client: its query and page size checked,
  ``requests`` read from the client, ``retry_policy`` for its config table;
* ``PagedHarvest``: one planned window whose first page is in hand; iterating yields
  a batch per page and raises ``FetchError`` after the last one if the pages held
  fewer distinct records than the service counted (the caller keeps its watermark).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ldn_watch import net
from ldn_watch.errors import FetchError
from ldn_watch.sources.base import Batch

if TYPE_CHECKING:
    from ldn_watch.config import SourceSettings

__all__ = ["PagedHarvest", "PagedJsonClient", "PagedSource", "retry_policy"]

C = TypeVar("C", bound="PagedJsonClient")
P = TypeVar("P")


def retry_policy(settings: SourceSettings) -> net.RetryPolicy:
    """Retries and timeouts from a source's config table (``[ctgov]``, ``[europepmc]``)."""
    return net.RetryPolicy(
        max_tries=settings.max_tries,
        timeout=settings.timeout,
        deadline=max(net.RetryPolicy().deadline, settings.timeout),
    )


class PagedJsonClient:
    """A JSON API at ``base_url``; ``requests`` counts HTTP attempts, retries included."""

    service = "the service"  # as users know it: "ClinicalTrials.gov", "Europe PMC"
    max_page_size = 1000  # the most records one page may hold

    def __init__(
        self,
        base_url: str,
        *,
        policy: net.RetryPolicy | None,
        interval: float,
        pacer: net.Pacer | None,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.policy = policy or net.RetryPolicy()
        self.pacer = pacer or net.Pacer(interval)
        self.what = f"{self.service} at {self.base_url}"
        self.requests = 0
        self._count_lock = threading.Lock()

    def _counted(self, attempt: int) -> None:
        with self._count_lock:
            self.requests += 1

    def _get_json(
        self, path: str, params: Mapping[str, str], cancel: threading.Event | None
    ) -> Any:
        """``GET base_url + path`` with these parameters, decoded, paced and counted."""
        return net.get_json(
            self.base_url + path,
            params,
            policy=self.policy,
            what=self.what,
            pacer=self.pacer,
            cancel=cancel,
            on_attempt=self._counted,
        )


class PagedSource(Generic[C]):
    """A source of records from one paged JSON service; ``client`` does the HTTP."""

    def __init__(self, query: str, client: C, *, page_size: int) -> None:
        if not query.strip():
            raise ValueError(f"the {client.service} query must not be empty")
        if not 1 <= page_size <= client.max_page_size:
            raise ValueError(f"page_size must be 1-{client.max_page_size}, not {page_size}")
        self.query = query.strip()
        self.page_size = page_size
        self.client = client

    @property
    def requests(self) -> int:
        """HTTP attempts made so far, retries included."""
        return self.client.requests

    @requests.setter
    def requests(self, value: int) -> None:
        self.client.requests = value


class PagedHarvest(Generic[P]):
    """One planned window: the first page is in hand; iterating fetches the rest.

    Subclasses turn a page into a ``Batch`` (``_batch``), adding each record's id to
    ``seen`` so that a record is yielded once per harvest.
    """

    noun = "records"  # what the service counted, for the error: "studies", "preprints"

    def __init__(
        self, pages: Iterator[P], first: P, *, found: int, queries: list[str], what: str
    ) -> None:
        self._pages = pages
        self._first = first
        self._what = what
        self.found = found
        self.queries = queries
        self.seen: set[str] = set()

    def __iter__(self) -> Iterator[Batch]:
        page: P | None = self._first
        while page is not None:
            yield self._batch(page)
            self._recount(page)
            page = next(self._pages, None)
        if len(self.seen) < self.found:
            raise FetchError(
                f"{self._what} listed {len(self.seen)} of the {self.found} {self.noun} it "
                "counted for this window; try again later"
            )

    def _batch(self, page: P) -> Batch:
        raise NotImplementedError

    def _recount(self, page: P) -> None:
        """Take up a count a later page repeats (where the service sends one)."""
