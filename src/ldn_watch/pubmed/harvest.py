"""Which PubMed records a cycle must fetch, and fetching them in few requests.

No storage here: the caller says which PMIDs it already holds (``is_known``)
and receives XML batches to parse and store. The rules:

* each ``Window`` is one esearch (``usehistory=y``, ``retmax=9999``), so one
  request gives both the PMIDs and a history-server handle;
* esearch lists at most 9,999 PMIDs, so a window with a larger Count is cut in
  two by date until every part fits; a single day over the cap is a
  ``FetchError`` (never a silent drop, never a watermark past unfetched records);
* ``edat`` windows find new records: PMIDs already stored are skipped. ``mdat``
  windows find revised records (corrections, retractions): always fetched, but
  each PMID only once per harvest;
* a search whose every PMID is wanted is fetched from the history server in
  full batches; the leftovers of all searches are pooled and fetched by id, so
  the number of efetch requests is ``ceil(PMIDs to fetch / batch_size)``.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, Protocol

from ldn_watch.errors import FetchError
from ldn_watch.pubmed.client import SearchResult

__all__ = ["ESEARCH_MAX", "Batch", "Harvest", "SearchInfo", "Window", "harvest"]

ESEARCH_MAX = 9999  # PubMed esearch lists at most this many PMIDs per query
log = logging.getLogger("ldn_watch.pubmed")


class Client(Protocol):
    """What harvesting needs from ``EntrezClient`` (a fake in tests is fine)."""

    def esearch(
        self,
        term: str,
        *,
        datetype: Literal["edat", "mdat", "pdat"] | None = None,
        mindate: date | None = None,
        maxdate: date | None = None,
        retmax: int = ...,
        retstart: int = ...,
        usehistory: bool = ...,
    ) -> SearchResult: ...

    def efetch(
        self,
        *,
        ids: Sequence[str] | None = None,
        webenv: str | None = None,
        query_key: str | None = None,
        retstart: int = 0,
        retmax: int | None = None,
    ) -> bytes: ...


@dataclass(frozen=True)
class Window:
    """Records whose Entrez date (``edat``) or modification date (``mdat``) is in [start, end]."""

    datetype: Literal["edat", "mdat"]
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.datetype not in ("edat", "mdat"):
            raise ValueError(f"datetype must be edat or mdat, not {self.datetype!r}")
        if self.start > self.end:
            raise ValueError(f"window starts after it ends: {self.start} > {self.end}")

    def halves(self) -> tuple[Window, Window]:
        middle = self.start + timedelta(days=(self.end - self.start).days // 2)
        return (
            Window(self.datetype, self.start, middle),
            Window(self.datetype, middle + timedelta(days=1), self.end),
        )


@dataclass(frozen=True)
class SearchInfo:
    """One esearch as run: for the run log (PubMed's query translation changes over time)."""

    datetype: str
    start: date
    end: date
    count: int
    translated_query: str | None
    split: bool = False  # Count was over the cap: its halves were searched instead


@dataclass(frozen=True)
class Batch:
    """One efetch answer: a complete ``PubmedArticleSet`` and the PMIDs asked for."""

    xml: bytes
    pmids: list[str]


@dataclass(frozen=True)
class _Fetch:
    pmids: list[str]
    webenv: str | None = None
    query_key: str | None = None
    retstart: int = 0


class Harvest:
    """The searches already run and the fetches still to do; iterate to fetch."""

    def __init__(self, client: Client, searches: list[SearchInfo], plan: list[_Fetch]) -> None:
        self._client = client
        self.searches = searches
        self._plan = plan
        self.pmids = [p for f in plan for p in f.pmids]

    @property
    def fetches(self) -> int:
        """efetch requests this harvest will make (retries aside)."""
        return len(self._plan)

    def __iter__(self) -> Iterator[Batch]:
        for f in self._plan:
            if f.webenv is not None:
                xml = self._client.efetch(
                    webenv=f.webenv,
                    query_key=f.query_key,
                    retstart=f.retstart,
                    retmax=len(f.pmids),
                )
            else:
                xml = self._client.efetch(ids=f.pmids)
            yield Batch(xml=xml, pmids=f.pmids)


def harvest(
    client: Client,
    query: str,
    *,
    windows: Sequence[Window],
    is_known: Callable[[Iterable[str]], set[str]],
    batch_size: int = 200,
) -> Harvest:
    """Run the searches now; return a ``Harvest`` whose iteration fetches the batches."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    searches: list[SearchInfo] = []
    results = _search_all(client, query, windows, searches)
    plan = _plan(results, is_known, batch_size)
    fetched = sum(len(f.pmids) for f in plan)
    log.info("harvest: %d PMIDs to fetch in %d requests", fetched, len(plan))
    return Harvest(client, searches, plan)


def _search_all(
    client: Client, query: str, windows: Sequence[Window], searches: list[SearchInfo]
) -> list[tuple[Window, SearchResult]]:
    results = []
    pending = deque(windows)
    while pending:
        w = pending.popleft()
        r = client.esearch(
            query,
            datetype=w.datetype,
            mindate=w.start,
            maxdate=w.end,
            retmax=ESEARCH_MAX,
            usehistory=True,
        )
        over = r.count > ESEARCH_MAX
        searches.append(SearchInfo(w.datetype, w.start, w.end, r.count, r.translated_query, over))
        log.info(
            "esearch %s %s..%s: %d records; PubMed read the query as: %s",
            w.datetype,
            w.start,
            w.end,
            r.count,
            r.translated_query,
        )
        if over:
            if w.start == w.end:
                raise FetchError(
                    f"{r.count} PubMed records have {w.datetype} {w.start}, more than the "
                    f"{ESEARCH_MAX} one esearch can list; narrow the query"
                )
            first, second = w.halves()
            pending.extendleft((second, first))  # keep chronological order
            continue
        if len(set(r.ids)) < r.count:
            raise FetchError(
                f"esearch {w.datetype} {w.start}..{w.end} listed {len(set(r.ids))} of "
                f"{r.count} records; try again later"
            )
        results.append((w, r))
    return results


def _plan(
    results: list[tuple[Window, SearchResult]],
    is_known: Callable[[Iterable[str]], set[str]],
    batch_size: int,
) -> list[_Fetch]:
    """Batches of at most ``batch_size`` PMIDs; history-server fetches where possible.

    Each wanted PMID is tagged with its place in a wholly wanted search result
    (WebEnv, query_key, index) or None. Wanted PMIDs are cut into batches in
    order; a batch that is one contiguous run of one result is fetched from the
    history server, any other by id list. Full batches of a whole result come
    first, so leftovers of several searches share batches and the request count
    is the least possible: ``ceil(wanted / batch_size)``.
    """
    planned: set[str] = set()
    heads: list[tuple[str, tuple[str, str, int] | None]] = []
    tails: list[tuple[str, tuple[str, str, int] | None]] = []
    for w, r in results:
        ids = list(dict.fromkeys(r.ids))
        known = is_known(ids) if (w.datetype == "edat" and ids) else set()
        todo = [i for i in ids if i not in known and i not in planned]
        planned.update(todo)
        if known:
            log.info("esearch %s %s..%s: %d already stored", w.datetype, w.start, w.end, len(known))
        webenv, query_key = r.webenv, r.query_key
        whole = len(todo) == len(r.ids) == r.count
        if not (whole and webenv and query_key):
            tails.extend((i, None) for i in todo)
            continue
        tagged = [(i, (webenv, query_key, n)) for n, i in enumerate(todo)]
        full = len(todo) - len(todo) % batch_size
        heads.extend(tagged[:full])
        tails.extend(tagged[full:])
    wanted = heads + tails
    return [_fetch_for(wanted[i : i + batch_size]) for i in range(0, len(wanted), batch_size)]


def _fetch_for(batch: list[tuple[str, tuple[str, str, int] | None]]) -> _Fetch:
    pmids = [p for p, _ in batch]
    first = batch[0][1]
    if first is not None:
        webenv, key, start = first
        if all(src == (webenv, key, start + k) for k, (_, src) in enumerate(batch)):
            return _Fetch(pmids, webenv, key, start)
    return _Fetch(pmids)
