"""What changed in a record or its verdicts, and which changes a reader must hear about.

The policy lives here, not in the data-access code: the store logs what these
functions say and bumps a record's ``material_seq`` for the material ones, and the
digest carries a record again only after such a bump.
"""

from __future__ import annotations

from collections.abc import Mapping

from ldn_watch.model import Record

__all__ = ["describe_changes", "verdict_changes"]


def describe_changes(old: Record, new: Record) -> list[tuple[str, bool]]:
    """What changed between two versions of a record, each flagged material or not.

    Material: a retraction or notice, a changed title or abstract (a correction), a
    registry status or results that moved, a preprint's new version.
    """
    changes: list[tuple[str, bool]] = []
    for notice in new.notices:
        if notice not in old.notices:
            changes.append((notice, True))
    if old.title != new.title:
        changes.append(("title corrected", True))
    if old.abstract_text != new.abstract_text:
        changes.append(("abstract corrected", True))
    if old.registry is not None and new.registry is not None:
        if old.registry.status != new.registry.status:
            changes.append(
                (
                    f"registry status {_word(old.registry.status)} -> {_word(new.registry.status)}",
                    True,
                )
            )
        if new.registry.has_results and not old.registry.has_results:
            changes.append(("results posted on the registry", True))
        if old.registry.enrollment != new.registry.enrollment:
            changes.append(
                (f"enrollment {old.registry.enrollment} -> {new.registry.enrollment}", True)
            )
    if (
        old.preprint is not None
        and new.preprint is not None
        and old.preprint.version != new.preprint.version
    ):
        changes.append((f"preprint version {new.preprint.version}", True))
    added_links = [link for link in new.links if link not in old.links]
    if any(link.rel in ("preprint_in", "preprint_of", "doi") for link in added_links):
        changes.append(("journal version linked", True))
    if old.version != new.version:
        changes.append((f"version {old.version} -> {new.version}", False))
    added = [t for t in new.publication_types if t not in old.publication_types]
    if added:
        changes.append((f"publication types added: {', '.join(added)}", False))
    if old.status != new.status:
        changes.append((f"status {old.status} -> {new.status}", False))
    if old.date_revised != new.date_revised:
        changes.append(("revised", False))
    return changes or [("record changed", False)]


def _word(status: str | None) -> str:
    return (status or "unknown").replace("_", " ").lower()


def verdict_changes(
    old_gaps: Mapping[str, str],
    was_on_topic: bool,
    new_gaps: Mapping[str, str],
    on_topic: bool,
) -> list[str]:
    """What a re-assessment changed that a reader of earlier digests must hear about."""
    whats = []
    if was_on_topic != on_topic:
        whats.append("now on topic" if on_topic else "no longer on topic")
    whats.extend(
        f"verdict changed: {gap} {old_gaps.get(gap, 'no')} -> {value}"
        for gap, value in new_gaps.items()
        if old_gaps.get(gap, "no") != value
    )
    return whats
