"""What kind of study an article is: the study itself, not the studies it cites.

PubMed's publication types are a strong hint but not the last word: a sequential
"up-and-down" dose study tagged "Randomized Controlled Trial" is not randomised, and
an open-label trial of seven patients tagged "Case Reports" is a trial. Sentences that
describe other work (background) or call for future work ("a randomized trial is
warranted") never set the design.
"""

from __future__ import annotations

import re

from ldn_watch.assess.text import BACKGROUND, TITLE, Sentence
from ldn_watch.model import Design

_FUTURE_CALL = re.compile(
    r"\b(?:future|further|warrant\w*|needed|need|should|must|recommend\w*|merit\w*|justif\w*|"
    r"required|call for|would|could be|larger|prospective studies)\b",
    re.I,
)
_PRIOR_WORK = re.compile(
    r"\b(?:has been|have been|had been|previous\w*|prior (?:studies|trials)|"
    r"earlier (?:studies|trials)|"
    r"no (?:\w+ ){0,2}(?:study|studies|trials?) (?:has|have|exist)|to date)\b",
    re.I,
)
_PROTOCOL_TITLE = re.compile(
    r"\b(?:study|trial) protocol\b|\bprotocol (?:for|of)\b|:\s*(?:a |study )?protocol\b|"
    r"\bprotocol$|"
    r"\bdesign and rationale\b|\brationale and design\b",
    re.I,
)
_FUTURE_DESIGN = re.compile(
    r"\b(?:will|shall)\s+(?:be\s+)?(?:randomi[sz]\w*|enrol\w*|recruit\w*|allocated|assigned|"
    r"performed|conducted|evaluate|assess|compare|include|receive|examine)\b|\bwe will\b|"
    r"\bresults are expected\b|\bis (?:currently )?recruiting\b",
    re.I,
)
_META = re.compile(r"\bmeta[\s\-]?analy[sz]\w*|\bpooled analysis\b", re.I)
_REVIEW = re.compile(
    r"(?<!chart )(?<!record )(?<!records )(?<!retrospective )\b(?:systematic |narrative |scoping |"
    r"literature |critical |comprehensive )?review\b(?! board)|\bthis (?:paper|article) (?:will )?"
    r"(?:review|explore|contrast|summari[sz]e)|\boverview of\b|\ban update on\b",
    re.I,
)
_REVIEW_SELF = re.compile(
    r"\b(?:this|the present|our|we) (?:\w+ )?review|\bwe review\b|\breview(?:s|ed)? (?:the|of) "
    r"(?:evidence|literature)|\bsearch (?:of|was performed|was conducted)|\bPRISMA\b|"
    r"\b(?:were|was) searched\b|\bobjective of this article\b|\bthis (?:paper|article)\b",
    re.I,
)
_ANIMAL = re.compile(
    r"\b(?:mice|mouse|murine|rats?|rodents?|hamsters?|guinea pigs?|primates?|monkeys?|dogs|"
    r"zebrafish|animals?|in vitro|cell lines?|cultured cells|i\.p\.|i\.c\.v\.|intraperitoneal|"
    r"forced swim\w*|tail suspension|sucrose preference|C57BL\S*|Sprague|Wistar|"
    # in-vitro work: cells by type, cultures, knock-downs, molar concentrations
    r"cell cultures?|(?:cancer|tumou?r|microglial|glial|neuronal|epithelial|endothelial|"
    r"stem|HEK[\w\-]*|HeLa|astrocyte) cells|astrocytes|macrophages|monocytes|PBMCs|fibroblasts|"
    r"in culture|siRNA|knock[\s\-]?down|(?-i:[µμn]M))\b",
    re.I,
)
_ANIMAL_ASIDE = re.compile(
    r"\banimal (?:and|or) (?:human|clinical)\b|\b(?:human|clinical) and animal\b", re.I
)
_HUMAN = re.compile(
    r"\b(?:patients?|participants?|adults?|women|men|children|volunteers?|outpatients?|"
    r"inpatients?|people|persons?|individuals?|veterans?|adolescents?)\b|"
    # "human microglial cells", "human ovarian cancer cell lines" are in-vitro material
    r"\bhumans?\b(?![\s\-]+(?:[\w\-]+\s+){0,2}(?:cells?|cell lines?|"
    r"microglia\w*|tissues?|neurons?|astrocytes?|cultures?|organoids?)\b)",
    re.I,
)
_CASE = re.compile(
    r"\bcase reports?\b|\bcase series\b|\bcase study\b|\b(?:a|an)\s+\d{1,3}[\s-]+year[\s-]+old\b|"
    r"\bwe (?:report|describe|present) (?:a|the|two|three) (?:\w+ )?(?:patient|case|woman|man)",
    re.I,
)
_RANDOM = re.compile(
    r"\brandomi[sz]\w*|\brandomly (?:assigned|allocated|divided)|\brandomised\b|"
    r"\bdouble[\s\-]blind\w*|"
    r"\bplacebo[\s\-]controlled\b|\bcrossover trial\b",
    re.I,
)
_NONRANDOM_DESIGN = re.compile(
    r"\bnon[\s\-]?randomi[sz]ed\b|\bsingle[\s\-]arm\b|\bup[\s\-]and[\s\-]down\b|\buncontrolled\b|"
    # "open-label pilot", "open-label, sequential-cohort study", "open-label dose-escalation trial"
    r"\bopen[\s\-]label,?\s+(?:(?!randomi)[\w\-]+,?\s+){0,3}?(?:pilot|trial|study)\b|"
    r"\bsequential[\s\-](?:design|allocation|cohorts?)\b",
    re.I,
)
_TRIAL_WORD = r"\b(?:trials?|stud(?:y|ies)|RCTs?)\b"
# a randomised trial that is only the object of a plan, a call or an opinion: "3 mg was
# selected for a randomized phase 2b trial", "will be tested in a randomised trial",
# "72% supported a large randomized trial", "a subsequent randomized trial". Such a
# trial is another study, so its wording is removed before looking for randomisation.
_TRIAL_AS_OBJECT = re.compile(
    rf"\b(?:selected|chosen|taken forward|carried forward|advanced)\s+(?:for|into|to)\b"
    rf"[^.;]{{0,60}}?{_TRIAL_WORD}|"
    rf"\b(?:will|would|shall|should|could|must|may|might)\s+(?:\w+\s+){{0,4}}?"
    rf"(?:in|by|with|through|using)\s+(?:an?|the|further|future)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    rf"\b(?:support\w*|favou?r\w*|endors\w*|call\w* for|recommend\w*|propos\w*|"
    rf"need\w*|warrant\w*|justif\w*|agree\w*|wish\w*|request\w*)\s+(?:\w+\s+){{0,3}}?"
    # "supporting this range for randomised dose-comparison trials": the trials it is for
    rf"(?:an?|the|further|future|more|for)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    rf"\b(?:an?|the)\s+(?:subsequent|future|next|planned|upcoming|follow[\s\-]?up|"
    rf"confirmatory|definitive)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # trials someone else is running: "randomized trials are in progress", "... are ongoing"
    rf"(?:\b[\w\-]+\s+){{0,3}}?{_TRIAL_WORD}\s+(?:are|is)\s+(?:now\s+|currently\s+)?"
    rf"(?:in progress|ongoing|under\s?way|planned|being conducted)\b",
    re.I,
)
# a drug given to one group against a comparison group is an intervention study even
# without the word "trial": "patients of the main group additionally received X; the
# comparison group continued Y" (common in translated abstracts: "open comparative study")
_ASSIGNED_GROUP = re.compile(
    r"\b(?:main|treatment|intervention|experimental|study|active|index)\s+group\b[^.;]{0,60}?"
    r"\b(?:additionally\s+)?(?:received|was given|were given|was treated|were treated|took)\b"
    r"[^.]{0,120}?\b(?:comparison|control)\s+group\b|"
    r"\bopen,?\s+(?:comparative|controlled|prospective)\s+(?:study|trial)\b",
    re.I,
)
_TRIAL = re.compile(
    r"\bopen[\s\-]label\b|\bsingle[\s\-]arm\b|\bclinical trial\b|\bpilot (?:study|trial)\b|"
    r"\bphase (?:i{1,3}|iv|[1-4])\b|\b(?:single|double)[\s\-]blind\w*|\btrial\b|"
    r"\bproof[\s\-]of[\s\-]concept\b",
    re.I,
)
_OBSERVATIONAL = re.compile(
    r"\bretrospective\w*|\bchart review\b|\brecords? review\b|\bcohort\b|"
    r"\bregist(?:er|ry)[\s\-]based\b|"
    r"\bregistry\b|\b(?:prescription|claims|health) (?:database|data|records)\b|\bdatabase\b|"
    r"\bsurvey(?:s|ed)?\b|\bquestionnaire study\b|\bcross[\s\-]sectional\b|\bcase[\s\-]control\b|"
    r"\bbefore[\s\-]after study\b|\breal[\s\-]world\b|\bobservational\b|\bpopulation[\s\-]based\b|"
    r"\bprescriptions\b|\bmedical records\b",
    re.I,
)
_RCT_TYPES = {"Randomized Controlled Trial", "Pragmatic Clinical Trial", "Equivalence Trial"}
_TRIAL_TYPES = {
    "Clinical Trial",
    "Clinical Trial, Phase I",
    "Clinical Trial, Phase II",
    "Clinical Trial, Phase III",
    "Clinical Trial, Phase IV",
    "Controlled Clinical Trial",
    "Adaptive Clinical Trial",
    "Multicenter Study",
}
_REVIEW_TYPES = {"Review", "Systematic Review", "Scoping Review", "Narrative Review"}
_OTHER_TYPES = {
    "Editorial",
    "Comment",
    "Letter",
    "News",
    "Newspaper Article",
    "Interview",
    "Lecture",
}


def _own(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences that describe this study: no background, no calls for future work."""
    return [
        s
        for s in sentences
        if s.section != BACKGROUND
        and not _FUTURE_CALL.search(s.text)
        and not _PRIOR_WORK.search(s.text)
    ]


def _any(rx: re.Pattern[str], sentences: list[Sentence]) -> Sentence | None:
    return next((s for s in sentences if rx.search(s.text)), None)


def _without_other_trials(text: str) -> str:
    """The sentence with any trial that is only planned, called for or wished for removed."""
    return _TRIAL_AS_OBJECT.sub(" ", text) if "trial" in text.lower() else text


def _own_trial(rx: re.Pattern[str], sentences: list[Sentence]) -> Sentence | None:
    """The first sentence where ``rx`` describes this study, not a next or wished-for trial."""
    return next((s for s in sentences if rx.search(_without_other_trials(s.text))), None)


# Opinion pieces: they report no study of their own (shared with extract.py).
COMMENTARY_TYPES = frozenset(
    {"Comment", "Editorial", "News", "Newspaper Article", "Interview", "Lecture"}
)
_STUDY_TYPES = frozenset(
    {
        "Randomized Controlled Trial",
        "Clinical Trial",
        "Clinical Trial, Phase I",
        "Clinical Trial, Phase II",
        "Clinical Trial, Phase III",
        "Clinical Trial, Phase IV",
        "Controlled Clinical Trial",
        "Pragmatic Clinical Trial",
        "Clinical Trial Protocol",
        "Observational Study",
        "Case Reports",
        "Meta-Analysis",
        "Systematic Review",
        "Review",
    }
)


def classify(
    sentences: list[Sentence], publication_types: list[str], mesh_terms: list[str]
) -> tuple[Design, Sentence | None]:
    """The design and the sentence that decided it (None when decided by metadata)."""
    types = set(publication_types)
    own = _own(sentences)
    title = [s for s in sentences if s.section == TITLE]
    body = [s for s in sentences if s.section != TITLE]

    # A commentary or editorial discusses other people's studies; what it cites (even
    # "a pilot in which 12 patients were randomised") is not its own design. PubMed
    # tags research letters "Letter" alone, so "Letter" by itself does not count.
    if types & COMMENTARY_TYPES and not types & _STUDY_TYPES:
        return "other", None

    # protocol / registration: planned, no results yet
    hit = _any(_PROTOCOL_TITLE, title)
    if "Clinical Trial Protocol" in types or hit:
        return "protocol", hit
    future = _any(_FUTURE_DESIGN, own)
    if future and not _any(
        re.compile(r"\b(?:were|was) randomi[sz]ed|\bp\s*[<=>]\s*0?\.\d", re.I), body
    ):
        return "protocol", future

    # evidence syntheses
    hit = _any(_META, title + [s for s in own if s.section != "RESULTS"])
    if "Meta-Analysis" in types or (
        hit and (types & _REVIEW_TYPES or _any(_REVIEW_SELF, sentences))
    ):
        return "meta_analysis", hit
    if types & _REVIEW_TYPES:
        return "review", None
    hit = _any(_REVIEW, title) or _any(_REVIEW_SELF, own)
    if hit and not _any(_OBSERVATIONAL, own):
        return "review", hit

    # animal or in-vitro work
    text = " ".join(s.text for s in sentences)
    animal = len(_ANIMAL.findall(_ANIMAL_ASIDE.sub(" ", text)))
    human = len(_HUMAN.findall(text))
    mesh = set(mesh_terms)
    if (animal >= 2 and animal > 2 * human) or ("Animals" in mesh and "Humans" not in mesh):
        return "preclinical", _any(_ANIMAL, sentences)

    randomised = _own_trial(_RANDOM, own)
    nonrandom = _any(_NONRANDOM_DESIGN, own)
    trial = _own_trial(_TRIAL, own)
    observational = _any(_OBSERVATIONAL, own)

    if "Case Reports" in types or _any(_CASE, own):
        if randomised:
            return "rct", randomised
        if _any(re.compile(r"\bopen[\s\-]label (?:pilot |clinical )?trial\b", re.I), own):
            return "nonrandomized_trial", trial
        return "case_report", _any(_CASE, own)

    if randomised and not (
        nonrandom and not re.search(r"randomi[sz]", _without_other_trials(randomised.text), re.I)
    ):
        return "rct", randomised
    if types & _RCT_TYPES:
        # the abstract's own description wins over the tag when it describes another design
        if trial and not nonrandom:
            return "rct", None
        if nonrandom or trial:
            return "nonrandomized_trial", nonrandom or trial
        if observational:
            return "observational", observational
        return "rct", None
    if observational and not nonrandom:
        return "observational", observational
    assigned = _any(_ASSIGNED_GROUP, title + own)
    if assigned:
        return "nonrandomized_trial", assigned
    if nonrandom or trial or types & _TRIAL_TYPES:
        return "nonrandomized_trial", nonrandom or trial
    if types & _OTHER_TYPES:
        return "other", None
    if "Observational Study" in types or "Comparative Study" in types:
        return "observational", None
    return "other", None
