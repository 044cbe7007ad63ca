"""What every source of records offers the rest of the program.

A source is one service (PubMed, ClinicalTrials.gov, Europe PMC) seen through one
small interface, so the cycle, the store and ad-hoc search treat them alike:

* ``harvest(start, end)`` plans a window of the source's own update dates and
  yields ``Batch``es of parsed records; the caller stores each batch and moves the
  source's watermark only after the last one (a failure mid-window keeps it);
* ``search(terms)`` answers an ad-hoc query without touching the store;
* ``reparse(raw)`` turns a stored payload back into a ``Record`` when the parser
  improves, with no network.

Records are keyed by ``(source, id)``; ``Record.raw`` is each record's own payload.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from ldn_watch.model import Deletion, Record

__all__ = ["Batch", "Harvest", "KnownIds", "SearchHits", "Source"]

# Which of these ids the store already holds (PubMed skips them in its "new" window).
KnownIds = Callable[[Iterable[str]], set[str]]


@dataclass
class Batch:
    """Records from one request (or a few), ready to store in one transaction.

    ``missing`` lists ids the source was asked for and did not return, ``bad`` those
    whose payload would not parse: the caller must not move the watermark past them
    (``coverage.Unfetched`` decides when one stops holding it).
    """

    records: list[Record | Deletion]
    missing: list[str] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)  # id -> what is wrong with its payload
    requested: int = 0


class Harvest(Protocol):
    """One planned window: iterate it for batches; counts are known after planning."""

    found: int  # records the source says the window holds (each counted once)
    queries: list[str]  # what was asked, as the source understood it (for the log)

    def __iter__(self) -> Iterator[Batch]: ...


@dataclass
class SearchHits:
    """An ad-hoc search: the records fetched (at most ``max_results``) of ``total``."""

    records: list[Record]
    total: int
    query: str | None = None
    warnings: list[str] = field(default_factory=list)


class Source(Protocol):
    """A service that ldn-watch reads records from."""

    name: str  # "pubmed" | "ctgov" | "europepmc": the ``source`` of its records

    @property
    def requests(self) -> int:
        """HTTP attempts made so far, retries included."""
        ...

    def harvest(
        self,
        start: date,
        end: date,
        *,
        first: bool = False,
        is_known: KnownIds | None = None,
        cancel: threading.Event | None = None,
    ) -> Harvest:
        """Records that entered or changed in [start, end]; ``first``: the whole history."""
        ...

    def search(
        self,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        cancel: threading.Event | None = None,
    ) -> SearchHits: ...

    def reparse(self, raw: bytes) -> Record: ...
