"""Naltrexone doses in an abstract, as total daily milligrams.

"1 mg b.i.d." is 2 mg/day; "500 µg" is 0.5 mg; "0.5, 1.5 or 4.5 mg" is three arms;
"in the range 0.75-6 mg ... dosing interval was 0.75 mg" is a grid. A dose belongs
to the drug written next to it, so "bupropion [≥300mg/day]" or "10 mg amitriptyline"
never become naltrexone doses. Bounds ("<5.0 mg/day", "doses <10 mg", "5 mg or less")
and weight-based doses ("0.1 mg/kg") are not doses a patient took.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ldn_watch.assess import mentions
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.assess.text import BACKGROUND, Sentence

_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"
_UNIT = r"(?:mg|milligrams?|µg|μg|mcg|ug|micrograms?)"
_SEP = r"(?:\s*(?:,\s*(?:or|and)?|or|and|to|--|-|–|—|versus|vs\.?|/)\s*)"
_DOSE = re.compile(
    rf"(?P<pre>(?:[≥≤<>]=?|\bup to|\bless than|\bbelow|\bunder|\bmore than|\babove|\bexceeding|"
    rf"\bnot exceeding|\bno more than|\bnot more than|\bat most|\bat least|"
    rf"\bmaximum(?: of)?)\s*)?"
    rf"(?<![\w.])(?P<nums>{_NUM}(?:[\s\-]*{_UNIT})?(?:{_SEP}{_NUM}(?:[\s\-]*{_UNIT})?)*)"
    rf"[\s\-]*(?P<unit>{_UNIT})\b(?P<perkg>\s*(?:/|per)\s*(?:kg|m2|m²))?"
    # a bound written after the number: "a strength of 5 mg or less", "4.5 mg and below"
    rf"(?P<post>(?:\s*/\s*(?:day|d)\b)?\s*(?:or|and)\s+(?:less|lower|below|under|fewer|"
    rf"more|higher|above|greater|over)\b)?",
    re.IGNORECASE,
)
# a cheap literal test that a sentence can hold a dose at all (most cannot)
_UNIT_HINT = re.compile(r"mg|µg|μg|mcg|ug|microgram|milligram", re.IGNORECASE)
_PER_DAY = r"(?:a\s+day|daily|per\s+day|a\s+night)"
# words that may stand between a dose and its frequency: "1 mg was administered twice
# daily", "1 mg, given orally, twice a day", "1 mg naltrexone b.i.d.". A number, another
# frequency or a conjunction ends the dose's phrase ("2 mg q.d. or 2 mg twice a day",
# "4.5 mg daily and sertraline twice daily"), so the frequency is then not this dose's.
_FREQ_GAP = (
    r"^(?:\s*[),]|\s+(?!(?:and|or|versus|vs|then|plus|with|daily|nightly|once|per|a|for|"
    r"than|to|q|qd|qhs)\b)[A-Za-z]+){0,5}?\s*,?\s*"
)
_FREQ = [
    (re.compile(rf"{_FREQ_GAP}(?:b\.?i\.?d\b\.?|twice\s+{_PER_DAY})", re.I), 2),
    (re.compile(rf"{_FREQ_GAP}(?:t\.?i\.?d\b\.?|three\s+times\s+{_PER_DAY})", re.I), 3),
]
_RANGE_SEP = re.compile(r"^\s*(?:to|--|-|–|—)\s*$", re.I)
_GRID = re.compile(
    rf"(?:interval|increments?|steps?)\s+(?:of|was|were|=)?\s*(?:\w+\s+)?(?P<step>{_NUM})\s*{_UNIT}",
    re.I,
)
_NOT_STUDIED = re.compile(
    r"\b(?:mean|median|average|estimat\w*|calculated|ED\d\d|considered|defined|typically|"
    r"usually|generally|traditionally|commonly used|standard)\b",
    re.I,
)
# a mode is a statistic like the mean: "the most commonly reported doses were 3 mg (29%)
# and 4.5 mg (54%)" describes what people happened to take, for the whole clause
_MODE = re.compile(
    r"\bmost (?:commonly |frequently |often )?(?:reported|used|taken|prescribed)\b|\bmost common\b",
    re.I,
)
# a schedule of steps, not alternatives: "titrated from 1 mg to a maximum of 4.5 mg",
# "1.5 mg nightly for 1 week, then 3 mg for 1 week, then 4.5 mg"
# "start at 1.5 mg/day for 7 days and increase to 4.5 mg/day" is a schedule too.
_TITRATION_BEFORE = re.compile(
    r"titrat|increas|escalat|\b(?:start|begin|initiat)\w*\s+(?:\w+\s+){0,2}?at\s*$"
    r"|\bthen\s+(?:\w+\s+){0,2}$",
    re.I,
)
_TITRATION_AFTER = re.compile(
    rf"^[^.;()]{{0,40}}?,?\s*(?:and\s+)?(?:then\s+|(?:then\s+)?(?:increas|titrat|escalat|rais)\w*\s+"
    rf"(?:\w+\s+){{0,2}}?to\s+)(?:[\w\-]+\s+){{0,3}}?{_NUM}\s*{_UNIT}\b",
    re.I,
)
_DOSE_WORD = re.compile(r"\bdos(?:e|es|ing|age|ages)\b", re.I)
_AFTER_OWNER = re.compile(
    r"^[\s)\]]*(?:(?:/\s*day|/d|per day|daily|a day|once daily|nightly)[\s)\]]*)?"
    r"(?:(?:dose|doses)\s+)?(?:of\s+)?(?:(?:the|oral|sublingual|intravenous|intramuscular|"
    r"compounded|liquid|opioid|opiate|antagonist|receptor|low[\s\-]dose)\s+){0,3}$",
    re.I,
)
_NOT_A_DRUG = {"placebo"}


@dataclass(frozen=True)
class Dose:
    """One daily dose of one drug, with the sentence it came from."""

    mg_per_day: float
    owner: str  # "naltrexone" or the other drug's name
    kind: str  # "single" | "list" | "range" | "grid"
    sentence: Sentence
    span: str
    per_kg: bool = False
    bound: bool = False
    titration: bool = False
    start: int = -1  # where the dose text starts in its sentence


def _values(nums: str, unit: str) -> tuple[list[float], str]:
    parts = re.findall(_NUM, nums)
    seps = re.split(rf"{_NUM}(?:[\s\-]*{_UNIT})?", nums, flags=re.I)[1:-1]
    kind = "single"
    if len(parts) > 1:
        kind = "range" if seps and all(_RANGE_SEP.match(x) for x in seps) else "list"
    scale = 0.001 if unit.lower() in ("µg", "μg", "mcg", "ug", "microgram", "micrograms") else 1.0
    return [float(p) * scale for p in parts], kind


def _owner(
    text: str, start: int, end: int, ntx: list[mentions.NtxMention], lexicon: Lexicon
) -> str | None:
    """The drug a dose at [start, end) belongs to: named right after it, else nearest before."""
    drugs: list[tuple[int, int, str]] = [(m.start, m.end, "naltrexone") for m in ntx]
    drugs += [(m.start, m.end, m.entry.name) for m in lexicon.find(text)]
    drugs += [(m.start(), m.end(), m.group(0).lower()) for m in mentions.OTHER_DRUGS.finditer(text)]
    after = [d for d in drugs if d[0] >= end and _AFTER_OWNER.match(text[end : d[0]])]
    if after:
        return min(after)[2]
    before = [d for d in drugs if d[1] <= start]
    if before:
        return max(before, key=lambda d: d[1])[2]
    return None


def _names_other_drug(text: str, lexicon: Lexicon) -> bool:
    return bool(lexicon.find(text)) or any(
        m.group(0).lower() not in _NOT_A_DRUG for m in mentions.OTHER_DRUGS.finditer(text)
    )


def _follows_naltrexone(
    sentences: list[Sentence], s: Sentence, aliases: mentions.Aliases, lexicon: Lexicon
) -> bool:
    """A dose sentence naming no drug ("The modal dose was 4.5 mg/d (range, 1.5-4.5 mg/d)")
    speaks of the drug the text last made its subject: the nearest earlier sentence that
    names a drug must name naltrexone first, before any other drug ("LDN was added to an
    SSRI in 38 ..."), so "patients took sertraline. The mean dose was 100 mg" stays
    sertraline's."""
    if _names_other_drug(s.text, lexicon):
        return False
    for prev in reversed([x for x in sentences if x.index < s.index and x.section != BACKGROUND]):
        ntx = mentions.find(prev.text, aliases)
        others = [m.start for m in lexicon.find(prev.text)]
        others += [
            m.start()
            for m in mentions.OTHER_DRUGS.finditer(prev.text)
            if m.group(0).lower() not in _NOT_A_DRUG
        ]
        if ntx or others:
            return bool(ntx) and (not others or min(x.start for x in ntx) < min(others))
    return False


def find(sentences: list[Sentence], aliases: mentions.Aliases, lexicon: Lexicon) -> list[Dose]:
    """Every dose in the abstract (background sentences excluded), with its owner."""
    all_text = " ".join(s.text for s in sentences)
    only_ntx = not lexicon.find(all_text) and not any(
        m.group(0).lower() not in _NOT_A_DRUG for m in mentions.OTHER_DRUGS.finditer(all_text)
    )
    out: list[Dose] = []
    for s in sentences:
        if s.section == BACKGROUND or not _UNIT_HINT.search(s.text):
            continue
        ntx = mentions.find(s.text, aliases)
        grid = _GRID.search(s.text)
        for m in _DOSE.finditer(s.text):
            if grid and m.start() >= grid.start() and m.end() <= grid.end():
                continue  # the step size itself
            values, kind = _values(m.group("nums"), m.group("unit"))
            owner = _owner(s.text, m.start("nums"), m.end(), ntx, lexicon)
            if (
                owner is None
                and ntx == []
                and _DOSE_WORD.search(s.text)
                and (only_ntx or _follows_naltrexone(sentences, s, aliases, lexicon))
            ):
                owner = "naltrexone"
            if owner is None:
                continue
            head = s.text[max(0, m.start() - 40) : m.start()]
            if _NOT_STUDIED.search(head) or re.match(r"^\s*for\s+ED\d\d", s.text[m.end() :]):
                continue
            if _MODE.search(re.split(r"[;:]", s.text[: m.start()])[-1]):
                continue
            pre = (m.group("pre") or "").strip().lower()
            titration = (
                pre == "up to"
                or _TITRATION_BEFORE.search(s.text[max(0, m.start() - 60) : m.start()]) is not None
                or _TITRATION_AFTER.match(s.text[m.end() :]) is not None
            )
            # "a maximum of 4.5 mg" in a titration is the last step taken, not a bound
            step = titration and pre.startswith("maximum")
            bound = (bool(pre) and pre != "up to" and not step) or bool(m.group("post"))
            factor = 1
            for rx, f in _FREQ:
                if rx.match(s.text[m.end() :]):
                    factor = f
            if grid and kind == "range" and len(values) == 2:
                step = float(grid.group("step"))
                lo, hi = values
                if step > 0 and (hi - lo) / step <= 40:
                    values = [round(lo + i * step, 4) for i in range(round((hi - lo) / step) + 1)]
                    kind = "grid"
            for v in values:
                out.append(
                    Dose(
                        mg_per_day=round(v * factor, 4),
                        owner=owner,
                        kind=kind,
                        sentence=s,
                        span=m.group(0),
                        per_kg=bool(m.group("perkg")),
                        bound=bound,
                        titration=titration,
                        start=m.start(),
                    )
                )
    return out
