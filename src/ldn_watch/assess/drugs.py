"""Antidepressants taken together with LDN, and their mechanism classes.

Three things make this harder than a name lookup. A comparator is not a co-treatment
("2 mg naltrexone or 10 mg amitriptyline", "the naltrexone and amitriptyline groups").
Background sentences describe other studies ("LDN has been studied only with
dopaminergic antidepressants"). And where the study characterises its regimens itself
("on dopaminergic antidepressant regimens (..., sertraline [>=150 mg/day])"), that
characterisation wins over the classes of the individual drugs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ldn_watch.assess import mentions
from ldn_watch.assess.lexicon import Lexicon, Mention
from ldn_watch.assess.text import BACKGROUND, CONCLUSIONS, Sentence

_PRIOR_WORK = re.compile(
    r"\b(?:has been|have been|previous\w*|prior (?:studies|trials)|"
    r"no (?:\w+ ){0,2}(?:study|studies|trials?) (?:has|have)|to date|only \w+ studied)\b",
    re.I,
)
_ALLOC = re.compile(
    r"\b(?:randomi[sz]\w*|randomly assigned|allocated|assigned|crossed over)\b", re.I
)
_ARMS_START = re.compile(r"\bto\s+(?:receive\s+)?(?:either\s+)?", re.I)
_ALTERNATIVE = re.compile(r"^[^.;]*?\b(?:or|versus|vs\.?)\b[^.;]*$", re.I)
_TOGETHER = re.compile(
    r"\b(?:plus|with|added to|add-on to|in addition to|together with|combined with|combination|"
    r"augment\w*|adjunct\w*|and)\b",
    re.I,
)
_COMPARE_BEFORE = re.compile(
    r"\b(?:versus|vs\.?|compared (?:with|to)|relative to|than|instead of|rather than)\s+"
    r"(?:\S+\s+){0,2}$",
    re.I,
)
_GROUP_AFTER = re.compile(r"^(?:[\s\-]*treated)?\s+(?:groups?|arms?|condition)\b", re.I)
_STOPPED_BEFORE = re.compile(
    r"\b(?:discontinu\w*|taper\w*|switch\w* from|wash[\s\-]?out|withdrawn from|free of|without|"
    r"stopp\w*|off)\s+(?:\S+\s+){0,3}$",
    re.I,
)
_FREE_AFTER = re.compile(r"^[\s\-]*(?:free|naive|naïve)\b", re.I)
# a combination the text rules out: "LDN was not co-prescribed with SSRIs", "never
# combined with an MAOI"
_NOT_WITH_BEFORE = re.compile(
    r"\b(?:not|never|no longer|nor)\s+(?:\w+\s+){0,3}?(?:co[\s\-]?prescribed|co[\s\-]?administered|"
    r"combined|given|used|taken|prescribed|administered|allowed|permitted|started)\s+"
    r"(?:together\s+|concurrently\s+|concomitantly\s+|in combination\s+)?"
    r"(?:with|alongside)\s+(?:\S+\s+){0,3}$",
    re.I,
)
# an exclusion criterion: "patients receiving SSRIs or SNRIs were excluded", "excluded if
# they took an MAOI", "exclusion criteria included current tricyclic use". The words
# between drug and verb must not start another clause ("on sertraline received LDN,
# and those with psychosis were excluded" excludes the psychosis, not the sertraline).
_EXCLUDED_AFTER = re.compile(
    r"^(?:(?!,\s*(?:and|but|while|whereas)\b|\b(?:received|receiving|took|taking|had|who|whom|"
    r"which|while|whereas)\b)[^.;]){0,60}?\b(?:were|was|are|is|be|being|been)\s+(?:(?!not\b)\w+\s+)?"
    r"(?:excluded|ineligible|not (?:eligible|allowed|permitted|included)|prohibited|disallowed|"
    r"an? exclusion criterion)\b",
    re.I,
)
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:exclusion criteri\w*|excluded if|exclud(?:ed|ing) (?:patients|participants|those|"
    r"people|anyone|individuals|adults)|(?:ineligible|not eligible) if|contraindicat\w*|"
    r"(?:not|never) (?:allowed|permitted))\b[^.;]{0,60}$",
    re.I,
)


# a treatment the patient failed: "had not responded to sertraline, escitalopram and
# bupropion", "failed fluoxetine", "refractory to paroxetine". In an augmentation trial
# that is often the drug still taken ("who had not responded to fluoxetine received
# naltrexone ... while their SSRI dose was held constant"), so a failed drug is dropped
# only when the abstract names, elsewhere, a drug actually being taken. "Inadequate" or
# "partial" response describes the current drug and is not a failure cue. The words in
# between must not start the current regimen ("... and was taking venlafaxine").
_FAILED_BEFORE = re.compile(
    r"(?:\b(?:(?:had|has|have)\s+)?(?:not|never)\s+responded\b|\bdid not respond\b|\bfailed\b|"
    r"\bfailures?\s+(?:of|on|with|to respond to)\b|\bnon-?response to\b|\bunresponsive to\b|"
    r"\brefractory to\b)"
    r"(?:(?!\b(?:and|but|while|whereas)\s+(?:was|were|is|are|remained|continued|currently)\b|"
    r"\b(?:taking|receiving|continu\w*|remained|currently|now|presentation)\b)[^.;]){0,90}$",
    re.I,
)


@dataclass
class Concomitant:
    drugs: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    evidence: str | None = None


def _usable(s: Sentence) -> bool:
    return s.section != BACKGROUND and not _PRIOR_WORK.search(s.text)


# a characterisation counts where the study describes what its patients took; the
# conclusion's "patients already receiving serotonergic and dopaminergic antidepressants"
# generalises, and an unstructured abstract's hedged last sentences do the same
_HEDGED = re.compile(r"\b(?:may|might|could|should|warrant\w*|needed|future|suggest\w*)\b", re.I)


@lru_cache(maxsize=8)
def _class_phrase(classes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "(pro-)dopaminergic antidepressant regimens", "serotonergic and/or noradrenergic agents"."""
    adj = rf"(?:pro[\s\-]?)?(?:{'|'.join(re.escape(c) for c in classes)})"
    phrase = re.compile(
        rf"\b{adj}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and/or|and|or|/)\s*{adj})*\s+"
        r"(?:antidepressant\s+)?"
        r"(?:regimens?|agents?|antidepressants?|medications?|drugs?|treatments?|therap(?:y|ies))\b",
        re.I,
    )
    word = re.compile(rf"\b({'|'.join(re.escape(c) for c in classes)})\b", re.I)
    return phrase, word


def _characterised(sentences: list[Sentence], lexicon: Lexicon) -> tuple[list[str], list[Sentence]]:
    """Classes the study itself gives its regimens: "on dopaminergic antidepressant regimens".

    Only where the study describes its own patients (methods, results, objective, or an
    unstructured abstract's unhedged sentences), never its conclusion.
    """
    phrase, word = _class_phrase(lexicon.classes)
    classes: list[str] = []
    where: list[Sentence] = []
    for s in sentences:
        if not _usable(s) or s.section == CONCLUSIONS:
            continue
        if s.section is None and _HEDGED.search(s.text):
            continue
        hits = [
            w.lower()
            for m in phrase.finditer(s.text)
            if not _ruled_out(s.text, m.start(), m.end())
            for w in word.findall(m.group(0))
        ]
        if hits:
            where.append(s)
            classes += [h for h in hits if h not in classes]
    return classes, where


def _is_comparator(s: Sentence, m: Mention, aliases: mentions.Aliases) -> bool:
    """The drug is an alternative arm to naltrexone rather than taken with it."""
    text = s.text
    if _COMPARE_BEFORE.search(text[: m.start]) or _GROUP_AFTER.match(text[m.end :]):
        return True
    alloc = _ALLOC.search(text)
    if not alloc:
        return False
    arms = _ARMS_START.search(text, alloc.end())
    if not arms or m.start < arms.end():
        return False
    ntx = [x for x in mentions.find(text, aliases) if x.start >= arms.start()]
    for x in ntx:
        between = text[x.end : m.start] if x.end <= m.start else text[m.end : x.start]
        if _ALTERNATIVE.match(between) and not _TOGETHER.search(between):
            return True
    return False


def _ruled_out(text: str, start: int, end: int) -> bool:
    """The text says the drug was not taken with LDN: ruled out, or an exclusion criterion."""
    before, after = text[:start], text[end:]
    return bool(
        _NOT_WITH_BEFORE.search(before)
        or _EXCLUDED_AFTER.match(after)
        or _EXCLUDED_BEFORE.search(before)
    )


def _stopped(s: Sentence, m: Mention) -> bool:
    """Stopped before LDN, free of it, or ruled out of the combination."""
    return bool(
        _STOPPED_BEFORE.search(s.text[: m.start])
        or _FREE_AFTER.match(s.text[m.end :])
        or _ruled_out(s.text, m.start, m.end)
    )


def _failed(s: Sentence, m: Mention) -> bool:
    """The mention names a treatment the patient had failed, not one being taken."""
    return _FAILED_BEFORE.search(s.text[: m.start]) is not None


def find(sentences: list[Sentence], lexicon: Lexicon, aliases: mentions.Aliases) -> Concomitant:
    """Antidepressants taken with LDN; call only for articles that are about LDN."""
    classes, where = _characterised(sentences, lexicon)
    if classes:
        names: list[str] = []
        for s in where:
            for m in lexicon.find(s.text):
                if m.entry.name not in names:
                    names.append(m.entry.name)
        order = [c for c in lexicon.classes if c in classes]
        return Concomitant(names, order, where[0].text)

    comparators: set[str] = set()
    found: list[tuple[Mention, Sentence]] = []
    for s in sentences:
        for m in lexicon.find(s.text):
            if _is_comparator(s, m, aliases):
                comparators.add(m.entry.name)
            elif _usable(s) and not _stopped(s, m):
                found.append((m, s))
    # drugs named only as failed treatments, dropped when a drug is named as being taken
    taken = {m.entry.name: m.entry.kind for m, s in found if not _failed(s, m)}
    failed = {m.entry.name for m, s in found if m.entry.name not in taken}
    if "drug" not in taken.values():
        failed = set()
    drugs: list[str] = []
    cls: set[str] = set()
    evidence: str | None = None
    for m, s in found:
        if m.entry.name in comparators or m.entry.name in failed:
            continue
        if m.entry.name not in drugs:
            drugs.append(m.entry.name)
        cls.update(m.entry.classes)
        evidence = evidence or s.text
    return Concomitant(drugs, [c for c in lexicon.classes if c in cls], evidence)
