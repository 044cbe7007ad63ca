"""Is this about low-dose naltrexone and depression or mood, and were the people depressed?

A keyword search for naltrexone + depression mostly returns something else: 50 mg
naltrexone in alcohol or opioid dependence (with depression scales as side outcomes),
naltrexone-bupropion for obesity, samidorphan combinations, kappa antagonists, very-
low-dose naltrexone in opioid detoxification, animal models dosed per kilogram. LDN
needs the text to call the dose low, or a naltrexone dose in the LDN range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ldn_watch.assess import mentions
from ldn_watch.assess.doses import Dose
from ldn_watch.assess.text import BACKGROUND, TITLE, Sentence

LDN_MIN_MG = 0.5
LDN_MAX_MG = 5.0
STANDARD_MIN_MG = 25.0

_COMBO = re.compile(
    r"\bnaltrexone(?:[\s\-–/]+(?:SR|ER|sustained[\s\-]release|extended[\s\-]release))?\s*(?:[\-–/+]|\band\b)\s*"
    r"bupropion|\bbupropion(?:[\s\-–/]+(?:SR|XL|ER|sustained[\s\-]release))?\s*(?:[\-–/+])\s*naltrexone|"
    r"\bContrave\b|\bMysimba\b|\bNB32\b|\bNB\b(?=[^.]{0,40}obes)",
    re.I,
)
_SAMIDORPHAN = re.compile(r"\bsamidorphan\b|\bALKS[\s\-]?(?:5461|3831)\b", re.I)
_NALMEFENE = re.compile(r"\bnalmefene\b", re.I)
_KAPPA = re.compile(r"(?:\bkappa|κ)[\s\-]*(?:opioid[\s\-]*)?(?:receptor[\s\-]*)?antagonis", re.I)
_NALOXONE = re.compile(r"\bnaloxone\b", re.I)
_DEPOT = re.compile(
    r"\b(?:extended[\s\-]release|XR[\s\-]NTX|depot|implant\w*|intramuscular|injectable|Vivitrol)\b"
    r"[^.]{0,40}\bnaltrexone|\bnaltrexone\b[^.]{0,25}\b(?:implant\w*|depot|extended[\s\-]release|"
    r"intramuscular|injection|Vivitrol)\b",
    re.I,
)
_DEPRESSION = re.compile(
    # the literal look-ahead first, so the look-behinds run only where "depress" starts
    r"\b(?=depress)(?<!respiratory )(?<!marrow )(?<!spreading )(?<!CNS )(?<!ST )(?<!segment )"
    r"depress(?:ion|ive|ed)\w*"
    r"|\bMDD\b|\bTRD\b|\bdysthymi\w*|\banhedoni\w*|\bdysphori\w*|\bmelanchol\w*|\bbipolar\b|"
    r"\bmood\b(?![\s\-]+stabili)|\baffective (?:disorder|symptom|state)s?\b|\bsuicid\w*|"
    r"\b(?:emotional|psychological|mental) (?:well[\s\-]?being|health)\b|"
    r"\bHAM[\s\-]?D\b|\bHDRS\b|\bMADRS\b|\bBDI\b|\bPHQ[\s\-]?9\b|\bCES[\s\-]?D\b|\bHADS\b|\bDASS\b|"
    r"\bHamilton (?:Rating Scale for )?Depression\b|\bBeck Depression\b|\bGeriatric Depression\b",
    re.I,
)
# antidepressant use as the measured outcome ("the number of users of antidepressants",
# "antidepressant use before and after"), not antidepressants taken alongside the drug:
# "co-prescribed with pain adjuvants, including antidepressants" is co-medication
_ANTIDEPRESSANT_OUTCOME = re.compile(
    r"\b(?:use|users|consumption|(?<!co-)(?<!co)prescri\w+|dispens\w+|number of)\b"
    r"(?:(?!\b(?:with|adjuvants?|alongside)\b)[^.]){0,80}\bantidepressants?\b|"
    r"\bantidepressants?\b[^.]{0,20}\b(?:use|users|consumption|prescri\w+)\b|"
    r"\bantidepressant(?:[\s\-]like)? (?:effects?|efficacy|response|activity|properties)\b",
    re.I,
)
_POPULATION_NOUN = (
    r"(?:patients?|adults?|outpatients?|inpatients?|individuals?|subjects?|participants?|women|men|"
    r"people|persons?|adolescents?|children|veterans?|alcoholics|smokers|mothers|those|professional|"
    r"\w+-year-old)"
)
_DEPRESSED_CONDITION = (
    r"(?:(?:treatment[\s\-]resistant|refractory|major|recurrent|unipolar|bipolar|comorbid|co-morbid|"
    r"chronic|severe|moderate|mild|persistent|current|clinical|late-life|postpartum|perinatal)\s+)*"
    r"(?:depress\w*|MDD|TRD|dysthymi\w*|major depressive disorder)\b"
    # symptoms and scale scores are outcomes, not a disorder people were selected for
    r"(?![\s\-]+(?:symptoms?|symptomatology|scores?|ratings?|scales?|inventory|like)\b)"
)
_POPULATION = re.compile(
    rf"\bdepressed\s+(?:[\w\-]+\s+){{0,2}}?(?!those){_POPULATION_NOUN}\b|"
    rf"\bdepressive\s+(?:patients|outpatients|inpatients|subjects|participants|adults)\b|"
    rf"\b{_POPULATION_NOUN}\b[^.;]{{0,60}}?\b(?:with|suffering from|"
    rf"(?:that|who) suffer(?:ed)? from|"
    rf"diagnosed with|presenting with|presented with|meeting criteria for|who met criteria for|"
    rf"(?:had|have|having) (?:a )?(?:diagnos\w+ of|current))\s+(?:(?:a|an|current|DSM[\w\-]*|"
    rf"ICD[\w\-]*|comorbid|co-morbid)\s+)*(?:\w+[\s\-]+){{0,5}}?{_DEPRESSED_CONDITION}|"
    rf"\b(?:diagnosis|diagnoses) of\s+(?:\w+[\s\-]+){{0,6}}?{_DEPRESSED_CONDITION}|"
    rf"\b(?:HAM[\s\-]?D|MADRS|HDRS)(?:[\s\-]\d+)?(?: total)?(?: score)? (?:of|≥|>=|>)\s*\d+|"
    # the condition first: "major depressive disorder patients", "MDD outpatients"
    rf"\b{_DEPRESSED_CONDITION}\s+{_POPULATION_NOUN}\b|"
    # everyone in the sample: "all had major depressive disorder", "all met criteria for MDD"
    rf"\b(?:all|each|every)\b[^.;]{{0,40}}?\b(?:had|has|have|met (?:[\w\-]+ ){{0,2}}criteria for|"
    rf"fulfilled (?:[\w\-]+ ){{0,2}}criteria for|were diagnosed with|was diagnosed with|suffered from)\s+"
    rf"(?:(?:a|an|current|DSM[\w\-]*|ICD[\w\-]*)\s+)*(?:\w+[\s\-]+){{0,3}}?{_DEPRESSED_CONDITION}|"
    # bipolar or unipolar illness selected in its depressed phase: "outpatients with
    # bipolar I or II disorder in a current major depressive episode"
    rf"\b{_POPULATION_NOUN}\b[^.;]{{0,80}}?\b(?:in|with|experiencing|during)\s+(?:an?\s+)?"
    rf"(?:(?:current|acute|ongoing|major)\s+)*depressive episodes?\b",
    re.I,
)
# a proportion describes the sample, it does not select it: "38% had a diagnosis of depression";
# nor does a subgroup cut inside it: "among those with a baseline HAM-D of 20 or more",
# "severe symptoms were defined as a MADRS score >= 30", "in the subgroup with ..."
_PROPORTION = re.compile(
    r"(?:\d+(?:\.\d+)?\s*%|\bpercent\b|\b(?:most|many|some|half|majority|minority|proportion|"
    r"third|quarter|fraction)\b|\b\w+ of (?:the|these|them)\b|"
    r"\bamong\b(?!\s+\d)|\bdefined as\b|\bsub-?groups?\b|\bstratified\b|"
    r"\b(?:of|among) (?:whom|which|them)\b)[^.;:,]{0,40}$",
    re.I,
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# a title naming the disorder studied: "... in major depressive disorder: a randomized trial"
_TITLE_POPULATION = re.compile(
    rf"\b(?:in|for|among)\s+(?:the\s+(?:treatment|management)\s+of\s+)?"
    rf"(?:(?:patients|adults|people|individuals|outpatients) with\s+)?"
    rf"(?:\w+[\s\-]+){{0,2}}?(?:{_DEPRESSED_CONDITION})\b(?![\s\-]*(?:symptoms?|scores?|like|-like))",
    re.I,
)


# "patients with severe depression were excluded" selects against depression
_EXCLUSION = re.compile(r"\bexclu(?:ded|sion|ding)\b|\bcontraindicat\w*", re.I)
# "LDN has been used in patients with depression" describes other work
_OTHER_WORK = re.compile(
    r"\b(?:has|have|had) (?:also |previously |already |not )?been "
    r"(?:used|studied|shown|reported|proposed|suggested|tested|tried|found|described|"
    r"investigated|examined|evaluated|explored|prescribed|employed|advocated|hypothesi[sz]ed)\b",
    re.I,
)


@dataclass
class Topic:
    """The on-topic decision with its evidence and, when off, the reason in a few words."""

    is_ldn: bool
    has_mood: bool
    on_topic: bool
    reason: str | None
    ldn_evidence: str | None
    mood_evidence: str | None


def _first(rx: re.Pattern[str], sentences: list[Sentence]) -> Sentence | None:
    return next((s for s in sentences if rx.search(s.text)), None)


def _own(s: Sentence) -> bool:
    """A sentence about this study's own intervention, not background or earlier work."""
    return s.section != BACKGROUND and not _OTHER_WORK.search(s.text)


def _other_agent(sentences: list[Sentence]) -> str | None:
    """The opioid-system drug a study is about when naltrexone is not its intervention."""
    if _first(_SAMIDORPHAN, sentences):
        return "samidorphan, not naltrexone"
    if _first(_NALMEFENE, sentences):
        return "nalmefene, not naltrexone"
    if _first(_KAPPA, sentences):
        return "kappa-opioid antagonist, not naltrexone"
    if _first(_NALOXONE, sentences):
        return "naloxone, not naltrexone"
    return None


def decide(
    sentences: list[Sentence],
    ntx_doses: list[Dose],
    aliases: mentions.Aliases,
    mesh_terms: list[str],
    chemicals: list[str],
    *,
    design: str | None = None,
) -> Topic:
    """Decide on_topic from the wording, the naltrexone doses and MeSH/chemicals.

    LDN must be the study's own intervention: "low-dose naltrexone has been tried in
    depression" in the background of a kappa-antagonist trial is a passing mention, and
    that trial's agent decides. Reviews are about earlier work, so every sentence of a
    review counts. Animal work dosed only per kilogram is not LDN, whatever it models.
    """
    found = [(s, m) for s in sentences for m in mentions.find(s.text, aliases)]
    meta = [t.lower() for t in (*mesh_terms, *chemicals)]
    any_ntx = bool(found) or any("naltrexone" in t for t in meta)
    review = design in ("review", "meta_analysis")
    own_found = found if review else [(s, m) for s, m in found if _own(s)]
    passing = bool(found) and not own_found  # named only in background / earlier work
    ldn_sent = next((s for s, m in own_found if m.kind == "ldn"), None)
    vldn = any(m.kind == "vldn" for _, m in found)
    human = [d for d in ntx_doses if not d.per_kg and not d.bound]
    low = [d for d in human if LDN_MIN_MG <= d.mg_per_day <= LDN_MAX_MG]
    standard = [d for d in human if d.mg_per_day >= STANDARD_MIN_MG]
    # the authors' "low-dose" is not the contract's: 25 mg/day called "low dose" is a
    # standard dose. A standard dose the study gives itself, with no dose in the LDN
    # range anywhere, overrides the wording. A review surveys every dosing, so not there.
    own_standard = [] if review else [d for d in standard if _own(d.sentence)]
    very_low = [d for d in human if d.mg_per_day < LDN_MIN_MG]
    per_kg = [d for d in ntx_doses if d.per_kg]
    depot = _first(_DEPOT, sentences)
    combo = _first(_COMBO, sentences)
    other_agent = _other_agent(sentences) if not any_ntx or passing else None
    if ldn_sent is None and not (other_agent or combo or standard or depot or vldn or very_low):
        # "LDN has been proposed for pain; we tested it in depression": a sentence citing
        # earlier work can still name the study's own drug when nothing else is studied
        ldn_sent = next((s for s, m in found if m.kind == "ldn" and s.section != BACKGROUND), None)

    ldn_evidence: str | None = None
    if design == "preclinical" and not low:
        # a per-kg animal dose or an in-vitro concentration, even one "modelling" LDN:
        # the contract's low dose is a human daily dose
        ldn_evidence = None
    elif ldn_sent is not None and not (own_standard and not low):
        ldn_evidence = ldn_sent.text
    elif low and not combo:
        ldn_evidence = low[0].sentence.text
    is_ldn = ldn_evidence is not None

    mood_rx_sents = [
        s
        for s in sentences
        if (s.section != BACKGROUND or s.index == 0) and not _EXCLUSION.search(s.text)
    ]
    mood = _first(_DEPRESSION, mood_rx_sents) or _first(_ANTIDEPRESSANT_OUTCOME, mood_rx_sents)
    mesh_mood = next(
        (t for t in mesh_terms if re.search(r"depress|mood disorders|affect$|anhedonia", t, re.I)),
        None,
    )
    has_mood = mood is not None or mesh_mood is not None
    mood_evidence = mood.text if mood else mesh_mood

    reason: str | None = None
    if not any_ntx:
        reason = other_agent or "no naltrexone"
    elif other_agent and not is_ldn:
        reason = other_agent
    elif not is_ldn:
        if combo:
            reason = "naltrexone-bupropion"
        elif _first(_SAMIDORPHAN, sentences):
            reason = "samidorphan"
        elif standard or depot:
            reason = "standard-dose naltrexone"
        elif vldn or very_low:
            reason = "very-low-dose naltrexone"
        elif per_kg:
            reason = "naltrexone dosed per kg, not low-dose"
        elif design == "preclinical":
            reason = "animal or in-vitro naltrexone, not a human low dose"
        else:
            reason = "naltrexone not at a low dose"
    elif not has_mood:
        reason = "no depression or mood outcome"
    return Topic(
        is_ldn=is_ldn,
        has_mood=has_mood,
        on_topic=reason is None,
        reason=reason,
        ldn_evidence=ldn_evidence,
        mood_evidence=mood_evidence,
    )


# every _POPULATION branch names the condition or a depression scale
_POPULATION_HINT = re.compile(r"depress|MDD|TRD|dysthym|HAM|MADRS|HDRS", re.I)
# an abbreviation the article defines for its depressive condition: "post-stroke
# depression (PSD)", "late-life depression (LLD)"; symptoms ("depressive symptoms (DS)")
# are outcomes and are not learnt
_CONDITION_ABBR = re.compile(
    r"\b(?i:depress(?:ion|ive (?:disorder|episode|illness))s?)\s*\(\s*(?P<abbr>[A-Z][A-Za-z]{1,6})\s*\)"
)
# who else a study can be about. The title's "in major depressive disorder" names the
# population only if the abstract does not say the people were someone else:
# "adults with fibromyalgia", "patients with alcohol dependence", "312 psychiatrists".
_OTHER_CONDITION = (
    r"(?:disease|syndrome|sclerosis|cancer|tumou?r|pain|fibromyalgia|COVID|arthritis|colitis|"
    r"Crohn|dependence|use disorder|addiction|obesity|overweight|diabetes|infection|HIV|injury|"
    r"dementia|autism|schizophreni\w*|psychosis|insomnia|migraine|condition|fatigue|"
    r"cystitis|dermatitis|psoriasis|neuropathy|lupus|asthma|cirrhosis|hepatitis)"
)
_OTHER_POPULATION = re.compile(
    rf"\b{_POPULATION_NOUN}\s+(?:with|suffering from|diagnosed with|who had|having)\s+"
    rf"(?P<cond>[^,.;()]{{0,50}}?\b{_OTHER_CONDITION}\w*)|"
    r"\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:psychiatrists|physicians|clinicians|practitioners|"
    r"prescribers|pharmacists|psychologists|nurses|doctors|GPs|members)\b|"
    r"\b(?:survey|questionnaire)\w* (?:of|among|to) (?:\w+\s+){0,2}?(?:psychiatrists|physicians|"
    r"clinicians|practitioners|prescribers|pharmacists|psychologists|nurses|doctors|GPs)\b",
    re.I,
)
# the study says outright that depression did not select its people: "Depression was not
# an inclusion criterion", "participants were not selected for depression", "a diagnosis
# of depression was not required". Such a statement beats any later phrase that reads
# like selection ("mainly in participants with at least mild depression at baseline").
_NOT_SELECTED = re.compile(
    r"\b(?:depress\w*|MDD|mood disorders?)\b[^.;]{0,40}?\b(?:was|were|is|are)\s+not\s+(?:an?\s+)?"
    r"(?:(?:inclusion|entry|eligibility|selection|enrol+ment|study)\s+)?"
    r"(?:criteri(?:on|a)|requirement|required(?!\s+to\b)|necessary(?!\s+to\b))\b|"
    r"\b(?:not|never)\s+(?:\w+\s+)?(?:selected|recruited|screened|chosen|enrol+ed|required to (?:be|have))"
    r"\s+(?:for|on the basis of|based on|by|as)?\s*(?:\w+\s+){0,3}?(?:depress\w*|MDD|mood)\b|"
    r"\bwithout regard to\s+(?:\w+\s+){0,2}?depress\w*",
    re.I,
)
_MOOD_WORD = re.compile(r"depress|bipolar|MDD|TRD|dysthym|mood|melanchol|affective", re.I)


def _selects(text: str) -> bool:
    """The text says who was selected, not what share of the sample had a diagnosis."""
    for m in _POPULATION.finditer(text):
        clause = re.split(r"[;:]", text[: m.start()])[-1]
        if not _PROPORTION.search(clause):
            return True
    return False


def _condition_aliases(sentences: list[Sentence]) -> re.Pattern[str] | None:
    """Abbreviations the article defines for its depressive condition, as one pattern."""
    abbrs = {
        m.group("abbr")
        for s in sentences
        if "(" in s.text
        for m in _CONDITION_ABBR.finditer(s.text)
    }
    if not abbrs:
        return None
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, sorted(abbrs)))})(?![\w\-])")


def _other_population(sentences: list[Sentence]) -> bool:
    """The abstract says its people were selected for something other than depression."""
    for s in sentences:
        if s.section == BACKGROUND:
            continue
        for m in _OTHER_POPULATION.finditer(s.text):
            cond = m.group("cond")
            if cond is None or not _MOOD_WORD.search(cond):
                return True
    return False


def depression_population(sentences: list[Sentence]) -> Sentence | None:
    """The sentence showing participants were selected for a depressive disorder, if any.

    Parenthetical asides ("Participants (N=58; 70% female) with major depression") are
    read both with and without their contents; an abbreviation defined for the condition
    ("post-stroke depression (PSD) ... 80 patients with PSD") reads as the condition. The
    title's "... in major depressive disorder" names the population when the abstract
    never names a different one: abstracts often say only "63 were randomized". An
    explicit "depression was not an inclusion criterion" wins over all of these.
    """
    if any(s.section != BACKGROUND and _NOT_SELECTED.search(s.text) for s in sentences):
        return None
    aliases = _condition_aliases(sentences)
    for s in sentences:
        text = aliases.sub("depression", s.text) if aliases else s.text
        if s.section == BACKGROUND or not _POPULATION_HINT.search(text):
            continue
        if _EXCLUSION.search(text) or _OTHER_WORK.search(text):
            continue
        if _selects(text) or ("(" in text and _selects(_PARENTHESES.sub("", text))):
            return s
    title = next((s for s in sentences if s.section == TITLE), None)
    if title is None or not _TITLE_POPULATION.search(title.text):
        return None
    return None if _other_population(sentences) else title
