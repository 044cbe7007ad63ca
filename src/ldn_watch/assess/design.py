"""What kind of study an article is: the study itself, not the studies it cites.

PubMed's publication types are a strong hint but not the last word: a sequential
"up-and-down" dose study tagged "Randomized Controlled Trial" is not randomised, and
an open-label trial of seven patients tagged "Case Reports" is a trial. Only sentences
the roles say are the study's own (and only their own clauses: ``Sentence.masked``) set
the design; a trial that is only planned or wished for never does. Derived reports keep
the contract's conventions: a pooled analysis of several trials is a synthesis, an
open-label extension is a non-randomised trial, a secondary analysis has its parent's
design, and a protocol of a cohort stays observational.
"""

from __future__ import annotations

import re

from ldn_watch.assess.allocation import ALLOCATED
from ldn_watch.assess.counts import NUMBER_WORDS, words_to_int
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.roles import HOST_ALLOCATION, Doc, Sentence
from ldn_watch.assess.structure import RCT_TYPES, STUDY_TYPES, TRIAL_TYPES, Structure
from ldn_watch.model import Design

_STAGE_ONE = (
    r"\bstage[\s\-]?(?:1|one|i)\b\s+(?:registered[\s\-]+reports?|RR|protocol|manuscript|"
    r"submission)\b"
)
_PROTOCOL_TITLE = Folded(
    r"\b(?:study|trial) protocol\b|\bprotocol (?:for|of)\b|:\s*(?:a |study )?protocol\b|"
    # (not a procedure of the trial it names: "a randomised trial with a rescue protocol")
    r"(?<!rescue )(?<!safety )(?<!titration )(?<!dosing )(?<!tapering )(?<!monitoring )"
    r"\bprotocol$|"
    r"\bdesign and rationale\b|\brationale and design\b|"
    # a trial's statistical analysis plan is part of its protocol, published before the
    # results (SPIRIT): planned, with the planned n
    r"\bstatistical analysis plan\b|"
    # a Stage 1 Registered Report is a trial's protocol accepted in principle before any
    # data exist, however its methods are worded ("Stage 1 Registered Report (amended): X
    # ... randomises"); a Stage 2 report of the same trial carries the results
    rf"{_STAGE_ONE}",
    re.I,
)
# ... and a record that names itself one in its own words: "This amended Stage 1 protocol
# (version 2) replaces ...", "The present Stage 1 registered report describes ..." (a
# Stage 2 report that points back at "our Stage 1 protocol" is not one)
_STAGE_ONE_SELF = Folded(
    rf"\b(?:this|the\s+present)\s+(?:(?:amended|revised|updated|accepted)\s+)?{_STAGE_ONE}",
    re.I,
)
# a later version of a trial's protocol, named as what the record is: "updated protocol
# (version 2.0)", "Protocol amendment for X", "protocol update", "Amendments to the X
# trial", "version 3.0 of the protocol". It is a protocol (CONTRACT.md: a later protocol
# version or amendment replaces the earlier one), whatever tense its methods are told in,
# unless it estimates an outcome (then it reports results under an amended protocol)
_PROTOCOL_VERSION_TITLE = Folded(
    r"\b(?:updated|amended|revised)\s+(?:study\s+|trial\s+)?protocol\b|"
    r"\bprotocol\s+(?:amendments?|updates?|revisions?|versions?|changes)\b|"
    r"\bprotocol\s*\(\s*(?:version|v)\s*\d|"
    r"\bversion\s+\d+(?:\.\d+)*\s+of\s+(?:the\s+|its\s+)?(?:study\s+|trial\s+)?protocol\b|"
    r"^\s*(?:(?:substantial|major|minor)\s+)?amendments?\s+(?:\d+\s+)?to\s+(?:the\s+)?",
    re.I,
)
_FUTURE_DESIGN = Folded(
    # (an adverb may stand before the verb: "will be randomly assigned", "will be
    # centrally allocated", "will then receive")
    r"\b(?:will|shall)\s+(?:be\s+)?(?:then\s+|\w+ly\s+)?(?:randomi[sz]\w*|enrol\w*|recruit\w*|"
    r"allocated|assigned|performed|conducted|evaluate|assess|compare|include|receive|examine|"
    r"test)\b|\bwe will\b|"
    r"\bresults are expected\b|\bis (?:currently )?recruiting\b|"
    # the start of the study's own recruitment still ahead: "Recruitment is planned to
    # begin in 2027", "enrolment is scheduled to start next year" (a design paper)
    r"\b(?:recruitment|enrol?ment|accrual)\s+(?:is|are)\s+(?:planned|scheduled|expected|due|"
    r"set)\s+to\s+(?:begin|start|commence|open)\b",
    re.I,
)
# a plan never carried out, told as such: "the planned study would have randomized 150
# participants", "was planned to compare three doses" (a trial withdrawn before enrolment
# stays the protocol it registered; "would have" tells what did not happen: no hedge)
_UNREALISED_PLAN = Folded(
    r"\bwould\s+have\s+(?:been\s+)?(?:randomi[sz]ed|enrol+ed|recruited|allocated|assigned)\b|"
    r"\b(?:was|were)\s+planned\s+to\s+(?:compare|randomi[sz]e|enrol+|recruit|test|evaluate)\b",
    re.I,
)
_META = Folded(r"\bmeta[\s\-]?analy[sz]\w*|\bpooled analysis\b", re.I)
# ... named as the works a review takes in, not as what the record does itself: "an
# umbrella review of systematic reviews and meta-analyses", "an overview of published
# meta-analyses", "four reviews covering one trial of 164 and one pooled analysis of 236",
# "three meta-analyses were included" (a review of them is a review: it pools nothing)
_META_TAKEN_IN_BEFORE = re.compile(
    r"(?:\b(?:review|overview|synthesis|summary|appraisal)\s+of\s+(?:(?:the|published|"
    r"existing|previous|prior|earlier|available|all)\s+)?(?:(?:systematic\s+)?reviews\s+"
    r"(?:and|or|and/or|with)\s+)?|"
    # ("we searched for systematic reviews and meta-analyses of ...")
    r"\b(?:search(?:ed|ing)?|look(?:ed|ing)?)\s+for\s+(?:(?:published|existing)\s+)?"
    r"(?:(?:systematic\s+)?reviews\s+(?:and|or|and/or|with)\s+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)\s+(?:(?:published|existing|previous|prior|earlier|eligible|included|"
    r"overlapping|individual|recent|network)\s+)?"
    # (counted as reviews that carry them: "2 systematic reviews with meta-analyses")
    r"(?:(?:systematic\s+)?reviews?\s+(?:with|and|or|including)\s+)?|"
    r"\b(?:published|existing|previous|prior|earlier|overlapping)\s+|"
    # (one kind in a list of the literature searched: "with emphasis on randomised trials,
    # meta-analyses and guidelines", "Sources were trials, meta-analyses, or guidelines")
    r"\b(?:trials|studies|reviews|guidelines|reports),\s+(?:(?:and|or)\s+)?)$",
    re.I,
)
_META_TAKEN_IN_AFTER = re.compile(
    # (... or a list of the literature's kinds going on after it: "..., meta-analyses and
    # guidelines", "meta-analyses, or practice guidelines")
    r"^[\w\-]*(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:(?:clinical|practice|treatment|"
    r"evidence-based)\s+)?guidelines\b|"
    r"^[\w\-]*\s+(?:(?:were|was)\s+(?:\w+\s+)?(?:included|identified|eligible|retrieved|"
    r"found|appraised|reviewed)|met\s+(?:the\s+)?inclusion)\b",
    re.I,
)


# ... or named as what the review did not do: "no meta-analysis was performed", "we did not
# attempt a meta-analysis", "heterogeneity precluded meta-analysis", "too heterogeneous for
# meta-analysis", "a meta-analysis was not feasible" (holdout41 64100008)
_META_NOT_DONE_BEFORE = re.compile(
    r"\b(?:no|without|precluded?|prevented|impossible|infeasible|too\s+[\w\-]+\s+for|"
    r"instead\s+of|rather\s+than|(?:did|could|was|were)\s+not\s+(?:\w+\s+){0,2}?"
    r"(?:perform|performed|conduct|conducted|attempt|attempted|undertake|undertaken|do|done|"
    r"possible\s+to\s+(?:perform|conduct|do|undertake)|feasible\s+to\s+(?:perform|conduct|do)))"
    r"\s+(?:(?:an?|any|the|formal|quantitative|statistical)\s+){0,2}$",
    re.I,
)
_META_NOT_DONE_AFTER = re.compile(
    r"(?:\s+(?:to\s+be\s+)?(?:was|were|is|could\s+be|could|can)?\s*(?:not|never)\s+"
    r"(?:be\s+)?(?:\w+\s+)?(?:performed|conducted|possible|feasible|done|undertaken|"
    r"attempted|appropriate|justified)|\s+(?:was|were|is)\s+(?:precluded|impossible|"
    r"infeasible|inappropriate|not\s+(?:possible|feasible|appropriate)))\b",
    re.I,
)


def _own_meta(s: Sentence) -> bool:
    """The sentence names a meta-analysis or pooled analysis other than as a work a review
    takes in (``_META_TAKEN_IN_BEFORE``/``_AFTER``) or as one it did not do
    (``_META_NOT_DONE_BEFORE``/``_AFTER``)."""
    return any(
        not (
            _META_TAKEN_IN_BEFORE.search(s.text, max(0, m.start() - 80), m.start())
            or _META_TAKEN_IN_AFTER.match(s.text, m.end())
            or _META_NOT_DONE_BEFORE.search(s.text, max(0, m.start() - 60), m.start())
            or _META_NOT_DONE_AFTER.match(s.text, m.end())
        )
        for m in _META.finditer(s.text)
    )


# (a committee's review of the trial is no review of literature: "single-dose design after a
# safety review", "halted after an interim review", "approved after ethics review")
_REVIEW = Folded(
    r"(?<!chart )(?<!record )(?<!records )(?<!retrospective )(?<!safety )(?<!interim )"
    r"(?<!ethics )(?<!ethical )(?<!regulatory )(?<!dsmb )(?<!dmc )(?<!committee )"
    r"\b(?:systematic |narrative |scoping |"
    r"literature |critical |comprehensive )?review\b(?! board)|\bthis (?:paper|article) (?:will )?"
    r"(?:review|explore|contrast|summari[sz]e)|\boverview of\b|\ban update on\b",
    re.I,
)
_REVIEW_SELF = Folded(
    # (not "our institutional review board": who approved the study)
    r"\b(?:this|the present|our|we) (?:\w+ )?review(?!\s+(?:board|committee|panel)\b)"
    # (not the people's own records read back: "we reviewed the records of nine patients",
    # "we retrospectively reviewed the charts of", a chart review of the study's own people)
    r"(?!(?:ed|ing)?\s+(?:the\s+|our\s+|all\s+)?(?:(?:medical|clinical|electronic|health|"
    r"case|clinic)\s+)?(?:records?|charts?|notes|files)\b)|"
    # the record names itself as a summary of others' work: "in this overview", "the
    # present synthesis", "here we summarise the evidence", "we synthesise what is known"
    # (what is summarised is literature, never "the results" or "data" of its own)
    r"\b(?:this|the present|the current|our) (?:[\w\-]+ )?(?:overview|synthesis|mini[\s\-]?review)\b|"
    # (an adverb of order may come first: "We then review the clinical literature")
    r"\b(?:here,? )?we (?:\w+ly |then |also |next |further |first |now )?(?:summari[sz]e|"
    r"synthesi[sz]e|appraise|review) (?:the |our )?(?:[\w\-]+ ){0,3}?(?:evidence|literature|"
    r"studies|trials|research|knowledge)\b|"
    r"\b(?:here,? )?we (?:\w+ly )?(?:summari[sz]e|synthesi[sz]e|appraise|review) what is known\b|"
    r"\bwe review\b|\breview(?:s|ed)? (?:the|of) "
    r"(?:evidence|literature)|\bsearch (?:of|was performed|was conducted)|\bPRISMA\b|"
    r"\b(?:were|was) searched\b|\bobjective of this article\b|"
    # a synthesis in its own words (a preprint has no publication types to say so): "we
    # (systematically) searched MEDLINE ...", "seven studies met (the) inclusion criteria"
    r"\bwe\s+(?:\w+ly\s+)?searched\b|"
    r"\b(?:studies|trials|reports|articles|publications)\s+met\s+(?:the\s+|our\s+)?"
    r"(?:inclusion|eligibility)\s+criteria\b",
    re.I,
)
# "this article" / "this paper" alone: the record speaks of itself, which a review does
# ("this article brings together ...") but a trial report does too ("this article
# replaces a version retracted because ..."): a review only if the record reports no
# trial of its own
_ARTICLE_SELF = Folded(r"\bthis (?:paper|article)\b", re.I)


def _title_declares_meta(hit: Sentence) -> bool:
    """A title whose design part, after its last colon, names the record a meta-analysis of
    its own ("...: a systematic review and dose-response meta-analysis"): a record typed
    by no indexer (a preprint, a congress abstract) declares its design there."""
    if not hit.is_title or ":" not in hit.text:
        return False
    part = hit.text.rsplit(":", 1)[1]
    # (a "pooled analysis" may pool one trial's sites or a registry's records: only the
    # word meta-analysis declares a synthesis of studies)
    return _META_WORD.search(part) is not None and _own_meta(hit)


_META_WORD = Folded(r"\bmeta[\s\-]?analy[sz]\w*", re.I)
# the record's own act of pooling, said in the first person: "we performed a random-effects
# meta-analysis", "we searched ... and carried out a fixed-effect meta-analysis" (holdout271
# 30300021: a congress abstract with no review type and no "this review")
_WE_POOLED = Folded(
    r"\bwe\b[^.;]{0,100}?\b(?:performed|conducted|carried\s+out|undertook|ran|did)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?meta[\s\-]?analy[sz]\w*",
    re.I,
)


def _we_pooled(own: list[Sentence]) -> Sentence | None:
    """The study's own sentence (not a result) saying it performed a meta-analysis, not
    one it did not do or one a review takes in."""
    return next(
        (s for s in own if not s.in_results and _WE_POOLED.search(s.text) and _own_meta(s)),
        None,
    )


_ANIMAL = Folded(
    r"\b(?:mice|mouse|murine|rats?|rodents?|hamsters?|guinea pigs?|primates?|monkeys?|dogs?|"
    # veterinary work: the patients are animals
    r"cats|horses|canine|feline|equine|veterinar\w+|"
    r"zebrafish|animals?|in[\s\-]vitro|cell lines?|cultured cells|i\.p\.|i\.c\.v\.|"
    r"intraperitoneal(?:ly)?|forced swim\w*|tail suspension|sucrose[\s\-]preference|C57BL\S*|"
    r"Sprague|Wistar|"
    # in-vitro work: cells by type, cultures, knock-downs, molar concentrations
    r"cell cultures?|(?:cancer|tumou?r|microglial|glial|neuronal|epithelial|endothelial|"
    r"stem|HEK[\w\-]*|HeLa|astrocyte) cells|astrocytes|macrophages|monocytes|PBMCs|fibroblasts|"
    # cells named by what they resemble: "microglia-like cells", "neuron-like cells"
    r"\w+-like cells|"
    r"in culture|siRNA|knock[\s\-]?down|"
    # cells grown from people: stem-cell-derived cells, organoids, donors of cells
    r"iPSCs?|iPSC-derived|induced pluripotent|organoids?|(?:cell|blood|healthy) donors|"
    r"(?:nano|micro|milli)molar|concentration[\s\-]dependent\w*)\b",
    re.I,
)
_ANIMAL_ASIDE = Folded(
    r"\banimal (?:and|or) (?:human|clinical)\b|\b(?:human|clinical) and animal\b", re.I
)
# people named only as where cells or samples came from: "microglia derived from 12
# patients with X", "cells from depressed donors", "exposed to pooled serum from patients
# with X" (in-vitro material, not participants)
_CELLS_FROM = Folded(
    r"\b(?:cells?|microglia|astrocytes?|neurons?|macrophages|monocytes|fibroblasts|organoids?|"
    r"serum|sera|plasma|cerebrospinal fluid|CSF|biopsies|"
    r"derived|generated|isolated|cultured)\s+(?:[\w\-]+\s+){0,2}?from\s+(?:\d+\s+)?(?:[\w\-]+\s+)?"
    r"(?:patients|donors|participants|individuals|people|subjects|volunteers)\b",
    re.I,
)
# molar concentrations are in-vitro work too ("10 µM", "100 nM"), written case-sensitively
_MOLAR = re.compile(r"\b[µμnu]M\b")
_HUMAN = Folded(
    r"\b(?:patients?|participants?|adults?|women|men|children|volunteers?|outpatients?|"
    r"inpatients?|people|persons?|individuals?|veterans?|adolescents?)\b|"
    # "human microglial cells", "human ovarian cancer cell lines" are in-vitro material
    # ("human induced pluripotent stem cell lines": up to three words before the cells)
    r"\bhumans?\b(?![\s\-]+(?:[\w\-]+\s+){0,3}(?:cells?|cell lines?|"
    r"microglia\w*|tissues?|neurons?|astrocytes?|cultures?|organoids?)\b)",
    re.I,
)
_CASE = Folded(
    r"\bcase reports?\b|\bcase series\b|\bcase study\b|\b(?:a|an)\s+\d{1,3}[\s-]+year[\s-]+old\b|"
    r"\bwe (?:report|describe|present) (?:a|the|two|three) (?:\w+ )?(?:patient|case|woman|man)",
    re.I,
)
# A patient of the record's own, told in its own sentences: "a 38-year-old man with ...",
# "we describe a patient who ..." (a review of published case reports tells none)
_OWN_PATIENT = Folded(
    r"\b(?:a|an)\s+\d{1,3}[\s-]+year[\s-]+old\b|"
    r"\bwe (?:report|describe|present) (?:a|the|two|three) (?:\w+ )?(?:patient|case|woman|man)",
    re.I,
)
# A case series told as such without the words "case report/series" (a small case series
# is a case_report: the labelled sets' convention, which CONTRACT.md does not state): a few
# people the authors report as cases, counted in the title ("...: three cases", "report of
# two cases"), introduced by their own act ("We describe three outpatients", "we present
# four patients") or said to be reported ("Two women ... are reported"), or told apart by
# labels ("Patient A ... patient B", "Case 1 ... Case 2"). Only a few people (up to
# twelve): a clinic's larger series is a cohort.
# A record that allocates, runs a trial or calls itself a chart review or cohort keeps
# that design (read in ``_classify``).
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])(?![\d.,])"
_CASE_PEOPLE = (
    r"(?:patients|cases|out-?patients|in-?patients|women|men|adults|adolescents|children|"
    r"individuals|people|persons|veterans|mothers|girls|boys)"
)
_CASES_IN_TITLE = Folded(
    rf"\b{_FEW}\s+(?:[\w\-]+\s+){{0,2}}?(?:cases|case\s+reports|case\s+vignettes)\b", re.I
)
_FEW_REPORTED = Folded(
    rf"\bwe\s+(?:here\s+)?(?:report|describe|present)\s+(?:here\s+)?(?:on\s+)?"
    rf"(?:the\s+cases?\s+of\s+)?{_FEW}\s+(?:[\w\-]+\s+){{0,3}}?{_CASE_PEOPLE}\b|"
    rf"\b{_FEW}\s+(?:[\w\-]+\s+){{0,4}}?{_CASE_PEOPLE}\b[^.;]{{0,160}}?\b(?:are|were)\s+"
    r"(?:here\s+)?(?:reported|described|presented)\b(?!\s+as\b)",
    re.I,
)
# "Patient A", "patient B", "Case 1", "Patients 1 and 2" (letters in capitals)
_CASE_LABEL = re.compile(r"\b(?i:patients?|cases?)\s+([A-H]|[1-9])\b(?:\s+and\s+([A-H]|[1-9])\b)?")


def _labelled_cases(own: list[Sentence]) -> Sentence | None:
    """The first sentence labelling a patient, when two or more are labelled apart."""
    labels: set[str] = set()
    first = None
    for s in own:
        for m in _CASE_LABEL.finditer(s.text):
            labels.update(g for g in m.groups() if g)
            first = first or s
    return first if len(labels) >= 2 else None


_RANDOM = Folded(
    # "Mendelian randomisation" is genetic epidemiology, not an allocation
    # "non-randomized", "quasi-randomized" are not randomised either (a denial, "no
    # randomisation", "patients were not randomised", is _DENIED_RANDOM's: read
    # only through _says_randomised)
    r"\b(?<!mendelian )(?<!non-)(?<!non )(?<!quasi-)(?<!quasi )randomi[sz]\w*|"
    r"\brandomly (?:assigned|allocated|divided)|"
    # groups drawn by random numbers, as translated abstracts say: "divided by random number
    # table into an observation group and a control group", "grouped using a random digit
    # table" (not a survey's "random-digit dialling")
    r"\brandom[\s\-]+(?:number|digit)s?\b(?![\s\-]+dial)|"
    # ... or by another chance method: "by random allocation", "grouped by the random
    # method", "allocated by drawing lots"
    r"\brandom\s+(?:allocation|assignment|grouping)\b|"
    # ... said with "at random" after the verb of allocation ("were allocated at random to",
    # "assigned to the two arms at random"; not a sample drawn at random, "charts selected
    # at random"), or by the sequence that allocated ("a computer-generated sequence")
    r"\b(?:assigned|allocated|divided|distributed)\s+(?:(?:[\w\-]+\s+){0,4}?)at\s+random\b|"
    r"\bcomputer[\s\-]generated\s+(?:random(?:i[sz]ation)?\s+|allocation\s+)?"
    r"(?:sequences?|lists?|schedules?|allocation|codes?)\b|"
    r"\b(?:divided|assigned|allocated|grouped|distributed)\s+(?:[\w\-]+\s+){0,3}?(?:by|using|with)\s+"
    r"(?:the\s+|a\s+)?(?:random\s+(?:method|draw\w*)|drawing\s+(?:of\s+)?lots)\b|"
    r"\bdouble[\s\-]blind\w*|"
    # ... or in a plain-language summary's words: "a computer decided by chance which of two
    # groups each person joined", "put into one of two groups by chance", "decided by the
    # toss of a coin" (not a result "due to chance", nor people "selected by chance";
    # holdout249 27800016)
    r"\b(?:decided|chose|chosen|determined|picked)\s+(?:[\w\-]+\s+){0,2}?(?:by\s+chance|"
    r"at\s+random|randomly)\s+(?:which|what|whether|who)\b|"
    r"\b(?:put|placed|sorted|split|assigned|allocated|divided)\s+(?:into|in|to|between)\s+"
    r"(?:[\w\-]+\s+){0,5}?(?:groups?|arms?|treatments?)\s+by\s+chance\b|"
    r"\b(?:toss(?:ing)?|flip(?:ping)?)\s+(?:of\s+)?an?\s+coin\b|\bcoin[\s\-](?:toss|flip)\w*|"
    # ... or chance named before who got what: "By chance, each person got one of three
    # doses", "by chance every child was given either" (holdout267 29800002)
    r"\bby\s+chance,?\s+(?:each|every)\s+(?:[\w\-]+\s+){0,2}?(?:got|received|took|"
    r"was\s+(?:given|put|placed))\b|"
    # ... or in a poster's clipped shorthand: "rand 1:1", "randzd 2:1", "N=44 rand, 39
    # compl" (not the RAND-36 questionnaire: a ratio or a count of people stands by it;
    # holdout219 24500002)
    r"\brand(?:omi[sz]?e?d|zd|d)?\.?\s*\d\s*:\s*\d\b|"
    r"\bn\s*=\s*\d+\s+rand(?:zd|d)?\b\.?(?![\-\w])|"
    r"\bplacebo[\s\-]controlled\b|\bcrossover trial\b|"
    # treatments given in random order (a randomised crossover): "received, in random
    # order, single doses of ...", "were given X and placebo in a random sequence" (what
    # people received, not items shown in random order)
    r"\b(?:received|were\s+given|was\s+given|took|were\s+administered|ingested)\b(?:[^.;]|\.\d){0,80}?"
    r"\bin\s+(?:a\s+)?random(?:ly\s+assigned)?\s+(?:order|sequence)\b|"
    r"\bin\s+(?:a\s+)?random(?:ly\s+assigned)?\s+(?:order|sequence)\b,?\s+"
    r"(?:(?!\b(?:were|was)\b)(?:[^.;]|\.\d)){0,40}?\b(?:received|were\s+given|took|were\s+administered)\b|"
    # ... or treatment periods of the drug and placebo ordered by chance (a series of N-of-1
    # trials, a crossover): "two periods of X and placebo in random order", "X and placebo
    # cycles were arranged in random order" (not scales "presented in random order")
    r"\b(?:periods?|cycles?)\b(?:[^.;]|\.\d){0,80}?\bin\s+(?:a\s+)?random\s+(?:order|sequence)\b",
    re.I,
)
# a randomised study the record's results choose something for, its next step: "4.5 mg
# was selected for the randomised phase", "the dose carried forward into a subsequent
# randomised trial" (the record's own part is what came before)
_FOR_NEXT_RANDOMISED = Folded(
    # (or the aim to choose one: "to identify the dose to carry forward into a randomised
    # trial")
    r"\b(?:selected|chosen|recommended|carried\s+forward|taken\s+forward|advanced|proposed|"
    r"retained|(?:to\s+)?(?:carry|take)\s+forward)\s+(?:\w+\s+){0,2}?(?:for|to|into|in)\s+"
    r"(?:the|a|an)\s+(?:subsequent\s+|next\s+|"
    r"planned\s+|later\s+|future\s+|second\s+|phase\s+(?:III|3|2b|IIb)\s+)?"
    r"(?:randomi[sz]ed|double[\s\-]blind|placebo[\s\-]controlled)\b|"
    # ... or the dose the results point to for it: "supporting 4.5 mg as the target dose for
    # a randomized trial", "suggesting 2 mg as the dose to take into a placebo-controlled
    # study"
    # (... or a candidate for it: "identifies 2 mg/day as a candidate dose for a randomized
    # comparison", "names 3 mg as a promising dose for future randomised trials")
    # (... its merit told between: "3 mg emerged as the dose with the best balance of
    # benefit and tolerability for a randomised trial")
    r"\bas\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?dose\s+(?:(?:with|of)\s+[^.;]{0,60}?\s)?"
    r"(?:for|to\s+(?:take|carry|test)\s+"
    r"(?:forward\s+)?into|in|of)\s+(?:(?:the|a|an|any)\s+)?(?:(?:subsequent|next|planned|later|"
    r"future|further|larger|definitive|confirmatory|phase\s+(?:III|3|2b|IIb))\s+)*"
    r"(?:randomi[sz]ed|double[\s\-]blind|placebo[\s\-]controlled)\b|"
    # ... or the next study the results argue for: "benefit appeared at 2.5 mg or more,
    # supporting a randomised comparison of 2.5 and 4.5 mg", "findings that justify a
    # larger placebo-controlled trial" (the record's own design is what it did)
    r"\b(?:support(?:s|ing)?|justif(?:y|ies|ying)|warrant(?:s|ing)?|motivat(?:es?|ing))\s+"
    r"(?:the\s+(?:case|need)\s+for\s+)?(?:(?:a|an|the)\s+)?(?:(?:subsequent|next|planned|later|"
    r"future|further|larger|definitive|confirmatory|adequately\s+powered|phase\s+(?:III|3|2b|IIb))"
    r"\s+)*(?:randomi[sz]ed|double[\s\-]blind|placebo[\s\-]controlled)\s+(?:[\w\-]+\s+)?"
    r"(?:comparisons?|trials?|stud(?:y|ies)|evaluations?|testing)\b",
    re.I,
)


# randomisation denied, next to it or with an article or an adjective in between: "no
# randomisation", "patients were not randomised", "never randomised", "not randomly
# assigned", "without a randomised comparison", "in the absence of a randomized control
# arm", "absent a randomized comparator", "lacking any randomisation", "neither randomised
# nor blinded", "randomisation was not used" (only articles and such adjectives may stand
# between: "did not differ between randomised groups" denies nothing)
_DENIED_RANDOM = Folded(
    r"\b(?:without|absent|lacking|lack\s+of|absence\s+of|no|not|nor|neither|never)\s+"
    r"(?:(?:an?|any|the|prior|formal|proper|true|adequate|concurrent|parallel|genuine|such|"
    r"separate)\s+){0,2}(?:randomi[sz]\w*|random\s+(?:allocation|assignment)|"
    r"randomly\s+(?:assigned|allocated|divided)|"
    r"double[\s\-]blind\w*|placebo[\s\-]controlled)|"
    r"\brandomi[sz]ation\s+(?:was|is|were)\s+(?:not|never)\b|"
    # ... or named as what was done instead of it: "cohorts were sequential rather than
    # randomised", "assigned by clinic instead of being randomly allocated" (holdout133
    # 14700037; not "randomised rather than sequential")
    r"\b(?:rather\s+than|instead\s+of)\s+(?:being\s+)?(?:(?:an?|any)\s+)?(?:randomi[sz]\w*|"
    r"random\s+(?:allocation|assignment)|randomly\s+(?:assigned|allocated|divided))|"
    # "were not allocated at random", "never assigned at random"
    r"\b(?:not|never)\s+(?:assigned|allocated|divided|distributed)\s+(?:(?:[\w\-]+\s+){0,4}?)"
    r"at\s+random\b",
    re.I,
)


# a randomisation of when treatment starts, not of who gets what (a single-case design
# whose every participant takes the drug): "a randomized multiple-baseline design", "a
# baseline whose length (14 or 21 days) was randomly assigned", "a randomization test over
# the start points" (holdout17 88100042)
_RANDOM_TIMING = re.compile(
    r"\brandomi[sz]ed,?\s+(?:(?:non[\s\-]?concurrent|concurrent|staggered)[\s\-,]+)?"
    r"multiple[\s\-]+baselines?\b|\brandomi[sz]ation\s+tests?\b|"
    r"\b(?:length|duration|start(?:ing)?\s+(?:points?|dates?|times?))(?:\s+of\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:baselines?|phases?|run[\s\-]ins?))?\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:was|were)\s+(?:randomly\s+(?:assigned|allocated|determined|chosen|selected)|"
    r"randomi[sz]ed)\b",
    re.I,
)


def _says_randomised(text: str) -> bool:
    """The text says a randomisation (or blinding, or a placebo control) that it does
    not deny: one reading of denial for every caller (a randomised start of treatment,
    ``_RANDOM_TIMING``, allocates nobody)."""
    text = _DENIED_RANDOM.sub(" ", text)
    if _RANDOM.search(text) is None:
        return False
    return _RANDOM.search(_RANDOM_TIMING.sub(" ", text)) is not None


# a note-form abstract's opening label of its own design: "RCT, n=52 (...)", "Multicentre
# RCT (n = 56): ...", "Pilot RCT, 60 pts ..." (the abbreviation as the sentence's head, a
# few words before it at most; not "RCTs are needed", nor "an RCT is needed")
_RCT_LABEL = re.compile(
    r"\s*(?:[A-Z][\w\-]*,?\s+){0,2}?RCT(?=\s*[,:;(]|\s+(?:of|in|with|comparing)\b)"
)


# a randomisation its people had before, in the trial they came from: "patients previously
# randomized to X or placebo", "those originally randomised to placebo" (a follow-up after
# the trial took them as they were; whether it kept the parent's design is the derived
# report's question, read below). Not a bare "had been randomised": at an interim look or
# a database lock that is where the study's own randomisation stood.
_EARLIER_RANDOM = Folded(
    r"\b(?:previously|originally|formerly)\s+(?:been\s+)?"
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b|"
    # ... or another randomised study the aim builds on: "extending the only randomised
    # pilot, which used a single dose"
    r"\b(?:extend\w*|follow\w*|build\w*\s+on|replicat\w*|unlike)\s+(?:the|an?)\s+(?:only|earlier|"
    r"previous|first|original|prior|published|single)\s+(?:[\w\-]+\s+){0,2}?randomi[sz]ed\b",
    re.I,
)


def _own_randomised(own: list[Sentence]) -> Sentence | None:
    """The first sentence of the study's own that says it randomised, a randomised phase
    it chose a dose for (a later study's), a randomisation its people had before it
    (``_EARLIER_RANDOM``) and a randomisation it says it lacked set aside; or, in note
    form, opens with the label "RCT"."""
    return next(
        (
            s
            for s in own
            if _says_randomised(_EARLIER_RANDOM.sub(" ", _FOR_NEXT_RANDOMISED.sub(" ", s.masked)))
            or (not s.is_title and "RCT" in s.masked and _RCT_LABEL.match(s.masked))
        ),
        None,
    )


# one person allocated inside a trial: "she was randomised within the platform", "a
# 34-year-old woman ... was randomly assigned", "the patient was randomised to X", "after
# randomisation to X in a participant taking Y" (a case from a host trial; "each
# participant was randomised" is the trial's own allocation)
_ONE_NAMED_PERSON = (
    r"(?:the|this|our|a|an|one)\s+(?:[\w\-]+\s+){0,3}?(?:patient|participant|woman|man|girl|"
    r"boy|subject|mother|veteran|adolescent)\b"
)
_ONE_RANDOMISED = Folded(
    rf"\b(?:she|he|{_ONE_NAMED_PERSON})(?:[^.;]|\.\d){{0,120}}?\bwas\s+"
    r"(?:\w+\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b|"
    r"\brandomi[sz]ation\s+(?:to\s+(?:[\w\-]+\s+){1,4}?)?(?:in|of)\s+"
    rf"{_ONE_NAMED_PERSON}",
    re.I,
)


def _case_randomised(own: list[Sentence]) -> Sentence | None:
    """``_own_randomised`` for a record that tells cases: once it tells one person
    randomised inside a trial (``_ONE_RANDOMISED``), that allocation and the host trial it
    names ("a participant in a double-blind platform trial") are where the case came from,
    not the report's own design; only another randomisation (of many) makes it a trial."""
    if not any(_ONE_RANDOMISED.search(s.masked) for s in own):
        return _own_randomised(own)
    return next(
        (
            s
            for s in own
            if _says_randomised(
                _HOST_TRIAL.sub(" ", _ONE_RANDOMISED.sub(" ", _EARLIER_RANDOM.sub(" ", s.masked)))
            )
        ),
        None,
    )


# an allocation told as not random: by turn, choice, order of coming in, or alternation
_NOT_RANDOM_ALLOCATION = (
    # allocation by turn or by choice is not random
    r"\b(?:allocated|assigned)\s+(?:alternately|sequentially|by (?:preference|choice|turn))\b|"
    # ... as is allocation by the order or date people came in, or by their record
    # numbers: "divided by order of admission into", "allocated according to the date of
    # admission", "assigned by odd and even hospital numbers"
    r"\b(?:allocated|assigned|divided|grouped|distributed)\s+(?:[\w\-]+\s+){0,2}?(?:by|according\s+to|"
    r"in)\s+(?:the\s+)?(?:(?:order|sequence|date|time)\s+of\s+(?:their\s+)?(?:admission|"
    r"arrival|enrol+ment|presentation|referral|hospitali[sz]ation|visits?)|odd\s+(?:and|or|/)\s+"
    r"even\s+(?:[\w\-]+\s+){0,2}?numbers?)\b|"
    r"\balternat(?:e|ing) allocation\b|\bquasi[\s\-](?:randomi[sz]\w*|experimental)\b|"
    # ... the allocation said to alternate: "allocation was alternating by order of
    # enrolment", "allocation alternated between the doses"
    r"\ballocation\s+(?:was\s+|is\s+)?(?:alternating|alternated|alternate|by\s+alternation)\b"
)
_NONRANDOM_STRONG_PATTERN = (
    r"\bnon[\s\-]?randomi[sz]ed\b|\bsingle[\s\-]arm\b|\bup[\s\-]and[\s\-]down\b|"
    # "open-label pilot", "open-label, sequential-cohort study", "open-label dose-escalation trial"
    # (its words may hold a scheme's name: "open-label, 3+3-style sequential dose-escalation study")
    r"\bopen[\s\-]label,?\s+(?:(?!randomi)[\w\-+]+,?\s+){0,3}?(?:pilot|trial|study)\b|"
    # "an open pilot", "open uncontrolled pilot": the pilot named by its noun alone
    r"\bopen,?\s+(?:(?:uncontrolled|single[\s\-](?:arm|group)|prospective),?\s+)?pilot\b|"
    r"\bsequential[\s\-](?:design|allocation|cohorts?)\b|" + _NOT_RANDOM_ALLOCATION
)
_NONRANDOM_STRONG = Folded(_NONRANDOM_STRONG_PATTERN, re.I)
_NOT_RANDOM_ALLOCATED = Folded(_NOT_RANDOM_ALLOCATION, re.I)
# ("uncontrolled" qualifying a few cases told, "an uncontrolled series", "uncontrolled
# observations", "an uncontrolled report of a few cases", says no control group, not that
# a trial was run; holdout328 36800010)
_NONRANDOM_DESIGN = Folded(
    rf"{_NONRANDOM_STRONG_PATTERN}|\buncontrolled\b(?!,?\s+(?:[\w\-]+\s+)?(?:series|cases?|"
    r"reports?|observations?|experience|anecdot\w*)\b)",
    re.I,
)
# a drug given to one group against a comparison group is an intervention study even
# without the word "trial": "patients of the main group additionally received X; the
# comparison group continued Y" (common in translated abstracts: "open comparative study")
_ASSIGNED_GROUP = Folded(
    r"\b(?:main|treatment|intervention|experimental|study|active|index)\s+group\b(?:[^.;]|\.\d){0,60}?"
    r"\b(?:additionally\s+)?(?:received|was given|were given|was treated|were treated|took)\b"
    r"(?:[^.]|\.\d){0,160}?\b(?:comparison|control|reference)\s+group\b|"
    r"\bopen,?\s+(?:comparative|controlled|prospective)\s+(?:study|trial)\b",
    re.I,
)
# "patients of group 1 received X with sertraline; group 2 received sertraline alone"
_NUMBERED_GROUPS = Folded(
    r"\bgroups?\s*(?:1|I|A|one)\b(?:[^.]|\.\d){0,120}?\b(?:received|was given|were given|took|"
    r"was treated|were treated|was prescribed|were prescribed)\b(?:[^.]|\.\d){0,200}?"
    r"\bgroups?\s*(?:2|II|B|two)\b"
)
# a placebo arm named as people in it or as what the drug was compared with (not a
# placebo lead-in or run-in, which every participant passes through)
_PLACEBO_ARM = Folded(
    r"\bplacebo[\s\-]+(?:treated|allocated|assigned|randomi[sz]ed)\b|"
    r"\bplacebo\s+(?:group|arm|recipients)\b|"
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:those\s+(?:on|given)\s+|the\s+)?placebo\b"
    r"(?![\s\-]+(?:lead|run)[\s\-]?in)|"
    # ... or as the alternative the parent's people were given instead of the drug:
    # "received placebo or one of three fixed strengths", "were given naltrexone 2 mg or
    # matching placebo", "took either placebo or 4.5 mg"
    r"\b(?:received|receiving|were\s+given|given|took|taking|assigned\s+to|allocated\s+to|"
    r"randomi[sz]ed\s+to)\s+(?:either\s+)?(?:a\s+)?(?:matching\s+|identical\s+)?placebo\s+or\b|"
    r"\b(?:received|receiving|were\s+given|given|took|taking|assigned\s+to|allocated\s+to|"
    r"randomi[sz]ed\s+to)\s+(?:either\s+)?(?:[\w\-]+\s+){0,3}?\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b"
    r"(?:\s+(?:nightly|daily|once\s+daily|at\s+bedtime))?\s+or\s+(?:a\s+)?(?:matching\s+|identical\s+)?"
    r"placebo\b",
    re.I,
)
_TRIAL = Folded(
    r"\bopen[\s\-]label\b|\bsingle[\s\-]arm\b|\bclinical trial\b|\bpilot (?:study|trial)\b|"
    r"\bphase (?:i{1,3}|iv|[1-4])\b|\b(?:single|double)[\s\-]blind\w*|\btrial\b|"
    r"\bproof[\s\-]of[\s\-]concept\b|\bn[\s\-]of[\s\-]1\b|\bquasi[\s\-]experimental\b|"
    # a single-case experimental design assigns the treatment after planned baselines:
    # "a single-case multiple-baseline design", "a non-concurrent multiple-baseline SCED"
    r"\bsingle[\s\-](?:case|subject)\s+(?:(?:experimental|multiple[\s\-]baseline|"
    r"withdrawal|reversal|ABAB?)\s+)*(?:design|study|experiment)\b|"
    r"\bmultiple[\s\-]baseline\s+(?:(?:[\w\-]+\s+){0,3}?)(?:design|study|experiment|SCED)\b|"
    r"\bSCED\b|"
    # "an open study", "an open uncontrolled study" (translated abstracts' "open-label")
    r"\bopen(?:[\s,]+(?:uncontrolled|non-?comparative|single[\s\-]group|pilot))?\s+study\b|"
    r"\bopen,?\s+(?:(?:uncontrolled|single[\s\-](?:arm|group)|prospective),?\s+)?pilot\b|"
    # note form: a dosing clause closed by a bare "open" ("naltrexone 2 mg qd x6 wk, open.")
    r"[,;]\s*open\s*(?=[.;]|$)",
    re.I,
)
_OBSERVATIONAL = Folded(
    r"\bretrospective\w*|\bchart review\b|\brecords? review\b|\bcohort\b|"
    r"\bregist(?:er|ry)[\s\-]based\b|"
    r"\bregistry\b|\b(?:prescription|claims|health) (?:database|data|records)\b|\bdatabase\b|"
    r"\bsurvey(?:s|ed)?\b|\bquestionnaire study\b|\bcross[\s\-]sectional\b|\bcase[\s\-]control\b|"
    r"\bbefore[\s\-]after study\b|\breal[\s\-]world\b|\bobservational\b|\bpopulation[\s\-]based\b|"
    r"\bprescriptions\b|\bmedical records\b|"
    # a trial emulated on data already collected: the emulation is the study's design
    r"\btarget\s+trials?\b|\btrial\s+emulation\b|\b(?:emulat|mimick?)(?:e|ed|es|ing|s)?\s+"
    r"(?:(?:an?|the|such\s+an?)\s+)?(?:[\w\-]+\s+){0,4}?(?:trials?|RCTs?)\b|"
    # pharmacovigilance, genetic epidemiology and qualitative work observe, they assign nothing
    # (not a trial's own safety checks: "Safety assessments include adverse event reporting
    # at every visit, vital signs ...")
    r"\bpharmacovigilance\b|\bdisproportionality\b|"
    r"(?<!include\s)(?<!includes\s)(?<!included\s)(?<!including\s)\badverse event report(?:s|ing)\b"
    r"(?!\s+(?:at|during|throughout|in\s+(?:both|all|each)|by\s+(?:participants|patients)|"
    r"and\s+vital)\b)|"
    r"\bspontaneous reports?\b|\bFAERS\b|\bVigiBase\b|\bEudraVigilance\b|"
    r"\bmendelian randomi[sz]ation\b|\bgenome[\s\-]wide association\b|"
    r"\bqualitative\b|\bthematic analysis\b|\bfocus groups?\b|\bsemi[\s\-]structured interviews?\b|"
    r"\binterview study\b|\bdiscrete[\s\-]choice\b|\bconjoint analysis\b|"
    # ... and so does reading what people wrote online: "sentiment analysis", "topic
    # modelling of forum posts", "public posts from an LDN forum" (the writers took what
    # they chose; the study counts and reads their posts)
    r"\bsentiment\s+analys[ie]s\b|\btopic\s+model(?:l?ing|s)\b|"
    r"\b(?:forum|online|social[\s\-]media|public|Reddit|Twitter)\s+posts\b|"
    r"\bposts\s+(?:from|on|in)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:forums?|"
    r"communit(?:y|ies)|platforms?|Reddit|Twitter|social\s+media)\b|"
    # care as it happened, not as a study assigned it: an audit, a naturalistic follow-up,
    # dispensing data, routine practice, users matched with people who did not start
    # (a service evaluation is an audit by another name: it looks at care as given)
    r"\baudit(?:ed|s)?\b|\bservice\s+evaluations?\b|\bnaturalistic\w*|\b(?:pharmacy|dispensing)\s+(?:data|records|database|"
    # (not a trial run under conditions like those of routine care: "under conditions close
    # to routine care", "a pragmatic design mirroring clinical practice")
    r"claims)\b|(?<!close\sto\s)(?<!similar\sto\s)(?<!resembling\s)(?<!mirroring\s)"
    r"(?<!mimicking\s)(?<!approximating\s)(?<!reflecting\s)"
    r"\b(?:routine\s+(?:clinical\s+)?(?:care|practice)|(?<!routine\s)clinical\s+practice)\b|"
    r"\bmatched\s+(?:[\w\-]+\s+){0,4}?(?:who\s+did\s+not|not\s+(?:taking|receiving|started|prescribed))\b",
    re.I,
)
# a decision-analytic model simulates patients; nobody is enrolled or treated
_MODEL = Folded(
    r"\bmarkov\b|\bdecision[\s\-](?:analytic\w*|tree|model\w*)|\bmicro[\s\-]?simulation\b|"
    r"\b(?:hypothetical|simulated) cohort\b|\bcost[\s\-](?:effectiveness|utility) model\b|"
    r"\beconomic model\b|"
    # ... named by what it is built on: "a model-based analysis using X trial data", "a
    # model-based economic evaluation", "model-based cost-utility analysis"
    # (named so as what the record is, in a title's subtitle or in its own words; not a
    # trial's "mixed-model-based analysis" of its outcomes)
    r"\bmodel[\s\-]based\s+(?:economic|health[\s\-]economic|cost[\s\-](?:effectiveness|"
    r"utility|benefit))\s+(?:analys[ie]s|evaluations?|assessments?|stud(?:y|ies))\b|"
    r"(?:^|[:;]\s*|\b(?:this|the\s+present|our)\s+)(?:an?\s+)?model[\s\-]based\s+"
    r"(?:analys[ie]s|evaluations?|assessments?|stud(?:y|ies))\b|"
    # a simulation study: its trials and "participants" are simulated ("no participants
    # were recruited" alone says nobody took part, not that a model stands in for them)
    r"\bsimulation stud(?:y|ies)\b|\bsimulated (?:trials?|data\s*sets?|patients|participants)\b|"
    # ... or a pharmacometric one: the people its regimens are given to are virtual, made
    # by the model ("1,000 virtual adults", "in silico patients", "simulated 500 subjects",
    # "a virtual population"), so neither they nor the simulated regimens are a study's
    # (not "a virtual trial": real people followed remotely)
    r"\b(?:virtual|in[\s\-]silico|simulated)\s+(?:adults?|patients?|subjects?|participants?|"
    r"individuals?|people|persons?|volunteers?|populations?|cohorts?)\b|\bin[\s\-]silico\s+trials?\b|"
    r"\bsimulat\w*\s+(?:(?:of|in|for)\s+)?(?:a\s+total\s+of\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:virtual|in[\s\-]silico|simulated|hypothetical)\s+(?:[\w\-]+\s+)?"
    r"(?:adults?|patients?|subjects?|participants?|individuals?|people|persons?|volunteers?)\b",
    re.I,
)
# the record says it has nobody of its own: "No patient data are reported", "No
# participants were recruited", "The study did not involve human participants". A
# protocol's "no participants have been enrolled yet" is a plan, not this.
_NOBODY_END = (
    # the statement is the whole clause: "No patients were treated with ketamine" says
    # who did not get another drug, "No participants were recruited." that nobody took part
    r"(?:\s+(?:or|and|nor)\s+\w+)?(?:\s+(?:in|for|by|from)\s+(?:this|the|our|these)\s+[\w\-]+)?"
    r"\s*(?:[.;,]|$)"
)
_NOBODY = Folded(
    r"^\s*no\s+(?:human\s+)?(?:patient|participant|clinical|individual|subject)(?:[\s\-]+level)?\s+"
    r"data\s+(?:are|were|was|is|have\s+been)\s+(?:\w+\s+)?(?:reported|collected|presented|included|"
    rf"used|analy[sz]ed|involved|obtained){_NOBODY_END}|"
    r"^\s*no\s+(?:human\s+)?(?:patients|participants|subjects|volunteers|people|humans)\s+"
    r"(?:were|was|are|have\s+been)\s+(?:\w+\s+)?(?:recruited|enrol+ed|involved|treated|included|"
    rf"studied|dosed){_NOBODY_END}|"
    r"\b(?:this|the|our)\s+(?:\w+\s+)?(?:study|work|paper|report|analysis)\s+(?:(?:did|does)\s+not\s+"
    r"(?:involve|include|enrol+|recruit)\s+(?:any\s+)?|(?:involved|included|enrol+ed|recruited)\s+no\s+)"
    rf"(?:human\s+)?(?:patients|participants|subjects|volunteers|people|humans){_NOBODY_END}",
    re.I | re.M,  # (sentences are searched joined by newlines: "^" is a sentence's start)
)
# (a practice guideline grades others' trials for its recommendations: a review of evidence
# with no participants of its own, whatever trials and doses it rates)
_CONSENSUS_TYPES = {"Consensus Development Conference", "Consensus Development Conference, NIH"}
# the record's own panel: "a modified Delphi process with 27 psychiatrists", "a Delphi
# panel rated 45 statements", "an expert consensus panel" (not "a published Delphi
# consensus" a trial took its outcomes from: that is another's, in ``prior`` words)
_CONSENSUS_PANEL = Folded(
    r"\b(?<!published )(?<!previous )(?<!earlier )Delphi\s+(?:process|panel|study|survey|"
    r"method|exercise|rounds?)\b|\bconsensus\s+(?:panel|conference|development\s+conference)\b",
    re.I,
)
_REVIEW_TYPES = {
    "Review",
    "Systematic Review",
    "Scoping Review",
    "Narrative Review",
    "Practice Guideline",
    "Guideline",
}
# doses the study itself gives at set times: single or acute doses, a challenge, test
# days or sessions, doses taken in a fixed order
_EXPERIMENTAL_DOSING = Folded(
    r"\b(?:single|acute)\s+(?:oral\s+|intravenous\s+)?(?:\d+(?:\.\d+)?[\s\-]*mg\s+)?doses?\s+of\b|"
    r"\b(?:pharmacological|drug|opioid[\s\-]+blockade)\s+challenge\b|"
    r"\bon\s+(?:two|three|four|separate|different)\s+(?:test\s+|study\s+|scan(?:ning)?\s+|"
    r"experimental\s+)?(?:days|occasions|sessions|visits)\b|"
    r"\bin\s+(?:ascending|increasing|escalating)\s+order\b|"
    # ... or a dose escalation it runs: its people given ascending doses, each for a set
    # time ("received ascending doses of X: 0.5, 1.5 and 3 mg, each for two weeks", "were
    # given increasing doses"), or a dose-finding design it names as its own ("in an open
    # dose-finding design", "in this dose-escalation study", "an open, sequential
    # dose-finding study"); what its people's doctors prescribed is a cohort's (read
    # above), a design wished for is no own sentence
    r"\b(?:received|were\s+given|were\s+administered|took|were\s+treated\s+with)\s+"
    r"(?:(?:[\w\-]+\s+){1,2}(?:at|in)\s+)?(?:ascending|escalating|increasing|rising|stepwise)\s+"
    r"(?:daily\s+|nightly\s+|oral\s+)?doses\b|"
    # (the study may be called by its name: "in the ASCENT-BD dose-escalation study", a
    # derived report telling its parent; a name has two capitals, not "the earlier")
    r"\b(?:an?|this|our|the\s+present|the\s+(?-i:[\w\-]*[A-Z][\w\-]*[A-Z][\w\-]*))\s+"
    r"(?:(?:open|open[\s\-]label|single[\s\-]arm|uncontrolled|"
    r"prospective|open[\s\-]ended|pilot|sequential|stepwise|step[\s\-]wise),?\s+)*"
    r"dos(?:e|ing)[\s\-]*(?:finding|ranging|escalation)\s+"
    r"(?:design|study|trial|protocol|schedule)\b|"
    # ... or a course of it, a set dose for a set time, given to the study's people as the
    # subject of the sentence ("Forty-two patients ... were given naltrexone 3 mg in the
    # evening for 6 weeks", "were treated with X 1.5 mg twice daily for four weeks"): an
    # open study of an intervention. (People, plural: one person given a course is a case;
    # not a relative clause telling what people had had, "patients who were given X for 8
    # weeks", nor what their doctors prescribed.)
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bhad\s)\bwere\s+(?:(?:then|all)\s+)?"
    r"(?:given|administered|treated\s+with|started\s+on)\s+(?:[\w\-]+\s+){0,3}?"
    r"\d+(?:\.\d+)?\s*mg\b[^.;]{0,60}?\bfor\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|sixteen|twenty)[\s\-]+(?:days?|weeks?|months?)\b",
    re.I,
)
_OTHER_TYPES = {
    "Editorial",
    "Comment",
    "Letter",
    "News",
    "Newspaper Article",
    "Interview",
    "Lecture",
}


def _any(rx: Folded, sentences: list[Sentence]) -> Sentence | None:
    if len(sentences) > 1 and not rx.search("\n".join(s.text for s in sentences)):
        return None  # one search over all of them settles most patterns (none is anchored)
    return next((s for s in sentences if rx.search(s.text)), None)


def _own_trial(rx: Folded, sentences: list[Sentence]) -> Sentence | None:
    """The first sentence whose own clauses match ``rx`` (a planned trial never does)."""
    return next((s for s in sentences if rx.search(s.masked)), None)


_COHORT_PROTOCOL = Folded(
    r"\b(?:cohort|registry|observational|prospective (?:study|follow[\s\-]?up)|"
    r"cross[\s\-]sectional|case[\s\-]control|regist(?:ry|er)[\s\-]based|naturalistic)\b|"
    # the people are found in records of care already given and compared as they chose
    # (no one is assigned): a national register, claims or prescription data, health
    # records, "new users"/"initiators" of the drug, confounding weighed away by a
    # propensity score or inverse probability weighting, a trial emulated on such data
    r"\b(?:national|nationwide|patient|prescription|population|health)\s+(?:\w+\s+){0,2}?"
    r"regist(?:er|ry|ers|ries)\b|\b(?:claims|prescription|dispensing|insurance)\s+"
    r"(?:data\w*|records?|regist\w*)\b|\b(?:electronic\s+)?(?:health|medical|patient)\s+records\b|"
    r"\bnew[\s\-]+users?\b|\binitiators\b|\bpropensity[\s\-]+scores?\b|"
    r"\binverse[\s\-]+probability\b|\btarget[\s\-]+trials?\b|\btrial\s+emulation\b|"
    # the people get the drug because their own clinician chose it, not by the study's
    # protocol: "patients for whom their psychiatrist has decided to prescribe LDN", "LDN
    # started at the treating physician's discretion", "prescribed in routine care"
    r"\b(?:psychiatrists?|physicians?|clinicians?|doctors?|GPs?|prescribers?)\s+(?:has|have|had)\s+"
    r"(?:already\s+)?(?:decided|chosen|elected|opted)\s+to\s+(?:prescribe|start|initiate|begin)\b|"
    r"\b(?:at|by)\s+(?:the|their)\s+(?:own\s+)?(?:treating\s+)?(?:psychiatrist|physician|clinician|"
    r"doctor|prescriber)(?:'s|s')?\s*(?:discretion|choice|decision)\b|"
    r"\b(?:prescribed|started|initiated|begun)\s+(?:\w+\s+){0,3}?(?:as part of|in|during|within)\s+"
    r"(?:their\s+)?(?:routine|usual|standard|regular|ordinary)\s+(?:clinical\s+)?(?:care|practice)\b",
    re.I,
)
_TRIAL_PROTOCOL = Folded(
    # "Netherlands Trial Register" names where a cohort is registered, not a trial
    r"\brandomi[sz]\w*|\btrial\b(?![\s\-]+regist)|\bopen[\s\-]label\b|\bsingle[\s\-]arm\b|"
    r"\bplacebo\b|\bwill (?:receive|be given|be treated|take|be administered|be started on)\b",
    re.I,
)
# randomisation said to be absent: "there is no randomisation", "patients will not be
# randomised", "without randomisation" (a cohort's protocol says what it is not)
_NO_RANDOMISATION = Folded(
    r"\b(?:no|without(?:\s+any)?)\s+randomi[sz]ation\b|"
    r"\bnot\s+(?:be\s+)?randomi[sz]ed\b|\bno\s+(?:one|patient|participant)\s+(?:is|will\s+be)\s+"
    r"randomi[sz]ed\b",
    re.I,
)
# a protocol's own allocation, still to come: "will be randomised", "will be randomly
# assigned", "will be allocated to", "will receive naltrexone"
_WILL_ALLOCATE = Folded(
    # ("randomised" qualifying the trials a review will take in is no allocation: "we will
    # include randomised controlled trials", "eligible studies will be randomised or
    # quasi-randomised trials", holdout271 30300005)
    r"\b(?:will|shall)\s+(?:then\s+)?(?:be\s+)?(?:\w+\s+)?(?:randomi[sz]ed"
    r"(?![\s,]+(?:(?:and|or|and/or|non[\s\-]randomi[sz]ed|quasi[\s\-]randomi[sz]ed|"
    r"controlled|placebo[\s\-]controlled|clinical|double[\s\-]blind\w*|parallel[\s\-]group|"
    r"crossover|cross[\s\-]over)[\s,]+){0,5}(?:trials|studies|RCTs)\b)|randomly\s+"
    r"(?:assigned|allocated)|allocated|assigned|receive|be\s+given|be\s+treated|take)\b|"
    # the allocation after what people keep doing: "will continue their antidepressant and
    # be allocated 1:1 to naltrexone or placebo"
    r"\b(?:will|shall)\s+(?:[\w\-]+\s+){1,5}?and\s+(?:then\s+)?be\s+(?:randomi[sz]ed|"
    r"randomly\s+(?:assigned|allocated)|allocated|assigned)\s+(?:\d\s*:\s*\d\s+)?to\b|"
    # ... said in the active voice: "We will randomise 150 adults", "the trial will randomize
    # 240 participants", "we will randomly assign 120 outpatients" (a review's "will include
    # randomised trials" is not: "randomise" here is the verb, never its participle)
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:randomi[sz]e|randomly\s+(?:assign|allocate))\b",
    re.I,
)
# trials in the plural, with the words that qualify them: trials in general or other
# people's ("complementing ongoing randomised trials", "randomised trials remain the
# reference standard", "to design placebo-controlled trials"); a protocol's own trial is
# one, in the singular ("a randomised trial", "this placebo-controlled trial")
_TRIALS_IN_GENERAL = Folded(
    r"\b(?:(?:randomi[sz]ed|placebo[\s\-]controlled|controlled|clinical|double[\s\-]blind\w*|"
    r"blinded|open[\s\-]label|ongoing|future|larger?|further|other|existing|previous|prior|"
    r"definitive|adequately|powered|well[\s\-]designed|prospective|multi[\s\-]?cent(?:re|er)|"
    r"interventional|confirmatory|pivotal|more|new)[\s,]+){0,5}(?:trials|RCTs)\b",
    re.I,
)
# the study says it assigns nothing: "the registry does not assign any treatment",
# "treatment is left to the clinician"
_ASSIGNS_NOTHING = Folded(
    r"\b(?:does|do|will|did)\s+not\s+(?:assign|allocate|randomi[sz]e|provide|prescribe|"
    r"administer|influence)\s+(?:any\s+)?(?:treatment|intervention|medication|drug|therapy)|"
    # "the study assigns no treatment", "the registry allocates no drug"
    r"\b(?:assigns?|allocates?|provides?|prescribes?|administers?|mandates?|dictates?)\s+no\s+"
    r"(?:\w+\s+)?(?:treatments?|interventions?|medications?|drugs?|therap(?:y|ies))\b|"
    r"\bno\s+(?:treatment|intervention|drug|medication)\s+(?:is|was|will be)\s+(?:assigned|"
    r"allocated|provided|administered)\b|\bnon[\s\-]?interventional\b|"
    # "there is no randomisation or protocol-assigned treatment" (no randomisation alone is
    # a single-arm trial's word too: the treatment must be unassigned)
    r"\b(?:no|without(?:\s+any)?)\s+(?:randomi[sz]ation\s+(?:or|and|nor)\s+)?(?:protocol[\s\-]+)?"
    r"(?:assigned|allocated|mandated|specified)\s+(?:treatment|intervention|medication)\b|"
    # ... said of the care people get, passively: "treatment decisions are not influenced by
    # the study", "prescribing is not affected by participation", "the choice of dose is
    # left to the treating psychiatrist"
    r"\b(?:treatment|prescribing|prescription|therapeutic|clinical|dosing|dose)\s+"
    r"(?:(?:decisions?|choices?)\s+)?(?:(?:is|are|will\s+be|were|was|remain)\s+)(?:\w+\s+)?"
    r"(?:not|never)\s+(?:\w+\s+)?(?:influenced|affected|altered|changed|dictated|determined|"
    r"directed|guided)\s+by\s+(?:the\s+|this\s+)?(?:study|registry|protocol|participation|"
    r"research)\b|"
    r"\b(?:treatment|prescribing|dosing|dose|therapy)\s+(?:(?:decisions?|choices?)\s+)?"
    r"(?:(?:is|are|will\s+be|remain)\s+)(?:entirely\s+|solely\s+)?(?:left\s+to|made\s+by|"
    r"at\s+the\s+discretion\s+of|the\s+responsibility\s+of)\s+(?:the|their)\s+(?:own\s+)?"
    r"(?:treating\s+)?(?:psychiatrists?|physicians?|clinicians?|doctors?|prescribers?)\b|"
    r"\bdoes\s+not\s+(?:interfere|intervene)\s+(?:with|in)\s+(?:\w+\s+)?(?:treatment|care|"
    r"prescribing)\b|"
    # ... or passively of the drug itself: "doses will not be assigned", "treatment is not
    # allocated by the study"
    r"\b(?:treatments?|doses?|drugs?|medications?|interventions?|therap(?:y|ies))\s+"
    r"(?:(?:will|would)\s+not\s+be|(?:is|are)\s+not)\s+(?:assigned|allocated|randomi[sz]ed|"
    r"mandated|dictated)\b",
    re.I,
)
# a trial the study is said to feed, not its own design: "generate hypotheses for
# randomised trials", "to guide a future placebo-controlled trial", "lay the groundwork for
# an RCT"
_FEEDS_TRIAL = Folded(
    r"\b(?:hypothes[ie]s|inform\w*|guid(?:e|es|ing)|groundwork|basis|pave\s+the\s+way|"
    r"in\s+preparation\s+for)\b[^.;]{0,60}?\b(?:trials?|RCTs?)\b",
    re.I,
)


# a literature search the record plans or registers, what only an evidence synthesis does:
# a PROSPERO registration (the register of systematic reviews), or bibliographic databases
# searched ("We will search MEDLINE, Embase ...", "Electronic databases (PubMed, ...) will
# be searched", "we will systematically search bibliographic databases")
_BIBLIOGRAPHIC = (
    r"(?:MEDLINE|PubMed|Embase|PsycINFO|PsycInfo|CENTRAL|Cochrane\s+(?:Library|Central)|"
    r"Web\s+of\s+Science|Scopus|CINAHL|LILACS|(?:bibliographic|electronic|literature)\s+databases?)"
)
_LITERATURE_SEARCH = Folded(
    r"\bPROSPERO\b|\bCRD\s?42\d{6,}|"
    rf"\bsearch(?:es|ed|ing)?\b[^.;]{{0,60}}?\b{_BIBLIOGRAPHIC}|"
    rf"\b{_BIBLIOGRAPHIC}[^.;]{{0,80}}?\b(?:will|are\s+to|is\s+to)\s+be\s+searched\b",
    re.I,
)


def _planned_synthesis(doc: Doc, title: list[Sentence], own: list[Sentence]) -> Sentence | None:
    """A protocol whose study is an evidence synthesis (a systematic, scoping or umbrella
    review, a meta-analysis): a review, not a trial's protocol (CONTRACT.md: ``protocol``
    is for a trial's protocol or registration). Read from what the record is: typed a
    review and no trial, a title naming a review or meta-analysis and no trial of its own,
    or a literature search its own sentences plan or register while they allocate no one.
    Returns the deciding sentence (the title when decided by publication types)."""
    if doc.article.source == "ctgov":
        return None  # a registration is a trial's or a cohort's, never a synthesis's
    types = set(doc.article.publication_types)
    if types & (RCT_TYPES | TRIAL_TYPES):
        return None
    first = title[0] if title else None
    if types & (_REVIEW_TYPES | {"Meta-Analysis"}):
        return first or (own[0] if own else None)
    if _own_trial(_WILL_ALLOCATE, own) or _own_trial(_ALLOCATED, own):
        return None
    # ("protocol for a systematic review of randomised trials": trials in general are what
    # it reviews; "a randomised trial nested in a review" would be a trial)
    if (
        first is not None
        and (_REVIEW.search(first.text) or _META.search(first.text))
        and not _TRIAL_PROTOCOL.search(_TRIALS_IN_GENERAL.sub(" ", first.text))
    ):
        return first
    return _any(
        _LITERATURE_SEARCH, [s for s in doc.sentences if not s.is_title and not s.background]
    )


def _protocol(doc: Doc, hit: Sentence | None) -> tuple[Design, Sentence | None]:
    """A protocol of a trial is ``protocol``; of a cohort or registry (one that assigns no
    treatment), ``observational``."""
    # (a trial named as future work, "to inform the design of randomised trials", or as
    # the method a cohort borrows, "a target-trial emulation", is not the study's own
    # design: the roles blank both in ``masked``)
    text = " ".join(s.masked for s in doc.sentences if not (s.background or s.future))
    own = [s for s in doc.sentences if s.own]
    nothing = _any(_ASSIGNS_NOTHING, own)
    if nothing is not None:
        return "observational", nothing
    # the record says what its own study is, an observational design naming no trial
    # ("protocol for a register-based cohort study", "We will conduct a nationwide cohort
    # study"), and none of its own sentences assigns anyone: the trials it names elsewhere
    # ("complementing ongoing randomised trials") are someone else's
    title = [s for s in doc.sentences if s.is_title]
    declared = (title[0] if _declared_observational(title) else None) or _declared_in_text(
        [s for s in own if not s.hedged]
    )
    if (
        declared is not None
        and not _own_trial(_ALLOCATED, own)
        and not _own_trial(_WILL_ALLOCATE, own)
        and not _dosing_cohorts(text)
    ):
        return "observational", declared
    # (cohorts the investigators dose in turn, "ascending cohorts of 0.5, 1 and 2 mg", "a
    # sequential-cohort design", are the trial's own groups, given the drug by its
    # protocol: a trial, not a cohort followed as care happens)
    # (randomisation said to be absent is no trial's word: "There is no randomisation or
    # control group" in a cohort's protocol)
    if (
        _COHORT_PROTOCOL.search(text)
        and not _TRIAL_PROTOCOL.search(
            _NO_RANDOMISATION.sub(" ", _TRIALS_IN_GENERAL.sub(" ", _FEEDS_TRIAL.sub(" ", text)))
        )
        and not _dosing_cohorts(text)
    ):
        return "observational", _any(_COHORT_PROTOCOL, doc.sentences)
    return "protocol", hit


# the congress label of an abstract about a trial that has not finished: "Trial in
# progress: ...", "... (TiP)", "...: an ongoing trial"
# (also with the kind of the presentation after it: "... - trial-in-progress poster",
# "Trial-in-progress abstract, ECNP Congress 2025")
_IN_PROGRESS_TITLE = Folded(
    r"^\s*(?:trials?|study)[\s\-]in[\s\-]progress\b|\btrial[\s\-]in[\s\-]progress"
    r"(?:\s+(?:posters?|abstracts?|presentations?|reports?|updates?))?\s*\)?\s*[.:]?\s*$|"
    r"\(TiPs?\)|:\s*(?:an?\s+)?ongoing\s+(?:[\w\-]+\s+){0,3}?trial\s*\.?\s*$",
    re.I,
)
# ... said as the abstract's opening label
_IN_PROGRESS_OPENING = Folded(
    r"^\s*(?:trials?|study)[\s\-]in[\s\-]progress(?:\s+(?:posters?|abstracts?|"
    r"presentations?))?\s*[.:,;]",
    re.I,
)
# an outcome estimated: a p value or a confidence interval
_ESTIMATED = Folded(
    r"\bp\s*[<=>]\s*0?\.\d|\b95\s*%\s*(?:CI|confidence interval)\b[\s,:=]*(?:from\s+)?[\-−–]?\d",
    re.I,
)
_OPEN_TRIAL = Folded(r"\bopen[\s\-]label (?:pilot |clinical )?trial\b")
# people already allocated ("64 had been randomised"), or an outcome estimated ("95% CI",
# "p = 0.03"): an interim or final report, whatever it says is still to come
_DONE_TRIAL = Folded(
    r"\b(?:were|was|had been) randomi[sz]ed|\bp\s*[<=>]\s*0?\.\d|"
    r"\b95\s*%\s*(?:CI|confidence interval)\b[\s,:=]*(?:from\s+)?[\-−–]?\d",
    re.I,
)


def classify(doc: Doc) -> tuple[Design, Sentence | None, bool]:
    """The design, the sentence that decided it (None when decided by metadata), and
    whether the study is only planned (a protocol, or a cohort's protocol)."""
    design, where = _classify(doc)
    planned = design == "protocol" or (
        design == "observational" and doc.structure.role == "protocol"
    )
    if design == "observational" and not planned:
        planned = _any(_PROTOCOL_TITLE, [s for s in doc.sentences if s.is_title]) is not None or (
            _any(_FUTURE_DESIGN, [s for s in doc.sentences if s.own]) is not None
            and _any(_DONE_TRIAL, doc.sentences) is None
        )
    return design, where, planned


# outcome results still to come: "primary outcome results are expected in early 2027",
# "efficacy results will be reported separately"
_RESULTS_PENDING = Folded(
    # ("final results are expected in 2027" after an interim analysis: some are reported)
    r"(?<!final )(?<!full )\bresults?\s+(?:are|is|will be)\s+(?:expected|anticipated|pending|"
    r"forthcoming|awaited|due)\b|"
    r"\bresults?\s+(?:will\s+be\s+)?(?:reported|published|presented)\s+(?:separately|elsewhere|"
    r"later|in a (?:separate|future|subsequent|later))\b|"
    r"\bresults?\s+(?:are|is)\s+not\s+yet\s+(?:available|known|reported)\b|"
    # the study's follow-up or outcome data are still being gathered: "Follow-up is
    # ongoing", "data collection continues", "outcome assessments are under way", "the
    # primary outcome will be analysed once the last participant completes"
    r"\b(?:follow[\s\-]?ups?|data\s+collection|outcome\s+(?:assessments?|data)|"
    r"treatment\s+phase)\s+"
    r"(?:is|are|remains?)\s+(?:still\s+)?"
    r"(?:ongoing|under\s*way|in\s+progress|continuing|not\s+(?:yet\s+)?(?:complete|completed|"
    r"finished))\b|\b(?:follow[\s\-]?up|data\s+collection)\s+(?:continues|will\s+(?:end|finish|"
    r"be\s+completed?))\b|"
    r"\b(?:primary|secondary|efficacy|clinical)\s+(?:outcomes?|end[\s\-]?points?)(?:\s+data)?\s+"
    r"(?:will|are\s+to|remain\s+to)\s+be\s+(?:analy[sz]ed|reported|assessed|unblinded)\b",
    re.I,
)
# a paper that says it reports a trial's design and its people at entry: "Rationale,
# design and baseline characteristics of the X trial", "recruitment and baseline data",
# "to describe the design and baseline sample"
_BASELINE_PAPER = Folded(
    r"\bbaseline\s+(?:characteristics|data|sample|features|findings|demographics|profile|"
    r"cohort|population)\b|\b(?:design|recruitment|enrol?ment)\s+and\s+baseline\b",
    re.I,
)
# ... said as what the paper does ("To describe the design and baseline sample", "we
# report the baseline characteristics"), not a results paper's "baseline characteristics
# were similar"
_REPORTS_BASELINE = Folded(
    r"\b(?:describ|report|present|summari[sz])\w*\s+(?:[\w\-]+[\s,]+){0,4}?(?:baseline|"
    r"(?:design|recruitment|enrol?ment)\s+and\s+baseline)\b|"
    # ... or its people as taken in: "we describe the enrolled sample", "we present the
    # randomised cohort" (not "will describe": ``own`` drops a plan's future)
    r"\b(?:describ|report|present|summari[sz]|characteri[sz])\w*\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:enrol+ed|randomi[sz]ed|recruited)\s+(?:sample|cohort|population|participants)\b",
    re.I,
)


def _reports_its_sample(doc: Doc, own: list[Sentence], title: list[Sentence]) -> bool:
    """The record calls itself a report of the trial's people at entry ("Baseline
    characteristics of participants in X", "we describe the enrolled sample"): they have
    been taken in, so it is that trial (its results still to come: ``results_pending``),
    not its protocol, whatever it says is still ahead ("primary results are expected").
    A trial still taking people in ("61 randomised so far", "the target sample is 140",
    "recruitment is on schedule") is in progress: its abstract is a protocol's."""
    if _any(_STILL_RECRUITING, own) is not None:
        return False
    return _any(_BASELINE_PAPER, title) is not None or _any(_REPORTS_BASELINE, own) is not None


# enrolment not over: "randomised so far", "enrolled to date", "recruitment is ongoing / on schedule", "is
# still recruiting", "the target sample is 140"
_STILL_RECRUITING = Folded(
    r"\b(?:randomi[sz]ed|enrol+ed|recruited|included)\s+(?:so\s+far|to\s+date|thus\s+far)\b|"
    r"\b(?:recruitment|enrol?ment|accrual)\s+(?:is|remains)\s+"
    r"(?:still\s+)?(?:ongoing|on\s+(?:schedule|track|target)|under\s*way|continuing|in\s+progress|"
    r"open)\b|\b(?:is|are)\s+(?:still\s+|currently\s+)*recruiting\b|"
    r"\btarget(?:ed)?\s+(?:sample|enrol?ment|accrual)\b",
    re.I,
)


# a comparison of the arms at entry ("arms were balanced", "groups did not differ at
# baseline"), not an outcome: unless the sentence also tells a change since then
_AT_BASELINE = Folded(
    r"\b(?:at|in)\s+(?:baseline|entry|randomi[sz]ation)\b|\bbaseline\s+(?:characteristics|"
    r"variables|demographics|features|scores?)\b|\b(?:balanced|comparable|similar)\b",
    re.I,
)
_CHANGE = Folded(
    r"\b(?:from|since|over|versus|vs\.?)\s+baseline\b|\bchange\w*|\b(?:improved|fell|decreased|"
    r"declined|reduced|rose|increased|responded|remitted|response|remission)\b",
    re.I,
)
# an outcome result of the study's own: an effect, a difference, a p-value
_OUTCOME_RESULT = Folded(
    r"\bp\s*[<=>≤]|\b95\s*%|\bconfidence interval|\b(?:odds|hazard|risk) ratio|\beffect size|"
    r"\bSMD\b|\bsignifican\w*|\bsuperior\b|\binferior\b|\boutperform\w*|\bdiffer(?:ed|ence)\b|"
    r"\b(?:improved|fell|decreased|declined|reduced|rose|increased|responded|remitted)\b|"
    # an outcome told as a rate or two figures set side by side: "response rates were 40%
    # vs 20%", "remission in 12 versus 5"
    r"\b(?:response|remission|relapse)\s+rates?\b|\d\s*%?\s*(?:vs\.?|versus)\s*\d",
    re.I,
)


# an outcome told as a figure per arm, each arm named in brackets beside its figure:
# "HAM-D fell by 2.0 (placebo), 5.5 (1 mg) and 7.1 (3 mg)", "response was 20% (placebo)
# and 45% (4.5 mg)" (two such figures at least: a protocol's "64 participants (32 per arm)"
# names no arm beside a figure)
_ARM = (
    r"\((?:placebo|sham|control|usual\s+care|active|LDN|naltrexone|\d[\d.]*\s*mg"
    r"(?:/d(?:ay)?|\s+(?:daily|nightly|a\s+day|per\s+day))?)\)"
)
_FIGURES_PER_ARM = Folded(
    rf"[\-−–]?\d[\d.]*\s*%?\s*{_ARM}[^.;]{{0,40}}?\d[\d.]*\s*%?\s*{_ARM}",
    re.I,
)


def own_outcome(doc: Doc) -> Sentence | None:
    """An outcome result of the record's own told in its results section ("MADRS
    decreased by 11.2 points", "response rates were 44% vs 17%"): the record reports the
    trial (an interim or congress report), not its protocol, whatever it says is still
    ahead ("the remaining participants will be randomised", "final results are expected").
    Read from the labelled results section only, so a protocol's plan told elsewhere ("a
    pre-planned interim analysis will be performed") is no result; the arms compared at
    entry ("arms were balanced") are its people, not an outcome."""
    results = [
        s
        for s in doc.sentences
        if s.in_results
        and s.reported
        and not (_AT_BASELINE.search(s.masked) and not _CHANGE.search(s.masked))
    ]
    found = _any(_OUTCOME_RESULT, results)
    if found is not None:
        return found
    # (an unlabelled abstract has no results section: there only figures told per arm
    # count, which no plan states; "80% power to detect a difference" is a plan's)
    return _any(
        _FIGURES_PER_ARM,
        [s for s in doc.sentences if (s.in_results or s.unlabelled) and s.reported],
    )


def results_pending(doc: Doc) -> bool:
    """A trial report without outcome results of its own (a design-and-baseline paper):
    it says its results are still to come and states no effect, difference or p-value."""
    own = [s for s in doc.sentences if s.own and not s.is_title]
    pending = _any(_RESULTS_PENDING, own) is not None or (
        # a paper that calls itself a design-and-baseline report, in its title or its
        # objective
        _any(_BASELINE_PAPER, [s for s in doc.sentences if s.is_title]) is not None
        or _any(_REPORTS_BASELINE, own) is not None
    )
    if not pending:
        return False
    # a baseline report that says its outcome data are still blinded has no outcome of its
    # own, whatever associations at entry it tests ("Higher hs-CRP was associated with lower
    # DARS scores (p=0.003)" ... "Outcome data remain blinded")
    if _any(_OUTCOMES_BLINDED, own) is not None and (
        _any(_BASELINE_PAPER, [s for s in doc.sentences if s.is_title]) is not None
        or _any(_REPORTS_BASELINE, own) is not None
    ):
        return True
    # an outcome is told where results are (a results or conclusions section, or an
    # abstract without labels), not in its methods ("adults who had not responded to 8
    # weeks of escitalopram" says whom it took in); and the arms compared at entry ("arms
    # were balanced") are its people, not an outcome
    outcomes = [
        s
        for s in own
        if (s.in_results or s.in_conclusion or s.unlabelled)
        and not (_AT_BASELINE.search(s.masked) and not _CHANGE.search(s.masked))
        and not (_CONDUCT.search(s.masked) and not _MEASURED.search(s.masked))
    ]
    return _any(_OUTCOME_RESULT, outcomes) is None


# the trial's outcome data said to be still unseen: "Outcome data remain blinded",
# "efficacy results are still masked"
_OUTCOMES_BLINDED = Folded(
    r"\b(?:outcome|efficacy|trial|treatment|unblinded)\s+(?:data|results)\s+(?:remain|are\s+still|"
    r"are\s+being\s+kept|will\s+remain)\s+(?:blinded|masked|blind|under\s+embargo|confidential)\b",
    re.I,
)


# the trial's conduct, not its outcome: its size, its recruitment, its power ("the target
# sample size was increased from 240 to 270", "the planned enrolment rose to 150"); a
# figure that moved there is the plan's, not an effect in the participants
_CONDUCT = Folded(
    r"\bsample\s+size\b|\b(?:target(?:ed)?|planned|intended)\s+(?:sample|enrol?ment|accrual|"
    r"recruitment|size|total|number)\b|\b(?:recruitment|enrol?ment|accrual)\s+(?:rate|pace)\b|"
    r"\bstatistical\s+power\b",
    re.I,
)
# ... unless the sentence also names what was measured in the participants
_MEASURED = Folded(
    r"\b(?:MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|PHQ\w*|QIDS\w*|CGI\w*|scores?|symptoms?|"
    r"response|remission|responders?|remitters?|relapse|adverse|side[\s\-]effects?|"
    r"efficacy)\b",
    re.I,
)


def nobody(doc: Doc) -> Sentence | None:
    """The record's own statement that it has no participants ("No patient data are
    reported": a pharmaceutical methods paper, a laboratory assay); None if it makes
    none. Nobody in such a record takes anything (CONTRACT.md: on-topic only if
    participants receive LDN), whatever it prepares the drug for. A survey's or an
    interview study's people are its respondents ("no patient data were collected" from
    psychiatrists asked about their prescribing): they are its participants."""

    def find(d: Doc) -> Sentence | None:
        said = _any(_NOBODY, [s for s in d.sentences if s.own and not s.is_title])
        if said is None:
            return _in_silico(d)
        if _RESPONDENTS.search(d.text) or _never_started(d):
            return None
        return said

    return doc.remember("nobody", find)


# a trial withdrawn before it took anyone in: "The study was withdrawn before any
# participant was enrolled" (its "No participants were enrolled" tells a plan never carried
# out, not a record without people: it is the protocol it registered)
_WITHDRAWN_BEFORE = Folded(
    r"\b(?:withdrawn|terminated|stopped|cancel+ed|abandoned)\s+(?:\w+\s+){0,3}?(?:before|prior\s+to)\s+"
    r"(?:any\s+|the\s+first\s+)?(?:participants?|patients?|subjects?|enrol+ment|recruitment|"
    r"randomi[sz]ation)\b",
    re.I,
)


def _never_started(doc: Doc) -> bool:
    """The record is a trial withdrawn before enrolment: its registry says so, or its text."""
    registry = doc.article.registry
    if registry is not None and (registry.status or "").upper() == "WITHDRAWN":
        return True
    return _WITHDRAWN_BEFORE.search(doc.text) is not None


# computational work on the drug's molecule: its targets taken from databases, docked to
# proteins, simulated ("network pharmacology, molecular docking and molecular dynamics",
# "an in silico study", "target prediction and enrichment analysis"). Its material is
# structures and databases, not people.
_IN_SILICO = Folded(
    r"\bin[\s\-]silico\b|\bnetwork[\s\-]pharmacolog\w*|\bmolecular\s+(?:docking|dynamics)\b|"
    r"\bdocking\s+(?:analys[ie]s|studies|study|simulations?|scores?)\b|\bdocked\b|"
    r"\bbinding\s+(?:energ(?:y|ies)|affinit(?:y|ies))\b|\btarget\s+prediction\b|"
    r"\b(?:protein[\s\-]protein\s+interaction|PPI)\s+network\b|\bcomputational\s+"
    r"(?:pharmacolog\w*|study|analysis|approach|modell?ing|screening)\b",
    re.I,
)
# people of the study's own: any sentence of its own naming them
_OWN_PEOPLE = Folded(
    r"\b(?:patients?|participants?|adults|volunteers?|subjects|women|men|children|adolescents|"
    r"individuals|outpatients?|inpatients?|people|cases|respondents|users)\b",
    re.I,
)


def _in_silico(doc: Doc) -> Sentence | None:
    """A computational study of the molecule (``_IN_SILICO``, said in its title or its own
    words) that names no people in any sentence of its own: it has no participants."""
    said = _any(_IN_SILICO, [s for s in doc.sentences if s.is_title or s.own])
    if said is None:
        return None
    own = [s for s in doc.sentences if s.own and not s.is_title and not s.preamble]
    return None if _any(_OWN_PEOPLE, own) else said


# people who answer: a survey's, a questionnaire's or an interview study's participants
_RESPONDENTS = Folded(
    r"\b(?:survey\w*|questionnaires?|interview\w*|respondents?|focus groups?)\b", re.I
)


# the record analyses the people of one trial itself, whatever model it then runs on their
# data: "a within-trial cost-utility analysis", "an economic evaluation alongside the X
# trial", "patient-level resource use", "costs were collected in the randomised trial",
# "this post hoc pharmacometric analysis included the 84 participants" (a decision model
# fed with a trial's published results, "efficacy inputs from the X trial", is none of these)
_ON_TRIAL_PEOPLE = Folded(
    r"\bwithin[\s\-]trial\b|\bin-trial\b|\btrial[\s\-]based\s+(?:economic|cost|analys)\w*|"
    r"\b(?:alongside|nested\s+(?:in|within))\s+(?:an?|the|our|this)\s+(?:[\w\-]+[\s,]+){0,4}?"
    r"(?:trial|RCT)\b|"
    r"\b(?:patient|participant|individual|person)[\s\-]level\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:data|costs?|resource|outcomes?|responses?|observations?|concentrations?)\b|"
    r"\b(?:collected|recorded|obtained|measured|gathered|captured|sampled)\s+(?:prospectively\s+)?"
    r"(?:in|during|within|alongside|from\s+participants\s+(?:in|of))\s+(?:an?|the|our|this)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:trial|RCT)\b|"
    r"\b(?:post[\s\-]?hoc|secondary)\s+(?:[\w\-]+\s+){0,2}?analys[ie]s\s+(?:of|from|in)\s+"
    r"(?:an?|the|our|this)\s+(?:[\w\-]+\s+){0,5}?(?:trial|RCT)\b|"
    r"\b(?:this|the\s+present|our)\s+(?:post[\s\-]?hoc|secondary)\s+(?:[\w\-]+\s+){0,2}?"
    r"analys[ie]s\s+(?:included|analy[sz]ed|used|comprised|was\s+restricted\s+to)\b",
    re.I,
)


def on_trial_people(doc: Doc) -> Sentence | None:
    """The title or own sentence saying the record analyses one trial's own participants
    (``_ON_TRIAL_PEOPLE``), not several trials pooled: a secondary analysis of that trial
    (CONTRACT.md), whatever model or simulation it runs on their data."""
    if doc.pooled:
        return None
    return _any(_ON_TRIAL_PEOPLE, [s for s in doc.sentences if s.is_title or s.own])


def modelled(doc: Doc) -> bool:
    """The record is a decision-analytic model (Markov, decision tree, microsimulation):
    its "patients" are simulated, so it has no participants, doses or co-medication. A
    model run on one trial's own participants (``on_trial_people``: a within-trial economic
    evaluation extrapolated by a Markov model, a post hoc pharmacometric analysis that
    simulates from its fitted model) is that trial's secondary analysis, not a model."""
    return doc.remember(
        "modelled",
        lambda d: (
            _any(_MODEL, [s for s in d.sentences if s.is_title or (s.own and not s.hedged)])
            is not None
            and on_trial_people(d) is None
        ),
    )


# people a model generates: "1,000 virtual adults", "500 in silico patients", "a virtual
# population of 2,000 individuals", "800 simulated subjects" (not a decision model's
# "hypothetical cohort", whose states are the disease's course, nor "a virtual trial" of
# real people seen remotely)
_VIRTUAL_PEOPLE = Folded(
    r"\b(?:virtual|in[\s\-]silico|simulated)\s+(?:[\w\-]+\s+)?(?:adults?|patients?|subjects?|"
    r"participants?|individuals?|people|persons?|volunteers?|populations?)\b",
    re.I,
)


def virtual_people(doc: Doc) -> Sentence | None:
    """The sentence naming people a model made, in the title or any sentence not set in
    the background (a population "generated from published data" is the record's own,
    whatever data it was built from). Nobody in such a model takes anything; whether it is
    still about the condition depends on what it models (``topic``)."""
    return _any(
        _VIRTUAL_PEOPLE, [s for s in doc.sentences if s.is_title or not (s.background or s.future)]
    )


# a pharmacometric model that simulates the drug's regimens itself: "we simulated
# occupancy-time profiles for once-daily doses of 0.5, 1 and 4.5 mg", "concentration
# profiles were simulated for 1 to 6 mg/day", "simulations of receptor occupancy at each
# dose" (its doses are put through a model, not given to anyone; "simulated patients" are
# ``_VIRTUAL_PEOPLE``'s)
_SIMULATED_DOSING = Folded(
    r"\bsimulat\w*\s+(?:(?:the|of|for)\s+)?(?:[\w\-]+\s+){0,3}?(?:profiles?|curves?|"
    r"concentrations?|exposures?|occupanc(?:y|ies)|levels?|time[\s\-]courses?|regimens?|"
    r"doses?|dosing)\b|"
    r"\b(?:profiles?|curves?|concentrations?|exposures?|occupanc(?:y|ies)|regimens?|doses?)\s+"
    r"(?:were|was)\s+simulated\b",
    re.I,
)
# ... with the model it simulates with: a pharmacokinetic, pharmacodynamic or receptor
# occupancy model ("a population pharmacokinetic model", "PK/PD modelling")
_PK_MODEL = Folded(
    r"\b(?:pharmacokinetic|pharmacodynamic|PK|PD|PK/PD|PKPD|occupancy|exposure[\s\-]response)"
    r"(?:[\s\-/]+(?:pharmacodynamic|PD))?\s+model\w*",
    re.I,
)


def simulated_dosing(doc: Doc) -> Sentence | None:
    """The sentence in which a pharmacokinetic or receptor model of the record's own
    (``_PK_MODEL``, title or own text) simulates the drug's regimens (``_SIMULATED_DOSING``):
    nobody in such a model takes a dose; whether it is still about the condition depends on
    what it models (``topic``)."""

    def find(d: Doc) -> Sentence | None:
        own = [s for s in d.sentences if s.is_title or not (s.background or s.future)]
        if _any(_PK_MODEL, own) is None:
            return None
        return _any(_SIMULATED_DOSING, [s for s in own if not s.is_title])

    return doc.remember("simulated_dosing", find)


def opinion_piece(doc: Doc) -> bool:
    """The record is typed a letter, editorial, comment or news item and not a study
    (PubMed's types): read as design ``other``, what it says of doses and co-medication
    ("some general practitioners now prescribe it at 4.5 mg nightly alongside SSRIs") is
    what others do in practice, nobody's assigned dose (CONTRACT.md: a letter without data
    of its own is ``other``). Whether it has people of its own is the caller's count."""
    types = set(doc.article.publication_types)
    return bool(types & _OTHER_TYPES) and not types & STUDY_TYPES


# a trial in one person: "a double-blind n-of-1 trial", "a single-patient randomised
# crossover trial" (its periods or blocks are not participants), or a series of them
# ("single-patient trials": one person each, counted by ``numbers.participants``)
_ONE_PERSON = Folded(
    r"\bn[\s\-]*of[\s\-]*1\b|\bsingle[\s\-](?:patient|person|subject|case|participant)\s+"
    r"(?:[\w\-]+,?\s+){0,3}?(?:trials?|experiments?|study|studies|design)\b",
    re.I,
)


def one_person(doc: Doc) -> Sentence | None:
    """The record's own statement that its trial is in one person (an n-of-1 trial): its n
    is that person, unless it states a count of its own (a series of n-of-1 trials)."""
    if (
        "of-1" not in doc.text.lower()
        and "of 1" not in doc.text
        and "single" not in doc.text.lower()
    ):
        return None  # a fast first look
    return _any(_ONE_PERSON, [s for s in doc.sentences if s.is_title or s.own])


# a study's own allocation, in its own clauses: "were randomised", "was randomly assigned"
_ALLOCATED = Folded(
    rf"\b(?:were|was|we)\s+(?:\w+\s+)?(?:{ALLOCATED})\b",
    re.I,
)


# what a title calls an observational study
_DECLARED = Folded(
    r"\b(?:cross[\s\-]sectional|retrospective|case[\s\-]control|regist(?:ry|er)[\s\-]based|"
    r"population[\s\-]based|claims|database|chart review|records? review|survey|questionnaire "
    r"study|(?:cohort|observational) (?:study|analysis)|real[\s\-]world|pharmacovigilance|"
    r"discrete[\s\-]choice|qualitative|interview study|naturalistic)\b",
    re.I,
)
_HOST_TRIAL = Folded(
    r"\b(?:in|within|nested\s+(?:in|within)|embedded\s+in|alongside|after|following|from)\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+\s+){0,6}?(?:trials?|RCTs?)\b",
    re.I,
)
# ... of which one the study ran inside, while the trial still assigned its treatment (an
# analysis "within the trial" reads the trial's own data: the parent's design); a study of
# the trial's people after it ended ("after the trial ended", "patients from a pilot
# trial") assigns nothing of its own
_WITHIN_TRIAL = Folded(
    r"\b(?:in|within|nested\s+(?:in|within)|embedded\s+in|alongside)\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+\s+){0,6}?(?:trials?|RCTs?)\b",
    re.I,
)
# an allocation the sentence denies: "no treatment was assigned", "patients were not
# randomised", "none was allocated"
_DENIED_ALLOCATION = Folded(
    r"\b(?:no|none|nobody|neither|nothing)\b(?:\s+[\w\-]+){0,3}?\s+(?:was|were)\s+"
    rf"(?:\w+\s+)?(?:{ALLOCATED})\b|"
    rf"\b(?:was|were)\s+(?:not|never)\s+(?:{ALLOCATED})\b",
    re.I,
)


def _allocates(sentences: list[Sentence]) -> bool:
    """A sentence of the study's own clauses allocates people, an allocation it denies
    ("no treatment was assigned") or tells as the host trial's (``HOST_ALLOCATION``: "they
    had been randomised to X or placebo in the parent trial") set aside."""
    return any(
        _ALLOCATED.search(HOST_ALLOCATION.sub(" ", _DENIED_ALLOCATION.sub(" ", s.masked)))
        for s in sentences
    )


_DOSE_STUDY = Folded(r"\bdos(?:e|ing)[\s\-]*(?:finding|ranging|escalation|response)\b", re.I)


# A sentence that opens by saying what the study is: "Retrospective cohort study in a
# network of health records", "This was a register-based cohort study of ...", "We
# conducted a database study", "In this population-based cohort study, ..." (the head:
# the words before the noun "study"/"analysis"/"design", a few at most)
_DECLARATION = Folded(
    r"\s*(?:(?:this|the|our)\s+(?:present\s+)?(?:study|analysis|work|report)\s+(?:was|is)\s+|"
    r"we\s+(?:(?:will|shall)\s+(?:conduct|perform|carry\s+out|undertake|do)|conducted|"
    r"performed|carried\s+out|undertook|did|designed|report)\s+|in\s+)?"
    r"(?:an?\s+|this\s+)?(?:[\w\-]+,?\s+){0,5}?(?:study|analysis|design)\b",
    re.I,
)


def _declared_in_text(own: list[Sentence]) -> Sentence | None:
    """The study's own sentence that opens by naming an observational design and no trial
    of its own (a trial it emulates, "a target trial emulation", is no trial of its own,
    and a trial it was nested in is where its people came from): a record that says what
    it is, is that, whatever trial it emulates or calls for elsewhere."""
    for s in own:
        if s.is_title:
            continue
        # the sentence's own text, a trial it emulates blanked; a clause before the
        # declaration ("Mimicking a randomised trial, ...") is set aside too
        text = s.masked
        for part in (text, text.split(",", 1)[-1] if "," in text[:80] else ""):
            m = _DECLARATION.match(part) if part else None
            if m is None:
                continue
            head = part[: m.end()]  # (as written: a folded match's text is lower-cased)
            if (
                _DECLARED.search(head)
                and not _TRIAL.search(head)
                and not _says_randomised(head)
                and not _NONRANDOM_STRONG.search(head)
                and not _DOSE_STUDY.search(head)
                and not _WITHIN_TRIAL.search(text)
            ):
                return s
    return None


def _declared_observational(title: list[Sentence]) -> bool:
    """The title's own statement of design (after its last colon) is observational and
    names no trial: "...: a cross-sectional study", "...: a retrospective cohort study"."""
    if not title:
        return False
    text = title[0].text
    part = text.rsplit(":", 1)[-1] if ":" in text else text
    # the trial a qualitative or follow-up study is nested in or follows is where its
    # people came from, not its design: "a qualitative interview study in the X trial"
    part = _HOST_TRIAL.sub(" ", part)
    return bool(
        _DECLARED.search(part)
        and not _TRIAL.search(part)
        and not _NONRANDOM_STRONG.search(part)
        and not _DOSE_STUDY.search(part)
        and not _says_randomised(part)
        and not _REVIEW.search(part)
        and not _CASE.search(part)
    )


def _naturalistic_trial(
    title: list[Sentence], own: list[Sentence], typed_trial: bool = False
) -> bool:
    """The title's only observational word is "naturalistic" (how care is given, not how
    people are assigned) and a sentence of the study's own names a non-random trial design
    ("open label, single arm"), or, in a record typed a clinical trial (``typed_trial``),
    the title or its own sentences call the treatment open-label ("Open-label X added to
    ...: a naturalistic study"): an open, single-arm treatment study, which the design
    rules below read as a non-randomised trial."""
    text = title[0].text
    part = text.rsplit(":", 1)[-1] if ":" in text else text
    words = {m.group(0).lower() for m in _DECLARED.finditer(part)}
    # (a follow-up "after an open-label trial" names where its people came from: the
    # single arm must be the study's own, and its title name no host trial)
    return (
        words == {"naturalistic"}
        and not _HOST_TRIAL.search(text)
        and (
            _own_trial(_SINGLE_ARM, own) is not None
            or (typed_trial and _own_trial(_OPEN_LABEL, [*title, *own]) is not None)
        )
    )


_SINGLE_ARM = Folded(r"\bsingle[\s\-](?:arm|group)\b", re.I)
# (not an open-label placebo: that is a treatment of its own)
_OPEN_LABEL = Folded(r"\bopen[\s\-]label\b(?![\s\-]+placebo)", re.I)


def from_types(publication_types: list[str], st: Structure) -> Design:
    """The design from publication types alone (for records the pre-filter settles)."""
    types = set(publication_types)
    if st.notice:
        return "other"
    if st.role == "protocol":
        return "protocol"
    if "Meta-Analysis" in types:
        return "meta_analysis"
    if types & _REVIEW_TYPES:
        return "review"
    if types & RCT_TYPES:
        return "rct"
    if "Case Reports" in types:
        return "case_report"
    if types & TRIAL_TYPES:
        return "nonrandomized_trial"
    if "Observational Study" in types:
        return "observational"
    return "other"


# an animal dose translated to people's scale: "a human-equivalent dose of 4.5 mg",
# "equivalent to the human dose", "the human low-dose therapy", "for a 70-kg adult", "an
# adult of 60 kg" (the human and the adult are the dose's scale, not people of the study)
_DOSE_SCALE = Folded(
    r"\bhumans?[\s\-]+(?:[\w\-]+\s+){0,2}?(?:equivalents?|dos(?:e|es|ing)|therapy|exposures?)\b|"
    # (or the people whose levels the animals' were matched to: "plasma concentrations
    # comparable to those after a 4.5 mg oral dose in women")
    r"\b(?:comparable|similar|equivalent|close)\s+to\s+(?:those|that|the\s+[\w\-]+\s+)?\s*"
    r"(?:after|with|from|of|produced\s+by|reached\s+(?:after|with))\s+(?:an?\s+|the\s+)?"
    r"\d+(?:\.\d+)?\s*mg\s+(?:[\w\-]+\s+){0,2}?dos(?:e|es|ing)\s+in\s+(?:women|men|humans|"
    r"adults|patients|people|volunteers)\b|"
    r"\b(?:an?|the)\s+\d+[\s\-]?kg\s+(?:adult|human|person|patient|man|woman)\b|"
    r"\b(?:adult|human|person|patient)\s+(?:weighing|of)\s+\d+\s*kg\b",
    re.I,
)


def _animal_counts(text: str) -> tuple[int, int]:
    """Animal or in-vitro words, and words for people, in ``text``."""
    aside = _ANIMAL_ASIDE.sub(" ", text)
    donors = len(_CELLS_FROM.findall(text))
    animal = len(_ANIMAL.findall(aside)) + len(_MOLAR.findall(aside)) + donors
    return animal, len(_HUMAN.findall(_DOSE_SCALE.sub(" ", text))) - donors


def animal_work(doc: Doc) -> bool:
    """The record's words are those of animal or in-vitro work (see ``_animal_work``): a
    notice restating an animal study ("Corrigendum to '... in mice'") is about that work."""
    return doc.remember("animal_work", _animal_work)


# a study of spontaneous safety reports: what it counts is what reporters chose to report
_SAFETY_REPORTS = Folded(
    r"\bpharmacovigilance\s+(?:study|analysis|database|data)\b|\bdisproportionality\b|"
    r"\bspontaneous(?:ly)?\s+report\w*|\b(?:individual\s+)?case\s+safety\s+reports?\b|"
    r"\bICSRs?\b|\bFAERS\b|\bVigiBase\b|\bEudraVigilance\b|\bYellow\s+Card\b|"
    r"\breporting\s+odds\s+ratios?\b|\badverse\s+(?:event|drug\s+reaction)\s+reporting\s+"
    r"system\b|\badverse\s+event\s+notifications\b",
    re.I,
)


def safety_reports(doc: Doc) -> bool:
    """The record studies spontaneous safety reports (pharmacovigilance): named so in its
    title or its own words, not in its background."""
    return doc.remember(
        "safety_reports",
        lambda d: any(
            (s.is_title or not s.background) and _SAFETY_REPORTS.search(s.text) for s in d.sentences
        ),
    )


def _animal_work(doc: Doc) -> bool:
    """Animal or in-vitro words outnumber words for people two to one, over the whole
    record or over the study's own words alone: the patients a cell study's background or
    conclusion names ("IFN-alpha induces depression in a third of patients", "trials in
    patients with X") took part in nothing."""
    animal, human = _animal_counts(" ".join(s.text for s in doc.sentences))
    if animal < 2:
        return False  # (the study's own words hold no more of them than the whole)
    if animal > 2 * human:
        return True
    own = " ".join(s.masked or s.text for s in doc.sentences if not s.background)
    animal, human = _animal_counts(own)
    return animal >= 2 and animal > 2 * human


def _people_trialled(doc: Doc, own: list[Sentence]) -> bool:
    """A translational record, animal work and a trial in people, that the indexers typed a
    trial (structure before text) and whose own words randomise people ("40 adults with
    X were randomly assigned to ..."): the trial is the study whose people the watch counts
    (CONTRACT.md: participants are humans; the mice of its first part are not), so its
    animal words do not make it preclinical."""
    if not set(doc.article.publication_types) & (RCT_TYPES | TRIAL_TYPES):
        return False
    randomised = _own_randomised(own)
    if randomised is None:
        return False
    animal, human = _animal_counts(randomised.text)
    return human > 0 and animal == 0


def _declared_review(doc: Doc, own: list[Sentence], title: list[Sentence]) -> bool:
    """The record says it is a review (publication type Review, "a review" in its title,
    "in this narrative review we summarise ..."): the trials it says will randomise or
    are recruiting are the ones it reviews, not a protocol of its own."""
    types = set(doc.article.publication_types)
    return bool(types & _REVIEW_TYPES) or (
        not types & (RCT_TYPES | TRIAL_TYPES)
        and (_any(_REVIEW, title) or _any(_REVIEW_SELF, own) or _review_keyword(doc)) is not None
    )


# a keyword that names what the record is (Europe PMC gives a preprint no Review type;
# its authors' keywords often do): "review", "narrative review", "overview"
_REVIEW_KEYWORD = Folded(
    r"^\s*(?:(?:narrative|literature|systematic|scoping|critical|mini|clinical)[\s\-]?)?"
    r"(?:review|overview)\s*$",
    re.I,
)


def _review_keyword(doc: Doc) -> Sentence | None:
    """A record whose keywords call it a review and whose abstract has no study of its
    own (no methods or results section, nothing it randomised or tested): a review,
    whatever trials it cites. Returns the title as the deciding sentence."""
    if not any(_REVIEW_KEYWORD.search(k) for k in doc.article.keywords):
        return None
    if set(doc.article.publication_types) & {"Case Reports", *RCT_TYPES, *TRIAL_TYPES}:
        return None
    body = [s for s in doc.sentences if not s.is_title]
    # a study of its own: labelled methods or results, or a result ("were randomised", a
    # p value, a confidence interval) in the record's own words
    if any(s.in_results or (s.in_methods and not s.unlabelled) for s in body):
        return None
    if _any(_DONE_TRIAL, [s for s in body if s.own]):
        return None
    return next((s for s in doc.sentences if s.is_title), None) or (body[0] if body else None)


# a review's declaring words followed by a verb of covering literature: "this review
# summarises ...", "in this overview we discuss ...", "we review ..."
_COVERS = re.compile(
    r"[^.;:]{0,60}?\b(?:summari[sz]e[sd]?|discuss(?:es|ed)?|covers?|describes|considers|"
    r"examines|appraises|outlines|synthesi[sz]e[sd]?|brings?\s+together|reviews|explores|"
    r"maps|spans|charts|traces|collates|gathers|addresses|(?<=we\s)review|"
    r"(?<=\bwe\s)(?:\w+ly|then|also|next|further|first|now)\s+review)\b",
    re.I,
)


# a review's count of the studies it included: "nine studies met the criteria", "eleven
# reports fulfilled our eligibility criteria", "we included 14 trials", "12 studies were
# included" (studies, never patients: "46 patients met the inclusion criteria" is a cohort's)
_STUDY_NOUN = r"(?:studies|trials|reports|articles|publications|papers|records)"
_INCLUDED_STUDIES = Folded(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)(?:[\s\-]\w+)?\s+(?:[\w\-]+\s+){0,3}?"
    rf"{_STUDY_NOUN}\s+(?:(?:met|fulfill?ed|satisfied)\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:(?:inclusion|eligibility|selection)\s+)?criteria|(?:were|was)\s+(?:finally\s+)?"
    r"(?:included|eligible|retained))\b|"
    rf"\bwe\s+included\s+(?:\d+|\w+)\s+(?:[\w\-]+\s+){{0,3}}?{_STUDY_NOUN}\b|"
    # ... or what its search found: "We searched PubMed and Embase to June 2024 and
    # identified one small randomised pilot, two open-label studies, several case reports"
    r"\bsearched\b[^.;]{0,120}?\b(?:and\s+)?(?:identified|found|retrieved|located)\s+(?:only\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|a)\b",
    re.I,
)


# what a review says the evidence (the literature, the published data) is made of: the
# studies it lists after these words are its literature, whatever their designs
_EVIDENCE_LISTED = Folded(
    r"\b(?:evidence|literature|(?:published|available|clinical)\s+(?:data|studies|reports|work))"
    r"(?:\s+base)?(?:\s+(?:so\s+far|to\s+date))?"
    # (what they are on may come between: "the clinical data on X in depression, which
    # consist of one small randomised ... trial, ... and retrospective cohorts")
    r"(?:\s+(?:on|about|for|in)\s+[^.;:,]{1,60}?,?\s+(?:which|that))?"
    r"\s+(?:(?:is|are)\s+(?:limited|confined|restricted)"
    r"\s+to|consists?\s+(?:mainly\s+|largely\s+|only\s+)?of|compris\w*|(?:is|are)\s+made\s+up\s+of|"
    r"rests?\s+(?:mainly\s+|largely\s+)?on)\b|"
    # ... or said to be scant, then listed: "Clinical data remain sparse: a small randomised
    # pilot, a handful of case reports and chart reviews, ..."
    r"\b(?:evidence|data|literature|studies)\s+(?:(?:is|are|remains?)\s+)(?:still\s+|very\s+)?"
    r"(?:sparse|scarce|limited|thin|scant|meagre|meager|preliminary)\s*:|"
    # ... or what its search turned up: "We identified one randomized pilot trial, three
    # open-label studies, ... and a growing number of observational studies" (studies, not
    # people: "we identified 46 patients" is a cohort's)
    r"\bwe\s+(?:identified|found|located|retrieved)\s+(?=(?:[\w\-]+\s+){0,4}?(?:trials?|"
    r"stud(?:y|ies)|reports?|case\s+(?:series|reports?)|RCTs?)\b)",
    re.I,
)


# a title declaring a case report with a review around it: "...: a case report and brief
# review", "a case series and review of the literature"
_CASE_AND_REVIEW_TITLE = Folded(
    r"\bcase\s+(?:reports?|series|study)\s+(?:and|with)\s+(?:an?\s+)?(?:brief\s+|short\s+|"
    r"narrative\s+|literature\s+|systematic\s+)?review\b",
    re.I,
)


def _own_case_typed(types: set[str], title: list[Sentence], own: list[Sentence]) -> bool:
    """The record is typed Case Reports and tells cases of its own (``_CASE``,
    ``_FEW_REPORTED``, a few cases in its title); or, typed by nobody (a preprint), its
    title declares "a case report and review" and it tells a patient of its own."""
    if "Case Reports" not in types:
        return (
            not types - {"Preprint"}
            and _any(_CASE_AND_REVIEW_TITLE, title) is not None
            and _any(_OWN_PATIENT, own) is not None
        )
    return (
        _any(_CASE, title + own) is not None
        or _any(_FEW_REPORTED, own) is not None
        or _any(_CASES_IN_TITLE, title) is not None
    )


def _review_declaration(doc: Doc, own: list[Sentence], title: list[Sentence]) -> Sentence | None:
    """The sentence in which the record calls itself a review, if it does and is not a
    cohort: what a review's declaring sentence lists ("... open-label and retrospective
    reports") is the literature it covers, so only the words naming the review itself
    ("this retrospective review of 46 patients", "our chart review") and the record's other
    own sentences can make it observational."""
    # (a hedge elsewhere in the declaring sentence, "... and we consider whether SNRIs
    # could be paired with it", leaves the declaration whole)
    hedged = [s for s in doc.sentences if s.own and s.hedged and not s.is_title]
    hit = _any(_REVIEW, title) or _any(_REVIEW_SELF, own) or _any(_REVIEW_SELF, hedged)
    if hit is None and not _any(_DONE_TRIAL, [s for s in own if not s.is_title]):
        hit = _any(_ARTICLE_SELF, own)
    if hit is None:
        hit = _review_keyword(doc)
        if hit is None:
            return None
        named = ""
    else:
        m = (
            (_REVIEW.search(hit.text) if hit.is_title else None)
            or _REVIEW_SELF.search(hit.text)
            or _ARTICLE_SELF.search(hit.text)
        )
        named = hit.text[: m.end()] if m else hit.text
    if _OBSERVATIONAL.search(named):
        return None
    # every sentence in which the record names itself a review lists what it covers after
    # its declaring words (the title says "a narrative review", then "This review
    # summarises the pilot trial, case series and observational data"): only the words up
    # to the declaration can make it a cohort; the record's other own sentences count whole
    for s in own:
        if s is hit:
            continue
        m = _REVIEW_SELF.search(s.text)
        # (only where the declaration goes on to say what it covers: "our review of medical
        # records of 46 patients" is a chart review, its records its own)
        covers = _COVERS.match(s.text, m.start()) if m else None
        cut = max(m.end(), covers.end()) if m and covers else len(s.text)
        # the studies a declared review says it included are its literature: "Nine studies
        # met the criteria: four trials, one chart review and two case series"
        included = _INCLUDED_STUDIES.search(s.text[:cut])
        if included is not None:
            cut = included.start()
        # ... and so is what it says the evidence consists of: "Clinically, the evidence
        # consists of one small randomised pilot, retrospective case series and ..."
        listed = _EVIDENCE_LISTED.search(s.text[:cut])
        if listed is not None:
            cut = listed.start()
        if _OBSERVATIONAL.search(s.text[:cut]):
            return None
    return hit


# "cohort" in a trial's sense: a group dosed in turn ("two sequential open-label cohorts",
# "an ascending-dose cohort"), or one told by its order or its letter with the dose it
# took ("the first cohort took 1 mg", "cohort B (4.5 mg/d)"); not people followed as care
# happened ("a cohort of 200 LDN users", "the first cohort, 2010-2015")
_DOSED_IN_TURN = Folded(
    r"\b(?:sequential|successive|consecutive|ascending|escalating|dos(?:e|ing))[\s\-]+"
    r"(?:[\w\-]+[\s\-]+){0,2}?cohorts?\b|"
    # ... or the escalation between them: "escalation to the next cohort", "before
    # advancing to the following cohort", "progression to the next higher cohort"
    r"\b(?:escalat\w*|advanc\w*|progress\w*|proceed\w*|mov(?:e|ed|ing))\s+(?:on\s+)?"
    r"(?:to|into)\s+(?:the\s+)?(?:next|following|subsequent)\s+(?:[\w\-]+\s+)?cohorts?\b|"
    # ... or cohorts of a set size given the drug: "Cohorts of six received naltrexone 1 mg,
    # 2.5 mg or 4.5 mg daily"
    rf"\bcohorts\s+of\s+(?:\d{{1,2}}|{NUMBER_WORDS})\s+(?:[\w\-]+\s+)?(?:received|took|were\s+"
    r"(?:given|treated|dosed))\b",
    re.I,
)
_ORDERED_COHORT = Folded(
    r"\b(?:(?:first|second|third|next|subsequent|lower[\s\-]dose|higher[\s\-]dose)\s+cohorts?|"
    r"cohorts?\s+(?:[A-D1-4]|one|two|three))\b(?:[^.;]|\.\d){0,50}?\d(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b",
    re.I,
)


def _dosing_cohorts(text: str) -> list[tuple[int, int]]:
    """Where the sentence names a trial's dose groups as cohorts (``_DOSED_IN_TURN``)."""
    if "cohort" not in text.lower():
        return []
    return [m.span() for rx in (_DOSED_IN_TURN, _ORDERED_COHORT) for m in rx.finditer(text)]


_COHORT_WORD = re.compile(r"^cohorts?$", re.I)


# the people a series counts: "18 patients", "a series of 23 outpatients", "records of 31
# adults" (a number word too: "twenty-two patients")
_SERIES_COUNT = Folded(
    rf"(?<![\d.,])(?P<num>\d{{1,4}}|{NUMBER_WORDS})\s+(?:[\w\-]+\s+){{0,2}}?{_CASE_PEOPLE}\b",
    re.I,
)


_WE = Folded(r"\b(?:we|our)\b", re.I)


def _few_of_our_own(own: list[Sentence]) -> Sentence | None:
    """The first own sentence in which the authors count a few people of theirs (up to
    twelve, ``_FEW``): "we reviewed the records of nine consecutive patients"."""
    for s in own:
        if s.is_title or not _WE.search(s.text):
            continue
        for m in _SERIES_COUNT.finditer(s.text):
            raw = m.group("num")
            n = int(raw) if raw.isdigit() else words_to_int(raw)
            if n is not None and 2 <= n <= 12:
                return s
    return None


def _large_series(own: list[Sentence]) -> bool:
    """The record's own people are more than a few (thirteen or more; the few of a case
    series are up to twelve, ``_FEW``), and only "case series" names it a case report (not
    "case report", "a 45-year-old", "we describe a patient")."""
    for s in own:
        for m in _CASE.finditer(s.text):
            if not re.fullmatch(r"case\s+series", m.group(0), re.I):
                return False
    for s in own:
        for m in _SERIES_COUNT.finditer(s.text):
            raw = m.group("num")
            n = int(raw) if raw.isdigit() else words_to_int(raw)
            if n is not None and n > 12:
                return True
    return False


# a series gathered by looking back through a clinic's records, however few it finds: "we
# reviewed the electronic records of all patients prescribed X", "a search of the clinic's
# charts identified nine" (a cohort looked back on; holdout246 27500010)
_RECORDS_REVIEWED = Folded(
    r"\b(?:reviewed|searched|screened|audited|evaluated|examined|analy[sz]ed)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:records|charts|"
    r"notes|files)\s+of\s+all\b|"
    r"\b(?:review|search|audit)\s+of\s+(?:the\s+)?(?:[\w\-']+\s+){0,3}?(?:records|charts|notes|files)"
    r"\s+(?:of\s+all\b|identified\b)",
    re.I,
)


def _observational(own: list[Sentence], *, typed_trial: bool) -> Sentence | None:
    """The first own sentence that names an observational design. "Cohort" alone does not
    when it is a trial's word for a group dosed in turn (``_dosing_cohorts``, or a sentence
    framing dose escalation), or when the indexers typed the record a clinical trial: its
    cohorts are the trial's own people, given the drug by its protocol."""
    if _any(_OBSERVATIONAL, own) is None:
        return None
    # (once the record names its cohorts dosed in turn, its other sentences' "cohort" are
    # those groups: "no cohort reached the dose-limiting threshold", "across cohorts")
    dosed = any(_dosing_cohorts(s.text) for s in own)
    for s in own:
        for m in _OBSERVATIONAL.finditer(s.text):
            if _COHORT_WORD.match(m.group(0)) and (
                typed_trial
                or dosed
                or any(a <= m.start() < b for a, b in _dosing_cohorts(s.text))
                or _DOSE_STUDY.search(s.text)
            ):
                continue
            return s
    return None


def _classify(doc: Doc) -> tuple[Design, Sentence | None]:
    """The design and the sentence that decided it (None when decided by metadata)."""
    sentences = doc.sentences
    types = set(doc.article.publication_types)
    mesh_terms = doc.article.mesh_terms
    # the study's own statements: no background, earlier or future work, no hedging
    own = [s for s in sentences if s.own and not s.hedged]
    title = [s for s in sentences if s.is_title]
    body = [s for s in sentences if not s.is_title]

    # A notice or commentary discusses another article; what it restates (even "a pilot
    # in which 12 patients were randomised") is not its own design.
    if doc.structure.notice:
        return "other", None

    # protocol / registration: planned, no results yet
    hit = _any(_PROTOCOL_TITLE, title) or _any(
        _STAGE_ONE_SELF, [s for s in body if not s.background]
    )
    future = _any(_FUTURE_DESIGN, own) or _any(_UNREALISED_PLAN, own)
    if doc.structure.role == "protocol" or hit or (future and not _any(_DONE_TRIAL, body)):
        # ... unless what it plans is an evidence synthesis (a review's protocol)
        synthesis = _planned_synthesis(doc, title, own)
        if synthesis is not None:
            return "review", synthesis
    if doc.structure.role == "protocol" or hit:
        return _protocol(doc, hit)
    # a congress "Trial in progress" abstract describes a trial still recruiting: its
    # design and planned size, with at most how many have joined so far (an accrual count
    # is no result); an estimated outcome (a p value, a CI) would make it an interim report
    # (a congress label may stand as the abstract's first line: "Trial-in-progress
    # poster, ECNP Congress 2025.")
    opening = [s for s in body[:1] if s.unlabelled]
    hit = (
        _any(_IN_PROGRESS_TITLE, title)
        or _any(_IN_PROGRESS_OPENING, opening)
        or _any(_PROTOCOL_VERSION_TITLE, title)
    )
    if hit and not _any(_ESTIMATED, body):
        return _protocol(doc, hit)
    if (
        future
        and not _any(_DONE_TRIAL, body)
        and not _declared_review(doc, own, title)
        and not _reports_its_sample(doc, own, title)
        and own_outcome(doc) is None
    ):
        return _protocol(doc, future)

    # derived reports: several trials pooled are a synthesis; an extension is open-label
    if doc.pooled:
        return "meta_analysis", None
    if doc.extension:
        return "nonrandomized_trial", None

    # evidence syntheses
    hit = _any(_META, title + [s for s in own if not s.in_results])
    if hit is not None and not _own_meta(hit):
        hit = next((s for s in title + own if not s.in_results and _own_meta(s)), None)
    if "Meta-Analysis" in types or (
        hit
        and (
            types & _REVIEW_TYPES
            or _any(_REVIEW_SELF, sentences)
            or _any(_ARTICLE_SELF, sentences)
            or _title_declares_meta(hit)
            or (
                not types & (RCT_TYPES | TRIAL_TYPES)
                and _we_pooled(own) is not None
                and not _allocates(own)
            )
        )
    ):
        return "meta_analysis", hit
    if types & _REVIEW_TYPES and not ("Case Reports" in types and _any(_OWN_PATIENT, own)):
        # (typed Case Reports too, and telling a patient of its own: "a case report and
        # review of the literature" is that case report, the review around it secondary)
        return "review", None
    # A record the indexers typed a trial (Randomized Controlled Trial, Clinical Trial)
    # is that trial, whatever words of a review it uses (a corrected and republished
    # trial saying what "this article" replaces); a review is typed Review.
    # A record typed Case Reports that tells a patient of its own ("a 47-year-old woman
    # ...", "we report two patients") is that case report, whatever it reviews around it
    # ("case report and review of the literature", "we review the pharmacology").
    if not types & (RCT_TYPES | TRIAL_TYPES) and not _own_case_typed(types, title, own):
        hit = _review_declaration(doc, own, title)
        if hit is not None:
            return "review", hit

    # a decision-analytic model: not a trial, a cohort or a review
    if modelled(doc):
        return "other", _any(_MODEL, title + own)

    # an expert panel's consensus (a Delphi process, a consensus conference): its people
    # vote on statements and take nothing, whatever trials and doses the statements cite
    if not types & (RCT_TYPES | TRIAL_TYPES) and not _allocates([s for s in own if s.own]):
        if types & _CONSENSUS_TYPES:
            return "other", title[0] if title else None
        panel = _any(_CONSENSUS_PANEL, title + own)
        if panel is not None:
            return "other", panel

    # animal or in-vitro work
    mesh = set(mesh_terms)
    if (_animal_work(doc) or ("Animals" in mesh and "Humans" not in mesh)) and not _people_trialled(
        doc, own
    ):
        return "preclinical", _any(_ANIMAL, sentences)

    # a record with nobody of its own (a methods paper) is not a trial or a cohort
    said = nobody(doc)
    if said is not None:
        return "other", said

    # (a "naturalistic" study that is an open treatment study of its own)
    natural = "Observational Study" not in types and _naturalistic_trial(
        title, own, "Clinical Trial" in types
    )
    if _declared_observational(title) and not _allocates([s for s in own if s.own]) and not natural:
        # the title says what the study is ("...: a cross-sectional study", "a
        # retrospective cohort study") and no sentence of its own allocates anyone: the
        # trials it names are someone else's ("unlike in a randomised trial", "a
        # randomised trial is the next step")
        return "observational", title[0]
    # ... or a sentence of its own does ("Design: Retrospective cohort study in ...", "This
    # was a register-based cohort study"): the trial it emulates or says is still needed
    # ("cannot replace adequately powered randomised trials") is not its own
    declared = _declared_in_text(own)
    if declared is not None and not _allocates(own):
        return "observational", declared

    randomised = _own_randomised(own)
    # a record the indexers typed "Observational Study" and no trial (structure before
    # text): the randomised trial it names is where its people came from (a follow-up that
    # re-contacts a trial's former participants), not a design of its own
    if (
        randomised is not None
        and "Observational Study" in types
        and not types & (RCT_TYPES | TRIAL_TYPES | {"Case Reports"})
    ):
        return "observational", None
    # (read in the study's own clauses, as the randomisation is: "unlike the open-label
    # pilot, this trial ..." names another study's design)
    nonrandom = _own_trial(_NONRANDOM_DESIGN, own)
    trial = _own_trial(_TRIAL, own)
    # (not in an objective section's opening on the field: "In clinical practice X is
    # given at 4.5 mg, but this dose came from other conditions. We wanted to find ...")
    observational = _observational(
        [s for s in own if not s.preamble], typed_trial=bool(types & (RCT_TYPES | TRIAL_TYPES))
    )
    # the records of all such patients gone back through: a look back at care already
    # given, told without "retrospective" ("We reviewed the records of all 11 such
    # patients"; holdout388 43800034)
    looked_back = _any(_RECORDS_REVIEWED, own)

    if "Case Reports" in types or _any(_CASE, own):
        # a letter reporting patients of its own is a case series; the trial it names is
        # the one it writes about ("the open-label trial of 64 ... prompts us to report")
        # (unless it went back through a clinic's records of all who were given the drug,
        # "we reviewed the records of all patients aged 65 or over prescribed X": a cohort
        # looked back on, in a letter too; holdout301 33800004)
        # (``looked_back`` is that look back, told without "retrospective")
        observational = observational or looked_back
        reviewed = looked_back is not None
        if types & {"Letter", "Comment"} and not (reviewed and "Comment" not in types):
            return "case_report", _any(_CASE, own)
        if randomised and _case_randomised(own):
            return "rct", randomised
        if _any(_OPEN_TRIAL, own):
            return "nonrandomized_trial", trial
        if "Case Reports" not in types and observational and (_large_series(own) or reviewed):
            # a "case series" that is a clinic's larger series looked back on ("a
            # retrospective case series": a review of the records of 18 patients) is a
            # cohort, as a series of more than a few people told without the word is
            return "observational", observational
        return "case_report", _any(_CASE, own)

    # a few people reported as cases, with nothing allocated, trialled or reviewed
    series = _any(_CASES_IN_TITLE, title) or _any(_FEW_REPORTED, own) or _labelled_cases(own)
    if series is not None and not (
        randomised or nonrandom or trial or observational or types & (RCT_TYPES | TRIAL_TYPES)
    ):
        return "case_report", series

    # (a title's "randomised" gives way to the record's own words that the allocation was
    # not random: "an open-label randomised pilot" over "allocation was alternating by
    # order of enrolment" is a quasi-randomised, non-randomised trial)
    misnamed = (
        randomised is not None
        and randomised.is_title
        and _own_trial(_NOT_RANDOM_ALLOCATED, [s for s in own if not s.is_title]) is not None
    )
    if (
        randomised
        and not misnamed
        and not (nonrandom and not re.search(r"randomi[sz]", randomised.masked, re.I))
    ):
        return "rct", randomised
    # a secondary analysis has its parent's design (CONTRACT.md): a parent whose people it
    # takes in a placebo arm ("the 88 naltrexone- and placebo-treated participants",
    # "compared with placebo (n = 45)") was a controlled, randomised trial, unless the
    # record says otherwise ("single-arm", "non-randomised", "open-label ... trial") or
    # calls itself observational (a naturalistic follow-up)
    if doc.derived and not (doc.extension or doc.pooled or nonrandom or observational):
        placebo = _any(_PLACEBO_ARM, title + own)
        if placebo is not None:
            return "rct", placebo
    if types & RCT_TYPES:
        # the abstract's own description wins over the tag when it describes another design
        if trial and not nonrandom:
            return "rct", None
        if nonrandom or trial:
            return "nonrandomized_trial", nonrandom or trial
        if observational:
            return "observational", observational
        return "rct", None
    # "uncontrolled" alone says no control group, which a chart review or a cohort has
    # too; it does not outweigh the record calling itself retrospective or a cohort
    if observational and not (natural or (nonrandom and _own_trial(_NONRANDOM_STRONG, own))):
        return "observational", observational
    # (groups a study doses in turn, "the first cohort took 1 mg, the next 3 mg", are
    # assigned by it as numbered groups are)
    assigned = (
        _any(_ASSIGNED_GROUP, title + own)
        or _any(_NUMBERED_GROUPS, own)
        or next((s for s in own if _dosing_cohorts(s.text)), None)
    )
    if assigned:
        return "nonrandomized_trial", assigned
    if nonrandom or trial or types & TRIAL_TYPES:
        return "nonrandomized_trial", nonrandom or trial
    # the study gives the drug itself, at set doses and times (an experiment, whatever it
    # measures: "single oral doses of X 0.5, 1.5 and 4.5 mg, given on separate days in
    # ascending order", "a single 2 mg dose in a pharmacological challenge"): an
    # intervention study without randomisation; people taking what their doctors
    # prescribed are a cohort (read above)
    given = _any(_EXPERIMENTAL_DOSING, own)
    if given is not None and not types & _OTHER_TYPES:
        return "nonrandomized_trial", given
    # the records of all such patients gone back through, with nothing allocated or given
    # by the study: a look back at care already given, in a letter too ("We reviewed the
    # records of all 14 such patients treated since 2023"; holdout388 43800034)
    if looked_back is not None:
        return "observational", looked_back
    # a letter (not a comment on another paper) telling a few patients of its own ("we
    # reviewed the records of nine consecutive patients", "we report seven outpatients") is
    # a case series, as one typed Case Reports is; typed "Comment" too, it answers another
    # article yet counts people of its own (the structure found it no mere comment)
    letter = "Letter" in types and ("Comment" not in types or not types & STUDY_TYPES)
    own_few = _few_of_our_own(own) if letter else None
    if own_few is not None:
        return "case_report", own_few
    if types & _OTHER_TYPES:
        return "other", None
    if "Observational Study" in types or "Comparative Study" in types:
        return "observational", None
    return "other", None
