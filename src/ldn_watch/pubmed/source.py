"""PubMed behind the ``Source`` interface: Entrez windows in, parsed record batches out."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import date

from ldn_watch.model import Record
from ldn_watch.pubmed.client import EntrezClient
from ldn_watch.pubmed.harvest import Harvest as _PubmedPlan
from ldn_watch.pubmed.harvest import Window, harvest
from ldn_watch.pubmed.parse import parse_bytes, parse_record
from ldn_watch.sources.base import Batch, KnownIds, SearchHits

__all__ = ["PubmedSource"]


class PubmedHarvest:
    """The esearch windows already run; iterating fetches the batches, checked and parsed
    (records left out of an answer asked for again, an invalid one isolated)."""

    def __init__(self, plan: _PubmedPlan) -> None:
        self._plan = plan
        self.found = plan.found
        self.queries = list(
            dict.fromkeys(s.translated_query for s in plan.searches if s.translated_query)
        )

    def __iter__(self) -> Iterator[Batch]:
        for batch in self._plan:
            yield Batch(
                records=batch.records,
                missing=list(batch.missing),
                bad=dict(batch.bad),
                requested=len(batch.pmids),
            )


class PubmedSource:
    """PubMed through Bio.Entrez: new records by Entrez date, changed ones by modification date."""

    name = "pubmed"

    def __init__(self, client: EntrezClient, query: str, *, batch_size: int = 200) -> None:
        self.client = client
        self.query = query
        self.batch_size = batch_size

    @property
    def requests(self) -> int:
        return self.client.requests

    def harvest(
        self,
        start: date,
        end: date,
        *,
        first: bool = False,
        is_known: KnownIds | None = None,
        cancel: threading.Event | None = None,
    ) -> PubmedHarvest:
        windows = [Window("edat", start, end)]
        if not first:  # a first run's edat window already covers every record
            windows.append(Window("mdat", start, end))
        plan = harvest(
            self.client,
            self.query,
            windows=windows,
            is_known=is_known or (lambda ids: set()),
            batch_size=self.batch_size,
        )
        self.client.cancel = cancel
        return PubmedHarvest(plan)

    def search(
        self,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        until: date | None = None,
        cancel: threading.Event | None = None,
    ) -> SearchHits:
        term = " ".join(terms)
        until = until or date.today()
        result = self.client.esearch(
            term,
            datetype="edat" if since else None,
            mindate=since,
            maxdate=until if since else None,
            retmax=max_results,
            usehistory=False,
            strict=False,
        )
        found: list[Record] = []
        for i in range(0, len(result.ids), self.batch_size):
            xml = self.client.efetch(ids=result.ids[i : i + self.batch_size])
            found.extend(
                r for r in parse_bytes(xml, name="efetch response") if isinstance(r, Record)
            )
        return SearchHits(
            records=found,
            total=result.count,
            query=result.translated_query,
            warnings=list(result.warnings),
        )

    def reparse(self, raw: bytes) -> Record:
        return parse_record(raw)
