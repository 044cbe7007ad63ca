"""Where naltrexone (and the drugs it is confused with) is named in a sentence.

Abstracts abbreviate freely ("naltrexone (NAL, 2 mg/kg)", "very low dose naltrexone
(VLNTX)"), so abbreviations defined in the article are learnt per article. A mention
knows whether the text itself calls the dose low, very low or neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["ldn", "vldn", "plain"]

_LOW = r"low[\s\-]*dos(?:e|es|age|ages|ing)?"
_VERY = r"(?:very|ultra)[\s\-]*(?:low|small)[\s\-]*dos\w*"
# "low-dose naltrexone", "low dosages (4.5 mg/day) of naltrexone", "low doses of oral naltrexone"
_LDN_PHRASE = re.compile(
    rf"\b(?P<very>(?:very|ultra)[\s\-]*)?{_LOW}\s+(?:\([^)]{{0,40}}\)\s+)?(?:of\s+)?(?:oral\s+)?naltrexone\b"
    rf"|\bnaltrexone\b[^.;]{{0,40}}?\b(?:at|in)\s+(?P<very2>(?:very|ultra)[\s\-]*)?(?:a\s+)?{_LOW}",
    re.IGNORECASE,
)
_VLDN_PHRASE = re.compile(rf"\b{_VERY}\s+(?:of\s+)?naltrexone\b", re.IGNORECASE)
_STATIC = {"LDN": "ldn", "NTX": "plain", "NTX-LD": "ldn", "VLNTX": "vldn", "VLDN": "vldn",
           "ULDN": "vldn", "ULDNTX": "vldn"}  # fmt: skip
_DEFINED = re.compile(r"naltrexone\s*\(\s*(?P<abbr>[A-Z][A-Za-z\-]{1,7})\s*[,;)]", re.IGNORECASE)

# Drugs that own doses in these abstracts but are not antidepressants (comparators,
# co-medication, the opioid-system confounders). A dose next to them is not LDN's.
OTHER_DRUGS = re.compile(
    r"\b(?:buprenorphine|BUP|samidorphan|SAM|ALKS[\s\-]?\d+|naloxone|nalmefene|nalbuphine|"
    r"morphine|methadone|ketamine|esketamine|midazolam|clonidine|disulfiram|acamprosate|"
    r"olanzapine|placebo|lithium|gabapentin|pregabalin|tramadol|oxycodone|fentanyl|heroin|"
    r"nor-binaltorphimine|norBNI|JDTic|aticaprant|CERC-501|LY2456302|"
    r"U-?\d{4,5}|prednisone|lamotrigine|quetiapine|risperidone|haloperidol|diazepam|"
    r"lorazepam|zolpidem|melatonin|ibuprofen|paracetamol|acetaminophen)\b"
)


@dataclass(frozen=True)
class NtxMention:
    start: int
    end: int
    kind: Kind


@dataclass
class Aliases:
    """Naltrexone abbreviations defined in one article: abbreviation -> kind."""

    names: dict[str, Kind]
    _compiled: re.Pattern[str] | None = field(default=None, repr=False)
    # topic, doses and drugs all ask about the same sentences: answer each once
    _found: dict[str, list[NtxMention]] = field(default_factory=dict, repr=False)

    @classmethod
    def learn(cls, text: str) -> Aliases:
        names: dict[str, Kind] = dict(_STATIC)  # type: ignore[arg-type]
        for m in _DEFINED.finditer(text):
            abbr = m.group("abbr")
            if abbr.lower() in ("oral", "im", "iv", "sr", "xr", "er", "mg"):
                continue
            head = text[max(0, m.start() - 30) : m.start()]
            if re.search(rf"{_VERY}\s*$", head, re.IGNORECASE):
                names[abbr] = "vldn"
            elif re.search(rf"{_LOW}\s*$", head, re.IGNORECASE):
                names[abbr] = "ldn"
            else:
                names.setdefault(abbr, "plain")
        return cls(names)

    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            abbrs = "|".join(sorted(map(re.escape, self.names), key=len, reverse=True))
            self._compiled = re.compile(rf"\b(?i:naltrexone)\b|(?<![\w\-])(?:{abbrs})(?![\w])")
        return self._compiled


def find(text: str, aliases: Aliases) -> list[NtxMention]:
    """Naltrexone mentions in ``text`` with the dose level the wording implies."""
    cached = aliases._found.get(text)
    if cached is None:
        cached = aliases._found[text] = _find(text, aliases)
    return cached


def _find(text: str, aliases: Aliases) -> list[NtxMention]:
    out: list[NtxMention] = []
    if aliases.pattern().search(text) is None:
        return out
    very_spans = [(m.start(), m.end()) for m in _VLDN_PHRASE.finditer(text)]
    low_spans = [
        (m.start(), m.end())
        for m in _LDN_PHRASE.finditer(text)
        if not (m.group("very") or m.group("very2"))
    ]
    for m in aliases.pattern().finditer(text):
        token = m.group(0)
        if token.lower() == "naltrexone":
            kind: Kind = "plain"
            if any(a <= m.start() < b for a, b in very_spans):
                kind = "vldn"
            elif any(a <= m.start() < b for a, b in low_spans):
                kind = "ldn"
        else:
            kind = aliases.names.get(token, "plain")
        out.append(NtxMention(m.start(), m.end(), kind))
    return out
