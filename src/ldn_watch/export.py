"""Stored studies and their records for reference managers: RIS, BibTeX, CSV and JSON.

One reference per record (a journal article, its registration, its preprint, its
erratum...), each noting the study it belongs to, its role there, the study's gap
verdicts and whether it is retracted, so a library in Zotero, EndNote or JabRef keeps
the grouping. RIS is written by ``rispy`` and BibTeX by ``bibtexparser`` (LaTeX-escaped by
its encoding middleware): maintained writers that the tests read back with the same
libraries. Pure: takes the plain objects the facade hands out.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ldn_watch.model import StoredRecord
from ldn_watch.report import article_json, iso_utc, study_json
from ldn_watch.studies import Study

FORMATS = ("ris", "bibtex", "csv", "json")
JSON_SCHEMA = "ldn-watch/export/1"
DATABASES = {"pubmed": "PubMed", "ctgov": "ClinicalTrials.gov", "europepmc": "Europe PMC"}
CSV_FIELDS = (
    "key",
    "source",
    "id",
    "pmid",
    "study",
    "role",
    "title",
    "authors",
    "journal",
    "year",
    "doi",
    "pmc",
    "nct_ids",
    "url",
    "on_topic",
    "retracted",
    "design",
    "n",
    "ldn_doses_mg",
    "concomitant_classes",
    "study_status",
    "gaps",
    "gap_reasons",
)
_INITIALS = re.compile(r"^(?P<last>.+?)\s+(?P<initials>[A-Z]{1,4})$")


@dataclass
class ExportRow:
    """One record to export, with the study it belongs to (None if not grouped yet)."""

    stored: StoredRecord
    study: Study | None

    @property
    def key(self) -> str:
        return self.stored.key


def select(
    stored: Sequence[StoredRecord],
    studies: Sequence[Study],
    *,
    on_topic: bool = False,
    gap: str | None = None,
) -> list[ExportRow]:
    """Records grouped by study (studies in id order, a study's lead first).

    ``on_topic`` keeps the records of on-topic studies; ``gap`` those of studies that
    address the gap or have it in progress.
    """
    by_id = {s.id: s for s in studies}
    rows = []
    for s in stored:
        study = by_id.get(s.in_study.study) if s.in_study else None
        if on_topic and not (study.on_topic if study else s.on_topic):
            continue
        if gap is not None:
            value = study.gaps.get(gap, "no") if study else s.gaps.get(gap, "no")
            if value == "no":
                continue
        rows.append(ExportRow(s, study))
    order = {key: i for st in studies for i, (key, _) in enumerate(st.members)}
    rows.sort(key=lambda r: (r.study.id if r.study else r.key, order.get(r.key, 0), r.key))
    return rows


def _role(row: ExportRow) -> str:
    return row.stored.in_study.role if row.stored.in_study else "publication"


def notes(row: ExportRow) -> list[str]:
    """What a reference manager should keep beside the citation."""
    out = []
    if row.study is not None:
        out.append(f"ldn-watch study: {row.study.id} ({_role(row)})")
        met = [f"{g} {v.replace('_', ' ')}" for g, v in row.study.gaps.items() if v != "no"]
        out.append("gaps: " + ("; ".join(met) if met else "none"))
    if row.stored.record.retracted or (row.study is not None and row.study.retracted):
        out.append("RETRACTED")
    if not row.stored.record.peer_reviewed:
        out.append("preprint: not peer-reviewed")
    return out


def _urls(row: ExportRow) -> list[str]:
    r = row.stored.record
    urls = [r.url]
    if r.pmc:
        pmc = r.pmc if r.pmc.upper().startswith("PMC") else f"PMC{r.pmc}"
        urls.append(f"https://pmc.ncbi.nlm.nih.gov/articles/{pmc}/")
    return urls


def ris_entry(row: ExportRow) -> dict[str, Any]:
    """A record as a ``rispy`` reference (tag names as rispy maps them)."""
    r = row.stored.record
    kind = "JOUR"
    if r.source == "ctgov":
        kind = "ELEC"  # a registry page
    elif not r.peer_reviewed:
        kind = "UNPB"  # a preprint: unpublished work
    entry: dict[str, Any] = {
        "type_of_reference": kind,
        "id": r.key,
        "title": r.title,
        "accession_number": r.id,
        "name_of_database": DATABASES.get(r.source, r.source),
        "urls": _urls(row),
        "notes": notes(row),
    }
    if r.authors:
        entry["authors"] = list(r.authors)
    if r.journal:
        entry["secondary_title"] = r.journal  # T2: the journal, as Zotero reads it
        entry["journal_name"] = r.journal  # JO: as EndNote reads it
    if r.journal_abbrev:
        entry["alternate_title2"] = r.journal_abbrev
    if r.year:
        entry["year"] = str(r.year)
    if r.doi:
        entry["doi"] = r.doi
    if r.abstract_text:  # one line: RIS readers fold continuation lines anyway
        entry["abstract"] = " ".join(r.abstract_text.split())
    keywords = [*r.publication_types, *r.keywords]
    if keywords:
        entry["keywords"] = keywords
    return entry


def to_ris(rows: Sequence[ExportRow]) -> str:
    import rispy

    class Writer(rispy.RisWriter):
        """rispy's writer without its "1." line before each reference (strict importers
        such as EndNote's read only tagged lines)."""

        def set_header(self, count: int) -> str:
            return ""

    return str(rispy.dumps([ris_entry(r) for r in rows], implementation=Writer))


def bibtex_name(name: str) -> str:
    """PubMed's "Mischoulon D" as BibTeX's "Mischoulon, D"; other names as given."""
    m = _INITIALS.match(name.strip())
    return f"{m['last']}, {m['initials']}" if m else name.strip()


def bibtex_key(row: ExportRow) -> str:
    r = row.stored.record
    prefix = {"pubmed": "pmid", "ctgov": "", "europepmc": ""}.get(r.source, r.source)
    return re.sub(r"[^A-Za-z0-9_-]", "_", f"{prefix}{r.id}")


def bibtex_fields(row: ExportRow) -> tuple[str, dict[str, str]]:
    """(entry type, fields) of a record, plain Unicode (the writer escapes them)."""
    r = row.stored.record
    kind = "article"
    if r.source == "ctgov":
        kind = "misc"
    elif not r.peer_reviewed:
        kind = "unpublished"
    fields = {"title": r.title}
    if r.authors:
        fields["author"] = " and ".join(bibtex_name(a) for a in r.authors)
    if r.journal:
        fields["journal" if kind == "article" else "howpublished"] = r.journal
    if r.year:
        fields["year"] = str(r.year)
    if r.doi:
        fields["doi"] = r.doi
    fields["url"] = r.url
    if r.pmid:
        fields["pmid"] = r.pmid
    if r.pmc:
        fields["pmcid"] = r.pmc
    if r.nct_ids:
        fields["nct"] = ", ".join(r.nct_ids)
    if r.abstract_text:
        fields["abstract"] = r.abstract_text
    fields["note"] = "; ".join(notes(row))
    return kind, fields


def to_bibtex(rows: Sequence[ExportRow]) -> str:
    import bibtexparser
    from bibtexparser import middlewares, model

    library = bibtexparser.Library()
    seen: set[str] = set()
    for row in rows:
        key = bibtex_key(row)
        if key in seen:  # one record, one entry (keys are ids, so only a guard)
            continue
        seen.add(key)
        kind, fields = bibtex_fields(row)
        library.add(model.Entry(kind, key, [model.Field(k, v) for k, v in fields.items()]))
    return str(
        bibtexparser.write_string(
            library, prepend_middleware=[middlewares.LatexEncodingMiddleware(enclose_urls=False)]
        )
    )


def csv_row(row: ExportRow) -> dict[str, str]:
    r, s = row.stored.record, row.study
    f = row.stored.assessment.facts if row.stored.assessment else None
    return {
        "key": r.key,
        "source": r.source,
        "id": r.id,
        "pmid": r.pmid or "",
        "study": s.id if s else "",
        "role": _role(row),
        "title": r.title,
        "authors": "; ".join(r.authors),
        "journal": r.journal or "",
        "year": str(r.year or ""),
        "doi": r.doi or "",
        "pmc": r.pmc or "",
        "nct_ids": "; ".join(r.nct_ids),
        "url": r.url,
        "on_topic": str(s.on_topic if s else row.stored.on_topic).lower(),
        "retracted": str(bool(r.retracted or (s and s.retracted))).lower(),
        "design": (s.design if s else (f.design if f else "")) or "",
        "n": str((s.n if s else (f.n if f else None)) or ""),
        "ldn_doses_mg": "; ".join(f"{d:g}" for d in (s.ldn_doses_mg if s else [])),
        "concomitant_classes": "; ".join(s.concomitant_classes if s else []),
        "study_status": s.status if s else "",
        "gaps": "; ".join(f"{g}={v}" for g, v in (s.gaps if s else row.stored.gaps).items()),
        "gap_reasons": "; ".join(
            f"{g}={why}" for g, why in (s.why if s else row.stored.reasons).items()
        ),
    }


def to_csv(rows: Sequence[ExportRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_FIELDS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(csv_row(row))
    return out.getvalue()


def to_json(rows: Sequence[ExportRow], *, now: datetime) -> str:
    """Schema ``ldn-watch/export/1``: the studies (as in the report) with their records."""
    studies: dict[str, dict[str, Any]] = {}
    loose: list[dict[str, Any]] = []
    for row in rows:
        record = article_json(row.stored.record, row.stored.assessment, row.stored)
        if row.study is None:
            loose.append(record)
            continue
        entry = studies.setdefault(row.study.id, study_json(row.study) | {"members": []})
        entry["members"].append(record)
    body = {
        "schema": JSON_SCHEMA,
        "generated_at": iso_utc(now),
        "studies": list(studies.values()),
        "ungrouped": loose,
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def export(rows: Sequence[ExportRow], fmt: str, *, now: datetime) -> str:
    if fmt == "ris":
        return to_ris(rows)
    if fmt == "bibtex":
        return to_bibtex(rows)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "json":
        return to_json(rows, now=now)
    raise ValueError(f"unknown export format {fmt!r}; use {', '.join(FORMATS)}")
