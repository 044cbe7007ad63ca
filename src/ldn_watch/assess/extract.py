"""Facts from one PubMed record, in the contract's terms (CONTRACT.md, "Field meanings").

Pure: title, abstract sections, publication types, corrections, MeSH and substances in;
``Facts`` out. No database, no network, no state between calls, so the same record
always gives the same facts and stored verdicts can be redone whenever the rules change.

The order is the point: the record's structure first (a notice has no data of its own,
whatever trial its text restates), then the sentence roles (``roles.read``), then each
fact from the role-annotated record. A record that never names the watched drug is
settled by a cheap pre-filter before any sentence is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ldn_watch.assess import arms, design, doses, drugs, mentions, numbers, roles, structure, topic
from ldn_watch.assess.allocation import ALLOCATED
from ldn_watch.assess.counts import NUMBER
from ldn_watch.assess.doses import Dose
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.lexicon import Lexicon
from ldn_watch.assess.roles import Doc, Sentence
from ldn_watch.model import Facts, Record

# the least dose that works, sought by the study: "to identify the minimal effective dose"
# (not a co-medication's, "an SSRI at or above the minimum effective dose")
_SEEK_LEAST = (
    r"\b(?:identify|determine|find|establish|define|estimate|explore|seek)\w*\s+(?:the\s+)?"
    r"(?:minimal|minimum|lowest) effective dos(?:e|ing|age)\b"
)
# explicitly dose-finding work: true whatever doses are stated
_DOSE_FINDING = Folded(
    r"\bdose[\s\-]*(?:finding|ranging)\b|\bED50\b|\boptimal (?:\w+\s+)?dos(?:e|ing|age)\b|"
    rf"{_SEEK_LEAST}|"
    # (the dose-response as what the study sets out to learn: "Aim was to explore dose-
    # response of X", "to characterise the dose-response relationship")
    r"\b(?:explore|examine|assess|determine|characteri[sz]e|establish|investigate|define|"
    r"describe)\s+(?:the\s+)?dose[\s\-]*response\b|"
    r"\bdose[\s\-]*(?:response|escalation)\s+(?:study|trial|design|cohorts?|phase|curve)\b|"
    r"\bescalating doses\b",
    re.I,
)
_OPTIMAL = re.compile(rf"optimal (?:\w+\s+)?dos(?:e|ing|age)|{_SEEK_LEAST}", re.I)
# the words between a dose-finding phrase and the drug it is about: "a dose-finding study
# of ketamine", "the optimal dose for intravenous esketamine"
_ABOUT_DRUG = re.compile(
    r"^\s*(?:(?:study|trial|design|phase|work|cohorts?)\s+)?(?:of|for)\s+(?:[\w\-]+\s+){0,2}?$",
    re.I,
)


def _finding_of_another_drug(doc: Doc, s: Sentence) -> bool:
    """Every dose-finding phrase of the sentence is about another drug, named right after
    it ("A dose-finding study of ketamine with low-dose naltrexone pretreatment", "the
    optimal dose of escitalopram"): the doses found are that drug's, not the watched
    drug's."""
    drugs = doses.drugs_in(doc, s)
    found = list(_DOSE_FINDING.finditer(s.text))
    if not found:
        return False
    for m in found:
        after = [(a, name) for a, _b, name in drugs if a >= m.end()]
        if not after:
            return False
        a, name = min(after)
        if name == doc.spec.drug or not _ABOUT_DRUG.match(s.text[m.end() : a]):
            return False
    return True


# "dose-response", "dose escalation": dose-finding only with two or more doses of the
# band ("a dose-response relationship between CRP and MADRS change", "dose escalation
# to 4.5 mg" are not)
# ... not an escalation only for those who did not respond to it ("With Dose Escalation in
# Early Non-Responders"): a dose raised for some, both levels listed, no doses compared
# (CONTRACT.md); "non-responders to SSRIs" are whom the study took in, escalated all alike
_DOSE_RESPONSE = re.compile(
    r"\bdose[\s\-]*(?:response|escalation(?!\s+(?:only\s+)?(?:in|for|among)\s+(?:the\s+)?"
    r"(?:(?:early|partial|initial|insufficient)\s+)?(?:(?:non[\s\-]?(?:responders|"
    r"improvers|remitters)|partial\s+responders)(?!\s+to\b)|those\s+(?:who|not|without)|"
    r"(?:patients|participants|people)\s+(?:who|not|without))))\b",
    re.I,
)
# a phase-I escalation design: cohorts given one dose level each, the next opened only if
# the last was tolerated ("four sequential cohorts: 0.5 mg, then 1 mg ...", "a dose-limiting
# adverse event"); dose-finding when two or more doses of the band are its steps
_ESCALATION_DESIGN = re.compile(
    # (hyphenated too, or their order said otherwise: "an open-label sequential-cohort
    # study", "in successive cohorts")
    r"\b(?:sequential|successive|consecutive)[\s\-]+(?:dose[\s\-]+|dosing[\s\-]+)?cohorts?\b|"
    # (their order said in words: "cohorts were filled one after another", "three cohorts
    # of ten opened in turn", "cohorts were enrolled in sequence")
    r"\bcohorts\b[^.;:]{0,40}?\b(?:one\s+after\s+(?:another|the\s+other)|in\s+turn|"
    r"in\s+sequence)\b|"
    r"\bdose[\s\-]+limiting\s+(?:toxicit(?:y|ies)|adverse\s+(?:events?|effects?)|events?)\b",
    re.I,
)


def says_dose_finding(text: str) -> bool:
    """The text names dose-finding work or a comparison of doses in so many words:
    dose-finding or -ranging, an optimal dose, a dose-response or dose-escalation design,
    sequential dose cohorts, "comparing the doses" (not a design the text sets aside:
    "rather than a dose-finding design")."""
    text = _without_set_aside(text)
    return any(
        rx.search(text)
        for rx in (_DOSE_FINDING, _DOSE_RESPONSE, _ESCALATION_DESIGN, _COMPARES_DOSES_SAID)
    )


_COMPARES_DOSES_SAID = re.compile(
    r"\bdose[\s\-]*(?:comparison|comparing)\b|\bcompar\w+ (?:the |two |three )?(?:low\s+)?doses\b",
    re.I,
)


# words that compare doses without saying which: true only if the doses are the band's
_DOSES_COMPARED = Folded(
    r"\bdose[\s\-]*(?:comparison|comparing)\b|"
    r"\b(?:two|three|four|several|different|multiple|various|varying)\s+(?:low\s+)?"
    r"(?:doses|dosages|dose levels|dosing (?:regimens|options|strategies))\b|"
    r"\bdosing options\b|\bcompar\w+ (?:the |two |three )?(?:low\s+)?doses\b",
    re.I,
)
# two doses people were free to move between ("could reduce to 3 mg if they slept badly,
# and move between the two doses at monthly reviews", "were allowed to switch between both
# doses as needed"): the ends of one flexible regimen, not doses compared (CONTRACT.md,
# "ldn_doses_mg": a flexible range lists both ends)
_FREE_TO_MOVE_BETWEEN = Folded(
    r"\b(?:could|may|might|can|were\s+(?:free|allowed|permitted|able)\s+to|"
    r"was\s+(?:allowed|permitted)\s+to)\s+(?:[^.;]{0,80}?\s)?"
    r"(?:mov|switch|chang|go|alternat)\w*\s+(?:back\s+and\s+forth\s+|freely\s+)?between\s+"
    r"(?:the\s+|these\s+|both\s+)?(?:two\s+|both\s+)?(?:doses|dosages|dose\s+levels)\b",
    re.I,
)
# another dose band named without a number: "standard-dose", "full-dose", "high-dose"
_OTHER_BAND = Folded(
    r"\b(?:standard|full|conventional|usual|high|regular|higher)[\s\-]+dos(?:e|es|age|ing)\b", re.I
)
# a comparison said not to have been made: "no study compared doses", "did not compare
# doses", "none of the trials tested more than one dose" state what is missing, not a study
# a study saying its doses could not be compared: "precluded comparison between doses", "did
# not allow a comparison of the two doses", "too few ... to compare doses"
_COMPARISON_PRECLUDED = Folded(
    r"\b(?:precluded|prevented|(?:did|does|do)\s+not\s+(?:allow|permit)|made\s+impossible)\s+"
    r"(?:any\s+|a\s+|formal\s+|meaningful\s+)*(?:statistical\s+)?compar\w*\s+(?:between|of|across)\s+"
    r"(?:the\s+)?(?:two\s+|three\s+)?dos(?:e|es|ing|ages?)\b|"
    r"\btoo\s+few\b[^.;]{0,60}?\bto\s+compare\s+(?:the\s+)?(?:two\s+|three\s+)?dos(?:e|es|ages?)\b",
    re.I,
)
_NOT_COMPARED = Folded(
    r"\b(?:no|none of the|neither)\s+(?:[\w\-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|reports?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:yet\s+)?(?:compared|tested|examined|assessed)\b|"
    r"\b(?:did|does|do|has|have)\s+not\s+(?:yet\s+)?(?:compare|test|examine)\b|\bwithout\s+compar\w*|"
    # ... or not what the study was built for: "not designed to compare doses", "was not
    # powered to compare the two doses", "did not set out to compare doses"
    r"\bnot\s+(?:\w+\s+)?(?:designed|powered|intended|meant|built|planned|set\s+out|aimed|"
    r"sized)\s+(?:\w+\s+)?to\s+(?:compare|test|detect|examine|distinguish|find|identify|determine|"
    r"establish|define|select)\b|"
    # ... or people grouped by the dose they ended on, which nobody assigned: "response did
    # not differ by final dose", "outcomes across achieved doses"
    r"\b(?:by|across|between|according\s+to)\s+(?:the\s+|their\s+)?(?:final|achieved|attained|"
    r"reached|last|end(?:point)?|maximum|maximal)\s+(?:daily\s+|nightly\s+)?dos(?:e|es|age|ing)\b",
    re.I,
)
# a clause in which the authors say their data cannot answer the dose question: "these
# data cannot address the optimal dose", "our findings do not allow conclusions about the
# best dose", "dose comparisons were not possible", "the design precludes inferences
# about dose", "we were unable to identify an optimal dose": believed, whatever dose words
# the clause holds (CONTRACT.md: explicit dose-finding work, not its absence)
_CANNOT = Folded(
    r"\b(?:cannot|can\s*not|can't|could\s+not|couldn't|unable\s+to|not\s+able\s+to)\b|"
    r"\b(?:do|does|did|would)\s+not\s+(?:\w+\s+)?(?:allow|permit|support|address|answer|"
    r"inform|establish|settle|resolve|determine|enable|speak\s+to)\b|"
    r"\b(?:not\s+|im)possible\b|\bpreclud\w*|\bno\s+(?:firm\s+|reliable\s+|valid\s+)?"
    r"(?:conclusions?|inferences?)\b|\b(?:insufficient|inadequate)\s+to\b",
    re.I,
)
# ... or said after the phrase: "Dose-finding was not the aim", "a dose-ranging design
# was not feasible", "dose escalation design is not part of this trial"
_NOT_THE_AIM = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:was|is|were|are|will\s+be)\s+not\s+(?:the|our|an?|part|planned|"
    r"intended|feasible|possible|attempted|pursued|performed|done|undertaken|chosen|used|"
    r"considered)\b",
    re.I,
)


# every phrase that names dose-finding work or a comparison of doses, whichever word it
# uses ("dose-finding", "dose-response", "sequential dose cohorts", "dose comparison",
# "comparing the doses", "two doses"): a denial sets aside any of them alike ("This is not a
# dose-comparison study", "the study will not compare doses" as much as "not a
# dose-finding trial")
_DOSE_WORK = Folded(
    "|".join(
        f"(?:{rx.pattern})"
        for rx in (_DOSE_FINDING, _DOSE_RESPONSE, _ESCALATION_DESIGN, _DOSES_COMPARED)
    ),
    re.I,
)


# a dose-finding design the record says the study has left, by an amendment: "change from a
# four-arm dose-finding design to a two-arm trial", "no longer a dose-ranging study", "the
# dose-finding objective and the MCP-Mod analysis were removed" (what it was designed as is
# then no comparison it makes)
_LEFT_BEFORE = re.compile(rf"\b(?:{roles.LEFT_DESIGN})\s+(?:[\w\-]+[\s,]+){{0,3}}$", re.I)
_REMOVED_AFTER = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:(?:and|or)\s+(?:[\w\-]+\s+){0,4}?)?"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:removed|dropped|abandoned|deleted|withdrawn)\b",
    re.I,
)


def _dose_work_left(own: list[Sentence]) -> Sentence | None:
    """The sentence saying the study has left the dose-finding design it was planned with
    (``_LEFT_BEFORE``, ``_REMOVED_AFTER``), or None."""
    for s in own:
        for m in _DOSE_WORK.finditer(s.text):
            if _LEFT_BEFORE.search(s.text, max(0, m.start() - 60), m.start()) or (
                _REMOVED_AFTER.match(s.text, m.end())
            ):
                return s
    return None


def _without_set_aside(text: str) -> str:
    """``text`` with every dose-finding or dose-comparison phrase the study sets aside
    blanked (same length): a design it is not, or work it names as missing or not done
    (``roles.denied``)."""
    out = text
    for m in _DOSE_WORK.finditer(text):
        if (
            roles.set_aside(text, m.start())
            or _NOT_THE_AIM.match(text, m.end())
            or roles.denied(text, m.start(), m.end())
        ):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


_CLAUSE_SPLIT = re.compile(r";|,\s*(?:but|and|so|while|whereas)\s+", re.I)


def _without_disclaimers(text: str) -> str:
    """``text`` with every clause saying the study cannot answer the question blanked
    (same length)."""
    if not _CANNOT.search(text):
        return text
    out, start = list(text), 0
    for m in [*_CLAUSE_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        if _CANNOT.search(text[start:end]):
            out[start:end] = " " * (end - start)
        start = m.end() if m else end
    return "".join(out)


# a dose raised by how each participant responds ("response-guided dose escalation", "a
# symptom-based dose increase") is one flexible regimen: a raise for non-responders lists
# both levels (CONTRACT.md) but compares no doses
_GUIDED_RAISE = Folded(
    r"\b(?:response|symptom|tolerability|outcome|measurement|score)[\s\-]+(?:guided|based|driven|"
    r"contingent|dependent)\s+dos(?:e|ing)[\s\-]*(?:escalation|increases?|titration|adjustments?)\b",
    re.I,
)
# a bare "dose escalation" / "dose increase" (no design noun after it: "dose-escalation
# study" and "dose-escalation cohorts" stay dose-finding) whose own clause names whom it
# is for by their response ("with dose escalation for non-responders", "dose increases in
# those not improving", "non-remitters had a dose escalation"): a rescue raise for some,
# one flexible regimen whose two levels are listed (CONTRACT.md) but not compared
_BARE_RAISE = Folded(
    r"\bdos(?:e|ing)[\s\-]*(?:escalations?|increases?|increments?|up-?titrations?|doubling)\b"
    r"(?!\s+(?:study|studies|trial|design|cohorts?|phase|curve|schedule|steps?|levels?)\b)",
    re.I,
)
_CLAUSE_STOPS = ".;:()"


def _clause_near(text: str, a: int, b: int) -> str:
    """The words of the clause around ``text[a:b]``: up to 60 characters before and 80
    after, never past a stop (full stop, semicolon, colon, bracket)."""
    start = max([max(0, a - 60), *(text.rfind(c, 0, a) + 1 for c in _CLAUSE_STOPS)])
    ends = [i for i in (text.find(c, b) for c in _CLAUSE_STOPS) if i >= 0]
    end = min([len(text), b + 80, *ends])
    return text[start:a] + " " + text[b:end]


def _without_rescue_raise(doc: Doc, text: str) -> str:
    """``text`` with every bare dose-raise phrase whose clause ties the raise to a lack of
    response blanked (same length)."""
    if "dos" not in text:
        return text
    for_some = doc.spec.compiled("doses.conditional", doses._conditional)
    out = text
    for m in _BARE_RAISE.finditer(text):
        near = _clause_near(text, m.start(), m.end())
        if "respond" in near:
            near = doses.enrolled_nonresponse(doc).sub(" ", near)
        if for_some.search(near):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


# a derived report that merges the parent trial's dose arms into one ("the two naltrexone
# arms were combined for this analysis", "we pooled both dose groups", "LDN (pooled)",
# "analysed together as a single group", "regardless of dose"): it compares no doses,
# whatever the parent trial did (the record keeps the parent's doses)
_ARM_NOUNS = r"(?:arms?|groups?|doses|dose\s+(?:arms?|groups?|levels?|conditions?)|cohorts?)"
_POOLED_ARMS = Folded(
    # (the arms may be named with their doses or their trial before the verb: "both LDN
    # dose groups (2 mg and 4.5 mg) of a randomised trial in 96 adults were merged")
    # (or with their doses: "the 1.5 mg and 4.5 mg arms were pooled")
    rf"\b(?:the|both|two|three|all|its)\s+(?:[\w\-]+(?:\.\d+)?\s+){{0,5}}?{_ARM_NOUNS}\b"
    r"(?:[^.;]|\.\d){0,120}?"
    r"\b(?:were|was|are)\s+"
    r"(?:\w+\s+)?(?:combined|pooled|merged|collapsed|aggregated|grouped\s+together|"
    r"(?:analy[sz]ed|considered|treated)\s+(?:together|jointly|as\s+(?:one|a\s+single)))\b|"
    r"\b(?:combin\w*|pool\w*|merg\w*|collaps\w*|aggregat\w*)\s+(?:the\s+|data\s+(?:from|of)\s+"
    rf"(?:the\s+)?)?(?:both|two|three|all|its|their)\s+(?:[\w\-]+\s+){{0,3}}?{_ARM_NOUNS}\b|"
    r"\(\s*(?:pooled|combined|both\s+doses(?:\s+combined)?|all\s+doses)\s*\)|"
    r"\bpooled\s+(?:active|treatment|naltrexone|LDN|drug|dose)\s+(?:arms?|groups?)\b|"
    r"\b(?:analy[sz]ed|considered|treated|grouped|counted)\s+(?:together\s+|jointly\s+)?as\s+"
    r"(?:one|a\s+single)\s+(?:[\w\-]+\s+)?(?:group|arm)\b|"
    # people of several arms put together: "combined participants given 1.5 mg or 4.5 mg
    # into one LDN group", "merged into a single active arm"
    r"\b(?:combin|pool|merg|collaps|aggregat|group)\w*\b(?:[^.;]|\.\d){0,120}?\binto\s+(?:one|a\s+single|"
    r"a\s+common)\s+(?:[\w\-]+\s+){0,2}?(?:group|arm|cohort|sample)\b|"
    r"\b(?:regardless|irrespective|independent(?:ly)?)\s+of\s+(?:the\s+)?(?:assigned\s+|allocated\s+)?"
    r"(?:dose|dosage)\b|\b(?:(?:across|over)\s+(?:both|the\s+two|all)\s+doses)\b",
    re.I,
)
# an extension that gives all its people one open-label treatment, whatever arm of the
# parent they came from ("offered open-label X irrespective of their randomized arm", "all
# received 4.5 mg regardless of prior allocation"): the parent's dose arms, named to say
# where its people came from ("4.5 mg arm n = 45; 1.5 mg arm n = 43"), are no doses it
# compares; one that allocates again ("re-randomised to 1.5 or 4.5 mg") may compare them
_ONE_DOSE_WHATEVER_ARM = re.compile(
    r"\b(?:irrespective|regardless)\s+of\s+(?:their|the|each\s+participant's|prior|previous|"
    r"original)\s+(?:[\w\-]+\s+){0,2}?(?:arms?|allocations?|assignments?|groups?|treatments?)\b|"
    # ... or of the parent dose they had been given: "regardless of the dose (1.5 mg, 3 mg or
    # placebo) they had been randomized to", "whatever dose they were assigned"
    # (or of the arm: "whatever arm they were randomized to")
    r"\b(?:(?:irrespective|regardless)\s+of\s+(?:the\s+|their\s+)?|whatever\s+(?:the\s+)?)"
    r"(?:doses?|arms?|groups?)(?:\s*\([^()]*\))?\s+(?:they|participants|patients|that\s+they)\s+"
    r"(?:had\s+)?(?:been\s+|were\s+)?(?:randomi[sz]ed|assigned|allocated|received|taken)\b|"
    # ... or given to all of its people at one dose: "All extension participants received
    # naltrexone 4.5 mg nightly", "... received the same dose" (not a range they move in:
    # "flexibly dosed between")
    # (a registration's present too: "Everyone receives the same open-label dose")
    r"(?:\ball\s+(?:(?:extension|open[\s\-]label|continuing)\s+)?(?:participants|patients|subjects)|"
    r"\beveryone)\s+"
    r"(?:received|receives?|took|takes?|(?:were|are)\s+(?:given|switched\s+to|treated\s+with|"
    r"started\s+on))\s+"
    r"(?:the\s+same\s+(?:open[\s\-]label\s+)?dose\b|(?:(?:open[\s\-]label|oral|low[\s\-]dose)\s+)?[a-z\-]+\s+\d+(?:\.\d+)?\s*mg\b"
    r"(?!(?:[^.;]|\.\d){0,20}?\b(?:or|to|and|then|flexib\w*|titrat\w*)\b))",
    re.I,
)
_REALLOCATED = re.compile(r"\bre-?(?:randomi[sz]|allocat|assign)\w*", re.I)
_NOT_DAILY_DOSE = Folded(
    r"\bexposure\b|\bnumber of (?:prescriptions|users|dispensings)\b|\bcumulative\b|\badherence\b|"
    r"\bdefined daily doses\b|\bDDD\b",
    re.I,
)
# "five trials were included; all used X 4.5 mg/day": the dose every study shared
_TRIALS = ("rct", "nonrandomized_trial", "protocol")
# in a survey the people who answered are the participants
_SURVEY = re.compile(r"\bsurvey\w*|\bquestionnaire\b", re.I)


# a sentence that presents the study itself: its authors, its aim, its own name
_PRESENTS = re.compile(
    r"\b(?:this|our|the present|the current|we)\b|\b(?:aims?|aimed|objectives?|purpose|goal)\b|"
    r"\bto (?:determine|identify|find|establish|define|explore|compare|assess|evaluate|test)\b|"
    r"\b(?:is|was) an?\s+(?:[^\s.;]+\s+){0,6}?(?:trial|study)\b",
    re.I,
)


# a variable a planned study will collect: "Dose (typically 1.5-4.5 mg), concomitant
# antidepressants and PHQ-9 scores will be recorded", "we will extract the dose"
_TO_BE_RECORDED = Folded(
    r"\b(?:will|shall|are\s+to|is\s+to)\s+be\s+(?:\w+\s+)?(?:recorded|collected|documented|"
    r"measured|captured|extracted|abstracted|noted|registered|logged)\b|"
    r"\bwill\s+(?:\w+\s+)?(?:record|collect|document|capture|extract|abstract|log)\b",
    re.I,
)


def _to_be_recorded(d: Dose) -> bool:
    """The typical dose a cohort's protocol names is in a clause listing what it will
    record: a guess at what it will find (it has observed nobody yet), not a dose its
    people take ("prescribed LDN, usually at 1.5-4.5 mg/day" is what they are given)."""
    text = d.sentence.text
    a = text.rfind(";", 0, d.start) + 1
    b = text.find(";", d.start)
    return _TO_BE_RECORDED.search(text[a : b if b >= 0 else len(text)]) is not None


# a day's dose taken in parts: "split into two doses daily", "in three doses a day"
# (matched at the end of the words of several doses: no "^", which never holds there)
_SPLIT_DAY_AFTER = re.compile(
    r"\s*(?:(?:each|every|a|per)\s+(?:day|night|evening)|daily|nightly|a\s+night)\b", re.I
)


def _doses_set_side_by_side(s: Sentence, masked: str) -> bool:
    """With no dose stated anywhere, words of several doses ("two doses", "different
    doses", "several dose levels", "dosing options") compare doses only where the study
    gives them as alternatives: in its title ("Two doses of X in depression"), or with
    words of allocation ("randomised to one of two doses"); not a day's dose taken in
    parts ("split into two doses daily"), doses clinicians chose ("prescribed at different
    doses by their physicians") or moved as tolerated ("one of several dose levels
    according to tolerability"). (A review's "dosing options" it reviews stay: no gap
    reads them.)"""
    for m in _DOSES_COMPARED.finditer(masked):
        if _SPLIT_DAY_AFTER.match(masked, m.end()):
            continue
        if s.is_title or arms.allocates(masked):
            return True
    return False


def _drug_blanked(doc: Doc, s: Sentence, text: str) -> str:
    """``text`` (the sentence's, same length) with every mention of the watched drug
    blanked: the words that count doses read past the drug's own name between the number
    and "doses" ("randomised to one of two LDN doses", "three naltrexone dose levels") as
    they do past "low"."""
    if "dos" not in text:
        return text
    out = text
    for m in doc.drug(s):
        out = out[: m.start] + " " * (m.end - m.start) + out[m.end :]
    return out


def _mg(values: list[float]) -> str:
    return " and ".join(f"{v:g}" for v in values) + " mg"


# the study's own aim, told in its background section: "Aim was to explore dose-response
# of X as add-on to SSRIs", "We aimed to identify the minimal effective dose"
_OWN_AIM = re.compile(
    r"^\s*(?:(?:the|our)\s+)?(?:main\s+|primary\s+)?(?:aims?|objectives?|purpose|goals?)\s+"
    r"(?:of\s+(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:study|trial|work|analysis)\s+)?(?:was|were|is|are)\s+to\b|"
    r"^\s*(?:here\s+)?we\s+(?:aimed|sought|set\s+out|intended)\s+to\b",
    re.I,
)


def _aims_in_background(doc: Doc, own: list[Sentence]) -> list[Sentence]:
    """The background's sentences stating this study's aim (not earlier or future work's):
    what the study sets out to learn is its own, wherever the abstract puts it."""
    mine = {s.index for s in own}
    return [
        s
        for s in doc.sentences
        if s.background
        and s.index not in mine
        and not (s.prior or s.future or s.hedged or s.literature)
        and _OWN_AIM.match(s.text)
    ]


def _compares_doses(
    doc: Doc,
    low: list[Dose],
    above: list[Dose],
    own: list[Sentence],
    design_: str,
    by_weight: Sequence[Dose] = (),
) -> tuple[bool, str | None, str | None]:
    """Two or more doses of the band given as alternatives, or explicit dose-finding work.

    Calls for future work ("dose-finding studies are needed") and statements of what is
    unknown never count (the roles drop them). One low dose against a dose outside the
    band ("4.5 mg versus 50 mg") is one low-dose arm, not a comparison of low doses,
    whatever the wording. Returns (compares, evidence, why not).
    """
    levels = sorted({d.mg_per_day for d in low})
    # a level reached only by a raise for some (non-responders, the intolerant) is listed
    # (CONTRACT.md) but is no arm of its own: "dose escalation in non-responders" or "two
    # doses" over such a raise compares nothing (explicit dose-finding work still does)
    # (the raise's level told again, "increased to 3 mg twice daily (6 mg/day)", is that
    # raise, not a level given to all)
    # (a raise those who did not respond were randomised to, against staying on their dose,
    # is an arm: "non-remitters were re-randomised to an increase to 3 mg twice daily or to
    # continued 4.5 mg", holdout295 32900026)
    chosen: set[int] = set()
    for d in low:
        kept = _randomised_raise(d, low) if d.later and d.conditional else None
        if kept is not None:
            chosen |= {id(d), id(kept)}
    for_some = {d.mg_per_day for d in low if d.later and d.conditional and id(d) not in chosen}
    given = sorted({d.mg_per_day for d in low} - for_some)
    label = doc.spec.label
    synthesis = design_ in ("review", "meta_analysis")
    if doc.derived and not doc.extension:
        merged = next((s for s in own if _POOLED_ARMS.search(s.text)), None)
        if merged is not None:
            return False, None, f"its {label} dose arms pooled in this analysis: no doses compared"
    if (
        doc.extension
        and any(_ONE_DOSE_WHATEVER_ARM.search(s.text) for s in own)
        and not any(_REALLOCATED.search(s.text) for s in own)
    ):
        return (
            False,
            None,
            "one open-label dose for all, whatever their parent arm: no doses compared",
        )
    if design_ != "rct" and any(_COMPARISON_PRECLUDED.search(s.text) for s in own):
        # doses nobody was randomised to, which the study says it could not compare: "The
        # small number on 1 mg precluded comparison between doses" (an open-label extension
        # whose people chose their dose, preprints170 PPR9902035)
        return False, None, f"its {label} doses not compared, as it says"
    if not synthesis and _dose_work_left(own) is not None:
        # (an amended protocol: the arms it was designed with are no comparison it makes)
        return False, None, "the dose-finding design left by an amendment"
    if len(levels) < 2 and above and not synthesis:
        others = _mg(sorted({d.mg_per_day for d in above}))
        one = f"one {label} dose ({_mg(levels)}) against {others}" if levels else None
        return False, None, one or f"no {label} dose compared"
    # (two weight-based low doses, "0.03 mg/kg or 0.06 mg/kg", are two low arms: their
    # "higher dose" is the higher of them, not another band)
    by_kg = {d.mg_per_day for d in by_weight}
    # weight-based levels the study gives (not a range it moves within, not a titration's
    # steps): where no dose is told in mg, two of them stand for the doses it gives
    # ("three dose levels (0.025, 0.05 and 0.075 mg/kg/day), 15 per level") in the words
    # that say doses are compared below, as two doses in mg would
    kg_given = {
        d.mg_per_day
        for d in by_weight
        if d.kind != "range" and not d.titration and (d.sentence.own or d.parent)
    }
    several = len(given) >= 2 or (not levels and len(kg_given) >= 2)
    if (
        len(levels) < 2
        and len(by_kg) < 2
        and not synthesis
        and any(_OTHER_BAND.search(roles.without_parts_to_come(doc, s)) for s in own)
    ):
        # "low-dose or standard-dose X": one low-dose arm against another band
        return False, None, f"one {label} arm against a standard dose"
    # a study framed as a dose escalation that reads its outcome at each step ("an
    # open-label ascending-dose study ... MADRS change at each step") tests its doses one
    # after another: dose-finding, where a fixed titration to a target is not
    framed = doses.escalation_record(doc)
    if framed is not None and several and not synthesis:
        return True, framed.text, None
    # every level a bound of one flexible regimen ("started at 1.5 mg and titrated as
    # tolerated to a maximum of 4.5 mg"), not a list of steps each tested
    flexible_levels = {d.mg_per_day for d in low if d.flexible}
    one_flexible_regimen = (
        len(flexible_levels) >= 2
        and set(given) <= flexible_levels
        and not any(d.flexible and d.kind == "list" for d in low)
    )
    # arms told as "one of three X doses" and named by their outcomes ("-6.2 with 1 mg, -8.0
    # with 2.5 mg"): two or more of the band's doses given to different people, compared
    by_arm = [d for d in low if d.arm_outcome and d.mg_per_day in given]
    if len({d.mg_per_day for d in by_arm}) >= 2 and not synthesis:
        return True, by_arm[0].sentence.text, None
    for s in [*own, *_aims_in_background(doc, own)]:
        if _NOT_DAILY_DOSE.search(s.text) or _NOT_COMPARED.search(s.masked):
            continue
        masked = _GUIDED_RAISE.sub(" ", s.masked) if "scal" in s.masked else s.masked
        masked = _without_set_aside(_without_disclaimers(_without_rescue_raise(doc, masked)))
        finding = _DOSE_FINDING.search(masked)
        if (
            finding
            and len(levels) >= 1
            and len(given) < 2
            and not (s.is_title or _PRESENTS.search(masked))
        ):
            # one dose given to all (any other level only a raise for some): "dose-finding"
            # or "optimal dose" said of that dose ("4.5 mg, considered the optimal dose"),
            # of where it came from ("chosen from a dose-finding study") or of what the
            # results showed ("those raised to 4.5 mg did no better, so 1.5 mg may be the
            # optimal dose") does not make this study one; only the study presented as
            # such (its title, "this dose-finding pilot", "to determine the optimal dose")
            finding = None
        if (
            finding
            and len(levels) == 1
            and _OPTIMAL.fullmatch(finding.group(0))
            and re.search(rf"(?<![\d.]){levels[0]:g}[\s\-]*mg\b", s.text, re.I)
        ):
            # "optimal dose" asked of the study's one dose, named in the same sentence
            # ("Toward optimal dosing of X: an open trial of 4.5 mg", "Is 4.5 mg the
            # optimal dose?", "to determine whether 3 mg is the optimal dosage"): a
            # question about that dose, with no second dose to compare, even in the title
            # or the aim ("to determine the optimal dose", no dose named, still counts; so
            # does "dose-finding" said of the study)
            finding = None
        if finding and _finding_of_another_drug(doc, s):
            finding = None
        if finding and "escalat" in finding.group(0).lower() and doses.held_at_top(doc):
            # "a dose-escalation study" whose everyone is kept at the top step to the end
            # (``doses.held_at_top``): a titration to that dose, whatever it is called
            finding = None
        if finding or (
            several
            and (
                # (not where every level is a step of one flexible regimen: "titrated as
                # tolerated to a maximum of 4.5 mg ... those who reached 4.5 mg improved
                # more, suggesting a dose-response relationship" compares final doses the
                # people reached, not doses assigned)
                # (a dose-response the study sets out to examine, in its aim or methods,
                # is its own question, flexible doses or not)
                (
                    _DOSE_RESPONSE.search(masked)
                    and not (one_flexible_regimen and (s.in_results or s.in_conclusion))
                )
                # (a design called an escalation that keeps everyone at its top step to
                # the end is a titration to that dose: ``doses.held_at_top``)
                or (_ESCALATION_DESIGN.search(masked) and not doses.held_at_top(doc))
            )
        ):
            return True, s.text, None
        counted = _drug_blanked(doc, s, masked)
        if "between" in counted:
            counted = _FREE_TO_MOVE_BETWEEN.sub(" ", counted)
        if _DOSES_COMPARED.search(counted) and (
            several or (not levels and (synthesis or _doses_set_side_by_side(s, counted)))
        ):
            return True, s.text, None
    # an earlier regimen the study takes up as one side of its own comparison ("The pilot
    # used 1 mg twice daily. We compared that regimen with 4.5 mg once nightly"): a dose of
    # the band on the other side, given to all, is another arm: doses compared
    for d in low:
        if d.taken_up >= 0 and d.mg_per_day in given:
            other = next(
                (
                    o
                    for o in low
                    if o.sentence.index == d.taken_up
                    and o.taken_up < 0
                    and o.mg_per_day in given
                    and o.mg_per_day != d.mg_per_day
                    and not o.titration
                ),
                None,
            )
            if other is not None and not synthesis:
                return True, other.sentence.text, None
    # the ranges the study's own dose moves within ("1.5-4.5 mg as tolerated"): one
    # flexible regimen, whose levels listed elsewhere are not compared arms
    ends: dict[tuple[int, int], list[float]] = {}
    for d in low:
        if d.flexible and d.kind in ("range", "list"):
            ends.setdefault((d.sentence.index, d.start), []).append(d.mg_per_day)
    flexible = [(min(v), max(v)) for v in ends.values() if len(v) >= 2]
    by_sentence: dict[int, list[Dose]] = {}

    # a titration's target is the dose kept, an arm's own: two targets in one sentence
    # ("randomised to titrate to a target of 2 mg or of 4.5 mg") are read as alternatives
    # like any two doses; the steps before a target are not, nor one target beside the
    # level some stayed on ("titrated to 4.5 mg; those not tolerating it stayed at 3 mg")
    def reached(d: Dose) -> bool:
        return d.titration and d.later and not (d.earlier or d.conditional)

    targets: dict[int, set[float]] = {}
    for d in low:
        if reached(d):
            targets.setdefault(d.sentence.index, set()).add(d.mg_per_day)
    for d in low:
        target = reached(d) and len(targets[d.sentence.index]) >= 2
        # (doses given in both orders, "1 mg b.i.d. then 4.5 mg nightly or the reverse",
        # are a crossover's periods, each tested: not a titration's steps)
        stepped = d.titration and not (target or d.mirrored or id(d) in chosen)
        if stepped or d.kind == "range" or not (d.sentence.own or d.parent):
            continue
        if (
            d.mg_per_day in for_some
            and _reported(d.sentence)
            and _ALLOCATED_TO.search(d.sentence.text[: max(d.start, 0)]) is None
        ):
            # the level of a raise for some, told again in the results as the group of
            # those raised ("40% in the 4.5-mg group"): who needed the raise, not an arm
            # (holdout265 29600025)
            continue
        if _NOT_COMPARED.search(d.sentence.text):
            # doses in a sentence saying the study was not built to compare them ("21 were
            # taking 4.5 mg and 4 were taking 1.5 mg; outcomes did not differ by final dose,
            # although the study was not designed to compare doses"): not arms
            continue
        if _disclaimed(d):
            # a dose named in a clause where the authors say their study cannot answer the
            # dose question ("as dose was not randomised, we cannot tell whether 4.5 mg is
            # better than 1.5 mg"): the question left open, not an arm (holdout274 30600037)
            continue
        if _tallied_on(d, low):
            # how many were on each level of a flexible regimen at a time: not arms
            continue
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for group in by_sentence.values():
        if len({d.mg_per_day for d in group}) >= 2 and arms.dose_alternatives(
            group, design_ in _TRIALS, flexible
        ):
            return True, group[0].sentence.text, None
    if not levels and design_ in ("rct", "nonrandomized_trial", "protocol"):
        # no dose in mg, but low doses by weight offered as alternatives in one sentence of
        # a trial ("randomised to 0.05 mg/kg/day or 0.1 mg/kg/day of X", "two
        # weight-adjusted doses, 0.03 and 0.07 mg/kg, in random order"): two doses compared
        # (a flexible range by weight, "0.03-0.08 mg/kg as tolerated", is one regimen)
        weighted: dict[int, list[Dose]] = {}
        for d in by_weight:
            if d.kind != "range" and not d.titration and (d.sentence.own or d.parent):
                weighted.setdefault(d.sentence.index, []).append(d)
        for group in weighted.values():
            if len({d.mg_per_day for d in group}) >= 2 and arms.dose_alternatives(group, True):
                return True, group[0].sentence.text, None
    if not levels and design_ in _TRIALS and not by_kg:
        # no dose in mg, but volumes of the drug's liquid of unstated strength given as
        # alternatives ("randomized to 0.5 mL or 1.0 mL of a compounded X suspension"):
        # two doses of the drug compared, though neither can be told in mg
        liquid = doses.volume_alternatives(doc)
        if liquid is not None:
            return True, liquid.text, None
    if not levels:
        return False, None, f"no {label} dose stated"
    if len(levels) == 1:
        return False, None, f"one {label} dose ({_mg(levels)})"
    if len(given) < len(levels):
        raised = _mg([v for v in levels if v not in given])
        return False, None, f"{label} raised to {raised} only for some: not compared arms"
    return False, None, f"{label} doses {_mg(levels)} are one schedule, not compared arms"


# an allocation with no clause break before the dose: "were re-randomised either to an
# increase of X to 3 mg twice daily or to"
_ALLOCATED_BEFORE = re.compile(rf"\b(?:{ALLOCATED})\b(?=[^;:]{{0,160}}$)", re.I)
_OR_BETWEEN = re.compile(r"\bor\b")


def _randomised_raise(d: Dose, low: list[Dose]) -> Dose | None:
    """A raise for some (non-responders) offered by an allocation as one alternative, the
    dose kept the other, both after the allocation in the same clause ("those not
    responding were re-randomised to a raise to 4.5 mg or to staying on 1.5 mg"): the
    raise is an arm compared with the kept dose, not a step for some. Returns the kept
    dose."""
    if d.start < 0 or not d.sentence.own:
        return None
    text = d.sentence.text
    allocated = next(reversed(list(_ALLOCATED_BEFORE.finditer(text[: d.start]))), None)
    if allocated is None:
        return None
    for o in low:
        if (
            o.sentence.index != d.sentence.index
            or o.mg_per_day == d.mg_per_day
            or (o.later and o.conditional)
            or o.start < allocated.end()
        ):
            continue
        a, b = sorted((d.start, o.start))
        between = text[a:b]
        if ";" not in between and _OR_BETWEEN.search(between):
            return o
    return None


def _disclaimed(d: Dose) -> bool:
    """The dose stands in a clause of its sentence that says the study cannot answer the
    question (``_without_disclaimers`` blanks it)."""
    text = d.sentence.masked
    if d.start < 0 or not _CANNOT.search(text):
        return False
    return _without_disclaimers(text)[d.start : d.start + 1] != text[d.start : d.start + 1]


def _reported(s: Sentence) -> bool:
    return s.in_results or s.in_conclusion


# a count of people told as on a dose at a time, right before it: "13 participants in the
# LDN arm were taking 4.5 mg", "5 were taking 3 mg", "and 2 remained on 1.5 mg"
_COUNTED_ON_BEFORE = re.compile(
    rf"\b(?:{NUMBER})\s+(?:[\w\-]+\s+){{0,6}}?(?:(?:was|were)\s+(?:still\s+)?"
    r"(?:taking|using|receiving|on)|(?:remained|stayed|ended|finished|settled|stabili[sz]ed)"
    r"\s+(?:up\s+)?(?:on|at))\s+(?:[\w\-]+\s+)?$",
    re.I,
)


def _tallied_on(d: Dose, low: list[Dose]) -> bool:
    """A dose told in the results as what a counted part of the people was on ("At week 10,
    13 were taking 4.5 mg, 5 were taking 3 mg and 2 remained on 1.5 mg"), in a study whose
    own dose moved within one flexible regimen: where they happened to be, not an arm."""
    return (
        _reported(d.sentence)
        and d.start >= 0
        and any(o.flexible and not _reported(o.sentence) for o in low)
        and _COUNTED_ON_BEFORE.search(d.sentence.text[max(0, d.start - 120) : d.start]) is not None
    )


def _assigned_in_methods(low: list[Dose]) -> list[Dose]:
    """Where the methods state the doses assigned, a dose level first named in the results
    or conclusions is an outcome, not an assignment: a final or mean dose reached ("the
    final dose was 3 mg in 9"), an estimate ("ED50 2.9 mg/d, 95% CI 1.6-5.1"), where an
    effect plateaued. A raise told there ("12 needed escalation to 2 mg") is still a step
    of the schedule. CONTRACT.md: ``ldn_doses_mg`` lists the doses participants were
    assigned to."""
    methods = {d.mg_per_day for d in low if not _reported(d.sentence)}
    if not methods:
        return low
    # (a range the results give the people's doses in, one of its ends a level the methods
    # name, is the span they took: "outcomes at 4.5 mg were compared with lower doses" and
    # "maintenance doses ranged from 1.5 to 4.5 mg daily" keep both ends)
    # (only an end that widens the methods' span: "a dose of 2.5 to 3 mg is proposed"
    # inside 1-4.5 mg widens nothing)
    spanning = {
        (d.sentence.index, d.start)
        for d in low
        if d.kind == "range" and d.mg_per_day in methods and _reported(d.sentence)
    }
    return [
        d
        for d in low
        if d.mg_per_day in methods
        or not _reported(d.sentence)
        or d.later
        or d.conditional
        or (
            (d.sentence.index, d.start) in spanning
            and not min(methods) <= d.mg_per_day <= max(methods)
        )
        or _ALLOCATED_TO.search(d.sentence.text[: max(d.start, 0)]) is not None
    ]


def _not_yet_reached(doc: Doc, low: list[Dose]) -> list[Dose]:
    """An interim report of a schedule of steps says which step nobody has reached yet
    ("no participant had yet reached the 4.5 mg step", "the 4.5 mg cohort has yet to be
    dosed"): that step is planned, not a dose anyone took (CONTRACT.md: ``ldn_doses_mg``
    lists what participants were given), wherever the schedule names it."""
    pending = {
        float(m.group("mg") or m.group("step"))
        for s in doc.sentences
        if not (s.background or s.prior) and "yet" in s.text
        for m in _NOT_YET.finditer(s.text)
    }
    return [d for d in low if d.mg_per_day not in pending] if pending else low


_STEP_MG = r"(?P<{}>\d+(?:\.\d+)?)\s*mg(?:/d(?:ay)?)?"
_NOT_YET = Folded(
    # "no participant had yet reached the 4.5 mg step", "nobody has yet received 4.5 mg",
    # "participants have yet to reach the 4.5 mg level", "not yet escalated to 4.5 mg"
    r"(?:\b(?:no|none|nobody)\b(?:[^.;]|\.\d){0,40}?\b(?:had|has|have)\s+yet\s+|"
    r"\bnot\s+yet\s+(?:been\s+)?|\b(?:had|has|have)\s+yet\s+to\s+(?:be\s+)?)"
    r"(?:reach(?:ed)?|receive[d]?|attain(?:ed)?|start(?:ed)?|escalated\s+to|progressed\s+to|"
    r"dosed\s+(?:at|with))\s+(?:the\s+)?"
    + _STEP_MG.format("mg")
    + "|"
    # ... or said after the step: "the 4.5 mg step had not yet been reached", "the 4.5 mg
    # cohort has yet to be dosed", "... has not yet opened"
    + _STEP_MG.format("step")
    + r"\s+(?:step|cohort|level|dose)\s+(?:had|has|have|was|is)\s+"
    r"(?:not\s+yet\s+(?:been\s+)?|yet\s+to\s+(?:be\s+)?)(?:reached|reach|opened|open|started|"
    r"start|dosed|given|enrolled)\b",
    re.I,
)


# the allocation told in the results, the dose right after it: "Seventy-five participants
# were randomized, 15 to each of placebo and X 0.5, 1, 2 and 4 mg daily", "were allocated
# to 1 mg or 3 mg": the doses people were assigned to, wherever it is told (not a dose
# reached later, "randomised to X ended on 3 mg", with more words between)
_ALLOCATED_TO = re.compile(
    rf"\b(?:{ALLOCATED})\b[^.;]{{0,30}}?"
    # (the allocation's earlier doses may stand between: "to placebo, 0.5 mg, 1.5 mg or")
    r"\bto\s+(?:(?:each|one|either)\s+of\s+)?(?:(?:[\w\-]+|\d+(?:[.,]\d+)?\s*(?:mg|µg|μg|mcg)),?\s+)"
    r"{0,3}(?:(?:\d+(?:[.,]\d+)?\s*(?:mg|µg|μg|mcg)|and|or),?\s+){0,6}$",
    re.I,
)


def _prefilter(article: Record, lexicon: Lexicon) -> Facts | None:
    """Settle a record that never names the watched drug (text, MeSH or substances)
    before any sentence is read: off-topic with the look-alike or "no <drug>" as the
    reason, its design from the publication types alone. Most records of a broad query
    end here; the verdict is the one the full extractor gives (tests/test_extract.py)."""
    spec = lexicon.spec
    text = f"{article.title}\n{article.abstract_text}"
    if mentions.named(text, spec) or spec.index_names_drug(
        [*article.mesh_terms, *article.chemicals]
    ):
        return None
    st = structure.read(article)
    look = spec.lookalike_in(text)
    design_ = design.from_types(article.publication_types, st)
    reason = look.reason if look else f"no {spec.drug}"
    return Facts(
        on_topic=False,
        design=design_,
        has_results=not (st.notice or design_ in ("review", "protocol")),
        off_topic_reason=reason,
        role=st.role,
        retracted=st.retracted,
        notes={"on_topic": reason},
    )


def extract_facts(article: Record, lexicon: Lexicon) -> Facts:
    """All facts about one article; never raises on thin records (no abstract, no title)."""
    quick = _prefilter(article, lexicon)
    if quick is not None:
        return quick
    return _facts(roles.read(article, lexicon))


def _facts(doc: Doc) -> Facts:
    spec = doc.spec
    st = doc.structure
    facts = Facts(role=st.role, retracted=st.retracted)
    facts.cited_registrations = roles.cited_registrations(doc)
    evidence: dict[str, str] = {}
    notes: dict[str, str] = {}

    design_, design_sentence, planned = design.classify(doc)
    facts.design = design_
    notice = st.notice
    review = design_ in ("review", "meta_analysis")
    pending = design_ in ("rct", "nonrandomized_trial") and design.results_pending(doc)
    facts.has_results = not (planned or pending or design_ == "review" or notice)
    if design_sentence is not None:
        evidence["design"] = design_sentence.text
    if notice:
        notes["design"] = st.reason or "notice"
    elif planned or doc.derived:
        facts.role = "protocol" if planned else "secondary"

    all_doses = doses.find(doc)
    drug_doses = [d for d in all_doses if d.owner == spec.drug]
    # a notice restates the article it is about (CONTRACT.md: a notice about an on-topic
    # article is on-topic): one restating animal work is read as that work, where nobody
    # takes the low dose
    animal_notice = notice and design.animal_work(doc)
    decided = topic.decide(doc, drug_doses, design="preclinical" if animal_notice else design_)
    facts.on_topic = decided.on_topic
    facts.off_topic_reason = decided.reason
    if decided.reason:
        notes["on_topic"] = decided.reason
    if decided.drug_evidence:
        evidence["on_topic"] = decided.drug_evidence
    if decided.condition_evidence:
        evidence["condition"] = decided.condition_evidence

    if not (notice or design_ in ("review", "preclinical")):
        pop = topic.condition_population(doc)
        if pop is None:
            facts.depression_population = not doc.article.abstract and any(
                spec.index_population.search(t) for t in doc.article.mesh_terms
            )
            other = topic.other_population(doc)
            facts.selected_for = spec.condition if facts.depression_population else other
            notes["depression_population"] = (
                f"participants selected for {other}"
                if other
                else f"participants not selected for {spec.condition}"
            )
        else:
            facts.depression_population = True
            facts.selected_for = spec.condition
            evidence["depression_population"] = pop.text
    elif design_ == "review":
        notes["depression_population"] = "a review: nobody was enrolled"

    # who took part: nobody in a review or a model; in a survey of prescribers, people who
    # take nothing themselves (CONTRACT.md: these list no doses)
    modelled = design_ == "other" and design.modelled(doc)
    # (a trial's or a case's people are patients given the drug: clinicians it also
    # interviewed, "interviews with 15 participants and 6 clinicians", make it no survey)
    professionals = topic.professionals(doc) and design_ not in (
        "rct",
        "nonrandomized_trial",
        "protocol",
        "case_report",
    )
    if not (notice or review or modelled or design_ == "preclinical"):
        survey = design_ == "observational" and _SURVEY.search(doc.text) is not None
        count = numbers.participants(
            doc,
            case_report=design_ == "case_report",
            survey=survey,
            planned=planned,
            one_person=design.one_person(doc),
            reports=design_ == "observational" and design.safety_reports(doc),
        )
        if count is not None:
            facts.n = count.value
            evidence["n"] = count.sentence.text
    # ... and nobody in a letter, editorial or comment that counts no people of its own:
    # the doses and co-medication it names are what others do in practice
    opinion = design_ == "other" and facts.n is None and design.opinion_piece(doc)
    # (a survey of professionals named only by its verb, "we surveyed psychiatrists",
    # takes nothing either)
    asked = design_ in ("observational", "other") and topic.surveyed_professionals(doc)
    takes_nothing = review or modelled or professionals or opinion or asked

    if decided.is_drug and not notice:
        # a review's doses, dose comparisons and co-medication belong to the studies it
        # describes; only what it says about its own scope counts
        own = [s for s in doc.sentences if s.own and not (review and s.literature)]
        # a dose in a phrase the roles blank (a parent trial an extension describes, a
        # clause about future work: "whether 6 mg adds benefit remains to be tested") is
        # another study's, and a dropped arm of an amended protocol is no longer assigned
        # (in an observational study nobody is assigned a dose: "up to 4.5 mg" with no raise
        # is the ceiling of what its users may take, as "<= 4.5 mg" is)
        ceiling = design_ == "observational"
        human = [
            d
            for d in drug_doses
            if not d.per_kg
            and not d.bound
            and not (ceiling and d.ceiling)
            # a cohort's protocol names the strength of the products whose prescriptions
            # define its people ("naltrexone 1-5 mg capsules", "tablets of 0.5-4.5 mg"):
            # which records count, not a dose anyone is given; a cohort with results
            # reporting the doses dispensed keeps them
            and not (ceiling and planned and d.strength)
            and not d.dropped
            and d.own
        ]
        # the opening of an objective section speaks of the field ("prescribers choose
        # doses between roughly 1 and 5 mg"): what is done in practice gives way where the
        # study's own sentences name the doses its people took; alone, it is all there is
        # (so does a fixed dose the opening sets the study's weight-based doses against, "so
        # dosing by weight may be preferable to a fixed 4.5 mg", where its own sentences
        # give its doses by weight: "randomised to 0.03 or 0.06 mg/kg/day")
        told = [d for d in human if not d.sentence.preamble]
        if any(spec.is_low(d.mg_per_day) and d.maintained for d in told) or (
            not told
            and any(
                d.per_kg
                and d.own
                and not (d.bound or d.dropped or d.sentence.preamble)
                and spec.is_low_per_kg(d.mg_per_day)
                for d in drug_doses
            )
        ):
            human = told
        if ceiling:
            # a range the records were selected by ("filled a prescription of X at 1-5
            # mg/day") gives way where the record says which doses were prescribed ("most
            # prescriptions were for 4.5 mg or 3 mg"); alone, it is the doses users took
            told = [d for d in human if not d.window]
            if any(spec.is_low(d.mg_per_day) and d.maintained for d in told):
                human = told
        low = _not_yet_reached(
            doc,
            _assigned_in_methods([d for d in human if spec.is_low(d.mg_per_day) and d.maintained]),
        )
        above = [d for d in human if d.mg_per_day > spec.low_max_mg]
        if not takes_nothing:
            facts.ldn_doses_mg = sorted({d.mg_per_day for d in low})
            if low:
                evidence["ldn_doses_mg"] = low[0].sentence.text
            elif design_ == "observational":
                # users observed, no dose assigned or stated: the typical dose they took
                usual = [
                    d
                    for d in doses.typical(doc)
                    if spec.is_low(d.mg_per_day) and not (planned and _to_be_recorded(d))
                ]
                facts.ldn_doses_mg = sorted({d.mg_per_day for d in usual})
                if usual:
                    evidence["ldn_doses_mg"] = usual[0].sentence.text
        # weight-based low doses (not converted to mg, so in no dose list) still compare
        # doses when a trial gives two of them as alternatives
        by_weight = [
            d
            for d in drug_doses
            if d.per_kg
            and not d.bound
            and not d.dropped
            and d.own
            and spec.is_low_per_kg(d.mg_per_day)
        ]
        if planned and not takes_nothing:
            # arms an amendment took out ("the 4 mg arm has been replaced by 3 mg"): the
            # studies layer reads the unchanged arms from the plan the record revises
            facts.dropped_doses_mg = sorted(
                {
                    d.mg_per_day
                    for d in drug_doses
                    if d.dropped and d.own and not d.per_kg and spec.is_low(d.mg_per_day)
                }
            )
        facts.compares_doses, where, why = _compares_doses(doc, low, above, own, design_, by_weight)
        if where:
            evidence["compares_doses"] = where
        if why:
            notes["compares_doses"] = why
        if takes_nothing:
            # the co-medication a review, a model, a survey or an opinion piece names is its
            # studies', its simulated patients', the respondents' patients' or others'
            # practice, not participants'
            notes["concomitant_classes"] = "no participants taking co-medication"
        elif design_ == "observational" and design.safety_reports(doc):
            # the other drugs a spontaneous safety report lists are what its reporter chose
            # to name ("an SSRI was co-reported in 96 reports"), no co-treatment the study
            # defined or followed (CONTRACT.md: a defined co-treatment)
            notes["concomitant_classes"] = "safety reports: co-reported drugs are no co-treatment"
        else:
            conc = drugs.find(doc, all_doses, planned=planned)
            facts.concomitant_antidepressants = conc.drugs
            facts.concomitant_classes = conc.classes
            if conc.evidence:
                evidence["concomitant_classes"] = conc.evidence
            notes["concomitant_classes"] = _why_classes(doc, conc)
    facts.conclusion = doc.conclusion()
    facts.evidence = evidence
    facts.notes = notes
    return facts


def _why_classes(doc: Doc, conc: drugs.Concomitant) -> str:
    """One phrase on what the co-medication is, for the gap reasons."""
    if conc.classes:
        names = ", ".join(conc.drugs) or "a class named"
        if conc.indexed:
            return f"with {names} ({', '.join(conc.classes)}), named only in the indexing"
        return f"with {names} ({', '.join(conc.classes)})"
    if conc.comparators:
        return f"{', '.join(conc.comparators)} only in the comparator arm"
    if conc.taking_none == "none":
        return f"no {doc.spec.comedication_label} taken alongside"
    if conc.taking_none == "entered":
        return f"participants free of {doc.spec.comedication_label}s; none started"
    if conc.taking_none == "replaced":
        return f"{doc.spec.label} taken in place of the {doc.spec.comedication_label}"
    if conc.other_purpose:
        name, purpose = next(iter(conc.other_purpose.items()))
        if purpose.startswith("a low dose"):
            return f"{name} at {purpose}, not a dose for {doc.spec.condition}"
        return f"{name} for {purpose}, not {doc.spec.condition}"
    if conc.drugs:
        return f"{', '.join(conc.drugs)}: in no mechanism class"
    return "no co-medication named"


# every fact extractor reads the role-annotated record (tests/test_roles.py checks it)
FACT_EXTRACTORS: tuple[Callable[..., object], ...] = (
    design.classify,
    design.modelled,
    design.results_pending,
    doses.find,
    doses.typical,
    doses.volume_alternatives,
    topic.decide,
    topic.condition_population,
    numbers.participants,
    drugs.find,
)
