"""Europe PMC search results (``resultType=core``, JSON) -> ``Record(source="europepmc")``.

No network. A preprint's ``id`` is its Europe PMC id (``PPR…``); each preprint
*version* is a record of its own with its own id, and ``versionList`` names the
others (kept as ``Link(rel="version")``). What the record adds beyond the text:

* ``preprint``: the server (``bookOrReportDetails.publisher``: medRxiv, bioRxiv,
  Research Square, ...), the version number and the date it was posted;
* ``links`` from ``commentCorrectionList``: "Preprint of" / "Preprint in" become
  ``preprint_of`` / ``preprint_in`` pointing at the journal version in PubMed
  (``source="pubmed"`` for a MED id) or at another Europe PMC record, plus
  ``Link(rel, "doi", ...)`` when the entry's citation gives the DOI of that version;
* ``corrections`` for the other entries (erratum, retraction, comment,
  expression of concern), named as PubMed names them ("RetractionIn", ...);
* the abstract with its HTML removed; ``<h4>`` headings become labelled sections.

Lite results (``resultType=lite``) parse too, with less in them (no abstract).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ldn_watch.model import AbstractSection, Correction, Link, Preprint, Record
from ldn_watch.sources._json import json_bytes as result_bytes
from ldn_watch.sources._json import json_object, list_of, mapping_at

__all__ = ["parse_result", "plain_text", "reparse", "result_bytes", "split_sections"]

SOURCE = "europepmc"
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)(?=[.,;]?(?:\s|$))", re.I)
_NCT = re.compile(r"\bNCT\s?(\d{8})\b")
# (a tag starts with its name: "FACIT-F <=30) ... (PHQ-9 >=10)" or "dose < 5 mg" is text)
_TAG = re.compile(r"</?[A-Za-z][\w:\-]*(?:\s[^<>]*)?/?>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|sec|title)\b[^>]*>", re.I)
_H4 = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.S)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LINK_RELS = {"preprint of": "preprint_of", "preprint in": "preprint_in"}


def reparse(raw: bytes) -> Record:
    """A stored result's ``raw`` back into a ``Record`` (ValueError if it is not one)."""
    return parse_result(json_object(raw, "Europe PMC result"), raw=raw)


def plain_text(fragment: str | None) -> str:
    """Europe PMC's HTML fragment as text: tags out, entities decoded, spaces collapsed."""
    if not fragment:
        return ""
    text = _BLOCK.sub(" ", fragment)
    text = _TAG.sub("", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def split_sections(abstract_html: str | None) -> list[AbstractSection]:
    """``<h4>Background</h4>...<h4>Methods</h4>...`` -> labelled sections; else one."""
    if not abstract_html or not abstract_html.strip():
        return []
    heads = list(_H4.finditer(abstract_html))
    if not heads:
        text = plain_text(abstract_html)
        return [AbstractSection(text)] if text else []
    sections = []
    lead = plain_text(abstract_html[: heads[0].start()])
    if lead:
        sections.append(AbstractSection(lead))
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(abstract_html)
        body = plain_text(abstract_html[head.end() : end])
        label = plain_text(head.group(1)).rstrip(":") or None
        if body:
            sections.append(AbstractSection(body, label))
    return sections


def parse_result(result: Mapping[str, Any], *, raw: bytes | None = None) -> Record:
    """One search result as a ``Record``; a result without an id is a ``ValueError``."""
    rid = _text(result.get("id"))
    if rid is None:
        raise ValueError("Europe PMC result without an id")
    src = (_text(result.get("source")) or "").upper()
    title = plain_text(_text(result.get("title"))) or rid
    abstract = split_sections(_text(result.get("abstractText")))
    pub_types = _pub_types(result)
    is_preprint = src == "PPR" or any(t.lower() == "preprint" for t in pub_types)

    links: list[Link] = []
    corrections: list[Correction] = []
    for entry in list_of(mapping_at(result, "commentCorrectionList").get("commentCorrection")):
        if not isinstance(entry, Mapping):
            continue
        kind = (_text(entry.get("type")) or "").strip()
        other_id = _text(entry.get("id"))
        other_src = (_text(entry.get("source")) or "").upper()
        if not kind or not other_id:
            continue
        note = _text(entry.get("note")) or _text(entry.get("reference"))
        rel = _LINK_RELS.get(kind.lower())
        if rel is not None:
            links.append(Link(rel, _where(other_src), other_id, note))
            doi = _doi_in(_text(entry.get("reference")))
            if doi:
                links.append(Link(rel, "doi", doi, note))
            continue
        ref_type = "".join(w[:1].upper() + w[1:] for w in kind.split())
        corrections.append(
            Correction(
                ref_type=ref_type,
                pmid=other_id if other_src == "MED" else None,
                source=_text(entry.get("reference")),
            )
        )
    version = _int(result.get("versionNumber"))
    for v in list_of(mapping_at(result, "versionList").get("version")):
        if not isinstance(v, Mapping):
            continue
        vid, number = _text(v.get("id")), _int(v.get("versionNumber"))
        if vid == rid:
            version = version or number
        elif vid:
            links.append(
                Link(
                    "version",
                    _where(_text(v.get("source")) or "PPR"),
                    vid,
                    f"v{number}" if number else None,
                )
            )

    preprint = None
    if is_preprint:
        preprint = Preprint(
            server=_text(mapping_at(result, "bookOrReportDetails").get("publisher")),
            version=version,
            posted=_date(result.get("firstPublicationDate")) or _date(result.get("firstIndexDate")),
        )
    journal_info = mapping_at(result, "journalInfo")
    journal = mapping_at(journal_info, "journal")
    pmid = _text(result.get("pmid"))
    text_for_ids = " ".join([title, *(s.text for s in abstract)])
    nct_ids = list(dict.fromkeys(f"NCT{m}" for m in _NCT.findall(text_for_ids)))
    year = _int(result.get("pubYear")) or _int(journal_info.get("yearOfPublication"))
    return Record(
        source=SOURCE,
        id=rid,
        title=title,
        pmid=pmid if pmid and pmid.isdigit() else None,
        version=version or 1,
        abstract=abstract,
        authors=_authors(result),
        journal=_text(journal.get("title")),
        journal_abbrev=_text(journal.get("isoabbreviation"))
        or _text(journal.get("medlineAbbreviation")),
        year=year,
        pub_date=_text(result.get("firstPublicationDate"))
        or _text(journal_info.get("dateOfPublication")),
        doi=_text(result.get("doi")),
        pmc=_text(result.get("pmcid")),
        publication_types=pub_types,
        mesh_terms=_names(result, "meshHeadingList", "meshHeading", "descriptorName"),
        keywords=_strings(mapping_at(result, "keywordList").get("keyword")),
        chemicals=_names(result, "chemicalList", "chemical", "name"),
        nct_ids=nct_ids,
        corrections=corrections,
        links=list(dict.fromkeys(links)),
        date_revised=_date(result.get("dateOfRevision")),
        language=_text(result.get("language")),
        preprint=preprint,
        raw=raw if raw is not None else result_bytes(result),
    )


# ------------------------------------------------------------------------ helpers


def _where(src: str) -> str:
    """Europe PMC's ``source`` of a linked record -> ldn-watch's source name."""
    return {"MED": "pubmed", "PPR": "europepmc"}.get(src.upper(), src.lower() or "europepmc")


def _doi_in(reference: str | None) -> str | None:
    if not reference:
        return None
    m = _DOI.search(reference)
    return m.group(1).rstrip(".").lower() if m else None


def _pub_types(result: Mapping[str, Any]) -> list[str]:
    listed = _strings(mapping_at(result, "pubTypeList").get("pubType"))
    if listed:
        return list(dict.fromkeys(listed))
    lite = _text(result.get("pubType"))  # lite results: "preprint" or "a; b; c"
    return [t.strip() for t in lite.split(";") if t.strip()] if lite else []


def _authors(result: Mapping[str, Any]) -> list[str]:
    names = []
    for a in list_of(mapping_at(result, "authorList").get("author")):
        if not isinstance(a, Mapping):
            continue
        name = _text(a.get("fullName")) or _text(a.get("collectiveName"))
        if not name:
            last, initials = _text(a.get("lastName")), _text(a.get("initials"))
            name = " ".join(p for p in (last, initials) if p) or None
        if name:
            names.append(name)
    if names:
        return names
    text = _text(result.get("authorString"))
    if not text:
        return []
    return [n.strip() for n in text.rstrip(".").split(",") if n.strip()]


def _names(result: Mapping[str, Any], listed: str, entry: str, field: str) -> list[str]:
    """``field`` of each entry of a list object (MeSH headings, chemicals), in order."""
    entries = list_of(mapping_at(result, listed).get(entry))
    return [t for t in (_text(e.get(field)) for e in entries if isinstance(e, Mapping)) if t]


def _date(value: Any) -> date | None:
    m = _DATE.match(value.strip()) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _strings(values: Any) -> list[str]:
    return [t for t in (_text(v) for v in list_of(values)) if t]
