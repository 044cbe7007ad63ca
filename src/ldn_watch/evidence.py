"""The evidence as it stands: studies kept in step with their records, and each gap's status.

``refresh_studies`` regroups records whose links or verdicts changed (the store marks
them dirty) and re-judges only the studies they belong to, before and after; it is
idempotent, so a run killed in between leaves dirty records that the next one
finishes. ``gap_states`` reads the studies: a gap is addressed if a study addresses
it, in progress if a study has it under way, else open.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ldn_watch.assess.gaps import GapRule
from ldn_watch.model import GapState, GapStatus
from ldn_watch.store import Storage
from ldn_watch.studies import (
    Member,
    Study,
    group,
    judge_study,
    keep_arms,
    keep_population,
    named_elsewhere,
)

__all__ = ["gap_states", "refresh_studies"]

log = logging.getLogger("ldn_watch.evidence")


def refresh_studies(
    storage: Storage, rules: Sequence[GapRule], *, run_id: int | None = None, chunk: int = 1000
) -> int:
    """Regroup and re-judge the studies of dirty records; returns how many were judged.

    Only records that take part in a link are grouped in memory; every other record
    is a study of its own. The studies to judge are those of the dirty records and of
    every record that shared a study with one; each is judged once, with all its
    members, at most ``chunk`` records at a time (a larger study on its own). The keys
    of the dirty records are read in one pass, in order, and held packed (a few bytes
    each, ``PackedKeys``), so that refreshing after an import of 200,000 records holds
    the linked records, those keys and one chunk, not a list, a set and a sorted copy
    of 200,000 keys.
    """
    if not storage.dirty_records(limit=1):
        return 0
    graph, dois = storage.link_graph()
    ids = group(graph, dois)
    named = named_elsewhere(graph, ids)
    del graph, dois
    linked: dict[str, list[str]] = {}
    for key, sid in ids.items():
        linked.setdefault(sid, []).append(key)
    # Clean records that shared a stored study with a dirty one: their study may change
    # too. Only grouped records share a study, so these are few.
    sharing = set(storage.keys_sharing_dirty_studies())
    grouped = {ids[k] for k in storage.dirty_among(list(ids))}  # studies of linked records
    grouped.update(ids[k] for k in sharing if k in ids)
    # a dirty notice that names records of other studies (a retraction of two articles)
    # changes those studies too
    naming = storage.dirty_among(sorted({k for keys in named.values() for k in keys}))
    grouped.update(sid for sid, keys in named.items() if naming.intersection(keys))
    lone = sorted(k for k in sharing if k not in ids)
    # Studies that lose every member: the stored studies of dirty records that no record
    # is judged into any more. Found before judging moves any record to its new study.
    for page in storage.dirty_study_ids().blocks():
        maybe = [s for s in page if s not in grouped]
        dirty = storage.dirty_among([s for s in maybe if s not in ids and s not in sharing])
        gone = [s for s in maybe if s in ids or (s not in sharing and s not in dirty)]
        if gone:
            storage.save_studies([], removed=gone, run_id=run_id)
    judged_count = 0
    batch: list[str] = []
    size = 0
    alone = storage.dirty_keys_in_order()
    for sid in _affected(alone, ids, lone, sorted(grouped)):
        members = len(linked.get(sid, ())) or 1
        if batch and size + members > chunk:  # a large study is judged on its own
            judged_count += _judge(storage, batch, linked, ids, named, rules, run_id)
            batch, size = [], 0
        batch.append(sid)
        size += members
        if size >= chunk:
            judged_count += _judge(storage, batch, linked, ids, named, rules, run_id)
            batch, size = [], 0
    if batch:
        judged_count += _judge(storage, batch, linked, ids, named, rules, run_id)
    storage.clear_dirty()
    if judged_count:
        log.info("studies refreshed studies=%d", judged_count)
    return judged_count


def _affected(
    dirty: Iterable[str], ids: dict[str, str], lone: Sequence[str], grouped: Sequence[str]
) -> Iterator[str]:
    """Each study to judge once, in id order: the grouped studies (``grouped``), and, as a
    study of its own, every record not grouped that is dirty (``dirty``) or shared a
    study with a dirty one (``lone``); all three sorted."""
    in_groups = set(grouped)
    yield from heapq.merge(
        (k for k in dirty if k not in ids and k not in in_groups),
        (k for k in lone if k not in in_groups),
        grouped,
    )


def _judge(
    storage: Storage,
    study_ids: Sequence[str],
    linked: dict[str, list[str]],
    ids: dict[str, str],
    named: Mapping[str, Sequence[str]],
    rules: Sequence[GapRule],
    run_id: int | None,
) -> int:
    """Judge these studies, each with all its stored members and the notices outside it
    that name one of them (``named``), and save them."""
    keys = [k for sid in study_ids for k in linked.get(sid, [sid])]
    by_study: dict[str, list[Member]] = {}
    for member in storage.members(keys):
        by_study.setdefault(ids.get(member.key, member.key), []).append(member)
    outside = sorted({k for sid in study_ids for k in named.get(sid, ())})
    notices = {m.key: m.record for m in storage.members(outside)} if outside else {}
    gap_ids = [r.id for r in rules if r.enabled]
    judged = [
        judge_study(
            sid,
            keep_arms(keep_population(members, rules), rules),
            gap_ids,
            [notices[k] for k in named.get(sid, ()) if k in notices],
        )
        for sid, members in by_study.items()
    ]
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
