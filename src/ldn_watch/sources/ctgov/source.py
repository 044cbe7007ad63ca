"""``CtgovSource``: ClinicalTrials.gov as a ``Source`` (harvest a window, search, reparse).

A harvest window is one search: ``query.term`` = the watch's Essie expression and
``filter.advanced=AREA[LastUpdatePostDate]RANGE[start,end]`` (new registrations and
every later change, results included, move LastUpdatePostDate). Planning fetches the
first page (``countTotal=true``), so ``found`` is known before any batch is stored;
iterating yields one ``Batch`` per page of up to ``page_size`` (≤ 1000) studies. A
window with nothing in it costs one request.

Each study is yielded once per harvest. If the pages end with fewer distinct studies
than the first page counted, the harvest raises ``FetchError`` after the last batch:
what was stored stays, and the caller keeps the watermark so the window is redone.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ldn_watch import net
from ldn_watch.model import Record
from ldn_watch.sources.base import Batch, KnownIds, SearchHits
from ldn_watch.sources.ctgov.client import (
    DEFAULT_BASE_URL,
    MAX_PAGE_SIZE,
    ROBOTS_INTERVAL,
    CtgovClient,
    StudyPage,
)
from ldn_watch.sources.ctgov.parse import parse_study, reparse, study_id
from ldn_watch.sources.paged import PagedHarvest, PagedSource, retry_policy

if TYPE_CHECKING:
    from ldn_watch.config import CtgovSettings

__all__ = ["CtgovHarvest", "CtgovSource"]

log = logging.getLogger("ldn_watch.ctgov")
NCT_ID = re.compile(r"^NCT\d{8}$", re.I)


class CtgovHarvest(PagedHarvest[StudyPage]):
    """A window of ClinicalTrials.gov studies: one ``Batch`` per ``/studies`` page."""

    noun = "studies"

    def __init__(
        self,
        pages: Iterator[StudyPage],
        first: StudyPage,
        query: str,
        what: str,
    ) -> None:
        found = first.total if first.total is not None else len(first.studies)
        super().__init__(pages, first, found=found, queries=[query], what=what)

    def _batch(self, page: StudyPage) -> Batch:
        records: list[Record] = []
        for study in page.studies:
            nct = study_id(study)
            if nct is None:
                log.warning("ClinicalTrials.gov sent a study without an NCT id; skipped")
                continue
            if nct in self.seen:
                continue  # paging shifted under an update: each study once per harvest
            self.seen.add(nct)
            records.append(parse_study(study))
        return Batch(records=list(records), requested=len(page.studies))


class CtgovSource(PagedSource[CtgovClient]):
    """ClinicalTrials.gov API v2 as a source of ``Record(source="ctgov", id=NCT…)``.

    ``query``: the Essie expression sent as ``query.term`` on harvests (the config's
    ``[ctgov] query``); ``base_url``: the API root (``LDN_WATCH_CTGOV_URL``);
    ``page_size``: studies per page, 1-1000; ``policy``: retries, timeout and deadline;
    ``interval``: seconds between request starts (robots.txt asks 1 s).
    """

    name = "ctgov"

    def __init__(
        self,
        query: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        page_size: int = MAX_PAGE_SIZE,
        policy: net.RetryPolicy | None = None,
        interval: float = ROBOTS_INTERVAL,
    ) -> None:
        client = CtgovClient(base_url, policy=policy, interval=interval)
        super().__init__(query, client, page_size=page_size)

    @classmethod
    def from_settings(cls, settings: CtgovSettings) -> CtgovSource:
        """The source the config's ``[ctgov]`` table describes."""
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
    ) -> CtgovHarvest:
        """Studies registered or updated with a LastUpdatePostDate in [start, end].

        ``first``: the whole history up to ``end``. ``is_known`` is not needed: a
        registration in the window is new or changed, and is always fetched.
        """
        if not first and start > end:
            raise ValueError(f"window starts after it ends: {start} > {end}")
        low = None if first else start
        pages = self.client.pages(
            term=self.query, start=low, end=end, page_size=self.page_size, cancel=cancel
        )
        first_page = next(pages)
        query = _describe(first_page.params)
        harvest = CtgovHarvest(pages, first_page, query, self.client.what)
        log.info("ClinicalTrials.gov %s: %d studies", query, harvest.found)
        return harvest

    def search(
        self,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        cancel: threading.Event | None = None,
    ) -> SearchHits:
        """Ad hoc: ``terms`` as one Essie expression, or NCT ids looked up one by one.

        ``since`` keeps studies whose last update was posted on or after that day.
        """
        words = [t for term in terms for t in term.split()]
        if words and all(NCT_ID.match(w) for w in words):
            return self._lookup([w.upper() for w in words], since=since, cancel=cancel)
        expression = " ".join(t.strip() for t in terms if t.strip())
        if not expression:
            raise ValueError("nothing to search for")
        records: list[Record] = []
        seen: set[str] = set()
        total = 0
        size = max(1, min(max_results, MAX_PAGE_SIZE))
        pages = self.client.pages(
            term=expression, start=since, windowed=since is not None, page_size=size, cancel=cancel
        )
        query = ""
        for page in pages:
            if not query:
                query = _describe(page.params)
                total = page.total if page.total is not None else len(page.studies)
            for study in page.studies:
                nct = study_id(study)
                if nct is None or nct in seen:
                    continue
                seen.add(nct)
                records.append(parse_study(study))
            if len(records) >= max_results:
                break
        return SearchHits(records=records[:max_results], total=total, query=query)

    def _lookup(
        self, ids: list[str], *, since: date | None, cancel: threading.Event | None
    ) -> SearchHits:
        records: list[Record] = []
        warnings: list[str] = []
        for nct in dict.fromkeys(ids):
            study = self.client.study(nct, cancel=cancel)
            if study is None:
                warnings.append(f"{nct} is not a ClinicalTrials.gov study")
                continue
            record = parse_study(study)
            posted = record.registry.last_update_posted if record.registry else None
            if since is not None and posted is not None and posted < since:
                continue
            if record.id != nct:
                warnings.append(f"{nct} is an old id of {record.id}")
            records.append(record)
        return SearchHits(
            records=records, total=len(records), query=" OR ".join(ids), warnings=warnings
        )

    def study(self, nct_id: str, *, cancel: threading.Event | None = None) -> Record | None:
        """One registration by NCT id (an alias is followed), or None if there is none."""
        study = self.client.study(nct_id, cancel=cancel)
        return parse_study(study) if study is not None else None

    def reparse(self, raw: bytes) -> Record:
        return reparse(raw)


def _describe(params: dict[str, str]) -> str:
    """The search as sent, for the run log: ``query.term=... filter.advanced=...``."""
    keys = ("query.term", "filter.advanced")
    return " ".join(f"{k}={params[k]}" for k in keys if k in params)
