"""Records into studies: which records report one trial, and what the trial shows.

A gap is closed by a trial, and one trial reaches the world as several records: a
registration, a protocol, a preprint, the journal article, an erratum, a retraction
notice, comments, secondary analyses. This module is pure (no database, no network):

* ``edges`` says which other records one record belongs with, from structured links
  only (CommentsCorrections, registry ids, registry references, preprint links),
  and only where the link names one trial: an editorial on two trials, a review
  naming five registrations or a pooled analysis of three joins none of them;
* ``group`` joins records along those edges (union-find) into studies, including
  records not stored yet (a notice whose article has not arrived still has its
  study, which the article joins when it comes), and gives each study a stable id;
* ``judge_study`` decides a study's facts and gap verdicts from its best evidence:
  notices never count by themselves, a registration's "in progress" gives way to
  any record with results, and a retracted article counts toward no gap: the study
  stands on its other records (a protocol, a reanalysis), and is retracted only when
  none is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ldn_watch.assess.gaps import GapRule, verdicts
from ldn_watch.assess.topic import no_condition_reason
from ldn_watch.model import Facts, GapValue, InStudy, Link, Record

__all__ = [
    "IF_ONE_STUDY",
    "NOTICE_ROLES",
    "RETRACTED_ARTICLE",
    "Member",
    "RecordVerdict",
    "Study",
    "edges",
    "group",
    "judge_study",
    "keep_arms",
    "keep_population",
    "named_elsewhere",
    "role_of",
    "work_doi",
]

# A target a record joins only if all such targets of it are already one study (stored
# as "?pubmed:123" in the record's links).
IF_ONE_STUDY = "?"
# Relations from a record to the one record it is about (notices, versions).
_NOTICE_RELS = {
    "ErratumFor": "erratum",
    "RetractionOf": "retraction",
    "CommentOn": "comment",
    "ExpressionOfConcernFor": "expression_of_concern",
}
_VERSION_RELS = {"UpdateOf", "RepublishedFrom", "ReprintOf", "preprint_of", "preprint_in"}
# Registry references that are about the registered trial itself (not BACKGROUND).
_OWN_REFERENCES = {"RESULT", "DERIVED"}
NOTICE_ROLES = frozenset(_NOTICE_RELS.values())
_NOTICE_TYPES = {
    "Published Erratum": "erratum",
    "Retraction of Publication": "retraction",
    "Expression of Concern": "expression_of_concern",
    "Comment": "comment",
    "Editorial": "comment",
}
_NOT_LINKED_BY_REGISTRATION = {"review", "meta_analysis"}
_GAP_ORDER: dict[str, int] = {"no": 0, "in_progress": 1, "addressed": 2}


def role_of(record: Record, facts: Facts | None) -> str:
    """What the record is within its trial's family of records.

    publication | secondary | protocol | registration | preprint | erratum | retraction
    | comment | expression_of_concern. The classifier's own call (``Facts.role``) wins;
    publication types and CommentsCorrections decide where it has none.
    """
    said = getattr(facts, "role", None) if facts is not None else None
    if record.source == "ctgov":
        return "registration"
    if said in NOTICE_ROLES:
        # a notice posted in a preprint's place (a withdrawal posted as its new version)
        # is a notice, not another preprint with data
        return str(said)
    if record.source == "europepmc" or "Preprint" in record.publication_types:
        return "preprint"
    if said:
        return str(said)
    for kind, role in _NOTICE_TYPES.items():
        if kind in record.publication_types:
            return role
    for c in record.corrections:
        if c.ref_type in _NOTICE_RELS and c.pmid:
            return _NOTICE_RELS[c.ref_type]
    if facts is not None and facts.design == "protocol":
        return "protocol"
    return "publication"


def edges(record: Record, facts: Facts | None) -> list[str]:
    """Keys (``source:id``) of the records this one reports the same trial as."""
    out: list[str] = []
    notices = _targets(record, _NOTICE_RELS)
    if len(notices) == 1:
        out.extend(notices)
    else:
        # a notice naming several records (an authors' reply: CommentOn the letter and the
        # article) joins them only if they are one study ("?": ``group`` decides); an
        # editorial on two trials joins neither
        out.extend(IF_ONE_STUDY + t for t in notices)
    versions = _targets(record, _VERSION_RELS)
    if len(versions) == 1:
        out.extend(versions)
    # the versions of one preprint (Europe PMC's versionList) are one work: however many
    # there are, they report the same study, and a withdrawal posted as a later version
    # must reach the versions it withdraws
    out.extend(f"{link.source}:{link.id}" for link in record.links if link.rel == "version")
    if record.source == "europepmc" and record.doi:
        # a preprint server's DOI names the work, not one version: Europe PMC may store
        # the versions as separate records with no versionList, sharing only that DOI
        # (or, on servers that write the version into the DOI, the DOI without it)
        out.append(f"doi:{work_doi(record.doi)}")
    if record.source == "ctgov":
        out.extend(
            f"{link.source}:{link.id}"
            for link in record.links
            if link.rel == "reference" and (link.note or "").upper() in _OWN_REFERENCES
        )
    else:
        design = facts.design if facts is not None else None
        # (not an id its text names only for another trial: "a larger trial (NCT...)
        # began recruiting" would join the record to that trial's study)
        cited = set(facts.cited_registrations) if facts is not None else set()
        registrations = sorted({n.upper() for n in record.nct_ids} - cited)
        if len(registrations) == 1 and design not in _NOT_LINKED_BY_REGISTRATION:
            out.append(f"ctgov:{registrations[0]}")
    return [k for k in dict.fromkeys(out) if k.removeprefix(IF_ONE_STUDY) != record.key]


def _targets(record: Record, rels: Mapping[str, str] | set[str]) -> list[str]:
    found = [f"pubmed:{c.pmid}" for c in record.corrections if c.ref_type in rels and c.pmid]
    found += [f"{link.source}:{link.id}" for link in record.links if link.rel in rels]
    if record.preprint is not None or record.source == "europepmc":
        # a preprint's DOI link points at its journal version
        found += [f"doi:{link.id.lower()}" for link in record.links if link.rel == "doi"]
    return list(dict.fromkeys(found))


def group(
    graph: Mapping[str, Sequence[str]], dois: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Study id for every key in ``graph`` (record key -> keys it joins).

    ``dois`` maps a stored record's key to its DOI, so that a preprint naming its
    journal version's DOI finds that record. A study's id is the key of its most
    telling member, stored or not: a registration, else the lowest PMID, else a
    preprint. It stays the same as records arrive, except when a registration joins.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    held: dict[str, list[str]] = {}  # key -> the targets it joins only if one study
    for key, targets in graph.items():
        find(key)
        for t in targets:
            if t.startswith(IF_ONE_STUDY):
                held.setdefault(key, []).append(t[len(IF_ONE_STUDY) :])
            else:
                union(key, t)
    for key, doi in (dois or {}).items():
        union(key, f"doi:{doi.lower()}")
    # a notice naming several records joins them when every one is stored and they are
    # already one study (a reply to a letter on an article); a join may let another
    # notice's targets meet, so until nothing changes
    changed = True
    while changed:
        changed = False
        for key, targets in held.items():
            if not all(t in graph for t in targets):
                continue
            roots = {find(t) for t in targets}
            if len(roots) == 1 and find(key) not in roots:
                union(key, roots.pop())
                changed = True
    members: dict[str, list[str]] = {}
    for key in list(parent):
        members.setdefault(find(key), []).append(key)
    out: dict[str, str] = {}
    for keys in members.values():
        study_id = min(keys, key=_id_rank)
        for k in keys:
            if k in graph:
                out[k] = study_id
    return out


def _id_rank(key: str) -> tuple[int, int, str]:
    source, _, ident = key.partition(":")
    order = {"ctgov": 0, "pubmed": 1, "europepmc": 2}.get(source, 3)
    number = int(ident) if ident.isdigit() else 0
    return order, number, ident


@dataclass
class Member:
    """One stored record of a study, with its own (pure) assessment."""

    record: Record
    facts: Facts | None
    gaps: dict[str, GapValue] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def role(self) -> str:
        return role_of(self.record, self.facts)


@dataclass
class RecordVerdict(InStudy):
    """``InStudy`` for the record ``key``, as ``judge_study`` hands it to the store."""

    key: str

    def in_study(self) -> InStudy:
        """The verdict without its key, as ``StoredRecord.in_study`` carries it."""
        return InStudy(
            self.study, self.role, self.on_topic, self.retracted, self.gaps, self.reasons
        )


@dataclass
class Study:
    """One trial (or one review, one case report...) and what its records show."""

    id: str
    title: str
    members: list[tuple[str, str]]  # (record key, role)
    lead: str | None  # the record whose facts stand for the study
    design: str
    n: int | None
    ldn_doses_mg: list[float]
    concomitant_classes: list[str]
    compares_doses: bool
    has_results: bool
    on_topic: bool
    depression_population: bool
    retracted: bool
    retracted_on: date | None
    flags: list[str]
    status: str
    gaps: dict[str, GapValue]
    why: dict[str, str]
    decided_by: dict[str, str | None]
    year: int | None = None  # the lead record's


# Which records may stand for a study, best first: peer-reviewed results, then a
# preprint's, then results posted on the registry, then derived reports with
# results, then what is planned (protocol, registration).
def _evidence_rank(m: Member) -> int:
    f, role = m.facts, m.role
    results = bool(f and f.has_results)
    if role == "publication" and results:
        return 0
    if role == "preprint" and results:
        return 1
    if role == "registration" and m.record.registry and m.record.registry.has_results:
        return 2
    if role == "secondary" and results:
        return 3
    if role in ("protocol", "registration"):
        return 4
    if role == "publication":
        return 5
    return 9 if role in NOTICE_ROLES else 6


def judge_study(
    study_id: str,
    members: Sequence[Member],
    gap_ids: Iterable[str],
    notices_elsewhere: Sequence[Record] = (),
) -> tuple[Study, list[RecordVerdict]]:
    """A study's facts, status and per-gap verdict with a reason; each member as judged in it.

    ``notices_elsewhere`` are notices outside the study that name one of its records
    among several (``named_elsewhere``): one notice retracting two articles of two
    studies joins neither, yet retracts both.
    """
    gap_ids = list(gap_ids)
    ordered = sorted(members, key=lambda m: (_evidence_rank(m), m.record.year or 9999, m.key))
    # CONTRACT.md "Retractions": a retracted article counts toward no gap, and a gap it had
    # closed goes back to what the other articles of its study give (the trial's protocol,
    # a reanalysis of its verified data); a corrected republication stands in its place
    withdrawn = _retracted_members(study_id, members, notices_elsewhere)
    republished = bool(withdrawn) and _republished(members, set(withdrawn))
    # a secondary analysis published before the retraction reports the retracted data
    derived = {} if republished else _analyses_of_retracted_data(members, withdrawn)
    # an earlier plan a later record of the study replaces (CONTRACT.md "Protocols and
    # versions": "NALDO is now a two-arm trial" after an update dropped its 2 mg arm) no
    # longer says what the study plans: it neither decides a gap nor stands for the study
    replaced = _superseded_plans(members)
    articles = [m for m in ordered if m.role not in NOTICE_ROLES and m.key not in replaced]
    evidence = [m for m in articles if m.key not in withdrawn and m.key not in derived]
    # the study itself is retracted when nothing but retracted articles and notices is left;
    # it still shows what it was (topic, design, n), and decides nothing
    retraction = min(withdrawn.values()) if withdrawn and not evidence else None
    shown = evidence or articles
    lead = shown[0] if shown else (ordered[0] if ordered else None)
    retracted = retraction is not None
    on_topic = _on_topic(members, shown)

    results = [m for m in evidence if _evidence_rank(m) <= 3]
    planned = [m for m in evidence if m.role in ("protocol", "registration")]
    deciding = results or planned or evidence
    gaps: dict[str, GapValue] = {}
    why: dict[str, str] = {}
    decided_by: dict[str, str | None] = {}
    for gap in gap_ids:
        if retracted:
            gaps[gap], why[gap], decided_by[gap] = "no", f"retracted{_on(retraction)}", None
            continue
        best = max(
            deciding,
            key=lambda m: (_GAP_ORDER[m.gaps.get(gap, "no")], -deciding.index(m)),
            default=None,
        )
        if best is None:
            gaps[gap] = "no"
            why[gap] = "notices only: no data of their own" if members else "no records"
            decided_by[gap] = None
            continue
        gaps[gap] = best.gaps.get(gap, "no")
        why[gap] = _why(best, gap)
        decided_by[gap] = best.key
    f = lead.facts if lead is not None and lead.facts is not None else Facts()
    study = Study(
        id=study_id,
        title=lead.record.title if lead is not None else "",
        members=[(m.key, m.role) for m in ordered],
        lead=lead.key if lead is not None else None,
        design=f.design if shown else "other",
        n=f.n if shown else None,
        ldn_doses_mg=list(f.ldn_doses_mg) if shown else [],
        concomitant_classes=list(f.concomitant_classes) if shown else [],
        compares_doses=f.compares_doses if shown else False,
        has_results=any(_evidence_rank(m) <= 3 for m in shown),
        on_topic=on_topic,
        depression_population=f.depression_population if shown else False,
        retracted=retracted,
        retracted_on=retraction,
        flags=_flags(members)
        + (["retracted and replaced"] if republished else [])
        + ([RETRACTED_ARTICLE] if withdrawn and not republished and retraction is None else [])
        + (["plan updated"] if replaced else []),
        status=_status(evidence, retracted),
        gaps=gaps,
        why=why,
        decided_by=decided_by,
        year=lead.record.year if lead is not None else None,
    )
    verdicts = [
        _record_verdict(m, study, withdrawn.get(m.key), republished, m.key in derived)
        for m in members
    ]
    return study, verdicts


def keep_population(members: Sequence[Member], rules: Iterable[GapRule]) -> list[Member]:
    """The members, where a record that names no population of its own takes the
    population of the trial it belongs to, with its gaps judged again.

    Two kinds of record restate a trial without saying whom it took in:
    * a later version (an amendment or update of a protocol, a republication) restates
      only what changed ("the 1 mg arm was stopped; the planned sample is now 140"), so
      read alone it selects nobody, and replacing its protocol would leave the study
      selecting nobody either (CONTRACT.md "Protocols and versions"); it takes the
      population of the record it revises;
    * a derived report (an open-label extension, a biomarker sub-study) tells who
      entered it ("Completers could enter ...", "64 of the 118 randomised gave blood")
      and leaves the condition to the trial; joined to the trial by a structured link
      (its registration), it takes the population of the trial's own records, and,
      when it names no antidepressant, the co-medication they agree on.
    A record that names another condition keeps its own reading; notices gain nothing.
    """
    rules = list(rules)
    selected = {
        m.key: m
        for m in members
        if m.facts is not None and m.facts.depression_population and m.role not in NOTICE_ROLES
    }
    trial = [m for m in selected.values() if m.role != "secondary"]
    out: list[Member] = []
    for m in members:
        f = m.facts
        if f is None or f.depression_population or f.selected_for is not None:
            out.append(m)
            continue
        revised = [k for k in _targets(m.record, _VERSION_RELS) if k in selected]
        if m.role in NOTICE_ROLES or not (revised or (m.role == "secondary" and trial)):
            out.append(m)
            continue
        source = selected[revised[0]] if revised else trial[0]
        chosen = source.facts
        assert chosen is not None  # selected members have facts
        unnamed = no_condition_reason(chosen.selected_for or "")
        if not (f.on_topic or f.off_topic_reason == unnamed):
            out.append(m)
            continue
        how = "which it revises" if revised else "the trial it reports on"
        kept = replace(
            f,
            on_topic=True,
            off_topic_reason=None,
            depression_population=True,
            notes={**f.notes, "depression_population": f"as selected by {_label(source)}, {how}"},
        )
        if not revised:
            kept = _keep_comedication(kept, trial)
        out.append(_rejudged(m, kept, rules))
    return out


def keep_arms(members: Sequence[Member], rules: Iterable[GapRule]) -> list[Member]:
    """The members, where an amendment that takes dose arms out of the plan it revises
    keeps that plan's other arms, with its gaps judged again.

    An amendment restates only the arms it changes ("the 4 mg arm has been replaced by
    3 mg"): read alone it names one dose, yet the arms it leaves alone are still assigned
    (CONTRACT.md "Protocols and versions": it replaces the earlier version, whose plan
    stands where it is not changed). Its doses are the revised plan's, less the ones it
    took out (``Facts.dropped_doses_mg``), plus its own. Only a plan that compared doses
    itself lends a comparison: a flexible range or a titration's two ends compare none.
    """
    rules = list(rules)
    by_key = {m.key: m for m in members}
    out: list[Member] = []
    for m in members:
        f = m.facts
        revised = [
            by_key[k]
            for k in _targets(m.record, {"UpdateOf"})
            if k in by_key and k != m.key and by_key[k].facts is not None
        ]
        if f is None or not f.dropped_doses_mg or m.role in NOTICE_ROLES or len(revised) != 1:
            out.append(m)
            continue
        source = revised[0]
        plan = source.facts
        assert plan is not None  # kept above
        kept = sorted(set(plan.ldn_doses_mg) - set(f.dropped_doses_mg) - set(f.ldn_doses_mg))
        if not (plan.compares_doses and kept and f.ldn_doses_mg):
            out.append(m)
            continue
        doses = sorted({*kept, *f.ldn_doses_mg})
        arms = replace(
            f,
            ldn_doses_mg=doses,
            compares_doses=f.compares_doses or len(doses) >= 2,
            notes={
                **f.notes,
                "compares_doses": f"{_mg(doses)} compared, "
                f"{_mg(kept)} kept from {_label(source)}, which it revises",
            },
        )
        out.append(_rejudged(m, arms, rules))
    return out


def _rejudged(member: Member, facts: Facts, rules: Sequence[GapRule]) -> Member:
    """The member with facts the study lent it, its gaps and reasons judged again."""
    judged = verdicts(facts, rules)
    return replace(
        member,
        facts=facts,
        gaps={k: v.value for k, v in judged.items()},
        reasons={k: v.reason for k, v in judged.items()},
    )


def _mg(doses: Iterable[float]) -> str:
    return ", ".join(f"{d:g} mg" for d in doses)


def _keep_comedication(facts: Facts, trial: Sequence[Member]) -> Facts:
    """A derived report that names no antidepressant keeps the classes its trial's own
    records agree on (the trial's co-medication is its participants'); none where they
    disagree or name none."""
    if facts.concomitant_antidepressants or facts.concomitant_classes:
        return facts
    told = {
        tuple(m.facts.concomitant_classes) for m in trial if m.facts and m.facts.concomitant_classes
    }
    if len(told) != 1:
        return facts
    classes = list(told.pop())
    return replace(
        facts,
        concomitant_classes=classes,
        notes={**facts.notes, "concomitant_classes": "as its trial's records give them"},
    )


# the flag of a study one of whose articles is retracted while its other records stand
RETRACTED_ARTICLE = "retracted article"

# the publication type PubMed gives an article that replaces a retracted one
_REPLACEMENT_TYPE = "Corrected and Republished Article"
_REPLACES = {"RepublishedFrom", "UpdateOf"}


def _republished(members: Sequence[Member], retracted: set[str]) -> bool:
    """Whether a member replaces one of the retracted articles ("retraction and
    replacement": the journal retracts an article and republishes it corrected).

    The replacement is an article of the study, not retracted itself and not a notice,
    that names a retracted member as what it republishes or updates (RepublishedFrom,
    UpdateOf), or is typed as a corrected and republished article.
    """
    return any(
        m.key not in retracted
        and m.role not in NOTICE_ROLES
        and (
            bool(set(_targets(m.record, _REPLACES)) & retracted)
            or _REPLACEMENT_TYPE in m.record.publication_types
        )
        for m in members
    )


def _superseded_plans(members: Sequence[Member]) -> set[str]:
    """Keys of the members without results that a later record of the study replaces.

    A protocol that a later protocol, amendment or update names as what it updates
    (PubMed's UpdateOf), and a preprint without results of which the server holds a later
    version (the same work DOI, a higher version number). A record with results is never
    replaced here: results are weighed against each other, not dropped.
    """
    keys = {m.key for m in members}
    planned = {m.key for m in members if m.role not in NOTICE_ROLES and not _has_results(m)}
    out: set[str] = set()
    for m in members:
        if m.role in NOTICE_ROLES:
            continue
        out |= (set(_targets(m.record, {"UpdateOf"})) & planned & keys) - {m.key}
    preprints = [m for m in members if m.role == "preprint"]
    out |= {
        m.key
        for m in preprints
        if m.key in planned and any(_later_version(o.record, m.record) for o in preprints)
    }
    return out


def _has_results(m: Member) -> bool:
    return bool(m.facts and m.facts.has_results) or bool(
        m.record.registry and m.record.registry.has_results
    )


def _retracted_members(
    study_id: str, members: Sequence[Member], notices_elsewhere: Sequence[Record] = ()
) -> dict[str, date]:
    """Key -> when it was retracted (``date.min`` if unknown), for each retracted article.

    An article is retracted by its own publication type or RetractionIn, by a retraction
    notice naming it (RetractionOf: in the study, or ``notices_elsewhere`` naming it among
    others), or, for a preprint, by a withdrawal notice posted as one of its versions
    (CONTRACT.md "Retractions": a withdrawn preprint is a retracted article). A notice
    naming the study's own id where no member has it retracts every article.
    """
    keys = {m.key for m in members}
    articles = [m for m in members if m.role not in NOTICE_ROLES]
    by_notice: dict[str, date] = {}

    def mark(key: str, when: date) -> None:
        by_notice[key] = min(when, by_notice.get(key, when))

    for r in [*notices_elsewhere, *(m.record for m in members)]:
        for c in r.corrections:
            target = f"pubmed:{c.pmid}"
            if c.ref_type != "RetractionOf" or target not in keys | {study_id}:
                continue
            for m in articles if target not in keys else [m for m in members if m.key == target]:
                mark(m.key, _record_date(r))
    for m in members:
        if m.role == "retraction":
            for w in _withdrawn_versions(m, articles):
                mark(w.key, _record_date(m.record))
    # an article typed as retracted whose notice is not stored: its own date stands in
    typed = {m.key: _record_date(m.record) for m in members if m.record.retracted}
    return typed | by_notice


def _analyses_of_retracted_data(
    members: Sequence[Member], withdrawn: Mapping[str, date]
) -> set[str]:
    """Keys of the study's secondary analyses published before its first retraction of a
    report of the trial itself.

    They report the data the retraction withdrew (the same participants, the same
    dataset): they count toward no gap either. One published after it was written knowing
    it (a reanalysis of the verified sites) and stands on its own; so do the study's
    protocol, registration and other reports (CONTRACT.md "Retractions"). A retracted
    secondary analysis withdraws only itself: the trial's data, and the other analyses of
    them, stand ("the main results and its other secondary analyses are not affected").
    """
    roles = {m.key: m.role for m in members}
    of_trial = [on for key, on in withdrawn.items() if roles.get(key) != "secondary"]
    if not of_trial:
        return set()
    retracted_on = min(of_trial)
    return {
        m.key
        for m in members
        if m.role == "secondary"
        and m.key not in withdrawn
        and _record_date(m.record) < retracted_on
    }


def named_elsewhere(
    graph: Mapping[str, Sequence[str]], ids: Mapping[str, str]
) -> dict[str, list[str]]:
    """Study id -> the records outside it that name one of its records among several.

    A notice naming several records joins them only if they are one study (``group``);
    a retraction of two articles of two trials joins neither, and each study must still
    see it. ``graph`` and ``ids`` are ``group``'s input and output.
    """
    out: dict[str, list[str]] = {}
    for key, targets in graph.items():
        for t in targets:
            if not t.startswith(IF_ONE_STUDY):
                continue
            sid = ids.get(t[len(IF_ONE_STUDY) :])
            if sid is not None and sid != ids.get(key) and key not in out.get(sid, ()):
                out.setdefault(sid, []).append(key)
    return out


def _withdrawn_versions(notice: Member, articles: Sequence[Member]) -> list[Member]:
    """The preprints of the study a notice withdraws: the notice was posted in their place,
    as another posting of the same work (the same DOI, a server's version suffix aside) or
    as a record Europe PMC lists as one of their versions (either record's versionList).

    A server withdraws a preprint by posting the notice as a later version or posting of
    it; a DOI names the work, not one version, so whatever the version numbers say (medRxiv
    DOIs carry none, and Europe PMC may give neither record a number) the notice withdraws
    every version of that work.
    """
    r = notice.record
    if r.source != "europepmc":
        return []
    doi = work_doi(r.doi) if r.doi else None
    linked = {f"{link.source}:{link.id}" for link in r.links if link.rel == "version"}
    return [
        m
        for m in articles
        if m.record.source == "europepmc"
        and (
            (doi is not None and m.record.doi is not None and work_doi(m.record.doi) == doi)
            or m.key in linked
            or any(
                link.rel == "version" and f"{link.source}:{link.id}" == r.key
                for link in m.record.links
            )
        )
    ]


def _later_version(newer: Record, older: Record) -> bool:
    """Whether ``newer`` is a later version of the preprint ``older``: the same work DOI
    (the server's version suffix aside) and a higher version number."""
    return (
        newer.doi is not None
        and older.doi is not None
        and work_doi(newer.doi) == work_doi(older.doi)
        and _version_of(newer) > _version_of(older)
    )


# How preprint servers write a version into a DOI (the rest of the DOI names the work):
# Research Square and Authorea ".../v2", Preprints.org "...preprints202603.1288.v2";
# the F1000 platforms (10.12688: F1000Research, Wellcome Open Research, Gates Open
# Research) "<journal>.<article>.<version>"; Qeios (10.32388) "<id>.<version>" from v2 on.
# medRxiv, bioRxiv, SSRN and arXiv DOIs carry no version.
_DOI_VERSION = (
    re.compile(r"^(?P<work>.+?)[/.]v(?P<v>\d+)$", re.IGNORECASE),
    re.compile(r"^(?P<work>10\.12688/[a-z0-9-]+\.\d+)\.(?P<v>\d+)$", re.IGNORECASE),
    re.compile(r"^(?P<work>10\.32388/[a-z0-9]+)\.(?P<v>\d+)$", re.IGNORECASE),
)


def _doi_version(doi: str) -> tuple[str, int | None]:
    doi = doi.strip().lower()
    for form in _DOI_VERSION:
        m = form.match(doi)
        if m:
            return m.group("work"), int(m.group("v"))
    return doi, None


def work_doi(doi: str) -> str:
    """The DOI of the work a preprint version belongs to: its DOI, lower-cased, without
    the version the server wrote into it ("10.21203/rs.3.rs-6612087/v2" ->
    "10.21203/rs.3.rs-6612087")."""
    return _doi_version(doi)[0]


def _version_of(r: Record) -> int:
    """A preprint record's version: the one its DOI names, else Europe PMC's number."""
    return (_doi_version(r.doi)[1] if r.doi else None) or r.version


def _record_date(r: Record) -> date:
    for status in ("pubmed", "entrez", "medline"):
        if status in r.history:
            return r.history[status]
    if r.preprint is not None and r.preprint.posted is not None:
        return r.preprint.posted
    return date(r.year, 1, 1) if r.year else date.min


def _on(when: date | None) -> str:
    return f" {when.isoformat()}" if when and when != date.min else ""


def _on_topic(members: Sequence[Member], evidence: Sequence[Member]) -> bool:
    """A study is on topic if a record with data of its own is; notices follow it."""
    pool = evidence or members
    return any(m.facts is not None and m.facts.on_topic for m in pool)


def _flags(members: Sequence[Member]) -> list[str]:
    flags = []
    roles = {m.role for m in members}
    if "erratum" in roles or any(
        c.ref_type == "ErratumIn" for m in members for c in m.record.corrections
    ):
        flags.append("corrected")
    if "expression_of_concern" in roles or any(
        c.ref_type == "ExpressionOfConcernIn" for m in members for c in m.record.corrections
    ):
        flags.append("expression of concern")
    if any(m.role == "preprint" for m in members) and not any(
        m.role == "publication" for m in members
    ):
        flags.append("not peer-reviewed")
    return flags


def _status(evidence: Sequence[Member], retracted: bool) -> str:
    if retracted:
        return "retracted"
    ranks = {_evidence_rank(m) for m in evidence}
    if 0 in ranks or 3 in ranks:
        return "results"
    if 1 in ranks:
        return "preprint_results"
    if 2 in ranks:
        return "registry_results"
    registry = next((m.record.registry for m in evidence if m.record.registry), None)
    if registry is not None and (registry.status or "").upper() in STOPPED_STATUSES:
        return "stopped"
    if any(m.role in ("protocol", "registration") for m in evidence):
        return "in_progress"
    return "results" if evidence else "notices_only"


STOPPED_STATUSES = frozenset({"WITHDRAWN", "TERMINATED", "SUSPENDED"})


def _why(m: Member, gap: str) -> str:
    reason = m.reasons.get(gap)
    value = m.gaps.get(gap, "no")
    label = _label(m)
    if value == "no":
        return reason or "not met"
    return f"{label}: {reason}" if reason else label


def _label(m: Member) -> str:
    r = m.record
    if r.source == "ctgov":
        return f"registration {r.id}"
    if m.role == "preprint":
        return f"preprint {r.id} (not peer-reviewed)"
    return f"PMID {r.id}"


def _record_verdict(
    m: Member,
    study: Study,
    withdrawn_on: date | None = None,
    republished: bool = False,
    retracted_data: bool = False,
) -> RecordVerdict:
    """The record as its study sees it: notices follow their article's topic; a retracted
    article (``withdrawn_on``: when), an analysis of its data (``retracted_data``) and
    every record of a retracted study count toward no gap."""
    notice = m.role in NOTICE_ROLES
    on_topic = bool(m.facts and m.facts.on_topic)
    if notice and any(role not in NOTICE_ROLES for _, role in study.members):
        on_topic = study.on_topic
    gaps = dict(m.gaps)
    reasons = dict(m.reasons)
    if study.retracted:
        for gap in gaps:
            gaps[gap] = "no"
            reasons[gap] = study.why.get(gap, "retracted")
    elif withdrawn_on is not None:
        for gap in gaps:
            gaps[gap] = "no"
            reasons[gap] = (
                "retracted and replaced by its corrected republication"
                if republished
                else f"retracted{_on(withdrawn_on)}"
            )
    elif retracted_data:
        for gap in gaps:
            gaps[gap] = "no"
            reasons[gap] = "analysis of a retracted trial's data"
    elif notice:
        for gap in gaps:
            gaps[gap] = "no"
            reasons[gap] = f"{m.role.replace('_', ' ')}: no data of its own"
    return RecordVerdict(
        key=m.key,
        study=study.id,
        role=m.role,
        on_topic=on_topic,
        retracted=study.retracted or withdrawn_on is not None,
        gaps=gaps,
        reasons=reasons,
    )


def links_of(record: Record) -> list[Link]:
    """Every link a record states, for display: corrections, registrations and the rest."""
    out = [Link(c.ref_type, "pubmed", c.pmid) for c in record.corrections if c.pmid]
    out += [Link("registration", "ctgov", n) for n in record.nct_ids if record.source != "ctgov"]
    out += list(record.links)
    return out
