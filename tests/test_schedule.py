"""The schedule: crontab(5) meaning kept through APScheduler, time zones, intervals,
missed-run detection and the one-line description `status` prints.

Fire times are computed from fixed instants (``now`` is always passed), so no test
depends on the clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from ldn_watch.config import ScheduleSettings, load_config
from ldn_watch.errors import ConfigError
from ldn_watch.model import GapState
from ldn_watch.schedule import (
    NEXT_RUN_KEY,
    build_trigger,
    describe_schedule,
    format_interval,
    missed_run,
    next_run_time,
    status_json,
    translate_crontab,
)
from ldn_watch.store import Storage

# 2026-11-25 is a Wednesday.
WEDNESDAY = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def cron(expr: str, tz: str = "UTC", grace: timedelta = timedelta(hours=12)) -> ScheduleSettings:
    return ScheduleSettings(cron=expr, every=None, timezone=tz, misfire_grace=grace)


def every(interval: timedelta, tz: str = "UTC") -> ScheduleSettings:
    return ScheduleSettings(
        cron=None, every=interval, timezone=tz, misfire_grace=timedelta(hours=1)
    )


def fire_times(settings: ScheduleSettings, start: datetime, count: int) -> list[datetime]:
    trigger = build_trigger(settings)
    times: list[datetime] = []
    previous = None
    now = start
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        times.append(fire)
        previous, now = fire, fire + timedelta(microseconds=1)
    return times


def weekdays(settings: ScheduleSettings, count: int = 14) -> set[str]:
    return {t.strftime("%a") for t in fire_times(settings, WEDNESDAY, count)}


# -- crontab(5) day-of-week numbering -----------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("0", "sun"),  # APScheduler's own crontab form would read 0 as Monday
        ("7", "sun"),
        ("1", "mon"),
        ("6", "sat"),
        ("1-5", "mon-fri"),
        ("*/2", "tue,thu,sat,sun"),  # 0,2,4,6 in cron numbers
        ("1-5/2", "mon,wed,fri"),
        ("1,3", "mon,wed"),
        ("5-7", "fri-sun"),
        ("0,6", "sat,sun"),
        ("mon-fri", "mon-fri"),
        ("MON-FRI", "mon-fri"),
        ("sat,sun", "sat,sun"),
        ("sun-tue", "mon,tue,sun"),  # Sunday is 0 in crontab(5), so this range is forwards
        ("*", "*"),
        ("0-7", "*"),
    ],
)
def test_day_of_week_is_translated_to_names(field: str, expected: str) -> None:
    assert translate_crontab(f"0 7 * * {field}")["day_of_week"] == expected


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("0", {"Sun"}),
        ("7", {"Sun"}),
        ("1", {"Mon"}),
        ("1-5", {"Mon", "Tue", "Wed", "Thu", "Fri"}),
        ("*/2", {"Sun", "Tue", "Thu", "Sat"}),
        ("mon-fri", {"Mon", "Tue", "Wed", "Thu", "Fri"}),
        ("sat,sun", {"Sat", "Sun"}),
        ("0,3", {"Sun", "Wed"}),
    ],
)
def test_trigger_fires_on_the_crontab5_days(field: str, days: set[str]) -> None:
    assert weekdays(cron(f"0 7 * * {field}")) == days


def test_weekly_default_fires_monday_at_seven() -> None:
    first, second = fire_times(cron("0 7 * * 1"), WEDNESDAY, 2)
    assert first == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    assert first.strftime("%A") == "Monday"
    assert second - first == timedelta(days=7)


def test_other_fields_pass_through() -> None:
    fields = translate_crontab("*/15 9-17 1,15 Jan,jul *")
    assert fields == {
        "minute": "*/15",
        "hour": "9-17",
        "day": "1,15",
        "month": "jan,jul",
        "day_of_week": "*",
    }
    times = fire_times(cron("*/15 9-17 1,15 jan,jul *"), WEDNESDAY, 3)
    assert times[0] == datetime(2027, 1, 1, 9, 0, tzinfo=UTC)
    assert [t.minute for t in times] == [0, 15, 30]


def test_day_of_month_or_day_of_week_as_in_cron() -> None:
    # crontab(5): with both fields restricted, a day matching either one fires.
    times = fire_times(cron("0 7 13 * 5"), datetime(2026, 11, 1, tzinfo=UTC), 6)
    assert all(t.day == 13 or t.strftime("%a") == "Fri" for t in times)
    assert datetime(2026, 11, 6, 7, tzinfo=UTC) in times  # a Friday, not the 13th
    assert datetime(2026, 11, 13, 7, tzinfo=UTC) in times  # a Friday the 13th, once
    assert datetime(2026, 12, 13, 7, tzinfo=UTC) not in times[:5]
    assert len(set(times)) == len(times)


def test_a_star_day_field_still_restricts_by_weekday() -> None:
    # "*/2" starts with "*", so cron ANDs the fields: odd days that are Mondays.
    times = fire_times(cron("0 7 */2 * 1"), datetime(2026, 11, 1, tzinfo=UTC), 4)
    assert all(t.day % 2 == 1 and t.strftime("%a") == "Mon" for t in times)


@pytest.mark.parametrize(
    ("expr", "why"),
    [
        ("0 7 * * 8", "8 is not in 0-7"),
        ("61 * * * *", "61 is not in 0-59"),
        ("0 24 * * *", "24 is not in 0-23"),
        ("0 7 0 * *", "0 is not in 1-31"),
        ("0 7 * 13 *", "13 is not in 1-12"),
        ("0 7 * * sat-sun", "goes backwards"),
        ("5-1 * * * *", "goes backwards"),
        ("0 7 L * *", "not crontab(5) syntax"),
        ("0 7 * * mon#1", "not crontab(5) syntax"),
        ("0 7 * * funday", "not crontab(5) syntax"),
        ("0 7 * * xyz", "not a day name"),
        ("*/0 * * * *", "step of 0"),
        ("0 7 * *", "five fields"),
        ("0 0 30 2 *", "matches no date"),
    ],
)
def test_bad_cron_is_a_config_error_naming_the_key(expr: str, why: str) -> None:
    with pytest.raises(ConfigError) as info:
        build_trigger(cron(expr), source="/etc/ldn-watch/ldn-watch.toml")
    message = str(info.value)
    assert message.startswith("/etc/ldn-watch/ldn-watch.toml: schedule.cron")
    assert why in message


def test_no_schedule_is_a_config_error() -> None:
    settings = ScheduleSettings(cron=None, every=None, timezone="UTC", misfire_grace=timedelta(1))
    with pytest.raises(ConfigError, match=r"schedule\.cron or schedule\.every"):
        build_trigger(settings)
    assert next_run_time(settings, WEDNESDAY) is None
    assert describe_schedule(settings, WEDNESDAY).startswith("not scheduled")


# -- time zones --------------------------------------------------------------------


def test_cron_runs_in_the_configured_zone_not_the_machines() -> None:
    trigger = build_trigger(cron("0 7 * * *", tz="America/New_York"))
    assert isinstance(trigger, CronTrigger)
    winter = trigger.get_next_fire_time(None, datetime(2026, 1, 10, 0, tzinfo=UTC))
    summer = trigger.get_next_fire_time(None, datetime(2026, 7, 10, 0, tzinfo=UTC))
    assert winter is not None and summer is not None
    assert (winter.hour, winter.astimezone(UTC).hour) == (7, 12)
    assert (summer.hour, summer.astimezone(UTC).hour) == (7, 11)


def test_next_run_time_across_a_dst_change() -> None:
    # Europe/Berlin leaves summer time on 2026-10-25; 07:00 local stays 07:00 local.
    settings = cron("0 7 * * *", tz="Europe/Berlin")
    before = next_run_time(settings, datetime(2026, 10, 23, 8, tzinfo=UTC))
    after = next_run_time(settings, datetime(2026, 10, 25, 8, tzinfo=UTC))
    assert before is not None and after is not None
    assert before.astimezone(UTC).hour == 5 and after.astimezone(UTC).hour == 6
    assert before.hour == after.hour == 7


# -- intervals -----------------------------------------------------------------------


def write_config(tmp_path: Path, schedule: str) -> Path:
    path = tmp_path / "ldn-watch.toml"
    path.write_text(f'[pubmed]\nquery = "naltrexone"\n\n[schedule]\n{schedule}\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("30s", timedelta(seconds=30)),
        ("6h", timedelta(hours=6)),
        ("7d", timedelta(days=7)),
        ("90m", timedelta(minutes=90)),
    ],
)
def test_every_from_the_config_becomes_an_interval(
    tmp_path: Path, text: str, interval: timedelta
) -> None:
    config = load_config(write_config(tmp_path, f'every = "{text}"'), db_url="sqlite://", env={})
    assert config.schedule.every == interval
    assert config.schedule.cron is None  # every wins over the packaged cron default
    trigger = build_trigger(config.schedule)
    assert isinstance(trigger, IntervalTrigger)
    assert trigger.interval == interval
    assert format_interval(interval) == ("90m" if text == "90m" else text)


def test_bad_every_names_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"schedule\.every"):
        load_config(write_config(tmp_path, 'every = "weekly"'), db_url="sqlite://", env={})


def test_cron_from_the_config(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'cron = "30 6 * * 0"\ntimezone = "Europe/Berlin"')
    config = load_config(path, db_url="sqlite://", env={})
    when = next_run_time(config.schedule, WEDNESDAY)
    assert when == datetime(2026, 11, 29, 6, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert when.strftime("%A") == "Sunday"


def test_interval_is_anchored_on_the_last_run() -> None:
    settings = every(timedelta(hours=6))
    last = WEDNESDAY - timedelta(hours=2)
    assert next_run_time(settings, WEDNESDAY, last_run_started=last) == last + timedelta(hours=6)
    # without a last run, the first cycle is one interval after start
    assert next_run_time(settings, WEDNESDAY) == WEDNESDAY + timedelta(hours=6)


# -- missed runs -------------------------------------------------------------------------


MONDAY_7 = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last_start", "now", "grace", "missed"),
    [
        # down over Monday 07:00, back within the grace: catch up
        (MONDAY_7 - timedelta(days=7), MONDAY_7 + timedelta(hours=2), timedelta(hours=12), True),
        # back after the grace: that week is skipped
        (MONDAY_7 - timedelta(days=7), MONDAY_7 + timedelta(hours=13), timedelta(hours=12), False),
        # the Monday run happened (it started a moment after the fire time)
        (
            MONDAY_7 + timedelta(seconds=1),
            MONDAY_7 + timedelta(hours=2),
            timedelta(hours=12),
            False,
        ),
        # no fire time since the last run
        (MONDAY_7 + timedelta(days=1), MONDAY_7 + timedelta(days=3), timedelta(days=30), False),
        # down for weeks with a long grace: the latest fire time counts
        (MONDAY_7 - timedelta(days=40), MONDAY_7 + timedelta(days=2), timedelta(days=3), True),
        # a manual `run` after the fire time also counts as that week's run
        (MONDAY_7 + timedelta(hours=1), MONDAY_7 + timedelta(hours=3), timedelta(hours=12), False),
        # exactly at the fire time, not yet fired
        (MONDAY_7 - timedelta(days=7), MONDAY_7, timedelta(hours=12), True),
        (MONDAY_7 - timedelta(days=7), MONDAY_7 - timedelta(seconds=1), timedelta(hours=12), False),
    ],
)
def test_missed_cron_run(
    last_start: datetime, now: datetime, grace: timedelta, missed: bool
) -> None:
    assert missed_run(cron("0 7 * * 1", grace=grace), last_start, now) is missed


def test_missed_run_honours_the_zone() -> None:
    # 07:00 in New York is 12:00 UTC in winter: at 11:00 UTC nothing is due yet.
    settings = cron("0 7 * * *", tz="America/New_York")
    last = datetime(2026, 1, 9, 13, tzinfo=UTC)
    assert not missed_run(settings, last, datetime(2026, 1, 10, 11, tzinfo=UTC))
    assert missed_run(settings, last, datetime(2026, 1, 10, 13, tzinfo=UTC))


def test_never_ran_is_not_a_missed_run() -> None:
    assert not missed_run(cron("0 7 * * 1"), None, MONDAY_7 + timedelta(hours=1))
    assert not missed_run(every(timedelta(hours=1)), None, MONDAY_7)


@pytest.mark.parametrize(
    ("age", "missed"),
    [(timedelta(minutes=59), False), (timedelta(hours=1), True), (timedelta(days=9), True)],
)
def test_missed_interval_run(age: timedelta, missed: bool) -> None:
    assert missed_run(every(timedelta(hours=1)), MONDAY_7 - age, MONDAY_7) is missed


# -- describe_schedule ---------------------------------------------------------------------


def test_describe_cron() -> None:
    assert (
        describe_schedule(cron("0 7 * * 1"), WEDNESDAY)
        == "2026-11-30 07:00 UTC (cron '0 7 * * 1', UTC)"
    )


def test_describe_cron_in_another_zone() -> None:
    text = describe_schedule(cron("0 7 * * 1", tz="Europe/Berlin"), WEDNESDAY)
    assert text == "2026-11-30 07:00 CET (cron '0 7 * * 1', Europe/Berlin)"


def test_describe_interval() -> None:
    settings = every(timedelta(hours=6))
    assert describe_schedule(settings, WEDNESDAY) == "every 6h, UTC"
    last = datetime(2026, 11, 25, 10, 0, 30, tzinfo=UTC)
    assert describe_schedule(settings, WEDNESDAY, last_run_started=last) == (
        "2026-11-25 16:00:30 UTC (every 6h, UTC)"
    )


def test_describe_uses_the_clock_when_no_now_is_given() -> None:
    text = describe_schedule(cron("0 7 * * 1"))
    when = datetime.strptime(text.split(" (")[0], "%Y-%m-%d %H:%M UTC").replace(tzinfo=UTC)
    assert when.strftime("%a %H:%M") == "Mon 07:00"
    assert when > datetime.now(UTC) - timedelta(minutes=1)


# -- status --json --------------------------------------------------------------------------


@dataclass
class EvidenceWatcher:
    """Just what status_json reads: a real Storage, its sources and a gap_states() answer."""

    storage: Storage
    states: list[GapState] = field(default_factory=list)
    source_names: tuple[str, ...] = ("pubmed",)
    rules_version: str = "rules-under-test"

    def gap_states(self) -> list[GapState]:
        return self.states


def test_status_json(tmp_path: Path) -> None:
    config = load_config(
        write_config(tmp_path, 'cron = "0 7 * * 1"'),
        db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
        env={},
    )
    storage = Storage.open(config.database_url)
    try:
        ok = storage.start_run("run", query="q")
        storage.finish_run(ok, outcome="ok", found=3, new=2)
        bad = storage.start_run("run", query="q")
        storage.finish_run(bad, outcome="failed", error="NCBI unreachable after 6 tries")
        storage.finish_run(storage.start_run("import", query="x.xml"), outcome="ok")
        storage.start_run("run", query="q")  # one in progress right now
        storage.set_meta(NEXT_RUN_KEY, "2026-11-30T07:00:00Z")
        watcher = EvidenceWatcher(
            storage,
            [
                GapState("larger-trials", "Larger trials", "n >= 50", "addressed", ["1", "2"], []),
                GapState("dose-finding", "Dose finding", "", "in_progress", [], ["3"]),
            ],
        )
        data = status_json(watcher, config)  # type: ignore[arg-type]
    finally:
        storage.close()
    json.dumps(data)  # serialisable as is
    assert [r["outcome"] for r in data["last_runs"]] == ["running", "ok", "failed", "ok"]
    assert data["last_runs"][-1]["found"] == 3
    assert data["last_runs"][-1]["started_at"].endswith("Z")
    assert data["last_failed"] is True  # the newest *finished* monitoring cycle failed
    assert data["last_error"] == "NCBI unreachable after 6 tries"
    assert data["next_run"] == "2026-11-30T07:00:00Z"
    assert data["schedule"].endswith("(cron '0 7 * * 1', UTC)")
    assert data["gaps"] == [
        {
            "id": "larger-trials",
            "title": "Larger trials",
            "status": "addressed",
            "articles": ["1", "2"],
            "studies": [],
        },
        {
            "id": "dose-finding",
            "title": "Dose finding",
            "status": "in_progress",
            "articles": ["3"],
            "studies": [],
        },
    ]
    assert data["sources"][0]["name"] == "pubmed" and data["sources"][0]["watermark"] is None
    assert data["unassessed"] == 0  # no records stored


def test_status_json_with_no_runs_and_no_service(tmp_path: Path) -> None:
    config = load_config(
        write_config(tmp_path, 'every = "6h"'), db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", env={}
    )
    storage = Storage.open(config.database_url)
    try:
        storage.set_meta(NEXT_RUN_KEY, "")  # what a stopped service leaves
        data = status_json(EvidenceWatcher(storage), config)  # type: ignore[arg-type]
    finally:
        storage.close()
    assert data["last_runs"] == [] and data["gaps"] == []
    assert data["last_failed"] is False and data["last_error"] is None
    assert data["next_run"] is None
    assert data["schedule"] == "every 6h, UTC"


def test_status_json_shows_an_intervals_next_time_from_the_last_run(tmp_path: Path) -> None:
    config = load_config(
        write_config(tmp_path, 'every = "6h"'), db_url=f"sqlite:///{tmp_path / 'db.sqlite'}", env={}
    )
    storage = Storage.open(config.database_url)
    try:
        storage.finish_run(storage.start_run("run"), outcome="ok")
        started = storage.recent_runs(1)[0].started_at
        data = status_json(EvidenceWatcher(storage), config)  # type: ignore[arg-type]
    finally:
        storage.close()
    expected = (started + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M")
    assert data["schedule"].startswith(expected)
    assert data["schedule"].endswith("(every 6h, UTC)")
