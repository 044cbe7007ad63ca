"""The evidence as it stands: studies kept in step with their records, and each gap's status.

``refresh_studies`` regroups records whose links or verdicts changed (the store marks
them dirty) and re-judges only the studies they belong to, before and after; it is
idempotent, so a run killed in between leaves dirty records that the next one
finishes. ``gap_states`` reads the studies: a gap is addressed if a study addresses
it, in progress if a study has it under way, else open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence

from ldn_watch.assess.gaps import GapRule
from ldn_watch.model import GapState, GapStatus
from ldn_watch.store import Storage
from ldn_watch.studies import Member, Study, group, judge_study

__all__ = ["gap_states", "refresh_studies"]

log = logging.getLogger("ldn_watch.evidence")


def refresh_studies(
    storage: Storage, gap_ids: Sequence[str], *, run_id: int | None = None, chunk: int = 1000
) -> int:
    """Regroup and re-judge the studies of dirty records; returns how many were judged.

    Only records that take part in a link are grouped in memory; every other record
    is a study of its own. The studies to judge are those of the dirty records and of
    every record that shared a study with one; each is judged once, with all its
    members, about ``chunk`` records at a time, so that a first backfill of a large
    store never holds more than that many records in memory.
    """
    if not storage.dirty_records(limit=1):
        return 0
    graph, dois = storage.link_graph()
    ids = group(graph, dois)
    linked: dict[str, list[str]] = {}
    for key, sid in ids.items():
        linked.setdefault(sid, []).append(key)
    affected: set[str] = set()
    before: set[str] = set()
    for key, old, deleted in storage.dirty_records():
        if not deleted:
            affected.add(ids.get(key, key))
        if old is not None:
            before.add(old)
    for key in storage.keys_in_studies(before):  # their other members may move too
        affected.add(ids.get(key, key))
    judged_count = 0
    batch: list[str] = []
    size = 0
    for sid in sorted(affected):
        batch.append(sid)
        size += len(linked.get(sid, ())) or 1
        if size >= chunk:
            judged_count += _judge(storage, batch, linked, ids, gap_ids, run_id)
            batch, size = [], 0
    if batch:
        judged_count += _judge(storage, batch, linked, ids, gap_ids, run_id)
    storage.save_studies([], removed=sorted(before - affected), run_id=run_id)
    storage.clear_dirty()
    if judged_count:
        log.info("studies refreshed studies=%d", judged_count)
    return judged_count


def _judge(
    storage: Storage,
    study_ids: Sequence[str],
    linked: dict[str, list[str]],
    ids: dict[str, str],
    gap_ids: Sequence[str],
    run_id: int | None,
) -> int:
    """Judge these studies, each with all its stored members, and save them."""
    keys = [k for sid in study_ids for k in linked.get(sid, [sid])]
    by_study: dict[str, list[Member]] = {}
    for member in storage.members(keys):
        by_study.setdefault(ids.get(member.key, member.key), []).append(member)
    judged = [judge_study(sid, members, gap_ids) for sid, members in by_study.items()]
    gone = [sid for sid in study_ids if sid not in by_study]  # no stored member any more
    storage.save_studies(judged, removed=gone, run_id=run_id)
    return len(judged)


def gap_states(
    rules: Iterable[GapRule],
    studies: Sequence[Study],
    record_gaps: Iterable[tuple[str, Mapping[str, str]]] = (),
) -> list[GapState]:
    """Each enabled gap across the studies; ``record_gaps`` ((record id, gaps) of the
    records that touch a gap, ``Storage.record_gaps``) fills in which records touch it."""
    touching = list(record_gaps)
    states = []
    for rule in (r for r in rules if r.enabled):
        addressed = sorted(s.id for s in studies if s.gaps.get(rule.id) == "addressed")
        in_progress = sorted(s.id for s in studies if s.gaps.get(rule.id) == "in_progress")
        status: GapStatus = "addressed" if addressed else "in_progress" if in_progress else "open"
        by_value: dict[str, list[str]] = {"addressed": [], "in_progress": []}
        for record_id, gaps in touching:
            value = gaps.get(rule.id, "no")
            if value in by_value:
                by_value[value].append(record_id)
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
