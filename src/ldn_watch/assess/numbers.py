"""How many people a study enrolled: numbers in digits or words, totals over arms.

Abstracts give the sample in many shapes: "12 adults", "Twenty-five individuals were
randomized", "(N = 11247)", "60 patients per study arm (120 in total)", "naltrexone
(n=6) or placebo (n=6)", "Ten women ... and ten healthy controls". Completers,
evaluable subsets and per-arm counts are not the enrolled total, so they are scored
down or summed rather than taken at face value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ldn_watch.assess.text import BACKGROUND, CONCLUSIONS, Sentence

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
NUMBER_WORDS = rf"(?:{_WORD})(?:(?:[\s\-]+(?:and\s+)?)(?:{_WORD})\b)*"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{NUMBER_WORDS})"


def words_to_int(text: str) -> int | None:
    """ "Two-hundred and fifty-four" -> 254; digits pass through; None if not a number."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total = current = 0
    seen = False
    for w in re.split(r"[\s\-]+", t):
        if w == "and" or not w:
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_NOUNS = (
    r"patients?|participants?|subjects?|adults?|individuals?|women|woman|men|man|children|"
    r"child|adolescents?|youths?|outpatients?|inpatients?|volunteers?|persons?|people|"
    r"veterans?|cases|case reports|controls|females?|males?|users|respondents|residents|"
    r"alcoholics|smokers|mothers|students|nurses|physicians|twins|dyads|couples"
)
_STOP = (
    r"(?:of|in|for|with|to|at|on|per|from|or|than|by|were|was|who|had|the|a|an|mg|"
    r"years?|weeks?|days?|months?)"
)
_MOD = rf"(?:(?!{_STOP}\b)[A-Za-z][\w\-–']*,?\s+)"
_LEAD = r"(?<![\w\-–/.=±$])"
_NOT_PCT = r"(?!\s*(?:%|percent|per cent)|[\w\-–%]|\.\d)"
_COUNT = re.compile(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?P<mods>{_MOD}{{0,4}})(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
_N_EQ = re.compile(r"\b[nN]\s*=\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*%|\.\d)")
_IN_TOTAL = re.compile(rf"{_LEAD}(?P<num>{NUMBER})\s+(?:(?:{_NOUNS})\s+)?in total\b", re.IGNORECASE)
_SAMPLE = re.compile(rf"\bsample size of\s+(?P<num>{NUMBER}){_NOT_PCT}", re.IGNORECASE)

_ENROL = re.compile(
    r"\b(?:enrol+(?:ed|ment)?|randomi[sz]|randomly|included|recruited|participated|allocated|"
    r"assigned|were treated|were administered|received|identified|were studied|took part|"
    r"participants were|consisted|comprised|underwent|were given|was given|attended|will\b)",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:a total of|in total|total of|overall)\b", re.IGNORECASE)
_NEG_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:\w+\s+){0,2}?"
    r"(?:completed|withdr|dropped|discontinu|were lost|lost to|were excluded|excluded|"
    r"were analy[sz]ed|analy[sz]ed|remained|responded|relapsed|reported|experienced|died)",
    re.IGNORECASE,
)
_NEG_MODS = re.compile(
    r"\b(?:evaluable|completers?|remaining|additional|eligible|screened|analy[sz]able)\b",
    re.IGNORECASE,
)
_NEG_BEFORE = re.compile(
    rf"(?:\b{NUMBER}\s+of|\bamong|\bof the|\bof these|\bafter inclusion of|\bscreened)\s*$",
    re.IGNORECASE,
)
_PER_ARM = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:per|in each|each)\s+(?:study\s+)?(?:arm|group|cell|site|condition)"
    r"|^[^.;]{0,6}/cell",
    re.IGNORECASE,
)
_ALLOC_SUM = re.compile(
    rf"(?:whereas|while|and|,)\s+(?P<num>{NUMBER})\s+(?:\w+\s+){{0,2}}?(?:were\s+)?"
    r"(?:continued|allocated|assigned|randomi[sz]ed|received|remained on)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    """A candidate sample size and how much we believe it is the enrolled total."""

    value: int
    score: int
    sentence: Sentence
    span: str


def _score(s: Sentence, start: int, end: int, mods: str = "") -> int | None:
    """Plausibility of a count as the enrolled total; None rules it out."""
    text = s.text
    before, after = text[max(0, start - 30) : start], text[end : end + 60]
    if _NEG_BEFORE.search(before) or _NEG_AFTER.search(after) or _NEG_MODS.search(mods):
        return None
    if _PER_ARM.search(after):
        return None
    score = 1
    if _ENROL.search(text):
        score += 2
    if _TOTAL.search(text[max(0, start - 20) : end + 12]):
        score += 3
    if s.section == BACKGROUND:
        score -= 5
    elif s.section == CONCLUSIONS:
        score -= 2
    return score


def candidates(sentences: list[Sentence]) -> list[Count]:
    """Every plausible participant count in the abstract."""
    out: list[Count] = []
    for s in sentences:
        found: list[tuple[int, int, int, str]] = []  # value, start, end, noun
        for m in _COUNT.finditer(s.text):
            value = words_to_int(m.group("num"))
            score = _score(s, m.start(), m.end(), m.group("mods"))
            if value is None or score is None or value == 0:
                continue
            found.append((value, m.start(), m.end(), m.group("noun").lower()))
            out.append(Count(value, score, s, m.group(0)))
        for rx in (_IN_TOTAL, _SAMPLE):
            for m in rx.finditer(s.text):
                value = words_to_int(m.group("num"))
                if value and not _PER_ARM.search(s.text[m.end() : m.end() + 60]):
                    out.append(Count(value, 5 + (s.section != BACKGROUND) * 2, s, m.group(0)))
        arms = []
        for m in _N_EQ.finditer(s.text):
            value = int(m.group("num").replace(",", ""))
            score = _score(s, m.start(), m.end())
            if score is not None and value:
                arms.append(value)
                out.append(Count(value, score, s, m.group(0)))
        if len(arms) >= 2 and _ENROL.search(s.text):
            out.append(Count(sum(arms), 2 + (s.section != BACKGROUND), s, s.text))
        # "Ten women with fibromyalgia and ten healthy controls"
        people = [f for f in found if f[3] != "controls"]
        controls = [f for f in found if f[3] == "controls"]
        if people and controls and controls[0][1] > people[0][1]:
            out.append(Count(people[0][0] + controls[0][0], 4, s, s.text))
        # "42 participants were allocated to X, whereas 38 continued Y"
        if found:
            extra = [
                words_to_int(m.group("num"))
                for m in _ALLOC_SUM.finditer(s.text)
                if m.start() > found[0][2]
            ]
            extra_values = [e for e in extra if e]
            if extra_values and re.search(r"allocated|assigned|randomi[sz]", s.text, re.I):
                out.append(Count(found[0][0] + sum(extra_values), 4, s, s.text))
    return out


_CASE_AGE = re.compile(r"\b(?:a|an)\s+\d{1,3}[\s-]+year[\s-]+old\b", re.IGNORECASE)


def participants(sentences: list[Sentence], *, case_report: bool = False) -> Count | None:
    """The enrolled/randomised total (planned, for a protocol), or None if not stated."""
    found = [c for c in candidates(sentences) if c.score > 0]
    if found:
        best = max(c.score for c in found)
        top = [c for c in found if c.score == best]
        return max(top, key=lambda c: (c.value, -c.sentence.index))
    if case_report:
        for s in sentences:
            m = _CASE_AGE.search(s.text)
            if m:
                return Count(1, 1, s, m.group(0))
    return None
