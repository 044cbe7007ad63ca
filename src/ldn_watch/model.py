"""Plain values that flow between the rooms: PubMed -> parse -> store -> assess -> digest.

No ORM object and no XML element leaves its room; everything else sees these
dataclasses. Missing values are ``None`` (never ``""``), lists are never ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

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


@dataclass
class Article:
    """A PubMed record as parsed from efetch XML (``PubmedArticle`` or ``PubmedBookArticle``)."""

    pmid: str
    title: str
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
    history: dict[str, date] = field(default_factory=dict)  # PubStatus -> date
    date_revised: date | None = None
    status: str | None = None  # MedlineCitation/@Status
    language: str | None = None
    is_book: bool = False
    raw_xml: bytes = b""  # the record's own element, re-parseable on its own

    @property
    def abstract_text(self) -> str:
        """The abstract as one string, section labels kept ("METHODS: ...")."""
        parts = [f"{s.label}: {s.text}" if s.label else s.text for s in self.abstract]
        return "\n".join(parts)

    @property
    def url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"

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
    # comment | expression_of_concern
    role: str = "publication"
    retracted: bool = False  # "Retracted Publication", or a RetractionIn correction
    notes: dict[str, str] = field(default_factory=dict)  # fact name -> why it is so, briefly


@dataclass
class Assessment:
    """Facts plus per-gap verdicts, stamped with the rules that produced them."""

    pmid: str
    facts: Facts
    gaps: dict[str, GapValue]
    rules_version: str
    reasons: dict[str, str] = field(default_factory=dict)  # gap id -> why, in one short phrase

    def touches(self) -> list[str]:
        """Gap ids this article addresses or has in progress."""
        return [g for g, v in self.gaps.items() if v != "no"]


@dataclass
class StoredArticle:
    """An article as the store hands it out: the record, its assessment and bookkeeping."""

    article: Article
    assessment: Assessment | None
    first_seen: datetime
    last_changed: datetime


@dataclass
class GapState:
    """One gap's status across all stored articles."""

    id: str
    title: str
    description: str
    status: GapStatus
    addressed_by: list[str] = field(default_factory=list)  # PMIDs
    in_progress_by: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return self.addressed_by + [p for p in self.in_progress_by if p not in self.addressed_by]


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
