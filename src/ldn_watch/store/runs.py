"""Runs (what each cycle, import or search did) and each source's watermark and health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from ldn_watch.model import RunRecord
from ldn_watch.net import redact
from ldn_watch.store.base import StorageBase, aware, inserted_id, utcnow
from ldn_watch.store.schema import runs, source_state

__all__ = ["RunStore", "SourceState"]


@dataclass
class SourceState:
    """Per source: how far its records are stored whole, and how its last try went."""

    name: str
    watermark: datetime | None
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_run_id: int | None
    found: int = 0
    new: int = 0
    updated: int = 0

    @property
    def failing(self) -> bool:
        return self.last_error is not None


class RunStore(StorageBase):
    """The runs table and the per-source state."""

    def start_run(
        self,
        kind: str,
        *,
        query: str | None = None,
        window_start: datetime | None = None,
        window_end: datetime | None = None,
        source: str | None = None,
    ) -> int:
        with self._write() as conn:
            result = conn.execute(
                runs.insert().values(
                    kind=kind,
                    started_at=utcnow(),
                    query=query,
                    window_start=window_start,
                    window_end=window_end,
                    outcome="running",
                    source=source,
                )
            )
            return inserted_id(result)

    def finish_run(
        self,
        run_id: int,
        *,
        outcome: str,
        found: int = 0,
        new: int = 0,
        updated: int = 0,
        translated_query: str | None = None,
        error: str | None = None,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == run_id)
                .values(
                    finished_at=utcnow(),
                    outcome=outcome,
                    found=found,
                    new=new,
                    updated=updated,
                    translated_query=translated_query,
                    error=redact(error) if error else None,
                )
            )

    def close_abandoned_runs(self) -> int:
        """Runs left 'running' by a killed process are marked failed (called under the lock)."""
        with self._write() as conn:
            return conn.execute(
                update(runs)
                .where(runs.c.outcome == "running")
                .values(
                    outcome="failed",
                    finished_at=utcnow(),
                    error="interrupted: the process stopped before the run finished",
                )
            ).rowcount

    def recent_runs(self, limit: int = 10, *, kind: str | None = None) -> list[RunRecord]:
        query = select(runs).order_by(runs.c.id.desc()).limit(limit)
        if kind:
            query = query.where(runs.c.kind == kind)
        with self._read() as conn:
            return [_run_record(r) for r in conn.execute(query)]

    def last_good_run(self, kind: str = "run") -> RunRecord | None:
        """The newest successful cycle."""
        query = (
            select(runs)
            .where(runs.c.kind == kind, runs.c.outcome == "ok", runs.c.window_end.is_not(None))
            .order_by(runs.c.window_end.desc())
            .limit(1)
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        return _run_record(row) if row else None

    # -- per-source state --------------------------------------------------

    def source_states(self) -> dict[str, SourceState]:
        with self._read() as conn:
            return {r.name: _source_state(r) for r in conn.execute(select(source_state))}

    def source_state(self, name: str) -> SourceState | None:
        return self.source_states().get(name)

    def record_source_attempt(
        self,
        name: str,
        *,
        run_id: int | None,
        error: str | None,
        watermark: datetime | None = None,
        found: int = 0,
        new: int = 0,
        updated: int = 0,
    ) -> None:
        """One source's outcome in a cycle; ``watermark`` moves only when given (success)."""
        now = utcnow()
        values: dict[str, Any] = {
            "last_attempt_at": now,
            "last_error": redact(error) if error else None,
            "last_run_id": run_id,
        }
        if error is None:
            values.update(last_success_at=now, found=found, new=new, updated=updated)
        if watermark is not None:
            values["watermark"] = watermark
        with self._write() as conn:
            exists = conn.execute(
                select(source_state.c.name).where(source_state.c.name == name)
            ).first()
            if exists is None:
                conn.execute(source_state.insert().values(name=name, **values))
            else:
                conn.execute(
                    update(source_state).where(source_state.c.name == name).values(**values)
                )


def _source_state(row: Any) -> SourceState:
    return SourceState(
        name=row.name,
        watermark=aware(row.watermark),
        last_attempt_at=aware(row.last_attempt_at),
        last_success_at=aware(row.last_success_at),
        last_error=row.last_error,
        last_run_id=row.last_run_id,
        found=row.found,
        new=row.new,
        updated=row.updated,
    )


def _run_record(row: Any) -> RunRecord:
    return RunRecord(
        id=row.id,
        started_at=aware(row.started_at),
        finished_at=aware(row.finished_at),
        kind=row.kind,
        window_start=aware(row.window_start),
        window_end=aware(row.window_end),
        query=row.query,
        translated_query=row.translated_query,
        found=row.found,
        new=row.new,
        updated=row.updated,
        outcome=row.outcome,
        error=row.error,
    )
