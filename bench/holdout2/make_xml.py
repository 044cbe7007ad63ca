"""Write holdout.xml (a PubMed efetch PubmedArticleSet) from holdout.jsonl.

python bench/holdout2/make_xml.py   # from the repo root or anywhere
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SRC, OUT = HERE / "holdout.jsonl", HERE / "holdout.xml"

DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)
PT_UI = {
    "Journal Article": "D016428",
    "Randomized Controlled Trial": "D016449",
    "Review": "D016454",
    "Systematic Review": "D000078182",
    "Meta-Analysis": "D017418",
    "Case Reports": "D002363",
    "Clinical Trial": "D016430",
    "Clinical Trial Protocol": "D000078325",
    "Multicenter Study": "D016448",
    "Clinical Trial, Phase II": "D017427",
    "Clinical Trial, Phase III": "D017428",
    "Observational Study": "D064888",
    "English Abstract": "D004740",
    "Editorial": "D016421",
    "Letter": "D016422",
    "Research Support, Non-U.S. Gov't": "D013485",
    "Research Support, N.I.H., Extramural": "D052061",
}
CATEGORY = {
    "background": "BACKGROUND",
    "introduction": "BACKGROUND",
    "objective": "OBJECTIVE",
    "objectives": "OBJECTIVE",
    "purpose": "OBJECTIVE",
    "aim": "OBJECTIVE",
    "aims": "OBJECTIVE",
    "methods": "METHODS",
    "method": "METHODS",
    "methods and analysis": "METHODS",
    "case description": "METHODS",
    "cases": "METHODS",
    "results": "RESULTS",
    "findings": "RESULTS",
    "outcomes": "RESULTS",
    "conclusions": "CONCLUSIONS",
    "conclusion": "CONCLUSIONS",
    "interpretation": "CONCLUSIONS",
    "discussion": "CONCLUSIONS",
}
SECTION = re.compile(r"^([A-Z][A-Za-z ]{2,40}):\s+(.*)$", re.S)


def sections(abstract: str):
    parts = [p.strip() for p in abstract.split("\n\n") if p.strip()]
    out = []
    for p in parts:
        m = SECTION.match(p)
        if m and len(parts) > 1:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((None, p))
    return out


def article(r: dict, i: int) -> str:
    pmid, year = r["pmid"], r["year"]
    x = [
        "<PubmedArticle>",
        '<MedlineCitation Status="MEDLINE" Owner="NLM">',
        f'<PMID Version="1">{pmid}</PMID>',
        '<Article PubModel="Print">',
        "<Journal>",
        '<JournalIssue CitedMedium="Internet">',
        f"<PubDate><Year>{year}</Year></PubDate>",
        "</JournalIssue>",
        f"<Title>{escape(r['journal'])}</Title>",
        "</Journal>",
        f"<ArticleTitle>{escape(r['title'])}</ArticleTitle>",
    ]
    if r.get("doi"):
        x.append(f'<ELocationID EIdType="doi" ValidYN="Y">{escape(r["doi"])}</ELocationID>')
    if r.get("abstract"):
        x.append("<Abstract>")
        for label, text in sections(r["abstract"]):
            if label:
                cat = CATEGORY.get(label.lower(), "UNASSIGNED")
                x.append(
                    f'<AbstractText Label="{escape(label.upper())}" NlmCategory="{cat}">{escape(text)}</AbstractText>'
                )
            else:
                x.append(f"<AbstractText>{escape(text)}</AbstractText>")
        x.append("</Abstract>")
    lang = "chi" if "Zhonghua" in r["journal"] else ("por" if "Port" in r["journal"] else "eng")
    x.append(f"<Language>{lang}</Language>")
    x.append("<PublicationTypeList>")
    for pt in r["publication_types"]:
        x.append(f'<PublicationType UI="{PT_UI.get(pt, "D016428")}">{escape(pt)}</PublicationType>')
    x += [
        "</PublicationTypeList>",
        "</Article>",
        "</MedlineCitation>",
        "<PubmedData><History>",
        f'<PubMedPubDate PubStatus="entrez"><Year>{year}</Year><Month>{i % 12 + 1}</Month>'
        f"<Day>{i % 27 + 1}</Day></PubMedPubDate>",
        "</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>",
        f'<ArticleId IdType="pubmed">{pmid}</ArticleId>',
    ]
    if r.get("doi"):
        x.append(f'<ArticleId IdType="doi">{escape(r["doi"])}</ArticleId>')
    x.append("</ArticleIdList></PubmedData></PubmedArticle>")
    return "\n".join(x)


def main() -> None:
    lines = SRC.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines if line.strip()]
    body = "\n".join(article(r, i) for i, r in enumerate(recs))
    OUT.write_text(
        f'<?xml version="1.0" ?>\n{DOCTYPE}\n<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n',
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(recs)} articles)")


if __name__ == "__main__":
    main()
