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
  the number of efetch requests is ``ceil(PMIDs to fetch / batch_size)``;
* every efetch answer is checked against the PMIDs it was asked for. PMIDs it
  lacks are asked for again by id (twice at most); what PubMed still does not
  return is reported in ``Batch.missing``, never silently dropped;
* an answer that is not valid XML is fetched once more; if it is still bad, the
  batch is fetched in halves by id until the record(s) that break it are alone:
  the rest is parsed and returned, the bad ones reported in ``Batch.bad``;
* a history fetch whose search the server lost (``HistoryLost``) is not the
  query's fault: that batch and every later one of the same search are fetched
  by id (the PMIDs are known from the search), within the same harvest.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, Protocol

from ldn_watch.errors import FetchError, InputError
from ldn_watch.model import Deletion, Record
from ldn_watch.pubmed.client import HistoryLost, SearchResult
from ldn_watch.pubmed.parse import parse_bytes

__all__ = ["ESEARCH_MAX", "Batch", "Harvest", "SearchInfo", "Window", "harvest"]

ESEARCH_MAX = 9999  # PubMed esearch lists at most this many PMIDs per query
REFETCHES = 2  # times PMIDs missing from an answer are asked for again, by id
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
    """One planned efetch, parsed: the records PubMed returned for ``pmids``.

    ``missing``: PMIDs asked for (and asked for again by id) that PubMed did not
    return; ``bad``: PMIDs whose record is not valid XML, with what is wrong. The
    caller must not treat the window as covered while either holds a PMID it still
    wants.
    """

    records: list[Record | Deletion]
    pmids: list[str]
    missing: list[str] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Fetch:
    pmids: list[str]
    webenv: str | None = None
    query_key: str | None = None
    retstart: int = 0


class Harvest:
    """The searches already run and the fetches still to do; iterate to fetch.

    ``found`` is the number of distinct PMIDs the searches listed (a window split
    by date, or a PMID in both the edat and the mdat window, counts once).
    """

    def __init__(
        self, client: Client, searches: list[SearchInfo], plan: list[_Fetch], found: int = 0
    ) -> None:
        self._client = client
        self.searches = searches
        self._plan = plan
        self.pmids = [p for f in plan for p in f.pmids]
        self.found = found
        self._lost: set[tuple[str, str]] = set()  # (WebEnv, query_key) the server lost

    @property
    def fetches(self) -> int:
        """efetch requests this harvest plans (refetches and retries aside)."""
        return len(self._plan)

    def __iter__(self) -> Iterator[Batch]:
        for f in self._plan:
            yield self._batch(f)

    # -- one planned fetch, checked --------------------------------------------

    def _batch(self, f: _Fetch) -> Batch:
        records, bad = self._parsed(f.pmids, self._first_answer(f), retry=True)
        missing = _missing(f.pmids, records, bad)
        for attempt in range(1, REFETCHES + 1):
            if not missing:
                break
            log.warning(
                "efetch answer lacks %d of %d PMIDs asked for (%s); asking for them again "
                "by id (%d/%d)",
                len(missing),
                len(f.pmids),
                _some(missing),
                attempt,
                REFETCHES,
            )
            more, more_bad = self._parsed(missing, self._client.efetch(ids=missing), retry=True)
            records += more
            bad.update(more_bad)
            missing = _missing(missing, more, more_bad)
        if missing:
            log.warning(
                "PubMed did not return %d PMID(s) it listed, after asking %d more times: %s",
                len(missing),
                REFETCHES,
                ", ".join(missing),
            )
        return Batch(records=records, pmids=f.pmids, missing=missing, bad=bad)

    def _first_answer(self, f: _Fetch) -> bytes:
        """The planned request; from the history server unless it lost the search."""
        if f.webenv is None or f.query_key is None or (f.webenv, f.query_key) in self._lost:
            return self._client.efetch(ids=f.pmids)
        try:
            return self._client.efetch(
                webenv=f.webenv, query_key=f.query_key, retstart=f.retstart, retmax=len(f.pmids)
            )
        except HistoryLost as e:
            self._lost.add((f.webenv, f.query_key))
            log.warning("%s; fetching this search's records by PMID instead", e)
            return self._client.efetch(ids=f.pmids)

    def _parsed(
        self, pmids: list[str], xml: bytes, *, retry: bool
    ) -> tuple[list[Record | Deletion], dict[str, str]]:
        """Records of an answer; a bad answer is fetched again, then split to isolate the
        record(s) that break it. Returns (records, {bad PMID: why})."""
        try:
            return parse_bytes(xml, name="efetch answer"), {}
        except InputError as e:
            problem = str(e)
        if retry:
            log.warning(
                "efetch answer for %d PMIDs is not valid XML (%s); fetching it again",
                len(pmids),
                problem,
            )
            return self._parsed(pmids, self._client.efetch(ids=pmids), retry=False)
        if len(pmids) == 1:
            why = problem.removeprefix("efetch answer: ")
            log.warning("PMID %s: PubMed's record is not valid XML (%s)", pmids[0], why)
            return [], {pmids[0]: f"invalid XML: {why}"}
        log.info("isolating the bad record among %d PMIDs by fetching halves", len(pmids))
        middle = len(pmids) // 2
        records: list[Record | Deletion] = []
        bad: dict[str, str] = {}
        for part in (pmids[:middle], pmids[middle:]):
            got, part_bad = self._parsed(part, self._client.efetch(ids=part), retry=False)
            records += got
            bad.update(part_bad)
        return records, bad


def _returned(records: Iterable[Record | Deletion]) -> set[str]:
    ids: set[str] = set()
    for r in records:
        if isinstance(r, Deletion):
            ids.update(r.pmids)
        elif r.pmid is not None:
            ids.add(r.pmid)
    return ids


def _missing(
    asked: Sequence[str], records: Iterable[Record | Deletion], bad: Mapping[str, str]
) -> list[str]:
    got = _returned(records)
    return [p for p in asked if p not in got and p not in bad]


def _some(pmids: Sequence[str], shown: int = 5) -> str:
    head = ", ".join(pmids[:shown])
    return head + (f" and {len(pmids) - shown} more" if len(pmids) > shown else "")


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
    found = len({i for _, r in results for i in r.ids})
    log.info("harvest: %d PMIDs found, %d to fetch in %d requests", found, fetched, len(plan))
    return Harvest(client, searches, plan, found)


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
