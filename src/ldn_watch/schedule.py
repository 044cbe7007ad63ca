"""The schedule and the long-running service behind ``ldn-watch serve``.

The service is a thin front door to the same facade as ``ldn-watch run``: every
cycle builds a Watcher with the one factory and calls ``run_cycle`` under the
shared run lock, so cron, the service and a user's ``run`` can never overlap.

Two translations matter and are easy to get wrong:

* Users write crontab(5), where day-of-week 0 and 7 are Sunday and 1 is Monday.
  APScheduler's crontab form numbers the week from Monday = 0, so numeric
  day-of-week fields are expanded here to day *names*, which both agree on.
* crontab(5) fires when day-of-month OR day-of-week matches if both are
  restricted; APScheduler ANDs its fields, so that case becomes an ``OrTrigger``.

Signals never run application code in the handler: the C-level handler writes
the signal number to a pipe (``signal.set_wakeup_fd``) and the main thread,
blocked reading that pipe, sets the stop Event, reloads or shuts down. Taking
a lock inside a Python signal handler (``Event.set`` does) can deadlock the
main thread if the signal lands while that thread holds the same lock.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import threading
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from ldn_watch.coverage import Unfetched
from ldn_watch.errors import CancelledError, ConfigError, LdnWatchError, LockedError
from ldn_watch.net import redact

if TYPE_CHECKING:
    from ldn_watch.app import CycleSummary, Watcher
    from ldn_watch.config import Config, ScheduleSettings
    from ldn_watch.model import RunRecord

log = logging.getLogger("ldn_watch.schedule")

JOB_ID = "ldn-watch-cycle"
NEXT_RUN_KEY = "next_run"  # storage meta key read by `status` in another process
RUN_KIND = "run"

WatcherFactory = Callable[["Config"], "Watcher"]

# -- crontab(5) -> APScheduler ---------------------------------------------------

_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
_RANGES = {"minute": (0, 59), "hour": (0, 23), "day": (1, 31), "month": (1, 12)}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# crontab(5) numbering: 0 and 7 are Sunday.
_CRON_DAYS = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
# APScheduler's names, in its Monday-first order.
_APS_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ELEMENT = re.compile(
    r"^(?:(?P<star>\*)|(?P<first>\d+|[a-z]{3})(?:-(?P<last>\d+|[a-z]{3}))?)(?:/(?P<step>\d+))?$"
)


class _CronSyntaxError(ValueError):
    """A crontab field that is not crontab(5); becomes a ConfigError naming the key."""


def translate_crontab(expr: str) -> dict[str, str]:
    """A five-field crontab(5) expression -> CronTrigger keyword arguments.

    Only crontab(5) syntax is accepted (``*``, values, ranges, lists, steps and
    three-letter month and day names), not APScheduler's extensions such as
    ``last fri``, so an expression means here what it means to cron.
    """
    parts = expr.split()
    if len(parts) != 5:
        raise _CronSyntaxError(f"needs five fields (minute hour day month weekday), got {expr!r}")
    fields = dict(zip(_FIELDS, parts, strict=True))
    out: dict[str, str] = {}
    for name, text in fields.items():
        matches = []
        for element in text.lower().split(","):
            m = _ELEMENT.match(element)
            if m is None:
                raise _CronSyntaxError(f"{_label(name)} field {text!r} is not crontab(5) syntax")
            if m["step"] is not None and int(m["step"]) == 0:
                raise _CronSyntaxError(f"{_label(name)} field {text!r} has a step of 0")
            matches.append(m)
        if name == "day_of_week":
            out[name] = _day_names(_weekday_set(matches, text))
        else:
            for m in matches:
                _check_values(name, m, text)
            out[name] = text.lower()
    return out


def _label(name: str) -> str:
    return {"day": "day-of-month", "day_of_week": "day-of-week"}.get(name, name)


def _check_values(name: str, m: re.Match[str], text: str) -> None:
    """Range-check one element; APScheduler would accept some values cron rejects."""
    low, high = _RANGES[name]
    values = []
    for key in ("first", "last"):
        value = m[key]
        if value is None:
            continue
        if value.isdigit():
            values.append(int(value))
        elif name == "month" and value in _MONTHS:
            values.append(_MONTHS.index(value) + 1)
        else:
            raise _CronSyntaxError(f"{_label(name)} field {text!r}: {value!r} is not a value")
    for v in values:
        if not low <= v <= high:
            raise _CronSyntaxError(f"{_label(name)} field {text!r}: {v} is not in {low}-{high}")
    if len(values) == 2 and values[0] > values[1]:
        raise _CronSyntaxError(f"{_label(name)} field {text!r}: the range goes backwards")


def _cron_day(value: str, text: str) -> int:
    if value.isdigit():
        number = int(value)
        if number > 7:
            raise _CronSyntaxError(f"day-of-week field {text!r}: {number} is not in 0-7")
        return number
    if value not in _CRON_DAYS:
        raise _CronSyntaxError(f"day-of-week field {text!r}: {value!r} is not a day name")
    return _CRON_DAYS[value]


def _weekday_set(matches: list[re.Match[str]], text: str) -> set[int]:
    """The days an element list selects, in crontab(5) numbers 0-6 (7 folded into 0).

    ``*`` and an open ``a/n`` span 0-7, as in Vixie cron and cronie, so ``*/2``
    is Sunday, Tuesday, Thursday, Saturday.
    """
    days: set[int] = set()
    for m in matches:
        step = int(m["step"] or 1)
        if m["star"]:
            first, last = 0, 7
        else:
            first = _cron_day(m["first"], text)
            if m["last"] is not None:
                last = _cron_day(m["last"], text)
            else:
                last = 7 if m["step"] else first
            if first > last:
                raise _CronSyntaxError(
                    f"day-of-week field {text!r}: the range goes backwards "
                    "(0 and 7 are Sunday: write 'sat,sun' or 6-7)"
                )
        days.update(d % 7 for d in range(first, last + 1, step))
    return days


def _day_names(days: set[int]) -> str:
    """crontab day numbers -> APScheduler day names, runs of three or more as ranges."""
    indexes = sorted((d - 1) % 7 for d in days)  # crontab Monday=1 -> APScheduler Monday=0
    if len(indexes) == 7:
        return "*"
    parts: list[str] = []
    start = prev = indexes[0]
    for i in [*indexes[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        if prev - start >= 2:
            parts.append(f"{_APS_DAYS[start]}-{_APS_DAYS[prev]}")
        else:
            parts.extend(_APS_DAYS[d] for d in range(start, prev + 1))
        if i is not None:
            start = prev = i
    return ",".join(parts)


# -- triggers and times -------------------------------------------------------------


def build_trigger(
    settings: ScheduleSettings, *, anchor: datetime | None = None, source: str | None = None
) -> BaseTrigger:
    """The APScheduler trigger for the ``[schedule]`` settings, in ``settings.timezone``.

    ``anchor`` (the last run's start) lines an interval up with the last run, so a
    restart does not push an ``every = "7d"`` cycle a week further out.
    ``source`` names the config file in error messages.
    """
    prefix = f"{source}: " if source else ""
    tz = ZoneInfo(settings.timezone)
    if settings.every is not None:
        return IntervalTrigger(
            seconds=settings.every.total_seconds(), start_date=anchor, timezone=tz
        )
    if not settings.cron:
        raise ConfigError(f"{prefix}schedule.cron or schedule.every must be set to run the service")
    try:
        fields = translate_crontab(settings.cron)
        day_any = fields["day"].startswith("*")
        weekday_any = settings.cron.split()[4].startswith("*")
        if day_any or weekday_any:
            trigger: BaseTrigger = CronTrigger(**fields, timezone=tz)
        else:  # crontab(5): "runs when either field matches"
            trigger = OrTrigger(
                [
                    CronTrigger(**{**fields, "day_of_week": "*"}, timezone=tz),
                    CronTrigger(**{**fields, "day": "*"}, timezone=tz),
                ]
            )
    except ValueError as e:
        raise ConfigError(
            f"{prefix}schedule.cron {settings.cron!r} is not a crontab(5) expression: {e}"
        ) from e
    if trigger.get_next_fire_time(None, datetime.now(tz)) is None:
        raise ConfigError(f"{prefix}schedule.cron {settings.cron!r} matches no date")
    return trigger


def next_run_time(
    settings: ScheduleSettings, now: datetime, *, last_run_started: datetime | None = None
) -> datetime | None:
    """The next fire time after ``now`` in the schedule's zone; None if unscheduled."""
    if settings.cron is None and settings.every is None:
        return None
    tz = ZoneInfo(settings.timezone)
    if settings.every is not None and last_run_started is None:
        return (now + settings.every).astimezone(tz)  # as if the service started now
    trigger = build_trigger(settings, anchor=last_run_started)
    return trigger.get_next_fire_time(None, now.astimezone(tz))


def missed_run(
    settings: ScheduleSettings, last_run_started: datetime | None, now: datetime
) -> bool:
    """Was a cycle due while nobody ran one, recently enough to catch up now?

    For ``cron``: a fire time after the last run's start and at most
    ``misfire_grace`` before ``now``. For ``every``: the last run is older than
    the interval. With no run at all nothing was missed: the first (full-history)
    run is the operator's call, by ``ldn-watch run`` or at the first fire time.
    """
    if last_run_started is None or (settings.cron is None and settings.every is None):
        return False
    if settings.every is not None:
        return now - last_run_started >= settings.every
    trigger = build_trigger(settings)
    lower = max(last_run_started, now - settings.misfire_grace)
    fire = trigger.get_next_fire_time(None, lower.astimezone(ZoneInfo(settings.timezone)))
    return fire is not None and last_run_started < fire <= now


def format_interval(every: timedelta) -> str:
    """timedelta -> the config's own spelling ("30s", "6h", "7d")."""
    seconds = int(every.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _format_time(when: datetime) -> str:
    pattern = "%Y-%m-%d %H:%M:%S %Z" if when.second else "%Y-%m-%d %H:%M %Z"
    return when.strftime(pattern)


def describe_schedule(
    settings: ScheduleSettings,
    now: datetime | None = None,
    *,
    last_run_started: datetime | None = None,
) -> str:
    """One line for `status`: "2026-11-30 07:00 UTC (cron '0 7 * * 1', UTC)".

    An interval's next time depends on the last run; without ``last_run_started``
    only the interval is shown.
    """
    now = now or datetime.now(UTC)
    if settings.cron is None and settings.every is None:
        return "not scheduled (set schedule.cron or schedule.every for `ldn-watch serve`)"
    if settings.every is not None:
        rule = f"every {format_interval(settings.every)}, {settings.timezone}"
        if last_run_started is None:
            return rule
    else:
        rule = f"cron '{settings.cron}', {settings.timezone}"
    when = next_run_time(settings, now, last_run_started=last_run_started)
    return f"{_format_time(when)} ({rule})" if when else f"never ({rule})"


def iso_utc(when: datetime | None) -> str | None:
    """The JSON spelling of an instant, as in the report: 2026-11-27T10:00:00Z."""
    if when is None:
        return None
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# -- status --json --------------------------------------------------------------


def status_json(watcher: Watcher, config: Config, *, limit: int = 10) -> dict[str, Any]:
    """What `status --json` prints: recent runs, failure state, next run and gaps.

    ``last_failed`` looks at the newest finished monitoring cycle (kind "run"), so
    a monitoring check can alert on it: a cycle whose records were stored but whose
    digest or email failed is failed too, with that error. ``next_run`` is what a
    running service recorded, None when no service is running. Errors are redacted
    again on the way out (a database written by an older release may hold a key).
    """
    runs = watcher.storage.recent_runs(limit)
    cycles = watcher.storage.recent_runs(limit, kind=RUN_KIND)
    finished = [r for r in cycles if r.outcome != "running"]
    last = finished[0] if finished else None
    states = watcher.gap_states()
    return {
        "last_runs": [_run_json(r) for r in runs],
        "last_failed": last is not None and last.outcome == "failed",
        "last_error": redact(last.error or "unknown error")
        if last is not None and last.outcome == "failed"
        else None,
        "next_run": watcher.storage.get_meta(NEXT_RUN_KEY) or None,
        "schedule": describe_schedule(
            config.schedule, last_run_started=cycles[0].started_at if cycles else None
        ),
        "sources": [
            {
                "name": name,
                "watermark": iso_utc(state.watermark) if state else None,
                "last_attempt_at": iso_utc(state.last_attempt_at) if state else None,
                "last_success_at": iso_utc(state.last_success_at) if state else None,
                "last_failed": bool(state and state.last_error),
                "last_error": redact(state.last_error) if state and state.last_error else None,
                "found": state.found if state else 0,
                "new": state.new if state else 0,
                "updated": state.updated if state else 0,
            }
            for name in watcher.source_names
            for state in [watcher.storage.source_state(name)]
        ],
        "gaps": [
            {
                "id": s.id,
                "title": s.title,
                "status": s.status,
                "articles": s.articles,
                "studies": s.studies,
            }
            for s in states
        ],
        "digests": [
            {k: _json_value(v) for k, v in d.items()} for d in watcher.storage.digest_log(5)
        ],
        # stored records with no verdict from the current rules: the classifier failed on
        # them (each was logged) or the rules changed since; the next run assesses them
        "unassessed": watcher.storage.count_unassessed(watcher.rules_version),
        # records a source listed but would not deliver, given up after GIVE_UP_AFTER runs
        "unavailable": [
            {
                "source": name,
                "id": ident,
                "pmid": ident if name == "pubmed" else None,
                "why": entry.why,
                "runs": entry.runs,
                "since": entry.first,
            }
            for name in watcher.source_names
            for ident, entry in sorted(Unfetched(watcher.storage, name).given_up().items())
        ],
    }


def _run_json(run: RunRecord) -> dict[str, Any]:
    return {k: _json_value(v) for k, v in asdict(run).items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, str):
        return redact(value)
    return value


# -- the service --------------------------------------------------------------------


def serve(
    config_loader: Callable[[], Config], *, watcher_factory: WatcherFactory | None = None
) -> int:
    """Run the schedule in the foreground until SIGTERM/SIGINT; returns the exit status 0.

    Must be called from the main thread (signal handlers live there). A bad
    config at start raises ConfigError (exit 2); after start, errors are logged
    and the service keeps running.
    """
    if watcher_factory is None:
        from ldn_watch.app import make_watcher  # the heavy facade only when serving

        watcher_factory = make_watcher
    return _Service(config_loader, watcher_factory).run()


class _Service:
    """One scheduler, one job, and a main thread that waits for signals."""

    def __init__(self, config_loader: Callable[[], Config], factory: WatcherFactory) -> None:
        self.config_loader = config_loader
        self.factory = factory
        self.config = config_loader()
        self.stop_event = threading.Event()
        self.scheduler: BackgroundScheduler | None = None
        self._stopping = False
        self._catch_up = False
        self._publish_lock = threading.Lock()
        self._published: str | None = None  # the last next_run written

    # main thread ----------------------------------------------------------------

    def run(self) -> int:
        config = self.config
        settings = config.schedule
        build_trigger(settings, source=config.source)  # a bad schedule fails before anything
        with _SignalPipe(self._on_signal) as signals:  # a signal during start-up is kept
            try:
                self._start(config)
                self._wait(signals)
            finally:
                if self.scheduler is not None and self.scheduler.running:  # start-up failed
                    self.stop_event.set()
                    self.scheduler.shutdown(wait=True)
        return 0

    def _start(self, config: Config) -> None:
        """Plan the job (catching up a missed run) and start the scheduler thread."""
        settings = config.schedule
        now = datetime.now(UTC)
        with _closing(self.factory(config)) as watcher:  # cycles open their own
            last_start = _last_run_start(watcher)
            trigger = build_trigger(settings, anchor=last_start, source=config.source)
            catch_up = self._catch_up = missed_run(settings, last_start, now)
            self.scheduler = BackgroundScheduler(timezone=ZoneInfo(settings.timezone))
            self.scheduler.add_listener(
                self._on_skipped, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES
            )
            extra = {"next_run_time": now} if catch_up else {}
            self.scheduler.add_job(
                self._cycle,
                trigger,
                id=JOB_ID,
                name="ldn-watch cycle",
                max_instances=1,
                coalesce=True,
                misfire_grace_time=_grace_seconds(settings),
                **extra,
            )
            self.scheduler.start()
            log.info(
                "service started config=%s schedule=%r last_run=%s catch_up=%s",
                config.source,
                describe_schedule(settings, last_run_started=last_start),
                iso_utc(last_start),
                "yes" if catch_up else "no",
            )
            self._publish_next_run(watcher)

    def _wait(self, signals: _SignalPipe) -> None:
        assert self.scheduler is not None
        while True:
            for signum in signals.read():
                if signum == signal.SIGHUP:
                    self._reload()
                elif signum in (signal.SIGTERM, signal.SIGINT):
                    self._shutdown(signal.Signals(signum).name)
                    return

    def _shutdown(self, why: str) -> None:
        assert self.scheduler is not None
        with self._publish_lock:  # from here on no cycle asks the scheduler anything
            self._stopping = True
        self.stop_event.set()  # a running cycle stops at its next batch boundary
        log.info("service stopping signal=%s (waiting for a running cycle to stop)", why)
        self.scheduler.shutdown(wait=True)
        self.scheduler = None
        try:
            with _closing(self.factory(self.config)) as watcher:
                watcher.storage.set_meta(NEXT_RUN_KEY, "")  # nothing is scheduled any more
        except LdnWatchError as e:
            log.error("service could not clear next_run error=%s", e)
        log.info("service stopped")

    def _reload(self) -> None:
        """SIGHUP: a new config and schedule; on any error the old ones stay."""
        assert self.scheduler is not None
        try:
            config = self.config_loader()
            build_trigger(config.schedule, source=config.source)
            with _closing(self.factory(config)) as watcher:
                last_start = _last_run_start(watcher)
                trigger = build_trigger(config.schedule, anchor=last_start)
                self.scheduler.modify_job(
                    JOB_ID, misfire_grace_time=_grace_seconds(config.schedule)
                )
                self.scheduler.reschedule_job(JOB_ID, trigger=trigger)
                self.config = config
                log.info(
                    "config reloaded config=%s schedule=%r",
                    config.source,
                    describe_schedule(config.schedule, last_run_started=last_start),
                )
                self._publish_next_run(watcher)
        except LdnWatchError as e:
            log.error("config reload failed, keeping the old config error=%s", e)

    def _on_signal(self, signum: int) -> None:
        """Runs inside the Python signal handler: no locks, no logging.

        A second SIGTERM/SIGINT while stopping means "now": the default action
        ends the process; every batch is its own transaction, so the database
        stays consistent and the next run redoes the window.
        """
        if self._stopping and signum in (signal.SIGTERM, signal.SIGINT):
            os.write(2, b"ldn-watch: second signal, stopping without waiting\n")
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    # scheduler threads --------------------------------------------------------------

    def _cycle(self) -> None:
        """One scheduled cycle, the same code path as `ldn-watch run`."""
        config = self.config
        reason = "catch-up" if self._catch_up else "scheduled"
        self._catch_up = False
        log.info("cycle started reason=%s", reason)
        try:
            with _closing(self.factory(config)) as watcher:
                self._publish_next_run(watcher)  # the scheduler has already moved on
                try:
                    summary = watcher.run_cycle(cancel=self.stop_event, send_email=True)
                except LockedError as e:
                    log.warning("cycle skipped: another cycle holds the lock (%s)", e)
                except CancelledError as e:
                    log.warning("cycle cancelled outcome=failed error=%s", e)
                except LdnWatchError as e:
                    log.error("cycle failed outcome=failed error=%s", e)
                else:
                    self._log_finished(summary)
                if not self.stop_event.is_set():
                    self._publish_next_run(watcher)
        except LdnWatchError as e:  # the watcher itself could not be built
            log.error("cycle failed outcome=failed error=%s", e)
        except Exception:
            # A bug, not an operating condition: keep the traceback, keep serving.
            log.exception("cycle crashed outcome=failed (a bug in ldn-watch; please report it)")

    @staticmethod
    def _log_finished(summary: CycleSummary) -> None:
        log.info(
            "cycle finished run_id=%d window=%s..%s found=%d new=%d updated=%d deleted=%d "
            "seconds=%.1f outcome=%s digest=%s emails_sent=%d",
            summary.run_id,
            summary.window_start,
            summary.window_end,
            summary.found,
            len(summary.new),
            len(summary.updated),
            len(summary.deleted),
            summary.seconds,
            "failed" if summary.failure() is not None else "ok",
            summary.digest_files[0] if summary.digest_files else "-",
            len(summary.emails_sent),
        )
        for failed in summary.failed_sources:
            # The other sources' records are stored; this one's window is redone next cycle.
            log.error(
                "cycle source failed run_id=%d source=%s error=%s",
                summary.run_id,
                failed.name,
                failed.error,
            )
        if summary.delivery_error is not None:
            # The records are stored; the digest or email is retried by the next cycle.
            log.error(
                "cycle delivery failed run_id=%d error=%s", summary.run_id, summary.delivery_error
            )

    def _on_skipped(self, event: JobEvent) -> None:
        if event.code == EVENT_JOB_MAX_INSTANCES:
            log.warning("cycle skipped: the previous cycle is still running")
        else:
            log.warning("cycle missed: the service was busy or asleep past misfire_grace")

    def _publish_next_run(self, watcher: Watcher) -> None:
        """Record the job's next fire time for `status`, which runs in another process.

        Called at start, on reload, and at the start and end of each cycle (a cycle
        longer than the interval skips fire times). ``get_job`` takes the job-store
        lock the scheduler holds while it submits a run and moves the job on, so a
        cycle always reads its successor's time; ``_publish_lock`` keeps a reload
        and a cycle from writing their answers out of order.

        Once the service is stopping a cycle must not ask: ``shutdown(wait=True)``
        holds that job-store lock while it waits for the running cycle, so a cycle
        starting just then would wait for the lock forever and the service would
        outlive SIGTERM.
        """
        with self._publish_lock:
            if self._stopping or self.scheduler is None:
                return
            job = self.scheduler.get_job(JOB_ID)
            when = iso_utc(job.next_run_time if job is not None else None)
            if when == self._published:
                return
            try:
                watcher.storage.set_meta(NEXT_RUN_KEY, when or "")
            except LdnWatchError as e:
                log.error("could not record next_run error=%s", e)
                return
            self._published = when
        log.info("next run at=%s", when)


def _last_run_start(watcher: Watcher) -> datetime | None:
    """The newest monitoring cycle's start, whatever its outcome (a failed run still ran)."""
    runs = watcher.storage.recent_runs(1, kind=RUN_KIND)
    return runs[0].started_at if runs else None


def _grace_seconds(settings: ScheduleSettings) -> int:
    return max(1, int(settings.misfire_grace.total_seconds()))


class _closing:
    """``contextlib.closing`` for watchers, typed loosely so fakes work in tests."""

    def __init__(self, watcher: Watcher) -> None:
        self.watcher = watcher

    def __enter__(self) -> Watcher:
        return self.watcher

    def __exit__(self, *exc: object) -> None:
        self.watcher.close()


class _SignalPipe:
    """The self-pipe trick: signals arrive as bytes the main thread reads.

    While active, SIGTERM, SIGINT and SIGHUP are caught; on exit the previous
    handlers and wakeup fd are restored, so ``serve`` can run inside a test.
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

    def __init__(self, on_signal: Callable[[int], None]) -> None:
        self.on_signal = on_signal
        self._old: dict[int, Any] = {}
        self._old_fd = -1
        self._rfd = self._wfd = -1

    def __enter__(self) -> _SignalPipe:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("serve() must run in the main thread (it handles signals)")
        self._rfd, self._wfd = os.pipe()
        os.set_blocking(self._wfd, False)
        self._old_fd = signal.set_wakeup_fd(self._wfd, warn_on_full_buffer=False)
        for signum in self.SIGNALS:
            self._old[signum] = signal.signal(signum, self._handler)
        return self

    def _handler(self, signum: int, _frame: object) -> None:
        self.on_signal(signum)

    def read(self) -> list[int]:
        """Block until at least one signal arrives; their numbers, in order."""
        data = os.read(self._rfd, 64)
        return [b for b in data if b in self.SIGNALS]

    def __exit__(self, *exc: object) -> None:
        for signum, old in self._old.items():
            signal.signal(signum, old)
        signal.set_wakeup_fd(self._old_fd)
        os.close(self._rfd)
        os.close(self._wfd)
