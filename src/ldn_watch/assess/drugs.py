"""Co-medications taken together with the watched drug, and their mechanism classes.

Four things make this harder than a name lookup. A comparator is not a co-treatment
("2 mg X or 10 mg amitriptyline", "the amitriptyline group"): the arms model decides.
Sentences about other studies never count (the roles decide). A drug taken for another
purpose ("trazodone 50 mg at bedtime for insomnia") is not taken for the condition, and
agents the spec puts in no class (psychedelics, ketamine, antipsychotic augmentation)
give none. And where the study characterises its regimens itself ("on dopaminergic
antidepressant regimens (..., sertraline [>=150 mg/day])"), that characterisation wins
over the classes of the individual drugs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ldn_watch.assess import arms, counts
from ldn_watch.assess.doses import Dose
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.lexicon import Lexicon, Mention
from ldn_watch.assess.roles import (
    Doc,
    Sentence,
    claimed_of,
    drug_names,
    none_took_it,
    others_at,
    own_at,
    ruled_out,
    taken_by_others,
    watched_names,
)
from ldn_watch.assess.spec import WatchSpec

# the clause between a criterion of taking none and its washout brackets, one that keeps
# nothing taken ("other than", "except", "continuing" name what stays)
_KEPT_FREE = (
    r"(?:(?!\b(?:other\s+than|except\w*|besides|apart\s+from|but|unless|continu\w*|"
    r"maintain\w*|remain\w*|stable|chang\w*|adjust\w*)\b)[^.;()]){0,100}"
)
_STOPPED_BEFORE = re.compile(
    # ("with or without SSRIs": some take them, so they are taken)
    # ("Replacing an SSRI with X", "X substituted for venlafaxine", "in place of their
    # SNRI": what the drug takes the place of is stopped)
    r"\b(?:discontinu\w*|taper\w*|switch\w* from|wash[\s\-]?out|withdrawn from|free of|"
    r"replac(?:e|es|ed|ing|ement\s+of)|substitut\w*\s+for|in\s+place\s+of|"
    r"(?<!with or )(?<!with and )without|"
    # (or listed in the brackets after what was stopped: "tapered off their
    # antidepressants (SSRIs, SNRIs)")
    # (or the drug's last dose set before the watched one: "six weeks after her last dose
    # of paroxetine, she began X")
    r"stopp\w*|off|(?:after|since)\s+(?:the|her|his|their)\s+(?:last|final)\s+doses?\s+of)\s+"
    r"(?:(?:\S+\s+){0,3}(?:\([^()]{0,40})?|"
    # ... or in the brackets giving one drug its own washout: "a washout of at least two
    # weeks (four for fluoxetine)", "not taking any antidepressant for a month (paroxetine:
    # six weeks)", "free of antidepressant medication for at least 4 weeks before the first
    # dose (5 weeks for fluoxetine)" (the washout's length and its reference point may take
    # a long clause; not one that keeps something: "free of psychotropics other than ...")
    + _KEPT_FREE
    + r"\([^()]{0,40})$|\bnot\s+(?:taking|using|receiving|on)\s+any\b"
    + _KEPT_FREE
    + r"\([^()]{0,40}$|"
    # ... or a protocol's criterion of not taking the drug named right after: "women who
    # are not taking an SSRI or hormonal contraception will receive ...", "adults that are
    # not currently on an SNRI" (the present of an eligibility criterion; a past "who were
    # not taking" may cut out a part of a sample that others take it in)
    r"\b(?:who|that)\s+(?:are|is)\s+not\s+(?:currently\s+|presently\s+)?(?:taking|using|"
    r"receiving|on)\s+(?:an?\s+)?$|"
    # ... or in the list a criterion of taking none opens: "not currently taking any
    # antidepressant medication, including SSRIs or SNRIs", "willing to refrain from
    # serotonergic antidepressants such as fluoxetine during the trial", "must abstain from
    # all antidepressants (e.g. ...)"; not a list of what is left ("any antidepressant other
    # than an SSRI such as sertraline") nor a change held back ("refrain from changing their
    # SSRI dose": the SSRI is taken)
    r"(?:\bnot\s+(?:be\s+)?(?:currently\s+|presently\s+)?(?:taking|using|receiving|on|"
    r"treated\s+with)\s+any\b|\b(?:refrain\w*|abstain\w*)\s+from\b)"
    r"(?:(?!\b(?:other\s+than|except\w*|besides|apart\s+from|but|unless|while|whereas|"
    r"continu\w*|maintain\w*|remain\w*|keep\w*|kept|stable|plus|added|adjunct\w*|augment\w*|"
    r"taking|receiving|given|start\w*|chang\w*|adjust\w*|alter\w*|modif\w*|increas\w*|"
    r"decreas\w*|rais\w*|lower\w*|dos(?:e|es|ing|age))\b)(?:e\.g\.|i\.e\.|[^.;()])){0,80}"
    r"(?:(?:\b(?:including|such\s+as|e\.g\.|for\s+example|in\s+particular|like)|\()"
    r"(?:(?!\b(?:other\s+than|except\w*|besides|apart\s+from|but|unless)\b)"
    r"(?:e\.g\.|i\.e\.|[^.;()])){0,50})?$|"
    # ... or the stop's verb left out of a next clause that counts other people: "Nine
    # previously stopped an SSRI and four an SNRI" (the SNRI was stopped too)
    r"\b(?:stopp\w*|discontinu\w*)\s+(?:\S+\s+){1,3}?(?:and|,)\s+"
    rf"(?:\d+|{counts.NUMBER_WORDS})\s+(?:an?|the|their|his|her)\s+$",
    re.I,
)
# how far before a drug its cues are looked for (the longest cue spans ~140 characters)
_WINDOW = 160
_FREE_AFTER = re.compile(r"^[\s\-]*(?:free|naive|naïve)\b", re.I)
# stopped, said after the drug (and the drugs listed with it): "SSRIs were discontinued
# two weeks before randomisation", "sertraline and escitalopram had been stopped"
_STOPPED_AFTER = Folded(
    # ... or from inside the brackets of what was stopped: "previous antidepressants
    # (sertraline in most) were washed out"
    r"^(?:[^().;]{0,40}\)|(?:\s*(?:\([^()]*\))?\s*(?:,|and|or|and/or)\s+[\w\-]+)*\s*"
    r"(?:\([^()]*\)\s*)?)\s*,?\s*"
    # (its dose in between: "venlafaxine 75 mg daily was discontinued")
    # (or its dose, then a comma: "escitalopram 10 mg, which had been stopped")
    r"(?:\d[\d.,]*\s*(?:mg|µg|μg|mcg)(?:\s*/\s*d(?:ay)?)?(?:\s+(?:daily|a\s+day|per\s+day))?"
    r"(?:\s+|\s*,\s*(?=(?:which|that)\s)))?"
    # (a relative clause in between: "venlafaxine, which had failed in all, was stopped")
    r"(?:(?:which|that|whose)\b[^,.;()]{0,60},\s*)?"
    # (... or the relative clause is the stop: "sertraline 100 mg, which was stopped")
    r"(?:(?:which|that)\s+(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s))?"
    # (when it was taken between: "Participants taking an SSRI or SNRI at screening were
    # cross-tapered to bupropion XL")
    r"(?:(?:at|on|before)\s+(?:screening|baseline|entry|study\s+entry|enrol+ment)\s+)?"
    # (a protocol's future too: "the SSRI will be tapered and discontinued")
    r"(?:(?:was|were|had\s+been|have\s+been|has\s+been|had\s+to\s+be|must\s+be|are|is|"
    r"will\s+be|would\s+be)\s+"
    # (or switched off by a cross-taper: "the SSRI or SNRI was cross-tapered to bupropion")
    r"(?:\w+\s+)?(?:discontinued|stopped|tapered(?:\s+off)?|withdrawn|washed\s+out|ceased|"
    r"suspended|replaced|cross[\s\-]?tapered|"
    # (or cut down step by step to nothing: "was reduced by 5 mg every week, reaching zero
    # by week 3", "reduced by 30 mg every 2 weeks until stopped")
    r"reduced(?=(?:[^.;]|\.\d){0,60}?\b(?:reaching\s+zero|to\s+zero|until\s+(?:it\s+was\s+)?"
    r"stopped|and\s+(?:then\s+)?stopped)))\b|"
    # ... or the participle alone, after what had it done ("had their escitalopram tapered
    # and discontinued", "with paroxetine stopped at baseline"); not a stop of something
    # else the people made ("those on sertraline discontinued the study")
    r"(?:tapered(?:\s+off)?|discontinued|stopped|withdrawn|washed\s+out|ceased)"
    r"(?:\s+(?:and|then)\s+(?:discontinued|stopped|withdrawn|ceased))?\b"
    r"(?!\s+(?:the|their|his|her|its|a|an|study|treatment|trial|taking|participation|early)\b)|"
    # "fluoxetine required a 5-week washout", "those on paroxetine switched to X alone"
    # ("... who had been taking sertraline completed a four-week washout before entry")
    # (or a taper: "venlafaxine or duloxetine completed a 3-week taper")
    r"(?:required|needed|underwent|had|completed|went\s+through|undertook|observed)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:wash[\s\-]?out|taper)\b|"
    r"(?:were\s+|was\s+)?switched\s+(?:over\s+)?to\b|"
    # ... or stopped by the people who took it, the drug named again as "it": "patients who
    # had not responded to an SSRI stopped it and were randomised"
    # ("... whose escitalopram had failed discontinued it": two words of its own clause between)
    r"(?:(?!(?:who|whom|which|and|but|while|whereas)\b)[\w\-]+\s+){0,2}?"
    # (or set against what it did: "had responded to sertraline but stopped it")
    r"(?:and\s+|but\s+|then\s+|subsequently\s+)?(?:stopped|discontinued|ceased|quit|tapered\s+off|"
    r"came\s+off|withdrew\s+from)\s+(?:it|them|this|that|these|those)\b|"
    # ... or by people who took it and wished to stop (a study of what follows stopping:
    # "adults who had been taking an SNRI (duloxetine or venlafaxine) and wished to stop",
    # "patients on an SSRI who wanted to discontinue it"); not the wish to stop something
    # else ("... and wished to stop smoking")
    r"(?:and\s+|who\s+|but\s+)?(?:wished|wish|wanted|want|planned|chose|decided|intended|sought|"
    r"asked|opted|elected|were\s+willing|agreed)\s+to\s+(?:stop|discontinue|taper(?:\s+off)?|"
    r"come\s+off|quit|withdraw(?:\s+from)?)(?:\s+(?:it|them|this|these|their\s+"
    r"(?:antidepressants?|medications?|medicines?|treatment|drugs?)))?(?=\s*[.;,)]|\s+(?:and|before|"
    r"prior|under|with|over|were|was|then|entered|received)\b))",
    re.I,
)
# a drug named as what a study will record, not as what anyone takes: "Concomitant
# antidepressants (e.g. SSRIs, SNRIs, bupropion) are recorded as they occur", "SSRI use
# will be documented at each visit" (in the present or future, as a plan; "were recorded
# in 40%" reports people taking them), a short aside maybe between ("Concomitant
# antidepressants, most commonly SSRIs and SNRIs in pilot data, will be recorded")
_RECORDED_AFTER = Folded(
    r"^(?:[^().;]{0,40}\)|[^().;,]{1,30},|(?:\s*(?:\([^()]*\))?\s*(?:,|and|or|and/or)\s+[\w\-]+)*\s*"
    r"(?:\([^()]*\)\s*)?)\s*,?\s*(?:(?:use|intake|treatment|prescriptions?|changes?)\s+)?"
    # (left to care first: "... are at the clinician's discretion and will be recorded")
    r"(?:(?:are|is|will\s+be)\s+(?:left\s+)?(?:at|to)\s+(?:the\s+)?(?:[\w\-]+(?:['’]s?)?\s+){1,2}?"
    r"discretion\s*,?\s+and\s+)?"
    r"(?:are|is|will\s+be|shall\s+be|to\s+be)\s+(?:\w+\s+)?(?:recorded|documented|collected|"
    r"captured|logged|tracked|registered|noted)\b(?![^.;]{0,30}\b(?:in|for|by)\s+\d)"
    # (not what is recorded and also kept on: "... will be recorded and continued as usual")
    r"(?!\s*,?\s*(?:and|but)\s+(?:\w+\s+)?(?:continu|maintain|kept|keep|remain|unchang)\w*)",
    re.I,
)
# ... or named as an instance of what people will report, the data a registry collects:
# "participants will ... report their dose and all concurrent medicines, including SSRIs and
# SNRIs" (the verb's plain form, a plan; "reported taking SSRIs" tells what they took)
# (or the registry's present: "records the prescribed dose, reason for use, concomitant
# medications (including antidepressants such as SSRIs) and outcomes")
_TO_REPORT_BEFORE = re.compile(
    r"\b(?:report|record|document|log|list|enter|collect|capture)s?\s+(?:[\w\-]+,?\s+){0,8}?"
    r"(?:concurrent|concomitant|other|current)\s+(?:medicines|medications|drugs|treatments)\s*,?"
    r"\s*\(?\s*(?:including|such\s+as|e\.g\.,?|for\s+(?:example|instance),?)\s+"
    # (the kind named first: "including antidepressants such as SSRIs")
    r"(?:(?:antidepressants|medicines|medications|drugs)\s+(?:such\s+as|like|including)\s+)?"
    r"(?:[\w\-]+\s*,\s*|[\w\-]+\s+(?:and|or)\s+){0,4}$",
    re.I,
)
# ... or as what people left the study to take: "Five participants left to restart an
# SSRI", "two withdrew in order to start sertraline" (they took it after leaving, not with
# the watched drug)
_LEFT_TO_START_BEFORE = re.compile(
    r"\b(?:left|withdrew|dropped\s+out|discontinued)\s+(?:the\s+(?:study|trial|extension)\s+)?"
    r"(?:in\s+order\s+)?to\s+(?:re-?start|start|resume|begin|take)\s+(?:an?\s+|their\s+|the\s+)?$|"
    # ... or sent elsewhere for it: "one was referred for SSRI treatment"
    r"\breferred\s+(?:on\s+|back\s+)?(?:for|to)\s+(?:an?\s+|treatment\s+with\s+(?:an?\s+)?)?$",
    re.I,
)
# what nobody took more than one of is a count, not an absence: "no participant took more
# than one antidepressant", "none received two SSRIs" (each took one)
_NOT_A_COUNT = r"(?!(?:more|fewer|less)\s+than\b|(?:two|both|several|multiple|combined)\s)"
# a drug nobody took: "No participant received an SSRI or SNRI", "none of the patients
# took fluoxetine", "did not receive any antidepressant"
_NOBODY_BEFORE = re.compile(
    r"(?:\b(?:no|none\s+of\s+the|neither)\s+(?:[\w\-]+\s+){0,2}?(?:participants?|patients?|"
    r"subjects?|one|women|men|adults|children|adolescents|individuals|people|mothers)\s+"
    # (or a plan's: "Participants allocated to X will not receive escitalopram")
    r"(?:\w+\s+)?|\b(?:did|does|do|were|was|will|shall|would|must|may)\s+not\s+)"
    r"(?:receive[sd]?|receiving|t[oa]ke?n?|took|taking|use[sd]?|using|start(?:ed)?|"
    r"(?:was|were)\s+(?:given|taking|receiving|on|prescribed|treated\s+with))\s+"
    + _NOT_A_COUNT
    + r"(?:an?\s+|any\s+)?(?:(?:other|concomitant|additional|current)\s+)?(?:\S+\s+){0,3}?$|"
    # ... or what people took said to be none of it: "patients randomized to LDN received
    # no escitalopram", "the LDN group took no SSRI"
    r"\b(?:received|took|were\s+given|was\s+given|were\s+prescribed|used)\s+no\s+"
    r"(?:(?:other|concomitant|additional|open[\s\-]label)\s+)?$",
    re.I,
)
# a treatment the patient failed: "had not responded to sertraline, escitalopram and
# bupropion", "failed fluoxetine", "refractory to paroxetine". In an augmentation trial
# that is often the drug still taken ("who had not responded to fluoxetine received
# X ... while their SSRI dose was held constant"), so a failed drug is dropped
# only when the abstract names, elsewhere, a drug actually being taken. "Inadequate" or
# "partial" response describes the current drug and is not a failure cue. The words in
# between must not start the current regimen ("... and was taking venlafaxine").
# the drug the people are kept on, said after their history: "maintained on", "stable on",
# "kept on", "stayed on" (ends a failure's reach: what follows is taken now)
_KEPT_ON = r"\b(?:maintained|stable|stabili[sz]ed|kept|stay(?:s|ed|ing)?)\s+on\b"
_FAILED_BEFORE = re.compile(
    r"(?:\b(?:(?:had|has|have)\s+)?(?:not|never)\s+responded\b|\bdid not respond\b|"
    # not remitting is failure only after finished trials ("had not remitted after two
    # trials of"); "had not remitted after 8 weeks on X" is the drug they still take
    r"\b(?:not|never|did not)\s+remit(?:ted)?\s+(?:after|despite|with|on)\s+(?:\w+\s+){0,3}?"
    r"(?:trials?|courses?)\s+(?:of|with)\b|"
    r"\bfailed\b|\bnot\s+(?:\w+\s+)?benefit(?:t?ed)?\s+from\b|"
    r"\bfailures?\s+(?:of|on|with|to respond to)\b|\bnon-?response to\b|\bunresponsive to\b|"
    r"\brefractory to\b|"
    # a response said absent, as a noun: "without response to escitalopram 20 mg,
    # venlafaxine 225 mg and lithium", "had shown no response to duloxetine", "after a lack
    # of benefit from venlafaxine" (not a partial or inadequate response, often to the drug
    # still taken alongside)
    r"\b(?:without|no|lack\s+of|absence\s+of)\s+(?:\w+\s+)?(?:response|benefit|"
    r"improvement|remission)\s+(?:to|from|with|on)\b|"
    # "despite sequential trials of escitalopram, venlafaxine and vortioxetine"
    r"\bdespite\s+(?:\w+\s+){0,3}?(?:trials?|courses?|treatment|therapy)\s+(?:of|with)\b|"
    # ... or "after adequate trials of", "following 8-week courses of": trials and courses
    # are finished treatments, so what came after them is the patient's history (one
    # trial alone may still be the drug the watched one is added to: kept unless a drug
    # is named as taken elsewhere)
    r"\b(?:after|following)\s+(?:[\w\-]+\s+){0,3}?(?:trials?|courses?)\s+(?:of|with)\b)"
    r"(?:(?!\b(?:and|but|while|whereas)\s+(?:was|were|is|are|remained|continued|currently)\b|"
    # (nor past the drug they are kept on: "failure of >= 2 antidepressants) maintained on
    # bupropion", "failed two SSRIs and stable on sertraline")
    r"\b(?:taking|receiving|continu\w*|remained|currently|now|presentation)\b|"
    # (a semicolon inside the brackets of a listed drug ends nothing: "sertraline (Zoloft;
    # n = 17) or escitalopram")
    rf"{_KEPT_ON})(?:[^.;]|;(?=[^();.]{{0,30}}\)))){{0,90}}$",
    re.I,
)


# a class given to regimens, or by the study's act of classing ("classified as")
_REGIMEN_CLASSED = re.compile(
    r"\b(?:(?:pro[\s\-]?)?(?:\w+ergic)\s+(?:[\w\-]+\s+){0,2}?regimens?|"
    r"(?:class(?:ified|ed|es)|categori[sz]ed|characteri[sz]ed|defined|grouped|designat(?:ed|es))"
    r"\b[^.;]{0,40}?"
    r"\b\w+ergic)\b",
    re.I,
)


@dataclass
class Concomitant:
    drugs: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    evidence: str | None = None
    comparators: list[str] = field(default_factory=list)  # named only in another arm
    other_purpose: dict[str, str] = field(default_factory=dict)  # drug -> what it was for
    # the study says nobody took one alongside ("none"), its people came in on none
    # ("entered") or came off theirs for the watched drug ("replaced"), which set aside the
    # drugs it names
    taking_none: str | None = None
    # named only by the record's indexing (MeSH, keywords), the text saying the watched
    # drug is added to the people's own antidepressant
    indexed: bool = False


# the verbs of a study classing its regimens itself: "classified as", "the protocol defined
# as", "regimens the investigators designated as"
_DEFINING = (
    r"(?:classif\w*|class(?:ed|es)|categori[sz]\w*|characteri[sz]\w*|consider\w*|defined|regard\w*|"
    r"label+\w*|"
    r"grouped|designat(?:ed|es))"
)


@lru_cache(maxsize=8)
def _class_phrase(classes: tuple[str, ...], kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "(pro-)dopaminergic <kind> regimens", "serotonergic and/or noradrenergic agents",
    "dopaminergic augmentation" (the agents a regimen is augmented with); ``kind`` is the
    spec's word for the co-medications (comedication.kind_pattern)."""
    adj = rf"(?:pro[\s\-]?)?(?:{'|'.join(re.escape(c) for c in classes)})"
    phrase = re.compile(
        rf"\b{adj}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and/or|and|or|/)\s*{adj})*\s+"
        rf"(?:(?:{kind})\s+)?"
        rf"(?:regimens?|agents?|(?:{kind})s?|medications?|drugs?|treatments?|therap(?:y|ies)|"
        r"augmentations?)\b",
        re.I,
    )
    word = re.compile(rf"\b({'|'.join(re.escape(c) for c in classes)})\b", re.I)
    # "a regimen we classify as dopaminergic", "classified a priori as predominantly X"
    said = re.compile(
        # ("the protocol classed as", "regimens the investigators designated as")
        rf"\b{_DEFINING}\s+"
        rf"(?:[\w\-]+\s+){{0,3}}?as\s+(?:(?:predominantly|mainly|primarily|purely)\s+)?{adj}"
        rf"(?:\s*(?:,|and|or|and/or|/)\s*{adj})*\b|"
        # ("regimens, all considered dopaminergic in this study, were ...")
        rf"\bconsidered\s+(?:to\s+be\s+)?(?:(?:predominantly|mainly|primarily|purely)\s+)?{adj}"
        rf"(?:\s*(?:,|and|or|and/or|/)\s*{adj})*\b",
        re.I,
    )
    return _either(phrase, said), word


def _either(a: re.Pattern[str], b: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?:{a.pattern})|(?:{b.pattern})", re.I)


def _classed_drugs(doc: Doc, where: list[Sentence]) -> set[str]:
    """The drugs listed in brackets right after the study's own class for its regimens:
    "a regimen we classed as dopaminergic (bupropion, ..., sertraline >= 150 mg)"."""
    phrase, _ = _class_phrase(doc.lexicon.classes, doc.lexicon.spec.comedication_kind)
    names: set[str] = set()
    for s in where:
        for hit in phrase.finditer(s.text):
            if _SHARE_CLASSED.search(s.text, 0, hit.start()):
                continue  # the class of most of them: the list after counts everyone
            opened = _MEMBERS_LISTED.match(s.text, hit.end())
            if opened:
                group = next(
                    g for g in ("list", "list2", "list3", "list4") if opened.group(g) is not None
                )
                a, b = opened.start(group), opened.end(group)
                names |= {m.entry.name for m in doc.comedications(s) if a <= m.start < b}
    return names


# a class said of a share of the people, not of every regimen: "Most were on serotonergic
# or noradrenergic agents: 71 on an SSRI, 38 on an SNRI, 21 on bupropion and 13 on other
# regimens" (the list after it is everyone's, each drug of its own class)
_SHARE_CLASSED = re.compile(
    r"\b(?:most|the\s+(?:great\s+|vast\s+)?majority|many|nearly\s+all|almost\s+all)\b"
    r"(?:\s+(?:of\s+)?(?:them|patients|participants|people|adults))?\s+(?:were|was)\s+"
    r"(?:on|taking|receiving|prescribed|treated\s+with)\s+[^.;:]*$",
    re.IGNORECASE,
)
# the members the study lists right after its class for its regimens, however it sets them
# off: in brackets ("classed as dopaminergic (bupropion, ..., sertraline >= 150 mg)"),
# between dashes ("classified as pro-dopaminergic - bupropion >= 300 mg/day, ..., or
# sertraline >= 150 mg/day - were"), after a colon ("pro-dopaminergic regimens: bupropion,
# stimulants or high-dose sertraline") or after "namely", "i.e.", "such as", "including"
# (to the end of the clause), or as what the regimens so classed were ("Qualifying
# regimens, all considered dopaminergic in this study, were bupropion ..., or sertraline
# 150 mg/day or more")
_MEMBERS_LISTED = re.compile(
    r"\s*(?:\((?P<list>[^()]*(?:\([^()]*\)[^()]*)*)\)|"
    r"\s[\-\u2013\u2014]\s+(?P<list2>[^.;\-\u2013\u2014]*(?:-(?!\s)[^.;\-\u2013\u2014]*)*)|"
    r"(?::|,?\s*(?:namely|i\.e\.|that\s+is|such\s+as|including|e\.g\.))\s*,?\s*"
    r"(?P<list3>[^.;]*)|"
    r"(?:in\s+(?:this|the\s+present|our)\s+(?:study|trial|protocol)\s*)?,\s*"
    r"(?:were|are|included|comprised)\s+(?P<list4>[^.;]*))",
    re.I,
)


def _describes_no_class(spec: WatchSpec, text: str, start: int, end: int) -> bool:
    """The class phrase at [start, end) is in apposition to an agent in no class ("psilocybin,
    a serotonergic agent", "a serotonergic drug (psilocybin)"), or said of it ("lithium is
    thought to act partly as a serotonergic agent", ``_LINK``); an agent named elsewhere in
    the clause ("esketamine given with their usual serotonergic antidepressant") is not it."""
    before_rx, after_rx = _apposed(spec.no_class.pattern)
    if before_rx.search(text[max(0, start - 60) : start]) or after_rx.match(text[end : end + 60]):
        return True
    lo = max(0, start - 90)
    for a in spec.no_class_word.finditer(text, lo, start):
        link = _LINK.match(text[a.end() : start])
        if link and (link.group("verb") or link.group("punct") == "("):
            return True
    return False


@lru_cache(maxsize=8)
def _apposed(agent: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The agent in no class right before the class phrase (a comma, a verb "is", an article
    and up to three words between) or right after it ("such as", a bracket)."""
    before = re.compile(
        rf"(?:{agent})[\w\-]*\s*(?:\([^()]*\)\s*)?(?:[,:(\-–]\s*)?"
        r"(?:(?:is|was|are|were|being|as)\s+)?(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}$",
        re.I,
    )
    after = re.compile(
        r"\s*(?:\([^()]*\)\s*)?[,:(\-–]?\s*(?:(?:such\s+as|like|namely|i\.e\.|e\.g\.)\s*,?\s*)?"
        rf"(?:[\w\-]+\s+)?(?:{agent})",
        re.I,
    )
    return before, after


# what joins a drug to a class phrase that says how the drug works: an apposition with an
# article ("norquetiapine, a noradrenaline reuptake inhibitor", "sertraline (an SSRI"), a
# copula or "acts as" ("aripiprazole acts as a partial dopamine agonist", "its metabolite
# is a potent NRI", "which has been described as an SNRI"), optionally after the drug's
# dose; "has/with ... properties" is checked with what follows the class (_PROPERTY_AFTER).
# A bare comma is not enough: "bupropion, SSRIs or SNRIs" is a list of what is taken.
_DOSE_AFTER = (
    r"(?:\s+[\d.,]+\s*(?:mg|mcg|\u00b5g|g)\b(?:\s*/\s*d(?:ay)?\b|\s+(?:daily|a\s+day|"
    r"per\s+day|nightly|at\s+night))?)?"
)
_ADVERBS = (
    r"(?:(?:also|itself|mainly|primarily|partly|largely|in\s+part|chiefly|predominantly|"
    r"potently|weakly|additionally|further)\s+)*"
)
_LINK = re.compile(
    rf"^(?:'s\s+(?:[\w\-]+\s+){{0,2}}?(?:metabolite|enantiomer)\s*)?{_DOSE_AFTER}\s*"
    r"(?:\([^()]*\)\s*)?"
    r"(?:(?P<punct>[,(:\u2013\-])\s*)?(?:(?:which|that)\s+)?"
    rf"{_ADVERBS}"
    r"(?:(?P<verb>(?:is|are|was|were|being|has\s+been|have\s+been|had\s+been)\s+"
    rf"{_ADVERBS}"
    r"(?:(?:described|characteri[sz]ed|classified|known|thought|considered|regarded|"
    r"believed|proposed|reported)\s+)?(?:to\s+(?:act|function|be)\s+)?(?:as\s+)?|"
    r"(?:acts?|acting|acted|functions?|functioning|serves?|serving)\s+"
    rf"{_ADVERBS}as\s+)|"
    r"(?P<has>(?:has|have|had|having|possess(?:es|ing)?|exhibits?|exhibiting|shows?|showing|"
    r"with)\s+))?"
    # (no word that adds a drug: "lithium or valproate (plus an SSRI in 11)" names two)
    r"(?P<art>(?:an?|the)\s+)?(?:(?!(?:plus|and|or|with|without|alongside|added|together|"
    r"combined|besides)\b)[\w\-]+\s+){0,3}"
    # (... save a second transmitter the class word shares: "bupropion is a dopamine and
    # norepinephrine reuptake inhibitor")
    r"(?:(?:dopamine|serotonin|noradrenaline|norepinephrine)\s+(?:and|/)\s+)?$",
    re.I,
)
# "... has serotonin reuptake inhibitor properties", "with SSRI-like activity"
_PROPERTY_AFTER = re.compile(
    r"(?:s)?(?:[\s\-]+like)?\s+(?:properties|property|activity|actions?|effects?|profile|"
    r"mechanism)\b",
    re.I,
)


_APPOSITION_CLOSED = re.compile(r"s?\s*(?:[,;:.)\u2013]|$|(?:that|which)\b)")


# the drug or class word made the adjective of an effect it had ("SSRI-associated sexual
# dysfunction", "sertraline-induced nausea"): what the drug did, not that it is taken
# (whether it still is, the record says elsewhere)
_EFFECT_OF = re.compile(r"s?[\-\u2010\u2011](?:associated|induced|related|emergent)\b", re.I)


def _describes_a_drug(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The class word ``m`` (an "NRI", a "dopamine agonist") says how a drug named right
    before it works: an agent in no class or its metabolite ("norquetiapine, a noradrenaline
    reuptake inhibitor"; "lurasidone, which also has SSRI properties"), or a listed drug
    ("methylphenidate, which also acts as an NRI"), which counts by its own classes. Such
    a phrase is a mechanism, not an antidepressant taken with the watched drug."""
    if m.entry.kind != "group":
        return False
    text = s.text
    lo = max(0, m.start - 90)
    ends = [
        d.end
        for d in doc.comedications(s)
        if lo <= d.end <= m.start
        # (a class word that itself describes a drug passes the drug on: "lisdexamfetamine,
        # a stimulant that acts as an NRI")
        and (d.entry.kind == "drug" or _describes_a_drug(doc, s, d))
    ]
    ends += [
        a.end() for a in doc.spec.no_class_word.finditer(text, lo, m.start) if a.end() <= m.start
    ]
    for end in sorted(ends, reverse=True):
        link = _LINK.match(text[end : m.start])
        if not link:
            continue
        if link.group("has"):
            if _PROPERTY_AFTER.match(text, m.end):
                return True
            continue
        if link.group("verb") or link.group("punct") == "(":
            return True
        # an apposition needs an article and closes after the class ("sertraline, an
        # SSRI, was"): a bare comma lists ("bupropion, SSRIs or SNRIs"), and so does an
        # article that goes on ("bupropion, an SSRI or an SNRI")
        if (
            link.group("art")
            and _APPOSITION_CLOSED.match(text, m.end)
            and not _ALTERNATIVES_CLOSED.match(text, m.end)
        ):
            return True
    return False


# a list of alternatives closed by what takes them together, "bupropion, an SSRI, or
# both", "an SNRI, a stimulant, or a combination": the drug and the class are two things
# taken, not a drug and what it is
_ALTERNATIVES_CLOSED = re.compile(
    r"s?\s*,?\s*(?:or|and/or)\s+(?:both|all\s+three|all\s+of\s+these|either|"
    r"(?:a|the)\s+combination|the\s+two)\b",
    re.I,
)


# a study cited as the doer of the clause: "a small proof-of-concept study reported ...",
# "one earlier trial found ...", "a previous report described ..."
_CITED_STUDY_BEFORE = re.compile(
    r"\b(?:an?|one|(?:a|the)\s+(?:previous|prior|earlier))\s+(?:[\w\-]+\s+){0,3}?(?:study|trial|"
    r"pilot|report|case\s+series)\s+(?:\([^()]{0,40}\)\s+)?(?:reported|found|showed|suggested|"
    r"described|observed)\b[^.;]*$",
    re.I,
)


def _characterised(
    doc: Doc, sentences: list[Sentence], lexicon: Lexicon, *, planned: bool = False
) -> tuple[list[str], list[Sentence]]:
    """Classes the study itself gives its regimens: "on dopaminergic antidepressant regimens".

    Only where the study describes its own patients (methods, results, objective, or an
    unstructured abstract's unhedged sentences), never its conclusion, which generalises;
    and never a class word describing an agent in no class ("a serotonergic agent,
    psilocybin").
    """
    phrase, word = _class_phrase(lexicon.classes, lexicon.spec.comedication_kind)
    spec = lexicon.spec
    kind = spec.kind_word
    classes: list[str] = []
    where: list[Sentence] = []
    for s in sentences:
        if not s.own or s.in_conclusion or s.preamble:
            continue
        if s.unlabelled and s.hedged:
            continue
        hits = [
            w.lower()
            for m in phrase.finditer(s.text)
            # "tapered and discontinued serotonergic antidepressants" were stopped
            if not ruled_out(s.text, m.start(), m.end())
            # (a class in a phrase about earlier work, "our earlier proof-of-concept work
            # tested X in patients on dopaminergic regimens", is that work's regimen)
            and own_at(s, m.start())
            and not _STOPPED_BEFORE.search(s.text[max(0, m.start() - _WINDOW) : m.start()])
            # (or after it: "the serotonergic drug was fully withdrawn before day 21")
            and not _STOPPED_AFTER.match(s.text[m.end() :])
            # "took no serotonergic antidepressant during the trial": none taken
            and not _NOBODY_BEFORE.search(s.text[max(0, m.start() - _WINDOW) : m.start()])
            and not _stopped_before_start(s.text, m.start(), m.end())
            # "taper and stop SSRIs, SNRIs and other serotonergic antidepressants": the
            # class closes a list of drugs stopped, and is stopped with them
            and not _closes_stopped_list(doc, s, m.start())
            # "patients in whom serotonergic treatment has failed", "after failure of
            # serotonergic antidepressants": a class the people failed is their history,
            # not the regimen they are on (a drug still taken is named as a drug)
            # (but a class the study defines the regimen by, where the sentence adds the
            # drug to that regimen unchanged, is the regimen they are still on: "had not
            # responded to a regimen the protocol defined as predominantly dopaminergic
            # ..., added to the unchanged regimen")
            and not (
                _class_failed(s.text, m.start(), m.end())
                and not (_DEFINED_AS.match(m.group(0)) and _ADDED_TO_KEPT.search(s.text))
            )
            # "serotonergic agents were hypothesized to blunt the effect": a claim
            and not claimed_of(s.text, m.end())
            # "in contrast with earlier findings in dopaminergic regimens": another's
            and not arms.contrasted(s.text, m.start())
            # "a small proof-of-concept study reported benefit when X was added to
            # dopaminergic regimens": the regimen of the study cited, not this one's
            and not _CITED_STUDY_BEFORE.search(s.text, max(0, m.start() - 120), m.start())
            and not _describes_no_class(spec, s.text, m.start(), m.end())
            # "a plan to compare those with and without serotonergic antidepressants"
            and not (planned and _planned_stratum(s, m.start()))
            # "between combinations with serotonergic and non-serotonergic
            # antidepressants": a class set against its opposite splits the people for a
            # comparison; it says no regimen is of that class
            and not _SPLIT_BY_CLASS.search(s.text, max(0, m.start() - 40), m.end() + 40)
            # "pro-dopaminergic agents as adjuncts to antidepressants": the agents added on
            # top are the study's own interventions, not the regimen they are added to
            and not _ADDED_ON_AFTER.match(s.text, m.end())
            # "dopaminergic medication was kept stable" (Parkinson's disease): a class word
            # on a bare medication, in a sentence naming no antidepressant, is the
            # medication of another condition
            and not _other_medication(doc, s, m.group(0), kind)
            # "X as a dopaminergic augmentation", "X, a novel serotonergic augmentation": the
            # role the study's own drug plays, not a regimen its people are on
            and not (
                _AUGMENTATION.search(m.group(0))
                and _ROLE_BEFORE.search(s.text, max(0, m.start() - 30), m.start())
            )
            for w in _affirmed(word, s.text, m.start(), m.end())
        ]
        if hits:
            where.append(s)
            classes += [h for h in hits if h not in classes]
    return classes, where


def _affirmed(word: re.Pattern[str], text: str, start: int, end: int) -> list[str]:
    """The class words in ``text[start:end]`` said of the regimen, not denied by a "non"
    before them ("non-serotonergic antidepressants" are of no serotonergic class)."""
    return [
        w.group(0)
        for w in word.finditer(text, start, end)
        if not _NON_BEFORE.search(text, max(0, w.start() - 4), w.start())
    ]


_NON_BEFORE = re.compile(r"\bnon[\s\-]?$", re.I)
# a class word and its opposite, side by side: "serotonergic and non-serotonergic",
# "noradrenergic versus non-noradrenergic"
_SPLIT_BY_CLASS = re.compile(
    r"\b(?P<cls>[a-z]+ergic)\s+(?:and|or|versus|vs\.?)\s+non[\s\-]?(?P=cls)\b", re.I
)


# a class phrase ending in a bare medication noun ("dopaminergic medication", "serotonergic
# therapy"), not in the kind's own word, a regimen, agents or an augmentation
_BARE_MEDICATION = re.compile(r"\b(?:medications?|drugs?|treatments?|therap(?:y|ies))$", re.I)


def _other_medication(doc: Doc, s: Sentence, phrase: str, kind: re.Pattern[str]) -> bool:
    """The class phrase names a bare medication ("dopaminergic medication was kept
    stable") in a sentence that names no drug of the kind and not the kind itself: the
    class of what the people take for another condition, not of an antidepressant."""
    return (
        _BARE_MEDICATION.search(phrase) is not None
        and not kind.search(s.text)
        and not doc.comedications(s)
    )


# what joins a class to the drug listed before it: "SSRIs, SNRIs and other ...", "...
# or any other ..."
_LIST_JOIN = re.compile(
    r"^\s*(?:,\s*(?:(?:and|or|and/or)\s+)?|(?:and|or|and/or)\s+)(?:(?:all|any)\s+)?(?:other\s+)?$",
    re.I,
)


def _closes_stopped_list(doc: Doc, s: Sentence, start: int) -> bool:
    """The class phrase at ``start`` closes a list of drugs the sentence stops ("taper and
    stop SSRIs, SNRIs and other serotonergic antidepressants"): it is stopped with them."""
    before = [m for m in doc.comedications(s) if m.end <= start]
    if not before or not _LIST_JOIN.match(s.text[before[-1].end : start]):
        return False
    # (the item just before is stopped, whatever the list says of earlier ones: "stop
    # bupropion, and sertraline and other serotonergic antidepressants continue")
    return _stopped(doc, s, before[-1]) or _halted(s, before[-1])


# a class said to have failed, after it: "serotonergic treatment has failed", "...
# had proved ineffective" (not "failed to": "SSRIs failed to ..." says what they did)
_CLASS_FAILED_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:has|had|have)\s+(?:\w+\s+)?(?:failed|proved\s+ineffective|"
    r"been\s+ineffective|not\s+worked)|failed)\b(?!\s+to\b)",
    re.I,
)


def _class_failed(text: str, start: int, end: int) -> bool:
    """A class phrase naming a treatment the people had failed ("in whom serotonergic
    treatment has failed", "after failure of serotonergic antidepressants")."""
    before = text[max(0, start - _WINDOW) : start]
    return bool(
        _CLASS_FAILED_AFTER.match(text[end:])
        or _FAILED_AFTER.match(text[end:])
        or _HISTORY_BEFORE.search(before)
        or _FAILED_BEFORE.search(before)
    )


# the study's own definition of its regimens' class (the ``said`` form of _class_phrase)
_DEFINED_AS = re.compile(_DEFINING, re.I)
# the drug added to the regimen the people keep: "added to the unchanged regimen", "on top of
# their ongoing antidepressant"
_ADDED_TO_KEPT = re.compile(
    r"\b(?:added\s+to|on\s+top\s+of)\s+(?:the|their)\s+(?:unchanged|ongoing|current|existing|"
    r"stable|continued)\s+(?:regimens?|antidepressants?|treatments?|medications?)\b",
    re.I,
)
_AUGMENTATION = re.compile(r"augmentations?$", re.I)
_ROLE_BEFORE = re.compile(r"(?:\bas\s+(?:an?\s+|the\s+)?|\ban?\s+(?:[\w\-]+\s+)?)$", re.I)


# a class phrase followed by what it is added to: "... agents as adjuncts to antidepressants",
# "dopaminergic drugs added to an SSRI", "noradrenergic agents for augmentation of ..."
_ADDED_ON_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:as|for)\s+(?:an?\s+)?(?:adjunct\w*|add[\s\-]?ons?|"
    r"augment\w*)(?:\s+(?:treatments?|therap(?:y|ies)))?\s+(?:to|of|for)|"
    r"(?:(?:are|were|is|was)\s+)?(?:added|adjunctive)\s+to)\b",
    re.I,
)


# the watched drug stopped, then another begun in its place: "stopped <drug> and were
# started on sertraline", "<drug> was discontinued and escitalopram begun", "switched from
# <drug> to an SSRI" (what follows the watched drug is not taken with it)
_BEGUN = (
    r"(?:start\w*|switch\w*|treated|initiat\w*|prescribed|given|began|begun|commenc\w*|moved|"
    r"changed|transferred|offered|put)"
)
_THEN = (
    r"[^.;]{0,50}?\b(?<!while )(?<!whereas )(?:and|then|before|subsequently|later|instead)\s+"
    r"(?:(?:were|was|had\s+been|had|have\s+been|being)\s+)?(?:\w+\s+)?"
)


def _replaced_before(spec: WatchSpec) -> str:
    """The words before a drug begun once the watched drug was stopped (``_BEGUN``)."""
    drug = drug_names(spec)
    stop = r"(?:stopp\w*|discontinu\w*|ceas\w*|quit|came\s+off|withdr[ae]w\s+from)"
    passive = r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:stopped|discontinued|ceased|withdrawn)"
    return (
        # ("stopped the study drug and were offered open-label sertraline", "... were
        # referred for fluoxetine": the watched drug named as the study's)
        rf"\b{stop}\s+(?:the\s+|their\s+)?(?:study\s+(?:drug|medication|treatment)|{drug})\b"
        rf"{_THEN}(?:{_BEGUN}|referred\s+for)\b[^.;]{{0,30}}$|"
        rf"\b(?:{drug})\s+{passive}\b{_THEN}{_BEGUN}\b[^.;]{{0,30}}$|"
        # ... or the people taken off it: "were withdrawn from study medication and started
        # on open-label sertraline", "were withdrawn for worsening and given sertraline" (not
        # where the watched drug is what they were started on)
        r"\b(?:was|were|been)\s+withdrawn\b(?:\s+from\s+(?:the\s+|their\s+)?(?:study|trial|"
        rf"treatment|(?:study|trial)\s+(?:drug|medication|treatment)|{drug})\b)?"
        rf"{_THEN}{_BEGUN}\b(?:(?!{drug})[^.;]){{0,30}}$|"
        rf"\bswitch\w*\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:{drug})\b[^.;]{{0,20}}?\bto\s+(?:\S+\s+){{0,2}}$"
    )


# not a drug taken with LDN as the study gave it: a rescue for those who worsened, or one
# begun only after the treatment ended ("at follow-up, 12 had started an SSRI")
def _rescue_before(spec: WatchSpec) -> re.Pattern[str]:
    """The words before a drug named as a rescue or as begun after the treatment ended;
    "after stopping <the watched drug>" names the drug as the spec does."""
    drug = drug_names(spec)
    return re.compile(
        rf"{_replaced_before(spec)}|"
        r"\brescue\s+(?:\w+\s+){0,3}$|"
        r"\b(?:at|by)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:post[\s\-]?(?:trial|treatment|study)\s+)?"
        r"follow[\s\-]?up\b[^.;]{0,60}$|"
        # "at the end of the trial, all were offered escitalopram": begun when it ended (not
        # "at the end of treatment, remission with X plus escitalopram was ...": a time point)
        r"\b(?:at|after|by)\s+(?:the\s+)?(?:end|close|completion)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?"
        r"(?:trial|study|treatment|intervention|follow[\s\-]?up)\b[^.;]{0,40}?\b(?:offered|"
        r"start\w*|began|begun|initiat\w*|prescribed|referred|switched|resum\w*|restart\w*)\b"
        r"[^.;]{0,40}$|\bafter\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:trial|study|treatment\s+"
        r"(?:phase|period)|double[\s\-]blind\s+phase)\s+(?:had\s+)?(?:ended|finished|was\s+over)?[^.;]{0,60}$|"
        r"\bafter\s+(?:stopping|discontinuing|completing)\s+(?:the\s+)?(?:study\s+drug|treatment|"
        rf"{drug}|trial)\b[^.;]{{0,60}}$|"
        # ... or what people left the study for: "Three participants left to start
        # fluoxetine", "withdrew from the trial to begin an SSRI"
        r"\b(?:left|withdrew|dropped\s+out)\s+(?:(?:from\s+)?(?:the\s+)?(?:study|trial)\s+)?"
        r"(?:in\s+order\s+)?to\s+(?:start|begin|take|receive|try)\s+(?:an?\s+)?$",
        re.I,
    )


# ... or said after the drug: "as rescue", "restarted an SSRI after the study"
_RESCUE_AFTER = re.compile(
    # (or the drug naming the rescue: "a placebo-controlled trial with open-label sertraline
    # rescue")
    r"^\s*(?:\d[\d.]*\s*mg\s+)?rescue\b|"
    r"^[^.;]{0,40}?\b(?:as\s+(?:a\s+)?rescue\b|after\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:trial|study|treatment\s+(?:phase|period)|follow[\s\-]?up)\b"
    # (not "after the study began": during it)
    r"(?!\s+(?:(?:had\s+)?(?:began|begun|started|commenced)|entry|onset|start)\b))|"
    # "offered escitalopram when the trial ended", "... once the study was over": begun when
    # the trial was over (said right after the drug and its dose; "at the end of the trial"
    # after a drug is a time point: "remission on X plus sertraline at the end of the trial")
    r"^\s*(?:\([^()]{0,40}\)\s*|[\d.,]+\s*mg(?:/day)?\s+|daily\s+|nightly\s+)*,?\s*"
    r"(?:when|once)\s+(?:the\s+)?(?:trial|study|treatment(?:\s+(?:phase|period))?|"
    r"double[\s\-]blind\s+phase)\s+(?:had\s+)?(?:ended|finished|closed|concluded|was\s+over|"
    r"was\s+completed)\b",
    re.I,
)


def _replaced_after(spec: WatchSpec) -> re.Pattern[str]:
    """ "Sertraline was started after <the drug> was stopped", "... once <the drug> had been
    discontinued": begun after the watched drug, said after the co-medication (not one
    kept on: "sertraline continued after <the drug> was stopped" was taken with it)."""
    drug = drug_names(spec)
    return re.compile(
        r"^(?:(?!\b(?:continu|maintain|kept|keep|remain|stay|unchanged)\w*)[^.;]){0,50}?"
        r"\b(?:after|once|when)\s+(?:(?:stopping|discontinuing|ceasing|coming\s+off)\s+"
        rf"(?:the\s+)?(?:{drug})\b|(?:the\s+)?(?:{drug})\s+(?:was|were|had\s+been|has\s+been)\s+"
        r"(?:\w+\s+)?(?:stopped|discontinued|ceased|withdrawn)\b)",
        re.I,
    )


# ... or begun with the watched drug stopped at once, said after the drug: "later switched
# to escitalopram and stopped LDN", "started sertraline and discontinued naltrexone" (a
# drug begun in the watched drug's place; not one already taken: "those on sertraline and
# naltrexone stopped naltrexone" took both)
_BEGUN_RIGHT_BEFORE = re.compile(
    rf"\b(?:{_BEGUN})\s+(?:over\s+)?(?:to|on|with)?\s*(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)


def _stopped_watched_after(spec: WatchSpec) -> re.Pattern[str]:
    """ "... and stopped LDN", "..., then discontinued the naltrexone", said right after
    the drug (its dose between)."""
    drug = drug_names(spec)
    return re.compile(
        r"^(?:\s*[\d.,]+\s*mg\S*(?:\s+(?:daily|a\s+day|nightly))?)?[^.;]{0,30}?\b(?:and|then)\s+"
        r"(?:\w+\s+)?(?:stopped|discontinued|ceased|quit|came\s+off|dropped)\s+(?:the\s+|their\s+|"
        rf"his\s+|her\s+)?(?:{drug})\b",
        re.I,
    )


def _begun_in_place(doc: Doc, s: Sentence, m: Mention) -> bool:
    """A drug begun ("switched to", "started") as the watched drug was stopped: in its
    place, not taken with it."""
    if not _BEGUN_RIGHT_BEFORE.search(s.text[max(0, m.start - 40) : m.start]):
        return False
    after = doc.spec.compiled("drugs.stopped_watched_after", _stopped_watched_after)
    return bool(after.match(s.text[m.end :]))


# begun later, said right before the drug: "... and 14 of them subsequently began an SSRI",
# "... and later responded to a switch to venlafaxine"
_LATER_BEGUN = re.compile(
    rf"\b(?:subsequently|later|afterwards|thereafter|then)\s+(?:\w+\s+){{0,3}}?{_BEGUN}\b"
    # (or switched to it from another: "was later switched from sertraline to venlafaxine")
    r"(?:\s+from\s+(?:an?\s+|the\s+|her\s+|his\s+|their\s+)?[\w\-]+)?"
    r"(?:\s+(?:on|with|taking|to))?\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _watched_stopped(spec: WatchSpec) -> re.Pattern[str]:
    """The watched drug stopped, or the treatment over: "LDN was stopped", "after
    discontinuing naltrexone", "treatment ended"."""
    drug = drug_names(spec)
    return re.compile(
        rf"\b(?:{drug})\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
        r"(?:stopped|discontinued|ceased|withdrawn)\b|"
        rf"\b(?:stopp\w*|discontinu\w*|ceas\w*)\s+(?:the\s+)?(?:{drug})\b|"
        # (or by its form, the study's one: "the fourth stopped the drops after 2 weeks",
        # holdout815 52206548)
        r"\b(?:stopp\w*|discontinu\w*|ceas\w*)\s+the\s+(?:drops|capsules|tablets|troches|"
        r"lozenges|solution|study\s+(?:drug|medication))\b|"
        r"\b(?:treatment|the\s+trial|the\s+study)\s+(?:had\s+)?(?:ended|finished|was\s+over)\b",
        re.I,
    )


def _watched_kept_pattern(spec: WatchSpec) -> re.Pattern[str]:
    """The watched drug said to go on through what else the sentence tells: "venlafaxine
    was cross-tapered to vortioxetine while LDN 3 mg was maintained", "... whilst
    continuing naltrexone", "...; the naltrexone solution was continued" (a drug switched
    away from then had been taken with it)."""
    drug = drug_names(spec)
    return re.compile(
        rf"\b(?:while|whilst)\s+(?:the\s+)?(?:(?:ultra[\s\-]?)?low[\s\-]?dose\s+)?(?:{drug})"
        r"(?:\s+\d[\d.]*\s*(?:mg|µg|μg|mcg)(?:\s*/\s*d(?:ay)?)?)?(?:\s+(?:daily|nightly))?\s+"
        r"(?:was|were|is|remained|stayed)\s+(?:\w+\s+)?(?:maintained|continued|kept|unchanged)\b|"
        r"\b(?:while|whilst)\s+(?:continuing|remaining\s+on|staying\s+on|still\s+taking|"
        rf"maintaining)\s+(?:(?:the|her|his|their)\s+)?(?:{drug})\b|"
        # (or in a clause of its own after the switch: "...; the naltrexone solution was
        # continued without change")
        rf"[;,]\s*(?:and\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:{drug})(?:\s+[\w\-]+){{0,2}}?\s+"
        r"(?:was|were)\s+(?:\w+\s+)?(?:maintained|continued|kept|unchanged)\b",
        re.I,
    )


def _resumed_alongside_pattern(spec: WatchSpec) -> re.Pattern[str]:
    """A drug taken up again while the watched one goes on: "resumed an antidepressant
    while continuing LDN, most often sertraline", "restarted their SSRI alongside
    naltrexone" (a resumption alone mostly ends the watched drug: "5 had the SSRI restarted
    and were withdrawn")."""
    drug = drug_names(spec)
    return re.compile(
        r"\b(?:resum\w*|restart\w*|re-start\w*|reintroduc\w*|re-introduc\w*)\b[^.;]{0,80}?"
        r"\b(?:(?:while|whilst)\s+(?:continuing(?:\s+(?:on|with|to\s+take))?|remaining\s+on|"
        r"staying\s+on|(?:still\s+)?taking)|alongside|together\s+with|in\s+addition\s+to|"
        # (or the watched drug's going on told in a clause of its own: "Venlafaxine was
        # restarted at 75 mg/day, and she chose to continue naltrexone")
        r"on\s+top\s+of|,?\s*and\s+(?:she|he|they|the\s+patient)\s+(?:(?:chose|decided|opted|"
        r"elected|wished|wanted|agreed|was\s+allowed|were\s+allowed)\s+to\s+)?"
        rf"(?:continue[sd]?|kept|keep|stayed\s+on|remained\s+on)(?:\s+taking)?)\s+"
        rf"(?:the\s+|their\s+|her\s+|his\s+)?(?:{drug})\b",
        re.I,
    )


# the resumed drug as the subject of the resuming verb: "Venlafaxine was restarted ..."
_SUBJECT_OF_VERB = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:was|were|had\s+been)\s+(?:\w+\s+)?", re.I)


def _resumed_alongside(doc: Doc, s: Sentence, m: Mention) -> bool:
    """``m`` is named in a sentence that resumes a drug beside the watched one, after the
    resuming verb or as its subject."""
    hit = doc.spec.compiled("drugs.resumed_alongside", _resumed_alongside_pattern).search(s.text)
    return hit is not None and (
        hit.start() < m.start or _SUBJECT_OF_VERB.fullmatch(s.text, m.end, hit.start()) is not None
    )


# offered to those the study's treatment failed: "those who had not responded by week 8
# were offered open-label venlafaxine" (a next treatment, unless LDN goes on beside it),
# or a switch offered or randomised among alternatives: "non-remitters are re-randomised to
# switch to the other agent or to venlafaxine monotherapy", "offered a switch to X alone"
_OFFERED_NON_RESPONDERS = re.compile(
    r"\b(?:non-?(?:responders|remitters)|(?:who|that)\s+(?:had\s+|have\s+|did\s+|do\s+|does\s+)?"
    r"(?:not|failed\s+to)\s+(?:respond|remit)\w*)\b[^.;]{0,60}?\b(?:were|was|are|will\s+be)\s+"
    r"(?:then\s+)?(?:offered(?:\s+an?\s+switch\s+to)?|switched\s+to|given|started\s+on|prescribed|"
    r"referred\s+for|(?:re-?)?randomi[sz]ed\s+to\s+switch\s+to)\s+"
    r"(?:[^.;]{0,80}?\bor\s+(?:to\s+)?)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_BESIDE_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:while|whilst|in\s+addition|added|alongside|plus|together|"
    r"continu\w*|on\s+top)\b",
    re.I,
)


# a drug begun during the study (its start, or a rescue, named before it in the sentence:
# "initiation of an antidepressant was allowed for non-response and occurred in 6
# (sertraline 4, ...)", "seven non-responders started venlafaxine") whose takers then left
# the analysis ("who were then censored", "and were withdrawn from the efficacy analysis",
# "these participants were excluded from analysis"): nobody was analysed taking it with
# the watched drug, so it is no co-medication of the study
_BEGUN_IN_STUDY_BEFORE = re.compile(
    # ("were referred for fluoxetine and left the study")
    rf"\b(?:{_BEGUN}|initiation|start|add(?:ed|ing|ition)|introduc\w*|rescue|re-?start\w*|"
    rf"resum\w*|referred\s+for)\b[^.]{{0,120}}$",
    re.I,
)
_LEFT_ANALYSIS_AFTER = re.compile(
    # the leavers named as the takers ("who", "and", "these participants", "they"), so a
    # count of dropouts for other reasons ("LDN was added to sertraline; 3 were withdrawn
    # for nausea") does not take the drug away from everyone else
    # (the verb may be left out after "and": "were switched to escitalopram by their
    # psychiatrists and withdrawn")
    r"^[^.]{0,100}?\band\s+(?:then\s+|subsequently\s+|thereafter\s+)?(?:censored|excluded|"
    r"withdrawn|removed)\b|"
    r"^[^.]{0,100}?\b(?:who|whom|and|these|those|they|such)\b(?:\s+[\w\-]+){0,3}?\s+(?:"
    r"(?:were|was|are|is|being|had\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|thereafter\s+|"
    r"therefore\s+|thus\s+)?(?:censored|excluded|withdrawn|removed|dropped)\b|"
    # ... who come off the study's drug to take it: "will be offered sertraline by their
    # clinical team and will stop study medication" (a rescue in place of the study drug)
    # ("... and withdrew from study drug at that point")
    r"(?:stop|stops|stopped|discontinue|discontinues|discontinued|come\s+off|came\s+off|leave|"
    r"left|withdrew\s+from)\s+(?:the\s+|their\s+)?(?:study|trial|investigational|blinded)\s+"
    r"(?:medication|drug|treatment|capsules?|tablets?)\b|"
    # ... or who left the study itself: "Two who relapsed restarted escitalopram and left the
    # study", "... and withdrew from the trial", "... and dropped out"
    r"(?:left|leave|leaves|exited|withdrew\s+from|discontinued)\s+(?:the\s+)?(?:study|trial)\b"
    r"(?!\s+(?:medication|drug|treatment|capsules?|tablets?)\b)|"
    r"dropped\s+out\b)",
    re.I,
)


def _begun_then_left(s: Sentence, m: Mention) -> bool:
    """A drug begun during the study by people who then left its analysis, or its drug."""
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    return bool(_BEGUN_IN_STUDY_BEFORE.search(before)) and bool(
        _LEFT_ANALYSIS_AFTER.match(s.text[m.end :])
    )


def _offered_on_failure(s: Sentence, m: Mention) -> bool:
    """A drug offered to non-responders as their next treatment, not beside LDN."""
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    return bool(_OFFERED_NON_RESPONDERS.search(before)) and not _BESIDE_AFTER.match(s.text[m.end :])


def _after_treatment_frame(spec: WatchSpec) -> re.Pattern[str]:
    """A sentence that opens in the time after the treatment: "After the end of the
    eight-week treatment phase, ...", "Following completion of the trial, ...", "Once the
    study drug was discontinued at week 8, ...", "After LDN was stopped, ..."."""
    return re.compile(
        r"^\s*(?:(?:after|following|once|upon|on)\s+(?:the\s+)?(?:end|close|completion|"
        r"conclusion|termination|discontinuation|cessation)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)"
        r"{0,3}?(?:trial|study|treatment|intervention|medication|drug|phase|period)\b|"
        r"(?:once|when|after)\s+(?:the\s+)?(?:(?:study|trial|randomi[sz]ed)\s+(?:medication|drug|"
        rf"treatment)s?|{drug_names(spec)})\s+(?:had\s+|was\s+|were\s+)?(?:been\s+)?"
        r"(?:stopped|ended|discontinued|ceased|finished|completed)\b)",
        re.I,
    )


# ... and the drug begun in it: "nine women began an SSRI", "were prescribed escitalopram"
_BEGUN_BEFORE = re.compile(
    rf"\b{_BEGUN}\b(?:\s+(?:on|with|taking|treatment\s+with))?\s+(?:[\w\-]+\s+){{0,2}}$", re.I
)


def _begun_after_treatment(doc: Doc, s: Sentence, m: Mention) -> bool:
    """A drug begun in a sentence set after the treatment ended (``_after_treatment_frame``),
    the watched drug not begun with it ("started LDN plus their SSRI"): begun once LDN was
    over, not taken with it."""
    frame = doc.spec.compiled("drugs.after_treatment_frame", _after_treatment_frame).match(s.text)
    if frame is None or frame.end() > m.start:
        return False
    begun = _BEGUN_BEFORE.search(s.text, max(frame.end(), m.start - 60), m.start)
    if begun is None:
        return False
    watched = doc.spec.compiled("roles.watched_names", watched_names)
    return watched.search(s.text, begun.start(), m.start) is None


def _begun_after_stop(doc: Doc, s: Sentence, m: Mention) -> bool:
    """A drug begun "subsequently" or "later" once the watched drug was stopped, in this
    sentence or the one before ("At week 8 LDN was stopped; ... 14 of them subsequently
    began an SSRI"): begun after LDN, not taken with it."""
    if not _LATER_BEGUN.search(s.text[max(0, m.start - _WINDOW) : m.start]):
        return False
    stop = doc.spec.compiled("drugs.watched_stopped", _watched_stopped)
    previous = doc.sentences[s.index - 1].text if s.index > 0 else ""
    return bool(stop.search(s.text[: m.start]) or stop.search(previous))


# a drug begun in a later period, once the study's treatment was over: the record says the
# watched drug (or the study medication, the randomised phase) ended, and the drug's
# sentence is set in the time after it and says the drug was begun there: "Study medication
# was stopped at week 12 ... During follow-up, 21 participants started an antidepressant
# (sertraline 9, ...)", "In the six months after the last dose, 14 began escitalopram",
# "Over the post-trial period, venlafaxine was initiated in 9", "By month 6 of follow-up, 11
# had commenced an SSRI". Not one kept on from before ("continued their SSRI"), and not
# where the watched drug goes on in that period ("continued LDN and started sertraline").
_LATER_PERIOD = re.compile(
    r"\b(?:during|over|in|throughout|within|by|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:follow[\s\-]?up|post[\s\-]?(?:trial|treatment|study|intervention|randomi[sz]ation)\s+"
    r"(?:period|phase|months?|years?|interval))\b|"
    r"\b(?:in|over|during|within)\s+the\s+(?:[\w\-]+\s+){0,2}?(?:months?|weeks?|years?)\s+"
    r"(?:after|following|since)\b|"
    r"\b(?:after|following)\s+(?:the\s+)?(?:randomi[sz]ed|double[\s\-]blind|blinded|acute|"
    r"treatment|trial|study)\s+(?:phase|period)\b|"
    r"\bafter\s+(?:the\s+)?(?:last|final)\s+(?:study\s+)?dose\b",
    re.I,
)
_BEGUN_HERE = re.compile(
    r"\b(?:start\w*|initiat\w*|began|begun|begin\w*|commenc\w*|prescribed|added|took\s+up|"
    r"switched\s+to)\b",
    re.I,
)
_CLAUSE_STOP = re.compile(r"[;]|\.\s")
# ... or said after the drug: "venlafaxine was initiated in 9"
_BEGUN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:was|were|had\s+been|being)\s+(?:\w+\s+)?(?:started|initiated|begun|"
    r"commenced|prescribed|added)\b",
    re.I,
)


def _treatment_ended(spec: WatchSpec) -> re.Pattern[str]:
    """The study's treatment said to be over: "Study medication was stopped at week 12",
    "the randomised phase ended", "naltrexone was discontinued after 8 weeks", "after
    which treatment was naturalistic"."""
    drug = drug_names(spec)
    return re.compile(
        r"\b(?:study|trial|randomi[sz]ed|blinded|double[\s\-]blind)\s+(?:medication|drug|"
        r"treatment|capsules?|tablets?|phase|period)s?\s+(?:was|were|had\s+been|is|are)\s+"
        r"(?:\w+\s+)?(?:stopped|discontinued|ended|ceased|withdrawn|completed|over)\b|"
        rf"\b(?:{drug})\s+(?:was|were|had\s+been|is|are)\s+(?:\w+\s+)?"
        r"(?:stopped|discontinued|ceased|withdrawn)\s+(?:at|after|on)\b|"
        r"\b(?:stopped|discontinued|ended)\s+(?:the\s+)?(?:study\s+(?:medication|drug)|"
        rf"{drug})\s+(?:at|after)\b|"
        r"\bafter\s+which\s+(?:the\s+)?treatment\s+was\s+(?:naturalistic|uncontrolled|"
        r"at\s+the\s+discretion|left\s+to|open)\b|"
        r"\b(?:randomi[sz]ed|double[\s\-]blind|blinded|treatment)\s+(?:phase|period)\s+"
        r"(?:had\s+)?(?:ended|finished|was\s+over|closed)\b",
        re.I,
    )


def _kept_on_in_period(spec: WatchSpec) -> re.Pattern[str]:
    drug = drug_names(spec)
    return re.compile(
        rf"\b(?:continu\w*|kept|remain\w*\s+on|stay\w*\s+on|maintain\w*)\s+(?:on\s+)?"
        rf"(?:\w+\s+){{0,2}}?(?:{drug})\b|\b(?:{drug})\s+(?:was|were)\s+(?:\w+\s+)?"
        r"(?:continued|maintained|kept)\b",
        re.I,
    )


def _begun_in_later_period(doc: Doc, s: Sentence, m: Mention) -> bool:
    """A drug begun in the time after the study's treatment ended (``_LATER_PERIOD``),
    where the record says that treatment ended (``_treatment_ended``) and the watched drug
    does not go on in that time: begun once LDN was over, not taken with it."""
    head = s.text[: m.start]
    period = _LATER_PERIOD.search(head)
    if period is None or _CLAUSE_STOP.search(head, period.end()):
        return False
    begun = _BEGUN_HERE.search(head, period.end())
    if (begun is None or m.start - begun.end() > 80) and not _BEGUN_AFTER.match(s.text, m.end):
        return False
    kept = doc.spec.compiled("drugs.kept_on_in_period", _kept_on_in_period)
    if kept.search(s.text):
        return False
    ended = doc.spec.compiled("drugs.treatment_ended", _treatment_ended)
    return any(ended.search(o.text) for o in doc.sentences if o.own)


# a drug stopped before the study began, said by the clause as a whole, whatever the verb's
# form or place: "SSRIs, SNRIs and other antidepressants had been discontinued two weeks
# before randomisation", "before baseline, participants stopped all antidepressants,
# including sertraline and venlafaxine", "any SSRI was tapered off over two weeks prior to
# the first dose". The verb and the start of the study must both be in the drug's clause.
_STOP_VERB = re.compile(
    r"\b(?<!not\s)(?:discontinued|stopped|tapered(?:\s+off)?|withdrawn|washed\s+out|ceased|"
    r"discontinuing|stopping|tapering(?:\s+off)?|withdrawing|ceasing)\b",
    re.I,
)
_STUDY_START = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of|preceding)\s+(?:the\s+)?(?:(?:first|initial)\s+)?"
    r"(?:randomi[sz]ation|randomi[sz]ing|baseline|enrol+ment|enrol+ing|study\s+entry|entry|"
    r"inclusion|allocation|dosing|(?:study|trial|treatment)\s+(?:start|onset|initiation)|"
    r"(?:the\s+)?(?:first|initial)\s+dose|(?:starting|beginning|initiating|commencing|"
    r"receiving)\b)",
    re.I,
)
# what keeps a drug in the clause out of the stop: kept on, the stop about others (a
# relative clause, a time clause of its own), an exception, or a negation
_KEPT_IN_CLAUSE = re.compile(
    r"\b(?:continu\w*|remain\w*|maintain\w*|stable|unchanged|kept|ongoing|not\s+"
    r"(?:\w+\s+)?(?:discontinued|stopped|tapered|withdrawn|ceased))\b",
    re.I,
)
_APART = re.compile(
    r"\b(?:who|whom|whose|which|that|after|once|when|while|whereas|but|except|excluding|"
    r"other\s+than|apart\s+from|exception|unless|taking|receiving|on|received|took|"
    r"randomi[sz]ed|assigned|allocated|added)\b",
    re.I,
)


def _stopped_before_start(text: str, start: int, end: int) -> bool:
    """The clause (between semicolons) of the drug at [start, end) says it was stopped
    before the study began: a stop verb and the study's start both in it, nothing between
    the drug and the verb setting the drug apart, and nothing in the clause keeping a drug
    on."""
    a = text.rfind(";", 0, start) + 1
    b = text.find(";", end)
    b = b if b >= 0 else len(text)
    clause = text[a:b]
    if not _STUDY_START.search(clause) or _KEPT_IN_CLAUSE.search(clause):
        return False
    for v in _STOP_VERB.finditer(text, a, b):
        between = text[end : v.start()] if v.start() >= end else text[v.end() : start]
        if not _APART.search(between):
            return True
        # (the people's next relative clause stopping the drug by a pronoun: "who had not
        # responded to fluoxetine or escitalopram, and who had stopped it at least 4 weeks
        # before baseline")
        if v.start() >= end and _AND_WHO.match(between) and _IT_AFTER.match(text, v.end()):
            return True
    return False


_AND_WHO = re.compile(
    # (after the other drugs listed with it: "fluoxetine or escitalopram, and who had")
    r"^(?:\s*(?:,|\bor\b|\band\b)\s*[\w\-]+){0,3}?\s*(?:\([^()]*\)\s*)?,?\s*and\s+(?:who|had)\s+"
    r"(?:had\s+|have\s+)?(?:\w+ly\s+|since\s+|then\s+)?$",
    re.I,
)
_IT_AFTER = re.compile(
    r"\s+(?:it|them|this|that|both|the\s+(?:drug|medication|antidepressant|SSRI|SNRI)s?)\b", re.I
)


# A period named for one drug: "(6 weeks for fluoxetine)", "(two months after fluoxetine)",
# "(fluoxetine: five weeks)", "or fluoxetine in the preceding 6 weeks", "fluoxetine within
# 28 days". Such a period only qualifies the clause it hangs on: it says the drug is absent
# where that clause says the people take none, and present where it says they take one
# ("on a stable dose for 4 weeks (8 weeks for fluoxetine)").
_SPAN = r"(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a|several)[\s\-]+(?:days?|weeks?|months?)"
_PERIOD_BEFORE = re.compile(
    rf"\b{_SPAN}\s+(?:for|after|of|since|with|in\s+the\s+case\s+of|in)\s+(?:\w+\s+)?$", re.I
)
_PERIOD_AFTER = re.compile(
    r"^\s*(?::|,)?\s*(?:(?:for|in|within|during|over)\s+)?(?:the\s+)?"
    rf"(?:(?:preceding|previous|past|last|prior)\s+)?(?:at\s+least\s+|>=?\s*|≥\s*)?{_SPAN}\b",
    re.I,
)


@lru_cache(maxsize=8)
def _absence(spec: WatchSpec) -> re.Pattern[str]:
    """The clause says the people take none: "no antidepressant (use)", "not currently
    taking", "antidepressant-free", "a washout", "off", "discontinued", "no participant
    had used"; the last such cue before the drug, with nothing between that starts a
    drug being taken (a stable dose, a drug continued, given, added or randomised)."""
    kind = spec.comedication_kind
    free = rf"[\w\-]*[\s\-]free|{spec.unmedicated}" if spec.unmedicated else r"[\w\-]*[\s\-]free"
    cue = (
        rf"\bno\s+(?:(?:current|concurrent|concomitant|other|prior)\s+)?(?:{kind})s?\b|"
        r"\bno\s+(?:participants?|patients?|subjects?|one)\s+(?:had\s+|has\s+|have\s+)?"
        r"(?:used|taken|received|been\s+(?:on|taking|treated))\b|"
        r"\bnot\s+(?:currently\s+|presently\s+)?(?:taking|using|receiving|on|treated\s+with)\b|"
        rf"\b(?:{free})\b|\bwash[\s\-]?out\b|\boff\b|\bwithout\s+(?:any\s+)?(?:{kind})|"
        r"\b(?:discontinu|stopp|ceas|taper|withdr)\w*"
    )
    taken = (
        r"\b(?:stable|continu\w*|maintain\w*|remain\w*|kept|plus|added|adjunct\w*|augment\w*|"
        r"randomi[sz]\w*|allocated|assigned|received|receiving|took|taking|given|started|"
        r"starting|initiat\w*|while|whereas|but|except|unless|other\s+than)\b"
    )
    return re.compile(rf"(?:{cue})(?:(?!{taken})[^.])*$", re.I)


def _period_of_absence(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The drug has its own period in a clause saying the people take none: "not taking
    an antidepressant (none for 4 weeks; 6 weeks for fluoxetine)", "antidepressant-free
    for two weeks (fluoxetine: five weeks)"."""
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    if not (_PERIOD_BEFORE.search(before[-60:]) or _PERIOD_AFTER.match(s.text[m.end :])):
        return False
    return bool(doc.spec.compiled("drugs.absence", _absence).search(before))


# A drug whose start is what the study counted: "initiation of SSRIs was less frequent (HR
# 0.86)", "the hazard of a first SNRI prescription was lower in users", "new dispensing of
# tricyclics did not differ between the groups", "the secondary outcome was time to
# initiation of an SSRI". Starting it is an outcome compared between groups, not a drug
# taken together with LDN. The start is said by a noun at the drug (before it, or right
# after it: "SSRI initiation"); the clause must then compare it or call it an outcome, so
# a drug simply started alongside ("12 started sertraline while on LDN") still counts.
_START_NOUN = (
    r"(?:initiation|initiating|commencement|uptake|incidence|incident|new|first|dispensing|"
    r"dispensations?|prescriptions?|prescribing|redemptions?|fills?|start)"
)
_START_BEFORE = re.compile(
    rf"\b{_START_NOUN}\s+(?:(?:of|to|for)\s+)?(?:(?:an?|any|the|new|first)\s+)*"
    # (or a drug coordinated with the first one: "initiation of an SSRI or mirtazapine")
    r"(?:[\w\-]+\s+)?(?:[\w\-]+,?\s+(?:or|and|and/or)\s+)?$",
    re.I,
)
_START_AFTER = re.compile(
    r"^s?\s+(?:initiation|commencement|uptake|prescriptions?|prescribing|dispensing|"
    r"dispensations?|redemptions?|fills?|starts?)\b",
    re.I,
)
_COUNTED = re.compile(
    # (the ratios' capitals only: "an SSRI or SNRI" joins two drugs, it is no odds ratio)
    r"\b(?:outcomes?|end[\s\-]?points?|hazard|(?-i:HR|OR)|odds|risk|rates?|incidence|time\s+to|"
    r"less|more|fewer|lower|higher|reduced|increased|differ\w*|compared|than|vs\.?|versus|"
    r"between\s+(?:the\s+)?(?:groups|users|arms|cohorts))\b",
    re.I,
)


def _counted_as_outcome(s: Sentence, m: Mention) -> bool:
    """The drug's start is what the study counted or compared (``_START_*``, ``_COUNTED``)."""
    before = s.text[max(0, m.start - 60) : m.start]
    if not (_START_BEFORE.search(before) or _START_AFTER.match(s.text[m.end :])):
        return False
    a = s.text.rfind(";", 0, m.start) + 1
    b = s.text.find(";", m.end)
    return bool(_COUNTED.search(s.text[a : b if b >= 0 else len(s.text)]))


# the drug a switch goes to, after what it goes from: "7 were switched from an SSRI to
# bupropion", "changed from sertraline to venlafaxine", "moving from escitalopram to
# duloxetine" (the drug after "to" is begun, not stopped)
# the verbs of a switch from one drug to another
_SWITCH_VERB = r"(?:switch\w*|chang\w*|mov(?:e|ed|es|ing)|transition\w*|cross[\s\-]?taper\w*)"
_SWITCHED_TO_BEFORE = re.compile(
    rf"\b{_SWITCH_VERB}\s+"
    r"(?:over\s+)?from\s+(?P<from>(?:[^.;()]|\([^()]{0,40}\)){1,60}?)\s+to\s+"
    r"(?:an?\s+|the\s+|their\s+)?$",
    re.I,
)


def _switched_to(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The drug is what a switch from another antidepressant went to ("switched from an
    SSRI to bupropion"): begun, whatever stop the words before it tell of the first one
    (not a switch from the watched drug: "switched from LDN to sertraline" replaces it)."""
    hit = _SWITCHED_TO_BEFORE.search(s.text, max(0, m.start - 100), m.start)
    if hit is None:
        return False
    watched = doc.spec.compiled("roles.watched_names", watched_names)
    return watched.search(hit.group("from")) is None


def _stop_follows(doc: Doc, s: Sentence, m: Mention) -> bool:
    """A stop said right after the drug is the drug's own, not one whose object follows
    the verb: "sertraline was discontinued", "with paroxetine stopped at baseline" (the
    drug stopped), but not "the third woman, on citalopram, stopped LDN after 14 weeks",
    "taking escitalopram, discontinued naltrexone because of vivid dreams" (the person on
    the drug stopped the watched drug, or another drug named after the verb: the drug
    before it goes on)."""
    hit = _STOPPED_AFTER.match(s.text[m.end :])
    if hit is None or _named_with_watched(doc, s, m):
        return False
    if not _STOP_VERB_LAST.search(hit.group()):
        return True
    start = m.end + hit.end()
    start += len(s.text[start:]) - len(s.text[start:].lstrip())
    watched = doc.spec.compiled("roles.watched_names", watched_names)
    if watched.match(s.text, start):
        return False
    return not any(o.start == start for o in doc.comedications(s))


# the words that join two drugs stopped together: "LDN and sertraline were stopped"
_JOINED = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|and|&|as\s+well\s+as|plus)\s*", re.I)


def _named_with_watched(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The drug is named right after the watched drug, joined to it: "LDN and sertraline
    were stopped" stops both, which were taken together until then (a case's drugs
    stopped when it ended), not a drug stopped before the watched one began."""
    watched = doc.spec.compiled("roles.watched_names", watched_names)
    before = s.text[max(0, m.start - 40) : m.start]
    return any(_JOINED.fullmatch(before, w.end()) for w in watched.finditer(before))


# a stop verb the match ends on, which may take an object after it
_STOP_VERB_LAST = re.compile(r"\b(?:stopped|discontinued|ceased|withdrawn|quit)$", re.I)


def _stopped(doc: Doc, s: Sentence, m: Mention) -> bool:
    """Stopped before LDN, free of it, ruled out of the combination, only a rescue or
    a later treatment, only what the study will record, a start counted as an
    outcome, or the subject of a claim about such drugs."""
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    return bool(
        _begun_after_stop(doc, s, m)
        or _begun_in_later_period(doc, s, m)
        or _begun_in_place(doc, s, m)
        or _begun_after_treatment(doc, s, m)
        or _offered_on_failure(s, m)
        or _begun_then_left(s, m)
        or doc.spec.compiled("drugs.rescue_before", _rescue_before).search(before)
        or _RESCUE_AFTER.match(s.text[m.end :])
        or doc.spec.compiled("drugs.replaced_after", _replaced_after).match(s.text[m.end :])
        or (
            _STOPPED_BEFORE.search(before)
            and not _KEPT_ITSELF.match(s.text, m.end)
            and not _switched_to(doc, s, m)
        )
        or _NOBODY_BEFORE.search(before)
        or _FREE_AFTER.match(s.text[m.end :])
        or _stop_follows(doc, s, m)
        or _stopped_before_start(s.text, m.start, m.end)
        or _RECORDED_AFTER.match(s.text[m.end :])
        or _TO_REPORT_BEFORE.search(before)
        or _LEFT_TO_START_BEFORE.search(before)
        or _counted_as_outcome(s, m)
        or _period_of_absence(doc, s, m)
        or ruled_out(s.text, m.start, _coordinated_end(doc, s, m))
        or claimed_of(s.text, m.end)
        or _switched_from(s, m)
    )


# the drug a switch left, in a sentence about switching: "8 from bupropion to an SSRI",
# "switched from escitalopram (n = 12) to duloxetine", "cross-tapered from an SSRI onto
# vortioxetine" (the drug switched to is taken; the one switched from is not)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+|their\s+|another\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:to|onto)\s+", re.I)
_SWITCH_WORD = re.compile(rf"\b{_SWITCH_VERB}\b", re.I)


def _switched_from(s: Sentence, m: Mention) -> bool:
    """The drug is the one a switch the sentence tells left (``_FROM_BEFORE``)."""
    return (
        _FROM_BEFORE.search(s.text, max(0, m.start - 30), m.start) is not None
        and _TO_AFTER.match(s.text, m.end) is not None
        and _SWITCH_WORD.search(s.text) is not None
    )


# what stands between two drugs of one coordinated list: "SSRIs, SNRIs or MAOIs", "an SSRI
# (escitalopram) and mirtazapine"
_LIST_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:(?:and|or|and/or|nor)\s+)?|(?:and|or|and/or|nor)\s+)"
    r"(?:(?:an?|other|any)\s+)?",
    re.I,
)


def _coordinated_end(doc: Doc, s: Sentence, m: Mention) -> int:
    """Where the list of drugs that ``m`` opens or goes on ends: a rule said after the list
    ("people taking SSRIs, SNRIs, tricyclics, mirtazapine or MAOIs will be excluded") is
    said of each drug in it, however long the list."""
    end = m.end
    for o in sorted(doc.comedications(s), key=lambda o: o.start):
        if o.start < end:
            continue
        gap = _LIST_GAP.match(s.text, end)
        if gap is None or gap.end() != o.start:
            break
        end = o.end
    return end


# (the next drug may carry a word of its dose or regimen: "duloxetine or low-dose
# amitriptyline (<=25 mg) for pain", "SNRIs and stable, low doses of tricyclics")
_COORDINATED = re.compile(
    # (the first drug's dose in between, of alternatives: "duloxetine 60 mg or amitriptyline
    # 10-25 mg at night prescribed for fibromyalgia pain"; "sertraline 100 mg and trazodone
    # 50 mg for insomnia" may be two drugs for two purposes)
    # (or the first drug's time of day, of alternatives: "amitriptyline at night or
    # duloxetine for pain", preprints100 PPR0970016)
    r"^\s*(?:\d[\d.,]*(?:\s*[\-–]\s*\d[\d.,]*)?\s*(?:mg|µg|μg|mcg)(?:\s*/\s*d(?:ay)?)?\s*"
    r"(?:\([^()]*\)\s*)?,?\s*(?:or|and/or)\s+|"
    r"(?:at\s+(?:night|bedtime)|nightly|in\s+the\s+(?:evening|morning))\s*,?\s*(?:or|and/or)\s+|"
    # (or with each drug's count elided into the list: "included duloxetine and in 12
    # amitriptyline, prescribed for pain")
    r"(?:\([^()]*\)\s*)?(?:,\s*)?(?:or|and|and/or|,)\s*"
    r"(?:in\s+\d+\s+(?:(?:other\s+)?(?:cases|patients|participants)\s+)?)?)"
    r"(?:(?:an?|the|their)\s+)?"
    r"(?:(?:stable|fixed|usual|low|lower|small|very[\s\-]+low|standard)(?:[\s\-]+|\s*,\s*)"
    r"(?:doses?(?:\s+of)?\s+)?)*$",
    re.I,
)


# a class's member named in a bracket right after it ("an SNRI (duloxetine) for pain", "a
# tricyclic (e.g. amitriptyline) to manage pain"): the two are one drug, the purpose after
# the bracket is both's
_MEMBER_BRACKET = re.compile(
    r"^\s*\((?:\s*(?:e\.g\.|i\.e\.|such\s+as|mostly|mainly|usually)\s*,?)?\s*$", re.I
)


# the same list going on through drugs of no class ("duloxetine, pregabalin or
# amitriptyline used for fibromyalgia pain", "nortriptyline, gabapentin, or duloxetine
# for neuropathic pain"): one to three single-word items between
_LISTED_BETWEEN = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:,\s*(?!(?:which|that|who|but|while|whereas|then|so)\b)"
    r"[\w\-]+(?:\s*\([^()]*\))?\s*){1,3},?\s*(?:or|and|and/or)\s+"
    # (the last item's dose word before it: "..., pregabalin or low-dose amitriptyline")
    r"(?:(?:very\s+)?low[\s\-]+dose\s+)?$",
    re.I,
)


@lru_cache(maxsize=8)
def _treats_other_patterns(spec: WatchSpec) -> tuple[re.Pattern[str], re.Pattern[str]]:
    other = f"{spec.other_purpose}|{spec.other_conditions}"
    # "<another condition> is commonly treated with <drug>", "... managed with <drug>"
    cond_first = re.compile(
        rf"\b(?P<purpose>{other})\b[^;.]{{0,40}}?\b(?:is|are|was|were|often|commonly|usually|"
        r"typically|frequently)\s+(?:[\w\-]+\s+){0,2}?(?:treated|managed|controlled)\s+"
        r"(?:[\w\-]+\s+){0,3}?with\b[^;]{0,60}$",
        re.I,
    )
    # "<drug> is approved for <another condition>", "<drug>, first-line for <another
    # condition>,", "<drug>, a standard treatment of <another condition>"
    drug_first = re.compile(
        r"\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+(?:is|are|was|were)\s+(?:[\w\-]+\s+){0,2}?)"
        r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:approved|licensed|indicated|recommended|"
        r"first[\s\-]line|treatments?|therap(?:y|ies)|used)\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:for|of|in)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<purpose>{other})\b|"
        # ... or the drug the watched one is added to, in that condition: "X versus placebo
        # added to duloxetine in fibromyalgia", "LDN as an add-on to milnacipran in patients
        # with fibromyalgia" (the condition's background treatment)
        r"\s*(?:\([^()]*\)\s*)?\s+(?:in|among|for)\s+(?:(?:patients|adults|people|women|"
        rf"men|participants)\s+with\s+)?(?P<purpose2>{other})\b|"
        # ... or the drug naming the people of that condition it treats: "duloxetine-treated
        # fibromyalgia patients", "venlafaxine-treated patients with chronic pain"
        r"[\s\-]+(?:treated|using|taking|maintained)\s+(?:(?:patients|adults|people|women|men|"
        rf"participants)\s+with\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<purpose3>{other})\b",
        re.I,
    )
    return cond_first, drug_first


@lru_cache(maxsize=8)
def _taken_by_other_pattern(spec: WatchSpec) -> re.Pattern[str]:
    """The people named by another condition, then by the drug they take: "fibromyalgia
    patients taking duloxetine", "adults with fibromyalgia on stable duloxetine 60 mg",
    "women with chronic pain who were receiving an SNRI" (what people with that condition
    take is that condition's treatment unless a sentence gives it for the watched one)."""
    other = f"{spec.other_purpose}|{spec.other_conditions}"
    # (the rest of the condition's name in between: "complex regional pain syndrome taking
    # nortriptyline", "painful diabetic polyneuropathy already treated with duloxetine", not
    # a second condition, "chronic pain and depression taking sertraline", nor a symptom
    # kept despite the drug, "residual fatigue despite taking sertraline"; and the drug told
    # as kept or used: "irritable bowel syndrome maintained on citalopram", "chronic
    # widespread pain who used venlafaxine", "fibromyalgia under milnacipran")
    return re.compile(
        rf"\b(?P<purpose>{other})\w*\s+(?:(?!(?:and|or|with|plus|who|that|were|was|are|is|"
        r"despite|while|whilst|although|though|but|when|after|before|still|not|also|even|if|as|"
        r"in|of|for|at|from|by|to|persisting|persistent|residual|remaining)\b)[\w\-]+\s+){0,2}?(?:(?:patients|adults|people|women|men|participants|"
        r"individuals|subjects)\s+)?(?:(?:who|that)\s+(?:were|are|had\s+been)\s+)?"
        r"(?:already\s+|currently\s+)?(?:taking|on|receiving|treated\s+with|using|maintained\s+on|"
        r"under|(?:who|that)\s+(?:already\s+)?(?:used|took|received))\s+(?:(?:stable|ongoing|their|"
        r"usual|regular|established|an?|the|background|maintenance|concomitant)\s+)*"
        r"(?:(?:doses?|treatment|therapy)\s+(?:of|with)\s+)?$",
        re.I,
    )


# the watched drug is added to the co-medication: "added to", "add-on to", "on top of"
_ADDED_TO = re.compile(
    r"\b(?:added\s+to|add[\s\-]?on\s+to|adjunct(?:ive)?\s+to|on\s+top\s+of|"
    r"augmenting|in\s+addition\s+to)\s+(?:(?:stable|ongoing|their|usual)\s+)*$",
    re.I,
)


def _treats_other(doc: Doc) -> dict[str, str]:
    """Drugs the record names as a treatment of another condition that its people were
    selected for: "Fibromyalgia is commonly treated with duloxetine", "duloxetine, approved
    for diabetic neuropathic pain". In such a sample the drug is the disease's treatment,
    not a treatment of depression taken with the watched drug (CONTRACT.md), unless a
    sentence gives it for the condition ("duloxetine for both pain and depression")."""
    from ldn_watch.assess import topic  # (topic reads co-medication: imported late)

    cond = topic.other_population(doc)
    if not cond or cond == topic.PROFESSIONALS:
        return {}
    if doc.remember("selected_for_condition", _selected_for_condition, meanwhile=False):
        # people selected for the condition as well ("fibromyalgia and a current major
        # depressive episode (HAM-D >= 18), maintained on bupropion"): the antidepressant
        # they take at its dose treats the condition too; only a purpose said in the
        # drug's own clause ("amitriptyline 10 mg for pain") takes it away
        return {}
    cond_first, drug_first = _treats_other_patterns(doc.spec)
    family = doc.spec.family
    out: dict[str, str] = {}
    for s in doc.sentences:
        for m in doc.comedications(s):
            hit = cond_first.search(s.text[max(0, m.start - 140) : m.start]) or drug_first.match(
                s.text, m.end
            )
            if hit is None:
                hit = _taken_by_other_pattern(doc.spec).search(
                    s.text[max(0, m.start - 80) : m.start]
                )
            added = hit.groupdict().get("purpose2") if hit is not None else None
            if added and not _ADDED_TO.search(s.text, max(0, m.start - 40), m.start):
                hit = None  # ("sertraline in fibromyalgia" said of no add-on)
            if hit is not None and not family.search(hit.group(0)):
                named = hit.groupdict()
                purpose = named.get("purpose") or added or named.get("purpose3") or ""
                out.setdefault(m.entry.name, purpose.lower())
    return out


def _selected_for_condition(doc: Doc) -> bool:
    """The people were selected for the watched condition (asked while it is being
    decided, which may ask the co-medication in turn: not yet shown)."""
    from ldn_watch.assess import topic  # (topic reads co-medication: imported late)

    return topic.condition_population(doc) is not None


# the condition named as what a drug is (also) taken for: "duloxetine, which they had been
# taking for both pain and depression", "venlafaxine, prescribed for pain and low mood"
# (not across a new clause: "treated with duloxetine for pain, and many have depressive
# symptoms" gives it for pain)
_FOR_AFTER = re.compile(
    r"^[^;.]{0,60}?\bfor\b(?:(?!,\s*(?:and|but|while|whereas|although|yet|so)\b)[^;.]){0,40}$",
    re.I,
)


@lru_cache(maxsize=8)
def _as_kind_patterns(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = re.compile(
        # "trazodone 150-300 mg daily as their antidepressant", "sertraline, which was the
        # antidepressant in every case", "trazodone at antidepressant doses"
        r"(?:[^;.]|(?<=\d)\.(?=\d)){0,60}?(?:(?<!\bnot\s)(?<!\bthan\s)(?<!\bof\s)"
        r"\bas\s+(?:their|the|his|her|its|an?)\s+"
        r"(?:only\s+|main\s+|sole\s+|current\s+|primary\s+)?"
        rf"(?:{kind})\b(?![\s\-]+(?:dos|effect))|"
        rf"\b(?:was|were|is|are)\s+(?:the|their)\s+(?:only\s+)?(?:{kind})\b(?![\s\-]+dos)|"
        rf"\bat\s+(?:an?\s+)?(?:{kind})[\s\-]+dos(?:es?|ing)\b)",
        re.I,
    )
    # "antidepressant-dose trazodone", "full antidepressant doses of trazodone"
    before = re.compile(rf"\b(?:{kind})[\s\-]+dos(?:e|es|ing)\s+(?:of\s+)?$", re.I)
    return after, before


def _taken_as_kind(doc: Doc, name: str) -> bool:
    """The record says ``name`` is taken as the co-medication kind itself ("trazodone
    150-300 mg daily as their antidepressant", "at antidepressant doses"): whatever it is
    said elsewhere to be used for ("trazodone is often used at low doses for sleep"), the
    study's people take it for the condition (CONTRACT.md: only the same drug taken for
    another purpose is left out)."""
    after, before = _as_kind_patterns(doc.spec.comedication_kind)
    for s in doc.sentences:
        for m in doc.comedications(s):
            if m.entry.name == name and (
                after.match(s.text, m.end) or before.search(s.text[max(0, m.start - 40) : m.start])
            ):
                return True
    return False


def _given_for_condition(doc: Doc, name: str) -> bool:
    family = doc.spec.family
    for s in doc.sentences:
        for m in doc.comedications(s):
            if m.entry.name != name:
                continue
            for f in family.finditer(s.text, m.end, min(len(s.text), m.end + 100)):
                if _FOR_AFTER.match(s.text[m.end : f.start()]):
                    return True
    return False


def _not_a_kind_of_condition(spec: WatchSpec) -> str:
    """After a purpose word: it is not the first half of a compound naming a kind of the
    watched condition ("fatigue-predominant depression", "pain-related depressive
    symptoms": a drug "for fatigue-predominant depression" is taken for the condition)."""
    return rf"(?!-[\w\-]*\s+(?:[\w\-]+\s+)?(?:{spec.cond['family_pattern']}))"


# how long, not what for: "for ten weeks", "for about a year", "for 12 months" (the words
# after "for" are a duration, and what follows it starts anew: "for ten weeks sleep
# improved")
_NOT_A_TIME = (
    r"(?!(?:at\s+least\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:an?|[\w\-]+)\s+(?:days?|weeks?|months?|years?|nights?)\b)"
)


@lru_cache(maxsize=8)
def _purpose_patterns(spec: WatchSpec) -> tuple[re.Pattern[str], re.Pattern[str]]:
    purpose = spec.other_purpose
    kind_of = _not_a_kind_of_condition(spec)
    # ... or a dose named by the purpose: "at analgesic doses", "in hypnotic doses"
    at_dose = rf"\b(?:at|in)\s+(?:an?\s+)?(?=(?:{purpose})\s+dos(?:es?|ing)\b)"
    after = re.compile(
        # (a decimal point is no sentence end: "venlafaxine 37.5 mg for hot flashes")
        # (nor past another medicine added with its own dose: "bupropion XL 300 mg/day, with
        # quetiapine 25 mg at bedtime for sleep" gives the sleep to the quetiapine)
        r"^(?:(?![;.]|\b(?:and|but|while|whereas)\s+(?!\w+\s+mg)\w+\s+(?:for|to)\b|"
        r",\s*(?:with|plus|as\s+well\s+as)\s+[a-z][\w\-]*\s+\d+(?:\.\d+)?\s*(?:mg|mcg|µg)\b)[^;.]|"
        r"(?<=\d)\.(?=\d)){0,60}?"
        rf"(?:\b(?:for|to treat|to manage|to aid|to improve|as(?:\s+an?)?)\s+{_NOT_A_TIME}"
        r"(?:the\s+)?"
        # (the words before the purpose may be hyphenated: "for post-COVID headache",
        # "for long-standing back pain")
        rf"(?:treatment of\s+|management of\s+)?(?:[\w\-]+\s+){{0,2}}?|{at_dose})"
        rf"(?P<purpose>{purpose})\b" + kind_of,
        re.I,
    )
    # (... or heads a bracket listing the drugs: "antidepressants for pain (amitriptyline
    # <= 25 mg, duloxetine)": every drug in the open bracket has that purpose)
    before = re.compile(
        rf"(?:\b(?:for|to treat)\s+{_NOT_A_TIME}(?:[\w\-]+\s+){{0,2}}?|{at_dose})"
        rf"(?P<purpose>{purpose})\b"
        r"(?:\s+dos(?:es?|ing))?\s*[,:]?\s*"
        r"(?:\([^()]{0,60}?)?(?:\w+\s+){0,2}$",
        re.I,
    )
    return after, before


# "a small dose of", "low-dose": the drug named below the dose used for the condition
_LOW_DOSE_BEFORE = re.compile(
    r"\b(?:small|low|very[\s\-]+low|sub-?therapeutic)[\s\-]+doses?\s+(?:of\s+)?(?:an?\s+)?$",
    re.I,
)


@lru_cache(maxsize=8)
def _purpose_anywhere(spec: WatchSpec) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:for|to treat|to manage|to aid|to improve)\s+{_NOT_A_TIME}(?:the\s+)?"
        rf"(?:[\w\-]+\s+){{0,2}}?(?P<purpose>{spec.other_purpose})\b"
        + _not_a_kind_of_condition(spec),
        re.I,
    )


# a list headed by the treatment of another condition: "co-medication for fibromyalgia,
# including amitriptyline and duloxetine", "treatments for fibromyalgia such as ...",
# "drugs for their fibromyalgia, e.g. ..." (the drug is one item of the list)
_HEADER = (
    r"\b(?:co-?medications?|medications?|medicines?|treatments?|drugs|therap(?:y|ies)|"
    r"pharmacotherap(?:y|ies))\s+for\s+(?:their\s+|the\s+)?(?P<purpose>{cond})\b[^;.]{{0,20}}?"
    r"(?:\b(?:including|such\s+as|namely|like)\b|\be\.g\.)(?:[^;.]|\.(?=\d)){{0,80}}$"
)


# the pieces both headers below share: a word for medicines, a word that opens the list,
# and what a list may not run across (a new head, "..., and antidepressants including X",
# or a new clause)
_MEDICINES = (
    r"(?:co-?medications?|medications?|medicines?|treatments?|drugs|therap(?:y|ies)|"
    r"pharmacotherap(?:y|ies))"
)
# (... or a colon, as a results table heads its rows: "Concomitant medication for
# fibromyalgia: Duloxetine, Amitriptyline, None")
# (or its commonest items: "medications prescribed for fibromyalgia pain, most often
# duloxetine (n = 26) or low-dose amitriptyline")
_LIST_OPENS = (
    r"(?:\b(?:including|such\s+as|namely|like|(?:most\s+)?(?:often|commonly|frequently)|"
    r"mostly|mainly|chiefly|predominantly|especially|particularly|usually|typically)\b|"
    r"\be\.g\.|:)"
)
_NO_NEW_HEAD = r"(?!\b(?:antidepressants?|but|while|whereas|and\s+(?:the|their|other)|for)\b)"
# how long a medication has been taken, said between it and its list ("for 8 weeks", "for
# at least four weeks"): no new head
_FOR_A_TIME = (
    # (the least time as a sign: "for >= 4 weeks", "for ≥8 weeks")
    r"\bfor\s+(?:at\s+least\s+|more\s+than\s+|over\s+|the\s+(?:last|past)\s+|[≥>]=?\s*)?[\w\-]+\s+"
    r"(?:days?|weeks?|months?|years?)\b"
)
# ... or headed by a noun phrase whose modifier names that condition or another purpose:
# "usual fibromyalgia medication was continued unchanged, including duloxetine", "their
# analgesic regimen, e.g. duloxetine", "pain medications such as amitriptyline". A new
# head in between ("..., and antidepressants including X") or a new clause ends the list.
_MODIFIED_HEADER = (
    r"\b(?P<purpose>{purpose})[\s\-]+(?:co-?medications?|medications?|medicines?|"
    r"treatments?|drugs|therap(?:y|ies)|pharmacotherap(?:y|ies)|regimens?)\b"
    rf"(?:(?:{_NO_NEW_HEAD}[^;.]){{{{0,60}}}}?{_LIST_OPENS}(?:[^;.]|\.(?=\d)){{{{0,80}}}}$|"
    # ... or the list in the brackets after it, across how long it has been taken: "stable
    # fibromyalgia medication for 8 weeks (duloxetine, milnacipran or amitriptyline)",
    # "their usual pain treatment (duloxetine or nortriptyline)"
    rf"(?:{_FOR_A_TIME}|{_NO_NEW_HEAD}[^;.()]){{{{0,60}}}}?\((?:[^;.()]|\.(?=\d)){{{{0,80}}}}$|"
    # ... or in the next clause, as the shares taking each: "Participants continued existing
    # pain treatments; 47% were taking duloxetine and 22% amitriptyline"
    rf"(?:{_NO_NEW_HEAD}[^;.]){{{{0,30}}}}?;\s*(?:\d+(?:\.\d+)?\s*%|\d+|[a-z\-]+)\s+"
    r"(?:of\s+(?:them|these|those|\d+)\s+)?(?:(?:participants|patients|people)\s+)?(?:were|was)\s+"
    r"(?:taking|on|using|receiving|treated\s+with)\s+(?:[^;.]|\.(?=\d)){{0,80}}$)"
)


# ... or headed by a treatment for another purpose or condition, whatever the people were
# selected for: "background treatment for pain, including duloxetine or amitriptyline",
# "stable background medication for fibromyalgia pain, including duloxetine, milnacipran,
# amitriptyline or pregabalin" (every drug of the list is taken for it; a new head or
# clause ends the list, as above)
_PURPOSE_HEADER = (
    # (the medicines' participle may come first: "medicines taken for pain or sleep,
    # including ...", "drugs prescribed for neuropathic pain, such as ...")
    # (the medicines may be named by their kind: "stable antidepressants used for pain,
    # including amitriptyline 10-25 mg and duloxetine")
    rf"\b(?:{_MEDICINES}|antidepressants?)\s+(?:(?:taken|used|prescribed|given)\s+)?for\s+"
    r"(?:their\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?"
    r"(?P<purpose>{purpose})\w*\b"
    # (or in brackets after it: "antidepressants prescribed for fibromyalgia (amitriptyline
    # <= 25 mg, duloxetine, milnacipran)")
    rf"(?:{_NO_NEW_HEAD}[^;.]){{{{0,20}}}}?(?:{_LIST_OPENS}|\()"
    rf"(?:{_NO_NEW_HEAD}(?:[^;.]|\.(?=\d))){{{{0,80}}}}$"
)


# ... or headed by the people's own standing medication, its purpose unsaid: "stable
# background medication including duloxetine, milnacipran and pregabalin", "their usual
# medicines, e.g. amitriptyline" (a header naming the kind, "background antidepressant
# treatment including ...", says what the drugs are for: it is no such header)
_OWN_MEDICATION_HEADER = re.compile(
    r"\b(?:background|usual|regular|existing|standing|stable|ongoing|current|concomitant)\s+"
    r"(?:(?:background|usual|regular|stable|ongoing|current|concomitant)\s+)?"
    rf"{_MEDICINES}\b(?:{_NO_NEW_HEAD}[^;.]){{0,20}}?{_LIST_OPENS}"
    rf"(?:{_NO_NEW_HEAD}(?:[^;.]|\.(?=\d))){{0,80}}$",
    re.I,
)


def _header(template: str) -> Callable[[WatchSpec], re.Pattern[str]]:
    """A header pattern with the purposes filled in: another purpose, or any condition
    other than the watched one (the list itself says what its drugs are for, whether or
    not the population was recognised)."""

    def build(spec: WatchSpec) -> re.Pattern[str]:
        purpose = f"{spec.other_purpose}|{spec.other_conditions}"
        return re.compile(template.format(purpose=purpose), re.I)

    return build


_modified_header = _header(_MODIFIED_HEADER)
_purpose_header = _header(_PURPOSE_HEADER)


# what the record says its people take antidepressants for, as a habit of their condition:
# "many patients take antidepressants for pain" (not "for depression and pain")
_ANTIDEPRESSANTS_FOR = (
    r"\b(?:take|takes|took|taking|use|uses|using|receive|receives|receiving|are\s+(?:prescribed|"
    r"given|treated\s+with)|on)\s+antidepressants\s+(?:(?:mainly|mostly|chiefly|largely|often|"
    r"primarily)\s+)?for\s+(?:their\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<purpose>{purpose})\w*\b"
    r"(?!\s*(?:,\s*)?(?:and|or|with|as\s+well\s+as)\s+(?:[\w\-]+\s+){{0,2}}?(?:depress|mood))"
)
_antidepressants_for = _header(_ANTIDEPRESSANTS_FOR)


def _antidepressants_taken_for(doc: Doc) -> str | None:
    """The other purpose the record says its people take antidepressants for, in a study
    of people selected for another condition (CONTRACT.md: an antidepressant taken for
    another purpose does not count): "many patients take antidepressants for pain", said
    once, is what the duloxetine they take is for, unless its own sentence says otherwise."""
    from ldn_watch.assess import topic  # (topic reads co-medication: imported late)

    cond = topic.other_population(doc)
    if not cond or cond == topic.PROFESSIONALS:
        return None
    rx = doc.spec.compiled("drugs.antidepressants_for", _antidepressants_for)
    for s in doc.sentences:
        hit = rx.search(s.text)
        # (read from the "for" on: "antidepressants" itself names the condition's family)
        if hit is not None and not doc.spec.family.search(s.text, hit.start("purpose"), hit.end()):
            return hit.group("purpose").lower()
    return None


def _own_condition_header(doc: Doc, before: str, *, named_class: bool = False) -> str | None:
    """The condition the people were selected for, when the drug is listed under a
    header naming its treatment (``_HEADER``, ``_MODIFIED_HEADER``): taken for that
    condition, not the watched one. Only for a study of people selected for another
    condition; a header whose modifier names another purpose or condition ("pain
    medication, including ...", "usual fibromyalgia medication, including ...") holds in
    any study."""
    from ldn_watch.assess import topic  # (topic reads co-medication: imported late)

    lo = max(0, len(before) - 160)
    listed = any(
        w in before[lo:] for w in ("includ", "such as", "namely", "like", "e.g.", ":", "(", ";")
    )
    if not listed:
        return None
    hit = doc.spec.compiled("drugs.modified_header", _modified_header).search(before, lo)
    if hit and not doc.spec.family.search(hit.group(0)):
        return hit.group("purpose").lower()
    hit = doc.spec.compiled("drugs.purpose_header", _purpose_header).search(before, lo)
    # (the condition is read from the "for" on: the header may name the drugs' kind,
    # "antidepressants used for pain, including ...")
    if hit and not doc.spec.family.search(
        before, before.rfind("for", hit.start(), hit.start("purpose")), hit.end()
    ):
        return hit.group("purpose").lower()
    cond = topic.other_population(doc)
    if not cond or cond == topic.PROFESSIONALS:
        return None
    rx = re.compile(_HEADER.format(cond=re.escape(cond)), re.I)
    hit = rx.search(before, lo)
    if hit is None and _OWN_MEDICATION_HEADER.search(before, lo):
        # the people's own standing medication, listed without a purpose ("stable
        # background medication including duloxetine, pregabalin and milnacipran was
        # allowed"): in people selected for another condition, a drug they came in on
        # treats that one; classes named alone by their antidepressant kind ("background
        # medication, including SSRIs in 29%", "usual medicines including SSRIs and
        # SNRIs") are named as antidepressants, and a class named counts (CONTRACT.md):
        # nothing gives them the condition's purpose
        return None if named_class else cond.lower()
    # ("treatment for fibromyalgia and depression, including ...": for the condition too)
    return (
        hit.group("purpose").lower() if hit and not doc.spec.family.search(hit.group(0)) else None
    )


_ASIDES = re.compile(r"\s*\([^()]*\)")


def _purpose(doc: Doc, s: Sentence, m: Mention) -> str | None:
    """What the drug was given for, when the text says it was not the condition:
    "trazodone 50 mg at bedtime for insomnia", "amitriptyline for neuropathic pain"."""
    after, before = _purpose_patterns(doc.spec)
    # "duloxetine or amitriptyline (≤25 mg) taken for pain": coordinated drugs share it
    end = m.end
    nxt = sorted(x.start for x in doc.comedications(s) if x.start > m.end)
    # (each item told with its own bracket: "duloxetine (n = 23), sertraline (n = 11)")
    bracketed = False
    for x in sorted((x for x in doc.comedications(s) if x.start > m.end), key=lambda x: x.start):
        if not (
            _COORDINATED.match(s.text[end : x.start])
            or _LISTED_BETWEEN.match(s.text[end : x.start])
            or _MEMBER_BRACKET.match(s.text[end : x.start])
        ):
            break
        bracketed = bracketed or "(" in s.text[end : x.start]
        end = x.end
        nxt = [n for n in nxt if n > x.start]
    tail = s.text[end : min(nxt) if nxt else len(s.text)]
    hit = after.match(tail)
    last_own = False
    if hit is not None and bracketed and "(" in tail[hit.end() :] and "(" not in tail[: hit.end()]:
        # a list whose items each carry their own bracket, the last with its purpose
        # inside its own description, before its bracket: "duloxetine (n = 23), sertraline
        # (n = 11) or amitriptyline 10-25 mg at night for sleep (n = 9)" (the sleep is
        # amitriptyline's alone; "..., prescribed for pain" after the brackets is all's)
        hit, last_own = None, True
    hit = hit or before.search(s.text[max(0, m.start - 90) : m.start])
    if hit is None and "(" in tail and not last_own:
        # (bracketed counts and asides are no words between the drugs and their purpose:
        # "duloxetine (n = 21) or pregabalin (n = 17), prescribed by rheumatologists for
        # fibromyalgia pain")
        plain = _ASIDES.sub("", tail)
        hit = after.match(plain)
        tail = plain if hit is not None else tail
    if hit is None:
        # (a class is named as antidepressants only in a list of classes alone; beside
        # drugs of the condition's own treatment, "duloxetine, milnacipran, pregabalin,
        # SSRIs and amitriptyline", it is one more of them)
        classes_alone = m.entry.kind == "group" and not any(
            x.entry.kind == "drug" for x in doc.comedications(s)
        )
        own = _own_condition_header(doc, s.text[: m.start], named_class=classes_alone)
        if own is not None:
            return own
        said = doc.remember("drugs.antidepressants_taken_for", _antidepressants_taken_for)
        if said is not None:
            return said
    if hit is None and _LOW_DOSE_BEFORE.search(s.text[max(0, m.start - 40) : m.start]):
        # "a small dose of a tricyclic at night, amitriptyline 10-25 mg for sleep": a drug
        # named at a low dose shares the purpose its clause gives
        clause = s.text[m.end :].split(";", 1)[0]
        hit = _purpose_anywhere(doc.spec).search(clause)
    if hit is None or doc.spec.family.search(hit.group(0)):
        return None  # "duloxetine for <the condition> and pain" is taken for the condition
    if hit.re is after and doc.spec.compiled("drugs.watched_stopped", _watched_stopped).search(
        tail, 0, hit.start("purpose")
    ):
        # "participants on sertraline and naltrexone stopped naltrexone for nausea": the
        # reason the watched drug was stopped, not what the drug before it is taken for
        return None
    if hit.re is after and _FINDING_BEFORE_FOR.search(tail, 0, hit.start("purpose")):
        # "LDN added to bupropion showed a signal for pain interference": what the
        # combination changed, an outcome, not what the drug is taken for
        return None
    if hit.re is after:
        also = _ALSO_FOR.match(tail, hit.end()) or _COMORBID_WITH.match(tail, hit.end())
        symptom = doc.spec.symptom
        if also and (
            doc.spec.family.search(also.group("also"))
            # (... or a symptom of it: "for persisting fatigue and low motivation")
            or (symptom is not None and symptom.search(also.group("also")))
        ):
            # "taken for both pain and depression", "for pain or low mood", "for chronic
            # back pain with comorbid major depression": a purpose that includes the
            # condition is taken for the condition
            return None
    return hit.group("purpose").lower()


# a finding between the drug and the "for" that names an outcome: "showed a signal for
# pain", "demonstrated a benefit for sleep", "yielded a larger effect for pain"
_FINDING_BEFORE_FOR = re.compile(
    r"\b(?:showed|shows|demonstrated|yielded|produced)\b|"
    r"\b(?:an?|no|any|some|the)\s+(?:\w+\s+)?(?:signal|benefit|effect|trend|advantage)\s+for\b",
    re.I,
)


# the purpose's coordinated partner, a short noun phrase closing the clause ("pain and
# depression", "pain, insomnia and low mood"); not a new clause ("pain, and her depression
# was treated with ...": the phrase must end the list)
_ALSO_FOR = re.compile(
    r"(?:\s*,\s*[\w\-]+(?:\s+[\w\-]+)?)*\s*,?\s+(?:and|or|and/or|as\s+well\s+as|plus)\s+"
    # (or the clause going on: "... for pain and depression were randomised to X")
    r"(?P<also>(?:[\w\-]+\s+){0,2}?[\w\-]+)(?=\s*(?:[,;.)]|$)|\s+(?:and|or|to|were|was|"
    r"are|is|in|at|with|who|from|before|during)\b)",
    re.I,
)


# the purpose going on to the condition as its comorbidity: "for chronic low back pain with
# comorbid major depression", "for fibromyalgia and co-occurring depression", "for
# neuropathic pain comorbid with MDD" (the people the drug is for have both)
_COMORBID_WITH = re.compile(
    r"(?:\s+[\w\-]+){0,2}?\s+(?:(?:with|and|plus)\s+(?:a\s+)?(?:current\s+)?"
    r"(?:comorbid|co-?morbid|co-?occurring|concurrent|coexisting|co-?existing|coexistent|"
    r"accompanying|concomitant)|(?:comorbid|co-?morbid|co-?occurring|coexisting|co-?existing)"
    r"\s+with)\s+(?P<also>[\w\-]+(?:\s+[\w\-]+){0,2})",
    re.I,
)


# a warning to prescribers about combining ("caution is advised when LDN is combined with
# SSRIs", "avoid combining it with MAOIs", "we warn against use with SNRIs") is practice
# advice, said in a conclusion, and tells nothing of what participants took; the warning
# must stand in the drug's own clause, before it
_WARNING_BEFORE = re.compile(
    r"\b(?:caution\w*|warn\w*|avoid\w*|beware)\b[^.;]{0,100}$",
    re.I,
)


# the watched drug as the subject of how the field uses it, an adverb of habit before the
# verb: "X is increasingly prescribed off-label for depression, usually added to an
# existing SSRI or SNRI" (a registry's rationale): what prescribers do, not what the
# study's people take. Not where the sentence speaks of the study ("in this study", "we",
# "participants", "participating clinics"): "X is usually added to their SSRI in our
# clinic" tells its people.
_FIELD_HABIT_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:is|are)\s+(?:now\s+)?(?:increasingly|widely|commonly|usually|"
    r"often|typically|frequently|mostly|generally)\s+(?:used|prescribed|given|tried|added|"
    r"combined)\b",
    re.I,
)
_STUDY_PEOPLE = re.compile(
    # ("In participating clinics X is usually prescribed ...": the study's own clinics)
    r"\b(?:we|our|this\s+(?:study|trial|registry|cohort|protocol)|participa\w*|enrol\w*|"
    r"recruit\w*|randomi[sz]\w*|assigned|allocated)\b",
    re.I,
)


# ... or a co-medication opening the sentence as the subject of how it works or where the
# field chooses it: "Bupropion acts mainly on dopamine and noradrenaline reuptake and is a
# common choice when sexual side effects limit SSRIs" (a registry's rationale: neither drug
# named is thereby taken)
_DRUG_DESCRIBED_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:acts?|works?)\s+(?:\w+ly\s+)?(?:on|by|as|through|via)\b|"
    r"^\s*(?:\([^()]*\)\s*)?is\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:choice|option|alternative)\b",
    re.I,
)
_OPENS_SENTENCE = re.compile(r"^\s*(?:the\s+)?$", re.I)


def _field_practice(doc: Doc, s: Sentence) -> bool:
    """The sentence tells how the field uses the watched drug (``_FIELD_HABIT_AFTER``), or
    how a drug opening it works or is chosen (``_DRUG_DESCRIBED_AFTER``), not what the
    study's people take."""
    if _STUDY_PEOPLE.search(s.text):
        return False
    if any(_FIELD_HABIT_AFTER.match(s.text[m.end :]) for m in doc.drug(s)):
        return True
    first = next(iter(doc.comedications(s)), None)
    return (
        first is not None
        and _OPENS_SENTENCE.match(s.text[: first.start]) is not None
        and _DRUG_DESCRIBED_AFTER.match(s.text[first.end :]) is not None
    )


def _warned_against(s: Sentence, m: Mention) -> bool:
    """A conclusion's warning about taking the drug with the watched one."""
    return s.in_conclusion and bool(_WARNING_BEFORE.search(s.text[max(0, m.start - 110) : m.start]))


@lru_cache(maxsize=8)
def _all_take_one_pattern(kind: str) -> Folded:
    """Every participant takes a drug of the kind of their own: it is required to enter
    ("must be on an antidepressant", "had to be taking an antidepressant", "who have been
    taking an antidepressant for at least 8 weeks"), or all go on with it ("will carry on
    with their antidepressant", "continue their current antidepressant"), or the watched
    drug is added to it ("alongside usual antidepressant", "in addition to their ongoing
    antidepressant")."""
    own = r"(?:their|his|her|usual|current|ongoing|existing|stable|own|prescribed|regular)"
    return Folded(
        rf"\b(?:must|required\s+to|need(?:s|ed)?\s+to|ha(?:ve|s|d)\s+to)\s+be\s+(?:\w+\s+)?(?:on|taking|"
        rf"receiving|using)\s+(?:an?\s+|any\s+|their\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{kind})s?\b|"
        rf"\bwho\s+(?:have|had)\s+been\s+(?:taking|on|receiving|using|prescribed)\s+(?:an?\s+|any\s+)?"
        rf"(?:[\w\-]+\s+){{0,2}}?(?:{kind})s?\s+for\s+(?:at\s+least|a\s+minimum\s+of|more\s+than|"
        rf"over|≥|>=)\s|"
        rf"\b(?:continue|carry\s+on|keep\s+(?:on\s+)?taking|remain\s+on|stay\s+on|go\s+on)\s+"
        rf"(?:with\s+|taking\s+)?(?:{own}\s+){{1,2}}(?:[\w\-]+\s+)?(?:{kind})s?\b|"
        rf"\b(?:alongside|added\s+to|in\s+addition\s+to|on\s+top\s+of|as\s+an?\s+adjunct\s+to)\s+"
        rf"(?:{own}\s+){{1,2}}(?:[\w\-]+\s+)?(?:{kind})s?\b",
        re.I,
    )


@lru_cache(maxsize=8)
def _which_one_pattern(kind: str) -> re.Pattern[str]:
    """A sentence naming drugs as instances of the ones the participants take: "any
    antidepressant prescribed by the GP is allowed (we expect sertraline ... to be the most
    common)", "whatever antidepressant they take (most often citalopram)"."""
    return re.compile(
        rf"\b(?:any|whichever|whatever|usual|current|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{kind})s?\b",
        re.I,
    )


def _all_take_one(doc: Doc) -> bool:
    """Every participant takes a drug of the co-medication kind (``_all_take_one_pattern``)."""
    rx = _all_take_one_pattern(doc.spec.comedication_kind)
    return any(s.own and rx.search(s.text) for s in doc.sentences)


def _generalised(s: Sentence) -> bool:
    """A hedged sentence that generalises beyond the study ("LDN may be a useful adjunct
    for patients on SSRIs"): a conclusion, or an unlabelled abstract's speculation."""
    return s.hedged and (s.in_conclusion or s.unlabelled)


# the drug the participants go on taking, said as a permission or a range, which is a
# method and no speculation: "Women may continue a stable SSRI", "those already on an SSRI
# may continue it", "can keep taking their escitalopram", "any current antidepressant, e.g.
# sertraline, may be continued unchanged", "continue their current antidepressant, which may
# include SSRIs, SNRIs or mirtazapine". (A bare permission without a word of going on,
# "stable SSRIs are permitted", "may be on no antidepressant or on a stable SSRI", is not
# this: it says nobody need take one.)
_GO_ON = r"(?:continu\w*|keep(?:s|ing)?|kept|remain(?:s|ed|ing)?\s+on|stay(?:s|ed|ing)?\s+on|maintain\w*)"
_CONTINUED_BEFORE = re.compile(
    # the verb of going on, then what is kept: its object ("their", "a stable SSRI (...)", a
    # list; no preposition opening another phrase: "symptoms may continue despite SSRIs"),
    # or the range a relative clause gives it ("..., which may include SSRIs, SNRIs or ...")
    rf"\b{_GO_ON}\s+(?:on\s+|with\s+|taking\s+|to\s+take\s+)?(?:"
    r"(?:(?!(?:despite|after|before|without|until|during|for|in|to|beyond|if|when|unless|"
    r"than|because)\b)[^\s.;:]+\s+){0,6}|"
    r"[^.;:]{0,40}?\b(?:which|that)\s+(?:may|might|can|could|will|would)\s+"
    r"(?:include|be|comprise|involve)\s+[^.;:]{0,70})$",
    re.I,
)
_CONTINUED_AFTER = re.compile(
    # the drug, then the people's going on with it: "... may continue it", "... may be
    # continued", "... may remain on it", or said as done: "their citalopram or venlafaxine
    # was continued at the same dose" (in a sentence another clause of which is hedged)
    rf"^[^.;:]{{0,60}}?\b(?:(?:(?:may|might|can|could|will|would)\s+)?(?:be|was|were|is|are|"
    rf"remained)\s+{_GO_ON}\b|(?:may|might|can|could|will|are\s+(?:allowed|permitted)\s+to)\s+"
    rf"{_GO_ON}\s+(?:taking\s+)?(?:it|them|this|these|that|those|the\s+same)\b)",
    re.I,
)
# ... or goes on as it was, the verb with no object, the drug (its treatment) the subject:
# "stable SSRI treatment from the parent study may continue unchanged", "their SNRI can be
# kept at the same dose", "background sertraline will be maintained as before" (not the
# people's symptoms going on: "patients on SSRIs, whose depression may continue unchanged")
_KEPT_AS_IT_WAS_AFTER = re.compile(
    r"(?:(?!\b(?:whose|who|which|symptoms?|depression|mood|illness|response|effects?|"
    r"scores?|but|although)\b)[^.;:]){0,60}?\b(?:may|might|can|could|will|should|is\s+to|"
    rf"are\s+to)\s+(?:be\s+)?{_GO_ON}\s+(?:unchanged|unaltered|as\s+before|"
    r"without\s+(?:change|modification)|at\s+(?:the|a|their|its)\s+(?:same|stable|current|"
    r"previous|unchanged)\s+dos\w*)",
    re.I,
)


# ... or said as what the study's people may be on: "Participants could also be taking a
# stable SSRI (sertraline or escitalopram) or bupropion", "patients may be receiving an
# SNRI": the hedge says some take it, a method of the study (whose people are the subject),
# not speculation about the drug ("LDN may be a useful adjunct for patients on SSRIs")
_MAY_BE_TAKING_BEFORE = re.compile(
    r"\b(?:participants|patients|subjects|people|adults|individuals|women|men|children|"
    r"adolescents|outpatients|inpatients|they)\s+(?:(?:also|already|still)\s+)?"
    r"(?:could|can|may|might)\s+(?:also\s+|still\s+|already\s+)?(?:be\s+(?:taking|on|"
    r"receiving|using|treated\s+with|prescribed)|take|receive|use)\s+"
    # (not "may be on no antidepressant or on a stable SSRI": taking none is as allowed)
    r"(?:(?!(?:no|none|not|neither|without)\b)[^\s.;:]+\s+){0,8}\(?$",
    re.I,
)


def _continued(s: Sentence, m: Mention) -> bool:
    """The participants go on taking the drug (``_CONTINUED_BEFORE``/``_AFTER``), the
    hedge word a permission or a range of what they take, not speculation."""
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    return bool(
        _CONTINUED_BEFORE.search(before)
        or _CONTINUED_AFTER.match(s.text[m.end :])
        or _KEPT_AS_IT_WAS_AFTER.match(s.text, m.end)
        or (not s.in_conclusion and _MAY_BE_TAKING_BEFORE.search(before))
    )


# a treatment in the patient's past: "prior SSRI failure", "a history of SNRI use",
# "SSRI-resistant depression"
_HISTORY_BEFORE = Folded(
    r"\b(?:prior|previous|past|earlier|lifetime|history of|failed|failure of|failures of)\s+"
    r"(?:\w+\s+){0,2}$|"
    # ... or right after a word of failure: "after an unsuccessful SSRI trial" (only right
    # before it: "unsuccessful attempts to stop sertraline" leave sertraline taken)
    r"\b(?:unsuccessful|ineffective)\s+$|"
    # ... or the drug on which an earlier event happened, named by its noun: "a previous
    # hypomanic switch on sertraline", "a prior manic episode while taking venlafaxine"
    r"\b(?:prior|previous|past|earlier)\s+(?:[\w\-]+\s+){1,3}?(?:on|while\s+(?:on|taking|"
    r"receiving)|during)\s+(?:an?\s+)?$|"
    # "had previously been treated with escitalopram", "had ever taken an SSRI"
    r"\b(?:previously|formerly|once|ever|earlier)\s+(?:been\s+)?(?:treated|taken|tried|used|"
    r"received|prescribed|exposed)\s+(?:with\s+|to\s+)?(?:an?\s+|any\s+)?(?:\S+\s+){0,2}$|"
    # ... or as the drug on which a reaction once happened: "had previously developed
    # hypomania on venlafaxine", "had earlier experienced nausea with sertraline", "once
    # suffered a manic switch while taking X" (not a drug taken in a new clause after it:
    # "previously developed insomnia and has since been on sertraline")
    r"\b(?:previously|formerly|once|earlier)\s+(?:developed|experienced|suffered|had)\s+"
    r"(?:(?!\b(?:and|but|now|since|currently|still|is|are|was|were|continu\w*|remain\w*)\b)"
    r"[^.;,]){1,60}?\b(?:on|with|while\s+(?:on|taking|receiving)|during)\s+"
    r"(?:an?\s+)?(?:\S+\s+)?$|"
    # ... or a list of what the patient "has tried" / "had already tried": "has tried
    # sertraline, escitalopram, duloxetine and bupropion augmentation" (each is a past
    # trial; not what the trying goes on with, "has tried X alongside her sertraline", nor
    # past a drug kept, "had tried two SSRIs and is taking venlafaxine")
    # (or "has had" trials of them: "has had more than eight adequate antidepressant
    # trials, including SSRIs, SNRIs, a tricyclic and an MAOI")
    r"\b(?:has|have|had)\s+(?:(?:already|previously|also|unsuccessfully)\s+)?(?:tried|had\s+"
    r"(?:[\w\-]+\s+){0,6}?(?:trials?|courses?)\s*,?\s*(?:including|of|with|such\s+as))\s+"
    r"(?:(?!\b(?:with|alongside|plus|together|added|adjunctive|augment(?:ed|ing)|on\s+top|while|"
    r"whereas|but|is|are|was|were|taking|receiving|continu\w*|remain\w*|currently|now|still|"
    r"kept|maintained|stable|on)\b)[^.;]){0,90}$|"
    # a drug the patient could not tolerate is not one taken now: "patients intolerant of
    # SSRIs", "who could not tolerate sertraline or citalopram", "intolerance to duloxetine"
    r"\b(?:intoleran(?:t|ce)\s+(?:of|to)|(?:could|can|did)\s*(?:not|n't)\s+tolerate|unable\s+to\s+"
    r"tolerate)\s+(?:(?:at\s+least\s+)?(?:an?|any|one|two|their|the)\s+)?(?:\S+\s+){0,2}$|"
    # ... nor one the patient declined: "who did not wish to take sertraline", "had refused
    # an SSRI", "unwilling to take escitalopram", "declined to restart an SSRI" (not
    # "declined to stop sertraline": kept)
    # (said of a group too: "many families decline SSRIs")
    r"\b(?:declined|declines?|refused|refuses?)\s*,?\s+(?:(?:an?|any|their|the|further)\s+)?$|"
    r"\b(?:(?:declined|refused|(?:unwilling|reluctant)|preferred\s+not|"
    r"(?:did|do|does)\s*(?:not|n't)\s+(?:wish|want))\s+to\s+(?:take|try|start|use|re-?start|"
    r"resume|go\s+back\s+on))\s*,?\s+"
    r"(?:(?:an?|any|their|the|further)\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)
# a time in the past said after the drug: "had used an SSRI in the past", "took
# paroxetine two years ago" (not "stable for 6 weeks before baseline": still taken)
_PAST_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:in\s+the\s+(?:distant\s+)?past|(?:years?|months?)\s+(?:ago|earlier|before))\b"
    # (not how long it had been kept before the study: "permitted if unchanged for three
    # months before entry")
    r"(?!\s+(?:entry|baseline|randomi[sz]\w*|enrol\w*|screening|inclusion|study\s+entry|"
    r"the\s+(?:study|trial|start|first)))|"
    # ... or what its trial had done, in the pluperfect: "Bupropion augmentation had caused
    # anxiety and insomnia", "an SNRI trial had failed"
    r"^\s*(?:augmentation|treatment|therapy|trial)\s+had\s+(?:caused|led\s+to|produced|"
    r"failed|been\s+(?:stopped|ineffective|unsuccessful|poorly\s+tolerated))\b",
    re.I,
)
_FAILED_AFTER = re.compile(
    r"^[\s\-]*(?:failures?|non-?respon\w*|resistan\w*|refractory|intoleran\w*|"
    r"treatment[\s\-]+failures?|"
    # ... or stopped, said as a noun after it: "after SSRI discontinuation", "following
    # venlafaxine withdrawal" (not "SSRI discontinuation was not required")
    r"(?:discontinuation|withdrawal|cessation)(?![^.;]{0,40}\b(?:not|no|never)\b))\b",
    re.I,
)


@lru_cache(maxsize=8)
def _free_pattern(kind: str, alone: str) -> re.Pattern[str]:
    """The study says its patients took none of these drugs alongside ("antidepressant-
    free", "after a washout", "as monotherapy", "taking no antidepressant")."""
    return re.compile(
        rf"\b(?:{kind})s?[\s\-]*(?:free|naive|naïve)\b|\bwash[\s\-]?out\b|"
        # the watched drug alone, not "continued antidepressant monotherapy"
        rf"\b(?:{alone}|as)\s+(?:an?\s+)?monotherapy\b|"
        rf"\b(?:taking|receiving|on) no (?:\w+\s+)?(?:{kind})s?\b|"
        rf"\bno (?:concurrent|concomitant|current) (?:{kind})s?\b|"
        rf"\bnot (?:taking|receiving|on) (?:any |an )?(?:{kind})s?\b|"
        rf"\b(?:{kind})s? (?:were|was) (?:discontinued|stopped|tapered|withdrawn|not permitted|"
        r"not allowed|prohibited)\b",
        re.I,
    )


_PEOPLE = (
    r"(?:adults?|patients?|participants?|outpatients?|inpatients?|individuals?|people|persons?|"
    r"subjects?|women|men|mothers|adolescents?|children|youths?|volunteers?|veterans?|cases?)"
)


@lru_cache(maxsize=8)
def _entered_free_pattern(kind: str, unmedicated: str, disorder: str) -> Folded:
    """The words for people who came in taking none of these drugs: "antidepressant-free",
    "antidepressant-naive", "unmedicated" (not a mixed sample: "antidepressant-free or on
    a stable antidepressant"); with the people they describe, when named just after."""
    free = rf"(?:(?:{kind})s?[\s\-]*(?:free|naive|naïve)"
    free += rf"|{unmedicated})" if unmedicated else ")"
    return Folded(
        rf"\b{free}\b(?!\s*(?:,\s*)?(?:or|and/or)\b)"
        rf"(?P<people>,?\s+(?:[\w\-]+,?\s+){{0,3}}?(?:{_PEOPLE}|{disorder})\b)?",
        re.I,
    )


# "others were antidepressant-free", "the remaining patients were drug-naive": part of
# the sample, beside people who did take one
_SUBSET_BEFORE = re.compile(
    r"\b(?:others?|the\s+rest|the\s+remainder|(?:the\s+)?remaining(?:\s+[\w\-]+)?|the\s+other\s+[\w\-]+)"
    r"\s+(?:were|was|remained|being)\s+(?:\w+\s+)?$",
    re.I,
)
# the free word said of a share beside others who take one: "continued their SSRI (n = 30)
# or remained antidepressant-free", "12 (20%) were medication-free", "... free (n = 12)"
_ALTERNATIVE_BEFORE = re.compile(r"\bor\s+(?:\w+\s+){0,2}$", re.I)
# (a count in words too: "seven were unmedicated")
_COUNT_BEFORE = re.compile(
    rf"(?P<word>\b\w+\s+)?(?<![\w.])(?:\d[\d,]*|{counts.NUMBER_WORDS})\s*(?:\([^()]*\)\s*)?"
    r"(?:were|was|remained)\s+(?:\w+\s+)?$",
    re.I,
)
_COUNT_AFTER = re.compile(r"^\s*\(\s*(?:n\s*=\s*\d|\d[\d.]*\s*%|\d+\s*/\s*\d)", re.I)
_WHOLE_WORDS = frozenset({"all", "the", "these", "those", "our", "total", "each", "every"})


def _a_share(text: str, start: int, end: int) -> bool:
    """The words for people taking none are said of a counted share or of one alternative
    of the sample; the rest may take one (a share free of the drugs does not make the
    sample free of them)."""
    before = text[max(0, start - 60) : start]
    clause = re.split(r"[;:]", before)[-1]
    if (
        _ALTERNATIVE_BEFORE.search(clause)
        or _COUNT_AFTER.match(text, end)
        or _PART_ON_DRUG_BEFORE.search(text[max(0, start - 120) : start])
    ):
        return True
    hit = _COUNT_BEFORE.search(clause)
    return hit is not None and (hit.group("word") or "").strip().lower() not in _WHOLE_WORDS


# the free people set beside a part of the sample on a drug, as two subgroups compared:
# "similar in women taking sertraline and in unmedicated women", "larger in those on an
# SSRI than in antidepressant-free patients" (the rest of the sample takes one)
_PART_ON_DRUG_BEFORE = re.compile(
    r"\b(?:taking|on|receiving|using|treated\s+with|maintained\s+on)\s+"
    r"(?:(?:an?|their|concurrent|concomitant|stable)\s+)?[\w\-]+(?:\s+\([^()]*\))?,?\s+"
    r"(?:and|or|versus|vs\.?|than|compared\s+(?:with|to)|with\s+that\s+in)\s+"
    r"(?:(?:in|among|for|with)\s+)?(?:(?:the|those|who\s+were)\s+)?$",
    re.I,
)
# one person named by the free word: "the unmedicated patient"
_ONE_PERSON = re.compile(
    r"\s+(?:patient|participant|woman|man|mother|subject|individual|person|case|adult|child|"
    r"adolescent)",
    re.I,
)
# "who were antidepressant-free": the word describes the people before it
_WERE_BEFORE = re.compile(r"\b(?:were|was|are|is|being|remained)\s+(?:\w+\s+)?$", re.I)


@lru_cache(maxsize=8)
def _taking_none_pattern(kind: str, alone: str, unmedicated: str, disorder: str) -> Folded:
    """Both ways of saying it, in one pattern (one pass over the record)."""
    none = _none_taken_pattern(kind, alone).pattern
    free = _entered_free_pattern(kind, unmedicated, disorder).pattern
    return Folded(f"(?P<none>{none})|(?P<free>{free})", re.I)


# a cross-taper, the whole word read (or "cross-tapere" would pass a test that the word
# "cross-tapered" fails)
_CROSS_TAPER = r"\bcross[\s\-]?taper\w*\b"


def _onto_other(spec: WatchSpec) -> str:
    """What follows a cross-taper onto another drug than the watched one: "cross-tapered
    from their SSRI to bupropion", "cross-tapered over 2 weeks from the SSRI to bupropion
    XL", "stopped by cross-taper and started vortioxetine" (not "to low-dose naltrexone")."""
    return (
        r"\s+(?:(?:over|during|across|within)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:days?|weeks?|months?)\s+)?"
        r"(?:from\s+[^.;]{0,40}?\s+)?(?:to|onto|and\s+(?:then\s+)?(?:started|began|commenced|"
        r"initiated)(?:\s+on)?)\s+"
        rf"(?!(?:(?:ultra[\s\-]?)?low[\s\-]?dose\s+)?(?:{drug_names(spec)})\b)"
    )


def _cross_taper_onto_other(spec: WatchSpec) -> Folded:
    """A record that names a cross-taper onto another drug names the one its study has, so
    "LDN was started at the end of the cross-taper" is that one, no taper onto the watched
    drug (holdout428 48400028)."""
    return Folded(_CROSS_TAPER + _onto_other(spec), re.I)


def _replacement_pattern(spec: WatchSpec) -> Folded:
    """A study whose people come off their drug for the watched one: "a 4-week cross-taper",
    "the current SSRI will be tapered to discontinuation", "tapered ... followed by a 1-week
    drug-free run-in", "LDN was taken alone", "replacing an SSRI with LDN", "switching to
    LDN"; or take each in a period of its own: "the two drugs were never taken at the same
    time"."""
    drug = drug_names(spec)
    return Folded(
        # (a cross-taper onto another drug is none: see _onto_other)
        rf"(?P<cross>{_CROSS_TAPER}(?!{_onto_other(spec)}))|"
        r"\btaper(?:ed|ing)?\s+(?:[\w\-]+\s+){0,3}?(?:to|until)\s+(?:complete\s+|full\s+)?"
        r"(?:discontinuation|cessation)\b|"
        # ... or tapered, then a time free of it before the watched drug: "The antidepressant
        # was tapered over 2 weeks and followed by a 1-week drug-free run-in"
        r"\btaper(?:ed|ing)?\b(?:[^.;]|\.\d){0,80}?\b(?:drug|medication|antidepressant|"
        r"treatment)[\s\-]+free\s+(?:run[\s\-]?in|washout|wash[\s\-]out|interval|period|"
        r"phase|week|weeks)\b|"
        # ... or tapered, then washed out: "had it tapered over 2-4 weeks followed by a 7-day
        # washout, and were then randomised to LDN" (holdout799 52206238)
        r"\btaper(?:ed|ing)?\b(?:[^.;]|\.\d){0,80}?\b(?:followed\s+by|then|and\s+then|before)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?wash[\s\-]?out\b|"
        rf"\b(?:{drug})\s+(?:was|is|will\s+be|were)\s+(?:then\s+)?taken\s+(?:alone|on\s+its\s+own|"
        r"as\s+(?:a\s+)?monotherapy)\b|"
        rf"\b(?:replac|substitut)\w*\s+(?:an?\s+|the\s+|their\s+)?(?:[\w\-]+\s+){{0,2}}?(?:with|by)\s+"
        rf"(?:{drug})\b|"
        # (from a drug, not from placebo: "after switching to LDN" in an extension is no
        # switch from what they take)
        rf"\bswitch\w*\s+(?:[\w\-]+\s+){{0,2}}?from\s+(?!placebo\b)[^.;]{{1,40}}?\s+(?:to|onto)\s+"
        rf"(?:{drug})\b|"
        # (or each taken in its own period: "The two drugs were never taken at the same
        # time", a crossover of the watched drug and an antidepressant)
        r"\bnever\s+(?:been\s+)?(?:taken|given|co-?administered|combined)\s+(?:at\s+the\s+same\s+"
        r"time|together|concurrently|simultaneously)\b|"
        # (or said not combined: "LDN was not combined with the SNRI")
        rf"\b(?:{drug})\s+(?:was|were|is|will\s+be)\s+(?:never|not)\s+(?:combined|co-?administered|"
        r"given|taken)\s+(?:with|together\s+with|alongside)\b|"
        # (or tapered and stopped before the watched drug began: "tapered over 2 weeks and
        # stopped before LDN was started", "... tapered and stopped; LDN will be started the
        # day after"; what was tapered must be the co-medication, ``_replaced_by_watched``)
        r"(?P<stop>\btaper(?:ed|ing)?\b)(?:[^.;]|\.\d){0,60}?\b(?:stopped|discontinued)\b"
        r"(?:\s+(?:before|prior\s+to)\s+(?:the\s+)?|\s*;\s*)"
        rf"(?:{drug})\b(?:\s+(?:was|were|is|will\s+be)\s+(?:then\s+)?(?:started|begun|initiated|"
        r"introduced))?",
        re.I,
    )


# ... unless the study says the two were taken together for a time: a cross-taper whose
# overlap is a period of its own ("the two drugs were therefore taken together for 4 to 12
# weeks", "took both drugs for 4 to 6 weeks", "median 6 weeks of overlap", "during the
# overlap", "while venlafaxine continued at the full dose for 2 weeks"). CONTRACT.md counts
# antidepressants "taken together with LDN", and every evaluator who met a stated overlap
# counted the drug tapered (six blind sets); a taper told only as a switch ("switched over
# a 2-week cross-taper", "tapered to discontinuation over 14 days while LDN was started")
# stays a replacement.
def _overlap_pattern(spec: WatchSpec) -> Folded:
    drug = drug_names(spec)
    return Folded(
        r"\b(?:both|the\s+two)\s+(?:drugs|medications|medicines|treatments)\s+(?:were|was|are|"
        r"will\s+be)\s+(?:therefore\s+|thus\s+|then\s+)?(?:taken|given|co-?administered)\s+"
        r"(?:together|concurrently|simultaneously|at\s+the\s+same\s+time)\b|"
        r"\b(?:took|take|taking)\s+both\s+(?:drugs|medications|medicines)\b|"
        # (or the watched drug and the other named as taken together: "so that LDN and the
        # antidepressant were taken together throughout the taper", holdout809 52206424)
        rf"\b(?:(?:{drug})\s+and\s+(?:the\s+|their\s+|an?\s+)?(?:[\w\-]+\s+){{0,2}}?"
        rf"|(?:[\w\-]+\s+){{1,2}}?and\s+(?:{drug})\s+)(?:were|was|are|will\s+be)\s+"
        r"(?:(?:then|thus|therefore|both)\s+)?(?:taken|given|co-?administered)\s+(?:together|"
        r"concurrently|simultaneously|at\s+the\s+same\s+time)\b|"
        rf"\b(?:took|take|taking)\s+(?:{drug})\s+(?:together\s+with|alongside|in\s+combination\s+"
        r"with)\b|"
        r"\b(?:days?|weeks?)\s+of\s+overlap\b|\boverlap\s+(?:period|phase)\b|"
        r"\b(?:during|throughout|at\s+the\s+end\s+of|after)\s+the\s+(?:[\w\-]+\s+){0,2}?overlap\b|"
        r"\bduring\s+(?:the\s+)?(?:co-?administration|combined\s+treatment|combined\s+use)\b|"
        r"\b(?:continued|was\s+continued|was\s+kept|remained)\s+(?:at\s+the\s+(?:full|same|"
        r"usual)\s+dose|unchanged)\s+for\s+(?:the\s+first\s+)?(?:\d+|one|two|three|four)\s+"
        r"(?:days?|weeks?)\b|"
        r"\bwhile\s+(?:[\w\-]+\s+){1,3}?(?:is|was|were|are)\s+still\s+(?:being\s+)?taken\b|"
        # (or the one lowered while the watched drug was taken: "the antidepressant was
        # reduced stepwise to zero while LDN was taken at the full dose", holdout804 52206331)
        r"\b(?:reduced|tapered|lowered|decreased)\b(?:[^.;]|\.\d){0,60}?\bwhile\s+"
        rf"(?:{drug})\s+(?:is|was|were|are)\s+(?:being\s+)?(?:taken|given|continued)\b",
        re.I,
    )


# an overlap said as the time something happened in: "scores did not worsen during the
# overlap weeks" (a negation before it speaks of what happened, not of the overlap)
_OVERLAP_AS_TIME = re.compile(r"(?:during|throughout|at\s+the\s+end\s+of|after)\b", re.I)


def _overlap_stated(doc: Doc) -> list[Sentence]:
    """The study's own sentences that say its people took the watched drug and the one
    they came off together for a time (``_overlap_pattern``); a doubt about what the
    overlap did still says there was one ("whether the benefit arises during the weeks of
    overlap ... cannot be separated in this design", a limit of this study, not future
    work)."""
    rx = doc.spec.compiled("drugs.overlap", _overlap_pattern)
    return [
        s
        for s in doc.sentences
        if not (s.background or s.prior or s.other_part or s.preamble)
        and any(
            _OVERLAP_AS_TIME.match(m.group(0))
            or not _NEGATED_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
            for m in rx.finditer(s.text)
        )
    ]


# ... not said to be absent: "no participant took both drugs", "with no weeks of overlap"
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|never|none|nobody|neither|nor|without)\b(?:[^.;,]|\.\d){0,30}$", re.I
)


# ... unless the record also has the watched drug given with a drug the people keep
_KEPT_WITH_WATCHED = Folded(
    r"\b(?:added|add-?on|adjunct\w*|augment\w*|in\s+combination\s+with|together\s+with|"
    r"in\s+addition\s+to|alongside|continu(?:ed|es|e|ing)\s+(?:their|his|her|the)\s+|"
    # (or given with another held as it was: "for 8 weeks with bupropion unchanged")
    r"with\s+(?:their\s+|the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:unchanged|continued|maintained|"
    r"held\s+(?:constant|stable)|kept\s+(?:constant|stable|the\s+same))\b)",
    re.I,
)


def _replaced_by_watched(doc: Doc) -> bool:
    """The study's people come off their drug and take the watched one in its place, in
    the study's own words, and nothing of its own gives the watched drug with one kept
    (CONTRACT.md: only drugs taken together with it count; "LDN taken alone against, after
    or instead of an antidepressant" is a kind of study, blind batch 100)."""
    rx = doc.spec.compiled("drugs.replacement", _replacement_pattern)
    own = [s for s in doc.sentences if s.own and not (s.background or s.prior)]
    onto_other = doc.spec.compiled("drugs.cross_taper_onto_other", _cross_taper_onto_other)
    taper_elsewhere = any(onto_other.search(s.text) for s in own)
    return any(
        not (taper_elsewhere and m.group("cross"))
        and not (m.group("stop") and not _tapers_comedication(doc, s, m.start()))
        for s in own
        for m in rx.finditer(s.text)
    ) and not any(_kept_with_watched(doc, s) for s in own)


def _tapers_comedication(doc: Doc, s: Sentence, at: int) -> bool:
    """What is tapered at ``at`` is the co-medication: named (or its kind) in the clause
    before ("the SSRI or SNRI will be tapered"), not another medicine ("benzodiazepines were
    tapered and stopped before LDN")."""
    start = max(s.text.rfind(";", 0, at), s.text.rfind(":", 0, at)) + 1
    return bool(
        doc.spec.kind_word.search(s.text, start, at)
        or any(start <= m.start < at for m in doc.comedications(s))
    )


def _kept_with_watched(doc: Doc, s: Sentence) -> bool:
    """The sentence gives the watched drug with a drug kept (``_KEPT_WITH_WATCHED``), not
    as the keeping of an allocated arm without the watched drug ("randomised to switching
    to LDN or continuing their SSRI": the comparator keeps it, the LDN arm does not)."""
    kept = list(_KEPT_WITH_WATCHED.finditer(s.text))
    if not kept:
        return False  # (most sentences: the arms are not read)
    allocated = arms.arms_in(doc, s)
    watched = doc.drug(s)
    return any(
        not any(a.start <= m.start() < a.end and not a.has_drug for a in allocated)
        # (the keeping offered as the other alternative to the watched drug: "either to
        # switch to LDN or to continue their antidepressant", "(a) switching to LDN or (b)
        # continuing their SSRI")
        and not (
            _OTHER_ALTERNATIVE_BEFORE.search(s.text, max(0, m.start() - 20), m.start())
            and any(x.end <= m.start() for x in watched)
        )
        for m in kept
    )


_OTHER_ALTERNATIVE_BEFORE = re.compile(r"\bor\s+(?:\(\w\)\s+)?(?:to\s+)?$", re.I)


# the watched drug alone offered as one of two ways it was given: "X as monotherapy or
# add-on", "monotherapy or in combination with an antidepressant" (some took one alongside)
_OR_COMBINED_AFTER = re.compile(
    r"\s*,?\s*(?:or|and/or|versus|vs\.?)\s+(?:as\s+)?(?:an?\s+)?(?:add[\s\-]?on|adjunct\w*|"
    r"augment\w*|(?:in\s+)?combination|combined|added\s+to)\b",
    re.I,
)


def _taking_none(doc: Doc, alone: str) -> str | None:
    """ "none" if the study says nobody took one of these drugs alongside the watched one,
    "entered" if its people came in taking none (described as people: "antidepressant-
    free adults", "who were drug-naive"; not "a drug-free week"), else None."""
    spec = doc.spec
    rx = _taking_none_pattern(
        spec.comedication_kind, alone, spec.unmedicated, spec.cond["disorder_pattern"]
    )
    entered = shared = False
    for s in doc.sentences:
        if not s.own:
            continue
        for m in rx.finditer(s.text):
            if m.group("none"):
                if _ANALYSIS_WHEN_BEFORE.search(s.text, max(0, m.start() - 12), m.start()):
                    # "results were similar when patients taking antidepressants were
                    # excluded": a sensitivity analysis of a sample that holds them
                    continue
                # (a ratio's colons end no clause: "randomized 1:1:1 to ...")
                clause = re.split(r";|(?<!\d):(?!\d)", s.text[: m.start()])[-1]
                share = _SHARE_NAMED_BEFORE.search(clause[-60:])
                if share and (share.group("word") or "").strip().lower() not in _WHOLE_WORDS:
                    # "12 participants were taking no antidepressant", "the remaining
                    # patients received no antidepressant": a counted share of the sample
                    # beside people who took one, not the sample (holdout392 44200015)
                    continue
                if _PARENT_MONOTHERAPY_BEFORE.search(clause[-120:]):
                    # "Open-label extension of a randomised trial of X monotherapy": the
                    # parent phase's regimen; what its extension let people take alongside
                    # (a reinstated SSRI) is told on its own
                    continue
                if _KEPT_PART_AFTER.match(s.text, m.end()) or _OR_COMBINED_AFTER.match(
                    s.text, m.end()
                ):
                    # "Participants who are not taking an antidepressant are eligible;
                    # participants taking bupropion at a stable dose may continue it": the
                    # free people are one part of the sample, the other keeps its drug
                    continue
                if _PART_OF_SERIES_RX.search(clause):
                    # "The second and third took naltrexone without an antidepressant",
                    # "Case 3 received LDN with no antidepressant": cases of a series, not
                    # the whole of it (the first may take one)
                    continue
                return "none"
            before = s.text[max(0, m.start() - 40) : m.start()]
            if _SUBSET_BEFORE.search(before) or _a_share(s.text, m.start(), m.end()):
                shared = True
                continue  # "others were antidepressant-free": only the rest of the sample
            if shared and _ONE_PERSON.fullmatch(m.group("people") or ""):
                # "... and one was unmedicated. ... The unmedicated patient showed the
                # smallest change": that one person again, not the sample
                continue
            if (
                _OTHER_PART_AFTER.match(s.text, m.end())
                or (
                    # (read from the free word itself too: "unmedicated and bupropion-treated
                    # participants" names the people after both parts)
                    m.group("people") and _OTHER_PART_AFTER.match(s.text, m.start("people"))
                )
                or _OTHER_PART_BEFORE.search(s.text, max(0, m.start() - 80), m.start())
                or _KEPT_PART_BEFORE.search(s.text, max(0, m.start() - 160), m.start())
            ):
                # "either antidepressant-free or on a stable dose of bupropion", "recruitment
                # of unmedicated participants was slow, so a second stratum enrols adults on
                # a stable SSRI": the free people are one part of the sample, the other
                # part takes the drug
                continue
            if _slow_pool(s.text, m.start(), m.end()):
                # "Recruitment of antidepressant-free participants was slower than
                # expected": the pool entry was widened from, not the whole sample
                continue
            if m.group("people") or _WERE_BEFORE.search(before[-30:]):
                entered = True
    return "entered" if entered else None


# the people said to take none, counted or set beside the rest: "12 participants were
# taking no antidepressant", "Twelve (39%) patients took no ...", "the remaining
# participants received no ..." (not the whole: "all 31 patients took no ...")
_SHARE_NAMED_BEFORE = re.compile(
    # (a ratio's last term is no count: "randomized 1:1:1 to")
    rf"(?:(?P<word>\b\w+\s+)?(?<![\w.:])(?:\d[\d,]*|{counts.NUMBER_WORDS})\s*"
    r"(?:\([^()]*\)\s*)?|\b(?:the\s+)?(?:remaining|other)\s+)(?:[\w\-]+\s+)?$",
    re.I,
)


# the trial an extension or follow-up continues, named with its regimen just before it:
# "extension of a randomised trial of <X monotherapy>", "follow-up of the RCT of ..."
_PARENT_MONOTHERAPY_BEFORE = re.compile(
    r"\b(?:extension|follow[\s\-]?up|continuation)\s+(?:phase\s+|study\s+)?(?:of|to)\s+"
    r"(?:a|an|the|our|its)\s+(?:[\w\-]+\s+){0,4}?(?:trial|study|RCT)\s+(?:of|with)\s+"
    r"(?:[\w\-]+\s+){0,2}?$",
    re.I,
)


# a condition of an analysis just before the people left out: "when", "if", "after"
_ANALYSIS_WHEN_BEFORE = re.compile(r"\b(?:when|if|after|once)\s+(?:the\s+)?$", re.I)


# the free people named as the pool that was slow or hard to take in ("Recruitment of
# antidepressant-free participants was slower than expected", "because antidepressant-
# naive adults were hard to recruit"): the reason entry was widened to people on one
_POOL_TAKEN_IN_BEFORE = re.compile(
    r"\b(?:recruit\w*|enrol{1,2}\w*|accrual|accruing)\s+of\s+(?:the\s+)?$", re.I
)
_SLOW_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:was|were|proved|remained|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:slow(?:er)?|poor(?:er)?|difficult|harder|low(?:er)?|insufficient|inadequate)\b",
    re.I,
)
_HARD_TO_TAKE_IN_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:were|was|proved|are|is)\s+(?:\w+\s+)?(?:hard|difficult)\s+to\s+"
    r"(?:recruit|find|enrol{1,2})\b",
    re.I,
)


def _slow_pool(text: str, start: int, end: int) -> bool:
    """The words for people taking none name the pool that was slow to recruit."""
    if _HARD_TO_TAKE_IN_AFTER.match(text, end):
        return True
    return bool(
        _POOL_TAKEN_IN_BEFORE.search(text[max(0, start - 40) : start])
        and _SLOW_AFTER.match(text, end)
    )


# the people free of the drugs named as one part of the sample, beside a part on them: an
# alternative ("... or on a stable SSRI", "or taking bupropion") or another stratum,
# cohort or group taken in besides ("..., a second stratum now enrols ...")
_OTHER_PART_AFTER = re.compile(
    r"[^.;]{0,60}?\bor\s+(?:(?:who|that)\s+(?:are|were|have\s+been)\s+)?(?:already\s+)?"
    r"(?:on|taking|receiving|using|maintained\s+on|continuing)\b|"
    r"[^.;]{0,80}?\b(?:second|another|other|new|separate|additional|parallel)\s+"
    r"(?:stratum|strata|cohort|group|arm)\b[^.;]{0,160}?\b(?:on|taking|receiving|continu\w*|"
    r"maintained\s+on)\b|"
    # ... or a count of the rest taking one: "eleven were antidepressant-free and seven took
    # bupropion XL", "..., while the others continued an SSRI"
    r"[^.;]{0,30}?\b(?:and|while|whereas|but)\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|some|others?|rest|remaining(?:\s+\d+)?)\s+"
    r"(?:[\w\-]+\s+)?(?:took|were\s+(?:on|taking|receiving|using)|received|used|continued|"
    r"remained\s+on|stayed\s+on)\b|"
    # ... or two subgroups set side by side, the free one and one treated: "similar in
    # unmedicated and bupropion-treated participants", "between antidepressant-free and
    # SSRI-treated patients", "larger in unmedicated participants than in those taking an
    # SSRI", "among drug-free patients and among those on escitalopram"
    r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:and|versus|vs\.?|or|compared\s+with)\s+"
    r"(?:in\s+|among\s+)?(?!(?:un|non)[\s\-]?)(?:[\w\-]+[\s\-])?(?:treated|medicated)\b|"
    r"[^.;()]{0,40}?\b(?:and|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:in\s+|among\s+|with\s+)?"
    r"(?:those|participants?|patients?|people|women|men|adults|individuals)\s+"
    r"(?:who\s+(?:were|are)\s+)?(?:on|taking|receiving|using|treated\s+with)\b",
    re.I,
)
# ... or the part on them set before the free one: "did not differ between bupropion users
# and antidepressant-free participants", "in SSRI-treated and unmedicated patients", "among
# those taking bupropion and drug-free participants"
_OTHER_PART_BEFORE = re.compile(
    r"\b(?:between|in|among|across)\s+(?:the\s+)?(?!(?:un|non)[\s\-]?)[\w\-]+?(?:\s+|-)"
    r"(?:users|takers|treated|medicated|recipients)\s+(?:(?:participants|patients|people)\s+)?"
    r"(?:and|versus|vs\.?)\s+(?:in\s+|among\s+)?$|"
    # ("similar in medicated and unmedicated women": the medicated part named by the word alone)
    r"\b(?:between|in|among|across)\s+(?:the\s+)?medicated\s+(?:and|versus|vs\.?)\s+"
    r"(?:in\s+|among\s+)?$|"
    r"\b(?:between|in|among)\s+(?:those|participants|patients|people)\s+(?:on|taking|receiving|"
    r"using|treated\s+with)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:and|versus|vs\.?)\s+"
    r"(?:in\s+|among\s+)?$",
    re.I,
)
# ... or after the other part, told as keeping its drug: "Participants already on an SSRI
# or SNRI at a stable dose continued it throughout; antidepressant-free participants
# remained so"
_KEPT_PART_BEFORE = re.compile(
    r"\b(?:those|participants?|patients?|people|adults|subjects|individuals)\s+"
    r"(?:(?:who|that)\s+(?:are|were)\s+)?(?:already\s+)?(?:taking|on|receiving|using)\s+"
    r"[^.;]{1,80}?\b(?:continued|remained\s+on|kept|stayed\s+on|maintained)\b[^.;]{0,40}?"
    r"(?:;|,\s*(?:and|while|whereas|but))\s*(?:and\s+|while\s+|whereas\s+|but\s+)?$",
    re.I,
)
# ... and, after a statement that nobody takes one (``_taking_none``), another part of the
# sample that keeps its drug: "...; participants taking bupropion at a stable dose may
# continue it", ", but those already on an SSRI are also eligible" (narrower than the above:
# "nobody took" is a stronger claim than "drug-free people")
_KEPT_PART_AFTER = re.compile(
    r"[^.;]{0,60}?(?:;|,\s*(?:but|while|whereas|and))\s*(?:but\s+|while\s+|whereas\s+)?"
    r"(?:those|participants?|patients?|people|adults|subjects|individuals)\s+"
    r"(?:(?:who|that)\s+(?:are|were)\s+)?(?:already\s+)?(?:taking|on|receiving|using)\s+"
    r"[^.;]{1,60}?\b(?:(?:may|can|could|might|will|would)\s+(?:continue|remain|stay|keep)|"
    r"(?:are|were)\s+(?:also\s+)?(?:eligible|allowed|permitted|included))\b",
    re.I,
)


# a drug begun with the watched one, by people who came in taking none: "antidepressant-
# naive adults starting escitalopram"
_STARTED_BEFORE = re.compile(
    r"\b(?:start\w*|initiat\w*|began|begin\w*|commenc\w*|newly\s+prescribed|new)\s+"
    r"(?:on\s+|with\s+|treatment\s+with\s+)?(?:\S+\s+){0,2}$",
    re.I,
)
# ... or said after the drug and its dose: "had citalopram 20 mg added", "fluoxetine was
# started in those still depressed at week 6"
_STARTED_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:[\d.,\s\-–]+\s*(?:mg|µg|μg|mcg)(?:\s*/\s*(?:day|d))?\s*)?"
    r"(?:(?:was|were|is|are|had\s+been)\s+)?(?:added|started|initiated|begun|commenced)\b",
    re.I,
)


def _started(s: Sentence, m: Mention) -> bool:
    """The study begins the drug (alongside the watched one), it is not one taken before."""
    return bool(
        _STARTED_BEFORE.search(s.text[max(0, m.start - 40) : m.start])
        or _STARTED_AFTER.match(s.text[m.end :])
    )


# the drug the whole sample stopped before the watched one: "the SSRI was tapered and
# stopped", "switching from SNRIs to X" (not "stopped in two patients", nor X itself: the
# drug switched or tapered to is the one taken after, "switching from an SSRI to bupropion")
_HALTED_BEFORE = re.compile(
    # (not the drug in brackets after a cross-taper, the one tapered onto: "switched from
    # bupropion to escitalopram by a 1-week cross-taper (escitalopram 10 mg, ...)")
    r"\b(?:discontinu\w*|(?:(?<!cross-)(?<!cross\s)taper\w*|taper\w*(?!\s*\())|switch\w*\s+from|wash[\s\-]?out\s+of|withdrawn\s+from|"
    # (not across a new clause: "was tapered and stopped while bupropion was titrated")
    # (nor across a start: "had the SSRI stopped by cross-taper and started vortioxetine")
    r"stopp\w*)\s+(?:(?!(?:to|into|onto|while|whereas|when|as|before|after|then|but|started|"
    r"began|begun|commenced|initiated)\b)\S+\s+){0,3}"
    r"(?:\([^()]{0,40})?$",
    re.I,
)
# one case of a series or a part of it, named by its number, letter or place: "Case 2 ...
# had stopped sertraline", "Patient B", "the third woman", "one man", "the second and third",
# "the other two" (what it took or stopped is not the whole series')
_PART_OF_SERIES = (
    r"\b(?:case|patient|participant)\s+(?:\d+|[A-H]|one|two|three|four|five)\b|"
    r"\b(?:the\s+(?:first|second|third|fourth|fifth|sixth|other|last|older|younger|oldest|"
    r"youngest)|one)\s+(?:[\w\-]+\s+)?(?:patient|participant|case|woman|man|girl|boy|mother)\b|"
    r"\bthe\s+(?:first|second|third|fourth|fifth)\s+(?:and|or)\s+(?:the\s+)?"
    r"(?:second|third|fourth|fifth|sixth)\b|"
    r"\bthe\s+(?:other|remaining)\s+(?:two|three|four|five|\d+)\b"
)
_PART_OF_SERIES_RX = re.compile(_PART_OF_SERIES, re.I)
_SOME_PEOPLE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|few|a\s+minority)\s+"
    r"(?:[\w\-]+\s+)?(?:of\s+(?:them|the|these)\b|patients?|participants?|subjects?|people|"
    r"adults|women|men|cases)\b|\bin\s+\d+\b|"
    # (or one case of a series: its stop is not the sample's)
    f"{_PART_OF_SERIES}",
    re.I,
)


# the brackets naming a class's members right after it: "on an SSRI (citalopram,
# escitalopram or sertraline)", "an SNRI (e.g., venlafaxine)"
_MEMBERS_OPEN = re.compile(r"^\s*\((?:e\.g\.,?\s*|such\s+as\s+|i\.e\.,?\s*|mostly\s+)?$", re.I)


# a drug people were on by itself: "once they had been on bupropion alone", "(Wellbutrin
# XL) alone"
_ALONE_AFTER = re.compile(r"\s*(?:XL|SR|ER|XR)?\s*(?:\([^()]*\)\s*)?alone\b", re.I)
_ON_BEFORE = re.compile(r"\b(?:on|taking|receiving)\s+$", re.I)


# ... and the watched drug begun: "naltrexone was started only once ..."
_WATCHED_BEGUN = re.compile(
    r"\s*(?:was|were|is|will\s+be)\s+(?:only\s+)?(?:started|begun|initiated|added|introduced)\b",
    re.I,
)


def _sole_at_start(doc: Doc, sentences: list[Sentence]) -> str | None:
    """The one drug a sentence says people were on alone when it begins the watched drug
    ("naltrexone was started only once they had been on bupropion alone"), if any."""
    for s in sentences:
        if not s.own or "alone" not in s.text or not doc.drug(s):
            continue
        if not any(_WATCHED_BEGUN.match(s.text, w.end) for w in doc.drug(s)):
            continue
        for m in doc.comedications(s):
            if (
                m.entry.kind == "drug"
                and _ON_BEFORE.search(s.text, max(0, m.start - 12), m.start)
                and _ALONE_AFTER.match(s.text, m.end)
            ):
                return m.entry.name
    return None


def _members_named(doc: Doc, sentences: list[Sentence], halted: set[str]) -> set[str]:
    """The drugs the record names in brackets as members of a class the sample stopped
    ("adults on an SSRI (citalopram or sertraline) ... the SSRI was tapered off"): stopped
    with their class."""
    members: set[str] = set()
    for s in sentences:
        if not s.own or "(" not in s.text:
            continue
        found = doc.comedications(s)
        for g in found:
            if g.entry.kind != "group" or g.entry.name not in halted:
                continue
            close = s.text.find(")", g.end)
            if close < 0:
                continue
            opened = False
            for m in found:
                if m.start < g.end or m.end > close:
                    continue
                if not opened:
                    if not _MEMBERS_OPEN.match(s.text[g.end : m.start]):
                        break
                    opened = True
                if m.entry.kind == "drug" and set(m.entry.classes) <= set(g.entry.classes):
                    members.add(m.entry.name)
    return members


# a stop denied of everyone: "no participant discontinued the SSRI", "none stopped their
# antidepressant", "nobody had to discontinue it" (the drug went on)
_NOBODY_STOPPED_BEFORE = re.compile(
    r"\b(?:no|none\s+of\s+the|nobody|no\s+one|not\s+one)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:(?:had|needed|was|were|has|have)\s+(?:to\s+)?)?(?:discontinu\w*|stopp\w*|stop|"
    r"taper\w*|withdr[ae]w\w*)\s+(?:\S+\s+){0,3}$",
    re.I,
)


def _halted(s: Sentence, m: Mention) -> bool:
    """The sentence says the sample as a whole stopped the drug (no count of some)."""
    a = max(s.text.rfind(";", 0, m.start), s.text.rfind(":", 0, m.start)) + 1
    b = s.text.find(";", m.end)
    clause = s.text[a : b if b >= 0 else len(s.text)]
    if _NOBODY_STOPPED_BEFORE.search(s.text, max(0, m.start - _WINDOW), m.start):
        return False
    return (
        bool(
            _HALTED_BEFORE.search(s.text[max(0, m.start - _WINDOW) : m.start])
            or _STOPPED_AFTER.match(s.text[m.end :])
        )
        and not _SOME_PEOPLE.search(clause)
        and not _KEPT_ITSELF.match(s.text, m.end)
    )


# the drug's own clause keeps it: "bupropion was stopped and escitalopram was continued
# unchanged", "... and fluoxetine 40 mg was maintained" (the stop before it is another's)
_KEPT_ITSELF = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:\d[\d.,]*\s*(?:mg|µg|μg|mcg)(?:\s*/\s*d(?:ay)?)?\s+(?:daily\s+)?)?"
    rf"(?:was|were|is|are|had\s+been)\s+(?:\w+\s+)?{_GO_ON}\b",
    re.I,
)


@lru_cache(maxsize=8)
def _none_taken_pattern(kind: str, alone: str) -> Folded:
    """The study says nobody took any of these drugs alongside: "<the drug> monotherapy",
    "no participant received any other antidepressant", "who were not taking any
    antidepressant", "no antidepressant is taken during the study" (not a subgroup: "34
    were not taking an antidepressant")."""
    return Folded(
        rf"\b(?:{alone})\s+(?:as\s+)?monotherapy\b|"
        # ... or said of the arms listed by the drug's doses and a placebo: "randomized to
        # LDN 1.5 mg/day, LDN 4.5 mg/day or placebo as monotherapy" (nothing else between:
        # "X plus sertraline versus sertraline as monotherapy" is not this)
        rf"\b(?:{alone})(?:[\s,]+(?:\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)(?:\s*/\s*d(?:ay)?)?|or|and|"
        rf"placebo|daily|nightly|(?:{alone}))\b)+\s+as\s+monotherapy\b|"
        r"\b(?:no|none\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:participants?|patients?|subjects?|one)\s+"
        rf"(?:received|took|was taking|were taking|used)\s+{_NOT_A_COUNT}"
        r"(?:an?\s+|any\s+)?(?:other\s+)?"
        rf"(?:\S+\s+(?:or\s+)?){{0,3}}?(?:any\s+(?:other\s+)?)?(?:{kind})s?\b|"
        # ... or with the "no" on the drug: "participants took no antidepressants during the
        # trial", "patients received no concomitant antidepressant"
        r"\b(?:participants?|patients?|subjects?|people|adults|women|men|they)\s+"
        r"(?:took|received|used|were\s+(?:taking|receiving|given|on)|had)\s+no\s+"
        rf"(?:other\s+|concomitant\s+|concurrent\s+|additional\s+)?(?:{kind})s?\b|"
        # (a protocol says it in the present: "who are not taking antidepressants"; not a
        # mixed sample: "who were not taking an antidepressant or were on a stable SSRI")
        rf"\b(?:who|that)\s+(?:were|was|are|is)\s+not\s+(?:currently\s+)?(?:taking|receiving|on)\s+"
        rf"(?:any\s+|an\s+)?(?:{kind})s?\b(?!\s*(?:\([^()]*\)\s*)?,?\s*(?:or|and/or)\b)|"
        # "no antidepressant is taken during the study" (not "no other antidepressant was
        # allowed": that one implies a drug already taken)
        rf"\bno\s+(?:concomitant\s+|concurrent\s+)?(?:{kind})s?\s+(?:is|are|was|were|will\s+be)\s+"
        r"(?:\w+\s+)?(?:taken|given|used|allowed|permitted|administered)\b|"
        # "current antidepressant use was an exclusion criterion", "concomitant
        # antidepressants were not permitted", "had to be off all antidepressants"
        rf"\b(?:current|concurrent|concomitant|any)\s+(?:{kind})s?(?:\s+(?:use|treatment|therapy))?"
        r"\s+(?:was|were|is|are)\s+(?:an?\s+)?(?:exclusion(?:ary|\s+criterion)|not\s+(?:permitted|"
        r"allowed)|prohibited|excluded)\b|"
        rf"\boff\s+(?:all|any)\s+(?:{kind})s?\b|"
        # ... or as the rule that opens a sentence: "Antidepressants were not permitted:
        # those taking one were tapered off before randomisation" (not "Other
        # antidepressants were not permitted", which implies one taken)
        rf"(?:^|[:;]\s*)(?:{kind})s?\s+(?:were|was|are|is)\s+(?:not\s+(?:permitted|allowed)|"
        r"prohibited|excluded)\b|"
        # ... or said as a rule for them: "Participants must not take antidepressants",
        # "patients may not use any antidepressant"
        rf"\b{_PEOPLE}\s+(?:must|may|should|shall|can)\s+not\s+(?:be\s+)?(?:take|taking|use|"
        rf"using|receive|receiving|on)\s+(?:any\s+|an?\s+)?(?:{kind})s?\b|"
        # the people taking one kept out of the study: "patients currently taking any
        # antidepressant will not be included", "participants on an antidepressant are
        # excluded" (not a condition on it: "... taking an antidepressant for under 8 weeks")
        rf"\b{_PEOPLE}\s+(?:(?:who|that)\s+(?:are|were|is|was)\s+)?(?:currently\s+|already\s+)?"
        rf"(?:taking|on|receiving|using)\s+(?:any\s+|an?\s+)?(?:{kind})s?\s+(?:"
        r"(?:(?:will|shall|can|may|could|would)\s+not\s+be|(?:are|were|is|was)\s+not|cannot\s+be)\s+"
        r"(?:included|enrolled|eligible|randomi[sz]ed|recruited|admitted)|"
        r"(?:will\s+be|are|were|is|was)\s+(?:excluded|ineligible|not\s+eligible))\b|"
        # the watched drug begun with none beside it: "naltrexone 4.5 mg was started, with
        # no antidepressant", "LDN given without any other antidepressant" (not "in people
        # with no antidepressant response", nor a share: "..., 8 with no antidepressant and
        # 12 on an SSRI", nor both alternatives: "... with or without concomitant
        # antidepressants", "with and without")
        rf"\b(?:{alone})\b(?:[^.;]|\.\d){{0,80}}?\b(?:with\s+no|"
        r"(?<!\bwith or )(?<!\bwith and )(?<!\bwith/)without\s+(?:any\s+|an\s+)?)\s*"
        rf"(?:other\s+|concomitant\s+|concurrent\s+|additional\s+)?(?:{kind})s?\b"
        r"(?=\s*(?:[.;)]|$|,(?!\s*(?:and|or|while|whereas)?\s*(?:\d|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|some|others?|the\s+(?:rest|other|remaining)))|"
        r"\s(?:for|during|alongside|throughout|since|over|until|from|at\s+all)\b))|"
        # ... or in the active voice: "had stopped all antidepressants", "discontinued all
        # antidepressant medication"
        rf"\b(?:stopped|discontinued|ceased|came\s+off)\s+all\s+(?:(?:her|his|their)\s+)?"
        rf"(?:{kind})s?\b|"
        # "all antidepressants, including SSRIs, were tapered and stopped before baseline"
        rf"\ball\s+(?:\w+\s+)?(?:{kind})s?(?:,[^,.;]{{0,40}},)?\s+(?:were|was|had\s+been)\s+"
        r"(?:\w+\s+(?:and\s+)?)?(?:discontinued|stopped|tapered|withdrawn|washed\s+out)\b",
        re.I,
    )


# a drug among a counted number of treatments the patient failed: "had failed to respond
# to at least two antidepressants, including an SSRI", "non-response to two or more SSRIs",
# "resistant to three adequate courses of". Courses counted are courses finished: history,
# whatever the patient takes now (a drug named as taken elsewhere still counts). One failed
# drug alone ("had not responded to fluoxetine") may be the one still taken and is not this.
_COUNT = r"(?:two|three|four|five|2|3|4|5|multiple|several|≥\s*\d)"
_KIND_NOUN = r"(?:antidepressants?|trials?|courses?|treatments?|medications?|agents?|regimens?)"
_COUNTED_FAILURE = re.compile(
    r"(?:\bfailed\b|\bfailures?\s+(?:of|on|with|to\s+respond\s+to)\b|"
    r"\b(?:not|never)\s+responded\b|\bdid\s+not\s+respond\b|\bnon-?respon\w*\b|"
    r"\bunresponsive\b|\brefractory\b|\bresistan(?:t|ce)\b)"
    # (no new clause in between: "failed two SSRIs and were taking venlafaxine")
    rf"(?:(?!\b(?:and|but|while|whereas)\s+(?:was|were|is|are|remained|continued|currently)\b|"
    rf"\b(?:taking|receiving|continu\w*|currently|now)\b|{_KEPT_ON})[^.;]){{0,40}}?"
    rf"\b(?:at\s+least\s+|(?:more\s+than|over)\s+)?{_COUNT}(?:\s+or\s+more)?\s+"
    rf"(?:(?:\S+\s+){{0,3}}?{_KIND_NOUN}\b,?\s*(?:including|such\s+as|e\.g\.,?|among\s+them"
    r"|of\s+which)\s+(?:at\s+least\s+)?(?:one\s+|an?\s+)?(?:\S+\s+){0,2}?|(?:\S+\s+){0,3}?)$",
    re.I,
)


def _list_start(doc: Doc, s: Sentence, m: Mention) -> int:
    """Where the list the drug ends begins: the first of the drugs coordinated with it
    before it ("earlier trials of citalopram and mirtazapine": citalopram's start), or the
    drug's own start."""
    start = m.start
    for x in sorted(doc.comedications(s), key=lambda x: x.start, reverse=True):
        if x.start >= start:
            continue
        if x.end > start or not _COORDINATED.match(s.text[x.end : start]):
            break
        start = x.start
    return start


def _history_of_list(s: Sentence, m: Mention, head: int | None) -> bool:
    """A history word before the list the drug ends ("earlier trials of citalopram and
    mirtazapine", "previous courses of X, Y"): every drug of the list is history."""
    if head is None or head >= m.start:
        return False
    return _HISTORY_BEFORE.search(s.text[max(0, head - _WINDOW) : head]) is not None


def _past(s: Sentence, m: Mention, head: int | None = None) -> bool:
    """A treatment in the patient's history or in the name of the illness, not a current
    one that is not working ("had not responded to fluoxetine" may still be taken)."""
    after = s.text[m.end :]
    before = s.text[max(0, m.start - _WINDOW) : m.start]
    return bool(
        _HISTORY_BEFORE.search(before)
        or _history_of_list(s, m, head)
        or _COUNTED_FAILURE.search(before)
        or _FAILED_AFTER.match(after)
        or _PAST_AFTER.match(after)
    )


def _failed_list(s: Sentence, m: Mention, head: int | None) -> bool:
    """A failure cue before the list the drug ends ("had not responded, over the present
    episode, to trials of A, B, C, D and E"): every drug of the list failed, however far
    the list runs past the cue's own reach."""
    if head is None or head >= m.start:
        return False
    return _FAILED_BEFORE.search(s.text[max(0, head - _WINDOW) : head]) is not None


def _failed(s: Sentence, m: Mention, head: int | None = None) -> bool:
    """The mention names a treatment the patient had failed, not one being taken."""
    before, after = s.text[max(0, m.start - _WINDOW) : m.start], s.text[m.end :]
    return bool(
        _FAILED_BEFORE.search(before)
        or _HISTORY_BEFORE.search(before)
        or _history_of_list(s, m, head)
        or _failed_list(s, m, head)
        or _COUNTED_FAILURE.search(before)
        or _FAILED_AFTER.match(after)
        or _PAST_AFTER.match(after)
    )


# how common each drug is among those taken: "the antidepressants in use were SSRIs
# (mostly sertraline ...) and, less often, bupropion", "we expect the commonest to be
# escitalopram", "those most likely to be prescribed are citalopram and duloxetine"
_HOW_COMMON = re.compile(
    r"\b(?:in\s+use|mostly|most(?:\s+\w+)?\s+(?:often|common(?:ly)?|frequent(?:ly)?|likely)|"
    r"common(?:est|ly)|(?:less|more)\s+(?:often|commonly|frequently)|predominantly|"
    r"(?:the\s+)?majority|expect(?:s|ed)?|anticipat\w+|typically|usually)\b",
    re.I,
)


def _named_as_theirs(doc: Doc, s: Sentence) -> bool:
    """A hedged sentence of the methods naming the drugs as instances of the one every
    participant takes: its hedge is about which drug, not whether one is taken. It names
    them as what they take ("whatever antidepressant they take (most often citalopram)"),
    or, without a word of the watched drug (speculation is about what that drug may do),
    says how common each is among them ("the antidepressants in use were SSRIs (mostly
    sertraline ...); all may be continued")."""
    kind = doc.spec.comedication_kind
    which = bool(_which_one_pattern(kind).search(s.text)) or (
        _HOW_COMMON.search(s.text) is not None and doc.aliases.pattern().search(s.text) is None
    )
    return which and doc.remember("all_take_one", _all_take_one)


# a derived report's own sample chosen by the drug its people take: "sertraline-treated
# participants", "the 61 participants whose continuing antidepressant was sertraline",
# "those taking escitalopram at baseline", "the duloxetine subgroup"
_SELECTED_BEFORE = re.compile(
    r"\b(?:participants|patients|people|adults|individuals|those|ones|subjects|subgroup|"
    r"subset|subsample)\s+(?:(?:who|that)\s+(?:were\s+|was\s+)?)?(?:(?:whose|with\s+(?:an?|the)|"
    r"with\s+their)\s+(?:[\w\-]+\s+){0,2}?(?:antidepressants?|medications?|treatments?|drugs?)"
    # ("whose background antidepressant was an SSRI": an article may stand before it)
    r"\s+(?:was|were|being)|taking|on|receiving|treated\s+with|prescribed|using)"
    r"(?:\s+(?:an?|the))?\s*$",
    re.I,
)
_SELECTED_AFTER = re.compile(
    r"^(?:[\s\-]+(?:treated|using|taking|exposed)\s+(?:[\w\-]+\s+){0,2}?|\s+)"
    r"(?:participants|patients|people|adults|individuals|subgroup|subset|subsample|stratum|"
    r"users)\b",
    re.I,
)


def _sample_chosen_by_drug(doc: Doc) -> bool:
    """A derived report whose own sample is the part of its parent's people that takes a
    named drug ("a post-hoc analysis of sertraline-treated participants in the X trial",
    "we examined the 61 participants whose antidepressant was sertraline"): the other
    drugs its parent gave the watched drug with are not its people's. The choice is the
    report's own: people named by their drug in a sentence telling the parent's design
    ("the X trial, in which adults on bupropion received ...") are the parent's."""

    def find(doc: Doc) -> bool:
        for s in doc.sentences:
            if not (s.is_title or s.own) or s.background or doc.tells_parent(s):
                continue
            if s.in_results:
                continue  # "results were similar in the 18 participants taking X": a part
            for m in doc.comedications(s):
                if _SELECTED_BEFORE.search(s.text, max(0, m.start - 80), m.start) or (
                    _SELECTED_AFTER.match(s.text[m.end : m.end + 60])
                ):
                    return True
        return False

    return doc.derived and doc.remember("sample_chosen_by_drug", find)


# a plan's word that the medicines people take are the clinicians' choice, outside the
# study: "Treatment, dose and concomitant medications, including SSRIs and SNRIs, are
# decided by the clinician and are not influenced by the study" (an observational cohort's
# protocol names what may be prescribed in care, no co-treatment anyone is given)
_CHOSEN_IN_CARE = Folded(
    r"\b(?:decided|chosen|determined|left|prescribed)\s+(?:to|by)\s+(?:the\s+|their\s+)?"
    r"(?:treating\s+)?(?:clinicians?|prescribers?|physicians?|doctors?|psychiatrists?|GPs?)\b"
    r"[^.;]{0,60}?\bnot\s+(?:be\s+)?(?:influenced|determined|dictated|directed|affected|altered)\s+"
    r"by\s+(?:the\s+|this\s+)?(?:study|research|registry|protocol)\b|"
    # (or the medicines left to the clinician: "Dose and concomitant medication, including
    # SSRIs, ..., are at the discretion of the clinician"; not the dose alone: "dose and
    # titration are at the clinician's discretion" leaves the SSRI they take as it is)
    r"\b(?:medications?|medicines?|antidepressants?|drugs|co-?treatments?)\b[^.;]{0,160}?"
    r"\b(?:are|is|will\s+be|remain)\s+(?:left\s+)?(?:at|to)\s+(?:the\s+)?"
    r"(?:[\w\-]+(?:['’]s?)?\s+){0,2}?discretion(?:\s+of\s+(?:the\s+|their\s+)?(?:treating\s+)?"
    r"(?:clinicians?|prescribers?|physicians?|doctors?|psychiatrists?|GPs?))?\s*[.;]",
    re.I,
)


def _kind_alongside(spec: WatchSpec) -> Folded:
    """ "an antidepressant alongside LDN", "LDN with their antidepressant" (the kind named,
    no drug)."""
    drug, kind = drug_names(spec), spec.comedication_kind
    join = r"(?:alongside|with|together\s+with|in\s+combination\s+with|plus|added\s+to)"
    return Folded(
        rf"\b(?:{kind})s?\s+{join}\s+(?:the\s+)?(?:{drug})\b|"
        rf"\b(?:{drug})\s+{join}\s+(?:an?\s+|their\s+|the\s+)?(?:\w+\s+)?(?:{kind})s?\b",
        re.I,
    )


def _some_take_alongside(doc: Doc, sentences: list[Sentence]) -> bool:
    """An own sentence joins a co-medication to the watched drug ("We expect about half of
    participants to continue an antidepressant alongside LDN"): the clinicians' choices a
    plan lists are then what those people take."""
    joined = doc.spec.compiled("drugs.kind_alongside", _kind_alongside)
    return any(
        joined.search(s.masked) or any(arms.with_drug(doc, s, m) for m in doc.comedications(s))
        for s in sentences
        if s.own
    )


def find(doc: Doc, doses: list[Dose] | None = None, *, planned: bool = False) -> Concomitant:
    """Co-medications taken with the watched drug; call only for records about it.

    ``doses`` (every dose in the record, with its owner) tells a drug taken below the
    dose used for the condition ("amitriptyline 10-25 mg at bedtime"); ``planned`` says
    the study is only planned (``design.classify``).
    """
    lexicon = doc.lexicon
    sentences = doc.sentences
    # (a report keeping only its parent's people on a named drug: what the parent gave
    # the watched drug with is not what its own people take)
    narrowed = _sample_chosen_by_drug(doc)
    if narrowed:
        sentences = [s for s in sentences if not doc.tells_parent(s)]
    characterised, where = _characterised(doc, sentences, lexicon, planned=planned)
    described = {s.index for s in where}

    comparators: dict[str, tuple[str, ...]] = {}
    purposes: dict[str, str] = {}
    found: list[tuple[Mention, Sentence]] = []
    together: set[str] = set()  # named with the watched drug somewhere: in every arm
    for s in sentences:
        # a derived report takes its parent trial's people: the drugs its parent gave the
        # watched drug with ("The X trial showed a benefit of LDN added to SSRIs or
        # venlafaxine") are the ones they go on taking ("... while continuing their
        # antidepressant"); only drugs joined to the watched drug, and the list that goes on
        # from one ("SSRIs or venlafaxine"), not drugs the parent merely names
        if doc.parent_told(s):
            joined: list[Mention] = []
            for m in doc.comedications(s):
                if _describes_a_drug(doc, s, m):
                    continue
                if taken_by_others(s, m.start) or arms.is_comparator(doc, s, m):
                    continue
                if arms.with_drug(doc, s, m) or _listed_on(s, joined, m):
                    joined.append(m)
                    found.append((m, s))
            continue
        if planned and _CHOSEN_IN_CARE.search(s.text) and not _some_take_alongside(doc, sentences):
            continue
        joined_here: list[Mention] = []
        for m in doc.comedications(s):
            # "norquetiapine, a noradrenaline reuptake inhibitor": how a drug works; "after
            # SSRI-associated sexual dysfunction": what a drug did
            if _describes_a_drug(doc, s, m) or _EFFECT_OF.match(s.text, m.end):
                continue
            # "insomnia is common with both bupropion and X": where a side effect is
            # common says what the drug does, neither an arm nor a regimen taken (so it
            # neither adds the drug nor vetoes the places that say it is taken)
            if arms.side_effect_reference(s.text, m.start):
                continue
            if taken_by_others(s, m.start, m.end):
                # the mothers', partners' or a historical cohort's drug, or that of
                # people this report leaves out ("the remaining 72, on SSRIs, are
                # reported in the primary paper")
                continue
            # (joined to the watched drug only in a clause about other or future work,
            # "a trial combining X with an SSRI is the logical next step", is not taken)
            # (nor is one the watched drug replaces, "replacing an SSRI with X": stopped)
            # (a factorial design's drug crossed with the watched one is given with it in
            # the cell that gets both: "sertraline or placebo, and X or placebo")
            # (the next item of a list of drugs the watched one is joined to, "added to
            # SSRI/SNRI", "in addition to SSRI or SNRI treatment", is joined to it too)
            if (
                own_at(s, m.start)
                and (
                    arms.with_drug(doc, s, m)
                    or arms.crossed(doc, s, m)
                    or arms.in_both_arm(doc, s, m)
                    or _listed_on(s, joined_here, m)
                )
                and not _stopped(doc, s, m)
            ):
                together.add(m.entry.name)
                joined_here.append(m)
            if planned and _planned_stratum(s, m.start):
                continue
            if arms.is_comparator(doc, s, m) or arms.in_other_dose_arm(doc, s, m):
                comparators[m.entry.name] = m.entry.classes
            # (an objective section's opening speaks of the field, not of what is taken)
            elif (
                s.own
                and not s.preamble
                # (nor one named where the field's habit is told: "X is usually added to
                # an SSRI")
                and not _field_practice(doc, s)
                # (nor a drug named in a clause set in other work: "After a trial reporting
                # that X augmented SSRIs and SNRIs, we ...")
                and not others_at(s, m.start)
                # (a permission to go on with a drug is a method: "may continue their SSRI")
                # (nor is naming what they take when everyone takes one: "any
                # antidepressant is allowed (we expect sertraline ... to be most common)")
                and not (
                    _generalised(s)
                    and not (s.unlabelled and (_continued(s, m) or _named_as_theirs(doc, s)))
                )
                and not _warned_against(s, m)
                and not _stopped(doc, s, m)
            ):
                purpose = _purpose(doc, s, m)
                if purpose and not _taken_as_kind(doc, m.entry.name):
                    purposes.setdefault(m.entry.name, purpose)
                found.append((m, s))
    # a drug named where the study says the two were taken together for a time (a
    # cross-taper's overlap: "while venlafaxine was reduced ...; the two drugs were
    # therefore taken together for 4 to 12 weeks") is taken with the watched drug, though
    # the other arm keeps it too
    overlap = _overlap_stated(doc) if found or comparators else []
    together |= {m.entry.name for s in overlap for m in doc.comedications(s)}
    # a class named loosely where the study's only drug of that class is a comparator
    # ("LDN versus escitalopram ... fewer SSRI-typical adverse events") is that comparator
    compared = {c for name, cs in comparators.items() if name not in together for c in cs}
    if compared:
        drug_taken = {
            c
            for m, _ in found
            if m.entry.kind == "drug" and m.entry.name not in comparators
            for c in m.entry.classes
        }
        for m, _ in list(found):
            e = m.entry
            if (
                e.kind == "group"
                and e.name not in together
                and set(e.classes) <= compared
                and not set(e.classes) & drug_taken
            ):
                comparators.setdefault(e.name, e.classes)
    for name, low in _below_condition_dose(lexicon, doses or []).items():
        purposes.setdefault(name, low)
    if found:
        for name, what in _treats_other(doc).items():
            if name not in purposes and not _given_for_condition(doc, name):
                purposes[name] = what
        # ... and a purpose told where the drug is only allowed ("trazodone 25-100 mg at
        # bedtime for sleep was allowed"), a sentence read as a rule, holds where another
        # sentence names the drug without one ("Trazodone use did not differ"), even one
        # telling the parent trial of a report keeping part of its people: what the drug
        # was for does not change with the part ("stable duloxetine prescribed for
        # fibromyalgia pain" holds for "the 18 participants taking duloxetine")
        for name in {m.entry.name for m, _ in found} - set(purposes) - together:
            stated = _purpose_told(doc, doc.sentences, name)
            if stated and not _taken_as_kind(doc, name):
                purposes[name] = stated
    # drugs named only as failed treatments, dropped when a drug is named as being taken
    for name in together & set(comparators):
        del comparators[name]
        found += [
            (m, s)
            for s in sentences
            if s.own
            for m in doc.comedications(s)
            if m.entry.name == name and (m, s) not in found
        ]
    spec = doc.spec
    alone = f"{re.escape(spec.drug)}|{re.escape(spec.label)}"
    # asked only when it can change the answer: a drug or a class not joined to the
    # watched drug (most records name none, or only joined ones)
    loose = bool(characterised) or any(m.entry.name not in together for m, _ in found)
    said = _taking_none(doc, alone) if loose else None
    if said == "none":
        # nobody took one alongside: a drug counts only where the text joins it to the
        # watched drug
        found = [(m, s) for m, s in found if m.entry.name in together]
        characterised, where, described = [], [], set()
    elif said == "entered":
        # people came in taking none: a drug counts only where it is begun or joined to
        # the watched drug ("failed fluoxetine ... washout" is history, not co-medication)
        found = [(m, s) for m, s in found if m.entry.name in together or _started(s, m)]
        characterised, where, described = [], [], set()
    elif found and not overlap and _replaced_by_watched(doc):
        # the people come off their drug and take the watched one in its place (a switch,
        # a cross-taper): what they came off, and a comparator's drug, is not taken with it
        # (unless resumed later beside it: "Venlafaxine was restarted ..., and she chose to
        # continue naltrexone")
        found = [(m, s) for m, s in found if _resumed_alongside(doc, s, m)]
        if not found:
            said = "replaced"
        characterised, where, described = [], [], set()
    # a drug the whole sample stopped before the watched one is not taken with it, even
    # where another sentence names it as what people came in on ("blunting attributed to
    # an SSRI ... the SSRI was tapered and stopped"), unless begun again alongside
    # (not one stopped after the watched drug was, in the same sentence: "Naltrexone was
    # stopped, escitalopram was tapered": both ended a course taken together)
    watched_stop = doc.spec.compiled("drugs.watched_stopped", _watched_stopped)
    # (nor one switched away from while the watched drug went on: "venlafaxine was
    # cross-tapered to vortioxetine while LDN was maintained" had been taken with it)
    watched_kept = doc.spec.compiled("drugs.watched_kept", _watched_kept_pattern)
    # (where each drug was last stopped: a start told before it, "six weeks after
    # venlafaxine was started ... Venlafaxine was stopped", is no restart alongside)
    stops: dict[str, tuple[int, int]] = {}
    for s in sentences:
        if not s.own or _generalised(s):
            continue
        for m in doc.comedications(s):
            if (
                _halted(s, m)
                and not watched_stop.search(s.text, 0, m.start)
                and not watched_kept.search(s.text, m.end)
                and not (
                    _STOPPED_AFTER.match(s.text[m.end :])
                    and not _HALTED_BEFORE.search(s.text[max(0, m.start - _WINDOW) : m.start])
                    and not _stop_follows(doc, s, m)
                )
            ):
                stops[m.entry.name] = max(stops.get(m.entry.name, (-1, -1)), (s.index, m.start))
    halted = set(stops) - together
    if halted and overlap:
        # stopped only after a time taken together with the watched drug (a cross-taper's
        # stated overlap): taken with it
        halted = set()
    if halted:
        halted |= _members_named(doc, sentences, halted) - together
    if halted:
        found = [
            (m, s)
            for m, s in found
            if m.entry.name not in halted
            or (
                (_started(s, m) or _resumed_alongside(doc, s, m))
                and (s.index, m.start) > stops.get(m.entry.name, (-1, -1))
            )
        ]
    # the watched drug begun only once people were on one drug alone ("naltrexone was
    # started only once they had been on bupropion alone for at least 2 weeks"): the drugs
    # they came off before then, however the record names them, were not taken with it
    sole = _sole_at_start(doc, sentences)
    if sole is not None:
        found = [
            (m, s)
            for m, s in found
            if m.entry.name == sole or m.entry.name in together or _started(s, m)
        ]
    # a drug or class the study says none of its people took, a pronoun standing for it
    # ("Although SSRIs and SNRIs were permitted, no randomised participant was taking
    # one"): allowed, not taken, wherever else the record names it as allowed
    denied = {
        m.entry.name
        for s in sentences
        if s.own and not _generalised(s)
        for m in doc.comedications(s)
        if none_took_it(s, m.end)
    } - together
    if denied:
        found = [(m, s) for m, s in found if m.entry.name not in denied]
    heads = {id(m): _list_start(doc, s, m) for m, s in found}
    taken = {m.entry.name: m.entry.kind for m, s in found if not _failed(s, m, heads[id(m)])}
    failed = {m.entry.name for m, s in found if m.entry.name not in taken}
    # an augmentation trial often names only the drug its patients failed and still take
    # ("had not responded to fluoxetine ... received X"), unless the study says they
    # took none alongside ("after an antidepressant washout", "as monotherapy")
    free = _free_pattern(spec.comedication_kind, alone)
    if "drug" not in taken.values() and not any(s.own and free.search(s.text) for s in sentences):
        # ... but a history ("prior SSRI failure") or a label of the illness
        # ("SSRI-resistant depression") says nothing about what is taken now
        failed = {
            name
            for name in failed
            if all(_past(s, m, heads[id(m)]) for m, s in found if m.entry.name == name)
        }
    drugs: list[str] = []
    cls: set[str] = set(characterised)
    evidence: str | None = where[0].text if where else None
    # the drugs the study's own characterisation names ("a regimen we classed as
    # dopaminergic (bupropion, ..., sertraline >= 150 mg)") keep its class wherever the
    # record names them again ("twelve were taking sertraline")
    classed = _classed_drugs(doc, where)
    # a characterisation of the study's REGIMENS ("pro-dopaminergic antidepressant
    # regimens", "regimens we classified as predominantly serotonergic", "noradrenergic
    # regimens - reboxetine, ..., nortriptyline") is the study's own class judgement and
    # wins for the drugs it names (CONTRACT.md, the 2017 pilot); a class word on the drug
    # itself ("a serotonergic antidepressant: sertraline, clomipramine") only describes
    describes_drugs = bool(where) and not any(_REGIMEN_CLASSED.search(w.text) for w in where)
    for m, s in found:
        name = m.entry.name
        if name in comparators or name in failed or name in purposes:
            continue
        if name not in drugs:
            drugs.append(name)
        # the study's own characterisation wins for the drugs it characterises
        if s.index not in described and name not in classed:
            cls.update(m.entry.classes)
            evidence = evidence or s.text
        elif describes_drugs and (set(m.entry.classes) & set(characterised) or name not in classed):
            # the study's class word describes the drug with a class it has ("a
            # serotonergic antidepressant (an SSRI, an SNRI or vortioxetine)"): it picks
            # the drug out, it does not reclass it, so the drug keeps all its classes; a
            # drug outside the class word's brackets ("a serotonergic antidepressant (SSRI
            # or SNRI) or bupropion") is not described by it at all and keeps its own
            cls.update(m.entry.classes)
    if not (loose or drugs or comparators or purposes or cls):
        # nothing is taken alongside: whether the record says so is asked here too (not
        # only where a loose mention was there to filter), so the reason does not depend
        # on which filter removed a mention
        said = _taking_none(doc, alone)
    if not (drugs or comparators or purposes or cls or said):
        indexed = _indexed_theirs(doc) or _parent_theirs(doc)
        if indexed is not None:
            return indexed
    return Concomitant(
        drugs,
        [c for c in lexicon.classes if c in cls],
        evidence,
        comparators=[c for c in comparators if c not in drugs],
        other_purpose={k: v for k, v in purposes.items() if k not in drugs},
        taking_none=said,
    )


def _purpose_told(doc: Doc, sentences: list[Sentence], name: str) -> str | None:
    """The other purpose a methods sentence of the study's own gives the drug ``name``, if
    any (the results' and conclusions' "for" tells why people stopped or what they
    reported: "discontinued LDN added to duloxetine, largely for ... sleep effects")."""
    for s in sentences:
        if not s.own or not s.in_methods:
            continue
        for m in doc.comedications(s):
            if m.entry.name == name and (purpose := _purpose(doc, s, m)):
                return purpose
    return None


# a plan's analysis by what people take, among its levels those who take none: "Planned
# analyses will compare outcomes by dose and by concomitant antidepressant class (SSRI,
# SNRI, bupropion, none)", "... between patients taking LDN with and without serotonergic
# antidepressants" (holdout429 48500003, holdout433 48900030: registry protocols)
_COMPARED_BY_BEFORE = Folded(
    r"\bcompar\w*\s+(?:[\w\-]+\s+){0,3}?(?:by|between|across|among)\b(?:[^.;]|\.\d){0,160}$",
    re.I,
)
_NONE_AMONG_LEVELS = re.compile(
    r"\bwith\s+and\s+without\b|,\s*(?:or\s+|and\s+)?none\b|"
    # ("... between those taking serotonergic antidepressants and those taking none")
    r"\b(?:and|or)\s+(?:those|people|participants|patients)\s+(?:taking|on|using|receiving)\s+"
    r"none\b",
    re.I,
)


def _planned_stratum(s: Sentence, at: int) -> bool:
    """In a plan, the drug at ``at`` is one level of an analysis by what people take,
    beside people who take none: the plan sorts people it has not enrolled yet, nobody is
    given the drug, and not all will take one."""
    return (
        _COMPARED_BY_BEFORE.search(s.text, max(0, at - 160), at) is not None
        and _NONE_AMONG_LEVELS.search(s.text) is not None
    )


# the people's own antidepressant, not named: "their current antidepressant", "the
# unchanged antidepressant", "patients' ongoing antidepressant treatment"
_THEIRS = (
    r"(?:(?:their|his|her|the|that|this|these|those|(?:the\s+)?(?:patients?|participants?|"
    r"subjects?|adults?|women|men|adolescents?|children|people)['’]s?|current(?:ly\s+prescribed)?|"
    r"ongoing|existing|stable|own|usual|prescribed|regular|unchanged|continuing|continued|"
    r"maintenance|background|baseline|first[\s\-]line|same|present|established)\s+){1,3}"
    r"(?:[\w\-]+\s+)?"
)


@lru_cache(maxsize=8)
def _added_to_theirs_pattern(kind: str) -> re.Pattern[str]:
    """The watched drug given on top of the people's own antidepressant: "added to that
    antidepressant", "add naltrexone 4.5 mg to their current antidepressant", "in addition
    to the unchanged antidepressant", "as an adjunct to their stable antidepressant",
    "augmentation of the ongoing antidepressant", "while remaining on their usual
    antidepressant", or the antidepressant "augmented with" it."""
    joined = (
        r"\b(?:add(?:s|ed|ing)?\s+(?:[^\s.;,]+\s+){0,6}?to|add[\s\-]on\s+(?:\w+\s+)?to|"
        r"(?:adjunct(?:ive)?|adjuvant|augmentation|addition|on\s+top)\s+(?:(?:treatment|therapy|"
        r"agent|medication)\s+)?(?:to|of)|augment(?:s|ed|ing)|alongside|combined\s+with|"
        r"in\s+combination\s+with|together\s+with|co[\s\-]?administered\s+with|"
        r"(?:while|whilst)\s+(?:continuing(?:\s+(?:on|with|to\s+take))?|remaining\s+on|"
        r"staying\s+on|maintained\s+on|maintaining|(?:still\s+)?taking|on))\s+"
    )
    # (not the kind word as an adjective: "augments the antidepressant effect of exercise")
    noun = r"(?!\s+(?:effects?|respons\w*|actions?|efficacy|propert\w*|activit\w*|benefits?|"
    noun += r"outcomes?|potential|trials?|class\w*|mechanisms?|pathways?|signal\w*)\b)"
    # ... or the people going on with their own antidepressant while it is given:
    # "continued their current antidepressant and were randomized to X or placebo", "kept
    # taking their antidepressant", "their antidepressant was continued unchanged"
    kept = (
        rf"(?P<kept>\b{_GO_ON}\s+(?:on\s+|with\s+|taking\s+|to\s+take\s+)?{_THEIRS}(?:{kind})s?\b{noun}|"
        rf"\b(?:{_THEIRS}|an?\s+)?(?:{kind})s?(?:\s+(?:treatment|therapy|medications?|regimens?|"
        r"doses?))?(?:\s+at\s+(?:a|the)\s+(?:stable|same|unchanged)\s+doses?)?\s*,?\s+"
        r"(?:(?:was|were|is|are|will\s+be|to\s+be|being)\s+)(?:continued|maintained|kept|"
        r"unchanged|not\s+changed)\b)"
    )
    # ... or told as the state the people stay in while it is given: "with their
    # antidepressant unchanged", "with the background antidepressant kept stable"
    kept_with = (
        rf"\bwith\s+{_THEIRS}(?:{kind})s?(?:\s+(?:treatment|therapy|medications?|regimens?|"
        r"doses?))?\s+(?:(?:kept|held|left)\s+)?(?:unchanged|unaltered|stable|constant)\b"
    )
    return re.compile(
        rf"{joined}{_THEIRS}(?:{kind})s?\b{noun}|{kept}|{kept_with}|"
        rf"\b{_THEIRS}(?:{kind})s?(?:\s+(?:treatment|therapy|medication|regimen))?\s*,?\s+"
        r"(?:(?:was|were|is|are|being)\s+)?(?:augmented|supplemented)\s+with\b",
        re.I,
    )


# the going on with one's antidepressant said of some, as a choice, or as an arm: "may
# continue their antidepressant", "patients who continued their antidepressant were
# excluded", "randomized to X or to continue their current antidepressant"
_KEPT_BY_SOME = re.compile(
    r"\b(?:may|might|could|can|allowed|permitted|option\w*|exclu\w*|ineligible|not\s+eligible|"
    r"versus|vs\.?|compared|instead|rather)\b",
    re.I,
)
_KEPT_AS_ARM = re.compile(r"\bor\s+(?:to\s+)?$", re.I)


def _kept_not_by_all(text: str, m: re.Match[str]) -> bool:
    """Going on with one's antidepressant said as what only some, or one arm, do."""
    return bool(
        _KEPT_BY_SOME.search(text) or _KEPT_AS_ARM.search(text, max(0, m.start() - 12), m.start())
    )


def _theirs_unnamed(doc: Doc) -> Sentence | None:
    """The study's own sentence saying it gives the watched drug on top of the
    antidepressant the people already take, not naming it (``_added_to_theirs_pattern``;
    not a hedged generalisation), where nothing says its people took none or stopped
    theirs."""
    spec = doc.spec
    rx = _added_to_theirs_pattern(spec.comedication_kind)
    said = next(
        (
            s
            for s in doc.sentences
            if (s.is_title or (s.own and not s.preamble))
            and not _generalised(s)
            and any(
                own_at(s, m.start()) and not (m.group("kept") and _kept_not_by_all(s.text, m))
                for m in rx.finditer(s.text)
            )
        ),
        None,
    )
    if said is None:
        return None
    alone = f"{re.escape(spec.drug)}|{re.escape(spec.label)}"
    free = _free_pattern(spec.comedication_kind, alone)
    kind = spec.kind_word
    for s in doc.sentences:
        if not s.own:
            continue
        if free.search(s.text):
            return None
        for k in kind.finditer(s.text):
            before = s.text[max(0, k.start() - _WINDOW) : k.start()]
            if _HALTED_BEFORE.search(before) or _STOPPED_AFTER.match(s.text[k.end() :]):
                return None
    if _taking_none(doc, alone) is not None:
        return None
    return said


def _parent_theirs(doc: Doc) -> Concomitant | None:
    """The people's own antidepressant in a report derived from one trial (a continuation
    phase, a long-term or secondary analysis), where the report names it only where it
    tells the regimen its parent tested: "Whether the short-term benefit of X added to
    SSRIs or SNRIs persists is unknown ... with their antidepressant unchanged". The
    report takes its parent's people and says they went on with "their antidepressant"
    (``_theirs_unnamed``); no sentence of its own names a co-medication, so the drugs the
    background's open question joins to the watched drug (the regimen whose lasting
    effect the report measures; not what earlier studies reported) are theirs."""
    if not doc.derived or doc.pooled:
        return None
    if any(doc.comedications(s) for s in doc.sentences if s.is_title or not s.background):
        return None
    said = _theirs_unnamed(doc)
    if said is None:
        return None
    names: list[str] = []
    classes: set[str] = set()
    where: Sentence | None = None
    for s in doc.sentences:
        # (the background's open question, which the report answers: "whether the benefit
        # of X added to SSRIs persists is unknown"; not what earlier studies reported)
        if not (s.background and s.future) or s.is_title:
            continue
        joined: list[Mention] = []
        for m in doc.comedications(s):
            if _describes_a_drug(doc, s, m) or taken_by_others(s, m.start, m.end):
                continue
            if arms.is_comparator(doc, s, m):
                continue
            if arms.with_drug(doc, s, m) or _listed_on(s, joined, m):
                joined.append(m)
                if m.entry.name not in names:
                    names.append(m.entry.name)
                classes.update(m.entry.classes)
                where = where or s
    if not classes or where is None:
        return None
    return Concomitant(
        names, [c for c in doc.lexicon.classes if c in classes], f"{where.text} {said.text}"
    )


def _indexed_theirs(doc: Doc) -> Concomitant | None:
    """The class of the people's own antidepressant where only the record's indexing
    names it. The study says it gives the watched drug on top of the antidepressant the
    people already take (``_added_to_theirs_pattern``, in a sentence of its own, not a
    hedged generalisation), its text names no co-medication at all (text wins) and
    nothing says its people took none or stopped theirs; then the drugs and classes its
    MeSH headings and author keywords name are that antidepressant's (not a class named
    as failed or absent: "SSRI-resistant depression", "SSRI-free"). CONTRACT.md: the
    classes of the antidepressants taken together with the drug; a class named without
    drugs counts."""
    article = doc.article
    index = [*article.mesh_terms, *article.keywords]
    if not index or any(doc.comedications(s) for s in doc.sentences):
        return None
    said = _theirs_unnamed(doc)
    if said is None:
        return None
    watched = doc.aliases.pattern()
    names: list[str] = []
    classes: set[str] = set()
    terms: list[str] = []
    for term in index:
        if watched.search(term):
            continue  # "Bupropion, Naltrexone Drug Combination": the look-alike
        for m in doc.lexicon.find(term):
            before, after = term[: m.start], term[m.end :]
            if (
                not m.entry.classes
                or _FAILED_AFTER.match(after)
                or _FREE_AFTER.match(after)
                or _HISTORY_BEFORE.search(before)
                or _FAILED_BEFORE.search(before)
            ):
                continue
            if m.entry.name not in names:
                names.append(m.entry.name)
            classes.update(m.entry.classes)
            if term not in terms:
                terms.append(term)
    if not classes:
        return None
    return Concomitant(
        names,
        [c for c in doc.lexicon.classes if c in classes],
        f"{said.text} [indexed: {'; '.join(terms)}]",
        indexed=True,
    )


# the next item of a list of drugs: "SSRIs or venlafaxine", "sertraline, citalopram and
# escitalopram"
# (its abbreviation in brackets goes with a name: "inhibitors (SSRIs) or ... (SNRIs)")
_LISTED_ON = re.compile(
    r"^\s*(?:\(\s*|/\s*|\)?\s*(?:,\s*(?:(?:and|or|and/or)\s+)?|(?:and|or|and/or)\s+))$", re.I
)


def _listed_on(s: Sentence, joined: list[Mention], m: Mention) -> bool:
    """``m`` is the next item of the list the last of ``joined`` stands in ("added to an
    SSRI or SNRI", "SSRI/SNRI"): joined as that one is."""
    return bool(joined) and _LISTED_ON.match(s.text[joined[-1].end : m.start]) is not None


def _below_condition_dose(lexicon: Lexicon, doses: list[Dose]) -> dict[str, str]:
    """Drugs whose every stated dose is below the lowest dose used for the condition."""
    by_drug: dict[str, list[float]] = {}
    for d in doses:
        if not d.per_kg and not d.bound:
            by_drug.setdefault(d.owner, []).append(d.mg_per_day)
    out: dict[str, str] = {}
    for name, values in by_drug.items():
        entry = lexicon.lookup(name)
        if entry and entry.condition_min_mg and max(values) < entry.condition_min_mg:
            out[entry.name] = f"a low dose ({max(values):g} mg)"
    return out
