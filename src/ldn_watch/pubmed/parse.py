"""PubMed efetch XML -> ``Article`` / ``Deletion``, streaming and offline.

Why not ``Bio.Entrez.read``: it builds the whole document in memory, needs a DTD
for every DOCTYPE it meets (a newer ``pubmed_260101.dtd`` or an ``http://`` URL
makes it fail without network) and returns inline markup inside its strings.
Here expat (through ``ElementTree.XMLPullParser``) reads the file in chunks,
never resolves the DOCTYPE, and each record element is dropped as soon as it
has been turned into a dataclass, so memory stays flat in the file size.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import BinaryIO, cast

from ldn_watch.errors import InputError
from ldn_watch.model import AbstractSection, Article, Correction, Deletion, Record
from ldn_watch.sanitize import clean_text

__all__ = ["iter_records", "parse_bytes", "parse_record"]

ROOT = "PubmedArticleSet"
_RECORDS = {"PubmedArticle", "PubmedBookArticle", "DeleteCitation", "DeleteDocument"}
_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b"
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")

_NCT = re.compile(r"\bNCT\s?(\d{8})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)\b")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUM = {m.lower(): i for i, m in enumerate(_MONTHS, start=1)}
# MathML carries a rendering and sometimes a TeX/alt copy; only the rendering is text.
_MATH_SKIP = {"annotation", "annotation-xml"}


# --------------------------------------------------------------------------- public


def iter_records(
    source: str | os.PathLike[str] | BinaryIO, *, name: str | None = None
) -> Iterator[Record | Deletion]:
    """Yield each record of a ``PubmedArticleSet`` file or stream, in document order.

    ``source`` is a path (``.xml`` or gzip-compressed, by suffix or magic bytes) or
    a binary stream. Errors are ``InputError`` with a one-line message that names
    ``name`` (default: the path, or the stream's ``name``) and the line/column.
    """
    if isinstance(source, str | os.PathLike):
        label = name or os.fspath(source)
        try:
            raw: BinaryIO = open(source, "rb")  # noqa: SIM115 - closed in finally
        except OSError as e:
            raise InputError(f"{label}: cannot read: {e.strerror or e}") from e
        try:
            yield from _iter_stream(raw, label)
        finally:
            raw.close()
    else:
        label = name or str(getattr(source, "name", "<stream>"))
        yield from _iter_stream(source, label)


def parse_bytes(data: bytes, *, name: str = "<response>") -> list[Record | Deletion]:
    """Parse a whole efetch response held in memory (e.g. one batch from the client)."""
    return list(iter_records(io.BytesIO(data), name=name))


def parse_record(raw: bytes) -> Record:
    """Re-parse one stored ``raw_xml`` (a bare record element, or one wrapped in a set).

    Lets the store re-extract fields from what it kept when this parser improves.
    """
    if b"<" + ROOT.encode() not in raw[:4096]:
        raw = b"<%s>%s</%s>" % (ROOT.encode(), _DECLARATION.sub(b"", raw, count=1), ROOT.encode())
    records = parse_bytes(raw, name="<record>")
    if len(records) != 1 or not isinstance(records[0], Record):
        raise InputError(f"<record>: expected one article, found {len(records)} records")
    return records[0]


# ------------------------------------------------------------------ streaming core


def _iter_stream(stream: BinaryIO, label: str) -> Iterator[Record | Deletion]:
    head = stream.read(2)
    body: BinaryIO | gzip.GzipFile = stream
    if head == _GZIP_MAGIC:
        body = _gunzip(stream, head)
        head = b""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end", "start-ns"))
    slicer = _Slicer()
    depth = 0
    root: ET.Element | None = None
    for chunk in _chunks(body, head, label):
        slicer.feed(chunk)
        try:
            parser.feed(chunk)
            # typeshed types these items with the parser's internal queue type, which also
            # admits 1-tuples and (end-ns, None); with the events asked for above CPython
            # yields only (start|end, Element) and (start-ns, (prefix, uri)).
            events = cast(
                "list[tuple[str, ET.Element | tuple[str, str]]]", list(parser.read_events())
            )
        except ET.ParseError as e:
            raise InputError(f"{label}: {_describe(e)}") from e
        for event, item in events:
            if event == "start-ns":
                if depth == 0:  # a namespace declared on the root: slices would not stand alone
                    slicer.disable()
                continue
            assert isinstance(item, ET.Element)  # start and end events carry the element
            elem = item
            if event == "start":
                depth += 1
                if depth == 1:
                    if _local(elem.tag) != ROOT:
                        raise InputError(
                            f"{label}: root element is {_local(elem.tag)}, not {ROOT}"
                            " (is this PubMed efetch XML?)"
                        )
                    root = elem
                continue
            depth -= 1
            if depth == 1 and root is not None:
                if _local(elem.tag) in _RECORDS:
                    try:
                        record = _build(elem, slicer.take(elem))
                    except _BadRecord as e:
                        raise InputError(f"{label}: {e}") from None
                    root.clear()  # drop the record subtree: memory flat in file size
                    yield record
                else:
                    root.clear()
    try:
        parser.close()
    except ET.ParseError as e:
        raise InputError(f"{label}: {_describe(e, at_eof=True)}") from e
    if root is None:
        raise InputError(f"{label}: no XML content (empty file?)")


class _Slicer:
    """Finds each record's original bytes in the stream, for ``Article.raw_xml``.

    Re-serialising with ``ET.tostring`` is pure Python and took two thirds of the
    parse time; the original bytes are also more faithful (prefixes, character
    references). Records are direct children of the root and ``<`` cannot occur
    in text, so the byte range from ``<PubmedArticle`` to ``</PubmedArticle>`` is
    the element. Each slice is checked against the parsed element (tag and PMID);
    on any doubt (a non-UTF-8 document, a namespace on the root, a mismatch) the
    slicer switches itself off and callers fall back to ``ET.tostring``.
    """

    _START = re.compile(rb"<(PubmedArticle|PubmedBookArticle|DeleteCitation|DeleteDocument)[\s>]")
    _PMID = re.compile(rb"<PMID[^>]*>\s*([^<\s]+)")
    _ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._ready: list[tuple[str, bytes]] = []
        self._enabled = True
        self._checked_encoding = False

    def disable(self) -> None:
        self._enabled = False
        self._buffer.clear()
        self._ready.clear()

    def feed(self, chunk: bytes) -> None:
        if not self._enabled:
            return
        self._buffer += chunk
        if not self._checked_encoding and len(self._buffer) >= 200:
            self._check_encoding()
        pos = 0
        buffer = self._buffer
        while True:
            m = self._START.search(buffer, pos)
            if m is None:
                # keep a tail in case a start tag straddles the chunk boundary
                pos = max(pos, len(buffer) - 32)
                break
            tag = m.group(1)
            close = b"</" + tag + b">"
            end = buffer.find(close, m.end())
            if end < 0:
                pos = m.start()
                break
            end += len(close)
            self._ready.append((tag.decode("ascii"), bytes(buffer[m.start() : end])))
            pos = end
        del buffer[:pos]

    def _check_encoding(self) -> None:
        self._checked_encoding = True
        m = self._ENCODING.match(self._buffer)
        if m and m.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8", b"us-ascii"):
            self.disable()

    def take(self, elem: ET.Element) -> bytes | None:
        """The original bytes of ``elem`` (just ended), or None if they cannot be trusted."""
        if not self._enabled:
            return None
        if not self._checked_encoding:
            self._check_encoding()
            if not self._enabled:
                return None
        if not self._ready:
            self.disable()
            return None
        tag, raw = self._ready.pop(0)
        pmid_el = elem.find(".//PMID")
        m = self._PMID.search(raw)
        expected = (pmid_el.text or "").strip() if pmid_el is not None else None
        if tag != _local(elem.tag) or (m.group(1).decode() if m else None) != (expected or None):
            self.disable()
            return None
        return raw


def _gunzip(stream: BinaryIO, head: bytes) -> gzip.GzipFile:
    """Wrap a gzip stream whose first bytes were already consumed to sniff the magic."""
    fileobj: BinaryIO | _Prefixed = _Prefixed(head, stream) if head else stream
    return gzip.GzipFile(fileobj=fileobj, mode="rb")


class _Prefixed(io.RawIOBase):
    """A read-only stream that replays ``head`` before the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _chunks(stream: BinaryIO | gzip.GzipFile, head: bytes, label: str) -> Iterator[bytes]:
    if head:
        yield head
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(f"{label}: cannot decompress: {e} (truncated download?)") from e
        if not chunk:
            return
        yield chunk


def _describe(e: ET.ParseError, *, at_eof: bool = False) -> str:
    """ "line 120, column 4: no element found (truncated?)" from an expat error."""
    line, column = getattr(e, "position", (0, 0))
    message = re.sub(r":\s*line \d+, column \d+\s*$", "", str(e))
    if at_eof or message.startswith(("no element found", "unclosed token")):
        message += " (truncated?)"
    return f"line {line}, column {column}: {message}"


# ------------------------------------------------------------------ record builders


class _BadRecord(ValueError):
    """A record lacks what every PubMed record has (PMID, MedlineCitation ...)."""


def _build(elem: ET.Element, raw: bytes | None = None) -> Record | Deletion:
    """One record element -> dataclass; ``raw`` is its original bytes when known."""
    raw_xml = raw if raw is not None else ET.tostring(elem, encoding="utf-8")
    tag = _local(elem.tag)
    if tag in ("DeleteCitation", "DeleteDocument"):
        return Deletion(pmids=tuple(t for p in elem.iter("PMID") if (t := _text(p))))
    if tag == "PubmedBookArticle":
        return _book(elem, raw_xml)
    return _article(elem, raw_xml)


def _article(elem: ET.Element, raw_xml: bytes) -> Record:
    citation = elem.find("MedlineCitation")
    if citation is None:
        raise _BadRecord(f"PubmedArticle without MedlineCitation near {_peek_pmid(elem)}")
    art = citation.find("Article")
    pmid_el = citation.find("PMID")
    pmid = _text(pmid_el)
    if art is None or not pmid:
        raise _BadRecord(f"PubmedArticle {pmid or '?'} has no Article or PMID")
    journal = art.find("Journal")
    year, pub_date = _pub_date(
        journal.find("JournalIssue/PubDate") if journal is not None else None
    )
    if year is None:  # electronic-only records may carry only ArticleDate
        year, pub_date = _pub_date(art.find("ArticleDate"))
    title = _flatten(art.find("ArticleTitle")) or _flatten(art.find("VernacularTitle"))
    abstract = _abstract(art.find("Abstract"))
    pubmed_data = elem.find("PubmedData")
    ids = _article_ids(pubmed_data.find("ArticleIdList") if pubmed_data is not None else None)
    doi = ids.get("doi") or _elocation_doi(art)
    return Article(
        pmid=pmid,
        title=title,
        version=_version(pmid_el),
        abstract=abstract,
        authors=_authors(art.find("AuthorList")),
        journal=_text(journal.find("Title")) if journal is not None else None,
        journal_abbrev=_text(journal.find("ISOAbbreviation")) if journal is not None else None,
        year=year,
        pub_date=pub_date,
        doi=doi,
        pmc=ids.get("pmc"),
        publication_types=_texts(art.iterfind("PublicationTypeList/PublicationType")),
        mesh_terms=_texts(citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")),
        keywords=_texts(citation.iterfind("KeywordList/Keyword"), flatten=True),
        chemicals=_texts(citation.iterfind("ChemicalList/Chemical/NameOfSubstance")),
        nct_ids=_nct_ids(art, title, abstract),
        corrections=_corrections(citation),
        history=_history(pubmed_data),
        date_revised=_date(citation.find("DateRevised")),
        status=citation.get("Status") or None,
        language=_text(art.find("Language")),
        is_book=False,
        raw_xml=raw_xml,
    )


def _book(elem: ET.Element, raw_xml: bytes) -> Record:
    doc = elem.find("BookDocument")
    if doc is None:
        raise _BadRecord(f"PubmedBookArticle without BookDocument near {_peek_pmid(elem)}")
    pmid_el = doc.find("PMID")
    pmid = _text(pmid_el)
    if not pmid:
        raise _BadRecord("PubmedBookArticle without PMID")
    book = doc.find("Book")
    book_title = _flatten(book.find("BookTitle")) if book is not None else ""
    title = _flatten(doc.find("ArticleTitle")) or book_title
    abstract = _abstract(doc.find("Abstract"))
    year, pub_date = _pub_date(book.find("PubDate") if book is not None else None)
    book_data = elem.find("PubmedBookData")
    ids = _article_ids(book_data.find("ArticleIdList") if book_data is not None else None)
    ids = {**_article_ids(doc.find("ArticleIdList")), **ids}
    authors = next(
        (a for a in doc.iterfind("AuthorList") if a.get("Type", "authors") == "authors"), None
    )
    return Article(
        pmid=pmid,
        title=title,
        version=_version(pmid_el),
        abstract=abstract,
        authors=_authors(authors),
        journal=book_title or None,
        journal_abbrev=None,
        year=year,
        pub_date=pub_date,
        doi=ids.get("doi"),
        pmc=ids.get("pmc"),
        publication_types=_texts(doc.iterfind("PublicationType")),
        mesh_terms=[],
        keywords=_texts(doc.iterfind("KeywordList/Keyword"), flatten=True),
        chemicals=[],
        nct_ids=_nct_ids(None, title, abstract),
        corrections=[],
        history=_history(book_data),
        date_revised=_date(doc.find("DateRevised")),
        status=None,
        language=_text(doc.find("Language")),
        is_book=True,
        raw_xml=raw_xml,
    )


# ------------------------------------------------------------------- field helpers


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag[:1] == "{" else tag


def _text(elem: ET.Element | None) -> str | None:
    """Plain element text, stripped; None when absent or empty."""
    if elem is None:
        return None
    value = _flatten(elem) if len(elem) else clean_text(elem.text or "").strip()
    return value or None


def _texts(elems: Iterable[ET.Element], *, flatten: bool = False) -> list[str]:
    """Distinct non-empty texts in document order."""
    seen: dict[str, None] = {}
    for elem in elems:
        value = _flatten(elem) if flatten else _text(elem)
        if value:
            seen.setdefault(value, None)
    return list(seen)


def _flatten(elem: ET.Element | None) -> str:
    """Readable text of an element with inline markup (<i>, <sup>, MathML ...).

    Markup boundaries add no space ("CO<sub>2</sub>" -> "CO2"); inside MathML,
    the layout whitespace between tokens is dropped so a formula reads as one
    word; runs of whitespace collapse to one space.
    """
    if elem is None:
        return ""
    if not len(elem):
        return " ".join(clean_text(elem.text or "").split())
    parts: list[str] = []
    _walk(elem, parts, in_math=False)
    return " ".join(clean_text("".join(parts)).split())


def _walk(elem: ET.Element, parts: list[str], *, in_math: bool) -> None:
    tag = _local(elem.tag)
    math = in_math or tag == "math"
    if not (math and tag in _MATH_SKIP):
        if elem.text:
            parts.append(elem.text.strip() if math else elem.text)
        for child in elem:
            _walk(child, parts, in_math=math)
            if child.tail:
                parts.append(child.tail.strip() if math else child.tail)


def _version(pmid_el: ET.Element | None) -> int:
    raw = pmid_el.get("Version") if pmid_el is not None else None
    return int(raw) if raw and raw.isdigit() else 1


def _abstract(abstract: ET.Element | None) -> list[AbstractSection]:
    if abstract is None:
        return []
    sections = []
    for part in abstract.iterfind("AbstractText"):
        text = _flatten(part)
        if text:
            sections.append(
                AbstractSection(
                    text=text,
                    label=clean_text(part.get("Label") or "").strip() or None,
                    category=(part.get("NlmCategory") or "").strip() or None,
                )
            )
    return sections


def _authors(author_list: ET.Element | None) -> list[str]:
    if author_list is None:
        return []
    names = []
    for author in author_list.iterfind("Author"):
        if author.get("ValidYN", "Y") == "N":
            continue
        collective = _flatten(author.find("CollectiveName"))
        if collective:
            names.append(collective)
            continue
        last = _text(author.find("LastName"))
        initials = _text(author.find("Initials"))
        if not initials:
            fore = _text(author.find("ForeName")) or ""
            initials = "".join(w[0] for w in fore.replace("-", " ").split() if w[:1].isalpha())
        if last:
            names.append(f"{last} {initials}".strip())
    return names


def _article_ids(id_list: ET.Element | None) -> dict[str, str]:
    """IdType -> value from one ``ArticleIdList`` (only its own children, not references)."""
    ids: dict[str, str] = {}
    if id_list is None:
        return ids
    for item in id_list.iterfind("ArticleId"):
        kind, value = item.get("IdType"), _text(item)
        if kind and value:
            ids.setdefault(kind, value)
    return ids


def _elocation_doi(art: ET.Element) -> str | None:
    for loc in art.iterfind("ELocationID"):
        if loc.get("EIdType") == "doi" and loc.get("ValidYN", "Y") != "N":
            value = _text(loc)
            if value:
                return value
    return None


def _nct_ids(art: ET.Element | None, title: str, abstract: list[AbstractSection]) -> list[str]:
    found: dict[str, None] = {}
    if art is not None:
        for bank in art.iterfind("DataBankList/DataBank"):
            bank_name = (_text(bank.find("DataBankName")) or "").replace(" ", "").lower()
            if bank_name == "clinicaltrials.gov":
                for acc in bank.iterfind("AccessionNumberList/AccessionNumber"):
                    value = _text(acc)
                    if value:
                        found.setdefault(value.upper(), None)
    for text in [title, *(s.text for s in abstract)]:
        if "nct" not in text.lower():
            continue  # cheap pre-check: the regex is the slow part of a record
        for m in _NCT.finditer(text):
            found.setdefault(f"NCT{m.group(1)}", None)
    return list(found)


def _corrections(citation: ET.Element) -> list[Correction]:
    out = []
    for cc in citation.iterfind("CommentsCorrectionsList/CommentsCorrections"):
        ref_type = cc.get("RefType")
        if ref_type:
            out.append(
                Correction(
                    ref_type=ref_type,
                    pmid=_text(cc.find("PMID")),
                    source=_text(cc.find("RefSource")),
                )
            )
    return out


def _history(pubmed_data: ET.Element | None) -> dict[str, date]:
    history: dict[str, date] = {}
    if pubmed_data is None:
        return history
    for item in pubmed_data.iterfind("History/PubMedPubDate"):
        status, when = item.get("PubStatus"), _date(item)
        if status and when:
            history.setdefault(status, when)
    return history


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip()
    if raw.isdigit():
        value = int(raw)
        return value if 1 <= value <= 12 else None
    return _MONTH_NUM.get(raw[:3].lower())


def _date(elem: ET.Element | None) -> date | None:
    """A full Year/Month/Day date (History, DateRevised); None if incomplete or invalid."""
    if elem is None:
        return None
    year, month = _text(elem.find("Year")), _month(_text(elem.find("Month")))
    day = _text(elem.find("Day"))
    if not (year and year.isdigit() and month and day and day.isdigit()):
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def _pub_date(elem: ET.Element | None) -> tuple[int | None, str | None]:
    """(year, printable date) from PubDate/ArticleDate: Y[/M[/D]], Season or MedlineDate."""
    if elem is None:
        return None, None
    medline = _text(elem.find("MedlineDate"))
    year_text = _text(elem.find("Year"))
    if not year_text and medline:
        m = _YEAR.search(medline)
        return (int(m.group(1)) if m else None), medline
    if not year_text or not year_text.isdigit():
        return None, None
    parts = [year_text]
    month = _month(_text(elem.find("Month")))
    season = _text(elem.find("Season"))
    if month:
        parts.append(_MONTHS[month - 1])
        day = _text(elem.find("Day"))
        if day and day.isdigit():
            parts.append(str(int(day)))
    elif season:
        parts.append(season)
    return int(year_text), " ".join(parts)


def _peek_pmid(elem: ET.Element) -> str:
    found = elem.find(".//PMID")
    return f"PMID {_text(found)}" if found is not None else "an unknown PMID"
