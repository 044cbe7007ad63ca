"""How many people a study enrolled: numbers in digits or words, totals over arms.

Abstracts give the sample in many shapes: "12 adults", "Twenty-five individuals were
randomized", "(N = 11247)", "60 patients per study arm (120 in total)", "naltrexone
(n=6) or placebo (n=6)", "Ten women ... and ten healthy controls", "Of 84 screened, 60
were randomized", "1,204 LDN initiators". Completers, evaluable subsets and per-arm
counts are not the enrolled total, so they are scored down, summed, or multiplied by
the number of arms the abstract describes ("1:1", "X or placebo", "three-arm") rather
than taken at face value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from ldn_watch.assess import arms, roles
from ldn_watch.assess.allocation import ALLOCATED, ALLOCATING, RANDOMISED
from ldn_watch.assess.counts import NUMBER, NUMBER_WORD, words_to_int
from ldn_watch.assess.counts import PEOPLE as _NOUNS
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.roles import Doc, Sentence

_STOP = (
    r"(?:of|in|for|with|to|at|on|per|from|or|than|by|were|was|who|had|the|a|an|mg|"
    # a possessive opens a phrase of its own: "a score of 71 and her Patient Health
    # Questionnaire score 22" counts no patients (holdout293 32700018)
    r"her|his|their|its|whose|"
    r"years?|weeks?|days?|months?|"
    # a place ends the phrase: "at six pain clinics, adults with ..." counts clinics
    # (... or services, wards: "at two old-age psychiatry services, adults ..."; plural only,
    # "40 mental health service users" are people)
    r"sites?|clinics?|cent(?:re|er)s?|hospitals?|practices?|countries|cities|regions|"
    r"services|departments|wards|units|settings)"
)
# (a number word starts a count of its own, it describes nobody: "Of 73 people screened,
# forty-eight adults ..." is two counts, not "73 ... adults")
_MOD = rf"(?:(?!{_STOP}\b)(?!(?:{NUMBER_WORD})\b)[A-Za-z][\w\-–']*,?\s+)"
# ... nor a trial phase: "a phase 2 randomized, placebo-controlled trial" counts nobody
# ... nor a time point or a step ("responded at week 3 (...) were randomised", "day 1")
_LEAD = (
    r"(?<![\w\-–/.=±$])(?<!phase )"
    + "".join(
        rf"(?<!{w} )"
        for w in ("week", "weeks", "day", "days", "month", "months", "year", "visit", "hour")
    )
    + "".join(rf"(?<!{w} )" for w in ("cycle", "step", "stage", "grade", "level", "session"))
    # a rate's denominator counts nobody: "affects one in seven women", "1 in 5 adults",
    # "one in every ten patients" (the whole word: "naltrexone in 41 adults" is no rate)
    + "".join(rf"(?<!\b{w} )" for w in ("one in", "1 in", "in every"))
    # nor a scale's top after a threshold on it: "average daily pain of 4 or more out of 10"
    + "".join(rf"(?<!\bor {w} out of )" for w in ("more", "less", "higher", "lower", "above"))
)
# ... nor a threshold ("a CRP ≥ 3 mg/L": 3 is the cut-off, not people)
_NOT_THRESHOLD = r"(?<![≥≤<>])(?<![≥≤<>]\s)"
_NOT_PCT = r"(?!\s*(?:%|percent|per cent)|[\w\-–%]|\.\d)"
# a people noun that modifies another noun names no people: "at seven outpatient sites",
# "three patient groups", "120 patient-years"; nor where people were found: "two patient
# forums", "three patient organisations", "four patient message boards"
_NOT_PEOPLE_AFTER = (
    r"(?![\s\-]+(?:forums?|organi[sz]ations?|associations?|charities|communities|networks?|"
    r"message\s+boards?|support\s+(?:groups?|networks?|forums?)|advocacy|registr(?:y|ies)|"
    r"sites?|clinics?|cent(?:re|er)s?|settings?|hospitals?|practices?|services?|"
    r"departments?|units?|wards?|visits?|programm?e?s?|facilities|locations|groups?|cohorts?|arms?|"
    r"populations?|consultations?|encounters?|years?|months?|weeks?|days?|periods?)\b)"
)
# two descriptions offered as alternatives before the noun: "1,046 current or former
# users", "212 new or continuing patients" (not "5 or more patients": a word comes first,
# and "more", "fewer", "older" after "or" make a bound)
_OR_MOD = (
    rf"(?:(?!{_STOP}\b)[A-Za-z][\w\-]*\s+or\s+(?!(?:more|fewer|less|older|younger|over|above|"
    r"greater)\b)[A-Za-z][\w\-]*\s+)"
)
# a bracketed note among the words before the noun, no share in it: "Seventy drug-naive or
# drug-free (>= 4 weeks) outpatients", "40 treatment-resistant (two or more failed trials)
# adults" (not "12 (40%) patients": a share of another count)
_PAREN_MOD = r"(?:\((?![^()]*%)[^()]{1,30}\)\s+)"
_COUNT = Folded(
    # (a number word may carry its digits in brackets: "Eighteen (18) outpatients")
    rf"{_LEAD}(?P<num>{NUMBER})(?:\s*\(\d{{1,5}}\))?{_NOT_PCT}\s+(?P<mods>(?:{_OR_MOD}|{_MOD}|{_PAREN_MOD}){{0,4}})(?P<noun>{_NOUNS})\b"
    rf"{_NOT_PEOPLE_AFTER}",
    re.IGNORECASE,
)
# the professionals who enrol, treat or rate the patients are the study's staff, not its
# sample, when the same sentence counts the patients too: "28 patients were enrolled by
# 64 clinicians at 12 sites", "Clinicians (n = 64) enrolled 28 patients" (a survey of
# prescribers, whose answers are its data, counts them: see ``survey``)
_STAFF = (
    r"psychiatrists|clinicians|practitioners|prescribers|pharmacists|psychologists|doctors|"
    r"therapists|providers|professionals|GPs|physicians|nurses|investigators|raters"
)
_STAFF_WORD = Folded(rf"\b(?:{_STAFF})\b", re.IGNORECASE)
_STAFF_NOUN = re.compile(rf"(?:{_STAFF})", re.IGNORECASE)
# ... the staff named just before an "(n = N)": "Clinicians (n = 64)", "GPs, n = 12"
_STAFF_BEFORE_N = re.compile(rf"\b(?:{_STAFF})\s*(?:[(\[]|,)\s*$", re.IGNORECASE)
_N_EQ = re.compile(
    r"\b[nN]\s*=\s*(?P<num>\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])|"
    r"\d+)\b(?!\s*%|\.\d)"
    # "(n = 60 person-periods)", "n = 216 assessments": what was counted is not people
    r"(?!\s+(?:(?:person|patient|treatment|study)[\s\-]+)?(?:periods|weeks|months|years|"
    r"observations|assessments|measurements|visits|episodes|samples|eyes|sessions|prescriptions)\b)"
)
# what a total's people went on to do, after it: a part of the sample counted by an event
# ("41 participants in total started X after the taper", "12 in all relapsed")
_DID_AFTER = re.compile(
    r"\s+(?:started|began|initiated|switched|responded|remitted|relapsed|discontinued|dropped|"
    r"withdrew|developed|achieved|experienced|reported|needed|required|chose|opted)\b",
    re.I,
)
# ("..., 212 in all (15.8%)": "in all" closing its clause, not "in all arms")
_IN_TOTAL = Folded(
    rf"{_LEAD}(?P<num>{NUMBER})\s+(?:(?:{_NOUNS})\s+)?(?:in total\b|in all(?=\s*(?:[,.;:(]|$)))|"
    # a total given after its parts, in brackets or after a semicolon: "2,314 initiators
    # matched to 2,314 comparators (total 4,628)", "...; total: 900" (not "total 4,628
    # person-years")
    # (a protocol's names its plan: "in successive cohorts of 10 (planned total 40)")
    # (an amendment's new plan, after "for": "40 per arm are kept, for a revised total of 120")
    r"(?:[(\[;]\s*|,\s+)(?:in\s+|an?\s+|for\s+an?\s+)?(?:(?P<plan>planned|target|intended|"
    r"anticipated|revised|amended|updated|new)\s+"
    rf"total(?:\s+of)?|total)(?:\s*[:=]\s*|\s+)(?P<num2>{NUMBER}){_NOT_PCT}"
    rf"(?=\s*(?:(?:{_MOD}{{0,2}}(?:{_NOUNS})\b{_NOT_PEOPLE_AFTER})|[)\].;,]|$))",
    re.IGNORECASE,
)
# a stated or planned sample size: "a sample size of 120", and in a protocol's present or
# future tense "the maximum sample size is 48", "target enrolment: 60", "the planned
# sample size will be 90" ("was" is left out: a results paper's planned size is not n)
_SAMPLE = Folded(
    rf"\bsample size of\s+(?P<num>{NUMBER}){_NOT_PCT}|"
    r"\b(?:(?:maximum|planned|target|total|intended|required|final)\s+)?"
    # ("Sample size: 120", "Enrolment (actual): 90", "Estimated enrollment = 120",
    # "Number of participants: 64")
    r"(?:sample size|enrol+ment|(?<=target )sample|(?<=planned )sample|"
    r"number of (?:participants|patients|subjects))"
    r"(?:\s*\((?:actual|estimated|anticipated|planned|target)\))?"
    # (or said to stay as it was: "the planned sample remains 180", "target enrolment stays
    # at 96")
    r"(?:\s+(?:is(?:\s+now)?|will be|remains|stays(?:\s+at)?)|\s*[=:])\s*"
    r"(?:approximately\s+|about\s+|up to\s+)?"
    rf"(?P<num2>{NUMBER}){_NOT_PCT}|"
    rf"\btarget (?:enrol+ment|sample) of\s+(?P<num3>{NUMBER}){_NOT_PCT}|"
    # the aim named without a verb, before or after its noun: "target sample 90",
    # "anticipated accrual 120", "enrolment target: 120", "the recruitment goal is 80"
    r"\b(?:planned|target|intended|anticipated|projected)\s+(?:sample(?:\s+size)?|enrol+ment|"
    # ("a planned sample of 180" is left to the patterns above: an amendment's history
    # says it so, "first published with ... a planned sample of 180")
    # (or the new aim an amendment sets: "Target enrolment has been increased by 30, to 120")
    r"recruitment|accrual)\s*(?:=\s*|:\s*|\s(?:has\s+been|have\s+been|was|were|is\s+now)\s+"
    r"(?:increased|raised|expanded|extended|revised|reduced|decreased|lowered|changed|amended)"
    r"(?:\s+by\s+\d+(?:\s*%)?)?\s*,?\s+to\s+)?(?:approximately\s+|about\s+|up to\s+)?"
    rf"(?P<num4>{NUMBER}){_NOT_PCT}|"
    r"\b(?:sample(?:\s+size)?|enrol+ment|recruitment|accrual)\s+(?:target|goal)\s*(?:is\s+(?:now\s+)?|"
    r"will\s+be\s+|of\s+|=\s*|:\s*)(?:approximately\s+|about\s+|up to\s+)?"
    rf"(?P<num5>{NUMBER}){_NOT_PCT}|"
    # a sample-size calculation naming its sample without a noun of people: "A sample of 64
    # (32 per arm) gives 90% power", "a total sample of 120 provides 80% power", "a sample of
    # 90 is required to detect ..." (a results paper's is its plan: never its n, below)
    # (its people may be named: "A sample of 96 participants (48 per arm) provides 80% power")
    # (or as a total alone: "With 60 per cell, a total of 240 gives 90% power")
    # (or as the plan: "The planned sample of 90 gives 80% power")
    rf"\b(?:(?:an?|the|our)\s+(?:(?:total|overall|planned|target|intended|anticipated)\s+)?"
    rf"sample|a\s+total)\s+of\s+(?P<num6>{NUMBER}){_NOT_PCT}"
    rf"(?=(?:\s+{_MOD}{{0,2}}(?:{_NOUNS})\b)?\s*(?:\([^()]{{0,40}}\)\s*)?,?\s*(?:(?:gives?|provides?|yields?|affords?|has|have|"
    r"(?:would|will|should)\s+(?:give|provide|yield|afford|have))\b[^.;]{0,40}?\bpower\b|"
    r"(?:is|are|will\s+be|would\s+be)\s+(?:required|needed|necessary|sufficient)\b))|"
    # a cap on whom a protocol takes in, its noun left to the clause before it ("allocation
    # is updated every 40 participants, up to a maximum of 240"; "..., to a cap of 300
    # patients"): the planned size (read in a protocol only, below)
    # (its noun may come with it: "up to a maximum total enrolment of 150")
    r"\b(?:up\s+)?to\s+(?:a|the)\s+(?:maximum|max\.?|cap|ceiling|total)(?:\s+(?:total|overall))?"
    r"(?:\s+(?:enrol+ment|sample(?:\s+size)?|accrual|recruitment))?\s+of\s+"
    rf"(?P<num7>{NUMBER}){_NOT_PCT}(?=(?:\s+{_MOD}{{0,2}}(?:{_NOUNS})\b)?\s*(?:[.;,)]|$))|"
    # the study's own act of taking people in, its object a bare number: "allowing 20%
    # attrition we will recruit 52", "we plan to enrol 60 (30 per arm)", "the trial will
    # randomise about 120." (read in a protocol only, below)
    r"\b(?:we|(?:the|this|our)\s+(?:trial|study))\s+(?:will|shall|(?:plan|aim|intend)s?\s+to|"
    r"will\s+(?:aim|seek|try)\s+to)\s+(?:recruit|enrol+|randomi[sz]e|include|allocate)\s+"
    r"(?:a\s+total\s+of\s+|approximately\s+|about\s+|around\s+|up\s+to\s+|at\s+least\s+)?"
    # (the whole number: "1,204" is no "1" followed by a comma)
    rf"(?P<num8>{NUMBER}){_NOT_PCT}(?!,\d)"
    rf"(?=(?:\s+{_MOD}{{0,2}}(?:{_NOUNS})\b)?\s*(?:\([^()]{{0,40}}\)\s*)?(?:[.;]|,(?!\d)|$))",
    re.IGNORECASE,
)
# an allowance for losses after a power calculation, naming the larger number to take in:
# "; allowing for 20% attrition, we will randomise 64", "to allow for 15% dropout, 62 will be
# enrolled"
_ATTRITION_ALLOWED = re.compile(
    r"\b(?:attrition|drop-?outs?|withdrawals?|losses?\s+to\s+follow-?up|non-?completion)\b"
    r"[^.;]{0,60}?\d",
    re.IGNORECASE,
)
# the study's own people named as a noun phrase: "giving an analytic cohort of 6,020", "the
# final study population comprised 2,340 adults", "the matched sample numbered 3,112"
# (what was analysed, after the pool it was drawn from)
_NAMED_SAMPLE = Folded(
    r"(?:\b(?:(?:analytic(?:al)?|analy[sz]ed|analysis|final|matched|included)\s+(?:study\s+)?|"
    # ("giving a study cohort of 267", "together formed a study population of 135")
    r"(?<=\ba\s)study\s+)"
    r"(?:cohort|sample|population|data\s*set)\s+(?:of|comprised|comprising|included|including|"
    r"consisted\s+of|numbered|totall?ed|was|=|:)\s*(?:approximately\s+|about\s+)?"
    # ... or by how its people were taken in: "the sample actually randomised was 84",
    # "the cohort enrolled numbered 90"
    r"|\b(?:cohort|sample|population)\s+(?:(?:actually|finally|eventually|ultimately)\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|recruited|allocated)\s+(?:was|numbered|totall?ed|=|:)\s*)"
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?!\s*(?:person|patient)[\s\-]*(?:years|months|days))",
    re.IGNORECASE,
)
# a staged trial's own sample, said as the size it went on to: "Nine of the first 23
# responded, so the basket continued to its full sample of 58", "the trial reached its
# target sample of 38", "accrual went on to the planned sample of 52" (not what it would
# have gone on to: ``_MAY`` before it)
_REACHED_SAMPLE = Folded(
    r"\b(?:continued|proceeded|went\s+on|progressed|expanded|extended|reached|attained|"
    r"completed)\s+(?:to\s+)?(?:its|the|their|a)\s+(?:full|complete|planned|target(?:ed)?|"
    r"intended|total)\s+(?:sample|cohort|enrol+ment|accrual)(?:\s+size)?\s+of\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}",
    re.IGNORECASE,
)
# a count said to form the sample, after what its people did: "143 started treatment and
# form the analysed cohort", "64 agreed to take part and constitute the study sample"
_FORMS_SAMPLE = Folded(
    rf"(?:^|[,;:]\s*|\band\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?!years?\b|months?\b|weeks?\b|days?\b)"
    r"(?:[^\d.;,()]{0,60}?\band\s+)?(?:form(?:ed|s)?|constitut(?:ed|es?)|ma(?:de|ke)\s+up)\s+"
    r"the\s+(?:[\w\-]+\s+)?(?:analysis|analytic|analysed|analyzed|study)\s+"
    r"(?:sample|population|set|cohort)\b",
    re.IGNORECASE,
)
# the words that make a stated size an aim, not a count
_PLAN_WORD = re.compile(
    r"\b(?:planned|target|intended|required|maximum|goal|anticipated|projected)\b", re.IGNORECASE
)


# a cap on the sample: "to a maximum of 260", "up to a ceiling of 300"
_CAP = re.compile(
    r"^(?:up\s+)?to\s+(?:a|the)\s+(?:maximum|max\.?|cap|ceiling)\s+of\b", re.IGNORECASE
)
# a clause that says it may happen: "may increase", "could be extended", "if ..."
_MAY = re.compile(r"\b(?:may|might|could|if|would|can)\b", re.IGNORECASE)


def _conditional_cap(c: Count) -> bool:
    """The count is a cap on the sample in a clause that says it may be reached ("may
    increase the sample to a maximum of 260"), not the size planned."""
    if not _CAP.match(c.span):
        return False
    text = c.sentence.text
    at = text.find(c.span)
    clause = re.split(r"[;.](?!\d)", text[:at])[-1] if at >= 0 else ""
    return _MAY.search(clause) is not None


def _recruited_in_full(c: Count) -> bool:
    """The count is the trial's size once recruitment is over, said in its own clause."""
    return _said_of(c, roles.recruitment_done)


def _accrual(c: Count) -> bool:
    """The count is a trial in progress's accrual so far, said in its own clause."""
    return _said_of(c, roles.accrual)


def _said_of(c: Count, said: Callable[[str, int, int], bool]) -> bool:
    """What ``said`` finds about the count's own span in its sentence."""
    text = c.sentence.text
    at = text.find(c.span) if c.span != text else -1
    return at >= 0 and said(text, at, at + len(c.span))


def _replaced_sizes(doc: Doc) -> frozenset[int]:
    """The sizes the record says it revised away from ("the target sample size was revised
    from 90 to 80": 90), wherever else the record restates them ("Version 1.0 planned to
    enrol 90 adults")."""

    def compute(doc: Doc) -> frozenset[int]:
        out = set()
        for s in doc.sentences:
            if s.own and "from" in s.text.lower():
                for m in _REVISED_SAMPLE.finditer(s.text):
                    old = words_to_int(m.group("old") or m.group("old2") or m.group("old3") or "")
                    new = words_to_int(m.group("num") or m.group("num2") or m.group("num3") or "")
                    if old and new and old != new:
                        out.add(old)
        return frozenset(out)

    return doc.remember("replaced_sizes", compute)


def _superseded(c: Count) -> bool:
    """The count is in a clause about a plan the record replaced (``roles.superseded``)."""
    text = c.sentence.text
    spans = roles.superseded(text)
    if not spans:
        return False
    at = text.find(c.span) if c.span != text else -1
    return at >= 0 and any(a <= at < b for a, b in spans)


# a sentence that states the study's size: "Sample size: ...", "the target enrolment"
_SIZE_STATED = Folded(
    r"\b(?:sample\s+size|(?:target|planned|intended)\s+(?:enrol+ment|sample|recruitment))\b|"
    # ("The target is 40 participants in each arm", "the new target is 30 per group")
    r"\b(?:the|our|its)\s+(?:new\s+|revised\s+)?target\s+(?:is|was|will\s+be|becomes|became)\b|"
    # ... or the recruitment as what aims at it: "Recruitment targets 32 participants per
    # group", "enrolment aims at 40 per arm"
    r"\b(?:recruitment|enrol+ment|accrual)\s+(?:targets|aims\s+(?:at|for)|seeks)\b",
    re.IGNORECASE,
)
# a protocol's sample size changed by an amendment: "the target sample size has been
# increased from 60 to 90 participants", "was revised from 80 to 96", or said of the size
# itself, intransitively: "the target sample size has increased from 180 to 240", "the
# planned enrolment rose from 90 to 126", "has grown to 240"
_HAS_CHANGED = r"(?:has|have|had|now)\s+(?:now\s+)?"
_GROWN = (
    r"risen|rose|rises|grown|grew|grows|fallen|fell|falls|gone\s+(?:up|down)|went\s+(?:up|down)|"
    r"increases|decreases"
)
# (a pace is no size: "recruitment rose to 12 per month", "fell to 3 a week")
_NOT_RATE = r"(?!\s*(?:per|a|an|each|every)\s|\s*/)"
_REVISED_SAMPLE = Folded(
    # (the size may be named a planned total: "The planned total rises from 200 to 280")
    r"\b(?:sample(?:\s+size)?|enrol+ment|recruitment|(?:(?<=planned\s)|(?<=target\s)|"
    r"(?<=intended\s))total)\s+(?:target\s+)?(?:has\s+been\s+|have\s+been\s+|"
    r"was\s+|is\s+|will\s+be\s+|" + _HAS_CHANGED + r")?(?:increased|decreased|reduced|revised|"
    r"changed|raised|expanded|amended|adjusted|lowered|cut|re[\s\-]?estimated|"
    rf"re[\s\-]?calculated|updated|{_GROWN})\s+from\s+(?P<old>{NUMBER})\s+to\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}{_NOT_RATE}|"
    # ... said in the active voice: "Amendment 3 increased the target sample size from 90
    # to 126", "we reduced the sample size from 120 to 96"
    r"\b(?:increas|decreas|reduc|revis|chang|rais|expand|amend|adjust)(?:ed|es|e|ing)\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:(?:target|planned|intended|required|total)\s+)?"
    r"(?:sample(?:\s+size)?|enrol+ment|recruitment|(?:(?<=planned\s)|(?<=target\s))total)"
    r"(?:\s+target)?\s+"
    rf"from\s+(?P<old2>{NUMBER})\s+to\s+(?P<num2>{NUMBER}){_NOT_PCT}|"
    # ... or with "target" alone for the size, either voice, then people or the clause's
    # end (not a dose): "reduced the target from 180 to 140 participants", "the recruitment
    # target was lowered from 200 to 160.", "the target has been re-estimated from 120 to 96"
    r"\b(?:(?:(?:re[\s\-]?estimat|re[\s\-]?calculat|increas|decreas|reduc|revis|chang|rais|"
    r"lower|expand|amend|adjust|updat)(?:ed|es|e|ing)|cut)\s+(?:the\s+|its\s+|our\s+)?(?:(?:recruitment|"
    r"enrol+ment|planned|overall|sample)\s+)?target|\b(?:the|its|our)\s+(?:(?:recruitment|"
    r"enrol+ment|planned|overall|sample)\s+)?target\s+(?:has\s+been\s+|was\s+|is\s+|will\s+be\s+|"
    + _HAS_CHANGED
    + r")?(?:(?:re[\s\-]?estimat|re[\s\-]?calculat|increas|decreas|reduc|revis|chang|rais|lower|"
    rf"expand|amend|adjust|updat)ed|cut|{_GROWN}))\s+from\s+(?P<old3>{NUMBER})\s+to\s+"
    rf"(?P<num3>{NUMBER}){_NOT_PCT}{_NOT_RATE}"
    r"(?!\s*(?:mg|mcg|µg|μg|g|ml|points?|weeks?|days?|months?|years?|hours?|sites?|"
    r"cent(?:re|er)s)\b)",
    re.IGNORECASE,
)

# ... or with the new size alone: "the sample size was re-estimated at 84 participants",
# "the target sample is revised to 96", "we recalculated the sample size at 70"
_CHANGE_VERB = (
    r"(?:re[\s\-]?estimat|re[\s\-]?calculat|re[\s\-]?comput|revis|reduc|increas|decreas|lower|"
    r"adjust|amend|chang|rais|reset|updat|expand|enlarg|extend)"
)
_RESET_SAMPLE = Folded(
    r"\b(?:sample(?:\s+size)?|enrol+ment|recruitment)\s+(?:target\s+|goal\s+)?(?:has\s+been\s+|"
    rf"have\s+been\s+|was\s+|were\s+|is\s+|will\s+be\s+|{_HAS_CHANGED})?(?:{_CHANGE_VERB}ed|"
    rf"{_GROWN})\s+(?:at|to)\s+(?:approximately\s+|about\s+)?"
    rf"(?P<num>{NUMBER}){_NOT_PCT}{_NOT_RATE}|"
    rf"\b{_CHANGE_VERB}(?:ed|es|e|ing)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:(?:target|planned|intended|required|total)\s+)?(?:sample(?:\s+size)?|enrol+ment|"
    r"recruitment)(?:\s+target)?\s+(?:at|to)\s+(?:approximately\s+|about\s+)?"
    rf"(?P<num2>{NUMBER}){_NOT_PCT}|"
    # ... or with "target" alone for the size, then a count of people (not a dose): "the
    # re-estimation increased the target to 210 participants", "the target was raised to 96."
    rf"\b{_CHANGE_VERB}(?:ed|es|e|ing)\s+(?:the\s+|its\s+|our\s+)?target\s+(?:at|to)\s+"
    rf"(?:approximately\s+|about\s+)?(?P<num3>{NUMBER}){_NOT_PCT}(?=\s+(?:{_NOUNS})\b|\s*[.;,)]|$)|"
    r"\b(?:the|its|our)\s+target\s+(?:has\s+been\s+|was\s+|is\s+|will\s+be\s+)"
    rf"{_CHANGE_VERB}ed\s+(?:at|to)\s+(?:approximately\s+|about\s+)?(?P<num4>{NUMBER}){_NOT_PCT}"
    rf"(?=\s+(?:{_NOUNS})\b|\s*[.;,)]|$)|"
    # ... or as a noun phrase, the new size a revised target: "approved a revised target of
    # 330 participants", "an updated sample size of 128"
    r"\b(?:an?|the|its|our)\s+(?:revised|new|updated|amended|increased|reduced|"
    r"re[\s\-]?estimated|re[\s\-]?calculated)\s+(?:(?:target|planned)\s+)?(?:sample(?:\s+size)?|"
    rf"target|enrol+ment(?:\s+target)?)\s+of\s+(?P<num5>{NUMBER}){_NOT_PCT}{_NOT_RATE}"
    rf"(?=\s+(?:{_NOUNS})\b|\s*[.;,)(]|$)",
    re.IGNORECASE,
)

_ENROL = Folded(
    r"\b(?:enrol+(?:ed|ment)?|randomi[sz]|randomly|included|recruited|participated|allocated|"
    r"assigned|were treated|were administered|received|identified|were studied|took part|"
    r"participants were|consisted|comprised|underwent|were given|was given|attended|will\b|"
    # a chart review's sample: "records of 47 patients were reviewed", "143 patients met
    # inclusion criteria"
    r"(?:were|was) reviewed|met (?:the |all )?inclusion criteria|"
    # clipped shorthand for "received": "23 outpts rec'd naltrexone 4.5mg"
    r"rec['’]?d\b|recv['’]?d\b|"
    # the sample split into its arms: "they were divided into an observation group and a
    # control group, 36 cases each"
    r"(?:were|was)\s+(?:\w+\s+)?divided\s+into|"
    # a plan's verb after its aim: "We aim to allocate 44 participants per arm", "we plan
    # to recruit 120"
    r"to\s+(?:allocate|assign|recruit|randomi[sz]e|include)\b)",
    re.IGNORECASE,
)
# the people a survey asked, named by the practice they report: "who reported prescribing
# X", "who had reported using X in the past year" (their eligibility, not an outcome), or
# the practice named as a noun: "who reported current use of X", "who report regular use"
_REPORTED_PRACTICE = re.compile(
    r"^\s*(?:who|that)\s+(?:had\s+)?report(?:ed|s)?\s+(?:having\s+)?(?:prescrib\w*|us(?:ing|ed)|"
    r"tak(?:ing|en)|recommend\w*|dispens\w*|treat\w*|offer\w*|"
    r"(?:(?:current|ongoing|regular|recent|daily|past|prior|any)\s+)?(?:use|prescription)\s+of)\b",
    re.I,
)
# ... or by the diagnosis they brought in and reported: "fourteen adults who reported a
# clinician's diagnosis of MDD", "20 women who reported a history of depression" (who they
# are, not an event a part of them reported)
_REPORTED_DIAGNOSIS = re.compile(
    r"^\s*(?:who|that)\s+(?:had\s+)?report(?:ed|s)?\s+(?:having\s+)?(?:an?\s+)?"
    r"(?:[\w\-]+(?:['’]s)?\s+){0,2}?(?:diagnos[ie]s|history)\s+of\b",
    re.I,
)
_TOTAL = Folded(r"\b(?:a total of|in total|total of|overall|total (?:n|N|sample)\b)", re.IGNORECASE)
# (an aside in brackets may come first: "Two participants (one per arm) developed
# hypomania" counts people with an event, a part of the sample)
_NEG_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:\w+\s+){0,2}?"
    r"(?:completed|withdr|dropped|discontinu|(?<!\bwho\s)(?<!\bthat\s)stopped\b|were lost|lost to|"
    r"were excluded|excluded|"
    r"were analy[sz]ed|analy[sz]ed|remained|responded|relapsed|reported|experienced|died|"
    r"developed)|"
    r"^\s*\([^()]{1,40}\)\s*(?:\w+\s+){0,2}?(?:developed|experienced|relapsed|died)\b|"
    # the people who had an event: "Four participants had a manic or hypomanic episode",
    # "two patients had serious adverse events", "three had at least one fall" (those who
    # had something happen to them, never the sample)
    r"^\s*(?:\w+\s+){0,2}?(?:had|suffered|sustained|presented\s+with)\s+(?:an?\s+|at\s+least\s+one\s+|"
    r"one\s+or\s+more\s+|\d+\s+|new\s+|further\s+)?(?:[\w\-]+\s+(?:or\s+)?){0,4}?(?:episodes?|events?|"
    r"reactions?|effects?|switch(?:es)?|relapses?|recurrences?|seizures?|attacks?|"
    r"hospitali[sz]ations?|admissions?|falls?|infections?|complications?|toxicit(?:y|ies))\b|"
    # a part of the sample named by what it turned out to be or what was done to it
    # after entry: "Fifteen participants were early non-responders", "nine were
    # classified as partial responders", "twelve patients had the dose raised", "eight
    # needed a dose increase", "six were switched to 4 mg" (a rescue raise's people,
    # never the sample)
    r"^\s*\)?\s*(?:\w+\s+){0,2}?(?:were|was)\s+(?:(?:early|late|partial|initial|rapid|slow|"
    r"sustained|full|complete)\s+)?(?:non-?)?(?:responders|remitters|improvers|relapsers)\b"
    # (not the sample's history: "were non-responders to two antidepressants")
    r"(?!\s+to\b)|"
    r"^\s*\)?\s*(?:\w+\s+){0,2}?(?:were|was)\s+(?:then\s+|subsequently\s+|later\s+)?"
    r"(?:classified|categori[sz]ed|identified|judged|deemed|considered|defined|rated)\s+as\s+"
    r"(?:(?:early|late|partial|initial|full)\s+)?(?:non-?)?(?:responders|remitters|improvers)\b"
    r"(?!\s+to\b)|"
    r"^\s*\)?\s*(?:\w+\s+){0,2}?(?:had|needed|required)\s+(?:an?\s+|the\s+|"
    r"their\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?(?:dose|dosage|dosing)\s+(?:raised|increased|"
    r"escalated|doubled|stepped\s+up|reduced|lowered|halved|increase|escalation|raise|"
    r"reduction)\b|"
    r"^\s*\)?\s*(?:\w+\s+){0,2}?(?:were|was)\s+(?:then\s+|subsequently\s+|later\s+)?"
    r"(?:switched|stepped\s+up|moved\s+up|raised)\s+to\s+(?:an?\s+|the\s+)?(?:higher|\d)|"
    # a part of the sample named by what it also took or had, beside what all took:
    # "seven participants were also taking an SSRI", "six also took an SNRI", "four
    # were also on bupropion" ("also" says they are already counted; not "also received",
    # which may be said of everyone: "60 patients also received weekly CBT")
    r"^\s*(?:(?:were|was)\s+)?also\s+(?:(?:were|was)\s+)?(?:taking|took|using|used|on|"
    r"prescribed)\b",
    re.IGNORECASE,
)
# the eligible said to be the ones taken in: "4,918 eligible patients were included",
# "92 eligible outpatients were randomised" (the pool is "Of 310 eligible patients, ...")
_TAKEN_IN_AFTER = re.compile(
    r"^\s*(?:were|was|have\s+been|had\s+been)\s+(?:all\s+|then\s+|subsequently\s+)?"
    r"(?:included|enrol+ed|randomi[sz]ed|recruited|allocated|studied|identified)\b",
    re.IGNORECASE,
)


# ... or as the object of the study's own act of taking them in: "we identified 18,430
# eligible initiators" (a records study's cohort is the people it found eligible),
# "we included 212 eligible patients" (a trial's pool is said as one that later stages
# narrow: "of whom 92 were randomised" wins as the later stage of the same flow)
_TAKEN_IN_BEFORE = re.compile(
    r"\bwe\s+(?:then\s+|finally\s+|retrospectively\s+)?(?:identified|included|enrol+ed|recruited|"
    r"studied|analy[sz]ed|followed|selected)\s+(?:a\s+total\s+of\s+|all\s+|the\s+)?$",
    re.IGNORECASE,
)


def _eligible_taken(mods: str, after: str, *, answered: bool = False, before: str = "") -> bool:
    """The only excluding modifier is "eligible", and the count is said to be taken in
    (or, in a survey, to have answered it: "1,204 eligible respondents completed the
    survey" are its participants)."""
    rest = re.sub(r"\beligible\b", " ", mods, flags=re.I)
    return not _NEG_MODS.search(rest) and (
        answered
        or _TAKEN_IN_AFTER.match(after) is not None
        or _TAKEN_IN_BEFORE.search(before) is not None
    )


# the places a study runs in, counted as several: "sites", "centres", "clinics"
_SITES = r"(?:sites|cent(?:re|er)s|clinics|hospitals|practices)"

# what a group from outside the study is called ("historical controls", "an external cohort")
_OUTSIDE = r"historical|external|archival|non-?concurrent"
_NEG_MODS = re.compile(
    r"\b(?:evaluable|completers?|remaining|additional|eligible|screened|analy[sz]able|"
    # people asked, not people who took part: "1,204 invited registry members"
    r"invited|approached|contacted|potential|"
    # a comparison group drawn from outside the study: "25 historical controls"
    rf"{_OUTSIDE})\b",
    re.IGNORECASE,
)
# the study's own units, counted, said to have occurred in the people counted next: "The
# 214 episodes occurred in 131 patients", "these 160 treatment courses occurred in" (the
# people are the sample; not "the 35 adverse events occurred in 22 patients")
_UNITS_IN_PEOPLE = re.compile(
    rf"\b(?:the|these|all|our)\s+{NUMBER}\s+(?:[\w\-]+\s+)?(?:episodes|courses|admissions|"
    r"prescriptions|treatment\s+episodes)\s+(?:had\s+)?occurred\s+in\s*$",
    re.IGNORECASE,
)
_NEG_BEFORE = Folded(
    # a feature of part of the sample: "comorbid depression was present in 36 participants"
    rf"(?:\b(?:present|found|observed|seen|occurred|noted|diagnosed)\s+in|"
    # a results paper's plan, not its sample: "38 of a planned 90 participants", said in
    # words or as a share of its target ("Thirty-eight of the planned 40", "22 out of the
    # intended 30", "45 of our target of 60")
    rf"\b{NUMBER}\s+(?:out\s+)?of\s+(?:an?|the|its|our)\s+(?:planned|targeted|target|intended|"
    r"projected|anticipated|expected)(?:\s+(?:sample(?:\s+size)?\s+|total\s+)?of)?|"
    # (a year ending a span of dates is no count: "records 2019-2024 of 210 adults", "charts
    # from 2015 to 2020 of 88 patients"; "2,000 of 2,400" or a year standing alone still is)
    r"(?:(?<![\-–/])(?<!\bto )(?<!\band )(?<!\bthrough )(?<!\buntil )(?<!\btill )|"
    r"(?!(?:19|20)\d\d\b))"
    # (every one of them is them all: "Each of the 18 participants received both doses")
    rf"\b{NUMBER}\s+of|\bamong|(?<!\beach )(?<!\ball )\bof the|\bof these|\bafter inclusion of|"
    r"\bscreened|"
    # people a survey or an invitation went to: "a questionnaire was sent to 900 members"
    r"\b(?:sent|mailed|e-?mailed|distributed|invited|approached|contacted)\s+(?:to\s+)?"
    r"(?:all\s+|the\s+)?|"
    # the people on the sites' own lists, the population a study drew from: "The practices
    # registered 4,380 patients", "the hospitals serve about 9,000 adults" (not the sites
    # taking people in: "the practices recruited 64 adults")
    # (or the people they picked out from those lists: "Practices identified 611 adults")
    rf"\b{_SITES}\s+(?:\w+\s+)?(?:registered|identified|screened|flagged|"
    r"listed|list|serve[sd]?|serving|cover(?:s|ed)?|care[sd]?\s+for|look(?:s|ed)?\s+after)\s+"
    r"(?:about|approximately|around|some|over|more than|nearly|almost|roughly|~)?\s*|"
    # the community a study recruited from: "an online forum of about 3,400 members"
    r"\b(?:community|communities|forum|network|panel|membership|mailing list|organi[sz]ation|"
    r"association|society)\s+of\s+(?:about|approximately|around|some|over|more than|nearly|"
    r"almost|roughly|~)?)\s*$",
    re.IGNORECASE,
)
# people who only reached a survey, before it asked whether they qualified or they
# answered it: "611 people who opened the survey", "1,480 accessed the questionnaire",
# "started the survey", "clicked the survey link", or its invitation: "opened the
# invitation (email)", "clicked the invitation link" (the object must be the survey: "30
# adults started naltrexone" are a trial's people)
_REACHED_SURVEY = (
    r"(?:opened|accessed|clicked(?:\s+on)?|started|began|visited|viewed)\s+(?:the\s+|an?\s+|"
    r"our\s+|their\s+)?(?:online\s+|web\s+|electronic\s+|survey\s+|invitation\s+|"
    r"e-?mail(?:ed)?\s+)?(?:survey|questionnaire|link|web\s*page|landing\s+page|invitation|"
    r"e-?mail)"
)
# the people a study looked at before choosing whom to enrol: "30 adults were screened
# and 18 enrolled", "Of 200 people assessed for eligibility, 90 were randomized"
_POOL = Folded(
    # (not screening as the time a threshold was met: "Twenty-seven adults with a current
    # episode (PHQ-9 >= 10 at screening) who had taken X" are the sample)
    r"\b(?:(?<!\bat )(?<!\bon )(?<!\bat the )screen\w*|assessed for (?:eligibility|inclusion)|approached|invited|contacted|eligible|"
    rf"sent|mailed|{_REACHED_SURVEY}|"
    # ... or sent to the study by others, as the clause's verb: "Ninety-seven women were
    # referred" ("40 patients referred by their doctors were enrolled" are enrolled)
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?referred)\b",
    re.IGNORECASE,
)
# a list of adverse events counts the people who had each, never the sample: "AEs: vivid
# dreams (n=6), insomnia (n=3)", "side effects included nausea (n = 4)"
_EVENTS_BEFORE = re.compile(
    r"\b(?:(?:TE|S)?AEs?|adverse\s+(?:events?|effects?|reactions?)|side[\s\-]?effects?)\b",
    re.IGNORECASE,
)
# ... and so does an "(n = N)" after things people wrote, collected from a forum or feed:
# "We collected all public posts ... between 2020 and 2024 (n = 58,211)", "tweets were
# harvested (n = 9,114)" (the sample is the users, authors or people it counts elsewhere)
_WRITINGS_BEFORE = re.compile(
    r"\b(?:posts|comments|tweets|messages|threads|replies|videos|blog\s+entries)\b"
    rf"(?:(?!\b(?:{_NOUNS})\b)[^;:.(])*[(\[]\s*$",
    re.IGNORECASE,
)
# ... and so does a list of what the people had or took besides, introduced by a subject
# that names things, not people or a group of them: "Concurrent medications included
# lithium (n = 77), SSRIs (n = 88)", "comorbidities comprised anxiety (n = 61), PTSD (n =
# 38)": one person can be on several drugs or have several conditions, so the counts are
# parts of the sample that overlap, never arms to add ("The cohort included MDD (n = 40)
# and bipolar depression (n = 24)": a sample, a group or people as the subject, they are
# the groups it is made of)
_LIST_HEAD = Folded(
    r"(?:^|[;:.]\s+|\(\s*)(?P<subj>(?:[\w\-]+\s+){1,4}?)(?:included|comprised|consisted\s+of|"
    r"were)\s+(?:[^;:.()]|\([^()]*\)|\.\d)*\(?\s*$",
    re.IGNORECASE,
)
_GROUP_SUBJECT = Folded(
    rf"\b(?:{_NOUNS}|those|sample|cohort|population|groups?|arms?|study|trial|series|"
    r"enrol+ment|we|they|it)\b",
    re.IGNORECASE,
)


def _after_comedications(doc: Doc, s: Sentence) -> set[int]:
    """Where the sizes ("n = 17") start whose brackets open right after a co-medication
    named in ``s``, if there are two or more of them (the sample parted by its drugs);
    else none."""
    starts = {
        n.start()
        for m in doc.comedications(s)
        if (n := _N_EQ.search(s.text, m.end)) is not None
        and s.text[m.end : n.start()].strip() in ("(", "[")
    }
    return starts if len(starts) >= 2 else set()


def _attribute_list(doc: Doc, text: str, start: int) -> bool:
    """The count at ``start`` is in a list of what people had or took, headed by a subject
    that names neither people nor a group of them (``_LIST_HEAD``), and listing no arm of
    the study ("Doses were LDN 1.5 mg (n = 20) and 4.5 mg (n = 22)", "... or placebo")."""
    m = _LIST_HEAD.search(text[:start])
    if m is None or _GROUP_SUBJECT.search(m.group("subj")) is not None:
        return False
    items = text[m.end("subj") : start]
    return _ARM_LABEL.search(items) is None and doc.aliases.pattern().search(items) is None


# "pts" is also points of a scale: "MADRS fell 9 pts", "a change of 4 pts"
_POINTS_BEFORE = re.compile(
    r"(?:\b(?:by|fell|dropped|decreased|declined|improved|reduced|rose|increased|changed?|"
    r"(?:change|reduction|improvement|difference|decrease|increase|drop|fall)\s+of)|[\-−–])"
    r"\s*(?:-|−|–)?\s*$",
    re.IGNORECASE,
)
_POOL_PAREN = re.compile(
    r"\b(?:screen\w*|assessed(?:\s+for\s+(?:eligibility|inclusion))?|approached|invited|"
    r"contacted)\s*[(\[]\s*$",
    re.IGNORECASE,
)
# ... and a data source's size in brackets after it, when the sentence goes on to take
# people from it: "Using a national MS registry (n = 48,210), we identified 1,306 patients"
_SOURCE_PAREN = re.compile(
    r"\b(?:regist(?:ry|er)|database|data\s*base|biobank|claims(?:\s+data)?|records|data\s*set)"
    r"\s*[(\[]\s*$",
    re.IGNORECASE,
)
_TAKEN_FROM_SOURCE = re.compile(
    r"[^.;]*?\b(?:identified|selected|included|extracted|drew|enrolled|found)\s+"
    r"(?:a\s+total\s+of\s+|all\s+)?\d",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]|\.(?!\d)")
# "Of 118 patients assessed, 44 were randomised": the people an "Of N ...," clause opens
# with are a pool when they were only looked at, asked or found eligible; "Of 60
# patients enrolled, 52 completed" keeps its 60 (an enrolment verb, not a pool word)
_OF_FRAME = re.compile(r"(?:^|[;:(]\s*|\.\s+)of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_OF_POOL = re.compile(
    # (not screening as the time a threshold was met: "Twenty-seven adults with a current
    # episode (PHQ-9 >= 10 at screening) who had taken X" are the sample)
    r"\b(?:(?<!\bat )(?<!\bon )(?<!\bat the )screen\w*|assessed|evaluated|considered|approached|invited|contacted|eligible|"
    rf"referred|identified|potentially|{_REACHED_SURVEY})\b",
    re.IGNORECASE,
)
# a lower or upper bound on a count is not a count: "trials with more than 50 participants"
_COUNT_BOUND = re.compile(
    r"\b(?:more|fewer|less) than\s*$|\bat least\s*$|[<>≥≤]=?\s*$|=>\s*$", re.IGNORECASE
)
# a step of a trial's schedule, not its size: "allocation is updated every 40 participants",
# "a review after each block of 40 patients", "at intervals of 30", "after the first 60"
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:every|each\s+(?:\w+\s+)?(?:block|batch|cohort|wave|group|set)\s+of|"
    r"(?:blocks|batches|waves|intervals|increments|steps)\s+of|after\s+the\s+first)\s*$",
    re.IGNORECASE,
)
# Session 35, round 91: the point at which an interim look is taken ("an interim futility
# analysis will be conducted after 90 participants complete week 12", "an interim analysis
# is planned when 60 participants have reached the primary endpoint", "the DSMB will review
# unblinded data once 50 patients have been randomised", "interim analyses at 30 and 60
# patients", "a sample-size re-estimation when half of the 200 planned have completed") is
# when the design acts, not whom it takes in
_INTERIM_LOOK = re.compile(
    r"\b(?:interim|futility|(?:data\s+(?:and\s+safety\s+)?monitoring|safety\s+monitoring)\s+"
    r"(?:board|committee)|DSMB|DMC|(?:sample[\s\-]size|sample)\s+re[\s\-]?estimation)\b",
    re.IGNORECASE,
)
# (not a trial's stop that happened, its size then: "enrolment stopped for futility after
# 96 participants had been randomised")
_STOPPED_AT_LOOK = re.compile(
    r"\b(?:(?:was|were)\s+(?:stopped|terminated|halted|closed)|(?:stopped|terminated|halted|"
    r"closed|ended)\s+(?:early|for|after|at|when|once))\b",
    re.IGNORECASE,
)
# (a look planned, not one a results paper reports: "an interim analysis was run when 44
# had been randomised; all 44 are included" is its sample)
_LOOK_PLANNED = re.compile(
    r"\b(?:will|shall|would|planned|scheduled|(?:is|are)\s+to\s+be)\b", re.IGNORECASE
)
_WHEN_BEFORE = re.compile(
    r"\b(?:after|when|once|until|as\s+soon\s+as|at)\s+(?:the\s+(?:first\s+)?)?"
    r"(?:(?:approximately|about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
# survey answers are participation: "280 clinicians responded", "completed the questionnaire"
_ANSWERED = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:\w+\s+){0,2}?(?:responded|completed|returned)",
    re.IGNORECASE,
)
# "Of 118 assessed, 60 were enrolled": the clause itself enrols
_ENROLLED = re.compile(
    r"\b(?:we|were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|included|allocated|"
    r"assigned|studied|treated)\b",
    re.IGNORECASE,
)
# (arms named by what they give: "randomised to each dose", "to each sequence"; never
# "per dose", which is how much one intake holds)
_EACH_ARM = (
    r"(?:(?:per|in each|each)\s+(?:study\s+|treatment\s+|dose\s+)?(?:arm|group|cell|site|condition|"
    r"cohort|cent(?:re|er)|clinic|hospital|practice)"
    r"|(?:to|in|for)\s+each\s+(?:dose|dosage|regimen|sequence|schedule|strength)"
    r"(?:\s+(?:group|level|arm))?)\b"
)
# (a protocol's verb takes a word more: "will be recruited to each arm")
_PER_ARM = re.compile(
    rf"^\s*(?:\w+\s+){{0,4}}?{_EACH_ARM}|^\)\s+(?:were|was|will)\s+(?:\w+\s+){{0,2}}?{_EACH_ARM}|"
    r"^[^.;]{0,6}/cell|"
    r"^\s*(?:in\s+)?each\b\s*(?:[)\],;]|\.(?!\d)|$)",
    re.IGNORECASE,
)


def _per_arm_after(text: str, end: int) -> bool:
    """The count ending at ``end`` is one arm's: "18 were randomised to each dose", "40 per
    group" (``_PER_ARM``, read in the words right after it)."""
    return _PER_ARM.search(text[end : end + 60]) is not None


# a count of time or of treatment events is no count of people: "four infusions across
# two weeks and were randomized", "a lead-in of 7 days and were then randomised"
_NOT_UNIT = (
    r"(?!\s+(?:weeks?|days?|months?|years?|hours?|minutes?|nights?|sessions?|infusions?|"
    r"doses?|visits?|cycles?|times)\b)"
)
# "60 were randomized": a bare count is a candidate only next to an enrolment verb
_AGED = (
    r"(?:aged\s+(?:\d{1,2}\s*(?:-|\u2013|to)\s*)?\d{1,2}\s+(?:years?\s+)?"
    r"(?:(?:or|and)\s+(?:more|older|over|above)\s+)?)"
)
# the next step of a sift, counted after those who met the criteria, that keeps them in the
# study rather than taking them in: "51 met inclusion criteria and 44 had a follow-up
# rating" (51 is the cohort; "88 met eligibility criteria and 61 were enrolled" is 61)
_NEXT_STEP_KEPT = (
    rf"\s*,?\s*(?:and|while|whereas)\s+{NUMBER}\s+(?:(?:had|completed|provided|contributed)\b|"
    r"(?:were|was)\s+(?:followed|analy[sz]ed|assessed|evaluable)\b)"
)
_BARE = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}{_NOT_UNIT}\s+"
    # "66 (mean age 70.2 years; 38 women) with MDD ... were randomized": what the count
    # is, in brackets right after it (its ages and sexes describe it; they are not it)
    r"(?:\((?:[^().]|\.\d){0,80}\)\s+)?"
    # "164 with MDD and an inadequate response ... were randomized", "44 responded and
    # were randomized"
    # ("The 52 participants who responded at week 3 (...) were randomised")
    # (the clause never screens: "34 adults with MDD were screened and 21 were enrolled")
    # (nor reads across the next count: "Of a planned 120 adults with MDD, 30 had been
    # randomised" is 30)
    # (a decimal inside the clause does not end it: "received infusions (0.5 mg/kg) ...")
    # (an aside in brackets inside the clause is one piece, its semicolons no clause end:
    # "96 with TRD (failure of >=2 trials; MADRS >=22) and a raised CRP were randomized")
    # (an aside in brackets may follow the noun: "44 outpatients (of 61 screened) with ...")
    # (their ages may come first: "140 aged 60 years or more with MDD ... were randomised")
    rf"(?:(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+(?:\((?:[^().]|\.\d){{0,60}}\)\s+)?)?{_AGED}?(?:with|who)\b(?:(?!screen|assessed|invited|approached|"
    r"contacted|,\s*\d)(?:\((?:[^().]|(?<=\d)\.\d){0,120}\)|[^.;]|(?<=\d)\.\d)){0,240}?\s+|"
    # (the step done may name what was done: "46 completed it and were randomized", "44
    # finished the lead-in and were randomised")
    r"\w+\s+(?:(?:it|this|that|the\s+(?:[\w\-]+\s+){0,2}?(?:lead[\s\-]?in|run[\s\-]?in|phase|"
    r"period|stage|taper|cross[\s\-]?taper|wash[\s\-]?out|switch))\s+)?and\s+)?"
    # "30 responders (a 50% fall in MADRS) were randomized": what they are, then brackets
    # (which may hold their statistics, decimals and semicolons included: "61 responders
    # (mean [SD] age 39.8 [11.6] years; 41 women) were randomized")
    rf"(?:{_MOD}{{0,2}}\((?:[^().]|(?<=\d)\.\d){{0,100}}\)\s+)?(?:"
    # "46 were eligible and randomized"
    # ("212 met inclusion criteria and were analysed": a survey's or review's kept sample)
    # ("46 met all criteria and were randomised", "met the study criteria")
    # (the criteria may be listed in brackets: "18 met criteria (a current episode, MADRS
    # >= 20) and were enrolled")
    r"met\s+(?:the\s+|all\s+)?(?:(?:inclusion|eligibility|entry|study)\s+)?criteria"
    r"(?:\s*\([^()]{0,120}\))?\s+and\s+(?:were\s+)?"
    # ("88 met criteria and were randomly allocated", "... and were assigned")
    r"(?:analy[sz]ed|included|enrol+ed|randomi[sz]ed|(?:randomly\s+)?(?:allocated|assigned))\b|"
    # ... or at the end of its clause, a records study's kept sample: "Records of 305
    # patients were screened and 214 met inclusion criteria (mean age 44 years)" (the
    # criteria were the study's: those who met them are its cohort)
    # (or before the next step of the sift, counted: "of whom 51 met inclusion criteria and
    # 44 had a follow-up rating")
    r"met\s+(?:the\s+|all\s+)?(?:inclusion|eligibility|study)\s+criteria(?=\s*(?:\(|[.;]|$)|"
    rf"{_NEXT_STEP_KEPT})|"
    # (the criteria left unnamed where their list in brackets ends the sentence: "Of the 29
    # charts identified, 17 met criteria (a diagnosis of PDD, at least 12 weeks of X).")
    r"met\s+(?:the\s+|all\s+)?criteria(?=\s*\([^()]{0,160}\)\s*[.;]|\s*[.;])|"
    # (a protocol's "so that 120 can be randomised")
    r"(?:were|was|had been|have been|(?:can|will|could|would|are to|is to) be)\s+"
    r"(?:\w+\s+(?:and\s+)?)?"
    r"(?:randomi[sz]ed|enrol+ed|included(?!\s+in\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+){0,2}?analys)|"
    r"recruited|allocated|assigned)\b|"
    # the verb alone, its people its subject: "...; 41 enrolled (22 formerly on placebo)",
    # "Of 70 invited, 52 enrolled." (not "12 sites enrolled 80 patients": an object follows)
    # ... and so when a second verb says they were then treated: "193 enrolled and took
    # study drug", "120 enrolled and received naltrexone" (not "... and completed")
    r"enrol+ed(?=\s*(?:\(|[;.,]|$)|\s+and\s+(?:took|received|started|began|initiated|"
    r"were\s+(?:dosed|treated))\b)|"
    # ... or who entered the study's own treatment: "Of 61 screened, 38 with MDD ... entered
    # four sequential open-label cohorts", "44 entered the open-label phase" (not a state
    # they came into: "entered remission"; the treatment may be named by its schedule:
    # "24 entered the escalation", "31 entered the titration"; "24 entered randomisation")
    r"entered\s+(?:the\s+|an?\s+|one\s+of\s+)?(?:[\w\-]+\s+){0,3}?(?:study|trial|cohorts?|"
    r"phase|arms?|groups?|treatment|protocol|pilot|escalation|titration|intervention|"
    r"randomi[sz]ation)\b)",
    re.IGNORECASE,
)
# the verbs of a step on to a later stage ("46 proceeded to randomization", "went on to be
# randomised"), read by _ON_TO_RANDOM and by the randomised counts' verbs
_STEP_ON = r"went\s+on|proceeded|progressed|moved\s+on|advanced"
# a count that steps on to the randomisation itself, the verb not "were randomised":
# "46 proceeded to randomization", "46 responders went on to be randomised", "40 then
# progressed to randomisation", "38 moved on to the randomised phase" (after an open-label
# lead-in whose larger count entered the study: the randomised are an RCT's n)
_ON_TO_RANDOM = Folded(
    rf"{_LEAD}(?<!:)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?"
    r"(?:\([^()]{0,80}\)\s+)?(?:then\s+|subsequently\s+|later\s+|eventually\s+)?"
    rf"(?:{_STEP_ON}|continued|passed\s+on)\s+to\s+"
    r"(?:be\s+)?(?:randomi[sz](?:ation|ed|e)\b|the\s+randomi[sz]ed\s+(?:phase|stage|part|"
    r"period|withdrawal))",
    re.IGNORECASE,
)
# the verb that says a count was randomised: "randomised", "randomly assigned/allocated"
_RANDOMISED_VERB = re.compile(RANDOMISED, re.IGNORECASE)
# the last step of a flow list: "204 assessed for eligibility, 150 excluded, and 54
# randomised to X or placebo"
_FLOW_LAST = Folded(
    rf"(?:,\s*(?:and\s+)?|;\s*|\band\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:were\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|allocated)\s+(?:to|into|in)\b",
    re.IGNORECASE,
)
# "Forty-one of 49 eligible completers enrolled", "38 of 45 invited patients entered the
# extension", "52 of 60 eligible patients were enrolled": the first count is whom the study
# took in, the second the pool it was drawn from (which another shape may rule out)
_OF_POOL_TAKEN_IN = Folded(
    rf"{_LEAD}(?P<num>{NUMBER})\s+of\s+(?:the\s+|all\s+)?{NUMBER}\s+{_MOD}{{0,3}}"
    rf"(?:{_NOUNS}|completers|responders|non-?responders)\b\s+(?:\([^()]{{0,60}}\)\s+)?"
    # (what they are may follow the noun: "38 of 45 invited patients with bipolar depression
    # enrolled")
    r"(?:(?:with|on|from|of)\s+[^.;,()]{0,60}?\s+)?"
    r"(?:then\s+|subsequently\s+|eventually\s+|finally\s+)?(?:enrol+ed|entered|joined|took\s+part|"
    r"participated|consented|agreed\s+to\s+(?:participate|take\s+part|enrol+)|"
    r"(?:were|was)\s+(?:\w+\s+)?(?:enrol+ed|included|recruited))\b",
    re.IGNORECASE,
)
# "36 of the responders were randomised", "44 of them agreed to randomisation", "30 of
# the completers consented to be randomised": a group of the study's own people (its
# open-label lead-in's responders) taken on into randomisation, no pool count written; the
# randomised are an RCT's n (not "18 of the responders were randomised to placebo": one
# arm, its other arm not named)
_OF_GROUP_RANDOMISED = Folded(
    rf"{_LEAD}(?<!:)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:out\s+)?of\s+(?:them|those|these|"
    rf"(?:the|these|those)\s+{_MOD}{{0,2}}(?:{_NOUNS}|completers|responders|non-?responders|"
    r"remitters))\s+(?:then\s+|subsequently\s+|eventually\s+)?(?:"
    r"(?:were|was)\s+(?:then\s+|subsequently\s+)?randomi[sz]ed|"
    r"(?:agreed|consented|went\s+on)\s+to\s+(?:be\s+)?randomi[sz](?:ation|ed)|"
    r"(?:accepted|underwent)\s+randomi[sz]ation)\b"
    r"(?!\s+(?:to|into)\s+(?![^.;]{0,80}\b(?:or|versus|vs)\b))",
    re.IGNORECASE,
)
# (the words one of its verbs holds: a cheap test before the pattern is tried)
# ... or the pool as the sentence's frame: "Of 129 trial completers, 104 consented and 93
# provided 12-month data", "Of the 60 invited patients, 41 enrolled"
_FRAMED_POOL_TAKEN_IN = Folded(
    rf"(?:^|[;:]\s*)\W*of\s+(?:the\s+|all\s+)?{NUMBER}\s+{_MOD}{{0,3}}"
    r"(?:" + _NOUNS + r"|completers|responders|non-?responders)\b\s*(?:\([^()]{0,60}\)\s*)?,\s*"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:{_NOUNS})\s+)?"
    r"(?:then\s+|subsequently\s+|eventually\s+|finally\s+)?(?:enrol+ed|entered|joined|took\s+part|"
    r"participated|consented|agreed\s+to\s+(?:participate|take\s+part|enrol+)|"
    r"(?:were|was)\s+(?:\w+\s+)?(?:enrol+ed|included|recruited))\b",
    re.IGNORECASE,
)
_TAKEN_IN_WORDS = (
    "enrol",
    "entered",
    "joined",
    "took part",
    "participated",
    "consented",
    "agreed",
    "included",
    "recruited",
)
# "enrolment stopped at 38 of a planned 90 participants": 38 took part, 90 were planned;
# the plan said after its number ("58 of the 64 planned participants had been
# randomised", "73 out of 90 planned patients") or as a target "of" a number ("88 of a
# target of 120 participants") is the same: the record's own sample is the first count
_PLAN_ADJ = r"(?:planned|targeted|target|intended|projected|anticipated|expected)"
_OF_PLANNED = Folded(
    rf"{_LEAD}(?P<num>{NUMBER})\s+(?:out\s+)?of\s+(?:(?:an?|the|its|our)\s+)?(?:"
    rf"{_PLAN_ADJ}\s+(?:(?:sample(?:\s+size)?|total)\s+of\s+|of\s+)?{NUMBER}\b|"
    # (the plan after the number must name people: "3 of the 4 planned visits" is no sample)
    rf"{NUMBER}\s+(?:originally\s+|initially\s+)?{_PLAN_ADJ}\s+{_MOD}{{0,2}}(?:{_NOUNS})\b)",
    re.IGNORECASE,
)
# "36 randomized so far", "; 40 enrolled to date": a count with its participle and no noun;
# "124 underwent randomisation": the same count as a noun phrase
# (in note form, as conference abstracts write, its arms in brackets after it: "64
# randomised (32/32)", "56 randomised (LDN 28, PBO 28)"; an escalation's people are those
# dosed: "24 dosed.", "18 were dosed;")
_BARE_PARTICIPLE = Folded(
    rf"{_LEAD}(?<!:)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:"
    rf"(?:were\s+)?(?P<dosed>dosed)(?=\s*[,;.]|\s+and\b)|"
    rf"(?P<verb>randomi[sz]ed|enrol+ed)\b"
    rf"(?!\s+(?:controlled|clinical|trials?|stud(?:y|ies)|cohorts?|{_NOUNS}|and|or|to)\b)"
    r"(?=\s*(?:[,;.)]|\((?!\s*(?:controlled|clinical)\b)[^()]{0,40}\)\s*[,;.]|so far|to date|"
    r"thus far|at\b|by\b|as of\b|before\b|until\b))"
    # (nor a participle of the things a crossover counts: "completed three randomised,
    # double-blind 4-week periods", "two randomised, counterbalanced sessions"; an n-of-1
    # series' "three randomised, double-blind pairs of periods", "four randomised rounds")
    r"(?!\s*,\s*(?:(?:\w+-[\w\-]+|double|single|triple|blind(?:ed)?|masked|placebo|controlled|"
    r"cross-?over|treatment|balanced|counterbalanced|consecutive|successive|dosing)[,\s]+){0,4}"
    r"(?:periods?|phases?|sequences?|blocks?|sessions?|cycles?|conditions?|pairs?|rounds?|"
    r"sets?|courses?|runs?|series)\b)|"
    r"underwent\s+(?P<noun_verb>randomi[sz]ation|enrol+ment)\b|"
    # ... or "randomised" to every arm, as a terse abstract writes it: "51 randomised 1:1:1
    # to X 2 mg, X 4.5 mg or placebo", "62 randomised to X or placebo" (not one arm's "30
    # randomised to placebo and 31 to X")
    r"(?P<to_all>randomi[sz]ed)(?=\s+\d+\s*:\s*\d+|\s+(?:to|between)\b(?:[^.;]|\.\d){0,80}?\b"
    r"(?:or|versus|vs\.?|and)\s+(?!\d)))",
    re.IGNORECASE,
)
# "The 176 randomised (59, 58 and 59) were included in the analysis", "all 64 allocated
# received ...", "the 90 enrolled were ...": the count named by its participle after "the"
# or "all", a noun phrase in its own right (not "the 30 randomised to placebo": one arm;
# nor "the 12 randomised trials", "the 40 enrolled patients": a noun follows)
_DETERMINED_PARTICIPLE = Folded(
    rf"\b(?:all\s+(?:the\s+)?|the\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+"
    r"(?P<verb>randomi[sz]ed|enrol+ed|allocated|randomly\s+(?:assigned|allocated))\b"
    rf"(?!\s+(?:controlled|clinical|trials?|stud(?:y|ies)|cohorts?|{_NOUNS}|and|or|to|in|into|"
    r"at|on|with|between|from|by)\b)",
    re.IGNORECASE,
)
# "214 people were screened and 126 randomised": the verb of the second count is left out
# (and "randomly assigned" is said as surely as "randomised": "311 screened and 127 randomly
# assigned")
_ELLIPTIC = Folded(
    # ("61 were screened, 52 enrolled and 44 completed")
    r"\b(?:screened|assessed|approached|invited|contacted|referred)(?:\s+for\s+eligibility)?"
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:were|was)\s+)?(?:randomi[sz]ed|enrol+ed|included|"
    r"allocated|recruited|randomly\s+(?:assigned|allocated))\b",
    re.IGNORECASE,
)
# people asked to take part, then how many did, the second verb's subject left bare:
# "All 181 trial participants were invited; 134 consented", "We approached 240 former
# participants, and 162 agreed to take part", "were contacted, of whom 71 took part": those
# who took part are the study's people, the invited its pool (not "screened": a trial's
# consent is a step before its randomised, counted in its own right)
_INVITED_THEN_TOOK_PART = Folded(
    # (what they were asked, or how, may follow the verb: "to take part by letter", "the
    # 138 completers of the trial")
    r"\b(?:invited|contacted|re-?contacted|approached|asked)\b[^.;,]{0,80}?(?:[,;]\s*(?:and\s+|of\s+whom\s+|while\s+|whereof\s+)?|"
    rf"\s+and\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:{_NOUNS})\s+)?(?:consented|"
    r"agreed(?:\s+to\s+(?:take\s+part|participate|join|be\s+followed))?|took\s+part|"
    r"participated|joined|enrol+ed|(?:were|was)\s+(?:enrol+ed|included))\b",
    re.IGNORECASE,
)
# ... unless a count randomised follows: the consent is then a step before the trial's n
_RANDOMISED_COUNT_AFTER = re.compile(
    rf"{NUMBER}\s+(?:\w+\s+)?(?:were\s+|was\s+)?(?:then\s+)?(?:randomi[sz]ed|allocated|"
    r"randomly\s+assigned)\b",
    re.IGNORECASE,
)
# a results paper's planned size: "the trial was powered for 120 participants"
_POWERED_BEFORE = re.compile(
    r"\b(?:powered|designed|plann(?:ed|ing)|plans|intend(?:ed|s|ing)|aim(?:ed|s|ing))\s+"
    r"(?:for|to\s+(?:enrol+|recruit|randomi[sz]e|"
    r"include))\s+(?:a\s+total\s+of\s+|up\s+to\s+|approximately\s+)?$|"
    r"\b(?:planned|target(?:ed)?|intended)\s+(?:sample\s+(?:size\s+)?of\s+|of\s+)?$",
    re.IGNORECASE,
)
# ... or said with the plan as the count's own verb: "Up to 60 participants were to be
# enrolled; 26 received LDN", "120 patients were planned", "80 were originally intended to
# be randomised" (whom the trial meant to take in, not whom it took)
_PLAN_VERB_AFTER = Folded(
    r"^[^.;,]{0,60}?\b(?:were|was)\s+(?:originally\s+|initially\s+)?(?:planned\b|"
    r"(?:(?:planned|intended|scheduled|expected)\s+)?to\s+be\s+(?:\w+\s+)?"
    r"(?:enrol+ed|randomi[sz]ed|recruited|included|allocated)\b)",
    re.IGNORECASE,
)
# stopped early: "stopped after 36", "terminated early at 41 participants"
_STOPPED_AT = Folded(
    r"\b(?:stopped|terminated|halted|closed|ended)\s+(?:early\s+)?(?:after|at)\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?!\s+(?:weeks?|days?|months?|years?|sites?|%))"
    # (nor a dose step people stopped at: "two stopped at 4 mg because of insomnia")
    r"(?!\s*(?:mg|µg|μg|mcg|milligrams?)\b)",
    re.IGNORECASE,
)
# the count as the object of the study's verb, with no noun: "we screened 120 adults and
# randomised 46 to X or placebo"
_VERB_COUNT = Folded(
    r"\b(?:we|and)\s+(?:then\s+)?(?P<verb>randomi[sz]ed|enrol+ed|recruited|allocated)\s+"
    # (not a count per arm: "randomised 22 to each schedule")
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?:\s+(?:of\s+(?:them|these)\s+)?(?:to|into|between|across)\b"
    r"(?!\s+(?:each|every)\b)|"
    # ... or picked by what they had, or closing the clause: "we screened 212 adults and
    # randomised 54 with major depression ...", "we enrolled 75 who met criteria", "we then
    # randomised 58."
    r"\s+(?:with|who)\b|(?=\s*(?:[.;]|,\s|$))|"
    # ... or out of the pool it was drawn from: "we enrolled 23 of 29 eligible patients",
    # "we randomised 40 of the 52 screened" (the pool is not the sample)
    rf"\s+(?:of|out\s+of)\s+(?:the\s+)?{NUMBER}\s+(?:[\w\-]+\s+)?(?:eligible|screened|assessed|"
    r"approached|referred|invited|potential|interested)\b)",
    re.IGNORECASE,
)
# ... or as what a plan screens (or approaches, invites) people for: "we expect to screen
# around 120 young people to randomise 40", "about 300 will be screened in order to enrol
# 90", "We will approach an estimated 300 patients to randomise 100" (those screened are the
# pool; the count the screening is for is the trial's size)
_SCREEN_TO_TAKE = Folded(
    r"(?:\b(?:screen(?:ed|ing)?|approach(?:ed|ing)?|invit(?:e|ed|ing)|contact(?:ed|ing)?)\s+"
    r"(?:[\w\-]+\s+){0,2}?"
    rf"{NUMBER}{_NOT_PCT}\s+(?:[\w\-]+\s+){{0,3}}?|"
    rf"{_LEAD}{NUMBER}{_NOT_PCT}\s+(?:[\w\-]+\s+){{0,5}}?(?:screened|approached|invited|"
    r"contacted)\s+)(?:in\s+order\s+)?to\s+"
    r"(?P<verb>randomi[sz]e|enrol+|recruit|include|allocate)\s+"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|at\s+least\s+)?"
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?!\s*(?:%|mg|weeks?|days?|months?|sites?|per|each|in\s+each)\b)"
    # (nor a size per arm with its people named: "to randomise 80 participants per arm")
    r"(?!\s+(?:[\w\-]+\s+){1,2}?(?:per|each|in\s+each)\s+(?:arm|group|cohort|site|centre|center)\b)",
    re.IGNORECASE,
)
# a count the clause after it says is the study's sample: "Of 1,046 patients ..., 212
# received LDN added to their treatment and had a follow-up PHQ-9; they form the study
# cohort" (the 1,046 are the pool it came from)
_COUNT_FORMS_SAMPLE = Folded(
    # (the count the subject of a verb of its own, with or without its noun)
    # (not a time or a dose: "use for at least four weeks and completed the core items")
    rf"(?<!\d,){_LEAD}(?P<num>{NUMBER}){_NOT_PCT}(?!\s+(?:weeks?|days?|months?|years?|hours?|nights?|"
    r"mg|sites?|centres?|centers?|visits?)\b)\s+(?:(?!and\b)[\w\-]+\s+){0,2}?(?:received|"
    r"were|was|had|took|met|entered|started|began|remained|qualified|completed|fulfil+ed|"
    r"reported)\b"
    r"(?:[^.;]|\.\d){0,160}?[;,]\s*(?:and\s+)?"
    r"(?:they|these|who|which)\s+(?:form(?:ed)?|constitut(?:e|ed)|ma(?:de|ke)\s+up)\s+"
    r"(?:the|our)\s+(?:(?:study|analy[sz]ed|analysis|final|retrospective)\s+)?"
    r"(?:cohort|sample|population)\b",
    re.IGNORECASE,
)
# in a survey, "412 (34.2%) completed the survey": the respondents, with no noun
_BARE_ANSWERED = re.compile(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?"
    r"(?:responded|completed|returned)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:survey|questionnaire)s?\b",
    re.IGNORECASE,
)
# ... and its other ways of saying who answered: "Of 1,900 invited, 418 responded",
# "402 were eligible and completed it", "responses were received from 287 pharmacists",
# "538 complete questionnaires were analysed"
_BARE_ANSWERED_MORE = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:\([^()]{{0,80}}\)\s+)?(?:(?:were|was)\s+\w+\s+and\s+)?"
    r"(?:responded\b|(?:completed|returned|finished|submitted)\s+(?:it|them)\b|"
    # ... or what they gave, said as complete answers: "Of 741 people who opened the
    # survey, 612 provided complete responses", "588 gave usable answers", "430 submitted
    # complete questionnaires" (preprints89 PPR0800011)
    r"(?:provided|gave|submitted|returned|contributed)\s+(?:complete|completed|valid|usable|"
    r"full|analy[sz]able)\s+(?:responses?|answers|questionnaires|surveys|data)\b|"
    # ... who qualified, then answered: "412 met the inclusion criteria and completed it",
    # "377 confirmed current use, consented and returned it", "447 met inclusion criteria
    # (current use for a month) and completed it" (an aside in brackets is no new clause);
    # the qualifying may be a whole clause: "212 had prescribed LDN for depression in the
    # previous year and completed it"
    r"(?:(?!\d)[\w\-]+,?\s+|\([^()]{0,80}\)\s+){1,12}?and\s+(?:completed|returned|finished|submitted)\s+"
    # (what they completed may be named: "... and completed the core items")
    r"(?:it|them|the\s+(?:[\w\-]+\s+)?(?:items|questions|questionnaires?|surveys?|modules?))\b|"
    # ... or who qualified, then were taken in: "212 had prescribed LDN for depression in
    # older adults and were included", "301 reported prescribing it and were retained for
    # analysis", "388 had dispensed LDN in the past year and were analysed"
    r"(?:(?!\d)[\w\-]+,?\s+|\([^()]{0,80}\)\s+){1,14}?and\s+(?:were|was)\s+(?:included|retained|"
    r"analy[sz]ed)\b|"
    # ... or who qualified, said as the end of the sift: "Of 702 respondents, 612 met
    # inclusion criteria.", "980 respondents fulfilled the eligibility criteria." (the
    # answers sifted are the pool, whoever qualified is the sample; ``_QUALIFIED``)
    rf"(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?(?:met|fulfill?ed|satisfied)\s+(?:the\s+|all\s+)?"
    r"(?:inclusion|eligibility|study)\s+criteria(?:\s*\([^()]{0,160}\))?(?=\s*(?:[.;]|$)))|"
    r"\b(?:responses?|replies|answers|questionnaires|surveys)\s+(?:were\s+)?(?:received|returned|"
    rf"obtained|collected)\s+from\s+(?P<num2>{NUMBER}){_NOT_PCT}\s+"
    # (... counted out of those asked: "from 612 of 741 people who opened it")
    rf"(?:of\s+(?:the\s+)?{NUMBER}\s+)?(?:{_MOD}{{0,2}}(?:{_NOUNS}))\b|"
    rf"{_LEAD}(?P<num3>{NUMBER}){_NOT_PCT}\s+(?:complete|completed|valid|usable|eligible|full)\s+"
    r"(?:questionnaires|surveys|responses)\s+(?:were\s+)?(?:analy[sz]ed|included|retained)\b",
    re.IGNORECASE,
)
# ... or the respondents as the frame of a results sentence: "Of 318 respondents (15%), 84
# (26%) had prescribed X" (not a sift: "Of 702 respondents, 612 met inclusion criteria")
_OF_RESPONDENTS = Folded(
    rf"^\s*(?:of|among)\s+(?:the\s+|all\s+)?(?P<num>{NUMBER}){_NOT_PCT}\s+"
    r"(?:(?:eligible|valid|complete|usable)\s+)?respondents\b(?:\s*\([^()]{0,40}\))?\s*,"
    r"(?![^.;]*\b(?:met|fulfill?ed|satisfied|qualified|were\s+(?:eligible|included|excluded))\b)",
    re.IGNORECASE,
)
# ... and, in any study, the end of a sift that opens its sentence with the pool, the
# pool's noun left out: "Of 167 patients started on X, 143 met inclusion criteria (mean age
# 44).", "Among 98 adults dispensed X, 71 met all eligibility criteria."
_POOL_THEN_QUALIFIED = Folded(
    rf"^\s*(?:of|among)\s+(?:the\s+|all\s+)?{NUMBER}\s+{_MOD}{{0,2}}(?:{_NOUNS})\b[^,;()]*,\s*"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:met|fulfill?ed|satisfied)\s+(?:the\s+|all\s+)?"
    # (a breakdown in brackets after them: "(major depressive disorder 171, persistent
    # depressive disorder 29, bipolar II depression 14)")
    r"(?:(?:inclusion|eligibility|entry|study)\s+)?criteria(?:\s*\([^()]{0,160}\))?"
    # (the criteria may be spelled out: "212 met the inclusion criteria of at least eight
    # weeks of follow-up and a baseline PHQ-9")
    r"(?:\s*(?:of|:)\s+(?:[^.;]|\.\d){0,120}?)?(?=\s*(?:[.;]|$)|"
    # (or before the sift's next step, counted: "51 met inclusion criteria and 44 had ...")
    rf"{_NEXT_STEP_KEPT})|"
    # ... or what qualified them, then taken in: "Of 71 patients prescribed LDN, 48 had
    # both baseline and follow-up assessments after a median of 14 weeks and were included"
    r"(?:[\w\-]+,?\s+|\([^()]{0,80}\)\s+){1,16}?and\s+(?:were|was)\s+"
    r"(?:included|retained|analy[sz]ed)\b)",
    re.IGNORECASE,
)
# (the match of that branch ends with the criteria: "... and completed it" answered too)
_QUALIFIED = re.compile(r"\bcriteria(?:\s*\([^()]*\))?$", re.IGNORECASE)
# ... and a sift straight from screening to treatment, with no enrolment told between:
# "Thirty-one patients were screened and 26 started LDN", "Of 40 screened, 32 began
# open-label treatment" (an open study's people are those who began it; holdout432
# 48800016)
_SCREENED_THEN_STARTED = Folded(
    # (with who was eligible told between: "Of 163 screened, 58 were eligible, 47 started LDN")
    # (or referred: "Thirty-one adolescents were referred, 24 were eligible, 19 started treatment")
    rf"\b(?:screened|referred)\s*(?:,\s*|\s+and\s+)(?:{NUMBER}\s+(?:were|was)\s+(?:(?:deemed|found)\s+)?"
    r"eligible\s*(?:,\s*(?:and\s+)?|\s+and\s+))?"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?"
    # (what they began is named or not: "started LDN", "began open-label treatment")
    r"(?:started|began|initiated|commenced)\s+(?:taking\s+)?(?:the\s+)?(?:open[\s\-]label\s+)?"
    r"(?:study\s+)?[A-Za-z][\w\-]*\b",
    re.IGNORECASE,
)
# the enrolled as a share of a pool: "Of 140 adults referred, 60% met all criteria and
# consented" (84); not an allocation ("52% were randomised to X" is an arm)
_SHARE_ENROLLED = Folded(
    rf"(?:^|[;:(]\s*|\.\s+)of\s+(?:the\s+|all\s+)?(?P<pool>{NUMBER})\b(?P<frame>[^,;.]{{0,120}}),\s*"
    r"(?P<pct>\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)\s+(?:\w+\s+){0,4}?(?:were\s+|was\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|consented|recruited|took\s+part|participated|agreed\s+to\s+"
    r"(?:take\s+part|participate))\b(?!\s+(?:in)?to\b)",
    re.IGNORECASE,
)


def _share_of(pool: int, pct: str) -> int | None:
    """The one head count that ``pct`` of ``pool`` can be, rounded as written; None if
    the percentage fits several (a wrong n is worse than none)."""
    places = len(pct.split(".")[1]) if "." in pct else 0
    fits = [k for k in range(1, pool + 1) if round(100 * k / pool, places) == float(pct)]
    return fits[0] if len(fits) == 1 else None


# ... or as a fraction of that pool, told before it or after it: "A quarter of the 240 women
# screened met all criteria and were randomised" (60), "Of the 180 adults referred, one third
# were enrolled" (60), "One in four of the 96 patients assessed took part" (24)
_FRACTION = (
    r"(?:(?:a|one|two|three|four)[\s\-]+(?:half|halves|thirds?|quarters?|fourths?|fifths?)|"
    r"half|one\s+in\s+(?:two|three|four|five|ten))"
)
_TAKEN_IN_SHARE = (
    r"(?:randomi[sz]ed|enrol+ed|recruited|included|took\s+part|participated|agreed\s+to\s+"
    r"(?:take\s+part|participate))\b"
)
_FRACTION_ENROLLED = Folded(
    rf"(?:^|[;:(]\s*|\.\s+)(?P<frac>{_FRACTION})\s+of\s+(?:the\s+|all\s+|these\s+)?"
    rf"(?P<pool>{NUMBER})\b(?P<frame>[^,;.()]{{0,120}}?)\s+(?:and\s+)?(?:(?:were|was)\s+)?"
    rf"(?:(?:then|subsequently|later|ultimately|finally)\s+)?{_TAKEN_IN_SHARE}|"
    rf"(?:^|[;:(]\s*|\.\s+)of\s+(?:the\s+|all\s+)?(?P<pool2>{NUMBER})\b"
    rf"(?P<frame2>[^,;.()]{{0,120}}),\s*(?P<frac2>{_FRACTION})\s+(?:\w+\s+){{0,4}}?"
    rf"(?:were\s+|was\s+)?{_TAKEN_IN_SHARE}",
    re.IGNORECASE,
)
# the pool a fraction is taken of is people not yet in the study: screened, referred, ...
_BEFORE_ENTRY_POOL = re.compile(
    r"\b(?:screen|assess|refer|approach|eligib|invit|contact|identif|appl(?:y|ied)|enquir|"
    r"respond|consecutive)",
    re.IGNORECASE,
)
_IN_STUDY_POOL = re.compile(r"randomi|enrol|allocat|assign|includ|recruit", re.IGNORECASE)
_DENOMINATOR = {"half": 2, "halves": 2, "third": 3, "fourth": 4, "quarter": 4, "fifth": 5}
_NUMERATOR = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _fraction_of(pool: int, said: str) -> int | None:
    """The head count ``said`` ("a quarter", "two-thirds", "one in four") of ``pool``
    stands for, where it is a whole number; else None."""
    words = re.split(r"[\s\-]+", said.lower())
    if words[:2] == ["one", "in"]:
        num, den = 1, words_to_int(words[2]) or 0
    elif words == ["half"]:
        num, den = 1, 2
    else:
        num = _NUMERATOR.get(words[0], 0)
        den = _DENOMINATOR.get(words[-1].rstrip("s"), _DENOMINATOR.get(words[-1], 0))
    if not num or not den or num >= den or (pool * num) % den:
        return None
    return pool * num // den


def _fraction_enrolled(s: Sentence) -> Iterator[Count]:
    """The people taken in, told as a fraction of a pool before entry ("A quarter of the 240
    women screened met all criteria and were randomised"); not a part of people already in
    the study ("Half of the 120 randomised were women" names no act of taking in; "half of
    the 80 enrolled were randomised to X" is an arm)."""
    for m in _FRACTION_ENROLLED.finditer(s.text):
        pool = words_to_int(m.group("pool") or m.group("pool2"))
        frame = m.group("frame") if m.group("pool") else m.group("frame2")
        if not pool or pool > 100_000 or _IN_STUDY_POOL.search(frame):
            continue
        if not _BEFORE_ENTRY_POOL.search(frame):
            continue
        value = _fraction_of(pool, m.group("frac") or m.group("frac2"))
        if value and not _other_work(s, m.start("pool" if m.group("pool") else "pool2")):
            yield Count(
                value, 3 - _section_penalty(s) + ("randomi" in m.group(0).lower()), s, m.group(0)
            )


# "aged 18 to 65", "between 2016 and 2019": the second number ends a range. "and"/"or"
# only after a number, so "22 were screened and 15 were enrolled" keeps its 15
_RANGE_END = re.compile(
    r"(?:\bto|\d\s*(?:and|or)|[\-–]|\baged?|\bbetween|\bfrom)\s*$", re.IGNORECASE
)
# "Forty-one of 45 participants completed": 45 is how many started
_LEFT = r"completed|finished|withdr|dropped|discontinu|were lost|remained"
_OF_TOTAL = re.compile(
    rf"{_LEAD}{NUMBER}\s+of\s+(?:the\s+)?(?P<num>{NUMBER})\s+{_MOD}{{0,3}}(?:{_NOUNS})\b"
    rf"(?=\s+(?:\w+\s+)?(?:{_LEFT}|were analy[sz]ed))"
    rf"|\bof\s+the\s+(?P<num2>{NUMBER})\s+{_MOD}{{0,3}}(?:{_NOUNS}),?\s+{NUMBER}\s+"
    rf"(?:\w+\s+)?(?:{_LEFT})",
    re.IGNORECASE,
)
# a count for one arm: "32 participants per arm", "(18 per group)", "(n = 36 per arm)",
# "35 patients were randomised to each arm", "(n = 24 each)", "two groups, 36 cases each."
# ("Half of the sample (28 participants) was assigned to each group": the count in brackets)
_PER_ARM_COUNT = Folded(
    rf"{_LEAD}(?:[nN]\s*=\s*)?(?P<num>{NUMBER}){_NOT_PCT}\s+"
    rf"(?:(?P<noun>{_MOD}{{0,3}}(?:{_NOUNS}))(?:\s+|\)\s+(?=(?:were|was|will)\b)))?"
    r"(?:(?:were|was|will be)\s+(?:\w+\s+)?)?"
    rf"(?:(?:to|for)\s+each\s+(?:study\s+|treatment\s+)?(?:arm|group|condition|cell)\b|{_EACH_ARM}"
    # (or, people named, closing the sentence: "..., 36 cases each.", "..., 42 cases in
    # each.")
    r"|each\b(?=\s*[)\],;])|(?(noun)(?:in\s+)?each\b(?=\s*(?:\.(?!\d)|$))|(?!)))",
    re.IGNORECASE,
)
# ... or per active arm, the control arm's count told after it: "40 participants per active
# arm and 40 on placebo", "30 per active dose group and 20 in the placebo group"
_PER_ACTIVE_ARM = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?per\s+active\s+"
    r"(?:dose\s+|treatment\s+)?(?:arm|group)\s*,?\s+(?:and|plus|with)\s+"
    rf"(?P<ctl>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?(?:on|in|to|for|receiving)\s+"
    r"(?:the\s+)?(?:placebo|control|sham|usual\s+care)\b",
    re.IGNORECASE,
)
# ... where the unit is a site, the count is a share of the sample by where it was
# recruited, not by what it was given: never multiplied by the arms
_PER_SITE_UNIT = re.compile(
    r"\b(?:per|each)\s+(?:study\s+)?(?:site|cent(?:re|er)|clinic|hospital|practice)\b",
    re.IGNORECASE,
)
_STOPPED_WORDS = (
    "complet",
    "finish",
    "withdr",
    "dropped",
    "discontinu",
    "lost",
    "remained",
    "analy",
)
# a cheap first look: most sentences hold no number at all
_ANY_NUMBER = Folded(rf"\d|\b(?:{NUMBER_WORD})\b", re.IGNORECASE)
_ALLOC_VERB = Folded(rf"\b(?:{ALLOCATING})\b", re.IGNORECASE)
# ... with the arms told next: "randomised women ... to", "were assigned to"
_ALLOCATED_TO = Folded(rf"\b(?:{ALLOCATING})\b[^.;]*\bto\b", re.IGNORECASE)
# ... or the allocation as a noun heading its arms: "Allocation was ...", "Allocation: ..."
_ALLOC_HEAD = Folded(rf"\b(?:{ALLOCATING})\b|\ballocation\s*(?:was|were|:)", re.IGNORECASE)
# one included study, in a review: "The only placebo-controlled trial ... enrolled 12"
_ONE_STUDY = re.compile(
    r"\b(?:the|a|an|one|only|single|first|largest|smallest|sole)\s+(?!present\b|current\b)"
    r"(?:[\w\-]+\s+){0,4}?"
    r"(?:trial|study|RCT|pilot|case report|case series)\b(?!\s*(?:protocol|design))|"
    r"\bsample sizes? rang",
    re.IGNORECASE,
)
# (an arm picked by "one", "one group received X and the other placebo", counts nobody)
_ALLOC_SUM = re.compile(
    rf"(?:whereas|while|and|,)\s+(?P<num>{NUMBER})"
    r"(?!\s+(?:groups?|arms?|cohorts?)\b)"
    # (a part of the count before it is none of more people: "12 patients, six of whom
    # received X", "and 15 of them were allocated to X")
    r"(?!\s+(?:of\s+(?:whom|them|these|those)|out\s+of)\b)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:were\s+)?"
    r"(?:continued|allocated|assigned|randomi[sz]ed|received|remained on)",
    re.IGNORECASE,
)


# the words after a count that allocate it to no arm, up to the clause that follows:
# "... participants were randomized", "were randomly assigned", "underwent randomisation",
# "(all randomised)"; a destination ("to X", "into two groups") makes it an arm
_ALLOCATED_WHOLE = re.compile(
    r"\s*(?:[\w\-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:randomly|successfully|ultimately|then)\s+)?"
    r"(?:randomi[sz]ed|assigned|allocated|enrolled|included)"
    r"(?:\s+(?:at|in|from|across|over)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?[\s,;]*$|"
    r"\s*(?:[\w\-]+\s+){0,3}?underwent\s+randomi[sz]ation[\s,;]*$",
    re.IGNORECASE,
)
# counts allocated arm by arm: "75 were assigned to X and 73 to placebo", "40 were
# randomised to 1 mg, 41 to 4.5 mg and 40 to placebo"; the arms add up to the total
_ARM_ALLOC = re.compile(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?(?:were|was)\s+"
    r"(?:\w+\s+)?(?:randomi[sz]ed|allocated|assigned)\s+to\b(?P<tail>(?:[^;.]|\.\d)*)",
    re.IGNORECASE,
)
_NEXT_ARM = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+"
    r"(?:(?:were|was)\s+(?:\w+\s+)?)?to\b",
    re.IGNORECASE,
)
# after an allocation verb, the arms with their counts and no verb of their own: "were
# randomized, 31 to X and 33 to placebo", "were allocated (40 to 1 mg, 41 to 4 mg)"
_ARM_TO = re.compile(
    rf"(?:[,:;(]|\bwith)\s*(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?to\b"
    r"(?P<tail>(?:[^;.]|\.\d)*)",
    re.IGNORECASE,
)
# arms counted by what they received, after an allocation: "randomized 2:1 to X or
# placebo; 45 received X and 23 placebo"
_RECEIVED_ARM = re.compile(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?(?:received|were given)"
    r"\b(?P<tail>(?:[^;.]|\.\d)*)",
    re.IGNORECASE,
)
_NEXT_RECEIVED = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:received|were given)\s+)?"
    r"(?!(?:mg|µg|mcg|weeks?|days?|months?|years?|times|points?|%)\b)[\w\-]+",
    re.IGNORECASE,
)
# in a trial that allocates, its arms counted by what each took, in a sentence with no
# allocation verb of its own: "Twenty-six patients received naltrexone and twenty-five
# received placebo", "33 took LDN, 30 took placebo" (each part names an arm of the study:
# the drug or a comparator; ``_took_arms``)
_TOOK_ARM = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?"
    # ("took part" is taking part, not taking an arm's treatment: "Forty patients took
    # part (21 LDN, 19 placebo)" is one count with its arms in brackets)
    # (or the sequence a crossover started them on: "14 participants began on active drug
    # and 13 began on placebo")
    r"(?:received|took(?!\s+part\b)|were\s+given|were\s+treated\s+with|were\s+on|began\s+on|"
    r"started\s+on)\s+"
    r"(?P<arm>(?:[^,;.]|\.\d){1,60}?)"
    r"(?P<tail>(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d|[a-z])(?:[^,;.]|\.\d)*?){1,4})(?=\.(?!\d)|;|$)",
    re.IGNORECASE,
)
_TOOK_NEXT = Folded(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?"
    r"(?:(?:received|took(?!\s+part\b)|were\s+given|were\s+treated\s+with|were\s+on|"
    r"began\s+on|started\s+on)\s+)?"
    r"(?P<arm>(?:[^,;.]|\.\d){1,60}?)(?=,|\s+and\s+|\.(?!\d)|;|$)",
    re.IGNORECASE,
)
# the sentence speaks of a part of the arms: who responded, left, had events
_PART_OF_ARMS = Folded(
    rf"{_LEFT}|respond|remitt|dropout|drop-out|\bwho\b|\bthose\b|\bevents?\b|\bamong\b|"
    r"\bof\s+(?:the|them|these)\b|\brescue\b|\bextension\b|\bper[\s\-]protocol\b|\bcomplet",
    re.IGNORECASE,
)


# groups of equal size: "four cohorts of eight adults", "two groups of 20 patients"
_GROUPS_OF = Folded(
    # ("three sequential open-label cohorts of seven patients")
    rf"{_LEAD}(?P<k>{NUMBER})\s+{_MOD}{{0,3}}(?:cohorts|groups|arms)\s+of\s+(?P<num>{NUMBER})"
    rf"{_NOT_PCT}\s+{_MOD}{{0,4}}(?:{_NOUNS})\b",
    re.IGNORECASE,
)
# ... or the cohorts counted only by the dose levels they were given, one cohort a level:
# "Cohorts of six participants were assigned in sequence to 1.5, 3.0, 4.5 and 6.0 mg/day"
# (24; holdout295 32900007)
# (the people left to the sentence, the levels right after: "in sequential cohorts of six,
# at 1, 2, 3 and then 4.5 mg nightly")
_COHORTS_AT_LEVELS = Folded(
    rf"\b(?:cohorts|groups)\s+of\s+(?P<num>{NUMBER}){_NOT_PCT}(?:\s+{_MOD}{{0,3}}(?:{_NOUNS})\b|"
    r"(?=\s*,?\s*(?:at|receiving|given|on)\s+(?:doses?\s+of\s+)?\d))"
    r"[^.;]{0,80}?(?<![\d.,])(?P<list>\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*,?\s+(?:and|or)\s+"
    r"(?:then\s+)?"
    r"\d+(?:\.\d+)?)\s*(?:mg|µg|μg|mcg)\b",
    re.IGNORECASE,
)
# (a count of the cohorts just before is the product read above: "three cohorts of six")
_COHORTS_COUNTED = re.compile(rf"\b(?:{NUMBER})\s+(?:[\w\-]+\s+){{0,3}}$", re.IGNORECASE)
_LEVEL = re.compile(r"\d+(?:\.\d+)?")
# groups of equal size written as a product of arms and the size of each: "n = 2 x 32
# patients", "3 × 20 participants were randomised", "(n = 2 × 45)" (the whole is the
# product, not the 32 of one arm; never a dose or a time, "2 x 2 mg", "3 x 4 weeks": the
# size takes a people noun or closes an "n =")
_TIMES_GROUPS = Folded(
    rf"(?<![\w\-–/.±$×])(?P<eq>\b[nN]\s*=\s*)?(?P<k>[2-9]|two|three|four|five|six)\s*[x×]\s*"
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?!\s*[x×])"
    rf"(?:\s+{_MOD}{{0,4}}(?:{_NOUNS})\b{_NOT_PEOPLE_AFTER}|(?(eq)(?<=\d)(?=\s*[),;.])|(?!)))",
    re.IGNORECASE,
)
# ... with no noun after the size, when the people were put into the groups: "Adults ...
# were enrolled in four sequential cohorts of six", "we randomised three arms of 20 each",
# "recruited as two groups of 12": the verb says the groups are of people (a size that
# ends the phrase, never "cohorts of six weeks")
_GROUPS_OF_BARE = Folded(
    r"\b(?:enrol+ed|randomi[sz]ed|allocated|assigned|recruited|included|entered|divided|split)"
    # (the people may be named between: "recruited adults with X as two groups of 12")
    # (or the treatments first, a decimal dose among them, and the arms after a comma:
    # "allocated by a web-based system to X 1.5 mg or placebo for 12 weeks, in two arms of 31")
    rf"\s+(?:(?:(?:[^\s.;]|(?<=\d)\.(?=\d))+\s+){{0,24}}?(?:in|into|to|as|across)\s+)?"
    rf"(?P<k>{NUMBER})\s+"
    rf"{_MOD}{{0,3}}(?:cohorts|groups|arms)\s+of\s+(?P<num>{NUMBER}){_NOT_PCT}"
    # (the treatments may follow the size: "were randomised in three arms of 16 to X 250
    # micrograms, X 500 micrograms or placebo"; not a range, "cohorts of 6 to 8")
    rf"(?=\s*(?:each\b|apiece\b|[.,;:)]|$)|\s+(?:to|receiving)\s+(?!\d|(?:{NUMBER})\b))",
    re.IGNORECASE,
)
# ... or said the other way round: "Nine adults per cohort were enrolled in four
# sequential cohorts", "12 patients per arm across three arms"
_PER_GROUP_IN_K = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?:{_NOUNS})\s+(?:per|in\s+each|each)\s+"
    r"(?P<unit>cohort|group|arm)\b[^.;]{0,60}?\b(?:in|into|across|over|to)\s+"
    rf"(?P<k>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?P=unit)s\b",
    re.IGNORECASE,
)
# the sites a cluster trial randomised, counted just before a bare per-arm figure in the
# same clause ("Twelve practices were randomised (6 per arm)", "20 clinics were allocated
# at random (10 in each arm)", "Eight hospitals were randomised, four per group"): no
# people noun stands between the sites and the figure
# (the sites where the people were are no clusters: "adults attending two primary care
# centres were randomised, 24 to each arm")
_CLUSTERS_BEFORE = Folded(
    r"(?<!\battending )(?<!\bat )(?<!\bin )(?<!\bfrom )(?<!\bacross )(?<!\bwithin )"
    rf"(?:{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?{_SITES}\s+(?:were|was)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{ALLOCATED})[^.;]{{0,25}}$",
    re.IGNORECASE,
)
_PEOPLE_NOUN = re.compile(rf"\b(?:{_NOUNS})\b", re.IGNORECASE)
# the sample given as an equal share per site: "six sites will each randomise 10", "four
# centres each enrolled 12 adults", "each of five clinics will recruit 20 participants"
_EACH_SITE = Folded(
    rf"{_LEAD}(?:each\s+of\s+(?:the\s+)?)?(?P<k>{NUMBER})\s+{_MOD}{{0,2}}{_SITES}"
    r"\s+(?:(?:will|would|are\s+to)\s+)?"
    r"(?:each\s+)?(?:randomi[sz]e[sd]?|enrol+(?:s|ed)?|recruit(?:s|ed)?|include[sd]?)\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}(?!\s+(?:weeks?|days?|months?|years?|mg|%)\b)",
    re.IGNORECASE,
)
# in a protocol, the people the study will take in, as the object of its verb ("we aim to
# enrol 1000 adults", "will randomise 90 participants"), not a group drawn from records
_PLANNED_OBJECT = re.compile(
    r"\b(?:enrol+|recruit|randomi[sz]e|include|allocate)\s+(?:a total of\s+|approximately\s+|"
    r"about\s+|around\s+|up to\s+|at least\s+)?$",
    re.IGNORECASE,
)
# in a pre-results document, the count named as the plan itself: "recruitment of the
# planned 240 participants began", "a target of 132 participants", "the trial aims to
# recruit 150 adults", "we anticipate enrolling about 96", "we expect approximately 20,000
# eligible new users" (a cohort's protocol): the study's own size wherever it is said,
# even in the background, which in a protocol presents the trial being planned
_APPROX = (
    r"(?:a\s+total\s+of\s+|approximately\s+|about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|"
    r"at\s+least\s+|nearly\s+|~\s*)?"
)
_PLAN_MARK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|our|their)\s+(?:planned|target(?:ed)?|intended|anticipated|projected|"
    r"expected)\s+(?:(?:total|sample(?:\s+size)?|enrol+ment|accrual)\s+(?:of\s+)?)?|"
    r"\btarget\s+(?:size\s+)?of\s+|"
    r"\b(?:aim|plan|intend|expect|anticipat|seek|hop)\w*\s+(?:to\s+)?"
    r"(?:(?:enrol+|recruit|randomi[sz]|includ|identif|follow|stud)\w*\s+)?)"
    rf"{_APPROX}$",
    re.IGNORECASE,
)


def _plan_marked(s: Sentence, start: int) -> bool:
    """The count at ``start`` is named as the study's planned size (``_PLAN_MARK_BEFORE``),
    in a sentence not about earlier or other work."""
    if s.prior or _other_work(s, start):
        return False
    return _PLAN_MARK_BEFORE.search(s.text[max(0, start - 50) : start]) is not None


# counts listed arm by arm with "respectively": "31 and 33 patients were allocated to X
# and placebo, respectively"
_RESPECTIVE_ARMS = Folded(
    rf"{_LEAD}(?P<nums>{NUMBER}(?:\s*,\s*{NUMBER})*,?\s+and\s+{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|allocated|"
    # (the arms may have been named before: "24, 25 and 12 participants were allocated,
    # respectively")
    # (a decimal dose among the arms: "to the 10.5 mg, 31.5 mg and placebo arms")
    r"assigned|enrol+ed|included)(?:\s+(?:to|in|into)\b(?:[^.;]|\.\d)*?|\s*,?\s+)\brespectively\b",
    re.IGNORECASE,
)
# ... or with the arms named in the plural, in order, instead of "respectively": "Twenty-one,
# 20 and 22 participants were randomised to the 500 µg, 2000 µg and placebo arms"
_LISTED_TO_ARMS = Folded(
    rf"{_LEAD}(?P<nums>{NUMBER}(?:\s*,\s*{NUMBER})*,?\s+and\s+{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|allocated|"
    r"assigned)\s+(?:to|into)\s+(?:the\s+)?(?:[^.;]|\.\d){1,80}?\b(?:arms|groups)\b",
    re.IGNORECASE,
)
# ... or with the arms themselves listed, one for each count, to the clause's end:
# "Twenty-seven, 26 and 28 participants were randomised to 4.5 mg, 50 mg and placebo"
# (``_arms_listed_in_order`` checks that the items are as many, and look like arms)
_LISTED_TO_ITEMS = Folded(
    rf"{_LEAD}(?P<nums>{NUMBER}(?:\s*,\s*{NUMBER})*,?\s+and\s+{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|allocated|"
    r"assigned)\s+(?:to|into)\s+(?P<items>(?:[^.;]|\.\d){1,100}?)(?=\s*(?:[.;](?!\d)|$))",
    re.IGNORECASE,
)
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_ARM_ITEM = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w.\-]+\s+){0,3}?(?:\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b|placebo\b|"
    r"sham\b|usual\s+care\b|vehicle\b|control\b)(?:\s+[\w\-]+){0,2}$",
    re.IGNORECASE,
)


def _arms_listed_in_order(items: str, k: int) -> bool:
    """``items`` lists ``k`` arms, each a dose or a placebo of a few words ("4.5 mg, 50 mg
    and placebo"), not some other list that happens to follow the verb."""
    parts = [p for p in _ITEM_SEP.split(items.strip()) if p]
    return len(parts) == k and all(_ARM_ITEM.match(p) for p in parts)


# the people an extension or follow-up took in, counted by the parent arm they came from:
# "Thirty-four participants from the naltrexone arm and 27 from the placebo arm entered the
# extension"
_FROM_ARMS = Folded(
    rf"{_LEAD}(?P<a>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?from\s+the\s+"
    rf"(?:[^.;,]|\.\d){{1,40}}?\b(?:arm|group)\s+and\s+(?P<b>{NUMBER}){_NOT_PCT}\s+"
    rf"(?:(?:{_NOUNS})\s+)?from\s+the\s+(?:[^.;,]|\.\d){{1,40}}?\b(?:arm|group)\s+"
    r"(?:entered|joined|continued\s+into|were\s+(?:enrol+ed|included)|took\s+part|"
    r"rolled\s+over)\b",
    re.IGNORECASE,
)
# ... or after the arms were named, as the clause's last words: "randomised to X or
# placebo; 38 and 19 women respectively", "(2:1) to X or placebo, 40 and 20 patients,
# respectively" (not the people who had an outcome: "14 and 8 patients, respectively,
# responded")
_SIZES_AFTER_ARMS = Folded(
    rf"{_LEAD}(?P<nums>{NUMBER}(?:\s*,\s*{NUMBER})*,?\s+and\s+{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\b)?\s*,?\s*respectively\b(?=\s*(?:[.;)]|,\s*and\b|$))",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# the arms' sizes listed under one "n =", in the order the arms were named: "randomised to
# naltrexone 1 mg/day, 4.5 mg/day or placebo (n = 22, 21 and 21)", "(N = 30/29/31)", "(n=18,
# 17, respectively)"
# (or with the people's noun after the last, no "n =": "to LDN 1.5 mg, LDN 4.5 mg or
# placebo for 12 weeks (22, 21 and 21 participants)")
_ARM_SIZES_LISTED = re.compile(
    r"\(\s*(?P<eq>n\s*=\s*)?(?P<nums>\d{1,4}(?:\s*(?:,|/)\s*\d{1,4})*(?:\s*,?\s+and\s+\d{1,4}|"
    r"\s*(?:,|/)\s*\d{1,4}))(?(eq)|\s+(?:participants|patients|subjects|women|men|adults|"
    r"people|persons|individuals|children|adolescents|outpatients|inpatients))"
    r"\s*(?:,\s*respectively\s*)?\)",
    re.IGNORECASE,
)
# ... or right after the allocation's ratio: "allocated 2:2:1 (40, 40 and 20 participants)"
_ALLOCATED_RATIO_BEFORE = re.compile(
    r"\b(?:allocated|randomi[sz]ed|assigned)\s+(?:in\s+a\s+)?\d(?:\s*:\s*\d)+\s*(?:ratio\s*)?$",
    re.IGNORECASE,
)
# ... or slashed in one bracket, bare, after the arms they size: "randomised to X 2 mg/day,
# X 4 mg/day or placebo (26/27/26)"; the arms are what follows the allocation's "to", one
# item between each comma or "or" (``_arm_totals``)
_SLASHED_SIZES = re.compile(r"\(\s*(?P<nums>\d{1,3}(?:\s*/\s*\d{1,3}){1,5})\s*\)")
_ARMS_TO = re.compile(r"\bto\s+(?:receive\s+)?(?:either\s+)?(?=(?:[^.;]|\.\d)*$)", re.IGNORECASE)
_ARM_ITEM_SEP = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|versus|vs\.?)\s+", re.I)
# the arms' sizes listed bare after the allocation, or before it: "Allocation was 9, 10 and
# 9 participants to the three doses", "20, 19 and 21 patients were assigned to the three
# arms" (the list closed by "and", a noun for the people after it)
# (a list of sizes closed by "and": "9, 10 and 9")
_BARE_SIZES = r"\d{1,4}(?:\s*,\s*\d{1,4})*\s*,?\s+and\s+\d{1,4}"
_ALLOCATED_COUNTS = Folded(
    rf"\ballocation\s+(?:was|were)\s+(?P<nums>{_BARE_SIZES})"
    r"\s+(?:participants|patients|subjects|women|men|adults|people|persons|individuals)\b|"
    rf"(?:^|[.;:]\s+)(?P<nums2>{_BARE_SIZES})\s+"
    r"(?:participants|patients|subjects|women|men|adults|people|persons|individuals)\s+"
    r"(?:were\s+)?(?:randomly\s+)?(?:allocated|assigned|randomi[sz]ed)\s+to\s+(?:the\s+)?"
    r"(?:two|three|four|five|respective|\d)\b",
    re.IGNORECASE,
)
# ... or the groups said to number so many, each size followed by its arm in brackets:
# "The randomised groups numbered 21 (LDN), 20 (escitalopram) and 22 (placebo)" (63)
_GROUPS_NUMBERED = Folded(
    r"\b(?:randomi[sz]ed\s+|treatment\s+|study\s+)?(?:groups|arms)\s+(?:numbered|comprised|"
    r"contained|were\s+of)\s+(?P<nums>\d{1,4}\s*\([^()]{1,40}\)(?:\s*,\s*\d{1,4}\s*\([^()]{1,40}\))*"
    r"\s*,?\s+and\s+\d{1,4}\s*\([^()]{1,40}\))",
    re.IGNORECASE,
)
# ... or the sizes of the groups listed bare: "Cohort sizes were 6, 6, 8 and 8" (28)
_SIZES_WERE = Folded(
    rf"\b(?:cohort|group|arm)\s+sizes\s+(?:were|was)\s+(?P<nums>{_BARE_SIZES})"
    # (or what became of them after: "group sizes were 30, 29, 31 and 30, of whom 104
    # completed", holdout815 52206555)
    r"(?=\s*(?:[.;]|$|,?\s+respectively\b|\s+(?:participants|patients|subjects|people)\b|"
    r",\s+of\s+whom\b))",
    re.IGNORECASE,
)


def _sizes(listed: str, sep: re.Pattern[str]) -> tuple[int, ...]:
    """The counts of a list of arm sizes ("21, 20 and 22", "30/29/31"), parted by ``sep``."""
    return tuple(v for v in map(words_to_int, sep.split(listed)) if v)


# each arm named as the heading of its own counts, one clause an arm: "LDN arm, 24
# randomised, 20 completed; sertraline arm, 25 randomised, 22 completed", "placebo group: 30
# randomised"
_ARM_HEADED_COUNT = Folded(
    r"(?:^|[;.]\s*)(?:the\s+)?[\w\-]+(?:\s+[\w\-.]+){0,3}?\s+(?:arm|group)\s*[,:]\s*"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:were\s+)?(?P<verb>randomi[sz]ed|allocated|assigned|"
    r"enrol+ed)\b",
    re.IGNORECASE,
)


def _arm_headed_totals(s: Sentence) -> list[Count]:
    """The sum of the arms' counts where each arm heads its own clause with the same verb
    (``_ARM_HEADED_COUNT``): two or more arms, the sample."""
    found = list(_ARM_HEADED_COUNT.finditer(s.text))
    verbs = {m.group("verb").lower()[:5] for m in found}
    parts = tuple(v for m in found if (v := words_to_int(m.group("num"))))
    if len(found) < 2 or len(verbs) != 1 or len(parts) != len(found):
        return []
    if _pooled(s.text, found[0].start(), found[-1].end()):
        return []
    return [_arms_total(s, s.text[found[0].start() : found[-1].end()], parts)]


def _arms_total(s: Sentence, span: str, parts: tuple[int, ...]) -> Count:
    """The sample as the sum of the arm sizes listed in ``s`` (ranked as an allocation)."""
    return Count(sum(parts), 4 - _section_penalty(s), s, span, parts)


# one arm's size in its own bracket, and what may stand between two such arms: a comma or
# an "or"/"and" and the next arm's words (no sentence break)
_SIZE_IN_BRACKET = re.compile(r"\(\s*n\s*=\s*(?P<n>\d{1,4})\s*\)", re.IGNORECASE)
# (a decimal point ends no sentence: ", the naltrexone 4.5 mg group ")
_ARM_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:or\s+|and\s+)?|\s*(?:or|and)\s+)(?:[^.;()]|\.(?=\d)){1,60}", re.I
)
# ... or each arm named with its size after a word for the allocation, the arms set off
# by semicolons: "Allocation was 0.5 mg b.i.d., n = 20; 2 mg b.i.d., n = 19; placebo, n =
# 19" (58; holdout527 52200742). Each arm's words must name a treatment or an arm, so a
# list of other parts ("responders, n = 12; non-responders, n = 8") is no allocation.
_ALLOCATION_LIST = re.compile(
    r"\b(?:allocation|arm\s+sizes?|group\s+sizes?|(?:numbers?\s+)?(?:randomi[sz]ed|allocated)\s+"
    r"(?:per|by|to\s+each)\s+(?:arm|group)|"
    # (or the arms as a heading of their own: "Arms: LDN 2 mg/day (n = 14), ...")
    r"(?:treatment\s+)?(?:arms|groups)(?=\s*:))\s*(?:was|were|:)\s*:?\s*"
    # (an arm's words may hold a point that ends no sentence: "0.5 mg b.i.d.,")
    # (the arms parted by semicolons, or by commas and "and": "Allocation was placebo n =
    # 22, 500 micrograms n = 22, 2 mg n = 21 and 4500 micrograms n = 23")
    r"(?P<list>(?:[^.;]|\.(?!\s|$)){1,50}?,?\s*\(?n\s*=\s*\d{1,4}\)?(?:(?:\s*[;,]\s*(?:and\s+)?|"
    r"\s+and\s+)(?:[^.;]|\.(?!\s|$)){1,50}?,?\s*\(?n\s*=\s*\d{1,4}\)?)+)",
    re.IGNORECASE,
)
# ... or a sentence that is nothing but the arms and their sizes, parted by semicolons:
# "LDN, n = 21; escitalopram, n = 20." (each arm named by the words of an arm or by one
# word, a drug's name; at least one by an arm's words)
_ARM_LIST_SENTENCE = re.compile(
    r"^\s*(?P<list>[^.;()=]{1,50}?,?\s*\(?n\s*=\s*\d{1,4}\)?"
    r"(?:\s*;\s*(?:and\s+)?[^.;()=]{1,50}?,?\s*\(?n\s*=\s*\d{1,4}\)?)+)\s*\.?\s*$",
    re.IGNORECASE,
)
_ONE_WORD_ARM = re.compile(r"^\s*(?:and\s+)?[A-Za-z][\w\-]*\s*$")
_LISTED_ARM = re.compile(r"(?P<arm>[^;]*?),?\s*\(?n\s*=\s*(?P<n>\d{1,4})\)?", re.IGNORECASE)
_ARM_WORDS = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:mg|µg|mcg|micrograms?)|placebo|arm|group|control|sham|usual\s+care|"
    r"wait[\s\-]?list|naltrexone|LDN|b\.?i\.?d|daily|nightly)\b",
    re.IGNORECASE,
)
_N_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*/\s*", re.IGNORECASE)
# ... not sizes at a list of time points: "at weeks 4, 8 and 12 (n = 28, 26 and 25)"
_LISTED_TIMES = re.compile(
    r"\b(?:weeks|months|days|visits|years)\s+\d+(?:\s*(?:,|and|to)\s*\d+)+\s*$", re.IGNORECASE
)
# the sample given only site by site: "at three centres (Oslo 34, Bergen 29, Tromsø 25)"
_PER_SITE = re.compile(
    r"\b(?:cent(?:re|er)s|sites|hospitals|clinics|countries|cities|regions)\s*\("
    r"(?P<list>(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?:?\s+(?:n\s*=\s*)?\d+\s*"
    r"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+))+"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?:?\s+(?:n\s*=\s*)?\d+)\s*\)"
)
# ... or as bare counts: "enrolled at three sites (22, 19 and 17 participants)"
_PER_SITE_BARE = Folded(
    r"\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+)?"
    r"(?:cent(?:re|er)s|sites|hospitals|clinics|countries|cities|regions)\s*\("
    r"(?P<list>\d+(?:\s*,\s*\d+)*(?:\s*,)?\s+and\s+\d+)"
    rf"(?:\s+(?:{_NOUNS}))?\s*\)",
    re.IGNORECASE,
)
_SITE_COUNT = re.compile(r"(?<![\w.])(\d+)\b")
# ... or clause by clause: "Thirty-one were randomised at the Leeds site and twenty-eight
# at the Bristol site", "31 patients at Leeds, 22 at York and 28 at Bristol were
# enrolled". A site is a named place (capitalised) or a word for one, never a time
# ("at Week 12", "at baseline") nor an arm ("in the LDN group" is summed elsewhere).
_SITE_NOUN = r"(?:sites?|cent(?:re|er)s?|clinics?|hospitals?|practices?|units?|universit(?:y|ies))"
_SITE_PLACE = (
    r"(?:the\s+|our\s+|a\s+)?(?:(?!(?:weeks?|months?|days?|years?|visits?|baseline|follow)\b)"
    rf"[A-Za-z][\w\-]*\s+){{0,3}}{_SITE_NOUN}\b|"
    r"(?:the\s+)?(?-i:(?!(?:Week|Month|Day|Year|Visit|Baseline|Follow|Time|Phase|Stage|Part|"
    r"Period|Cohort|Group|Arm|Step)\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
    rf"(?:\s+{_SITE_NOUN}\b)?(?!\s+(?:group|arm|cohort)s?\b)"
)
_SITE_VERB = (
    r"randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrol+ed|recruited|included|allocated"
)
_SITE_ITEM = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?"
    rf"(?:(?:were|was)\s+(?:\w+\s+)?(?P<verb>{_SITE_VERB})\s+)?(?:at|in|from)\s+(?:{_SITE_PLACE})",
    re.IGNORECASE,
)
_SITE_HINT = re.compile(r"random|enrol|recruit|includ|allocat")
_SITE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_SITE_VERB_AFTER = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:were|was)\s+(?:\w+\s+)?)(?:{_SITE_VERB})\b", re.IGNORECASE
)
# ... or each site the subject of the verb, the later ones elliptic: "Lisbon randomised
# 41 participants, Porto 37 and Coimbra 29", "the Utrecht clinic recruited 40 adults and
# the Leiden clinic 36" (a named place, never a time, a step, an arm or a pronoun)
_SUBJECT_SITE = (
    r"(?:the\s+)?(?-i:(?!(?:We|They|It|This|These|All|Of|In|At|Week|Month|Day|Year|Visit|"
    r"Baseline|Follow|Time|Phase|Stage|Part|Period|Cohort|Group|Arm|Step|Placebo|Naltrexone|"
    r"LDN|Patients|Participants|Subjects|Adults|Women|Men|Each|Every|Both)\b)"
    r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
    rf"(?:\s+{_SITE_NOUN})?(?!\s+(?:group|arm|cohort)s?\b)"
)
# ... or, in a cluster trial, each side's sites named by their arm ("Intervention
# practices recruited 131 patients and usual-care practices 107", "and control clinics 88"),
# its clusters perhaps counted first and teams or wards rather than places ("Nine
# intervention teams recruited 31 patients and nine control teams 26"; holdout342 38400012)
_CLUSTERS = rf"(?:{_SITES}|teams|wards|services|surgeries)"
_COUNTED_SIDE = rf"(?:{NUMBER})\s+(?:[\w\-]+\s+){{1,2}}?{_CLUSTERS}"
_SITE_SUBJECT_HEAD = re.compile(
    rf"(?:^|[:;,]\s*)(?P<place>{_SUBJECT_SITE}|{_COUNTED_SIDE})\s+(?:{_SITE_VERB})\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:{_NOUNS})\b",
    re.IGNORECASE,
)
_SIDE_SITES = rf"(?:the\s+)?(?:(?:{NUMBER})\s+)?(?:[\w\-]+\s+){{1,2}}?{_CLUSTERS}"
_SITE_SUBJECT_NEXT = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<place>{_SUBJECT_SITE}|{_SIDE_SITES})\s+"
    rf"(?:(?:{_SITE_VERB})\s+)?(?P<num>{NUMBER}){_NOT_PCT}(?:\s+(?:{_NOUNS})\b)?",
    re.IGNORECASE,
)
# "All 32 participants completed dosing": everyone, so the total, whatever they did next
_ALL_BEFORE = re.compile(r"(?:^|[;:]\s*)all\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A candidate sample size and how much we believe it is the enrolled total."""

    value: int
    score: int
    sentence: Sentence
    span: str
    parts: tuple[int, ...] = ()  # the counts a summed total was built from


# -- one flow of people ------------------------------------------------------------
# A trial's people pass through stages: looked at (screened, assessed, approached,
# referred) -> consented -> enrolled -> randomised -> treated -> completed/analysed.
# The counts at successive stages are one funnel: each later count is part of an
# earlier one, so they never add, and the sample is the last stage that takes people in
# (randomised in an RCT, else enrolled; CONTRACT.md "n"). Only disjoint groups add
# (arms, sexes, sites, cohorts): those are counts at the same stage, or with no stage.
_STAGES: tuple[tuple[int, str], ...] = (
    (
        0,
        r"screen(?:ed|ing)|(?:were|was)\s+(?:\w+\s+)?(?:assessed|evaluated|considered)|"
        r"assessed\s+for|approached|invited|contacted|referred|identified|(?:were|was)\s+eligible",
    ),
    (
        1,
        # (not consent to the randomisation itself: that count was randomised, below)
        r"consented(?!\s+to\s+(?:be\s+)?randomi[sz])|(?:gave|provided|signed)\s+(?:\w+\s+){0,2}?"
        r"consent|agreed\s+to\s+(?:take\s+part|participate|join)",
    ),
    (
        2,
        r"enrol+ed|recruited|(?:were|was)\s+included(?!\s+in\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+)"
        r"{0,2}?analys)|entered|joined|started\s+the\s+(?:trial|study)|"
        # a lead-in before randomisation begun is entering the study, not a treatment
        # after allocation: "131 started the lead-in", "126 who began open-label LDN",
        # "120 commenced the open-label run-in phase" (randomised withdrawal designs)
        # (or treated in it: "110 received open-label LDN", "took open-label naltrexone")
        # (or any phase that readies people for randomisation: "52 began the cross-taper",
        # "started the washout", "entered the stabilisation phase", "71 patients began the
        # SSRI taper and 54 were randomised", holdout799 52206238)
        r"(?:started|began|begun|commenced|received|took|(?:were|was)\s+(?:treated|given))\s+"
        r"(?:with\s+)?(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:lead[\s\-]?in|run[\s\-]?in|open[\s\-]label|(?:cross[\s\-]?)?taper|wash[\s\-]?out|"
        r"stabili[sz]ation|pre[\s\-]?randomi[sz]ation)",
    ),
    (
        3,
        rf"{ALLOCATED}|"
        # consent to, or a step on to, the randomisation itself: "44 consented to
        # randomization", "42 agreed to be randomised", "40 went on to randomisation",
        # "46 proceeded to randomization"
        rf"(?:consented|agreed|{_STEP_ON})\s+to\s+"
        r"(?:be\s+)?randomi[sz](?:ation|ed|e)\b|(?:accepted|underwent)\s+randomi[sz]ation",
    ),
    (4, r"received|were\s+treated|started|began|initiated|were\s+given"),
    (
        5,
        r"completed|finished|(?:were|was)\s+analy[sz]ed|withdr[ea]w|discontinued|dropped\s+out|"
        r"were\s+lost",
    ),
)
_STAGE_WORDS = "|".join(rx for _, rx in _STAGES)
_STAGE = Folded(
    "|".join(rf"\b(?P<s{k}>{rx})\b" for k, rx in _STAGES),
    re.IGNORECASE,
)
_EACH_ARM_RX = re.compile(rf"\b{_EACH_ARM}", re.IGNORECASE)
_TAKES_IN = (1, 2, 3)  # the stages that take people into the study
# where one stage's clause ends and the next count's begins: "53 consented and 48 were
# randomised", "Of 212 screened, 64 ...", "...; 57 were enrolled", "64 were randomised
# after 212 were assessed", "110 were referred, of whom 44 were enrolled"
_FLOW_BREAK = re.compile(
    r"(?:[;:]|,|\b(?:and|while|whereas|but|after|before|once|when|of\s+whom|of\s+these|"
    r"then|subsequently))\s*(?:(?:and|then|of\s+whom|of\s+these|subsequently|only)\s+)*$",
    re.IGNORECASE,
)
# ... or the sentence opens with it: "Of 212 screened, ...", "A total of 96 ..."
_FLOW_OPENER = re.compile(
    r"\s*(?:(?:of|among|in\s+total,?|overall,?|a\s+total\s+of|all|the|then|finally)\s+)*$",
    re.IGNORECASE,
)
# (a count of people: its noun or its verb follows, "12 weeks later" is no count)
_FLOW_NUMBER = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}(?=\s+(?:\([^()]{{0,80}}\)\s+)?"
    # (a part of the count before it: "80 started open-label LDN; 36 of them were
    # randomised", "40 responded and 36 of these agreed to randomisation")
    rf"(?:of\s+(?:them|these|those)\s+)?(?:(?:{_OR_MOD}|{_MOD}){{0,4}}"
    rf"(?:{_NOUNS})\b|(?:were|was|had|have|then|subsequently|later|also|per|each|in\s+each)\b|(?:{_STAGE_WORDS})))",
    re.IGNORECASE,
)


# ... or the study's own verb says the count's stage before it: "We enrolled 64 adults ...,
# of whom 60 were randomised" (64 is the enrolled, narrowed by the later stage)
_FLOW_WE_VERB = re.compile(
    r"\bwe\s+(?:then\s+|first\s+|initially\s+)?(?P<verb>enrol+ed|recruited|screened|"
    r"included|approached|assessed|identified)\s+(?:a\s+total\s+of\s+|all\s+)?$|"
    # ... or a protocol's planned acts, one after the other: "we will enrol up to 160 in
    # the open phase in order to randomise 64 responders", "and randomise 70 remitters"
    r"(?:\bwe\s+(?:will|shall|(?:plan|aim|intend|expect)\s+to)|\bin\s+order\s+to|,\s*to|"
    r"\band)\s+(?P<plan>enrol+|recruit|randomi[sz]e|screen)\s+(?:up\s+to\s+|about\s+|"
    r"approximately\s+|around\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_WE_VERB_STAGE = {
    "screened": 0,
    "approached": 0,
    "assessed": 0,
    "identified": 0,
    "screen": 0,
    "randomise": 3,
    "randomize": 3,
}


def _next_flow_head(text: str) -> int:
    """Where the clause of the next count of people begins in ``text`` (its length if none)."""
    for m in _FLOW_NUMBER.finditer(text):
        if _FLOW_BREAK.search(text[max(0, m.start() - 24) : m.start()]):
            return m.start()
    return len(text)


def _flow(s: Sentence) -> list[tuple[int, int, bool]]:
    """The sentence's counts of people with the flow stage each is said to reach, as
    (value, stage, per arm). A clause runs from its count to where the next count's
    clause begins; its stage is the first stage verb in it. A count per arm ("30 were
    randomly assigned to each group") is at its stage, but is not the whole of it."""
    text = s.text
    said_before: dict[int, int] = {}  # a head's start -> the stage its own verb before it says
    heads = []
    for m in _FLOW_NUMBER.finditer(text):
        we = _FLOW_WE_VERB.search(text, max(0, m.start() - 40), m.start())
        if we:
            act = we.group("verb") or we.group("plan")
            said_before[m.start()] = _WE_VERB_STAGE.get(act.lower(), 2)
        if (
            we
            or _FLOW_OPENER.match(text, 0, m.start())
            or _FLOW_BREAK.search(text[max(0, m.start() - 24) : m.start()])
        ):
            heads.append(m)
    out = []
    for i, m in enumerate(heads):
        value = words_to_int(m.group("num"))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        if value is not None and m.start() in said_before:
            each = _EACH_ARM_RX.search(text, m.end(), end) is not None
            out.append((value, said_before[m.start()], each))
            continue
        # "Of 212 screened, ...": the verb may come before the count's noun ends
        verb = _STAGE.search(text, m.end(), end)
        if value is None or verb is None:
            continue
        if _NOT_TAKEN_IN_AFTER.match(text[m.end() : m.end() + 60]):
            continue  # "7 lead-in responders were not randomised": no stage reached
        stage = next(k for k, _ in _STAGES if verb.group(f"s{k}"))
        # (said of this count, before any other number: "48 were randomised (24 per arm)"
        # is the whole)
        other = _ANY_NUMBER.search(text[m.end() : end])
        stop = m.end() + other.start() if other else end
        if stage in _TAKES_IN[:2]:
            # the same people taken on to randomisation in the same clause: "46 consented
            # and were randomised", "40 were enrolled and randomized" reached it
            later = _STAGE.search(text, verb.end(), stop)
            while later is not None and later.end() > later.start():
                if later.group("s3"):
                    stage = 3
                    break
                later = _STAGE.search(text, later.end(), stop)
        per_arm = _EACH_ARM_RX.search(text, m.end(), stop) is not None
        out.append((value, stage, per_arm))
    return out


_PLANNED_ACT = re.compile(r"\b(?:will|shall|plan(?:s|ned)?\s+to|aims?\s+to)\b", re.IGNORECASE)
_SEX_COUNT = re.compile(r"\b(?:women|men|females?|males?|girls|boys)\b", re.IGNORECASE)


def _one_funnel(found: list[Count]) -> list[Count]:
    """Counts at successive stages of one flow are not parts to add, and the count of
    the people only looked at or asked is not the sample once a later stage that takes
    people in is counted (the pool is at least as large as the later count)."""
    stages: dict[int, dict[int, tuple[int, bool]]] = {}  # sentence -> value -> stage, per arm
    for c in found:
        if c.sentence.index not in stages:
            heads = reversed(_flow(c.sentence))  # (the first said of a value wins)
            stages[c.sentence.index] = {v: (k, each) for v, k, each in heads}
    out: list[Count] = []
    narrowed: dict[tuple[int, int], Count] = {}  # the counts a dropped pool narrows to
    for c in found:
        flow = stages[c.sentence.index]
        if c.parts:
            # (arms may be told by different acts: "42 were randomised to X and 38
            # received Y"; a stage before allocation is the funnel's top)
            parts = {flow[p][0] for p in c.parts if p in flow}
            if len(parts) > 1 and min(parts) < 3:
                continue  # "53 consented and 48 were randomised" is not 101
            out.append(c)
            continue
        stage = flow[c.value][0] if c.value in flow else None
        # the latest stage that takes people in, counted smaller in the same sentence
        later = [
            (k, v) for v, (k, each) in flow.items() if k in _TAKES_IN and v < c.value and not each
        ]
        if stage is None or not later or stage >= max(later)[0]:
            out.append(c)
            continue
        # "Fifty-three patients consented and 48 were randomised": 48, however the later
        # count is said ("..., and 51 entered the trial", "..., of whom 44 were enrolled")
        k, v = max(later)
        s = c.sentence
        narrowed[(s.index, v)] = Count(v, 3 - _section_penalty(s) + (k == 3), s, s.text)
    have = {(c.sentence.index, c.value) for c in out if not c.parts}
    out += [c for key, c in narrowed.items() if key not in have]
    # ... and across sentences: a count taken in before randomisation (a lead-in, a run-in,
    # an enrolment) that a later sentence narrows to the people randomised as a whole ("131
    # began open-label LDN. Of the 49 who responded, 46 were randomised") is the funnel's
    # top, not the sample (a part of the randomised told in brackets or by sex, "(mean age
    # 41; 64 women) were assigned 48 per group", is not the whole randomised)
    randomised = [
        (c.sentence.index, c.value)
        for c in out
        if not c.parts
        and c.value in stages[c.sentence.index]
        and stages[c.sentence.index][c.value] == (3, False)
        and not _SEX_COUNT.search(c.span)
        and not _in_brackets(c.sentence.text, max(0, c.sentence.text.lower().find(c.span)))
        # (a trial in progress's accrual so far narrows no plan: "we will recruit 180 ...
        # As of January, 47 have been randomised")
        and not _accrual(c)
    ]
    return [
        c
        for c in out
        if c.parts
        or stages[c.sentence.index].get(c.value, (None, False))[0] not in _TAKES_IN[:2]
        or _PLANNED_ACT.search(c.sentence.text)
        or not any(i > c.sentence.index and v < c.value for i, v in randomised)
    ]


# a sentence framed by the people randomised: "Of 78 randomised participants (mean age 41),
# 71 were allocated to the retained arms and 66 completed"
_RANDOMISED_FRAME = Folded(
    rf"^\W*(?:of|among)\s+(?:the\s+|all\s+)?(?P<num>{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{RANDOMISED})\s+{_MOD}{{0,2}}(?:{_NOUNS})\b",
    re.IGNORECASE,
)


def _randomised_frame(found: list[Count]) -> list[Count]:
    """The people randomised, named as the frame of a results sentence of the study's own,
    are its sample: the counts the frame goes on to part them into (those allocated to the
    arms kept, those who completed) are parts of it, and it ranks above an arm's count said
    elsewhere (the people randomised to an arm later dropped)."""
    frames = {
        c.sentence.index: v
        for c in found
        if c.sentence.own
        and not (c.sentence.background or c.sentence.restated)
        and (m := _RANDOMISED_FRAME.match(c.sentence.text))
        and (v := words_to_int(m.group("num")))
    }
    if len(set(frames.values())) != 1:
        return found
    (index, whole), *_ = frames.items()
    s = next(c.sentence for c in found if c.sentence.index == index)
    kept = [c for c in found if c.parts or c.value >= whole or c.sentence.index != index]
    return [*kept, Count(whole, 5 - _section_penalty(s), s, s.text)]


# A count right after a trial the roles blanked as another study's, joined to it as its
# size: "a definitive trial [of approximately] 300 women will follow", "a future RCT [in]
# 200 patients", "the confirmatory trial [would need] 320 participants"
_SIZE_OF_BLANKED = re.compile(
    r"(?P<gap>\s{3,})(?:of|in|with|among|involving|enrol+ing|recruiting|including|"
    r"comprising|(?:will|would|shall|should|must|could|may|might)\s+(?:need|require|enrol+|"
    r"recruit|include|randomi[sz]e|take)|needs|requires|needing|requiring)\s+"
    rf"{_APPROX}$",
    re.IGNORECASE,
)


def _other_work(s: Sentence, start: int) -> bool:
    """The count sits in a clause or phrase the roles say is about another study
    ("trials with at least 100 participants are needed", "a previous trial of 12"), or
    is the size given to a later trial the roles blanked ("a definitive trial of 300
    women will follow": that trial's plan, not this study's)."""
    if s.masked[start : start + 1] != s.text[start : start + 1]:
        return True
    if s.masked == s.text:
        return False
    lo = max(0, start - 60)
    m = _SIZE_OF_BLANKED.search(s.masked[lo:start])
    if m is None:
        return False
    a, b = lo + m.start("gap"), lo + m.end("gap")
    # the blank is a phrase the roles took out (the text there had words), ending right
    # where the joining words begin; the words taken out name a later trial
    gone = s.text[a:b]
    if not gone.strip():
        return False
    k, floor = a, max(0, a - 120)
    while k > floor and s.masked[k - 1] == " ":
        k -= 1
    return roles.later_trial(s.text[k:b])


def _pooled(text: str, start: int, end: int) -> bool:
    """The count is the pool a study chose from (screened, invited), not whom it enrolled.

    The words after the count, up to the clause end, name screening before any
    enrolment verb: "22 adults were screened and 15 enrolled" -> 22 is the pool; "60
    were enrolled after being screened" and "we enrolled 40 screened adults" are not.
    """
    after = text[end : end + 80]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    # (nor past the next count's clause: "64 were randomised after 212 were assessed for
    # eligibility" screens the 212, not the 64)
    clause = clause[: _next_flow_head(clause)]
    pool = _POOL.search(clause)
    if pool is None:
        return False
    enrol = _ENROL.search(clause)
    if enrol is not None and enrol.start() < pool.start():
        return False
    return not _ENROL.search(text[max(0, start - 25) : start])


def _of_pool(text: str, start: int, end: int) -> bool:
    """ "Of 118 patients assessed, ...": the count opens an "Of N ...," clause naming a pool."""
    if not _OF_FRAME.search(text[max(0, start - 12) : start]):
        return False
    after = text[end : end + 80]
    stop = _CLAUSE_END.search(after)
    clause = text[start:end] + (after[: stop.start()] if stop else after)  # with modifiers
    return _OF_POOL.search(clause) is not None and _ENROLLED.search(clause) is None


# "Of/Among N <people>, M ...": N is the pool when M were then selected from it ("Of 61
# who received psilocybin, 44 responded and were randomized"; "Of 148 randomised, 61 had
# a score of 10 or more and were included"), the total when the N were themselves
# enrolled and M is what became of them ("Among 62 randomized participants, 55
# completed")
_SUBSET_FRAME = Folded(
    r"(?:^|[;:(,]\s*|\.\s+)(?:of|among)\s+(?:the\s+|all\s+|these\s+)?$", re.IGNORECASE
)
# ... or says the group they were drawn from: "From a cohort of 230 outpatients, 46 were
# randomised", "Out of 212 referrals, 44 were enrolled" (the wider group is where the
# study found its people, not its sample, and the two never add up)
_DRAWN_FROM_FRAME = re.compile(
    r"(?:^|[;:(,]\s*|\.\s+)(?:out\s+of|(?:drawn\s+)?from\s+(?:a|an|the|our|this)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:cohort|pool|sample|group|population|registry|series|panel|"
    r"database|list|total)\s+of)\s+(?:the\s+|all\s+|these\s+)?$",
    re.IGNORECASE,
)


def _framed(text: str, start: int) -> bool:
    """Whether the count at ``start`` opens an "Of/Among/From a cohort of N ..." frame."""
    return bool(
        _SUBSET_FRAME.search(text[max(0, start - 14) : start])
        or _DRAWN_FROM_FRAME.search(text[max(0, start - 70) : start])
    )


_SELECTED_AFTER = re.compile(
    rf"^[^,;]*?,\s*(?:\w+\s+)?{NUMBER}\b(?:[^.;]|\.\d){{0,200}}?\b(?:met\s+(?:the\s+|all\s+)?"
    # (qualifying may end the sift: "Of 702 respondents, 612 met inclusion criteria.")
    r"(?:inclusion|eligibility)\s+criteria(?:\s*\([^()]{0,160}\))?\s+and|met\s+(?:the\s+|all\s+)?"
    r"(?:inclusion|eligibility)\s+criteria(?=(?:\s*\([^()]{0,160}\))?\s*[.;])|randomi[sz]ed|enrol+ed|"
    r"included(?!\s+in\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+){0,2}analys)|allocated|assigned|"
    r"recruited)\b",
    re.IGNORECASE,
)
_RANDOMISED_AFTER = Folded(
    r"^[^.;,]{0,40}?\b(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly)\b",
    re.IGNORECASE,
)
# people said not to have been taken in: "7 lead-in responders were not randomised", "the
# 12 who declined were not enrolled" (the sample is the others)
_NOT_TAKEN_IN_AFTER = Folded(
    r"^[^.;,()]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:not|never)\s+(?:\w+\s+)?"
    r"(?:randomi[sz]ed|randomly|enrol+ed|included|allocated|recruited)\b",
    re.IGNORECASE,
)
# a count told as "N =" and its stage word alone, in a flow's brackets: "(N = 43
# randomised: 22 vs 21)", "(n = 60 randomized)" (not one arm's, "n = 24 randomised to
# placebo"; nor a noun's phrase, "60 participants randomised equally")
_N_EQUALS = re.compile(r"[nN]\s*=\s*\d")
_BARE_RANDOMISED_AFTER = re.compile(
    r"^\s*randomi[sz]ed\b(?!\s+(?:to|into|in|per|each)\b)", re.IGNORECASE
)
_ENROLLED_MODS = re.compile(r"\b(?:randomi[sz]ed|enrol+ed|allocated|recruited|included)\b", re.I)
_AMONG = re.compile(r"\b(?:among|across|of)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_TAKEN_IN_MODS = re.compile(
    r"\b(?:randomi[sz]ed|randomly|enrol+ed|allocated|assigned|recruited|included)\b", re.I
)
# ... or by the act said after the noun: "among the 72 participants randomised"
_TAKEN_IN_AFTER_NOUN = re.compile(
    r"^\s+(?:who\s+(?:were|had\s+been)\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|"
    r"enrol+ed|allocated|recruited|included)\b(?!\s+(?:to|into|in)\b)",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"^\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)")
# ... nor is the sample's make-up, told as who some of them were: "Mean age was 44 years;
# 39 participants were women", "12 patients were men"
_MAKE_UP_AFTER = re.compile(
    r"^\s*(?:were|was)\s+(?:women|men|female|male|girls|boys|white|black|smokers)\b", re.I
)
# (two words may describe them first: "Thirty adults with MDD completed both periods")
_COMPLETED_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:\w+\s+){0,2}?(?:completed|finished|"
    # ... or were analysed: "740 respondents were analysed" (after duplicates were removed)
    # is the sample when nothing else states it
    r"(?:were|was)\s+analy[sz]ed|"
    # ... or came to the last visit: "Fifty-one participants attended the week-10 visit"
    r"attended\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:visit|assessment|follow[\s\-]?up))\b",
    re.I,
)


def _subset_frame(text: str, start: int, end: int, mods: str) -> str | None:
    """ "pool", "total" or None for a count opening an "Of/Among N ..., M ..." frame."""
    if not _framed(text, start):
        # inside a results clause the people it is "among" are the whole sample when
        # they are named by the act that took them in: "response rates were 19% and
        # 43% among 84 randomised outpatients" (not "among 30 women": a part of it)
        if _AMONG.search(text[max(0, start - 12) : start]) and (
            _TAKEN_IN_MODS.search(mods) or _TAKEN_IN_AFTER_NOUN.match(text[end : end + 40])
        ):
            return "total"
        return None
    if _SELECTED_AFTER.match(text[end : end + 320]):
        return "pool"
    if _parts_in_brackets_sum(text, start, end):
        return "total"  # "Among 143 patients (1.5 mg, n = 58; 4.5 mg, n = 85), ..."
    # "Of the 48 randomized participants, ...", "Of the 48 participants randomized, ..."
    tail = text[end : end + 60].split(",", 1)[0]
    return "total" if _ENROLLED_MODS.search(f"{mods} {tail}") else None


_BRACKETS_AFTER = re.compile(r"\s*\((?P<parts>[^()]{3,80})\)")
_NUMBER_AT = re.compile(NUMBER, re.IGNORECASE)


def _parts_in_brackets_sum(text: str, start: int, end: int) -> bool:
    """The brackets right after the count hold the counts of its groups, two or more, and
    they add up to it: the frame is everyone, told with its groups."""
    brackets = _BRACKETS_AFTER.match(text, end)
    number = _NUMBER_AT.match(text, start)
    if brackets is None or number is None:
        return False
    value = words_to_int(number.group(0))
    return value is not None and value > 0 and _groups_add_up(brackets.group("parts"), value)


def _groups_add_up(groups: str, value: int) -> bool:
    """Two or more group counts in ``groups`` ("LDN n = 29; placebo n = 28", "1.5 mg, n = 58;
    4.5 mg, n = 85") that add up to ``value``."""
    parts = [int(a) for a in _ARM_COUNT.findall(groups)]
    return len(parts) >= 2 and sum(parts) == value


# A follow-up of people who took part in an earlier trial asks them again: the people
# invited, contacted or approached are its pool, those who then took part its sample
# ("All 38 participants of the trial were invited ...; 22 (58%) took part"). The pool is
# the count whose own verb is the invitation (the first "were/was <verb>" after it) ...
_INVITED_AFTER = re.compile(
    r"^(?:[^.;]|\.\d){0,200}?\b(?:were|was)\s+(?:all\s+|then\s+|later\s+|again\s+|subsequently\s+)?"
    r"(?P<verb>\w+(?:-\w+)?)",
    re.IGNORECASE,
)
_INVITATION_VERB = re.compile(
    r"^(?:invited|contacted|re-?contacted|approached|re-?approached|asked|mailed|e-?mailed|"
    r"telephoned|called|traced|sought)$",
    re.IGNORECASE,
)
# ... and the sample the count of those who answered it, told as a share of the pool:
# "took part", "participated", "agreed to be interviewed", "were reached", "provided
# follow-up data", "completed the follow-up assessment" (not "completed the trial")
_TOOK_PART_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*)?(?:\w+\s+){0,2}?(?:took\s+part|participated|"
    r"agreed|consented|responded|replied|(?:were|was)\s+(?:successfully\s+)?(?:reached|traced|"
    r"interviewed|re-?assessed|re-?examined|followed\s+up)|provided\s+(?:\w+\s+){0,2}?"
    r"(?:data|information|assessments?|ratings?|interviews?)|completed\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+){0,2}?(?:follow[\s\-]?up|interview|questionnaire|survey|re-?assessment|"
    r"assessment|visit))\b",
    re.IGNORECASE,
)


# searched in every record's whole text: folded, so its words are looked for with ``in``
# first (fastre's prefilter) instead of a case-insensitive scan of the text
_INVITATION_HINT = Folded(
    r"invited|contacted|approached|asked|mailed|telephoned|called|traced|sought"
)


def _invitation_pool(text: str, end: int) -> bool:
    """The count's own verb is an invitation ("38 participants ... were invited")."""
    m = _INVITED_AFTER.match(text[end:])
    return m is not None and _INVITATION_VERB.match(m.group("verb")) is not None


# ... or the invitation said in the active voice with no count of its own, the people
# named by the trial they were in ("We contacted the participants of the 2017 pilot", "we
# re-approached the adults of our earlier trial"), its sample then counted as a share of
# that trial's people ("Ten of the 12 randomised patients agreed to an interview")
_WE_INVITED = Folded(
    r"\bwe\s+(?:then\s+|later\s+)?(?:re-?)?(?:invited|contacted|approached|traced|"
    r"telephoned)\b",
    re.IGNORECASE,
)
# the share of a pool that took part, said before the pool's count: "Ten of the",
# "31 (65%) of the"
_SHARE_OF_BEFORE = re.compile(
    rf"\b(?P<k>{NUMBER})\s+(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s+)?of\s+(?:the|all|these|those)\s+$",
    re.IGNORECASE,
)


def _share_that_took_part(text: str, start: int, end: int) -> int | None:
    """The share of the pool counted at [start, end) that took part ("Ten of the 12
    randomised patients agreed ..."): that share's size, else None."""
    k = _SHARE_OF_BEFORE.search(text, max(0, start - 40), start)
    if k is None or _TOOK_PART_AFTER.match(text[end:]) is None:
        return None
    return words_to_int(k.group("k"))


def _followed_up(doc: Doc) -> bool:
    """The record counts people it invited and then those who took part (each in its
    own sentence or clause): an invitation, whose pool is not its sample."""
    if not _INVITATION_HINT.search(doc.text):
        return False  # (a fast first look: every invitation says one of these)
    pool = joined = False
    for s in doc.sentences:
        if s.background or not _ANY_NUMBER.search(s.text):
            continue
        for m in _COUNT.finditer(s.text):
            pool = pool or _invitation_pool(s.text, m.end())
            joined = joined or _TOOK_PART_AFTER.match(s.text[m.end() :]) is not None
    if pool and joined:
        return True
    # the active invitation, then a share of the trial's people that took part
    return any(not s.background and _WE_INVITED.search(s.text) for s in doc.sentences) and any(
        _share_that_took_part(s.text, m.start(), m.end()) is not None
        for s in doc.sentences
        if not s.background and _ANY_NUMBER.search(s.text)
        for m in _COUNT.finditer(s.text)
    )


def _score(
    s: Sentence,
    start: int,
    end: int,
    mods: str = "",
    *,
    survey: bool = False,
    invitation: bool = False,
) -> int | None:
    """Plausibility of a count as the enrolled total; None rules it out. ``invitation``:
    the record asked people to take part again (``_followed_up``)."""
    text = s.text
    before, after = text[max(0, start - 30) : start], text[end : end + 60]
    answered = (survey and _ANSWERED.match(after) is not None) or (
        invitation and _TOOK_PART_AFTER.match(after) is not None
    )
    if invitation and _invitation_pool(text, end):
        return None  # the people asked, not those who took part
    if _NOT_TAKEN_IN_AFTER.match(after):
        return None  # "7 lead-in responders were not randomised": left out of the sample
    everyone = _ALL_BEFORE.search(text[:start]) is not None
    frame = _subset_frame(text, start, end, mods)
    if frame == "pool" or (
        _NEG_MODS.search(mods)
        and not _eligible_taken(mods, after, answered=answered, before=before)
    ):
        return None
    if (
        _NEG_BEFORE.search(before)
        and frame != "total"
        and not _UNITS_IN_PEOPLE.search(text, max(0, start - 60), start)
    ):
        return None
    if _EXTERNAL_BEFORE.search(text[max(0, start - 60) : start]):
        return None  # "a matched historical cohort (n = 40)": not the study's people
    if _EARLIER_STUDY_OF.search(text[max(0, start - 60) : start]):
        return None  # "our previous trial of 120 patients": that trial's size
    if _parent_pool(text, start, end):
        return None  # the parent trial's people, a part of whom the report takes
    if _records_pool(text, start, end):
        return None
    if _SHARE_AFTER.match(after) and not answered:
        return None  # "15 women (45%) met response criteria": a share of the sample
    if _MAKE_UP_AFTER.match(after):
        return None  # "39 participants were women": a part of the sample, described
    # "Eighteen patients completed the 8-week protocol": the completers, taken only when
    # nothing else states the sample (CONTRACT.md "n")
    completers = _COMPLETED_AFTER.match(after) is not None and not (
        answered or everyone or _described_then_taken(text, end)
    )
    # (in a survey, "212 psychiatrists who reported prescribing X": the practice that made
    # them eligible, not an event a part of the sample reported)
    practice = (
        survey and _REPORTED_PRACTICE.match(after) is not None
    ) or _REPORTED_DIAGNOSIS.match(after) is not None
    # (a relative clause tells who they were before the study took them in: "24 participants
    # who remained depressed after 8 weeks of escitalopram received naltrexone")
    described = _described_then_taken(text, end)
    if (
        _NEG_AFTER.search(after)
        and not (answered or everyone or completers or practice or described)
    ) or _PER_ARM.search(after):
        return None
    if _pooled(text, start, end) or _other_work(s, start):
        return None
    if _of_pool(text, start, end) or _COUNT_BOUND.search(before):
        return None
    if _SCHEDULE_BEFORE.search(before) or (
        _WHEN_BEFORE.search(before)
        and _INTERIM_LOOK.search(text)
        and _LOOK_PLANNED.search(text)
        and not _STOPPED_AT_LOOK.search(text)
    ):
        return None  # "updated every 40 participants": when the design acts, not whom
    if _RATE_AFTER.match(after):
        return None  # "about 20 patients per year": a pace of recruitment, not a size
    if completers:
        return 1 - _section_penalty(s)
    score = 1
    if _ENROL.search(text) or answered:
        score += 2
    bare = _N_EQUALS.match(text, start, end) and _BARE_RANDOMISED_AFTER.match(after)
    if (_RANDOMISED_AFTER.match(after) or bare) and not _breakdown(text, start):
        score += 1  # an RCT's n is whom it randomised, not whom it enrolled or screened
    # (a total word of another clause totals nothing here: "X did not differ overall; in
    # the 61 participants with ..." is a subgroup)
    lo = max(0, start - 20)
    lo = max(lo, text.rfind(";", lo, start) + 1)
    # (nor does one outside the bracket the count stands in: "50 evaluable periods in
    # total (two participants contributed one period only)" totals the periods)
    opened = text.rfind("(", lo, start)
    if opened >= 0 and text.find(")", opened, start) < 0:
        lo = opened + 1
    hi = end + 12
    semi = text.find(";", end, hi)
    if _TOTAL.search(text[lo : hi if semi < 0 else semi]) or everyone:
        score += 3
    elif _FUNNEL_END_BEFORE.search(before):
        # the end of a matching or selection ("..., giving 19 520 individuals"): taken in,
        # and after the pool it was drawn from
        score = max(score, 3) + 1
    elif _ON_MEDICINE_AFTER.match(after) and not _ALLOC_VERB.search(text):
        # "Fifty-one participants were taking one of the permitted pain medicines": the
        # part of the sample on a medicine, in a sentence that takes nobody in
        score -= 2
    return score - _section_penalty(s)


# the people a count names described by a medicine they were on: "were taking one of the
# permitted pain medicines", "were on an SSRI", "were using duloxetine"
_ON_MEDICINE_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:were|was)\s+(?:already\s+|still\s+)?(?:taking|on|using|"
    r"prescribed)\s",
    re.IGNORECASE,
)


# a count said as a pace: "20 patients per year", "8 a month", "15/month", "40 annually"
_RATE_AFTER = re.compile(
    r"\s*(?:(?:per|a|an|each|every)\s+(?:calendar\s+)?(?:year|month|week|day|annum|quarter)\b|"
    r"/\s*(?:year|month|week|day|yr|mo|wk)\b|annually\b|monthly\b|weekly\b)",
    re.IGNORECASE,
)


# a later cohort sized after the first one: "a second cohort of 15", "the next cohort of
# twelve", "a further group of 10"
_NEXT_COHORT = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|next|further|subsequent|later)\s+(?:cohort|group)\s+"
    rf"of\s+(?P<num>{NUMBER}){_NOT_PCT}\b(?!\s*(?:mg|%|weeks?|days?|months?|years?)\b)",
    re.IGNORECASE,
)


# the people a protocol's count names are those it will randomise, said right after them
# ("120 responders (>=50% reduction), who will be randomised 1:1:1")
_TO_BE_RANDOMISED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:who|which|that)\s+(?:will|would|are\s+to)\s+(?:then\s+)?"
    r"be\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b",
    re.IGNORECASE,
)


# a count named as what a matching or a selection came to, after the pool it started from
# ("matched 1:4 to non-initiators (n = 15 616), giving 19 520 individuals included in the
# analysis", "..., yielding 840 adults", "..., resulting in a cohort of 1,212 patients")
_FUNNEL_END_BEFORE = re.compile(
    r"(?:,|\band)\s+(?:thus\s+|which\s+)?(?:giving|gives|gave|yielding|yielded|resulting\s+in|"
    r"leaving)\s+"
    r"(?:a\s+(?:final\s+|matched\s+|total\s+)?(?:cohort|sample|total|population)\s+of\s+)?$",
    re.IGNORECASE,
)


# a comparison group from outside the study, sized in brackets
_EXTERNAL_BEFORE = re.compile(
    rf"\b(?:{_OUTSIDE})\s+(?:[\w\-]+\s+){{0,3}}?(?:controls?|"
    r"cohorts?|comparators?|comparison\s+(?:group|cohort)|groups?|samples?|series)\s*[(\[]\s*$",
    re.IGNORECASE,
)
# the trial a part is taken from, named as owning the count ("Of the trial's 174 ...") ...
_TRIALS_POOL_BEFORE = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:parent|main|original|primary)\s+)?(?:trial|study|RCT)['’]s\s+$",
    re.IGNORECASE,
)
# ... and the part named next: ", those taking ...", ", the 54 who ...", ", 54 were ..."
_PART_TAKEN_AFTER = re.compile(
    r"^[^.;]{0,40}?,\s*(?:only\s+)?(?:those|the\s+\w+\s+(?:who|whose|with|taking)|\d+)\b",
    re.IGNORECASE,
)


def _parent_pool(text: str, start: int, end: int) -> bool:
    """The count at [start, end) is the parent trial's people a part is taken from: "Of
    the trial's 174 randomised participants, those taking an SNRI were analysed"."""
    return (
        _TRIALS_POOL_BEFORE.search(text, max(0, start - 30), start) is not None
        and _PART_TAKEN_AFTER.match(text[end : end + 60]) is not None
    )


# the size of an earlier study the sentence cites: "our previous trial of 120", "an earlier
# pilot in 30 adults", "a prior study (n = 44)"
_EARLIER_STUDY_OF = re.compile(
    r"\b(?:earlier|previous|prior|preceding|published|past)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|trials?|pilots?|RCTs?|series|cohorts?)\s*(?:(?:of|in|with|among|involving|"
    r"enrol+ing)\s+(?:only\s+|just\s+|about\s+|approximately\s+)?|[(\[]\s*)$",
    re.IGNORECASE,
)
# a chart review's records looked at, then the patients it kept: "we reviewed the records
# of 92 adults ...; the 76 with a follow-up visit were included"
_RECORDS_OF = re.compile(
    r"\b(?:records|charts|files|notes|case notes|registers?|databases?)\s+of\s+(?:all\s+)?$",
    re.IGNORECASE,
)
_LATER_INCLUDED = Folded(
    rf"^(?:[^.]|\.\d){{0,160}}?(?:[;,]|\band\b)[^.;]{{0,40}}?\b{NUMBER}\b(?:[^.;]|\.\d){{0,120}}?\b"
    r"(?:(?:were|was)\s+"
    r"included(?!\s+in\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+){0,2}?analys)|met\s+(?:the\s+|all\s+)?"
    r"(?:inclusion|eligibility)\s+criteria)\b",
    re.IGNORECASE,
)


def _records_pool(text: str, start: int, end: int) -> bool:
    """The records a review looked at are a pool when the sentence then says how many of
    them it included (CONTRACT.md: enrolled or included, never those screened)."""
    return (
        _RECORDS_OF.search(text[max(0, start - 30) : start]) is not None
        and _LATER_INCLUDED.search(text[end:]) is not None
    )


def _in_brackets(text: str, start: int) -> bool:
    """The position sits inside a bracket opened before it and not yet closed."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and text.rfind(")", 0, start) < opened


def _counted_head(text: str, start: int) -> bool:
    """The position sits in brackets right after a count of people, which they describe."""
    return (
        _in_brackets(text, start) and _COUNT.search(text[: text.rfind("(", 0, start)]) is not None
    )


def _breakdown(text: str, start: int) -> bool:
    """The count sits in brackets after a count of people: "72 adults (SSRI, n=40; SNRI,
    n=32) were randomised", "Forty patients (mean age 70; 24 women) were randomised". The
    bracket describes the head count; the verb after it is the head's, not the part's.
    A bracket that lists parts, each with its label ("continuing an antidepressant (SSRI
    n=56, SNRI n=20, bupropion n=16) were randomised"), breaks down its head even when the
    head is not counted."""
    if not _in_brackets(text, start):
        return False
    if _counted_head(text, start):
        return True
    opened = text.rfind("(", 0, start)
    closed = text.find(")", start)
    inner = text[opened + 1 : closed if closed >= 0 else len(text)]
    parts = [_ARM_PART.match(x) for x in re.split(r"[,;]|\band\b", inner)]
    labelled = [
        p for p in parts if p and (p.group("label") or p.group("label2") or "").lower() != "n"
    ]
    return len(labelled) >= 2


# what follows a colon or a dash lays out what came before it: "90 were included: 30 users
# and 60 controls", "90 were included - 30 users and 60 controls"
_LAYS_OUT = re.compile(
    r":\s|\s[\-–—]\s|"
    # a part of the head named first: "86 patients, 43 of whom took X, and 43 matched
    # patients", "120 adults, including 40 users and 80 matched non-users"
    r"\b(?:of|among)\s+(?:whom|them|these)\b|\bincluding\b",
    re.I,
)


def _laid_out(text: str, head_end: int, pos: int) -> bool:
    """The count at ``pos`` breaks down the head count ending at ``head_end``: it sits in
    brackets opened after the head, after a colon or dash that follows the head, or
    after a part of the head ("43 of whom")."""
    if _in_brackets(text, pos) and text.rfind("(", 0, pos) >= head_end:
        return True
    return _LAYS_OUT.search(text, head_end, pos) is not None


def _section_penalty(s: Sentence) -> int:
    """Background describes other studies; conclusions restate or call for new ones."""
    if s.background or s.restated:
        return 5
    if s.in_conclusion:
        return 2
    return 0


# a bound the people are selected by is not how many they are: an age ("Thirty adults aged
# over 60 with MDD were randomised" is 30, "patients over 65 with MDD", "women older than
# 50 who ..."), a score or a weight ("adults scoring above 55 who had MDD", "weighing under
# 90 who"): the bound's own words, or "over" after a word that is not a clause's frame
# ("28 over 65 with MDD were randomised" is not 65; "Of 200 screened, over 60 were
# randomised" keeps its count)
_BOUND_BEFORE = re.compile(
    r"(?:\baged?|\bages|\bage\s+of|\b(?:older|younger)\s+than|\b(?:above|under|below|exceeding)|"
    r"\b(?!(?:of|and|in|total|then|whom|which|that|but)\b)[\w\-]+\s+over)"
    r"\s+(?:over\s+|above\s+|under\s+|below\s+)?$",
    re.IGNORECASE,
)


# a calendar year is never a count of people, wherever it stands: "Between 2019 and 2023
# we recruited adults", "From March 2020 to 2022 patients ...", "Since 2018, ...", "In
# 2021 we enrolled", "(2019-2023)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR_BEFORE = re.compile(
    rf"(?:\b(?:since|during|until|till|between|from|early|late|mid|(?:{_MONTH})(?:\s+\d{{1,2}},?)?)"
    rf"[\s\-]+|\b{_YEAR}\s*(?:and|to|through|until|[-–—/])\s*)$",
    re.IGNORECASE,
)
_IN_YEAR_BEFORE = re.compile(r"\b(?:in|by|before|after|of)\s+$", re.IGNORECASE)
# a year range goes on after it ("2019-2023", "2019 to 2023"); a clause goes on after a
# year said with "in" ("In 2021, ...", "in 2021 we enrolled")
_YEAR_RANGE_AFTER = re.compile(
    rf"^(?:\s*[-–—/]\s*(?:{_YEAR}|\d\d)\b|\s+(?:and|to|through|until)\s+{_YEAR}\b)",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(
    r"^(?:\s*[,;)]|\s+(?:we|they|our|their|the|a|an|all|this|these|those|there|it)\b)",
    re.IGNORECASE,
)


def _a_year(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a calendar year by what stands around it
    (a year-shaped number with no year words near it, "2023 adults", may still count)."""
    if not re.fullmatch(_YEAR, text[start:end]):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if _YEAR_BEFORE.search(before) or _YEAR_RANGE_AFTER.match(after):
        return True
    return _CLAUSE_AFTER.match(after) is not None and (
        _IN_YEAR_BEFORE.search(before) is not None or not before.strip()
    )


def _bare_counts(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BARE``, where "Of 61 who began X, 34 ... were randomised" is 34:
    the count that opens an "Of N ..., M" frame is the pool, and the search goes on from
    it rather than past the whole frame. A bound ("aged over 60 with MDD", "scoring above
    55 who") is skipped the same way: the people it bounds are counted elsewhere."""
    pos = 0
    while (m := _BARE.search(text, pos)) is not None:
        if _subset_frame(text, m.start(), m.end("num"), "") == "pool" or _BOUND_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            pos = m.end("num")
            continue
        yield m
        pos = m.end()


# Session 35, round 91: the people a cohort study kept, said as what they formed, their
# noun left out or qualified ("312 with a recorded depressive episode formed the analytic
# cohort", "the remaining 840 made up the study cohort", "1,212 constituted the final
# sample", "Of these, 95 formed the study population", "leaving 430 who formed the final
# cohort"): whom the study took in (CONTRACT.md "n": included), not its pool (an analysis
# set is left to the counts of who was analysed)
_FORMED_SAMPLE = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:[\w\-]+\s+){{0,2}}?(?:with|who|whose|having|"
    r"meeting|eligible)\b[^.;]{0,120}?\s+)?(?:formed|made\s+up|constituted|form|make\s+up|"
    r"constitute)\s+(?:the|our|this)\s+(?:(?:final|analytic(?:al)?|study|eligible|retrospective|"
    r"matched|exposed|primary)\s+){0,3}(?:cohort|sample|population)\b",
    re.IGNORECASE,
)


def _shapes_without_noun(
    s: Sentence,
    doc: Doc,
    arms_memo: dict[str, int | None],
    *,
    survey: bool = False,
    planned: bool = False,
) -> list[Count]:
    """ "60 were randomized", "Forty-one of 45 participants completed" (45), per-arm
    counts ("32 participants per arm", "(18 per group)") times the number of arms, and
    in a survey "412 (34.2%) completed the survey"."""
    out: list[Count] = []
    low = s.text.lower()
    if survey and ("survey" in low or "questionnaire" in low):
        for m in _BARE_ANSWERED.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _NEG_BEFORE.search(s.text[max(0, m.start() - 30) : m.start()]):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if not survey:
        for m in _POOL_THEN_QUALIFIED.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 2 - _section_penalty(s), s, m.group(0)))
        for m in _SCREENED_THEN_STARTED.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if survey and "respondents" in low:
        for m in _OF_RESPONDENTS.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 2 - _section_penalty(s), s, m.group(0)))
    if survey:
        for m in _BARE_ANSWERED_MORE.finditer(s.text):
            value = words_to_int(next(g for g in m.group("num", "num2", "num3") if g))
            before = s.text[max(0, m.start() - 30) : m.start()]
            if value and not (_NEG_BEFORE.search(before) or _other_work(s, m.start())):
                # (who qualified ranks below who answered or was analysed: "512 met the
                # criteria; 455 completed the survey and were analysed" is 455)
                score = 2 if _QUALIFIED.search(m.group(0)) else 3
                out.append(Count(value, score - _section_penalty(s), s, m.group(0)))
    if (
        " were " in low
        or " was " in low
        or " been " in low
        or " be " in low
        or " entered " in low
        or "enrolled and " in low
        or " met " in low
    ):
        for m in _bare_counts(s.text):
            value = words_to_int(m.group("num"))
            if not value or _RANGE_END.search(s.text[max(0, m.start() - 10) : m.start()]):
                continue
            if _COUNT_BOUND.search(s.text[max(0, m.start() - 30) : m.start()]):
                continue  # "a score of at least 20 were randomized": a threshold
            if _per_arm_after(s.text, m.end()):
                continue  # "18 were randomised to each dose": one arm's size (_PER_ARM_COUNT)
            if 1900 <= value <= 2100 and "," not in m.group("num"):
                continue  # a year
            if _pooled(s.text, m.start(), m.end()):
                continue
            if not _NEG_BEFORE.search(s.text[max(0, m.start() - 30) : m.start()]):
                score = 3 - _section_penalty(s)  # the verb itself is the enrolment cue
                # randomised beats enrolled, however it is said ("were randomly assigned")
                score += _RANDOMISED_VERB.search(m.group(0)) is not None
                out.append(Count(value, score, s, m.group(0)))
    if "form" in low or "made up" in low or "make up" in low or "constitut" in low:
        for m in _FORMED_SAMPLE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if not value or (1900 <= value <= 2100 and "," not in m.group("num")):
                continue
            before = s.text[max(0, m.start() - 30) : m.start()]
            if _NEG_BEFORE.search(before) or _other_work(s, m.start("num")):
                continue
            if _pooled(s.text, m.start(), m.end()):
                continue
            out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if "randomi" in low or "enrol" in low or "dosed" in low:
        for m in _BARE_PARTICIPLE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if not value or (1900 <= value <= 2100 and "," not in m.group("num")):
                continue
            before = s.text[max(0, m.start() - 30) : m.start()]
            if _RANGE_END.search(before[-10:]) or _NEG_BEFORE.search(before):
                continue
            if m.group("to_all") and _COUNT_BOUND.search(before):
                continue  # "adults with PHQ-9 >= 10 randomized to X or placebo": a threshold
            if _other_work(s, m.start()) or _pooled(s.text, m.start(), m.end()):
                continue
            score = (
                3
                - _section_penalty(s)
                + (
                    "randomi"
                    in (m.group("verb") or m.group("noun_verb") or m.group("to_all") or "")
                )
            )
            out.append(Count(value, score, s, m.group(0)))
    if "the " in low or "all " in low:
        for m in _DETERMINED_PARTICIPLE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if not value or (1900 <= value <= 2100 and "," not in m.group("num")):
                continue
            if _other_work(s, m.start("num")) or _pooled(s.text, m.start(), m.end()):
                continue
            score = 3 - _section_penalty(s) + ("random" in m.group("verb").lower())
            out.append(Count(value, score, s, m.group(0)))
    if "randomi" in low and " to " in low:
        for m in _ON_TO_RANDOM.finditer(s.text):
            value = words_to_int(m.group("num"))
            before = s.text[max(0, m.start() - 30) : m.start()]
            if not value or _RANGE_END.search(before[-10:]) or _NEG_BEFORE.search(before):
                continue
            if _other_work(s, m.start("num")) or _pooled(s.text, m.start(), m.end()):
                continue
            out.append(Count(value, 4 - _section_penalty(s), s, m.group(0)))
    if "stopped" in low or "terminated" in low or "halted" in low or "closed" in low:
        for m in _STOPPED_AT.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if "we " in low or " and " in low:
        for m in _VERB_COUNT.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                score = 3 - _section_penalty(s) + ("randomi" in m.group("verb").lower())
                out.append(Count(value, score, s, m.group(0)))
    if "screen" in low or "approach" in low or "invit" in low or "contact" in low:
        for m in _SCREEN_TO_TAKE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                score = 3 - _section_penalty(s) + ("randomi" in m.group("verb").lower())
                out.append(Count(value, score + 1, s, m.group(0)))
    # (the steps joined by commas alone as well: "112 screened, 45 randomised (15 per arm)")
    if " form" in low or "constitut" in low or " made up " in low or " make up " in low:
        # (the count nearest the clause that names it: "Of 1,046 ..., 212 received ...;
        # they form" is 212, whichever count the match could start from)
        formed = list(_starting_anywhere(_COUNT_FORMS_SAMPLE, s.text))
        if formed:
            m = formed[-1]
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 5 - _section_penalty(s), s, m.group(0)))
    if " and " in low or "," in low:
        for m in _ELLIPTIC.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _RANGE_END.search(s.text[max(0, m.start() - 10) : m.start()]):
                score = 3 - _section_penalty(s) + bool(_RANDOMISED_VERB.search(m.group(0)))
                out.append(Count(value, score, s, m.group(0)))
    if " and " in low or "," in low or ";" in low:
        for m in _INVITED_THEN_TOOK_PART.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _RANDOMISED_COUNT_AFTER.search(s.text, m.end()):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if ("randomi" in low or "enrol" in low or "allocat" in low) and (
        " and " in low or "," in low or ";" in low
    ):
        for m in _FLOW_LAST.finditer(s.text):
            value = words_to_int(m.group("num"))
            # (not one arm's: "; 18 were randomised to each dose")
            if (
                value
                and not _RANGE_END.search(s.text[max(0, m.start("num") - 10) : m.start("num")])
                and not _per_arm_after(s.text, m.end("num"))
            ):
                out.append(Count(value, 4 - _section_penalty(s), s, m.group(0)))
    if "%" in low or "per" in low:
        for m in _SHARE_ENROLLED.finditer(s.text):
            pool = words_to_int(m.group("pool"))
            if not pool or pool > 100_000 or _ENROLLED.search(m.group("frame")):
                continue
            value = _share_of(pool, m.group("pct"))
            if value and not _other_work(s, m.start("pool")):
                score = 3 - _section_penalty(s) + ("randomi" in m.group(0).lower())
                out.append(Count(value, score, s, m.group(0)))
    if " of " in low or low.startswith("of "):
        out.extend(_fraction_enrolled(s))
    if (" of " in low or low.startswith("of ")) and any(w in low for w in _TAKEN_IN_WORDS):
        for m in _FRAMED_POOL_TAKEN_IN.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not _other_work(s, m.start("num")):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if " of " in low and any(w in low for w in _TAKEN_IN_WORDS):
        for m in _OF_POOL_TAKEN_IN.finditer(s.text):
            value = words_to_int(m.group("num"))
            before = s.text[max(0, m.start() - 30) : m.start()]
            if value and not (_NEG_BEFORE.search(before) or _other_work(s, m.start("num"))):
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if " of " in low and "randomi" in low:
        for m in _OF_GROUP_RANDOMISED.finditer(s.text):
            value = words_to_int(m.group("num"))
            before = s.text[max(0, m.start() - 30) : m.start()]
            if value and not (_NEG_BEFORE.search(before) or _other_work(s, m.start("num"))):
                out.append(Count(value, 4 - _section_penalty(s), s, m.group(0)))
    if " of " in low and any(
        w in low for w in ("planned", "target", "intended", "projected", "anticipated", "expected")
    ):
        for m in _OF_PLANNED.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value:
                out.append(Count(value, 3 - _section_penalty(s), s, m.group(0)))
    if " of " in low and any(w in low for w in _STOPPED_WORDS):
        for m in _OF_TOTAL.finditer(s.text):
            value = words_to_int(m.group("num") or m.group("num2"))
            if value:
                out.append(Count(value, 1 - _section_penalty(s), s, m.group(0)))
    if "each" in low or "per " in low:
        for m in _PER_ARM_COUNT.finditer(s.text):
            if "arms" not in arms_memo:
                arms_memo["arms"] = arms.count(doc)
            value, n_arms = words_to_int(m.group("num")), arms_memo["arms"]
            # a count per site is no count per arm, and one end of a range of them
            # ("9 to 31 participants per site") is no one site's count either
            if _PER_SITE_UNIT.search(m.group(0)):
                continue
            # ... nor is a bare one that follows a count of randomised sites: "Fourteen
            # practices were randomised (7 per arm)" counts the clusters in each arm
            if _CLUSTERS_BEFORE.search(s.text, max(0, m.start() - 90), m.start()) and not (
                _PEOPLE_NOUN.search(m.group(0))
            ):
                continue
            if value and n_arms:
                # a sample-size statement enrols as much as a verb does ("Sample size: 30
                # participants per arm"), and so, in a protocol, does its power calculation
                # ("With 35 participants per arm, the trial has 80% power")
                cue = (
                    _ENROL.search(s.text)
                    or _SIZE_STATED.search(s.text)
                    or (planned and roles.size_plan(s.text))
                    # (or, in a protocol, what that size lets it estimate: "With 20 women
                    # per arm, the study can estimate retention within 14%")
                    or (planned and _SIZE_LETS.search(s.text))
                )
                score = 1 + 2 * bool(cue) - _section_penalty(s) - 1
                if _whole_sample_per_arm(doc, s, m.start(), m.end(), n_arms, planned=planned):
                    score += 2
                out.append(Count(value * n_arms, score, s, m.group(0)))
    if "per active" in low:
        # a count per active arm and the placebo arm's own: "With 40 participants per active
        # arm and 40 on placebo" (three active arms of four: 160)
        for m in _PER_ACTIVE_ARM.finditer(s.text):
            if "arms" not in arms_memo:
                arms_memo["arms"] = arms.count(doc)
            each, control, n_arms = (
                words_to_int(m.group("num")),
                words_to_int(m.group("ctl")),
                arms_memo["arms"],
            )
            if each and control and n_arms and n_arms >= 2:
                cue = _ENROL.search(s.text) or (planned and roles.size_plan(s.text))
                score = 1 + 2 * bool(cue) - _section_penalty(s)
                total = each * (n_arms - 1) + control
                out.append(Count(total, score, s, m.group(0)))
    if "each" in low and "of " in low:
        # the sample told as a pool split evenly over the arms: "Of the 76 patients, 38
        # were in each group" is 76 when the arms times 38 make it up (a pool that does not
        # add up is of something else: "Of the 90 screened, 30 were in each group")
        for m in _OF_POOL_EACH.finditer(s.text):
            whole, each = words_to_int(m.group("num")), words_to_int(m.group("each"))
            if not (whole and each):
                continue
            k = _groups_of_equal_size(doc, arms_memo)
            if k and whole == each * k and not _other_work(s, m.start()):
                out.append(Count(whole, 3 - _section_penalty(s), s, m.group(0)))
    if "each" in low or "both" in low:
        for m in _EACH_GROUP_HAD.finditer(s.text):
            value = words_to_int(m.group("num") or m.group("num2"))
            k = 2 if m.group("both") else _groups_of_equal_size(doc, arms_memo)
            if value and k and not _other_work(s, m.start()):
                score = 3 + bool(_MATCHED.search(s.text)) - _section_penalty(s)
                out.append(Count(value * k, score, s, m.group(0)))
    return out


# what a planned size lets a study do: "the study can estimate retention within 14%",
# "the pilot will be able to detect", "gives adequate precision"
_SIZE_LETS = Folded(
    r"\b(?:study|trial|pilot|analysis)\s+(?:can|will|could|would)\s+(?:be\s+able\s+to\s+)?"
    r"(?:estimate|detect)\b|\b(?:gives?|provides?|allows?|yields?)\s+(?:\w+\s+)?precision\b",
    re.IGNORECASE,
)


# the size of every group said once, the groups as the subject: "each cohort included
# 4,118 patients", "both matched groups contained 212 adults", "the matched cohorts
# comprised 4,118 patients each"
_EACH_GROUP_HAD = Folded(
    r"\b(?:(?P<both>both)|each)\s+(?:of\s+the\s+)?(?:(?:matched|study|treatment|exposure)\s+)?"
    r"(?:cohorts?|groups?|arms?)\s+(?:\w+\s+)?(?:included|comprised|contained|consisted\s+of|"
    rf"numbered|had|enrolled)\s+(?P<num>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,2}}(?:{_NOUNS})\b|"
    r"\b(?:matched\s+)?(?:cohorts|groups|arms)\s+(?:included|comprised|contained|consisted\s+of|"
    rf"numbered|had)\s+(?P<num2>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,2}}(?:{_NOUNS})\s+each\b",
    re.IGNORECASE,
)
# "Of the 76 patients, 38 were in each group", "Of all 90 participants, 45 were in each arm"
_OF_POOL_EACH = Folded(
    rf"(?:^|[;:]\s*)\W*of\s+(?:the\s+|all\s+|these\s+)?(?P<num>{NUMBER})\s+{_MOD}{{0,2}}"
    rf"(?:{_NOUNS})\s*,\s*(?P<each>{NUMBER})\s+(?:were|was)\s+in\s+each\s+(?:group|arm)\b",
    re.IGNORECASE,
)
# a sample matched from a pool ("after matching", "propensity-matched", "1:1 matched"):
# the matched cohorts are the study's people, the pool they were drawn from is not
_MATCHED = Folded(
    r"\bafter\s+(?:\w+\s+){0,2}?matching\b|\bmatched\s+(?:cohorts?|groups?|samples?)\b", re.I
)
# "matched 1:1", "1:1 matching": two groups of equal size
_ONE_TO_ONE = re.compile(r"\b1\s*:\s*1\b(?!\s*:)", re.I)


def _groups_of_equal_size(doc: Doc, arms_memo: dict[str, int | None]) -> int | None:
    """How many equal groups "each group" speaks of: the study's arms, or the two sides of a
    1:1 matching."""
    if "arms" not in arms_memo:
        arms_memo["arms"] = arms.count(doc)
    if arms_memo["arms"]:
        return arms_memo["arms"]
    if any(_ONE_TO_ONE.search(s.text) for s in doc.sentences if s.own):
        return 2
    return None


def _whole_sample_per_arm(
    doc: Doc, s: Sentence, start: int, end: int, n_arms: int, *, planned: bool = False
) -> bool:
    """A per-arm size that is the sample's own statement, told with its allocation:
    "were randomised, n=23 per arm, to X 0.5 mg, 2 mg or 4.5 mg or placebo" (4 x 23).

    The allocation is in the same sentence, and the number of arms is sure: the arms
    enumerated there, or a stated count ("four-arm", "1:1:1") that does not disagree with
    them. Not a subgroup's ("Among completers, 20 per arm"), not a pool, a results paper's plan or
    what became of the arms ("20 per arm completed", "were analysed")."""
    if not _ALLOC_VERB.search(s.text) or s.in_results or s.background or s.restated:
        return False
    here = sum(arms.arm_size(a) for a in arms.arms_in(doc, s)) or None
    stated = arms.stated_count(doc)
    if (here or stated) != n_arms or (here and stated and here != stated):
        return False
    clause = re.split(r"[;:]|\.\s", s.text[:start])[-1]
    after = s.text[end : end + 60]
    return not (
        _SUBGROUP_CLAUSE.match(clause)
        or _NEG_MODS.search(s.text[start:end])
        or _NEG_AFTER.search(after)
        or _COMPLETED_AFTER.match(after)
        or _POOL.search(s.text[start:end])
        # (a results paper's sample-size calculation is its plan; a protocol's is its n)
        or (not planned and roles.size_plan(s.text))
        or _other_work(s, start)
    )


def _site_runs(s: Sentence) -> list[Count]:
    """The sample told site by site, each count with its place: their sum, when an
    enrolment verb goes with the first count or follows the last ("Thirty-one were
    randomised at the Leeds site and twenty-eight at the Bristol site": 59)."""
    out: list[Count] = []
    text = s.text
    items = list(_SITE_ITEM.finditer(text))
    i = 0
    while i < len(items):
        run = [items[i]]
        # (an item with a verb of its own opens a new clause, and a new run)
        while (
            i + len(run) < len(items)
            and not items[i + len(run)].group("verb")
            and _SITE_SEP.fullmatch(text[run[-1].end() : items[i + len(run)].start()]) is not None
        ):
            run.append(items[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        if not (run[0].group("verb") or _SITE_VERB_AFTER.match(text[run[-1].end() :])):
            continue
        parts = tuple(v for v in (words_to_int(m.group("num")) for m in run) if v)
        first = run[0]
        if (
            len(parts) != len(run)
            or _score(s, first.start(), first.start("num") + len(first.group("num"))) is None
        ):
            continue
        out.append(
            Count(
                sum(parts), 4 - _section_penalty(s), s, text[first.start() : run[-1].end()], parts
            )
        )
    return out


def _site_subject_runs(s: Sentence) -> list[Count]:
    """The sample told site by site with each site the subject ("Lisbon randomised 41
    participants, Porto 37 and Coimbra 29"): the sum of two or more sites' counts."""
    out: list[Count] = []
    text = s.text
    for head in _SITE_SUBJECT_HEAD.finditer(text):
        run, end = [head], head.end()
        while (m := _SITE_SUBJECT_NEXT.match(text, end)) is not None:
            run.append(m)
            end = m.end()
        if len(run) < 2:
            continue
        parts = tuple(v for v in (words_to_int(m.group("num")) for m in run) if v)
        if len(parts) != len(run) or _score(s, head.start("num"), head.end("num")) is None:
            continue
        out.append(
            Count(sum(parts), 4 - _section_penalty(s), s, text[head.start("place") : end], parts)
        )
    return out


def _size_in_brackets(name: str) -> str:
    """A group's size in brackets, "(n = 2,318)", its number named ``name``."""
    return rf"\(\s*n\s*=\s*(?P<{name}>{NUMBER})\s*\)"


# two groups each sized, one matched to the other: "started naltrexone (n = 2,318) were
# propensity-matched 1:4 to patients who added no agent (n = 9,272)", "LDN users (n =
# 1,150) were matched with SSRI-only users (n = 2,300)", "new LDN users (N=812) with
# propensity score-matched non-users (N=1,624)". Both sides of a matching are the study's
# people (as "4,118 LDN users and 4,118 matched controls"): the sample is their sum.
_MATCHED_SIDES = Folded(
    _size_in_brackets("a")
    + r"(?:"
    # the first group matched to the second
    + r"\s+(?:were|was)\s+(?:[\w\-]+\s+){0,2}?(?:[\w\-]+-)?matched\b(?:\s*\(?1\s*:\s*\d+\)?)?"
    + r"\s+(?:to|with)\b[^.;()]{0,120}?"
    # ... or the second group named as the matched one
    + r"|\s+(?:with|to|and|versus|vs\.?)\s+(?:[\w\-]+\s+){0,3}?(?:[\w\-]+-)?matched\b[^.;()]{0,80}?"
    + r")"
    + rf"(?:{_size_in_brackets('b')}|(?<=\s)(?P<b2>{NUMBER}){_NOT_PCT}\s+"
    + rf"{_MOD}{{0,3}}(?:{_NOUNS})\b)",
    re.IGNORECASE,
)


# ... or the second counted right before the word that matches it: "who initiated X
# (n=212) were compared with 636 propensity-matched residents who did not"
_SIZED_THEN_MATCHED = Folded(
    _size_in_brackets("a")
    + r"\s+(?:(?:were|was)\s+(?:[\w\-]+\s+)?compared\s+)?(?:with|to|against|versus|vs\.?)\s+"
    + rf"(?P<b>{NUMBER}){_NOT_PCT}\s+(?:[\w\-]+\s+)?(?:[\w\-]+-)?matched\s+"
    + rf"{_MOD}{{0,3}}(?:{_NOUNS})\b",
    re.IGNORECASE,
)


# ... or the first group counted bare: "Of 1,364 patients treated, 112 were taking LDN and
# were matched to 224 non-users", "112 LDN users were propensity-matched 1:2 with 224
# patients not taking it", "98 exposed women were each matched to 196 controls" (the pool
# they were drawn from is not the study's; holdout392 44200006)
_COUNTED_MATCHED = Folded(
    rf"{_LEAD}(?P<a>{NUMBER}){_NOT_PCT}\s+(?:[^.;()\d]){{0,60}}?\b(?:were|was)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:[\w\-]+-)?matched\b(?:\s*\(?1\s*:\s*\d+\)?)?\s+(?:to|with)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?(?P<b>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}?"
    r"(?:non-?users|controls|comparators|(?:" + _NOUNS + r"))\b",
    re.IGNORECASE,
)


# the study's two groups as the frame of a results clause: "Among 3412 LDN initiators and
# 16 924 matched non-initiators, hospitalisation occurred in 4.1% vs 5.0%" (the frame is
# the whole sample, its two sides coordinated, not a part of it)
_FRAMED_SIDES = Folded(
    rf"\b(?:among|in|for)\s+(?:the\s+)?(?P<a>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?:{_NOUNS})\s+"
    rf"and\s+(?:the\s+)?(?P<b>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,2}}?)(?:matched|unexposed|"
    r"non-?exposed|comparison|control|untreated)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{_NOUNS})\b\s*,",
    re.IGNORECASE,
)


# ... or the first group sized at the end of the sentence before, and matched by a pronoun
# standing for it: "... a first LDN dispensing (n = 1,342). They were matched 1:4 on age
# and sex to patients who switched to another antidepressant (n = 5,368)."
_SIZED_AT_END = Folded(_size_in_brackets("a") + r"\s*\.?\s*$", re.IGNORECASE)
_THEY_MATCHED = Folded(
    r"^\s*(?:they|these\s+(?:[\w\-]+\s+)?(?:patients|participants|users|switchers|initiators|"
    r"people|individuals|adults|women|men))\s+(?:were|was)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:[\w\-]+-)?matched\b[^.;()]{0,160}?" + _size_in_brackets("b"),
    re.IGNORECASE,
)


def _matched_sides(s: Sentence, before: Sentence | None = None) -> list[Count]:
    """The two sides of a matching, each sized in one sentence (or the first at the end
    of the sentence ``before``, which a pronoun takes up), summed."""
    if s.background or "matched" not in s.text.lower():
        return []
    out: list[Count] = []

    def summed(first: str, second: str, span: str) -> None:
        a, b = words_to_int(first), words_to_int(second)
        if a and b:
            out.append(Count(a + b, 4 - _section_penalty(s), s, span, (a, b)))

    if before is not None and not before.background:
        theirs, they = _SIZED_AT_END.search(before.text), _THEY_MATCHED.match(s.text)
        if theirs is not None and they is not None:
            summed(theirs.group("a"), they.group("b"), they.group(0))
    for rx in (_FRAMED_SIDES, _MATCHED_SIDES, _SIZED_THEN_MATCHED):
        for m in rx.finditer(s.text):
            summed(m.group("a"), m.group("b") or m.groupdict().get("b2") or "", m.group(0))
    if not out:
        for m in _COUNTED_MATCHED.finditer(s.text):
            summed(m.group("a"), m.group("b"), m.group(0))
    return out


# A table flattened into the abstract: cells parted by "|", rows by ";" or a line break,
# the first row the header ("Arm | daily dose | randomised | completed ; A | NTX 0.5 mg | 20
# | 18 ; B | NTX 2 mg | 21 | 19 ; C | placebo | 19 | 17"). The column the header names as
# people taken in (randomised, enrolled, allocated, "n") counts each row's people, and the
# rows (arms, groups) add up to the trial's size, or a "Total" row states it (holdout213
# 23800004, holdout219 24500007). A column of completers or analysed people is a later
# stage of the same people, and rows that are time points ("Week | n | MADRS ; 0 | 24 | 30 ;
# 8 | 20 | 21") count the same people again: neither is the size.
_TABLE_ROW_SEP = re.compile(r"\s*(?:;|\n)\s*")
_TABLE_TAKEN_IN = re.compile(
    r"^(?:(?:no\.?|number|n)\s+(?:of\s+)?)?(?:(?:patients?|participants?|subjects?|people)\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|allocated|assigned|included|recruited|n|no\.?|number|"
    r"patients|participants|subjects)(?:\s*\(n\))?$",
    re.IGNORECASE,
)
_TABLE_LATER = re.compile(
    r"complet|analy[sz]|withdr|discontinu|dropp|lost|evaluable|responder|remitter|follow",
    re.IGNORECASE,
)
# a row label that is a time point: "Week", "8", "week 4", "baseline", "follow-up"
_TABLE_TIME = re.compile(
    r"^(?:(?:weeks?|wk|months?|days?|visits?)\s*)?\d+(?:\.\d+)?$|(?:^|\s)(?:weeks?|months?|"
    r"days?|visits?|time(?:\s*point)?|timepoint|baseline|screening|follow[\s\-]?up|"
    r"end(?:point)?|post[\s\-]?treatment)$",
    re.IGNORECASE,
)
_TABLE_CELL_COUNT = re.compile(r"^\(?\s*(?:n\s*=\s*)?(\d{1,5})\s*\)?(?:\s*\([^()]*\))?$", re.I)
_TABLE_TOTAL_ROW = re.compile(r"^(?:total|all|overall|sum)\b", re.IGNORECASE)


# a table's header in brackets before a colon: "Results (arm | randomized | dose):"
_RUN_ON_HEAD = re.compile(r"\(([^()|]*(?:\|[^()|]*){1,8})\)\s*:\s*")


def _rows_run_on(part: str) -> list[str]:
    """A flattened table whose line breaks were lost, its rows running on after the
    header's colon ("(arm | n | dose): placebo | 32 | - NTX-1 | 32 | 1 mg"), split back
    into its header and rows: every (k-1)th bar's cell holds one row's last cell and the
    next row's first, split at its first space; a header with one row after it is split
    from it. Anything else is returned as it is."""
    m = _RUN_ON_HEAD.search(part) if part.count("|") >= 4 else None
    if m is None:
        return _bare_head_split(part)
    head = m.group(1)
    k = head.count("|") + 1
    cells = part[m.end() :].split("|")
    if len(cells) == k:
        # one row after the header, the next rows parted by semicolons: "(arm | randomised
        # | female): LDN 1 mg | 27 | 18; LDN 4 mg | 29 | 20; placebo | 28 | 17"
        return [head, part[m.end() :]]
    if len(cells) < 2 * k - 1 or (len(cells) - 1) % (k - 1):
        return [part]
    rows = [head]
    row: list[str] = []
    for i, cell in enumerate(cells):
        if i and i % (k - 1) == 0 and i < len(cells) - 1:
            end, _, start = cell.strip().partition(" ")
            if not start:
                return [part]
            rows.append(" | ".join([*row, end]))
            row = [start]
        else:
            row.append(cell.strip())
    rows.append(" | ".join(row))
    return rows


# the colon that closes a header written with no brackets ("cohort | dose | enrolled: A |
# 0.5 mg | 12", holdout342 38400019)
_BARE_HEAD_END = re.compile(r":\s+")


def _bare_head_split(part: str) -> list[str]:
    """A header with no brackets closed by a colon, its table's first row after it:
    "... - cohort | dose | enrolled: A | 0.5 mg | 12" is the header and that row, where the
    colon leaves as many bars before it as after (two or more each). Anything else is
    returned as it is."""
    bars = part.count("|")
    if bars < 4 or bars % 2 or ":" not in part:
        return [part]
    for c in _BARE_HEAD_END.finditer(part):
        if part.count("|", 0, c.start()) * 2 == bars:
            return [part[: c.start()], part[c.end() :]]
    return [part]


def _table_arms(s: Sentence, text: str | None = None) -> list[Count]:
    """The people a flattened table counts row by row in its column of people taken in:
    "Arm | randomised | dose ; LDN | 29 | 4.5 mg ; Placebo | 29 | -" (58), or its "Total"
    row."""
    text = (s.text if text is None else text).rstrip(". ")
    rows = [
        [c.strip() for c in r.split("|")]
        for part in _TABLE_ROW_SEP.split(text)
        for r in _rows_run_on(part)
        if "|" in r
    ]
    for i, head in enumerate(rows[:-1]):
        cols = [
            k
            for k, c in enumerate(head)
            if _TABLE_TAKEN_IN.match(c.rstrip(".:")) and not _TABLE_LATER.search(c)
        ]
        if not cols:
            continue
        k = cols[0]
        label = 1 if k == 0 else 0  # the column that names each row
        if any(
            _TABLE_TIME.search(r[label].rstrip(".:")) for r in rows[i : i + 3] if len(r) > label
        ):
            continue  # the same people at time points, not arms
        parts: list[int] = []
        total: int | None = None
        for row in rows[i + 1 :]:
            if len(row) != len(head):
                break
            m = _TABLE_CELL_COUNT.match(row[k].rstrip("."))
            if not m:
                break
            if _TABLE_TOTAL_ROW.match(row[label]):
                total = int(m.group(1))
                break
            parts.append(int(m.group(1)))
        size = total if total is not None else sum(parts)
        if size and (total is not None or (len(parts) >= 2 and all(parts))):
            span = " ; ".join(" | ".join(r) for r in rows[i : i + 1 + len(parts)])
            return [Count(size, 4 - _section_penalty(s), s, span, tuple(parts))]
    return _table_arms_across(s, text)


def _double_barred_rows(text: str) -> list[tuple[str, list[str]]]:
    """A flattened table whose rows are parted by a double bar, each row's label its first
    cell: "Table 1 | | LDN 1.5 mg | Placebo || Randomised | 15 | 15 || On SSRI | 9 | 10 |"
    (holdout342 38400009). The header's empty corner cell, over the labels, is dropped, so
    that its columns stand over the rows' cells."""
    rows = []
    for part in text.split("||"):
        cells = [c.strip() for c in part.split("|")]
        if cells and not cells[-1]:
            cells.pop()  # (a row closed by a bar)
        if len(cells) >= 3:
            rows.append((cells[0], cells[1:]))
    if len(rows) < 2:
        return []
    head, width = rows[0][1], len(rows[1][1])
    if len(head) == width + 1 and not head[0]:
        rows[0] = (rows[0][0], head[1:])
    return rows


def _table_arms_across(s: Sentence, text: str) -> list[Count]:
    """A flattened table laid on its side, each row a variable named before a colon and each
    column an arm: "Group: LDN | Placebo; N: 41 | 40; Age, mean (SD): ..." (81). The row of
    people taken in counts each arm's people, and the arms (or a "Total" column) are the
    trial's size; the first row names the columns, none of them a time point."""
    rows = []
    for part in _TABLE_ROW_SEP.split(text):
        label, colon, cells = part.rpartition(":")
        if colon and "|" in cells:
            rows.append((label.strip(), [c.strip() for c in cells.split("|")]))
    if len(rows) < 2 and "||" in text:
        rows = _double_barred_rows(text)
    if len(rows) < 2:
        return []
    head = rows[0][1]
    if any(_TABLE_TIME.search(c) or _TABLE_CELL_COUNT.match(c) for c in head):
        return []
    for label, cells in rows[1:]:
        if len(cells) != len(head) or not _TABLE_TAKEN_IN.match(label.rstrip(".")):
            continue
        if _TABLE_LATER.search(label):
            continue
        counts = [_TABLE_CELL_COUNT.match(c.rstrip(".")) for c in cells]
        if not all(counts):
            return []
        values = [int(m.group(1)) for m in counts if m]
        totals = [v for c, v in zip(head, values, strict=True) if _TABLE_TOTAL_ROW.match(c)]
        parts = [v for c, v in zip(head, values, strict=True) if not _TABLE_TOTAL_ROW.match(c)]
        size = totals[0] if totals else sum(parts)
        if size and (totals or (len(parts) >= 2 and all(parts))):
            span = f"{rows[0][0]}: {' | '.join(head)} ; {label}: {' | '.join(cells)}"
            return [Count(size, 4 - _section_penalty(s), s, span, tuple(parts))]
        return []
    return []


# a flow written as slashed columns under a header of its stages: "Participant flow
# (screened / randomised / completed / analysed): LDN -- / 27 / 24 / 26; placebo -- / 26 /
# 23 / 26; total 140 / 53 / 47 / 52" is the table above on its side (``_slashed_flow``)
_SLASHED_HEAD = re.compile(
    r"\(\s*(?P<head>[A-Za-z][\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*){1,6})\s*\)\s*:\s*"
)
_SLASHED_CELL = r"(?:\d[\d,]*|-{1,2}|[–—]|n/?a)"
_SLASHED_ROW = re.compile(
    r"^(?P<label>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)\s*:?\s+"
    rf"(?P<cells>{_SLASHED_CELL}(?:\s*/\s*{_SLASHED_CELL})+)$",
    re.IGNORECASE,
)


def _slashed_flow(s: Sentence) -> list[Count]:
    """The people a flow written as slashed columns counts in its column of people taken
    in: each row an arm (or the total), each slashed cell a stage the header names."""
    text = s.text
    if text.count("/") < 3 or "(" not in text:
        return []  # (a cheap first look: the header and one row have three slashes)
    m = _SLASHED_HEAD.search(text)
    if not m:
        return []
    heads = [h.strip() for h in m.group("head").split("/")]
    if not any(_TABLE_TAKEN_IN.match(h) for h in heads):
        return []
    rows = ["Arm | " + " | ".join(heads)]
    for part in _TABLE_ROW_SEP.split(text[m.end() :].rstrip(". ")):
        row = _SLASHED_ROW.match(part.strip())
        if not row:
            break
        cells = [c.strip() for c in row.group("cells").split("/")]
        if len(cells) != len(heads):
            break
        rows.append(" | ".join([row.group("label"), *cells]))
    return _table_arms(s, " ; ".join(rows)) if len(rows) > 2 else []


# arms of unequal sizes listed, each with its treatment in brackets, then the people and
# their allocation: "Arms of 22 (500 micrograms), 21 (1.5 mg) and 23 (4.5 mg) participants
# were randomised" (66)
_ONE_SIZE = r"\d{1,4}(?:\s*\([^()]{1,40}\))?"
_ARMS_OF_SIZES = Folded(
    rf"\b(?:arms|groups)\s+of\s+(?P<nums>{_ONE_SIZE}(?:\s*,\s*{_ONE_SIZE})*\s*,?\s+and\s+"
    rf"{_ONE_SIZE})\s+(?:{_MOD}{{0,2}}(?:{_NOUNS})\s+)?(?:were|was)\s+(?:\w+\s+)?"
    r"(?:randomi[sz]ed|allocated|assigned|enrol+ed)\b",
    re.IGNORECASE,
)
# ... or the arms as what took the people in: "The three arms enrolled 47, 46 and 47
# participants", "the groups included 30, 29 and 31 patients"
_ARMS_TOOK_IN_SIZES = Folded(
    rf"\b(?:the|its|our)\s+(?:(?:two|three|four|five|[2-5])\s+)?(?:[\w\-]+\s+)?(?:arms|groups)\s+"
    r"(?:enrol+ed|included|recruited|randomi[sz]ed|comprised)\s+"
    r"(?P<nums>\d{1,4}(?:\s*,\s*\d{1,4})*\s*,?\s+and\s+\d{1,4})"
    rf"\s+(?:{_MOD}{{0,2}}(?:{_NOUNS}))\b",
    re.IGNORECASE,
)
# ... or each arm the subject of its own size, the verb said once: "The higher-dose arm
# included 22 participants, the lower-dose arm 21 and the placebo arm 22" (65; holdout432
# 48800013)
# (the arm may be named by a dose with a decimal and a hyphen: "the 4.5-mg group 28")
_ONE_ARM = (
    r"(?:the|its)\s+(?:\d+(?:\.\d+)?[\s\-]*(?:mg|µg|μg|mcg|micrograms?)[\s\-]+|[\w\-]+\s+){0,2}?"
    r"(?:arm|group)"
)
_ARM_TOOK_IN = r"(?:enrol+ed|included|recruited|comprised|contained|had)"
_EACH_ARM_TOOK_IN = Folded(
    rf"\b{_ONE_ARM}\s+{_ARM_TOOK_IN}\s+"
    rf"(?P<first>\d{{1,4}})\s+(?:{_MOD}{{0,2}}(?:{_NOUNS}))\b"
    # (the verb may be said again: "and the 4.5-mg group comprised 28")
    rf"(?P<tail>(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE_ARM}\s+(?:{_ARM_TOOK_IN}\s+)?\d{{1,4}}\b"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE_ARM}\s+(?:{_ARM_TOOK_IN}\s+)?\d{{1,4}}\b)*)",
    re.IGNORECASE,
)
_ARM_THEN_SIZE = re.compile(rf"{_ONE_ARM}\s+(?:{_ARM_TOOK_IN}\s+)?(\d{{1,4}})\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_DIGITS = re.compile(r"\d+")


def _from_arms(s: Sentence) -> Count | None:
    """The people taken in counted by the parent arm they came from (``_FROM_ARMS``)."""
    if " from the " not in s.text.lower():
        return None
    m = _FROM_ARMS.search(s.text)
    if m is None:
        return None
    a, b = words_to_int(m.group("a")), words_to_int(m.group("b"))
    return Count(a + b, 5, s, m.group(0), (a, b)) if a and b else None


def _listed_arms(listing: str) -> tuple[list[str], tuple[int, ...]]:
    """The arms' words and sizes of an "arm, n = k; arm, n = k" list (``_LISTED_ARM``)."""
    found = list(_LISTED_ARM.finditer(listing))
    return [a.group("arm") for a in found], tuple(int(a.group("n")) for a in found)


def _arm_totals(s: Sentence) -> list[Count]:
    """Totals built arm by arm: "75 were assigned to LDN and 73 to placebo" (148), and
    equal groups: "four cohorts of eight adults" (32)."""
    out: list[Count] = []
    low = s.text.lower()
    if s.text.count("|") >= 2:
        out += _table_arms(s)
    out += _slashed_flow(s)
    if " to " in low and _ALLOC_VERB.search(s.text):
        for m in _ARM_ALLOC.finditer(s.text):
            first = words_to_int(m.group("num"))
            rest = [words_to_int(x.group("num")) for x in _NEXT_ARM.finditer(m.group("tail"))]
            parts = tuple(v for v in (first, *rest) if v)
            if first and len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    alloc = _ALLOC_VERB.search(s.text) if " to " in low else None
    if alloc:
        for m in _ARM_TO.finditer(s.text, alloc.end()):
            first = words_to_int(m.group("num"))
            rest = [words_to_int(x.group("num")) for x in _NEXT_ARM.finditer(m.group("tail"))]
            parts = tuple(v for v in (first, *rest) if v)
            if first and len(parts) >= 2:
                out.append(_arms_total(s, m.group(0), parts))
    if " received " in low and _ALLOC_VERB.search(s.text):
        for m in _RECEIVED_ARM.finditer(s.text):
            first = words_to_int(m.group("num"))
            rest = [words_to_int(x.group("num")) for x in _NEXT_RECEIVED.finditer(m.group("tail"))]
            parts = tuple(v for v in (first, *rest) if v)
            if first and len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    if "respectively" in low:
        for m in _RESPECTIVE_ARMS.finditer(s.text):
            parts = _sizes(m.group("nums"), _LIST_SEP)
            if len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    if " arm" in low or " group" in low:
        out += _arm_headed_totals(s)
    came = _from_arms(s)
    if came is not None:
        out.append(Count(came.value, 4 - _section_penalty(s), s, came.span, came.parts))
    if " arms" in low or " groups" in low:
        for m in _LISTED_TO_ARMS.finditer(s.text):
            parts = _sizes(m.group("nums"), _LIST_SEP)
            if len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    for m in _LISTED_TO_ITEMS.finditer(s.text):
        parts = _sizes(m.group("nums"), _LIST_SEP)
        if (
            len(parts) >= 2
            and _arms_listed_in_order(m.group("items"), len(parts))
            and not _pooled(s.text, m.start(), m.end())
        ):
            out.append(_arms_total(s, m.group(0), parts))
    if "respectively" in low and alloc:
        for m in _SIZES_AFTER_ARMS.finditer(s.text):
            parts = _sizes(m.group("nums"), _LIST_SEP)
            if (
                m.start() > alloc.end()
                and len(parts) >= 2
                and not _pooled(s.text, m.start(), m.end())
            ):
                out.append(_arms_total(s, m.group(0), parts))
    if "alloc" in low or "assign" in low or "randomi" in low:
        for m in _ALLOCATED_COUNTS.finditer(s.text):
            nums = m.group("nums") or m.group("nums2")
            parts = _sizes(nums, _N_LIST_SEP)
            if len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    if " sizes " in low:
        for m in _SIZES_WERE.finditer(s.text):
            parts = _sizes(m.group("nums"), _N_LIST_SEP)
            if len(parts) >= 2 and not _other_work(s, m.start()):
                out.append(_arms_total(s, m.group(0), parts))
    if " numbered " in low or " comprised " in low or " contained " in low or " of " in low:
        for m in _GROUPS_NUMBERED.finditer(s.text):
            sizes = _BRACKETED.sub("", m.group("nums"))
            parts = _sizes(sizes.strip(), _N_LIST_SEP)
            if len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                out.append(_arms_total(s, m.group(0), parts))
    if "(" in s.text and (alloc_at := _ALLOC_HEAD.search(s.text)):
        # each arm's size in a bracket of its own, after the arm: "randomised to X 4.5
        # mg/day (n = 18), X 50 mg/day (n = 17) or placebo (n = 19)" (54), "Allocation was
        # X 250 micrograms (n = 31), X 1000 micrograms (n = 29) and placebo (n = 30)" (90)
        sized = list(_SIZE_IN_BRACKET.finditer(s.text, alloc_at.end()))
        if len(sized) >= 2 and all(
            _ARM_LIST_GAP.fullmatch(s.text, a.end(), b.start())
            for a, b in itertools.pairwise(sized)
        ):
            parts = tuple(int(m.group("n")) for m in sized)
            span = s.text[sized[0].start() : sized[-1].end()]
            out.append(Count(sum(parts), 4 - _section_penalty(s), s, span, parts))
        for m in _SLASHED_SIZES.finditer(s.text, alloc_at.end()):
            # the arms' sizes slashed in one bracket right after the arms, one size for
            # each: "randomised to X 2 mg/day, X 4 mg/day or placebo (26/27/26)" (79)
            to = _ARMS_TO.search(s.text, alloc_at.end(), m.start())
            parts = _sizes(m.group("nums"), _N_LIST_SEP)
            if to is not None and len(parts) == len(
                _ARM_ITEM_SEP.split(s.text[to.end() : m.start()].strip())
            ):
                out.append(_arms_total(s, m.group(0), parts))
        for m in _ARM_SIZES_LISTED.finditer(s.text):
            parts = _sizes(m.group("nums"), _N_LIST_SEP)
            before = s.text[max(0, m.start() - 60) : m.start()]
            if len(parts) >= 2 and not (
                _LISTED_TIMES.search(before)
                or _pooled(s.text, m.start(), m.end())
                # (sizes with their noun and no "n =" are the arms' only after the
                # allocation to them: not "the published randomized trials (12 and 84
                # participants)")
                or (
                    not m.group("eq")
                    and not _ALLOCATED_TO.search(s.text, 0, m.start())
                    and not _ALLOCATED_RATIO_BEFORE.search(s.text, 0, m.start())
                )
            ):
                out.append(_arms_total(s, m.group(0), parts))
    if "n =" in low or "n=" in low:
        for m in _ALLOCATION_LIST.finditer(s.text):
            named, parts = _listed_arms(m.group("list"))
            if (
                len(parts) >= 2
                and all(parts)
                and all(_ARM_WORDS.search(a) for a in named)
                and not _pooled(s.text, m.start(), m.end())
            ):
                out.append(_arms_total(s, m.group(0), parts))
        whole = _ARM_LIST_SENTENCE.match(s.text)
        if whole is not None:
            named, parts = _listed_arms(whole.group("list"))
            if (
                len(parts) >= 2
                and all(parts)
                and any(_ARM_WORDS.search(a) for a in named)
                and all(
                    _ARM_WORDS.search(a) or (_ONE_WORD_ARM.match(a) and not _PART_NOT.search(a))
                    for a in named
                )
            ):
                out.append(Count(sum(parts), 4 - _section_penalty(s), s, whole.group(0), parts))
    if " arm " in low or " group " in low:
        for m in _EACH_ARM_TOOK_IN.finditer(s.text):
            arm_sizes = (
                int(m.group("first")),
                *(int(x) for x in _ARM_THEN_SIZE.findall(m.group("tail"))),
            )
            if all(arm_sizes) and not _pooled(s.text, m.start(), m.end()):
                out.append(Count(sum(arm_sizes), 4 - _section_penalty(s), s, m.group(0), arm_sizes))
    if "arms" in low or "groups" in low:
        for rx in (_ARMS_TOOK_IN_SIZES, _ARMS_OF_SIZES):
            for m in rx.finditer(s.text):
                # (each size's treatment in brackets is no size: "22 (500 micrograms)")
                sizes = _BRACKETED.sub(" ", m.group("nums"))
                parts = tuple(int(x) for x in _DIGITS.findall(sizes) if int(x))
                if len(parts) >= 2 and not _pooled(s.text, m.start(), m.end()):
                    out.append(_arms_total(s, m.group(0), parts))
    if "(" in s.text:
        for m in _PER_SITE.finditer(s.text):
            parts = tuple(int(x) for x in _SITE_COUNT.findall(m.group("list")))
            if len(parts) >= 2 and all(parts):
                score = 3 + bool(_ENROL.search(s.text)) - _section_penalty(s)
                out.append(Count(sum(parts), score, s, m.group(0), parts))
    if "(" in s.text:
        for m in _PER_SITE_BARE.finditer(s.text):
            parts = tuple(int(x) for x in _SITE_COUNT.findall(m.group("list")))
            # as many counts as the sites it names
            if len(parts) >= 2 and all(parts) and words_to_int(m.group("k")) == len(parts):
                score = 3 + bool(_ENROL.search(s.text)) - _section_penalty(s)
                out.append(Count(sum(parts), score, s, m.group(0), parts))
    if (" at " in low or " in " in low or " from " in low) and _SITE_HINT.search(low):
        out += _site_runs(s)
    if ("," in low or " and " in low) and _SITE_HINT.search(low):
        out += _site_subject_runs(s)
    if "per " in low or "each " in low:
        for m in _PER_GROUP_IN_K.finditer(s.text):
            k, n = words_to_int(m.group("k")), words_to_int(m.group("num"))
            if k and n and 2 <= k <= 12 and not _other_work(s, m.start()):
                out.append(Count(k * n, 4 - _section_penalty(s), s, s.text[m.start() : m.end()]))
    if "each" in low:
        for m in _EACH_SITE.finditer(s.text):
            k, n = words_to_int(m.group("k")), words_to_int(m.group("num"))
            each = "each" in m.group(0).lower()
            if each and k and n and 2 <= k <= 50 and not _other_work(s, m.start()):
                out.append(Count(k * n, 4 - _section_penalty(s), s, s.text[m.start() : m.end()]))
    if "x" in low or "×" in low:
        for m in _TIMES_GROUPS.finditer(s.text):
            k, n = words_to_int(m.group("k")), words_to_int(m.group("num"))
            if k and n and not _other_work(s, m.start()):
                # (above the one arm's count, so the product is the size it states)
                out.append(
                    Count(k * n, 5 - _section_penalty(s), s, s.text[m.start() : m.end()], (n,) * k)
                )
    if " of " in low and not (s.background or s.prior or s.future):
        for m in _COHORTS_AT_LEVELS.finditer(s.text):
            n, k = words_to_int(m.group("num")), len(_LEVEL.findall(m.group("list")))
            if n and not _COHORTS_COUNTED.search(s.text, max(0, m.start() - 40), m.start()):
                out.append(Count(k * n, 4 - _section_penalty(s), s, m.group(0), (n,) * k))
    if " of " in low:
        for rx in (_GROUPS_OF, _GROUPS_OF_BARE):
            for m in rx.finditer(s.text):
                k, n = words_to_int(m.group("k")), words_to_int(m.group("num"))
                if (
                    k
                    and n
                    and 2 <= k <= 12
                    and not (rx is _GROUPS_OF_BARE and _other_work(s, m.start()))
                ):
                    out.append(
                        Count(k * n, 4 - _section_penalty(s), s, s.text[m.start() : m.end()])
                    )
    return out


# a protocol's power calculation told of its arms alone: "Three arms of 30 give 80% power to
# detect ...", "two groups of 45 participants would provide 90% power"
_GROUPS_OF_POWERED = Folded(
    rf"{_LEAD}(?P<k>{NUMBER})\s+{_MOD}{{0,2}}(?:arms|groups)\s+of\s+(?P<num>{NUMBER}){_NOT_PCT}"
    rf"(?:\s+{_MOD}{{0,2}}(?:{_NOUNS})\b)?(?:\s+each)?\s*,?\s*(?:gives?|provides?|yields?|affords?|"
    r"(?:would|will|should)\s+(?:give|provide|yield|afford|have))\b[^.;]{0,40}?\bpower\b",
    re.IGNORECASE,
)


def _powered_arms(s: Sentence) -> list[Count]:
    """A protocol's planned size as its arms times each arm's size, told in its power
    calculation ("Three arms of 30 give 80% power"): the planned sample (CONTRACT.md: n
    is the planned number for a protocol; a results paper's plan is never its n, so this
    is asked of protocols only)."""
    out = []
    for m in _GROUPS_OF_POWERED.finditer(s.text):
        k, n = words_to_int(m.group("k")), words_to_int(m.group("num"))
        if k and n and 2 <= k <= 12:
            out.append(Count(k * n, 4 - _section_penalty(s), s, m.group(0), (n,) * k))
    return out


# arm sizes listed each with its arm in brackets, in a clause that allocates the people or
# counts them as allocated: "Randomised participants numbered 19 (50 microgram), 21 (500
# microgram) and 20 (placebo)" (60), "We randomised 24 (LDN) and 23 (placebo) adults"
_ARM_SIZE_BRACKETED = r"\d{1,4}\s*\([^()]{1,40}\)"
_BRACKETED_SIZES = Folded(
    rf"(?<![\d.,(])(?:{_ARM_SIZE_BRACKETED}\s*,\s*)*{_ARM_SIZE_BRACKETED}\s*,?\s+and\s+"
    rf"{_ARM_SIZE_BRACKETED}",
    re.IGNORECASE,
)
_SIZE_AND_ARM = re.compile(r"(\d{1,4})\s*\(([^()]{1,40})\)")


# the arms, each sized in its bracket, open the sentence ...
_SIZED_ARMS_HEAD = re.compile(r"^\W*(?:the\s+)?(?:[\w\-.]+\s+){0,4}?(?=\(\s*n\s*=)", re.I)
# ... as the subject of its allocation or of an analysis of everyone allocated: "The LDN
# group (n = 34) and the placebo group (n = 33) were analysed by intention to treat"
# (holdout810 52206446)
_ALLOCATED_AS_SUBJECT = re.compile(
    r"\s*(?:were|was)\s+(?:(?:randomly\s+)?(?:randomi[sz]ed|allocated|assigned)\b|"
    r"analy[sz]ed\s+(?:by|according\s+to|on\s+an?)\s+(?:intention|intent)[\s\-]to[\s\-]treat\b)",
    re.I,
)


def _sized_arms_as_subject(s: Sentence) -> list[Count]:
    """The sample as the sum of the arms that open the sentence, each sized in its own
    bracket, allocated or analysed by intention to treat as its subject
    (``_ALLOCATED_AS_SUBJECT``): every arm named by the drug, a dose or a control."""
    if s.background or s.prior or s.future or "(" not in s.text:
        return []
    head = _SIZED_ARMS_HEAD.match(s.text)
    if head is None:
        return []
    sized = list(_SIZE_IN_BRACKET.finditer(s.text, head.end()))
    # (the arms run on from the first, with nothing but the next arm's words between)
    run = sized[:1]
    for a, b in itertools.pairwise(sized):
        if not _ARM_LIST_GAP.fullmatch(s.text, a.end(), b.start()):
            break
        run.append(b)
    if len(run) < 2 or not _ALLOCATED_AS_SUBJECT.match(s.text, run[-1].end()):
        return []
    labels = [s.text[head.start() : run[0].start()]] + [
        s.text[a.end() : b.start()] for a, b in itertools.pairwise(run)
    ]
    if not all(_ARM_WORDS.search(x) for x in labels):
        return []
    parts = tuple(int(m.group("n")) for m in run)
    return [_arms_total(s, s.text[run[0].start() : run[-1].end()], parts)]


# one size for every active arm and one for the control: "we will randomise 50
# participants to each active arm and 50 to placebo" (holdout820 52206642)
_EACH_ACTIVE_AND_CONTROL = re.compile(
    rf"(?P<num>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:to|in|per)\s+each\s+(?:active|LDN|"
    r"naltrexone|treatment|dose|drug)\s+(?:arm|group)\s+and\s+"
    rf"(?P<num2>{NUMBER})\s+(?:to|in|on)\s+(?:the\s+)?(?:placebo|control|sham)\b",
    re.IGNORECASE,
)


def _each_active_arm_and_control(doc: Doc, s: Sentence) -> list[Count]:
    """The sample as one size times the active arms plus the control's size
    (``_EACH_ACTIVE_AND_CONTROL``), the arms counted from the record (``arms.count``):
    four arms, one of them placebo, at 50 each are 200."""
    m = _EACH_ACTIVE_AND_CONTROL.search(s.text)
    if m is None or s.background or s.prior or s.future:
        return []
    each, control = words_to_int(m.group("num")), words_to_int(m.group("num2"))
    active = (arms.count(doc) or 0) - 1
    if not (each and control) or active < 2:
        return []
    parts = (each,) * active + (control,)
    return [Count(sum(parts), 5 - _section_penalty(s), s, m.group(0), parts)]


def _bracketed_arms(doc: Doc, s: Sentence) -> list[Count]:
    """The sample as the sum of arm sizes each told with its arm in brackets, every bracket
    naming an arm (a dose, the drug, placebo or another control) and as many as the study
    has arms, in a clause of the study's own that allocates (never a part of the arms:
    responders, completers, those with an event)."""
    if s.background or s.prior or s.future or "(" not in s.text:
        return []
    found = _BRACKETED_SIZES.search(s.text)
    if found is None:
        return []
    text = s.text
    lo = text.rfind(";", 0, found.start()) + 1
    hi = text.find(";", found.end())
    clause = text[lo : len(text) if hi < 0 else hi]
    if not _ALLOC_VERB.search(clause) or _PART_OF_ARMS.search(clause):
        return []
    drug = doc.aliases.pattern()
    items = _SIZE_AND_ARM.findall(text[found.start() : found.end()])
    if not all((_ARM_LABEL.search(arm) or drug.search(arm)) and "%" not in arm for _, arm in items):
        return []
    if arms.count(doc) != len(items):
        return []
    parts = tuple(int(n) for n, _ in items)
    if not all(parts) or _pooled(text, found.start(), found.end()):
        return []
    return [_arms_total(s, found.group(0), parts)]


# "(LDN 29, placebo 29)", "(ITT population; LDN 30, placebo 28)", "(31 LDN, 33 placebo)"
_PAREN_LIST = re.compile(r"\(([^()]{3,120})\)")
_ARM_PART = re.compile(
    r"^\s*(?:and\s+)?(?:(?P<label>[A-Za-z][\w\-.]*(?:\s+[\w\-.]+){0,2}?)\s*(?:group|arm)?\s*"
    r"[:=]?\s*(?:n\s*=\s*)?(?P<num>\d{1,5})|(?P<num2>\d{1,5})\s+(?P<label2>[A-Za-z][\w\-.]*"
    r"(?:\s+[\w\-.]+){0,2}?))\s*$",
    re.IGNORECASE,
)
_DOSE_UNIT = r"(?:mg|µg|μg|mcg|micrograms?|milligrams?)\b"
# (an arm named by its dose, in any unit: "The 250 microgram (n = 19), ...")
_DOSE_AMOUNT = rf"\d+(?:\.\d+)?\s*{_DOSE_UNIT}"
_ARM_LABEL = re.compile(
    rf"\b(?:placebo|controls?|sham|usual care|wait[\s\-]?list|TAU)\b|{_DOSE_AMOUNT}", re.I
)
_DOSE_NAMED = re.compile(_DOSE_AMOUNT, re.I)
# an arm named by its dose alone: "Fourteen participants received 250 micrograms, 15 ..."
_DOSE_ONLY = re.compile(rf"^\d+(?:\.\d+)?\s*{_DOSE_UNIT}", re.I)
_ALLOCATED_CLAUSE = re.compile(
    r"\b(?:randomi[sz]\w*|allocated|assigned|enrol+ed)\b(?![^;]*\b(?:withdr\w+|discontinu\w+|"
    r"dropped|lost|completed|excluded)\b)[^;]*$",
    re.IGNORECASE,
)


_ALLOC_HINT = Folded(r"randomi|allocated|assigned|enrol", re.I)


def _allocates_somewhere(doc: Doc) -> bool:
    """A sentence outside the background names an allocation verb: asked for every
    sentence that might list arms, answered once per record."""
    return doc.remember(
        "allocates_somewhere",
        lambda d: any(_ALLOC_VERB.search(t.text) for t in d.sentences if not t.background),
    )


# the drug's arm called the active one: "14 participants began on active drug"
_ACTIVE_ARM = re.compile(r"active\s+(?:drug|treatment|medication)\b", re.I)


def _took_arms(doc: Doc, s: Sentence) -> list[Count]:
    """The arms of a trial that allocates, counted by what each took, in a sentence with no
    allocation verb: "Twenty-six patients received naltrexone and twenty-five received
    placebo" (51). The first arm is the drug, every other one an arm of the study (the drug
    or a comparator); never a part of the arms (responders, those who withdrew)."""
    if s.background or s.prior or s.future or _ALLOC_VERB.search(s.text):
        return []
    if not _allocates_somewhere(doc):
        return []
    drug = doc.aliases.pattern()
    text = s.text
    out: list[Count] = []
    for m in _TOOK_ARM.finditer(text):
        # (in the tally's own clause: "...; 39 completed 6 weeks" is another clause)
        lo = text.rfind(";", 0, m.start()) + 1
        hi = text.find(";", m.end())
        if _PART_OF_ARMS.search(text, lo, len(text) if hi < 0 else hi):
            continue
        # (the arms read from the text as written: the folded match lowers "LDN")
        arm = text[m.start("arm") : m.end("arm")]
        if (
            not drug.match(arm.strip())
            and not (drug.search(arm) and len(arm.split()) <= 4)
            and not _DOSE_ONLY.match(arm.strip())
            and not _ACTIVE_ARM.match(arm.strip())
        ):
            continue
        tail = text[m.start("tail") : m.end("tail")]
        rest = list(_TOOK_NEXT.finditer(tail))
        arms_named = [tail[x.start("arm") : x.end("arm")] for x in rest]
        if not rest or not all(_ARM_LABEL.search(x) or drug.search(x) for x in arms_named):
            continue
        parts = [words_to_int(m.group("num")), *(words_to_int(x.group("num")) for x in rest)]
        values = tuple(v for v in parts if v)
        if len(values) == len(parts) >= 2 and not _pooled(text, m.start(), m.end()):
            out.append(Count(sum(values), 4 - _section_penalty(s), s, m.group(0), values))
    return out


# in a trial that allocates, its arms each named with its size, the sentence being the
# list itself: "The naltrexone arm comprised 27 patients and the placebo arm 26",
# "Naltrexone, 28 patients; placebo, 27 patients", "LDN group: 30; placebo group: 29"
# (``_labelled_arms``)
_SIZED_ARM = (
    # (an arm may be named by its dose alone: "the 1.5 mg group had 41, the 4.5 mg group 43")
    r"(?P<label>(?:the\s+)?(?:[A-Za-z][\w\-]*|\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b)"
    r"(?:\s+(?:\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)"
    r"(?:\s*/\s*d(?:ay)?\b|\s+daily\b)?|"
    r"(?!(?:comprised|included|contained|consisted|numbered|had|was|were|of|and)\b)"
    r"[A-Za-z][\w\-]*)){0,3}?)"
    r"\s*(?:,|:|=|\s+(?:comprised|included|contained|consisted\s+of|numbered|had|was|were))?"
    rf"\s*(?:n\s*=\s*)?(?P<num>{NUMBER}){_NOT_PCT}(?:\s+{_MOD}{{0,2}}(?:{_NOUNS}))?"
)
_SIZED_ARM_ITEM = re.compile(_SIZED_ARM, re.IGNORECASE)
_DOSE_LABEL = re.compile(r"(?:the\s+)?\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b", re.IGNORECASE)
_SIZED_ARM_BARE = re.sub(r"\(\?P<\w+>", "(?:", _SIZED_ARM)
_SIZED_ARMS = Folded(
    rf"(?:^|(?<=[,:\-\u2013\u2014]))\s*(?P<list>{_SIZED_ARM_BARE}"
    rf"(?:\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+){_SIZED_ARM_BARE}){{1,5}})"
    # (the list ends the sentence, or the trial it is of follows: "... and the placebo arm
    # 26 in this randomised trial of ...")
    r"(?=\s*\.?\s*$|\s+(?:in|of|at)\s+(?:this|the|our|a|an)\b)",
    re.IGNORECASE,
)
_SIZED_LEAD = re.compile(
    r"\b(?:randomi[sz]\w*|allocat\w*|assigned|enrol+\w*|trial|study|baseline|arms?|groups?)\b",
    re.IGNORECASE,
)
# a heading that is the people themselves, before a dash or colon: "Participants (N) -",
# "Number of patients:" (never what became of them: "Headache -")
_PEOPLE_HEADING = re.compile(
    r"\W*(?:(?:the\s+)?(?:number|no\.?)\s+of\s+)?(?:participants|patients|subjects|people)"
    r"(?:\s+(?:randomi[sz]ed|enrol+ed|allocated))?(?:\s*\((?:n|no\.?)\))?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
_SIZED_ARM_SEP = re.compile(r"\s*[;,]\s*(?:and\s+)?(?=\S)|\s+and\s+", re.IGNORECASE)


def _labelled_arms(doc: Doc, s: Sentence) -> list[Count]:
    """The arms of a trial that allocates, each named with its size, in a sentence that is
    that list: "The naltrexone arm comprised 27 patients and the placebo arm 26" (53),
    "Naltrexone, 28 patients; placebo, 27 patients" (55). The first arm is the drug, every
    other one an arm of the study (the drug or a comparator); never a part of the arms
    (responders, those who withdrew, who had an event)."""
    if s.background or s.prior or s.future or _PART_OF_ARMS.search(s.text):
        return []
    found = _SIZED_ARMS.search(s.text)
    # (a list in a clause of a sentence follows what names the trial's people, never a
    # heading of what became of them: "Vivid dreams: naltrexone, 13; placebo, 3")
    if not found or (
        found.start() > 0
        and not _SIZED_LEAD.search(s.text, 0, found.start())
        and not _PEOPLE_HEADING.fullmatch(s.text, 0, found.start())
    ):
        return []
    if not _allocates_somewhere(doc):
        return []
    drug = doc.aliases.pattern()
    items = [
        _SIZED_ARM_ITEM.fullmatch(x.strip(" ."))
        for x in _split_sized(s.text[found.start("list") : found.end("list")])
    ]
    if len(items) < 2 or not all(items):
        return []
    labels = [m.group("label") for m in items if m]
    # a table's last row may be its total: "LDN 4.5 mg, 31; placebo, 29; total, 60"
    total = None
    if len(items) >= 3 and _TABLE_TOTAL_ROW.match(labels[-1]) and items[-1] is not None:
        total = words_to_int(items[-1].group("num"))
        items, labels = items[:-1], labels[:-1]
    # (the first arm is the drug's, by its name or by its dose: "the 1.5 mg group")
    if not (drug.search(labels[0]) or _DOSE_LABEL.match(labels[0])) or not all(
        _ARM_LABEL.search(x) or drug.search(x) for x in labels[1:]
    ):
        return []
    values = tuple(words_to_int(m.group("num")) for m in items if m)
    if not all(values):
        return []
    parts = tuple(v for v in values if v)
    return [Count(total or sum(parts), 4 - _section_penalty(s), s, s.text, parts)]


def _split_sized(text: str) -> list[str]:
    """The items of a list of sized arms: split at ";", "," or "and" where the next item
    begins, not at the comma between an arm and its size ("Naltrexone, 28 patients")."""
    out: list[str] = []
    for chunk in re.split(r"\s*;\s*(?:and\s+)?", text.strip(" .")):
        pieces = _SIZED_ARM_SEP.split(chunk)
        cur = ""
        for piece in pieces:
            cur = f"{cur}, {piece}" if cur else piece
            if _ENDS_WITH_COUNT.search(cur):
                out.append(cur)
                cur = ""
        if cur:
            out.append(cur)
    return out


_ENDS_WITH_COUNT = Folded(
    rf"(?:^|\s|=|:|,)(?:{NUMBER}){_NOT_PCT}(?:\s+{_MOD}{{0,2}}(?:{_NOUNS}))?\s*$", re.IGNORECASE
)


def _arm_breakdown(doc: Doc, s: Sentence) -> list[Count]:
    """The allocated total as its arms in brackets after the allocation: "58 patients,
    all of whom were randomised (LDN 29, placebo 29)" is 58, whatever the site counts
    before it."""
    out: list[Count] = []
    text = s.text
    for m in _PAREN_LIST.finditer(text):
        head = re.split(r"[;.](?!\d)", text[: m.start()])[-1]
        if not _ALLOCATED_CLAUSE.search(head) or "%" in m.group(1):
            continue
        inner = m.group(1).split(";")[-1]
        parts = [_ARM_PART.match(x) for x in re.split(r",|\band\b", inner)]
        if len(parts) < 2 or not all(parts):
            continue
        labels = [p.group("label") or p.group("label2") for p in parts if p]
        nums = tuple(int(p.group("num") or p.group("num2")) for p in parts if p)
        drug = doc.aliases.pattern()
        if not any(_ARM_LABEL.search(x) for x in labels) or not any(drug.search(x) for x in labels):
            continue
        out.append(Count(sum(nums), 5 - _section_penalty(s), s, m.group(0), nums))
    return out


# in the results, the arms sized as they stood at baseline are the allocated arms: "The
# naltrexone group (n = 29) and the placebo group (n = 28) were similar at baseline",
# "Baseline characteristics of the LDN arm (n = 26) and the placebo arm (n = 27)" (the
# sentence opens with the arms themselves: "Responders in the X group (n = 15)", "those who
# withdrew from ...", "Dropouts at baseline: ..." are parts of them)
_NOT_WHOLE_ARMS = re.compile(
    rf"{_LEFT}|respond|remitt|dropout|drop-out|\bwho\b|\bthose\b|\bevents?\b", re.IGNORECASE
)
_ARM_FRAME = re.compile(
    r"\b(?:at|baseline|the|characteristics|data|scores|of|in|and|group|arm|low|dose|doses|"
    r"daily|nightly|low-dose)\b|[\d.,:\-()]",
    re.IGNORECASE,
)


def _arms_at_baseline(
    text: str, first: int, drug: re.Pattern[str], code: re.Pattern[str] | None = None
) -> bool:
    # (the clause of the arms only: "...(n = 33) were similar at baseline; 87 participants
    # completed" tells of the completers after them, holdout534 52200926)
    end = text.find(";", first)
    clause = text if end < 0 else text[:end]
    if "baseline" not in clause.lower() or _NOT_WHOLE_ARMS.search(clause):
        return False
    head = _ARM_LABEL.sub(" ", drug.sub(" ", text[:first]))
    if code is not None:
        head = code.sub(" ", head)  # "Group A (n = 31)": an arm by the code it was given
    return not _ARM_FRAME.sub(" ", head).strip()


_ARM_NOUN_LAST = re.compile(r"\b(?:arm|group)\s*\(?\s*$", re.I)


def _each_arm(doc: Doc, s: Sentence, starts: list[int]) -> bool:
    """Each "(n = N)" follows an arm of the study's own: "X 4 mg nightly (n = 40) or
    placebo (n = 41)" gives the arms' sizes, so their sum is the allocated total."""
    if s.background:
        return False
    drug = doc.aliases.pattern()
    codes = arms.coded(doc)
    code = arms.coded_pattern(list(codes)) if codes else None
    if s.in_results and not _arms_at_baseline(s.text, starts[0], drug, code):
        return False
    edges = [0, *starts]
    pieces = [s.text[a:b] for a, b in pairwise(edges)]
    # arms by the codes the allocation gave them, each once: "Group A (n = 31) and group B
    # (n = 30)" (the piece names its arm last, just before its size)
    if code is not None:
        found = [[m.group("code") for m in code.finditer(p)] for p in pieces]
        named_by = [f[-1] if f else None for f in found]
        if (
            all(named_by)
            and len(set(named_by)) == len(pieces)
            and any(codes[c] for c in named_by if c)
        ):
            return True
    # (or by the word arm or group right before its size, a comparator drug's arm: "and
    # escitalopram arm (n = 33)", holdout534 52200926)
    named = [
        bool(drug.search(p) or _ARM_LABEL.search(p) or _ARM_NOUN_LAST.search(p)) for p in pieces
    ]
    # (the drug's arms may be named by their doses alone, one piece for each of the arms the
    # allocation gave: "The 250 microgram (n = 19), 500 microgram (n = 21) and placebo
    # (n = 20) groups")
    by_dose = len(pieces) == arms.count(doc) and not any(
        doc.lexicon.find(p)
        or any(not _ARM_LABEL.fullmatch(m.group(0)) for m in doc.spec.other_drugs.finditer(p))
        for p in pieces
    )
    return (
        all(named)
        and any(drug.search(p) or (by_dose and _DOSE_NAMED.search(p)) for p in pieces)
        # (the other arm named by a label or as a group of its own: "the LDN group (n = 48)
        # and the escitalopram group (n = 48)")
        and any(
            (_ARM_LABEL.search(p) or _ARM_NOUN_LAST.search(p)) and not drug.search(p)
            for p in pieces
        )
    )


def _one_study(text: str) -> bool:
    """A review's sentence about one included study, not a total over all of them."""
    return _ONE_STUDY.search(text) is not None and _TOTAL.search(text) is None


# the study named with its own size: a count of people joined to the study noun as its
# attribute ("a 52-patient randomised trial", "our 120-participant study") or the study
# pointed at as this one and sized ("in this trial of 120 adults", "the present study of
# 64 patients"); a length or a count of arms or sites is no size ("a 12-week trial")
_STUDY_NOUN = r"(?:trials?|stud(?:y|ies)|RCTs?|pilots?|cohorts?|experiments?|samples?)"
# the sized study named as what another is of or from: "data from a 300-patient trial",
# "an extension of this trial of 120 adults", "a substudy within our 500-participant cohort"
_PART_OF_SIZED = re.compile(
    r"\b(?:of|from|within|in|after|following|to|beyond)\s+(?:an?|the|our|their|its|that)\s+$|"
    # (the demonstrative may open the match: "an extension of this trial of 120 adults";
    # "in this 96-patient trial" is the study's own)
    r"\b(?:of|from|within|after|following|beyond)\s+(?:this\s+)?$",
    re.IGNORECASE,
)
_SIZED_STUDY = Folded(
    # (the noun singular, as an attribute: "3,110 patients were included in each cohort"
    # is a count with its verb, read elsewhere)
    r"\b(?:an?|our|this|the\s+present|the\s+current)\s+(?:[\w\-]+,?\s+){0,2}?"
    rf"{_LEAD}(?P<num>{NUMBER})[\s\-]+(?:patient|participant|subject|person|"
    r"adult|woman|adolescent|outpatient|inpatient|volunteer)[\s\-]+"
    r"(?!(?:were|was|are|is|had|have|who|in|of|with|at|from)\b)"
    rf"(?:[\w\-]+,?\s+){{0,4}}?{_STUDY_NOUN}\b|"
    r"\b(?:this|the\s+present|the\s+current|our|the\s+index)\s+(?:[\w\-]+,?\s+){0,4}?"
    r"(?:trial|study|RCT|pilot|cohort)\s+(?:of|in|with|among|involving|enrolling|including)\s+"
    rf"(?:(?:a\s+total\s+of|some|about|approximately)\s+)?(?P<num2>{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}})(?:{_NOUNS})\b{_NOT_PEOPLE_AFTER}",
    re.IGNORECASE,
)


# A part of the study's people set apart for a further measure: "infant levels will be measured
# in a subsample of 20 mother-infant dyads", "a subset of 24 will undergo fMRI", "a nested
# cohort of 30", "20 participants will also join a sleep sub-study" (a part, never the study's
# size; in a report of that part, ``doc.derived``, it is the report's own sample)
_SUBSAMPLE_WORDS = (
    r"(?:sub-?(?:samples?|sets?|groups?|stud(?:y|ies)|cohorts?)|nested\s+(?:cohorts?|samples?|"
    r"stud(?:y|ies)))"
)
_SUBSAMPLE_BEFORE = re.compile(
    rf"\b(?:an?|the|this|one)\s+(?:[\w\-]+\s+){{0,2}}?{_SUBSAMPLE_WORDS}(?:\s+of\s+(?:the\s+|"
    r"(?:approximately|about|around|up\s+to|at\s+least)\s+)?|\s*\(?\s*)$",
    re.IGNORECASE,
)
_SUBSAMPLE_AFTER = re.compile(
    r"^[^.;()]{0,50}?\b(?:in|into|join|joining|enter|entering|for)\s+(?:an?|the|this)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?{_SUBSAMPLE_WORDS}\b",
    re.IGNORECASE,
)


def _subsample(text: str, start: int, end: int) -> bool:
    """The count at ``text[start:end]`` is a part set apart for a further measure."""
    low = text.lower()
    if "sub" not in low and "nested" not in low:
        return False  # (a fast first look)
    return bool(
        _SUBSAMPLE_BEFORE.search(text, max(0, start - 60), start)
        or _SUBSAMPLE_AFTER.match(text, end)
    )


# "Of 5,235 eligible adults, 1,047 initiated LDN": eligible people split by exposure
_ELIGIBLE_SPLIT = Folded(
    rf"(?:^|[;:]\s*|\.\s+)of\s+(?:the\s+|all\s+)?(?P<num>{NUMBER}){_NOT_PCT}\s+eligible\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_NOUNS}),\s*{NUMBER}\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?"
    r"(?:initiated|started|began|commenced|filled|(?:were|was)\s+(?:dispensed|prescribed))\b",
    re.IGNORECASE,
)


# a count given as one site's quota: "Each site aims to recruit twenty participants",
# "every clinic will randomise 30 patients", "each centre enrolled 12" (its sites are
# counted elsewhere: ``_sites_counted``)
_QUOTA_BEFORE = re.compile(
    r"\b(?:each|every|per)\s+(?:participating\s+|study\s+|trial\s+)?"
    r"(?:site|cent(?:re|er)|clinic|hospital|practice)\b(?:(?!\d)[^.;])*$",
    re.IGNORECASE,
)
# the sites a study runs in, counted: "in six university hospitals", "at three sites",
# "Four outpatient clinics take part", "at three National Health Service mental health
# trusts" (a longer run only of naming words, none a word that starts another phrase: not
# "three doses of X given at night in clinics")
_SITE_NAMING = (
    r"(?:(?!(?:of|in|at|to|and|or|with|for|from|by|on|per|each|were|was|will|are|is|who|"
    r"that|which|patients|participants|people|adults|weeks?|months?|days?|years?)\b)"
    r"[\w\-]+\s+)"
)
_SITES_COUNTED = Folded(
    rf"(?<![\w.,])(?P<k>{NUMBER})\s+(?:(?:[\w\-]+\s+){{0,2}}?|{_SITE_NAMING}{{3,5}}?)"
    rf"(?:{_SITES}|trusts)\b",
    re.IGNORECASE,
)


def _units_counted(doc: Doc, key: str, told: Folded, most: int) -> int | None:
    """How many units (sites, cohorts) the study's own sentences count with ``told``, when
    they give only one number, from 2 to ``most``; remembered per record under ``key``."""

    def compute(doc: Doc) -> int | None:
        ks = {
            k
            for s in doc.sentences
            if s.own or s.is_title
            for m in told.finditer(s.text)
            if (k := words_to_int(m.group("k")))
        }
        return next(iter(ks)) if len(ks) == 1 and 2 <= min(ks) <= most else None

    return doc.remember(key, compute)


def _sites_counted(doc: Doc) -> int | None:
    """The number of sites the study's own sentences give, when they give only one."""
    return _units_counted(doc, "sites_counted", _SITES_COUNTED, 50)


def _site_quota(doc: Doc, s: Sentence, start: int, value: int) -> int:
    """A count said to be one site's quota, times the sites counted elsewhere (else as
    it stands)."""
    low = s.text[max(0, start - 60) : start].lower()
    if not ("each " in low or "every " in low or "per " in low):
        return value
    if not _QUOTA_BEFORE.search(s.text, max(0, start - 60), start):
        return value
    k = _sites_counted(doc)
    return k * value if k else value


# the sample told only as what was left of the people assessed once some were turned
# away: "212 were assessed; 53 were excluded (...), and the remainder were randomised"
# (the pool may open the sentence as its frame: "Of 311 people screened, 187 were
# ineligible or declined; the remainder were randomised")
_REMAINDER_TAKEN = Folded(
    rf"(?:{_LEAD}(?P<pool>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}?(?:(?:{_NOUNS})\s+)?(?:were|was)\s+"
    r"(?:screened|assessed|evaluated|approached|considered)\b|"
    rf"(?:^|[;:]\s*)\W*of\s+(?:the\s+|all\s+)?(?P<pool2>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}?"
    rf"(?:(?:{_NOUNS})\s+)?(?:(?:who\s+)?(?:were|was)\s+)?"
    r"(?:screened|assessed|evaluated|approached|considered)\b)[^.;]{0,60}?[;,]\s*"
    rf"(?:and\s+|of\s+(?:these|whom|them),?\s+)?(?P<out>{NUMBER}){_NOT_PCT}\s+(?:were|was)\s+"
    r"(?:excluded|ineligible|not\s+eligible)\b[^.;]{0,100}?(?:;\s*(?:and\s+)?)?"
    r"\bthe\s+(?:remainder|rest|others|remaining\s+(?:ones|people|patients|participants))\s+"
    r"(?:were|was)\s+(?:then\s+)?(?P<verb>randomi[sz]ed|enrol+ed|included|allocated|assigned)\b",
    re.IGNORECASE,
)


def _remainder_taken(s: Sentence) -> list[Count]:
    """The people left after those excluded from the people assessed, when only the
    remainder is said to have been taken in (``_REMAINDER_TAKEN``)."""
    out: list[Count] = []
    for m in _REMAINDER_TAKEN.finditer(s.text):
        at = "pool" if m.group("pool") else "pool2"
        pool, turned = words_to_int(m.group(at)), words_to_int(m.group("out"))
        if pool and turned and 0 < turned < pool and not _other_work(s, m.start(at)):
            # (allocated to arms, as randomised, beats enrolled)
            allocated = m.group("verb").lower()[:3] in ("ran", "all", "ass")
            score = 3 - _section_penalty(s) + allocated
            out.append(Count(pool - turned, score, s, m.group(0)))
    return out


# the size of one arm, the arm as the subject: "The placebo group comprised 21
# participants", "the naltrexone arm included 40 patients", "the LDN group numbered 42"
_ONE_ARM_SIZE = Folded(
    r"\bthe\s+(?P<arm>[\w\-]+(?:\s+[\w\-]+)?)\s+(?:group|arm)\s+(?:comprised|included|"
    rf"contained|consisted\s+of|numbered|was\s+made\s+up\s+of)\s+(?P<num>{NUMBER}){_NOT_PCT}"
    rf"(?:\s+{_MOD}{{0,2}}(?:{_NOUNS}))?\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
_INERT = re.compile(r"\b(?:placebo|control|sham|dummy)\b", re.IGNORECASE)


def _arm_by_ratio(doc: Doc, s: Sentence) -> list[Count]:
    """The sample from the size of one arm and the allocation ratio: "randomised 2:1 to X
    or placebo ... The placebo group comprised 21 participants" is 21 x 3 = 63 (the whole
    only where the ratio gives a whole number of people)."""
    out: list[Count] = []
    shares = arms.ratio_shares(doc)
    if not shares:
        return out
    drug_at = [(m.start, m.end) for m in doc.drug(s)]
    for m in _ONE_ARM_SIZE.finditer(s.text):
        value = words_to_int(m.group("num"))
        if not value or _other_work(s, m.start()):
            continue
        word = m.group("arm")
        inert = _INERT.search(word) is not None
        named_drug = any(m.start("arm") <= a < m.end("arm") for a, _ in drug_at)
        if not (inert or named_drug):
            continue
        which = [
            (a, part, whole)
            for a, part, whole in shares
            if (inert and _INERT.search(a.text) and not a.has_drug)
            or (named_drug and not inert and a.has_drug)
        ]
        if len(which) != 1:
            continue
        _, part, whole = which[0]
        if (value * whole) % part:
            continue
        out.append(Count(value * whole // part, 4 - _section_penalty(s), s, m.group(0)))
    return out


# an outcome tallied arm by arm over each arm's people: "19 of the 27 LDN-treated women",
# "9 of 26 patients in the placebo group", "12 of the 30 participants given naltrexone"
_ARM_TALLY = Folded(
    rf"{_LEAD}(?:{NUMBER})\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:out\s+)?of\s+(?:the\s+)?"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+"
    r"(?:(?P<pre>[\w\-]+?)[\s\-](?:treated|allocated|assigned|randomi[sz]ed)\s+)?"
    rf"{_MOD}{{0,2}}(?:{_NOUNS})\b"
    r"(?:\s+(?:in\s+the\s+(?P<post>[\w\-]+(?:\s+[\w\-]+)?)\s+(?:group|arm)|"
    r"(?:given|receiving|taking|on|assigned\s+to|allocated\s+to|randomi[sz]ed\s+to)\s+"
    r"(?P<post2>[\w\-]+)))?",
    re.IGNORECASE,
)


def _arm_tallies(doc: Doc, s: Sentence) -> list[Count]:
    """The sample from an outcome tallied over every arm's people, when nothing else
    counts them: "Response occurred in 19 of the 27 LDN-treated women and 9 of the 26
    placebo-treated women" is 53, one tally per arm (the watched drug's arms and an inert
    one), as many tallies as the study has arms."""
    drug_at = [m.start for m in doc.drug(s)]
    tallies: list[tuple[int, bool]] = []
    for m in _ARM_TALLY.finditer(s.text):
        value = words_to_int(m.group("num"))
        group = next((g for g in ("pre", "post", "post2") if m.group(g)), None)
        if not value or group is None or _other_work(s, m.start()):
            continue
        inert = _INERT.search(m.group(group)) is not None
        named = any(m.start(group) <= a < m.end(group) for a in drug_at)
        if inert == named:
            continue
        tallies.append((value, inert))
    if len(tallies) < 2 or sum(inert for _, inert in tallies) != 1:
        return []
    if arms.count(doc) != len(tallies):
        return []
    parts = tuple(v for v, _ in tallies)
    # (taken only where nothing better counts the people, as completers are)
    return [Count(sum(parts), 1 - _section_penalty(s), s, s.text, parts)]


def _counts_sites(text: str, c: Count) -> bool:
    """A count told bare, with no people noun, after a count of sites in its sentence and
    no people named before it: "Fourteen practices took part; seven were randomised
    to X and seven to usual care" allocates sites, not people."""
    if _PEOPLE_NOUN.search(c.span):
        return False
    pos = text.find(c.span)
    if pos <= 0:
        return False
    # (the sites are what the sentence counts, not where its people were: "Of 112 patients
    # screened at four sites, 86 were randomised" counts people)
    before = text[:pos]
    return _SITES_COUNTED.search(before) is not None and not _PEOPLE_NOUN.search(before)


# a count opening the brackets right after a drug: "sertraline (two participants)",
# "citalopram (n = 3)"
_BRACKET_OPENS = re.compile(r"\(\s*(?:[nN]\s*=\s*)?$")
_BRACKET_COUNT = re.compile(rf"\s*\(\s*(?:[nN]\s*=\s*)?(?:{NUMBER})\b", re.IGNORECASE)


def _drug_tally(doc: Doc, s: Sentence, start: int) -> bool:
    """The count at ``start`` tallies the users of one co-medication in a list that counts
    the users of each ("their antidepressants included vortioxetine (three participants),
    sertraline (two) and fluoxetine (one)"): a part of the sample, not its size. A single
    drug with its count ("adults on sertraline (n = 64) were randomised") may be everyone."""
    text = s.text
    if not _BRACKET_OPENS.search(text, max(0, start - 8), start):
        return False
    opened = text.rfind("(", 0, start)
    found = doc.comedications(s)
    if not any(text[m.end : opened].strip() == "" for m in found):
        return False
    tallied = sum(1 for m in found if _BRACKET_COUNT.match(text, m.end))
    return tallied >= 2


# Session 35, round 91: the people counted as the users of a co-medication they already
# took ("15 participants were taking bupropion", "22 patients were on sertraline and 10 on
# escitalopram", "Eighteen participants were receiving an SSRI at entry", "nine took
# trazodone at night", "12 patients used an SNRI concurrently"): a part of the sample told
# by what else it takes, not whom the study took in. (Not when the clause then takes them
# in, "64 adults taking sertraline were randomised", nor "all 40 participants were on an
# SSRI".)
_TAKING_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:were|was)\s+(?:already\s+|also\s+|still\s+|"
    r"concurrently\s+|currently\s+)?(?:taking|on|using|receiving|prescribed|treated\s+with|"
    r"maintained\s+on)|(?:already\s+|also\s+)?(?:took|used))\s+"
    r"(?:(?:an?|the|their|concomitant|concurrent|existing|ongoing|stable)\s+){0,2}",
    re.IGNORECASE,
)
_TAKEN_IN_CLAUSE = Folded(
    r"\b(?:randomi[sz]ed|randomly|enrol+ed|recruited|included|allocated|assigned|entered|"
    r"took\s+part|participated)\b",
    re.IGNORECASE,
)


_FRAME_OF_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the\s+|these\s+|all\s+|our\s+)?$", re.I)


def _comedication_users(doc: Doc, s: Sentence, start: int, end: int) -> bool:
    """The count at ``start``..``end`` tallies the people taking a co-medication (a drug
    or class of the lexicon, named right after "were taking", "were on", "took"), in a
    clause that takes nobody in."""
    text = s.text
    if _ALL_BEFORE.search(text[:start]) or _FRAME_OF_BEFORE.search(text, 0, start):
        return False  # (nor "41 of the 58 randomised were taking an SSRI": 58 the frame)
    taking = _TAKING_AFTER.match(text, end)
    if taking is None:
        return False
    if not any(m.start == taking.end() for m in doc.comedications(s)):
        return False
    stop = min((i for i in (text.find(";", end), text.find(".", end)) if i >= 0), default=len(text))
    return _TAKEN_IN_CLAUSE.search(text, taking.end(), stop) is None


# a people-noun in the singular right after a count of more than one modifies the noun
# after it: "two child and adolescent mental health services", "three adult clinics",
# "two patient-facing services" count places or groups, not people
# ("individual" is left out: "1,214 individual case reports" counts the reports)
_SINGULAR_PERSON = (
    r"(?:patient|participant|subject|adult|woman|man|child|adolescent|youth|volunteer|person|"
    r"(?:out|in)-?patient|veteran|female|male|user)"
)
_MODIFIER_AFTER_COUNT = re.compile(
    rf"\s+{_SINGULAR_PERSON}(?:\s+(?:and|or)\s+{_SINGULAR_PERSON}|\s*/\s*{_SINGULAR_PERSON})*"
    # (not a noun that is its own plural, followed by its verb: "58 youth were randomized")
    r"(?=[\s\-](?!(?:were|was|had|have|are|is|received|took|completed|entered|underwent)\b)"
    r"[A-Za-z])",
    re.IGNORECASE,
)
# ... unless what it modifies is people, or what stands for them, a few words on: "160
# adult outpatients", "58 patient charts were reviewed", "40 male and female volunteers"
_PEOPLE_SOON = re.compile(
    rf"(?:[\s\-]+[\w\-]+){{0,3}}?(?:[\s\-]+|/)(?:{_NOUNS})\b",
    re.IGNORECASE,
)
# ... or the count sizes the study it goes on to name: "an 84 patient double-blind study"
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _modifying_noun(text: str, num_start: int, num_end: int) -> bool:
    """The count at ``text[num_start:num_end]`` is followed by a singular people-noun that
    goes on into another word, not into the people: a modifier of a place or a group."""
    m = _MODIFIER_AFTER_COUNT.match(text, num_end)
    return (
        m is not None
        and _PEOPLE_SOON.match(text, m.end()) is None
        and _ARTICLE_BEFORE.search(text, max(0, num_start - 4), num_start) is None
    )


def candidates(
    doc: Doc, *, review: bool = False, survey: bool = False, planned: bool = False
) -> list[Count]:
    """Every plausible participant count in the abstract.

    In a review, a sentence about one included study ("the only trial enrolled 12
    patients") is not the review's sample; pooled totals ("18 trials with 3,245
    participants", "(two trials and one cohort; total n = 140)") are. In a survey the
    people who answered are the participants.
    """
    out: list[Count] = []
    arms_memo: dict[str, int | None] = {}
    invitation = _followed_up(doc)
    for s in doc.sentences:
        if not _ANY_NUMBER.search(s.text) or (review and _one_study(s.text)):
            continue
        # a results paper's sample-size calculation ("with 80% power ..., 160 participants
        # were required") is its plan, unless the sentence also enrols
        plan_only = not planned and roles.size_plan(s.text) and not _ENROLLED.search(s.text)
        # the sample a power sentence names, its people named or not ("A sample of 96
        # participants (48 per arm) provides 80% power"): a results paper's plan, never its
        # n, whatever else the sentence enrols (a protocol's is taken from ``_SAMPLE``)
        powered = (
            {m.start("num6") for m in _SAMPLE.finditer(s.text) if m.group("num6")}
            if not planned and ("sample of" in s.text.lower() or "total of" in s.text.lower())
            else set()
        )
        found: list[tuple[int, int, int, str]] = []  # value, start, end, noun
        # (outside a survey, staff counted beside the patients they enrol are no sample)
        staff_beside_patients = (
            not survey
            and _STAFF_WORD.search(s.text) is not None
            and any(not _STAFF_NOUN.fullmatch(m.group("noun")) for m in _COUNT.finditer(s.text))
        )
        for m in _COUNT.finditer(s.text):
            if staff_beside_patients and _STAFF_NOUN.fullmatch(m.group("noun")):
                continue
            if _a_year(s.text, m.start("num"), m.end("num")):
                continue
            value = words_to_int(m.group("num"))
            if value and value > 1 and _modifying_noun(s.text, m.start("num"), m.end("num")):
                continue  # "at two child and adolescent mental health services": places
            if value:
                value = _site_quota(doc, s, m.start(), value)
            if invitation and (share := _share_that_took_part(s.text, m.start(), m.end())):
                # a follow-up's sample told as a share of the trial's people it asked
                # again: "Ten of the 12 randomised patients agreed to an interview" is 10
                value = share
            marked = planned and _plan_marked(s, m.start())
            mods = m.group("mods") or ""
            if marked:
                # the people a protocol expects to be eligible are whom it plans to take in
                mods = re.sub(r"\beligible\b", " ", mods, flags=re.IGNORECASE)
            score = _score(s, m.start(), m.end(), mods, survey=survey, invitation=invitation)
            if score is not None and not doc.derived and _subsample(s.text, m.start(), m.end()):
                # a part set apart for a further measure: taken only when nothing else
                # counts the study's people, as its completers are
                score, marked = 1 - _section_penalty(s), False
            if marked and score is not None:
                score += _section_penalty(s) + 1  # the plan, named as such, in any section
                if _RANDOMISED_VERB.search(s.text, max(0, m.start() - 50), m.start()):
                    # "we anticipate randomising around 110 of them": an RCT's n is whom
                    # it randomises, not whom it enrols in a lead-in (as "N were randomised")
                    score += 1
            if score is not None and (
                _drug_tally(doc, s, m.start()) or _comedication_users(doc, s, m.start(), m.end())
            ):
                score = None  # "vortioxetine (three participants), sertraline (two)": users
            if (
                plan_only
                or m.start() in powered
                or (
                    not planned
                    and (
                        _POWERED_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()])
                        or _PLAN_VERB_AFTER.match(s.text[m.end() : m.end() + 90])
                        # "73 out of 90 planned patients": the plan named in the count itself
                        or _PLAN_WORD.search(mods)
                    )
                )
            ):
                score = None  # "powered for 120 participants": a results paper's plan
            if value is None or score is None or value == 0:
                continue
            if planned and _PLANNED_OBJECT.search(s.text[max(0, m.start() - 40) : m.start()]):
                score += 1  # "we aim to enrol 1000 adults": whom the protocol will take in
            elif planned and _TO_BE_RANDOMISED_AFTER.match(s.text, m.end()):
                # "to enrol about 260 patients to obtain 120 responders (...), who will be
                # randomised": a protocol's n is whom it randomises, not its lead-in's
                score += 3
            noun = m.group("noun").lower()
            if noun in ("pt", "pts") and _POINTS_BEFORE.search(s.text[: m.start()]):
                continue  # "MADRS fell 9 pts": points of a scale, not patients
            # (or by the noun itself: "2,000 non-users", "1,024 comparators")
            if _COMPARISON_MODS.search(f"{m.group('mods') or ''}{noun}") or (
                # ... or by the matching that drew them: "and matched them 1:4 to 9,272
                # SSRI users", "each matched with 1,640 patients on an SSRI alone"
                _MATCHED_TO_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
            ):
                noun = "controls"  # "800 unexposed pregnant women", "60 healthy volunteers"
                if _controls_took_nothing(doc):
                    score = 0  # a yardstick that took no study drug: not the sample
            found.append((value, m.start(), m.end(), noun))
            out.append(Count(value, score, s, m.group(0)))
        # the study named with its own size ("a 52-patient randomised trial", "In this trial
        # of 120 adults, ..."): whom it took in, wherever the record says it, its title and
        # its conclusions included (a conclusion restating the study's own size is no call
        # for another study; "a future 200-patient trial" is ruled out by ``_score``)
        for m in _SIZED_STUDY.finditer(s.text) if (s.own or s.is_title) and not doc.derived else ():
            # (a derived report's sized study is its parent: "secondary analysis of a
            # 120-patient trial"; nor is a study the sized one is part of or drawn from)
            value = words_to_int(m.group("num") or m.group("num2"))
            start = m.start("num") if m.group("num") else m.start("num2")
            if not value or plan_only or _PART_OF_SIZED.search(s.text, 0, m.start()):
                continue
            g = "num" if m.group("num") else "num2"
            if value > 1 and _modifying_noun(s.text, m.start(g), m.end(g)):
                continue  # "this pilot in two patient-facing services": places
            score = _score(s, start, m.end(), survey=survey, invitation=invitation)
            if score is None or _PLAN_WORD.search(m.group(0)):
                continue
            if s.in_conclusion and not (s.background or s.restated):
                score += 2  # (the study's own size, not a conclusion about others)
            out.append(Count(value, score, s, m.group(0)))
        low = s.text.lower()
        if "men" in low or "male" in low or "girls" in low or "boys" in low:
            out += _sexes(s, survey=survey)
        for rx in (_IN_TOTAL, _SAMPLE):
            if rx is _IN_TOTAL and "total" not in low and "in all" not in low:
                continue  # (a fast first look: every shape of it says "total" or "in all")
            for m in rx.finditer(s.text):
                if rx is _IN_TOTAL:
                    if m.group("plan") and not planned:
                        continue  # a results paper's planned total: its plan, never its n
                    value = words_to_int(m.group("num") or m.group("num2"))
                    if (
                        m.group("num")
                        and not _PEOPLE_NOUN.search(m.group(0))
                        and _EVENTS_BEFORE.search(s.text[max(0, m.start() - 80) : m.start()])
                    ):
                        # a tally of events, no people named: "Serious adverse events were
                        # rare (three in total)" (holdout341 38300025)
                        continue
                    if m.group("num") and _DID_AFTER.match(s.text, m.end()):
                        # those of them who went on to do something: "41 participants in
                        # total started extended-release naltrexone after the taper"
                        continue
                else:
                    value = words_to_int(next(g for g in m.groups() if g))
                if _other_work(s, m.start()):
                    continue
                if not (review or s.own) and s.literature:
                    # the total of the work a background sentence tells of: "reviews have
                    # pooled five trials with 228 participants in total" is theirs
                    continue
                if rx is _SAMPLE and m.group("num6") and not planned:
                    continue  # a results paper's power calculation: its plan, never its n
                if rx is _SAMPLE and m.group("num7") and not planned:
                    continue  # (a cap is a protocol's plan: a results paper's is no count)
                if rx is _SAMPLE and m.group("num8") and not planned:
                    continue  # (so is the number it will take in)
                if value and not _per_arm_after(s.text, m.end()):
                    score = 5 + (not s.background) * 2
                    if (
                        (rx is _SAMPLE and m.group("num6")) or (rx is _IN_TOTAL and planned)
                    ) and _ATTRITION_ALLOWED.search(s.text, m.end()):
                        # "A sample of 52 evaluable participants provides 80% power; allowing
                        # for 20% attrition, we will randomise 64": the powered sample is
                        # whom the analysis needs; the study plans to take in the larger
                        # number named after the allowance (so is a plan's total: "27
                        # evaluable per arm (135 in total) give 85% power; allowing for 15%
                        # attrition, 32 per arm will be randomised")
                        score = 3
                    if rx is _SAMPLE and not planned:
                        score = 2  # a results paper's planned size is not whom it enrolled
                        if _PLAN_WORD.search(m.group(0)):
                            # ... and a size it names as its aim ("recruitment to the target
                            # sample of 24 continues", "the planned enrolment: 60") is
                            # whom it hopes to enrol: no count of its people, below even
                            # its completers (an interim report's n is whom it has)
                            score = 0
                    out.append(Count(value, score, s, m.group(0)))
        # (its prefilter asks for the verbs and the nouns)
        for m in _REACHED_SAMPLE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if value and not (_MAY.search(s.text[: m.start()]) or _other_work(s, m.start())):
                out.append(Count(value, 4 - _section_penalty(s), s, m.group(0)))
        if "cohort" in low or "sample" in low or "population" in low:
            for m in _NAMED_SAMPLE.finditer(s.text):
                value = words_to_int(m.group("num"))
                if value and not (
                    _other_work(s, m.start())
                    or _PLAN_WORD.search(m.group(0))
                    or _per_arm_after(s.text, m.end())  # "840 per group"
                ):
                    out.append(Count(value, 4 - _section_penalty(s), s, m.group(0)))
            # (the sample a count is said to form beats the pool it was drawn from: "Of 171
            # offered X, 143 started and form the analysed cohort")
            for m in _FORMS_SAMPLE.finditer(s.text):
                value = words_to_int(m.group("num"))
                if value and not _other_work(s, m.start()):
                    out.append(Count(value, 5 - _section_penalty(s), s, m.group(0)))
        if planned:
            # an amended protocol's new planned size replaces the old one
            for rx in (_REVISED_SAMPLE, _RESET_SAMPLE):
                if rx is _REVISED_SAMPLE and "from" not in s.text:
                    continue
                for m in rx.finditer(s.text):
                    # the branch that matched (its new size, not the one it left: "old")
                    num = next(v for k, v in m.groupdict().items() if v and not k.startswith("old"))
                    value = words_to_int(num)
                    if value and not _other_work(s, m.start()):
                        out.append(Count(value, 7, s, m.group(0)))
        arms = []
        arm_starts: list[int] = []
        drug_parts = _after_comedications(doc, s)
        for m in _N_EQ.finditer(s.text):
            value = words_to_int(m.group("num")) or 0
            if not planned and _POWERED_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()]):
                continue  # "(planned n = 40)" in a results report: the plan, not the sample
            if _SUBGROUP_CLAUSE.match(re.split(r"[;:]|\.\s", s.text[: m.start()])[-1]):
                continue  # "Among participants who had responded (n = 49), ...": a subgroup
            if _CHANGED_BEFORE_N.search(s.text[max(0, m.start() - 120) : m.start()]):
                continue  # "Non-responders (n = 9) ...", "those whose dose was raised (n = 3)"
            if _POOL_PAREN.search(s.text, max(0, m.start() - 40), m.start()):
                continue  # "were screened (n = 488)": the pool looked at, not the sample
            if _SOURCE_PAREN.search(s.text, max(0, m.start() - 40), m.start()) and (
                _TAKEN_FROM_SOURCE.match(s.text, m.end())
            ):
                continue  # "a national registry (n = 48,210), we identified 1,306": the pool
            if _EVENTS_BEFORE.search(s.text[max(0, m.start() - 120) : m.start()]):
                continue  # "AEs: vivid dreams (n=6)": people with an event, a part
            if _attribute_list(doc, s.text, m.start()):
                continue  # "Concurrent medications included lithium (n = 77)": a part
            if _WRITINGS_BEFORE.search(s.text[max(0, m.start() - 160) : m.start()]):
                continue  # "all public posts ... (n = 58,211)": things written, not people
            if staff_beside_patients and _STAFF_BEFORE_N.search(
                s.text[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "Clinicians (n = 64) enrolled 28 patients": the staff
            score = _score(s, m.start(), m.end())
            if not doc.derived and _subsample(s.text, m.start(), m.end()):
                continue  # "a subsample (n = 20) gave blood": a part, never an arm to add
            if score is not None and value:
                arms.append(value)
                arm_starts.append(m.start())
                # (the people on each of two co-medications, "on mirtazapine (n=17) or
                # nortriptyline (n=13)", are parts of the sample: counted only in the sum
                # of the parts; one such bracket, "those taking venlafaxine or duloxetine
                # (n = 62)", is the sample)
                if m.start() not in drug_parts:
                    out.append(Count(value, score, s, m.group(0)))
        # "N=49 ... (SSRI n=30, SNRI n=12, bupropion n=7)": one count is the sum of the
        # others, so it is the total and they are its breakdown
        stated = len(arms) >= 3 and any(2 * a == sum(arms) for a in arms)
        if (
            len(arms) >= 2
            and not stated
            and (_ENROL.search(s.text) or _each_arm(doc, s, arm_starts))
        ):
            score = 2 + (not s.background)
            out.append(Count(sum(arms), score, s, s.text, tuple(arms)))
        # "400 exposed and 400 unexposed women": a count whose noun is left to the
        # comparison count coordinated after it counts the same kind of people
        for _, start, _, noun in list(found):
            if noun != "controls":
                continue
            el = _ELIDED_SIBLING.search(s.text, max(0, start - 40), start)
            if el and not any(f[1] <= el.start("num") < f[2] for f in found):
                v = words_to_int(el.group("num"))
                if v:
                    found.append((v, el.start("num"), el.end("num"), "elided"))
        found.sort(key=lambda f: f[1])
        # "Ten women with fibromyalgia and ten healthy controls"
        people = [f for f in found if f[3] != "controls"]
        controls = [f for f in found if f[3] == "controls"]
        # ("6,200 patients were included (1,240 exposed, 4,960 matched controls)": controls
        # laid out after a head count are part of it, a breakdown, not more people)
        if (
            people
            and controls
            and controls[0][1] > people[0][1]
            and not _laid_out(s.text, people[0][2], controls[0][1])
            # (nor the pool an "Of N ..." frame opens with: "Of 38,511 adults, 1,204 initiated
            # LDN and were matched to 4,816 non-initiators")
            and not _framed(s.text, people[0][1])
        ):
            # in a trial the randomised people are the sample, not the controls beside them
            pair = (people[0][0], controls[0][0])
            score = 3 if _ALLOC_VERB.search(s.text) else 4
            if planned and _PLANNED_OBJECT.search(s.text[max(0, people[0][1] - 40) : people[0][1]]):
                # "we aim to enrol 400 exposed women and 800 unexposed women": the plan's
                # object is both groups, as it is the first alone
                score += 1
            # (but a reference group the record says took no study drug is a yardstick, not
            # part of the sample: "volunteers were scanned once without medication")
            if not _controls_took_nothing(doc):
                out.append(Count(sum(pair), score, s, s.text, pair))
        bare = _shapes_without_noun(s, doc, arms_memo, survey=survey, planned=planned)
        bare += _arm_totals(s)
        if planned and " of " in low and "power" in low:
            bare += _powered_arms(s)
        if ("," in s.text or " and " in s.text) and _PART_TAKE_IN.search(s.text):
            bare += _parallel_parts(s)
        if "each " in low or "every " in low or "per " in low:
            bare += _unit_quota(doc, s, arms_memo)
        if "remain" in low or "the rest" in low or "others were" in low:
            bare += _remainder_taken(s)
        if _SITES_COUNTED.search(s.text):
            bare = [c for c in bare if not _counts_sites(s.text, c)]
        out += bare
        out += _took_arms(doc, s)
        out += _labelled_arms(doc, s)
        out += _bracketed_arms(doc, s)
        out += _sized_arms_as_subject(s)
        if " each " in low:
            out += _each_active_arm_and_control(doc, s)
        if ("group" in low or "arm" in low) and ":" in doc.text:
            out += _arm_by_ratio(doc, s)
        if " of " in low and not (s.background or s.prior or s.future):
            out += _arm_tallies(doc, s)
        out += _matched_sides(s, doc.sentences[s.index - 1] if s.index else None)
        # a cohort that splits its eligible people by whether they started the drug ("Of
        # 5,235 eligible adults, 1,047 initiated LDN"): the eligible are the cohort it
        # compares, in a study that allocates nobody (a trial's eligible are its pool)
        if "eligible" in low and not s.background:
            split = _ELIGIBLE_SPLIT.search(s.text)
            value = words_to_int(split.group("num")) if split else None
            if (
                split
                and value
                and not any(
                    _ALLOC_VERB.search(t.text)
                    for t in doc.sentences
                    if not (t.background or t.prior or t.future)
                )
            ):
                out.append(Count(value, 4 - _section_penalty(s), s, split.group(0)))
        # "15 patients received 0.75 mg twice daily (cohort 1); a second cohort of 15
        # received 2.25 mg": cohorts taken in one after another add up
        if people and ("cohort of" in low or "group of" in low):
            later = [
                words_to_int(c.group("num")) for c in _NEXT_COHORT.finditer(s.text, people[0][2])
            ]
            sized = [v for v in later if v]
            if later and len(sized) == len(later) and not _framed(s.text, people[0][1]):
                parts = (people[0][0], *sized)
                out.append(Count(sum(parts), 4 - _section_penalty(s), s, s.text, parts))
        if "(" in s.text and _ALLOC_HINT.search(s.text):
            out += _arm_breakdown(doc, s)
        # "42 participants were allocated to X, whereas 38 continued Y"
        # ("Among 176 randomized participants, 88 received X and 88 placebo": the arms
        # of the count the frame opens with, not more people)
        if found and not _framed(s.text, found[0][1]):
            sums = [m for m in _ALLOC_SUM.finditer(s.text) if m.start() > found[0][2]]
            extra = [words_to_int(m.group("num")) for m in sums]
            extra_values = [e for e in extra if e]
            # ("Fifty-eight were randomized and 54 received all six infusions": a count
            # allocated to no arm is the whole, and the smaller counts after it are what
            # became of some of them, not more people)
            if (
                extra_values
                and _ALLOCATED_WHOLE.match(s.text[found[0][2] : sums[0].start()])
                and all(e < found[0][0] for e in extra_values)
            ):
                extra_values = []
            if extra_values and re.search(r"allocated|assigned|randomi[sz]", s.text, re.I):
                parts = (found[0][0], *extra_values)
                out.append(Count(sum(parts), 4, s, s.text, parts))
    # a flattened table whose rows stand as sentences or lines of their own
    run: list[Sentence] = []
    for row in [*doc.sentences, None]:
        if row is not None and row.text.count("|") >= 2 and not row.background:
            run.append(row)
            continue
        if len(run) >= 2:
            out += _table_arms(run[0], "\n".join(r.text for r in run))
        run = []
    return out


# a count whose noun is elided, right before a comparison count: "400 exposed and " (in
# "400 exposed and 400 unexposed women"), "250 LDN-exposed and " (one or two words, no unit)
_ELIDED_SIBLING = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:(?!(?:mg|mcg|µg|μg|g|ml|mL|kg|years?|weeks?|days?|"
    r"months?|%|per|of|or|to)\b)[A-Za-z][\w\-]*\s+){1,2}and\s+$",
    re.I,
)


# a comparison group named by what sets it apart from the exposed or treated people:
# "800 unexposed pregnant women", "500 matched comparison adults", "60 healthy volunteers"
# (counted beside them, they are controls: part of the sample)
# a group named as the one others were matched to, right before its count: "matched them
# 1:4 to ", "each matched with ", "were propensity-matched to "
_MATCHED_TO_BEFORE = re.compile(
    r"\bmatched\s+(?:(?:them|each|him|her)\s+)?(?:\(?\d+\s*:\s*\d+\)?\s+)?(?:to|with)\s+$",
    re.I,
)
# the healthy comparison group counted beside the patients took no study drug: "healthy controls
# did not receive study medication", "volunteers were tested once without any drug", "only
# the patients received the study drug"
_CONTROLS_TOOK_NOTHING = Folded(
    r"\b(?:volunteers|healthy\s+(?:[\w\-]+\s+)?(?:controls|subjects|participants|adults|"
    r"individuals))\b[^.;]{0,60}?"
    r"\b(?:without\s+(?:any\s+)?(?:study\s+)?(?:medication|drug|treatment|dosing)|"
    r"(?:did\s+not|didn'?t|never)\s+(?:receive|take)|received\s+no\b|took\s+no\b|"
    r"(?:were|was)\s+not\s+(?:given|dosed|treated|medicated))|"
    r"\bonly\s+(?:the\s+)?(?:patients|depressed\s+(?:participants|patients|adults))\s+"
    r"(?:received|took|were\s+(?:given|dosed))\b",
    re.IGNORECASE,
)


def _controls_took_nothing(doc: Doc) -> bool:
    """The record says its comparison group took no study drug (in its own sentences)."""

    def compute(d: Doc) -> bool:
        return any(s.own and _CONTROLS_TOOK_NOTHING.search(s.text) for s in d.sentences)

    return doc.remember("controls_took_nothing", compute)


_COMPARISON_MODS = re.compile(
    r"\b(?:unexposed|non-?exposed|matched|healthy|comparison|control|reference|untreated|"
    r"non-?users?|non-?initiators?|comparators?)\b",
    re.I,
)
_SEXES = r"women|men|females|males|girls|boys"
_SEX_PAIR = Folded(
    # ("62 women and 30 men", "62 women, 30 men", "(62 women; 30 men)")
    rf"{_LEAD}(?P<a>{NUMBER})\s+(?P<sa>{_SEXES})(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?P<b>{NUMBER})\s+"
    rf"(?P<sb>{_SEXES})\b",
    re.IGNORECASE,
)


def _sexes(s: Sentence, *, survey: bool) -> list[Count]:
    """ "Fourteen women and eleven men with MDD were treated": the people counted sex by
    sex add up to the sample (not in brackets after a head count, which they describe;
    in brackets after an uncounted head, "Adults with MDD (62 women, 30 men) were
    randomised", they are the only count of it)."""
    out: list[Count] = []
    for m in _SEX_PAIR.finditer(s.text):
        if m.group("sa").lower()[0] == m.group("sb").lower()[0] or _counted_head(s.text, m.start()):
            continue
        a, b = words_to_int(m.group("a")), words_to_int(m.group("b"))
        score = _score(s, m.start(), m.end(), survey=survey)
        if a and b and score is not None:
            out.append(Count(a + b, score, s, m.group(0), (a, b)))
    return out


# a clause about part of the sample: "Among those who responded", "In the subgroup with"
# people named, right before their "(n = N)", by what they turned out to be or what was
# done to them after entry: "Early non-responders (n = 7)", "those whose dose was raised
# to 4.5 mg (n = 3)", "patients who needed a dose increase (n = 5)": a part of the sample
_CHANGED_BEFORE_N = re.compile(
    # (in the study: early, or by a week of it; "SSRI non-responders (n = 40)" may be the
    # sample, selected for an earlier failure)
    r"\b(?:early|late|partial|initial)\s+(?:non-?)?(?:responders|remitters|improvers)"
    r"(?:\s+(?:at|by|after)\s+(?:week|day|month)\s+\d+)?\s*[(\[]\s*$|"
    r"\b(?:non-?)?(?:responders|remitters|improvers)\s+(?:at|by|after)\s+(?:week|day|month)\s+"
    r"\d+\s*[(\[]\s*$|"
    r"\b(?:those|patients|participants|people|subjects|individuals|outpatients)\s+(?:who|whose|"
    r"needing|requiring)\b(?:[^()\[\];.]|\.\d){0,80}?\b(?:raised|increased|escalated|doubled|switched|"
    r"stepped\s+up|titrated\s+up|up-?titrated|increase|escalation|raise)\b"
    r"(?:[^()\[\];.]|\.\d){0,40}?[(\[]\s*$",
    re.IGNORECASE,
)
_SUBGROUP_CLAUSE = re.compile(
    r"^\s*(?:among|amongst|in\s+(?:the\s+)?(?:those|participants|patients|subgroup|subset|"
    r"responders|non-?responders|women|men)|of\s+those)\b",
    re.IGNORECASE,
)
# "we describe three patients", "to report our first four cases", "five women are presented"
_CASES_REPORTED = re.compile(
    # (or reviewed: "We reviewed the course of three consecutive adolescents", "we
    # retrospectively reviewed the records of five outpatients")
    r"\b(?:report|describe|present|review)(?:s|ed|ing)?\s+(?:here\s+)?(?:on\s+)?"
    r"(?:the\s+(?:course|records?|charts?|notes|histories|files)\s+of\s+)?(?:the\s+|our\s+)?"
    rf"(?:first\s+)?(?P<num>{NUMBER})\s+(?:consecutive\s+|further\s+|additional\s+)?"
    r"(?:patients|cases|women|men|adults|adolescents|children|people|individuals|outpatients|"
    r"inpatients|veterans|girls|boys|mothers|persons)\b",
    re.IGNORECASE,
)
# a title about one person: "... in a breastfeeding woman: a case report"
_ONE_CASE = re.compile(
    r"\b(?:in|of|for)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:woman|man|patient|girl|boy|child|"
    r"adolescent|mother|veteran|infant)\b|\ba\s+case\s+(?:report|of)\b|"
    r"[:\u2013\u2014]\s*case\s+report\b(?!s)",
    re.IGNORECASE,
)
# one person's age: "a 34-year-old", or without the article where a person follows ("the
# patient is 41-year-old man")
_CASE_AGE = re.compile(
    r"\b(?:a|an)\s+\d{1,3}[\s-]+year[\s-]+old\b|\b\d{1,3}[\s-]+year[\s-]+old\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:woman|man|patient|girl|boy|child|adolescent|mother|veteran|"
    r"female|male|lady|gentleman)\b|"
    # ... or aged by a decade: "A woman in her 30s", "a man in his late fifties"
    r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:woman|man|patient|mother|father|veteran|teacher|"
    r"lady|gentleman|adult)\s+in\s+(?:her|his|their)\s+(?:early\s+|mid[\s\-]?|late\s+)?"
    r"(?:[1-9]0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties)\b",
    re.IGNORECASE,
)
# a clinician's shorthand for one person's age and sex opening a sentence: "50F, recurrent
# MDD", "62 M: bipolar II depression"
_AGE_SEX = re.compile(r"^\W*\d{1,3}\s?(?:y/?o\s?)?[FM]\s*[,;:]")


# a stated count this credible (an enrolment verb or "a total of") is the study's total
_CREDIBLE = 3


def _per_arm(c: Count) -> int | None:
    """The count for one arm a per-arm product was made from ("24 per arm"), if it is one."""
    m = _PER_ARM_COUNT.search(c.span) if c.span else None
    value = words_to_int(m.group("num")) if m else None
    return value if value and c.value != value else None


def _total_beats_per_arm(found: list[Count]) -> list[Count]:
    """A total the sentence states for the whole sample ("96 adults ... will be randomised
    to placebo or one of three doses (24 per arm)") is the sample: a per-arm count times
    the arms counted is a reckoning that can miscount the arms, so where the two
    disagree, the stated total stays and the product goes. The total must split into
    equal arms of that size (two to six of them): another count in the sentence, "SSRI
    n=56", "52 women", is a part of the sample, not its whole."""
    out = []
    for c in found:
        one = _per_arm(c)
        if one is not None and any(
            t.sentence.index == c.sentence.index
            and _per_arm(t) is None
            and not t.parts
            and t.score >= _CREDIBLE
            and t.value != c.value
            and t.value % one == 0
            and 2 <= t.value // one <= 6
            for t in found
        ):
            continue
        out.append(c)
    return out


def _stated_total_wins(found: list[Count]) -> list[Count]:
    """Drop sums that a credible stated count makes redundant.

    "We identified 41 patients ... on SSRIs (n = 19), SNRIs (n = 12), bupropion (n = 10)
    and tricyclics (n = 4)": the subgroups overlap or were counted differently, and the
    stated 41 is the total. A stated count that is not one of the sum's parts, is at
    least as large as each part and is credible in itself ("N patients were enrolled",
    "a total of N", "records of N patients were reviewed") is such a total, even when
    the sum scored higher. A stated count equal to the sum confirms it, and the sum stays:
    "closed early at 39 of a planned 44; 20 were allocated to X and 19 to placebo" is 39,
    not the one arm its allocation verb lifted above the stated 39.
    """
    stated = [c for c in found if not c.parts and c.score >= _CREDIBLE]
    return [
        c
        for c in found
        if not c.parts
        or not any(
            s.value not in c.parts
            and s.value >= max(c.parts)
            and s.value != c.value
            and not _pool_framing_arms(s, c)
            and not _analysed_part_of_allocated(s, c)
            for s in stated
        )
    ]


_GROUPS_HAD = re.compile(r"\b(?:group|arm)\s+(?:had|comprised|included|numbered)\b", re.I)


def _analysed_part_of_allocated(stated: Count, summed: Count) -> bool:
    """The stated count is those an analysis kept of the people the arms were allocated
    ("76 were assigned to X and 75 to placebo. 148 participants were included in the
    modified intention-to-treat analysis"): fewer than the arms' sum, a part of it, not a
    total that makes the sum redundant (arms do not overlap as subgroups may)."""
    # (the arms may be told as groups that had their people: "The 0.5 mg group had 50
    # participants, the 2 mg group 51 and the 4.5 mg group 50")
    if stated.value >= summed.value or not (
        _ALLOC_VERB.search(summed.span) or _GROUPS_HAD.search(summed.span)
    ):
        return False
    text = stated.sentence.text
    at = text.lower().find(stated.span.lower())  # (a span may come lower-cased)
    if at < 0:
        return False
    clause = _CLAUSE_BREAK.split(text[at:], maxsplit=1)[0]
    # (a size in brackets belongs to the set named before the bracket: "in the modified
    # intention-to-treat population (all randomised participants with a rating; N=79)")
    opened = text.rfind("(", 0, at)
    if opened > text.rfind(")", 0, at):
        clause += " " + _CLAUSE_BREAK.split(text[:opened])[-1]
    return _ANALYSIS_SET.search(clause) is not None


# a sentence that opens on a count as its frame: "Of 412 registry participants, ...",
# "Among 520 cohort members, ...", "From 1,140 people in the registry, ..."
_OPENING_FRAME = Folded(
    rf"^\W*(?:of|among|from)\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?(?P<num>{NUMBER}){_NOT_PCT}\s",
    re.IGNORECASE,
)


def _pool_framing_arms(stated: Count, summed: Count) -> bool:
    """The stated count is the frame the sentence of the arms opens on ("Of 412 registry
    participants, ... 80 to be offered X and 80 to continue usual care"): the pool the
    arms were drawn from, not a total that makes their sum redundant (a frame equal to
    the arms' sum confirms it; a frame of randomised people is ``_randomised_frame``)."""
    if stated.sentence.index != summed.sentence.index:
        return False
    m = _OPENING_FRAME.match(stated.sentence.text)
    return m is not None and words_to_int(m.group("num")) == stated.value


# the report saying that the people just counted are its own: "... were present in 45, and
# this subgroup is reported here", "... in 33, and these participants are analysed here"
_HERE = (
    r"(?:this|these|they|those)\s+(?:[\w\-]+\s+)?(?:is|are|were|was)\s+(?:reported|analy[sz]ed|"
    r"studied|examined|described)\s+here\b"
)
# a phase of a trial named as coming after its main one (``arms.LATER_PHASE``)
_LATER_PHASE = arms.LATER_PHASE
# a derived report's own sample: "86 entered the extension", "96 had baseline samples",
# "the present analysis included 64 participants"
_SAMPLE_TAIL = (
    r"\b(?:entered|continued (?:into|in|to|on)|enrol+ed in(?:to)? the (?:\w+[\s\-]+){0,2}?extension|"
    # joining the later phase the report is about, however the joining is said: "41
    # consented to the extension", "37 gave consent for the open-label continuation", "29
    # were enrolled in the follow-on study" (the people who join the new phase are its
    # sample, though in the parent's funnel consent comes before randomisation; a phase
    # named as later, so "enrolled in the open-label study" is no extension's)
    r"(?:consented|agreed|enrol+ed|joined|proceeded|moved|transitioned|took\s+part|participated|"
    r"(?:gave|provided|signed)\s+(?:\w+\s+)?consent)\s+(?:to\s+(?:join\s+|enter\s+)?|"
    r"in(?:to)?\s+|for\s+|on(?:to)?\s+)(?:the|an|this|its)\s+(?:[\w\-]+\s+){0,3}?"
    rf"{_LATER_PHASE}|"
    # ... or starting it: "67 started the extension", "58 began the open-label phase",
    # "62 commenced the open-label continuation"
    r"(?:started|began|commenced)\s+(?:the|an|this|its)\s+(?:[\w\-]+\s+){0,3}?"
    rf"{_LATER_PHASE}|"
    # ... or joining an optional part of the trial the report is about: "41 consented to the
    # optional biomarker substudy", "38 agreed to take part in the imaging sub-study", "52
    # enrolled in the ancillary sleep study"
    r"(?:consented|agreed|enrol+ed|took\s+part|participated|(?:gave|provided)\s+(?:\w+\s+)?consent)"
    r"\s+(?:to\s+(?:join\s+|enter\s+|take\s+part\s+in\s+)?|in(?:to)?\s+|for\s+)(?:the|an|this|its)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:sub-?study|ancillary\s+study|sub-?sample)\b|"
    # ... or said, in the present, to be the report's: "... and are analysed here"
    r"(?:are|is)\s+(?:now\s+)?analy[sz]ed\s+here\b|"
    # ("39 chose to do so", "41 opted to continue")
    r"rolled over|did so|underwent|"
    # a verb of joining that ends its clause: "Nineteen of the 23 completers enrolled;",
    # "27 joined, and ..." (with an object it may be the parent's: "160 adults enrolled in
    # the parent trial")
    # (the arms they came from may follow in brackets, an aside of the same count: "44
    # took part (23 previously on X, 21 on placebo).")
    r"(?:enrol+ed|joined|took\s+part|participated|consented|agreed|accepted)"
    r"(?=\s*(?:\([^()]{0,80}\)\s*(?=[;,.]|and\b|$))?(?:[;,.)]|and\b|$))|"
    r"(?:chose|opted|elected|agreed|decided)\s+to\s+(?:do\s+so|"
    r"continue|enter|join|stay)|"
    # "61 of the trial's participants met these criteria": the analysis's own selection
    # ("Thirty-eight women (37%) met the subgroup definition")
    r"met (?:these|this|those|the|both|all) (?:\w+\s+)?(?:criteria|criterion|conditions?|"
    r"requirements?|thresholds?|cut-?offs?|definitions?)|(?:were|was) included in (?:this|the present|the current|the|our) "
    r"(?:\w+[\s\-]+){0,2}?(?:analys[ie]s|sub-?study)|"
    # (or in the analysis named by its kind alone: "All 58 randomised women were included in
    # intention-to-treat mixed models")
    r"(?:were|was) included in (?:intention[\s\-]to[\s\-]treat|ITT|mITT|per[\s\-]protocol)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:analys[ie]s|models?)\b|"
    # ("64 (mean age 72.8 years) contributed to this analysis"; "to the primary analysis"
    # may be the parent's)
    # ("contributed to the analysis", the analysis unqualified, is this report's own)
    r"contribut(?:ed|es?) (?:data )?to (?:this|the present|the current|our) "
    r"(?:\w+[\s\-]+){0,2}?(?:analys[ie]s|sub-?study)\b|"
    r"contribut(?:ed|es?) (?:data )?to the analys[ie]s\b|"
    # ("47 ... were examined in this post-hoc analysis"; "in the primary analysis" may be
    # the parent's)
    r"(?:were|was) (?:examined|studied|evaluated|assessed|investigated) in (?:this|the present|"
    r"the current|our) (?:\w+[\s\-]+){0,2}?(?:analys[ie]s|sub-?study)|(?:were|was) analy[sz]ed|"
    # ... or "were included" ending its clause, its arms in brackets at most: "Ninety-six
    # of the 124 randomised participants were included (LDN n = 49, placebo n = 47)"
    r"(?:were|was) included(?=\s*(?:\([^()]*\)\s*)?(?:[.;]|$))|"
    # ("151 had complete cost and outcome data", "88 had a valid hs-CRP assay")
    # ... whatever the data are called: "92 (X 47, placebo 45) had both measures", "44 had
    # complete ratings", "38 had valid actigraphy recordings", "47 provided usable readings"
    # (or gave them: "29 contributed blood samples", "40 donated saliva")
    r"(?:had|provided|contributed|donated|supplied) (?:[\w\-]+\s+){0,5}?(?:samples?|data|measurements?|measures|assays?|scans?|"
    r"blood|serum|plasma|saliva|urine|values|ratings|readings|recordings|assessments)\b|"
    # ... or the marker and the act: "52 had high-sensitivity CRP measured", "40 had
    # cortisol assayed at both visits"
    # ... or wore the device that measured them: "58 wore wrist actigraphs for a week"
    r"wore (?:[\w\-]+\s+){0,3}?(?:actigraphs?|actigraphy|devices?|monitors?|sensors?|"
    r"watch(?:es)?|trackers?|accelerometers?)\b|"
    r"had (?:[\w\-]+\s+){1,4}?(?:measured|assessed|assayed|sampled|genotyped|imaged|scanned|"
    r"quantified)\b|"
    # ... or the marker named alone as had at baseline: "88 of 96 randomised participants had
    # baseline hs-CRP", "101 had baseline cortisol."
    # (the marker qualified, its arms in brackets after it: "151 had usable baseline hs-CRP
    # (X 77, placebo 74);")
    # (or said to be at hand after it: "61 (X 30, placebo 31) had baseline hsCRP available")
    r"had (?:a\s+)?(?:(?:usable|valid|complete|available|evaluable)\s+)?baseline\s+[\w\-]+"
    r"(?:\s+(?:available|on\s+file|measured|stored))?"
    r"(?=\s*(?:\([^()]{0,60}\)\s*)?(?:[.;,]|and\b|$))|"
    r"with (?:(?:both|complete|available|valid|evaluable|paired|usable|baseline)\s+)+"
    r"(?:[\w\-]+\s+){0,5}?(?:samples?|data|measurements?|assays?|scans?|imaging)|"
    # "... and form the analysis sample", "... formed the base-case sample", "... and form
    # this analysis"
    r"(?:form|formed|constitute|constituted|make up|made up|comprise|comprised)\s+(?:"
    # (or as the part of the parent's people it is: "29 ... form this prespecified subgroup")
    r"(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,2}?(?:analys[ie]s|sub-?study|"
    r"sub-?(?:group|set|sample|cohort))|"
    r"the\s+(?:(?:[\w\-]+\s+)?(?:analysis|analytic|analysed|analyzed|study)\s+(?:sample|population|"
    r"set|cohort)|(?:[\w\-]+\s+){0,2}?(?:sample|population|analysis\s+set)))|"
    # "leaving 50 (X n=27, placebo n=23) in this prespecified subgroup analysis"
    r"in (?:this|the present|the current|our) (?:[\w\-]+\s+){0,3}?(?:analys[ie]s|sub-?study)|"
    # an interview study's people are those it interviewed: "24 were interviewed"
    r"(?:were|was) interviewed|"
    # a subgroup chosen by a threshold: "41 of the 99 randomised had a PHQ-9 of 15 or more"
    # (the scale named in full with its abbreviation: "had a Snaith-Hamilton Pleasure Scale
    # (SHAPS) score of 8 or more")
    r"(?:had|scored)\s+(?:an?\s+)?(?:[\w\-]+\s+|\([\w\-]{1,12}\)\s+){0,6}?(?:of\s+)?(?:"
    r"(?:[≥>]=?\s*)?\d+(?:\.\d+)?"
    # (with its unit: "44 had a baseline CRP of 3 mg/L or more")
    r"(?:\s*(?:mg/[dm]?L|mmol/L|ng/mL|pg/mL|nmol/L|kg/m2|kg/m²|points?))?"
    r"\s+or\s+(?:more|higher|above|greater)|"
    # ... or by its sign or words alone: "61 of the 140 randomised had PHQ-9 >= 10", "had a
    # score of at least 10"
    r"(?P<signed>(?:[≥>]=?|at\s+least|more\s+than|greater\s+than|above)\s*\d+(?:\.\d+)?"
    r"(?!\d|\.\d)(?!\s*(?:%|percent|per\s+cent|years?|weeks?|months?|days?))"
    # (closing its clause, its arms in brackets after it: not "had a CRP ≥ 3 mg/L and
    # constituted the analysis sample", which the words after it tell)
    r"(?=\s*(?:\([^()]{0,60}\)\s*)?(?:[.;,]|$))))|"
    # a follow-up report's people are those seen at its follow-up: "44 (76%) completed the
    # 12-month assessment", "37 attended the two-year follow-up visit", "41 were reassessed
    # at 18 months" (completing the trial or its weeks is the parent's flow, not this)
    r"(?:completed|attended|returned\s+for|took\s+part\s+in)\s+(?:the\s+|a\s+|their\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:follow[\s\-]?up|assessment|re-?assessment|visit|interview)s?\b|"
    # ... or the report's own measure: "36 completed insomnia ratings", "44 completed the
    # cognitive battery"
    r"completed\s+(?:the\s+|both\s+|all\s+)?(?:[\w\-]+\s+){0,3}?(?:ratings|questionnaires|"
    r"batter(?:y|ies)|diaries|scans)\b|"
    r"(?:were|was)\s+(?:re-?assessed|re-?interviewed|re-?contacted|traced|followed\s+up|"
    r"followed(?!\s+by\b))\b|"
    # the report saying that these people are its own: "present in 45 and this subgroup
    # is reported here"
    rf"{_HERE}|"
    # a follow-up's people: "16 consented and were followed"
    r"(?:consented|agreed)(?: to (?:take part|participate))? and (?:were|was) (?:followed|"
    r"interviewed|assessed|enrol+ed))\b"
)
# a time point is not a count: "at baseline and week 10", "month 6"
_TIME = r"\b(?:weeks?|months?|days?|visits?|years?)\s+"
_NOT_TIME = r"(?<!week )(?<!weeks )(?<!month )(?<!months )(?<!day )(?<!days )(?<!visit )(?<!year )"
# ... nor is any number of a list of time points: "at weeks 1, 2 and 4", "on days 1, 7 and
# 14", "months 1 to 3" (the list is one time phrase, read past whole; its last item is no
# count of people: "the 204 with ratings at weeks 1, 2 and 4 were analysed" is 204). A list
# of time points takes the plural; after a singular the next number is a count again
# ("151 completed week 12 and 118 entered the continuation")
_TIME_LIST = (
    r"(?:\b(?:weeks|months|days|visits|years)\s+\d+"
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[\-–]\s*)\d+\b)+|"
    rf"{_TIME}\d+)"
)
_IN_TIME_LIST = re.compile(
    r"\b(?:weeks|months|days|visits|years)\s+\d+(?:\s*,\s*\d+)*"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[\-–]\s*)$",
    re.IGNORECASE,
)
# ... nor a cut-off written out: "a score of 20 or more" (20 is the threshold)
_NOT_CUTOFF = r"(?!\s+or\s+(?:more|higher|above|greater|over|less|lower|below|fewer)\b)"
# ... nor a bound of age or score: "older than 60", "aged 65", "at least 18"
_NOT_BOUND = "".join(
    rf"(?<!{w} )" for w in ("than", "aged", "over", "under", "above", "below", "least", "most")
)
# taken into the report's analysis: a verb of inclusion ending its clause, or naming the
# analysis ("were included.", "were analysed in this secondary analysis", "entered the
# analysis")
_TAKEN_IN = (
    r"(?:(?:were|was)\s+(?:included|analy[sz]ed|retained|studied)(?=\s*(?:[.;]|$))|"
    # (in any tense: "form the analysis sample of this report", "constitute the analysis set")
    r"(?:(?:were|was)\s+(?:included|analy[sz]ed|retained|studied)\s+in|entered|form(?:ed|s)?|"
    r"constitut(?:ed|es?)|ma(?:de|ke)\s+up)\s+(?:this|the|our)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:analys[ie]s|analysis\s+(?:sample|set|population)|sub-?study)\b)"
)
_OWN_SAMPLE = Folded(
    # "54 with complete biomarker data were analysed": no other number in between, but
    # "58 of the 84 randomized participants did so" is 58
    # ("112 (85.5%) entered the extension": the share in brackets is of the pool before)
    # (an age is no count: "aged 65 years or older ... who had stored plasma")
    # (nor a bound: "47 participants older than 60 (...) were analysed" counts 47, not 60)
    rf"{_LEAD}{_NOT_THRESHOLD}{_NOT_TIME}{_NOT_BOUND}(?P<num>{NUMBER}){_NOT_PCT}{_NOT_CUTOFF}\s+(?!years?\b|months?\b|weeks?\b|days?\b|hours?\b)"
    # (things counted are no people: "a comparison of three naltrexone doses entered ...")
    # (nor are the symptoms or items of a criterion, nor its share of them: "at least four
    # of five anxious-distress symptoms ... formed the analysis sample", "two of four
    # atypical items")
    # (nor are the places: "Participants at the six clinics with biobanking who provided
    # blood ... were included" counts clinics)
    # ("Participants at two of the four sites provided blood" counts sites)
    rf"(?!(?:of\s+(?:the\s+|all\s+)?{NUMBER}\s+)?(?:[\w\-]+\s+)?(?:doses|dose\s+levels|arms|sites|"
    r"centres|centers|"
    r"clinics|hospitals|practices|wards|trusts|"
    # (nor are the occasions a criterion is met on: "a MADRS of 22 or above on two
    # consecutive visits among those who entered")
    r"periods|phases|symptoms|items|criteria|features|domains|visits|occasions|"
    r"assessments|ratings|readings|measurements)\b)"
    # (nor is a dose: "randomised to naltrexone 2 mg or placebo, those taking an SSRI (n =
    # 42) were analysed" is 42, not 2)
    r"(?!(?:mg|mcg|µg|micrograms?|milligrams?|g|mL|ml)\b)"
    rf"(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*)?(?:of\s+(?:the\s+|all\s+)?{NUMBER}\s+)?"
    # a threshold in between is the selection, not another count: "118 had a CRP ≥ 3 mg/L
    # and constituted the analysis sample"; nor is a time point ("at baseline and week 10")
    # (no other count in between, in digits or as words opening a clause: "Of 150
    # completers, one hundred and twelve entered the extension" is 112; "at least one
    # visit" is no count)
    rf"(?:{_MOD}{{0,4}}(?:{_NOUNS})\b)?(?:(?!\d|,\s*(?:{NUMBER_WORD})\b)[^.;]|[≥≤<>]=?\s*\d+(?:\.\d+)?|"
    rf"{_TIME_LIST}|"
    # (a scale's number is no count: "84 with a baseline and a follow-up HAMD-17 were
    # analysed", "the 61 with a PHQ-9 score form the analysis sample")
    r"(?<=[A-Za-z]-)\d{1,2}\b|"
    # (a length is no count: "completers of the 12-week double-blind phase entered")
    r"\d+[\s\-](?:weeks?|months?|days?|years?)\b|"
    # (its arms in brackets: "50 (X n=27, placebo n=23) in this analysis", "these 90 (X
    # n = 46; placebo n = 44) form the analysed sample")
    # (the arms may be named by their doses: "74 were assessed (1.5 mg, 24; 4.5 mg, 27;
    # placebo, 23) and form the analysis sample")
    r"\((?:[^().]|(?<=\d)\.\d){0,60}\)){0,160}?"
    rf"{_SAMPLE_TAIL}|"
    rf"{_LEAD}(?P<num23>{NUMBER}){_NOT_PCT}\s*,?\s+and\s+{_HERE}|"
    # "In this secondary analysis we examined mood (PHQ-9) in the 58 participants who ...",
    # "in this analysis we included the 61 participants with ..."
    r"\b(?:in|for)\s+(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:analysis|sub-?study)\b,?\s+we\s+[^.;]{0,100}?\b(?:in|of|on|included|analy[sz]ed|studied)\s+"
    rf"(?:the\s+|all\s+)?(?P<num6>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS}))\b|"
    # a subgroup chosen by a threshold: "61 had a baseline score of 10 or more and were
    # included"
    rf"{_LEAD}(?P<num5>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?(?:had|met|with)\b"
    r"[^.;]{0,100}?\band\s+(?:were|was)\s+(?:included|analy[sz]ed|studied)\b|"
    # ("This secondary analysis of a trial of 160 adults ... included the 38 with samples")
    # (its adjectives may be parted by commas: "This exploratory, not pre-registered
    # analysis included the 58 ...")
    r"\b(?:this|the present|the current|our) (?:\w+,?[\s\-]+){0,4}?(?:analysis|extension|sub-?study)"
    r"(?:\s+of\s+(?:[^.;]|\.\d){0,160}?)?,?\s+"
    # (its act in any tense, after a linking adverb: "this substudy therefore includes 48
    # participants", "This post-hoc analysis examines the 47 participants taking ...",
    # "the present analysis, thus, studied only the 39 who ..."; not a verb of the parent
    # the of-phrase tells: "of a trial that enrolled 172 adults")
    r"(?:(?:therefore|thus|hence|so|then|accordingly|consequently|finally|now|here|only)\s*,?\s+)?"
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"(?:includ(?:ed|es|e)|compris(?:ed|es|e)|used data (?:from|on)|uses? data (?:from|on)|"
    r"involv(?:ed|es|e)|enrol(?:led|s)|examin(?:ed|es|e)|analy[sz](?:ed|es|e)|"
    r"stud(?:ied|ies|y)|evaluat(?:ed|es|e)|assess(?:ed|es)?|investigat(?:ed|es|e)|"
    r"cover(?:ed|s)?|concern(?:ed|s)?|focus(?:s?ed|s?es)?\s+on|look(?:ed|s)?\s+at|"
    r"(?:is|was)\s+(?:restricted|limited|confined)\s+to)\s+"
    r"(?:data (?:from|on) )?(?:only\s+)?(?:the\s+|all\s+|these\s+|those\s+)?"
    rf"(?P<num2>{NUMBER}){_NOT_PCT}|"
    r"\b(?:measured|assessed|available|obtained|collected|recorded|gathered|captured|determined|"
    # the outcome a derived report looked at in its own people: "we have now examined the
    # Beck Depression Inventory-II (BDI-II) in the 19 participants whose ...", "mood was
    # explored in 31 patients with ..."
    r"examined|evaluated|explored|investigated|"
    r"quantified|analy[sz]ed)\s+"
    r"(?:[\w\-]+,?\s+|\([^().;]{1,30}\)\s+){0,6}?(?:in|for|from|on|among)\s+"
    r"(?:the\s+|a\s+sub(?:set|sample)\s+of\s+)?"
    # "available for 52 of 80 participants": 52
    # ("from 71 of the randomised participants": a part of the parent's people, its whole
    # named by the act that took them in, with its count or without)
    # ("for 131 of the trial participants": its whole named as the parent's people)
    rf"(?P<num3>{NUMBER}){_NOT_PCT}\s*(?:of\s+(?:the\s+|all\s+)?(?:{NUMBER}\s+|"
    r"(?:trial's\s+|study's\s+)?(?=(?:randomi[sz]ed|enrol+ed|allocated)\s)|"
    rf"(?:parent\s+)?(?:trial|study)\s+(?=(?:{_NOUNS})\b)))?"
    r"(?:(?:randomi[sz]ed|enrol+ed|allocated)\s+)?"
    # ("collected from a subset of 48, analysed here", "complete for 47 of them")
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\b|(?=,?\s*(?:analy[sz]ed\s+here|of\s+(?:them|these|those))\b))|"
    # the report picking its people out of its parent's as the object of its own act: "we
    # analysed the 41 who were taking venlafaxine", "we examined only the 37 participants
    # on an SSRI"
    # (picked out by what they had, however said: "we identified post hoc the 52
    # participants whose baseline HADS-D was 8 or higher", "we retrospectively selected the
    # 40 patients meeting ...")
    r"\bwe\s+(?:then\s+|further\s+|also\s+|retrospectively\s+|post[\s\-]?hoc\s+)?"
    r"(?:analy[sz]ed|examined|included|studied|selected|identified)\s+"
    r"(?:(?:post[\s\-]?hoc|retrospectively|subsequently|separately)\s+)?"
    r"(?:only\s+)?(?:the\s+|all\s+|those\s+)?"
    # (... or its completers, the people a post hoc analysis takes: "we analysed the 109
    # completers with SHAPS ratings"; "completers" alone is no people noun, where "leaving
    # 41 completers" would outrank the enrolled count)
    rf"(?P<num19>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+|(?:trial\s+)?completers\s+)?"
    r"(?:who|whose|with|taking|on|receiving|treated|aged|meeting|fulfilling)\b|"
    # the report naming its own people: "This report concerns the 36 participants who ...",
    # "we report these 47"
    r"\b(?:this|the present|our)\s+(?:report|paper|article|analysis|sub-?study)\s+"
    r"(?:concerns|describes|reports\s+on|focuses\s+on|is\s+restricted\s+to)\s+(?:the\s+|all\s+)?"
    rf"(?P<num10>{NUMBER}){_NOT_PCT}\b|"
    rf"\bwe\s+report\s+(?:on\s+)?(?:these|those|the)\s+(?P<num11>{NUMBER}){_NOT_PCT}\b|"
    # the analysed sample said to be part of the parent's: "The sample comprised 41 of the
    # 166 randomised adults who ...", "Participants (n = 33) were those of a larger trial"
    # (the analysed set named by its kind: "The modified intention-to-treat sample
    # comprised 131 participants ... (of 148 randomised)", "the per-protocol population")
    r"\b(?:the|our|this)\s+(?:analy[sz]ed\s+|analysis\s+|study\s+|(?:modified\s+)?"
    r"(?:intention[\s\-]to[\s\-]treat|ITT|mITT|per[\s\-]protocol|full\s+analysis|safety|"
    r"evaluable)\s+)?(?:sample|cohort|population|set)\s+"
    # (its definition in brackets between: "The modified intention-to-treat population (at
    # least one dose and one rating after baseline) comprised 88 participants")
    r"(?:\([^()]{1,120}\)\s+)?"
    rf"(?:comprised|consisted\s+of)\s+(?:the\s+|all\s+)?(?P<num12>{NUMBER}){_NOT_PCT}\b|"
    # ... or named as the part of the parent's people it is: "The subgroup comprised the
    # 41 randomised participants aged 60-79", "this subsample included 38 women"
    r"\b(?:the|our|this)\s+(?:[\w\-]+\s+){0,2}?sub-?(?:group|sample|set|cohort)\s+"
    r"(?:comprised|comprises|consisted\s+of|consists\s+of|included|includes|numbered)\s+"
    rf"(?:the\s+|all\s+)?(?P<num20>{NUMBER}){_NOT_PCT}\b|"
    # ... or the analysis itself as the subject that takes them in: "The analysis included
    # the 61 participants with ... out of 84 randomised" (the count after is the parent's)
    r"\b(?:the|our|this)\s+(?:[\w\-]+\s+){0,2}?analys[ie]s\s+(?:included|includes|comprised|"
    r"comprises|was\s+(?:restricted|limited|confined)\s+to)\s+(?:the\s+|all\s+)?"
    rf"(?P<num25>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS}))\b|"
    # ... its people first picked by what they had, then counted after a colon: "This
    # analysis includes the participants with a stored baseline sample: 81 of the 96
    # randomised"
    r"\b(?:the|our|this)\s+(?:[\w\-]+\s+){0,2}?analys[ie]s\s+(?:included|includes|comprised|"
    rf"comprises|was\s+(?:restricted|limited|confined)\s+to)\s+(?:the|all|those)\s+(?:(?:{_NOUNS})\s+)?"
    rf"(?:with|who|whose|having|taking|on)\b[^.;:]{{0,100}}?:\s*(?P<num26>{NUMBER}){_NOT_PCT}\b|"
    r"\b(?:participants|patients)\s*\(\s*[nN]\s*=\s*"
    rf"(?P<num13>{NUMBER})\s*\)\s+(?:were|are)\s+(?:those|the\s+ones)\s+(?:of|from|in)\b|"
    # the report's own act on its people: "We analysed the 42 participants with stored
    # plasma from a trial ... in 180 adults", "we included all 61 patients who ..."
    r"\bwe\s+(?:re-?)?(?:analy[sz]ed|included|studied|examined|evaluated)\s+(?:data\s+(?:from|on)\s+)?"
    rf"(?:the\s+|all\s+)(?P<num9>{NUMBER}){_NOT_PCT}\s+(?:{_MOD}{{0,3}}(?:{_NOUNS}))\b|"
    # the people a report selected, sized in brackets and said to be taken in: "Participants
    # with at least one post-baseline MADRS (n = 88) were included", "those with a week-2
    # rating (n = 88) were analysed", "patients on an SSRI (n = 61) entered this analysis"
    # (a head picked by what they had or were, not counted itself; the verb of inclusion
    # ends its clause or names the analysis, so "were included in the trial" is the parent's)
    rf"\b(?:{_NOUNS}|those)\s+(?:with|who|whose|having|taking|on|receiving)\b[^.;()]{{0,100}}?"
    rf"\(\s*n\s*=\s*(?P<num14>{NUMBER})\s*\)\s+{_TAKEN_IN}|"
    # ... or sized first with an "n =" and then picked by what they had and taken in, in
    # brackets or not: "(n=38 with complete week-12 data were analysed; 67 were randomised
    # in this stratum)", "N = 29 having a post-baseline rating were included" (the taken-in
    # count is the report's own, the stratum's randomised count its pool; not "were
    # included in the trial", the parent's)
    rf"\b[nN]\s*=\s*(?P<num24>{NUMBER}){_NOT_PCT}\s+(?:with|who|whose|having|taking|on|receiving)\b"
    rf"(?:{_TIME_LIST}|[^.;()]){{0,100}}?\s(?:were|was)\s+(?:analy[sz]ed|included|evaluable|"
    r"retained|studied)\b(?!\s+(?:in|into)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:trial|study|RCT)\b)|"
    # ... or counted before the selection: "Eighty-eight participants with at least one
    # rating after baseline were included." (not the pool an "Of N ..." frame opens
    # with: "Of 130 randomised participants with back pain, those with ... were analysed")
    rf"{_LEAD}{_NOT_BOUND}(?<!of )(?<!among )(?<!from )(?P<num15>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?:{_NOUNS})\s+"
    rf"(?:with|who|whose|having)\b(?:{_TIME_LIST}|[^.;(),]){{0,100}}?\s" + _TAKEN_IN + "|"
    # the people named as the report's own part, as its frame: "Of the 57 participants in
    # this subgroup (LDN 30, placebo 27), 41 were taking an SSRI", "the 48 patients in
    # this subsample"
    rf"\b(?:the|these|those|all)\s+(?P<num30>{NUMBER}){_NOT_PCT}"
    rf"\s+{_MOD}{{0,3}}(?:{_NOUNS})\s+(?:in|of)\s+(?:this|our|the\s+present)\s+"
    r"(?:[\w\-]+\s+)?sub-?(?:group|sample|set|cohort)\b|"
    # "a subsample of 38 participants from the trial (N = 160)": the people it takes
    r"\b(?:a|this|the)\s+sub-?(?:set|sample|group)\s+of\s+(?:the\s+)?"
    rf"(?P<num8>{NUMBER}){_NOT_PCT}(?:\s+(?:{_MOD}{{0,3}}(?:{_NOUNS}))\b|(?=,?\s*analy[sz]ed\s+here\b)|"
    # ... with no noun, the subsample itself doing something: "A subsample of 44 wore
    # actigraphs", "a subset of 38 were genotyped", "a subgroup of 31 who ..."
    r"(?=\s+(?:who|were|was|had|wore|gave|provided|underwent|completed|consented|agreed|took)\b))|"
    # "a subgroup analysis of the 36 participants aged 60 or older", "this secondary
    # analysis of those 61 participants" (the ones the sentence before picked out)
    r"\b(?:sub-?group|secondary|post[\s\-]?hoc|exploratory|ancillary)\s+analys[ie]s\s+"
    # (... or of its completers, the people a post hoc analysis takes: "Post-hoc analysis
    # of the 88 completers, 71 taking ...")
    rf"(?:of|in|among)\s+(?:the\s+|those\s+|these\s+)?(?P<num4>{NUMBER}){_NOT_PCT}\s+"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})|(?:trial\s+)?completers)\b|"
    # the analysed set named with its size: "were analysed in the modified intention-to-treat
    # sample (n = 93; all who ...)", "the per-protocol population (n = 70)"
    # ("... were analysed (n = 74: X 38, placebo 36; of 120 randomised)": the bracket is the
    # analysis's own size, the parent's total follows it)
    r"\banaly[sz]ed(?:\s+in\s+(?:the|a|an|our)\s+(?:[\w\-]+\s+){0,4}?(?:sample|population|set))?\s*"
    rf"\(\s*[nN]\s*=\s*(?P<num7>{NUMBER}){_NOT_PCT}|"
    # the analyses said to be confined to the people the bracket sizes: "Analyses were
    # confined to randomised participants with a valid baseline sample (n = 164)", "the
    # analysis was restricted to completers with both scans (n = 58)"
    r"\banaly(?:sis|ses)\s+(?:were|was|is|are)\s+(?:confined|restricted|limited)\s+to\s+"
    rf"[^.;()]{{0,120}}\(\s*[nN]\s*=\s*(?P<num27>{NUMBER}){_NOT_PCT}\s*\)|"
    # the report's own analysis sized in brackets, whoever it takes: "... were included in
    # this pre-specified secondary analysis (n = 88)", "formed the sample of our post hoc
    # analysis (n = 61)", "The present ancillary study (N = 52) comprises ..."
    r"\b(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+[\s\-]+){0,3}?(?:analysis|"
    r"sub-?study|report|(?<=ancillary\s)study)\s*"
    rf"\(\s*[nN]\s*=\s*(?P<num16>{NUMBER}){_NOT_PCT}|"
    # a bracket that names its count as the analysed one, its arms after a colon or a
    # semicolon: "(n = 58 analysed: 30 X 4.5 mg, 28 placebo)", "(N = 71 evaluable; ...)"
    rf"\(\s*[nN]\s*=\s*(?P<num17>{NUMBER}){_NOT_PCT}\s+(?:were\s+)?(?:analy[sz]ed|evaluable|"
    r"included\s+in\s+(?:this|the\s+present|our)\s+analysis)\s*[:;,)]|"
    # the parent told in an opening frame that holds its count, the report's own people
    # counted right after the frame's comma: "In a placebo-controlled trial in which 152
    # adults ... were randomised to X or placebo, 44 participants at two centres gave
    # blood", "Within an RCT that enrolled 200 patients ..., 61 underwent MRI", "Of 96
    # women randomised in a trial of X, 52 met criteria for MDD" (not people the trial
    # lost: "Of 120 randomised in the trial, 12 withdrew")
    r"^\W*(?:(?:in|within|from)\s+(?:a|an|the|one|our|its)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:trial|RCT|study)\s*,?\s+(?:in\s+which|where|that|which)\b|"
    # (the parent sized in brackets: "In the NADIR trial (n = 190), 44 participants had
    # fatigue")
    r"(?:in|within|from)\s+(?:a|an|the|one|our|its)\s+(?:[\w\-]+\s+){0,4}?(?:trial|RCT|study)"
    rf"\s*\(\s*[nN]\s*=\s*{NUMBER}\s*\)(?=\s*,)|"
    # (the parent's people named by the act that took them in, to whatever: "Of 150
    # adults randomised to naltrexone 4.5 mg or placebo, 44 reported childhood trauma")
    rf"of\s+(?:the\s+|all\s+)?{NUMBER}\s+{_MOD}{{0,3}}?(?:{_NOUNS})\s+"
    # (qualified by what they had, before the act: "Of 118 adults with treatment-resistant
    # depression randomised to ...", "Of the 212 outpatients who had dysthymia randomised")
    r"(?:(?:with|who\s+had|having)\s+[^.;,()]{1,60}?\s+)?(?:who\s+were\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|allocated|assigned)\s+(?:in|into|to)\b)"
    r"(?:[^.;]|\.\d){0,220}?,\s+"
    rf"(?P<num18>{NUMBER}){_NOT_PCT}"
    r"(?![^.;]{0,80}?\b(?:withdr|discontinu|dropped|died|lost|excluded|left|completed|"
    r"finished|stopped|declined|refused)\w*)"
    r"\s+(?:of\s+(?:them|these|those)\s+)?"
    rf"(?:{_MOD}{{0,3}}?(?:{_NOUNS})\b[^.;]{{0,60}}?)?"
    r"\b(?:gave|provided|donated|underwent|had|met|fulfilled|were|was|consented|agreed|"
    r"completed|took|wore|contributed|entered|joined|scored|reported)\b|"
    # the report's people told first as a part of its parent's, and what makes them its
    # people: "Forty of the 112 randomised participants were women", "37 of the trial's
    # 120 participants had anxious depression" (not people the trial lost: "90 of the
    # 96 randomised completed")
    # (the parent's count may go unsaid where the act that took them in names the whole:
    # "71 of the randomised participants wore ...")
    rf"^\W*(?P<num21>{NUMBER}){_NOT_PCT}\s+(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s+)?of\s+"
    r"(?:the|all|its|our)\s+(?:trial's\s+|study's\s+)?"
    rf"(?:{NUMBER}\s+(?:(?:randomi[sz]ed|enrol+ed|allocated)\s+)?|"
    r"(?:randomi[sz]ed|enrol+ed|allocated)\s+)"
    rf"{_MOD}{{0,2}}?(?:{_NOUNS})\b"
    r"(?:\s+(?:who\s+were\s+)?(?:randomi[sz]ed|enrol+ed|allocated)\b)?"
    r"(?![^.;]{0,80}?\b(?:withdr|discontinu|dropped|died|lost|excluded|left|completed|"
    r"finished|stopped|declined|refused|responded|remitted)\w*)"
    r"\s+(?:(?:also\s+)?(?:were|was|had|met|reported|scored|took|gave|provided|fulfilled|wore|"
    r"contributed|donated|underwent|form|formed|constitute|constituted|make\s+up|made\s+up)\b|"
    r"(?:is|are)\s+(?:reported|analy[sz]ed|studied)\b)",
    re.IGNORECASE,
)


# a sentence about the parent trial, which it opens with: "The parent trial randomised ...",
# "In the main study, ..." (its analysed count is the parent's, not the report's)
_PARENT_OPENS = re.compile(
    r"^\W*(?:in\s+)?(?:the|its)\s+(?:parent|main|index|source|original)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:trial|study|RCT)\b",
    re.IGNORECASE,
)
# (the end of a clause a semicolon or a colon ends, or a sentence's full stop)
_CLAUSE_BREAK = re.compile(r"[;:]|\.(?!\d)")
_ANALYSIS_SET = re.compile(
    r"\banaly(?:sis|ses|[sz]ed)\b|\banalytic\s+(?:sample|set|cohort)\b|"
    # (or named by its kind: "in the modified intention-to-treat population (...; N=79)")
    r"\b(?:intention[\s\-]to[\s\-]treat|ITT|mITT|per[\s\-]protocol)\b",
    re.IGNORECASE,
)


# the people counted right after the count the record names itself as taking: "the 52
# participants with ...", "88 depressed outpatients who ..." (not "12 weeks of data")
_PEOPLE_AFTER_COUNT = Folded(rf"^\s+(?:{_MOD}{{0,3}}(?:{_NOUNS}))\b", re.IGNORECASE)


def _self_named_sample(doc: Doc) -> Count | None:
    """The people a derived report says it itself takes, as the subject of its own
    sentence ("This post hoc analysis includes the 52 participants with ...", "The present
    secondary analysis comprised 88 patients who ...", "In this analysis we included the 61
    ..."): its sample, wherever the parent's whole was counted before it ("At baseline, all
    140 randomised participants completed ...")."""
    for s in doc.sentences:
        if s.background or s.prior or s.future or s.hedged or not _ANY_NUMBER.search(s.text):
            continue
        for m in _OWN_SAMPLE.finditer(s.text):
            first = next(k for k, g in m.groupdict().items() if g)
            if first not in ("num2", "num6") or _in_brackets(s.text, m.start(first)):
                continue
            after = s.text[m.end(first) :]
            if first == "num2" and not _PEOPLE_AFTER_COUNT.match(after):
                continue
            value = words_to_int(m.group(first))
            if value and not _PER_ARM.match(after[:60]):
                return _with_other_part(Count(value, 5, s, m.group(0)), after)
    return None


def _with_other_part(part: Count, after: str) -> Count:
    """The count a report includes, with the second part it includes beside it where the
    words ``after`` it name one: "includes the 61 with hsCRP >=3 mg/L (naltrexone 41,
    placebo 20) and the 65 with lower values" (holdout798 52206218) is both parts, 126."""
    other = _AND_THE_OTHER_PART.match(after)
    more = words_to_int(other.group("num")) if other else None
    if other is None or not more:
        return part
    span = part.span + after[: other.end()]
    return Count(part.value + more, part.score, part.sentence, span, (part.value, more))


# the second part a report's own sample includes, after the first: "... and the 65 with
# lower values" (with whatever the first part's brackets say between them)
_AND_THE_OTHER_PART = re.compile(
    rf"^[^;.]*?\band\s+the\s+(?P<num>{NUMBER})\s+(?:with|who|whose|without|on|taking|not)\b",
    re.IGNORECASE,
)


# a report saying it is about a part of its parent's people
_SUBGROUP_WORD = Folded(r"\bsub-?(?:groups?|sets?|samples?|populations?)\b", re.IGNORECASE)


# a derived report's people sized in a bracket right after the verb that took them in, or
# at the end of the phrase naming them after "we examined": "we examined participants with
# clinically significant depressive symptoms at baseline (PHQ-9 >= 10; n = 71)" (holdout538
# 52201013)
_INCLUDED_AS_N = re.compile(
    r"\b(?:were|was)\s+(?:included|analy[sz]ed|studied|eligible)\s*\(\s*n\s*=\s*(?P<num>\d{1,5})\s*\)|"
    r"\bwe\s+(?:examined|analy[sz]ed|studied|included|assessed|evaluated)\s+(?:the\s+)?"
    r"(?:participants|patients|people|women|men|adults|those)\b[^.;()]{0,100}?"
    r"\((?:[^();]*;\s*)?n\s*=\s*(?P<num2>\d{1,5})\s*\)",
    re.IGNORECASE,
)


def _names_analysis_set(text: str, at: int) -> bool:
    """The clause opening at ``at`` names its count as the analysis set ("31 had a
    post-baseline visit and formed the analysis set"): a funnel's later step that is the
    report's sample, not the step before it."""
    return _ANALYSIS_SET.search(_CLAUSE_BREAK.split(text[at:], 1)[0]) is not None


def _analysis_set_after(named: Count) -> Count | None:
    """A later step of the funnel the self-named sample's sentence goes on to, named as the
    analysis set ("This secondary analysis includes the 54 randomized participants taking
    an SNRI, of whom 47 had a postbaseline rating and form the analysed sample": 47)."""
    s = named.sentence
    for m in _OWN_SAMPLE.finditer(s.text):
        if not m.group("num") or _in_brackets(s.text, m.start("num")):
            continue
        value = words_to_int(m.group("num"))
        if value and value < named.value and _names_analysis_set(s.text, m.start()):
            return Count(value, named.score, s, m.group(0))
    return None


def own_sample(doc: Doc) -> Count | None:
    """A derived report's own analysed sample (CONTRACT.md: a secondary, post-hoc or
    extension analysis counts its own sample, not its parent's)."""
    named = _self_named_sample(doc)
    if named is not None:
        return _analysis_set_after(named) or named
    subgroup_told = any(_SUBGROUP_WORD.search(s.text) for s in doc.sentences)
    for s in doc.sentences:
        if s.background or not _ANY_NUMBER.search(s.text):
            continue
        came = _from_arms(s)
        if came is not None:
            return came  # "34 from the naltrexone arm and 27 from the placebo arm entered"
        found: Count | None = None
        for m in _OWN_SAMPLE.finditer(s.text):
            if m.group("num") and _in_brackets(s.text, m.start("num")):
                continue  # an aside: "(48 had entered an open-label extension)"
            first = next(k for k, g in m.groupdict().items() if g)
            if m.group("signed") and not subgroup_told:
                # ("At baseline, 161 participants (41%) had PHQ-9 scores ≥10": how many
                # of its people had a score, where the report picks out no subgroup)
                continue
            if first == "num17" and _PARENT_OPENS.match(s.text):
                continue  # "The parent trial randomised 152 ... (n = 148 analysed)"
            if _IN_TIME_LIST.search(s.text[max(0, m.start(first) - 60) : m.start(first)]):
                continue  # the last of a list of time points: "at weeks 1, 2 and 4"
            if _parent_pool(s.text, m.start(first), m.end(first)):
                continue  # "Of the trial's 174 randomised participants, those taking ..."
            # whichever branch matched names the count ("num", "num2", ...)
            value = words_to_int(next(g for g in m.groupdict().values() if g))
            # (nor a count of each arm told in apposition to the total before it: "Thirty-six
            # participants, twelve per dose group, contributed 389 samples" is 36, not 12)
            if value and _PER_ARM.match(s.text[m.end(first) : m.end(first) + 60]):
                total = _APPOSED_TOTAL.search(s.text, 0, m.start(first))
                if total is not None and (whole := words_to_int(total.group("num"))):
                    if found is None:
                        found = Count(whole, 5, s, total.group(0) + m.group(0))
                    continue
            if value and not _per_arm_after(s.text, m.end()):
                if found is None:
                    found = Count(value, 5, s, m.group(0))
                    continue
                # a funnel told in one sentence: a later step named as the analysis set
                # is the report's sample, not the step before it ("34 entered the
                # extension; 31 had a post-baseline visit and formed the analysis set"),
                # in its own words or its clause's ("46 had usable scans at both time
                # points and were analysed")
                if value < found.value and _names_analysis_set(s.text, m.start()):
                    count = Count(value, 5, s, m.group(0))
                    return _with_other_part(count, s.text[m.end(first) :])
        if found is None and "n" in s.text and (bracketed := _INCLUDED_AS_N.search(s.text)):
            # the people it took in, sized in a bracket after the verb: "Participants with a
            # valid baseline hsCRP were included (n=131)" (preprints115 PPR9900363)
            size = bracketed.group("num") or bracketed.group("num2")
            found = Count(int(size), 5, s, bracketed.group(0))
        if found is not None:
            if not s.in_results:
                return found
            # a results line tells what the analysed people had ("34 participants had a
            # CRP of 3 mg/L or above"); a part of the parent's people sized where the
            # report says whom it analysed ("... (n = 109 of 126)") is its sample
            told = _part_of_parent(doc, methods=True)
            return told if told is not None else found
    return _part_of_parent(doc) or _sized_part(doc)


def _framed_pool_part(doc: Doc, own: Count | None) -> Count | None:
    """A derived report's results that open on a pool of the parent's people and then the
    part of it the report is about, counted with the arms that add up to it ("Of 112
    participants with usable samples, 44 had a raised CRP (LDN, n = 23; placebo, n = 21).
    Among them, ..."): the part is the report's sample, the pool only where it came from.
    So is a funnel's last step told after the pool in the same sentence ("Of the 161
    randomised, 158 had a baseline CRP and 44 had a CRP of 3 mg/L or more (LDN 21,
    placebo 23)"), where the report goes on about that part."""
    # (in the methods too where the report says it takes that part: "In this post hoc
    # analysis we examined patients of the trial with baseline hs-CRP of 3 mg/L or more.
    # Of the 168 randomised participants, 151 provided a baseline blood sample and 44 had
    # hs-CRP >= 3 mg/L (LDN n = 23, placebo n = 21)")
    if own is None or not (
        own.sentence.in_results
        or any(not s.background and _RESTRICTED.search(s.text) for s in doc.sentences)
    ):
        return own
    text = own.sentence.text
    at = text.lower().find(own.span.lower())
    if at < 0:
        return own
    framed = _framed(text, at)
    part = _armed_subgroup(doc)
    if (
        part is not None
        and part.sentence is own.sentence
        and part.value < own.value
        and (framed or text.lower().find(part.span.lower()) > at)
    ):
        return part
    if (
        part is not None
        and part.sentence is own.sentence
        and part.value > own.value
        and -1 < text.lower().find(part.span.lower()) < at
        and not _names_analysis_set(text, at)
    ):
        # the part counted with its arms, then how many of it had data: "Thirty-seven
        # participants were on an SNRI (LDN 19, placebo 18); 34 had post-baseline ratings"
        # (holdout795 52206159): the part is the sample, the later count its completers
        return part
    return own


def _part_of_parent(doc: Doc, *, methods: bool = False) -> Count | None:
    """The people a derived report analyses, sized as a part of its parent's where it says
    what it does with them (``methods``: outside its results)."""
    for s in doc.sentences:
        if s.background or (methods and s.in_results) or not _OWN_ACT.search(s.text):
            continue
        for m in _PART_OF_PARENT.finditer(s.text):
            value = words_to_int(m.group("num") or m.group("num2") or m.group("num3"))
            said = m.group("whole") or m.group("whole2") or m.group("whole3")
            whole = words_to_int(said) if said else None
            if (
                value
                and (said is None or (whole and value < whole))
                # (what a sample comprises names its people itself: "comprising 91 of the
                # 96 randomised adults")
                and (m.group("num3") or _PEOPLE_WORD.search(s.text[: m.start()]))
            ):
                return Count(value, 5, s, m.group(0))
    return None


# a total with a count of each arm in apposition after it: "Thirty-six participants, " in
# "Thirty-six participants, twelve per dose group, contributed ..."
_APPOSED_TOTAL = re.compile(
    rf"(?:^|[;:]\s*)(?P<num>{NUMBER})\s+(?:{_MOD}{{0,2}}(?:{_NOUNS}))\s*,\s*$",
    re.IGNORECASE,
)


# the clause in which a report says what it does with its people, as its subject: "we
# examined ...", "we analysed ...", "we included only ..." (what stands before it in the
# sentence, such as an apposition describing the parent trial, is not of these people)
_OWN_CLAUSE = re.compile(
    r"\bwe\s+(?:then\s+|also\s+|further\s+)?(?:examined|analy[sz]ed|included|studied|selected|"
    r"assessed|evaluated|investigated|compared|focused|restricted|identified|report(?:ed)?)\b",
    re.IGNORECASE,
)
# a size in brackets right after the people it is of: "(n=44; 23 LDN, 21 placebo)"
_BRACKET_N = Folded(rf"\(\s*n\s*=\s*(?P<num>{NUMBER})\b[^()]{{0,60}}\)", re.IGNORECASE)


def _sized_part(doc: Doc) -> Count | None:
    """A derived report's people, picked by a phrase and sized in brackets in the sentence
    that says what the report does with them: "Subgroup analysis of participants with
    HADS-D >= 8 at baseline (n=44)", "We analysed the subset with a raised CRP (n = 38)".
    It is the report's own sample when it is smaller than a count stated elsewhere in the
    record (the parent's people: a part, not the parent restated); a results line ("in
    those with insomnia (n = 12), ...") tells what befell people, not whom it analysed."""
    stated: set[int] | None = None
    for s in doc.sentences:
        if s.background or s.in_results or "(" not in s.text or not _OWN_ACT.search(s.text):
            continue
        sized = list(_BRACKET_N.finditer(s.text))
        if len(sized) != 1 or len(_N_EQ.findall(s.text)) > 1:
            # "randomized to 1.5 mg (n = 7), 3.0 mg (n = 6) ...": arms' sizes; "in
            # participants with (PHQ-9 >= 10; n = 63) and without (n = 79) ...": parts
            continue
        for m in sized:
            value = words_to_int(m.group("num"))
            if not value or not _PEOPLE_WORD.search(s.text[: m.start()]):
                continue
            # the people were counted already in the clause that picks them ("the 21
            # participants ... (n = 7)"); a count told before the report's own clause opens
            # ("a trial ... in 84 randomised adults, we examined those who ... (n = 41)")
            # describes the parent, not these people
            own = list(_OWN_CLAUSE.finditer(s.text, 0, m.start()))
            opens = own[-1].start() if own else 0
            if _COUNT.search(s.text[opens : m.start()]):
                continue
            if stated is None:
                stated = {
                    v
                    for s2 in doc.sentences
                    if not s2.background and s2 is not s
                    for c in (*_COUNT.finditer(s2.text), *_BARE_SIZE.finditer(s2.text))
                    if (v := words_to_int(c.group("num")))
                }
            parent = {
                v for c in _COUNT.finditer(s.text[:opens]) if (v := words_to_int(c.group("num")))
            }
            if any(v > value for v in stated | parent):
                return Count(value, 5, s, m.group(0))
    return None


# the people a derived report analyses, named and then sized as a part of its parent's in
# brackets: "Post-hoc analysis of participants with a baseline SHAPS score (259 of the 271
# randomised)", "We included those with stored serum (88 of 240 enrolled)"; the sentence
# says what the report does with them (analysis, sample, included, studied); the size
# may follow a colon or a dash instead: "... included those with a SHAPS score at both
# visits: 118 of the 131 randomised (60 LDN, 58 placebo)."; the whole may go uncounted:
# "... with complete data (44 of the randomised patients: 23 LDN, 21 placebo)"
_PART_OF_PARENT = Folded(
    # (or sized as "n =", its whole bare: "... and one later rating (n = 109 of 126)")
    rf"\(\s*[nN]\s*=\s*(?P<num2>{NUMBER})\s+of\s+(?P<whole2>{NUMBER})\s*\)|"
    # (or as what the analysed sample comprises: "the modified intention-to-treat sample,
    # comprising 91 of the 96 randomised adults")
    rf"\b(?:compris(?:ing|ed)|consisting\s+of|made\s+up\s+of)\s+(?P<num3>{NUMBER})\s+of\s+"
    rf"(?:the\s+|all\s+)?(?P<whole3>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:randomi[sz]ed|"
    r"enrol+ed|included|participants|patients)\b|"
    rf"(?:\(|(?<=\w):|\s[-–—])\s*(?P<num>{NUMBER}){_NOT_PCT}\s+of\s+(?:the\s+|all\s+)?"
    rf"(?:(?P<whole>{NUMBER})\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:randomi[sz]ed|enrol+ed|included|participants|patients|"
    r"trial\s+participants)|"
    # (the whole named by its stage alone: "(44 of the randomised patients: 23 LDN, 21
    # placebo)")
    rf"(?:randomi[sz]ed|enrol+ed|allocated)\s+(?:{_NOUNS}))"
    r"\b(?:[^()]{0,30}\)|(?=\s*(?:\([^()]{0,40}\)\s*)?[.;]))",
    re.IGNORECASE,
)
_OWN_ACT = re.compile(
    r"\banaly(?:sis|ses|[sz]ed|[sz]ing)\b|\bsub-?(?:sample|study|set)\b|\b(?:were|we)\s+"
    r"(?:included|studied|examined)\b",
    re.IGNORECASE,
)
_PEOPLE_WORD = Folded(rf"\b(?:{_NOUNS})\b|\bthose\b", re.IGNORECASE)


# A derived report's subgroup told by its own arms: "Ninety-seven of the 236 randomised
# participants had pronounced anhedonia (LDN n = 50, placebo n = 47)", "Of 154 randomised
# participants, 58 had PHQ-9 >= 10 (LDN 30, placebo 28)", "72 scored above 20 at baseline
# (naltrexone 37; placebo 35)". A count split into arms that add up to it is a group the
# report compares, so it is the report's analysed sample (CONTRACT.md: a secondary or
# post-hoc analysis counts its own sample). The people are picked by what they had or
# were at baseline, not by how they left the trial ("completed", "withdrew": the parent's
# flow). A report saying it analysed all its parent's people names them first
# (``own_sample``: "all 236 were analysed") and keeps them.
_ARMED_SUBGROUP = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:of\s+(?:the\s+|all\s+)?{NUMBER}\s+)?"
    rf"(?:{_MOD}{{0,3}}(?:{_NOUNS})\s+)?"
    r"(?:had|has|showed|scored|reported|endorsed|"
    # a treatment they were on, a state at entry that a report can be restricted to ("97
    # of the 248 randomised were taking an SNRI"), counted only where it is (``_RESTRICTED``)
    r"(?P<state>(?:were|was)\s+(?:taking|on|using|prescribed|treated\s+with)|took|used)|"
    r"(?P<chosen>met|fulfilled|satisfied|"
    r"(?:were|was)\s+(?:classified|classed|categori[sz]ed|identified|defined|aged|"
    r"screened\s+positive)))\b"
    r"[^.;()]{0,100}\((?P<arms>[^()]{3,80})\)",
    re.IGNORECASE,
)
# ... and picked at entry, not by what befell them in the trial ("40 reported vivid dreams
# (naltrexone 28, placebo 12)" counts an adverse event): a verb of selection ("met
# criteria", "were classified as", "were aged"), or a selection said to be at baseline, or
# the report going on about that group ("In this group ...", "in them", "among these")
_AT_ENTRY = re.compile(
    r"\b(?:baseline|at\s+(?:entry|enrol+ment|randomi[sz]ation|screening|inclusion|study\s+start)|"
    r"before\s+(?:treatment|randomi[sz]ation)|pre-?treatment|aged)\b",
    re.IGNORECASE,
)
_THAT_GROUP = re.compile(
    r"\b(?:in|among|amongst|within|for)\s+(?:this|these|that|those)\s+(?:[\w\-]+\s+)?"
    r"(?:sub-?group|group|subset|sub-?sample|patients|participants|people|individuals|adults|"
    r"women|men)\b|\b(?:in|among|amongst)\s+them\b",
    re.IGNORECASE,
)
# the report says its analysis is restricted to a subset of the parent's people: "a
# secondary analysis of the X trial, restricted to participants whose antidepressant was
# an SNRI", "we limited the analysis to those taking sertraline", "only participants on an
# SSRI were analysed" (the subset it then counts with its arms is its own sample)
_RESTRICTED = Folded(
    r"\b(?:analys[ie]s|report|sample|study)\b(?:[^.;]|\.\d){0,200}?\b(?:restricted|limited|confined)\s+"
    r"to\b|"
    r"\b(?:restrict|limit|confine)(?:s|ed|ing)?\s+(?:the\s+|this\s+|our\s+)?(?:analys[ie]s|"
    r"sample|report)\s+to\b|"
    # ("Participants with a baseline PHQ-9 score of 10 or more were included in this analysis")
    r"^\W*(?:participants|patients|people|adults|individuals|those|women|men)\s+(?:who|whose|with)"
    r"\b[^.;]{0,100}?\b(?:were|was)\s+included\s+in\s+(?:this|the\s+present|our)\s+"
    r"(?:analysis|report|sub-?study)\b|"
    # (or the rest of the parent's people left out of it: "Participants on SSRIs were
    # excluded from this analysis", holdout795 52206159)
    r"\b(?:were|was)\s+excluded\s+from\s+(?:this|the\s+present|our)\s+(?:[\w\-]+\s+)?"
    r"(?:analysis|report|sub-?study)\b|"
    r"\bonly\s+(?:the\s+)?(?:participants|patients|people|adults|individuals|those|women|men)\s+"
    r"(?:who|whose|with|taking|on|using)\b[^.;]{0,100}?\b(?:were|was)\s+(?:analy[sz]ed|"
    r"included|studied)\b|"
    # ("In this post hoc analysis we examined patients of the trial with baseline hs-CRP of
    # 3 mg/L or more")
    r"\b(?:in|for)\s+this\s+(?:[\w\-]+\s+){0,3}?(?:analysis|report|sub-?study)\s*,?\s+we\s+"
    r"(?:examined|analy[sz]ed|studied|included|assessed|evaluated)\s+(?:the\s+)?(?:participants|"
    r"patients|people|adults|individuals|those|women|men)\s+(?:of\s+the\s+(?:[\w\-]+\s+)?"
    r"trial\s+)?(?:who|whose|with)\b",
    re.IGNORECASE,
)
# an arm's count in the brackets: "LDN n = 50", "placebo 28" (not "4.5 mg", "12%")
_ARM_COUNT = re.compile(r"(?<![\d.])(\d{1,5})(?![\d.%]|\s*(?:%|mg|mcg|µg|ug|weeks?|years?))")


# ... the whole sample said to be analysed: "All 236 randomised participants (...) were
# analysed", "we included all 176": the subgroup is then one the report compares within it
_ALL_ANALYSED = Folded(
    rf"\ball\s+(?:the\s+)?{NUMBER}\b(?:[^.;]|\.\d){{0,120}}?\b(?:were|was)\s+(?:analy[sz]ed|included)\b|"
    r"\b(?:analy[sz]ed|analy[sz]ing|included|including|used\s+data\s+(?:from|on))\s+"
    rf"(?:data\s+(?:from|on)\s+)?all\s+(?:the\s+)?{NUMBER}\b",
    re.IGNORECASE,
)


# ... or told as a bare noun phrase, its arms in brackets, with no verb of what befell them:
# "Participants: The 47 randomised participants aged 60 years or older (placebo 12, 1.5 mg
# 11, 3.0 mg 13, 4.5 mg 11)", "Forty-seven adults over 60 (12/11/13/11) were analysed". What
# follows the noun must qualify it (an age, "who ...", "with ..."), not be a predicate
# ("200 participants completed the trial (...)", "40 patients responded (...)" tell the
# parent's flow or an outcome), and the clause ends at the bracket or says the group was
# the one analysed.
_ARMED_PHRASE = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?P<noun>{_NOUNS})\b"
    r"(?P<rest>\s+(?:aged|older|younger|over|under|above|below|who|whose|with|having|taking|"
    r"receiving|on|from|in|at)\b[^.;()]{0,100})?\s*"
    r"\((?P<arms>[^()]{3,80})\)"
    r"(?=\s*(?:[.;]|$|(?:were|was)\s+(?:included|analy[sz]ed|studied|examined|retained)\b))",
    re.IGNORECASE,
)
_SEX_NOUN = re.compile(r"(?:wo)?m[ae]n|(?:fe)?males?|girls|boys", re.IGNORECASE)
# a size stated bare: "a four-arm trial (n = 236)"
_BARE_SIZE = re.compile(rf"\bn\s*=\s*(?P<num>{NUMBER})", re.IGNORECASE)


def _armed_phrase(doc: Doc) -> Count | None:
    """A derived report's people, a noun phrase whose arm counts add up to it, smaller
    than a count of people stated elsewhere in the record (the parent trial's): a part of
    the parent, not the parent restated. The phrase picks its people ("aged 60 or older",
    "who ...", "with ..."); a bare count ("Baseline: 120 women (LDN 60, placebo 60)")
    describes the sample, it does not choose one, and so does a count by sex however
    qualified ("120 women with MDD (...)")."""
    stated: set[int] = set()
    for s in doc.sentences:
        # (a results section counts what befell people: "40 participants with insomnia
        # (placebo 5, 1.5 mg 10, ...)" is an adverse event, not whom the report analyses)
        if s.background or s.in_results or "(" not in s.text or not _ANY_NUMBER.search(s.text):
            continue
        for m in _ARMED_PHRASE.finditer(s.text):
            value = words_to_int(m.group("num"))
            if not value or not _groups_add_up(m.group("arms"), value):
                continue
            if not m.group("rest") or _SEX_NOUN.fullmatch(m.group("noun")):
                continue
            if not stated:
                stated = {
                    v
                    for s2 in doc.sentences
                    if not s2.background
                    for c in (*_COUNT.finditer(s2.text), *_BARE_SIZE.finditer(s2.text))
                    if (v := words_to_int(c.group("num")))
                }
            if any(v > value for v in stated):
                return Count(value, 5, s, m.group(0))
    return None


# the people a derived report says form its analysed sample, their arms in brackets after
# it: "84 of the 97 randomised completed; ... they form the analysed sample (1.5 mg, 29;
# 4.5 mg, 28; placebo, 27)" is 84, however they came to it (holdout297 33200022)
_FORM_ANALYSED = Folded(
    r"\b(?:form(?:s|ed)?|ma(?:de|ke)\s+up|constitut(?:e|es|ed))\s+(?:the|our|this)\s+"
    r"(?:analy[sz]ed|analysis|analytic)\s+(?:sample|set|population|cohort)\s*"
    r"\((?P<arms>[^()]{3,80})\)",
    re.IGNORECASE,
)


# ... or the people it picked by a trait, sized in brackets, said to form its subgroup:
# "Participants with a baseline PHQ-9 of 10 or more (n = 71) formed the depressed
# subgroup", "those with a raised CRP formed the analysed subgroup (n = 44)"
_FORMED_SUBGROUP = Folded(
    r"\b(?:participants|patients|subjects|those|women|men|adults|people)\s+(?:with|who)\b"
    r"(?:[^.;()]|\.\d){0,100}?(?:\(\s*n\s*=\s*(?P<num>\d{1,4})\s*\)\s+)?"
    r"(?:formed|made\s+up|constituted)\s+(?:the|a|our|this)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:subgroup|sub-?sample|analy[sz]ed\s+sample|analysis\s+(?:sample|set))\b"
    r"(?:\s*\(\s*n\s*=\s*(?P<num2>\d{1,4})\s*\))?",
    re.IGNORECASE,
)


def _formed_subgroup(doc: Doc) -> Count | None:
    """A derived report's people picked by a trait and said to form its subgroup
    (``_FORMED_SUBGROUP``): its own analysed sample (CONTRACT.md), not its parent's."""
    for s in doc.sentences:
        if s.background or "n" not in s.text:
            continue
        for m in _FORMED_SUBGROUP.finditer(s.text):
            value = words_to_int(m.group("num") or m.group("num2") or "")
            if value:
                return Count(value, 5, s, m.group(0))
    return None


# a count standing alone, not part of a decimal or a word ("84 of the 97 randomised")
_STANDALONE_COUNT = re.compile(rf"(?<![\w.])(?:{NUMBER})(?![\w.])", re.IGNORECASE)


def _formed_analysed(doc: Doc) -> Count | None:
    """A derived report's people said to form its analysed sample, the arms after it
    adding up to a count told before it in the sentence."""
    for s in doc.sentences:
        if s.background or "(" not in s.text:
            continue
        for m in _FORM_ANALYSED.finditer(s.text):
            arms = [int(a) for a in _ARM_COUNT.findall(m.group("arms"))]
            total = sum(arms)
            if len(arms) < 2:
                continue
            for c in _STANDALONE_COUNT.finditer(s.text[: m.start()]):
                if words_to_int(c.group(0)) == total:
                    return Count(total, 5, s, m.group(0), tuple(arms))
    return None


def _starting_anywhere(rx: Folded, text: str) -> Iterator[re.Match[str]]:
    """Each match of ``rx``, the next searched from just after the last one's start, not
    its end: in "158 had a measurement and 44 had a raised CRP (LDN 21, placebo 23)" the
    match from 158 reaches the brackets, and the one from 44 starts inside it."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _armed_subgroup(doc: Doc) -> Count | None:
    """A derived report's subgroup, counted with the arms that add up to it."""
    if any(not s.background and _ALL_ANALYSED.search(s.text) for s in doc.sentences):
        return None
    phrase = _armed_phrase(doc)
    if phrase is not None:
        return phrase
    sentences = doc.sentences
    restricted: bool | None = None
    for i, s in enumerate(sentences):
        if s.background or "(" not in s.text or not _ANY_NUMBER.search(s.text):
            continue
        for m in _starting_anywhere(_ARMED_SUBGROUP, s.text):
            value = words_to_int(m.group("num"))
            if not value or not _groups_add_up(m.group("arms"), value):
                continue
            if m.group("state"):
                # a treatment they were on is the report's own sample only where the report
                # says it is restricted to such a subset (else it describes part of it)
                if restricted is None:
                    restricted = any(
                        not s2.background and _RESTRICTED.search(s2.text) for s2 in sentences
                    )
                if restricted:
                    return Count(value, 5, s, m.group(0))
                continue
            after = (
                s.text[m.end() :]
                + " "
                + (sentences[i + 1].text[:80] if i + 1 < len(sentences) else "")
            )
            if m.group("chosen") or _AT_ENTRY.search(m.group(0)) or _THAT_GROUP.search(after):
                return Count(value, 5, s, m.group(0))
            # ... or told as the part of the parent's people the sentence opens on, in a
            # report restricted to such a part ("Participants with a baseline PHQ-9 of 10 or
            # more were included in this analysis" ... "Of 206 trial participants, 57 had
            # clinically significant depressive symptoms (LDN n = 29; placebo n = 28)")
            if m.start() > 0 and _OPENING_FRAME.match(s.text):
                if restricted is None:
                    restricted = any(
                        not s2.background and _RESTRICTED.search(s2.text) for s2 in sentences
                    )
                if restricted:
                    return Count(value, 5, s, m.group(0))
    return None


# A derived report's people sized by the data it had on them, a part of its parent's
# people, with the arms that add up to them: "Samples were available for 81 of the trial's
# participants (LDN 41, placebo 40)", "Stored plasma was obtained from 66 participants
# (naltrexone 34, placebo 32)", "Imaging of adequate quality was available in 48 patients
# (25 LDN, 23 placebo)"; or sized in brackets with its arms where the report says whom it
# took: "This secondary analysis included participants of the parent trial who completed
# the SHAPS at both visits (n = 41; 21 LDN, 20 placebo)". The arms adding up to the count
# say it is a group the report compares (as in ``_armed_subgroup``), and the data it had or
# the report's own act say it is the report's sample, not an outcome that befell people.
_DATA_FOR = Folded(
    r"\b(?:available|obtained|collected|complete|usable|valid|measured|analy[sz]able|"
    r"provided|contributed)\s+(?:for|from|in|on|by)\s+(?:all\s+|only\s+)?(?:the\s+)?"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+(?:(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:{NUMBER}\s+)?"
    r"(?:[\w\-]+(?:'s|’s)?\s+){0,2}?)?"
    rf"(?:{_MOD}{{0,2}}(?:{_NOUNS}))\b[^.;()]{{0,60}}\((?P<arms>[^()]{{3,80}})\)",
    re.IGNORECASE,
)
_N_WITH_ARMS = Folded(
    rf"\(\s*n\s*=\s*(?P<num>{NUMBER})\s*[;:,]\s*(?P<arms>[^()]{{3,80}})\)",
    re.IGNORECASE,
)
_OWN_TOOK = re.compile(
    r"\b(?:analys[ie]s|sub-?study|sub-?sample|report)\s+(?:included|comprised|used|"
    r"was\s+restricted\s+to)\b|\bwe\s+(?:included|analy[sz]ed|studied|examined)\b|"
    r"\b(?:were|was)\s+(?:included|analy[sz]ed)\b",
    re.IGNORECASE,
)
# an arm named in the brackets, so the numbers are arms' people ("LDN 41", "20 placebo")
_ARM_NAME = re.compile(
    r"\b(?:LDN|naltrexone|placebo|PBO|active|control|sham|usual\s+care|treatment|"
    r"intervention)\b|\d\s*mg\b",
    re.IGNORECASE,
)


# A derived report's people named as the part of its parent's it takes:
# - sized in brackets after the act that took them in: "This secondary analysis included
#   all randomised participants with a baseline rating (n=81 of the 88 randomised)";
# - opening a sentence as the people who form the subgroup: "52 participants (37% of the
#   randomised sample) formed the subgroup";
# - or as the people a diagnosis picks out: "Fifty-seven participants met DSM-5 criteria
#   for current major depressive disorder" (not a share of the whole told as a result, "Of
#   142 randomised participants, 52 (37%) met criteria", nor "participants who met").
_INCLUDED_BEFORE = Folded(
    r"\b(?:included|includes|analy[sz]ed|comprised|comprises|examined|studied)\b", re.I
)
_PART_IN_BRACKETS = Folded(
    r"\(\s*n\s*=\s*(?P<num>\d+)\s+of\s+(?:the\s+|all\s+)?(?P<whole>\d+)\s+"
    r"(?:[\w\-]+\s+)?(?:randomi[sz]ed|enrol+ed|allocated|participants|patients)\b",
    re.I,
)
_PART_AS_SUBJECT = Folded(
    rf"^(?:results?\s*:\s*)?(?P<num>{NUMBER})\s+{_MOD}{{0,2}}(?:{_NOUNS})\s+(?:"
    r"(?:\([^()]{0,60}\)\s*)?(?:formed|constituted|made\s+up|comprised)\s+the\s+(?:[\w\-]+\s+)?"
    r"sub-?(?:group|set|sample)\b|"
    r"met\s+(?:[\w\-]+\s+){0,2}?criteria\s+for\b)",
    re.I,
)


def _part_named(doc: Doc) -> Count | None:
    """A derived report's own sample named as a part of its parent's people
    (``_PART_IN_BRACKETS``, ``_PART_AS_SUBJECT``)."""
    for s in doc.sentences:
        if s.background or s.prior or s.future:
            continue
        for m in _PART_IN_BRACKETS.finditer(s.text):
            part, whole = int(m.group("num")), int(m.group("whole"))
            if 0 < part < whole and _INCLUDED_BEFORE.search(s.text, 0, m.start()):
                return Count(part, 5, s, m.group(0))
        subject = _PART_AS_SUBJECT.match(s.text)
        value = words_to_int(subject.group("num")) if subject else None
        if subject and value:
            return Count(value, 5, s, subject.group(0))
    return None


def _armed_data(doc: Doc) -> Count | None:
    """A derived report's people told by the data it had on them, or by its own act, with
    arms that add up to the count (``_DATA_FOR``)."""
    for s in doc.sentences:
        if not s.own or s.hedged or "(" not in s.text or not _ANY_NUMBER.search(s.text):
            continue
        found = list(_DATA_FOR.finditer(s.text))
        if _OWN_TOOK.search(s.text):
            found += list(_N_WITH_ARMS.finditer(s.text))
        for m in found:
            value = words_to_int(m.group("num"))
            arms_said = m.group("arms")
            counts = [int(a) for a in _ARM_COUNT.findall(arms_said)]
            if (
                value
                and len(counts) >= 2
                and sum(counts) == value
                and len(_ARM_NAME.findall(arms_said)) >= 2
                and not _other_work(s, m.start("num"))
            ):
                return Count(value, 5, s, m.group(0), tuple(counts))
    return None


# a results section that opens with its people: "Twenty-two participants had valid
# actigraphy ...", "Sixty-nine participants (naltrexone 35, placebo 34) were reassessed"
_RESULTS_SUBJECT = re.compile(
    rf"^(?:In\s+(?:all|total),?\s+)?(?P<num>{NUMBER})\s+(?:{_MOD}{{0,2}})?(?:{_NOUNS})\b"
    r"(?!\s*\(\s*\d+(?:\.\d+)?\s*%)(?:\s*\([^()]*\))?\s+(?:had|were|was|have|provided|completed|"
    # (the people taking part, said so: "Forty-four women took part (placebo 11; ...)")
    # (or the drug that makes them the report's part: "Forty-one participants took an SNRI
    # (venlafaxine 26, duloxetine 15), of whom 21 received LDN", holdout800 52206255)
    r"took|were\s+taking|participated|contributed)\b",
    re.IGNORECASE,
)


def _results_subject(doc: Doc) -> Count | None:
    """A derived report's own sample, as the subject of the first results sentence
    (the parent's total is told in its methods)."""
    first = next((s for s in doc.sentences if s.in_results), None)
    if first is None:
        return None
    m = _RESULTS_SUBJECT.match(first.text)
    value = words_to_int(m.group("num")) if m else None
    return Count(value, 5, first, m.group(0)) if m and value else None


# A corrected version or an erratum states a count and the wrong one it replaces: "49 were
# randomised, not 53 as stated in version 1", "(previously reported as 52)", "corrected
# from 56 to 47", "rather than the 51 originally reported"
_REPORTED = r"(?:stated|reported|given|published|listed|printed|shown)"
_WHEN = r"(?:previously|originally|first|initially|earlier|erroneously|incorrectly|mistakenly)"
_CORRECTION = Folded(
    rf"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?P<a>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:as\s+)?(?:{_WHEN}\s+)?{_REPORTED}\b|"
    rf"\b{_WHEN}\s+{_REPORTED}\s+(?:as\s+)?(?P<b>{NUMBER})\b|"
    rf"\bcorrected\s+from\s+(?P<c>{NUMBER})\s+to\b",
    re.IGNORECASE,
)
# people counted more than once are no more people: "four participants had been counted
# twice", "3 duplicate enrolments"
_COUNTED_TWICE = re.compile(
    r"^\s*(?:\w+\s+){0,4}?(?:counted|entered|enrol+ed|randomi[sz]ed|recorded|registered)\s+"
    r"(?:twice|more\s+than\s+once|in\s+duplicate)\b|"
    r"^\s*(?:(?:were|was|had\s+been)\s+)?(?:duplicates|double[\s\-]counted)\b",
    re.IGNORECASE,
)


def _corrections_applied(doc: Doc, found: list[Count]) -> list[Count]:
    """The corrected count wins over the one it corrects (CONTRACT.md: a later version
    replaces the earlier one). A count the record says was wrong is dropped wherever it
    is stated; in the correcting sentence, sums are dropped (a count of people counted
    twice is no arm) and the counts left are taken before any other."""
    old: set[int] = set()
    fixing: set[int] = set()
    low = doc.text.lower()
    if not any(
        w in low
        for w in (
            "stated",
            "reported",
            "given",
            "published",
            "listed",
            "printed",
            "shown",
            "corrected",
        )
    ):
        return found  # (a fast first look: every correction says one of these)
    for s in doc.sentences:
        if s.background or not _ANY_NUMBER.search(s.text):
            continue
        for m in _CORRECTION.finditer(s.text):
            value = words_to_int(next(g for g in m.group("a", "b", "c") if g))
            if value:
                old.add(value)
                fixing.add(s.index)
    if not old:
        return found
    out = []
    for c in found:
        if c.value in old:
            continue
        if c.sentence.index in fixing:
            if c.parts:
                continue
            at = c.sentence.text.lower().find(c.span.lower())
            if at >= 0 and _COUNTED_TWICE.match(c.sentence.text[at + len(c.span) :]):
                continue
            c = Count(c.value, c.score + 3, c.sentence, c.span, c.parts)
        out.append(c)
    return out


# a count of people said to be more than those counted before: "26 further outpatients",
# "an additional 30 adults", "another 16 patients"
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|an\s+additional|another|a\s+second\s+group\s+of)\s+$", re.I
)
_FURTHER_MODS = re.compile(r"^\S+\s+(?:further|additional|more|new|other)\b", re.I)


# a whole number standing for people in a sentence that counts them: not a share, a dose,
# an age, a date or a decimal
_WHOLE_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s*(?:%|mg|mcg|µg|years?|weeks?|days?|"
    r"months?)\b|\s*%)"
)


def _people_counts(text: str) -> set[int]:
    """The whole numbers a sentence states that could count people (or words: "nine")."""
    out = {int(m.group(1).replace(",", "")) for m in _WHOLE_COUNT.finditer(text)}
    return out | {v for w in re.findall(r"[A-Za-z-]+", text) if (v := words_to_int(w))}


def _further_people(found: list[Count]) -> Count | None:
    """One record, two groups of different people (two studies, a second cohort): the
    later count of "further" people adds to the best-supported count stated before it,
    in an earlier sentence ("further" points back at them, so any count of people there
    will do). The further count must be a credible enrolled one: a further count that was
    excluded or screened scored nothing and adds nobody."""
    for f in found:
        if f.parts or f.score < _CREDIBLE:
            continue
        text = f.sentence.text
        at = text.lower().find(f.span.lower())
        if at < 0 or not (
            _FURTHER_MODS.match(f.span) or _FURTHER_BEFORE.search(text[max(0, at - 30) : at])
        ):
            continue
        earlier = [c for c in found if not c.parts and c.sentence.index < f.sentence.index]
        # ... unless they make up the difference between two counts stated before ("127
        # randomly assigned; 118 were analysed. A further nine ... analysed apart"): then
        # they are the rest of the larger count, the same people, and add nobody
        if any(c.value - f.value in _people_counts(c.sentence.text) for c in earlier):
            return None
        if earlier:
            first = max(earlier, key=lambda c: (c.score, c.value))
            return Count(
                first.value + f.value, f.score, f.sentence, f.sentence.text, (first.value, f.value)
            )
    return None


# pairs counted as the units a study took in: "44 dyads", "30 patient-caregiver couples",
# "25 mother-partner pairs"
_PAIRS = Folded(
    rf"(?<![\w.,])(?P<num>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:dyads|couples|pairs)\b",
    re.IGNORECASE,
)
# ... not pairs matched for comparison, whose members are all the sample's people: "matched
# 1:1 by propensity score; 1,423 pairs (2,846 patients)" (preprints26 PPR7300020)
_MATCHED_PAIRS = Folded(r"\bmatch(?:ed|ing)\b|\bpropensity\b|\bcase[\s\-]control\b", re.IGNORECASE)


# ... counted where the study takes them in: "12 mother-infant pairs took part"
_PAIRS_TAKEN_IN = Folded(
    r"\s+(?:\([^()]{0,60}\)\s+)?(?:took\s+part|participated|completed|entered|joined|"
    r"(?:were|was)\s+(?:\w+\s+)?(?:enrol+ed|recruited|included|studied|randomi[sz]ed))\b",
    re.IGNORECASE,
)


def _pairs_taken_in(doc: Doc) -> Count | None:
    """The count of pairs a study's own sentence says it took in, none of them matched
    for comparison."""
    for s in doc.sentences:
        if not s.own:
            continue
        for m in _PAIRS.finditer(s.text):
            value = words_to_int(m.group("num"))
            if (
                value
                and _PAIRS_TAKEN_IN.match(s.text, m.end())
                and not _MATCHED_PAIRS.search(s.text)
                and not _other_work(s, m.start())
            ):
                return Count(value, 2, s, m.group(0))
    return None


def _pair_members(found: list[Count]) -> list[Count]:
    """A study of pairs (a patient and a caregiver, partner or informant) that also gives
    the people in them ("44 dyads ... (88 participants in all)") treats one of each pair:
    its sample is the pairs' count, not twice it (the smaller, where the text says no
    more)."""
    out: list[Count] = []
    for c in found:
        s = c.sentence
        hit = next(
            (
                (m, k)
                for m in _PAIRS.finditer(s.text)
                if (k := words_to_int(m.group("num")))
                and 2 * k == c.value
                # (nor the pairs of one arm: "84 dyads (168 individuals): 42 dyads per
                # arm", whose total is the count of pairs itself)
                and not _PER_ARM.match(s.text[m.end() :])
            ),
            None,
        )
        if hit is None or c.parts or _MATCHED_PAIRS.search(s.text):
            out.append(c)
            continue
        m, pairs = hit
        if not any(o.value == pairs and o.sentence is s for o in found):
            out.append(Count(pairs, c.score, s, m.group(0)))
    return out


def participants(
    doc: Doc,
    *,
    case_report: bool = False,
    review: bool = False,
    survey: bool = False,
    planned: bool = False,
    one_person: Sentence | None = None,
    reports: bool = False,
) -> Count | None:
    """The enrolled/randomised total (planned, for a protocol), or None if not stated.
    ``one_person``: the sentence saying the trial is in one person (an n-of-1 trial), whose
    n is 1 when no count of its own is stated. ``reports``: a study of spontaneous safety
    reports, whose sample is the reports it took in when it counts no people (one report,
    one patient's case)."""
    if doc.derived:
        own = (
            _part_named(doc)
            or _formed_analysed(doc)
            or _formed_subgroup(doc)
            or _framed_pool_part(doc, own_sample(doc))
            or _armed_subgroup(doc)
            or _results_subject(doc)
            or _armed_data(doc)
        )
        if own is not None:
            return own
    if case_report:
        # a case series counts the patients it describes, not a trial it writes about
        for s in doc.sentences:
            if s.own and _ANY_NUMBER.search(s.text):
                m = _CASES_REPORTED.search(s.text)
                value = words_to_int(m.group("num")) if m else None
                if m and value:
                    return Count(value, 5, s, m.group(0))
    found = candidates(doc, review=review, survey=survey, planned=planned)
    if planned:
        # a pre-results document of a trial (its protocol, its statistical analysis plan)
        # states the trial's size where it names the trial ("SERENADE (NCT...) is a
        # placebo-controlled trial of X in 240 adults", in its background): that sentence
        # is the study's own, and its size is the plan's, not a results paper restating it
        found = [
            Count(c.value, c.score + _section_penalty(c.sentence), c.sentence, c.span, c.parts)
            if c.sentence.restated
            else c
            for c in found
        ]
    found = _pair_members([c for c in found if c.score > 0])
    if planned:
        # a protocol's n is its planned size (CONTRACT.md); the accrual a trial in progress
        # reports is taken only when it states no size
        # (CONTRACT.md prefers randomised over planned: a count said once recruitment was
        # over is the trial's real size, and beats the plan)
        highest = max((c.score for c in found), default=0)
        found = [
            Count(c.value, highest + 1, c.sentence, c.span, c.parts)
            if c.sentence.own and _recruited_in_full(c)
            else Count(c.value, 1, c.sentence, c.span, c.parts)
            if _accrual(c)
            else c
            for c in found
        ]
        # ... and a size the record says it replaced ("originally 105 participants were
        # planned", "in the original protocol, 126 were to be randomised") is not its plan
        # (nor a size it says it revised away from, wherever it is restated)
        replaced = _replaced_sizes(doc)
        found = [
            c for c in found if not (_superseded(c) or (c.value in replaced and not c.parts))
        ] or found
        # ... and a ceiling the trial may grow to only if an interim look says so ("a
        # re-estimation may increase the sample to a maximum of 260") gives way to the size
        # it plans; alone, the cap is its size
        capped = [c for c in found if _conditional_cap(c)]
        if capped and len(capped) < len(found):
            found = [c for c in found if c not in capped]
    found = _title_sizes_the_part(doc, found)
    if not doc.derived:
        # (a derived report's frame is its parent's people: "Of the 236 randomized
        # participants, 221 ... were included" is the report's 221)
        found = _randomised_frame(found)
    found = _one_funnel(found)
    found = _total_beats_per_arm(found)
    found = _stated_total_wins(found)
    found = _corrections_applied(doc, found)
    added = _further_people(found)
    if added is not None:
        return added
    if found:
        best = max(c.score for c in found)
        top = [c for c in found if c.score == best]
        return max(top, key=lambda c: (c.value, -c.sentence.index))
    # a study that counts its people only as the pairs it took in ("Twelve mother-infant
    # pairs took part", "30 patient-caregiver dyads were enrolled"): one of each pair is
    # treated, so the pairs' count is its sample (as in ``_pair_members``)
    pairs = _pairs_taken_in(doc)
    if pairs is not None:
        return pairs
    if reports:
        # (the first count of reports taken in, in the study's own words: "We identified
        # 412 reports", "2,317 ICSRs met the dose criterion"; not the later tallies of a
        # reaction within them, "depression appeared in 96 reports")
        for s in doc.sentences:
            if not s.own or not _ANY_NUMBER.search(s.text):
                continue
            for m in _REPORTS_TAKEN.finditer(s.text):
                value = words_to_int(m.group("num") or m.group("num2"))
                if value and not _other_work(s, m.start()):
                    return Count(value, 2, s, m.group(0))
    if case_report:
        for s in doc.sentences:
            m = (
                _CASE_AGE.search(s.text)
                or _AGE_SEX.search(s.text)
                or (_ONE_CASE.search(s.text) if s.is_title else None)
            )
            if m:
                return Count(1, 1, s, m.group(0))
    if one_person is not None:
        # a series of n-of-1 trials counted as trials ("we will conduct 30 double-blind
        # n-of-1 trials"): each trial is one person, so the count of trials is the persons
        for s in doc.sentences:
            if not (s.own or s.is_title):
                continue
            for m in _N_OF_1_TRIALS.finditer(s.text):
                value = words_to_int(m.group("num"))
                if value and value > 1 and not _other_work(s, m.start()):
                    return Count(value, 3, s, m.group(0))
        return Count(1, 1, one_person, one_person.text)
    return None


# "Of N <people> ..., M were/had ...": a pool and the part drawn from it. Which is the
# study's sample its title says, when it sizes the study by the part ("a retrospective
# cohort study of 212 outpatients" over "Of 389 patients prescribed LDN, 212 were taking an
# SSRI and had at least one follow-up PHQ-9"): the pool is whom the sample was drawn from
_POOL_PART = Folded(
    rf"\bof\s+(?:the\s+|all\s+|these\s+)?(?P<pool>{NUMBER})\b(?:[^.;]|\.\d){{1,120}}?,\s*"
    rf"(?P<part>{NUMBER})\b(?!\s*%|[.,]\d)",
    re.IGNORECASE,
)


def _title_sizes_the_part(doc: Doc, found: list[Count]) -> list[Count]:
    """``found`` without the pool of an "Of N ..., M ..." whose part M the title sizes the
    study by (a title's count is the study's own; the part is its sample, the pool not)."""
    titled = {c.value for c in found if c.sentence.is_title}
    if not titled:
        return found
    pools: set[tuple[int, int]] = set()
    for s in doc.sentences:
        if not s.own:
            continue
        for m in _POOL_PART.finditer(s.text):
            pool, part = words_to_int(m.group("pool")), words_to_int(m.group("part"))
            if pool and part in titled and pool > part:
                pools.add((s.index, pool))
    if not pools:
        return found
    return [c for c in found if (c.sentence.index, c.value) not in pools] or found


# the reports a safety-report study took in: "we identified 1,047 ICSRs", "a total of 388
# reports were included", "2,317 ICSRs met the dose criterion"
_REPORTS_TAKEN = re.compile(
    r"\b(?:identified|included|retrieved|found|extracted|analy[sz]ed|obtained)\s+"
    rf"(?:a\s+total\s+of\s+)?(?P<num>{NUMBER}){_NOT_PCT}\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:reports|ICSRs)\b|"
    rf"{_LEAD}(?P<num2>{NUMBER}){_NOT_PCT}\s+(?:[\w\-]+\s+){{0,2}}?(?:reports|ICSRs)\s+"
    r"(?:met|were\s+(?:included|identified|retrieved|found|analy[sz]ed|eligible))\b",
    re.IGNORECASE,
)
# trials in one person each, counted: "30 double-blind n-of-1 trials", "a series of
# twenty-four single-patient crossover trials", "18 personalised N-of-1 experiments"
_N_OF_1_TRIALS = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+(?:[\w\-]+,?\s+){{0,3}}?\(?(?:n[\s\-]*of[\s\-]*1|"
    r"single[\s\-](?:patient|person|subject|case|participant))\)?\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:trials|experiments|studies)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------
# The sample told only in parts (Session 35, round 90): a take-in verb over a coordinated
# run of counts, each with a parallel phrase naming its part, however the parts are named:
# "The three sites randomised 19 (Leeds), 22 (Aarhus) and 17 (Utrecht) participants",
# "14 participants were enrolled in wave 1, 18 in wave 2 and 21 in wave 3", "Randomised
# participants numbered 31 in the 1.5 mg group, 30 in the 3 mg group and 30 in the placebo
# group", "between 88 patients maintained on 1.5 mg and 104 maintained on 4.5 mg",
# "enrolled 30 patients with MDD and 22 with bipolar depression", "allocated 40 to LDN and
# 38 to placebo". The parts add up to the sample.
# a count in such a run: not a label's number ("wave 1", "site 2"), a year, a dose, a
# time, a share or a decimal
_PART_LABEL = (
    r"wave|waves|week|weeks|day|days|month|months|year|years|visit|phase|stage|cohort|group|"
    r"arm|site|centre|center|period|step|part|level|grade|cycle|session|spring|summer|autumn|"
    r"fall|winter|type|class|item|score|version|study|trial|figure|table|age|aged"
)
_PART_COUNT = Folded(
    r"(?<![\w\-–/.=±$,])(?<![≥≤<>])(?<![≥≤<>]\s)"
    + "".join(rf"(?<!\b{w} )" for w in _PART_LABEL.split("|"))
    + rf"(?P<num>{NUMBER})(?![\w\-–%]|[.,]\d|\s*(?:%|percent|per\s+cent|mg|mcg|µg|μg|g\b|ml\b|"
    # (nor a dose counted in its units: "19 (2 drops), 18 (6 drops) and 18 (placebo)")
    r"kg|points?\b|weeks?\b|days?\b|months?\b|years?\b|hours?\b|h\b|times\b|drops?\b|"
    r"tablets?\b|capsules?\b|sprays?\b|puffs?\b|:\s*\d|/))",
    re.IGNORECASE,
)
_PART_SEP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+)$", re.IGNORECASE)
_PART_PREP = r"in|at|from|on|to|with|for|across|within|into|by"
# what makes one count's phrase parallel to the next: a preposition, a bracketed name, or
# a participle ("maintained on", "assigned to", "taking"), the same word in every phrase
_PART_LEAD = re.compile(
    rf"^\s*(?:(?P<prep>{_PART_PREP})\b|(?P<paren>\()|(?P<part>[a-z]+(?:ed|ing))\b)",
    re.IGNORECASE,
)
# parts of people that are times or outcomes, never parts of whom the study took in
_PART_NOT = Folded(
    r"\b(?:weeks?|months?|days?|visits?|baseline|follow[\s\-]?up|endpoint|completed|"
    r"completers?|withdr\w*|dropped|discontinu\w*|lost|remained|responded|responders?|"
    r"remitted|remitters?|improved|analy[sz]ed|excluded|screened|assessed|eligible|"
    r"declined|refused|died|had|reported|experienced)\b|%",
    re.IGNORECASE,
)
_PART_TAKE_IN = Folded(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrol+ed|recruited|included|"
    r"allocated|assigned|numbered|comprised|took\s+part|entered|"
    r"compared\b[^.;]*\bbetween)\b",
    re.IGNORECASE,
)
_PART_FRAMED = re.compile(r"^\W*(?:of|among)\b", re.IGNORECASE)
_PART_VERB = re.compile(
    r"\b(?:were|was|had|has|have|is|are|will|received|took|completed)\b", re.IGNORECASE
)


def _parallel_parts(s: Sentence) -> list[Count]:
    """The sample told in parts, each count with a phrase parallel to the others': their sum
    (see ``_PART_COUNT``)."""
    if not s.own or s.hedged:
        return []
    text = s.text
    if not _PART_TAKE_IN.search(text):
        return []
    nums = [m for m in _PART_COUNT.finditer(text) if words_to_int(m.group("num"))]
    # chains of counts that follow one another, each gap closing with a list separator
    chains: list[list[re.Match[str]]] = []
    for m in nums:
        if chains and (sep := _PART_SEP.search(text, chains[-1][-1].end(), m.start())):
            gap = text[chains[-1][-1].end() : sep.start()]
            if ";" not in gap and "." not in gap.replace(".5", "") and len(gap) <= 90:
                chains[-1].append(m)
                continue
        chains.append([m])
    out: list[Count] = []
    for chain in chains:
        for head in range(len(chain) - 1):
            run = chain[head:]
            found = _parallel_run(s, run)
            if found is not None:
                out.append(found)
                break
    return out


def _parallel_run(s: Sentence, run: list[re.Match[str]]) -> Count | None:
    """The sum of a run of two or more counts whose phrases are parallel, or None."""
    text = s.text
    tails = [
        text[a.end() : _PART_SEP.search(text, a.end(), b.start()).start()]  # type: ignore[union-attr]
        for a, b in pairwise(run)
    ]
    last = re.split(r"[,;]|\.(?!\d)", text[run[-1].end() :], maxsplit=1)[0]
    leads = [_PART_LEAD.match(t) for t in [*tails[1:], last]]
    if not all(leads):
        return None
    key = {(m.group("prep") or m.group("paren") or m.group("part")).lower() for m in leads if m}
    if len(key) != 1:
        return None
    word = next(iter(key))
    first = tails[0]
    # the first count's phrase: its noun and verb, then the same kind of part
    at = first.lower().rfind(word if word == "(" else f"{word} ")
    if at < 0 or (word != "(" and at > 0 and first[at - 1].isalnum()):
        return None
    parts = [first[at:], *tails[1:], last[: max(len(t) for t in tails) + 20]]
    if any(_PART_NOT.search(p) or _PART_VERB.search(p) for p in parts[1:]):
        return None
    if _PART_NOT.search(first) or any(len(p.split()) > 8 for p in parts[1:-1]):
        return None
    # whom: people named with the first count, after the last part, or before the run
    clause_start = max(text.rfind(c, 0, run[0].start()) for c in (";", ":", "(")) + 1
    head = text[clause_start : run[0].start()]
    people = (
        _PEOPLE_NOUN.match(first.strip()) is not None
        or _PEOPLE_NOUN.search(last) is not None
        or _PEOPLE_NOUN.search(head) is not None
    )
    if not people or not _PART_TAKE_IN.search(head + first):
        return None
    if _other_work(s, run[0].start()) or _pooled(text, run[0].start(), run[0].end()):
        return None
    if _PART_FRAMED.match(head):
        return None  # "Of the randomised, 30 in X and 28 in Y ...": what became of them
    values = tuple(v for v in (words_to_int(m.group("num")) for m in run) if v)
    if len(values) != len(run):
        return None
    span = text[run[0].start() : run[-1].end() + len(parts[-1])]
    return Count(sum(values), 4 - _section_penalty(s), s, span, values)


# the clause that says, after a count's relative clause or bracketed description, that the
# study took them in: "24 participants who remained depressed (HAM-D >= 14) after 8 weeks of
# escitalopram received naltrexone 1 mg twice daily", "30 adults who had not responded to
# two SSRIs were randomised"
_RELATIVE_OPEN = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:who|that|whose)\b", re.IGNORECASE)
_MAIN_TAKEN = Folded(
    r"\b(?:(?:were|was)\s+(?:then\s+|subsequently\s+|all\s+)?(?:randomi[sz]ed|randomly\s+"
    r"(?:assigned|allocated)|enrol+ed|recruited|included|allocated|assigned|given)|"
    r"(?:received|started|began)\s+(?:(?:open[\s\-]label|adjunctive|add-on|oral)\s+)?"
    r"(?:low[\s\-]dose\s+)?(?:naltrexone|LDN|\d+(?:\.\d+)?\s*mg))\b",
    re.IGNORECASE,
)


def _described_then_taken(text: str, end: int) -> bool:
    """The count's people are described by a relative clause, and the clause's main verb,
    after it, takes them in (``_MAIN_TAKEN``): the relative clause's verb ("remained",
    "completed") is who they were, not what became of them."""
    if _RELATIVE_OPEN.match(text, end) is None:
        return False
    clause = re.split(r";|\.\s", text[end : end + 300], maxsplit=1)[0]
    # (the relative clause ends before a main verb: not "who were randomised and completed")
    m = _MAIN_TAKEN.search(clause)
    return m is not None and m.start() > 12


# ---------------------------------------------------------------------------------------
# The sample told as one unit's share, the unit named before or after the count, times the
# units the record counts (Session 35, round 90): "Each arm randomised 25 participants"
# (three arms), "Eighteen participants were enrolled at each site" (two sites), "every
# centre recruited 20 adults", "30 patients were included per clinic" (a count per arm
# said after it, "25 per arm", is ``_PER_ARM_COUNT``'s)
_UNIT = (
    r"(?:participating\s+|study\s+|treatment\s+|trial\s+|recruiting\s+)?"
    r"(?P<unit>arm|group|condition|site|cent(?:re|er)|clinic|hospital|practice|cohort)"
)
_TAKES = r"randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrol+ed|recruited|included|allocated"
_UNIT_THEN_COUNT = Folded(
    rf"\b(?:each|every)\s+{_UNIT}\s+(?:then\s+|had\s+|has\s+)?(?:{_TAKES}|contributed)\s+"
    rf"(?P<num>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?:{_NOUNS})\b",
    re.IGNORECASE,
)
_COUNT_THEN_UNIT = Folded(
    rf"{_LEAD}(?P<num>{NUMBER}){_NOT_PCT}\s+{_MOD}{{0,3}}(?:{_NOUNS})"
    r"(?:\s+with\s+[^.;,()\d]{1,50}?)?\s+(?:were|was)\s+"
    rf"(?:then\s+)?(?:{_TAKES})\s+(?:(?:at|in|from|by|for)\s+(?:each|every)|per)\s+{_UNIT}\b",
    re.IGNORECASE,
)
_SITE_UNITS = ("site", "centre", "center", "clinic", "hospital", "practice")


# the cohorts a study counts: "Four cohorts received ...", "in three sequential cohorts"
_COHORTS_NUMBERED = Folded(
    rf"(?<![\w.,])(?P<k>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?cohorts\b", re.IGNORECASE
)


def _cohorts_counted(doc: Doc) -> int | None:
    """The number of cohorts the study's own sentences give, when they give only one."""
    return _units_counted(doc, "cohorts_counted", _COHORTS_NUMBERED, 12)


def _unit_quota(doc: Doc, s: Sentence, arms_memo: dict[str, int | None]) -> list[Count]:
    """A count said of each unit (arm or site), times the units the record counts."""
    if not s.own or s.hedged:
        return []
    out: list[Count] = []
    for rx in (_UNIT_THEN_COUNT, _COUNT_THEN_UNIT):
        for m in rx.finditer(s.text):
            value = words_to_int(m.group("num"))
            unit = m.group("unit").lower()
            k = (
                _sites_counted(doc)
                if unit in _SITE_UNITS
                else _cohorts_counted(doc)
                if unit == "cohort"
                else _groups_of_equal_size(doc, arms_memo)
            )
            if not value or not k or k < 2 or _other_work(s, m.start("num")):
                continue
            if _NEG_AFTER.search(s.text, m.end(), m.end() + 60):
                continue
            score = 4 - _section_penalty(s)
            out.append(Count(value * k, score, s, m.group(0)))
    return out
