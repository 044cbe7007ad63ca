"""The digest's template context: what a reader sees, already worded, and nothing else.

A digest is about **studies**: each study it carries is one card listing its records
(registration, preprint, journal article, erratum, retraction, comments, secondary
analyses), ordered by what matters to a reader — studies that moved a gap first, then
studies on a gap, then trials in the watched population, then the rest. The header
leads with the verdict: each gap's status, what changed since the last digest, then
the counts. Off-topic records appear only as counts by reason.

Templates get the fields of :class:`DigestContext` as top-level names and may use only
the fields documented here (``tests/test_digest_render.py`` checks this), so a user's
template override keeps working as long as this module keeps its promises. Every value
is display-ready (labels, "2 mg/day"); missing values are ``None``, lists are never
``None``. What the watch is about (its name, the reference study, the off-label note)
comes from the config (:class:`ldn_watch.config.WatchWording`), not from this module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Protocol

from ldn_watch.config import WatchWording, packaged_wording
from ldn_watch.model import GapState, GapStatus, Record, StoredRecord
from ldn_watch.studies import RETRACTED_ARTICLE, Study

DESIGN_LABELS: dict[str, str] = {
    "rct": "Randomized controlled trial",
    "nonrandomized_trial": "Non-randomized trial",
    "observational": "Observational study",
    "case_report": "Case report",
    "review": "Review",
    "meta_analysis": "Meta-analysis",
    "protocol": "Trial protocol or registration",
    "preclinical": "Preclinical (animal or in vitro)",
    "other": "Other",
}
STATUS_LABELS: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "addressed": "Addressed",
}
VALUE_LABELS: dict[str, str] = {
    "addressed": "addressed",
    "in_progress": "in progress",
    "no": "not met",
}
ROLE_LABELS: dict[str, str] = {
    "publication": "Journal article",
    "secondary": "Secondary analysis",
    "protocol": "Published protocol",
    "registration": "Registration",
    "preprint": "Preprint",
    "erratum": "Erratum",
    "retraction": "Retraction notice",
    "comment": "Comment",
    "expression_of_concern": "Expression of concern",
}
STUDY_STATUS_LABELS: dict[str, str] = {
    "results": "Results published",
    "preprint_results": "Results in a preprint (not peer-reviewed)",
    "registry_results": "Results posted on the registry",
    "in_progress": "Under way: no results yet",
    "stopped": "Stopped (withdrawn, terminated or suspended)",
    "retracted": "Retracted",
    "notices_only": "Notices only",
}
RELEVANCE_LABELS: dict[str, str] = {
    "changes_gap": "Moves a gap",
    "on_gap": "On a gap",
    "trial": "Trial in the watched population",
    "other": "Other on-topic study",
}
_RELEVANCE_ORDER = {name: i for i, name in enumerate(RELEVANCE_LABELS)}
# Designs with participants of their own, where "who was enrolled" is worth a flag.
STUDY_DESIGNS = frozenset(
    {"rct", "nonrandomized_trial", "observational", "case_report", "protocol"}
)
TRIAL_DESIGNS = frozenset({"rct", "nonrandomized_trial", "protocol"})
GAP_STUDIES_SHOWN = 5  # studies listed under each gap on the board; the rest as a count
RETRACTIONS_SHOWN = 10  # retracted studies named in the alert; the rest as a count
DEFAULT_MAX_ITEMS = 50
STAMP_FORMAT = "%Y-%m-%dT%H%M%SZ"
# Reasons that say nothing a reader can use ("not met" is the rule's own default).
_EMPTY_REASONS = frozenset({"", "not met", "no records"})


class GapRule(Protocol):
    """What the digest needs from a configured gap rule (``GapState`` itself qualifies)."""

    @property
    def title(self) -> str: ...

    @property
    def description(self) -> str: ...


# -- inputs ----------------------------------------------------------------------------


@dataclass
class StudyInput:
    """One study a digest carries, as ``deliver`` reads it from the store (not a view).

    ``records`` are its stored records in the study's member order; ``new`` the keys of
    those no digest carried yet; ``changes`` the material changes (record key -> what)
    of records carried before; ``is_new`` is True when no digest carried any of them.
    """

    study: Study
    records: list[StoredRecord]
    new: set[str] = field(default_factory=set)
    changes: dict[str, list[str]] = field(default_factory=dict)
    is_new: bool = True


# -- views -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Watch:
    """What the watch is about, in readers' words (from ``[digest]`` in the config).

    Attributes:
        name: e.g. "low-dose naltrexone in depression"; headers and the feed.
        topic: e.g. "LDN–depression"; "2 new LDN–depression studies".
        drug_label: e.g. "LDN"; a card's "LDN dose".
        condition: e.g. "depression"; "participants not selected for depression".
    """

    name: str
    topic: str
    drug_label: str
    condition: str


@dataclass(frozen=True)
class Reference:
    """The study every gap is measured against (``[digest.reference]``).

    Attributes:
        pmid: its PubMed id, None if it has none.
        url: its PubMed page, None without a PMID.
        label: how headings name it, e.g. "the 2017 pilot".
        citation: e.g. "Mischoulon et al., J Affect Disord, 2017".
        facts: what it did in a few words: "12 patients · ... · one dose".
        summary: one sentence for the footer.
    """

    pmid: str | None
    url: str | None
    label: str
    citation: str
    facts: str
    summary: str


@dataclass(frozen=True)
class Counts:
    """Header numbers.

    Attributes:
        new_on_topic: on-topic studies no digest carried before.
        updated: studies carried before that changed (a new record, a retraction, a verdict).
        off_topic: new records the classifier set aside.
        retracted: studies retracted in this digest (new, or updated to retracted).
        records: records on the study cards (every source and role, carried before or
            not) plus the off-topic records counted.
    """

    new_on_topic: int
    updated: int
    off_topic: int
    retracted: int
    records: int


@dataclass(frozen=True)
class LinkView:
    """One link of a record, worded.

    Attributes:
        label: e.g. "PubMed", "DOI", "Free full text (PMC)", "NCT01874951".
        url: absolute URL.
    """

    label: str
    url: str


@dataclass(frozen=True)
class RecordView:
    """One record of a study card.

    Attributes:
        key: "source:id", e.g. "pubmed:27736689".
        source: "pubmed", "ctgov" or "europepmc".
        id: PMID, NCT id or preprint id.
        label: the id worded: "PMID 27736689", "NCT01874951", "PPR123".
        role: the record's role in its study, e.g. "publication", "erratum".
        role_label: the role worded: "Journal article", "Erratum", "Registration".
        title: the record's title (plain text; templates escape it).
        authors: first three authors, "et al." after them; None if none are listed.
        journal: journal name (or preprint server, or registry sponsor); None if unknown.
        year: publication (or registration) year, None if unknown.
        citation: authors, journal and year in one line, e.g. "Mischoulon D, Hylek L,
            Yeung AS, et al. Journal of affective disorders, 2017"; None if none is known.
        url: the record's own page (PubMed, ClinicalTrials.gov, Europe PMC).
        links: DOI, PubMed, free full text (PMC), registrations it names.
        peer_reviewed: False for preprints.
        retracted: True if the record itself is retracted.
        notices: post-publication notices on the record: "retracted", "erratum", ...
        registry_status: a registration's status worded ("Recruiting"), else None.
        is_new: True if no digest carried this record before.
        changes: what changed since a digest carried it ("title corrected", ...).
    """

    key: str
    source: str
    id: str
    label: str
    role: str
    role_label: str
    title: str
    authors: str | None
    journal: str | None
    year: int | None
    citation: str | None
    url: str
    links: list[LinkView]
    peer_reviewed: bool
    retracted: bool
    notices: list[str]
    registry_status: str | None
    is_new: bool
    changes: list[str]


@dataclass(frozen=True)
class GapVerdict:
    """A study's verdict on one gap, with its one-phrase reason.

    Attributes:
        id: the gap rule id, e.g. "dose-finding".
        title: the gap's human title.
        value: "addressed", "in_progress" or "no".
        label: the value worded: "addressed", "in progress", "not met".
        reason: why, in a short phrase ("n 37 < 50"), None if nothing useful is known.
    """

    id: str
    title: str
    value: str
    label: str
    reason: str | None


@dataclass(frozen=True)
class StudyCard:
    """One study as the digest shows it: its facts, its verdicts and its records.

    Attributes:
        id: the study id, e.g. "ctgov:NCT01874951" (stable across digests).
        label: the id worded: "NCT01874951", "PMID 27736689".
        anchor: an HTML id for links to this card, e.g. "study-ctgov-NCT01874951".
        state: "new" (no digest carried any of its records) or "updated".
        title: the title of its lead record.
        url: the lead record's page.
        design: human label of the design, e.g. "Randomized controlled trial".
        design_code: the contract's design code, e.g. "rct".
        status: "results", "preprint_results", "registry_results", "in_progress",
            "stopped", "retracted" or "notices_only".
        status_label: the status worded, e.g. "Results published".
        n: participants, None if not stated.
        doses: total daily doses of the watched drug, e.g. "1.5, 4.5 mg/day"; None.
        co_medication: what was taken with it, e.g. "sertraline (serotonergic)"; None.
        population_selected: participants were selected for the watched condition.
        relevance: why it sits where it does: "changes_gap", "on_gap", "trial", "other".
        relevance_label: the relevance worded, e.g. "Moves a gap".
        gaps: the gaps it addresses or has in progress, with the reason.
        near_misses: gaps it does not meet, each with its reason ("n 37 < 50"); shown
            for trials, where a reader wonders why not.
        retracted: True if the study is retracted; it counts toward no gap.
        retracted_on: "2027-03-02" when known, else None.
        flags: caveats: "not peer-reviewed", "corrected", "expression of concern", "plan updated",
            "participants not selected for ...".
        changes: for updated studies, what changed since the last digest that carried it.
        conclusion: the lead record's conclusion sentence, None if not found.
        records: every stored record of the study, lead first.
    """

    id: str
    label: str
    anchor: str
    state: str
    title: str
    url: str
    design: str
    design_code: str
    status: str
    status_label: str
    n: int | None
    doses: str | None
    co_medication: str | None
    population_selected: bool
    relevance: str
    relevance_label: str
    gaps: list[GapVerdict]
    near_misses: list[GapVerdict]
    retracted: bool
    retracted_on: str | None
    flags: list[str]
    changes: list[str]
    conclusion: str | None
    records: list[RecordView]


@dataclass(frozen=True)
class GapStudy:
    """A study behind a gap's status, in one line on the board.

    Attributes:
        id: the study id.
        label: the id worded ("NCT01874951", "PMID 99000001").
        url: its lead record's page.
        anchor: the card's HTML id when the study is in this digest, else None.
        title: its title, None if unknown.
        year: its lead record's year, None if unknown.
        design: human design label, None if unknown.
        n: participants, None if not stated.
        doses: doses of the watched drug, None if not stated.
        co_medication: what was taken with it, None if none stated.
        value: "addressed" or "in_progress" for this gap.
        status_label: the study's status worded ("Results published", "Under way: ...").
        is_new: True if the study is new in this digest.
    """

    id: str
    label: str
    url: str
    anchor: str | None
    title: str | None
    year: int | None
    design: str | None
    n: int | None
    doses: str | None
    co_medication: str | None
    value: str
    status_label: str
    is_new: bool


@dataclass(frozen=True)
class GapView:
    """One gap with its status and the studies behind it.

    Attributes:
        id: the gap rule id.
        title: human title, e.g. "Dose-finding".
        description: what would close the gap, from the rule.
        status: "open", "in_progress" or "addressed".
        status_label: the status worded: "Open", "In progress", "Addressed".
        previous_status: the status in the previous digest, None if unknown.
        changed: True if the status differs from the previous digest.
        why: one sentence saying why the gap has this status.
        studies: up to five studies behind the status, addressing ones first.
        more_studies: how many more studies are behind it than are listed.
    """

    id: str
    title: str
    description: str
    status: str
    status_label: str
    previous_status: str | None
    changed: bool
    why: str
    studies: list[GapStudy]
    more_studies: int


@dataclass(frozen=True)
class Verdict:
    """The answer first: how many gaps are closed and what moved since the last digest.

    Attributes:
        closed: gaps addressed.
        total: gaps watched.
        headline: "1 of 3 gaps closed".
        line: the headline with the gaps still open or in progress:
            "1 of 3 gaps closed · Larger trials: in progress · Dose-finding: open".
        changes: what changed since the last digest, one sentence each
            ("Dose-finding closed: PMID 99000001."; "Larger trials reopened: ... retracted.").
    """

    closed: int
    total: int
    headline: str
    line: str
    changes: list[str]


@dataclass(frozen=True)
class StudyRef:
    """A study named in the retraction alert.

    Attributes:
        id: the study id.
        label: the id worded.
        title: its title.
        url: its lead record's page.
        anchor: its card's HTML id when the card is shown in full, else None.
        note: what the retraction undid, e.g. "it counted towards: Larger trials", or None.
    """

    id: str
    label: str
    title: str
    url: str
    anchor: str | None
    note: str | None


@dataclass(frozen=True)
class ReasonCount:
    """Why some records were off topic.

    Attributes:
        reason: the classifier's reason, e.g. "naltrexone-bupropion".
        count: how many records had it.
    """

    reason: str
    count: int


@dataclass(frozen=True)
class OffTopicSummary:
    """Records the classifier set aside, as counts by reason (never listed one by one).

    Attributes:
        count: number of off-topic records.
        reasons: reasons with counts, most frequent first.
    """

    count: int
    reasons: list[ReasonCount]


@dataclass(frozen=True)
class MoreStudies:
    """Studies this digest carries but does not show in full (bounded digests).

    Attributes:
        count: how many studies are not shown in full; 0 when every one is.
        url: where they are listed in full (the digest's JSON, else the archive), or None.
        where: the same place named in words, e.g. "digest-2026-11-30T070000Z.json".
    """

    count: int
    url: str | None
    where: str | None


@dataclass(frozen=True)
class Links:
    """Where this digest lives (absolute with ``[digest] base_url``, else file names).

    Attributes:
        html: this digest's HTML page, None if not written.
        json: this digest's JSON, listing every study it carries; None if not written.
        archive: the index of all digests.
        feed: the Atom feed.
        absolute: True when the links are absolute URLs (``base_url`` is set).
    """

    html: str | None
    json: str | None
    archive: str
    feed: str
    absolute: bool


@dataclass(frozen=True)
class DigestContext:
    """Everything a digest template may use; its fields are the templates' top-level names.

    Attributes:
        generated_at: when the digest was made (timezone-aware).
        period_start: start of the covered window, None for "everything so far".
        period_end: end of the covered window, None if not bounded.
        watch: what the watch is about, in readers' words.
        verdict: the gaps closed and what changed since the last digest: the header.
        gaps: the gaps, in rule order, each with the studies behind it.
        counts: the header numbers.
        studies: the study cards shown in full, most relevant first (at most
            ``[digest] max_items``).
        more: the studies carried but not shown in full, and where they are listed.
        rest: those studies' cards (the JSON lists them; templates need not).
        retractions: retracted studies in this digest, for the alert at the top.
        more_retractions: how many more retracted studies than ``retractions`` names.
        off_topic_summary: records set aside, as counts by reason.
        reference: the study every gap is measured against.
        disclaimer: the off-label note.
        links: where this digest, the archive and the feed live.
        subject: the email subject and page title.
        summary: one line for previews, the index and the feed: verdict and counts.
    """

    generated_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    watch: Watch
    verdict: Verdict
    gaps: list[GapView]
    counts: Counts
    studies: list[StudyCard]
    more: MoreStudies
    rest: list[StudyCard]
    retractions: list[StudyRef]
    more_retractions: int
    off_topic_summary: OffTopicSummary
    reference: Reference
    disclaimer: str
    links: Links
    subject: str
    summary: str


# -- wording helpers -------------------------------------------------------------------


def format_doses(doses_mg: Iterable[float]) -> str | None:
    """``[1.5, 3.0]`` -> ``"1.5, 3 mg/day"``; None when no dose was stated."""
    values = sorted(set(doses_mg))
    if not values:
        return None
    return ", ".join(f"{d:g}" for d in values) + " mg/day"


def format_co_medication(drugs: Sequence[str], classes: Sequence[str]) -> str | None:
    """``"bupropion, sertraline (dopaminergic)"``; the class alone if no drug was named."""
    if drugs and classes:
        return f"{', '.join(drugs)} ({', '.join(classes)})"
    if drugs:
        return ", ".join(drugs)
    if classes:
        return f"{', '.join(classes)} agents"
    return None


def format_authors(authors: Sequence[str], shown: int = 3) -> str | None:
    """The first three authors, then "et al."; None for none."""
    if not authors:
        return None
    names = ", ".join(authors[:shown])
    return names + (", et al." if len(authors) > shown else "")


def word_change(change: str) -> str:
    """Store-speak to reader-speak: "in_progress -> addressed" reads "in progress → addressed"."""
    return change.replace("in_progress", "in progress").replace(" -> ", " → ")


def stamp(moment: datetime) -> str:
    """``2026-11-30T070000Z``: sortable, colon-free (Windows, URLs), always UTC."""
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def key_label(key: str) -> str:
    """``pubmed:1`` -> "PMID 1"; ``ctgov:NCT1`` -> "NCT1"; ``europepmc:PPR1`` -> "PPR1"."""
    source, _, ident = key.partition(":")
    if source == "pubmed":
        return f"PMID {ident}"
    if source == "doi":
        return f"DOI {ident}"
    return ident


def key_url(key: str) -> str:
    """The public page of a record key, stored or not."""
    source, _, ident = key.partition(":")
    if source == "doi":
        return f"https://doi.org/{ident}"
    return Record(source, ident, "").url


def anchor_of(study_id: str) -> str:
    """An HTML id from a study id: letters, digits and dashes only."""
    return "study-" + "".join(c if c.isalnum() else "-" for c in study_id)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _reason(text: str | None) -> str | None:
    """A reason worth showing: "PMID 1: not met" and "not met" say nothing."""
    if text is None:
        return None
    text = text.strip()
    if text.lower().endswith(": not met"):
        text = text[: -len(": not met")]
    if text.lower() in _EMPTY_REASONS:
        return None
    return text


# -- records and studies ---------------------------------------------------------------


def record_links(record: Record) -> list[LinkView]:
    """DOI, PubMed, free full text and the registrations a record names, each once."""
    links: list[LinkView] = []
    if record.doi:
        links.append(LinkView("DOI", f"https://doi.org/{record.doi}"))
    if record.pmid and record.source != "pubmed":
        links.append(LinkView("PubMed", f"https://pubmed.ncbi.nlm.nih.gov/{record.pmid}/"))
    elif record.source == "pubmed":
        links.append(LinkView("PubMed", record.url))
    if record.pmc:
        pmc = record.pmc if record.pmc.upper().startswith("PMC") else f"PMC{record.pmc}"
        links.append(
            LinkView("Free full text (PMC)", f"https://pmc.ncbi.nlm.nih.gov/articles/{pmc}/")
        )
    if record.source == "europepmc":
        links.append(LinkView("Europe PMC", record.url))
    if record.source == "ctgov":
        links.append(LinkView("ClinicalTrials.gov", record.url))
    for nct in dict.fromkeys(n.upper() for n in record.nct_ids):
        if record.source == "ctgov" and nct == record.id.upper():
            continue
        links.append(LinkView(nct, f"https://clinicaltrials.gov/study/{nct}"))
    return links


def _citation(authors: str | None, journal: str | None, year: int | None) -> str | None:
    where = ", ".join(str(x) for x in (journal, year) if x)
    if authors and where:
        return f"{authors}{'' if authors.endswith('.') else '.'} {where}"
    return authors or where or None


def _registry_status(record: Record) -> str | None:
    if record.registry is None or not record.registry.status:
        return None
    text = record.registry.status.replace("_", " ").lower()
    if record.registry.has_results:
        text += ", results posted"
    return text[:1].upper() + text[1:]


def record_view(
    stored: StoredRecord, role: str, *, is_new: bool, changes: Sequence[str] = ()
) -> RecordView:
    r = stored.record
    label = key_label(r.key)
    journal = r.journal
    if journal is None and r.preprint is not None:
        journal = r.preprint.server
    if journal is None and r.registry is not None:
        journal = r.registry.sponsor
    return RecordView(
        key=r.key,
        source=r.source,
        id=r.id,
        label=label,
        role=role,
        role_label=ROLE_LABELS.get(role, role.replace("_", " ").capitalize()),
        title=r.title,
        authors=format_authors(r.authors),
        journal=journal,
        year=r.year,
        citation=_citation(format_authors(r.authors), journal, r.year),
        url=r.url,
        links=record_links(r),
        peer_reviewed=r.peer_reviewed,
        retracted=r.retracted,
        notices=list(r.notices),
        registry_status=_registry_status(r),
        is_new=is_new,
        changes=[word_change(c) for c in changes],
    )


def _flags(study: Study, lead: StoredRecord | None, population: str) -> list[str]:
    flags = list(study.flags)
    if study.on_topic and study.design in STUDY_DESIGNS and not study.depression_population:
        flags.append(f"participants not selected for {population}")
    if lead is not None and lead.assessment is None:
        flags.append("not assessed yet")
    return list(dict.fromkeys(flags))


def _co_medication(study: Study, lead: StoredRecord | None) -> str | None:
    facts = lead.assessment.facts if lead is not None and lead.assessment else None
    drugs = facts.concomitant_antidepressants if facts else []
    return format_co_medication(drugs, study.concomitant_classes)


def _changes(item: StudyInput, study: Study) -> list[str]:
    """What a reader of the last digest must hear: new records first, then changes."""
    out: list[str] = []
    if item.is_new:
        return out
    roles = dict(study.members)
    for s in item.records:
        if s.key in item.new:
            role = ROLE_LABELS.get(roles.get(s.key, ""), "record").lower()
            out.append(f"new {role}: {key_label(s.key)}")
    lead = study.lead
    for key, whats in item.changes.items():
        for what in whats:
            text = word_change(what)
            out.append(text if key == lead else f"{key_label(key)}: {text}")
    return list(dict.fromkeys(out))


def _relevance(study: Study, moved: set[str]) -> str:
    if study.id in moved:
        return "changes_gap"
    if any(v != "no" for v in study.gaps.values()):
        return "on_gap"
    if study.design in TRIAL_DESIGNS and study.depression_population:
        return "trial"
    return "other"


def study_card(
    item: StudyInput,
    titles: Mapping[str, str],
    *,
    moved: set[str],
    population: str,
) -> StudyCard:
    """Word one study for readers; ``titles`` maps gap ids to gap titles."""
    study = item.study
    by_key = {s.key: s for s in item.records}
    lead = by_key.get(study.lead or "")
    ordered = sorted(
        item.records,
        key=lambda s: (s.key != study.lead, s.record.source != "ctgov", s.key),
    )
    roles = dict(study.members)
    records = [
        record_view(
            s,
            roles.get(s.key, "publication"),
            is_new=s.key in item.new,
            changes=item.changes.get(s.key, ()),
        )
        for s in ordered
    ]
    verdicts = [
        GapVerdict(
            id=g,
            title=titles.get(g, g),
            value=v,
            label=VALUE_LABELS.get(v, v),
            reason=_reason(study.why.get(g)),
        )
        for g, v in study.gaps.items()
        if g in titles
    ]
    met = [v for v in verdicts if v.value != "no"]
    trialish = study.design in TRIAL_DESIGNS and study.on_topic
    near = [v for v in verdicts if v.value == "no" and v.reason] if trialish else []
    if study.retracted:
        near = []
    facts = lead.assessment.facts if lead is not None and lead.assessment else None
    relevance = _relevance(study, moved)
    return StudyCard(
        id=study.id,
        label=key_label(study.id),
        anchor=anchor_of(study.id),
        state="new" if item.is_new else "updated",
        title=study.title or (lead.record.title if lead else key_label(study.id)),
        url=lead.record.url if lead else key_url(study.id),
        design=DESIGN_LABELS.get(study.design, study.design),
        design_code=study.design,
        status=study.status,
        status_label=_status_label(study),
        n=study.n,
        doses=format_doses(study.ldn_doses_mg),
        co_medication=_co_medication(study, lead),
        population_selected=study.depression_population,
        relevance=relevance,
        relevance_label=RELEVANCE_LABELS[relevance],
        gaps=met,
        near_misses=near,
        retracted=study.retracted,
        retracted_on=(
            study.retracted_on.isoformat()
            if study.retracted_on and study.retracted_on != date.min
            else None
        ),
        flags=_flags(study, lead, population),
        changes=_changes(item, study),
        conclusion=facts.conclusion if facts else None,
        records=records,
    )


def _status_label(study: Study) -> str:
    if study.status == "results" and study.design not in STUDY_DESIGNS:
        return "Published"  # a review or a preclinical paper has no results of a trial
    return STUDY_STATUS_LABELS.get(study.status, study.status)


def _card_order(card: StudyCard) -> tuple[int, int, int, int, str]:
    """Relevance, then retracted first, then results before plans, then size, then id."""
    return (
        _RELEVANCE_ORDER[card.relevance],
        not card.retracted,
        card.status not in ("results", "preprint_results", "registry_results"),
        -(card.n or 0),
        card.id,
    )


# -- gaps --------------------------------------------------------------------------------


def gap_why(gap: GapState) -> str:
    """One sentence: why this gap has its status (counts studies, not adjectives)."""
    done = len(gap.studies_addressing) or len(gap.addressed_by)
    running = len(set(gap.studies_in_progress) - set(gap.studies_addressing)) or len(
        set(gap.in_progress_by) - set(gap.addressed_by)
    )
    if gap.status == "addressed":
        more = f"; {_plural(running, 'more is', 'more are')} under way" if running else ""
        return f"Addressed by {_plural(done, 'study', 'studies')} with results{more}."
    if gap.status == "in_progress":
        return (
            f"{_plural(running, 'trial is', 'trials are')} registered or under way; no results yet."
        )
    return "No trial found yet."


def board_order(gap: GapState, new_ids: Collection[str]) -> list[tuple[str, str]]:
    """The studies behind a gap with their value ("addressed", "in_progress"), as its board
    lists them: addressing ones first, then the ones new in this digest, then by id. The
    first ``GAP_STUDIES_SHOWN`` are shown; ``new_ids`` are the studies new in this digest."""
    addressing = set(gap.studies_addressing)
    behind = [(s, "addressed") for s in gap.studies_addressing] + [
        (s, "in_progress") for s in gap.studies_in_progress if s not in addressing
    ]
    behind.sort(key=lambda sv: (sv[1] != "addressed", sv[0] not in new_ids, sv[0]))
    return behind


def on_board(gaps: Iterable[GapState], new_ids: Collection[str]) -> set[str]:
    """The studies the gap board shows (``GAP_STUDIES_SHOWN`` under each gap): the only
    ones whose study and lead record the board needs."""
    return {s for g in gaps for s, _ in board_order(g, new_ids)[:GAP_STUDIES_SHOWN]}


def _gap_study(
    study_id: str,
    value: str,
    study: Study | None,
    lead: StoredRecord | None,
    shown: Mapping[str, StudyCard],
    new_ids: set[str],
) -> GapStudy:
    card = shown.get(study_id)
    facts = lead.assessment.facts if lead is not None and lead.assessment else None
    return GapStudy(
        id=study_id,
        label=key_label(study_id),
        url=lead.record.url if lead else key_url(study_id),
        anchor=card.anchor if card else None,
        title=study.title if study else None,
        year=lead.record.year if lead else None,
        design=DESIGN_LABELS.get(study.design, study.design) if study else None,
        n=study.n if study else None,
        doses=format_doses(study.ldn_doses_mg) if study else None,
        co_medication=(
            format_co_medication(
                facts.concomitant_antidepressants if facts else [], study.concomitant_classes
            )
            if study
            else None
        ),
        value=value,
        status_label=_status_label(study) if study else "",
        is_new=study_id in new_ids,
    )


def _moved(
    gaps: Sequence[GapState], previous: Mapping[str, str], items: Sequence[StudyInput]
) -> tuple[set[str], dict[str, list[str]]]:
    """Studies in this digest that moved a gap, and per gap the studies that did it."""
    moved: set[str] = set()
    by_gap: dict[str, list[str]] = {}
    for gap in gaps:
        before = previous.get(gap.id)
        if before is None or before == gap.status:
            continue
        rank = {"open": 0, "in_progress": 1, "addressed": 2}
        went_up = rank[gap.status] > rank.get(before, 0)
        who = []
        for item in items:
            s = item.study
            changed = {w for ws in item.changes.values() for w in ws}
            if went_up and s.gaps.get(gap.id) == gap.status:
                who.append(s.id)  # it brings the gap to its new status
            elif not went_up and any(w.startswith(f"verdict changed: {gap.id} ") for w in changed):
                who.append(s.id)  # it counted towards the gap and no longer does
        by_gap[gap.id] = list(dict.fromkeys(who))
        moved.update(who)
    return moved, by_gap


def _change_sentence(gap: GapView, who: Sequence[str], retracted: Mapping[str, bool]) -> str:
    """One line of "since the last digest"; ``retracted``: study id -> whether the whole
    study is retracted (False: one of its articles is, and its other records stand)."""
    names = ", ".join(key_label(s) for s in who[:3]) + (
        f" and {len(who) - 3} more" if len(who) > 3 else ""
    )
    before = STATUS_LABELS.get(gap.previous_status or "", "").lower()
    if gap.status == "addressed":
        text = f"{gap.title} closed (was {before})"
        return text + (f": {names}." if names else ".")
    if gap.previous_status == "addressed" or (
        gap.previous_status == "in_progress" and gap.status == "open"
    ):
        gone = [s for s in who if s in retracted]
        text = f"{gap.title} reopened (was {before})"
        if gone:
            listed = ", ".join(
                key_label(s) + ("" if retracted[s] else " (an article)") for s in gone[:3]
            )
            return f"{text}: {listed} retracted."
        return text + (f": {names} changed." if names else ".")
    return f"{gap.title} now {gap.status_label.lower()} (was {before})" + (
        f": {names}." if names else "."
    )


# -- the context -------------------------------------------------------------------------


def watch_view(wording: WatchWording) -> tuple[Watch, Reference, str]:
    ref = wording.reference
    return (
        Watch(
            name=wording.name,
            topic=wording.topic,
            drug_label=wording.drug_label,
            condition=wording.condition,
        ),
        Reference(
            pmid=ref.pmid,
            url=f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/" if ref.pmid else None,
            label=ref.label,
            citation=ref.citation,
            facts=ref.facts,
            summary=ref.summary,
        ),
        wording.disclaimer,
    )


def digest_links(
    now: datetime, base_url: str | None, formats: Sequence[str] = ("html", "text", "json")
) -> Links:
    """This digest's own files, the archive index and the feed, as the archive names them."""
    base = base_url or ""
    name = f"digest-{stamp(now)}"
    return Links(
        html=f"{base}{name}.html" if "html" in formats else None,
        json=f"{base}{name}.json" if "json" in formats else None,
        archive=f"{base}index.html",
        feed=f"{base}feed.atom",
        absolute=bool(base_url),
    )


def build_context(
    *,
    gaps: Sequence[GapState],
    rules: Mapping[str, GapRule] | None = None,
    studies: Sequence[StudyInput] = (),
    with_records: Callable[[Sequence[StudyInput]], Iterable[StudyInput]] | None = None,
    off_topic: Sequence[StoredRecord] = (),
    off_topic_reasons: Mapping[str, int] | None = None,
    board: Mapping[str, Study] | None = None,
    leads: Mapping[str, StoredRecord] | None = None,
    period_start: datetime | None,
    period_end: datetime | None,
    now: datetime,
    previous_status: Mapping[str, GapStatus] | None = None,
    wording: WatchWording | None = None,
    max_items: int = DEFAULT_MAX_ITEMS,
    base_url: str | None = None,
    formats: Sequence[str] = ("html", "text", "json"),
) -> DigestContext:
    """Assemble the digest context from plain objects (no database, no network).

    ``studies`` are the studies this digest carries; ``with_records``, if given, yields
    them again with their ``records`` filled, a few at a time (each becomes its card
    before the next is read, so a large backlog's records are never all in memory).
    ``off_topic`` are the off-topic records it carries (counted by reason), or
    ``off_topic_reasons`` those counts themselves. ``board`` maps the ids of the studies
    behind the gaps to their ``Study`` (with ``leads``, their lead records by study id) for
    the gap board; only those it shows are needed (``on_board``).
    ``previous_status`` maps gap id to its status in the last digest, so the header can say
    what changed. At most ``max_items`` cards are shown in full; the rest are counted and
    kept in ``rest`` for the JSON.
    """
    if now.tzinfo is None:
        raise ValueError("build_context needs an aware datetime for now")
    rules = rules or {}
    board = dict(board or {})
    leads = dict(leads or {})
    watch, reference, disclaimer = watch_view(wording or packaged_wording())
    titles = {g.id: rules[g.id].title if g.id in rules else g.title for g in gaps}
    previous = dict(previous_status or {})

    # One card per study, never the same study twice.
    unique: dict[str, StudyInput] = {}
    for item in studies:
        unique.setdefault(item.study.id, item)
    items = list(unique.values())
    moved, movers = _moved(gaps, previous, items)
    new_ids = {i.study.id for i in items if i.is_new}
    listed = on_board(gaps, new_ids)
    cards: list[StudyCard] = []
    for item in with_records(items) if with_records is not None else items:
        cards.append(study_card(item, titles, moved=moved, population=watch.condition))
        if item.study.id in listed:  # the board describes studies in this digest as well
            board.setdefault(item.study.id, item.study)
            lead = next((s for s in item.records if s.key == item.study.lead), None)
            if lead is not None:
                leads.setdefault(item.study.id, lead)
    cards.sort(key=_card_order)
    shown_cards = cards[: max(0, max_items)]
    rest = cards[len(shown_cards) :]
    shown = {c.id: c for c in shown_cards}

    gap_views = []
    for gap in gaps:
        description = rules[gap.id].description if gap.id in rules else gap.description
        behind = board_order(gap, new_ids)
        before = previous.get(gap.id)
        gap_views.append(
            GapView(
                id=gap.id,
                title=titles[gap.id],
                description=description,
                status=gap.status,
                status_label=STATUS_LABELS[gap.status],
                previous_status=before,
                changed=before is not None and before != gap.status,
                why=gap_why(gap),
                studies=[
                    _gap_study(s, v, board.get(s), leads.get(s), shown, new_ids)
                    for s, v in behind[:GAP_STUDIES_SHOWN]
                ],
                more_studies=max(0, len(behind) - GAP_STUDIES_SHOWN),
            )
        )

    retracted_ids = {c.id: c.retracted for c in cards if _has_retraction(c)}
    changes = [
        _change_sentence(g, movers.get(g.id, []), retracted_ids) for g in gap_views if g.changed
    ]
    closed = sum(g.status == "addressed" for g in gap_views)
    headline = f"{closed} of {_plural(len(gap_views), 'gap', 'gaps')} closed"
    still = [f"{g.title}: {g.status_label.lower()}" for g in gap_views if g.status != "addressed"]
    verdict = Verdict(
        closed=closed,
        total=len(gap_views),
        headline=headline,
        line=" · ".join([headline, *still]),
        changes=changes,
    )

    retracted_cards = [c for c in cards if _has_retraction(c)]
    retractions = [
        StudyRef(
            id=c.id,
            label=c.label,
            title=c.title,
            url=c.url,
            anchor=c.anchor if c.id in shown else None,
            note=_retraction_note(c, titles),
        )
        for c in retracted_cards[:RETRACTIONS_SHOWN]
    ]

    reasons = Counter(
        (s.assessment.facts.off_topic_reason if s.assessment else None) or "not on topic"
        for s in off_topic
    )
    reasons.update(off_topic_reasons or {})
    off_count = sum(reasons.values())
    off_summary = OffTopicSummary(
        count=off_count,
        reasons=[
            ReasonCount(reason=r, count=c)
            for r, c in sorted(reasons.items(), key=lambda rc: (-rc[1], rc[0]))
        ],
    )
    counts = Counts(
        new_on_topic=sum(c.state == "new" for c in cards),
        updated=sum(c.state == "updated" for c in cards),
        off_topic=off_count,
        retracted=len(retracted_cards),
        records=sum(len(c.records) for c in cards) + off_count,
    )
    links = digest_links(now, base_url, formats)
    ctx = DigestContext(
        generated_at=now,
        period_start=period_start,
        period_end=period_end,
        watch=watch,
        verdict=verdict,
        gaps=gap_views,
        counts=counts,
        studies=shown_cards,
        more=more_studies(len(rest), links),
        rest=rest,
        retractions=retractions,
        more_retractions=max(0, len(retracted_cards) - RETRACTIONS_SHOWN),
        off_topic_summary=off_summary,
        reference=reference,
        disclaimer=disclaimer,
        links=links,
        subject="",
        summary="",
    )
    return replace(ctx, subject=subject_line(ctx), summary=summary_line(ctx))


def _has_retraction(card: StudyCard) -> bool:
    """A retracted study, or one of whose articles is retracted while its other records
    (a protocol, a later reanalysis) stand: the alert names both."""
    return card.retracted or RETRACTED_ARTICLE in card.flags


def _retraction_note(card: StudyCard, titles: Mapping[str, str]) -> str | None:
    undone = [
        gap
        for gap in titles
        if any(f"verdict changed: {gap} addressed" in c or f"{gap} in progress →" in c
               for c in card.changes)
    ]  # fmt: skip
    counted = "it counted towards: " + ", ".join(titles[g] for g in undone) if undone else None
    if not card.retracted:
        return "an article retracted; " + (counted or "the study's other records stand")
    return counted or (f"retracted {card.retracted_on}" if card.retracted_on else None)


def more_studies(count: int, links: Links) -> MoreStudies:
    """How many studies are not shown in full, and where the JSON lists them."""
    url = links.json or links.archive
    where = url.rsplit("/", 1)[-1] if url else None
    return MoreStudies(count=count, url=url if count else None, where=where if count else None)


def limit_cards(ctx: DigestContext, shown: int) -> DigestContext:
    """The same digest with at most ``shown`` cards in full; the others move to ``rest``."""
    shown = max(0, min(shown, len(ctx.studies)))
    if shown == len(ctx.studies):
        return ctx
    kept, moved = ctx.studies[:shown], ctx.studies[shown:]
    ids = {c.id for c in kept}
    retractions = [replace(r, anchor=r.anchor if r.id in ids else None) for r in ctx.retractions]
    gaps = [
        replace(
            g,
            studies=[replace(s, anchor=s.anchor if s.id in ids else None) for s in g.studies],
        )
        for g in ctx.gaps
    ]
    rest = [*moved, *ctx.rest]
    return replace(
        ctx,
        studies=kept,
        rest=rest,
        more=more_studies(len(rest), ctx.links),
        retractions=retractions,
        gaps=gaps,
    )


def subject_line(ctx: DigestContext) -> str:
    """ "ldn-watch: 1 of 3 gaps closed; 2 new LDN–depression studies; dose-finding closed"."""
    parts: list[str] = []
    if ctx.counts.retracted:
        parts.append(_plural(ctx.counts.retracted, "retraction", "retractions"))
    parts.append(ctx.verdict.headline)
    n = ctx.counts.new_on_topic
    topic = ctx.watch.topic
    parts.append(
        _plural(n, f"new {topic} study", f"new {topic} studies") if n else "no new studies"
    )
    changed: dict[str, list[str]] = {}
    for gap in ctx.gaps:
        if gap.changed:
            word = {"addressed": "closed", "in_progress": "now in progress"}.get(gap.status)
            if word is None:
                word = "reopened"
            changed.setdefault(word, []).append(gap.id)
    parts.extend(f"{', '.join(ids)} {word}" for word, ids in changed.items())
    return "ldn-watch: " + "; ".join(parts)


def summary_line(ctx: DigestContext) -> str:
    """ "1 of 3 gaps closed · Larger trials: in progress. 3 new studies, 2 updated, ..."."""
    c = ctx.counts
    counts = (
        f"{_plural(c.new_on_topic, 'new study', 'new studies')}, {c.updated} updated, "
        f"{c.off_topic} off-topic {'record' if c.off_topic == 1 else 'records'}"
    )
    if c.retracted:
        counts += f", {_plural(c.retracted, 'retraction', 'retractions')}"
    changes = " ".join(ctx.verdict.changes)
    return f"{ctx.verdict.line}. " + (f"{changes} " if changes else "") + f"{counts}."
