"""Records of any source to their assessments and links, in this process or across cores.

``assess_record`` is the pure step (no database, no network): the classifier reads the
record's text, a registration's structured fields and status win over its text, and
``studies.edges`` says which records it joins. ``Assessor`` runs it over batches,
spreading large ones over a pool of worker processes (a first backfill or a
re-assessment of a big store is CPU-bound); a small batch never pays for the pool,
and the results are the same whichever way they were computed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from ldn_watch.assess import assess
from ldn_watch.assess.gaps import GapRule, verdicts
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.model import Assessment, Record
from ldn_watch.sources.registry_facts import (
    apply_registry_status,
    registry_facts,
    registry_gap_value,
)
from ldn_watch.studies import edges

__all__ = ["Assessed", "Assessor", "Failed", "assess_record", "default_jobs"]

log = logging.getLogger("ldn_watch.assess")

Assessed = tuple[Assessment, list[str]]  # an assessment and the keys of records it joins

# Below this many records a batch is assessed in-process: starting and feeding worker
# processes costs more than it saves.
POOL_MIN_BATCH = 200


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def assess_record(record: Record, lexicon: Lexicon, rules: Sequence[GapRule]) -> Assessed:
    """One record's own facts, verdicts with reasons, and the records it joins.

    A registration's structured fields win over its text, and its status decides
    what a met gap is worth: recruiting "in progress", results posted "addressed",
    stopped "no" (CONTRACT.md, "Sources and studies").
    """
    a = replace(assess(record, lexicon, rules), pmid=record.id, source=record.source)
    if record.registry is not None:
        facts = registry_facts(record, a.facts, lexicon)
        judged = verdicts(facts, rules, lexicon.spec)
        met = {g: v.value for g, v in judged.items()}
        met_because = {r.id: r.check(facts)[1] for r in rules}
        _, status = registry_gap_value(record.registry)
        a = replace(
            a,
            facts=facts,
            gaps=apply_registry_status(met, record.registry),
            # a met gap's reason names both the rule met and what the status makes it
            # worth ("compares doses (1.5 vs 4.5 mg); recruiting"): the status alone
            # does not say why the registration counts toward the gap
            reasons={
                g: f"{met_because[g]}; {status}" if v.value != "no" else v.reason
                for g, v in judged.items()
            },
        )
    return a, edges(record, a.facts)


# -- the worker side -----------------------------------------------------------------

_worker: tuple[Lexicon, list[GapRule]] | None = None


def _init_worker(lexicon_paths: Sequence[Path], rules: list[GapRule]) -> None:
    global _worker
    _worker = (Lexicon.load(*lexicon_paths), rules)


def _assess_chunk(records: list[Record]) -> list[Assessed | Failed]:
    assert _worker is not None, "worker not initialised"
    lexicon, rules = _worker
    return [_assess_or_fail(r, lexicon, rules) for r in records]


@dataclass(frozen=True)
class Failed:
    """A record the classifier could not assess: its key and the error, in one line."""

    key: str
    error: str


def _assess_or_fail(
    record: Record, lexicon: Lexicon, rules: Sequence[GapRule]
) -> Assessed | Failed:
    """``assess_record``, with a classifier bug on one odd record kept to that record.

    The record is already stored; left without a verdict it counts toward no gap (the
    precise answer) and ``reassess_stale`` tries it again on every run, so it is neither
    lost nor silently judged, and the rest of the batch and the run go on.
    """
    try:
        return assess_record(record, lexicon, rules)
    except Exception as e:  # any bug in the rules (see the docstring)
        return Failed(record.key, " ".join(f"{type(e).__name__}: {e}".split())[:200])


class Assessor:
    """Assesses batches of records; ``jobs`` > 1 spreads large batches over processes."""

    def __init__(
        self,
        lexicon: Lexicon,
        rules: Sequence[GapRule],
        *,
        lexicon_paths: Sequence[Path] = (),
        jobs: int = 1,
        min_pool_batch: int = POOL_MIN_BATCH,
    ) -> None:
        self.lexicon = lexicon
        self.rules = list(rules)
        self.lexicon_paths = list(lexicon_paths)
        self.jobs = max(1, jobs)
        self.min_pool_batch = min_pool_batch
        self._pool: ProcessPoolExecutor | None = None
        self.failed: list[str] = []  # keys of records that could not be assessed

    def __call__(self, batch: Sequence[Record]) -> list[Assessed]:
        """The batch's assessments; a record that could not be assessed is logged and left out."""
        if self.jobs == 1 or len(batch) < self.min_pool_batch:
            results = [_assess_or_fail(r, self.lexicon, self.rules) for r in batch]
        else:
            pool = self._get_pool()
            size = -(-len(batch) // (self.jobs * 4))  # a few chunks per worker, in order
            chunks = [list(batch[i : i + size]) for i in range(0, len(batch), size)]
            results = [a for done in pool.map(_assess_chunk, chunks) for a in done]
        assessed: list[Assessed] = []
        for result in results:
            if isinstance(result, Failed):
                self.failed.append(result.key)
                log.warning(
                    "could not assess %s (%s); it is stored without a verdict and will be "
                    "tried again on the next run; please report it",
                    result.key,
                    result.error,
                )
            else:
                assessed.append(result)
        return assessed

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # "spawn", not "fork": the service and the tests run threads (scheduler,
            # stand-in servers) whose locks a forked child would inherit held.
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.lexicon_paths, self.rules),
            )
            log.info("assessment pool started jobs=%d", self.jobs)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
