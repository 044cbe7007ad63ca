"""The facade: every entry point (CLI, scheduler, demo, tests) builds a Watcher here.

A Watcher owns the config, the storage and (lazily) the Entrez client, and runs
the one-way flow PubMed -> parse -> store -> assess -> digest -> deliver.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ldn_watch import deliver
from ldn_watch.assess import assess
from ldn_watch.assess.gaps import GapRule, gap_states, rules_from_config, rules_version
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.config import Config
from ldn_watch.coverage import HISTORY_START, Unfetched, covered_until, extend_coverage
from ldn_watch.deliver import DeliveryOutcome, Selection
from ldn_watch.digest import DigestContext
from ldn_watch.errors import (
    CancelledError,
    ConfigError,
    DeliveryError,
    FetchError,
    LdnWatchError,
)
from ldn_watch.lock import RunLock
from ldn_watch.model import Assessment, Deletion, GapState, Record, StoredArticle
from ldn_watch.net import redact
from ldn_watch.pubmed.client import EntrezClient
from ldn_watch.pubmed.harvest import Window, harvest
from ldn_watch.pubmed.parse import iter_records, parse_bytes
from ldn_watch.store import Storage

log = logging.getLogger("ldn_watch")

__all__ = ["HISTORY_START", "CycleSummary", "ImportSummary", "SearchOutcome", "Watcher"]

# (done, total): total 0 while it is not known yet
Progress = Callable[[int, int], None]
ASSESS_CHUNK = 250  # records assessed (and progress reported) at a time


@dataclass
class CycleSummary:
    """What one `run` did; printed by the CLI and logged by the service."""

    run_id: int
    window_start: date
    window_end: date
    found: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    reassessed: int = 0
    translated_queries: list[str] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    digest_files: list[Path] = field(default_factory=list)
    emails_sent: list[str] = field(default_factory=list)  # subjects
    # Records the source listed but would not deliver: the window is not covered
    # (the watermark stays); what was stored is delivered; exit 1.
    incomplete: FetchError | None = None
    unavailable: list[str] = field(default_factory=list)  # given up this run (logged)
    delivery_error: DeliveryError | None = None  # the records are stored; exit 1 all the same
    covered_until: date | None = None  # the watermark after this run

    @property
    def error(self) -> LdnWatchError | None:
        """What failed, if anything: the run's outcome is "failed" and the exit status 1."""
        return self.incomplete or self.delivery_error

    @property
    def error_text(self) -> str | None:
        parts = []
        if self.incomplete is not None:
            parts.append(str(self.incomplete))
        if self.delivery_error is not None:
            parts.append(f"delivery failed: {self.delivery_error}")
        return "; ".join(parts) or None


@dataclass
class ImportSummary:
    files: int = 0
    records: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


@dataclass
class SearchOutcome:
    """An ad-hoc search: the rows shown, of ``total`` matches."""

    rows: list[tuple[Record, Assessment | None]]
    total: int


class Watcher:
    """The application; build one with ``make_watcher``."""

    def __init__(
        self, config: Config, storage: Storage, lexicon: Lexicon, rules: list[GapRule]
    ) -> None:
        self.config = config
        self.storage = storage
        self.lexicon = lexicon
        self.rules = rules
        self.rules_version = rules_version(rules, lexicon)
        self._client: EntrezClient | None = None

    # -- plumbing ----------------------------------------------------------

    @property
    def client(self) -> EntrezClient:
        if self._client is None:
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

    def lock(self) -> RunLock:
        """The lock shared by `run`, `import` and every service cycle."""
        db = self.storage.sqlite_path
        path = db.with_name(db.name + ".lock") if db else self.config.data_dir / "ldn-watch.lock"
        return RunLock(path)

    def close(self) -> None:
        self.storage.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- assessing ---------------------------------------------------------

    def assess_articles(self, records: Iterable[Record], *, run_id: int | None = None) -> dict:
        """Assess and store verdicts; returns {pmid: verdict changes} like the store."""
        results = [assess(a, self.lexicon, self.rules) for a in records]
        return self.storage.save_assessments(results, run_id=run_id)

    def reassess_stale(self, *, run_id: int | None = None) -> int:
        """Redo verdicts made by other rules or another lexicon, without refetching."""
        stale = self.storage.unassessed(self.rules_version)
        for i in range(0, len(stale), 500):
            chunk = self.storage.articles(stale[i : i + 500], include_deleted=True)
            self.assess_articles([s.article for s in chunk], run_id=run_id)
        if stale:
            log.info("reassessed articles=%d rules_version=%s", len(stale), self.rules_version)
        return len(stale)

    def _store_records(
        self,
        records: Sequence[Record | Deletion],
        run_id: int | None,
        into: CycleSummary | ImportSummary,
        progress: Progress | None = None,
    ) -> None:
        found = [r for r in records if isinstance(r, Record)]
        gone = [p for r in records if isinstance(r, Deletion) for p in r.pmids]
        result = self.storage.upsert_articles(found, run_id=run_id)
        touched = {p for p in result.new + result.updated}
        todo = [a for a in found if a.pmid in touched]
        for i in range(0, len(todo), ASSESS_CHUNK):
            self.assess_articles(todo[i : i + ASSESS_CHUNK], run_id=run_id)
            if progress:
                progress(min(i + ASSESS_CHUNK, len(todo)), len(todo))
        into.new.extend(result.new)
        into.updated.extend(result.updated)
        if gone:
            into.deleted.extend(self.storage.mark_deleted(gone, run_id=run_id))

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
        """One monitoring cycle under the lock: fetch, store, assess, deliver.

        The watermark moves only when the window was stored whole (see ``coverage``).
        Every run ends with an outcome: "ok", or "failed" with its error, delivery
        included (a refused email or an unwritable digest folder fail the run after
        the records are stored). ``cancel`` (set by the service on SIGTERM) ends any
        wait at once: what was stored stays stored, the run is marked failed and the
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
                "updated=%d deleted=%d requests=%d seconds=%.1f covered_until=%s outcome=%s",
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
                summary.covered_until,
                "failed" if error else "ok",
            )
            return summary

    def deliver(
        self,
        summary: CycleSummary,
        *,
        out_dir: Path | None,
        send_email: bool,
        cancel: threading.Event | None = None,
    ) -> None:
        """Write a digest of what no digest carried yet; send it and any queued email."""
        folder = out_dir or self.config.digest.out_dir
        deliver.recover(self.storage, folder)  # a digest a killed run left half written
        states, stored = self.evidence()
        selection = deliver.select_pending(self.storage, stored)
        email_on = send_email and self.config.email.enabled
        if not selection.empty:
            now = datetime.now(UTC)
            ctx = self._compose(selection, states, stored, self.storage.last_digest_time(), now)
            summary.digest_files = self._publish(ctx, selection, folder, email_on).files
        if email_on and not (cancel is not None and cancel.is_set()):
            summary.emails_sent, error = deliver.send_pending(self.storage, self.config.email)
            if error is not None:
                raise error

    def _compose(
        self,
        selection: Selection,
        states: Sequence[GapState],
        stored: Sequence[StoredArticle],
        period_start: datetime | None,
        now: datetime,
    ) -> DigestContext:
        return deliver.compose(
            self.storage,
            selection,
            states=states,
            rules=self.rules,
            stored=stored,
            period_start=period_start,
            now=now,
        )

    def _publish(
        self,
        ctx: DigestContext,
        selection: Selection,
        out_dir: Path,
        email_on: bool,
    ) -> DeliveryOutcome:
        digest = self.config.digest
        return deliver.publish(
            self.storage,
            ctx,
            selection,
            out_dir=out_dir,
            formats=digest.formats,
            template_dir=digest.template_dir,
            email_settings=self.config.email if email_on else None,
            base_url=digest.base_url,
        )

    def _window_start(self, since: date | None) -> tuple[date, bool]:
        """Start of the window, and whether it follows covered history (then revised
        records are searched too; a first run's edat window already holds every record)."""
        if since is not None:
            return since, True
        covered = covered_until(self.storage)
        if covered is None:
            return HISTORY_START, False
        overlap = timedelta(days=self.config.pubmed.overlap_days)
        return covered - overlap, True

    def _cycle(
        self,
        since: date | None,
        progress: Progress | None,
        today: date,
        cancel: threading.Event | None,
    ) -> CycleSummary:
        """Fetch and store the window; the run row stays "running" for ``run_cycle``."""
        started = time.monotonic()
        start, incremental = self._window_start(since)
        query = self.config.pubmed.query
        run_id = self.storage.start_run(
            "run",
            query=query,
            window_start=datetime.combine(start, datetime.min.time(), UTC),
            window_end=datetime.combine(today, datetime.min.time(), UTC),
        )
        summary = CycleSummary(run_id=run_id, window_start=start, window_end=today)
        log.info("run started run_id=%d window=%s..%s", run_id, start, today)
        client = self.client
        client.cancel = cancel
        requests_before = client.requests
        try:
            windows = [Window("edat", start, today)]
            if incremental:  # a first run's edat window already covers every record
                windows.append(Window("mdat", start, today))
            plan = harvest(
                client,
                query,
                windows=windows,
                is_known=self.storage.known_pmids,
                batch_size=self.config.pubmed.batch_size,
            )
            summary.translated_queries = [
                s.translated_query for s in plan.searches if s.translated_query
            ]
            summary.found = plan.found
            total, done = len(plan.pmids), 0
            problems: dict[str, str] = {}
            delivered: set[str] = set()
            if progress:
                progress(0, total)
            for batch in plan:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("stopped by a signal before the window was complete")
                self._store_records(batch.records, run_id, summary)
                delivered.update(r.pmid for r in batch.records if isinstance(r, Record) and r.pmid)
                problems.update({p: "not returned by PubMed" for p in batch.missing})
                problems.update(batch.bad)
                done += len(batch.pmids)
                if progress:
                    progress(done, total)
            summary.reassessed = self.reassess_stale(run_id=run_id)
            self._settle(summary, start, today, problems, delivered)
        except BaseException as e:
            self._finish(summary, outcome="failed", error=_reason(e))
            # info: the caller reports the failure once (CLI: one line; service: error log)
            log.info("run failed run_id=%d error=%s", run_id, _reason(e))
            raise
        finally:
            client.cancel = None
        summary.requests = client.requests - requests_before
        summary.seconds = time.monotonic() - started
        return summary

    def _settle(
        self,
        summary: CycleSummary,
        start: date,
        end: date,
        problems: dict[str, str],
        delivered: set[str],
    ) -> None:
        """Count the records PubMed would not deliver; move the watermark if none holds it."""
        unfetched = Unfetched(self.storage)
        changed = bool(unfetched.resolved(delivered))
        holding, summary.unavailable = unfetched.missed(problems, summary.run_id)
        if changed or problems:
            unfetched.save()
        if holding:
            listed = "; ".join(f"PMID {p} ({problems[p]})" for p in holding[:5])
            more = f" and {len(holding) - 5} more" if len(holding) > 5 else ""
            summary.incomplete = FetchError(
                f"{len(holding)} of {summary.found} records could not be fetched: {listed}{more}; "
                "the others are stored and the next run asks for these again"
            )
            summary.covered_until = covered_until(self.storage)
            return
        summary.covered_until = extend_coverage(self.storage, start, end)

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

    # -- import ------------------------------------------------------------

    def import_files(
        self, paths: Sequence[Path], *, progress: Progress | None = None
    ) -> ImportSummary:
        """Store efetch XML files; each file is all-or-nothing.

        ``progress(done, total)`` hears about reading (total 0: not known yet), then
        about assessing, the long part.
        """
        summary = ImportSummary()
        with self.lock():
            for path in paths:
                records: list[Record | Deletion] = []
                for record in iter_records(path):  # parse fully first: a bad file stores nothing
                    records.append(record)
                    if progress and len(records) % 500 == 0:
                        progress(len(records), 0)
                run_id = self.storage.start_run("import", query=str(path))
                before_new, before_upd = len(summary.new), len(summary.updated)
                try:
                    self._store_records(records, run_id, summary, progress)
                except BaseException as e:
                    self.storage.finish_run(run_id, outcome="failed", error=_reason(e))
                    raise
                self.storage.finish_run(
                    run_id,
                    outcome="ok",
                    found=len(records),
                    new=len(summary.new) - before_new,
                    updated=len(summary.updated) - before_upd,
                )
                summary.files += 1
                summary.records += len(records)
            self.reassess_stale()
        return summary

    # -- search ------------------------------------------------------------

    def search_pubmed(
        self,
        terms: Sequence[str],
        *,
        max_results: int = 20,
        since: date | None = None,
        save: bool = False,
        today: date | None = None,
    ) -> SearchOutcome:
        """Ad-hoc PubMed search, assessed in memory; ``save`` stores the hits too."""
        term = " ".join(terms)
        today = today or datetime.now(UTC).date()
        result = self.client.esearch(
            term,
            datetype="edat" if since else None,
            mindate=since,
            maxdate=today if since else None,
            retmax=max_results,
            usehistory=False,
            strict=False,
        )
        log.info(
            "search term=%r translated_query=%r count=%d",
            term,
            result.translated_query,
            result.count,
        )
        found: list[Record] = []
        batch = self.config.pubmed.batch_size
        for i in range(0, len(result.ids), batch):
            xml = self.client.efetch(ids=result.ids[i : i + batch])
            found.extend(
                r for r in parse_bytes(xml, name="efetch response") if isinstance(r, Record)
            )
        if save and found:
            with self.lock():
                run_id = self.storage.start_run("search", query=term)
                summary = ImportSummary()
                self._store_records(found, run_id, summary)
                self.storage.finish_run(
                    run_id,
                    outcome="ok",
                    found=len(found),
                    new=len(summary.new),
                    updated=len(summary.updated),
                    translated_query=result.translated_query,
                )
        rows: list[tuple[Record, Assessment | None]] = [
            (a, assess(a, self.lexicon, self.rules)) for a in found
        ]
        return SearchOutcome(rows=rows, total=result.count)

    def search_local(
        self, terms: Sequence[str], *, max_results: int | None = None, since: date | None = None
    ) -> SearchOutcome:
        self.reassess_stale()
        hits = self.storage.search_local(terms, limit=None)
        if since:
            hits = [h for h in hits if h.first_seen.date() >= since]
        shown = hits[:max_results] if max_results else hits
        return SearchOutcome(rows=[(s.article, s.assessment) for s in shown], total=len(hits))

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
        states, stored = self.evidence()
        now = datetime.now(UTC)
        start: datetime | None  # None: no digest yet, the first one covers everything
        if since is not None:
            start = datetime.combine(since, datetime.min.time(), UTC)
            selection = deliver.select_since(stored, start)
        else:
            start = self.storage.last_digest_time()
            selection = deliver.select_pending(self.storage, stored)
        ctx = self._compose(selection, states, stored, start, now)
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

    def evidence(self) -> tuple[list[GapState], list[StoredArticle]]:
        """Gap statuses and every stored article, verdicts brought up to date first."""
        self.reassess_stale()
        stored = self.storage.articles()
        states = gap_states([s.assessment for s in stored if s.assessment], self.rules)
        return states, stored


def _joined(queries: Sequence[str]) -> str | None:
    return " | ".join(dict.fromkeys(queries)) or None


def _reason(e: BaseException) -> str:
    """The error a failed run records: the message of a failure a user can act on, the
    kind of interruption, or the bug (with its type) — never an empty "interrupted"."""
    if isinstance(e, LdnWatchError):
        return redact(str(e))
    if isinstance(e, KeyboardInterrupt | SystemExit):
        return f"interrupted ({type(e).__name__})"
    return redact(f"crashed: {type(e).__name__}: {e}")


def load_rules(config: Config) -> list[GapRule]:
    return rules_from_config(dict(config.gaps_table), source=config.source)


def make_watcher(config: Config) -> Watcher:
    """The one factory behind `run`, `serve`, `demo` and the tests."""
    lexicon = Lexicon.load(*([config.lexicon_path] if config.lexicon_path else []))
    rules = load_rules(config)
    storage = Storage.open(config.database_url)
    return Watcher(config, storage, lexicon, rules)
