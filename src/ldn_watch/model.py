"""Plain values that flow between the rooms: PubMed -> parse -> store -> assess -> digest.

No ORM object and no XML element leaves its room; everything else sees these
dataclasses. Missing values are ``None`` (never ``""``), lists are never ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Design = Literal[
    "rct",
    "nonrandomized_trial",
    "observational",
    "case_report",
    "review",
    "meta_analysis",
    "protocol",
    "preclinical",
    "other",
]
GapValue = Literal["addressed", "in_progress", "no"]
GapStatus = Literal["open", "in_progress", "addressed"]


@dataclass(frozen=True)
class AbstractSection:
    """One ``AbstractText`` element; ``label`` is None for an unstructured abstract."""

    text: str
    label: str | None = None
    category: str | None = None  # NlmCategory: BACKGROUND, METHODS, RESULTS, ...


@dataclass(frozen=True)
class Correction:
    """One ``CommentsCorrections`` entry (RetractionIn, ErratumIn, CommentIn, ...)."""

    ref_type: str
    pmid: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Link:
    """A pointer from one record to another record, stored or not.

    ``rel`` names the relation from this record's side: PubMed's CommentsCorrections
    RefTypes ("ErratumFor", "RetractionOf", "CommentOn", "UpdateOf", ...), or
    "registration" (a trial registry id the record names), "reference" (a registry
    record citing a publication; ``note`` is the registry's reference type, e.g.
    RESULT), "preprint_of" / "preprint_in" (Europe PMC's preprint links), "doi".
    ``source`` is where ``id`` lives: "pubmed", "ctgov", "europepmc" or "doi".
    """

    rel: str
    source: str
    id: str
    note: str | None = None


@dataclass(frozen=True)
class Arm:
    """One arm of a registered trial, as the registry states it."""

    label: str
    type: str | None = None  # EXPERIMENTAL, ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, ...
    description: str | None = None
    interventions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Intervention:
    type: str | None  # DRUG, BEHAVIORAL, ...
    name: str
    description: str | None = None
    arms: tuple[str, ...] = ()  # labels of the arms that receive it
    other_names: tuple[str, ...] = ()  # the registry's otherNames ("LDN", a brand name)


@dataclass
class Registry:
    """What a trial registry (ClinicalTrials.gov) states in structured fields."""

    status: str | None = None  # overallStatus: RECRUITING, COMPLETED, WITHDRAWN, ...
    why_stopped: str | None = None
    has_results: bool = False
    results_posted: date | None = None
    study_type: str | None = None  # INTERVENTIONAL | OBSERVATIONAL | EXPANDED_ACCESS
    allocation: str | None = None  # RANDOMIZED | NON_RANDOMIZED | NA
    intervention_model: str | None = None  # PARALLEL | CROSSOVER | SINGLE_GROUP | ...
    model_description: str | None = None  # interventionModelDescription
    phases: list[str] = field(default_factory=list)
    enrollment: int | None = None
    enrollment_type: str | None = None  # ACTUAL | ESTIMATED
    conditions: list[str] = field(default_factory=list)
    arms: list[Arm] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    eligibility: str | None = None
    start_date: date | None = None
    completion_date: date | None = None
    first_posted: date | None = None
    last_update_posted: date | None = None
    sponsor: str | None = None
    brief_title: str | None = None  # the short title; ``Record.title`` is the official one
    acronym: str | None = None
    status_verified: date | None = None  # statusVerifiedDate (an UNKNOWN status's age)
    primary_completion_date: date | None = None
    completion_date_type: str | None = None  # ACTUAL | ESTIMATED
    primary_outcomes: list[str] = field(default_factory=list)  # outcome measures as titled
    secondary_outcomes: list[str] = field(default_factory=list)
    individual_access: bool = False  # expanded access for one named patient
    # the results' participant flow: how many started the compared groups (the first
    # period's STARTED milestone summed over its groups); a run-in before assignment is not in it
    started_groups: int | None = None
    # ... or, where the flow has one group, how many it started: that says nothing about
    # assignment (a lead-in may be in it), but it is the people a finished study took in
    # where its enrollment was left as the estimate
    started_one_group: int | None = None


@dataclass
class Preprint:
    """What a preprint server record adds: where it was posted and which version."""

    server: str | None = None  # medRxiv, bioRxiv, Research Square, ...
    version: int | None = None
    posted: date | None = None


@dataclass
class Record:
    """One record of any source, as parsed: a PubMed article, a registration, a preprint.

    Identified by ``(source, id)``: ("pubmed", PMID), ("ctgov", NCT id),
    ("europepmc", PPR id). The classifier reads the same text fields whatever the
    source; registrations and preprints add their structured parts in ``registry``
    and ``preprint``. ``raw`` is the record's own payload (XML element or JSON
    object), enough to re-parse it alone when a parser improves.
    """

    source: str
    id: str
    title: str
    pmid: str | None = None  # the PubMed id: ``id`` for PubMed records, else when known
    version: int = 1
    abstract: list[AbstractSection] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    journal: str | None = None
    journal_abbrev: str | None = None
    year: int | None = None
    pub_date: str | None = None  # as printed: "2017 Jan 15", "1998 Dec-1999 Jan"
    doi: str | None = None
    pmc: str | None = None
    publication_types: list[str] = field(default_factory=list)
    mesh_terms: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    chemicals: list[str] = field(default_factory=list)
    nct_ids: list[str] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # beyond corrections and nct_ids
    history: dict[str, date] = field(default_factory=dict)  # PubStatus -> date
    date_revised: date | None = None
    status: str | None = None  # MedlineCitation/@Status
    language: str | None = None
    is_book: bool = False
    registry: Registry | None = None
    preprint: Preprint | None = None
    raw: bytes = b""  # the record's own element or object, re-parseable on its own

    def __post_init__(self) -> None:
        if self.source == "pubmed" and self.pmid is None:
            self.pmid = self.id

    @property
    def key(self) -> str:
        """``source:id``, unique across sources ("pubmed:27736689", "ctgov:NCT01874951")."""
        return f"{self.source}:{self.id}"

    @property
    def abstract_text(self) -> str:
        """The abstract as one string, section labels kept ("METHODS: ...")."""
        parts = [f"{s.label}: {s.text}" if s.label else s.text for s in self.abstract]
        return "\n".join(parts)

    @property
    def raw_xml(self) -> bytes:
        """The PubMed record element (``raw`` under its PubMed name)."""
        return self.raw

    @property
    def url(self) -> str:
        if self.source == "ctgov":
            return f"https://clinicaltrials.gov/study/{self.id}"
        if self.source == "europepmc":
            return f"https://europepmc.org/article/PPR/{self.id}"
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.id}/"

    @property
    def peer_reviewed(self) -> bool:
        return self.preprint is None and self.source != "europepmc"

    @property
    def retracted(self) -> bool:
        return "Retracted Publication" in self.publication_types or any(
            c.ref_type == "RetractionIn" for c in self.corrections
        )

    @property
    def notices(self) -> list[str]:
        """Post-publication notices worth flagging (retraction, erratum, concern)."""
        kinds = {
            "RetractionIn": "retracted",
            "ErratumIn": "erratum",
            "ExpressionOfConcernIn": "expression of concern",
        }
        found = [kinds[c.ref_type] for c in self.corrections if c.ref_type in kinds]
        if "Retracted Publication" in self.publication_types and "retracted" not in found:
            found.insert(0, "retracted")
        return list(dict.fromkeys(found))


def Article(pmid: str, title: str, *, raw_xml: bytes = b"", **fields: Any) -> Record:
    """A PubMed record: a ``Record`` with source "pubmed" and the PMID as its id."""
    return Record("pubmed", pmid, title, raw=raw_xml, **fields)


@dataclass(frozen=True)
class Deletion:
    """A ``DeleteCitation`` entry: PubMed withdrew these PMIDs."""

    pmids: tuple[str, ...]


@dataclass
class Facts:
    """What an abstract says, in the contract's terms (see CONTRACT.md, "Field meanings")."""

    on_topic: bool = False
    design: Design = "other"
    depression_population: bool = False
    # whom the record says its people were selected for: the watched condition, another
    # condition it names, or None when it names none (an amendment that restates only
    # what changed: the studies layer lets it keep the population of what it revises)
    selected_for: str | None = None
    n: int | None = None
    ldn_doses_mg: list[float] = field(default_factory=list)
    concomitant_antidepressants: list[str] = field(default_factory=list)
    concomitant_classes: list[str] = field(default_factory=list)
    compares_doses: bool = False
    has_results: bool = True
    evidence: dict[str, str] = field(default_factory=dict)  # fact name -> source text
    off_topic_reason: str | None = None  # e.g. "naltrexone-bupropion", "no depression outcome"
    conclusion: str | None = None  # the abstract's conclusion sentence, for digests
    # what this record is within its trial's family of records (the studies layer joins
    # on it): publication | secondary | protocol | preprint | erratum | retraction |
    # comment | expression_of_concern; the classifier always says, None = not decided
    # (then the studies layer reads the record's publication types itself)
    role: str | None = None
    retracted: bool = False  # "Retracted Publication", or a RetractionIn correction
    notes: dict[str, str] = field(default_factory=dict)  # fact name -> why it is so, briefly
    # registry ids the text names only for other trials ("a larger trial (NCT...) began
    # recruiting"): not the record's own registration, so they link it to no study
    cited_registrations: list[str] = field(default_factory=list)
    # low daily doses of arms the record says were taken out of the plan it revises ("the
    # 4 mg arm has been replaced by 3 mg"): an amendment restates only the arms it changes,
    # so the studies layer keeps the revised plan's other arms (``studies.keep_arms``)
    dropped_doses_mg: list[float] = field(default_factory=list)


@dataclass
class Assessment:
    """Facts plus per-gap verdicts, stamped with the rules that produced them.

    ``pmid`` is the record's id within its ``source`` (a PMID for PubMed records).
    """

    pmid: str
    facts: Facts
    gaps: dict[str, GapValue]
    rules_version: str
    reasons: dict[str, str] = field(default_factory=dict)  # gap id -> one short phrase why
    source: str = "pubmed"

    @property
    def key(self) -> str:
        return f"{self.source}:{self.pmid}"

    def touches(self) -> list[str]:
        """Gap ids this article addresses or has in progress."""
        return [g for g, v in self.gaps.items() if v != "no"]


@dataclass
class InStudy:
    """A record as judged within its study (notices follow their article; a retracted
    study's records count toward no gap): what reports and digests show for it."""

    study: str
    role: str
    on_topic: bool
    retracted: bool
    gaps: dict[str, GapValue]
    reasons: dict[str, str]


@dataclass
class StoredRecord:
    """A record as the store hands it out: the record, its verdicts and bookkeeping."""

    record: Record
    assessment: Assessment | None
    first_seen: datetime
    last_changed: datetime
    in_study: InStudy | None = None

    @property
    def article(self) -> Record:
        """The record (the name digests used when every record was a PubMed article)."""
        return self.record

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def on_topic(self) -> bool:
        if self.in_study is not None:
            return self.in_study.on_topic
        return bool(self.assessment and self.assessment.facts.on_topic)

    @property
    def gaps(self) -> dict[str, GapValue]:
        if self.in_study is not None:
            return self.in_study.gaps
        return dict(self.assessment.gaps) if self.assessment else {}

    @property
    def reasons(self) -> dict[str, str]:
        if self.in_study is not None:
            return self.in_study.reasons
        return dict(self.assessment.reasons) if self.assessment else {}


StoredArticle = StoredRecord


@dataclass
class GapState:
    """One gap's status across all stored articles."""

    id: str
    title: str
    description: str
    status: GapStatus
    addressed_by: list[str] = field(default_factory=list)  # record ids (PMIDs, NCT ids, ...)
    in_progress_by: list[str] = field(default_factory=list)
    studies_addressing: list[str] = field(default_factory=list)  # study ids
    studies_in_progress: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return self.addressed_by + [p for p in self.in_progress_by if p not in self.addressed_by]

    @property
    def studies(self) -> list[str]:
        return self.studies_addressing + [
            s for s in self.studies_in_progress if s not in self.studies_addressing
        ]


@dataclass
class RunRecord:
    """One monitoring cycle as kept in the runs table."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    kind: str  # run | search | import | demo
    window_start: datetime | None
    window_end: datetime | None
    query: str | None
    translated_query: str | None
    found: int
    new: int
    updated: int
    outcome: str  # running | ok | failed
    error: str | None
