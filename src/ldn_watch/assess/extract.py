"""Facts from one PubMed record, in the contract's terms (CONTRACT.md, "Field meanings").

Pure: title, abstract sections, publication types, MeSH and chemicals in; ``Facts``
out. No database, no network, no state between calls, so the same record always gives
the same facts and stored verdicts can be redone whenever the rules change.
"""

from __future__ import annotations

import re

from ldn_watch.assess import design as design_mod
from ldn_watch.assess import doses as doses_mod
from ldn_watch.assess import drugs as drugs_mod
from ldn_watch.assess import mentions, numbers, topic
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.assess.text import BACKGROUND, CONCLUSIONS, TITLE, Sentence, sentences
from ldn_watch.model import Facts, Record

# Bump when extraction changes meaning, so stored verdicts are redone (see gaps.rules_version).
EXTRACTOR_VERSION = "7"

_DOSE_WORK = re.compile(
    r"\bdose[\s\-]*(?:finding|ranging|response|comparison|comparing|escalation)\b|"
    r"\b(?:two|three|four|several|different|multiple|various|varying)\s+(?:low\s+)?"
    r"(?:doses|dosages|dose levels|dosing (?:regimens|options|strategies))\b|"
    r"\bdosing options\b|\boptimal (?:\w+\s+)?dos(?:e|ing|age)\b|\bED50\b|"
    r"\bcompar\w+ (?:the |two |three )?(?:low\s+)?doses\b",
    re.I,
)
_NOT_DAILY_DOSE = re.compile(
    r"\bexposure\b|\bnumber of (?:prescriptions|users|dispensings)\b|\bcumulative\b|\badherence\b|"
    r"\bdefined daily doses\b|\bDDD\b",
    re.I,
)
_CONCLUSION_CUE = re.compile(
    r"\b(?:suggest\w*|conclu\w*|show\w*|indicat\w*|demonstrat\w*|support\w*|may|appears?|"
    r"findings|results|data|evidence)\b",
    re.I,
)
_LIMITATION = re.compile(r"^(?:small study|limitations?)\b", re.I)
# doses given as alternatives to compare, not a list of what people happened to take
_ALLOC = re.compile(
    r"\b(?:randomi[sz]\w*|randomly|assigned|allocated|arms?|groups?|versus|vs\.?|compar\w+)\b", re.I
)
# in a trial, "4.5 mg (n=24) or 1.5 mg (n=24)" and "3 mg q.d. or 3 mg twice a day" are arms
_OR = re.compile(r"\b(?:or|versus|vs)\b", re.I)
_ARM_SIZE = re.compile(r"^[^()]{0,30}\(\s*n\s*=\s*\d+", re.I)
_FLEXIBLE = re.compile(r"\bas tolerated\b|\bdepending on\b|\baccording to\b|\bflexibl\w*", re.I)
_TRIALS = ("rct", "nonrandomized_trial", "protocol")
# a call for future work or a statement of what is not known: "dose-finding studies are
# needed", "future trials should compare more than one dose", "the optimal dose is unknown"
_FUTURE_WORK = re.compile(
    r"\b(?:is|are|was|were|remains?) (?:still |urgently |now )?(?:needed|required|warranted|lacking|"
    r"unknown|unclear|not (?:yet )?(?:known|established))\b|\bshould\b|\bfuture\b|"
    r"\bwarrant\w*|\bmerits?\b|\bcalls? for\b|\brecommend\w*|\bwe propose\b|\bno (?:\w+ )?"
    r"(?:trial|study) has\b|\bhas not been\b|\bhave not been\b|\bawait\w*|\bwe urge\b|"
    r"\buntil\b[^.;]{0,120}\b(?:are|is|have been|has been) (?:reported|published|available|completed)\b",
    re.I,
)
# in a review, sentences about the literature describe included studies, not the review
_DESCRIBES_STUDIES = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|case (?:reports?|series)|reports?|evidence|literature|"
    r"included|publications?|published|data|cohorts?|pilots?)\b|"
    # "Doses ranged from 1 mg twice daily to 4.5 mg": the spread across the studies
    r"\bdos(?:es|ages|ing)\b[^.;]{0,30}\b(?:ranged|varied|differed)\b",
    re.I,
)
# ... unless the dose is one they all share, which is the review's scope: "five trials
# were included; all used naltrexone 4.5 mg/day"
_ALL_STUDIES_USED = re.compile(
    r"\b(?:all|every|each)\b(?:\s+(?:of\s+)?(?:the(?:m|se)?\s+)?(?:\w+\s+){0,2}?)?"
    r"(?:used|gave|administered|tested|employed|studied|prescribed)\b",
    re.I,
)
# in a survey the people who answered are the participants
_SURVEY = re.compile(r"\bsurvey\w*|\bquestionnaire\b", re.I)


def _conclusion(sents: list[Sentence]) -> str | None:
    """The abstract's conclusion: its labelled section, else the last concluding sentence."""
    labelled = [s for s in sents if s.section == CONCLUSIONS]
    if labelled:
        return labelled[0].text
    body = [s for s in sents if s.section not in (TITLE, BACKGROUND)]
    for s in reversed(body[1:]):
        if _CONCLUSION_CUE.search(s.text) and not _LIMITATION.search(s.text):
            return s.text
    return body[-1].text if len(body) > 1 else None


def _shared_by_all(dose: doses_mod.Dose) -> bool:
    """A review's dose that every included study used: "all used naltrexone 4.5 mg/day"."""
    text = dose.sentence.text
    head = text[max(0, dose.start - 60) : dose.start] if dose.start >= 0 else ""
    clause = re.split(r"[;:]|,\s*(?:and|but|while|whereas)\b", head)[-1]
    return _ALL_STUDIES_USED.search(clause) is not None


def _alternatives(doses: list[doses_mod.Dose], trial: bool) -> bool:
    """Doses in one sentence offered as alternatives (arms), not what people happened to take."""
    text = doses[0].sentence.text
    if _FLEXIBLE.search(text):
        return False
    if any(d.kind == "grid" for d in doses) or _ALLOC.search(text):
        return True
    spans = sorted({(d.start, d.span) for d in doses if d.start >= 0})
    if len(spans) < 2:
        return trial and any(d.kind == "list" for d in doses) and _OR.search(text) is not None
    between = text[spans[0][0] : spans[-1][0]]
    sized = all(_ARM_SIZE.match(text[i + len(span) :]) for i, span in spans)
    return _OR.search(between) is not None and (trial or sized)


def _compares_doses(
    ldn: list[doses_mod.Dose], sents: list[Sentence], design: str
) -> tuple[bool, str | None]:
    """Two or more LDN doses given as alternatives, or explicit dose-finding wording.

    Calls for future work ("dose-finding studies are needed") and statements of what is
    unknown ("the optimal dose is unknown") are not this study comparing doses.
    """
    for s in sents:
        if s.section == BACKGROUND or _FUTURE_WORK.search(s.text):
            continue
        m = _DOSE_WORK.search(s.text)
        if m and not _NOT_DAILY_DOSE.search(s.text):
            return True, s.text
    by_sentence: dict[int, list[doses_mod.Dose]] = {}
    for d in ldn:
        if d.titration or d.kind == "range" or _FUTURE_WORK.search(d.sentence.text):
            continue
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for doses in by_sentence.values():
        if len({d.mg_per_day for d in doses}) >= 2 and _alternatives(doses, design in _TRIALS):
            return True, doses[0].sentence.text
    return False, None


def extract_facts(article: Record, lexicon: Lexicon) -> Facts:
    """All facts about one article; never raises on thin records (no abstract, no title)."""
    sents = sentences(article)
    all_text = " ".join(s.text for s in sents)
    aliases = mentions.Aliases.learn(all_text)
    facts = Facts()
    evidence: dict[str, str] = {}

    design, design_sentence = design_mod.classify(
        sents, article.publication_types, article.mesh_terms
    )
    facts.design = design
    # an editorial or comment reports no study of its own, and studied nobody
    opinion = design == "other" and bool(
        set(article.publication_types) & design_mod.COMMENTARY_TYPES
    )
    facts.has_results = design not in ("protocol", "review") and not opinion
    if design_sentence is not None:
        evidence["design"] = design_sentence.text

    # most records a broad query returns never name naltrexone: no doses to read
    names_ntx = aliases.pattern().search(all_text) is not None
    all_doses = doses_mod.find(sents, aliases, lexicon) if names_ntx else []
    ntx_doses = [d for d in all_doses if d.owner == "naltrexone"]
    decided = topic.decide(
        sents, ntx_doses, aliases, article.mesh_terms, article.chemicals, design=design
    )
    facts.on_topic = decided.on_topic
    facts.off_topic_reason = decided.reason
    if decided.ldn_evidence:
        evidence["on_topic"] = decided.ldn_evidence
    if decided.mood_evidence and decided.on_topic:
        evidence["depression"] = decided.mood_evidence

    if design not in ("review", "preclinical") and not opinion:
        pop = topic.depression_population(sents)
        if pop is None:
            mesh = " ".join(article.mesh_terms)
            facts.depression_population = (
                not article.abstract and re.search(r"Depressive Disorder", mesh) is not None
            )
        else:
            facts.depression_population = True
            evidence["depression_population"] = pop.text

    review = design in ("review", "meta_analysis")
    if design != "preclinical":
        survey = design == "observational" and _SURVEY.search(all_text) is not None
        count = numbers.participants(
            sents, case_report=design == "case_report", review=review, survey=survey
        )
        if count is not None:
            facts.n = count.value
            evidence["n"] = count.sentence.text

    if decided.is_ldn:
        # a review's doses, dose comparisons and co-medication belong to the studies it
        # describes; only what it says about its own scope counts
        own = [s for s in sents if not (review and _DESCRIBES_STUDIES.search(s.text))]
        own_index = {s.index for s in own}
        ldn = [
            d
            for d in ntx_doses
            if not d.per_kg
            and not d.bound
            and topic.LDN_MIN_MG <= d.mg_per_day < topic.STANDARD_MIN_MG
            and (d.sentence.index in own_index or (review and _shared_by_all(d)))
        ]
        facts.ldn_doses_mg = sorted({d.mg_per_day for d in ldn})
        if ldn:
            evidence["ldn_doses_mg"] = ldn[0].sentence.text
        facts.compares_doses, where = _compares_doses(ldn, own, design)
        if where:
            evidence["compares_doses"] = where
        conc = drugs_mod.find(own, lexicon, aliases)
        facts.concomitant_antidepressants = conc.drugs
        facts.concomitant_classes = conc.classes
        if conc.evidence:
            evidence["concomitant_classes"] = conc.evidence

    if opinion:
        # what a commentary cites (the pilot's 12 patients, its 1 mg b.i.d.) is not its own
        facts.n, facts.ldn_doses_mg, facts.compares_doses = None, [], False
        facts.concomitant_antidepressants, facts.concomitant_classes = [], []
        for name in ("n", "ldn_doses_mg", "compares_doses", "concomitant_classes"):
            evidence.pop(name, None)
    facts.conclusion = _conclusion(sents)
    facts.evidence = evidence
    return facts
