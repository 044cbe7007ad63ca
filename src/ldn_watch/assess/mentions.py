"""Where the watched drug is named in a sentence, and what dose level the words imply.

Abstracts abbreviate freely ("naltrexone (NAL, 2 mg/kg)", "very low dose naltrexone
(VLNTX)"), so abbreviations defined in the article are learnt per article, on top of the
spec's usual ones. An article that defines a usual abbreviation for another drug ("low-dose
nalmefene (LDN)") keeps it for that drug. A mention inside a look-alike that contains the
drug's name (a combination product) is the combination's, not the drug's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ldn_watch.assess.spec import WatchSpec

Kind = Literal["low", "very_low", "plain"]

_LOW = r"low[\s\-]*dos(?:e|es|age|ages|ing)?"
_VERY = r"(?:very|ultra)[\s\-]*(?:low|small)[\s\-]*dos\w*"
# an abbreviation as a word of its own: not inside a longer one ("anti-NTX", "NTXs"), nor
# the head of another compound's code ("NTX-K41", a kappa antagonist; "LDN-treated" is
# still the drug)
_ABBR_BEFORE = r"(?<![\w\-])"
_ABBR_AFTER = r"(?![\w])(?!-[A-Z][A-Z0-9]*\d)"


@dataclass(frozen=True)
class _Patterns:
    phrase: re.Pattern[str]  # "low-dose X", "X at a low dose"
    very: re.Pattern[str]  # "very low dose X"
    defined: re.Pattern[str]  # "X (ABBR)"
    defined_any: re.Pattern[str]  # "(ABBR)" for the usual abbreviations
    named: re.Pattern[str]  # the drug or a usual abbreviation, anywhere
    # ``named``'s literals for a cheap first look: the spellings lower-cased (None when
    # one is not ASCII) and the abbreviations as written
    spelled_lower: tuple[str, ...] | None
    abbreviations: tuple[str, ...]


def _build(spec: WatchSpec) -> _Patterns:
    name = re.escape(spec.drug)
    abbrs = "|".join(sorted(map(re.escape, spec.abbreviations), key=len, reverse=True))
    spelled = "|".join([name, *map(re.escape, spec.spellings)])
    return _Patterns(
        phrase=re.compile(
            rf"\b(?P<very>(?:very|ultra)[\s\-]*)?{_LOW}\s+(?:\([^)]{{0,40}}\)\s+)?(?:of\s+)?"
            rf"(?:oral\s+)?{name}\b"
            rf"|\b{name}\b[^.;]{{0,40}}?\b(?:at|in)\s+(?P<very2>(?:very|ultra)[\s\-]*)?(?:a\s+)?{_LOW}",
            re.IGNORECASE,
        ),
        very=re.compile(rf"\b{_VERY}\s+(?:of\s+)?{name}\b", re.IGNORECASE),
        # "naltrexone (NTX)", and the name with its dose level after it: "naltrexone at
        # low doses (NDB)", as Spanish and Portuguese write the low dose
        defined=re.compile(
            rf"{name}(?P<after>\s+(?:at|in)\s+(?:a\s+)?(?:{_VERY}|{_LOW}))?"
            rf"\s*\(\s*(?P<abbr>[A-Z][A-Za-z\-]{{1,7}})\s*[,;)]",
            re.IGNORECASE,
        ),
        # "(LDN)", and the plural an article defines for something else: "low-density
        # neutrophils (LDNs)"
        defined_any=re.compile(rf"\(\s*(?P<abbr>{abbrs})s?\s*[,;)]"),
        # the name as any language spells it: the prefilter's one search decides whether
        # a record is read at all, so "Naltrexon" must reach the reader that respells it
        named=re.compile(rf"\b(?i:{spelled})\b|{_ABBR_BEFORE}(?:{abbrs}){_ABBR_AFTER}"),
        spelled_lower=_lowered_spellings(spec),
        abbreviations=tuple(spec.abbreviations),
    )


def _lowered_spellings(spec: WatchSpec) -> tuple[str, ...] | None:
    """The name and its spellings lower-cased, for ``named``'s first look; None where that
    look would not be exact: a spelling not in ASCII, or no abbreviations (the pattern's
    empty alternative then matches nearly anywhere)."""
    words = [spec.drug, *spec.spellings]
    if not spec.abbreviations or not all(w.isascii() for w in words):
        return None
    return tuple(dict.fromkeys(w.lower() for w in words))


# a product code: capitals, then letters or digits, with a digit somewhere ("QX-27",
# "RB3", "TLN-905"); a registry id ("NCT03000026") is never a definition of the drug
_CODE = r"(?!NCT\d)[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,5})?"
# how far before the drug's name a definition's code may start ("QX-27, a capsule of very
# low-dose naltrexone": the code, three words and the dose words), and twice how far after
# it its bracket may close ("low-dose naltrexone (code TLN-905)")
_CODE_REACH = 120
# ... and a code's own shape, case kept, a digit in it: the cheap look that lets a window
# without one go unread
_CODE_SHAPE = re.compile(r"\b(?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,5})?\b")


def _code_patterns(spec: WatchSpec) -> re.Pattern[str]:
    name = re.escape(spec.drug)
    return re.compile(
        # "QX-27 (low-dose naltrexone oral solution)", "RB3, a capsule of low-dose
        # naltrexone"
        rf"\b(?P<code>{_CODE})\b(?:\s*\(\s*|,\s+an?\s+(?:[\w\-]+\s+){{0,3}}?)"
        rf"(?P<what>(?:an?\s+)?(?:(?:very|ultra)[\s\-]*)?(?:{_LOW}\s+)?(?:of\s+)?{name})\b"
        # "low-dose naltrexone (code TLN-905)"
        rf"|(?P<what2>(?:(?:very|ultra)[\s\-]*)?(?:{_LOW}\s+)?{name})\s*"
        rf"\(\s*(?:(?:code|code-named|coded)\s+)?(?P<code2>{_CODE})\s*[,;)]",
        re.IGNORECASE,
    )


def defined_codes(text: str, spec: WatchSpec) -> dict[str, Kind]:
    """Product codes the text defines as the drug ("QX-27 (low-dose naltrexone oral
    solution)"), with the dose level the definition implies: a registration's arms may
    name the drug by its code alone. Only codes with a digit, written in capitals."""
    lowered, name = text.lower(), spec.drug.lower()
    found: dict[str, Kind] = {}
    pattern = spec.compiled("mention-codes", _code_patterns)
    # (a definition stands around a naming of the drug: the pattern is asked only there,
    # from a word's start well before the name to the code's bracket after it, not of
    # every word of the record)
    for naming in re.finditer(re.escape(name), lowered):
        at = naming.start()
        start, end = max(0, at - _CODE_REACH), at + len(name) + _CODE_REACH // 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        if not _CODE_SHAPE.search(text, start, end):
            continue
        for m in pattern.finditer(text, start, end):
            code = m.group("code") or m.group("code2")
            if not any(c.isdigit() for c in code) or not code[:1].isupper() or code != code.upper():
                continue
            what = (m.group("what") or m.group("what2") or "").lower()
            kind: Kind = (
                "very_low"
                if re.search(_VERY, what)
                else "low"
                if re.search(_LOW, what)
                else "plain"
            )
            found[code] = kind
    return found


@dataclass(frozen=True)
class DrugMention:
    start: int
    end: int
    kind: Kind


def _abbreviated(head: str, spec: WatchSpec, abbr: str) -> bool:
    """``head`` names the drug by one of its usual abbreviations other than ``abbr``, as a
    word of its own ("NTX", not "anti-NTX" or "NTXs")."""
    words = {w.strip(",;:()[]") for w in head.split()}
    return any(a != abbr and a in words for a in spec.abbreviations)


# a number right before a bracket: the bracket labels a result ("-12.8 (LDN)"), it defines
# nothing
_RESULT_BEFORE = re.compile(r"\d(?:\s*%)?\s*$")


@dataclass
class Aliases:
    """The watched drug's abbreviations in one article: abbreviation -> dose level."""

    names: dict[str, Kind]
    spec: WatchSpec
    _compiled: re.Pattern[str] | None = field(default=None, repr=False)
    # topic, doses and drugs all ask about the same sentences: answer each once
    _found: dict[str, list[DrugMention]] = field(default_factory=dict, repr=False)

    @classmethod
    def learn(cls, text: str, spec: WatchSpec) -> Aliases:
        p = spec.compiled("mentions", _build)
        names: dict[str, Kind] = dict(spec.abbreviations)  # type: ignore[arg-type]
        drug = spec.drug.lower()
        if "(" not in text:
            return cls(names, spec)
        # a usual abbreviation the article defines for something else is not ours: the
        # four words before "(ABBR)" must name the drug, by its name or by another of its
        # usual abbreviations ("NTX 4.5 mg at bedtime (LDN)"), where it is defined; an
        # abbreviation written in brackets again after a result ("-12.4 (LDN) vs -8.0
        # (placebo)") is used there, not defined for something else
        # (and one defined the other way round names the drug in its brackets: "LDN (low
        # dose naltrexone)")
        ours: dict[str, bool] = {}
        for m in p.defined_any.finditer(text):
            abbr = m.group("abbr")
            if _RESULT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "-12.8 (LDN) vs -9.6 (pbo)": a result's label, no definition
            head = " ".join(text[max(0, m.start() - 60) : m.start()].split()[-4:])
            ours[abbr] = ours.get(abbr, False) or (
                drug in head.lower() or _abbreviated(head, spec, abbr)
            )
        for abbr in ours:
            spelled = re.search(
                rf"\b{re.escape(abbr)}\s*\([^()]{{0,40}}\b{re.escape(drug)}\b", text, re.IGNORECASE
            )
            ours[abbr] = ours[abbr] or spelled is not None
        for abbr, named_there in ours.items():
            if not named_there:
                names.pop(abbr, None)
        if drug not in text.lower():
            return cls(names, spec)
        for code, kind in defined_codes(text, spec).items():
            names.setdefault(code, kind)
        for m in p.defined.finditer(text):
            abbr = m.group("abbr")
            if abbr.lower() in spec.not_abbreviations:
                continue
            head = text[max(0, m.start() - 30) : m.start()] + (m.group("after") or "")
            if re.search(rf"{_VERY}\s*$", head, re.IGNORECASE):
                names[abbr] = "very_low"
            elif re.search(rf"{_LOW}\s*$", head, re.IGNORECASE):
                names[abbr] = "low"
            else:
                names.setdefault(abbr, "plain")
        return cls(names, spec)

    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            abbrs = "|".join(sorted(map(re.escape, self.names), key=len, reverse=True))
            name = re.escape(self.spec.drug)
            alt = f"|{_ABBR_BEFORE}(?:{abbrs}){_ABBR_AFTER}" if abbrs else ""
            self._compiled = re.compile(rf"\b(?i:{name})\b{alt}")
        return self._compiled


# the letters other than ASCII that a case-insensitive pattern matches to an ASCII letter
# (dotted and dotless i, long s, Kelvin sign): where one stands, lower-casing the text
# does not give the ASCII spelling, so ``named`` searches with the pattern itself
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def named(text: str, spec: WatchSpec) -> bool:
    """The text names the drug or one of its usual abbreviations (a cheap first look)."""
    p = spec.compiled("mentions", _build)
    # a text with none of the pattern's literals (a spelling in any case, an abbreviation
    # as written) cannot match it: answered with ``in`` tests, without the search, which
    # tries the pattern at every position of most records of a broad query
    if p.spelled_lower is not None and not any(c in text for c in _ASCII_LOOKALIKES):
        low = text.lower()
        if not any(s in low for s in p.spelled_lower) and not any(
            a in text for a in p.abbreviations
        ):
            return False
    return p.named.search(text) is not None


def find(text: str, aliases: Aliases) -> list[DrugMention]:
    """The drug's mentions in ``text`` with the dose level the wording implies."""
    cached = aliases._found.get(text)
    if cached is None:
        cached = aliases._found[text] = _find(text, aliases)
    return cached


def _find(text: str, aliases: Aliases) -> list[DrugMention]:
    out: list[DrugMention] = []
    if aliases.pattern().search(text) is None:
        return out
    spec = aliases.spec
    p = spec.compiled("mentions", _build)
    very_spans = [(m.start(), m.end()) for m in p.very.finditer(text)]
    low_spans = [
        (m.start(), m.end())
        for m in p.phrase.finditer(text)
        if not (m.group("very") or m.group("very2"))
    ]
    combos = [
        (m.start(), m.end())
        for look in spec.lookalikes
        if look.contains_drug
        for m in look.pattern.finditer(text)
    ]
    drug = spec.drug.lower()
    for m in aliases.pattern().finditer(text):
        if any(a <= m.start() < b for a, b in combos):
            continue
        token = m.group(0)
        if token.lower() == drug:
            kind: Kind = "plain"
            if any(a <= m.start() < b for a, b in very_spans):
                kind = "very_low"
            elif any(a <= m.start() < b for a, b in low_spans):
                kind = "low"
        else:
            kind = aliases.names.get(token, "plain")
        out.append(DrugMention(m.start(), m.end(), kind))
    return out
