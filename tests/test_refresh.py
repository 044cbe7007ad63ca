"""refresh_studies judges the same studies, once each, whatever its chunk: only where its
transactions end depends on it, and so the order in which changes to different records
are logged (each record's own changes keep their order; readers ask per record). Rows and
change log compared with a chunk larger than the store."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest
from helpers import DATA, offline_watcher

from ldn_watch import app
from ldn_watch.evidence import refresh_studies

FAMILY = Path(__file__).parent / "data" / "studies"


def _state(db: Path) -> tuple[list[tuple], ...]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(q).fetchall()
            for q in (
                "SELECT id, title, lead, members, facts, status, gaps, why, decided_by,"
                " retracted, on_topic, year FROM studies ORDER BY id",
                "SELECT * FROM record_verdicts ORDER BY source, id",
                "SELECT source, id, study_id, dirty, deleted, material_seq FROM records"
                " ORDER BY source, id",
                "SELECT source, id, what, material, material_seq FROM record_changes"
                " ORDER BY source, id, seq",
            )
        )
    finally:
        conn.close()


def _history(folder: Path, chunk: int, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple], ...]:
    """Import a trial family and a mixed file, then regroup: a notice joins, a study's lead
    and a record alone are withdrawn (their studies lose members or vanish)."""
    monkeypatch.setattr(app, "refresh_studies", functools.partial(refresh_studies, chunk=chunk))
    folder.mkdir()
    with offline_watcher(folder) as w:
        w.import_files([FAMILY / "trial-family.xml", DATA / "eval_dev.xml"])
        w.import_files([FAMILY / "retraction-notice.xml"])
        studies = w.storage.studies()
        grouped = next(s for s in studies if len(s.members) > 1 and s.lead)
        alone = next(s for s in studies if len(s.members) == 1 and s.id.startswith("pubmed:"))
        lead = grouped.lead.partition(":")[2]
        w.storage.mark_deleted("pubmed", [lead, alone.id.partition(":")[2]])
        w.refresh()
        assert all(s.id != alone.id for s in w.storage.studies())
    return _state(folder / "store.db")


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_the_chunk_changes_nothing_but_where_transactions_end(tmp_path, monkeypatch, chunk):
    small = _history(tmp_path / "small", chunk, monkeypatch)
    whole = _history(tmp_path / "whole", 100_000, monkeypatch)
    assert small[0] and small[3]  # studies judged, and changes logged by the regrouping
    assert small == whole
