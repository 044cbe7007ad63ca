"""Turn labelled records (dev.jsonl's format) into PubMed efetch XML, for `ldn-watch import`.

    python bench/labelled_to_xml.py bench/holdout3/holdout.jsonl bench/holdout3/holdout.xml

One script for every held-out set, so that all of them reach the classifier through the
same parser path as real efetch XML.

Mirrors /work/shared/eval/dev.xml: a PubmedArticleSet with MedlineCitation/PMID,
Article/Journal, ArticleTitle, Abstract (one AbstractText with Label and NlmCategory
per "Label: text" section, or a single unlabelled AbstractText), Language,
DataBankList for NCT numbers, PublicationTypeList, and PubmedData/History.
Records with an empty abstract get no Abstract element, as in PubMed.

Optional fields a labelled record may carry beyond dev.jsonl's, for the kinds PubMed
marks in structured data: ``comments_corrections`` (a list of ``{"type": "RetractionOf",
"pmid": "..."}``, with PubMed's RefTypes: ErratumFor, ErratumIn, RetractionOf,
RetractionIn, CommentOn, CommentIn, ExpressionOfConcernFor, UpdateOf, RepublishedFrom, ...),
``mesh_terms`` (descriptor names), ``keywords``, ``language`` (ISO 639-2, e.g. "ger"),
``vernacular_title`` and ``secondary_source_ids`` (e.g. an NCT id in SecondarySourceID).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)

PUB_TYPE_UI = {
    "Journal Article": "D016428",
    "Randomized Controlled Trial": "D016449",
    "Clinical Trial": "D016430",
    "Clinical Trial, Phase II": "D017427",
    "Clinical Trial, Phase III": "D017428",
    "Clinical Trial Protocol": "D000078325",
    "Case Reports": "D002363",
    "Review": "D016454",
    "Systematic Review": "D000078182",
    "Meta-Analysis": "D017418",
    "Multicenter Study": "D016448",
    "Comparative Study": "D003160",
    "English Abstract": "D004740",
    "Letter": "D016422",
    "Research Support, Non-U.S. Gov't": "D013485",
    "Research Support, N.I.H., Extramural": "D052061",
    "Clinical Trial, Phase I": "D017426",
    "Clinical Trial, Phase IV": "D017429",
    "Controlled Clinical Trial": "D018848",
    "Observational Study": "D064888",
    "Comment": "D016420",
    "Editorial": "D016421",
    "News": "D016433",
    "Published Erratum": "D016425",
    "Retraction of Publication": "D016441",
    "Retracted Publication": "D016440",
    "Expression of Concern": "D000086742",
    "Congress": "D016423",
    "Preprint": "D000076942",
    "Equivalence Trial": "D000073843",
    "Pragmatic Clinical Trial": "D064888",
    "Practice Guideline": "D017065",
    "Twin Study": "D018486",
    "Validation Study": "D023361",
    "Clinical Study": "D000068397",
    "Corrected and Republished Article": "D016439",
    "Duplicate Publication": "D016424",
}

CATEGORY = [
    (r"^(background|introduction|context|importance|rationale)", "BACKGROUND"),
    (r"^(objective|objectives|aim|aims|purpose|background and aims)", "OBJECTIVE"),
    (
        r"^(method|methods|material|materials|design|setting|participants|interventions|"
        r"main outcomes|methods and analysis|case presentation|patients)",
        "METHODS",
    ),
    (r"^(result|results|findings)", "RESULTS"),
    (r"^(conclusion|conclusions|discussion|interpretation|ethics)", "CONCLUSIONS"),
]

SECTION = re.compile(r"^([A-Z][A-Za-z ,/&-]{1,60}?):\s+(.*)$", re.S)


def category(label: str) -> str:
    low = label.lower()
    for pat, cat in CATEGORY:
        if re.match(pat, low):
            return cat
    return "UNASSIGNED"


def sections(abstract: str) -> list[tuple[str | None, str]]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", abstract) if p.strip()]
    parsed = [SECTION.match(p) for p in paras]
    if paras and all(parsed):
        return [(m.group(1).strip(), m.group(2).strip()) for m in parsed]
    return [(None, " ".join(paras))]


def article_xml(rec: dict) -> str:
    pmid = rec["pmid"]
    year = rec.get("year")
    lang = rec.get("language") or ("rus" if rec["title"].startswith("[") else "eng")
    out = [
        "<PubmedArticle>",
        '<MedlineCitation Status="MEDLINE" Owner="NLM">',
        f'<PMID Version="1">{pmid}</PMID>',
        '<Article PubModel="Print-Electronic">',
        "<Journal>",
        '<JournalIssue CitedMedium="Internet">',
        f"<PubDate><Year>{year}</Year></PubDate>"
        if year
        else "<PubDate><MedlineDate>unknown</MedlineDate></PubDate>",
        "</JournalIssue>",
        f"<Title>{escape(rec.get('journal') or 'Unknown journal')}</Title>",
        "</Journal>",
        f"<ArticleTitle>{escape(rec['title'])}</ArticleTitle>",
    ]
    if rec.get("doi"):
        out.append(f'<ELocationID EIdType="doi" ValidYN="Y">{escape(rec["doi"])}</ELocationID>')
    if (rec.get("abstract") or "").strip():
        out.append("<Abstract>")
        for label, text in sections(rec["abstract"]):
            if label is None:
                out.append(f"<AbstractText>{escape(text)}</AbstractText>")
            else:
                out.append(
                    f'<AbstractText Label="{escape(label.upper())}" '
                    f'NlmCategory="{category(label)}">{escape(text)}</AbstractText>'
                )
        out.append("</Abstract>")
    out.append(f"<Language>{lang}</Language>")
    if rec.get("nct_ids"):
        out.append(
            '<DataBankList CompleteYN="Y"><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>'
        )
        out.append("<AccessionNumberList>")
        out.extend(f"<AccessionNumber>{n}</AccessionNumber>" for n in rec["nct_ids"])
        out.append("</AccessionNumberList></DataBank></DataBankList>")
    out.append("<PublicationTypeList>")
    for pt in rec.get("publication_types") or ["Journal Article"]:
        ui = PUB_TYPE_UI.get(pt, "D016428")
        out.append(f'<PublicationType UI="{ui}">{escape(pt)}</PublicationType>')
    out.append("</PublicationTypeList>")
    if rec.get("vernacular_title"):
        out.append(f"<VernacularTitle>{escape(rec['vernacular_title'])}</VernacularTitle>")
    elif rec["title"].startswith("["):
        out.append(f"<VernacularTitle>{escape(rec['title'].strip('[]'))}</VernacularTitle>")
    out += ["</Article>"]
    if rec.get("comments_corrections"):
        out.append("<CommentsCorrectionsList>")
        for cc in rec["comments_corrections"]:
            ref = escape(cc.get("source") or f"Ref {cc.get('pmid', '')}")
            out.append(f'<CommentsCorrections RefType="{escape(cc["type"])}">')
            out.append(f"<RefSource>{ref}</RefSource>")
            if cc.get("pmid"):
                out.append(f'<PMID Version="1">{escape(str(cc["pmid"]))}</PMID>')
            out.append("</CommentsCorrections>")
        out.append("</CommentsCorrectionsList>")
    if rec.get("mesh_terms"):
        out.append("<MeshHeadingList>")
        out.extend(
            f'<MeshHeading><DescriptorName UI="D000000" MajorTopicYN="N">{escape(t)}'
            "</DescriptorName></MeshHeading>"
            for t in rec["mesh_terms"]
        )
        out.append("</MeshHeadingList>")
    if rec.get("keywords"):
        out.append('<KeywordList Owner="NOTNLM">')
        out.extend(f'<Keyword MajorTopicYN="N">{escape(k)}</Keyword>' for k in rec["keywords"])
        out.append("</KeywordList>")
    for sid in rec.get("secondary_source_ids") or []:
        out.append(f"<SecondarySourceID>{escape(sid)}</SecondarySourceID>")
    out += ["</MedlineCitation>", "<PubmedData><History>"]
    ed = rec.get("entrez_date") or f"{year or 2000}-01-01"
    y, m, d = (int(x) for x in ed.split("-"))
    out.append(
        f'<PubMedPubDate PubStatus="entrez"><Year>{y}</Year><Month>{m}</Month><Day>{d}</Day></PubMedPubDate>'
    )
    out.append(
        f'<PubMedPubDate PubStatus="pubmed"><Year>{y}</Year><Month>{m}</Month><Day>{d}</Day></PubMedPubDate>'
    )
    out.append("</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>")
    out.append(f'<ArticleId IdType="pubmed">{pmid}</ArticleId>')
    if rec.get("doi"):
        out.append(f'<ArticleId IdType="doi">{escape(rec["doi"])}</ArticleId>')
    out.append("</ArticleIdList></PubmedData></PubmedArticle>")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, dst = Path(argv[1]), Path(argv[2])
    with src.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    body = "\n".join(article_xml(r) for r in recs if r.get("pmid"))
    dst.write_text(
        f'<?xml version="1.0" ?>\n{DOCTYPE}\n<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n',
        encoding="utf-8",
    )
    print(f"wrote {dst} ({len(recs)} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
