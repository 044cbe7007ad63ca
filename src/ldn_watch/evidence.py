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


def refresh_studies(storage: Storage, gap_ids: Sequence[str], *, run_id: int | None = None) -> int:
    """Regroup and re-judge the studies of dirty records; returns how many were judged."""
    dirty = storage.dirty_keys()
    if not dirty:
        return 0
    graph, dois, current = storage.link_graph()
    ids = group(graph, dois)
    affected = {ids[k] for k in dirty if k in ids} | {
        s for k in dirty if (s := current.get(k)) is not None
    }
    keys = [k for k, s in ids.items() if s in affected or current.get(k) in affected]
    affected |= {ids[k] for k in keys}
    by_study: dict[str, list[Member]] = {}
    for member in storage.members(keys):
        by_study.setdefault(ids[member.key], []).append(member)
    judged = [judge_study(sid, members, gap_ids) for sid, members in by_study.items()]
    removed = [s for s in affected if s not in by_study]
    storage.save_studies(judged, removed=removed, clean=dirty, run_id=run_id)
    log.info("studies refreshed studies=%d records=%d", len(judged), len(keys))
    return len(judged)


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
