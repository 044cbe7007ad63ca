"""Is a record about the watched drug at its low dose and the condition, and were the
people selected for the condition?

A keyword search mostly returns something else: the drug at its standard dose (with
the condition's scales as side outcomes), combination products, look-alike drugs,
animal models dosed per kilogram. The drug counts when the study's own text calls the
dose low or gives a daily dose in the spec's low band, and no look-alike or other dose
band is what the study actually gave. The condition counts as an outcome when it is
measured in its own right, not as an item of a withdrawal or side-effect checklist.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ldn_watch.assess import arms, counts, drugs, roles
from ldn_watch.assess import design as design_rules
from ldn_watch.assess import doses as doses_rules
from ldn_watch.assess.doses import Dose
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.mentions import DrugMention
from ldn_watch.assess.roles import Doc, Sentence
from ldn_watch.assess.spec import WatchSpec

_POPULATION_NOUN = (
    r"(?:patients?|adults?|outpatients?|inpatients?|individuals?|subjects?|participants?|women|men|"
    r"people|persons?|adolescents?|children|youths?|veterans?|alcoholics|smokers|mothers|those|"
    r"professional|mothers|pregnant women|\w+-year-old|"
    # people named by where they live, what they do or what service they use: "nursing-home
    # residents with depression", "university students with major depression", "clients
    # meeting criteria for ...", "cancer survivors with depression"
    r"residents?|clients?|students?|survivors?|recipients?|workers?|employees?|inmates?|"
    r"prisoners?|retirees?|seniors?|users?|"
    # clipped clinical shorthand ("MDD pts", "outpts w/ MDD") and people named by how they
    # did on an earlier treatment ("SSRI partial responders with MDD", "non-responders
    # with major depression")
    r"(?:out|in)?pts|(?:(?:partial|non|incomplete|inadequate|poor)[\s\-]*)?responders)"
)
# a proportion describes the sample, it does not select it: "38% had a diagnosis of X";
# nor does a subgroup cut inside it: "among those with a baseline score of 20 or more",
# "severe symptoms were defined as ...", "in the subgroup with ..."
_PROPORTION = Folded(
    r"(?:\d+(?:\.\d+)?\s*%|\bpercent\b|\b(?:most|many|some|half|majority|minority|proportion|"
    r"third|quarter|fraction)\b|\b\w+ of (?:the|these|them)\b|"
    r"\bamong\b(?!\s+\d)|\bdefined as\b|\bsub-?groups?\b|\bstratified\b|\bsubsets?\b|"
    r"\b(?:of|among) (?:whom|which|them)\b)[^.;:,]{0,40}$|"
    # a cut of an enrolled sample: "Of 148 randomised participants, 61 had a score of 10"
    r"\b(?:of|among)\s+(?:the\s+|all\s+)?\d[\d,]*\s+[^.;:]{0,60}?,\s*\d[\d,]*\s+(?:\w+\s+){0,2}?"
    r"(?:had|have|were|was|met|scored|with)\b[^.;:,]{0,40}$",
    re.I,
)
# a selection phrase that names the condition only to rule it out: "outpatients with
# schizophrenia ... but without a current major depressive episode", "non-<people adjective>"
_NEGATION = r"without|free of|absence of|no (?:current|history of|lifetime)|excluding"
# ... said right before the words that named the condition: "non-depressed adults with
# chronic pain" (the people named by not having it), "adults without depression"
_NEGATED_BEFORE = re.compile(rf"(?:\b(?:{_NEGATION})\s+|\bnon[\s\-]?)$", re.I)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_AND = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:and|with|plus|,)\s", re.I)
# when the other condition began or was diagnosed, said right after it: "a first ischaemic
# stroke 1-6 months earlier", "MS for at least a year", "a myocardial infarction within the
# past 3 months" (still the same item of the list of what the people have)
_SINCE = re.compile(
    r"\s+(?:(?:\d[\d\-–.]*|one|two|three|four|five|six|a\s+few|several)\s+(?:days?|weeks?|"
    r"months?|years?)\s+(?:earlier|before|ago|previously|prior)\b|"
    r"(?:within|during|over|for|in)\s+(?:at\s+least\s+|the\s+)?(?:past\s+|previous\s+|last\s+|"
    r"preceding\s+)?(?:[\w\-–]+\s+){0,2}?(?:days?|weeks?|months?|years?)\b)",
    re.I,
)
# the rest of the other condition's name after the word that named it: "Parkinson['s
# disease]", "multiple sclerosis", "heart failure"
_NAME_REST = re.compile(
    r"(?:['’]s)?(?:\s+(?:disease|disorder|syndrome|condition|injury|infarction|failure)\b)?", re.I
)
# another condition offered as the alternative to the first, ending where the list goes on
# with "and"/"with": "(Crohn's disease) or ulcerative colitis and ...", ", or
# irritable bowel syndrome, with ..."
_OTHER_ALTERNATIVE = re.compile(
    r"\s*,?\s+(?:or|and/or)\s+(?:[\w\-'’]+\s+){0,3}?[\w\-'’]+(?:\s*\([^()]*\))?"
    r"(?=\s*,?\s+(?:and|with|plus)\s)",
    re.I,
)
# the next item of that list, starting with the watched condition's diagnosis or a
# severity threshold: ", a depressive episode according to ICD-10", "and a HAM-D-17 score
# of at least 16"
_NEXT_ITEM = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|plus\s+)(?:(?:an?|current|baseline)\s+)*",
    re.I,
)
# ... unless the comma opens a clause of its own, a short subject and its verb: "(in
# fibromyalgia), mood improved", ", depressive symptoms fell"
_NEW_CLAUSE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?,\s*(?:[\w\-]+\s+){0,3}?(?:improved|worsened|declined|fell|rose|"
    r"decreased|increased|changed|did|was|were|is|are|showed|differed|remained|responded)\b",
    re.I,
)
# the sentence that says who was taken in: an enrolment verb or an eligibility rule
# people let in, not selected: "were eligible" closing its clause (not "eligible if ..."),
# "were allowed to take part", "were not excluded"
_MAY_ENTER = re.compile(
    r"\b(?:were|was|are|is|will\s+be)\s+(?:also\s+)?eligible\s*(?:[,.]|$)|"
    r"\b(?:were|was|are|is)\s+(?:also\s+)?(?:allowed|permitted)\s+to\s+(?:enrol+|take\s+part|"
    r"participate|join)\b|\b(?:were|was|are|is)\s+not\s+excluded\b",
    re.I,
)


def _let_in(p: _Patterns, clause: str) -> bool:
    """The clause lets people with the condition in and does no more ("Participants with
    moderate depression were eligible"); not one criterion naming the condition with
    another ("Adults with post-COVID condition and a PHQ-9 of 10 or more were eligible",
    "Adults with MS (...) and clinically significant depressive symptoms ... were
    eligible"), which selects."""
    may = _MAY_ENTER.search(clause)
    return (
        may is not None
        and not _ENROLS.search(_MAY_ENTER.sub(" ", clause))
        and not p.other_population.search(clause)
        and " and " not in clause[clause.find(" with ") : may.start()]
    )


_ENROLS = Folded(
    r"\b(?:enrol+\w*|randomi[sz]\w*|recruit\w*|included|inclusion|eligib\w*|required|"
    r"criteria|had to|allocated|assigned|participated|took part|were treated|received|"
    r"were studied|consisted|comprised|examined|observed|investigated|evaluated|followed)\b",
    re.I,
)

# the study's own trial said to be run in the people it names: "we conducted a 12-week
# trial of X in adults with HIV who had a CES-D of 16 or more", "we ran an open-label
# study of X in outpatients with ..." (as much a statement of whom it took in as
# "we enrolled")
_RUN_IN = Folded(
    r"\b(?:we|this|the\s+present|the\s+current)\s+(?:conducted|ran|performed|carried\s+out|"
    r"undertook)\s+(?:an?\s+)?[^.;:]{0,80}?\b(?:trial|study)\s+[^.;:]{0,80}?\bin\b",
    re.I,
)

# the population of a survey of prescribers: they take nothing themselves
PROFESSIONALS = "a survey of professionals"
# what a study's decision drew on, before it ("following ..., a survey of prescribers")
_DREW_ON_BEFORE = re.compile(
    r"\b(?:following|after|informed\s+by|based\s+on|guided\s+by|in\s+light\s+of|"
    r"in\s+response\s+to)\s+[^.;,]{0,80}$",
    re.I,
)


@dataclass(frozen=True)
class _Patterns:
    population: Folded
    title_population: Folded
    hint: Folded
    # the condition's word as what was measured ("depressive symptom outcomes"), not people
    measured_after: re.Pattern[str]
    abbreviation: re.Pattern[str]
    other_population: Folded
    parent_population: Folded
    comorbid_of_other: Folded
    not_selected: Folded
    # a severity threshold the study says it did not require: "a BDI-II of 14 or more at
    # baseline was not required", "no minimum MADRS score was required" (it selects nobody)
    waived_threshold: Folded
    # "with or without <feature>" qualifying the diagnosis just named: a specifier
    specifier: Folded
    family: re.Pattern[str]
    checklist_record: Folded
    checklist_sentence: Folded
    checklist_item: Folded
    negated: Folded
    out_of_episode: Folded | None
    out_hint: Folded | None
    kind_of: re.Pattern[str]
    other_abbreviation: Folded
    other_word: Folded
    qualified: re.Pattern[str]
    diagnosed_too: re.Pattern[str]


# people put into cohorts by their condition: "into three baskets:", "in two disease
# cohorts (", "to condition-specific groups:"
_INTO_BASKETS = (
    r"\b(?:into|in|across|to)\s+(?:[\w\-]+\s+){0,2}?(?:baskets?|(?:disease|condition|"
    r"diagnostic)[\s\-]+(?:specific\s+)?(?:cohorts?|groups?|strata))\s*[:(]"
)
_INTO_BASKETS_RX = re.compile(_INTO_BASKETS, re.I)


# the body that names a set of criteria before its condition or "criteria for": the
# issuing body, edition and year, spelled out as often as abbreviated ("the ACR",
# "the 2016 American College of Rheumatology", "the revised 2010/2011 ACR diagnostic",
# "the Rome IV", "the 2017 McDonald") - up to eight words, years with a slash among them
_CRITERIA_BODY = r"(?:[\w\-/]+\s+){0,8}?"


def _build(spec: WatchSpec) -> _Patterns:
    c = spec.cond
    cond = (
        rf"(?:(?:{c['disorder_qualifiers']})\s+)*(?:{c['disorder_pattern']})\b"
        # symptoms and scale scores are outcomes, not a disorder people were selected for
        rf"(?![\s\-]+(?:{c['outcome_suffix_pattern']})\b)"
    )
    scales = c["severity_scale_pattern"]
    noun = _POPULATION_NOUN
    # a severity threshold the people's score reached: "scored 15 or above on the PHQ-9"
    scored = (
        rf"\bscor(?:ed|ing|e)\s+(?:\d+\s+or\s+(?:above|more|higher|greater)|(?:≥|>=|>|at least|"
        rf"above|over)\s*\d+)\s+on\s+(?:the\s+)?(?:{scales})"
    )
    population = (
        rf"\b(?:{c['people_adjective_pattern']})\s+(?:[\w\-]+\s+){{0,2}}?(?!those){noun}\b|"
        rf"\b(?:{c['people_adjective_strict_pattern']})\s+(?:patients|outpatients|inpatients|"
        rf"subjects|participants|adults|adolescents|women|mothers)\b|"
        rf"\b{noun}\b[^.;]{{0,60}}?\b(?:with|suffering from|(?:that|who) suffer(?:ed)? from|"
        rf"diagnosed with|presenting with|presented with|"
        # (the criteria may be named: "meeting DSM-5 criteria for", "who fulfilled the
        # ICD-10 criteria for")
        rf"(?:meeting|who (?:also )?met|fulfil+ing|who (?:also )?fulfil+ed|satisfying|"
        rf"who (?:also )?satisfied)\s+"
        rf"(?:[\w\-]+\s+){{0,3}}?criteria for|"
        rf"(?:had|have|having) (?:a )?(?:diagnos\w+ of|current))\s+(?:(?:a|an|current|DSM[\w\-]*|"
        rf"ICD[\w\-]*|comorbid|co-morbid)\s+)*(?:(?!(?:measured|assessed|rated|recorded|monitored|"
        rf"scored|evaluated)\b)[\w'’]+[\s\-]+){{0,5}}?{cond}|"
        # ... or as a later item of the list of what they have: "patients with a first
        # ischaemic stroke, a depressive episode according to ICD-10 and ..." (the item
        # opens with an article, not a share or a new clause)
        # (... after more items, bracketed asides among them: "Residents ... with probable
        # AD (NIA-AA criteria), a Mini-Mental State Examination score of 10 to 24, and
        # clinically significant depression, defined as ...": its grade opens it too)
        # (or after "and" where the item says it is current: "adults with DSM-5
        # moderate-to-severe alcohol use disorder and current major depressive disorder")
        rf"\b{noun}\b[^.;]{{0,60}}?\bwith\s+(?:[^.;:()]|\([^()]*\)){{3,120}}?"
        rf"(?:,\s+(?:and\s+)?|\s+and\s+(?=(?:current|comorbid|co-morbid|co-occurring)\s))"
        rf"(?:(?:a|an|current|comorbid|co-morbid|co-occurring|clinically\s+(?:significant|"
        rf"relevant))\s+)+"
        rf"(?:[\w\-]+\s+){{0,2}}?{cond}|"
        rf"\b(?:diagnosis|diagnoses) of\s+(?:\w+[\s\-]+){{0,6}}?{cond}|"
        # the condition stated as the eligibility rule itself, with no people named before
        # it: "inclusion criteria were age 18-65 and major depressive disorder", "participants
        # had to have major depression", "MDD (DSM-5) was required for inclusion", "bipolar
        # depression was the entry diagnosis" (a rule of inclusion, wherever it stands; not
        # a negated, excluded or treated-for condition, nor one the clause goes on to measure)
        rf"\b(?:inclusion|eligibility|entry)\s+(?:criteria|criterion|requirements?|diagnos[ie]s)\s+"
        rf"(?:were|was|included|comprised|required)\s+"
        rf"(?:(?!\b(?:exclu\w*|not|no|without|except|free|absence|treat\w*|medicat\w*|histor\w*|"
        rf"lifetime|past|prior|previous|family|risk|prevent\w*|remission|remitted|recover\w*|"
        rf"antidepressants?|measured|assessed|rated)\b)[^.;:]){{0,80}}?{cond}"
        # (an item of the list: it ends there or is told how it was diagnosed)
        rf"(?=\s*(?:[,;.(]|$)|\s+(?:and|or|by|according|on|per|using|confirmed|diagnosed|"
        rf"defined|established)\b)|"
        rf"\b(?:(?:had|have|has|needed|were\s+required|was\s+required)\s+to|must)\s+"
        rf"(?:have|meet|fulfil+|satisfy)\s+(?:(?:a|an|current|DSM[\w\-]*|ICD[\w\-]*)\s+)*"
        rf"(?:[\w'’]+[\s\-]+){{0,4}}?{cond}|"
        rf"\b{cond}(?:\s*\([^()]*\))?\s+(?:was|were|is|are)\s+(?:(?:required|needed|necessary|"
        rf"mandatory)\s+(?:for|at)\s+(?:study\s+)?(?:inclusion|entry|eligibility|enrol\w*)|"
        rf"(?:an?|the)\s+(?:(?:main|key|principal|primary|sole)\s+)?(?:inclusion|entry|eligibility)\s+"
        rf"(?:criterion|requirement|diagnosis))\b|"
        # "eligible participants were 18-70 years old and met DSM-5 criteria for MDD"
        rf"\beligible\s+{noun}\b[^.;]{{0,60}}?\b(?:met|fulfil+ed|satisfied)\s+(?:[\w\-]+\s+){{0,3}}?"
        rf"criteria\s+for\s+(?:(?:a|an|current)\s+)*(?:[\w'’]+[\s\-]+){{0,3}}?{cond}|"
        # "scored 15 or above on the PHQ-9", "scoring at least 20 on the MADRS"
        rf"{scored}|"
        rf"\b(?:{scales})(?:[)\]]?(?:[\s\-]\d+)?|(?:[\s\-]\d+)[)\]])(?: total)?(?: score)? "
        r"(?:of(?: at least| more than)?|≥|>=|>)\s*\d+|"
        # a threshold said with a verb: "(included if) their BDI-II score was 20 or higher",
        # "a MADRS total score was at least 22"
        rf"\b(?:{scales})(?: total)? scores? (?:was|were|is|are) (?:at least \d+|\d+ or "
        rf"(?:higher|more|above|greater))|"
        # a trial "of X in <the disorder>": its people have the disorder. The study may be
        # called by what it did ("a randomised comparison of X and Y in <the disorder>", "a
        # placebo-controlled evaluation of X for <the disorder>") or told by a relative
        # clause ("LANTERN, which randomised X against placebo in <the disorder>"): the way
        # a derived report describes its parent in an apposition
        rf"(?:\b(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|evaluations?|investigations?|"
        rf"experiments?|tests?)\s+(?:of|with|testing|comparing|evaluating)\b|"
        rf"\b(?:which|that)\s+(?:randomi[sz]ed|compared|tested|evaluated|allocated|assigned)\b|"
        # ... or by its authors in the first person: "we tested X 1 mg and 3 mg added to Y
        # in <the disorder>", "we randomised X against placebo in <the disorder>"
        # (... or by its name, in the present tense: "The NALTRD trial (NCT...) compares X
        # added to Y with placebo in <the disorder>", an amendment telling its trial)
        rf"(?:\bwe|\b(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){{0,3}}?(?:study|trial|RCT)|"
        rf"\bthe\s+(?-i:[\w\-]*[A-Z][\w\-]*[A-Z][\w\-]*)\s+(?:study|trial)(?:\s*\([^()]*\))?)"
        rf"\s+(?:will\s+(?:randomi[sz]e|compare|test|evaluate|study)\b|randomi[sz]e[sd]|compare[sd]|"
        rf"tests|evaluates|tested|evaluated|studied|examined|investigated|"
        rf"trialled|trialed)\b|"
        # ... or the randomised phase an extension followed, as its report tells it: "after
        # the randomised phase comparing X with Y in <the disorder>", "the 12-week phase
        # compared X with Y in <the disorder>" (the extension's people are that phase's)
        rf"\bphases?\s+(?:comparing|testing|evaluating|compared|tested|evaluated)\b)"
        rf"(?:[^.;]|\.\d){{0,100}}?"
        # (not what an analysis is adjusted for: "we randomised ..., adjusting for depression")
        r"(?<!adjusting\s)(?<!controlling\s)(?<!accounting\s)(?<!correcting\s)(?<!adjusted\s)"
        r"(?<!controlled\s)(?<!corrected\s)(?<!adjustment\s)"
        rf"\b(?:in|among|for)\s+(?:(?:patients|adults|people|individuals|outpatients|inpatients|"
        rf"adolescents|women|men|veterans|residents|participants)\s+with\s+)?"
        rf"(?:(?!{spec.other_conditions})\w+[\s\-]+){{0,2}}?{cond}|"
        # the condition first: "<disorder> patients", "<abbreviation> outpatients"
        rf"\b{cond}\s+{noun}\b|"
        # a telegraphic abstract giving its people as a count with the diagnosis set off
        # after them: "Nine pts, TRD, on an SSRI", "15 outpatients, treatment-resistant
        # depression, stable on ...", "Seven women, postpartum depression (EPDS>13), ..."
        rf"(?<![\w.,])(?:\d+|{counts.NUMBER_WORDS})\s+(?:[\w\-]+\s+)?{noun},\s+{cond}(?=\s*[,;(])|"
        # everyone in the sample: "all had <the disorder>"
        rf"\b(?:all|each|every)\b[^.;]{{0,40}}?\b(?:had|has|have|met (?:[\w\-]+ ){{0,2}}criteria for|"
        rf"fulfilled (?:[\w\-]+ ){{0,2}}criteria for|were diagnosed with|was diagnosed with|suffered from)\s+"
        rf"(?:(?:a|an|current|DSM[\w\-]*|ICD[\w\-]*)\s+)*(?:\w+[\s\-]+){{0,3}}?{cond}|"
        # another diagnosis selected in its phase of the condition: "bipolar disorder in a
        # current episode of the condition", "currently in it"
        rf"\b{noun}\b[^.;]{{0,80}}?\b(?:in|with|experiencing|during)\s+(?:an?\s+)?"
        rf"(?:(?:current|acute|ongoing|major)\s+)*(?:{c['episode_pattern']})\b|"
        rf"\b{noun}\b[^.;]{{0,80}}?\b(?:{c['currently_pattern']})\b"
    )
    title_population = (
        rf"\b(?:in|for|among)\s+(?:the\s+(?:treatment|management)\s+of\s+)?"
        rf"(?:(?:patients|adults|people|individuals|outpatients|adolescents|women) with\s+)?"
        # (a hyphenated compound is one word of the description: "in SNRI-treated resistant
        # depression", "in difficult-to-treat depression", "first-episode drug-naive")
        rf"(?:\w+(?:-\w+)*[\s\-]+){{0,2}}?(?:{cond})|"
        # ... or opening the title as what the drug treats: "Major depression treated with
        # naltrexone at a low dose", "Treatment-resistant depression managed with ..."
        rf"^\s*(?:{cond})(?:\s*\([^()]*\))?\s+(?:treated|managed)\s+(?:\w+\s+)?with\b"
    )
    # the people's age or sex told between them and what selected them: "women aged 18-65
    # years meeting the ACR criteria for fibromyalgia", "adults (18-70 years) with long
    # COVID", "patients over 50 years of age with MS"
    aged = (
        r"(?:,?\s*(?:aged\s+|between\s+|over\s+|above\s+|under\s+|from\s+)?(?:\(\s*)?"
        r"(?:aged\s+)?\d+\s*(?:(?:-|–|to|and)\s*\d+\s*)?(?:years?|yrs?|y)(?:\s+of\s+age|\s+old)?"
        r"(?:\s+or\s+(?:older|over|more|above))?\s*\)?,?|"
        # ... or a range after "aged" with no unit: "adults aged 18-70 meeting ..."
        r",?\s*aged\s+\d+\s*(?:-|–|to)\s*\d+,?|"
        # ... or a lower bound with no unit: "adults aged >=65 with ...", "aged 65 or older"
        r",?\s*aged\s+(?:>=|≥|>|over\s+|at\s+least\s+)?\s*\d+\s*(?:\+|\s+(?:or|and)\s+"
        r"(?:older|over|above))?,?|"
        # ... or the time since they gave birth: "women 3-12 months postpartum with pelvic
        # girdle pain", "mothers 6 weeks postnatal with ..."
        r",?\s*(?:\d+\s*(?:(?:-|–|to)\s*\d+\s*)?(?:weeks?|months?)\s+)?(?:postpartum|"
        r"post[\s\-]partum|postnatal(?:ly)?),?)?"
    )
    other = (
        # ("adults living with HIV and chronic pain": people named by what they live with)
        rf"\b{noun}{aged}\s+(?:(?:living\s+)?with|suffering from|diagnosed with|who had|having|"
        # "women meeting the ACR criteria for fibromyalgia": a selection by its criteria
        rf"(?:meeting|who\s+met|fulfil+ing|who\s+fulfil+ed)\s+{_CRITERIA_BODY}criteria\s+for)\s+"
        rf"(?P<cond>[^,.;()]{{0,50}}?\b(?:{spec.other_conditions})\w*)|"
        # ... the criteria named by their condition: "meeting the 2016 ACR fibromyalgia
        # criteria", "who fulfilled Rome IV IBS criteria"
        # (where they were seen may stand between: "Consecutive patients at a tertiary pain
        # clinic meeting 2016 ACR fibromyalgia criteria")
        rf"\b{noun}{aged}(?:\s+(?:at|in|from|of)\s+(?:an?\s+|the\s+|\w+\s+)?(?:[\w\-]+\s+){{0,3}}?"
        r"(?:clinics?|cent(?:re|er)s?|hospitals?|services?|practices?|units?|sites?))?"
        rf"\s+(?:meeting|who\s+met|fulfil+ing|who\s+fulfil+ed|satisfying)\s+"
        rf"{_CRITERIA_BODY}(?P<cond4>(?:{spec.other_conditions})\w*)\s+"
        r"(?:(?:diagnostic|classification|diagnosis)\s+)?criteria\b|"
        # people taken into cohorts by condition, another among them: "enrolled adults with
        # a raised CRP into three baskets: fibromyalgia, long COVID and depression", "in two
        # disease cohorts (multiple sclerosis; major depression)": the watched condition is
        # one basket, a subgroup of people not selected for it (CONTRACT.md)
        rf"{_INTO_BASKETS}[^.;]{{0,80}}?\b(?P<cond5>(?:{spec.other_conditions})\w*)|"
        # the trial the record's people came from: "a placebo-controlled fibromyalgia trial"
        rf"\b(?P<cond2>(?:{spec.other_conditions})\w*)\s+(?:trial|RCT|cohort)\b|"
        # a title's treatment "in" another condition, the phrase closing its part of the
        # title: "X added to duloxetine in fibromyalgia: a randomised trial" (read in titles
        # only; "in cancer patients with <the condition>" runs on, and is not matched)
        rf"\bin\s+(?P<cond6>(?:{spec.other_conditions})\w*)(?=\s*(?:[:;.?]|\s[\-–—]\s|$))|"
        # (not patients counted by whose professionals treat them: "150 whose clinicians
        # prescribe X", "120 whose psychiatrists referred them")
        r"\b\d[\d,]*\s+(?:(?!whose\b|their\b)\w+\s+){0,2}?(?:psychiatrists|physicians|clinicians|"
        r"practitioners|prescribers|pharmacists|psychologists|nurses|doctors|GPs|members)\b|"
        r"\b(?:survey|questionnaire)\w* (?:of|among|to) (?:\w+\s+){0,2}?(?:psychiatrists|physicians|"
        r"clinicians|practitioners|prescribers|pharmacists|psychologists|nurses|doctors|GPs)\b"
    )
    fam = c["family_pattern"]
    not_selected = (
        # ("... were eligible but not required", "was allowed but not required", "is
        # neither required nor exclusionary")
        rf"\b(?:{fam})\w*\b[^.;]{{0,40}}?\b(?:was|were|is|are)\s+(?:\w+\s+(?:but|and)\s+)?"
        r"(?:not|neither)\s+"
        r"(?:an?\s+)?"
        r"(?:(?:inclusion|entry|eligibility|selection|enrol+ment|study)\s+)?"
        r"(?:criteri(?:on|a)|requirement|necessary(?!\s+to\b)|required(?!\s+to\b)|"
        # "... not required to enrol"
        r"required\s+to\s+(?:enrol\w*|enter|participate|join|be\s+(?:included|enrol\w*)))\b|"
        r"\b(?:not|never)\s+(?:\w+\s+)?(?:selected|recruited|screened|chosen|enrol+ed|required to (?:be|have))"
        rf"\s+(?:for|on the basis of|based on|by|as)?\s*(?:\w+\s+){{0,3}}?(?:{fam})\w*\b|"
        # ... or the people with it said not to be sought: "Patients with depression were
        # not specifically recruited"
        rf"\b(?:{fam})\w*\b[^.;]{{0,40}}?\b(?:was|were|are|is)\s+not\s+(?:\w+\s+)?"
        r"(?:selected|recruited|screened|chosen|enrol+ed|targeted|sought)\b|"
        rf"\b(?:without regard to|regardless of|irrespective of)\s+(?:\w+\s+){{0,2}}?(?:{fam})\w*|"
        # "adults with or without current depression were eligible", "fibromyalgia with
        # and without comorbid depression": the sample mixes both
        rf"\bwith\s+(?:or|and)\s+without\s+(?:\w+\s+){{0,3}}?(?:{fam})\w*"
    )
    # people taken in outside an episode of the condition ("outpatients who had been
    # euthymic for 8 weeks", "patients in remission"), or with a current episode kept out:
    # a prevention study of people not now ill (CONTRACT.md asks for a current episode)
    out = c.get("out_of_episode_pattern")
    out_of_episode = (
        rf"\b{noun}\b[^.;]{{0,80}}?\b(?:who|that)?\s*(?:had\s+been|have\s+been|has\s+been|were|"
        rf"was|are|is|being|currently)\s+(?:\w+\s+){{0,2}}?(?:{out})|"
        rf"(?:{out})\s+(?:(?:[\w\-]+\s+){{0,2}}){noun}\b|"
        # ... said straight after the people, or as the state of the condition itself:
        # "adults in remission from major depressive disorder", "patients (n = 40) who had
        # remitted", "in remitted depression", "euthymic bipolar disorder", "recovered from
        # a depressive episode" (wherever the words stand: title, opening, methods)
        # (a bare "the patient remitted" is an event during the study, an outcome: only
        # "who had remitted" says the state people were taken in; "non-remitted",
        # "not recovered" say the opposite, and "partially remitted depression" is an
        # episode not yet over: residual symptoms)
        rf"\b{noun}\b(?:\s*\([^()]*\))?\s+(?:{out}|recovered\s+from\b)|"
        rf"\b{noun}\b[^.;]{{0,60}}?\b(?:who|that)\s+(?:had|have|has)\s+(?:fully\s+|since\s+)?"
        r"(?:remitted|recovered)\b|"
        r"(?<![\w\-])(?<!\bnon\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)"
        r"(?<!\bpartially\s)(?<!\bpartly\s)(?<!\bincompletely\s)"
        rf"(?:{out}|remitted|recovered)\s+(?:from\s+)?(?:(?:an?|the|their|a\s+\w+)\s+)?"
        rf"(?:(?:{c['disorder_qualifiers']})\s+)*(?:{c['disorder_pattern']}|bipolar)\b|"
        rf"\b(?:current|acute|ongoing)\s+(?:major\s+)?(?:{c['excluded_episode_pattern']})\s+"
        r"episodes?\b[^.;]{0,40}?\b(?:were|was)\s+(?:\w+\s+)?exclu\w+"
        if out and c.get("excluded_episode_pattern")
        else None
    )
    other_abbreviation = (
        rf"\b(?P<full>(?:{spec.other_conditions})[\w\-]*(?:[\s\-]+[\w\-]+){{0,2}}?)\s*"
        r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9/\-]{1,7})\s*\)"
    )
    # a derived report's background naming its parent trial and whom that trial took in:
    # "In the LDN-PCC trial (n = 160), LDN did not improve fatigue in post-COVID-19
    # condition", "the X study, a randomised trial of LDN in relapsing multiple sclerosis",
    # or told with "a": "In a randomised trial of LDN for fatigue in post-COVID-19
    # condition, we examined PHQ-9" (a derived report's trial is its parent)
    parent = (
        r"\b(?:the|this|our|parent|original|an?)\s+(?:[\w\-]+[\s,]+){0,4}?(?:trial|RCT|study)\b"
        rf"(?:[^.;]|\.\d){{0,100}}?\b(?:in|among|for)\s+(?:(?:{noun})\s+with\s+)?"
        rf"(?:[\w\-]+[\s\-]+){{0,2}}?(?P<cond3>(?:{spec.other_conditions})\w*(?:[\s\-]+[\w\-]+){{0,2}}?)"
        r"(?=[\s,;.)]|$)"
    )
    # another condition with the watched one as a second condition of its people: "in
    # fibromyalgia with comorbid major depression", "fibromyalgia patients who also have
    # major depressive disorder", "adults with long COVID and co-occurring depression"
    comorbid_of_other = (
        rf"\b(?P<cond>(?:{spec.other_conditions})\w*)\s+(?:(?:{noun})\s+)?"
        # (or its grade: "patients with fibromyalgia and clinically significant depression")
        rf"(?:(?:with|and|plus)\s+(?:an?\s+)?(?:{_COMORBID}|clinically\s+(?:significant|"
        r"relevant))\s+|"
        r"(?:who|that)\s+also\s+(?:have|had|has|met\s+(?:[\w\-]+\s+){0,3}?criteria\s+for)\s+)"
        rf"(?:[\w\-]+\s+){{0,3}}?(?:{fam})"
    )
    return _Patterns(
        parent_population=Folded(rf"{parent}|{other}", re.I),
        comorbid_of_other=Folded(comorbid_of_other, re.I),
        other_abbreviation=Folded(other_abbreviation, re.I),
        other_word=Folded(rf"(?:{spec.other_conditions})\w*", re.I),
        negated=Folded(rf"\b(?:{_NEGATION}|non[\s\-]?(?:{c['people_adjective_pattern']}))\b", re.I),
        out_of_episode=Folded(out_of_episode, re.I) if out_of_episode else None,
        out_hint=Folded(rf"(?:{out})|exclu|remitted|recovered", re.I) if out_of_episode else None,
        kind_of=re.compile(
            rf"[\s\-]*(?:(?:related|associated|induced|onset)[\s\-]+)?(?:{c['disorder_pattern']})"
            rf"(?![\s\-]+(?:{c['outcome_suffix_pattern']})\b)",
            re.I,
        ),
        population=Folded(population, re.I),
        title_population=Folded(title_population, re.I),
        hint=Folded(c["hint_pattern"]),
        # (the config's scale and symptom words, and an outcome named as such)
        measured_after=re.compile(
            rf"\w*[\s\-]+(?:{c['outcome_suffix_pattern']}|outcomes?)\b", re.I
        ),
        # (an aside may follow the abbreviation in its brackets: "persistent depressive
        # disorder (PDD, formerly dysthymia)", "late-life depression (LLD; onset after 60)")
        abbreviation=re.compile(
            rf"\b(?i:{c['abbreviation_pattern']})\s*\(\s*(?P<abbr>[A-Z][A-Za-z]{{1,6}})"
            r"\s*(?:[,;][^()]{0,60})?\)"
        ),
        other_population=Folded(other, re.I),
        # the people named with another condition called by the watched one's adjective:
        # "depressed people with MS", "depressed adult patients with Parkinson's disease"
        qualified=re.compile(rf"\b(?:{c['people_adjective_pattern']})\s+(?:[\w\-]+\s+)?$", re.I),
        # a clause that selects by the watched condition's diagnosis or a severity threshold:
        # "met DSM-5 criteria for major depressive disorder", "a confirmed major depressive
        # episode", "a BDI-II score of 20 or more"
        diagnosed_too=re.compile(
            rf"\b(?:criteri\w*|diagnos\w*|confirmed|current)\b[^;.]{{0,60}}?(?:{fam})|"
            rf"(?:{fam})\w*\s+(?:disorder|episode)|{scored}|"
            # ... or by its grade: "clinically significant depression", "at least
            # moderate depression", "moderate to severe depression"
            r"\b(?:clinically\s+(?:significant|relevant|meaningful)|(?:at\s+least\s+)?"
            r"moderate(?:(?:\s+to\s+|\s*-\s*(?:to\s*-\s*)?)severe|\s+or\s+(?:worse|greater|"
            rf"more\s+severe))?|severe)\s+(?:{fam})|"
            # (a threshold, not any number after the scale: "PHQ-9 scores recorded at
            # weeks 0 and 12" sets none)
            rf"(?:{scales})[^;.]{{0,40}}?(?:(?:\bof|\bat\s+least|\babove|\bover|≥|>=|>)\s*\d|"
            r"\d+\s+or\s+(?:more|higher|above|greater))",
            re.I,
        ),
        not_selected=Folded(not_selected, re.I),
        waived_threshold=Folded(
            rf"\b(?:{scales})\b[^.;]{{0,50}}?\b(?:was|were|is|are)\s+not\s+(?:an?\s+)?"
            r"(?:(?:inclusion|entry|eligibility|selection|enrol+ment|study)\s+)?"
            r"(?:criteri(?:on|a)|requirement|required|necessary|needed)\b|"
            rf"\b(?:no|without\s+an?)\s+(?:minimum|baseline|threshold|cut-?off|entry)\s+"
            rf"(?:[\w\-]+\s+){{0,2}}?(?:{scales})\b|"
            rf"\b(?:no|without\s+an?)\s+(?:{scales})\s+(?:[\w\-]+\s+){{0,2}}?(?:threshold|"
            r"cut-?off|minimum|criterion)\b|"
            rf"\b(?:did|does|do)\s+not\s+require\s+(?:an?\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{scales})"
            r"\b[^.;]{0,40}|"
            # the threshold given as the example of a criterion there was none of: "no
            # depression severity criterion (e.g., HAM-D >= 17)"
            r"\b(?:no|without\s+(?:an?|any))\s+(?:[\w\-]+\s+){0,3}?(?:criteri(?:on|a)|threshold|"
            r"cut-?off|minimum|requirement)\s*\([^()]*\)",
            re.I,
        ),
        # "dysthymic disorder (early onset, with or without superimposed major depressive
        # episodes)", "MDD, with or without melancholic features": a specifier of the
        # diagnosis everyone was taken in with, not a mix of people with and without it
        specifier=Folded(
            rf"(?<![\w\-])(?:{c['disorder_pattern']})(?:\s+disorder)?\s*(?:\(\s*(?:[^()]{{0,40}}?,\s*)?|,\s*)?"
            rf"with\s+(?:or|and)\s+without\s+(?:\w+\s+){{0,3}}?(?:{fam})\w*",
            re.I,
        ),
        family=re.compile(fam, re.I),
        checklist_record=Folded(c["checklist_record_pattern"], re.I),
        checklist_sentence=Folded(c["checklist_sentence_pattern"], re.I),
        checklist_item=Folded(c["checklist_item_pattern"], re.I),
    )


@dataclass
class Topic:
    """The on-topic decision with its evidence and, when off, the reason in a few words."""

    is_drug: bool  # the watched drug at its low dose is the study's own
    has_condition: bool  # the condition (or mood) is a condition or outcome
    on_topic: bool
    reason: str | None
    drug_evidence: str | None
    condition_evidence: str | None


def _first(rx: Folded, sentences: list[Sentence]) -> Sentence | None:
    if not rx.search("\n".join(s.text for s in sentences)):
        return None  # one search over the record settles most patterns
    return next((s for s in sentences if rx.search(s.text)), None)


def _mg(value: float) -> str:
    return f"{value:g} mg"


def not_given_reason(drug: str) -> str:
    """The reason given when the text names the drug but no sentence gives it (a record
    whose title does not name it): a reading of wording the registry's arms can overrule."""
    return f"{drug} named, but not given in the study"


def no_condition_reason(condition: str) -> str:
    """The reason given when participants take the drug but the record names neither the
    condition nor a mood outcome: a derived report that leaves the condition to its trial
    (the studies layer gives it the trial's population)."""
    return f"no {condition} or mood outcome"


def nobody_reason(drug: str) -> str:
    """The reason given when the record says it has no participants ("No participants
    were enrolled"): for a methods paper, nobody ever takes the drug; for a registered
    trial withdrawn before enrolment, its arms still say what the study would have given,
    and the registry's structure overrules the reading (a stopped protocol)."""
    return f"no participants: nobody in the study takes {drug}"


def untaken_reason(drug: str) -> str:
    """The reason given when a study read as observational names the drug but no sentence
    says its people took it: a reading of the design a registration's structure can
    overrule (an interventional registration is no observational study)."""
    return f"{drug} named, but nobody in the study takes it"


def decide(doc: Doc, drug_doses: list[Dose], *, design: str | None = None) -> Topic:
    """Decide on_topic from the wording, the drug's doses and MeSH/substances.

    The low dose must be the study's own intervention: "LDN has been tried in
    depression" in the background of a kappa-antagonist trial is a passing mention, and
    that trial's agent decides. Reviews and notices speak of earlier work, so every
    sentence of theirs counts. Animal work dosed only per kilogram is not the low dose,
    whatever it models.
    """
    spec = doc.spec
    drug = spec.drug
    a = doc.article
    named = [(s, m) for s in doc.sentences for m in doc.drug(s)]
    any_drug = bool(named) or spec.index_names_drug([*a.mesh_terms, *a.chemicals])
    # "X could not be included", "no trial of X was found", "unlike X": not given
    flags = [roles.named_aside(s, m.start, m.end) for s, m in named]
    # in a trial, the drug as people's history ("41% had previously taken X") is what
    # they came in with, not an arm (an observational study's exposure is its history)
    trial = design in _TRIAL_DESIGNS and not doc.structure.notice
    # (... or as what it forbids them to take up: "Restarting X during the trial was not
    # allowed")
    # (... and in any design, the drug people had to stop when the study began: "had been
    # taking X before the switch, which was stopped")
    history = [
        (
            trial
            and (
                roles.named_as_history(s, m.start, m.end)
                or roles.named_as_forbidden(s, m.start, m.end)
            )
        )
        or roles.named_as_stopped_at_entry(s, m.end)
        for s, m in named
    ]
    flags = [a or h for a, h in zip(flags, history, strict=True)]
    # the drug named only in a reason fronted before the study's act, where the act names
    # neither the drug nor it by reference and no title names it ("Because opioid
    # antagonists, including X, have been discussed as mood modulators, we examined
    # whether the samidorphan component ..."): the study's motive, not its arm (CONTRACT.md:
    # LDN named only in the rationale is not on-topic)
    if not any(s.is_title for s, _ in named):
        flags = [
            out or _motive_only(doc, s, m.start) for (s, m), out in zip(named, flags, strict=True)
        ]
    found = [sm for sm, out in zip(named, flags, strict=True) if not out]
    # the dose written beside a drug named only as a point of reference ("unlike X
    # (1-5 mg), ...") is that reference's dose, not one given in the study
    aside = [sm for sm, out in zip(named, flags, strict=True) if out]
    if aside:
        drug_doses = [d for d in drug_doses if not _beside(d, aside)]
    synthesis = design in ("review", "meta_analysis")
    # a notice restates the article it is about, so every sentence counts; an opinion
    # piece that answers no article is about its own subject, and the drug named only in
    # its account of earlier work ("earlier small studies of X ...") is background there
    # as anywhere (CONTRACT.md: LDN named only in the background is not on-topic)
    all_count = synthesis or (doc.structure.notice and not doc.structure.standalone)

    # the study's own words: not in a clause about other or future work ("...;
    # comparison with X is warranted"). A review or a notice speaks of other work
    # throughout, so its every sentence counts, but not one that names the drug only as
    # what nobody has tried yet ("X has not been tested with Y", "future studies should
    # test X") or, in a review, as barely studied earlier work outside what it reviews
    # ("X has so far been tested in one pilot"): the title, or a sentence of its own,
    # must name it ("X has been evaluated in three trials" reports what it reviewed).
    # a review whose title names another subject ("Opioid antagonists for alcohol use
    # disorder ...") and adds the drug as a further item ("we also discuss the off-label
    # use of X for depression") reviews that subject, with X an add-on
    # ... and one that says what it reviews in a sentence of its own that leaves the drug
    # out ("We review aticaprant, navacaprant and CERC-501") and names the drug only as
    # the foil it sets its subject against ("we contrast these agents with X", "Beyond
    # X: ..." in the title) reviews that subject: X is its point of comparison, not
    # something reviewed (a review that names X in its title or its scope reviews X)
    titled = any(s.is_title and not roles.named_as_foil(s, m.start) for s, m in found)
    other_subject = (
        synthesis
        and not titled
        and any(roles.states_review_scope(s) and not doc.drug(s) for s in doc.sentences)
        and not any(roles.states_review_scope(s) for s, _ in found)
    )
    # (... and in an unlabelled abstract, the sentences before that statement of scope are
    # its background, as a labelled background is: "Earlier attempts included X, tested
    # in a 12-patient pilot. This review focuses on A and B")
    lead_in = (
        min(
            (s.index for s in doc.sentences if roles.states_review_scope(s) and not doc.drug(s)),
            default=-1,
        )
        if other_subject
        else -1
    )

    def added_on(s: Sentence, at: int) -> bool:
        return (
            synthesis
            and not titled
            and (roles.also_covered(s, at) or (other_subject and roles.named_as_foil(s, at)))
        )

    # a review that says it found no study of the drug ("no eligible trials of X were
    # identified", "X could not be included") reviewed none: where its title does not name
    # the drug, its other mentions are the gap it points at ("candidate agents such as X
    # require adequately powered trials"), unless a sentence reports work on X it took in
    # (CONTRACT.md: participants in the study must receive LDN; LDN only as an absence is
    # not on-topic)
    absent = (
        synthesis
        and not any(s.is_title for s, _ in named)
        and any(
            roles.named_absent(s, m.start, m.end)
            for (s, m), out in zip(named, flags, strict=True)
            if out
        )
    )

    def in_scope(s: Sentence, at: int) -> bool:
        if absent and not roles.takes_in(s):
            return False
        if all_count:
            # (... or said to be treated only in passing: "other approaches, such as X,
            # are briefly mentioned")
            # (... or, in a review whose stated scope leaves the drug out, named only in
            # its background: "Background: Interest in the opioid system was renewed by
            # small studies of X" before "We searched for trials of A and B" is the scene
            # the review sets, not what it reviews; "X has been tested in two trials"
            # outside a background still reports work it reviewed)
            outside = synthesis and (
                (s.prior and roles.barely_studied(s))
                or roles.in_passing(s, at)
                or added_on(s, at)
                or (other_subject and s.background)
                or (s.unlabelled and not s.is_title and s.index < lead_in)
                # (... or set aside by the next sentence: "X was tested in a 12-patient
                # pilot and a 96-patient trial. We do not review these here.")
                or (
                    s.index + 1 < len(doc.sentences)
                    and doc.sentences[s.index + 1].index == s.index + 1
                    and roles.sets_aside_before(doc.sentences[s.index + 1])
                )
            )
            # (a title naming the drug only as a foil, "Alternatives to X: ...", names
            # what the review sets its subject against)
            if s.is_title:
                return not added_on(s, at)
            return not (s.future or outside)
        return roles.own_at(s, at)

    own_found = [(s, m) for s, m in found if in_scope(s, m.start)]
    passing = bool(found) and not own_found  # named only in background / earlier work
    low_sent = next((s for s, m in own_found if m.kind in ("low", "very_low")), None)
    # (a dose the study leaves out, "excluding 50 mg tablets", or an arm an amendment
    # removed, is given to nobody: it does not make the drug a standard dose)
    human = [d for d in drug_doses if not d.per_kg and not d.bound and not d.dropped]
    # a fixed titration's dose is its target (CONTRACT.md): a start in the band raised for
    # everyone to a target above it ("starting at 3 mg/day and titrated to 12 mg/day",
    # "2 mg daily, up-titrated to 10 mg") gives nobody a low dose to stay on. A raise for
    # some only (non-responders), a flexible range or a dose-finding escalation keeps
    # every level.
    human = [d for d in human if not _titrated_above(d, human, spec.low_max_mg)]
    # a low dose the person moved on from to a dose above the band told in the same
    # sentence ("prescribed 4 mg twice daily (8 mg/day) after partial response to 4.5 mg",
    # "was switched from 3 mg nightly to 4 mg twice a day"): history, not the regimen the
    # report studies (CONTRACT.md: the total daily dose; only a dose received counts)
    human = [d for d in human if not _left_for_above(d, human, spec.low_max_mg)]
    # (a low dose the record names only as other or future work gives it to nobody here)
    # (... but one it says it gave as well, "the same dose as the 2017 pilot (1 mg b.i.d.)")
    # (... nor does one a review adds on to its subject)
    low = [
        d
        for d in human
        if spec.is_low(d.mg_per_day)
        and (in_scope(d.sentence, d.start) or (d.own and not absent))
        and not added_on(d.sentence, d.start)
        # (... nor one written beside the drug where a review of another subject names
        # it only to set the scene: "X (1.5-4.5 mg) is noted by way of background")
        and not (other_subject and not in_scope(d.sentence, d.start))
        # (... nor one a review says it leaves out: "X at low doses (1-5 mg/day) is not
        # considered in this review")
        and not (synthesis and roles.left_out(d.sentence.text, d.start, d.start + len(d.span)))
    ]
    above = [d for d in human if d.mg_per_day > spec.low_max_mg]
    standard = [d for d in above if spec.is_standard(d.mg_per_day)]
    # the authors' "low-dose" is not the spec's: 25 mg/day called "low dose" is a
    # standard dose, 12.5 mg is neither. A dose above the band that the study gives
    # itself, with no dose in the band anywhere, overrides the wording. A review surveys
    # every dosing, so not there.
    own_above = [] if all_count else [d for d in above if d.sentence.own]
    own_standard = [d for d in own_above if spec.is_standard(d.mg_per_day)]
    # the opening of an objective section speaks of the field ("X is commonly taken as 4.5
    # mg at night"): its low dose gives way where the study's own sentences give a dose
    # above the band and none in it (as the doses themselves do, extract.py)
    if (
        low
        and all(d.sentence.preamble for d in low)
        and any(not d.sentence.preamble for d in own_above)
    ):
        low = []
    if low and design in _TRIAL_DESIGNS and not all_count:
        # a trial that gives a dose above the band and names a low dose only outside its
        # methods, in no clause that gives it ("low doses (1-5 mg) are a separate
        # question"): the low dose is a point of reference, the dose above is the study's
        given_above = [d for d in own_above if _dose_given(doc, d)]
        reference = given_above and not any(
            _dose_given(doc, d) or d.sentence.in_methods for d in low
        )
        # ... and one whose every low dose is a first step told on its own ("Dosing began
        # at 6 mg for the first week", "The initial dose was 3 mg") before the fixed dose
        # above the band it assigns ("randomised to X 12 mg once daily or placebo"): the
        # start is a step onto that dose, which is the target (CONTRACT.md: a fixed
        # titration's dose is its target), so nobody stays on a low dose
        onto_above = any(
            not (e.titration or e.conditional or e.flexible or e.escalation or e.later)
            for e in given_above
        ) and all(
            doses_rules.first_step(d)
            and not (d.conditional or d.flexible or d.escalation or d.later or d.kept)
            for d in low
        )
        if reference or onto_above:
            low = []
    per_kg = [d for d in drug_doses if d.per_kg]
    kept = doc.remember("kept_text", _kept_text)
    depot = spec.not_low_formulation.search(kept) is not None
    lookalike = spec.lookalike_in(kept)
    if depot or own_standard:
        # a low dose given only to start people on the depot or standard dose ("low-dose
        # oral X (as little as 1 mg) was used during rapid induction to precipitate
        # withdrawal", "a 1 mg challenge dose before the first injection") is a step onto
        # that regimen, not the low dose as a treatment (CONTRACT.md: standard-dose X is
        # not LDN)
        low = [d for d in low if not _induction_step(d.sentence)]
        if low_sent is not None and _induction_step(low_sent):
            low_sent = next(
                (
                    s
                    for s, m in own_found
                    if m.kind in ("low", "very_low") and not _induction_step(s)
                ),
                None,
            )
    if low_sent is None and not (lookalike or above or depot) and _given(own_found):
        # "X has been proposed for pain; we asked whether it lifts mood. Thirty adults took
        # X nightly": a sentence citing earlier work can still name the study's own drug
        # when the study says it gave the drug and nothing else is studied
        # (... not one that names the low dose only as what is still to be tried, "whether
        # low-dose X acts otherwise remains untested", or in a clause of the study's own
        # sentence that the roles set apart as other or future work, "...; trials of
        # low-dose X are still needed", nor in a clause that keeps it out, "studies of
        # low-dose X were excluded": the drug the study gave is then at another dose, the
        # low one is the road not taken)
        low_sent = next(
            (
                s
                for s, m in found
                if m.kind in ("low", "very_low")
                and not s.background
                and not s.future
                and not (s.own and not roles.own_at(s, m.start))
                and s.admitted[m.start : m.end].strip()
            ),
            None,
        )

    drug_evidence: str | None = None
    if design == "preclinical":
        # a per-kg animal dose or an in-vitro concentration, even one "modelling" the low
        # dose, or the human dose the rationale cites ("X, 1.5-4.5 mg/day in patients, is
        # thought to act on microglia"): nobody in an animal or cell study takes the
        # spec's low dose, a human daily dose
        drug_evidence = None
    elif low_sent is not None and not (own_above and not low) and not depot:
        drug_evidence = low_sent.text
    elif low and not (depot and not low_sent):
        drug_evidence = low[0].sentence.text
    # a study that observes people (a cohort, a registry, a genetic study) is about the
    # drug only if its people took it: a sentence saying someone used it ("LDN users",
    # "prescribed LDN"); "any benefit of LDN would arise from ..." is not, and neither is
    # a dose written beside the drug named as a candidate ("agents such as X (1.5-4.5 mg)")
    untaken = (
        drug_evidence is not None
        and design == "observational"
        and not all_count
        and not _given(own_found)
    )
    if untaken:
        drug_evidence = None
    # ... nor where it says nobody took the low dose ("No fills of naltrexone at doses below
    # 50 mg were recorded", "Data on low-dose use were not available") and no low dose is
    # given: the low dose named in its opening is the field's, not its people's
    if (
        drug_evidence is not None
        and not low
        and any(_LOW_DOSE_DENIED.search(s.text) for s in doc.sentences if s.own)
    ):
        drug_evidence = None
    # a study whose title does not name the drug gives it only where a sentence says so
    # ("were randomised to X", "X 4.5 mg was added"); "X reduced depression in small
    # trials. We randomised 80 adults to minocycline" names X as background, however the
    # abstract is laid out
    unnamed = (
        drug_evidence is not None
        and not all_count
        and design not in ("observational", "preclinical")
        and not any(s.is_title for s, _ in found)
        and not any(_gives(doc, s, m) for s, m in own_found)
    )
    # ... and a trial whose own allocation lists its arms, none of them the drug, one of
    # them another agent at a dose ("we randomized 118 adults to buprenorphine 0.2-1.2
    # mg/day or placebo"), gives the drug to nobody when it states no dose of the drug
    # either: the drug named in its sentences ("having found low-dose X well tolerated,
    # we randomized ...", "instead of low-dose X, ...") is the work it comes after or
    # sets itself against (CONTRACT.md: participants must receive LDN)
    if (
        drug_evidence is not None
        and not unnamed
        and not low
        and not all_count
        and design in _TRIAL_DESIGNS
        and not any(s.is_title for s, _ in found)
        and _arms_without_drug(doc)
    ):
        unnamed = True
    if unnamed:
        drug_evidence = None
    # a record that says it has nobody of its own ("No patient data are reported": a
    # methods paper on a compounded solution) gives the drug to no one. Reviews, notices
    # and protocols (planned people) keep their rules, and so does a model, whose
    # simulated patients stand for the trials it draws on (labelled on-topic)
    # ... and neither does a model whose only people are virtual ("1,000 virtual adults"
    # given simulated regimens) and which models no mood outcome: a pharmacokinetic or
    # receptor model names the condition only as where its doses may be used (so does one
    # that simulates the drug's regimens through a pharmacokinetic or occupancy model built
    # from others' data, with no people of its own at all). A model of
    # the condition's course (a depression scale, remission, relapse, QALYs) keeps the
    # models' rule above.
    nobody = (
        drug_evidence is not None
        and not all_count
        and design not in ("protocol", "preclinical")
        and (
            (design_rules.nobody(doc) is not None and not design_rules.modelled(doc))
            or (
                design == "other"
                and (
                    design_rules.virtual_people(doc) is not None
                    or design_rules.simulated_dosing(doc) is not None
                )
                and not _mood_modelled(doc)
            )
        )
    )
    if nobody:
        drug_evidence = None
    # a study that says it gave the drug to none of its people ("No participant received
    # X", "X was not administered": a scan of unmedicated patients whose doses of X are
    # modelled occupancies) gives it to nobody, whatever doses it models or names
    # (CONTRACT.md: on-topic only if participants receive LDN). A review, a notice, a
    # protocol and animal work keep their rules.
    given_to_none = (
        drug_evidence is not None
        and not all_count
        and design not in ("protocol", "preclinical")
        and (
            any(
                roles.given_to_nobody(s, m.start, m.end)
                for s, m in named
                # (a hedge in another clause leaves the denial plain: "no patient was
                # taking X, so the question could not be addressed")
                # (... or a sentence opening with the drug's denial, whatever cited work a
                # later clause brings: "X was not prescribed during the period, although
                # staff cited the pilot")
                if (s.is_title or s.own or (m.start == 0 and not s.future))
                and not roles.hedged_clause(s, m.start)
            )
            # (an arm removed before anyone was enrolled is told plainly, whatever hedge
            # gives its reason: "because the supply could not be verified, the X arm was
            # removed")
            or any(roles.arm_dropped(s, m.start, m.end) for s, m in named if s.is_title or s.own)
            # (... or the study's people said to have had none of the study drug, named
            # only generically: "No participant received study medication", "none was
            # randomised", "she had not taken a single dose")
            or any(
                roles.study_drug_untaken(s)
                for s in doc.sentences
                if s.own and not s.is_title and not s.future and not s.hedged
            )
            # (... or a study that is no trial leaves out everyone who takes or ever took
            # it: "Respondents currently or previously taking X were excluded", a survey
            # of attitudes to the drug among people who have never had it)
            or (
                design not in _TRIAL_DESIGNS
                and any(roles.users_excluded(s, m.start, m.end) for s, m in named if s.own)
            )
        )
    )
    if given_to_none:
        drug_evidence = None
    # a review or meta-analysis whose words are those of animal or in-vitro work ("studies
    # in rats and mice ... forced swim test", "cultured microglial cells") synthesises
    # work in which nobody takes the spec's human low dose, however it names the off-label
    # use in people it sets out to test (CONTRACT.md: participants must receive LDN;
    # animal work is not on-topic)
    animal_synthesis = drug_evidence is not None and synthesis and design_rules.animal_work(doc)
    if animal_synthesis:
        drug_evidence = None
    is_drug = drug_evidence is not None

    # (a notice restates its article's outcome only where it names no dose of the drug above
    # the band: a letter on a 12 mg or 50 mg trial names the low dose as the road not taken)
    restated = all_count and not synthesis and not above
    mood, mood_evidence = _condition(doc, synthesis=synthesis, restated=restated)
    # a survey of professionals gives the drug to nobody: its condition is the one it
    # asks about, so the condition must be its subject (in the title, or named on its
    # own), not one item of a list of indications the drug is prescribed or dispensed for
    # ("prescriptions for X for fibromyalgia, multiple sclerosis and <the condition>")
    side_indication = mood and professionals(doc) and not _survey_subject(doc)
    if side_indication:
        mood, mood_evidence = False, None
    # ... and a study of spontaneous safety reports tallies every reaction reported: the
    # condition must be its subject (its title, or what it set out to measure), not one
    # reaction of the tally of its results ("insomnia (14%), headache (9%), ... and
    # depression (3%)") or its closing advice ("prescribers should monitor mood")
    side_reaction = (
        mood
        and design == "observational"
        and design_rules.safety_reports(doc)
        and not _reactions_subject(doc)
    )
    if side_reaction:
        mood, mood_evidence = False, None

    reason: str | None = None
    if not any_drug:
        reason = lookalike.reason if lookalike else f"no {drug}"
    elif not is_drug:
        if nobody:
            reason = nobody_reason(drug)
        elif animal_synthesis:
            reason = f"a review of animal or in-vitro work: nobody in it takes {drug}"
        elif given_to_none:
            reason = f"{drug} given to no participant in the study"
        elif any(history) and not own_found:
            reason = f"{drug} named only as what participants took before the study"
        elif other_subject and found and not own_found:
            reason = f"a review of another subject: {drug} named only as its point of comparison"
        elif untaken:
            reason = untaken_reason(drug)
        elif unnamed:
            reason = not_given_reason(drug)
        elif lookalike and (passing or not own_found or lookalike.contains_drug) and not own_above:
            reason = lookalike.reason
        elif (own_standard if own_above else standard) or depot:
            reason = f"standard-dose {drug}"
        elif above:
            # (the study's own dose names the band: "12.5 mg" given, "50 mg" cited)
            first = (own_above or above)[0]
            reason = f"{drug} {_mg(first.mg_per_day)}/day: neither low nor standard dose"
        elif lookalike:
            reason = lookalike.reason
        elif per_kg:
            reason = f"{drug} dosed per kg, not low-dose"
        elif design == "preclinical":
            reason = f"animal or in-vitro {drug}, not a human low dose"
        elif aside and not found:
            reason = f"{drug} named only as left out of the study or as a point of reference"
        elif passing:
            reason = f"{drug} named only as earlier or other work"
        else:
            reason = f"{drug} not at a low dose"
    elif side_indication:
        reason = f"a survey of professionals: {spec.condition} only one of {drug}'s indications"
    elif side_reaction:
        reason = f"safety reports: {spec.condition} only one of the reactions reported"
    elif not mood:
        reason = no_condition_reason(spec.condition)
    return Topic(
        is_drug=is_drug,
        has_condition=mood,
        on_topic=reason is None,
        reason=reason,
        drug_evidence=drug_evidence,
        condition_evidence=mood_evidence if reason is None else None,
    )


# a condition word counted in a tally: "depression (3%)", "depression (n = 9)"
_TALLIED = re.compile(r"\s*\((?:n\s*=\s*)?\d", re.I)


def _motive_only(doc: Doc, s: Sentence, at: int) -> bool:
    """The drug at ``at`` is named only in a reason fronted before the study's own act,
    which names no drug of the watch after it (``roles.fronted_reason_end``)."""
    end = roles.fronted_reason_end(s, at)
    return end is not None and not any(m.start >= end for m in doc.drug(s))


def _reactions_subject(doc: Doc) -> bool:
    """A study of safety reports names the condition as its subject: in its title, or in a
    sentence of its own that says what it measured (its objective or methods, or an
    unlabelled sentence that is no tally of reactions)."""
    spec = doc.spec
    for s in doc.sentences:
        if not s.is_title and (not s.own or s.exclusion or s.in_results or s.in_conclusion):
            continue
        for m in spec.outcome.finditer(s.admitted):
            if not s.is_title and s.masked[m.start() : m.start() + 1] == " ":
                continue  # (a clause about other work)
            if s.unlabelled and _TALLIED.match(s.text, m.end()):
                continue
            return True
    return False


# an arm that is an agent given at a dose ("buprenorphine 0.2-1.2 mg/day", "ketamine
# 0.5 mg/kg"), not a placebo, sham or usual care
_DOSED_ARM = re.compile(r"\d\s*(?:mg|µg|μg|mcg|ug|g)\b", re.I)


def _arms_without_drug(doc: Doc) -> bool:
    """The study's own allocations list arms, none holding the drug and at least one
    another agent at a dose (``_DOSED_ARM``)."""
    found: list[arms.Arm] = []
    for s in doc.sentences:
        if s.background or s.prior or s.future or s.is_title:
            continue
        found += arms.arms_in(doc, s)
    return (
        bool(found)
        and not any(a.has_drug for a in found)
        and any(_DOSED_ARM.search(a.text) for a in found)
    )


# what a model of the condition's course predicts: a depression scale's scores, or the
# states of the illness and their worth ("remission", "relapse", "responders", "QALYs")
_COURSE = (
    r"remissions?|remitt\w*|relapses?|responders?|response\s+rates?|QALYs?|"
    r"quality[\s\-]adjusted|depression[\s\-]free"
)


def _mood_modelled(doc: Doc) -> bool:
    """The model's outcome is the condition: a severity scale or a state of its course."""
    rx = doc.spec.compiled(
        "mood_modelled",
        lambda spec: re.compile(rf"\b(?:{spec.cond['severity_scale_pattern']}|{_COURSE})\b", re.I),
    )
    return rx.search(doc.text) is not None


_TRIAL_DESIGNS = frozenset({"rct", "nonrandomized_trial", "protocol"})


def _dose_given(doc: Doc, d: Dose) -> bool:
    """The title names the dose, or the clause holding it says the study gives it
    ("randomised to X 12.5 mg"), or it lies in one of the study's arms."""
    s = d.sentence
    if s.is_title:
        return True
    a = s.text.rfind(";", 0, d.start) + 1
    b = s.text.find(";", d.start)
    if _GIVES.search(s.text[a : b if b >= 0 else len(s.text)]):
        return True
    return any(arm.start <= d.start < arm.end for arm in arms.arms_in(doc, s))


_BESIDE = re.compile(r"\s*[(\[,]?\s*(?:at\s+|of\s+)?", re.I)


def _beside(d: Dose, aside: Sequence[tuple[Sentence, DrugMention]]) -> bool:
    """The dose follows, at once, a mention of the drug named aside in its sentence."""
    return any(
        s is d.sentence and m.end <= d.start and _BESIDE.fullmatch(s.text, m.end, d.start)
        for s, m in aside
    )


def _kept_text(doc: Doc) -> str:
    """The record's text without the look-alikes and depot forms it says it kept out
    ("naltrexone-bupropion and injectable naltrexone were excluded")."""
    spec = doc.spec
    parts = []
    for s in doc.sentences:
        text = s.text
        if s.exclusion:
            for rx in (spec.not_low_formulation, *(x.pattern for x in spec.lookalikes)):
                for m in rx.finditer(s.text):
                    if drugs.ruled_out(s.text, m.start(), m.end()):
                        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        parts.append(text)
    return " ".join(parts)


# the study gave the drug to people: "took naltrexone", "were randomized to", "LDN users"
_GIVEN = Folded(
    r"\b(?:took|taking|takes?|taken|received?|receiving|given|administered|treated|prescrib\w*|"
    r"started|starting|added|dosed|randomi[sz]ed|allocated|assigned|initiat\w*|users?|"
    # ... or in any tense: "in whom the clinician has decided to start X", "who begin X",
    # "whose prescriber chooses to commence X" (the people of a cohort or a registry)
    r"starts?|begins?|beginning|began|begun|commenc\w*|switch\w*|"
    # (... or the suspected drug of a safety report, "reports in which X was suspected")
    r"uses?|used|using|expos\w*|suspect(?:ed)?|treatment|therapy|intake|dispens\w*|"
    r"adheren\w*)\b",
    re.I,
)


# the study gives the drug: a verb of giving, allocating or comparing in the clause
# ("were randomised to X", "X was added", "received X", "we evaluated X")
_GIVES = Folded(
    r"\b(?:took|taking|takes?|taken|received?|receiving|given|giving|gave|administered|"
    r"administration|treated|prescrib\w*|started|starting|initiat\w*|added|adding|dosed|"
    r"randomi[sz]\w*|randomly|allocated|allocation|assigned|switched|titrated|continued|"
    r"versus|vs|compared|comparing|will\s+(?:receive|take|be\s+given)|"
    r"(?:we|this\s+(?:study|trial))\s+(?:\w+\s+)?(?:evaluated|tested|investigated|examined|"
    r"studied|assessed|used|gave))\b|"
    # the record's own study of the drug: "this dose-finding study of X", "our pilot"
    r"\b(?:this|our|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:study|trial|pilot|RCT|"
    r"protocol|report|case|series|cohort|analysis)\b",
    re.I,
)


def _gives(doc: Doc, s: Sentence, m: DrugMention) -> bool:
    """The clause naming the drug says the study gives it (or the drug is an arm)."""
    a = s.text.rfind(";", 0, m.start) + 1
    b = s.text.find(";", m.end)
    clause = s.text[a : b if b >= 0 else len(s.text)]
    # (in a hedged sentence, the drug's usual use set off after its name, "Oral X, taken
    # daily, may act through slower mechanisms", describes the drug, not what the study gave)
    aside = _USE_ASIDE.match(s.text, m.end) if s.hedged else None
    if any(
        not _POSSIBLY.search(clause[: g.start()])
        and not (aside is not None and m.end <= a + g.start() < aside.end())
        # ("Oral LDN trials, which this study did not test, ...": the study denies it)
        and not _DENIED_AFTER.match(clause, g.end())
        for g in _GIVES.finditer(clause)
    ):
        return True
    named_arm = _ARM_NAME.match(s.text, m.end)
    if named_arm and not _POSSIBLE_ARM.match(s.text[named_arm.end() : a + len(clause)]):
        return True  # "the X arm" (but not "an X arm might be opened later")
    return any(arm.start <= m.start < arm.end for arm in arms.arms_in(doc, s))


# the study said not to have done it, right after naming itself: "which this study did not
# test", "that the present trial never examined"
_DENIED_AFTER = re.compile(
    r"\s+(?:did|does|do|has|have|had|could|was|were)\s*(?:not|n't)\b|\s+never\b", re.I
)


# a participle set off by commas straight after the drug: ", taken daily,", ", given at night,"
_USE_ASIDE = re.compile(
    r"\s*,\s*(?:usually\s+|typically\s+|often\s+|as\s+)?(?:taken|given|used|administered|prescribed)"
    r"\b[^,.;()]{0,40},",
    re.I,
)


# giving said only as a possibility: "X may be added later", "an X arm could be opened",
# "X might be offered if ...": a platform's candidate or a later option, given to nobody
# yet (what participants could keep doing, "could continue their X", is a method)
_POSSIBLE_ARM = re.compile(
    r"^[^.;]*?\b(?:may|might|could)\s+(?!keep|continue|remain|stay|take\s+part)", re.I
)
_POSSIBLY = re.compile(
    r"\b(?:may|might|could)\s+(?:(?!keep|continue|remain|stay)\w+\s+){0,2}?(?:be\s+)?$", re.I
)


# the drug names an arm of the study: "the LDN group", "the naltrexone 4.5 mg arm"
# (... its dose written per day: an amendment's "to add a naltrexone 6 mg/day arm", "the
# LDN 3 mg daily group")
# (... or the study's regimen of it: "The LDN regimen (titration to 4.5 mg nightly) and
# the primary outcome are unchanged", an amendment's "the naltrexone dosing schedule":
# what the study's people are given, said of the regimen rather than of them)
_ARM_NAME = re.compile(
    r"[\s\-]*(?:\(?[\d.,]+\s*mg(?:\s*/\s*d(?:ay)?\b|\s+(?:daily|nightly|a\s+day|per\s+day)\b)?"
    r"\)?\s*)?(?:group|arm|condition|regimen|dosing|schedule|titration)s?\b",
    re.I,
)


# "patients on LDN", "those on low-dose naltrexone"
_ON_BEFORE = re.compile(r"\bon\s+(?:(?:very|ultra)[\s\-]*)?(?:low[\s\-]*dose\s+)?$", re.I)


# the drug named only as what the findings point to, not as anything the people took:
# "... treated with SSRIs: implications for X", "relevance to X augmentation", "patients who
# could benefit from X", "may be candidates for X" (the verb of giving in the sentence is of
# the other drug; CONTRACT.md: LDN only in the implications is not on-topic), or as what the
# people of a survey think of it
_POINTED_TO = re.compile(
    r"(?:\b(?:implications?|relevan(?:ce|t)|lessons?|rationale|(?:a|the)\s+basis|(?:a|the)\s+case|"
    r"prospects?)\s+(?:for|to)|\b(?:could|may|might|would|will)\s+(?:\w+\s+)?(?:benefit\s+from|"
    r"respond\s+to)|\bcandidates?\s+for|"
    # ... or as what people think of it, in a survey of attitudes: "would consider X instead
    # of an antidepressant", "would consider switching from their antidepressant to X",
    # "willingness to try X", "had heard of X", "interest in X", "awareness of X"
    r"\b(?:would|might|could)\s+(?:\w+\s+)?consider(?:\s+(?:trying|taking|using|starting)|"
    r"\s+switching\s+(?:[\w\-]+\s+){0,5}?to)?|\bwilling(?:ness)?\s+to\s+(?:try|take|use|start|"
    r"switch\s+to)|\b(?:interest|trust)\s+in|\bawareness\s+of|\bheard\s+(?:of|about)|"
    r"\bviews?\s+(?:on|of)|\battitudes?\s+(?:to|towards|about))"
    r"\s+(?:(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:of|with)\s+)?"
    r"(?:(?:very|ultra)[\s\-]*)?(?:low[\s\-]*dose\s+)?$",
    re.I,
)

# a record saying nobody took a low dose: "no fills of naltrexone at doses below 50 mg were
# recorded", "nobody received doses under 50 mg", "data on low-dose use were not available"
_LOW_DOSE_DENIED = Folded(
    # (what was taken, denied: not "no clear difference between doses below 3 mg and ...")
    r"(?:\b(?:no|none\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?(?:fills?|prescriptions?|dispensings?|"
    r"users?|exposures?)\b|\b(?:nobody|no\s+(?:one|patients?|participants?|women|users?))\s+"
    r"(?:received|took|filled|used|was\s+prescribed|were\s+prescribed)\b)"
    r"(?:[^.;]|\.\d){0,50}?\bdoses?\s+(?:below|under|less\s+than|lower\s+than|of\s+less\s+than)\s+"
    r"\d+(?:\.\d+)?\s*mg\b|"
    r"\b(?:data|information|records?)\s+(?:on|about|for)\s+low[\s\-]+dose\s+(?:use|users|"
    r"prescri\w+|exposure)\s+(?:were|was|are|is)\s+(?:not\s+available|unavailable|lacking|missing)\b",
    re.I,
)


def _given(own_found: Sequence[tuple[Sentence, DrugMention]]) -> bool:
    """One of the study's own sentences naming the drug says someone was given it (a
    genetic study that only speculates about "any benefit of X" gave it to nobody). A
    phrase about another study ("which we plan to test in a randomised trial") is not,
    nor the drug named as what the findings point to ("implications for X")."""
    return any(
        (
            _GIVEN.search(s.masked or s.text)
            or _ON_BEFORE.search(s.text[max(0, m.start - 30) : m.start])
        )
        and not _POINTED_TO.search(s.text[max(0, m.start - 80) : m.start])
        for s, m in own_found
    )


# the condition named but not measured as an outcome of the study: a general statement
# that another disease "frequently coexists with depression"; a screen "to describe the
# cohort" ("38% screened positive for depression"); a measure nobody used ("none of the
# trials used a measure of depression")
_NOT_MEASURED = Folded(
    r"\b(?:co-?exists?|co-?occurs?|coincides?|overlaps?)\s+with\b[^.;]*$|"
    # ... or said as a noun: "the frequent co-occurrence of depression and anxiety in
    # fibromyalgia populations" (a trait of the disease's people, not a finding)
    r"\b(?:co-?occurrence|co-?existence)\s+of\s+(?:[\w\-]+\s+){0,3}$|"
    # (the second of two things said of the disease too: "CPP is often refractory to standard
    # therapy and commonly accompanied by anxiety and depression")
    r"\b(?:is|are)\s+(?:(?:[\w\-]+\s+){1,6}?(?:and|or)\s+)?(?:\w+\s+)?(?:comorbid|accompanied|"
    r"associated)\s+(?:with|by)\b[^.;]*$|"
    # ... said with a hedge or in the perfect: "pruritus is known to be associated with",
    # "itch has been linked to", "is thought to be tied to" (the disease's, not a finding)
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:[\w\-]+\s+){0,3}?(?:associated|linked|"
    r"related|tied|connected)\s+(?:with|to)\b[^.;]*$|"
    r"\bscreened\s+positive\b[^.;]*$|"
    r"\b(?:none|no|neither)\b[^.;]{0,60}?\b(?:used|measured|assessed|reported|included)\b[^.;]*$|"
    r"\b(?:was|were|did|is|are|does|do|will)\s+not\s+(?:be\s+)?(?:\w+\s+)?(?:re-?)?(?:measured|assessed|"
    r"measure|assess|rated|rate|administered|administer)\b[^.;]*$|"
    # ... or a measure of it the study went without: "the trial did not include a validated
    # depression measure", "did not use any mood scale", "lacked a depression outcome"
    r"\b(?:(?:did|does|do|will)\s+not\s+(?:include|use|collect|administer|contain|have)|lack(?:ed|s)?)"
    r"\s+(?:an?\s+|any\s+)?(?:(?:validated|formal|standardi[sz]ed|specific|separate|dedicated)\s+)?$",
    re.I,
)
# a study's own findings disclaimed for the condition: "these findings say nothing about
# antidepressant effects", "our results cannot speak to any antidepressant efficacy", "the
# trial tells us nothing about mood" (what it did not measure, said of its results)
_DISCLAIMED = Folded(
    r"\b(?:says?|said|tells?|told|shows?|showed|reveals?|revealed)\s+(?:us\s+)?nothing\s+"
    r"(?:about|of|on|regarding|concerning)\s+(?:[\w\-]+\s+){0,4}?$|"
    r"\b(?:cannot|can\s*not|can't|could\s+not|do\s+not|does\s+not)\s+speak\s+to\s+"
    r"(?:[\w\-]+\s+){0,4}?$",
    re.I,
)
# ... said after the word: "Depression was not assessed", "Depression is common in MS";
# or people with it let in without being selected for it ("patients with a current
# depressive episode were not excluded")
_NOT_MEASURED_AFTER = Folded(
    # (the first of a list nobody measured: "Mood, depression and weight were not
    # measured", "Mood, sleep or anxiety were not assessed")
    r"^(?:,\s+[\w\-]+(?:\s+[\w\-]+){0,2}){0,4},?\s+(?:and|or|nor)\s+[\w\-]+(?:\s+[\w\-]+){0,2}\s+"
    r"(?:was|were)\s+not\s+(?:\w+\s+)?(?:(?:re-?)?(?:assessed|measured|evaluated|examined|"
    r"administered)|recorded|collected)\b|"
    # ... or named as what the study could not analyse, alone or in a list: "mood, quality of
    # life and function were reported too inconsistently to be pooled", "depression
    # outcomes could not be pooled", "data on mood were too sparse for meta-analysis" (a
    # review that pooled no mood outcome measured none of its own)
    r"^(?:(?:,\s+[\w\-]+(?:\s+[\w\-]+){0,2}){0,4},?\s+(?:and|or|nor)\s+[\w\-]+(?:\s+[\w\-]+){0,2}|"
    r"[\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?:(?:was|were|is|are)\s+(?:(?:reported|measured|assessed|"
    r"collected|available)\s+)?too\s+(?:[\w\-]+\s+){0,2}?(?:to\s+(?:be\s+|allow\s+)?|for\s+(?:a\s+)?)"
    r"(?:pool\w*|meta-?analy\w*|combin\w*|synthesi[sz]\w*|quantitative\s+synthesis)|"
    r"(?:could|can)\s*not\s+be\s+(?:pooled|meta-?analy[sz]ed|combined|synthesi[sz]ed)|"
    r"(?:was|were)\s+not\s+(?:pooled|meta-?analy[sz]ed))\b|"
    # (measured once at entry and never again is no outcome either: "mood was not
    # reassessed", "depressive symptoms were not re-measured after baseline")
    # (in any tense: a registration or protocol says it in the present or the future,
    # "Mood questionnaires are not administered", "depression will not be assessed")
    # ("depression was therefore not analysed": an adverb may stand before the "not")
    r"^[\w\-]*(?:\s+[\w\-]+){0,3}?\s+(?:(?:(?:was|were|is|are)\s+(?:therefore\s+|thus\s+|hence\s+|"
    r"consequently\s+)?not|will\s+not\s+be|(?:has|have)\s+not\s+"
    r"been)\s+(?:\w+\s+)?(?:(?:re-?)?(?:assessed|"
    r"measured|evaluated|examined|administered)|recorded|collected|excluded|"
    r"analy[sz]ed(?!\s+(?:separately|by|according|as\s+a|in\s+subgroups?)\b))|"
    # ... or told later in its clause: "... were measured with the PHQ-9 at entry only",
    # "... was rated only at baseline and not re-assessed"
    r"(?:(?:was|were)\s+)?[^.;]{0,60}?\b(?:only\s+at\s+(?:baseline|entry|screening|enrol\w*)|"
    r"at\s+(?:baseline|entry|screening|enrol\w*)\s+only|"
    # ... or used only to decide who came in: "... with the CES-D solely to determine
    # eligibility", "... for screening purposes only"
    r"(?:only|solely|exclusively)\s+(?:to\s+(?:determine|establish|assess|check|confirm)\s+"
    r"(?:\w+\s+)?eligibility|for\s+(?:eligibility|screening)\b)|"
    r"for\s+(?:eligibility|screening)\s+(?:purposes\s+)?only|(?:was|were)\s+not\s+re-?(?:assessed|"
    r"measured|evaluated|administered))\b|"
    # ("mood was not an outcome", "depression was not a study endpoint"; not "was not
    # the primary outcome", which leaves it a secondary one)
    # (a registration or protocol says it in the present or future: "mood is not an
    # outcome of this study", "depression will not be an endpoint")
    r"(?:(?:was|were|is|are)\s+not|will\s+not\s+be)\s+(?:an?\s+)?(?:(?:study|trial|formal|"
    r"prespecified|pre-specified|planned)\s+)?(?:outcomes?|end-?points?)\b|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:common|prevalent|frequent|present)\s+(?:in|among)\b)",
    re.IGNORECASE,
)
# the words between a mention and the next clause, opened by a conjunction: ", and ",
# "; ", ", but " (``_UNMEASURED_LATER``'s clause with the condition named again)
_NEXT_CLAUSE = re.compile(
    r"^[^.;]{0,100}?(?:[,;]\s*(?:and|but|although|though|yet)?|\s+(?:and|but))\s+$", re.I
)
# ... or said later in the sentence, of what was just named, by a pronoun or with no
# subject at all: "improved wellbeing and mood, although these were not formally
# assessed", "a brighter mood, but this was not systematically measured", "better mood
# were reported but were not captured by any instrument", "better mood; no formal mood
# assessment was made". Another subject ("..., whereas fatigue was not assessed") is
# about something else and does not match.
_UNMEASURED_LATER = re.compile(
    # (or with no new subject after "and": "Mood instruments differed between trials and
    # were not analysed")
    # (... "were recorded inconsistently and could not be analysed": none was analysed)
    r"^[^.]{0,100}?(?:[,;]|\b(?:but|although|though|yet)|"
    r"\band(?=\s+(?:(?:was|were)\s+not|(?:could|can)\s*not\s+be)\s))\s*"
    r"(?:(?:although|though|but|yet|and)\s+)?(?:(?:these|this|it|they|such\s+[\w\-]+|"
    # (a relative pronoun: "anxiety and depression, which were not formally assessed")
    r"which|(?:neither|none|both|all)\s+of\s+which|"
    r"(?:these|this|the|such)\s+(?:[\w\-]+\s+)?(?:changes?|effects?|improvements?|reports?|"
    r"observations?|benefits?))\s+)?(?:(?:(?:was|were|had|has|have|is|are)\s+(?:been\s+)?)not|"
    r"(?:could|can)\s*not\s+be)\s+"
    r"(?:\w+\s+)?(?:assessed|measured|evaluated|quantified|captured|recorded|studied|examined|"
    r"rated|documented|analy[sz]ed|harmoni[sz]ed)\b|"
    # "..., which we did not evaluate", "which the study did not measure"
    r"^[^.]{0,100}?,\s*(?:(?:neither|none|both|all)\s+of\s+)?which\s+(?:we|the\s+(?:study|"
    r"trial|authors|investigators))\s+(?:did|could|do)\s*(?:not|n't)\s+(?:\w+\s+)?(?:assess|"
    r"measure|evaluate|quantify|capture|record|study|examine|rate|document)\b|"
    r"^[^.]{0,100}?[;,]\s*(?:but\s+|although\s+|though\s+)?no\s+(?:formal|standardi[sz]ed|"
    r"validated|systematic|objective|structured)\s+(?:[\w\-]+\s+)?(?:assessments?|measures?|"
    r"measurements?|scales?|ratings?|instruments?|evaluations?)\b",
    re.I,
)
# "no <mood> measures were collected", "no depression scale was used", "no formal mood
# assessment was made"
_NO_BEFORE = re.compile(
    r"\b(?:no|without(?:\s+any)?)\s+(?:(?:formal|standardi[sz]ed|validated|systematic|"
    r"objective|structured|"
    # ... or a measure of its own besides the study's others: "no separate mood scale", "no
    # dedicated depression questionnaire", "no additional mood rating"
    r"separate|dedicated|specific|additional|distinct|independent|further)\s+)?"
    # (the second of two things nobody measured: "no separate mood or depression scale")
    r"(?:[\w\-]+\s+(?:or|and|and/or|nor)\s+)?$",
    re.I,
)
_NO_MEASURE_AFTER = re.compile(
    # (the condition may be one of two things nobody measured: "No mood or psychiatric
    # outcomes were assessed", "no depression and anxiety scales")
    r"^[\w\-]*\s+(?:(?:or|and|and/or|nor)\s+(?:[\w\-]+\s+)?)?(?:[\w\-]+\s+)?(?:measures?|scales?|ratings?|outcomes?|data|assessments?|"
    r"questionnaires?|instruments?)\b(?:\s+(?:were|was)\s+(?:collected|obtained|used|recorded|"
    r"administered|measured|assessed|included))?",
    re.I,
)
# A change said not to have been needed ("No change in her mood or in her mirtazapine dose
# was required") is a treatment decision the record reports, not a measure of the condition
_NO_CHANGE_BEFORE = re.compile(
    r"\bno\s+(?:changes?|adjustments?)\s+(?:in|to|of)\s+(?:her|his|their|the)\s+$", re.I
)
_NO_CHANGE_NEEDED = re.compile(
    r"^(?:\s+[\w\-]+){0,2}?(?:\s+(?:or|and)\s+[^.;]{0,60}?)?\s+(?:was|were)\s+"
    r"(?:required|needed|necessary)\b",
    re.I,
)
# ... or the match is itself the measure nobody took ("no specific mood rating was
# collected": the condition's pattern reads "mood rating" as one measure)
_NAMES_MEASURE = re.compile(r"\s(?:ratings?|scales?|questionnaires?|measures?)$", re.I)
# The condition said, in the general present tense, to go with another disease: its
# prevalence or risk there, a comorbidity, a confounder, the reason the drug is of
# interest. That describes the disease, not the study's people or what it measured
# (CONTRACT.md, "Mood as an outcome"); a study that measured mood or selected people
# for depression names it again where it says so. Said before the condition: "children
# with IBD have high rates of anxiety and depression", "people with long COVID are at
# increased risk of depression", "given the high prevalence of depressive symptoms in
# IBD", "up to one in three people with chronic pain experience depression". (Past
# tense is left alone: "LDN users had higher rates of depression" is a finding.)
_ACCOMPANIES = Folded(
    r"\b(?:have|has|show|shows|carry|carries|face|faces|bear|bears|at)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:high|higher|elevated|increased|raised|excess|substantial|considerable|"
    r"disproportionate)\s+(?:rates?|prevalence|incidence|burden|risk|frequency)\s+(?:of|for)\b"
    r"[^.;]*$|"
    r"\b(?:given|because\s+of|owing\s+to|in\s+view\s+of|considering)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?(?:prevalence|burden|frequency|rates?|co-?occurrence|overlap)\s+of\b[^.;]*$|"
    r"\b(?:up\s+to|as\s+many\s+as|nearly|almost|about|around|approximately|more\s+than|over)\s+"
    r"(?:\d+\s*%|half|a\s+third|a\s+quarter|one\s+in\s+\w+|\w+\s+in\s+\w+)(?:\s+of)?\s+"
    r"[^.;]{0,80}?\b(?:experience|develop|have|suffer\s+from|report|meet\s+criteria\s+for)\s+"
    r"(?:\w+\s+)?$|"
    r"\b(?:many|most)\s+(?:[\w\-]+\s+){0,5}?(?:also\s+)?(?:experience|develop|have|suffer\s+from|"
    r"report|meet\s+criteria\s+for)\s+(?:\w+\s+)?$|"
    # ... or said to be usual in them: "women with pelvic pain often also experience
    # depression", "people with lupus frequently have depressive symptoms"
    r"\b(?:often|frequently|commonly|typically|usually)\s+(?:also\s+)?(?:experience|develop|"
    r"have|suffer\s+from|report)\s+(?:\w+\s+)?$|"
    # ... or named as one of the people's other conditions: "comorbid conditions, including
    # depression and anxiety, are recorded", "comorbidities such as depression"
    r"\bco-?morbid(?:ities|\s+(?:conditions|diagnoses|disorders|illnesses|diseases))\s*,?\s*"
    r"\(?(?:including|such\s+as|e\.g\.,?|like|notably)\s+(?:[\w\-]+\s+){0,2}?$|"
    # "patients with fibromyalgia are prone to depression", "a condition often accompanied
    # by depression", "fibromyalgia is frequently complicated by depression"
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:prone|predisposed|vulnerable|susceptible)\s+to\b[^.;]*$|"
    r"\b(?:(?:is|are)\s+(?:\w+\s+)?|(?:a|the)\s+(?:condition|disease|disorder|syndrome|illness)\s+"
    r"(?:\w+\s+)?)(?:complicated|accompanied)\s+by\b[^.;]*$",
    re.I,
)
# ... said after it: "depression and sleep disturbance are frequent comorbidities of
# chronic pain", "major depression frequently accompanies fibromyalgia", "depression
# affects up to half of people with MS", "... are discussed as possible confounders"
_ACCOMPANIES_AFTER = re.compile(
    # ... or called a comorbidity of it, in an apposition or with no disease named after:
    # "depression, a common comorbidity in MS, ...", "by depression, one of its most
    # frequent comorbidities", "depression is a frequent comorbidity that can amplify it"
    r"^[\w\-]*(?:\s+[\w\-]+){0,2}?\s*,\s*(?:an?|one\s+of\s+(?:the|its|their))\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:co-?morbidit(?:y|ies)|companions?|complications?)\b|"
    r"^[\w\-]*(?:\s+[\w\-]+){0,3}?\s+(?:is|are)\s+(?:an?\s+|one\s+of\s+the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:co-?morbidit(?:y|ies)|companions?)\b|"
    r"^[\w\-]*(?:\s+[\w\-]+){0,3}?\s+(?:"
    r"(?:is|are)\s+(?:[\w\-]+\s+){0,2}?(?:co-?morbidit(?:y|ies)|complications?|features?|"
    r"companions?|consequences?|concomitants?|correlates?|confounders?|covariates?|"
    # (... or a cause of something else, in the general present: "because depression is a
    # strong determinant of MS fatigue", "depression is a known predictor of pain")
    r"determinants?|predictors?|drivers?|risk\s+factors?)\s+"
    r"(?:of|in|among|with|for)\b|"
    # (... or found to be one, of another outcome: "Baseline depression was the strongest
    # predictor of fatigue" (preprints115 PPR9900385: an MS cohort's covariate))
    r"(?:was|were)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:"
    r"determinants?|predictors?|drivers?|risk\s+factors?)\s+"
    r"(?:of|in|among|with|for)\b|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:over-?represented|widespread|more\s+common|endemic)\s+"
    r"(?:in|among)\b|"
    r"(?:\w+ly\s+)?(?:accompan(?:y|ies)|complicates?|affects?|co-?occurs?|co-?exists?)\b|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:discussed|considered|regarded|treated|viewed|seen)\s+as\s+"
    r"(?:an?\s+)?(?:possible\s+|potential\s+)?(?:confound\w*|covariates?|co-?morbidit\w*))",
    re.I,
)
# The condition named only as where the findings may be applied: "implications for
# dosing in depression", "relevance to depression", "can inform dose selection for trials
# in depression", "supporting trials of X in patients with depression", "a basis for dose
# selection in depression". The study neither selected people for it nor measured it; a
# study that did names it elsewhere as well.
_APPLIED = Folded(
    r"\b(?:implications?|relevan(?:ce|t)|applicab(?:le|ility)|extrapolat\w*|translat\w*)\s+"
    r"(?:for|to)\b(?:[^.;:]|\.\d){0,60}$|"
    r"\b(?:inform|informs|informing|guide|guides|guiding|support|supports|supporting|underpin\w*)"
    r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:selection|choice|design|dosing|dose|trials?|"
    r"stud(?:y|ies)|RCTs?|use)\b(?:[^.;:]|\.\d){0,60}$|"
    r"\b(?:a|the)\s+(?:[\w\-]+\s+)?(?:basis|rationale)\s+for\b(?:[^.;:]|\.\d){0,60}$",
    re.I,
)
# ... or as where the drug is used in general, an area of use in a list: "the low-dose
# range used in pain, inflammatory disorders and depression", "doses prescribed off label
# for fibromyalgia and depression", "its off-label uses, which include MS and depression".
# Not the study's own act ("LDN was used for depression in 30 patients" says what it
# gave, and is read as usual); and only for a study of people of its own: a review's list
# of the drug's uses is what it reviews (``_condition`` is told which).
_AREA_OF_USE = Folded(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeing\s)\b(?:used|prescribed|employed)\s+"
    r"(?:off[\s\-]label\s+)?(?:in|for|to\s+treat)\s+(?:[\w\-']+,?\s+){0,8}?"
    r"(?:(?:and|or|and/or)\s+)?(?:[\w\-]+\s+)?$|"
    r"\b(?:indications?|uses)\b[^.;:]{0,40}?\b(?:include|includes|including|such\s+as|like|"
    r"among\s+them)\s+(?:[\w\-']+,?\s+){0,8}?(?:(?:and|or|and/or)\s+)?(?:[\w\-]+\s+)?$|"
    # ... or what it is promoted, marketed or advertised for: "LDN is promoted in Australia
    # for chronic pain, long COVID and mood disorders", "pharmacies advertise it for low mood"
    r"\b(?:promot(?:e|es|ed|ing)|market(?:s|ed|ing)?|advertis(?:e|es|ed|ing)|tout(?:s|ed|ing)?)"
    r"\s+(?:[\w\-']+\s+){0,3}?(?:for|to\s+treat)\s+(?:[\w\-']+,?\s+){0,8}?"
    r"(?:(?:and|or|and/or)\s+)?(?:[\w\-]+\s+)?$|"
    # ... or a tally of the indications recorded for the drug's prescriptions, each with
    # its share: "the indications documented were fibromyalgia (34%), pain (22%) and
    # depression (12%)" (where it was used, not a condition the study measured)
    r"\bindications\b[^.;:]{0,40}?\b(?:were|are)\s+(?:[\w\-']+,?\s+(?:\([^()]*\),?\s+)?)"
    r"{0,12}?(?:(?:and|or|and/or)\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)
# ... or said after the mention: the last of a list of conditions then said to be where the
# drug is used, "in conditions such as fibromyalgia, Crohn's disease and depression, where
# LDN is used off label" (holdout433 48900028: a pharmacokinetic study in healthy volunteers)
_CONDITIONS_LISTED_BEFORE = Folded(
    r"\b(?:conditions|disorders|diseases|indications|illnesses)\s+(?:such\s+as|like|including|"
    r"e\.g\.,?)\s+(?:[\w\-']+,?\s+){0,8}?(?:(?:and|or|and/or)\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)
_WHERE_USED_AFTER = Folded(
    r"^\s*,?\s*(?:where|in\s+which|for\s+which)\s+(?:[\w\-]+\s+){0,3}?(?:is|are)\s+"
    r"(?:(?:often|commonly|widely|increasingly|now)\s+)?(?:used|prescribed|given|taken)\b",
    re.I,
)
# The condition told as a share of the people when they came in: "present at baseline in
# 41% of participants", "at enrolment, 38% reported depressive symptoms", "common at study
# entry (23 of 60)". A prevalence at entry describes the sample; a sentence that tells a
# change or a later time point, or names a measure, is a result and is left alone.
_CAME_IN = Folded(
    r"\b(?:baseline|(?:at|on|before)\s+(?:study\s+|trial\s+)?(?:entry|enrol+ment|inclusion|"
    r"screening|randomi[sz]ation|admission|intake))\b|"
    # ... or as the records have it: "A diagnosis of depression was recorded for 38% of
    # patients", "depression was documented in 41 (19%)"
    r"\b(?:was|were)\s+(?:recorded|documented|noted|listed|coded|charted)\s+(?:for|in)\b|"
    # ("61 (33%) had a recorded anxiety or depression diagnosis")
    r"\b(?:had|has|have)\s+(?:a\s+)?(?:recorded|documented|coded|charted|known|pre-?existing)\s+"
    r"(?:[\w\-]+\s+){0,3}?diagnos[ie]s\b",
    re.I,
)
_SHARE_OF_PEOPLE = Folded(
    r"\d(?:[\d.]*)\s*%|\b\d+\s+(?:of|/|out\s+of)\s+(?:the\s+)?\d+\b|"
    r"\b(?:half|a\s+third|a\s+quarter|two[\s\-]thirds|most|many|some|one\s+in\s+\w+)\s+of\s+"
    r"(?:the\s+|all\s+)?(?:participants|patients|subjects|people|adults|individuals|"
    r"women|men|children|the\s+sample|them)\b",
    re.I,
)
_CHANGE_OR_MEASURE = Folded(
    r"\b(?:chang\w*|improv\w*|reduc\w*|decreas\w*|increas\w*|worsen\w*|fell|fall\w*|rose|"
    r"declin\w*|lower\w*|respon\w*|remi(?:ssion|tted)|week|weeks|month|months|follow[\s\-]?up|"
    r"end\s+of|post-?treatment|differ\w*|compared|versus|vs|outcomes?|end-?points?|scores?|"
    r"scales?|PHQ|HADS|BDI|MADRS|HAM-?D|HDRS|CES-?D|GDS|QIDS|DASS|POMS)\b",
    re.I,
)


# the condition listed among the people's characteristics an analysis collects or adjusts
# for: "Baseline characteristics, including comorbid anxiety and depression, were
# extracted", "covariates such as age, sex and depression" (not an outcome)
_CHARACTERISTIC_LISTED_BEFORE = Folded(
    r"\b(?:baseline\s+(?:characteristics|variables|data|factors|covariates)|covariates|"
    r"(?:potential\s+)?confounders|candidate\s+predictors|comorbidities)\s*,?\s*(?:\(\s*|"
    r"including\s+|such\s+as\s+|e\.g\.,?\s+)[^.;()]{0,80}$",
    re.I,
)


def _part_at(text: str, start: int, end: int) -> str:
    """The part of ``text`` between the semicolons around ``start``-``end``."""
    return text[text.rfind(";", 0, start) + 1 : (text.find(";", end) + 1 or len(text) + 1) - 1]


def _baseline_share(text: str) -> bool:
    """The sentence tells how many of the people had the condition when they came in."""
    return (
        _CAME_IN.search(text) is not None
        and _SHARE_OF_PEOPLE.search(text) is not None
        and _CHANGE_OR_MEASURE.search(text) is None
    )


# A reason given for balancing or adjusting, in an opening clause: "Because depressive
# symptoms may colour pain ratings, randomisation was stratified by baseline PHQ-9", "As
# low mood influences sleep, the HADS depression score was entered as a covariate". The
# condition there is why the analysis evens the groups out on it, not an outcome measured.
_REASON_OPENS = re.compile(r"^\s*(?:because|since|as|given\s+that)\b[^,;:.]*$", re.I)
_BALANCES = Folded(
    r"^[^,;]*,\s*(?:[^;.]*?\b(?:stratif\w*|minimi[sz]\w*|covariates?|confounders?|"
    r"adjustment\s+(?:variables?|factors?)|(?:adjust\w*|controll?\w*|accounted|corrected)\s+for|"
    # (or matches on it: "Because depression influences fatigue reporting, the (propensity)
    # score also included a diagnosis of depression")
    r"(?:propensity|matching)\s+scores?|the\s+score\s+(?:also\s+)?(?:included|incorporated)|"
    r"match\w*\s+(?:on|for))\b)",
    re.I,
)


# what the groups were evened out on, said before the mention in its clause: "randomisation
# was stratified by practice and by the baseline depression score", "minimised on site and
# baseline HADS-D" (a variable balanced at entry, not an outcome)
# (not across a new clause: "stratified by site, and depressive symptoms were the primary
# outcome")
_BALANCED_ON_BEFORE = Folded(
    r"\b(?:stratified|minimi[sz]ed|balanced|blocked)\s+(?:by|on|for|according\s+to)\b"
    r"(?:(?!,\s*(?:and|but|while|whereas|with)\b)[^.;]){0,80}$",
    re.I,
)
# a medicine's use named as what a model adjusts for: "antidepressant use as a prespecified
# covariate", "... (yes/no) was a covariate"
# (an aside may stand between, set off by commas: "current antidepressant use, recorded as
# SSRI, SNRI or other, was included as a matching covariate")
_COVARIATE_AFTER = re.compile(
    r"\s*(?:use\s+)?(?:\([^()]{0,20}\)\s*)?(?:,[^,;.]{1,80}(?:,[^,;.]{1,80}){0,2},\s*)?"
    r"(?:(?:was|were|is|are)\s+(?:included|entered|used|treated|added|extracted|abstracted|"
    r"recorded|collected)\s+as|was|were|is|as)\s+"
    r"(?:an?\s+)?(?:pre-?specified\s+|pre-?planned\s+|matching\s+)?(?:baseline\s+)?"
    r"(?:covariates?|confounders?|"
    r"stratification\s+(?:variables?|factors?))\b",
    re.I,
)

# ... or as what might have explained a result instead: "an improvement in fatigue that was
# not explained by antidepressant use", "confounded by concurrent antidepressant use"
_EXPLAINED_BY_BEFORE = re.compile(
    r"\b(?:explained|accounted\s+for|confounded|driven)\s+by\s+(?:(?:concurrent|concomitant|"
    r"baseline|current)\s+)?$",
    re.I,
)


# a measure said to serve only the analysis, after it: "(PHQ-9) was recorded at baseline and
# used as a stratification and adjustment variable", "... was entered as a covariate"
_USED_TO_ADJUST_AFTER = re.compile(
    r"^\s*\)?\s*(?:\([^()]{0,20}\)\s*)?(?:(?:was|were|is)\s+(?:\w+\s+){0,4}?and\s+)?"
    r"(?:was\s+|were\s+|is\s+|are\s+|will\s+be\s+)?"
    # (or recorded as one, where from said between: "will be recorded from medical records
    # at entry as covariates")
    r"(?:used|entered|included|treated|(?:recorded|collected|extracted|abstracted)(?:\s+[\w\-]+){0,6}?)"
    r"\s+as\s+(?:an?\s+)?(?:(?:stratification|adjustment|"
    r"matching)\s+(?:and\s+(?:stratification|adjustment)\s+)?(?:variables?|factors?)|"
    r"covariates?|confounders?)\b",
    re.I,
)


# ... or named as the strata it made: "the effect did not differ between PHQ-9 strata"
_STRATA_AFTER = re.compile(r"^(?:-\w{1,3})?\s*\)?\s*(?:scores?\s+)?(?:strata|stratum)\b", re.I)


def _balanced_on(text: str, m: re.Match[str]) -> bool:
    """The condition at ``m`` is a variable the analysis took in (``_LISTED_VARIABLE``)
    or the reason it evens the groups out (``_reason_to_balance``)."""
    return _LISTED_VARIABLE.search(text, 0, m.start()) is not None or _reason_to_balance(text, m)


def _reason_to_balance(text: str, m: re.Match[str]) -> bool:
    """The mention at ``m`` is in an opening "because ..." clause whose main clause
    stratifies, minimises or adjusts for something (``_REASON_OPENS``, ``_BALANCES``)."""
    return (
        _REASON_OPENS.match(text, 0, m.start()) is not None
        and _BALANCES.search(text[m.end() :]) is not None
    )


_DESCRIPTIVE = Folded(
    r"\bto\s+(?:describe|characteri[sz]e)\s+the\s+(?:cohort|sample|population|participants|"
    r"patients|study population)\b",
    re.I,
)


# a dose given to start people on another regimen: an induction onto it, a challenge or
# test dose, or a dose to bring on withdrawal under supervision
_INDUCTION_STEP = Folded(
    r"\binduction\b|\bprecipitat\w*\s+(?:\w+\s+){0,2}?withdrawal\b|"
    r"\b(?:challenge|test)\s+doses?\b|\b(?:naloxone|naltrexone)\s+challenge\b",
    re.I,
)

# ... told apart from a sentence assigning the study's arms ("after XR-NTX induction,
# participants were randomised to X 4.5 mg or placebo")
_ASSIGNS = Folded(r"\b(?:randomi[sz]\w*|assigned|allocated)\b", re.I)


def _induction_step(s: Sentence) -> bool:
    """The sentence gives the drug as a step onto another regimen (``_INDUCTION_STEP``)."""
    return _INDUCTION_STEP.search(s.text) is not None and _ASSIGNS.search(s.text) is None


def _titrated_above(d: Dose, doses: list[Dose], low_max: float) -> bool:
    """``d`` is an earlier step of a fixed schedule whose later step, for everyone and in
    the same sentence, lies above the band (``low_max``): a start, not the dose. (A first
    spell told after the dose it leads to, "4 mg twice daily for 12 weeks, after one week at
    2 mg twice daily", is such a step though written with no word of titration.)"""
    if not (d.titration or d.earlier) or d.conditional or d.flexible or d.escalation:
        return False
    # a start told after the dose it leads to, with no later step of its own: "naltrexone
    # 12 mg/day or placebo, after a 1-week titration from 6 mg", "took 10 mg daily
    # (titrated from 2 mg)", "..., after a titration starting at 3 mg": the dose named
    # before it is the target
    start = d.earlier or doses_rules.starts_at(d.sentence.text, d.start)
    if (
        start
        and not any(e.sentence is d.sentence and e.later for e in doses)
        and any(
            e.sentence is d.sentence
            and e.start < d.start
            and not (e.titration or e.conditional or e.flexible or e.escalation or e.bound)
            and e.mg_per_day > low_max
            for e in doses
        )
    ):
        return True
    if not d.earlier:
        return False
    return any(
        e.sentence is d.sentence
        and e.later
        and e.titration
        and not e.conditional
        # (a later step after it, or the other end of the same "from A to B" span)
        and (e.start > d.start or (e is not d and e.start == d.start and e.span == d.span))
        and e.mg_per_day > low_max
        for e in doses
    )


def _left_for_above(d: Dose, doses: list[Dose], low_max: float) -> bool:
    """``d`` is a dose in the band told as what came before (``roles.moved_on_from``), and
    the same sentence gives a dose above the band that is not itself history."""
    if d.mg_per_day > low_max or not roles.moved_on_from(
        d.sentence, d.start, d.start + len(d.span)
    ):
        return False
    return any(
        e.sentence is d.sentence
        and e is not d
        and e.mg_per_day > low_max
        and not roles.moved_on_from(e.sentence, e.start, e.start + len(e.span))
        for e in doses
    )


def _condition(
    doc: Doc, *, synthesis: bool = False, restated: bool = False
) -> tuple[bool, str | None]:
    """The condition or mood as a condition or an outcome in its own right.

    Exclusion criteria do not count, and neither does a mood word that is an item of a
    withdrawal or side-effect checklist ("dysphoric mood" among withdrawal signs) when
    nothing else names the condition. A notice that answers an article (``restated``)
    restates what that article measured: its account of it ("We comment on the trial
    reporting that X improved MADRS scores"), read as earlier work, counts; a call for
    future work still measures nothing.
    """
    spec = doc.spec
    p = spec.compiled("topic", _build)
    # a call for future work ("future trials should measure mood") measures nothing
    sents = [
        s
        for s in doc.sentences
        # the title names the topic even when it calls for more work ("X in <the
        # condition>: time for larger trials")
        if (not s.background or s.index == 0)
        and (not s.future or s.is_title)
        and not _DESCRIPTIVE.search(s.text)
    ]
    record = any(p.checklist_record.search(s.text) for s in doc.sentences)
    # the title's mood word where the abstract names mood only as an item of a side-effect
    # checklist ("... effects on analgesia and mood" over "dysphoria on the opioid
    # side-effect checklist was reported by 6% vs 11%"): the title tells of that item
    # (a mood measured in its own right elsewhere in the abstract is still found below)
    # (and the item words such a checklist lists: "dysphoria" listed on "an opioid
    # side-effect checklist" in the methods is that item again where the results report
    # it, "dysphoria and delirium did not differ")
    items = {
        m.group(0).lower()
        for s in doc.sentences
        if not record and not s.is_title and p.checklist_sentence.search(s.text)
        for m in spec.outcome.finditer(s.admitted)
        if _checklist_item(p, s.text, m.start(), m.end())
    }
    listed = bool(items)
    # a derived report (an extension, a secondary analysis) opens with what its parent
    # trial found, about the same people: "The 12-week trial found a small antidepressant
    # effect of X. We report its extension." That result is the report's own outcome
    # carried on; earlier work by others (``prior``) is still background
    parent = [
        s
        for s in doc.sentences
        if doc.derived
        and s.background
        and not (s.prior or s.future or s.is_title)
        and not _DESCRIPTIVE.search(s.text)
    ]
    sents += parent
    # the condition as a trait of the people, in a study that did not select them for
    # it, is neither its condition nor its outcome: "a patient with a history of X",
    # "comorbidities included ... X", "matched on ... X", "X use at baseline"
    selected: list[bool] = []

    def trait(s: Sentence, m: re.Match[str], *, use: bool = False) -> bool:
        before = s.text[max(0, m.start() - 130) : m.start()]
        if use:
            if not (
                _TRAIT_BEFORE.search(before)
                # (antidepressant use "entered as a covariate" describes the people too)
                or _MODERATOR_AFTER.match(s.text[m.end() :])
                or _BASELINE_BEFORE.search(before)
                or _CONCURRENT_BEFORE.search(before)
                # (the medicine the people came in on, the match's last word, when the
                # prescribing it opens with is the watched drug's: "LDN is increasingly
                # prescribed for chronic pain, often to patients already taking
                # antidepressants")
                or _CONCURRENT_BEFORE.search(s.text, m.start(), _last_word_at(m))
                or _BASELINE_AFTER.match(s.text[m.end() :])
                or _BALANCED_AFTER.match(s.text[m.end() :])
                or _at_entry_at(s.text, m.start(), m.end())
                or _PREDICTOR_BEFORE.search(s.text[max(0, m.start() - 60) : m.start()])
                or _PREDICTOR_AFTER.match(s.text[m.end() :])
                or _elided_prediction(s.text, m.start(), m.end())
                or _USERS_LIKELIER.match(s.text, m.end())
                # (or the people split by it: "similar in participants with and without
                # antidepressant use")
                or _WITH_AND_WITHOUT_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                # (or the last item of a long list of covariates: "Covariates included age,
                # sex, disease duration, ... and use of antidepressants at baseline")
                or _COVARIATE_LIST.search(s.text, 0, m.start())
                # (or of what the matching score included: "the score also included a
                # recorded diagnosis of depression and antidepressant use")
                or _LISTED_VARIABLE.search(s.text, 0, m.start())
            ):
                return False
        elif (
            not _moderator(s.text, m)
            and not _predicts(s.text, m)
            and not _LISTED_VARIABLE.search(s.text, 0, m.start())
            and (
                any(c.isspace() for c in m.group(0))
                or not (
                    _TRAIT_BEFORE.search(before)
                    or _INDICATION_BEFORE.search(before)
                    # (a count of the people who had it at entry, in a tally of their
                    # comorbidities: "13 met criteria for a depressive disorder")
                    or (_TALLY_OF_TRAITS.search(before) and _COUNTED_HAD.search(before))
                    # (... or its share of them: "Recorded comorbidities: depression 38%,
                    # anxiety 29%")
                    or (
                        _TALLY_OF_TRAITS.search(before)
                        and _SHARE_RIGHT_AFTER.match(s.text, m.end()) is not None
                    )
                    or _TRAIT_AFTER.match(s.text[m.end() :])
                    or any(
                        c.end <= m.start() and _TAKEN_FOR.match(s.text[c.end : m.start()])
                        for c in doc.comedications(s)
                    )
                )
            )
        ):
            return False  # a named scale is a measure, unless it only describes the people
        if not selected:
            selected.append(condition_population(doc) is not None)
        return not selected[0]

    # (a record whose text names the condition only in ways that measure nothing is not
    # made about it by its index terms, which tag a moderator or a trait as readily)
    read_off = False
    unmeasured: bool | None = None  # (``_said_unmeasured``, asked on first need)
    for s in sents:
        checklist = (
            record or (listed and s.is_title) or p.checklist_sentence.search(s.text) is not None
        )
        # exclusion criteria do not count ("patients with bipolar depression were excluded")
        for m in spec.outcome.finditer(s.admitted):
            if (
                not s.is_title
                and s.masked[m.start() : m.start() + 1] == " "
                and not (restated and s.prior and not (s.future or s.hedged))
            ):
                continue  # in a clause about other or future work
            if (
                restated
                and s.is_title
                and _TITLE_QUESTION.match(s.text, m.end())
                and _said_unmeasured(doc, sents)
            ):
                # a notice's title asking a question of an article it says measured no mood
                # ("Pain relief or mood relief?" over "the trial did not include a depression
                # measure") says what the letter wonders, not what the article measured
                continue
            if restated and _SUPPOSED.match(s.text):
                # ... and so does its supposition and what would follow from it ("If the
                # drug acted mainly on mood, the result would be an effect on affect")
                continue
            if (checklist or m.group(0).lower() in items) and _checklist_item(
                p, s.text, m.start(), m.end()
            ):
                continue
            if _instrument_item(s.text, m.start(), m.end()) or _other_subscale(
                s.text, m.start(), m.end()
            ):
                continue
            # (the mention's clause up to it, and the sentence after it, read by each cue)
            clause = re.split(r"[;:]", s.text[: m.start()])[-1]
            after = s.text[m.end() :]
            if _SAFETY_CHECKS.search(s.text, 0, m.start()) or _FOR_SAFETY_AFTER.match(after):
                continue  # a scale the study watched safety with measures no outcome
            if (
                _NOT_MEASURED.search(clause)
                or _NOT_MEASURED_AFTER.match(after)
                or _DISCLAIMED.search(clause)
            ):
                continue
            if _ACCOMPANIES.search(clause) or _ACCOMPANIES_AFTER.match(after):
                continue
            if _UNMEASURED_LATER.match(after) or any(
                x.start() >= m.end()
                and _NEXT_CLAUSE.match(s.text[m.end() : x.start()])
                and _NOT_MEASURED_AFTER.match(s.text[x.end() :])
                for x in spec.outcome.finditer(s.admitted)
            ):
                # (... or named again as the subject of the next clause, which says it was
                # not measured: "No participant was diagnosed with a depressive disorder,
                # and depression was not assessed separately")
                continue
            if (
                not s.is_title
                and _OUTCOME_WORDS.search(_part_at(s.text, m.start(), m.end())) is None
            ):
                if unmeasured is None:
                    unmeasured = _said_unmeasured(doc, sents)
                if unmeasured:
                    # "the sponsor's leaflet describes fatigue and mood as common concerns;
                    # no mood or depression scale is collected in this study": where the
                    # record says it measures none, a mention that names no measure of
                    # its own measures nothing
                    read_off = True
                    continue
            if _permitted_part_at(s.text, m.start()):
                # "patients with comorbid major depression could continue their SSRI": a
                # part let in, or let keep a medicine, for it measures nothing
                continue
            if _NO_CHANGE_BEFORE.search(s.text, 0, m.start()) and _NO_CHANGE_NEEDED.match(after):
                continue  # "No change in her mood or her dose was required": a decision
            if _NO_BEFORE.search(s.text, 0, m.start()) and (
                _NO_MEASURE_AFTER.match(after) or _NAMES_MEASURE.search(m.group(0))
            ):
                continue
            if _APPLIED.search(clause) or (
                not synthesis
                and (
                    _AREA_OF_USE.search(clause)
                    or (
                        _WHERE_USED_AFTER.match(after)
                        and _CONDITIONS_LISTED_BEFORE.search(clause[-160:])
                    )
                )
            ):
                continue
            if _ABSENT_BEFORE.search(s.text, max(0, m.start() - 60), m.start()):
                # "restricted to patients without a depression diagnosis", "the subgroup
                # free of depression": people named by not having it, nothing measured
                read_off = True
                continue
            if _CHARACTERISTIC_LISTED_BEFORE.search(s.text, max(0, m.start() - 120), m.start()):
                # "Baseline characteristics, including comorbid anxiety and depression
                # recorded in the problem list, were extracted": a variable the people came
                # with, collected to describe or adjust, not an outcome measured
                read_off = True
                continue
            if _baseline_share(s.text) or _baseline_share(_part_at(s.text, m.start(), m.end())):
                # "Low mood was present at baseline in 41% of participants": what the
                # people brought in, a characteristic, not an outcome measured (read in
                # the mention's own part of the sentence too: "... for at least 3 months
                # before enrolment were permitted ...; a history of depression was recorded
                # in 31%": the months are the other part's)
                read_off = True
                continue
            if _reason_to_balance(s.text, m) or _BALANCED_ON_BEFORE.search(
                s.text, max(0, m.start() - 100), m.start()
            ):
                # "Because depression may modify the response, randomisation was
                # stratified by ...": why the groups are evened out on it; "stratified by
                # practice and by the baseline depression score": what they are evened on
                read_off = True
                continue
            if _USED_TO_ADJUST_AFTER.match(after) or _STRATA_AFTER.match(after):
                # "the PHQ-9 was recorded at baseline and used as a stratification and
                # adjustment variable": a scale read once to even out the groups, no outcome;
                # "did not differ between PHQ-9 strata": the groups it evened out on
                read_off = True
                continue
            if trait(s, m):
                read_off = True
                if _ONE_OF_SERIES.match(s.text):
                    # "One patient with a history of depression, stable on sertraline,
                    # reported no change in mood": the rest of the sentence is said of
                    # the one person who has the condition as a trait, in passing
                    break
                continue
            return True, s.text
    for s in sents:
        if s.exclusion:
            continue
        for m in spec.treatment_outcome.finditer(s.text):
            if _permitted_part_at(s.text, m.start()):
                # "patients with comorbid depression on stable SNRIs were eligible": the
                # medicine a permitted part keeps is what they bring, not an outcome
                continue
            if _PERMITTED_AFTER.match(s.text, m.end()):
                continue  # ("stable antidepressant use was permitted": a rule of entry)
            if _COVARIATE_AFTER.match(s.text, m.end()):
                continue  # ("with antidepressant use as a prespecified covariate")
            if _EXPLAINED_BY_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
                continue  # ("an improvement not explained by antidepressant use")
            if _COMEDICATION_KEPT_BEFORE.search(
                s.text, max(0, m.start() - 80), m.start()
            ) or _COMEDICATION_KEPT_AFTER.match(s.text, m.end()):
                # "participants could continue stable antidepressants prescribed for
                # depression or pain", "antidepressant prescriptions could be continued":
                # a co-medication the people kept, a rule of the study, not an outcome
                continue
            if _DISCLAIMED.search(s.text, max(0, m.start() - 120), m.start()):
                continue  # ("these findings say nothing about antidepressant effects")
            if restated and (
                _SUPPOSED.match(s.text)
                or (
                    s.is_title
                    and _TITLE_QUESTION.match(s.text, m.end())
                    and _said_unmeasured(doc, sents)
                )
            ):
                continue  # (a notice's question or supposition, as above)
            if not trait(s, m, use=True):
                return True, s.text
    if read_off:
        return False, None
    # the drug added to the antidepressant its people take (an augmentation) treats the
    # condition the antidepressant treats, even in a record that measures no mood outcome
    # (an interview or adherence study of such people, CONTRACT.md: depression as a
    # condition); never where the people were selected for another condition (duloxetine
    # in fibromyalgia) or the antidepressant is said to be taken for something else
    if other_population(doc) is None:
        added = _added_to_antidepressant(doc, named=synthesis)
        if added is not None:
            return True, added.text
        # ... and a review of the drug as an augmentation of the condition's treatments
        # ("opioid modulation as an augmentation strategy for serotonergic antidepressants")
        # reviews studies of people the antidepressants treat (its own words or its title;
        # a trial's background proposing the same is not the trial's condition)
        if synthesis:
            reviewed = _reviews_augmentation(doc)
            if reviewed is not None:
                return True, reviewed.text
    # index terms say what a record is filed under, not what it measured (an indexer
    # tags "Depression" on a fatigue case report as readily as on a trial of mood): a
    # record with an abstract that names neither the condition nor a mood measure
    # measured none (CONTRACT.md, "Mood as an outcome"). Only a record with no abstract
    # to read leaves its headings to speak for it.
    if doc.article.abstract:
        return False, None
    mesh = next((t for t in doc.article.mesh_terms if spec.index_condition.search(t)), None)
    return mesh is not None, mesh


# the rest of a title's clause up to its question mark: "... or mood relief?"
_TITLE_QUESTION = re.compile(r"[^.:;?!]{0,60}\?")


# words that make a sentence speak of a measure or an outcome
_OUTCOME_WORDS = Folded(
    r"\b(?:outcomes?|end-?points?|measured|measures?|assessed|rated|ratings?|scores?|scales?|"
    r"questionnaires?|inventor(?:y|ies)|improv\w*|chang\w*|reduc\w*|decreas\w*|increas\w*|"
    r"worsen\w*|fell|rose|respon\w*|remission)\b",
    re.I,
)


def _said_unmeasured(doc: Doc, sents: list[Sentence]) -> bool:
    """Some sentence says the condition was not measured ("did not include a depression
    measure", ``_NOT_MEASURED``)."""
    # (asked only where a mention's clause names no measure: rare, so not remembered)
    return any(
        _NOT_MEASURED.search(s.text, 0, m.start())
        # (or "no mood or depression scale is collected in this study")
        or (
            _NO_BEFORE.search(s.text, 0, m.start())
            and _NO_MEASURE_AFTER.match(s.text[m.end() :]) is not None
        )
        for s in sents
        if not s.is_title
        for m in doc.spec.outcome.finditer(s.admitted)
    )


# a sentence that opens by supposing: "If X acted mainly on mood, ..."
_SUPPOSED = re.compile(r"^\s*(?:if|suppose|supposing|assuming)\b", re.I)


# the condition named as what the people lack, right before it: "without a depression
# diagnosis", "without any recorded major depression", "free of depression"
_ABSENT_BEFORE = Folded(
    r"\b(?:without|free\s+of|excluding)\s+(?:an?\s+|any\s+)?(?:(?:prior|current|recorded|"
    r"documented|coded|diagnosed|known|lifetime|clinical|major|history\s+of)\s+){0,2}$|"
    # (or by not being chosen for it: "participants were not selected for depression")
    r"\b(?:not|never)\s+(?:selected|recruited|chosen|screened|enrol+ed)\s+(?:for|on\s+the\s+"
    r"basis\s+of)\s+(?:an?\s+|their\s+)?$",
    re.I,
)
# a tally of the people's comorbidities (or their state at entry) opening the sentence:
# "Comorbidity was the rule: 13 met criteria for ...", "Comorbid diagnoses: ..."
_TALLY_OF_TRAITS = re.compile(r"\bco-?morbid\w*\b[^.;]{0,40}:", re.I)
# a share told right after the condition named: "depression 38%", "depression (n = 41, 38%)"
_SHARE_RIGHT_AFTER = re.compile(r"\s*[,:(]?\s*(?:n\s*=\s*\d+\s*[,;]\s*)?\d+(?:\.\d+)?\s*%", re.I)
# a sentence about one member of a series, set apart from the rest: "One patient with a
# history of depression ...", "Another woman, with past depression, ...", "A single
# participant with ..." (what it says of that person's mood is said in passing)
_ONE_OF_SERIES = re.compile(
    rf"^\s*(?:one|another|a\s+single)\s+(?:(?:of\s+(?:the|them|these)\s+)?(?:[\w\-]+\s+)?)?"
    rf"(?:{_POPULATION_NOUN}|woman|man|boy|girl|child|case)\s*(?:\([^()]*\)\s*)?,?\s*(?:with|who\s+had)\b",
    re.I,
)
# what describes the people rather than measures them, said right before the condition
_TRAIT_BEFORE = Folded(
    r"\b(?:history|histories)\s+of\s+(?:[\w\-]+\s+){0,3}$|\bpast\s+(?:[\w\-]+\s+)?$|"
    # the people's state at entry, a condition they are out of: "had been in sustained
    # remission of depression or an anxiety disorder" (not "remission of depression was
    # the primary outcome": no one is said to be in it)
    r"\b(?:been|were|was|are|is|being)\s+in\s+(?:(?:sustained|full|stable|complete|partial)\s+)?"
    r"remission\s+(?:of|from)\s+(?:[\w\-]+\s+){0,2}$|"
    # an episode before the story: "a previous episode of major depression", "a prior
    # depressive episode", "former postpartum depression"
    # (... or its diagnosis: "a prior diagnosis of depression")
    r"\b(?:previous|prior|earlier|former|remote|remitted|resolved)\s+"
    r"(?:(?:episodes?|diagnos[ie]s)\s+of\s+)?"
    r"(?:(?:single|major|minor|recurrent|severe|mild|moderate|brief|postpartum|perinatal|"
    r"unipolar|clinical|psychotic)\s+)*$|"
    # the history told as a list: "his history included major depression", "her medical
    # history was notable for hypertension and recurrent depression"
    r"\b(?:history|histories)\s+(?:(?:was|is|were)\s+)?(?:includ\w*|notable\s+for|"
    r"significant\s+for|remarkable\s+for|compris\w*|consist\w*\s+of)\s+"
    r"(?:[\w\-/']+,?\s+(?:and\s+|or\s+)?){0,6}$|"
    r"\bco-?(?:morbid|occurring|existing)\s+$|"
    # a predictor's unit, the condition's scale an effect is counted per: "(beta = 0.91 per
    # HADS-D point)", "per 1-point increase in PHQ-9" (what it predicts is the outcome)
    r"\bper\s+(?:(?:one|1|10|5)[\s\-]+(?:points?|units?|SD)\s+(?:(?:increase|rise|higher)\s+)?"
    r"(?:in|of|on)\s+(?:the\s+)?)?$|"
    # ... or as their records have it: "LDN users were more often recorded with depression
    # (38% vs 24%)", "coded as having depression" (not "diagnosed with", which may select)
    r"\b(?:recorded|coded|documented|charted|registered|flagged)\s+(?:as\s+having|with)\s+"
    r"(?:an?\s+)?(?:diagnos[ie]s\s+of\s+)?(?:(?:major|minor|clinical|current|unipolar)\s+)?$|"
    # people who have it besides what they came for: "18 patients with concurrent major
    # depression", "those having co-occurring depression" (a trait of theirs)
    # (... or on their record: "12 (23%) had a recorded depressive disorder", "11 had
    # documented major depression", "7 had a coded depressive episode")
    r"\b(?:with|had|having|has|have)\s+(?:an?\s+)?(?:co-?occurring|co-?existing|coexistent|"
    r"concurrent|concomitant|recorded|documented|coded|charted)\s+"
    # ("124 (58%) had a recorded diagnosis of depression")
    r"(?:diagnos[ie]s\s+of\s+)?(?:(?:major|minor|clinical|current|unipolar)\s+)?$|"
    # a factor the randomisation was stratified or minimised by, one of a short list of the
    # people's traits: "stratified by site and by current antidepressant use", "minimised
    # for centre, sex and baseline depression" (the strata even out the arms, like a
    # covariate; a list of words only, so a later clause that measures it is not taken in)
    r"\b(?:stratif\w*|minimi[sz]\w*)\s+(?:by|for|on|according\s+to)\s+"
    r"(?:[\w\-/]+,?\s+(?:(?:and|or)\s+)?(?:by\s+|for\s+)?){0,8}$|"
    r"\b(?:comorbidit(?:y|ies)|co-?morbidit(?:y|ies)|pre-?existing|lifetime|background of|"
    # (an adjustment said with any verb or noun: "accounting for depression as a potential
    # confounder", "with adjustment for baseline depressive symptoms", "corrected for")
    r"(?:adjust(?:ed|ing|ment)|controll?(?:ed|ing)|accounting|correct(?:ed|ing|ion))\s+for|"
    r"covariates?|confounders?|matched\b[^.;]{0,120}?\bon|"
    # the variables a propensity score or treatment weights are made of balance the
    # groups, whatever else they are: "propensity scores included age, sex, depression",
    # "inverse probability of treatment weights were estimated from ... depression"
    r"(?:propensity|(?:probability|treatment)\s+weights)\b[^.;:]{0,40}?\b(?:includ\w*|"
    r"incorporat\w*|compris\w*|built|estimated|derived|computed|calculated|based))\b"
    # (a list of variables is long: the clause may run on for a line)
    r"[^.;:]{0,90}$",
    re.I,
)
# The condition named as what another medicine is taken for: "use of antidepressants for
# comorbid anxiety or depression", "SSRIs prescribed for depression", "took medication
# for low mood". That says why some of the people take a co-medication (a trait of
# theirs, like "antidepressant use at baseline"), not that the study measured the
# condition. The study's own drug is not in the list: "naltrexone for depression" is
# what the study may be about.
_INDICATION_BEFORE = Folded(
    r"\b(?:antidepressants?|SSRIs?|SNRIs?|TCAs?|psychotropics?|medications?|medicines?|"
    # (the indication may stand set off: "antidepressants, indicated for depression or
    # anxiety", "antidepressants (prescribed for pain or low mood)")
    r"pharmacotherap(?:y|ies)|(?:psychiatric|psychotropic)\s+drugs?)[\s,(]+(?:[\w\-]+\s+){0,2}?"
    # (with an article or a possessive: "an SSRI for a comorbid anxiety or depressive
    # disorder", "antidepressants for their co-occurring depression")
    r"for\s+(?:(?:an?|the|their|his|her)\s+)?(?:(?:comorbid|co-?morbid|concurrent|co-?existing|"
    r"co-?occurring|pre-?existing|current|established)\s+)?(?:[\w\-]+,?\s+(?:or|and|and/or)\s+)?"
    r"(?:[\w\-]+\s+)?$",
    re.I,
)
# ... or what a named antidepressant was (or is) taken for: "paroxetine 20 mg for a single
# depressive episode", "fluoxetine for postpartum depression years earlier"
_TAKEN_FOR = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:\d[\d.]*\s*(?:mg|mcg|µg)\b[^.;:,()]{0,20}?)?\s*"
    r"(?:(?:daily|nightly|once\s+daily|a\s+day|per\s+day)\s+)?"
    # (with the verb of its prescription between: "sertraline taken for depression",
    # "duloxetine, prescribed for depression or pain,", "an SSRI that was started for low mood")
    r"(?:,?\s*(?:(?:which|that)\s+(?:was|were|is|are|had\s+been)\s+)?(?:prescribed|taken|used|"
    # (or by whom: "SSRIs or SNRIs, taken by 21 participants for anxiety or depression",
    # holdout814 52206534)
    r"given|indicated|started|received|initiated)\s+(?:by\s+(?:\d+|[\w\-]+)\s+(?:\w+\s+)?|\w+\s+)?)?"
    r"for\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,2}?$",
    re.I,
)
# The condition said to be over or held in check before and through the story: "which
# had remitted", "had resolved", "remained in remission", "well controlled on sertraline".
# That is the person's history, not a condition treated or an outcome measured (a change,
# "her depression remitted after 10 weeks", is an outcome and is not matched).
_TRAIT_AFTER = re.compile(
    # (the rest of the disorder's name first: "depressive disorder, stable ...")
    r"^[\w\-]*(?:\s+(?:disorder|episodes?|illness))?\s*,?\s*(?:(?:which|that)\s+)?(?:"
    r"had\s+(?:since\s+|long\s+|fully\s+|completely\s+)?(?:remitted|resolved|"
    r"been\s+(?:\w+\s+)?(?:in\s+remission|controlled|remitted|resolved))|"
    r"(?:remained|stayed|was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?in\s+"
    r"(?:full\s+|stable\s+|sustained\s+|complete\s+)?remission\b|"
    r"(?:now\s+|currently\s+)?in\s+(?:full\s+|stable\s+|sustained\s+)?remission\b|"
    r"(?:(?:remained|was|is|has\s+been|had\s+been)\s+)?well[\s\-]controlled\b|"
    # ... or listed among what the people came with: "Depression was recorded as a
    # comorbidity in 14 patients"
    r"(?:was|were)\s+(?:recorded|documented|noted|listed|coded|present)\s+as\s+(?:an?\s+)?"
    r"(?:co-?morbid\w*|pre-?existing|baseline)\b|"
    # ... or how many of the sample have it: "Self-reported depression was present in 34%
    # and anxiety in 41%" (preprints171 PPR9902059)
    r"(?:was|were)\s+(?:present|reported|prevalent)\s+in\s+\d+(?:\.\d+)?\s*%|"
    # ... or held steady on another medicine for a long time before: "stable for two years on
    # vortioxetine", "stable on sertraline 100 mg for several years" (a change over the
    # study, "stable over 12 weeks", is an outcome and is not matched)
    r"(?:(?:remained|was|is|has\s+been|had\s+been)\s+)?(?:clinically\s+)?stable\s+(?:for\s+"
    r"(?:(?:over|more\s+than|nearly|almost|about|some|the\s+past|the\s+last)\s+)?"
    r"(?:[\w\-]+\s+)?(?:years?|months)\s+(?:on|with|under)\b|on\s+[\w\-]+(?:\s+\d[\d.]*\s*mg)?"
    r"(?:\s+daily)?\s+for\s+(?:(?:over|more\s+than|several|many)\s+)?(?:[\w\-]+\s+)?"
    r"(?:years?|months)\b))",
    re.I,
)
# a list of an analysis's variables, however long, up to the mention in the same clause:
# "Covariates included ...", "potential confounders comprised ...", "the models were
# adjusted for ..." (the medicine named in it is a trait the analysis balances)
# the words for what a model adjusts or matches for
_VARIABLES = r"covariates|confounders|(?:adjustment|confounding|matching)\s+(?:variables|factors)"
_COVARIATE_LIST = Folded(
    rf"\b(?:{_VARIABLES}|"
    r"(?:were|was)\s+adjusted\s+for)\b(?:\s+(?:included|includes|comprised|were|consisted\s+"
    r"of|such\s+as))?[^.;:]*$",
    re.I,
)
# ... said as a list that opens with its verb of listing, which a named scale in it only
# describes too: "Baseline characteristics included the CES-D, alcohol use and smoking",
# "Covariates in the model included age, sex and the BDI-II score" (not "baseline
# characteristics were similar, and BDI scores fell": no list)
_LISTED_VARIABLE = Folded(
    rf"\b(?:{_VARIABLES}|"
    r"baseline\s+(?:characteristics|variables|measures|covariates|data|assessments)|"
    # (or the score people were matched on: "the (propensity) score also included a
    # recorded diagnosis of depression")
    r"(?:propensity|matching)(?:[\s\-]+score)?(?:\s+model)?|the\s+score)\b"
    r"(?:\s+(?:in|of|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:model|analys[ie]s|regression)s?)?"
    r"\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of|incorporated)\b[^.;:]*$|"
    # ... or a list of the predictors or moderators of response it examined: "Candidate
    # predictors were age, ... and a diagnosis of depression", "Potential predictors of
    # response included BMI and depression" (not "predictors were examined, and ...": the
    # verb of examining is no list)
    r"\b(?:candidate|potential|possible|putative|pre-?specified|examined)\s+(?:predictors|"
    r"moderators)(?:\s+of\s+[\w\-]+)?\s+(?:were|included|comprised)\s+(?!(?:examined|tested|"
    r"explored|assessed|evaluated|analy[sz]ed|entered|identified)\b)[^.;:]*$",
    re.I,
)
_BASELINE_BEFORE = re.compile(r"\bbaseline\s+$", re.I)


def _last_word_at(m: re.Match[str]) -> int:
    """Where a treatment-outcome match's last word (the medicine: "... antidepressants")
    starts, so that what is said right before that word can be read."""
    return m.start() + max(0, m.group(0).rstrip().rfind(" ") + 1)


# a medicine's use the people bring beside the study's drug: "with attention to
# concomitant antidepressant use", "by concurrent antidepressant use" (what they take, a
# trait of theirs; a change in it, "antidepressant use fell", is not so qualified)
# (... or a medicine they came in on: "often to patients already taking antidepressants",
# "many participants were also taking prescribed antidepressants ... for comorbid anxiety")
_CONCURRENT_BEFORE = re.compile(
    r"\b(?:concomitant|concurrent|co-?prescribed|co-?medicated|background)\s+$|"
    r"\b(?:already|currently|also)\s+(?:taking|on|using|receiving|prescribed)\s+$",
    re.I,
)
_BASELINE_AFTER = re.compile(
    # ("antidepressant use at baseline", "... use was recorded at entry", "use of
    # antidepressants for comorbid anxiety or depression was recorded at baseline")
    # (an aside naming the drugs may stand between: "Antidepressant prescriptions (SSRIs,
    # SNRIs, tricyclics) at LDN start were recorded"; the start may be the treatment's own,
    # "at LDN start", "at the start of treatment", "at initiation of LDN")
    r"^(?:\s*\([^()]{0,60}\))?(?:\s+for(?:\s+[\w\-]+,?){1,5}?(?=\s+(?:was|were|is|are)\s))?"
    r"\s+(?:(?:was|were|is|are)\s+(?:\w+\s+)?(?:recorded|documented|collected|captured|noted|"
    r"assessed|measured)\s+)?(?:at|before)\s+(?:baseline|entry|enrol\w*|inclusion|screening|"
    r"study\s+entry|(?:the\s+)?(?:start|initiation|onset)\s+of\s+(?:the\s+)?(?:LDN|naltrexone|"
    r"treatment|therapy|study\s+drug)|(?:LDN|naltrexone|treatment)\s+(?:start|initiation))\b|"
    # ... or tallied as a share of the people, drug by drug: "antidepressant use, SSRI 7
    # (13%), SNRI 3 (6%)", "antidepressant use 14 (27%)" (a characteristic counted)
    r"^\s*[,:]?\s*(?:[\w\-]+\s+){0,2}?\d+\s*\(\d+(?:\.\d+)?\s*%\)",
    re.I,
)
# ... or told as balanced between the arms, a characteristic the randomisation evened out
# (a covariate, not an outcome): "concurrent antidepressant use (28%) was recorded and
# balanced between arms", "antidepressant use was similar across groups", "... did not
# differ between the two arms" (a change in it, "fell more in the LDN arm", is not matched)
_BALANCED_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:was|were)\s+(?:\w+\s+)?(?:recorded|documented|collected|"
    r"captured|noted|assessed)\s+(?:at\s+\w+\s+)?and\s+)?(?:(?:was|were|is|are)\s+)?"
    r"(?:(?:well|evenly|equally|similarly)\s+)?(?:balanced|similar|comparable|distributed|"
    r"did\s+not\s+differ|no\s+different)\s+(?:\w+\s+)?(?:between|across|among|in)\s+(?:the\s+)?"
    r"(?:two\s+|three\s+|both\s+|all\s+|treatment\s+|study\s+)?(?:arms?|groups?)\b"
    # (not at a time after the start: "... similar between groups at week 12" is a result)
    r"(?![^.;]{0,30}\b(?:at|after|by|over|during|throughout)\s+(?:the\s+)?(?:weeks?|months?|"
    r"follow|end|\d))",
    re.I,
)
# The condition's treatment taken as a predictor of another outcome, not as an outcome
# itself: "response was not associated with antidepressant use", "remission did not differ
# by concomitant antidepressant use", "regardless of antidepressant use" (a change in it,
# "associated with reduced antidepressant use", is an outcome and is not matched) ...
_SPLIT_BY = r"(?:differ\w*|var(?:y|ied|ies)|stratified|split|analy[sz]ed)\s+(?:\w+\s+)?(?:by|according\s+to)"
# (or an interaction with it: "no interaction with antidepressant use", "the interaction
# between arm and antidepressant use")
_PREDICTOR_BEFORE = Folded(
    rf"\b(?:(?:associated|correlated|linked|related)\s+(?:with|to)|{_SPLIT_BY}|(?:regardless|"
    r"irrespective|independent(?:ly)?)\s+of|interactions?\s+(?:with|by)|"
    r"interactions?\s+between\s+(?:[\w\-]+\s+){1,3}?and)\s+"
    r"(?:(?:concomitant|concurrent|current|baseline|"
    r"prior|any|the|their)\s+)?$",
    re.I,
)
# ... and the condition itself as what the people are split by when another outcome is
# compared: "Outcomes did not differ by depression history", "pain relief varied according
# to baseline depression" (not "associated with": "associated with less depression" is an
# outcome of the condition)
_SPLIT_BY_BEFORE = Folded(
    rf"\b{_SPLIT_BY}\s+(?:(?:comorbid|concurrent|current|baseline|prior|pre-?existing|a|the|"
    r"their)\s+)?(?:(?:diagnosis|history)\s+of\s+)?$",
    re.I,
)
# ... or the people split by the treatment, said right before it: "similar in participants
# with and without antidepressant use" (a subgroup comparison, not an outcome)
_WITH_AND_WITHOUT_BEFORE = re.compile(
    r"\b(?:with|on)\s+(?:and|or)\s+(?:without|not\s+on)\s+(?:(?:concomitant|concurrent|current|"
    r"baseline|an?)\s+)?$",
    re.I,
)
# ... or said after it: "antidepressant use did not predict response", "... was not a
# predictor of remission", "... did not modify the effect"; the measure may be timed as
# at entry first, and its link to the other outcome said as an association ("depression
# at baseline was not associated with response", "... was unrelated to dropout": the
# condition is the subject, the study's outcome what it is linked to)
_PREDICTOR_AFTER = re.compile(
    # (the rest of the measure's name first: "HADS depression subscale at baseline (OR 0.84
    # per point) was associated with response")
    r"^(?:\s+(?:depression|depressive|anxiety|sub-?scales?|sub-?scores?|scores?|symptoms?|"
    r"severity)(?=\s)){0,3}(?:"
    r"\s+(?:at|before)\s+(?:baseline|entry|enrol\w*|inclusion|screening|study\s+entry|"
    r"randomi[sz]ation)(?:\s*\([^()]*\))?"
    # (... the people who brought it in were likelier to have another outcome: "fewer
    # depressive symptoms at baseline were more likely to respond")
    r"\s+(?:were|was)\s+(?:more|less)\s+likely\s+to\b|"
    r"(?:\s+(?:at|before)\s+(?:baseline|entry|enrol\w*|inclusion|screening|study\s+entry|"
    r"randomi[sz]ation))?(?:\s*\([^()]*\))?"
    # (... with another trait of the people joined to it: "depression (24%) and chronic
    # pain were not associated with persistence")
    r"(?:\s+(?:and|or)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+(?:\s*\([^()]*\))?)?"
    # (... or closing an apposition of the factors it is one of: "whether baseline factors,
    # including depression, predict pain response")
    r"(?:\s*,)?"
    r"\s+(?:(?:did|does|do|was|were|is|are)\s+(?:not\s+)?)?(?:(?:an?\s+)?(?:predictor|moderator|"
    r"modifier)s?\b|predict\w*|modif(?:y|ied|ies)|moderat\w*|"
    r"(?:(?:significantly|independently|statistically)\s+)?(?:associated|correlated|linked)\s+"
    r"(?:with|to)|unrelated\s+to|"
    # (... or a confounder of it: "depressive symptoms may confound fatigue ratings")
    r"(?:(?:may|might|could|can)\s+)?(?:confound\w*|bias)\s+(?:the\s+)?[\w\-]+|"
    # (... or a marker of who gains: "depressive symptoms did not identify patients who
    # benefit", "... singled out those who responded")
    r"(?:identif(?:y|ied|ies)|single[sd]?\s+out|pick(?:ed|s)?\s+out)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:patients|participants|people|those|subjects|individuals|responders)\s+"
    r"(?:who|likely|most)\b|"
    # (... or the people who have it likelier to stay on the drug or leave it: "Patients
    # with depression or concurrent opioid therapy are more likely to stop LDN early")
    r"(?:were|was|are|is)\s+(?:(?:slightly|significantly|somewhat|much)\s+)?(?:more|less)\s+"
    r"likely\s+to\s+(?:persist|continue|discontinue|stop|remain|adhere|refill|drop|switch)"
    r")\b)",
    re.I,
)
# ... or the subject of a prediction the sentence made first and leaves unsaid after it
# (an ellipsis): "Disease duration predicted response, whereas baseline depression did
# not", "Age was associated with response but antidepressant use was not", "Pain
# severity predicted dropout, while depressive symptoms, anxiety and antidepressant use
# did not": the measure is set beside the predictor that worked, as one that did not
_ELIDED_PREDICTION_BEFORE = Folded(
    r"\b(?:predict\w*|moderat\w*|(?:associated|correlated|linked)\s+(?:with|to))\b"
    r"(?:[^.;]|\.\d)*?(?:,\s*|\s+)(?:whereas|while|but|although)\s+(?:[^.;]|\.\d)*$",
    re.I,
)
_ELIDED_PREDICTION_AFTER = re.compile(
    r"^(?:(?:,\s*|\s+(?:and|or)\s+|\s+)(?!(?:did|do|does|was|were|is|are)\b)[\w\-]+"
    r"(?:\s*\([^()]*\))?){0,10}?\s+(?:did|do|does|was|were|is|are)\s+not\s*(?:[.;)]|$)",
    re.I,
)


def _elided_prediction(text: str, start: int, end: int) -> bool:
    """The measure at [start, end) is the subject of a prediction said before it and
    elided after it ("X predicted response, whereas baseline depression did not")."""
    return (
        _ELIDED_PREDICTION_AFTER.match(text[end:]) is not None
        and _ELIDED_PREDICTION_BEFORE.search(text, 0, start) is not None
    )


# ... or its users, as a group of the people, likelier to stay on the study's drug or
# leave it: "antidepressant users were slightly more likely to persist (OR 1.12)" (what
# they took is a trait of theirs that predicts persistence, not an outcome)
_USERS_LIKELIER = re.compile(
    r"\s+(?:were|was)\s+(?:(?:slightly|significantly|somewhat|much|no)\s+)?(?:more|less)\s+"
    r"likely\s+to\s+(?:persist|continue|discontinue|stop|remain|adhere|refill|redeem|drop|"
    r"switch)\b",
    re.I,
)
# ... or the groups it splits compared on the other outcome: "response was similar in
# patients with and without depression", "... irrespective of comorbid depression"
_PREDICTOR_GROUPS_BEFORE = re.compile(
    r"\b(?:with\s+(?:and|or)\s+without|(?:regardless|irrespective|independent(?:ly)?)\s+of)\s+"
    r"(?:(?:an?|any|comorbid|concurrent|baseline|prior|pre-?existing|co-?occurring|"
    # (a screen's hedge: "with and without probable depression", "possible depression")
    r"probable|possible|likely|screen-?positive|clinically\s+significant)\s+)*"
    r"(?:(?:diagnosis|history)\s+of\s+)?$",
    re.I,
)


def _predicts(text: str, m: re.Match[str]) -> bool:
    """The condition's measure at ``m`` is the subject of a prediction of something else:
    "baseline depression (OR 0.52) predicted non-response", "the BDI-II did not moderate
    the effect", "depression was a predictor of dropout", "depression at baseline was not
    associated with response" (``_PREDICTOR_AFTER``), or the groups it splits compared on
    something else ("similar in those with and without depression", "did not differ by
    depression history")."""
    before = text[max(0, m.start() - 60) : m.start()]
    if _PREDICTOR_GROUPS_BEFORE.search(before) or _SPLIT_BY_BEFORE.search(before):
        return True
    if _elided_prediction(text, m.start(), m.end()):
        return True
    return _PREDICTOR_AFTER.match(_LEADING_ASIDE.sub("", text[m.end() :])) is not None


# A measure of the condition taken only to describe the people at entry or to split the
# effect on something else: "baseline depressive symptoms as a moderator", "higher
# baseline HADS depression scores", "58 had a BDI of 20 or more at baseline", "the effect
# on fatigue was larger in participants with a BDI of 20 or more". In a study that did not
# select its people for the condition this measures no outcome of it.
_MODERATOR_BEFORE = Folded(
    r"(?<!from )(?<!since )\bbaseline\s+(?:[\w\-]+\s+){0,3}(?:\([^()]*)?$|"
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:\w+\s+)?(?:those|participants|patients|people|subjects|"
    r"individuals|women|men|adults)\s+with\s+(?:an?\s+)?(?:baseline\s+)?$",
    re.I,
)
_THRESHOLD = r"(?:[\s\-]*[\w\-]{0,6})?\s*(?:≥|>=|>|(?:score\s+)?of\s+\d+\s+or\s+(?:more|higher|above|greater))"
_MODERATOR_AFTER = re.compile(
    rf"^{_THRESHOLD}\s*\d*[^.;,]{{0,20}}?\bat\s+baseline\b(?!\s*(?:and|,|to|through|until)\b)|"
    # ... or called one straight after it: "with analysis of depressive symptoms as a
    # moderator of response", "baseline BDI (as a candidate predictor)"
    # (the rest of its name between: "depressive symptoms (PHQ-9) as a moderator")
    r"^(?:\s+(?!as\b)[\w\-]+){0,2}?\s*(?:\([^()]*\)\s*)?\(?as\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+\s+)?(?:moderators?|"
    r"predictors?|covariates?|confounders?|effect\s+modifiers?)\b|"
    # ... or adjusted for, said after it in its own clause: "use of antidepressants (SSRIs
    # in 14%) was recorded and adjusted for", "... was controlled for in the analysis",
    # "... was statistically accounted for" (as "adjusted for X" before it: a confounder)
    r"^(?:[^;,.()]|\([^()]*\)){0,80}?\b(?:were|was|is|are|be)\s+(?:\w+\s+(?:and\s+)?){0,2}?"
    r"(?:adjusted|controlled|accounted|corrected)\s+for\b|"
    # ("... were entered as covariates", "... served as a covariate", "..., taken as a
    # covariate,": said of the measure, in its own clause)
    # (or after a first verb of taking it at entry: "... was recorded at baseline and
    # entered as a covariate", "... were collected at screening and used as covariates")
    # (... or after a list it closes with a comma: "Baseline traits, including X, Y, a
    # diagnosis of depression (41%) and Z, were examined as predictors")
    r"^(?:[^;,.()]|\([^()]*\)){0,80}?(?:,\s+(?=(?:were|was)\s))?"
    r"(?:\b(?:were|was|is|are|be)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:recorded|measured|assessed|collected|obtained|administered|completed|documented)\s+"
    # (the instrument it was taken with may come between: "were measured with the HADS at
    # enrolment and entered as covariates")
    r"(?:(?:with|using|by|on)\s+(?:the\s+|a\s+)?(?:[^.;,()]|\([^()]*\)){0,60}?\s+)?"
    r"(?:at|before)\s+(?:baseline|entry|screening|enrol\w*|inclusion|randomi[sz]ation)\s+"
    # (... or after the time: "were measured at baseline with the HADS and used as a
    # prespecified moderator")
    r"(?:(?:with|using|by|on)\s+(?:the\s+|a\s+)?(?:[^.;,()]|\([^()]*\)){0,60}?\s+)?"
    r"and\s+(?:then\s+)?)?(?:examined|"
    r"tested|prespecified|pre-specified|used|entered|analy[sz]ed|included|explored|evaluated|"
    r"modell?ed|treated|taken|added|recorded|documented|collected|captured|extracted|noted)|"
    r"\b(?:served|acted|functioned)|,\s*(?:taken|entered|included|used|treated|added))"
    # ("... were included in the mixed model as a covariate")
    r"(?:\s+(?:in|into)\s+(?:the\s+|all\s+|each\s+)?(?:[\w\-]+\s+){0,2}?(?:models?|analys[ie]s|"
    # ("... recorded at baseline and used only as a covariate")
    r"regressions?))?(?:\s+(?:only|solely|purely))?\s+as\s+(?:an?\s+)?(?:\w+\s+)?(?:moderators?|"
    r"predictors?|covariates?|confounders?|confounding\s+(?:factors?|variables?)|"
    r"effect\s+modifiers?|stratification\s+(?:factors?|variables?))\b",
    re.I,
)
_SUBGROUP_CUT = re.compile(rf"^{_THRESHOLD}", re.I)


# A sentence that opens by saying it describes the people at entry ("At baseline, ...",
# "At enrolment, ...") and reports no later time point or change: what it names about
# the condition describes the people, it measures no outcome
_AT_ENTRY = re.compile(
    # (... or opens with what the people had at baseline, said of them then: "Baseline
    # depressive symptoms were common (mean HADS-D 9.1)")
    r"^\s*baseline\s+(?:[\w\-]+\s+){1,3}?(?:was|were)\s+(?:common|frequent|prevalent|"
    r"present|mild|moderate|low|high|elevated|similar|comparable)\b|"
    # ... or opens with the people's mean at entry: "The mean baseline HADS-depression score
    # was 9.1", "Mean (SD) baseline PHQ-9 was 12.4 (4.0)", "Baseline BDI-II scores averaged
    # 18", "Median baseline MADRS was 24" (with no later time or change, ``_LATER``)
    r"^\s*(?:the\s+)?(?:mean|median|average)\s+(?:\([^()]{1,12}\)\s+)?baseline\s+"
    r"(?:[\w\-]+\s+){1,3}?(?:was|were|of|averaged)\b|"
    r"^\s*baseline\s+(?:[\w\-]+\s+){1,3}?(?:averaged|had\s+a\s+mean\s+of)\b|"
    r"^\s*(?:at|before)\s+(?:baseline|entry|enrol+ment|inclusion|screening|study\s+entry|"
    r"randomi[sz]ation)(?:\s*,|"
    # (... the opening without its comma, straight into what was found: "At enrolment the
    # mean HADS depression score was 9", "At screening 38% had a PHQ-9 of 10 or more")
    r"\s+(?=(?:the|a|an)\s+(?:mean|median|average|proportion|share)\b|(?:mean|median|"
    r"average)\b|\d))|"
    # ... or before the drug was started, what was taken then: "Before treatment we
    # recorded ...", "Before starting the drug, the HADS was completed"
    r"^\s*before\s+(?:treatment|starting\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:treatment|drug|"
    r"medication)|the\s+first\s+dose|initiation)\s*(?:,|(?=we\s+(?:recorded|measured|assessed|"
    r"collected|obtained|documented)\b))|"
    # ... or labels its line as the people at entry: "Baseline: mean age 56, PHQ-9 mean
    # 11.4", "Baseline characteristics: ...", "Patient characteristics at entry: ..."
    r"^\s*(?:(?:baseline|entry)(?:\s+(?:characteristics|data|demographics|features|values))?|"
    r"(?:(?:patient|participant|sample|cohort)s?'?\s+)?characteristics\s+(?:at\s+)?"
    r"(?:baseline|entry|enrol+ment|inclusion))\s*:",
    re.I,
)
_LATER = re.compile(
    r"\b(?:weeks?|months?|follow[\s\-]*up|end\s+of|endpoint|post[\s\-]*treatment|after|"
    r"fell|f[ae]ll(?:en|ing)|decreas\w*|improv\w*|chang\w*|ros[ae]|reduc\w*|declin\w*)\b",
    re.I,
)


# the condition as the people had it when first seen, no change told: "Many patients
# described low mood and anxiety at their first visit, which were addressed by the centre's
# psychologist", "depressive symptoms at presentation were common" (a description of who
# they were, not an outcome)
_AT_FIRST_VISIT_AFTER = re.compile(
    r"^(?:[^;.()]|\([^()]*\)){0,40}?\b(?:at|on|during)\s+(?:their\s+|the\s+|her\s+|his\s+)?"
    r"(?:(?:first|initial|index|intake|baseline|referral)\s+(?:clinic\s+)?(?:visit|presentation|"
    r"assessment|consultation|appointment|evaluation|interview)|presentation|intake|admission|referral)\b",
    re.I,
)


def _at_entry(text: str) -> bool:
    return _AT_ENTRY.match(text) is not None and _LATER.search(text) is None


def _at_entry_at(text: str, start: int, end: int) -> bool:
    """The sentence, or the semicolon clause holding ``text[start:end]``, describes the
    people at entry: "A total of 140 women were randomised; at baseline, 31% had an EPDS
    score of 13 or more"."""
    if _at_entry(text):
        return True
    head = text.rfind(";", 0, start) + 1
    tail = text.find(";", end)
    return head > 0 and _at_entry(text[head : len(text) if tail < 0 else tail])


def _moderator(text: str, m: re.Match[str]) -> bool:
    """The condition's measure at ``m`` describes people at entry or cuts the sample
    into subgroups; it is not an outcome (see ``_MODERATOR_BEFORE``, ``_AT_ENTRY``)."""
    if _at_entry_at(text, m.start(), m.end()):
        return True
    before = text[max(0, m.start() - 80) : m.start()]
    after = text[m.end() :]
    hit = _MODERATOR_BEFORE.search(before)
    if hit and "baseline" in hit.group(0).lower():
        return True
    if hit:
        return _SUBGROUP_CUT.match(after) is not None
    if _MODERATOR_AFTER.match(after) is not None:
        return True
    if _AT_FIRST_VISIT_AFTER.match(after) is not None and _LATER.search(text) is None:
        return True
    # a measure named inside the phrase that makes an earlier one a covariate ("depressive
    # symptoms were measured with the Hospital Anxiety and Depression Scale at enrolment
    # and entered as covariates"): the instrument it was taken with is that covariate too
    # (the match's own pattern may be the lower-cased text's, as ``Folded`` searches it)
    low = text.lower()
    for e in m.re.finditer(low if len(low) == len(text) else text, 0, m.start()):
        if e.end() > m.start():
            break
        covered = _MODERATOR_AFTER.match(text[e.end() :])
        if covered is not None and e.end() + covered.end() >= m.end():
            return True
    # a measure named in the brackets after its scale ("the Beck Depression Inventory
    # (BDI-II) was entered as a covariate"): what is said of the scale after the brackets
    # is said of it too
    head = text[max(0, m.start() - 40) : m.start()]
    if head.rfind("(") > head.rfind(")"):
        close = after.find(")")
        if 0 <= close <= 30 and "(" not in after[:close]:
            return _MODERATOR_AFTER.match(after[close + 1 :]) is not None
    return False


# The condition named as what some items of another instrument ask about: "the FIQR,
# which includes items on depression and anxiety", "a quality-of-life questionnaire with
# questions about mood", "its single depression item". A total score over them measures
# the other instrument's construct, not the condition in its own right (a subscale is a
# measure of its own, so not here).
# (... or a dimension of a quality-of-life index, each one item: "the EQ-5D dimensions
# (mobility, self-care, usual activities, pain/discomfort and anxiety/depression)", "problems
# on the anxiety/depression dimension", "the dimensions for pain and for anxiety/depression")
_ITEMS_BEFORE = re.compile(
    r"\b(?:items?|questions?|dimensions?)\s+(?:on|about|covering|assessing|addressing|"
    r"concerning|(?:relat(?:ing|ed)|pertaining)\s+to|for)\s+"
    r"(?:[\w\-/]+,?\s+(?:and\s+|or\s+)?(?:for\s+)?){0,3}(?:[\w\-]+/)?$|"
    r"\bdimensions\s*\([^()]{0,110}$|"
    # (... or what an instrument covers, told in a relative clause after it: "the ABC-I,
    # which covers tantrums, aggression and rapid mood changes", "an inventory that asks
    # about restlessness and low mood")
    r"\b(?:checklist|scale|subscale|inventory|questionnaire|instrument|index)(?:\s*\([^()]*\))?"
    r",?\s+(?:which|that)\s+(?:covers?|includes?|comprises?|asks?\s+about|contains?)\s+"
    r"(?:[\w\-/]+,?\s+(?:and\s+|or\s+)?){0,6}$",
    re.I,
)
_ITEM_AFTER = re.compile(r"^[\s\-]*(?:and\s+[\w\-]+\s+)?(?:items?|questions?|dimensions?)\b", re.I)
# ... or a domain named for the condition and another construct at once, the way a health
# index names its one item: "no change in the anxiety/depression domain", "the
# depression/anxiety domain of the EQ-5D" (a domain named for the condition alone, "the
# PROMIS depression domain", is a measure of its own)
_SHARED_DOMAIN_AFTER = re.compile(r"^(?:/[\w\-]+)?[\s\-]+(?:domains?|dimensions?)\b", re.I)


# what the study checked safety with, listed as such: "Safety assessments include adverse
# event reporting, vital signs, liver function tests and the Columbia Suicide Severity
# Rating Scale", "safety was monitored with the C-SSRS" (a watch kept for harm, not a mood
# outcome of the study)
_SAFETY_CHECKS = re.compile(
    r"\bsafety\s+(?:assessments?|measures?|monitoring|evaluations?|checks?|variables?)\s+"
    r"(?:includ(?:e|es|ed|ing)|compris(?:e|es|ed)|consist(?:s|ed)\s+of|(?:were|was|are|is)\b)"
    r"[^.;]*$|"
    r"\bsafety\s+(?:was|is|will\s+be)\s+(?:assessed|monitored|evaluated|checked)\s+"
    r"(?:with|using|by)\b[^.;]*$",
    re.I,
)


# ... or said of the scale after it, in its own clause: "the Columbia Suicide Severity Rating
# Scale was administered at each visit for safety", "suicidality was monitored as a safety
# measure" (not "the MADRS was rated for efficacy and the C-SSRS for safety": another head
# in between ends the reach)
_FOR_SAFETY_AFTER = re.compile(
    r"(?:(?!\b(?:for|and|while|whereas|but)\b)[^.;]){0,60}?\b(?:was|were|is|are|will\s+be)\s+"
    r"(?:\w+\s+){0,2}?(?:administered|completed|assessed|monitored|used|applied|collected|"
    r"rated|performed|measured|screened|checked)\b"
    r"(?:(?!\b(?:for|and|while|whereas|but)\b)[^.;]){0,50}?"
    r"\b(?:for|as\s+(?:an?\s+)?)\s*safety(?:\s+(?:monitoring|purposes|measures?|checks?|"
    r"assessments?|reasons|only))?\b(?!\s+(?:and|or)\s+(?:efficacy|as\s+an?\s+outcome))",
    re.I,
)


def _instrument_item(text: str, start: int, end: int) -> bool:
    """The condition word at [start, end) names items of another instrument."""
    shared = _SHARED_DOMAIN_AFTER.match(text[end:])
    return bool(
        _ITEMS_BEFORE.search(text[max(0, start - 130) : start])
        or _ITEM_AFTER.match(text[end:])
        or (shared and (text[start - 1 : start] == "/" or shared.group(0).startswith("/")))
    )


# a mood instrument's subscale that measures something else: "the fatigue-inertia subscale of
# the Profile of Mood States", "the POMS fatigue subscale", "POMS-F" (its letter: F fatigue,
# C confusion)
_OTHER_SUBSCALE_BEFORE = re.compile(
    r"\b(?:fatigue|fatigue[\s\-]+inertia|confusion|confusion[\s\-]+bewilderment)\s+"
    r"(?:sub-?scale|domain|factor|dimension)\s+(?:score\s+)?of\s+(?:the\s+)?$",
    re.I,
)
_OTHER_SUBSCALE_AFTER = re.compile(
    # (from inside its bracket too: "the Profile of Mood States (POMS) fatigue subscale")
    r"(?:\s*\([^()]{1,12}\)|\))?[\s\-]+(?:fatigue|fatigue[\s\-]+inertia|confusion)\s+"
    r"(?:sub-?scale|domain|factor|dimension)\b|-[FC]\b(?![\-/])"
)


def _other_subscale(text: str, start: int, end: int) -> bool:
    """The mood instrument at [start, end) is named for a subscale of it that measures
    another construct (``_OTHER_SUBSCALE_BEFORE``/``_AFTER``): fatigue is no mood."""
    return bool(
        _OTHER_SUBSCALE_BEFORE.search(text, max(0, start - 60), start)
        or _OTHER_SUBSCALE_AFTER.match(text, end)
    )


def _checklist_item(p: _Patterns, text: str, start: int, end: int) -> bool:
    """The mood word at [start, end) lies inside a checklist item ("dysphoric mood"), or
    rates one ("dysphoric mood ratings": a qualified item that runs into the rating); a
    named mood scale ("Profile of Mood States", "visual analogue mood scales") is never
    one, nor a mood rated on a scale of its own ("rated change in fatigue, pain and mood on
    7-point global impression scales", where the same sentence also asks of side effects)."""
    if _RATED_ON_SCALE.match(text, end):
        return False
    return any(
        (m.start() <= start and end <= m.end()) or m.start() < start < m.end()
        for m in p.checklist_item.finditer(text)
    )


_RATED_ON_SCALE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:was|were)\s+)?(?:(?:rated|scored|measured|assessed)\s+)?"
    # (a withdrawal or side-effect scale's own item is still an item: "dysphoric mood
    # ratings on the withdrawal scale")
    r"on\s+(?:an?\s+|the\s+|their\s+)?(?:(?!(?:withdrawal|side|adverse|toxicity|opiate|opioid|"
    r"discontinuation)\b)[\w\-]+\s+){0,4}?(?:scales?|ratings?|questionnaires?|VAS|likert)\b",
    re.I,
)


# a methods fragment that says who took part, without a verb ("Participants: Adults with
# chronic pain and comorbid major depression (DSM-5) on a stable dose of ...")
_WHO = re.compile(rf"^(?:[\w\-]+\s+){{0,3}}?{_POPULATION_NOUN}\s+(?:\([^()]*\)\s+)?with\b", re.I)


def _who(s: Sentence, text: str) -> bool:
    return not (s.in_results or s.in_conclusion or s.is_title) and _WHO.match(text) is not None


# a time point of the study, not an act of taking people in: "a PHQ-9 of 10 or more at
# baseline", "a BDI-II > 19 at inclusion", "at study entry", "at randomisation"
_TIME_POINT = Folded(
    r"\b(?:at|on|during)\s+(?:the\s+)?(?:time\s+of\s+)?(?:study\s+|trial\s+)?(?:baseline|"
    r"inclusion|entry|enrol+ment|randomi[sz]ation|screening|admission|intake)\b|"
    # ... or the score's own time word: "with baseline PHQ-9 >= 10", "a baseline BDI-II of 20"
    r"\bbaseline\s+(?=[A-Za-z][\w\-]*\s*(?:[<>≥≤=]|of\b|scores?\b|(?:\d+\s+)?or\s+(?:more|higher|above)))",
    re.I,
)
# what a result says of the people it names, where an abstract has no results label:
# "participants with a PHQ-9 of 10 or more at baseline improved most", "... benefited more"
_FOUND = Folded(
    r"\b(?:improved|benefit+ed|responded|worsened|deteriorated|(?:had|showed|gained|derived)\s+"
    r"(?:the\s+|an?\s+)?(?:largest|greatest|larger|greater|smaller|most|least|more|less|no)\b)|"
    # ... or what it says of the effect in them: "the effect was larger", "benefit was
    # greater", "the difference was more pronounced"
    r"\b(?:effects?|benefits?|differences?|improvements?|reductions?|responses?)\s+"
    r"(?:(?:was|were|is|are|appeared|seemed)\s+)?(?:even\s+|much\s+|considerably\s+)?"
    r"(?:larger|greater|stronger|bigger|smaller|weaker|more\s+(?:pronounced|marked))\b",
    re.I,
)
# a count of its own given to the people the sentence names: "(PHQ-9 >= 10; n = 64)",
# "(n = 17)"
_OWN_COUNT = re.compile(
    r"\((?:[^()]*?[;,]\s*)?n\s*=\s*\d+\s*\)|"
    # ... or a share of the sample in brackets, "(54 of 160)", or the people counted with
    # the article that sets them apart: "in the 54 participants with ...", "for the 38 who"
    rf"\(\s*\d[\d,]*\s+(?:of|/)\s+\d[\d,]*\s*\)|\b(?:the|these|those)\s+\d[\d,]*\s+"
    rf"(?:[\w\-]+\s+)?(?:{_POPULATION_NOUN}|who)\b",
    re.I,
)


def _part_of_sample(s: Sentence, text: str) -> bool:
    """In a sample selected for another condition, the sentence names the people with the
    watched one as a part of it, not whom the study took in: it gives them a count of their
    own ("participants with a PHQ-9 of 10 or more at baseline (n = 64) had the largest
    benefit") or, among the results, qualifies them by a study time point, and says nothing
    of enrolment or eligibility (a threshold that defines a subgroup is not an inclusion
    criterion). A methods line with a threshold "at screening and baseline" and no count
    of its own says whom the study took in."""
    marked = _OWN_COUNT.search(text) is not None or (
        (s.in_results or _FOUND.search(text) is not None) and _TIME_POINT.search(text) is not None
    )
    return marked and _ENROLS.search(_TIME_POINT.sub(" ", text)) is None


# "<the condition>, defined as a score of 10 or more": the definition of an inclusion
# criterion when the clause says who was eligible, else of a subgroup
_DEFINED = Folded(r"\bdefined as\b[^.;:,]{0,40}$", re.I)
_ELIGIBLE = Folded(
    r"\b(?:eligib\w*|inclusion|included if|required|had to|(?:were|was)\s+(?:recruited|enrol+ed)|"
    r"we\s+(?:enrol+ed|recruited|included))\b|"
    # the study (or "we") taking people in: "LUNA enrolled adults with ...", "the trial
    # recruited 96 outpatients who ..."
    rf"\b(?:enrol+ed|recruited)\s+(?:[\w\-]+\s+){{0,2}}?{_POPULATION_NOUN}\b",
    re.I,
)


def _selects(p: _Patterns, text: str, *, cut: bool = False) -> bool:
    """The text says who was selected, not what share of the sample had a diagnosis, not
    whom it kept out, and not a past episode ("a patient with a history of X": CONTRACT.md
    asks for a current disorder). With ``cut`` (the people were selected for another
    condition) a counted part of the counted sample is a subgroup too (``_counted_part``)."""
    for m in p.population.finditer(text):
        clause = re.split(r"[;:]", text[: m.start()])[-1]
        if _negated(p, text, m):
            continue
        # (read up to the match, not only its clause: the whole may be counted in a clause
        # of its own before, "212 participants were randomised (106 per arm); 71 had PHQ-9
        # >= 10 at baseline")
        if cut and _counted_part(text[: m.start()]):
            continue
        # (a share is still a share where it is defined: "38% had depression, defined as
        # a BDI-II of 20 or more" - the comma before "defined as" ends no share)
        if _PROPORTION.search(clause) and not (
            _DEFINED.search(clause)
            and (_ELIGIBLE.search(text) or _RUN_IN.search(text))
            and not _PROPORTION.search(_DEFINED.sub("", clause).rstrip(", "))
        ):
            continue
        # (only the condition's own item of a list: "with a myocardial infarction within
        # the past 6 months, a current major depressive episode" has a current episode)
        if _PAST.search(_NEW_ITEM.split(m.group(0)[-45:])[-1]):
            continue
        if _SUBGROUP.search(clause):  # "a subgroup of 31 had moderate depression (BDI >= 20)"
            continue
        if _FORMS_SUBGROUP.match(text, m.end()):  # "those with X formed the Y subgroup"
            continue
        if _counted_having(text, clause, m.end()):
            continue
        if _AS_OUTCOME_AFTER.match(text, m.end()):
            continue  # "a trial with depression as a key secondary outcome": measured
        return True
    return False


# the condition named as what a study measures, not whom it took in: "a randomised trial
# with depression as a key secondary outcome", "... with depressive symptoms as the primary
# endpoint", "with mood as an exploratory measure"
_AS_OUTCOME_AFTER = re.compile(
    r"[\w\-]*(?:\s+symptoms?|\s+severity|\s+scores?)?\s*(?:\([^()]*\)\s*)?,?\s+as\s+"
    r"(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w\-]+\s+){0,3}?(?:outcomes?|end[\s\-]?points?|"
    r"measures?|targets?)\b",
    re.I,
)


# a number of people said to have had the condition or score, in a sentence that takes
# nobody in: "Eleven participants had a BDI-II score >= 20 at baseline", "n = 11 had a
# BDI-II >= 20 at entry", "a PHQ-9 of 10 or more was present in 14 patients". It counts
# how many of the sample had it (a part of the sample: a subgroup), where an inclusion
# threshold says whom the study took in ("we enrolled 70 adults with a PHQ-9 of 10 or
# more"; "all 40 had a HAM-D of 18 or more" is the whole sample)
_COUNT_OF = rf"(?:\d[\d,]*|{counts.NUMBER_WORDS}|n\s*=\s*\d+)"
_COUNTED_HAD = Folded(
    rf"(?<!\ball\s)(?<!\beach\s)(?<!\bboth\s)(?:^|(?<=[\s(,]))(?<![=\w]){_COUNT_OF}\s+"
    rf"(?:\([^()]*\)\s+)?(?:(?:[\w\-]+\s+){{0,2}}?{_POPULATION_NOUN}\s+)?(?:also\s+|still\s+)?"
    r"(?:had|has|have|scored|met|reached|exceeded|showed|presented\s+with)\s+"
    r"(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
_HAD_BY_COUNT = re.compile(
    rf"[^.;]{{0,40}}?\b(?:was|were)\s+(?:present|found|seen|observed|noted|recorded|reported)\s+"
    rf"(?:in|among|for)\s+{_COUNT_OF}\b",
    re.I,
)


# ... or the share that had it, right after the condition or score: "Comorbid depression
# was common at baseline (PHQ-9 >=10 in 31%)", "(a PHQ-9 of 10 or more in 25 of 80)"
_SHARE_HAD_AFTER = re.compile(
    rf"[^.;()]{{0,20}}?\b(?:in|among)\s+(?:\d+(?:\.\d+)?\s*%|{_COUNT_OF}\s+(?:of|out\s+of)\s+"
    rf"(?:the\s+)?{_COUNT_OF}\b)",
    re.I,
)


def _counted_having(text: str, clause: str, end: int) -> bool:
    """The condition is given as what a number of the people had (``_COUNTED_HAD``) in a
    sentence that says nothing of whom the study took in: a count of part of the sample."""
    if _ENROLS.search(text):
        return False
    return (
        _COUNTED_HAD.search(clause) is not None
        or _HAD_BY_COUNT.match(text, end) is not None
        or _SHARE_HAD_AFTER.match(text, end) is not None
    )


# a count of people: "150 adults", "212 randomised women", "the 66 (44%) participants"
_PEOPLE_COUNT = re.compile(
    rf"(?<![\w.])(\d[\d,]*)\s+(?:\([^()]*\)\s+)?(?:[\w\-]+\s+){{0,3}}?{_POPULATION_NOUN}\b", re.I
)
# a bare count right before the phrase that names the condition: "..., 71 (33%) scored",
# "..., 64 had"
_TRAILING_COUNT = re.compile(
    r"(?<![\w.])(\d[\d,]*)\s*(?:\([^()]*\)\s*)?(?:(?:\w+\s+){0,2}?(?:had|have|were|was|met|"
    r"scored|with|who)\b[^.;:,]{0,40})?\s*$",
    re.I,
)
# a whole that was only looked at, not taken in: "of 300 patients screened"
_NOT_TAKEN_IN = re.compile(
    r"\b(?:screen\w*|assess\w*|approach\w*|referr?\w*|contact\w*|invit\w*|eligib\w*|consider\w*)\b",
    re.I,
)


def _counted_part(clause: str) -> bool:
    """The clause counts the sample and then a smaller number of it, the people the
    condition is said of: "Of the 160 adults with X randomised ..., 64 had a score of ...",
    "in 150 adults with X, the 66 participants with ...". A sample selected for another
    condition, cut down to those with the watched one, is a subgroup of it (CONTRACT.md);
    a whole that was only screened is not the sample."""
    counts = [(m.start(), m.end(), _int(m.group(1))) for m in _PEOPLE_COUNT.finditer(clause)]
    tail = _TRAILING_COUNT.search(clause)
    if tail is not None:
        counts.append((tail.start(), len(clause), _int(tail.group(1))))
    for i, (begin, _, whole) in enumerate(counts):
        for start, _, part in counts[i + 1 :]:
            if 0 < part < whole and not _NOT_TAKEN_IN.search(clause[begin:start]):
                return True
    return False


def _int(digits: str) -> int:
    return int(digits.replace(",", ""))


# ... or said after it: "participants with a score of 14 or more formed the depressed
# subgroup" (a cut made by the analysis, not whom the study took in)
_FORMS_SUBGROUP = re.compile(
    r"[^.;:]{0,60}?\b(?:formed|form|constituted|made\s+up|comprised|were\s+(?:analy[sz]ed|"
    r"classed|classified|grouped)\s+as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:sub-?groups?|subsets?|subsamples?|strat(?:um|a))\b",
    re.I,
)
# a cut inside the sample, however far before the phrase that names the condition
_SUBGROUP = Folded(r"\b(?:sub-?groups?|subsets?|subsamples?)\b", re.I)
# the condition named as what picks out a subgroup: "in the subgroup meeting criteria for ",
# "the subset with comorbid "
_NAMED_SUBGROUP_BEFORE = re.compile(
    r"\b(?:sub-?groups?|subsets?|subsamples?)\s+(?:of\s+[\w\-]+\s+)?(?:meeting|with|who|that|"
    r"fulfilling|having|diagnosed)\b[^.;()]{0,50}$",
    re.I,
)


# the condition as something people had before, not what they have now
# where a list of what the people have goes on to its next item: ", a ...", ", and current"
_NEW_ITEM = re.compile(r",\s+(?:and\s+)?(?=(?:a|an|current|comorbid|co-morbid)\s)", re.I)
_PAST = Folded(
    r"\b(?:history of|histories of|past|previous|prior|lifetime|former|remitted|resolved)\b",
    re.I,
)


def _a_share(p: _Patterns, sents: list[Sentence]) -> bool:
    """A body sentence gives the condition as a share or subgroup of the sample ("35%
    had comorbid depression", "a subgroup of 30 with depression")."""
    for s in sents:
        if s.is_title or s.background or not p.hint.search(s.text):
            continue
        for m in p.hint.finditer(s.text):
            clause = re.split(r"[;:]", s.text[: m.start()])[-1]
            if _PROPORTION.search(clause) or _COUNT_HAD.search(clause):
                return True
    return False


# a count of the sample that had the condition: "(180 with chronic pain were randomised);
# 72 had major depressive disorder at baseline" (read only where the abstract says its
# people were selected for another condition)
_COUNT_HAD = Folded(
    r"\b\d[\d,]*\s+(?:\([^()]*\)\s+)?(?:also\s+)?(?:had|have|met\s+(?:the\s+)?criteria\s+for|"
    r"were\s+diagnosed\s+with)\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)


def _a_subgroup(p: _Patterns, sents: list[Sentence]) -> bool:
    """A body sentence names the condition as a subgroup the analysis formed ("formed the
    depressed subgroup", "the depression subset")."""
    return any(
        _SUBGROUP_AFTER.match(s.text, m.end())
        for s in sents
        if not (s.is_title or s.background)
        for m in p.hint.finditer(s.text)
    )


_SUBGROUP_AFTER = re.compile(
    r"[\w\-]*\s+(?:sub-?groups?|subsets?|subsamples?|strat(?:um|a))\b", re.I
)


def _specifiers_blanked(doc: Doc, p: _Patterns, text: str) -> str:
    """``text`` with the specifiers of the diagnosis blanked ("PDD (early onset, with or
    without intermittent major depressive episodes)": everyone has the condition), the
    article's own abbreviations for the condition read as it."""
    aliases = _condition_aliases(p, doc.sentences)
    text = aliases.sub(doc.spec.condition, text) if aliases else text
    return p.specifier.sub(lambda m: " " * len(m.group()), text)


def _condition_aliases(p: _Patterns, sentences: list[Sentence]) -> re.Pattern[str] | None:
    """Abbreviations the article defines for the condition, as one pattern."""
    abbrs = {
        m.group("abbr") for s in sentences if "(" in s.text for m in p.abbreviation.finditer(s.text)
    }
    if not abbrs:
        return None
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, sorted(abbrs)))})(?![\w\-])")


_PROFESSION = Folded(
    r"\b(?:psychiatrists|physicians|clinicians|practitioners|prescribers|pharmacists|"
    r"psychologists|nurses|doctors|GPs)\b",
    re.I,
)


def professionals(doc: Doc) -> bool:
    """The participants are professionals answering a survey (they take nothing)."""
    return other_population(doc) == PROFESSIONALS and _PROFESSION.search(doc.text) is not None


# the professionals a survey asked, named as its verb's object or subject: "we surveyed
# psychiatrists and nurse prescribers", "psychiatrists in Ontario were surveyed", "an online
# questionnaire was sent to psychiatrists", "clinicians completed the survey"
_ASKED_PROFESSIONALS = Folded(
    r"\b(?:surveyed|polled|questioned)\s+(?:[\w\-]+\s+){0,3}?(?:psychiatrists|physicians|"
    r"clinicians|practitioners|prescribers|pharmacists|psychologists|nurses|doctors|GPs)\b|"
    r"\b(?:psychiatrists|physicians|clinicians|practitioners|prescribers|pharmacists|"
    r"psychologists|nurses|doctors|GPs)\b[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?"
    r"(?:surveyed|polled|questioned)\b|"
    r"\b(?:survey|questionnaire)s?\s+(?:was\s+|were\s+)?(?:sent|mailed|e-?mailed|"
    r"distributed|administered)\s+to\s+(?:[\w\-]+\s+){0,3}?(?:psychiatrists|physicians|"
    r"clinicians|practitioners|prescribers|pharmacists|psychologists|nurses|doctors|GPs)\b|"
    r"\b(?:psychiatrists|physicians|clinicians|practitioners|prescribers|pharmacists|"
    r"psychologists|nurses|doctors|GPs)\b[^.;]{0,40}?\b(?:responded\s+to|completed|returned)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+)?(?:survey|questionnaire)\b|"
    # ... or counted as the respondents, the survey named in the record: "Two hundred and
    # fourteen psychiatrists responded (response rate 18%)"
    r"\b(?:psychiatrists|physicians|clinicians|practitioners|prescribers|pharmacists|"
    r"psychologists|nurses|doctors|GPs)\s+responded\b(?=[^.;]{0,40}\bresponse\s+rate\b)",
    re.I,
)


def surveyed_professionals(doc: Doc) -> bool:
    """The study's own people are professionals a survey asked, however the survey names
    them ("we surveyed psychiatrists"): they take nothing, so the drugs they report
    prescribing are their patients', not a co-medication of the study (CONTRACT.md)."""
    if professionals(doc):
        return True
    return any(
        _ASKED_PROFESSIONALS.search(s.text)
        for s in doc.sentences
        if (s.own or s.is_title) and not s.background
    )


def _survey_subject(doc: Doc) -> bool:
    """The condition is what a survey of professionals is about: the title names it, or a
    sentence of the abstract names it with no other condition beside it."""
    spec = doc.spec
    for s in doc.sentences:
        if s.future or spec.outcome.search(s.text) is None:
            continue
        if s.is_title or re.search(rf"\b(?:{spec.other_conditions})", s.text, re.I) is None:
            return True
    return False


def other_population(doc: Doc) -> str | None:
    """The condition (or profession) the abstract says its people were selected for,
    when it is not the watched condition."""
    return doc.remember("other_population", _other_population)[0]


def selected_with_other(doc: Doc) -> Sentence | None:
    """The study's own sentence that takes in people with another condition who, in the
    same list of what they had, also met the watched condition's diagnosis or severity
    threshold ("patients with a first ischaemic stroke 2 weeks to 6 months before enrolment,
    who met DSM-5 criteria for a depressive disorder and had a HAMD-17 of at least 17"):
    the people were selected for both (CONTRACT.md), whatever the other's onset words."""
    return doc.remember("other_population", _other_population)[1]


def _spelled_out(doc: Doc) -> Callable[[str], str]:
    """Text with the abbreviations the record defines for another condition written out:
    "post-COVID-19 condition (PCC) ... 158 adults with PCC" reads "adults with post-COVID-19
    condition" (as ``_condition_aliases`` does for the watched condition)."""

    def build(d: Doc) -> Callable[[str], str]:
        p = d.spec.compiled("topic", _build)
        found: dict[str, str] = {}
        for s in d.sentences:
            if "(" in s.text:
                for m in p.other_abbreviation.finditer(s.text):
                    # (the original words: the folded match is lower case)
                    full = s.text[m.start("full") : m.end("full")]
                    abbr = s.text[m.start("abbr") : m.end("abbr")]
                    if not p.family.search(full) and abbr not in d.spec.abbreviations:
                        found.setdefault(
                            abbr, _with_initials(s.text[: m.start("full")], full, abbr)
                        )
        # ... or that the record uses without defining, where its initials are those of
        # another condition it names in full elsewhere ("relapsing multiple sclerosis
        # patients" in the title, "28 patients with relapsing MS" in the abstract)
        for abbr, full in _initialled(d, p).items():
            found.setdefault(abbr, full)
        if not found:
            return lambda text: text
        rx = re.compile(rf"(?<![\w\-(])(?:{'|'.join(map(re.escape, sorted(found)))})(?![\w\-)])")
        return lambda text: rx.sub(lambda m: found[m.group(0)], text)

    return doc.remember("other_abbreviations", build)


# (the look-behind comes after the first capital, so the search can skip straight to
# capitals: the same runs as "(?<![\w\-])[A-Z]{2,5}(?![\w\-])", a quarter faster)
_CAPITALS = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]{1,4}(?![\w\-])")


def _initialled(doc: Doc, p: _Patterns) -> dict[str, str]:
    """Abbreviations of another condition the record does not define: a run of capitals
    ("MS") whose letters are the initials of words, ending in another condition's word,
    that the record writes out somewhere ("multiple sclerosis"); the watched condition's
    own abbreviations are never one."""
    # (the record's text is its sentences joined by spaces: one search finds them all)
    caps = set(_CAPITALS.findall(doc.text)) - set(doc.spec.abbreviations)
    if not caps:
        return {}
    # a condition word can only end an abbreviation whose last letter is its first
    lasts = {abbr[-1].lower() for abbr in caps}
    out: dict[str, str] = {}
    # (a word is tested once per record, however often it recurs: the condition words
    # are a long alternation, the costliest part of this reading)
    condition_word: dict[str, bool] = {}
    words = re.compile(r"[A-Za-z][\w'’\-]*")
    for s in doc.sentences:
        if not p.other_word.search(s.text):
            continue
        tokens = [(w.group(0), w.start(), w.end()) for w in words.finditer(s.text)]
        for i, (word, _start, end) in enumerate(tokens):
            if word[0].lower() not in lasts:
                continue
            known = condition_word.get(word)
            if known is None:
                known = condition_word[word] = bool(p.other_word.original.fullmatch(word))
            if not known:
                continue
            for abbr in caps:
                k = len(abbr)
                if i + 1 < k or abbr in out:
                    continue
                run = tokens[i + 1 - k : i + 1]
                if all(w[0].lower() == c.lower() for (w, _, _), c in zip(run, abbr, strict=True)):
                    full = s.text[run[0][1] : end]
                    if not p.family.search(full):
                        out[abbr] = full
    return out


def _with_initials(before: str, full: str, abbr: str) -> str:
    """The condition's full name, with the words before it that the abbreviation's
    initials still ask for: the condition word found is "sclerosis" in "multiple
    sclerosis (MS)", and the reasons should say "multiple sclerosis"."""
    letters = [c.lower() for c in abbr if c.isupper()]
    words = before.split()
    for letter in reversed(letters[: max(0, len(letters) - len(full.split()))]):
        if not words or not words[-1][:1].isalpha() or words[-1][0].lower() != letter:
            break
        full = f"{words.pop()} {full}"
    return full


# a definite trial named in a derived report's background: its parent
_PARENT_NAMED = re.compile(
    r"\b(?:the|this|our|parent|original|an?)\s+(?:[\w\-]+[\s,]+){0,4}?(?:trial|RCT|study)\b", re.I
)


# what follows "<people> with <another condition>" when that subgroup is only given a way of
# taking the drug: a permission or option ("could take it on alternate nights", "may split
# the dose", "were allowed to ...", "had the option of ..."), or a schedule or dose of its
# own ("received it in the morning", "took the dose at bedtime", "had their dose halved").
# The people with that condition are some of the sample, told how to take the drug: the
# sentence says nothing about whom the study took in (a selection reads "adults with
# fibromyalgia were randomised", "patients with X were enrolled")
_ACCOMMODATED = Folded(
    # (the subgroup may name more than one condition or symptom, "with insomnia or vivid
    # dreams", "with nausea, headache and/or insomnia", and a clause of its own, "who found
    # the dose hard to tolerate": still the subgroup the change of dosing is for)
    r"(?:\s*(?:,\s*(?:and/or|or|and)?|and/or|or|and)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+){0,3}?"
    r"(?:\s*,?\s*who\s+[^,;.()]{0,60}?\s*,?)??"
    r"\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?,?\s*(?:(?:also|instead|still|optionally|then)\s+)?(?:"
    # (not a permission to join: "could enrol", "may be included" select)
    r"(?:could|can|may|might)\b(?!\s+(?:(?:also|still|only)\s+)?(?:enrol\w*|enter|join|participate|"
    r"take\s+part|be\s+(?:included|enrol\w*|randomi[sz]ed|recruited|eligible|admitted)))|"
    r"(?:were|was|are|is)\s+(?:also\s+)?(?:allowed|permitted|offered|"
    r"given\s+the\s+option|advised|instructed|encouraged|told)\b|(?:had|have)\s+the\s+option\b|"
    r"(?:took|take|received|receive|were\s+given|got)\s+(?:it|them|the\s+(?:study\s+)?(?:drug|"
    r"dose|medication|tablets?|capsules?)|(?:their|the)\s+(?:[\w\-]+\s+)?(?:dose|doses|tablets?|"
    r"capsules?|medication))\s+(?:[\w\-]+\s+){0,2}?(?:in\s+the\s+(?:morning|evening|afternoon)|"
    r"at\s+(?:bedtime|night|breakfast|waking|lunch)|on\s+(?:waking|alternate|every\s+other)|"
    r"every\s+other|with\s+food|split|divided|instead|earlier|later)\b|"
    r"(?:had|have)\s+(?:their|the)\s+(?:[\w\-]+\s+)?dos(?:e|es|ing)\s+(?:reduced|lowered|halved|"
    r"split|adjusted|divided|moved|changed|delayed|capped|limited|kept)\b|"
    # ... or moved to another dose or time of dosing: "were switched to morning dosing",
    # "stepped down to 1.5 mg"
    r"(?:(?:were|was)\s+)?(?:switched|moved|changed|reduced|lowered|stepped\s+down|dropped)\s+"
    r"(?:back\s+)?to\s+(?:\d|(?:[\w\-]+\s+){0,2}?(?:dos(?:e|es|ing)|administration|schedule|"
    r"regimen)\b))",
    re.I,
)


# what, after the other condition, goes on to say who the same people were: a relative
# clause of their own ("who also met ...", "who had ...") or an entry rule ("were eligible
# if they ...", "were included provided ...")
_SELECTED_TOO = re.compile(
    # (the rest of the other condition's name first: "post-COVID-19 condition (WHO
    # definition) who also had ...", "long COVID syndrome who also met ...", and what it
    # says of the other condition itself, when it began or how it was confirmed: "first-ever
    # ischaemic stroke 2 weeks to 6 months before enrolment, who met ...", "a first stroke
    # confirmed by imaging no more than six months before inclusion, who also met ...": words
    # that open no clause and count no part of the people; "1 and 6" in a span is one word,
    # see ``_SPANS``)
    r"[\w\-'’]*(?:\s+(?!(?:and|or|with|who|whose|whom|that|which|but|were|was|of|including|"
    r"among|those|some|many|most|none|all|whereas|while)\b)[\w\-'’]+){0,12}?"
    # (... the last of them no count: "including 31 who met ...", "(n = 96), 31 who had")
    r"(?<![\s(]\d)(?<!\d\d)"
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and\s+)?(?P<clause>(?:who|that)\s+"
    r"(?:also\s+|additionally\s+|further\s+)?"
    r"(?:met|meet|fulfil+(?:ed)?|satisfied|had|have|were\s+diagnosed|scored|screened)\b|"
    r"(?:were|was)\s+(?:only\s+)?(?:included|eligible|enrol+ed|recruited|randomi[sz]ed)\s+"
    r"(?:only\s+)?(?:if|when|provided|where)\b)",
    re.I,
)


# a span of numbers, "between 1 and 6 months", "2-6 months", "one or two years": read as
# one word where ``_SELECTED_TOO`` skips what is said of the other condition (its "and" and
# "or" join no second item)
_SPANS = re.compile(
    rf"\b((?:\d+|{counts.NUMBER_WORDS}))\s+(?:and|or|to)\s+((?:\d+|{counts.NUMBER_WORDS}))\b", re.I
)


def _span_joined(m: re.Match[str]) -> str:
    """A span as one word of the same length: "1 and 6" -> "1-and-6"."""
    return m.group(0).replace(" ", "-")


_TREATED_IN = re.compile(
    r"\b(?:for|treating|treatment\s+of|augmentation\s+of)\s+(?P<what>[^,:;()]{3,60}?)\s+"
    r"(?:in|among)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _other_population(doc: Doc) -> tuple[str | None, Sentence | None]:
    both_at: list[Sentence] = []
    other = _other_condition(doc, both_at)
    return other, (both_at[0] if both_at and other is None else None)


# a parent trial said to have taken in people with the watched condition: "SERENE
# randomized 148 adults with major depressive disorder and ..." (the people with it, the
# condition's own words right after "with")
_TOOK_IN_PEOPLE_WITH = Folded(
    r"\b(?:randomi[sz]ed|enrol+ed|included|recruited)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:adults|patients|participants|outpatients|inpatients|people|women|"
    r"men|individuals|adolescents|veterans)\s+with\s+(?:(?:a|an|current|moderate|severe|major|"
    r"moderate-to-severe|treatment-resistant|clinical|unipolar|non-psychotic)\s+){0,3}",
    re.I,
)


def _parent_took_in_condition(doc: Doc, p: _Patterns) -> bool:
    """A derived report whose parent trial, told in its own sentences, took in people with
    the watched condition: a part of them picked out by another trait ("the 44 participants
    with clinically significant insomnia at baseline") are still those people (CONTRACT.md:
    a subgroup's design and population are its parent's)."""
    return doc.derived and any(
        p.family.match(s.text, m.end())
        for s in doc.sentences
        if not s.prior and not s.future
        for m in _TOOK_IN_PEOPLE_WITH.finditer(s.text)
    )


def _other_condition(doc: Doc, both_at: list[Sentence]) -> str | None:
    p = doc.spec.compiled("topic", _build)
    spell = _spelled_out(doc)
    subgroup = _subgroup_of_other(doc, p)
    if subgroup is not None:
        return subgroup
    if _parent_took_in_condition(doc, p):
        return None
    # the watched condition's own abbreviations read as the condition, as
    # ``condition_population`` reads them: "adults with PDD and chronic pain", where PDD was
    # defined as persistent depressive disorder, lists the watched condition beside the other
    # (selected for both), not an unknown "PDD and chronic pain"
    aliases = _condition_aliases(p, doc.sentences)
    for s in doc.sentences:
        # a derived report's people are part of its parent trial's, so where its background
        # names that trial, whom the trial took in is whom the report's people were taken
        # in for (a depressed subgroup of a long-COVID trial is not a depression population)
        if s.prior or (s.background and not doc.derived):
            continue
        # (an exclusion criterion selects nobody: "residents with dementia too severe to
        # complete the scale were excluded" names whom the study kept out)
        text = spell(s.admitted)
        if aliases is not None:
            text = aliases.sub(doc.spec.condition, text)
        if doc.derived and s.in_results and not _ENROLS.search(text):
            # "pain interference fell more in the 34 participants with comorbid pain": a
            # derived report's results line about part of its people, not whom the parent
            # trial took in
            continue
        found = (p.parent_population if doc.derived else p.other_population).finditer(text)
        for m in found:
            named = m.groupdict()
            if (s.background or named.get("cond3")) and not _PARENT_NAMED.search(text[: m.end()]):
                continue  # (a background about the condition in general names no trial)
            if named.get("cond6") and not s.is_title:
                continue  # (a title's "in <condition>", not a sentence's)
            # the original words, not the folded ones: "long COVID"
            group = next(
                (g for g in ("cond", "cond2", "cond3", "cond4", "cond5", "cond6") if named.get(g)),
                None,
            )
            cond = text[m.start(group) : m.end(group)] if group else None
            if cond is None:
                # (a survey the study drew on is not its people: "Following advice from
                # the monitoring committee and a survey of participating prescribers, the
                # 1 mg arm has been replaced")
                if _DREW_ON_BEFORE.search(text, max(0, m.start() - 90), m.start()):
                    continue
                return PROFESSIONALS
            # (the people's own words may run on into the baskets: "adults with a raised
            # CRP into three baskets: fibromyalgia, ...")
            if group == "cond5" or (group == "cond" and _INTO_BASKETS_RX.search(cond)):
                return cond.strip()  # (one basket beside the other: never selected for both)
            if group == "cond" and _ACCOMMODATED.match(text, m.end(group)):
                continue  # "participants with insomnia could take it on alternate nights"
            # "post-stroke <the condition>", "cancer-related <the condition>": the other
            # condition only names the kind of the watched one
            if p.kind_of.match(text[m.end() : m.end() + 60]):
                continue
            # "with fibromyalgia and comorbid <the condition>": selected for both
            # (not a new clause after a comma that tells what the trial found: "a trial of
            # X in fibromyalgia (NCT...), mood improved" names no second condition)
            # (the other condition's onset may stand between: "a first ischaemic stroke 1-6
            # months earlier, a depressive episode according to ICD-10 and a HAM-D-17 score
            # of at least 16": the same people, selected for both by the same list)
            # (the rest of its name first: "Parkinson's disease")
            rest_of_name = _NAME_REST.match(text, m.end())
            at = rest_of_name.end() if rest_of_name else m.end()
            since = _SINCE.match(text, at)
            at = since.end() if since else at
            # (the other condition may come with its alternatives before the watched one:
            # "adults with Crohn's disease or ulcerative colitis and comorbid major
            # depressive disorder" takes either bowel disease, each with the depression)
            alternative = _OTHER_ALTERNATIVE.match(text, at)
            if alternative and not p.family.search(alternative.group(0)):
                at = alternative.end()
            both = p.family.search(text[at : at + 60])
            if both and _MEASURED_VERB.search(text[at : at + both.start()]):
                both = None  # "women with fibromyalgia and measured depression with the BDI"
            if not both:
                item = _NEXT_ITEM.match(text, at)
                both = p.diagnosed_too.match(text, item.end()) if item else None
            if both and _AND.match(text[at:]) and not _NEW_CLAUSE.match(text[at:]):
                continue
            # "depressed people with MS": the people with the other condition are the ones
            # with the watched one (CONTRACT.md: selected for a depressive episode, whatever
            # other condition they also have)
            if group == "cond" and p.qualified.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            # ... as are the people a title treats the watched condition in: "X for <the
            # condition> in nursing home residents with chronic pain" (the condition is
            # what the treatment is for, the other is what those people also have)
            treated = _TREATED_IN.search(text, 0, m.start()) if s.is_title else None
            if group == "cond" and treated and p.family.search(treated.group("what")):
                continue
            # ... and so are "people with MS who also met DSM-5 criteria for major
            # depression", "adults with Parkinson's disease were eligible if they had a
            # current major depressive episode": the same people, selected in the same
            # clause by the watched condition's diagnosis or a severity threshold (not a
            # results line about some of them, nor a derived report's cut of its parent's)
            # (after the other condition's duration and an aside: "with chronic low back
            # pain for at least 6 months (average pain >= 4/10) who also had ...")
            rest = _SPANS.sub(_span_joined, re.split(r"[;.]\s", text[at:], maxsplit=1)[0])
            too = _SELECTED_TOO.match(rest)
            if (
                group == "cond"
                and not (s.in_results or doc.derived)
                and too is not None
                and p.diagnosed_too.search(rest, too.start("clause"))
            ):
                both_at.append(s)
                continue
            # "depression in adults with co-occurring cannabis use disorder": the other
            # condition called co-occurring, in a sentence naming the watched one, is what
            # those people have besides it, not what they were selected for instead
            if (
                group == "cond"
                and _COMORBID_HEAD.match(cond)
                and p.family.search(text, 0, m.start())
            ):
                continue
            if not p.family.search(cond):
                return cond.strip()
    return None


_COMORBID_HEAD = re.compile(
    r"\s*(?:comorbid|co-morbid|co-?occurring|coexisting|co-existing|concurrent)\s", re.I
)


# a verb of measuring between the other condition and the watched one: the watched one is
# what the study measured in those people, not a second condition they were selected for
_MEASURED_VERB = re.compile(
    r"\b(?:measured|assessed|rated|recorded|monitored|scored|evaluated|tracked|quantified)\b",
    re.I,
)


# a derived report that says it analyses a subgroup: "subgroup analysis", "a sub-group of"
_SUBGROUP_REPORT = Folded(r"\bsub-?groups?\b", re.I)
# ... or that picks its people out of the parent's by what they had: "The present analysis
# included the 61 participants who met criteria for a current major depressive episode"
# (the watched condition must follow: ``_picks_the_condition``)
_PICKED_OUT = Folded(
    r"\b(?:included|includes|analy[sz]ed|analy[sz]es|examined|studied|comprised|(?:is|was)\s+"
    r"(?:restricted|limited|confined)\s+to)\s+(?:only\s+)?(?:the|those)\s+(?:\d+\s+)?"
    r"(?:[\w\-]+\s+)?(?:participants|patients|women|men|adults|subjects|individuals)\s+"
    r"(?:who\s+(?:met|fulfilled|had|screened)|with|meeting|fulfilling)\b[^.;]*",
    re.I,
)


def _picks_the_condition(p: _Patterns, s: Sentence) -> bool:
    """The sentence picks the report's people out by the watched condition (``_PICKED_OUT``
    followed by it, or by a threshold on one of its scales: "included the 71 participants
    with a PHQ-9 score of 10 or more at baseline")."""
    m = _PICKED_OUT.search(s.text)
    return m is not None and (
        p.hint.search(m.group(0)) is not None or p.diagnosed_too.search(m.group(0)) is not None
    )


def _subgroup_of_other(doc: Doc, p: _Patterns) -> str | None:
    """The other condition of a derived report's parent, where the report calls itself a
    subgroup analysis and names the watched condition as a second condition of people
    with another ("... in fibromyalgia with comorbid major depression: subgroup analysis
    of a randomised trial"): its people are the depressed part of a trial selected for
    that other condition (CONTRACT.md: "a depressed subgroup of it" is not a depression
    population). A trial taking in people with both is selected for both; a derived report
    that does not call itself a subgroup, nor picks its people out by the watched condition
    ("included the 61 participants who met criteria for a current major depressive
    episode"), may analyse such a trial whole."""

    def find(doc: Doc) -> str | None:
        if not doc.derived or not any(
            _SUBGROUP_REPORT.search(s.text) or (s.own and _picks_the_condition(p, s))
            for s in doc.sentences
        ):
            return None
        for s in doc.sentences:
            if s.prior or (s.background and not s.is_title):
                continue
            m = p.comorbid_of_other.search(s.text)
            if m is not None and not p.family.search(m.group("cond")):
                return m.group("cond").strip()
        return None

    # (asked by both ``condition_population`` and ``other_population``: read once a record)
    return doc.remember("subgroup_of_other", find)


def _only_a_named_subgroup(p: _Patterns, text: str) -> bool:
    """Every mention of the condition as people in ``text`` names a subgroup ("in the
    subgroup meeting criteria for major depressive disorder"); its mentions as what was
    measured ("depressive symptom outcomes") are set aside, and a text with no mention of
    people has no subgroup."""
    people = [h for h in p.hint.finditer(text) if not p.measured_after.match(text, h.end())]
    return bool(people) and all(
        _NAMED_SUBGROUP_BEFORE.search(text, max(0, h.start() - 80), h.start()) for h in people
    )


def condition_population(doc: Doc) -> Sentence | None:
    """The sentence showing participants were selected for the condition, if any.

    Parenthetical asides ("Participants (N=58; 70% female) with major depression") are
    read both with and without their contents; an abbreviation defined for the condition
    ("post-stroke depression (PSD) ... 80 patients with PSD") reads as the condition. The
    title's "... in major depressive disorder" names the population when the abstract
    never names a different one: abstracts often say only "63 were randomized". An
    explicit "depression was not an inclusion criterion" wins over all of these. When the
    abstract says its people were selected for another condition, a sentence about people
    with the watched one counts only if it says who was taken in (a subgroup or a
    comorbid share of a fibromyalgia sample is not a depressed population).
    """
    p = doc.spec.compiled("topic", _build)
    sents = doc.sentences
    if any(not s.background and p.not_selected.search(s.text) for s in sents) and any(
        not s.background and p.not_selected.search(_specifiers_blanked(doc, p, s.text))
        for s in sents
    ):
        return None
    if (
        p.out_of_episode is not None
        and p.out_hint is not None
        and p.out_hint.search(doc.text)
        and any(
            s.own
            and not s.in_results
            and not s.in_conclusion
            and _out_of_episode(p, _selecting_text(s))
            and not _remission_outcome(s.text)
            for s in sents
        )
    ):
        return None
    if _subgroup_of_other(doc, p) is not None:
        # a derived report on the part of a trial in another condition that has the
        # watched one: a depressed subgroup, whoever it says it took (CONTRACT.md)
        return None
    aliases = _condition_aliases(p, sents)
    other = other_population(doc)
    for s in sents:
        # an exclusion criterion selects nobody, nor does a clause about another study
        # ("...; a trial in people with MS and clinical depression is warranted", "unlike
        # earlier trials in major depression"): their clauses are blanked
        text = _selecting_text(s)
        text = aliases.sub(doc.spec.condition, text) if aliases else text
        if s.background or s.prior or not p.hint.search(text):
            continue
        if other and not (
            s.is_title or _ENROLS.search(text) or _who(s, text) or (s.own and _RUN_IN.search(text))
        ):
            continue
        people = [c for c in text.split(";") if p.hint.search(c) and " with " in c]
        if other and people and all(_let_in(p, c) for c in people):
            # "Participants with moderate depression were eligible; ...": in people
            # selected for another condition, a part let in, not whom the study selected
            continue
        if all(_balanced_on(text, h) for h in p.hint.finditer(text)):
            # "the (propensity) score also included a recorded diagnosis of depression",
            # "covariates included age and depression", and why ("Because depression
            # influences fatigue reporting, ..."): a variable the analysis took in, not
            # people it selected
            continue
        if other and _INTO_BASKETS_RX.search(text):
            # "adults with a raised CRP into three baskets: fibromyalgia, long COVID and
            # major depression (MADRS >= 20)": the watched condition is one basket of
            # people taken in for something else, a subgroup (CONTRACT.md)
            continue
        if other and not s.is_title and _FOUND.search(text) and not _ENROLS.search(text):
            # "In women with fibromyalgia and comorbid major depression, X improved
            # mood": a finding told of the people with both, not whom the study took in
            # (holdout348 39000024)
            continue
        if other and _only_a_named_subgroup(p, text):
            # "outcomes of a randomised trial of X in fibromyalgia, overall and in the
            # subgroup meeting criteria for major depressive disorder": in a sample selected
            # for another condition, a named subgroup of it (CONTRACT.md; holdout818 52206610)
            continue
        if other and not s.is_title and _part_of_sample(s, text):
            # "participants with a PHQ-9 >= 10 at baseline (n = 64) had the largest
            # benefit", "patients with a BDI-II > 19 at inclusion (n = 17)": a subgroup
            # of people selected for another condition (CONTRACT.md)
            continue
        if (other or (not doc.derived and _PART_ANALYSED.search(text))) and _ANALYSED.search(text):
            # "a prespecified analysis examined the 31 with comorbid <the condition>": in a
            # sample selected for another condition, the people an analysis takes are a
            # subgroup of it, not a population selected for the watched one; in a record
            # reporting its own trial, an analysis named as of part of the sample ("a
            # prespecified analysis examined participants with a PHQ-9 of 10 or more")
            # takes a subgroup whoever was taken in (a derived report's analysis of a
            # trial "in which adults with <the condition> were randomised" is read below)
            continue
        if other and doc.derived and not p.other_population.search(_spelled_out(doc)(text)):
            # a secondary analysis of a trial in another condition that cuts out the
            # people with the watched one ("the 58 with a PHQ-9 of 10 or more") analyses a
            # subgroup of that trial's people, not people selected for the condition
            # (CONTRACT.md); only the parent's own selection sentence says who was taken in
            continue
        if s.in_results and not _ENROLS.search(text):
            # "in the 23 patients with a HADS-D of 8 or more, ...": a results line about
            # part of the sample, not whom the study took in
            continue
        if s.is_title and (
            (other and _a_share(p, sents)) or (doc.derived and _a_subgroup(p, sents))
        ):
            # "X in patients with chronic pain and depression" over an abstract saying
            # "35% had comorbid depression": the title names a share, not a selection
            continue
        cut = other is not None
        if _PERMITTED_PART.search(text):
            # "those with comorbid depression were included if stable on an SSRI": in a
            # sample selected for another condition, a part let in on a condition, not
            # whom the study selected (CONTRACT.md, "depression_population"); "comorbid"
            # says there is another condition even where its name is not one the spec
            # knows ("patients with relapsing MS")
            continue
        if other and any(w in text.lower() for w in _PERMISSION_WORDS):
            let_in = _LET_IN_WITH_MEDICINE.search(text)
            if let_in is not None and p.hint.search(let_in.group()):
                # "subjects with depression, provided they were on stable SSRIs, were
                # permitted to participate" in a sample selected for another condition:
                # a part let in with its medicine, not whom the study selected
                continue
        if _comorbid_part(doc, text):
            # "sertraline was prescribed to 22 participants with comorbid depression by
            # their physicians" in a trial of 140: a counted part of the sample that has
            # the condition besides what it was taken in for, not whom the study selected
            continue
        text = _variables_blanked(doc, text)
        if " for " in text and doc.comedications(s) and _drug_for_another(doc):
            # "X for lichen planopilaris in a woman treated with vortioxetine for
            # depression": where the study gives the drug for another named condition, the
            # condition named only as what another medicine treats is the person's
            # comorbidity, not what they were selected for (CONTRACT.md)
            text = _comedication_indication_blanked(doc, s, text)
        if "not" in text or "no " in text.lower() or "without" in text:
            # a threshold the study says it did not require selects nobody
            text = p.waived_threshold.sub(lambda m: " " * len(m.group()), text)
        if _selects(p, text, cut=cut) or (
            "(" in text and _selects(p, _PARENTHESES.sub("", text), cut=cut)
        ):
            return s
    if other is None:
        # the other condition's sentence that selected the same people for the watched
        # one too, however long what it said of the other before the relative clause
        found = selected_with_other(doc)
        if found is not None:
            return found
    if other is None and doc.derived:
        found = _augmented(doc)
        if found is not None:
            return found
    if other is None:
        found = _inadequate_response(doc)
        if found is not None:
            return found
    title = doc.title
    if title is None or not _title_names(p, title.text):
        return None
    if (
        " for " in title.text
        and doc.comedications(title)
        and _drug_for_another(doc)
        and not _title_names(p, _comedication_indication_blanked(doc, title, title.text))
    ):
        return None  # (as above: "X for <another condition> in a woman on Y for <it>")
    if doc.derived and _a_subgroup(p, sents):
        # a derived report whose abstract cuts the condition out as a share or subgroup
        # of the parent's people: its title names that subgroup, not whom was taken in
        return None
    return None if other else title


# the state said of what the people have, not of the people: "patients whose AUD was in
# sustained remission" (another condition's remission)
_WHOSE = re.compile(r"\bwhose\b", re.IGNORECASE)


# a dosing rule said of some of the people, right before them: "Doses were not increased in",
# "the dose was held for"
_DOSE_RULE_BEFORE = re.compile(
    r"\b(?:doses?|dosing|titration|escalation)\b[^.;]{0,30}?\b(?:increased|raised|escalated|"
    r"held|kept|reduced|lowered|stopped|continued|maintained)\s+(?:\w+\s+)?(?:in|for)\s+$",
    re.I,
)


def _out_of_episode(p: _Patterns, text: str) -> bool:
    """People taken in outside an episode of the watched condition; a remission said of
    another condition the people have ("adults whose alcohol use disorder had been in
    remission for a year") says nothing of the watched one."""
    assert p.out_of_episode is not None
    for m in p.out_of_episode.finditer(text):
        whose = _WHOSE.search(m.group(0))
        if whose is not None and not p.family.search(m.group(0)[whose.end() :]):
            continue
        if _DOSE_RULE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Doses were not increased in patients who had remitted": a rule of
            # the schedule for those who got well on it, not whom the study took in
        return True
    return False


def _negated(p: _Patterns, text: str, m: re.Match[str]) -> bool:
    """The people named at ``m`` are named by NOT having the condition: "adults without
    depression", "non-depressed volunteers", "patients free of major depression" (whom the
    study kept out, wherever the words stand: title, opening, methods, conclusions)."""
    return bool(
        p.negated.search(m.group(0))
        or _NEGATED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    )


def _title_names(p: _Patterns, text: str) -> bool:
    """The title names the people by the condition ("LDN in major depressive disorder"),
    not by its absence ("LDN in adults without depression", "in non-depressed volunteers")."""
    return any(not _negated(p, text, m) for m in p.title_population.finditer(text))


# the condition named as a second one people have besides what they were taken in for
_COMORBID = r"(?:comorbid|co-morbid|co-?occurring|concurrent|coexisting|co-existing|concomitant)"
# The condition said of people let in on a condition, as a second condition of theirs:
# "those with comorbid depression were included if stable on an SSRI", "patients with
# co-occurring major depression were eligible provided that ...", "participants with
# concurrent depression could take part as long as ..."
_PERMITTED_PART = Folded(
    rf"\b{_POPULATION_NOUN}\s+with\s+(?:an?\s+)?{_COMORBID}\b[^.;:]{{0,60}}?\b(?:(?:were|was|are|is|could|"
    r"may|might|will)\s+(?:also\s+)?(?:be\s+)?(?:included|eligible|allowed|permitted|enrolled|"
    r"take\s+part|participate)\s+(?:only\s+)?(?:if|provided|as\s+long\s+as|when|unless)\b|"
    # ... or let keep the medicine they take for it: "patients with comorbid depression
    # could continue SSRIs", "those with co-occurring depression were allowed to remain on
    # a stable SSRI", "... may keep taking sertraline" (a permitted co-medication, not a
    # selection)
    r"(?:could|may|might|can|(?:were|was|are|is)\s+(?:also\s+)?(?:allowed|permitted|able)\s+to)\s+"
    r"(?:also\s+)?(?:continue|remain\s+on|stay\s+on|keep|maintain|take|use|receive)\b|"
    # (or told plainly as kept: "Participants with comorbid depression continued their
    # prescribed antidepressant", "those with co-occurring depression kept taking their SSRI")
    r"(?:continued|kept|remained\s+on|stayed\s+on)\s+(?:taking\s+)?(?:their|his|her)\s+|"
    # (or told as kept, after the medicine they were stable on: "Participants with comorbid
    # depressive or anxiety disorders who were stabilised on SSRIs continued them")
    r"(?:who|that)\s+(?:were|was|are|is|had\s+been)\s+(?:stabili[sz]ed|stable|maintained)\s+on\s+"
    r"[^.;:]{0,40}?\b(?:continued|kept|maintained)\s+(?:them|it|their|these|this|taking)\b)|"
    # ... or let in together with the medicine they take for it: "patients with comorbid
    # depression on stable SNRIs were eligible", "those with concurrent depression taking
    # an SSRI were also included" (the medicine says why they are let in, no selection;
    # a severity threshold in between would select, and is not crossed)
    rf"\b{_POPULATION_NOUN}\s+with\s+(?:an?\s+)?{_COMORBID}\b[^.;:<>≥≤=]{{0,40}}?\b(?:on|taking|"
    r"receiving|using|treated\s+with|(?:who|that)\s+(?:were|was|are|is)\s+(?:on|taking|receiving|"
    r"using|treated\s+with))\s[^.;:<>≥≤=]{0,50}?\b(?:were|was|are|is|could|may|might|will)\s+"
    r"(?:also\s+)?(?:be\s+)?(?:included|eligible|allowed|permitted|enrolled|accepted|admitted)\b",
    re.I,
)


# The same part let in with its medicine, in words of permission alone (no "comorbid"):
# "subjects with depression, provided they were on stable doses of SSRIs, were permitted
# to participate", "patients with depression treated with sertraline were allowed in the
# study", "those with depression on a stable SNRI were also eligible". A permission or an
# "also" lets a part in; it does not say whom the study selected ("patients with
# depression on stable SSRIs were eligible" without it still selects).
_LET_IN_WITH_MEDICINE = Folded(
    rf"\b{_POPULATION_NOUN}\s+with\s+[^.;:<>≥≤=]{{0,40}}?(?:\b(?:on|taking|receiving|using|"
    r"treated\s+with|(?:who|that)\s+(?:were|was|are|is)\s+(?:on|taking|receiving|using|treated\s+"
    r"with))\s|,?\s*(?:provided|if|as\s+long\s+as)\s+(?:that\s+)?(?:they|he|she)\s+(?:were|was|are|"
    r"is|remained|stayed)\s+(?:on|taking|receiving|stable)\b)[^.;:<>≥≤=]{0,60}?\b(?:(?:were|was|are|"
    r"is|could|may|might|can|will)\s+(?:also\s+)?(?:be\s+)?(?:allowed|permitted)|(?:were|was|are|"
    r"is)\s+(?:also\s+)?not\s+excluded|(?:were|was|are|is)\s+also\s+(?:included|eligible|"
    r"enrolled)|(?:could|may|might|can)\s+(?:also\s+)?(?:be\s+)?(?:included|eligible|enrolled|"
    r"take\s+part|participate))\b",
    re.I,
)


# what a co-medication is taken for, right after it: "vortioxetine for depression",
# "sertraline 100 mg daily for recurrent major depression" (the span up to the condition)
_COMEDICATION_FOR = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+\d[\d.]*\s*mg\b)?(?:\s+(?:daily|nightly|once\s+daily))?\s+for\s+"
    r"(?:(?:her|his|their|a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+",
    re.I,
)
# what the watched drug is said to be given for, right after it: "X for lichen
# planopilaris", "X (3 mg) for chronic pruritus in ..." (up to the people or a clause end)
_DRUG_FOR = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+\d[\d.]*\s*mg\b(?:\s+(?:daily|nightly))?)?\s+"
    r"(?:as\s+(?:an?\s+)?(?:treatment|therapy)\s+)?for\s+(?:the\s+)?(?:treatment\s+of\s+)?"
    r"(?P<what>[^.;:,()]{3,60}?)(?=\s+(?:in|among|with|after|during)\b|\s*[.;:,(]|$)",
    re.I,
)


def _drug_for_another(doc: Doc) -> bool:
    """The title or a sentence of the study's own gives the watched drug for a named
    purpose that is neither the condition nor mood ("X for lichen planopilaris")."""

    def build(d: Doc) -> bool:
        p = d.spec.compiled("topic", _build)
        for s in d.sentences:
            if not (s.is_title or s.own):
                continue
            for m in d.drug(s):
                hit = _DRUG_FOR.match(s.text, m.end)
                if hit is None:
                    continue
                what = hit.group("what")
                if p.hint.search(what) or d.spec.family.search(what):
                    return False  # ("X for depression in ...": the condition itself)
                return not d.spec.outcome.search(what)
        return False

    return doc.remember("drug_for_another", build)


def _comedication_indication_blanked(doc: Doc, s: Sentence, text: str) -> str:
    """``text`` with each co-medication named with the condition as what it is taken
    for ("vortioxetine for depression") blanked."""
    p = doc.spec.compiled("topic", _build)
    for c in doc.comedications(s):
        hit = _COMEDICATION_FOR.match(text, c.end)
        if hit is not None and p.hint.search(hit.group()):
            a, b = c.start, hit.end()
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# ... or the condition named as what a medicine the people were let keep is taken for:
# "Participants taking stable doses of SSRIs or SNRIs for at least 3 months (for
# depression, anxiety or pain) were permitted to continue them", "those on sertraline for
# depression could continue it" (why they take it, not whom the study selected)
_KEPT_MEDICINE_FOR = Folded(
    r"\b(?:taking|on|receiving|using|treated\s+with)\s+[^.;:]{0,120}?\bfor\s+[^.;:]{0,80}?"
    r"(?:\)\s*)?,?\s+(?:(?:were|was|are|is)\s+(?:also\s+)?(?:allowed|permitted|able)\s+to|could|"
    r"may|might|can)\s+(?:continue|remain\s+on|stay\s+on|keep|maintain)\b",
    re.I,
)


def _permitted_part_at(text: str, at: int) -> bool:
    """The condition named at ``at`` is that of a part of the sample let in, or let keep
    a medicine, as a second condition of theirs (``_PERMITTED_PART``), let in with its
    medicine by a word of permission (``_LET_IN_WITH_MEDICINE``), or what a medicine they
    were let keep is taken for (``_KEPT_MEDICINE_FOR``)."""
    low = text.lower()
    parts = []
    if any(w in low for w in _COMORBID_WORDS):
        parts.append(_PERMITTED_PART)
    if any(w in low for w in _PERMISSION_WORDS):
        parts.append(_LET_IN_WITH_MEDICINE)
        if " for " in low:
            parts.append(_KEPT_MEDICINE_FOR)
    return any(m.start() <= at < m.end() for rx in parts for m in rx.finditer(text))


_PERMISSION_WORDS = (
    "allowed",
    "permitted",
    "excluded",
    "also ",
    "could ",
    "may ",
    "might ",
    "can ",
)


# The condition said of a counted group as a second condition of theirs: "22 participants
# with comorbid depression", "fifteen smokers with co-occurring major depression", "18
# patients with concurrent depression". With a count smaller than the sample the study
# took in, in a sentence that takes nobody in, the group is a part of the sample that
# happens to have the condition as well (a physician treating it, a subgroup) - the
# sample was selected for something else (CONTRACT.md, "depression_population").
_COMORBID_COUNTED = Folded(
    rf"(?<![\w.\-])(?P<count>{counts.NUMBER})\s+(?:\([^()]*\)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"{_POPULATION_NOUN}\s+(?:who\s+(?:also\s+)?had\s+|with\s+(?:an?\s+)?|having\s+)"
    rf"(?:{_COMORBID}|additional|secondary)\b",
    re.I,
)
# the sentence takes people in (then the count may be an arm or the sample itself)
_TAKES_IN = Folded(
    r"\b(?:randomi[sz]\w*|enrol+\w*|recruit\w*|included|inclusion|eligib\w*|criteria|"
    r"allocated|assigned|had\s+to|required)\b",
    re.I,
)
_COUNTED_PEOPLE = Folded(
    rf"(?<![\w.\-])(?P<count>{counts.NUMBER})\s+(?:\([^()]*\)\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{counts.PEOPLE})\b",
    re.I,
)

_COMORBID_WORDS = (
    "morbid",
    "occurring",
    "concurrent",
    "exist",
    "concomitant",
    "additional",
    "secondary",
)


def _sample_size(doc: Doc) -> int:
    """The largest count of people the study's own sentences say it took in (0: none)."""
    best = 0
    for s in doc.sentences:
        if s.background or s.prior or s.is_title or not _TAKES_IN.search(s.text):
            continue
        for m in _COUNTED_PEOPLE.finditer(s.text):
            n = counts.words_to_int(m.group("count"))
            if n is not None and n > best:
                best = n
    return best


def _comorbid_part(doc: Doc, text: str) -> bool:
    """``text`` names a counted part of the sample with the condition as a comorbidity
    (``_COMORBID_COUNTED``), smaller than the sample, and takes nobody in."""
    low = text.lower()
    if not any(w in low for w in _COMORBID_WORDS):
        return False
    if _TAKES_IN.search(text):
        return False
    hits = [counts.words_to_int(m.group("count")) for m in _COMORBID_COUNTED.finditer(text)]
    if not hits:
        return False
    whole = doc.remember("sample_size", _sample_size)
    return all(n is not None and 0 < n < whole for n in hits)


# The condition's measure named as a variable of an analysis of something else: in the
# list of its candidate predictors, covariates or confounders ("Candidate predictors were
# age, sex and baseline depression (PHQ-9 >= 10)", "modelled with covariates including
# ... depressive symptoms (HADS-D of 8 or more)"), the rest of the clause; a threshold
# there cuts the data, it takes in nobody
_VARIABLE_LIST = Folded(
    r"\b(?:(?:candidate|potential|possible|baseline|prespecified|pre-specified)\s+)?"
    r"(?:predictors?|covariates?|confounders?|confounding\s+(?:factors?|variables?)|"
    r"moderators?|effect\s+modifiers?|(?:explanatory|independent|predictor|candidate)\s+"
    r"variables?|risk\s+factors?)\s*(?::|\(|\b(?:were|was|included|including|comprised|"
    r"considered|examined|tested|entered|such\s+as)\b)[^.;]*",
    re.I,
)


def _variables_blanked(doc: Doc, text: str) -> str:
    """``text`` with the condition's measure blanked (same length) where it is a variable
    of an analysis of another outcome: in a list of predictors or covariates
    (``_VARIABLE_LIST``), or said to be one after it ("baseline BDI-II > 19 was examined
    as a moderator", "... did not predict response": ``_MODERATOR_AFTER``,
    ``_PREDICTOR_AFTER``), from its clause's start."""
    if not _VARIABLE_CUE.search(text):
        return text
    spans = [m.span() for m in _VARIABLE_LIST.finditer(text)]
    for m in doc.spec.outcome.finditer(text):
        after = text[m.end() :]
        if _MODERATOR_AFTER.match(after) or _PREDICTOR_AFTER.match(_LEADING_ASIDE.sub("", after)):
            start = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
            hit = _MODERATOR_AFTER.match(after) or _PREDICTOR_AFTER.match(
                _LEADING_ASIDE.sub("", after)
            )
            spans.append((start, m.end() + (hit.end() if hit else 0)))
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_VARIABLE_CUE = Folded(
    r"predict|covariat|confound|moderat|modif|risk factor|variable|associated|correlated|"
    r"linked|unrelated",
    re.I,
)
# an aside between a measure and its verb: "baseline depression (OR 0.52, 95% CI ...)"
# (and the rest of a scale's name: "BDI" of "BDI-II", "PHQ-9")
# (... or set off by commas, telling how common it was: "A recorded diagnosis of
# depression, present in 41% of patients, did not predict response")
_LEADING_ASIDE = re.compile(
    r"^(?:-[\w\-]*|\d+)?(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:present|seen|found|recorded|noted|documented|observed|reported)\s+in\s+"
    r"(?:[^,;.]|\.\d){1,40}?,)?"
)


# Remission told as a result, not as whom the study took in: a share or a count of the
# people ("44% of participants were in remission", "27 of 62 patients were in remission")
# or a time point ("in remission at week 40", "at the final visit"). An abstract without
# section labels puts its results in unlabelled sentences too.
_REMISSION_RESULT = Folded(
    r"\d(?:[\d.,]*)\s*%|\b(?:\d+|half|most|a\s+third|a\s+quarter)\s+of\s+(?:the\s+)?(?:\d+\s+)?"
    r"(?:participants|patients|completers|subjects|people|them)\b|"
    r"\b(?:at|by)\s+(?:the\s+)?(?:week|month|day|end\s+of|endpoint|end[\s\-]?point|follow[\s\-]?up|"
    r"(?:last|final)\s+(?:visit|assessment))\b|\b(?:remission|response)\s+rates?\b",
    re.I,
)
# ... unless the sentence says who was taken in ("patients who had been in remission for
# 8 weeks were randomised")
_TAKEN_IN = Folded(
    r"\b(?:randomi[sz]ed|enrol+ed|recruited|eligible|included|allocated|inclusion)\b", re.I
)


def _remission_outcome(text: str) -> bool:
    """The sentence reports remission as an outcome of the study, not as a selection."""
    return _REMISSION_RESULT.search(text) is not None and _TAKEN_IN.search(text) is None


def _selecting_text(s: Sentence) -> str:
    """The sentence with the clauses that select nobody blanked (same length): exclusion
    criteria (``admitted``) and clauses or phrases about other studies, future or earlier
    (``others_blanked``: an extension's parent trial stays, its people are the extension's)."""
    admitted, others = s.admitted, s.others_blanked or s.text
    if others == s.text:
        return admitted
    if admitted == s.text:
        return others
    return "".join(" " if o == " " else a for a, o in zip(admitted, others, strict=True))


# an analysis that takes part of the sample: "a prespecified analysis examined the 31
# participants with ...", "analysed separately in those with ..."
_ANALYSED = Folded(
    r"\b(?:analys[ie]s|analy[sz]ed|analy[sz]ing)\b[^.;:]{0,60}?\b(?:those|participants|patients|"
    r"women|men|people|individuals|subjects|adults)\s+with\b|"
    # "... with (an) analysis of depressed participants": the people the analysis takes
    r"\banalys[ie]s\s+(?:of|in|among|restricted\s+to)\s+(?:the\s+|those\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:participants|patients|people|individuals|subjects|adults|sub-?groups?|subsets?)\b|"
    # a part looked at on its own: "looked separately at those who also met criteria for
    # major depression", "participants with comorbid depression were examined separately"
    r"\b(?:look(?:ed|s|ing)?|examin\w*|assess\w*|analy[sz]\w*|stud(?:ied|y|ying)|report\w*)\s+"
    r"(?:(?:them|these|this\s+group|it)\s+)?separately\b|"
    r"\b(?:look(?:ed|s|ing)?|examin\w*|assess\w*|analy[sz]\w*|stud(?:ied|y|ying)|report\w*)\s+"
    r"separately\s+(?:at|in|for|among)\b|"
    r"\bseparately\s+(?:looked\s+at|examined|assessed|analy[sz]ed|studied|reported)\b",
    re.I,
)


# an analysis named as one of part of the sample ("a prespecified analysis", "an exploratory
# subgroup analysis"): whatever the people were selected for, the ones it takes are a
# subgroup, not whom the study took in (CONTRACT.md, "depression_population")
_PART_ANALYSED = Folded(
    r"\b(?:pre-?specified|sub-?group|secondary|exploratory|post[\s\-]?hoc|stratified)\s+"
    r"(?:sub-?group\s+)?analys[ie]s\b",
    re.I,
)


# words that make a treatment the people's own, brought into the study rather than given by
# it: "their existing antidepressant", "the current SSRI", "her usual sertraline"
_OWN_DRUG = r"existing|current|usual|own|prescribed|regular|established|maintenance|pre-?existing"

# the watched drug added to an antidepressant its people already take: "augmentation of
# SSRIs", "with their unchanged SNRI", "whose background antidepressant was venlafaxine"
_AUGMENTS_BEFORE = Folded(
    # ("as an adjunct to fluoxetine", "add-on therapy to paroxetine")
    r"\b(?:augment\w*|adjunct\w*|add(?:ed|-on)?\s+to|add-on|added\s+on\s+to|background|unchanged|"
    # (people named by how they did on a treatment too: "responders taking an oral SSRI")
    r"ongoing|continued|continuing|stable|(?:patients|participants|people|adults|individuals|"
    r"outpatients|(?:non-?)?responders|remitters)\s+(?:taking|on|receiving))\s+"
    r"(?:(?:their|an?|the|of|with|to|therapy|treatment|dose\s+of|treatment\s+with|antidepressant|oral|"
    r"at\s+randomi[sz]ation|was|were|"
    rf"{_OWN_DRUG})\s+){{0,4}}$|"
    # the drug taken beside an antidepressant that is the people's own: "in addition to
    # their SSRI", "on top of their usual escitalopram", "alongside their existing
    # venlafaxine" ("their": what they brought in, not a comparator or a drug the study gave)
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|alongside|together\s+with|as\s+well\s+as)\s+"
    r"(?:their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:(?:dose\s+of|antidepressants?)\s+)?$|"
    # the drugs listed in brackets after the background treatment: "Background dopaminergic
    # treatment (bupropion, stimulants or pramipexole) was continued"
    rf"\b(?:background|ongoing|continued|unchanged|stable|{_OWN_DRUG})\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:treatment|therapy|medication|regimens?|antidepressants?)\s*\([^()]{0,60}$",
    re.I,
)


# the people taking it compared with those who do not: "Patients taking duloxetine or an
# SSRI did not differ in pain response from those who were not" (a part of the people,
# set against the rest, not a treatment the drug was added to)
_TAKERS_COMPARED_AFTER = Folded(
    r"\b(?:did|do|does)\s+not\s+differ\b|\bdiffered\b|"
    r"\b(?:those|patients|participants|people|users|others)\s+(?:who\s+(?:were|was|did|do)\s+not\b|"
    r"not\s+(?:taking|on|receiving|using)\b|without\s+(?:an?\s+|one\b|it\b))",
    re.I,
)


def _augmented(doc: Doc) -> Sentence | None:
    """In a derived report (a secondary analysis, an extension) whose abstract names its
    people only by what they take: the drug added to the antidepressant they were taking
    for the condition, with the condition measured. The parent trial augmented a
    treatment of the condition, so it selected people with it; an antidepressant taken for
    another purpose, or another condition named as the population, never counts."""
    if not _measured(doc):
        return None
    return _added_to_antidepressant(doc, kept=True)


def _added_to_antidepressant(
    doc: Doc, *, kept: bool = False, named: bool = False
) -> Sentence | None:
    """The sentence that gives the drug added to an antidepressant the people already take
    ("LDN added to SSRIs", "as an adjunct to escitalopram", "augmentation of their SNRI"),
    or None. An antidepressant taken for another purpose makes "added to" ambiguous, so a
    record that says so gets None. With ``kept``, an antidepressant only said to be kept
    as it was beside the drug ("X 2 mg/d, escitalopram unchanged") counts too: asked only
    where the condition is measured (an extension's people on SSRIs kept unchanged may
    have been selected for pain). With ``named`` (a review, whose sentences tell of many
    drugs), only a sentence naming the watched drug counts: "caution with tramadol in
    patients taking SSRIs" adds another drug to the antidepressant, not the watched one."""
    conc = doc.remember("concomitant", drugs.find)
    if not conc.classes or conc.other_purpose:
        return None  # (an antidepressant taken for pain makes "added to" ambiguous)
    for s in doc.sentences:
        # (the parent trial's own description counts: "The X trial showed a benefit of
        # LDN added to SSRIs", then "all continued their antidepressant")
        if not (s.is_title or s.own or doc.parent_told(s)):
            continue
        for m in doc.comedications(s):
            if m.entry.name not in conc.drugs or not m.entry.classes:
                continue
            if _permitted_part_at(s.text, m.start):
                # ("patients with comorbid depression on stable SNRIs were eligible": a
                # part of the sample let keep its medicine, nothing was added to it)
                continue
            if _PERMITTED_AFTER.match(s.text, m.end):
                # ("stable SSRI/SNRI use is allowed": an eligibility rule letting people
                # keep a medicine, not a treatment the drug is added to)
                continue
            if (
                _AUGMENTS_BEFORE.search(s.text[max(0, m.start - 80) : m.start])
                and (not named or doc.drug(s))
                and not _TAKERS_COMPARED_AFTER.search(s.text, m.end)
            ):
                return s
            if _drug_added_to(doc, s, m.start):
                return s
            if kept and not s.in_results and _KEPT_AFTER.match(s.text, m.end) and doc.drug(s):
                # the antidepressant kept as it was beside the drug the sentence gives:
                # "LDN 2 mg/d, escitalopram unchanged", "X nightly; SSRI/SNRI continued
                # at the same dose" (as "with their unchanged SNRI"; holdout267 29800005)
                return s
    return None


# after the antidepressant's name (and the others listed with it): kept as it was
_KEPT_AFTER = re.compile(
    r"(?:\s*(?:/|,|\bor\b|\band\b)\s*[\w\-]+){0,3}\s+(?:(?:was|were|(?:doses?|regimens?)\s+"
    r"(?:was|were))\s+)?(?:kept\s+|continued\s+|held\s+|left\s+)?(?:unchanged|unaltered|"
    r"(?:continued|maintained|kept)\s+(?:unchanged|at\s+(?:the\s+)?(?:same|stable|baseline)\s+doses?))\b",
    re.I,
)


# the augmentation word before the watched drug, and the drug (with its dose and
# schedule) added "to" the antidepressant after it: "a trial of adjunctive low-dose
# naltrexone to vortioxetine", "add-on naltrexone 4.5 mg nightly to their escitalopram"
# (only a dose or a schedule stands between: "adjunctive LDN compared to sertraline" names
# a comparator)
_AUGMENT_BEFORE_DRUG = re.compile(
    # (the verb too: "adding low-dose X 4.5 mg nightly to an SSRI", "we added X to ...")
    r"\b(?:augment\w*|adjunct\w*|add-?on|add(?:ing|ed|s)?)\s+(?:(?:oral|open-label|nightly|(?:(?:very|ultra)[\s\-]*)?"
    r"low[\s\-]*dose)\s+){0,2}$",
    re.I,
)
_DRUG_TO = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg)(?:/d(?:ay)?)?|daily|nightly|"
    r"once|twice|at\s+bedtime|a\s+day|per\s+day|orally|tablets?|capsules?),?\s+){0,5}"
    r"(?:to|on\s+top\s+of)\s+(?:(?:their|his|her|an?|the|ongoing|unchanged|continued|stable|"
    rf"background|treatment\s+with|therapy\s+with|dose\s+of|{_OWN_DRUG})\s+){{0,3}}$",
    re.I,
)


def _drug_added_to(doc: Doc, s: Sentence, at: int) -> bool:
    """The watched drug, named with an augmentation word before it, is added to the
    antidepressant named at ``at`` ("adjunctive low-dose naltrexone to vortioxetine")."""
    for d in doc.drug(s):
        if d.end > at or at - d.end > 60:
            continue
        if _AUGMENT_BEFORE_DRUG.search(s.text[max(0, d.start - 40) : d.start]) and _DRUG_TO.match(
            s.text[d.end : at]
        ):
            return True
    return False


# people selected by how their antidepressant treatment of the condition did: "adolescents
# with partial response to fluoxetine", "adults with an inadequate response to an SSRI",
# "non-responders to escitalopram", "residual symptoms despite sertraline"
_RESPONSE_TO = re.compile(
    r"\b(?:(?:with|having|showing|had|despite)\s+(?:an?\s+|only\s+(?:an?\s+)?)?(?:partial|inadequate|"
    r"incomplete|insufficient|suboptimal|sub-optimal|poor|limited|no|non-?)[\s\-]*"
    r"(?:response|benefit|improvement|remission)|"
    r"(?:partial|non-?|incomplete|inadequate)[\s\-]*responders|"
    r"(?:with|having)\s+residual\s+(?:\w+\s+)?symptoms|(?:treatment-?)?resistant|"
    r"(?:who|that)\s+(?:had\s+)?(?:failed|did\s+not\s+(?:respond|remit)|responded\s+(?:only\s+)?"
    r"partially|had\s+not\s+(?:responded|remitted)))\s+"
    r"(?:(?:to|on|despite|with|after)\s+)(?:(?:at\s+least|one|two|a|an|the|their|his|her|first|"
    r"second|adequate|trials?\s+of|course\s+of|treatment\s+with|dose\s+of|current|stable|"
    rf"{_OWN_DRUG})\s+){{0,4}}$",
    re.I,
)


def _inadequate_response(doc: Doc) -> Sentence | None:
    """The title or an own sentence (not a result) selecting people by an inadequate
    response to the antidepressant they take for the condition ("adolescents with partial
    response to fluoxetine"), with the condition measured as an outcome: the treatment of
    the condition did not work, so the people have it. An antidepressant taken for
    another purpose (duloxetine for pain) makes the selection ambiguous: None."""
    conc = doc.remember("concomitant", drugs.find)
    if conc.other_purpose:
        return None
    kind = doc.spec.compiled("topic.kind_response", _kind_response)
    for s in doc.sentences:
        # (a derived report's people are its parent's: the background telling whom the
        # parent took in, "In the LOW-MOOD trial, 81 escitalopram non-responders had been
        # randomised", selects them as well)
        told = doc.parent_told(s)
        if not (s.is_title or s.own or told) or (s.background and not told):
            continue
        if s.prior or s.in_results:
            continue
        # the antidepressants named by their kind alone: "adults with an inadequate response
        # to at least two antidepressants", "partial responders to antidepressant treatment"
        # (the whole sample, not a share of it: "30% had ...")
        # (not an exclusion: "those who had failed two antidepressants were excluded")
        selecting = _selecting_text(s)
        for k in kind.finditer(selecting):
            clause = re.split(r"[;:]", selecting[: k.start()])[-1]
            if not _PROPORTION.search(clause) and _measured(doc):
                return s
        if not conc.classes:
            continue
        # (the response phrase stands before the first of a list of antidepressants:
        # "partial responders to an SSRI or SNRI", "non-responders to sertraline,
        # escitalopram or venlafaxine" select people on each of them)
        head, last_end = -1, -1
        for m in doc.comedications(s):
            if last_end < 0 or not _LIST_JOIN.fullmatch(s.text, last_end, m.start):
                head = m.start
            last_end = m.end
            if m.entry.name not in conc.drugs or not m.entry.classes:
                continue
            if (
                _RESPONSE_TO.search(s.text[max(0, head - 90) : head])
                or _RESPONDERS_AFTER.match(s.text, m.end)
            ) and _measured(doc):
                return s
    return None


# what joins the items of a list of antidepressants: "SSRI or SNRI", "sertraline,
# escitalopram or venlafaxine", "SSRI/SNRI", "duloxetine and/or fluoxetine"
_LIST_JOIN = re.compile(r"\s*(?:/|,|,?\s*(?:or|and|and/or)\b)\s*", re.I)


def _kind_response(spec: WatchSpec) -> re.Pattern[str]:
    """An inadequate response to the co-medications named by their kind word alone ("an
    inadequate response to at least two antidepressants", "who had not responded to two or
    more antidepressant trials")."""
    assert _RESPONSE_TO.pattern.endswith("$")
    return re.compile(
        _RESPONSE_TO.pattern[:-1] + rf"(?:or\s+more\s+)?(?:{spec.comedication_kind})s?\b", re.I
    )


# ... the antidepressant named first: "escitalopram non-responders", "SSRI partial
# responders", "sertraline-resistant patients"
_RESPONDERS_AFTER = re.compile(
    r"[\s\-]*(?:(?:partial|non|incomplete|inadequate|poor)[\s\-]*responders|"
    r"(?:partial\s+|non-?)remitters|(?:resistant|refractory)\s+(?:[\w\-]+\s+)?"
    rf"(?:{_POPULATION_NOUN}))\b",
    re.I,
)


# a medicine the eligibility lets people keep, said after it: "stable SSRI/SNRI use is
# allowed", "stable antidepressants were permitted", "sertraline or escitalopram at a stable
# dose is acceptable" (a permission, not a treatment the watched drug is added to)
# a co-medication the people keep through the study, said before it: "could continue
# stable antidepressants", "were allowed to keep their antidepressants", "remained on their
# usual antidepressant", "continued their prescribed antidepressants" (what they bring and
# keep, not a use the study measures)
_COMEDICATION_KEPT_BEFORE = Folded(
    r"\b(?:(?:could|may|might|can|(?:were|was|are|is)\s+(?:allowed|permitted)\s+to)\s+"
    r"(?:continue|keep|remain\s+on|stay\s+on|take|use)|"
    r"(?:continu\w*|remain(?:s|ed|ing)?\s+on|stay(?:s|ed|ing)?\s+on|kept|keeping|"
    r"maintain(?:s|ed|ing)?)\s+(?:on\s+)?(?:(?:their|his|her)\s+)?(?:stable|current|usual|"
    r"existing|ongoing|background|prescribed))\b(?:[\s,]+[\w\-]+){0,3}?[\s,]*$",
    re.I,
)
# ... or after it: "antidepressants prescribed for pain could be continued", "antidepressant
# prescriptions were kept unchanged", "antidepressant use remained stable"
_COMEDICATION_KEPT_AFTER = Folded(
    r"[^.;:]{0,50}?\b(?:(?:could|may|might|can|will|would|were\s+to)\s+be\s+(?:continued|kept|"
    r"maintained)|(?:were|was)\s+(?:continued|kept|maintained)\s+(?:unchanged|at\s+(?:a\s+)?"
    r"stable|without\s+change)|(?:were|was|remained)\s+(?:kept\s+)?(?:stable|unchanged)\b"
    r"(?!\s+in\s+\d))",
    re.I,
)
# (an aside in brackets counts as one step: "antidepressants prescribed for irritable-bowel-
# type pain (low-dose amitriptyline) were allowed")
_PERMITTED_AFTER = re.compile(
    r"(?:[^.;:()]|\([^()]{0,40}\)){0,50}?\b(?:is|are|was|were|will\s+be|remains?)\s+(?:also\s+)?"
    r"(?:allowed|permitted|"
    r"acceptable|not\s+excluded|not\s+an\s+exclusion)\b",
    re.I,
)


# the words that make a treatment an augmentation: "augmentation strategy for", "as an
# adjunct to", "add-on to", "added to"
_AUGMENT_WORD = Folded(
    r"\b(?:augment\w*|adjunct\w*|add-?on|add(?:ed|ing)?\s+(?:on\s+)?to|on\s+top\s+of)\b",
    re.I,
)


# the words that join the watched drug and an antidepressant into one regimen, either way
# round: "LDN combined with SSRIs", "SNRI plus low-dose naltrexone", "co-administering LDN
# with tricyclics", "antidepressant augmentation with LDN", "naltrexone 1-4.5 mg/day
# together with sertraline" (a few words of dose or manner may stand before the joining word)
_JOINED = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:[\w\-/.,]+\s+){0,4}?"
    r"(?:(?:in\s+)?combination\s+with|combined\s+with|combining\s+with|together\s+with|"
    r"alongside|plus|\+|with|in\s+addition\s+to|on\s+top\s+of|added\s+(?:on\s+)?to|add-?on\s+to|"
    r"(?:as\s+)?(?:an?\s+)?(?:adjunct\w*|augment\w*|add-?on)(?:\s+(?:to|of|for|with|by))?|"
    r"co-?administ\w*\s+with|co-?prescri\w*\s+with|concomitant\w*\s+with)\s+"
    r"(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
# ... or the verb that joins them stands before the drug: "adding LDN to SSRIs", "the
# combination of LDN and an SNRI", "co-administering naltrexone 1 mg with sertraline"
_JOINING_BEFORE = re.compile(
    r"\b(?:add(?:ing|ed|s)?|combin\w*|combination\s+of|co-?administ\w*|co-?prescri\w*|"
    r"pair\w*)\s+(?:(?:the|of|an?)\s+)?(?:[\w\-]+\s+){0,2}?$",
    re.I,
)
_JOINED_AFTER_VERB = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:[\w\-/.,]+\s+){0,4}?(?:to|with|and)\s+(?:[\w\-]+\s+){0,3}?$",
    re.I,
)
# the antidepressant's own augmentation, named before the watched drug: "antidepressant
# augmentation", "SSRI augmentation strategies" (the drug named anywhere in the sentence)
_AUGMENTATION_AFTER = re.compile(r"^[\s\-]*(?:[\w\-]+\s+)?augment\w*\b", re.I)


def _reviews_augmentation(doc: Doc) -> Sentence | None:
    """The title or an own sentence of a review whose subject is the watched drug given
    with antidepressants: an augmentation word followed closely by the co-medication kind
    ("serotonergic antidepressants") or a drug or class of the lexicon ("SSRIs"), naming
    the drug or the kind of agent it is reviewed among; or the drug itself joined to an
    antidepressant, either way round ("LDN combined with SSRIs", "SNRI plus low-dose
    naltrexone", "antidepressant augmentation: a review of low-dose naltrexone"). A
    sentence that names another purpose or condition the pairing serves ("with duloxetine
    for chronic pain", "in patients with multiple sclerosis") does not count."""
    spec = doc.spec
    kind = spec.kind_word
    elsewhere = re.compile(
        rf"\b(?:for|in|of)\s+(?:[\w\-]+\s+){{0,3}}?(?:{spec.other_purpose}|"
        rf"{spec.other_conditions})\b",
        re.I,
    )
    for s in doc.sentences:
        # (a review's unlabelled opening states its subject as readily as its scope does:
        # "Adding LDN to SSRIs is increasingly discussed"; earlier work it cites does not)
        if s.prior or s.future:
            continue
        anchors = [(m.start(), m.end()) for m in kind.finditer(s.text)] + [
            (m.start, m.end) for m in doc.comedications(s) if m.entry.classes
        ]
        if not anchors:
            continue
        for w in _AUGMENT_WORD.finditer(s.text) if s.is_title or s.own else ():
            window = s.text[w.end() : w.end() + 60]
            stop = re.search(r"[.;:]", window)
            window = window[: stop.start()] if stop else window
            if any(w.end() <= a < w.end() + len(window) for a, _ in anchors):
                return s
        given = doc.drug(s)
        if not given or elsewhere.search(s.text):
            continue
        for a, b in anchors:
            if _AUGMENTATION_AFTER.match(s.text, b):
                return s  # ("antidepressant augmentation", the drug in the same sentence)
            for d in given:
                if d.end <= a and (
                    _JOINED.match(s.text[d.end : a])
                    or (
                        _JOINING_BEFORE.search(s.text, max(0, d.start - 40), d.start)
                        and _JOINED_AFTER_VERB.match(s.text[d.end : a])
                    )
                ):
                    return s
                if b <= d.start and _JOINED.match(s.text[b : d.start]):
                    return s
    return None


def _measured(doc: Doc) -> bool:
    """The condition is an outcome of the study (``_condition``), remembered.

    Deciding that asks whether a mention of the condition only describes people the
    study did not select for it, and a derived report's selection may ask this in turn:
    while it is being decided, it is not yet shown (precision first), so a measure that
    is only a trait or a moderator never proves itself an outcome.
    """
    not_yet: tuple[bool, str | None] = (False, None)
    return doc.remember("condition", _condition, meanwhile=not_yet)[0]
