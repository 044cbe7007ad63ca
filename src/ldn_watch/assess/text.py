"""Split an article into sentences, each with the abstract section it came from.

Section labels come from the XML (``NlmCategory``) or, for abstracts that arrive as one
block, from inline headings such as "Methods:" or "MATERIAL AND METHODS". What each
sentence *does* (the study's own methods and results, background, earlier or future
work) is decided from these in ``roles``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ldn_watch.assess.fastre import Folded
from ldn_watch.model import Record

TITLE = "TITLE"
BACKGROUND = "BACKGROUND"
OBJECTIVE = "OBJECTIVE"
METHODS = "METHODS"
RESULTS = "RESULTS"
CONCLUSIONS = "CONCLUSIONS"
REGISTRATION = "REGISTRATION"

_LABELS: list[tuple[str, str]] = [
    (
        r"background|introduction|importance|context|rationale|what is known(?: about this topic)?"
        # a poster's clipped headings, closed by a full stop before the colon: "Intro.:",
        # "Bkgd:" (and "Obj.:", "Meth.:", "Res.:", "Concl.:" below; holdout267 29800005)
        r"|intro\.|bkgd\.?",
        BACKGROUND,
    ),
    # plain-language and key-points headings too: "Question", "What we did", "Meaning"
    (
        r"objectives?|aims?|purpose|goals?|(?:key |research |study )?questions?|hypothes[ie]s"
        r"|aims? and objectives?|why we did (?:it|this study)|objs?\.",
        OBJECTIVE,
    ),
    (
        r"results and conclusions?|results?|findings|what we found|(?:main|key) (?:results|findings)"
        # (critical-care and anaesthesia journals head their results with what was measured:
        # "Measurements and main results:")
        r"|measurements? and (?:main |key )?(?:results|findings)"
        r"|res\.|rslts?\.?",
        RESULTS,
    ),
    (
        r"conclusions?(?: and relevance)?|interpretation|discussion|implications"
        r"|take[ \-]home (?:messages?|points?)|bottom line|meaning|what this (?:means|study adds)"
        r"|implications? for (?:practice|research)|clinical (?:implications|relevance|significance)"
        r"|relevance|lessons?(?: learned)?|concls?\.",
        CONCLUSIONS,
    ),
    (r"trial registration|registration", REGISTRATION),
    (
        r"(?:materials?|patients|subjects|participants)? ?(?:and )?methods?(?: and analysis)?"
        r"|design(?:,? setting,? and participants)?|setting|participants|subjects|interventions?"
        # (a psychopharmacology journal's "Methods/Procedures:")
        r"|procedures?"
        r"|(?:main )?outcomes?(?: and measures)?|measures|study design|methodology"
        r"|what we did|how we did (?:it|this)|exposures?|study selection|data sources?"
        r"|data (?:extraction|synthesis|collection)|eligibility criteria|selection criteria"
        r"|search (?:strategy|methods)|information sources|methods and materials"
        r"|case (?:presentations?|reports?|descriptions?|summary)|patient concerns|diagnos[ie]s"
        r"|meth\.|mthds?\.?",
        METHODS,
    ),
]
_CATEGORY_RX = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), c) for p, c in _LABELS]
_ONE_LABEL = "|".join(p for p, _ in _LABELS)
# a compound heading names its section by its first part: "Methods/design:"
_ALL_LABELS = rf"(?:{_ONE_LABEL})(?:\s*/\s*(?:{_ONE_LABEL}))?"
# "Methods: text", "Methods:" alone, or "Methods" alone on its line
_INLINE = re.compile(rf"^\s*({_ALL_LABELS})\s*(?::|\n|$)\s*", re.IGNORECASE)
# "AIM To assess ... MATERIAL AND METHODS Opioid ..." (capitals, no colon)
_CAPS = re.compile(
    r"(?:(?<=\s)|^)(AIMS?|BACKGROUND|INTRODUCTION|OBJECTIVES?|PURPOSE|MATERIALS? AND METHODS|"
    # (before a word, an acronym, a one-letter word or a count: "CONCLUSIONS LDN was ...",
    # "RESULTS A total of 104 ...", "METHODS 64 women ...")
    r"METHODS?|RESULTS AND CONCLUSIONS?|RESULTS|CONCLUSIONS?)\s+(?=[A-Z][a-z]|[A-Z]{2,}\b|[A-Z]\s|\d)"
)
# a new paragraph, or a known heading with a colon right after a sentence ends
_PARAGRAPH = re.compile(
    rf"\n\s*\n|\n(?=[A-Z][A-Za-z ]{{2,40}}:)|\n(?=(?:{_ALL_LABELS})[ \t]*\n)"
    rf"|(?<=[.!?])\s+(?=(?:{_ALL_LABELS}):\s)"
    # (a congress abstract squeezed of its spaces writes the heading hard against its text,
    # "... depression. Methods:18 outpatients ...": a capital or a digit after the colon)
    rf"|(?<=[.!?])\s+(?=(?:{_ALL_LABELS}):(?-i:[A-Z0-9]))"
    # ... or with no space before the heading, its tags stripped from an HTML abstract:
    # "... compared commonly used doses.Methods: In this open-label ..." (a capital starts
    # it, right after a sentence's full stop)
    rf"|(?<=[a-z0-9)%][.!?])(?=(?-i:[A-Z]))(?=(?:{_ALL_LABELS}):\s)"
    # ... or a heading of another kind right after a sentence ends ("Amendment:", "Protocol
    # changes:"): in an abstract with inline headings it starts a section of its own
    # (case-sensitive: a capital starts it; the text after it opens with a word, in either
    # case: "Changes: at the funder's request, ..." as "Amendment: After ...")
    # (its text may open with an enumerated item: "Amendments: (1) Eligibility is ...")
    r"|(?<=[.!?])\s+(?=(?-i:[A-Z][a-z]+(?:[ \-][A-Za-z]+){0,2}:\s+(?:\(\d{1,2}\)\s+[A-Za-z]|[A-Za-z][a-z])))",
    re.IGNORECASE,
)
# a heading the labels above do not know ("Amendment: ...", "Protocol update: ..."); see
# ``_blocks``
# (a label with a value, "Enrolment target: 120", is no heading: a word must follow)
_OTHER_HEADING = re.compile(
    r"^\s*[A-Z][a-z]+(?:[ \-][A-Za-z]+){0,2}:\s+(?=\(\d{1,2}\)\s+[A-Za-z]|[A-Za-z][a-z])"
)
# a section's text that opens with a number: the value of the label it sits under
_VALUE_FIRST = re.compile(r"^\s*(?:[~≈]\s*)?\d")
# (an enumerated item opens a sentence too: "... allocation. (3) The sample size was ...",
# "... removed. 2) Adolescents taking ...")
_SPLIT = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\[\"“‘]|\d+\s|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+[A-Z]|\d{1,2}\)\s+[A-Z])"
)
_ABBREV_END = re.compile(r"\b(?:vs|e\.g|i\.e|et al|approx|Fig|Dr|No|b\.i\.d|t\.i\.d|q\.d)\.$")


@dataclass(frozen=True)
class RawSentence:
    """One sentence with the section it belongs to (None: unstructured abstract)."""

    text: str
    section: str | None
    index: int


def category(label: str | None, nlm_category: str | None = None) -> str | None:
    """Normalise an abstract section label to one of the constants above."""
    if nlm_category and nlm_category.upper() != "UNASSIGNED":
        cat = nlm_category.upper()
        return {"CONCLUSION": CONCLUSIONS, "OBJECTIVE": OBJECTIVE}.get(cat, cat)
    if not label:
        return None
    text = re.sub(r"\s+", " ", label.strip().rstrip(":")).lower()
    for part in (text, *(p.strip() for p in text.split("/"))):
        for rx, cat in _CATEGORY_RX:
            if rx.match(part):
                return cat
    return None


# a heading closed by a full stop, as some journals print them ("Introduction. Fatigue is
# ... Methods. We followed ..."): a known label standing alone as a "sentence", at the
# start of the text or after a sentence ends, before a capital or a count ("Methods. 64
# women with FM were randomised")
_STOP_HEADING = re.compile(rf"(?:^|(?<=[.!?])\s+)({_ALL_LABELS})\.\s+(?=[A-Z0-9])", re.IGNORECASE)
# ... counted folded (most texts hold none; the headings are rewritten as written)
_ANY_STOP_HEADING = Folded(_STOP_HEADING)


def _stop_headings(text: str) -> str:
    """``text`` with headings closed by a full stop written with a colon, where the text
    has two or more of them (one alone may be a sentence: "Results." is rare, "Setting."
    less so; two make a structured abstract)."""
    if "." not in text or len(_ANY_STOP_HEADING.findall(text)) < 2:
        return text
    return _STOP_HEADING.sub(lambda m: m.group(0).replace(f"{m.group(1)}.", f"{m.group(1)}:"), text)


# a bullet: a round or square one wherever it stands (the import may have run the lines
# together: "... twice a day. • Design: ..."), a dash or star only where a line opens
# (never the Lancet's raised decimal point, "4·5 mg")
_BULLET_MARK = re.compile(r"[•▪●◦‣]")
_BULLET = re.compile(r"[ \t]*[•▪●◦‣][ \t]*|(?:^|\n)[ \t]*[\-–*](?=[ \t])[ \t]*")


def _blocks(text: str, section: str | None) -> list[tuple[str, str | None]]:
    """Cut a section's text at inline headings, keeping track of the current section."""
    pieces: list[tuple[str, str | None]] = []
    if "\n" in text or _BULLET_MARK.search(text):
        # a bulleted abstract ("• Methods: ...", "- Results: ..."), its lines kept or run
        # together by the import: each bullet a line of its own, read like a line with no
        # bullet (its heading a heading)
        text = _BULLET.sub("\n", text)
    text = _stop_headings(text)
    # (every way ``_PARAGRAPH`` cuts needs a line break or a heading's colon)
    paragraphs = _PARAGRAPH.split(text) if "\n" in text or ":" in text else [text]
    current = section
    for para in paragraphs:
        m = _INLINE.match(para)
        if m and (m.end() < len(para) or para.strip().rstrip(":") == m.group(1)):
            current = category(m.group(1)) or current
            para = para[m.end() :]
        elif current is not None and pieces and _OTHER_HEADING.match(para):
            # an unknown heading ends the known section before it: its text is no longer
            # that section's ("Background: ... Amendment: participants are now randomised
            # to ..." is not background), just as an XML section with an unknown label has
            # none (its words stay: they may say what follows, "Trial status: ...")
            current = None
        # capital headings inside a paragraph
        last = 0
        for c in _CAPS.finditer(para):
            if c.start() > last:
                pieces.append((para[last : c.start()], current))
            current = category(c.group(1)) or current
            last = c.end()
        pieces.append((para[last:], current))
    return [(re.sub(r"\s+", " ", t).strip(), s) for t, s in pieces if t.strip()]


def split_sentences(text: str) -> list[str]:
    """Sentence split that survives "1 mg b.i.d. (n=6)", "vs. placebo" and "p < .05"."""
    out: list[str] = []
    for part in _SPLIT.split(text):
        if out and _ABBREV_END.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


# a range typed with a wave dash, as East Asian and congress abstracts write it ("1〜3 mg/日",
# "0.5～4.5 mg"): between two numbers it joins a range's ends, read as an en dash (one
# character for one: the text keeps its length)
_WAVE_DASH = re.compile(r"(?<=\d)(\s*)[〜～](?=\s*\d)")


def _wave_dashes(text: str) -> str:
    if "〜" not in text and "～" not in text:
        return text
    return _WAVE_DASH.sub(lambda m: f"{m.group(1)}–", text)


# a dose written with a vulgar fraction, as some protocols and case reports write LDN ("½ mg",
# "4½ mg", "1½–4½ mg"): the fraction is the decimal it stands for ("0.5 mg", "4.5 mg"),
# after a whole number its decimal part
_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_VULGAR = re.compile(r"(\d?)([½¼¾])(?!\d)")


def _vulgar_fractions(text: str) -> str:
    if "½" not in text and "¼" not in text and "¾" not in text:
        return text
    return _VULGAR.sub(lambda m: f"{m.group(1) or '0'}.{_FRACTIONS[m.group(2)]}", text)


def sentences(article: Record, respell: Callable[[str], str] | None = None) -> list[RawSentence]:
    """Title first, then every abstract sentence with its section; ``respell`` writes
    another language's spelling of the drug's name as the name (``WatchSpec.respell``)."""
    result: list[RawSentence] = []
    spell: Callable[[str], str] = respell or (lambda t: t)

    def same(t: str) -> str:
        return spell(_vulgar_fractions(_wave_dashes(t)))

    if article.title:
        title = re.sub(r"^\[|\]\.?$", "", same(article.title.strip()))
        result.append(RawSentence(title, TITLE, 0))
    for sec in article.abstract:
        text, label = same(sec.text or ""), category(sec.label, sec.category)
        if label is None and sec.label and _VALUE_FIRST.match(text):
            # a label the sections do not know whose text opens with its value ("SAMPLE
            # SIZE: 120", "ENROLMENT: 90 (actual)") is no heading but the value's own words
            text = f"{sec.label.strip().rstrip(':').capitalize()}: {text}"
        for block, cat in _blocks(text, label):
            for s in split_sentences(block):
                result.append(RawSentence(s, cat, len(result)))
    return result
