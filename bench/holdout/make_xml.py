"""Turn holdout.jsonl into PubMed efetch XML (a PubmedArticleSet), like /work/shared/eval/dev.xml.

    python bench/holdout/make_xml.py [holdout.jsonl] [holdout.xml]

Defaults are the files next to this script. Each abstract is split on blank lines into
sections; a section that starts with "Label: " becomes <AbstractText Label="LABEL"
NlmCategory="...">, otherwise a bare <AbstractText>. An empty abstract gives no <Abstract>
element at all, as PubMed does for records without one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent

DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)

PUB_TYPE_UI = {
    "Journal Article": "D016428",
    "Review": "D016454",
    "Systematic Review": "D000078182",
    "Meta-Analysis": "D017418",
    "Randomized Controlled Trial": "D016449",
    "Clinical Trial": "D016430",
    "Clinical Trial, Phase II": "D017427",
    "Clinical Trial, Phase III": "D017428",
    "Clinical Trial Protocol": "D000078325",
    "Case Reports": "D002363",
    "Multicenter Study": "D016448",
    "Letter": "D016422",
    "Comment": "D016420",
    "Editorial": "D016421",
    "English Abstract": "D004740",
    "Research Support, Non-U.S. Gov't": "D013485",
    "Research Support, N.I.H., Extramural": "D052061",
}

CATEGORY = {
    "BACKGROUND": "BACKGROUND",
    "INTRODUCTION": "BACKGROUND",
    "CONTEXT": "BACKGROUND",
    "OBJECTIVE": "OBJECTIVE",
    "OBJECTIVES": "OBJECTIVE",
    "AIM": "OBJECTIVE",
    "AIMS": "OBJECTIVE",
    "PURPOSE": "OBJECTIVE",
    "METHODS": "METHODS",
    "METHOD": "METHODS",
    "DESIGN": "METHODS",
    "PARTICIPANTS": "METHODS",
    "MEASUREMENTS": "METHODS",
    "METHODS AND ANALYSIS": "METHODS",
    "CASE PRESENTATION": "METHODS",
    "RESULTS": "RESULTS",
    "FINDINGS": "RESULTS",
    "CONCLUSIONS": "CONCLUSIONS",
    "CONCLUSION": "CONCLUSIONS",
    "DISCUSSION": "CONCLUSIONS",
    "INTERPRETATION": "CONCLUSIONS",
    "ETHICS AND DISSEMINATION": "CONCLUSIONS",
}

LABEL_RE = re.compile(r"^([A-Z][A-Za-z ,]{1,40}?):\s+(.*)$", re.S)


def sections(abstract: str) -> list[tuple[str | None, str]]:
    out = []
    for chunk in (c.strip() for c in abstract.split("\n\n")):
        if not chunk:
            continue
        m = LABEL_RE.match(chunk)
        if m:
            out.append((m.group(1).strip().upper(), m.group(2).strip()))
        else:
            out.append((None, chunk))
    return out


def article_xml(rec: dict) -> str:
    pmid = rec["pmid"]
    year = rec.get("year") or ""
    lines = [
        "<PubmedArticle>",
        '<MedlineCitation Status="MEDLINE" Owner="NLM">',
        f'<PMID Version="1">{escape(pmid)}</PMID>',
        '<Article PubModel="Print">',
        "<Journal>",
        '<JournalIssue CitedMedium="Internet">',
        f"<PubDate><Year>{year}</Year></PubDate>",
        "</JournalIssue>",
        f"<Title>{escape(rec.get('journal') or '')}</Title>",
        "</Journal>",
        f"<ArticleTitle>{escape(rec['title'])}</ArticleTitle>",
    ]
    if rec.get("doi"):
        lines.append(f'<ELocationID EIdType="doi" ValidYN="Y">{escape(rec["doi"])}</ELocationID>')
    secs = sections(rec.get("abstract") or "")
    if secs:
        lines.append("<Abstract>")
        for label, text in secs:
            if label:
                cat = CATEGORY.get(label, "UNASSIGNED")
                lines.append(
                    f"<AbstractText Label={quoteattr(label)} NlmCategory={quoteattr(cat)}>"
                    f"{escape(text)}</AbstractText>"
                )
            else:
                lines.append(f"<AbstractText>{escape(text)}</AbstractText>")
        lines.append("</Abstract>")
    lines.append("<Language>eng</Language>")
    lines.append("<PublicationTypeList>")
    types = list(rec.get("publication_types") or [])
    if "Journal Article" not in types and "Letter" not in types:
        types.insert(0, "Journal Article")
    for t in types:
        ui = PUB_TYPE_UI.get(t, "D016428")
        lines.append(f'<PublicationType UI="{ui}">{escape(t)}</PublicationType>')
    lines.append("</PublicationTypeList>")
    lines.append("</Article>")
    lines.append("</MedlineCitation>")
    # entrez date: spread over the year so records sort deterministically
    idx = int(pmid) % 28 + 1
    lines.append("<PubmedData><History>")
    lines.append(
        f'<PubMedPubDate PubStatus="entrez"><Year>{year}</Year><Month>6</Month>'
        f"<Day>{idx}</Day></PubMedPubDate>"
    )
    lines.append("</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>")
    lines.append(f'<ArticleId IdType="pubmed">{escape(pmid)}</ArticleId>')
    if rec.get("doi"):
        lines.append(f'<ArticleId IdType="doi">{escape(rec["doi"])}</ArticleId>')
    lines.append("</ArticleIdList></PubmedData></PubmedArticle>")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else HERE / "holdout.jsonl"
    dst = Path(argv[2]) if len(argv) > 2 else HERE / "holdout.xml"
    with open(src, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    body = "\n".join(article_xml(r) for r in recs if r.get("pmid"))
    dst.write_text(
        f'<?xml version="1.0" ?>\n{DOCTYPE}\n<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n',
        encoding="utf-8",
    )
    print(f"wrote {len(recs)} records to {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
