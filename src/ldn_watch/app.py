"""The facade: every entry point (CLI, scheduler, demo, tests) builds a Watcher here.

A Watcher owns the config, the storage and (lazily) one client per source, and runs
the one-way flow sources -> parse -> store -> assess -> studies -> digest -> deliver.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ldn_watch.assess.gaps import GapRule, rules_from_config, rules_version
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.coverage import HISTORY_START, Unfetched, next_watermark
from ldn_watch.errors import (
    CancelledError,
    ConfigError,
    DeliveryError,
    FetchError,
    LdnWatchError,
)
from ldn_watch.evidence import gap_states, refresh_studies
from ldn_watch.lock import RunLock
from ldn_watch.model import Assessment, Deletion, GapState, Record, StoredRecord
from ldn_watch.net import redact
from ldn_watch.store import Storage
from ldn_watch.store.base import AdvisoryLock

if TYPE_CHECKING:  # the digest, delivery, the classifier's pool and PubMed's client load on use
    from ldn_watch.assessor import Assessor
    from ldn_watch.config import Config
    from ldn_watch.deliver import DeliveryOutcome, Selection
    from ldn_watch.digest import DigestContext
    from ldn_watch.pubmed.client import EntrezClient
    from ldn_watch.sources.base import Source
    from ldn_watch.studies import Study

log = logging.getLogger("ldn_watch")

__all__ = [
    "HISTORY_START",
    "Changes",
    "CycleSummary",
    "ImportSummary",
    "SearchOutcome",
    "SourceOutcome",
    "Watcher",
    "make_watcher",
]

SOURCES = ("pubmed", "ctgov", "europepmc")  # the order a cycle asks them in
SOURCE_NAMES = {"pubmed": "PubMed", "ctgov": "ClinicalTrials.gov", "europepmc": "Europe PMC"}
IMPORT_BATCH = 500  # records stored (and assessed) together while a file streams in
T = TypeVar("T")

Progress = Callable[[int, int], None]


@dataclass(kw_only=True)
class Changes:
    """The keys of the records a store step added, updated and marked deleted."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def add(self, other: Changes) -> None:
        self.new.extend(other.new)
        self.updated.extend(other.updated)
        self.deleted.extend(other.deleted)


@dataclass
class SourceOutcome(Changes):
    """What one source gave in a cycle."""

    name: str
    window_start: date
    window_end: date
    found: int = 0
    missing: list[str] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    error: str | None = None
    # records the source listed but did not deliver, given up on this run (logged)
    unavailable: list[str] = field(default_factory=list)
    watermark: date | None = None  # after this run


@dataclass
class CycleSummary(Changes):
    """What one `run` did; printed by the CLI and logged by the service."""

    run_id: int
    window_start: date
    window_end: date
    found: int = 0
    reassessed: int = 0
    translated_queries: list[str] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    sources: list[SourceOutcome] = field(default_factory=list)
    digest_files: list[Path] = field(default_factory=list)
    emails_sent: list[str] = field(default_factory=list)  # subjects
    delivery_error: DeliveryError | None = None  # the run itself succeeded; exit 1 all the same

    @property
    def failed_sources(self) -> list[SourceOutcome]:
        return [s for s in self.sources if s.error is not None]

    @property
    def unavailable(self) -> list[str]:
        return [i for s in self.sources for i in s.unavailable]

    def failure(self) -> LdnWatchError | None:
        """Why the cycle exits 1 though it finished: a source failed (unreachable, or records
        it listed but would not deliver), or delivery did. What was stored stays stored."""
        failed = self.failed_sources
        if failed:
            names = ", ".join(s.name for s in failed)
            detail = "; ".join(f"{s.name}: {s.error}" for s in failed)
            others = (
                " (the other sources' records are stored)"
                if len(failed) < len(self.sources)
                else ""
            )
            return FetchError(
                f"{detail} — {names} will be asked for the same window on the next run{others}"
            )
        return self.delivery_error

    @property
    def error_text(self) -> str | None:
        """The run's stored error: every failing source, and delivery."""
        parts = [f"{s.name}: {s.error}" for s in self.failed_sources]
        if self.delivery_error is not None:
            parts.append(f"delivery failed: {self.delivery_error}")
        return redact("; ".join(parts)) or None


@dataclass
class SearchOutcome:
    """An ad-hoc search: the rows shown, of ``total`` matches."""

    rows: list[tuple[Record, Assessment | None]]
    total: int


@dataclass
class ImportSummary:
    """What `import` did, as counts: a file of 200,000 records keeps no list of keys."""

    files: int = 0
    records: int = 0
    new: int = 0
    updated: int = 0
    deleted: int = 0

    def add(self, done: Changes) -> None:
        self.new += len(done.new)
        self.updated += len(done.updated)
        self.deleted += len(done.deleted)


class Watcher:
    """The application; build one with ``make_watcher``."""

    def __init__(
        self,
        config: Config,
        storage: Storage,
        lexicon: Lexicon,
        rules: list[GapRule],
        *,
        jobs: int | None = None,
    ) -> None:
        self.config = config
        self.storage = storage
        self.lexicon = lexicon
        self.rules = rules
        self.rules_version = rules_version(rules, lexicon)
        self.jobs = jobs
        self._client: EntrezClient | None = None
        self._sources: dict[str, Source] = {}
        self._assessor: Assessor | None = None

    # -- plumbing ----------------------------------------------------------

    @property
    def assessor(self) -> Assessor:
        """Assesses batches of records, over ``jobs`` processes (default: the cores)."""
        if self._assessor is None:
            from ldn_watch.assessor import Assessor, default_jobs

            self._assessor = Assessor(
                self.lexicon,
                self.rules,
                lexicon_paths=[self.config.lexicon_path] if self.config.lexicon_path else [],
                jobs=self.jobs or default_jobs(),
            )
        return self._assessor

    @property
    def client(self) -> EntrezClient:
        if self._client is None:
            from ldn_watch.pubmed.client import EntrezClient

            pm = self.config.pubmed
            self._client = EntrezClient(
                base_url=pm.eutils_url,
                email=pm.email,
                api_key=pm.api_key,
                timeout=pm.timeout,
                max_tries=pm.max_tries,
                backoff=pm.backoff,
                max_delay=pm.max_delay,
                deadline=pm.deadline,
            )
        return self._client

    def source(self, name: str) -> Source:
        """The client of one source, built on first use (whether enabled or not: an
        ad-hoc search may ask a source the watch does not harvest)."""
        if name not in self._sources:
            if name == "pubmed":
                from ldn_watch.pubmed.source import PubmedSource

                pm = self.config.pubmed
                self._sources[name] = PubmedSource(self.client, pm.query, batch_size=pm.batch_size)
            elif name == "ctgov":
                from ldn_watch.sources.ctgov.source import CtgovSource

                self._sources[name] = CtgovSource.from_settings(self.config.ctgov)
            elif name == "europepmc":
                from ldn_watch.sources.europepmc.source import EuropePmcSource

                self._sources[name] = EuropePmcSource.from_settings(self.config.europepmc)
            else:
                known = ", ".join(SOURCES)
                raise ConfigError(f"unknown source {name!r} (known: {known})")
        return self._sources[name]

    @property
    def source_names(self) -> list[str]:
        """The sources this watch harvests, in the order a cycle asks them."""
        enabled = {
            "pubmed": True,
            "ctgov": self.config.ctgov.enabled,
            "europepmc": self.config.europepmc.enabled,
        }
        return [name for name in SOURCES if enabled[name]]

    @property
    def reference(self) -> str:
        """The study whose gaps this watch follows, as readers know it."""
        ref = self.config.digest.wording.reference
        return f"{ref.citation} (PMID {ref.pmid})" if ref.pmid else ref.citation

    @property
    def gap_ids(self) -> list[str]:
        return [r.id for r in self.rules if r.enabled]

    def lock(self) -> RunLock | AdvisoryLock:
        """The lock shared by `run`, `import` and every service cycle.

        A file lock beside a SQLite database; an advisory lock inside a PostgreSQL one
        (which several machines may share); else a lock file in the data dir.
        """
        in_database = self.storage.database_lock()
        if in_database is not None:
            return in_database
        db = self.storage.sqlite_path
        path = db.with_name(db.name + ".lock") if db else self.config.data_dir / "ldn-watch.lock"
        return RunLock(path)

    def close(self) -> None:
        if self._assessor is not None:
            self._assessor.close()
        self.storage.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- assessing ---------------------------------------------------------

    def assess_record(self, record: Record) -> Assessment:
        """One record's own facts and verdicts (pure: no database, no network)."""
        from ldn_watch.assessor import assess_record

        return assess_record(record, self.lexicon, self.rules)[0]

    def assess_records(self, batch: Sequence[Record]) -> list[str]:
        """Assess records and store their verdicts and the links that group them."""
        return self.storage.save_assessments(self.assessor(batch))

    def reassess_stale(self) -> int:
        """Redo verdicts made by other rules or another lexicon, without refetching."""
        stale = self.storage.unassessed(self.rules_version)
        for i in range(0, len(stale), 500):
            chunk = self.storage.records(stale[i : i + 500], include_deleted=True)
            self.assess_records([s.record for s in chunk])
        if stale:
            log.info("reassessed records=%d rules_version=%s", len(stale), self.rules_version)
        return len(stale)

    def refresh(self, *, run_id: int | None = None) -> int:
        """Verdicts brought up to date, then the studies of every record that changed."""
        count = self.reassess_stale()
        refresh_studies(self.storage, self.rules, run_id=run_id)
        return count

    def _store(
        self,
        batch: Sequence[Record | Deletion],
        run_id: int | None,
        into: Changes,
        source: str = "pubmed",
    ) -> None:
        found = [r for r in batch if isinstance(r, Record)]
        gone = [p for r in batch if isinstance(r, Deletion) for p in r.pmids]
        result = self.storage.upsert_records(found, run_id=run_id)
        touched = set(result.new + result.updated)
        self.assess_records([r for r in found if r.key in touched])
        into.new.extend(result.new)
        into.updated.extend(result.updated)
        if gone:
            into.deleted.extend(self.storage.mark_deleted(source, gone, run_id=run_id))

    # -- run ---------------------------------------------------------------

    def run_cycle(
        self,
        *,
        since: date | None = None,
        progress: Progress | None = None,
        send_email: bool = True,
        out_dir: Path | None = None,
        today: date | None = None,
        cancel: threading.Event | None = None,
    ) -> CycleSummary:
        """One monitoring cycle under the lock: fetch every source, store, assess, deliver.

        Each source's watermark moves only when its window was stored whole (see
        ``coverage``). Every run ends with an outcome: "ok", or "failed" with its error,
        delivery included (a refused email or an unwritable digest folder fail the run
        after the records are stored). ``cancel`` (set by the service on SIGTERM) ends
        any wait at once: what was stored stays stored, the run is marked failed and the
        next run covers the same window again.
        """
        today = today or datetime.now(UTC).date()
        if since is not None and since > today:
            raise ConfigError(
                f"--since {since} is in the future (today is {today} UTC); "
                "give a date on or before today"
            )
        with self.lock():
            self.storage.close_abandoned_runs()
            summary = self._cycle(since, progress, today, cancel)
            try:
                self.deliver(summary, out_dir=out_dir, send_email=send_email, cancel=cancel)
            except DeliveryError as e:
                summary.delivery_error = e
            except BaseException as e:
                self._finish(summary, outcome="failed", error=_reason(e))
                raise
            error = summary.error_text
            self._finish(summary, outcome="failed" if error else "ok", error=error)
            log.info(
                "run finished run_id=%d window=%s..%s translated_query=%r found=%d new=%d "
                "updated=%d deleted=%d requests=%d seconds=%.1f failed_sources=%s outcome=%s",
                summary.run_id,
                summary.window_start,
                summary.window_end,
                _joined(summary.translated_queries),
                summary.found,
                len(summary.new),
                len(summary.updated),
                len(summary.deleted),
                summary.requests,
                summary.seconds,
                ",".join(s.name for s in summary.failed_sources) or "-",
                "failed" if error else "ok",
            )
            return summary

    def _window(self, name: str, since: date | None, today: date) -> tuple[date, bool]:
        """(window start, whether it is the first harvest of the whole history)."""
        if since is not None:
            return since, False
        state = self.storage.source_state(name)
        if state is None or state.watermark is None:
            return HISTORY_START, True
        overlap = timedelta(days=self.config.pubmed.overlap_days)
        return state.watermark.date() - overlap, False

    def _cycle(
        self,
        since: date | None,
        progress: Progress | None,
        today: date,
        cancel: threading.Event | None,
    ) -> CycleSummary:
        """Harvest each source; the run row stays "running" for ``run_cycle`` to close."""
        started = time.monotonic()
        starts = {n: self._window(n, since, today) for n in self.source_names}
        earliest = min(s for s, _ in starts.values())
        run_id = self.storage.start_run(
            "run",
            query=self.config.pubmed.query,
            window_start=datetime.combine(earliest, datetime.min.time(), UTC),
            window_end=datetime.combine(today, datetime.min.time(), UTC),
        )
        summary = CycleSummary(run_id=run_id, window_start=earliest, window_end=today)
        requests_before = {n: self.source(n).requests for n in self.source_names}
        log.info("run started run_id=%d window=%s..%s", run_id, earliest, today)
        self.client.cancel = cancel
        try:
            for name in self.source_names:
                start, first = starts[name]
                outcome = self._harvest(name, start, first, today, run_id, progress, cancel)
                summary.sources.append(outcome)
                summary.found += outcome.found
                summary.add(outcome)
                summary.translated_queries.extend(outcome.queries)
            summary.reassessed = self.refresh(run_id=run_id)
        except BaseException as e:
            self._finish(summary, outcome="failed", error=_reason(e))
            # info: the caller reports the failure once (CLI: one line; service: error log)
            log.info("run failed run_id=%d error=%s", run_id, _reason(e))
            raise
        finally:
            self.client.cancel = None
        summary.requests = sum(
            self.source(n).requests - requests_before[n] for n in self.source_names
        )
        summary.seconds = time.monotonic() - started
        return summary

    def _harvest(
        self,
        name: str,
        start: date,
        first: bool,
        today: date,
        run_id: int,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> SourceOutcome:
        """One source's window, stored batch by batch; its watermark moves only if whole.

        A ``FetchError`` is this source's failure alone: it is recorded, and the cycle
        goes on with the next source. Records the source listed but would not deliver
        (left out of an answer, invalid XML) are holes: what was delivered is stored,
        the source fails and keeps its watermark, and the next run asks for them again,
        until one missed in ``coverage.GIVE_UP_AFTER`` runs is recorded as unavailable.
        Anything else stops the cycle.
        """
        outcome = SourceOutcome(name, start, today)
        source = self.source(name)
        problems: dict[str, str] = {}
        delivered: set[str] = set()
        try:
            plan = source.harvest(
                start,
                today,
                first=first,
                is_known=lambda ids: self.storage.known_ids(name, ids),
                cancel=cancel,
            )
            outcome.found = plan.found
            outcome.queries = list(plan.queries)
            done = 0
            if progress:
                progress(0, plan.found)
            for batch in plan:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("stopped by a signal before the window was complete")
                self._store(batch.records, run_id, outcome, source=name)
                delivered.update(r.id for r in batch.records if isinstance(r, Record))
                problems.update({i: f"not returned by {SOURCE_NAMES[name]}" for i in batch.missing})
                problems.update(batch.bad)
                done += batch.requested or len(batch.records)
                if progress:
                    progress(done, plan.found)
        except FetchError as e:
            outcome.error = redact(str(e))
            self.storage.record_source_attempt(name, run_id=run_id, error=outcome.error)
            log.info("source %s failed: %s", name, outcome.error)  # the caller reports it once
            return outcome
        self._settle(outcome, run_id, problems, delivered)
        return outcome

    def _settle(
        self,
        outcome: SourceOutcome,
        run_id: int,
        problems: dict[str, str],
        delivered: set[str],
    ) -> None:
        """Count the records the source would not deliver; move the watermark if none
        holds it back, and only over ground covered without a gap (an explicit --since
        later than the watermark fetches its window but moves nothing)."""
        name = outcome.name
        unfetched = Unfetched(self.storage, name)
        changed = bool(unfetched.resolved(delivered))
        holding, outcome.unavailable = unfetched.missed(problems, run_id)
        if changed or problems:
            unfetched.save()
        state = self.storage.source_state(name)
        before = state.watermark.date() if state and state.watermark else None
        if holding:
            named = "PMID " if name == "pubmed" else ""
            listed = "; ".join(f"{named}{i} ({problems[i]})" for i in holding[:5])
            more = f" and {len(holding) - 5} more" if len(holding) > 5 else ""
            outcome.error = (
                f"{len(holding)} of {outcome.found} records could not be fetched: "
                f"{listed}{more}; the others are stored and the next run asks for these again"
            )
            self.storage.record_source_attempt(name, run_id=run_id, error=outcome.error)
            outcome.watermark = before
            return
        after = next_watermark(before, outcome.window_start, outcome.window_end)
        outcome.watermark = after
        self.storage.record_source_attempt(
            name,
            run_id=run_id,
            error=None,
            watermark=(
                datetime.combine(after, datetime.min.time(), UTC)
                if after is not None and after != before
                else None
            ),
            found=outcome.found,
            new=len(outcome.new),
            updated=len(outcome.updated),
        )

    def _finish(self, summary: CycleSummary, *, outcome: str, error: str | None = None) -> None:
        self.storage.finish_run(
            summary.run_id,
            outcome=outcome,
            found=summary.found,
            new=len(summary.new),
            updated=len(summary.updated),
            translated_query=_joined(summary.translated_queries),
            error=error,
        )

    # -- delivery ------------------------------------------------------------

    def deliver(
        self,
        summary: CycleSummary,
        *,
        out_dir: Path | None,
        send_email: bool,
        cancel: threading.Event | None = None,
    ) -> None:
        """Write a digest of what no digest carried yet; send it and any queued email."""
        from ldn_watch import deliver
        from ldn_watch.digest.archive import unused_moment

        folder = out_dir or self.config.digest.out_dir
        deliver.recover(self.storage, folder)  # a digest a killed run left half written
        states = self.gap_states()  # reads studies, not every record
        selection = deliver.select_pending(self.storage)
        email_on = send_email and self.config.email.enabled
        if not selection.empty:
            now = unused_moment(folder.expanduser(), datetime.now(UTC))
            ctx = self._compose(selection, states, self.storage.last_digest_time(), now)
            summary.digest_files = self._publish(ctx, selection, folder, email_on).files
        if email_on and not (cancel is not None and cancel.is_set()):
            summary.emails_sent, error = deliver.send_pending(
                self.storage, self.config.email, cancel
            )
            if error is not None:
                raise error

    def _compose(
        self,
        selection: Selection,
        states: Sequence[GapState],
        period_start: datetime | None,
        now: datetime,
    ) -> DigestContext:
        from ldn_watch import deliver

        return deliver.compose(
            self.storage,
            selection,
            states=states,
            rules=self.rules,
            period_start=period_start,
            now=now,
            settings=self.config.digest,
        )

    def _publish(
        self,
        ctx: DigestContext,
        selection: Selection,
        out_dir: Path | None,
        email_on: bool,
    ) -> DeliveryOutcome:
        from ldn_watch import deliver

        digest = self.config.digest
        return deliver.publish(
            self.storage,
            ctx,
            selection,
            out_dir=out_dir or digest.out_dir,
            formats=digest.formats,
            template_dir=digest.template_dir,
            email_settings=self.config.email if email_on else None,
            base_url=digest.base_url,
        )

    # -- import ------------------------------------------------------------

    def import_files(
        self, paths: Sequence[Path], *, progress: Progress | None = None
    ) -> ImportSummary:
        """Store efetch XML files; each file is all-or-nothing.

        A file is streamed in batches inside one transaction: memory stays flat in the
        file's size, and a file that turns out bad halfway is rolled back whole.
        ``progress`` hears (records so far, 0) as the file goes (its length is unknown).
        """
        from ldn_watch.pubmed.parse import iter_records

        summary = ImportSummary()
        with self.lock():
            for path in paths:
                run_id = self.storage.start_run("import", query=str(path), source="pubmed")
                before = (summary.new, summary.updated)
                count = 0
                try:
                    with self.storage.transaction():
                        for batch in _batches(iter_records(path), IMPORT_BATCH):
                            done = Changes()
                            self._store(batch, run_id, done)
                            summary.add(done)
                            count += len(batch)
                            if progress:
                                progress(count, 0)
                except BaseException as e:
                    self.storage.finish_run(run_id, outcome="failed", error=_reason(e))
                    raise
                if progress:
                    progress(count, count)  # the file's length is known now
                self.storage.finish_run(
                    run_id,
                    outcome="ok",
                    found=count,
                    new=summary.new - before[0],
                    updated=summary.updated - before[1],
                )
                summary.files += 1
                summary.records += count
            self.refresh()
        return summary

    # -- search ------------------------------------------------------------

    def search_source(
        self,
        name: str,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        save: bool = False,
        today: date | None = None,
    ) -> SearchOutcome:
        """Ad-hoc search of one source, assessed in memory; ``save`` stores the hits too."""
        term = " ".join(terms)
        hits = self.source(name).search(terms, max_results=max_results, since=since)
        log.info("search source=%s term=%r query=%r count=%d", name, term, hits.query, hits.total)
        found = hits.records
        if save and found:
            with self.lock():
                run_id = self.storage.start_run("search", query=term, source=name)
                stored = Changes()
                self._store(found, run_id, stored, source=name)
                self.refresh(run_id=run_id)
                self.storage.finish_run(
                    run_id,
                    outcome="ok",
                    found=len(found),
                    new=len(stored.new),
                    updated=len(stored.updated),
                    translated_query=hits.query,
                )
        rows: list[tuple[Record, Assessment | None]] = [(r, self.assess_record(r)) for r in found]
        return SearchOutcome(rows=rows, total=hits.total)

    def search_local(
        self, terms: Sequence[str], *, max_results: int | None = None, since: date | None = None
    ) -> SearchOutcome:
        self.refresh()
        hits = self.storage.search_local(terms, limit=None)
        if since:
            hits = [h for h in hits if h.first_seen.date() >= since]
        shown = hits[:max_results] if max_results else hits
        return SearchOutcome(rows=[(s.record, s.assessment) for s in shown], total=len(hits))

    # -- digest ------------------------------------------------------------

    def digest(
        self, *, since: date | None = None, fmt: str = "text", send: bool = False
    ) -> tuple[str, list[str]]:
        """Render a digest from what is stored, without fetching.

        Without ``since`` it previews what the next run's digest would carry; with
        ``send`` it is emailed and logged as carried (so the next run does not repeat it).
        A digest that carries nothing is not sent (the scheduled run does not email
        "nothing new" either); emails queued by earlier failed sends go out all the same.
        Returns the rendered text and the subjects of the emails sent.
        """
        from ldn_watch import deliver

        states = self.gap_states()
        now = datetime.now(UTC)
        start: datetime | None  # None: no digest yet, the first one covers everything
        if since is not None:
            start = datetime.combine(since, datetime.min.time(), UTC)
            selection = deliver.select_since(self.storage, start)
        else:
            start = self.storage.last_digest_time()
            selection = deliver.select_pending(self.storage)
        ctx = self._compose(selection, states, start, now)
        text = deliver.render(ctx, fmt, self.config.digest.template_dir)
        sent: list[str] = []
        if send:
            if not self.config.email.enabled:
                raise ConfigError(
                    f"{self.config.source}: email.enabled is false; enable [email] to use --send"
                )
            with self.lock():
                folder = self.config.digest.out_dir
                deliver.recover(self.storage, folder)
                if not selection.empty:
                    self._publish(ctx, selection, folder, email_on=True)
                sent, error = deliver.send_pending(self.storage, self.config.email)
                if error is not None:
                    raise error
        return text, sent

    # -- evidence ----------------------------------------------------------

    def evidence(self) -> tuple[list[GapState], Iterator[StoredRecord]]:
        """Gap statuses and every stored record, verdicts and studies brought up to date.

        The records come a page at a time (``Storage.iter_records``): a reader that writes
        each one out holds one page, whatever the size of the store."""
        self.refresh()
        states = gap_states(self.rules, self.storage.studies_on_gaps(), self.storage.record_gaps())
        return states, self.storage.iter_records()

    def studies(self) -> list[Study]:
        """Every study, up to date."""
        self.refresh()
        return self.storage.studies()

    def export(
        self,
        fmt: str,
        *,
        on_topic: bool = False,
        gap: str | None = None,
        now: datetime | None = None,
    ) -> str:
        """The stored studies' records for reference managers (``export.FORMATS``)."""
        from ldn_watch import export

        if gap is not None and gap not in self.gap_ids:
            raise ConfigError(f"unknown gap {gap!r} (known: {', '.join(self.gap_ids)})")
        studies = self.studies()
        rows = export.select(self.storage.records(), studies, on_topic=on_topic, gap=gap)
        return export.export(rows, fmt, now=now or datetime.now(UTC))

    def gap_states(self) -> list[GapState]:
        """Gap statuses from the studies on a gap alone (cheap: no record is loaded)."""
        self.refresh()
        return gap_states(self.rules, self.storage.studies_on_gaps())


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reason(e: BaseException) -> str:
    """The error a failed run records: the message of a failure a user can act on, the
    kind of interruption, or the bug (with its type) — never an empty "interrupted"."""
    if isinstance(e, LdnWatchError):
        return redact(str(e))
    if isinstance(e, KeyboardInterrupt | SystemExit):
        return f"interrupted ({type(e).__name__})"
    return redact(f"crashed: {type(e).__name__}: {e}")


def _joined(queries: Sequence[str]) -> str | None:
    return " | ".join(dict.fromkeys(queries)) or None


def load_rules(config: Config) -> list[GapRule]:
    return rules_from_config(dict(config.gaps_table), source=config.source)


def make_watcher(config: Config, *, jobs: int | None = None) -> Watcher:
    """The one factory behind `run`, `serve`, `demo` and the tests.

    ``jobs``: processes for assessing large batches (default: the cores available).
    """
    lexicon = Lexicon.load(*([config.lexicon_path] if config.lexicon_path else []))
    rules = load_rules(config)
    storage = Storage.open(config.database_url)
    return Watcher(config, storage, lexicon, rules, jobs=jobs)
