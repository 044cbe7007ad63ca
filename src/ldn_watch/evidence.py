"""The evidence as it stands: studies kept in step with their records, and each gap's status.

``refresh_studies`` regroups records whose links or verdicts changed (the store marks
them dirty) and re-judges only the studies they belong to, before and after; it is
idempotent, so a run killed in between leaves dirty records that the next one
finishes. ``gap_states`` reads the studies: a gap is addressed if a study addresses
it, in progress if a study has it under way, else open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from ldn_watch.assess.gaps import GapRule
from ldn_watch.model import GapState, GapStatus, StoredRecord
from ldn_watch.store import Storage
from ldn_watch.studies import Member, Study, group, judge_study

__all__ = ["gap_states", "refresh_studies"]

log = logging.getLogger("ldn_watch.evidence")


def refresh_studies(
    storage: Storage, gap_ids: Sequence[str], *, run_id: int | None = None, chunk: int = 1000
) -> int:
    """Regroup and re-judge the studies of dirty records; returns how many were judged.

    Only records that take part in a link are grouped in memory; every other record
    is a study of its own. Dirty records are taken ``chunk`` at a time, with the
    other records of their studies (before and after), so that a first backfill of a
    large store never holds more than a chunk of records in memory.
    """
    graph: dict[str, list[str]] | None = None
    ids: dict[str, str] = {}
    judged_count = 0
    while True:
        dirty = storage.dirty_records(limit=chunk)
        if not dirty:
            break
        if graph is None:
            graph, dois = storage.link_graph()
            ids = group(graph, dois)
        affected = {ids.get(k, k) for k, _, deleted in dirty if not deleted}
        affected |= {old for _, old, _ in dirty if old is not None}
        keys = set(storage.keys_in_studies(affected))
        keys |= {k for k, _, deleted in dirty if not deleted}
        keys |= {k for k, s in ids.items() if s in affected}
        by_study: dict[str, list[Member]] = {}
        for member in storage.members(sorted(keys)):
            by_study.setdefault(ids.get(member.key, member.key), []).append(member)
        judged = [judge_study(sid, members, gap_ids) for sid, members in by_study.items()]
        removed = [s for s in affected if s not in by_study]
        storage.save_studies(judged, removed=removed, clean=[k for k, _, _ in dirty], run_id=run_id)
        judged_count += len(judged)
    if judged_count:
        log.info("studies refreshed studies=%d", judged_count)
    return judged_count


def gap_states(
    rules: Iterable[GapRule], studies: Sequence[Study], records: Sequence[StoredRecord] = ()
) -> list[GapState]:
    """Each enabled gap across the studies; ``records`` fills in which records touch it."""
    states = []
    for rule in (r for r in rules if r.enabled):
        addressed = sorted(s.id for s in studies if s.gaps.get(rule.id) == "addressed")
        in_progress = sorted(s.id for s in studies if s.gaps.get(rule.id) == "in_progress")
        status: GapStatus = "addressed" if addressed else "in_progress" if in_progress else "open"
        by_value: dict[str, list[str]] = {"addressed": [], "in_progress": []}
        for r in records:
            value = r.gaps.get(rule.id, "no")
            if value in by_value:
                by_value[value].append(r.record.id)
        states.append(
            GapState(
                id=rule.id,
                title=rule.title,
                description=rule.description,
                status=status,
                addressed_by=sorted(by_value["addressed"]),
                in_progress_by=sorted(by_value["in_progress"]),
                studies_addressing=addressed,
                studies_in_progress=in_progress,
            )
        )
    return states
