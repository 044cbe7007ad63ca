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
from ldn_watch.model import Article, Facts

# Bump when extraction changes meaning, so stored verdicts are redone (see gaps.rules_version).
EXTRACTOR_VERSION = "1"

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


def _compares_doses(ldn: list[doses_mod.Dose], sents: list[Sentence]) -> tuple[bool, str | None]:
    """Two or more LDN doses given as alternatives, or explicit dose-finding wording."""
    for s in sents:
        if s.section == BACKGROUND:
            continue
        m = _DOSE_WORK.search(s.text)
        if m and not _NOT_DAILY_DOSE.search(s.text):
            return True, s.text
    by_sentence: dict[int, set[float]] = {}
    for d in ldn:
        if d.titration or d.kind == "range":
            continue
        if d.kind == "grid" or _ALLOC.search(d.sentence.text):
            by_sentence.setdefault(d.sentence.index, set()).add(d.mg_per_day)
    for index, values in by_sentence.items():
        if len(values) >= 2:
            return True, next(s.text for s in sents if s.index == index)
    return False, None


def extract_facts(article: Article, lexicon: Lexicon) -> Facts:
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
    facts.has_results = design not in ("protocol", "review")
    if design_sentence is not None:
        evidence["design"] = design_sentence.text

    all_doses = doses_mod.find(sents, aliases, lexicon)
    ntx_doses = [d for d in all_doses if d.owner == "naltrexone"]
    decided = topic.decide(sents, ntx_doses, aliases, article.mesh_terms, article.chemicals)
    facts.on_topic = decided.on_topic
    facts.off_topic_reason = decided.reason
    if decided.ldn_evidence:
        evidence["on_topic"] = decided.ldn_evidence
    if decided.mood_evidence and decided.on_topic:
        evidence["depression"] = decided.mood_evidence

    if design not in ("review", "preclinical"):
        pop = topic.depression_population(sents)
        if pop is None:
            mesh = " ".join(article.mesh_terms)
            facts.depression_population = (
                not article.abstract and re.search(r"Depressive Disorder", mesh) is not None
            )
        else:
            facts.depression_population = True
            evidence["depression_population"] = pop.text

    if design != "preclinical":
        count = numbers.participants(sents, case_report=design == "case_report")
        if count is not None:
            facts.n = count.value
            evidence["n"] = count.sentence.text

    if decided.is_ldn:
        ldn = [
            d
            for d in ntx_doses
            if not d.per_kg
            and not d.bound
            and topic.LDN_MIN_MG <= d.mg_per_day < topic.STANDARD_MIN_MG
        ]
        facts.ldn_doses_mg = sorted({d.mg_per_day for d in ldn})
        if ldn:
            evidence["ldn_doses_mg"] = ldn[0].sentence.text
        facts.compares_doses, where = _compares_doses(ldn, sents)
        if where:
            evidence["compares_doses"] = where
        conc = drugs_mod.find(sents, lexicon, aliases)
        facts.concomitant_antidepressants = conc.drugs
        facts.concomitant_classes = conc.classes
        if conc.evidence:
            evidence["concomitant_classes"] = conc.evidence

    facts.conclusion = _conclusion(sents)
    facts.evidence = evidence
    return facts
