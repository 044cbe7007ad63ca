"""Sentence roles, computed once per record: which sentences speak for this study.

Every fact asks the same question of each sentence — does it describe this study's own
methods and results, or something else? An abstract mixes the study with background,
earlier work it cites ("LDN has been studied with dopaminergic drugs"), calls for future
work ("larger trials are needed"), statements of what is unknown, and hedged
generalisations ("LDN may help patients on SSRIs"). This module decides that once, per
sentence and per clause, and every fact extractor reads the result; no other module
keeps its own list of "not about this study" words (tests/test_roles.py checks that).

A :class:`Doc` is the record as the extractors see it: the structure (what the record
is), the role-annotated sentences, the watched drug's mentions and the co-medication
lexicon, with per-sentence lookups remembered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TypeVar

from ldn_watch.assess import counts, mentions, structure
from ldn_watch.assess import text as text_mod
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.lexicon import Lexicon, Mention
from ldn_watch.assess.spec import WatchSpec
from ldn_watch.model import Record

T = TypeVar("T")

# ------------------------------------------------------------------- role cues
# Earlier or other people's work: "X has been studied", "previous trials", "to date".
_PRIOR = Folded(
    # another team's report, named by its author, and their trial: "Verhoeven and colleagues
    # report that X ...", "Their trial excluded patients taking vortioxetine" (a letter
    # answering it; not an editorial's "In this issue, Lee and colleagues report ...", the
    # article it is about)
    r"(?<!\bissue,\s)(?<!\bissue\s)\b\w+\s+and\s+(?:colleagues|co-?workers)\s+(?:have\s+)?"
    r"(?:report|reported|found|showed|shown|describe|described|observed|demonstrated|suggest|"
    r"suggested)\b|"
    r"\btheir\s+(?:(?:randomi[sz]ed|controlled|pilot|open[\s\-]label|recent|published)\s+){0,2}"
    r"(?:trial|RCT|report|paper|article)\b|"
    # work by others going on now: "X is being investigated as a treatment for ..."
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|increasingly\s+)?being\s+(?:investigated|studied|"
    r"tested|explored|evaluated|examined|trialled|trialed)\b|"
    # what earlier work found: "which has shown promise in small pilot studies"
    r"\b(?:has|have|had)\s+(?:also\s+|previously\s+|already\s+|recently\s+)?(?:shown|demonstrated|"
    r"yielded)\s+(?:some\s+|early\s+|preliminary\s+|initial\s+)?(?:promise|benefit|efficacy)\b|"
    # ... told with what kind of effect, and where, a trial counted by its size: "X has shown
    # antidepressant effects in a 12-patient pilot", "has produced mood benefit in an
    # 84-patient trial" (holdout339 38000013)
    r"\b(?:has|have)\s+(?:also\s+|previously\s+|already\s+|recently\s+)?(?:shown|demonstrated|"
    r"yielded|produced)\s+(?:[\w\-]+\s+){0,3}?(?:effects?|benefits?|efficacy|signals?|promise|"
    r"improvements?)\s+in\s+(?:an?|one|two|three)\s+(?:[\w\-]+\s+)?\d[\d,]*[\s\-]+(?:patients?|"
    r"participants?|persons?|people|subjects?|adults?|women)\b|"
    # how far the evidence has got, told as the largest trial run: "X has reached an
    # 84-patient randomized trial", "has so far progressed to a phase II study"
    # (holdout339 38000029)
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|only\s+|already\s+|recently\s+)?(?:reached|"
    r"progressed\s+to|advanced\s+to|got\s+as\s+far\s+as)\s+(?:an?|one|two|a\s+single)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:trials?|stud(?:y|ies)|RCTs?|pilots?|phase)\b|"
    # ... or what another study, named only by its kind, has found: "a small pilot study has
    # suggested that X may augment ...", "one open-label trial has reported benefit"
    r"\b(?:an?|one)\s+(?:(?:small|recent|single|earlier|open[\s\-]label|uncontrolled|"
    r"randomi[sz]ed|controlled|preliminary|pilot)\s+){0,3}(?:stud(?:y|ies)|trials?|RCTs?|pilots?)\s+"
    r"(?:has|have)\s+(?:also\s+|recently\s+)?(?:suggested|shown|found|reported|demonstrated|"
    r"indicated)\b|"
    # "has been studied", "has rarely been combined", "have seldom been tested" (the
    # participants' own history, "all of whom had been prescribed X", is blanked before
    # this is searched: _PEOPLE_HISTORY)
    r"\b(?:has|have|had)\s+(?:also\s+|previously\s+|already\s+|not\s+|recently\s+|long\s+|"
    r"widely\s+|since\s+|increasingly\s+|repeatedly\s+|only\s+|rarely\s+|seldom\s+|"
    r"never\s+|\w+ly\s+)?been\s+(?:\w+ly\s+)?"
    r"(?:used|studied|shown|reported|proposed|suggested|tested|tried|found|described|"
    r"investigated|examined|evaluated|explored|prescribed|employed|advocated|"
    r"hypothesi[sz]ed|associated|linked|approved|implicated|demonstrated|observed|"
    r"recogni[sz]ed|documented|published|conducted|combined|applied|considered|noted)\b|"
    r"\bprevious(?:ly)?\s+(?:\w+\s+)?(?:studies|study|trials?|reports?|work|research|findings|"
    r"data|publications?|pilots?|reported|published|shown|demonstrated|described|suggested|"
    r"found|observed)\b|"
    # (not the people's own treatment history counted in trials: "median 4 prior
    # antidepressant trials", "2 prior adequate trials")
    r"(?<!\d )(?<!\d)(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )"
    r"\b(?:prior|earlier|past|existing|published)\s+(?:\w+\s+)?(?:stud(?:y|ies)|trials?|reports?|"
    # ("Earlier attempts to recruit the opioid system took other routes: ...")
    r"work|research|literature|evidence|pilots?|attempts|efforts)\b|"
    # a study this one replaces or follows, named as such: "the predecessor study randomised
    # ...", "the preceding trial compared 1.5 and 4.5 mg" ("original" is left out: a derived
    # report's "original double-blind trial" is its parent, and "the original protocol"
    # an amended trial's own first version)
    r"\bpredecessor\b|"
    r"\b(?:preceding|superseded|replaced)\s+(?:[\w\-]+\s+)?(?:stud(?:y|ies)|trials?|"
    r"pilots?|RCTs?)\b|"
    # ... with the drug and its dose in between: "published low-dose naltrexone (4.5 mg) trials"
    r"\b(?:published|historical)\s+(?:[\w\-]+\s+|\([^()]{0,30}\)\s+){1,4}?(?:studies|trials|"
    r"reports|data|series|pilots)\b|"
    # (another study the record says it comes after, "follows a pilot in which ...", is
    # _SUCCEEDED's, read with the clause's cues: ``_succeeded_in``)
    # a study cited by its year: "the 2017 pilot", "a 2021 trial" (not a date a clause runs
    # on from, "searched up to December 2024 for reports in which X was suspected": the end
    # of the study's own window; the words between year and study describe that study)
    r"\b[12][09]\d\d (?:(?!(?:for|of|in|on|to|from|and|or|with|at|by|into|until)\b)[\w\-]+ ){0,2}?"
    r"(?:pilot|trials?|study|RCT|reports?|review|meta[\s\-]?analysis|crossover|series|"
    r"cohort)\b|"
    # what most earlier work did: "most studies of X in fibromyalgia used 4.5 mg/day"
    # ("most fibromyalgia trials of X have used 4.5 mg": the field named in between)
    r"\b(?:most|many|several|numerous|other)\s+(?:earlier\s+|previous\s+|prior\s+|published\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:studies|trials|reports)\s+(?:of|in|with|on|have|had|used|tested|gave)\b|"
    r"\bto date\b|\bso far\b|"
    # studies counted, told as what they found: "two small uncontrolled series (of 9 and
    # 14 patients) reported benefit", "three open trials have suggested ..." (a review's
    # own counted studies are its included ones: "of the included trials, three reported";
    # so are those "the" points back to, counted before: "the two randomized trials found")
    r"(?<!included )(?<!eligible )(?<!these )(?<!the )\b(?:two|three|four|five|six|several|a\s+few|"
    r"a\s+handful\s+of)\s+(?:(?!(?:of|included|eligible|identified)\b)[\w\-]+\s+){0,3}?"
    r"(?:trials|studies|RCTs|pilots|series|case\s+reports|reports|cohorts)\s+"
    r"(?:\([^()]{0,60}\)\s+)?(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:reported|found|showed|shown|"
    r"suggested|demonstrated|observed|described)\b|"
    r"\bno\s+(?:\w+\s+){0,2}(?:study|studies|trials?)\s+(?:has|have|exists?)\b|"
    # ... or uncounted, in the plural, told as what they have found: "small pilot trials of
    # X (for example 12 patients given 1 mg twice daily) have reported benefit", "open
    # studies in Y have found ..." (the record's own is not "trials of X have reported";
    # "our/these/both trials" are left to the words above)
    r"(?<!our )(?<!these )(?<!both )(?<!two )\b(?:trials|studies|RCTs|pilots|series)\s+"
    r"(?:of|in|with|using)\s+(?:[^.;()]|\.\d){0,60}?(?:\([^()]{0,80}\)\s+)?have\s+"
    r"(?:\w+ly\s+)?(?:reported|found|shown|suggested|demonstrated|observed|described)\b|"
    r"\bonly\s+\w+\s+(?:been\s+)?studied\b|\bet al\b|"
    # the evidence so far told by what it is: "the only randomized trial of X enrolled
    # ...", "the sole placebo-controlled study in depression" (not the record's claim for
    # itself, "this is the only randomised trial of X"; holdout246 27500017)
    r"\bthe(?<!\bis the)(?<!\bwas the)(?<!\bbe the)\s+(?:only|sole)\s+(?:(?!this\b|our\b)[\w\-]+,?\s+){0,3}?"
    # (... or as the body of evidence itself: "the only randomised evidence in depression
    # used 2 mg/day", "the sole controlled data on X"; holdout265 29600019)
    r"(?:trials?|stud(?:y|ies)|RCTs?|pilots?|evidence|data)\s+(?:of|in|with|on|to|using|testing)\b|"
    # ... or by what it comes from: "data on X in depression come from one randomised trial
    # of 12 patients", "evidence for X rests on a single small trial" (holdout248 27700026)
    r"\b(?:data|evidence)\s+(?:on|for|about|regarding)\s+(?:[^.;]){0,80}?\b(?:comes?|came|"
    r"derives?|stems?|rests?|relies?)\s+(?:only\s+|solely\s+|mainly\s+|largely\s+)?(?:from|on)\s+"
    r"(?:only\s+)?(?:one|two|three|four|a\s+single|a\s+few|a\s+handful\s+of|few|several|"
    r"small|an?\s+(?:[\w\-]+,?\s+){0,3}?(?:trial|study|RCT|pilot|series))\b|"
    # ... or by the body of work resting on it: "the X literature rests largely on a
    # 12-patient pilot", "the case for X relies on one small trial" (holdout326 36600039)
    r"\b(?:literature|evidence\s+base|case\s+for)\b(?:[^.;]){0,80}?\b(?:rests?|relies?|"
    r"depends?|draws?)\s+(?:only\s+|solely\s+|mainly\s+|largely\s+|chiefly\s+)?(?:on|upon)\s+"
    r"(?:only\s+)?(?:one|two|three|a\s+single|a\s+few|a\s+handful\s+of|few|several|small|"
    r"an?\s+(?:[\w\-]+,?\s+){0,3}?(?:trial|study|RCT|pilot|series))\b|"
    # ... or cited by the year it came out: "a small crossover trial published in 2019"
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|pilots?|reports?|series)\s+(?:was\s+|were\s+)?"
    r"published\s+in\s+(?:[A-Z]\w+\s+)?[12][09]\d\d\b|"
    # ... with its design told as a list: "a previous double-blind, placebo-controlled
    # study", "earlier open-label, single-arm pilots" (the comma the branches above stop at)
    r"\b(?:previous|prior|earlier|published)\s+[\w\-]+,\s+(?:[\w\-]+,?\s+){0,2}?"
    r"(?:stud(?:y|ies)|trials?|RCTs?|pilots?)\b",
    re.IGNORECASE,
)
# a study of others' told as recent: "a recent multicentre trial randomised 120 ...",
# "two recent open-label studies", "recent trials" ("our recent trial" is the group's own
# earlier work, _OUR_EARLIER's; "this recent" is never written of the study itself). A
# separate pattern: a derived report's "recent pilot trial" is its parent, its own
# (``annotate`` reads it only outside derived reports)
_RECENT_WORK = Folded(
    r"\b(?:a|one|another|two|three|several|some|two\s+other|the\s+most)?\s*"
    r"(?<!this )(?<!our )(?<!the present )recent(?:ly\s+(?:published|reported|completed))?\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|RCTs?|pilots?|reports?|cohorts?|"
    r"meta[\s\-]?analys[ie]s)\b",
    re.IGNORECASE,
)
# ... and what studies in general have done, a separate pattern: its branches do not
# start with a literal word (a look-behind, a clause start), which would make every search
# of _PRIOR try each position; it is searched only in clauses that name studies in the
# plural (``general_work``)
_GENERAL_WORK = Folded(
    # what trials in general have done: "trials of X in Y have used 1-4.5 mg", "studies
    # have mostly tested ..." (a plural subject that is not this study's own)
    r"(?<!this )(?<!our )(?<!both )(?<!these )\b(?:studies|trials|RCTs|pilots|reports)\s+"
    r"(?:(?:of|in|with|on|among)\s+(?:[\w\-]+\s+){1,4}?)?(?:have|had)\s+(?:\w+ly\s+|also\s+|"
    r"all\s+|so\s+far\s+)?(?:used|tested|given|shown|found|reported|suggested|demonstrated|"
    r"examined|evaluated|investigated|studied|compared|focused|relied|yielded|produced|"
    r"administered|employed|chosen|selected)\b|"
    # ... or whom they took in, where no determiner makes them the record's own ("Larger
    # trials of X have randomised up to 171 patients", not "the two trials had enrolled 68",
    # a pooled analysis's own people)
    r"(?<!this )(?<!our )(?<!both )(?<!these )(?<!the )(?<!two )(?<!three )(?<!four )"
    r"(?<!five )(?<!its )(?<!their )\b(?:studies|trials|RCTs|pilots)\s+"
    r"(?:(?:of|in|with|on|among)\s+(?:[\w\-]+\s+){1,4}?)?(?:have|had)\s+(?:\w+ly\s+|also\s+|"
    r"so\s+far\s+)?(?:randomi[sz]ed|enrolled|recruited|included|treated|assigned|allocated)\b|"
    # a clause whose subject is studies of something in general: "Studies of X at its
    # usual dose are a separate question", "Randomised trials of X in Y are few"
    r"^\s*(?:(?!(?:this|our|these|those|both|the|present|current|such)\b)[\w\-]+\s+)?"
    r"(?:studies|trials|RCTs)\s+(?:of|with|using|testing|evaluating)\s|"
    # ... or a clause set in trials of other conditions, the plural naming no study of its
    # own: "in fibromyalgia, multiple sclerosis and Crohn disease trials the drug was well
    # tolerated at 4.5 mg", "across pain studies, 3 mg was usual" (not "in both trials",
    # "in this trial", "in the trials we pooled", "in a series of n-of-1 trials")
    r"(?:^|;)\s*(?:(?:however|moreover|also|notably|similarly|and|but|yet),?\s+)?"
    r"(?:in|across|from)\s+(?:(?!(?:this|our|these|those|both|the|its|their|each|all|two|"
    r"three|four|my|which|whose|a|an|one|series|n-of-1)\b)[\w\-]+,?\s+){1,8}?(?:studies|trials|RCTs|pilots)\b"
    r"(?!\s+(?:we|of\s+(?:this|our))\b)|"
    # ... or told anywhere in the clause by a quantifier over studies: "X has been given
    # at 4.5 mg once daily in most studies", "as in many earlier trials" (holdout313
    # 35200032)
    r"\b(?:in|across)\s+(?:most|many|nearly\s+all|almost\s+all|the\s+majority\s+of)\s+"
    r"(?:(?!(?:this|our|these|those|both|the|its|their)\b)[\w\-]+\s+){0,2}?"
    r"(?:studies|trials|RCTs|pilots|reports)\b",
    re.IGNORECASE,
)
_GENERAL_WORDS = ("studies", "trials", "rcts", "pilots", "reports")


def _taken_in_by_others(clause: str, took_in: re.Match[str]) -> bool:
    """The verb of taking people in (``_DONE``'s match) is what studies in general did
    (``_GENERAL_WORK``'s subject): "Larger trials of X have randomised up to 171 patients"."""
    low = clause.lower()
    if not any(w in low for w in _GENERAL_WORDS):
        return False
    m = _GENERAL_WORK.search(clause)
    return m is not None and m.start() <= took_in.start() and took_in.end() <= m.end()


def general_work(text: str) -> bool:
    """The clause says what studies in general did (``_GENERAL_WORK``), or what one
    unnamed study found (``_CITED_FINDING``)."""
    low = text.lower()
    return (any(w in low for w in _GENERAL_WORDS) and _GENERAL_WORK.search(text) is not None) or (
        (
            "found" in low
            or "show" in low
            or "report" in low
            or "suggest" in low
            or "demonstr" in low
            or "gave" in low
            or "yielded" in low
            or "produced" in low
        )
        and _CITED_FINDING.match(text) is not None
    )


# A study named with an indefinite article as the subject of what it found: "A randomised
# trial of 120 patients found X effective", "One open-label study reported ...". A study
# speaks of itself as "this/our trial" or "we"; "a trial ... found" opening a clause is
# someone else's work, cited without a citation (a case report's first sentence).
_CITED_STUDY_FOUND = (
    r"(?:an?|one|another)\s+(?:(?!(?:this|our|present|current)\b)[\w\-]+\s+)"
    r"{0,4}?(?:trial|study|RCT|pilot|meta[\s\-]?analysis|review|case series)\b"
    r"(?:(?!\b(?:was|were|is|are|we|our|this)\b)[^.;]){0,80}?"
    r"\b(?:found|showed|has shown|reported|demonstrated|suggested|observed|indicated|"
    # (... or the results it gave: "a small pilot trial of X in 2017 gave inconclusive
    # results"; "gave" alone is a dosing verb)
    r"(?:gave|yielded|produced)\s+(?:[\w\-]+\s+){0,2}?(?:results?|findings?|evidence|data))\b"
)
_CITED_FINDING = re.compile(
    r"\s*(?:(?:in addition|moreover|however|recently|notably|similarly|also|indeed|further"
    r"(?:more)?),?\s+)?" + _CITED_STUDY_FOUND,
    re.IGNORECASE,
)
# ... or told as what the authors recall or note inside their own clause: "In this editorial
# we summarise the field, recall that a small pilot trial of X gave inconclusive results,
# and argue ...": from "that" to the end of the told finding's own clause (up to ", and" /
# ", but" or the clause's end) is that other study's
_CITED_FINDING_TOLD = Folded(
    r"\b(?:recall|recalls|recalling|note|notes|noting|remember|mention|mentions|mentioning|"
    r"point\s+out|points\s+out|pointing\s+out)\s+that\s+"
    + _CITED_STUDY_FOUND
    + r"[^.;]*?(?=,\s+(?:and|but|while|whereas)\b|$)",
    re.IGNORECASE,
)

# ... or cited as the reason for what the study did, in a phrase opening its sentence up
# to the comma before the main clause: "Citing a pilot trial in which X 1 mg twice daily
# had helped ..., her psychiatrist added X", "Encouraged by an open study in which ...,
# we gave ...", "Following a case series in which ..., X 2 mg was added" (holdout327
# 36700008): the cited study's doses and people are not this one's
_CITED_LEAD = Folded(
    r"^\s*(?:citing|following|encouraged\s+by|guided\s+by|prompted\s+by|based\s+on|"
    r"on\s+the\s+strength\s+of|in\s+light\s+of|"
    # ... or set after it in time or built on it: "After a trial reporting that X augmented
    # SSRIs and SNRIs, we assessed ...", "Building on an open study showing that ...",
    # "Since a randomised trial found that ..., we" (holdout382 43200032)
    r"after|building\s+on|since|given|because|inspired\s+by|motivated\s+by|"
    r"in\s+response\s+to)\s+(?:an?|one|another|the|earlier|previous|prior|recent|published|"
    r"two|three|several)\s+(?:(?!(?:this|our|present|current)\b)[\w\-]+\s+){0,4}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?|pilots?|reports?|case\s+series|meta[\s\-]?analys[ie]s|"
    r"reviews?)\s+(?:\([^()]{0,60}\)\s+)?"
    r"(?:in\s+which|where|that|whose|(?:reporting|showing|finding|suggesting|indicating|"
    r"demonstrating)\b|(?:had\s+|has\s+|have\s+)?(?:reported|showed|shown|found|suggested|"
    r"indicated|demonstrated)\s+that)\b[^,;]*,",
    re.IGNORECASE,
)

# The authors' plans for their next study, told after their own: "We now plan a randomised
# comparison of 1, 3 and 4.5 mg in 90 patients taking SSRIs", "we intend to compare ...",
# "the combination will be tested in a double-blind trial of 150 patients" (the planned
# study's design, size, doses and co-medication are not this one's). In the present tense
# only: "we planned to randomise 80" tells the study's own history. A record that plans
# its own trial (a protocol: "We plan to randomise 120 adults") keeps these as its own
# (``_proposes_own``).
_PLAN_AHEAD_PATTERN = (
    r"\b(?:we|our\s+(?:group|team))\s+(?:now\s+|next\s+|also\s+|further\s+|therefore\s+|"
    r"thus\s+|then\s+|subsequently\s+)?(?:plan|intend|hope|propose\s+to|(?:are|is)\s+(?:now\s+|"
    r"currently\s+)?(?:planning|preparing|designing|setting\s+up|developing|organi[sz]ing))\s+"
    r"(?:to|an?|another|further)\b|"
    # ... or as what the authors will do next: "Next, we will test X as an add-on to
    # sertraline", "we will next compare ...", "as a next step, we will add X to SNRIs"
    r"\bnext\s*,\s*(?:we|our\s+(?:group|team))\s+(?:will|shall|aim|hope)\b|"
    r"\b(?:we|our\s+(?:group|team))\s+will\s+next\b|"
    # ... or the dose it chose, to be carried into the next study: "A 3-mg dose will be
    # carried into a randomised comparison"
    r"\bwill\s+be\s+(?:carried|taken|moved|advanced|brought)\s+(?:forward\s+)?(?:in|into|to)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|phase)\b|"
    # ... told of the next study itself: "a follow-up study will randomise 120 patients",
    # "in a subsequent trial, 110 patients are to be randomly assigned", "funding has been
    # obtained for a randomised trial of 2 versus 4.5 mg" (a study after this one, or one
    # only paid for, with a verb of the future or of funding)
    r"\b(?:an?|the|our)\s+(?:follow[\s\-]?(?:up|on)|subsequent|successor|next|later)\s+"
    r"(?:[\w\-]+,?\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?)\b(?:[^.;]|\.(?=\d)){0,120}?"
    r"\b(?:will|shall|(?:is|are)\s+to\s+be)\b|"
    # ... or the study its people then wrote or opened in this one's place: "the
    # investigators then wrote a new protocol allowing any SSRI", "the sponsor subsequently
    # registered a new study that admits ..." (a successor's design, not this one's)
    r"\b(?:then|subsequently|later|afterwards|thereafter)\s+(?:wrote|drafted|designed|registered|"
    r"opened|launched|started|initiated|developed|submitted)\s+(?:an?\s+)?(?:new|second|"
    r"successor|revised|follow[\s\-]?on)\s+(?:[\w\-]+\s+)?(?:protocols?|trials?|stud(?:y|ies)|"
    r"RCTs?)\b|"
    # ... or the design someone asked for in its place: "withdrawn when the funder requested
    # a design including more than one dose and a broader range of antidepressants"
    r"\b(?:requested|asked\s+for|demanded|required)\s+(?:an?\s+)?(?:(?:new|revised|"
    r"different|larger|broader|modified|second)\s+)?(?:design|protocol|study|trial)\s+"
    r"(?:including|includ\w+|with|that|which|comprising|covering|testing)\b|"
    r"\bfunding\s+(?:has\s+(?:now\s+)?been\s+|was\s+|is\s+)?(?:obtained|secured|granted|awarded|"
    r"received)\s+for\s+(?:an?|another|further|the\s+next)\b|"
    # ... or what of the study goes on to a randomised trial next: "the cohorts that
    # responded, which will proceed to randomised testing", "the regimen will now move into
    # a double-blind trial" (its next step; "responders then proceeded to a randomised
    # phase" is its own)
    r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:now\s+|next\s+|then\s+|subsequently\s+)?(?:proceed|"
    r"progress|advance|move|go\s+(?:on|forward))\s+(?:on\s+)?(?:to|into)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+,?\s+){0,3}?(?:randomi[sz]\w*|double[\s\-]blind\w*|placebo[\s\-]controlled|"
    r"controlled|confirmatory|definitive|pivotal|phase\s+(?:2|3|II|III))\b|"
    r"\b(?:will|is\s+to|are\s+to)\s+(?:next\s+|now\s+|then\s+|subsequently\s+)?be\s+(?:tested|"
    r"compared|evaluated|examined|studied|investigated|explored|assessed|confirmed|replicated)"
    r"\s+in\s+(?:an?|another|further|the\s+next)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|"
    r"RCTs?|comparisons?|samples?|cohorts?)\b"
)
_PLAN_AHEAD = Folded(_PLAN_AHEAD_PATTERN, re.IGNORECASE)
# Calls for future work, plans for another study, and what is not known.
_FUTURE = Folded(
    _PLAN_AHEAD_PATTERN + "|"
    r"\b(?:is|are|(?P<past>was|were)|remains?|be)\s+(?:still\s+|urgently\s+|now\s+|thus\s+|"
    # (a rule of the study's own entry is no call for work: "MDD was required for inclusion")
    r"therefore\s+|clearly\s+|also\s+)?(?!(?:needed|required|necessary)\s+(?:for|at)\s+"
    r"(?:study\s+)?(?:inclusion|entry|eligibility|enrol\w*|participation|randomi[sz]ation)\b)"
    # (nor what the study's people needed: "no taper was needed given its long half-life",
    # "dose reductions were required in three patients")
    r"(?(past)(?!(?:needed|required|necessary)\b))"
    r"(?:needed|required(?!\s+to\b)|warranted|lacking|necessary(?!\s+to\b)|"
    r"unknown|unclear|uncertain|not\s+(?:yet\s+)?(?:known|established|clear)|untested|unexplored|"
    r"unstudied|unanswered|unresolved|unexamined|an\s+open\s+question)\b|"
    # ... or a study said to be required to settle something: "A randomised trial is
    # required to separate its effect from that of the SSRI", "comparisons of 2 and 4 mg
    # are necessary to determine the optimal dose" (not what people had to do: "participants
    # were required to keep their dose")
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|research|evidence|data)\b(?:[^.;]|\.(?=\d))"
    r"{0,100}?\b(?:is|are|will\s+be|would\s+be)\s+(?:still\s+|therefore\s+|thus\s+|now\s+|"
    r"also\s+|clearly\s+)?(?:required|necessary)\s+to\s+(?:establish|determine|confirm|separate|"
    r"disentangle|distinguish|clarify|show|prove|test|answer|settle|define|identify|know|tell|"
    r"assess|evaluate|examine|address|exclude|rule\s+out)\b|"
    # ... or said to be worth doing: "Trials comparing this dose with 4.5 mg would be
    # informative", "a head-to-head study would be valuable"
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|research)\b(?:[^.;]|\.(?=\d)){0,120}?"
    r"\bwould\s+(?:be\s+(?:\w+\s+)?(?:informative|useful|valuable|helpful|welcome|worthwhile|"
    r"desirable|of\s+(?:great\s+)?(?:interest|value))|"
    # ... or to settle what this one leaves open: "Trials comparing 12 mg with the 4.5 mg
    # dose would clarify the optimal dose", "a head-to-head study would help establish ..."
    r"(?:help\s+(?:to\s+)?)?(?:clarify|establish|determine|settle|answer|resolve|define|"
    r"identify|show\s+whether|tell\s+whether))\b|"
    # ... or, hedged, a better use of effort: "Trials combining X with SSRIs may be a better
    # use of its tolerability", "studies in ... might be more promising"
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|research)\b(?:[^.;]|\.(?=\d)){0,120}?"
    r"\b(?:may|might|could)\s+be\s+(?:a\s+(?:better|more\s+\w+)\s+(?:use|strategy|approach|"
    r"investment|direction)|more\s+(?:promising|fruitful|informative))\b|"
    # an open question: "Whether the benefit extends to SSRIs ..."
    # (not a choice someone made: "whether LDN was continued was decided by participants
    # and their clinicians", "whether to continue was left to the patient")
    r"\bwhether\b(?<![a-z0-9,)] whether)(?![^.;:]{0,80}?\b(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:decided|determined|chosen|left\s+(?:up\s+)?to|at\s+the\s+discretion)\b)|"
    # (an erratum's "should have read 4.5 mg" corrects the record, it plans nothing)
    r"\bshould\b(?![^.;]{0,40}\bpower\b)(?!\s+(?:have\s+)?(?:read|stated|appeared|been\s+"
    r"(?:reported|stated|given|written)))|\bfuture\b|"
    # "remains to be established", "has yet to be tested"
    # (or "compared with this dose in controlled trials", "evaluated", "replicated")
    r"\bremains?\s+to\s+be\s+(?:established|determined|defined|clarified|confirmed|shown|tested|"
    r"seen|elucidated|explored|studied|compared|examined|evaluated|investigated|assessed|"
    r"replicated|demonstrated|proven|answered)\b|\b(?:has|have|is|are)\s+yet\s+to\s+be\b|\bwarrant\w*|\bmerits?\b|\bcalls?\s+for\b|"
    # (not "recommended" as a word of what a drug or dose is, "a guideline-recommended
    # antidepressant", "at the recommended dose": a description, no call for work)
    r"(?<![\-\u2010])\brecommend(?:s|ing)?\b|"
    r"(?<![\-\u2010])(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\btheir )(?<!\bits )\brecommended\b|"
    r"\bwe\s+propose\b|"
    # trials imagined in other people, what they might find: "Trials in patients with
    # prominent depressive symptoms might yield different results" (holdout433 48900039)
    r"^(?:(?:further|future|larger|other|similar)\s+)?(?:trials|stud(?:y|ies)|RCTs)\s+"
    r"(?:in|among|of|with|enrolling|selecting)\b[^.;]{0,120}?\b(?:might|may|could|would)\s+"
    r"(?:\w+\s+)?(?:yield|show|find|give|produce|reveal|differ)\b|"
    # a drug proposed for later use: "X ... is a candidate treatment for this subgroup"
    r"\b(?:is|are|remains?)\s+an?\s+(?:\w+\s+){0,2}?candidates?\b|"
    # another study someone plans: "a randomized comparison of 3 and 4.5 mg is planned",
    # "a follow-on trial (NCT...) is due to open"
    # (its adjectives may be a list: "a randomized, placebo-controlled trial ... is planned")
    # (or a phase of the study still to come: "a randomised phase is being planned")
    r"\b(?:an?|another|further)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|comparisons?|RCTs?|"
    r"evaluations?|phases?)\b(?:[^.;]|\.(?=\w)){0,120}?\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:planned|"
    r"being\s+(?:planned|prepared|designed|developed|set\s+up)|in\s+preparation|due\s+to\s+"
    r"(?:open|start|begin|commence))\b|"
    # ... or says will come after this one: "a dose-finding study including 1.5 and 3 mg will
    # follow", "a second study comparing 1.5 with 3 mg is to follow", "this trial will be
    # followed by a dose-ranging study of 1.5 and 3 mg"
    r"\b(?:an?|another|further|second|third)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|"
    r"comparisons?|RCTs?|evaluations?)\b(?:[^.;]|\.(?=\w)){0,120}?\b(?:will|would|shall|could|"
    r"may|might|is\s+to|are\s+to)\s+(?:then\s+|later\s+|subsequently\s+)?follow\b"
    # (not the study's own phase following another of it: "will follow the lead-in", "will
    # follow a 2-week run-in"; a result it waits for is no phase: "would follow a positive
    # result")
    r"(?!\s+(?:up\b|\d|them\b|participants\b|patients\b|(?:an?|the|this|these|those)\s+"
    r"(?!(?:positive|successful|favou?rable|promising|encouraging)\b)))|"
    # ... or a dose the study carries into the next one: "we will take 2 mg forward to a
    # randomized trial", "1.5 mg was carried forward into a phase 3 trial", "the dose range
    # worth carrying into a randomised trial" (a trial named with "a", later or future: the
    # study's own trial is "the"/"this" one)
    r"\b(?:(?:take|taken|took|carry|carried|carrying|bring|brought|move|moved|advance|advanced)\s+"
    r"(?:[\w\-.]+\s+){0,4}?forward\s+(?:to|into|for)|carry(?:ing)?\s+into)\s+"
    r"(?:an?|later|future|subsequent)\s+"
    r"(?:(?!(?:this|our|present|current|the)\b)[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|"
    r"RCTs?)\b|"
    r"\b(?:will|would|is\s+to|are\s+to)\s+be\s+followed\s+by\s+(?:an?|another|further|second)\s+"
    r"(?:[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|comparisons?|RCTs?|evaluations?)\b|"
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\b|\bawait\w*|"
    # the only study that could answer, not this one: "only a randomised comparison of
    # doses can settle which is preferable", "only a placebo-controlled trial will tell"
    r"\bonly\s+(?:an?\s+)?(?:[\w\-]+,?\s+){0,3}?(?:trials?|stud(?:y|ies)|comparisons?|RCTs?)\b"
    r"[^.;]{0,40}?\b(?:can|could|will|would)\s+(?:settle|answer|resolve|tell|show|establish|"
    r"determine|decide|confirm)\b|"
    # an arm only a later decision may bring: "a third arm receiving 1.5 mg may be added by
    # amendment", "a lower-dose group could later be opened" (no one is given it yet)
    r"\b(?:arms?|groups?|cohorts?)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:may|might|could)\s+(?:later\s+|also\s+|"
    r"then\s+)?be\s+(?:added|opened|introduced)\b|"
    # what a finding stands "pending": the study still to come ("pending randomised
    # evaluation", "pending a double-blind trial", "pending controlled confirmation"; not
    # the study's own "pending the trial's approval")
    r"\bpending\s+(?!(?:the|this|our|its)\b)(?:an?\s+|further\s+)?(?:[\w\-]+,?\s+){0,3}?"
    r"(?:evaluation|trials?|stud(?:y|ies)|RCTs?|confirmation|replication|testing|"
    r"investigation|comparisons?)\b|"
    r"\bwe\s+urge\b|\bneeds?\s+(?:to\s+be|further)\b|"
    # what a finding still needs, with the kind of study between: "a finding that needs
    # randomized confirmation", "requires independent, controlled replication" (holdout38
    # 67100017)
    r"\b(?:needs?|requires?)\s+(?:[\w\-]+,?\s+){0,2}?(?:confirmation|replication)\b|"
    # an argument for another study: "the case for testing it with SSRIs"
    r"\bcase\s+for\s+(?:testing|trials?|studying|combining|adding|trying|an?\s+(?:[\w\-]+\s+)?"
    r"(?:trial|study))\b|"
    # "combining X with SSRIs is the logical next step", "worth testing", "deserves study"
    # (not a step of a dose schedule: "with the next step taken only if the previous dose
    # was tolerated", "moved on to the next step when", "the next step (2 mg) was reached")
    # (the conditions come after the words, so the pattern still starts with a literal)
    r"\bnext\s+step(?<!to the next step)(?!s?\s*\(\s*\d)(?!s?\s+(?:taken|reached|given|"
    r"started|begun|was|were|only|if|when|once|after|unless|provided|of\s+the\s+(?:titration|"
    r"escalation|schedule))\b)s?\b|\bworth\s+(?:testing|exploring|investigating|studying|pursuing)\b|"
    # ... with the kind of study it deserves in between: "deserves randomized evaluation",
    # "argues for a double-blind test", "invites controlled, randomised testing"
    r"\b(?:deserves?|argues?\s+for|invites?)\s+(?:an?\s+)?(?:[\w\-]+,?\s+){0,3}?(?:study|"
    r"studies|testing|tests?|evaluation|investigation|trials?|comparisons?|confirmation|"
    r"replication|examination|assessment)\b|"
    # (not a person's further attempts at a medication: "who had declined further
    # antidepressant trials", "refused further medication trials")
    r"\bfurther\s+(?!(?:\w+\s+)?(?:antidepressant|medication)s?\s+trials?\b)"
    r"(?:\w+\s+){0,2}(?:studies|trials?|research|investigation|work|evaluation|"
    r"exploration|testing)\b|"
    # ("larger dose-comparison trials", "larger, placebo-controlled studies")
    r"\blarger,?\s+(?:[\w\-]+,?\s+){0,3}(?:trials?|studies|samples?|cohorts?)\b|"
    # other studies someone plans, named in the plural without an article: "dose-comparison
    # trials combining X with SSRIs are planned", "studies in SNRI users are in preparation"
    # (not the study's own plan told in the passive: "... are planned to enrol 80")
    r"\b(?:trials|studies|comparisons|RCTs|evaluations)\b(?:[^.;]|\.(?=\w)){0,120}?\bare\s+"
    r"(?:now\s+|currently\s+|also\s+)?(?:planned|being\s+(?:planned|prepared|designed|developed|"
    r"set\s+up)|in\s+preparation|due\s+to\s+"
    r"(?:open|start|begin|commence))\b(?!\s+(?:to|for\s+this)\b)|"
    # (not what a treatment failed to give someone: "who had stopped them because of lack
    # of benefit", "for lack of response")
    # (nor an escalation's rule: "escalating in the absence of dose-limiting events")
    r"\b(?:absence|lack|paucity|dearth)\s+of\b(?!\s+(?:any\s+|clinical\s+|adequate\s+|"
    r"sufficient\s+)?(?:benefit|response|efficacy|effect|improvement|remission|tolerability)\b)"
    r"(?!\s+(?:any\s+)?(?:dose[\s\-]limiting|DLTs?|toxicit\w*|serious\s+adverse|adverse|"
    r"side[\s\-]effects?|intolerable|safety\s+(?:concerns|signals))\b)|"
    r"\bjustif(?:y|ies|ied)\b|"
    # what the findings are said to support is another study: "these observations support
    # controlled trials of X", "supports a randomized comparison of 2 and 4 mg"
    r"\bsupport(?:s|ed)?\s+(?:[\w\-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|comparisons?|"
    r"evaluations?|investigations?|testing)\b(?![\s\-]+(?:hypothes|design|results|findings|aims?|"
    r"objectives?|conclusions?)\b)|"
    # ... or the testing of doses it supports, in a study to come: "supporting evaluation
    # of 3 mg and 4.5 mg in a randomised comparison", "support testing 2 mg in a larger trial"
    r"\bsupport(?:s|ed|ing)?\s+(?:the\s+|further\s+)?(?:evaluat\w*|test\w*|assess\w*|compar\w*)\s+"
    r"(?:of\s+)?(?:[^.;]|\.\d){0,60}?\bin\s+(?:an?|further|larger|future)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?|comparisons?)\b|"
    # the trials the findings are said not to stand in for are still to come: "these data
    # cannot substitute for randomised trials", "are no substitute for a double-blind
    # trial", "do not replace placebo-controlled trials" (not one drug for another: "LDN
    # cannot substitute for the SSRI")
    r"\b(?:substitut(?:e|es|ing)\s+for|(?<=not\s)replac(?:e|es|ing))\s*,?\s+(?:an?\s+)?"
    r"(?:[\w\-]+,?\s+){0,3}?(?:trials?|RCTs?|stud(?:y|ies)|evidence)\b|"
    # the study the findings are hoped to bring about: "we hope they encourage a randomised
    # trial of X with SSRIs", "may prompt a controlled study", "pave the way for an RCT"
    r"\b(?:encourage|prompt|motivate|stimulate|inspire|spur|pave\s+the\s+way\s+for)s?\s+"
    r"(?:an?|further|larger|more)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|stud(?:y|ies)|RCTs?|"
    r"evaluations?|comparisons?)\b|"
    # ... or that the findings favour a choice for: "These data favour 1.5-3 mg for a
    # randomised dose comparison", "the results point to a controlled trial"
    r"\b(?:favou?rs?|point(?:s|ed)?\s+(?:to|towards?))\b(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+"
    r"(?:an?|further|larger|the\s+next|future)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|"
    r"stud(?:y|ies)|RCTs?|comparisons?|evaluations?)\b|"
    r"\bpoint(?:s|ed)?\s+(?:to|towards?)\s+(?:an?|further|larger)\s+(?:[\w\-]+,?\s+){0,4}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?|comparisons?)\b|"
    r"\bmust\s+be\s+(?:tested|confirmed|replicated|studied|evaluated|investigated|considered)\b|"
    # a part of a thesis or a multi-part report that designs the next study: "Chapter 5 sets
    # out the design of a randomised trial", "the final chapter outlines the protocol for a
    # double-blind trial" (a study named with "a": the chapter presenting "the" trial, its
    # own, is not; holdout249 27800008)
    r"\b(?:chapter|part|section)\s+(?:[\w\-]+\s+){0,1}?(?:sets?\s+out|outlines?|presents?|"
    r"describes?|proposes?|lays?\s+out|sketches?|develops?)\s+(?:the\s+|a\s+)?(?:design|protocol|"
    r"plan)\s+(?:of|for)\s+(?:an?|the\s+next|further|future)\s+(?:[\w\-]+,?\s+){0,4}?(?:trials?|"
    r"stud(?:y|ies)|RCTs?)\b|"
    r"\bprospective\s+(?:\w+\s+){0,2}(?:studies|trials)\b|"
    r"\buntil\b[^.;]{0,120}\b(?:are|is|have\s+been|has\s+been)\s+(?:reported|published|"
    r"available|completed)\b",
    re.IGNORECASE,
)
_CUE = Folded(f"(?:{_PRIOR.pattern})|(?:{_FUTURE.pattern})")
# ... unless the same clause says the study did it: "to inform future trials, we randomized 40"
# ("were not studied" is not done; "have enrolled" is, "has been studied" is not)
_DONE = Folded(
    r"\b(?:we|were|was|have|has)\s+(?!not\b|never\b|been\b)(?:(?!not\b|never\b|been\b)\w+\s+)?"
    r"(?:randomi[sz]ed|enrol+ed|recruited|included|allocated|assigned|studied|treated)\b|"
    # "36 randomized so far": a count of the study's own people
    r"(?<![\d:])\b\d[\d,]*\s+(?:randomi[sz]ed|enrol+ed)\b"
    # (not a study named by its year and kind: "a 2019 randomised pilot")
    r"(?!\s+(?:controlled|clinical|trials?|stud(?:y|ies)|RCTs?|cohorts?|pilots?|series|"
    r"reports?|crossover|comparisons?|evaluations?|designs?)\b)|"
    # "Sixty-four participants have been randomised to date", "so far 72 adults have been
    # enrolled": people counted and taken in, in the perfect, are an interim report's own
    # accrual ("to date" there is where its recruitment stands, not earlier work), unless
    # they were taken into other studies ("300 patients have been randomised in trials of X")
    rf"(?<![\w\-.])(?:{counts.NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:{counts.PEOPLE})\s+"
    r"(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+(?:randomi[sz]ed|enrol+ed|"
    r"recruited|included|allocated)\b"
    r"(?!\s+(?:in|into|across)\s+(?:[\w\-]+\s+){0,4}?(?:trials|studies|RCTs)\b)",
    re.IGNORECASE,
)
# ... nor is a clause whose only cue is where a trial in progress stands now ("to date",
# "so far") when its subject is people counted doing the trial's own steps, in any tense:
# "Twenty-six participants have completed the trial to date", "So far, 31 patients have
# finished week 8", "To date 19 outpatients completed the treatment phase", "22 have been
# treated so far" (an interim report's own people). People counted in other studies
# ("... have received LDN in published trials", "completed a trial of X", "open-label
# studies") or bounded as a rough total ("fewer than 100 patients") are earlier work.
_NOW_CUE = re.compile(r"\s*(?:to\s+date|so\s+far)\s*", re.IGNORECASE)
_INTERIM_OWN = Folded(
    # (... or the frame of the report's tallies: "Of 19 participants randomised to date, 16
    # have completed all three periods")
    rf"^\W*of\s+(?:the\s+)?(?:{counts.NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:{counts.PEOPLE})\s+"
    r"(?:randomi[sz]ed|enrol+ed|recruited|included|allocated)\s+(?:to\s+date|so\s+far)\s*,|"
    rf"(?<![\w\-.])(?<!than )(?<!over )(?<!under )(?<!only )(?<!about )(?:{counts.NUMBER})\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{counts.PEOPLE})\s+(?:\([^()]{{0,40}}\)\s+)?"
    r"(?:(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+)?)?"
    r"(?:(?:been|were|was)\s+(?:randomi[sz]ed|enrol+ed|recruited|included|allocated|assigned|"
    r"treated|dosed|followed(?:\s+up)?|analy[sz]ed)|completed|finished|reached|received|"
    r"started|begun|began|entered|undergone|underwent)\b"
    r"(?!(?:\s+[\w\-]+){0,6}?\s+(?:in|into|across|from|of)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:trials|studies|RCTs|reports|series)\b)"
    r"(?!\s+(?:[\w\-]+\s+){0,2}?(?:an?|any|other|previous|earlier|published|prior|several)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?)\b)"
    r"(?!(?:\s+[\w\-]+){0,3}?\s+(?:[\w\-]+\s+)?(?:trials|studies|RCTs)\b)",
    re.IGNORECASE,
)


def _interim_own(clause: str, cued: re.Match[str] | None) -> bool:
    """Every earlier-work cue of the clause is "to date"/"so far", and its subject is
    the study's people counted doing its steps (``_INTERIM_OWN``)."""
    if cued is None or _NOW_CUE.fullmatch(cued.group(0)) is None:
        return False
    if any(_NOW_CUE.fullmatch(m.group(0)) is None for m in _PRIOR.finditer(clause)):
        return False
    return _INTERIM_OWN.search(clause) is not None


# ... but a clause set, by its opening phrase, in another study is that study's, whatever
# its verb: "In the only controlled trial to date, 12 patients were randomised to ...", "In
# a previous trial, 20 adults were randomized ...", "In the single published study so far,
# ..." (the cue is in the frame, so the passive "were randomised" after it is not this
# study's act). The study's own frame ("In this trial, 60 patients were randomised", "In
# the present study, the first trial so far, ...") and a clause in the first person ("In the
# first trial to date of X, we randomised 60 adults") stay its own.
_ELSEWHERE_FRAME = re.compile(
    r"^\s*(?:in|from)\s+(?:an?|the|one)\s+(?!(?:present|current|this|our)\b)"
    r"(?:[\w\-]+\s+){0,4}?(?:trials?|stud(?:y|ies)|RCTs?|pilots?|reports?)\b[^,;:]{0,60}?,",
    re.IGNORECASE,
)
# (a frame naming the one study there is: "In the only trial of X in depression, ...")
_ONLY_STUDY = re.compile(
    r"^\s*(?:in|from)\s+the\s+(?:only|sole|single)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?|pilots?|reports?)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = Folded(r"\b(?:we|our|us)\b", re.IGNORECASE)

# A pilot named with "the" or "that" as the doer of a past act, in a record that is no
# pilot itself: "The pilot used X 1 mg twice daily", "That small pilot gave 2 mg nightly"
# (in this field "the pilot" is the earlier work every study starts from). Told without
# a citation, a "previously" or a section label, it is earlier work all the same; a record
# calling itself a pilot (its title, "this/our pilot", "we ... a pilot", a first sentence
# introducing "a pilot") may speak of itself so, and a clause in the first person is the
# authors' own ("the pilot we ran ...").
# "[determiner] (up to three words) pilot (study) (brackets) (had)" before one of its acts
_PILOT_DOER = (
    r"\s+(?:(?!(?:present|current|ongoing|new|our|this)\b)[\w\-]+\s+){0,3}?"
    r"pilot(?:\s+(?:study|trial|RCT))?\s+(?:\([^()]{0,60}\)\s+)?"
    # (with what it gave: "A pilot trial of low-dose naltrexone (LDN) enrolled ...")
    r"(?:(?:of|with)\s+(?:[\w\-]+\s+){1,3}?(?:\([^()]{0,20}\)\s+)?)?(?:had\s+)?"
)
_PILOT_ACTS = (
    r"used|gave|tested|administered|employed|enrolled|treated|randomi[sz]ed|compared|studied|"
    r"dosed|included|recruited|combined|added|prescribed"
)
_CITED_PILOT = Folded(
    rf"\b(?:the|that){_PILOT_DOER}(?:{_PILOT_ACTS}|chose|selected)\b", re.IGNORECASE
)
_OWN_PILOT = Folded(
    r"\b(?:this|our|present|current)\s+(?:[\w\-]+\s+){0,3}?pilot\b|"
    r"\b(?:we|us)\b[^.;]{0,80}\bpilot\b|\bpilot\b[^.;]{0,80}\b(?:we|us)\b",
    re.IGNORECASE,
)
_A_PILOT = Folded(r"\b(?:an?|one)\s+(?:[\w\-]+\s+){0,3}?pilot\b", re.IGNORECASE)
# ... or "a pilot" as the doer of a past act ("a pilot trial gave X 1 mg twice daily to 12
# patients") in a record that tells its own act in the first person in another sentence,
# without the word pilot ("We treated 21 adults with buprenorphine"): "a pilot" is then
# another study, cited without a name
_A_PILOT_DID = Folded(rf"\b(?:an?|one){_PILOT_DOER}(?:{_PILOT_ACTS})\b", re.IGNORECASE)
_WE_DID = Folded(
    # (or the authors, in the third person: "The authors tested LDN as an adjunct to ...")
    r"\b(?:we|the\s+authors)\s+(?:then\s+|also\s+|prospectively\s+|openly\s+)?(?:treated|enrolled|randomi[sz]ed|"
    r"recruited|gave|administered|studied|tested|included|assigned|followed)\b",
    re.IGNORECASE,
)


def a_pilot_cited(raws: list[text_mod.RawSentence]) -> bool:
    """A sentence tells what "a pilot" did, not in the first person, and another tells the
    study's own act in the first person without calling it a pilot (``_A_PILOT_DID``)."""
    body = [r for r in raws if r.section not in (text_mod.TITLE, text_mod.REGISTRATION)]
    cited = [
        r.index
        for r in body
        if "pilot" in r.text.lower()
        and _A_PILOT_DID.search(r.text)
        and not _FIRST_PERSON.search(r.text)
    ]
    return bool(cited) and any(
        r.index not in cited and "pilot" not in r.text.lower() and _WE_DID.search(r.text)
        for r in body
    )


def calls_itself_pilot(title: str, raws: list[text_mod.RawSentence]) -> bool:
    """The record presents itself as a pilot (so "the pilot" may be itself)."""
    if "pilot" in title.lower():
        return True
    body = [r for r in raws if r.section not in (text_mod.TITLE, text_mod.REGISTRATION)]
    if body and _A_PILOT.search(body[0].text) and not a_pilot_cited(raws):
        return True
    return any("pilot" in r.text.lower() and _OWN_PILOT.search(r.text) for r in body)


def _cited_pilot(clause: str, indefinite: bool = False) -> bool:
    """The clause tells what "the pilot" did (or "a pilot", where ``a_pilot_cited``),
    not in the first person (``_CITED_PILOT``)."""
    return (
        "pilot" in clause.lower()
        and (
            _CITED_PILOT.search(clause) is not None
            or (indefinite and _A_PILOT_DID.search(clause) is not None)
        )
        and _FIRST_PERSON.search(clause) is None
    )


# ... or a frame that cites the study it opens in: "In a crossover trial reported in 2019,
# 30 patients were randomised", "In a pilot published by Smith et al., ..."
_CITED_HEAD = re.compile(
    r"\b(?:reported|published|described)\s+(?:in|by)\b|\bet\s+al\b|\(\s*[A-Z][\w\-]+"
    r"(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d\s*\)",
    re.IGNORECASE,
)
# ... or an opening word that sets the clause in earlier work: "Previously, 12 patients
# were randomized to ...", "Earlier, ..."; with "to date" or "so far" only where another
# study is its subject ("To date, one controlled study has randomised 12 ..."; the study's
# own "To date, 60 patients have been randomised" is its interim count)
_EARLIER_OPENING = re.compile(
    r"^\s*(?:(?:previously|earlier|formerly|in\s+the\s+past|in\s+earlier\s+work)\s*,|"
    r"(?:to\s+date|so\s+far|thus\s+far|until\s+now)\s*,\s*(?:only\s+)?(?:one|a|an|the\s+only|"
    r"a\s+single|two|three|few|several)\s+(?:[\w\-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|"
    r"pilots?)\s+(?:has|have|had)\b)",
    re.IGNORECASE,
)
# ... or a clause whose subject is the one trial there is, set apart by a comma before its
# act: "the only controlled trial, in 12 patients taking X, used 1 mg twice daily", "The
# sole randomised study, of 30 adults, found ..." (not the study itself: "the only trial
# so far, this study randomised ...")
_ONLY_TRIAL_OPENING = re.compile(
    r"\s*(?:the|its)\s+(?:only|sole)\s+(?:[\w\-]+\s+){0,3}?(?:trial|study|RCT|pilot)\s*,"
    r"(?![^;]*\b(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:study|trial)\b)",
    re.IGNORECASE,
)


def _set_elsewhere(clause: str) -> bool:
    """The clause opens in another study (``_ELSEWHERE_FRAME``) whose frame holds an
    earlier-work cue, a citation (``_CITED_HEAD``) or names the only study there is, or
    opens with a word of earlier work (``_EARLIER_OPENING``), and does not speak in the
    first person."""
    only = _ONLY_TRIAL_OPENING.match(clause)
    if only is not None:
        # (the authors' word after the trial's act is theirs about it: "..., a schedule our
        # model predicts to be suboptimal")
        return _FIRST_PERSON.search(clause, 0, only.end()) is None
    if _FIRST_PERSON.search(clause) is not None:
        return False
    if _EARLIER_OPENING.match(clause) is not None:
        return True
    frame = _ELSEWHERE_FRAME.match(clause)
    if frame is None:
        return False
    head = clause[: frame.end()]
    return (
        _PRIOR.search(head) is not None
        or _ONLY_STUDY.match(head) is not None
        or _CITED_HEAD.search(head) is not None
    )


# ... and no clause is future work where the study names itself doing what it does or will
# do, after the hedge: "In the absence of other options, this dose-finding pilot randomised 60 adults",
# "given the lack of data, our trial compares 1.5 and 4.5 mg", "the present study will enrol
# 90": a hedge elsewhere in the sentence (its reason, its setting) does not make the study's
# own act another's (earlier work is read as before: this is no cue against "prior")
_SELF_DONE = Folded(
    r"\b(?:this|our|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:study|trial|pilot|"
    r"RCT|protocol|cohort|series|experiment)\s+(?:therefore\s+|thus\s+|then\s+|also\s+|"
    r"will\s+|shall\s+|is\s+|was\s+|has\s+|have\s+)?(?:randomi[sz]\w*|enrol+\w*|recruit\w*|"
    r"includ\w*|allocat\w*|assign\w*|compar\w*|test\w*|treat\w*|gives?|gave|examin\w*|"
    r"evaluat\w*|assess\w*|investigat\w*|explor\w*|measur\w*|escalat\w*)\b",
    re.IGNORECASE,
)


def _hedged_own(clause: str) -> bool:
    """The clause is the study's own act (``_SELF_DONE``) with every future or unknown cue
    before it, as its lead-in ("In the absence of other options, this pilot randomised
    ..."); a cue after it ("this pilot tested 4.5 mg, and a future trial should compare 1.5
    and 4.5 mg") still marks work the study did not do."""
    own = _SELF_DONE.search(clause)
    return own is not None and all(m.start() < own.start() for m in _FUTURE.finditer(clause))


# ... nor does a relative clause telling what the study's people had been given: "all of
# whom had been prescribed X", "in whom X had been combined with an SSRI"; nor a clause
# counting the people it had been given to: "X had been prescribed for pain in 19
# patients", "Y had been started in twelve of the participants" (a count of the study's
# own people, not earlier work's)
_PEOPLE_HISTORY = Folded(
    r"\b(?:who|whom)\b(?:[^.;,]|\.(?=\d)|,(?!\s*(?:and|but|while|whereas)\b)){0,60}?\bhad\s+"
    r"(?:\w+\s+)?been\b|"
    r"\bhad\s+been\s+(?:prescribed|given|started|used|taken|continued|combined)\b"
    r"(?=(?:[^.;]|\.(?=\d)){0,40}?\b(?:in|to|by|for)\s+(?:"
    + counts.NUMBER
    + r")\s+(?:of\s+(?:the|them|these|our)\s+)?(?:[\w\-]+\s+)?(?:"
    + counts.PEOPLE
    + r")\b)",
    re.IGNORECASE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# an interim report's running tally of what its own people take, bracketed after it:
# "keep their usual antidepressant (to date sertraline, escitalopram or bupropion)", "(so
# far: 4.5 mg in all)". Where the study stands now, not earlier work; a bracket naming
# other work ("(the only trial to date)", "(so far untested in trials)") is not this.
_RUNNING_TALLY = re.compile(
    r"\(\s*(?:to\s+date|so\s+far)\b\s*[,:;]?\s*"
    r"(?![^()]*\b(?:trials?|stud(?:y|ies)|RCTs?|pilots?|reports?|published|evidence|literature|"
    r"untested|unknown|unstudied|only|first|no|none)\b)[^()]*\)",
    re.IGNORECASE,
)


# ... nor does a sample-size calculation, which plans the study's own size: "Assuming a
# difference of 3 points, 80% power and 10% attrition, 150 participants are required"
# (the effect it is powered for may be one an earlier study reported: "A sample of 64 gives
# 90% power to detect an effect of d = 0.82, the effect reported in a previous open study")
_SAMPLE_CALC = Folded(
    r"\b(?:\d{2}(?:\.\d+)?\s*%|eighty|ninety)[\s\-]+(?:statistical\s+)?power\b"
    r"(?=[^.;]*\b(?:alpha|α|significance|attrition|drop-?outs?|effect\s+size|difference|"
    r"to\s+detect)\b)|"
    # (the power said last: "60 per arm are required to detect a difference of 4 points
    # with 80% power")
    r"\b(?:to\s+detect|attrition|drop-?outs?|effect\s+size)\b[^.;]*\b(?:\d{2}(?:\.\d+)?\s*%|"
    r"eighty|ninety)[\s\-]+(?:statistical\s+)?power\b|"
    # (the figure after the word, in a bracket of the test's settings: "to detect a linear
    # trend (MCP-Mod, one-sided alpha 0.05, power 80%)")
    r"\b(?:to\s+detect|attrition|drop-?outs?|effect\s+size)\b(?:[^.;]|\.\d)*\bpower\s*"
    r"(?:of\s+|=\s*|:\s*)?"
    r"\d{2}(?:\.\d+)?\s*%",
    re.IGNORECASE,
)

# the study's own planned size, named as the thing a change acts on
_OWN_SIZE = (
    r"(?:the\s+|its\s+|our\s+|this\s+)?(?:(?:trial's|study's)\s+)?(?:(?:target|planned|intended|"
    r"required|total|overall)\s+)?(?:sample(?:\s+size)?|enrol+ment|recruitment)(?:\s+(?:target|goal))?"
)
# ... nor, in a record that plans its own trial (an amended protocol), a recommendation
# acted on to change its own size: "the data monitoring committee recommended reducing the
# target sample size from 130 to 104", "recommended that the sample size be increased to
# 96", "recommended an increase in the planned enrolment" (its plan, not work for others)
_OWN_SIZE_CHANGED = Folded(
    r"\brecommend(?:s|ed|ing)?\s+(?:that\s+)?(?:(?:re[\s\-]?estimat|re[\s\-]?calculat|revis|reduc|"
    rf"increas|decreas|lower|adjust|amend|chang|rais|expand|enlarg|extend)\w*\s+{_OWN_SIZE}|"
    rf"{_OWN_SIZE}\s+(?:should\s+)?be\s+\w+ed\b|an?\s+(?:\w+\s+)?(?:reduction|increase|decrease|"
    rf"change|revision|expansion)\s+(?:in|of|to)\s+{_OWN_SIZE})",
    re.IGNORECASE,
)
# ... and, in a record that plans its own trial (an amended protocol), its own planned
# size said to have been changed to a new one: "the steering committee revised the
# planned total to 160 participants", "the target enrolment was reduced to 96" (a
# background sentence so told is the amendment's own history, ``restated``)
_SIZE_NOUN = (
    r"(?:the\s+|its\s+|our\s+)?(?:(?:planned|target|intended|required|overall)\s+)?"
    r"(?:total|sample(?:\s+size)?|enrol+ment(?:\s+target)?|recruitment\s+target)"
)
_SIZE_VERB = (
    r"(?:revised|reduced|increased|lowered|raised|amended|changed|re-?estimated|recalculated|"
    r"adjusted|decreased)"
)
_OWN_SIZE_REVISED = Folded(
    rf"\b{_SIZE_VERB}\s+{_SIZE_NOUN}\s+(?:from\s+\d[\d,]*\s+)?to\s+\d|"
    rf"\b{_SIZE_NOUN}\s+(?:was|were|has\s+been|had\s+been|is)\s+{_SIZE_VERB}\s+"
    r"(?:from\s+\d[\d,]*\s+)?to\s+\d",
    re.IGNORECASE,
)
# ... nor, in a record that plans its own trial, does its size said to be required, the
# calculation told without the word "power": "Assuming a standardised effect of 0.55 and
# 15% attrition, 180 participants are required (60 per arm)", "a total of 96 patients will
# be needed to detect a 4-point difference" (present or future: the plan, said in a
# protocol's voice; not the trials others need, "trials of at least 200 patients are
# needed", whose count follows "of" or a bound)
_SIZE_REQUIRED = Folded(
    r"(?:(?<=\btotal of )|(?<!\bof ))(?<!\bleast )(?<!\bthan )(?<!\bover )(?<![\w.,])\d[\d,]*\s+"
    rf"(?:[\w\-]+\s+)?(?:{counts.PEOPLE})\b"
    # (who they are may come between: "64 adults with major depressive disorder (32 per
    # arm) are required")
    r"(?:\s+(?:with|who|aged|on|taking|receiving)\b[^.;()]{0,60}?)?"
    r"\s+(?:\([^()]{0,40}\)\s+)?(?:are|is|will\s+be|shall\s+be)\s+"
    r"(?:required|needed|necessary)\b",
    re.IGNORECASE,
)
# ... or its size named as "a sample of N" opening its clause: "To detect a difference of
# 3 points, a sample of 128 is required", "..., a total sample of 110 is needed" (never a
# sentence about a later trial, "a future trial with a sample of 400 is required")
_SAMPLE_REQUIRED = Folded(
    r"(?:^|(?<=[,;]))\s*(?:an?|the|our)\s+(?:total\s+|overall\s+)?sample(?:\s+size)?\s+of\s+"
    rf"\d[\d,]*(?:\s+(?:[\w\-]+\s+)?(?:{counts.PEOPLE})\b)?\s+(?:\([^()]{{0,40}}\)\s+)?"
    r"(?:is|are|will\s+be|would\s+be|shall\s+be)\s+(?:required|needed|necessary)\b",
    re.IGNORECASE,
)
_LATER_STUDY = Folded(
    r"\b(?:future|larger|further|next|definitive|confirmatory|subsequent|another|follow-on)\b",
    re.IGNORECASE,
)
# ... in a sentence that tells the calculation (what it assumes or is to detect)
_CALC_TOLD = Folded(
    r"\b(?:assum(?:ing|es?|ed)|to\s+detect|effect\s+size|standardi[sz]ed\s+effect|attrition|"
    r"drop-?outs?|power)\b",
    re.IGNORECASE,
)

# ... nor does the study's own plan in the first person ("We will enrol 64 adults, a size
# based on our earlier trial"): a future act of the study is not earlier work
_OWN_PLAN = Folded(
    r"\bwe\s+(?:will|shall|plan\s+to|aim\s+to|intend\s+to)\s+(?:\w+\s+)?"
    r"(?:randomi[sz]e|enrol+|recruit|include|allocate)\b|"
    # ("64 participants will be randomised, as in our earlier trial")
    r"\b(?:will|shall)\s+be\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|included|allocated)\b",
    re.IGNORECASE,
)


# ... and a record that plans its own trial (a protocol, a Stage 1 Registered Report: its
# people "will be recruited") proposes that trial as its own: "We propose a three-period,
# randomised crossover trial comparing X 0.5 mg, X 4.5 mg and placebo" is the study's
# design, not a call for another study ("we propose a dose-finding design for future
# trials" keeps its other cue; a results paper's "we propose a trial of ..." is future work)
_PROPOSE_OWN = Folded(
    r"\bwe\s+propose\s+(?:an?|this|the\s+following)\s+(?:[\w\-]+,?\s+){0,6}?"
    r"(?:trial|study|RCT|crossover|experiment)\s+(?:comparing|of|to|that|which|in\s+which|"
    r"with|testing|evaluating)\b",
    re.IGNORECASE,
)


def _proposes_own(clause: str) -> bool:
    """Every future cue of the clause is its "we propose a ... trial comparing" (``_PROPOSE_OWN``)
    or its plan ("we plan to randomise 120 adults": ``_PLAN_AHEAD``)."""
    own = [m.span() for rx in (_PROPOSE_OWN, _PLAN_AHEAD) for m in rx.finditer(clause)]
    return bool(own) and all(
        any(a <= m.start() < b for a, b in own) for m in _FUTURE.finditer(clause)
    )


# how many a trial still recruiting has taken in so far: "as of April 2025, 37
# participants have been randomised", "28 enrolled to date", "(currently 19 enrolled)",
# "by March 2025, 41 patients had been enrolled" (an accrual, not the trial's size); the
# count dated ("on 1 August 2025", "as at 30 June", "at the data cut-off") or told in the
# perfect ("183 participants had been randomised") is where recruitment stood then
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_ACCRUAL = Folded(
    # ("currently" said of the people's state, "who are currently taking an SNRI",
    # "patients currently receiving X", describes whom the trial takes, not its accrual)
    r"\b(?:as of|as at|to date|so far|thus far|"
    r"(?<!who are )(?<!who were )(?<!who is )(?<!that are )currently(?!\s+(?:taking|"
    r"receiving|using|on|prescribed|treated|being|in|depressed|unwell|experiencing)\b)|"
    r"at (?:the time of )?(?:writing|submission|"
    rf"this report)|by (?:the end of )?(?:{_MONTHS}|\d{{4}}|week|month)\b)|"
    rf"\b(?:on|at|by|until|through)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\b|"
    r"\bat\s+(?:the\s+)?(?:data\s+)?cut[\s\-]?off\b|"
    # ... or at a revision of the plan: "41 had been randomised at the time of the
    # amendment", "the 47 already randomised to the dropped arms", "63 were already
    # enrolled when the change was approved" (where recruitment stood, not the new size)
    r"\bat the time of (?:the |this |its )?(?:amendment|update|revision|change)|"
    r"\balready\s+(?:been\s+)?(?:randomi[sz]ed|enrol+ed|recruited|included|allocated)\b|"
    # ... or before it, or before a date: "participants randomised before the amendment
    # (n = 37)", "the 52 enrolled prior to the protocol change", "41 randomised before
    # March 2026" (those taken in so far, not the size the plan now aims at)
    r"\b(?:before|prior\s+to)\s+(?:the\s+|this\s+|its\s+)?(?:(?:protocol|sample[\s\-]size)\s+)?"
    r"(?:amendment|update|revision|change|re-?estimation)|"
    rf"\b(?:before|prior\s+to)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\b|"
    r"\b(?:have|has|had) (?:now |so far |already )?been (?:randomi[sz]ed|enrol+ed|recruited|"
    r"included|allocated)\b|\b(?:have|has) (?:now |so far |already )?(?:randomi[sz]ed|enrol+ed|"
    r"recruited|included)\b",
    re.IGNORECASE,
)
_CLAUSE_EDGE = re.compile(r"[;()\[\]]|\.\s")


def accrual(text: str, start: int, end: int) -> bool:
    """The clause holding ``text[start:end]`` (a count) tells how many a trial still
    recruiting has taken in so far (``_ACCRUAL``): an interim accrual, not its size."""
    starts = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    stop = _CLAUSE_EDGE.search(text, end)
    clause = text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
    if starts and _BARE_N.match(clause):
        # a bracket holding the count alone ("... randomised before the amendment (n = 37)")
        # sizes the clause it closes: read that clause instead
        outer = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, starts[-1] - 1)]
        clause = text[outer[-1] if outer else 0 : starts[-1]]
    return _ACCRUAL.search(clause) is not None


_BARE_N = re.compile(r"^\s*[nN]\s*=\s*[\d,]+\s*$")


# ... unless the recruitment is said to be over: then the count is the trial's actual size,
# which a pre-results document (a protocol, a statistical analysis plan) reports in place of
# the plan ("Recruitment closed in July 2025 with 318 participants randomised", "by the
# close of enrolment, 318 had been randomised", "the trial completed recruitment with 318")
_RECRUITMENT_DONE = re.compile(
    r"\b(?:recruitment|enrol?ment|randomi[sz]ation|accrual)\s+(?:(?:was|has|had)\s+)?(?:been\s+)?"
    r"(?:closed|completed?|ended|finished|concluded)\b|"
    r"\b(?:close|end|completion|conclusion)\s+of\s+(?:the\s+)?(?:recruitment|enrol?ment|"
    r"randomi[sz]ation|accrual)\b|"
    r"\b(?:completed|closed|finished|ended)\s+(?:its\s+|the\s+)?(?:recruitment|enrol?ment|"
    r"randomi[sz]ation|accrual)\b|\bfully\s+(?:recruited|enrol+ed)\b",
    re.IGNORECASE,
)
# (a close still ahead, or one waiting on a count, is the plan: "recruitment will close when
# 330 are randomised", "is expected to end in 2027")
_DONE_AHEAD = re.compile(
    r"\b(?:will|shall|would|expected|anticipated|planned|scheduled|once|when|until|after|if)\b",
    re.IGNORECASE,
)


def recruitment_done(text: str, start: int, end: int) -> bool:
    """The clause holding ``text[start:end]`` (a count) says recruitment is over
    (``_RECRUITMENT_DONE``): the count is the trial's actual size, not an accrual so far."""
    starts = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    stop = _CLAUSE_EDGE.search(text, end)
    clause = text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
    return _RECRUITMENT_DONE.search(clause) is not None and _DONE_AHEAD.search(clause) is None


def size_plan(text: str) -> bool:
    """The sentence calculates the study's sample size (``_SAMPLE_CALC``): a plan."""
    return "power" in text.lower() and _SAMPLE_CALC.search(text) is not None


# a plan's allocation: "be randomized to", "be allocated to" (a protocol's "will", a
# withdrawn trial's "would": ``_HEDGED``, ``_STUDY_SAYS``)
_BE_ALLOCATED = r"be\s+(?:randomi[sz]ed|allocated|assigned)\s+to\b"
# Speculation and generalisation: "may", "could", "suggests", "promising".
_HEDGED = Folded(
    # (not a study's aim to find "a tolerable and potentially effective dose": the dose it
    # sets out to find, not a hedge of what it did)
    r"\b(?:possibly|potentially(?!\s+(?:effective|therapeutic|active|efficacious)\s+"
    r"(?:doses?|dose\s+range)\b)|perhaps|suggest\w*|appears?|seems?|"
    r"promising|warrant\w*|needed|future|should)\b|"
    # (a plan never carried out is told, not hedged: "the planned study would have
    # randomized 150 adults taking an SSRI to ...", a trial withdrawn before enrolment)
    # (... nor is the plan of a trial withdrawn before it began, told with its allocation:
    # "participants would start sertraline and be randomized to X or placebo", "would be
    # randomized to X 3 mg or placebo")
    r"\bwould\b(?!\s+have\s+(?:been\s+)?(?:randomi[sz]ed|enrol+ed|recruited|allocated|"
    rf"assigned)\b)(?!\s+{_BE_ALLOCATED})"
    rf"(?!\s+(?:start|begin|receive|take|continue)\b[^.;]{{0,120}}\band\s+{_BE_ALLOCATED})|"
    # (what participants may choose to take part in is a method, not a hedge: "those
    # randomised in the parent trial may consent to blood sampling", "participants might
    # opt in to an MRI sub-study", "may elect to join the extension")
    # (the month in a date is no hedge: "approved 12 May 2025", "on May 3, 2024", "in
    # May 2026", "from May to July": a day or a year beside it, or a word that opens a date)
    r"\b(?:(?<!\d\s)(?<!\d)(?<!\bin\s)(?<!\bby\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bfrom\s)"
    r"(?<!\bof\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bmid-)(?<!\bmid\s)(?<!\bduring\s)"
    r"(?<!\bbetween\s)may(?!\s+\d|\s+(?:to|and|through|until)\s+" + _MONTHS + r")|might)\b"
    r"(?!\s+(?:(?:also|then|later|optionally|additionally|each)\s+)?"
    r"(?:consent\s+to|opt\s+(?:in|into|to)|elect\s+to|volunteer\s+(?:to|for)|take\s+part|"
    r"participate\s+in|join|enrol\w*\s+in|"
    r"(?:choose|agree|decide)\s+to\s+(?:take\s+part|join|participate|enrol\w*|provide|give|"
    r"donate|undergo))\b)|"
    # (what participants were allowed to do is a method, not a hedge: "people could keep
    # taking their antidepressant", "adults could take part if ...")
    r"\bcould\b(?!\s+(?:keep|continue|remain|stay|take\s+part|join|enter|enrol\w*)\b)"
    # (nor the dose the protocol let them take instead: "those with vivid dreams could take
    # 3 mg instead", "could switch to 1.5 mg")
    r"(?!\s+(?:take|use|receive|switch\s+to|drop\s+to|step\s+down\s+to|reduce\s+to|move\s+to)\s+"
    r"(?:(?:the|a)\s+)?\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg|micrograms?)\b)"
    # (nor what the protocol let clinicians do with a dose: "which could be adjusted
    # between 1 and 4.5 mg", "could be titrated as tolerated")
    r"(?!\s+be\s+(?:adjusted|titrated|increased|decreased|reduced|raised|lowered|changed|"
    r"modified|individuali[sz]ed|split|tapered)\b)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|while|whereas)\s+", re.IGNORECASE)
# An exclusion criterion or contraindication: what the study kept out
# (also said as who was not let in: "patients with a mood disorder were not offered X")
_EXCLUSION = Folded(
    r"\bexclu(?:ded|sions?|ding)\b|\bcontraindicat\w*|\bineligible\b|"
    # (the verb's purpose or present: "the PHQ-9 was given at screening to exclude people
    # with severe depression", "a BDI-II above 28 excludes"; a scale used only to keep
    # people out measures nothing. Not a doubt: "we cannot exclude an effect on mood")
    r"(?<!\bnot\s)(?<!\bcannot\s)(?<!\bcan't\s)\bexcludes?\b|"
    # ("used to screen out those with probable depression", "were screened out")
    r"\bscreen(?:s|ed|ing)?\s+out\b|"
    # ("were therefore not included": a word between)
    # (in the present too, a records study's account of whom it covers: "are not
    # included", "is not eligible")
    r"\b(?:was|were|is|are)\s+(?:\w+\s+)?not\s+(?:offered|eligible|enrol+ed|recruited|"
    r"approached|included|admitted|prescribed)\b|"
    # (or in the pluperfect: "had not been offered LDN under local guidance")
    r"\b(?:had|have|has)\s+not\s+been\s+(?:offered|enrol+ed|recruited|approached|included|"
    r"admitted|prescribed)\b|"
    # ... or said to be absent from the sample: "were therefore not represented"
    r"\b(?:was|were|are|is)\s+(?:\w+\s+)?not\s+represented\b|"
    # ... or not weighed for it at all: "patients with depressive symptoms were not
    # considered for treatment", "were not considered eligible"
    r"\b(?:was|were|is|are)\s+(?:\w+\s+)?not\s+considered\s+(?:for|eligible)\b|"
    # ... or as a second verb after another: "were referred for treatment and not
    # enrolled", "were offered usual care but not randomised"
    r"\b(?:was|were)\s+(?:[\w\-]+\s+){1,5}?(?:and|but)\s+not\s+(?:enrol+ed|recruited|"
    r"included|admitted|randomi[sz]ed)\b|"
    # ... or sent to other care instead of the study's: "patients with a current depressive
    # episode were referred elsewhere and were not treated in the clinic"
    r"\b(?:was|were)\s+(?:instead\s+)?referred\s+elsewhere\b|"
    # ... or said of the people as what they could not do: "people with current depression
    # did not qualify", "could not take part", "were unable to enrol"
    r"\b(?:(?:did|do|does|could|can)\s+not|cannot)\s+(?:qualify|take\s+part|participate|"
    r"enrol+)\b|"
    # ... or as whom the study did not take in: "the trial did not include patients with
    # major depression", "we did not enrol anyone with a depressive disorder"
    r"\b(?:did|do|does)\s+not\s+(?:include|enrol+|recruit|admit|select)\s+(?:any\s*)?"
    r"(?:one|body|patients|participants|people|persons|individuals|adults|women|men|"
    r"subjects|those)\b|"
    r"\b(?:disqualif\w*|not\s+allowed\s+to\s+(?:enrol+|participate|take\s+part))\b|"
    # ... or as the drug not begun in them, or held back from them: "patients with an
    # active major depressive episode were not started on LDN", "were not initiated on
    # it", "not considered candidates for", "LDN was withheld from those with depression"
    # (... or not treated with it, or it not given to them: "patients with a known depressive
    # disorder had been referred to psychiatry and were not treated with LDN in the unit",
    # "LDN was not given to patients with current depression")
    r"\b(?:was|were)\s+(?:\w+\s+)?not\s+(?:started|initiated|commenced|treated)\s+(?:on|with)\b|"
    r"\b(?:was|were)\s+(?:\w+\s+)?not\s+(?:given|offered|prescribed|administered)\s+to\b|"
    r"\bnot\s+(?:\w+\s+)?candidates\s+for\b|\bwithheld\s+(?:from|in)\b|"
    # (... or said with the people as subject: "patients with a BDI-II of 19 or more had been
    # referred for psychiatric assessment and did not receive LDN")
    r"\b(?:did|do|does)\s+not\s+(?:receive|get|start)\s+(?:the\s+)?(?:LDN|low[\s\-]dose\s+"
    r"naltrexone|naltrexone|study\s+(?:drug|medication|treatment))\b|"
    # what a review leaves out: "uses in depression are outside the scope of this review"
    r"\b(?:outside|beyond)\s+the\s+scope\b",
    re.IGNORECASE,
)
_TRIAL_WORD = r"\b(?:trials?|stud(?:y|ies)|RCTs?)\b"
# a comma inside a list of conditions, another item and its "and"/"or" still to come:
# "in pain, autoimmune disease and mood disorders" (not the comma a new clause opens after)
_LIST_COMMA = r",(?=\s+[^.;,()]{1,40}?(?:,|\b(?:and|or)\s))"
# A trial a records study emulates is hypothetical: "this cohort study emulated a
# hypothetical pragmatic randomized trial", "we mimicked a randomised trial", "the
# emulated trial", "the protocol of a target trial" (its words describe the design
# imitated, not one run; "target" only right before "trial": "the target dose in this
# trial" is the trial's own), and the randomisation it emulates. Blanked like another
# study's trial; searched only where one of its words occurs (``_EMULATION_WORDS``).
_EMULATED_TRIAL = Folded(
    r"\b(?:emulat\w*|mimick?\w*|hypothetical)\s+(?:(?:an?|the|such\s+an?)\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:trials?|RCTs?)\b(?:\s+emulation)?|"
    r"\btarget[\s\-]+(?:trials?|RCTs?)\b(?:[\s\-]+emulation)?|\b(?:trials?|RCTs?)[\s\-]+emulation\b|"
    # ... or the randomisation it imitates by weighting or cloning: "weighting to emulate
    # randomisation at time zero", "to mimic random assignment", "emulating a randomised
    # allocation" (no one was randomised)
    r"\b(?:emulat\w*|mimick?\w*)\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:randomi[sz]ation|random(?:i[sz]ed)?\s+(?:assignment|allocation)|"
    r"randomi[sz]ed\s+(?:assignment|allocation))\b",
    re.IGNORECASE,
)
_EMULATION_WORDS = ("emulat", "mimic", "hypothetical", "target trial", "target rct", "target-")
# A trial that is only the object of a plan, a call or an opinion: "3 mg was selected for
# a randomized phase 2b trial", "will be tested in a randomised trial", "72% supported a
# large randomized trial", "randomized trials are in progress". Such a trial is another
# study, so its words are blanked out of the sentence's own text.
# what news of a trial says: it is recruiting, has begun, is under way
_NEWS = (
    r"(?:is|are)\s+(?:now\s+|currently\s+)?(?:recruiting|enrol+ing|open|in progress|ongoing|"
    r"under\s?way)\b|(?:has|have)\s+(?:now\s+|recently\s+|just\s+|since\s+)?(?:begun|started|opened|"
    r"commenced|launched)\b|(?:began|started|opened|commenced)\s+(?:recruit\w*|enrol\w*|to\s+"
    r"(?:recruit|enrol)\w*|in\s+(?:19|20)\d\d)\b|(?:was|were)\s+(?:recently\s+)?(?:launched|"
    r"opened)\b"
)
_OTHER_TRIAL = Folded(
    rf"\b(?:selected|chosen|taken forward|carried forward|advanced)\s+(?:for|into|to)\b"
    rf"[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # a sibling trial run beside the study, with what the clause says of it to its end: "A
    # sister trial at our centre is randomising 140 women to X or placebo added to Y", "the
    # randomised companion study in combination with Y" (its size, arms and co-medication
    # are that trial's; the record's own study is never its own sister or companion)
    rf"\b(?:an?|another|the|our|its)\s+(?:[\w\-]+\s+){{0,2}}?(?:sister|companion)[\s\-]+"
    rf"(?:[\w\-]+\s+){{0,2}}?{_TRIAL_WORD}(?:[^.;:]|\.\d){{0,220}}|"
    # another trial the study says it is not, with what the clause says of it: "this trial
    # is unrelated to the British X trial in depression", "is not to be confused with the
    # similarly named study of ...", "separate from the Y trial in MDD" (a shared acronym:
    # that trial's condition and doses are not this study's; not "the study drug")
    rf"\b(?:(?:unrelated|not\s+related|distinct|different|separate)\s+(?:to|from)|"
    rf"(?:not\s+to\s+be|never\s+to\s+be)\s+confused\s+with)\s+(?:the|an?|another)\s+"
    rf"(?:[\w\-]+,?\s+){{0,5}}?{_TRIAL_WORD}(?!\s+(?:drugs?|medications?|population|visits?|"
    rf"periods?|sites?|arms?|groups?|samples?|participants|patients|procedures?|team|staff)\b)"
    rf"[^.;]{{0,100}}|"
    # ("which we plan to test in a randomised trial": a plan is a future tense too)
    rf"\b(?:will|would|shall|should|could|must|may|might|"
    rf"(?:plan|intend|hope|expect)(?:s|ed)?\s+to)\s+(?:\w+\s+){{0,4}}?"
    rf"(?:in|by|with|through|using)\s+(?:an?|the|further|future)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # a trial the study is hoped to lead to: "we hope this encourages a randomised trial",
    # "should prompt larger placebo-controlled studies", "may spur randomised trials" (a
    # trial to come, never "the"/"this" one: "motivated the present trial" is the study's)
    rf"\b(?:encourag\w*|motivat\w*|spur\w*|stimulat\w*|prompt(?:s|ed|ing)?|lead\s+to|"
    rf"leads\s+to|open\s+the\s+(?:door|way)\s+(?:to|for))\s+(?:\w+\s+){{0,2}}?"
    rf"(?:(?:an?|further|future|more|larger|new)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    rf"(?:(?!(?:this|our|present|current|the)\b)[\w\-]+,?\s+){{0,3}}?(?:trials|studies|RCTs)\b)|"
    # a trial named as what the study is not, a point of contrast: "unlike randomised
    # trials, this study ...", "in contrast to the open-label pilot", "rather than a
    # placebo-controlled trial" (only a noun phrase naming studies: "unlike placebo, LDN
    # improved the trial's outcome" keeps the study's own result)
    rf"\b(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to|rather\s+than|instead\s+of)\s+"
    rf"(?:(?:the|an?|most|many|all|other|previous|prior|earlier|published|conventional|"
    rf"traditional|typical|standard|classic|large|larger|small|smaller|existing|[12][09]\d\d|"
    rf"randomi[sz]ed|double[\s\-]blind(?:ed)?|placebo[\s\-]controlled|controlled|uncontrolled|"
    rf"open[\s\-]label|single[\s\-]arm|pilot|clinical|crossover|blinded|efficacy),?\s+){{0,4}}"
    rf"(?:(?!(?:this|our|present|current)\b)[\w\-]+\s+)?(?:{_TRIAL_WORD}|\bpilots?\b)"
    # ... with what it says of that study, to the clause's end: "unlike the published
    # dose-ranging trial, which compared 1.5 mg with 4.5 mg" (its doses are not ours)
    rf"(?:,?\s+(?:that|which|in\s+which|where|comparing|testing|using)\b"
    rf"(?:[^.;:,()]|\.\d){{0,100}})?|"
    # (what is supported may be a dose or a range: "supporting 2-4 mg as the range for a
    # randomised trial", "favouring 4.5 mg for a subsequent double-blind study")
    rf"\b(?:support\w*|favou?r\w*|endors\w*|call\w* for|recommend\w*|propos\w*|"
    rf"need\w*|warrant\w*|justif\w*|agree\w*|wish\w*|request\w*)\s+"
    rf"(?:(?:[\w\-/]+|\d+(?:\.\d+)?(?:\s*[\-–]\s*\d+(?:\.\d+)?)?(?:\s*mg(?:/d(?:ay)?)?)?)"
    rf"\s+){{0,6}}?"
    rf"(?:an?|the|further|future|more|for)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # a dose or a range named as the one to carry into a trial to come: "4.5 mg is the dose
    # to take forward into a placebo-controlled trial", "3 mg as the dose for a phase 2
    # randomised trial" (a trial introduced as "a", later or future; the study's own trial
    # is "the"/"this" one, and doses compared "in" a trial are its own)
    rf"\b(?:range|dose|doses|dosage|dosing|regimen)\s+(?:(?:to\s+)?(?:take|carry|bring|taken|"
    rf"carried)\s+forward\s+)?(?:for|into)\s+(?:an?|later|future|subsequent)\s+"
    rf"(?:(?!(?:this|our|present|current|the)\b)[\w\-]+,?\s+){{0,4}}?{_TRIAL_WORD}|"
    # a trial the study's aim prepares: "to select a dose for a randomised trial", "to
    # identify doses for a later placebo-controlled study", "to inform the design of a
    # randomised trial", "in preparation for a randomised trial" (the study is its
    # forerunner, not that trial)
    rf"\bto\s+(?:select|choose|pick|identify|find|determine|establish)\b(?:[^.;]|\.\d){{0,60}}?"
    rf"\bfor\s+(?:an?|later|future|subsequent)\s+(?:[\w\-]+,?\s+){{0,4}}?{_TRIAL_WORD}|"
    # a trial the study is "for" as any such trial, a hypothetical one: "the natural dose
    # for any randomised placebo-controlled trial"
    rf"\bfor\s+any\s+(?:[\w\-]+,?\s+){{0,4}}?{_TRIAL_WORD}|"
    # ... or said as what the study leads to or grounds: "will generate hypotheses for a
    # randomised trial", "lays the groundwork for a confirmatory trial", "a step toward a
    # randomised trial", "findings informing a future RCT" (never the study's own trial:
    # "the"/"this" are not among the words that may open the trial named)
    # ... with what of that trial it informs in a few words between: "informing dose
    # selection for a randomized trial", "to guide sample-size calculations for an RCT",
    # "to prepare a multicentre trial", "needed before a double-blind trial"
    rf"\b(?:(?:to\s+)?inform(?:s|ing)?|to\s+guide|guid(?:es?|ing)|(?:in\s+)?preparation\s+for|"
    rf"(?:to\s+)?prepar(?:e|es|ing)(?:\s+for)?|ahead\s+of|before|towards?|"
    rf"(?:hypothes[ie]s|basis|groundwork|rationale|justification|way)\s+for)\s+"
    # (what it informs may be said where it is made: "dose selection in clinical trials")
    rf"(?:(?:the\s+)?(?:(?!(?:this|our|present|current)\b)[\w\-]+\s+){{1,3}}?(?:of|for|in)\s+)?"
    rf"(?:(?:an?|any|later|future|subsequent|definitive|confirmatory)\s+"
    # (the trial named in the words that follow, not the study's own: "a dose-response in
    # this study")
    rf"(?:(?!(?:this|our|present|current|the)\b)[\w\-]+,?\s+){{0,4}}?{_TRIAL_WORD}|"
    # ... or trials in the plural without an article, "can inform dose selection for
    # trials in depressed patients" (never "this"/"our"/"the" trials: the study's own)
    rf"(?:(?!(?:this|our|present|current|the|these|its)\b)[\w\-]+\s+){{0,3}}?"
    rf"(?:trials|studies|RCTs)\b)"
    # ... with whom that trial is to take: "in depressed patients" is its people, not the
    # study's (a healthy-volunteer study preparing trials in the condition)
    # (... and a list of the conditions it is to take, commas and all: "trials of X in pain,
    # autoimmune disease and mood disorders")
    rf"(?:\s+(?:in|of|for|among|with)\s+(?:[^.;,()]|\.\d|{_LIST_COMMA}){{0,80}})?|"
    rf"\b(?:an?|the)\s+(?:subsequent|future|next|planned|upcoming|follow[\s\-]?(?:up|on)|"
    rf"confirmatory|definitive)\b[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # ... or in the plural without an article: "suitable for planned trials in Y" (not
    # "our planned studies": checked in code, since a look-behind heading a branch makes
    # every search try each position)
    rf"(?P<plural>\b(?:planned|upcoming|forthcoming|future|later|definitive|confirmatory|"
    rf"subsequent)\s+(?:[\w\-]+\s+){{0,2}}?(?:trials|studies|RCTs)\b"
    rf"(?:\s+(?:in|of|for|among|with)\s+(?:[^.;,]|{_LIST_COMMA}){{0,80}})?)|"
    # a trial given as news of its status, introduced as "a"/"another" (the record's own
    # trial is "the"/"this" one): "A 150-patient randomised trial (NCT...) began recruiting
    # in 2026", "a placebo-controlled trial of 3 versus 4.5 mg is now enrolling",
    # "recruitment has started for a larger double-blind study"
    rf"\b(?:an?|another)\s+(?:[\w\-]+,?\s+){{0,5}}?{_TRIAL_WORD}(?:\s*\([^()]{{0,40}}\))?"
    # (or told by what it combines: "a trial combining X with SSRIs is under way")
    rf"(?:,?\s+(?:of|in|for|with|comparing|testing|combining|adding|among)\b(?:[^.;()]|\.\d){{0,60}}?)?"
    rf"(?:\s*\([^()]{{0,40}}\))?\s+(?:{_NEWS})(?:\s*\([^()]{{0,40}}\))?|"
    rf"\b(?:recruitment|enrol+ment|enrol+ing|recruiting)\s+(?:has\s+|have\s+)?(?:now\s+)?"
    rf"(?:begun|began|started|opened|commenced|is\s+(?:now\s+)?(?:under\s?way|ongoing|open))\s+"
    rf"(?:for|in|to|into|on)\s+(?:an?|another)\s+[^.;]{{0,60}}?{_TRIAL_WORD}|"
    # (with up to three words before it, added by _blank_other_trials: "larger randomized
    # trials are ongoing"; a pattern starting with them is slow to search)
    # (or a comparison named for what it sets against: "a randomized comparison against
    # placebo is underway")
    # (... or for the doses it compares: "a randomized comparison of 2 mg and 4.5 mg is
    # under way")
    rf"(?P<ongoing>(?:{_TRIAL_WORD}|\bcomparisons?(?:\s+(?:against|versus|vs\.?|with|of|between)\s+"
    rf"(?:[^.;,]|\.\d){{1,40}}?)?)\s+(?:are|is)\s+(?:now\s+|currently\s+)?"
    rf"(?:in progress|ongoing|under\s?way|planned|being conducted)\b)|"
    # a trial the study says can now be run is the next study: "a randomised trial is
    # feasible", "placebo-controlled RCTs are now possible", "a definitive trial is
    # realistic" (present tense: "the trial was feasible" reports the study's own)
    rf"(?P<prospect>{_TRIAL_WORD}(?:\s+(?:of|in|with|for|among|comparing|against)\b[^.;,]{{0,50}}?)?"
    rf"\s+(?:are|is)\s+(?:now\s+|therefore\s+|thus\s+|clearly\s+|"
    rf"also\s+|both\s+)?(?:feasible|possible|achievable|practicable|viable|realistic|doable)\b)",
    re.IGNORECASE,
)
# A LATER trial, the one a study prepares for ("a definitive trial", "the subsequent
# confirmatory trial", "a full-scale trial"), said in words the roles blanked as another
# study's: the size reader leaves its size to it. Not a trial a records study emulates
# ("a target trial of 4,628 patients": those are its own people), nor the study's own
# trial named as planned.
_LATER_TRIAL = re.compile(
    r"\b(?:definitive|confirmatory|subsequent|future|next|full[\s\-]scale|later|larger|"
    r"follow[\s\-]?on|phase\s+(?:iii|3))\b",
    re.IGNORECASE,
)


def later_trial(blanked: str) -> bool:
    """The words the roles blanked out of a sentence name a later trial."""
    return _LATER_TRIAL.search(blanked) is not None


_WORDS_BEFORE = re.compile(r"(?<![\w\-])(?:[\w\-]+\s+){1,3}$")
_OWN_BEFORE = re.compile(r"\b(?:this|our|present|current)\s+$", re.IGNORECASE)
_OWN_WORDS = re.compile(r"\b(?:this|our|present|current|the)\b", re.IGNORECASE)


def _blank_other_trials(text: str) -> str:
    """``text`` with the trials that are another study's blanked (same length)."""
    out = list(text)
    low = text.lower()
    if any(w in low for w in _EMULATION_WORDS):
        for m in _EMULATED_TRIAL.finditer(text):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _OTHER_TRIAL.finditer(text):
        a = m.start()
        if m.group("plural") and _OWN_BEFORE.search(text, max(0, a - 9), a):
            continue  # "our planned studies", "the present future-oriented trials"
        if m.group("ongoing") or m.group("prospect"):
            words = _WORDS_BEFORE.search(text, max(0, a - 60), a)
            if m.group("prospect") and words and _OWN_WORDS.search(words.group()):
                continue  # "this trial is feasible": the study's own
            a = words.start() if words else a
        out[a : m.end()] = " " * (m.end() - a)
    return "".join(out)


# A phrase naming earlier work inside the study's own sentence: "4.5 mg, a dose chosen on
# the basis of earlier dose-ranging work" (blanked in ``masked`` like another trial)
_OTHER_WORK = Folded(
    r"\b(?:earlier|previous|prior|published|past)\s+(?:[\w\-]+\s+){0,3}?(?:work|research|"
    r"stud(?:y|ies)|trials?|data|evidence|reports?|findings|literature)\b"
    # ... with what it says of that work, to the clause's end: "following an earlier
    # dose-finding study that compared 1.5 and 4.5 mg, we gave ...", "the published
    # dose-ranging trial, which compared 1.5 mg with 4.5 mg" (its doses are not ours)
    r"(?:,?\s+(?:that|which|in\s+which|where|comparing|testing|using)\b"
    r"(?:[^.;:,()]|\.\d){0,100}|"
    # ... or the work as the subject of what it did, to the clause's end: "Our earlier
    # proof-of-concept work tested a single dose (1 mg twice daily) in patients on
    # dopaminergic regimens" (its doses and co-medication are that work's, not ours)
    # (or "was limited to" them, with what it gave named between: "The earlier proof-of-
    # concept work with this dose was limited to patients on dopaminergic regimens",
    # registry122 NCT00290304)
    r"(?:\s+with\s+(?:this|that|the\s+same|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:dose|drug|regimen)s?)?"
    r"\s+(?:(?:also|only|first)\s+)?(?:tested|gave|used|combined|treated|enrolled|randomi[sz]ed|"
    r"compared|administered|evaluated|examined|studied|added|paired|(?:was|were)\s+(?:limited|"
    r"restricted|confined)\s+to)\b"
    r"(?:[^.;:()]|\.\d|\([^()]{0,40}\)){0,160})?",
    re.IGNORECASE,
)
# A study this one comes after: it replaces, succeeds, follows or builds on it. That study
# is other work, named as the object of the relation (by registry id or as a study), with
# what the sentence says of it after a comma, a relative word or a preposition: "This study
# replaces NCT07300012, a three-arm dose comparison that was terminated", "the trial
# succeeds the earlier LIFT study, which compared 1 and 4.5 mg", "builds on a pilot that
# tested 4.5 mg", "a follow-up to a small pilot in which ...", "extends a pilot of X added
# to Y" (that study's design and doses are not this one's). This is the one reader of
# the idea: the object and its description are blanked, and the clause is earlier work
# whole only where they fill it to its end; "builds on the earlier pilot by randomising 90
# adults to 1, 2 or 4.5 mg" keeps its own act (``_succeeded_in``: the clause's cues are
# read with the object blanked). A finite verb only: "Building on a 12-patient pilot, we
# offered ..." opens the record's own sentence.
# Where a sentence turns back to the study itself after naming other work: "Following on
# from NCT..., a single-dose pilot, this trial compares ...", "After encouraging results
# with X, we tested Y" (read by _SUCCEEDED and _EARLIER_RESULTS)
_BACK_TO_STUDY = r"(?:this|our|we|here|the\s+present|the\s+current|in\s+this|in\s+the\s+present)\b"
# The verbs that take any named study ...
_SUCCEEDS_ANY = (
    r"replac(?:es|ed|ing)|supersed(?:es|ed|ing)|succeed(?:s|ed|ing)|"
    r"follow(?:s|ed|ing)?\s+on\s+from|builds?\s+(?:up)?on|built\s+on|"
    r"(?:is|was)\s+(?:a|the)\s+(?:successor|follow[\s\-]?on)\s+(?:to|of)|successor\s+to"
)
# ... and those that say it only of a study named with "a" ("follows a pilot", "extends a
# pilot", "replicates an earlier trial"): with "the" or a registry id they name the study's
# own protocol or, for "extends" and "continues", an extension's parent (read elsewhere)
_SUCCEEDS_A = (
    r"(?:follow[\s\-]?up|sequel)\s+to|follows?|followed|extends?|extended|"
    r"replicates?|replicated|expands?\s+on"
)
_SUCCEEDED = Folded(
    rf"\b(?:(?:{_SUCCEEDS_ANY})\s+"
    r"(?:(?:NCT\d{8}|ISRCTN\d{6,}|EudraCT[\s\-]?[\d\-]+)|"
    r"(?:an?|the|our|its|that|one)\s+(?:[\w\-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|pilot|RCT|"
    r"protocol|registration)\b)|"
    rf"(?:{_SUCCEEDS_A})\s+(?:an?|one)\s+(?:[\w\-]+\s+){{0,3}}?(?:pilot|study|trial|RCT)\b)"
    r"(?:\s*\([^()]{0,40}\))?"
    r"(?:,?\s+(?:an?\s|that\b|which\b|where\b|in\s+which\b|comparing\b|testing\b|"
    r"using\b|of\b|in\b|with\b|among\b|whose\b)(?:[^.;:(),]|\.\d|\([^()]{0,40}\)|"
    # (to where the sentence turns back to the study: "Following on from NCT..., a
    # single-dose pilot, this trial compares 1.5 and 4.5 mg")
    rf",(?!\s*{_BACK_TO_STUDY}))"
    r"{0,160})?",
    re.IGNORECASE,
)
# (words one of the verbs cannot be without: a sentence with none is not searched)
_SUCCESSION_WORDS = (
    "replac",
    "supersed",
    "succe",
    "follow",
    "buil",
    "sequel",
    "extend",
    "replicat",
    "expand",
)


# A trial's own sentence that pools its people with another study's: "We then pooled the
# data with the 12 patients of the original trial (total N = 58)", "outcomes were merged
# with data from the first proof-of-concept study, giving a total of 51". The other study
# (named "original", "first", "initial": words _PRIOR leaves out, as a derived report's
# parent is "the original trial") and what the pooling came to are that study's or the
# pool's, not this trial's; the trial's own act before "with" stays (holdout348 39000013).
# Not read in a derived report, whose pooled total is its own sample.
_POOLED_WITH_OTHER = Folded(
    r"\b(?:pool(?:ed|ing)|combin(?:ed|ing)|merg(?:ed|ing))\s+(?:[\w\-]+\s+){0,4}?"
    r"(?P<other>with\s+(?:(?:the\s+)?(?:data|results|outcomes|records)\s+(?:from|of)\s+|"
    r"(?:those|that)\s+(?:of|from)\s+|(?:the\s+|all\s+)?(?:\d[\d,]*|"
    rf"{counts.NUMBER_WORDS})\s+(?:[\w\-]+\s+){{0,2}}?(?:of|from|in)\s+)"
    r"(?:the|an?)\s+(?:[\w\-]+\s+){0,2}?(?:original|initial|first|index|earlier|previous|"
    r"prior|proof[\s\-]of[\s\-]concept)\s+(?:[\w\-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|"
    r"pilots?|RCTs?|cohorts?)\b(?:[^.;()]|\.\d|\([^()]{0,60}\))*)",
    re.IGNORECASE,
)
_POOLING_WORDS = ("pool", "combin", "merg")


def _blank_pooled_other(m: re.Match[str]) -> str:
    """The pooling act kept, the other study and the pooled total blanked."""
    keep = m.start("other") - m.start()
    return m.group(0)[:keep] + " " * (m.end() - m.start("other"))


# The study's own regimen described in passing as an earlier study's: "Naltrexone 1 mg
# twice daily, the regimen of the 2017 pilot, or placebo", "4.5 mg at night, the dose used
# in a 2019 trial", "3 mg each morning, the same schedule as in a 2021 crossover study". The
# appositive names where the dose comes from; its cue ("the 2017 pilot") says nothing of
# the rest of the clause, which is the record's own regimen. Only after a comma and a dose
# word: "The 2017 pilot gave 1 mg twice daily" is the earlier study's own act.
_REGIMEN_SOURCE = Folded(
    r",\s*(?:the\s+|a\s+)?(?:same\s+|identical\s+)?(?:regimen|dose|dosage|dosing|schedule)\s+"
    r"(?:(?:as\s+)?(?:used|given|tested|studied|employed|adopted)\s+)?(?:of|in|from|as(?:\s+in)?)\s+"
    r"(?:[^.;:,()]|\.\d)*",
    re.IGNORECASE,
)


def _succeeded_in(clause: str) -> tuple[str, bool]:
    """The clause with a study it comes after (``_SUCCEEDED``) blanked, and whether that
    study and its description fill the clause to its end. Filled, the clause is all about
    the other study ("It builds on a pilot where patients on stimulants took 1 mg"), read
    as earlier work whole; else the cues in that study's description ("the earlier pilot")
    say nothing of the rest, the record's own act ("... by randomising 90 adults")."""
    if not any(w in clause.lower() for w in _SUCCESSION_WORDS):
        return clause, False
    filled = False

    def blank(m: re.Match[str]) -> str:
        nonlocal filled
        filled = filled or not clause[m.end() :].strip(" ,;.")
        return " " * len(m.group(0))

    return _SUCCEEDED.sub(blank, clause), filled


# Work named as what motivated this study is cited work, whatever words name it: "Earlier
# open-label work with X 4.5 mg ..., and a pilot of X added to Y, motivated the present
# trial of Z", "experience with X 3 mg informed the design of this study", "This trial was
# prompted by a pilot of X 4.5 mg added to W" (the drugs and doses of that work are not
# this study's arms). Read by structure: the subject of a motivating verb whose object is
# the study itself (blanked from the clause's start to the verb), or the agent of the
# passive whose subject is the study (blanked from "by" to the clause's end). The study's
# own description in the object ("motivated this trial of X 4.5 mg") is kept.
_STUDY_ITSELF = (
    r"(?:the\s+design\s+of\s+)?(?:the\s+)?(?:present|this|our|current)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|trials?|pilot|RCT|work|investigation|analysis|experiment|project)\b"
)
_MOTIVE_VERB = (
    r"(?:motivated|prompted|inspired|informed|triggered|spurred|led\s+to|gave\s+rise\s+to|"
    r"paved\s+the\s+way\s+for|(?:provided|formed|(?:was|were)|offered)\s+(?:the\s+|a\s+)?"
    r"(?:rationale|basis|impetus|motivation|starting\s+point)\s+for)"
)
_MOTIVATED = Folded(
    # active: the motivating work is the clause's subject, up to its verb
    rf"^(?:[^;:.]|\.\d)*?\b{_MOTIVE_VERB}(?=\s+{_STUDY_ITSELF})|"
    # passive: the study was motivated by the work, to the clause's end
    rf"{_STUDY_ITSELF}\s+(?:was|is|were)\s+(?:\w+ly\s+)?(?:motivated|prompted|inspired|"
    r"informed|triggered|spurred)\s+(?P<agent>by\b(?:[^;:.]|\.\d)*)",
    re.IGNORECASE,
)


def _blank_motive(m: re.Match[str]) -> str:
    """A ``_MOTIVATED`` match blanked: the passive's agent only, else the whole subject."""
    if m.group("agent") is None:
        return " " * len(m.group(0))
    a, b = m.span("agent")
    return m.group(0)[: a - m.start()] + " " * (b - a)


_MOTIVE_WORDS = (
    "motivat",
    "prompt",
    "inspir",
    "inform",
    "trigger",
    "spurr",
    "led to",
    "rise to",
    "way for",
    "rationale",
    "basis",
    "impetus",
    "starting point",
)
# the other work a drug drew interest from, said after it: "LDN attracted interest after
# small trials in fibromyalgia and a pilot trial in depression", "gained attention following
# open-label studies in ...", "drew interest from case series in ..." (the work named is
# other studies; blanked from the cue to the clause's end)
_INTEREST_FROM_WORK = Folded(
    r"\b(?:attracted|drew|drawn|gained|received|generated|won|garnered)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:interest|attention|popularity)\s+(?P<work>(?:after|following|from|because\s+of|"
    r"on\s+the\s+(?:strength|basis)\s+of)\s+(?=(?:[^;:.]|\.\d)*?\b(?:trials?|stud(?:y|ies)|"
    r"pilots?|reports?|series|RCTs?|experience)\b)(?:[^;:.]|\.\d)*)",
    re.IGNORECASE,
)


# A reason the study gives for its own choice of dose, in a clause of its own: "Because
# standard-dose X is poorly tolerated and X 4.5 mg may be too weak, we tested an
# intermediate dose", "We chose 12.5 mg since 4.5 mg had seemed too weak", "Given that
# 4.5 mg often fails, this trial used 9 mg". The reason is the study's motivation: a dose
# named there is the one it moved away from (or its basis), not one its people receive.
# Read by structure: a reason clause (a conjunction of reason and a finite verb) beside a
# main clause that is the study's own act and names its own dose ("a dose", "12.5 mg");
# the reason clause alone is blanked, so a dose the main clause names stays the study's.
# "since" of time gives no reason: "taking an SSRI since at least eight weeks", "on
# sertraline since 2021", "depressed since childhood" say how long, and what follows them is
# the study's own sentence, not a motive (holdout219 24500001)
_SINCE_OF_TIME = (
    r"(?!\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|more\s+than|over|about|"
    r"approximately|the\s+(?:past|last|first))\s+)?(?:\d|(?:"
    + counts.NUMBER_WORD
    + r"|several|many|a\s+few|then|childhood|adolescence|youth|birth|diagnosis|onset|baseline|"
    r"enrol+ment|admission|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|(?:years?|months?|weeks?)\b)\b))"
)
_SINCE = rf"since{_SINCE_OF_TIME}"
_REASON_CONJ = rf"(?:because|{_SINCE}|as|given\s+that|in\s+view\s+of\s+the\s+fact\s+that)"
_REASON_CONJ_AFTER = rf"(?:because|{_SINCE}|given\s+that|in\s+view\s+of\s+the\s+fact\s+that)"
_REASON_VERB = (
    r"\b(?:is|are|was|were|be|been|may|might|can|could|would|has|have|had|seems?|seemed|"
    r"appears?|appeared|remains?|remained|fails?|failed|lacks?|lacked|causes?|caused)\b"
)
_STUDY_ACT = (
    r"(?:we|this\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|pilot)|the\s+(?:present|current)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:study|trial|pilot)|our\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|pilot))\b"
)
_OWN_DOSE = r"(?:\d\s*(?:mg|mcg|µg|micrograms?)\b|\bdos(?:e|es|ing|age)\b|\bregimen\b)"
# what a reason clause told after the main clause runs over: not past a spaced dash or a
# bracket it did not open, where an aside that holds it closes and the main clause goes on
# ("on a regimen we classed as dopaminergic - bupropion >= 300 mg/day or sertraline >= 150
# mg/day, the last included because of its dopaminergic action at high doses - were
# randomised to X 1 mg twice daily": the reason is the aside's; the verb after it and the
# dose it names are the study's own). A hyphen or dash inside a word or a range goes on
# ("dopamine-reuptake", "1-2 mg"), as does a bracket the clause opens and closes.
_IN_ASIDE = r"(?:[^;()\-\u2013\u2014]|\([^()]*\)|[\-\u2013\u2014](?!\s)|(?<!\s)[\-\u2013\u2014])"
_REASON_CLAUSE = Folded(
    # fronted: "Because ..., we tested an intermediate dose"
    rf"^\s*{_REASON_CONJ}\s+(?P<front>[^;]*?{_REASON_VERB}[^;]*?),\s*"
    rf"(?={_STUDY_ACT}(?:[^;.]|\.\d)*?{_OWN_DOSE})|"
    # after the main clause: "we tested 12.5 mg because 4.5 mg may be too weak"
    # ("as" only fronted: after a clause it is mostly a comparison, "1.5 mg as well as 4.5 mg")
    rf"\b{_STUDY_ACT}[^;]*?{_OWN_DOSE}[^;]*?,?\s+{_REASON_CONJ_AFTER}\s+"
    rf"(?P<back>{_IN_ASIDE}*?{_REASON_VERB}{_IN_ASIDE}*)",
    re.IGNORECASE,
)
_REASON_WORDS = ("because", "since", "as ", "given that", "in view of")


def _blank_reason(m: re.Match[str]) -> str:
    """A ``_REASON_CLAUSE`` match with its reason clause blanked, the main clause kept."""
    part = "front" if m.group("front") is not None else "back"
    a, b = m.start(part) - m.start(), m.end(part) - m.start()
    return m.group(0)[:a] + " " * (b - a) + m.group(0)[b:]


# Earlier work's results named as the lead-in to the study's own act: "After encouraging
# results with X as an adjunct to Y in open studies, we tested Z", "Building on findings
# with X, we examined ...", "Given the results of X trials, this trial compares ...",
# "Encouraged by reports of X in pain, our group randomised ...". Read by structure: an
# opening phrase (a preposition or participle of sequence or reason, then results,
# findings, reports, experience or evidence of something) that runs to the comma where the
# main clause starts with the study itself ("we", "this trial", "our", "here"). The phrase
# names what came before; its drugs and doses are not the study's arms. A phrase about the
# study's own results ("Given the results of this trial, we recommend ...") is not one.
# (anchored at the sentence's start, so a plain pattern: ``match`` tries one position)
_EARLIER_RESULTS = re.compile(
    r"^\s*(?:(?:however|moreover|thus|therefore|accordingly|hence|then|now),?\s+)?"
    r"(?:after|following|given|in\s+(?:light|view)\s+of|on\s+the\s+basis\s+of|based\s+on|"
    r"building\s+(?:up)?on|encouraged\s+by|prompted\s+by|motivated\s+by|inspired\s+by|"
    r"in\s+response\s+to|guided\s+by)\s+"
    r"(?:(?:the|some|several|recent|early|earlier|initial|preliminary|previous|prior|positive|"
    r"promising|encouraging|favou?rable|mixed|published|reported|such|these|those|its|their)\s+)*"
    r"(?:[\w\-]+\s+)?(?:results?|findings?|reports?|experiences?|evidence|data|success(?:es)?|"
    r"signals?|observations?|outcomes?)\s+(?:with|of|from|on|for|in|using|that|showing|"
    r"suggesting|about|regarding)\b"
    rf"(?P<body>(?:[^;:,]|,(?!\s*{_BACK_TO_STUDY}))*),(?=\s*{_BACK_TO_STUDY})",
    re.IGNORECASE,
)
_EARLIER_RESULTS_WORDS = (
    "result",
    "finding",
    "report",
    "experience",
    "evidence",
    "data",
    "success",
    "signal",
    "observation",
    "outcome",
)
# the phrase speaks of the study itself: "Given the results of this trial, ..."
_OWN_RESULTS = re.compile(r"\b(?:this|our|the\s+present|the\s+current)\b", re.IGNORECASE)


def _blank_earlier_results(text: str) -> str:
    """``text`` with an opening ``_EARLIER_RESULTS`` phrase blanked (same length)."""
    m = _EARLIER_RESULTS.match(text)
    if m is None or _OWN_RESULTS.search(m.group(0)):
        return text
    return " " * m.end() + text[m.end() :]


# A drug named as the model the study follows, not as what it gives: "By analogy with
# low-dose X, we tested an ultra-low-dose infusion of Y", "Y, modelled on low-dose X, was
# infused", "analogous to X, we gave Y". The phrase from the analogy word to the end of
# its clause (a comma, a semicolon, a bracket or the sentence's end) names the model; the
# drug there is a point of reference (CONTRACT.md: a study is on-topic only if its
# participants receive LDN), so it is blanked like another study. Only words that say
# "model" (not "like" or "similar to": "SSRIs like sertraline" names what people took).
_ANALOGY = Folded(
    r"\b(?:(?:by|in)\s+analogy\s+(?:with|to)|analogous(?:ly)?\s+to|on\s+the\s+(?:model|"
    r"analogy|pattern)\s+of|(?:model(?:l)?ed|patterned)\s+(?:on(?!\s+(?:the\s+)?basis\b)|after)|"
    # ("modeled after LDN protocols", "Inspired by low-dose naltrexone, ...", "following the
    # rationale of LDN": the same model in other words; "inspired by" only where it opens
    # its clause: "a trial inspired by fibromyalgia practice randomised 60" gives the drug)
    r"(?<![\w\-] )(?<![\w\-])(?:directly\s+)?inspired\s+by|(?:following|after)\s+the\s+(?:example|model|rationale)\s+of|"
    r"taking\s+(?:a|our|its)\s+cue\s+from|"
    # another drug's rationale or mechanism set beside the drug's: "the rationale parallels
    # that of LDN", "a mechanism akin to that of low-dose naltrexone" ("that/those of" is
    # required: "benefit paralleled the fall in CRP" compares no drug)
    r"(?:parallel(?:s|ed|ing)?|mirror(?:s|ed|ing)?|resembl(?:es?|ed|ing)|echo(?:es|ed|ing)?)"
    r"\s+(?:that|those)\s+of|(?:akin|similar|comparable|analogous)\s+to\s+(?:that|those)\s+of)"
    r"\s(?:[^.;:,()]|\.\d|\([^()]{0,40}\))*",
    re.IGNORECASE,
)
_ANALOGY_WORDS = (
    "analog",
    "model",
    "pattern",
    "example of",
    "cue from",
    "inspired",
    "rationale of",
    "that of",
    "those of",
)


# In a review, sentences about the literature describe the included studies, not the
# review: "five trials were included", "doses ranged from 1 to 4.5 mg"
_LITERATURE = Folded(
    r"\b(?:trials?|stud(?:y|ies)|RCTs?|case (?:reports?|series)|reports?|evidence|literature|"
    r"included|publications?|published|data|cohorts?|pilots?)\b|"
    r"\bdos(?:es|ages|ing)\b[^.;]{0,30}\b(?:ranged|varied|differed)\b",
    re.IGNORECASE,
)
# the abstract's conclusion, when it is not labelled
_CONCLUSION_CUE = Folded(
    r"\b(?:suggest\w*|conclu\w*|show\w*|indicat\w*|demonstrat\w*|support\w*|may|appears?|"
    r"findings|results|data|evidence)\b",
    re.IGNORECASE,
)
_LIMITATION = Folded(r"^(?:small study|limitations?)\b", re.IGNORECASE)
# a report derived from another study's data: secondary, post-hoc, subgroup, extension
# an open-label phase of a randomised trial reported on its own: treatment after its
# blinded phase, told without the word "extension": "Twelve months of open-label X after a randomised trial", "open-label X
# following the double-blind phase of a trial" (an open-label extension of that trial)
_OPEN_AFTER_BLIND = (
    r"(?:\b(?:\d+|[a-z]+(?:-[a-z]+)?)[\s\-]+(?:weeks?|months?|years?)\s+of\s+)?"
    r"\bopen[\s\-]label\s+(?:[\w\-]+\s+){0,4}?(?:after|following)\s+(?:an?|the)\s+"
    r"(?:[\w\-]+,?\s+){0,3}?(?:randomi[sz]ed|double[\s\-]blind(?:ed)?|blinded|"
    r"placebo[\s\-]controlled)(?:,?\s+[\w\-]+){0,3}?\s+(?:trials?|RCTs?|stud(?:y|ies)|phases?|"
    r"periods?)\b|"
    # ... or before it, reported on its own: "Open-label lead-in phase of a randomised
    # withdrawal trial" (the randomised phase after it is the trial's, not the report's)
    r"\bopen[\s\-]label\s+(?:lead[\s\-]in|run[\s\-]in)(?:\s+(?:phase|period|stage))?\s+of\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+,?\s+){0,5}?(?:trials?|RCTs?|stud(?:y|ies))\b"
)
# what a record reports, named as the extension of a trial: "results of the extension of a
# randomised dose-comparison trial"
_RESULTS_OF_EXTENSION = (
    r"\b(?:results?|findings|outcomes?|data)\s+(?:of|from)\s+the\s+(?:extension|continuation)\s+"
    r"(?:phase\s+|study\s+)?of\s+(?:a|an|the|our)\s+(?:[\w\-]+\s+){0,4}?(?:trial|RCT)\b"
)
_DERIVED = Folded(
    r"\b(?:secondary|post[\s\-]?hoc|exploratory|ancillary|subgroup|sub-study|substudy|"
    r"follow[\s\-]?up|biomarker|mediation|moderator|moderation|responder|re-?)\s*analys[ie]s\b|"
    # ... with the analysis's own kind between: "a post hoc pharmacometric analysis", "this
    # post hoc exposure-response analysis", "...: post hoc population PK analysis"
    # (as what the record is, after an article or a subtitle's colon: a trial's own "Post hoc
    # sensitivity analyses excluded ..." are parts of it)
    r"(?:[:\u2014\u2013]\s*|\b(?:an?|this|our|the\s+present)\s+)post[\s\-]?hoc\s+"
    r"(?:[\w\-]+\s+){1,2}?analys[ie]s\b|"
    r"\bsub-?study\b|"
    # a part of a trial's people reported on its own: "SNRI subgroup of the X trial", "the
    # older-adult subsample of a randomised trial"
    r"\b(?:[\w\-]+\s+)?sub-?(?:group|sample|set)\s+of\s+(?:an?|the|our)\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:trial|RCT)\b|"
    # ... or its findings so reported: "subgroup findings from the X trial", "subsample
    # results of a randomised trial"
    r"\b(?:[\w\-]+\s+)?sub-?(?:group|sample|set)\s+(?:findings|results|outcomes|data)\s+"
    r"(?:from|of|in)\s+(?:(?:an?|the|our)\s+(?:[\w\-]+\s+){0,5}?(?:trial|RCT)\b|"
    # ... the trial named by its name alone: "prespecified subgroup results from DAWN-LDN",
    # "subsample findings of NALT-2" (a name is one word, hyphened or with a digit; not a
    # compound of treatment or time, "subgroup results of low-dose ...", nor "in COVID-19")
    r"(?<!\bin )(?:the\s+)?(?!(?:low|high|long|short|open|double|single|placebo|treatment|"
    r"covid|sars)-)[a-z]+(?:\d[a-z0-9]*|(?:-[a-z0-9]+)+)(?![\w\-]))|"
    # a study that by its name hangs on a parent trial: "an ancillary actigraphy study", "a
    # companion imaging study"
    r"\b(?:ancillary|companion)\s+(?:[\w\-]+\s+)?(?:sub-?)?stud(?:y|ies)\b|"
    # a trial's secondary outcomes reported on their own, in the people who gave them:
    # "...: secondary outcomes of the LoDoSE trial", "secondary endpoints from a randomised
    # trial" (a trial's own "primary and secondary outcomes" are parts of it: ``_PART_OF``)
    r"\bsecondary\s+(?:[\w\-]+\s+)?(?:outcomes?|end[\s\-]?points?)\s+(?:of|from|in)\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+\s+){0,5}?(?:trial|RCT)\b|"
    # (an interim analysis is the trial reporting on itself, not a report derived from it)
    r"\banaly[sz](?:is|es|ed)(?<!interim analy[sz][ie][sd])\s+of\s+(?:data\s+from\s+)?(?:an?|the|our)\s+"
    r"(?:\w+[\s\-]+){0,5}?(?:trial|RCT|study)\b|"
    # ... or of some of its people, as what the record is (after a subtitle's colon): "...:
    # analysis of participants with clinically significant depression in a randomized trial"
    r"[:\u2014\u2013]\s*(?:an?\s+)?analys[ie]s\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:participants|patients|people|adults|subjects|women|men|individuals)\b[^.;:]{0,80}?"
    r"\b(?:in|from|of)\s+(?:an?|the|our)\s+(?:[\w\-]+[\s,]+){0,5}?(?:trial|RCT)\b|"
    # a study of its own kind run on a trial's people: "a biomarker study from the X
    # randomized trial", "economic evaluation alongside the Y trial"
    # ... or said without naming its kind: "alongside a randomised trial of 160 adults, costs
    # were collected for 34" (a trial's own report does not run alongside itself)
    r"\b(?:alongside|nested\s+(?:in|within))\s+(?:an?|the|our)\s+(?:[\w\-]+[\s,]+){0,4}?(?:trial|RCT)\b|"
    r"\b(?:biomarker|mechanistic|imaging|neuroimaging|genetic|pharmacogenetic|"
    r"pharmacokinetic|economic|cost[\s\-](?:effectiveness|utility|benefit))\s+"
    r"(?:sub-?)?(?:study|evaluation|analys[ie]s)\s+(?:from|of|within|alongside|in)\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+\s+){0,5}?(?:trial|RCT)\b|"
    # ... or said as run inside one trial, whatever it is called, as what the record is (a
    # title's subtitle, "this ..."): "...: a within-trial economic evaluation of NALTRO-AUG",
    # "this trial-based cost-utility analysis" (a trial's own report "with a within-trial
    # economic evaluation" or "also conducted" one is still the trial's report)
    r"(?:[:\u2014\u2013]\s*(?:an?\s+)?|\b(?:this|our|the\s+present)\s+)"
    r"(?:(?:within|in)-trial|within\s+trial|trial[\s\-]based)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:evaluation|analys[ie]s|study)\b|"
    rf"{_OPEN_AFTER_BLIND}|"
    r"\bopen[\s\-]label\s+(?:extension|continuation|follow[\s\-]?up)\b|"
    r"\blong[\s\-]term\s+(?:extension|continuation)\b|"
    r"\b(?:extension|continuation)\s+(?:phase|study|period|trial)\b|"
    # the record's kind as a qualifier led by a colon: "Extension: LDN in depression"
    r"\b(?:extension|continuation)(?=\s*:)|"
    rf"{_RESULTS_OF_EXTENSION}|"
    # "52-week extension", "a six-month extension" (the length names the extension itself)
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)[\s\-]+(?:weeks?|months?|years?)[\s\-]+extension\b|"
    r"\bdata\s+from\s+(?:an?|the|our)\s+(?:\w+[\s\-]+){0,5}?(?:trial|RCT)\b|"
    # a later follow-up of a trial's people: "naturalistic follow-up after an open-label trial"
    r"\bfollow[\s\-]?up\s+(?:study\s+)?(?:of|after|following)\s+(?:an?|the|our)\s+"
    r"(?:[\w\-]+\s+){0,5}?(?:trial|RCT|pilot)\b|"
    # ... or of the people who were in it: "longer-term outcomes of adolescents who took
    # part in an open-label trial", "follow-up of patients previously randomised in the RCT"
    r"\b(?:outcomes?|follow[\s\-]?up)\s+of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:patients|participants|adults|adolescents|children|women|men|people|individuals|"
    r"veterans)\s+(?:who\s+(?:had\s+)?(?:took|taken|participated|were\s+enrol+ed|"
    r"were\s+randomi[sz]ed)|previously\s+(?:enrol+ed|randomi[sz]ed))\b(?:\s+part)?\s+in\s+"
    r"(?:an?|the|our)\s+(?:[\w\-]+\s+){0,5}?(?:trial|RCT)\b",
    re.IGNORECASE,
)
# a study nested in a trial collects its own data from some of the trial's people:
# "Qualitative study with semi-structured interviews, nested within the X randomised trial"
_NESTED = Folded(
    r"\b(?:stud(?:y|ies)|sub-?study|evaluation|interviews?)\b[^.;]{0,60}?\b(?:nested|embedded)\s+"
    r"(?:with)?in\s+(?:an?|the|our|this)\s+(?:[\w\-]+\s+){0,6}?(?:trial|RCT)\b",
    re.IGNORECASE,
)
# an allocation told as the host trial's, in a study drawn from its people: "they had been
# randomised to X or placebo in the parent trial", "randomly allocated to X 3 mg or placebo
# within the main trial", "assigned to X or placebo by the host trial" (where the people
# came from, not what the record itself assigned)
HOST_ALLOCATION = Folded(
    # (said of the people, in one clause: "We randomised 60 adults to X, the dose chosen in
    # the parent trial" is the record's own allocation)
    r"\b(?:were|was|been)\s+(?:\w+ly\s+)?(?:randomi[sz]ed|assigned|allocated)\b"
    r"(?:[^.;,]|\.\d){0,120}?\b(?:in|within|by|during)\s+(?:the|its|their)\s+"
    r"(?:parent|host|main|original|index|source)\s+(?:[\w\-]+\s+){0,2}?(?:trial|study|RCT)\b",
    re.IGNORECASE,
)
# the parent trial a derived report re-analyses
_PARENT = Folded(
    r"\b(?:parent|original|primary|main|index|source)\s+(?:\w+\s+)?(?:trial|study|RCT)\b|"
    r"\bthis\s+(?:\w+\s+)?(?:analysis|extension)\b",
    re.IGNORECASE,
)
# A record that reanalyses one trial's data, as its title says ("A Bayesian reanalysis of
# the randomised pilot of X", "re-analysis of the 2017 trial"): it has no people of its own
# but the trial's, so the trial it reanalyses is its own however cited, by its year too
# ("The 2017 proof-of-concept trial randomised 12 adults ..."), and so is its reanalysis of
# the trial's published data ("We reanalysed its published summary data for the 12
# participants"). CONTRACT.md: a derived report has its parent's design and its own
# analysed sample.
_REANALYSIS_OF_ONE = Folded(
    r"\bre-?analys[ie]s\s+of\s+(?:the|a|an|our|its)\s+(?:[\w\-]+\s+){0,4}?(?:trial|pilot|RCT)\b"
    r"(?!\s*s\b)",
    re.IGNORECASE,
)
_WE_REANALYSED = Folded(
    r"\bwe\s+(?:\w+ly\s+)?re-?(?:analy[sz]ed|examined|evaluated|assessed|modell?ed)\b",
    re.IGNORECASE,
)
_YEAR_NAMED_PARENT = Folded(
    r"^\W*the\s+[12][09]\d\d\s+(?:[\w\-]+\s+){0,3}?(?:trial|pilot|RCT)\b",
    re.IGNORECASE,
)
# a trial named as a definite one: "the SEROLDN trial", "our randomised trial", "this
# placebo-controlled RCT" (not "a previous trial", which is someone's earlier work)
_DEFINITE_TRIAL = Folded(
    r"\b(?:the|our|this|its)\s+(?:[\w\-]+\s+){0,4}?(?:trial|RCT)\b|"
    # (or one trial named by its registration: "A randomized pilot trial (NCT06277015)
    # added ...", holdout809 52206430)
    r"\b(?:trial|RCT)\s*\(\s*(?:NCT|ISRCTN|ACTRN|ChiCTR|DRKS|EudraCT|CTRI)",
    re.IGNORECASE,
)
# the derived report speaking of its own work: "in this secondary analysis", "we examined"
_THIS_REPORT = Folded(
    r"\b(?:this|the\s+present|our)\s+(?:[\w\-]+\s+){0,3}?(?:analys[ie]s|report|sub-?study|"
    r"study)\b|\bwe\s+(?:\w+ly\s+)?(?:examined|analy[sz]ed|re-?analy[sz]ed|studied|"
    r"compared|assessed|tested|explored|investigated|included|selected)\b",
    re.IGNORECASE,
)
# the report's own act, opening the sentence after the one that sets up its trial: "Here
# we examine", "Here, we report", "We now analyse", "In this secondary analysis, we ...",
# "This post hoc analysis explores ..."; or its taking its own sample from that trial:
# "This post-hoc analysis included the 38 participants whose ...", "We analysed the 57
# participants taking escitalopram", "We selected all 40 patients with ..." (the people
# it keeps are the trial's people, so the trial told just before is its parent)
OWN_ACT_OPENS = re.compile(
    r"^\s*(?:here,?\s+we|we\s+(?:here|now)\b|"
    # ... or the report's own question put straight after its trial: "We examined whether
    # baseline inflammation moderated the response", "We explored whether ..."
    r"we\s+(?:examined|explored|investigated|assessed|tested|evaluated|analy[sz]ed|asked)\s+"
    r"(?:whether|if|how|which|the\s+(?:role|effect|moderat\w*|associations?)\b)|"
    r"in\s+(?:this|the\s+present|the\s+current)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:analysis|analyses|report|study|paper|article|sub-?study),?\s+we\b|"
    r"(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:analysis|report|sub-?study)\s+"
    r"(?:examin|explor|investigat|assess|test|report|evaluat|describ|analy[sz])\w*|"
    r"(?:(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:analysis|sub-?study)|we)\s+"
    r"(?:(?:re-?)?analy[sz]ed|included|selected|used\s+data\s+(?:from|on|of))\s+"
    r"(?:the\s+|all\s+|those\s+|data\s+(?:from|on|of)\s+(?:the\s+)?)*"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{counts.PEOPLE})\b)",
    re.I,
)
_TRIAL_NOUN = re.compile(r"\b(?:trial|RCT)\b", re.I)
# a trial's name: a word with two capitals ("SEROLDN", "ADD-LDN", "NALT-D", "CoLDN")
_TRIAL_ACRONYM = re.compile(r"[\w\-]*[A-Z][\w\-]*[A-Z][\w\-]*")
# A background section's sentence in which the authors tell what this study did, in the
# first person (done, or to be done in a protocol): "We tested two low doses of X added
# to Y in <the condition>", "Here we compared X 1 mg and 3 mg in ...", "In this trial, we
# randomised ...", "This randomised trial tested ...". It speaks for the study (its
# people, its doses, its co-medication), not for the field. Not where it tells the
# authors' earlier work ("We previously tested ...", "we have shown", "in our pilot we
# gave ...", "in 2019 we tested ..."), which stays background.
_WE_DID_HERE = Folded(
    r"^\s*(?:(?:here|now|in\s+(?:this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:study|trial|report|paper|RCT)),?\s+)?(?:we|(?:this|the\s+present|the\s+current)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:study|trial|RCT))\s+(?:then\s+|will\s+)?(?:tested|test|"
    r"evaluate|compare|randomi[sz]e|evaluated|compared|randomi[sz]ed|examined|investigated|"
    r"assessed|studied|trialled|trialed|conducted|performed|enrolled|recruited|report|"
    r"present|describe|"
    # (or doing it still, as an interim report says: "We are comparing 1 mg and 4.5 mg")
    r"(?:are|is)\s+(?:now\s+|currently\s+)?(?:comparing|testing|evaluating|randomi[sz]ing|"
    r"examining|investigating|assessing|studying|conducting|recruiting|enrol+ing))\b",
    re.IGNORECASE,
)
_WE_DID_HERE_BEFORE = Folded(
    r"\b(?:previous\w*|prior|earlier|formerly|already|before|pilot|last|recently|"
    # (a year, unless the edition of the criteria the people were selected by: "(ACR
    # 2016)", "the 2010 ACR criteria", "ACR 2010/2016")
    r"(?<!ACR )(?<!ACR-)(?<!EULAR )(?<!/)(?:19|20)\d\d(?!/(?:19|20)\d\d)"
    r"(?!\s+(?:(?:ACR|EULAR|revised|[A-Z]{2,6}/[A-Z]{2,6})\s+)?(?:criteria|classification|"
    r"diagnostic))|"
    # (the authors' own earlier work: "we have shown", "this has been tested"; not the
    # people's history, "patients whose depression has not responded")
    r"(?<=\bwe\s)(?:have|had)|(?:have|had|has)\s+(?:already\s+|previously\s+|also\s+)?"
    r"(?:been\s+)?(?:shown|tested|reported|found|demonstrated|published|studied|examined|"
    r"evaluated|described|compared|observed|treated|used|given|conducted|completed))\b",
    re.IGNORECASE,
)
# ... said as the one it derives from: "the parent trial", "the main double-blind study"
# ("original" is left out: "the original pilot" is as often the earlier work it follows)
_THE_PARENT = Folded(
    r"\b(?:the|its)\s+(?:parent|main|index|source)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:trial|study|RCT)\b",
    re.IGNORECASE,
)
# ... or as the authors' own earlier report of the trial the record re-analyses: "We
# previously reported that X improved ... in a randomised trial (n=64). Here we examine
# ...", "In our earlier placebo-controlled trial, X ...", "our RCT showed". First person
# only: "Smith et al. reported", "a previous trial found" cite someone else's trial. A
# trial word is needed (the parent is a trial; "we previously reported a case" is not it).
_OUR_TRIAL = Folded(
    r"\b(?:we|our\s+group)\s+(?:have\s+|had\s+)?(?:previously|recently|earlier|already|first)\s+"
    r"(?:reported|showed|shown|demonstrated|found|published|described)\b(?:[^.]|\.(?=\d))*?"
    r"\b(?:trial|RCT|randomi[sz]ed)\b|"
    r"\b(?:we|our\s+group)\s+(?:have\s+|had\s+)?(?:reported|showed|shown|demonstrated|found|"
    r"published)\s+(?:previously|earlier|recently|elsewhere)\b(?:[^.]|\.(?=\d))*?"
    r"\b(?:trial|RCT|randomi[sz]ed)\b|"
    r"\bour\s+(?:(?:previous|earlier|recent|prior|original|published|own)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:trial|RCT)\b|"
    # ... or the trial told first and "we" after it: "In a previously reported randomized
    # trial of X versus placebo in 118 women with fibromyalgia, we found ..." (the trial
    # whose findings are the authors' own)
    r"\b(?:in|from)\s+(?:a|an|the)\s+(?:previously|recently|earlier)\s+(?:reported|"
    r"published|described)\s+(?:[^.;]|\.(?=\d))*?\b(?:trial|RCT)\b(?:[^.;]|\.(?=\d))*?,\s*"
    r"we\s+(?:\w+\s+)?(?:found|showed|observed|reported|demonstrated|saw)\b",
    re.IGNORECASE,
)
# "this/the present/our ..." right before a phrase: the record speaking of itself
_THIS = Folded(
    r"\b(?:this|the present|the current|our|we (?:conducted|performed|report|present|carried out)"
    r"(?: an?)?)\s+(?:[\w\-]+\s+){0,2}$|"
    # ... or saying what it is with a copula, as a sentence of its own past the opening: "This
    # was a pre-specified secondary analysis", "The present report is an exploratory post hoc
    # analysis" (not a part named after the record's kind: "This was a trial with secondary
    # analyses")
    r"^\W*(?:this|the\s+present|the\s+current)\s+(?:(?:study|report|paper|article|work|"
    r"analysis)\s+)?(?:is|was)\s+(?:an?\s+)?"
    r"(?:(?!(?:with|and|plus|including|followed|then|into|of|in|trial|RCT|study)\b)[\w\-]+,?\s+){0,3}$",
    re.IGNORECASE,
)
# what comes before a derived phrase that names the record itself
_INTRODUCED = re.compile(
    # "...: 24-week open-label extension of", "Six-Month Open-Label Extension of"
    # ("...: the open-label extension of the X trial", "... - the long-term extension of":
    # a subtitle naming the record with its article is the record all the same)
    r"(?:(?:^\s*|(?:[:?\u2014\u2013]|\s-)\s*)"
    # (a subtitle reporting it: "...: results of the 40-week open-label extension of X",
    # "...: findings from the open-label extension phase")
    r"(?:(?:final\s+|main\s+|primary\s+|interim\s+|long[\s\-]term\s+)?(?:results?|findings|"
    r"outcomes?|report|data)\s+(?:of|from)\s+)?(?:the\s+)?"
    # (the trial's name before it, in capitals: "...: the LUMEN open-label extension",
    # "... - the NALT-2 long-term extension")
    # (... and one word for what its substudy measures: "...: the MORROW biomarker
    # substudy", "...: the NALT-2 imaging sub-study")
    r"(?:(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\s+(?:[a-z][a-z\-]+\s+)?)?"
    r"(?:(?:[\w]+[\s\-]+(?:[\w]+[\s\-]+)?(?:weeks?|months?|years?|days?)|long[\s\-]term|"
    r"pre[\s\-]?specified|planned|prospective|extended|naturalistic|observational|blinded|"
    # (how the follow-up was done, as a compound: "...: registry-linked follow-up of the X
    # trial", "...: register-based follow-up of")
    r"[^\W_]+-(?:linked|based)|"
    # (derived words stacked: "Post hoc, exploratory analysis of", "Secondary subgroup
    # analysis of")
    r"post[\s\-]?hoc|secondary|exploratory|ancillary|unplanned|"
    r"double[\s\-]blind)[\s,]+){0,2}|"
    r"\b(?:a|an|this|the present|the current|our|is a|in a|in this|"
    r"report(?:s|ing)? a|conducted a|performed a|present a)\s+(?:[\w\-]+[\s,]+){0,3}?)"
    # the phrase with what it is of joined on by a hyphen, as a compound: "a post hoc
    # age-subgroup analysis", "a prespecified CRP-subgroup analysis", "an fMRI-substudy"
    r"(?:[^\W_]+-)?$",
    re.IGNORECASE,
)
# ... and what makes it the subject of a finding cited: "... reported that", "... of X
# showed", "... in the trial found"
_CITED_AFTER = re.compile(
    r"(?:\s+(?:of|from|in|to)\s+[^.;,()]{0,60}?)?\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?"
    r"(?:reported|showed|shown|found|suggested|demonstrated|indicated|concluded)\b",
    re.IGNORECASE,
)
# ... and what makes it a part of a larger study instead
_PART_OF = re.compile(
    r"\b(?:with|followed by|and|plus|including|then|into)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# derived phrases that need an introduction ("secondary analyses" alone is a part)
_QUALIFIED = re.compile(
    r"(?:secondary|post|exploratory|ancillary|sub|follow|biomarker|mediation|moderat|responder|"
    r"re-?analys|pooled|combined|integrated|joint|open|long|extension|continuation)",
    re.IGNORECASE,
)
_EXTENSION = Folded(
    rf"{_OPEN_AFTER_BLIND}|"
    r"\b(?:open[\s\-]label|long[\s\-]term)\s+(?:\w+[\s\-]+){0,2}?extension\b|"
    r"\bopen[\s\-]label\s+(?:continuation|follow[\s\-]?up)\b|"
    rf"{_RESULTS_OF_EXTENSION}|"
    # an extension named by its length ("24-week extension of the X trial"), unless blinded
    r"(?<!blind )(?<!blinded )(?<!randomised )(?<!randomized )"
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)[\s\-]+(?:weeks?|months?|years?)[\s\-]+extension\b|"
    # (a blinded, still randomised continuation keeps its parent's design: CONTRACT.md)
    # ... or as the qualifier a colon leads with, naming what the record is: "Extension
    # study: X in depression", "Continuation: X ..." (not "extension study" elsewhere: "this
    # replication and extension study of a previous trial" extends the science, not a trial)
    r"(?<!blinded )(?<!blind )(?<!randomi[sz]ed )\b(?:extension|continuation)"
    r"(?:\s+(?:phase|period)\b|(?:\s+(?:study|trial))?(?=\s*:))",
    re.IGNORECASE,
)
# a continuation that keeps its parent's blind and randomised allocation is that trial
# going on, not an open-label extension (CONTRACT.md: a derived report has its parent's
# design): "Responders continued their randomised allocation under double-blind
# conditions", "a 24-week double-blind continuation phase", "participants remained on
# their randomised treatment and the blind was maintained", "continued blinded treatment
# for a further 26 weeks", "a randomised, placebo-controlled maintenance phase". A record
# that calls anything open-label keeps the extension reading.
_STILL_BLIND = Folded(
    r"\b(?:double[\s\-]blind(?:ed)?|blind(?:ed)?|placebo[\s\-]controlled)\s+(?:[\w\-]+\s+)?"
    r"(?:continuation|maintenance|extension)\s+(?:phase|period|stage|study|trial)\b|"
    r"\bcontinu\w*\s+(?:on\s+|with\s+)?(?:their|the)\s+(?:originally\s+)?(?:randomi[sz]ed|"
    r"blinded|assigned|allocated)\s+(?:allocation|treatment|assignment|arm|group|dose)s?\b"
    r"[^.;]{0,120}?\b(?:under\s+)?(?:double[\s\-])?blind(?:ed)?\b|"
    r"\b(?:the\s+)?blind(?:ing)?\s+(?:was|were|remained)\s+(?:maintained|kept|intact|unbroken)\b|"
    r"\bcontinu\w*\s+(?:double[\s\-]blind(?:ed)?|blinded)\s+(?:treatment|allocation|"
    r"assignment)\b",
    re.IGNORECASE,
)
_OPEN_LABEL = re.compile(r"\bopen[\s\-]label\b|\bunblinded\b", re.IGNORECASE)


def _still_blind(text: str) -> bool:
    """The record's continuation keeps its parent's blind (``_STILL_BLIND``)."""
    return _STILL_BLIND.search(text) is not None and _OPEN_LABEL.search(text) is None


# individual participant data: the data an IPD meta-analysis pools from several trials, or
# the data a trial's own secondary analysis re-analyses
_IPD_WORDS = r"\bindividual[\s\-]+(?:participant|patient)[\s\-]+(?:level\s+)?data\b|\bIPD\b"
# pooled analyses of several trials are syntheses, not a trial: named as such ("pooled
# analysis of three RCTs") ...
_POOLED_NAMED = (
    r"\b(?:pooled|combined|integrated|joint)\s+"
    r"(?:individual[\s\-]+(?:participant|patient)[\s\-]+(?:level\s+)?data\s+)?"
    r"(?:analys[ie]s|data)\s+(?:of|from)\s+(?:\w+\s+){0,2}?(?:two|three|four|five|six|"
    r"several|multiple|\d+)\s+(?:\w+[\s\-]+){0,3}?(?:trials|studies|RCTs)\b"
)
# ... or told as done: "we pooled data from three randomised trials", "we combined the
# results of two RCTs", "four studies were pooled"
_POOLED_TOLD = (
    r"\bwe\s+(?:pooled|combined|integrated|merged)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:data|results|"
    r"samples)\s+(?:from|of)\s+(?:the\s+)?(?:two|three|four|five|six|several|multiple|\d+)\s+"
    r"(?:\w+[\s\-]+){0,3}?(?:trials|studies|RCTs)\b|"
    r"\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:\w+[\s\-]+){0,3}?"
    r"(?:trials|studies|RCTs)\s+(?:were|was)\s+(?:pooled|combined)\b|"
    r"\bdata\s+(?:from|of)\s+(?:two|three|four|five|six|several|multiple|\d+)\s+"
    r"(?:\w+[\s\-]+){0,3}?(?:trials|RCTs)\s+(?:were\s+)?(?:pooled|combined)\b"
)
# (individual participant data, ``_IPD_WORDS``, count as pooled too, unless they are one
# trial's own: see ``_POOLED_SEVERAL`` below)
_POOLED = Folded(f"{_POOLED_NAMED}|{_IPD_WORDS}|{_POOLED_TOLD}", re.IGNORECASE)


_DERIVED_OR_POOLED = Folded(f"(?:{_DERIVED.pattern})|(?:{_POOLED.pattern})")

# Individual participant data tied to one trial are that trial's people re-analysed, not
# several trials pooled: the data "from all randomised participants", "of the 120 adults
# randomised", "from the NALT trial", "from our single-centre RCT", "the trial's
# individual patient data" (a report whose title names one trial, "... in the X trial: a
# Bayesian re-analysis", and whose own sentences count no several trials, too). An IPD
# meta-analysis names the trials it pools ("IPD from five RCTs") or calls itself one.
_IPD = Folded(_IPD_WORDS, re.IGNORECASE)
_POOLED_SEVERAL = Folded(f"{_POOLED_NAMED}|{_POOLED_TOLD}", re.IGNORECASE)
_IPD_OF_ONE_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:were\s+|was\s+)?(?:from|of|on|for|in)\s+(?:all\s+|each\s+of\s+)?"
    r"(?:(?:the|our|this|its|a\s+single|one)\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:(?:trial|RCT)\b(?!s)|(?:\d[\d,]*\s+)?(?:randomi[sz]ed|enrolled|included|trial)\s+"
    r"(?:participants|patients|people|adults|subjects)\b|(?:\d[\d,]*\s+)?(?:participants|"
    r"patients|people|adults|subjects)\s+(?:who\s+were\s+)?(?:randomi[sz]ed|enrolled)\b)",
    re.IGNORECASE,
)
_IPD_OF_ONE_BEFORE = re.compile(
    r"\b(?:the|this|our|its)\s+(?:[\w\-]+\s+){0,4}?(?:trial|RCT)(?:'s|\u2019s)\s+$|\bits\s+$",
    re.IGNORECASE,
)
# several trials or studies counted: "three RCTs", "12 studies", "several trials"
_SEVERAL_TRIALS = Folded(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+"
    r"(?:[\w\-]+[\s\-]+){0,3}?(?:trials|studies|RCTs|cohorts)\b",
    re.IGNORECASE,
)
_ONE_TRIAL_TITLED = Folded(r"\b(?:the|a|an|our)\s+(?:[\w\-]+\s+){0,4}?(?:trial|RCT)\b(?!s)", re.I)


def _ipd_of_one_trial(raws: list[text_mod.RawSentence]) -> bool:
    """Every mention of individual participant data is tied to one trial (``_IPD_OF_ONE_AFTER``
    /``_BEFORE``), or the title names one trial and no sentence past the background counts
    several trials or studies."""
    told = [r for r in raws if r.section != text_mod.BACKGROUND]
    if any(_SEVERAL_TRIALS.search(r.text) for r in told):
        return False
    titled = any(r.section == text_mod.TITLE and _ONE_TRIAL_TITLED.search(r.text) for r in raws)
    return all(
        titled
        or _IPD_OF_ONE_AFTER.match(r.text, m.end())
        or _IPD_OF_ONE_BEFORE.search(r.text[max(0, m.start() - 60) : m.start()])
        for r in raws
        for m in _IPD.finditer(r.text)
    )


# In an extension, the trial it extends is described in the extension's own sentences
# ("24-week open-label extension of a dose-response trial", "completers of the 1.5 mg
# versus 4.5 mg trial"): that description is the parent's (its arms, its doses, its
# randomisation), so it is blanked like other work. The extension's own phase ("this
# open-label extension", "the continuation phase") is not.
# a relative clause telling what the parent trial did: "in which adults received X 1, 2.5
# or 4.5 mg", "where they took ...", "comparing ..."
_PARENT_DID = (
    r"(?:comparing|testing|evaluating|in\s+which|in\s+whom|during\s+which|where|"
    # (or any past act of it: "which randomised participants to ...", "that assigned")
    r"(?:that|which)\s+(?:had\s+)?(?:[a-z]+ed|gave|ran))"
)
# brackets with figures: the parent's arms or length ("(1.5, 3 or 4.5 mg vs placebo)", "(a
# 10-week randomised comparison of X 1 mg, 2.5 mg and 4.5 mg and placebo in ...)"), however
# long (an abbreviation's brackets, "(LDN)", have none)
_FIGURED_BRACKETS = r"\s*\([^()]*?\d[^()]*\)"
# the parent named as a controlled comparison or period rather than a trial: "a randomized
# crossover comparison of X 1 mg and 4.5 mg", "the blinded dose-comparison period (X 1 mg vs 3
# mg)", "a placebo-controlled, randomised comparison of three doses": an extension is open
# label, so a randomised or blinded comparison it names is its parent's
_CONTROLLED = (
    r"(?:randomi[sz]ed|double[\s\-]blind(?:ed)?|blinded|masked|placebo[\s\-]controlled|"
    r"cross[\s\-]?over)"
)
_PARENT_OF_EXTENSION = re.compile(
    # ("the phase 2 dose-response study": a phase's number names the trial's stage, the
    # noun comes later)
    r"\b(?:an?|the|our|its|their)\s+(?:(?:[\w\-\u2013,.]+\s+){0,8}?(?:trial|study|RCT|phase)s?"
    r"(?!\s+(?:[1-4](?:/[1-4])?|I{1,3}|IV|I{1,2}/I{2,3})\b)|"
    rf"(?:[\w\-\u2013,.]+\s+){{0,4}}?{_CONTROLLED}(?:[\s,\-]+[\w\-]+){{0,3}}[\s\-]+"
    r"(?:comparison|period|crossover)s?)\b"
    # ... then perhaps the parent's own name, a code or an acronym with its registry id in
    # brackets ("the dose-ranging study TNX-LDN-201 (NCT07900003), in which ...", "the
    # phase 2 trial NALDOSE (ISRCTN...) comparing ..."): the description runs on past it
    r"(?:\s+(?-i:[A-Z][A-Za-z]*[\-\d][\w\-]*|[A-Z]{2,}[\w\-]*)(?:\s*\([^()]*\))?)?"
    # ... and what it compared: "a randomized trial comparing two doses of X", up to the
    # arms it gives in brackets ("a dose-ranging study of X (1.5, 3 or 4.5 mg vs placebo)",
    # "a randomised trial (X 1 mg or 4 mg)"): brackets with figures describe the parent
    # too (an abbreviation's brackets, "(LDN)", end it as before). A relative clause
    # saying what the parent did runs to the end of its clause, however long ("the
    # randomised phase of DOSE-LDN, in which antidepressant-free adults with ... received X
    # 1 mg, 2.5 mg or 4.5 mg, or placebo": its arms come last); ``_PARENT_CLAUSE_ENDS``
    # and the extension named cut it where the record's own words resume.
    rf"(?P<tail>{_FIGURED_BRACKETS}|"
    rf",?\s+{_PARENT_DID}\b(?:[^.;:()]|\.\d)*(?:{_FIGURED_BRACKETS})?|"
    # ("of NAME" or "of X in adults", then perhaps its relative clause)
    # (its registry id in brackets may come between: "the double-blind phase of DORSET
    # (NCT...), in which 64 patients ... were randomized to X 1 mg, 2.5 mg or 4.5 mg")
    rf",?\s+of\b(?:(?!,?\s+{_PARENT_DID}\b)(?:[^.;:()]|\.\d)){{0,80}}(?:\s*\([^()]*\))?"
    rf"(?:,?\s+{_PARENT_DID}\b(?:[^.;:()]|\.\d)*)?(?:{_FIGURED_BRACKETS})?)?",
    re.IGNORECASE,
)
# ... where the sentence goes back to the record's own people after a comma: "..., all
# then took 4.5 mg", "..., who then entered", "..., and everyone switched to", or where the
# main clause's verb comes ("Adults who completed the phase, in which ... were assigned to
# X 1.5 mg or 4.5 mg, stayed on their assigned dose")
_PARENT_CLAUSE_ENDS = re.compile(
    r",\s+(?:and\s+)?(?:then\s+)?(?:all|each|every(?:one|body)?|they|we|who|whom|these|those|"
    r"before|after|subsequently|regardless|irrespective|"
    r"(?:were|was|could|would|might|may|can)\s+(?!(?:randomi[sz]ed|assigned|allocated)\b)|"
    r"stayed|remained|continued|kept|entered|went|moved|switched|transitioned|rolled|"
    r"proceeded|joined|chose|opted|elected)\b",
    re.IGNORECASE,
)
# ... or a whole sentence set in the parent phase: "In the double-blind phase, adults took X
# 1.5 mg or placebo", "During the randomised period, ..." (the phase named as the earlier,
# controlled one; "In the extension, ..." and "In the present study, ..." are the record's)
_SET_IN_PARENT = re.compile(
    r"^\s*(?:in|during|throughout)\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:randomi[sz]ed|double[\s\-]blind(?:ed)?|blinded|placebo[\s\-]controlled|controlled|acute|"
    r"core|parent|original|initial|first|preceding|earlier|previous)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:phase|period|part|stage|trial|study)\s*,(?:[^.;:]|\.\d)*|"
    # ... or a sentence whose subject is that trial, telling what it did: "The parent trial
    # had randomized 96 patients to one of three X doses or placebo", "The double-blind phase
    # compared 1.5 mg with 4.5 mg"
    r"^\s*(?:the|its|our)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:randomi[sz]ed|double[\s\-]blind(?:ed)?|blinded|placebo[\s\-]controlled|controlled|acute|"
    r"core|parent|original|initial|preceding|earlier|previous)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:phase|period|part|stage|trial|study)\s+(?:had\s+)?(?:randomi[sz]ed|assigned|allocated|"
    r"compared|tested|enrolled|included|recruited)\b(?:[^.;:]|\.\d)*|"
    # ... or that trial as the subject by its name alone, telling how it assigned or compared
    # ("DOSE-D compared three X doses over 8 weeks", "LOWDOSE-2 randomised 90 adults to two
    # doses or placebo"): an open-label extension neither randomises nor compares
    r"^\s*(?-i:[A-Z][A-Za-z]*[\-\d][\w\-]*|[A-Z]{3,}[\w\-]*)\s+(?:had\s+)?(?:randomi[sz]ed|"
    r"randomly\s+assigned|assigned|allocated|compared)\b(?:[^.;:]|\.\d)*",
    re.IGNORECASE,
)
# An extension whose people stayed on the doses the parent trial gave them ("continued on
# their randomised dose", "remained on the dose they had been assigned") makes the parent's
# arms its own: the parent's description is then not blanked. The dose must be named as
# the parent's allocation: "continued at the same dose" is as often the co-medication's.
_KEEPS_PARENT_ARMS = Folded(
    r"\b(?:continu\w*|stay\w*|remain\w*|kept|maintain\w*)\s+(?:on\s+|at\s+|with\s+|taking\s+)?"
    r"(?:their|the)\s+(?:originally\s+|previously\s+)?"
    r"(?:randomi[sz]ed|assigned|allocated|blinded)\s+(?:dose|dosage|treatment|arm|"
    r"group|allocation)s?\b|"
    r"\b(?:continu\w*|stay\w*|remain\w*|kept)\s+(?:on\s+|at\s+)?(?:the|their)\s+"
    r"(?:dose|dosage)s?\s+(?:(?:to\s+)?which\s+)?(?:they\s+)?(?:had\s+been|were)\s+"
    r"(?:randomi[sz]ed|assigned|allocated)\b|"
    # ... or the parent's regimen continued whole: "offered continued open-label treatment
    # under the same protocol", "continuing treatment at the same dose"
    r"\bcontinu\w*\s+(?:open[\s\-]label\s+)?(?:treatment|therapy|dosing)\s+(?:under|on|with|at)\s+"
    r"the\s+same\s+(?:protocol|dose|dosage|regimen|schedule)\b",
    re.IGNORECASE,
)
# ... and in an extension's own sentences, the arm its people had been given in the parent
# trial, told in the past perfect ("among participants who had been randomised to 1 mg,
# scores fell further after the switch to 4.5 mg", "those originally assigned to 2 mg"):
# that dose is the parent's arm, not one the extension gives. Only an extension reads it
# so: an RCT's own results name its arms the same way ("participants who had been
# randomised to 4.5 mg improved more"), and a secondary analysis re-analyses those arms.
_PARENT_ARM_TOLD = Folded(
    r"\b(?:had\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?been|"
    r"(?:were|was)\s+(?:originally|initially|previously|first)|originally|initially)\s+"
    r"(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+to\s+(?:receive\s+|take\s+)?"
    r"(?:(?:[\w\-]+\s+){0,3}?(?:\d+(?:\.\d+)?|\.\d+)\s*(?:mg|mcg|µg|micrograms?)\b"
    r"(?:[^.;:,()]|\.\d)*?(?=[,;:()]|\.(?!\d)|$)|placebo\b)",
    re.IGNORECASE,
)
# ... and the same arms told as what the people had taken before the extension, whatever
# the words: "whether they had received X 1.5 mg, X 4.5 mg or placebo", "those previously
# on 1.5 mg or placebo", "formerly taking 2 mg", or as the arm they came from ("61 entered
# (from the 1.5 mg arm, 20; 4.5 mg arm, 22; placebo arm, 19)"). An extension that did not
# keep its parent's arms gives what it gives to all; the doses they came from are the
# parent's comparison, not its own.
_ARM_DOSE = r"(?:(?:\d+(?:\.\d+)?|\.\d+)\s*(?:mg|mcg|µg|micrograms?)\b|placebo\b)"
_ARM_ITEM_WORD = r"(?:naltrexone|LDN|low[\s\-]dose\s+naltrexone|NTX)"
_ARM_DOSES = (
    rf"(?:[\w\-]+\s+){{0,3}}?{_ARM_DOSE}(?:\s*(?:/day|daily|nightly|a\s+day))?"
    # (a list item is a dose with at most the drug's name before it: "..., received X 4.5
    # mg" after "those previously on placebo" starts a new clause, not the list)
    rf"(?:\s*(?:,\s*(?:or|and)?|or|and)\s*(?:{_ARM_ITEM_WORD}\s+)?{_ARM_DOSE}"
    r"(?:\s*(?:/day|daily|nightly|a\s+day))?)*"
)
_PARENT_ARM_HELD = Folded(
    r"\bhad\s+(?:originally\s+|initially\s+|previously\s+|first\s+|already\s+)?"
    r"(?:received|taken|been\s+(?:given|taking|receiving|on|treated\s+with))\s+"
    rf"{_ARM_DOSES}|"
    r"\b(?:previously|formerly|originally|initially|earlier)\s+(?:on|taking|receiving|given|"
    rf"treated\s+with|in\s+the)\s+{_ARM_DOSES}(?:\s+(?:arms?|groups?))?|"
    r"\bfrom\s+(?:the|their)\s+(?:parent\s+|original\s+|randomi[sz]ed\s+|blinded\s+)?"
    rf"{_ARM_DOSES}\s+(?:arms?|groups?)\b"
    rf"(?:[^.;()]|\.\d|;(?=\s*(?:[\w\-]+\s+){{0,2}}?{_ARM_DOSE}[^.;()]*?\b(?:arm|group)))*",
    re.IGNORECASE,
)
_EXTENSION_ITSELF = re.compile(
    r"\b(?:extension|continuation|open[\s\-]label|follow[\s\-]?up|long[\s\-]term|present|"
    r"current)\b",
    re.I,
)

# The watched drug named only as left out of the study: "X could not be included", "no
# trial of X met the duration criterion", "trials of X were excluded". Such a mention
# says what the study is not about.
_ABSENT_BEFORE = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?(?:trials?|stud(?:y|ies)|RCTs?|data|evidence|reports?)\s+"
    r"(?:of|on|with|testing|using|evaluating|involving)\s+(?:[\w\-]+\s+){0,2}$|"
    # nobody in the study took it: "none took naltrexone at low dose", "no participant
    # received LDN", "nobody was taking low-dose naltrexone"
    r"\b(?:none|nobody|no\s+one|no\s+(?:patients?|participants?|subjects?|persons?|"
    r"individuals?|adults?|children|women|men))\s+(?:of\s+(?:them|these|those)\s+)?"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+|ever\s+)?(?:took|taken|taking|received|given|"
    r"used|using|prescribed)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# (the drug is the subject: no new clause in between, "X 3 mg, and those with psychosis
# were excluded" excludes the psychosis)
# (a decimal point, "1-4.5 mg", ends no clause)
_SAME_CLAUSE = r"(?:[^.;:,]|(?<=\d)\.(?=\d)|,(?!\s*(?:and|but|while|whereas|or|who|whom)\b))"
_ABSENT_AFTER = Folded(
    rf"^{_SAME_CLAUSE}{{0,60}}?\b(?:could|can|was|were|did|do|does)\s*(?:not|n't)\s+(?:be\s+)?"
    r"(?:included|identified|found|eligible|analy[sz]ed|pooled|meet|met)\b|"
    # ... or could not be studied at all: "X, supported by one small pilot, could not be
    # evaluated because it was almost never dispensed" (a study unable to look at X gave it
    # to nobody it reports on)
    rf"^{_SAME_CLAUSE}{{0,60}}?\b(?:could|can)\s*(?:not|n't)\s+be\s+(?:evaluated|assessed|"
    r"examined|studied|compared|graded|rated|appraised)\b|"
    # ... or was too slight to be taken in: "trials of X are too small to be included",
    # "studies of X were too few to pool"
    rf"^{_SAME_CLAUSE}{{0,60}}?\b(?:is|are|was|were|remain|remained)\s+(?:still\s+)?too\s+"
    # (or "for separate analysis": "reports coded as X use were too few (n = 41) for
    # separate analysis")
    r"(?:small|few|short|underpowered|scarce|sparse|heterogeneous)\s+(?:to\s+be\s+|"
    r"for\s+(?:an?\s+)?(?:separate\s+|further\s+|their\s+own\s+|its\s+own\s+)?)?"
    r"(?:included|inclusion|pooled|pool|pooling|analy[sz]ed|analys[ie]s|meta-?analy[sz]ed|"
    r"synthesi[sz]ed|combined)\b|"
    # ... or had nothing a review could take in: "X had no eligible meta-analysis and could
    # not be graded" (holdout271 30300016, an umbrella review)
    rf"^{_SAME_CLAUSE}{{0,60}}?\b(?:had|has|have)\s+no\s+(?:[\w\-]+\s+)?"
    r"(?:meta[\s\-]?analy[sz]\w*|trials?|stud(?:y|ies)|RCTs?|reviews?)\b|"
    # (... or found and then left out: "one X trial was identified but excluded", "two
    # reports of X were identified but not eligible")
    rf"^{_SAME_CLAUSE}{{0,40}}?\b(?:was|were)\s+(?:\w+\s+(?:but|and|then)\s+)?(?:excluded|"
    r"not\s+eligible|ineligible)\b|"
    # "X, which may act otherwise, is outside the scope of this review", "... fell beyond
    # the remit of this review" (a bracket or a relative clause may come between: the
    # brackets are taken out before this is matched)
    rf"^{_SAME_CLAUSE}{{0,130}}?\b(?:is|are|was|were|lies|lie|falls?|fell)\s+(?:\w+\s+)?"
    r"(?:outside|beyond)\s+(?:the\s+)?(?:scope|remit|purview|focus)\b|"
    # "X ... is not discussed here", "are not covered in this review", "was not considered
    # further": the record's own text leaves it out (a scope word, or the clause ends, so
    # "X was not considered responsible for ..." is not it)
    rf"^{_SAME_CLAUSE}{{0,130}}?\b(?:is|are|was|were|will|has|have)\s*(?:not|n't)\s+"
    r"(?:be(?:en)?\s+)?(?:\w+\s+)?(?:discussed|covered|considered|reviewed|addressed|"
    r"examined|dealt\s+with|included|assessed|evaluated)\s*(?:here\b|further\b|in\s+(?:this|the\s+present|"
    r"our)\s+(?:[\w\-]+\s+){0,2}?(?:review|article|paper|chapter|overview|work|"
    # (or a study's own: "Low-dose naltrexone, which differs from naloxone, was not
    # examined in this study")
    r"manuscript|report|synthesis|study|trial|experiment|investigation)\b|(?=[.;,]|$))|"
    # ... or said, in the next clause, to have no study the record took in: "X is used
    # off-label; for this use, however, no controlled data are cited that would meet the
    # inclusion criteria of this review", "X is popular, but no trials were identified"
    r"^[^.;]{0,120}?(?:;|,\s*but\b)\s*(?:[\w\s]{0,20},\s*)?(?:however,?\s+)?no\s+(?:[\w\-]+\s+)?"
    r"(?:data|trials?|stud(?:y|ies)|evidence|RCTs?|reports?)\s+(?:are|were|was|is|could\s+be|"
    r"have\s+been|has\s+been)\s+(?:cited|included|identified|found|retrieved|located)\b",
    re.IGNORECASE,
)
# ... or the record, as the subject, leaves it out: "We do not cover X", "this review does
# not discuss X", "we excluded studies of X"
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:we|this\s+(?:review|article|paper|overview|chapter|editorial|commentary)|the\s+"
    r"(?:present\s+)?(?:review|article|overview|editorial|commentary))\s+"
    r"(?:(?:do|does|did|will|shall)\s*(?:not|n't)\s+"
    r"(?:cover|discuss|consider|review|address|examine|include|deal\s+with)|"
    # (... or sets it aside: "we deliberately leave aside X", "this editorial sets aside X")
    r"(?:deliberately\s+|also\s+|intentionally\s+)?(?:excluded?|omit(?:ted)?|le(?:ft|ave)\s+out|"
    r"(?:le(?:ft|aves?)|sets?|puts?)\s+aside))\s+"
    r"(?:(?:the\s+)?(?:studies|trials|reports|use|literature|evidence)\s+(?:of|on|with|using)\s+)?"
    r"(?:[\w\-]+\s+){0,2}$|"
    # (... or heads what a sentence says was left out, after its colon: "Non-selective
    # antagonists were excluded: X at low doses, which ...")
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:excluded|omitted|not\s+included)\s*:\s*(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the drug named with a dose above the low band ("standard-dose X", "high-dose X"): its
# being left out says nothing about the low dose
_OTHER_DOSE_BEFORE = Folded(
    r"\b(?:standard|high(?:er)?|full|conventional|usual|moderate|typical)[\s\-]+dos\w*\s+"
    r"(?:of\s+)?(?:oral\s+)?$",
    re.IGNORECASE,
)


def left_out(text: str, start: int, end: int) -> bool:
    """The record says it leaves the drug at [start, end) out of its own scope: "X is not
    discussed here", "X ... is outside the scope of this review", "we do not cover X"."""
    before = text[max(0, start - 80) : start]
    if _OTHER_DOSE_BEFORE.search(before[-40:]):
        return False
    if _absent_after(text, end):
        return True
    low = before.lower()
    return (
        "not" in low
        or "n't" in low
        or "exclu" in low
        or "omit" in low
        or " le" in low
        or "aside" in low
    ) and _LEFT_OUT_BEFORE.search(before) is not None


# a combination the text rules out: "X was not co-prescribed with SSRIs", "never
# combined with an MAOI"
_NOT_WITH_BEFORE = re.compile(
    r"\b(?:not|never|no longer|nor)\s+(?:\w+\s+){0,3}?(?:co[\s\-]?prescribed|co[\s\-]?administered|"
    r"combined|given|used|taken|prescribed|administered|allowed|permitted|started)\s+"
    r"(?:together\s+|concurrently\s+|concomitantly\s+|in combination\s+)?"
    r"(?:with|alongside)\s+(?:\S+\s+){0,3}$",
    re.I,
)
# ... or what the authors say their data cannot speak to: "these data do not address
# combination with serotonergic agents", "the findings cannot be generalised to patients
# on SNRIs", "say nothing about tricyclics" (a question left open, not a drug taken)
_NOT_ADDRESSED_BEFORE = re.compile(
    r"\b(?:cannot|can\s*not|can't|could\s+not|couldn't|(?:do|does|did|would)\s+not|don't|"
    r"doesn't)\s+(?:be\s+)?(?:\w+\s+)?(?:address|answer|inform\s+(?:us\s+)?(?:about|on)|speak\s+to|"
    r"apply\s+to|generali[sz]ed?\s+to|extend(?:ed)?\s+to)\b[^.;]{0,60}$|"
    r"\bsay\s+nothing\s+about\b[^.;]{0,60}$",
    re.I,
)
# an exclusion criterion: "patients receiving SSRIs or SNRIs were excluded", "excluded if
# they took an MAOI", "exclusion criteria included current tricyclic use". The words
# between drug and verb must not start another clause ("on sertraline received X,
# and those with psychosis were excluded" excludes the psychosis, not the sertraline).
_EXCLUDED_AFTER = Folded(
    r"^(?:(?!,\s*(?:and|but|while|whereas)\b|\b(?:received|receiving|took|taking|had|who|whom|"
    # ("those taking X alone remain ineligible", after an amendment widened entry)
    r"which|while|whereas)\b)[^.;]){0,110}?\b(?:were|was|are|is|be|being|been|remain|remains|"
    r"remained)\s+(?:(?!not\b)\w+\s+)?"
    r"(?:excluded|ineligible|not (?:eligible|allowed|permitted|included)|prohibited|disallowed|"
    # ("is exclusionary", "are grounds for exclusion", "is a reason for exclusion")
    r"exclusionary|an? exclusion criterion|(?:an?\s+)?(?:grounds?|reasons?)\s+for\s+exclusion)\b|"
    # ... or said with another verb: "leads to exclusion", "(those taking X) could not enrol"
    r"^(?:(?!,\s*(?:and|but|while|whereas)\b|\b(?:received|receiving|took|taking|had|who|whom|"
    r"which|while|whereas)\b)[^.;]){0,110}?\b(?:(?:leads?|led|will\s+lead)\s+to\s+exclusion|"
    r"(?:could|can|may|might|did|do|does|will|would|must)\s*(?:not|n't)\s+(?:be\s+)?"
    r"(?:enrol+(?:ed)?|enter(?:ed)?|join(?:ed)?|take\s+part|participate|included|randomi[sz]ed)|"
    r"cannot\s+(?:be\s+)?(?:enrol+(?:ed)?|enter|join|take\s+part|participate|included|"
    r"randomi[sz]ed))\b|"
    # ... or the drug in a coordinated subject of people closed by a comma before the verb:
    # "people using venlafaxine or bupropion, and those with mania, will be excluded",
    # "patients who had used an SNRI, or who had a positive opioid screen, were excluded"
    # (the comma closes the subject; a main verb of taking in between is another clause:
    # "on sertraline received X, and those with psychosis were excluded")
    r"^(?:(?!\b(?:received|receiving|took|given|randomi[sz]ed|allocated|assigned)\b)"
    r"[^.;]){0,160}?,\s*(?:will\s+be|shall\s+be|are|were|is|was)\s+(?:also\s+)?"
    r"(?:excluded|ineligible|not\s+eligible)\b(?!\s+from\b)|"
    # ... or in shorthand, the exclusion said of the drug as an adjective, a participle or a
    # noun, with or without a verb: "SSRIs/SNRIs exclusionary", "SSRIs, SNRIs prohibited",
    # "venlafaxine (excluded)", "SSRI use precluded enrolment", "concurrent SNRIs: exclusion
    # criteria", "SSRIs and SNRIs were exclusion criteria". Only the drugs listed with it, a
    # word for their use and a bracket may come between: a new subject ("those with
    # psychosis excluded"), a verb of taking, or the drug's dose being held ("sertraline,
    # dose changes not permitted": sertraline is taken) belongs to another clause, and a
    # negation before the word denies it ("patients on escitalopram were not excluded").
    r"^(?:(?!\b(?:who|whom|which|whose|those|patients?|participants?|subjects?|people|adults|"
    r"individuals|women|men|children|with|without|received|receiving|took|taking|on|had|while|"
    r"whereas|but|dos(?:e|es|ing|age)|chang\w*|adjust\w*|increas\w*|decreas\w*|titrat\w*|"
    r"switch\w*|stable|not|never|no)\b)[^.;:]){0,60}?[\s:(\-–,]*(?:(?:were|was|are|is)\s+)?"
    r"(?:an?\s+|the\s+)?(?:exclusionary|excluded|exclusions?(?:\s+criteri(?:on|a))?|"
    r"not\s+(?:allowed|permitted|eligible)|prohibited|precluded|disallowed|forbidden|barred)\b"
    # (not "... not allowed to change", "excluded from the analysis": held, or left out of a count)
    r"(?!\s+(?:to|from)\b)",
    re.I,
)
# a turn that lets in what follows it, after a rule that kept others out
_EXCEPT = (
    r"\b(?:but(?!\s+(?:also|not|no|none|neither|nor)\b)|except|excepting|"
    r"with\s+the\s+exception\s+of)\b"
)
_EXCLUDED_BEFORE = Folded(
    r"\b(?:exclusion criteri\w*|excluded if|exclud(?:ed|ing) (?:patients|participants|those|"
    r"people|anyone|individuals|adults)|(?:ineligible|not eligible) if|contraindicat\w*|"
    # "Exclusions: current SSRI or SNRI", "prohibited medications: MAOIs, SNRIs"
    r"exclusions?(?=\s*:)|(?:prohibited|disallowed|excluded|forbidden)\s+(?:concomitant\s+|"
    r"concurrent\s+)?(?:medications?|drugs?|treatments?|therap(?:y|ies))|"
    r"(?:not|never) (?:allowed|permitted)|"
    # ... or with the reason after the verb: "were excluded because they were taking X",
    # "excluded owing to current use of X", "excluded from the cohort since they were using X"
    r"exclu(?:ded|sion)\b[^.;]{0,40}?\b(?:(?:because|since|as)\s+(?:they|he|she)\s+(?:were|was)\s+"
    r"(?:(?:already|currently|still)\s+)?(?:taking|using|receiving|prescribed|on)|"
    r"(?:because\s+of|due\s+to|owing\s+to|for)\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:(?:current|concurrent|ongoing|concomitant)\s+)?(?:use\s+of|taking|using|treatment\s+with)))"
    # (a turn after the rule lets the drug in: "other antidepressants were not allowed,
    # but trazodone ... was permitted", "not permitted except low-dose trazodone")
    rf"\b(?:(?!{_EXCEPT})[^.;]){{0,60}}$",
    re.I,
)


# how far before a drug a ruling-out cue is looked for
_RULED_OUT_WINDOW = 160

# the drug as what the watched drug might interact with, a possibility weighed and not a
# regimen taken: "interactions with fluoxetine or paroxetine (were) unlikely", "potential
# interactions with SSRIs", "simulated co-administration with sertraline" (the possibility
# word before the drug or in the clause after it)
_INTERACTION_BEFORE = re.compile(
    r"\b(?:(?P<maybe>potential|possible|theoretical|predicted|simulated|expected|anticipated)"
    r"\s+(?:(?:drug[\s\-]drug|pharmacokinetic|pharmacodynamic|clinically\s+relevant)\s+)?)?"
    r"(?:interactions?|co-?administration)\s+(?:with|between\s+(?:[\w\-]+\s+){1,2}?and)\s+"
    r"(?:(?:an?|the|other|concomitant|common)\s+)?(?:[\w\-/]+,?\s+){0,4}?$",
    re.I,
)
_POSSIBILITY_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:unlikely|likely|improbable|predicted|expected|simulated|possible|"
    r"theoretical|anticipated|negligible)\b",
    re.I,
)


def _interaction_weighed(before: str, after: str) -> bool:
    """The drug is named as a possible interaction partner (``_INTERACTION_BEFORE``)."""
    m = _INTERACTION_BEFORE.search(before)
    return m is not None and (
        m.group("maybe") is not None or _POSSIBILITY_AFTER.match(after) is not None
    )


def ruled_out(text: str, start: int, end: int) -> bool:
    """The text says the drug was not taken with LDN: ruled out, or an exclusion criterion."""
    # every cue is said within a clause of the drug: a window is enough (and fast)
    before, after = text[max(0, start - _RULED_OUT_WINDOW) : start], text[end:]
    return bool(
        _NOT_WITH_BEFORE.search(before)
        or _NOT_ADDRESSED_BEFORE.search(before)
        or _EXCLUDED_AFTER.match(after)
        or _EXCLUDED_BEFORE.search(before)
        or (
            ("nteract" in before or "dministration" in before)
            and _interaction_weighed(before, after)
        )
    )


# a drug or class as the subject of a claim about what such drugs do, not of anyone's
# taking it: "(excluded) because serotonergic agents were hypothesized to blunt the
# effect", "SSRIs are thought to dampen endorphin release", "tricyclics are known to
# interact with ..." (not "expected to" or "planned to": a plan can be of taking)
_CLAIMED_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:are|were|is|was|(?:have|has|had)\s+been|"
    r"(?:may|might|could|can)\s+be)\s+(?:\w+ly\s+|also\s+|often\s+|widely\s+)?"
    r"(?:hypothesi[sz]ed|thought|believed|postulated|presumed|suspected|proposed|known|"
    r"assumed|theori[sz]ed|reputed|feared)\s+to\b|"
    # ... or said as what such drugs may do, or do, to the watched drug's action: "serotonergic
    # antidepressants may interfere with opioid signalling", "SNRIs could blunt the
    # endorphin rebound", "do SSRIs dampen the response?" (not what happened to people:
    # "sertraline interfered with sleep in three patients", a past event)
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:may|might|could|can|would)\s+(?:\w+ly\s+|also\s+|"
    r"in\s+theory\s+)?)?(?:blunt|dampen|attenuate|counteract|interfere\s+with|antagoni[sz]e|"
    r"oppose|offset|negate|cancel\s+out|weaken|diminish|impair|suppress)s?\b"
    r"(?=[^.;]{0,80}\b(?:effects?|efficacy|benefits?|responses?|actions?|signal\w*|rebound|"
    r"endorphins?|opioid\w*|receptors?|release|antagonists?|mechanisms?)\b|[^.;?]{0,80}\?)",
    re.I,
)


def claimed_of(text: str, end: int) -> bool:
    """The drug or class ending at ``end`` is what a claim is about ("serotonergic agents
    were hypothesized to blunt the effect"): a general statement, not a regimen taken."""
    return _CLAIMED_AFTER.match(text[end : end + 160]) is not None


# ... or named as a point of reference for the study's own drug: "unlike X, minocycline
# crosses ...", "a design similar to that used for X", "as reported for X"
_REFERENCE_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*)(?:like|similar(?:ly)?\s+to|as\s+with)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$|"
    r"\b(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to|"
    r"(?:that|those|the\s+ones?)\s+(?:used|reported|seen|observed|described|proposed)\s+(?:for|with)|"
    r"as\s+(?:has\s+been\s+|was\s+|were\s+)?(?:reported|shown|seen|observed|described|proposed)\s+"
    r"(?:for|with)|"
    # another drug's rationale or mechanism set beside the drug's: "parallels that of X",
    # "a mechanism akin to that of X" (CONTRACT.md: LDN named only as background)
    r"(?:parallel(?:s|ed|ing)?|mirror(?:s|ed|ing)?|resembl(?:es?|ed|ing)|echo(?:es|ed|ing)?|"
    r"(?:akin|similar|comparable|analogous)\s+to)\s+(?:that|those)\s+of)"
    r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)


# one of these words is in every cue above (a fast first look)
_ASIDE_WORDS = (
    "no ",
    "none",
    "nobody",
    "like",
    "similar",
    "as with",
    "contrast",
    "opposed",
    "used",
    "reported",
    "seen",
    "observed",
    "described",
    "proposed",
    "shown",
    "that of",
    "those of",
)
_ASIDE_BEFORE = re.compile(
    f"(?:{_ABSENT_BEFORE.pattern})|(?:{_REFERENCE_BEFORE.pattern})", re.IGNORECASE
)


# The record leaving out what it has just named, by a pronoun, in a later clause of the
# same sentence or at the start of the next: "X was studied in a 12-patient pilot and a
# trial of 96 patients; we do not review these here", "..., which this review does not
# cover", "These trials are outside the scope of this review." (a review that names the
# drug's trials only to set them aside reviews something else)
_PRONOUN_LEFT_OUT = (
    r"(?:(?:however|but|and|although|though),?\s+)?(?:(?:we|this\s+(?:review|article|paper|"
    r"overview|chapter)|the\s+(?:present\s+)?(?:review|article|overview))\s+(?:(?:do|does|did|"
    r"will|shall)\s*(?:not|n't)\s+(?:further\s+)?(?:cover|discuss|consider|review|address|"
    r"examine|include|deal\s+with|evaluate)|(?:deliberately\s+)?(?:exclude|excluded|omit|"
    r"omitted|leave\s+out|left\s+out|set\s+aside))\s+(?:these|them|this|it|those|such)\b|"
    r"(?:these|they|this|it|those|such)(?:\s+[\w\-]+){0,2}?\s+(?:(?:is|are|was|were|will|"
    r"have|has)\s*(?:not|n't)\s+(?:be(?:en)?\s+)?(?:further\s+)?(?:discussed|covered|"
    r"considered|reviewed|addressed|examined|included|evaluated)\b|(?:is|are|was|were|lies|"
    r"lie|falls?|fell)\s+(?:\w+\s+)?(?:outside|beyond)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:scope|remit|purview|focus)\b))"
)
_LEFT_OUT_LATER = Folded(
    r"^[^.]{0,160}?(?:[;:,\u2014\u2013]\s*|\s-\s+|\s(?=(?:and|but|although|though)\s))(?:(?:which|whom)\s+(?:we|this\s+review)\s+"
    r"(?:do|does|did|will)\s*(?:not|n't)\s+(?:further\s+)?(?:cover|discuss|consider|review|"
    rf"address|examine|include|evaluate)\b|{_PRONOUN_LEFT_OUT})",
    re.IGNORECASE,
)
_LATER_WORDS = (
    "not",
    "n't",
    "scope",
    "remit",
    "purview",
    "focus",
    "exclu",
    "omit",
    "left out",
    "leave out",
    "set aside",
)
_LEFT_OUT_NEXT = Folded(rf"^{_PRONOUN_LEFT_OUT}", re.IGNORECASE)


def sets_aside_before(s: Sentence) -> bool:
    """The sentence opens by leaving out, with a pronoun, what the sentence before it
    named: "These trials are outside the scope of this review", "We do not review them"."""
    return _LEFT_OUT_NEXT.search(s.text) is not None


def _absent_after(text: str, end: int) -> bool:
    """The words after the drug at ``end`` leave it out ("... was not studied", "... were
    excluded", "... is beyond the scope")."""
    after = text[end : end + 200]
    low = after.lower()
    if any(w in low for w in _LATER_WORDS) and _LEFT_OUT_LATER.search(after) is not None:
        return True
    if not (
        "not" in low
        or "n't" in low
        or " no " in low
        or "excluded" in low
        or "scope" in low
        or "remit" in low
        or "purview" in low
        or "focus" in low
        or "too " in low
    ):
        return False
    # the drug named inside a bracket ("naltrexone (LDN, 1-4.5 mg), used ..."): the rest
    # of the bracket belongs to its name
    close, opened = after.find(")"), after.find("(")
    if close >= 0 and (opened < 0 or close < opened):
        after = after[close + 1 :]
    if "(" in after:
        after = _BRACKETED.sub("", after)
    return bool(_ABSENT_AFTER.match(after[:160]))


_BRACKETED = re.compile(r"\s*\([^()]*\)")


# A thing the study names only to deny it: said under a negation, an absence or a limit of
# scope, in the same clause. Before it: "rather than a dose-finding design", "no
# dose-finding data exist", "this trial did not seek the optimal dose", "was never intended
# as a dose-ranging study", "without a formal dose-ranging phase"; after it: "dose-ranging
# was beyond the scope of this study", "dose-response was not examined", "data on the
# optimal dose are lacking", "the optimal dose remains unknown", "dose-finding is left for
# future trials", "dose-finding studies do not exist". What a study did not do, or says
# nobody knows, is not what it did.
# (a clause ends at a stop, a semicolon or colon, or a comma opening another clause: "No
# dose-finding trial exists, so we ran this dose-finding study" keeps its second phrase)
_CLAUSE_START = Folded(
    r"[.;:()]\s|[;:()]|,\s*(?:but|so|and|while|whereas|yet|therefore|hence|thus|which|who|"
    r"in\s+which|where|because|since|as)\b|\b(?:because|since|so|whereas|while)\b",
    re.I,
)
_DENIED_BEFORE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|in\s+preference\s+to|as\s+opposed\s+to|"
    r"without|nor|neither|no|not|never|(?:\w+)n't|(?:outside|beyond)\s+(?:the\s+)?scope\s+of|"
    r"(?:absence|lack|paucity|dearth)\s+of|no\s+(?:\w+\s+){0,2}?(?:data|evidence)\s+(?:on|about|"
    r"regarding|for)|"
    # a design turned down: "we rejected a dose-ranging design", "decided against"
    r"(?:rejected|dismissed|discarded|abandoned|forwent|forgoing|forgo|ruled\s+out|"
    r"(?:decided|opted|chose|argued)\s+against))\b"
    # (a few words between: "did not attempt to identify the", "was never intended as a";
    # none a verb of what the study found or its people did: "patients who had not
    # responded entered this dose-finding trial", "found no difference in this dose-finding")
    r"(?:\s+(?!(?:entered|joined|found|showed|shown|completed|received|underwent|enrolled|"
    r"randomi[sz]ed|took|were|was|are|is|responded|tolerated)\b)[\w\-]+){0,5}?\s+$",
    re.I,
)
_DENIED_AFTER = re.compile(
    r"^(?:\s+(?!(?:and|but|so|which|who|because|since|as|while|whereas)\b)[\w\-,]+){0,6}?\s+"
    r"(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|remains?|lay|lies|lie|fell|falls?|"
    r"did|do|does)\s+(?:\w+\s+)?(?:outside|beyond|unknown|unclear|uncertain|"
    r"untested|unexplored|unstudied|lacking|absent|unavailable|left)\b|"
    # ... or negated with a verb of doing or existing (not any verb: "the dose-ranging
    # phase was not blinded" tells how a real phase was run)
    r"(?:was|were|is|are|will\s+be|has\s+been|have\s+been|did|do|does)\s*(?:not|never|n't)\s+"
    r"(?:yet\s+)?(?:be\s+)?(?:examined|studied|tested|assessed|explored|investigated|addressed|"
    r"attempted|performed|done|undertaken|pursued|possible|feasible|the|an?|our|its|part|within|"
    r"considered|planned|intended|evaluated|sought|exist|available|known|established|"
    r"determined|included|conducted|carried|chosen|adopted|selected)\b|"
    # ... or a design weighed and turned down: "a dose-comparison design was considered but
    # rejected", "was deemed unfeasible", "was not chosen", "was dropped at the planning stage"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+(?:but|and)\s+)?"
    r"(?:\w+\s+)?(?:rejected|dismissed|discarded|abandoned|dropped|ruled\s+out|"
    r"not\s+(?:chosen|adopted|selected|pursued|retained)|"
    r"(?:deemed|judged|found|considered|thought)\s+(?:\w+\s+)?(?:unfeasible|infeasible|"
    r"impractical|impracticable|unaffordable|unrealistic|unnecessary|premature))\b|"
    r"(?:remains?|has\s+yet|have\s+yet)\s+to\s+be\b)",
    re.I,
)


# the words of a design left behind ("changed from", "no longer"), read here and by the facts
# (``extract._LEFT_BEFORE``: an amendment that left its dose-finding design)
LEFT_DESIGN = (
    r"(?:chang(?:e|es|ed|ing)|switch(?:es|ed|ing)?|convert(?:ed|ing)?|mov(?:e|ed|ing))\s+from|"
    r"no\s+longer"
)
# a dose-finding design set aside by the study itself: "a single fixed dose rather than a
# dose-finding design", "instead of a dose-ranging approach", "this is not a dose-finding
# trial", "in place of dose escalation": the words name the design the study is NOT (the
# contrast the other way round, "rather than a fixed dose, this dose-finding trial ...",
# keeps its claim: only the phrase right after the negating words is set aside)
# (also a design the study has left: "change from a dose-finding to a two-arm design", "no
# longer a dose-ranging study", "converted from a dose-finding design")
_SET_ASIDE = Folded(
    r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|in\s+preference\s+to|as\s+opposed\s+to|"
    rf"{LEFT_DESIGN}|"
    r"(?:is|was|are|were|be|being)\s+not|not\s+as|without|nor|no)\s+(?:(?:a|an|any|the|formal|"
    r"separate|dedicated|conventional|classic(?:al)?|true|full|formal|"
    # (the design it left told by its arms: "change from a four-arm dose-finding design")
    r"(?:two|three|four|five|six|multi|\d)[\s\-]arm(?:ed)?)\s+){0,2}$",
    re.I,
)


def set_aside(text: str, start: int) -> bool:
    """The phrase starting at ``start`` names a design the study says it is not, or has
    left (``_SET_ASIDE``): read by the facts (a dose comparison) and by the doses (an
    escalation the record is framed as) alike."""
    return _SET_ASIDE.search(text[max(0, start - 40) : start]) is not None


def denied(text: str, start: int, end: int) -> bool:
    """The phrase at [start, end) is named only to be denied: the study is not it, did not
    do it, or says it is unknown or missing (see ``_DENIED_BEFORE``)."""
    head = text[max(0, start - 80) : start]
    cut = list(_CLAUSE_START.finditer(head))
    if cut:
        head = head[cut[-1].end() :]
    if _DENIED_BEFORE.search(" " + head):
        return True
    tail = text[end : end + 90]
    stop = _CLAUSE_START.search(tail)
    if stop:
        tail = tail[: stop.start()]
    return _DENIED_AFTER.match(tail + " ") is not None


# A dose the study names as one it did not give: "lower doses such as 4.5 mg were not
# tested", "4.5 mg and 3 mg were not studied here", "we did not test 1.5 mg" (the verb of
# testing ends its clause, so "patients on 4.5 mg were not given rescue medication" is
# not it; not responding to or tolerating a dose is no denial that it was given)
_DOSE_NOT_GIVEN_AFTER = re.compile(
    # (the dose may close the bracket it was written in: "low doses (1.5-4.5 mg) were not
    # tried")
    r"\)?(?:\s*\([^()]*\))?(?:\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?\s*(?:mg|mcg|µg)?)*"
    r"(?:\s+(?:dose\s+)?(?:doses?|arms?|groups?|regimens?|levels?|cohorts?|steps?))?\s*,?\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)\s+(?:\w+\s+)?(?:tested|"
    r"studied|evaluated|examined|explored|investigated|included|used|compared|assessed|given|"
    r"administered|offered|"
    # ... or never tried in anyone: "smaller doses such as 3 mg were not tried", "a 4.5 mg
    # dose was never attempted"
    r"tried|trialled|trialed|attempted|"
    # ... or an arm or step of an escalation nobody entered: "a planned 4.5 mg cohort was not
    # opened", "the 3 mg level was never reached", "the 6 mg step was not started"
    r"opened|started|initiated|activated|reached|enrol+ed|dosed)|(?:was|were|is|are|remains?|remained)\s+(?:\w+\s+)?untested)"
    r"(?=\s*(?:[.;,)]|$|(?:here|in\s+(?:this|the\s+present|our)|because|since|owing|due|"
    r"(?:in|to|by|for)\s+any(?:one|body)?)\b))|"
    # ... or weighed and given up before anyone took it: "a 1.5 mg arm was planned but
    # dropped", "0.5 mg and 2 mg were considered but not studied", "was originally planned
    # and later removed" (the giving-up word says it; what follows is only when or why)
    # (the dose may close the bracket it was written in: "a lower-dose arm (4.5 mg) was
    # considered but not included")
    r"\)?(?:\s+(?:doses?|arms?|groups?|regimens?|levels?))?\s*,?\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:planned|considered|proposed|intended|envisaged|discussed|registered|included)\s+"
    # (when or by whom it was weighed may come between: "was considered at the design
    # stage but was not included", "was proposed in the original protocol but dropped")
    r"(?:(?:at|in|during|by|for)\s+(?:(?!(?:but|and)\b)[\w\-]+\s+){1,4}?)?"
    r"(?:but\s+|and\s+(?:then\s+|later\s+|subsequently\s+)?)(?:was\s+|were\s+)?(?:\w+ly\s+)?"
    r"(?:dropped|removed|abandoned|discarded|rejected|omitted|cut|deleted|withdrawn|"
    r"(?:not|never)\s+(?:tested|studied|given|used|administered|offered|pursued|evaluated|"
    r"included|implemented|started|opened))\b|"
    # ... or tried before the course the record tells, by someone else or to no effect: "a
    # 4.5 mg trial by another prescriber had been ineffective" (holdout799 52206228)
    r"[\s\-]+(?:trial|course)\s+(?:of\s+[\w\-]+\s+)?(?:by\s+(?:another|a\s+previous|an\s+earlier|"
    r"a\s+former|(?:her|his|their)\s+(?:previous|former|earlier))\s+(?:prescriber|physician|"
    r"doctor|clinician|psychiatrist|dermatologist|GP)\b|"
    r"(?:[\w\-]+\s+){0,4}?had\s+(?:been\s+)?(?:ineffective|unsuccessful|failed|of\s+no\s+benefit))",
    re.IGNORECASE,
)
_DOSE_NOT_GIVEN_BEFORE = re.compile(
    # the dose set against the one given: "4.5 mg, not 1.5 mg", "4.5 mg rather than 3 mg"
    r"\d\s*(?:mg|mcg|µg)\s*(?:/\s*d(?:ay)?\s*)?(?:,\s*not|\(not|,?\s*rather\s+than)\s+$|"
    r"\b(?:we|this\s+(?:study|trial|pilot))\s+(?:did|do|does|could)\s*(?:not|n't)\s+(?:test|study|"
    r"evaluate|examine|explore|investigate|include|use|compare|assess)\s+"
    r"(?:(?!(?:and|but|or|which|who)\b)[\w\-]+\s+){0,4}?$|"
    # ... or the arm or step of an escalation that was never entered, said before the dose:
    # "escalation stopped before the 4.5 mg cohort", "we did not open the planned 3 mg
    # cohort", "without opening a 6 mg arm", "never reached the 4.5 mg level"
    r"\b(?:(?:did|do|does|could)\s*(?:not|n't)\s+(?:open|start|initiate|activate|reach|enrol+)|"
    r"never\s+(?:opened|started|initiated|activated|reached|enrol+ed)|without\s+(?:opening|"
    r"starting|reaching|activating)|(?:stopped|halted|ended|terminated|closed)\s+(?:\w+\s+)?"
    r"before\s+(?:reaching\s+)?)\s+(?:the|a|an|its)\s+(?:(?:planned|proposed|intended|next|"
    r"final|last|highest|top|fourth|third|fifth)\s+)?(?:(?:naltrexone|LDN)\s+)?$",
    re.IGNORECASE,
)


# A dose that is the value of an estimate, not one anybody took: "an Emax model estimated
# the dose giving 90% of maximal effect at 3.2 mg/day", "the predicted optimal dose was
# 2.7 mg", "the ED50 was 1.1 mg", "maximal benefit was projected at 3.8 mg" (the estimate
# word and the dose it yields in one clause; "we modelled the dose-response of X 1.5, 3
# and 4.5 mg" names the doses given, with no "dose ... at/was" yielding a value)
_ESTIMATED_DOSE_BEFORE = Folded(
    r"\b(?:estimat\w*|predict\w*|model(?:l)?ed|projected|extrapolat\w*|interpolat\w*|"
    r"calculated|derived|inferred)\s+(?:\w+\s+){0,4}?(?:dose|dosage)\b(?![\-–])"
    r"(?:(?!\b(?:received|given|took|taken|assigned|randomi[sz]ed)\b)"
    r"[^;:()]){0,90}?\b(?:at|was|is|as|to\s+be|near|around|=)\s+"
    r"(?:approximately\s+|about\s+|around\s+|roughly\s+|~\s*)?$|"
    r"\b(?:estimated|predicted|projected|modell?ed|calculated)\s+(?:optimal|optimum|best|"
    r"target|(?:minimum\s+|minimally\s+)?effective|most\s+effective)\s+dose\s+(?:was\s+|of\s+)?$|"
    r"\b(?:ED|EC)[\s\-]?\d\d\b[^;:()]{0,40}?\b(?:at|was|were|is|of|=)\s+"
    r"(?:approximately\s+|about\s+|around\s+)?$|"
    r"\b(?:\d+\s*%|half)\s+(?:of\s+)?(?:the\s+)?maxim(?:al|um)\s+(?:effect|response|"
    r"benefit|improvement)\b[^;:()]{0,40}?\b(?:at|was|were|is|of|=)\s+"
    r"(?:approximately\s+|about\s+|around\s+)?$|"
    r"\b(?:maxim(?:al|um)|optimal|peak)\s+(?:effect|response|benefit|efficacy)\s+"
    r"(?:was|were|is)\s+(?:estimated|predicted|projected|modell?ed|expected)\s+(?:to\s+(?:be|lie|occur)\s+)?"
    r"(?:at|near|around)\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
# ... the estimate told after the dose: "3.2 mg was estimated to be the optimal dose",
# "2.5 mg/day was the model's predicted ED90"
_ESTIMATED_DOSE_AFTER = re.compile(
    r"\s*(?:/\s*d(?:ay)?\b)?\s*(?:\([^()]*\)\s*)?,?\s*(?:was|is)\s+(?:(?:thus|therefore)\s+)?"
    r"(?:estimated|predicted|projected|calculated|modell?ed)\s+(?:to\s+be\s+|as\s+)?"
    r"(?:the\s+)?(?:optimal|optimum|best|most\s+effective|minimal(?:ly)?\s+effective|"
    r"ED\d\d|EC\d\d|dose\s+(?:giving|producing|achieving|at\s+which))|"
    r"\s*(?:/\s*d(?:ay)?\b)?\s*(?:\([^()]*\)\s*)?,?\s*(?:was|is)\s+the\s+(?:model'?s?\s+)?"
    r"(?:estimated|predicted|projected|calculated|modell?ed)\b",
    re.IGNORECASE,
)


def dose_not_given(text: str, start: int, end: int) -> bool:
    """The dose at [start, end) is named as one the study did not give or test, or as the
    value of an estimate (``_ESTIMATED_DOSE_BEFORE``)."""
    if _DOSE_NOT_GIVEN_AFTER.match(text, end) is not None:
        return True
    if _ESTIMATED_DOSE_AFTER.match(text, end) is not None:
        return True
    head = text[max(0, start - 80) : start]
    cut = list(_CLAUSE_START.finditer(head))
    if cut:
        head = head[cut[-1].end() :]
    if _DOSE_NOT_GIVEN_BEFORE.search(head) is not None:
        return True
    if _self_changed_to(text, head, end):
        return True
    if _MISPRINTED_AFTER.match(text, end) is not None or _MISPRINTED_BEFORE.search(head):
        return True
    # (the estimate's clause may run past a comma: "the dose giving 90% of maximal
    # effect, by the Emax model, was 3.2 mg")
    wide = text[max(0, start - 160) : start]
    # ... or the dose of a band named as the scale the study's own dose is set on ("a
    # dose between low-dose X (4.5 mg) and standard-dose X (50 mg)", "above the usual
    # low-dose range of 1.5-4.5 mg"): a point of reference, whatever the study gave
    scale = wide[max((m.end() for m in re.finditer(r"[.;:]\s|[;:]", wide)), default=0) :]
    m = _SCALE_BEFORE.search(scale)
    if m is not None and not _ALLOCATED_BEFORE.search(scale, 0, m.start()):
        return True
    if _SET_ASIDE_BEFORE.search(scale) is not None:
        return True
    cut = list(re.finditer(r"[.;:()]\s|[;:()]", wide))
    if cut:
        wide = wide[cut[-1].end() :]
    return _ESTIMATED_DOSE_BEFORE.search(wide) is not None


# A dose some participants moved to by themselves, away from the regimen they were
# assigned: "four patients reduced to 4 mg once daily on their own initiative", "lowered
# the dose to 2.5 mg of their own accord", "self-reduced to 3 mg" (CONTRACT.md: the doses
# participants were assigned to). A change the investigators made ("the dose was reduced
# to 3 mg for those with insomnia") is the study's own and stays.
_CHANGED_TO_BEFORE = Folded(
    r"\b(?:(?P<self>self[\s\-]+)?(?:reduc|lower|decreas|cut|drop|taper|halv|adjust|titrat)\w*|"
    r"went\s+down)\s+(?:(?:their|the|his|her)\s+)?(?:own\s+)?(?:(?:daily\s+)?doses?\s+|intake\s+)?"
    r"(?:to|at)\s+$"
)
_BY_THEMSELVES_AFTER = Folded(
    r"^[^.;()]{0,50}?\b(?:on\s+(?:their|his|her)\s+own(?:\s+initiative)?|of\s+(?:their|his|"
    r"her)\s+own\s+accord|without\s+(?:(?:medical|clinical|(?:their|the)\s+"
    r"(?:doctor|physician|clinician|investigator)'?s?)\s+)?(?:advice|approval|agreement)|"
    r"against\s+(?:medical\s+advice|(?:the\s+)?protocol)|unilaterally|by\s+themselves)\b"
)


# A dose a correction says was printed in error: '... printed as "5 mg"; it should read
# "50 mg"', 'was given incorrectly as 4.5 mg' (an erratum: the wrong figure was never
# anybody's dose; the corrected one is read on its own)
_MISPRINTED_AFTER = re.compile(
    r"[\"”’']?(?:\s+(?:in|on)\s+[^.;\"“”()]{1,40}?)?\s*[;,]?\s*(?:(?:it|this|which|the\s+(?:daily\s+)?dose|the\s+figure)\s+)?"
    r"should\s+(?:instead\s+)?(?:have\s+)?(?:read|be(?:en)?\s+(?:corrected\s+to\s+)?[\"“‘']?\d)",
    re.IGNORECASE,
)
_MISPRINTED_BEFORE = Folded(
    r"\b(?:incorrectly|erroneously|in\s+error|wrongly|mistakenly)\b[^.;]{0,80}?\bas\s+[\"“‘']?$|"
    r"\b(?:instead\s+of|in\s+place\s+of|rather\s+than\s+the\s+printed)\s+[\"“‘']?$"
)


def _self_changed_to(text: str, head: str, end: int) -> bool:
    """The dose ending at ``end`` is one participants changed to by themselves (its clause
    ``head`` ends in a change "to", ``_CHANGED_TO_BEFORE``)."""
    m = _CHANGED_TO_BEFORE.search(head)
    if m is None:
        return False
    return (
        m.group("self") is not None or _BY_THEMSELVES_AFTER.search(text[end : end + 90]) is not None
    )


# the dose of a named band (low, standard) that the study's dose is placed against: "a dose
# between low-dose X (4.5 mg) and ...", "higher than the usual low dose of 4.5 mg", "above
# the low-dose range (1.5-4.5 mg)", "... and standard-dose X (50 mg)" after such a "between"
_BAND = (
    r"(?:(?:the|a|an)\s+)?(?:(?:usual|typical|conventional|customary|common(?:ly\s+used)?|"
    r"standard|so[\s\-]called|established|traditional|recommended)\s+)?"
    r"(?:low[\s\-]dose|LDN|ultra[\s\-]low[\s\-]dose|standard[\s\-]dose|full[\s\-]dose|"
    r"low[\s\-]dose\s+range|low\s+doses?|standard\s+doses?)"
    r"(?:\s+(?!and\b|or\b|to\b)[\w\-]+){0,2}?\s*(?:\(\s*|,\s*|(?:range|dose|regimen)s?\s+"
    r"(?:of\s+)?(?:\(\s*)?)"
    # ... the dose perhaps given as a rough figure: "the low doses used off-label (around
    # 4.5 mg)"
    r"(?:(?:around|about|approximately|approx\.|roughly|circa|typically|usually|~)\s*)?"
)
_SCALE_BEFORE = Folded(
    r"\b(?:between|above|beyond|exceed(?:s|ed|ing)?|higher\s+than|greater\s+than|more\s+than|"
    r"lower\s+than|less\s+than|below|midway\s+between|intermediate\s+between)\s+"
    r"(?:that\s+of\s+|those\s+of\s+)?" + _BAND + r"$|"
    r"\bbetween\s+" + _BAND + r"[^;:]{1,60}?\)?\s*and\s+" + _BAND + r"$",
    re.IGNORECASE,
)
# ... or the band set aside for the dose the study gave: "50 mg/day instead of the low
# doses (1-4.5 mg) studied in depression", "rather than the low-dose range (1.5-4.5 mg)",
# "randomly assigned to 100 mg/day, as opposed to the low doses (about 4.5 mg)"
# (holdout350 39300012); whatever allocation comes before, the band is not what was given
_SET_ASIDE_BEFORE = Folded(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|as\s+opposed\s+to|"
    r"in\s+preference\s+to)\s+" + _BAND + r"$",
    re.IGNORECASE,
)
# ... unless the people were split between the two ("randomised between LDN (4.5 mg) and
# placebo"): then "between" lists arms
_ALLOCATED_BEFORE = re.compile(
    r"\b(?:randomi[sz]\w*|allocat\w*|assigned|divided|split|alternated|switched|crossed)\b",
    re.IGNORECASE,
)


# The study says it gave the drug to none of its people: "No participant received X",
# "none of the patients took X", "nobody was given X", "participants did not receive X",
# "X was not administered", "no X was given to any participant". The whole clause is the
# denial: its subject is the study's people with nothing that narrows them ("no
# participant in the placebo arm received X" is one arm), and nothing after the drug
# narrows the drug ("no participant received X above 4.5 mg", "... before the scan");
# "had taken" is people's history, and stopping or missing the drug ("no participant
# discontinued X") says it was given.
_PEOPLE = (
    r"(?:participants?|patients?|subjects?|volunteers?|individuals?|adults?|people|persons?|"
    r"cases|controls?|respondents?|women|men|children|adolescents)"
)
_GIVE_PAST = (
    r"(?:received|took|used|(?:was|were)\s+(?:given|administered|prescribed|dispensed|"
    r"treated\s+with|exposed\s+to|dosed\s+with|started\s+on|on))"
)
# (... or in the progressive: "no patient was taking X", "none were using X")
_GIVE_PAST_OR_ONGOING = (
    r"(?:" + _GIVE_PAST + r"|(?:was|were)\s+(?:taking|using|receiving|prescribed))"
)
_NOBODY_GIVEN_BEFORE = re.compile(
    r"^\s*(?:(?:no|none\s+of\s+(?:the|our)|not\s+one\s+of\s+the)\s+(?:(?:enrolled|included|"
    r"recruited|study|scanned|\d+)\s+)?"
    + _PEOPLE
    + r"(?:\s+(?:or|and|nor)\s+(?:(?:healthy\s+)?"
    + _PEOPLE
    + r"))?|nobody|no[\s\-]?one|none)\s+"
    # (... placed in the study: "no patient in the cohort was taking X")
    r"(?:(?:in|of)\s+(?:the|this|our)\s+(?:cohort|sample|study|series|registry|group)\s+)?"
    r"(?:ever\s+|at\s+any\s+point\s+)?"
    + _GIVE_PAST_OR_ONGOING
    + r"\s+(?:any\s+)?(?:(?:oral|low[\s\-]dose)\s+)*$|"
    r"^\s*(?:the\s+|all\s+|our\s+)?(?:(?:enrolled|included|recruited|study)\s+)?"
    + _PEOPLE
    + r"\s+(?:did\s+not|didn'?t|never)\s+(?:receive|take|use|get)\s+(?:any\s+)?"
    r"(?:(?:oral|low[\s\-]dose)\s+)*$",
    re.IGNORECASE,
)
# ... the drug named first, its denial after it: "X was not administered", "X was never
# given to any participant", "no X was given"
_NOBODY_GIVEN_SUBJECT = re.compile(
    r"^\s*(?:no\s+|the\s+)?(?:(?:oral|low[\s\-]dose)\s+)*$", re.IGNORECASE
)
_NOT_GIVEN_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:not\s+|never\s+)(?:administered|given|taken|"
    r"prescribed|dispensed|used|received)(?:\s+(?:to|by)\s+(?:any\s+of\s+the\s+"
    + _PEOPLE
    + r"|any\s+"
    + _PEOPLE
    + r"|(?:the\s+)?"
    + _PEOPLE
    + r"|any(?:one|body)?)\b)?",
    re.IGNORECASE,
)
_NO_DRUG_GIVEN_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:administered|given|taken|prescribed|dispensed|"
    r"used|received)(?:\s+(?:to|by)\s+(?:any\s+of\s+the\s+"
    + _PEOPLE
    + r"|any\s+"
    + _PEOPLE
    + r"|any(?:one|body)?)\b)?",
    re.IGNORECASE,
)
# ... and what may follow the drug in the same clause without narrowing it: "at any time",
# "during the study", "or any other opioid antagonist"
_NOBODY_GIVEN_END = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s*,?\s*(?:at\s+any\s+(?:time|dose|point)|during\s+(?:the|this)\s+"
    r"(?:study|(?:(?:scan(?:ning)?|study|observation|review)\s+)?period|follow[\s\-]?up)|"
    r"in\s+(?:this|the|our)\s+(?:study|"
    r"sample|cohort)|(?:or|nor)\s+(?:any\s+)?(?:other\s+)?(?:opioid\s+)?(?:antagonists?|"
    r"opioids?|medications?|drugs?)|"
    # (... or its placebo, denied with it: "no participant received X or X placebo",
    # "nor matching placebo" (holdout350 39300032))
    r"(?:or|nor)\s+(?:(?:its|the|a|matching|matched|identical|naltrexone|LDN)\s+){0,2}"
    r"placebos?))*\s*(?:[.;]|,\s*(?:and|but|so|while|whereas|"
    # (... or a concession after it: "X was not prescribed during the period, although
    # staff cited the pilot")
    r"although|though)\b|$)",
    re.IGNORECASE,
)


# ... or the drug's arm taken out of the design before anyone was enrolled ("the LDN arm
# was removed by protocol amendment before the first participant was enrolled", "the
# planned X (4.5 mg) arm was dropped before enrolment began", "the X arm never opened"):
# a planned arm nobody was allocated to. An arm closed after people took it ("stopped
# early after 24 participants") was given.
_ARM_HEAD = re.compile(
    r"(?:^|[,;:]\s+)\s*(?:the\s+|a\s+|its\s+|our\s+)?(?:(?:planned|intended|proposed|original|"
    r"third|fourth|additional|separate)\s+)*(?:(?:oral|low[\s\-]dose)\s+)*$",
    re.IGNORECASE,
)
_PEOPLE_ONE = (
    r"(?:participants?|patients?|subjects?|volunteers?|persons?|people|adults?|children|"
    r"adolescents|women|men)"
)
_ARM_DROPPED_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:arm|group|condition|treatment\s+arm)\s+(?:"
    r"(?:was|had\s+been|were)\s+(?:(?:subsequently|later|therefore)\s+)?(?:removed|dropped|"
    r"withdrawn|deleted|abandoned|cancell?ed|discontinued|closed|omitted|eliminated)\b"
    r"[^.;]{0,60}?\bbefore\s+(?:(?:the\s+first|any|a\s+single)\s+"
    + _PEOPLE_ONE
    + r"\s+(?:was|were|had\s+been|could\s+be)\s+(?:enrol?led|randomi[sz]ed|recruited|"
    r"allocated|assigned|screened|dosed|treated)|(?:the\s+start\s+of\s+|any\s+)?(?:enrol?ment|"
    r"recruitment|randomi[sz]ation)(?:\s+(?:began|started|opened|commenced))?\b)|"
    r"(?:was\s+never|never)\s+(?:opened|implemented|started|activated)\b)",
    re.IGNORECASE,
)


def hedged_clause(s: Sentence, start: int) -> bool:
    """A hedge (``_HEDGED``) in the clause around [start: the sentence's own hedge where it
    is unsplit, none where the hedge stands in another clause ("no patient was taking X,
    so the question could not be addressed": the denial is plain)."""
    if not s.hedged:
        return False
    text = s.text
    cut = [m.end() for m in _CLAUSE_START.finditer(text) if m.end() <= start]
    after = _CLAUSE_START.search(text, start)
    return (
        _HEDGED.search(text, cut[-1] if cut else 0, after.start() if after else len(text))
        is not None
    )


def arm_dropped(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) names an arm said, in a plain past tense, to have been
    removed from the design before anyone was enrolled, or never opened
    (``_ARM_DROPPED_AFTER``). The statement is its own: a hedge elsewhere in the sentence
    ("because the pharmacy could not supply it, the X arm was removed before ...") is the
    reason, not a doubt about the removal; "may have been removed" does not match."""
    text = s.text
    return (
        _ARM_DROPPED_AFTER.match(text, end) is not None
        and _ARM_HEAD.search(text, max(0, start - 60), start) is not None
    )


def given_to_nobody(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) is said to have been given to none of the study's
    people, the whole clause a denial (``_NOBODY_GIVEN_BEFORE``, ``_NOT_GIVEN_AFTER``),
    or its arm removed before anyone was enrolled (``arm_dropped``): the study gives the
    drug to nobody, whatever doses it models or cites."""
    if arm_dropped(s, start, end):
        return True
    text = s.text
    head = text[max(0, start - 100) : start]
    cut = list(_CLAUSE_START.finditer(head))
    if cut:
        head = head[cut[-1].end() :]
    elif start > 100:
        return False
    if _NOBODY_GIVEN_BEFORE.search(head):
        return _NOBODY_GIVEN_END.match(text, end) is not None
    if not _NOBODY_GIVEN_SUBJECT.match(head):
        return False
    after = (
        _NO_DRUG_GIVEN_AFTER if head.strip().lower().startswith("no") else _NOT_GIVEN_AFTER
    ).match(text, end)
    return after is not None and _NOBODY_GIVEN_END.match(text, after.end()) is not None


# ... or the study's people said to have had none of the study drug, the drug named only
# generically: "No participant received study medication", "none was randomised" (a trial
# closed before anyone was allocated), "she had not taken a single dose" (a case whose
# patient never started the prescription). A denial that names another drug ("a single
# dose of sertraline", "no participant received rescue medication") or some of the people
# ("12 patients never took a dose") is none of these.
_STUDY_DRUG_UNTAKEN = Folded(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:(?:no|none\s+of\s+the|not\s+one\s+of\s+the)\s+"
    r"(?:(?:enrolled|screened|eligible|\d+)\s+)?(?:(?:screened|enrolled)\s+)?"
    + _PEOPLE
    + r"|nobody|no[\s\-]?one)\s+(?:was\s+|were\s+|had\s+|ever\s+)*(?:received|took|taken|"
    r"given|started|dosed\s+with)\s+(?:the\s+|any\s+|a\s+(?:single\s+)?dose\s+of\s+(?:the\s+)?)?"
    r"(?:study|trial|investigational|allocated)\s+(?:medication|drug|treatment|intervention|"
    r"product)s?\b(?!\s+(?:other|than|except|before|after|until|for\s+more)\b)|"
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:none|no\s+(?:one|"
    + _PEOPLE
    + r"))\s+(?:(?:of\s+(?:them|these|those|the\s+(?:\d+\s+)?(?:[\w\-]+\s+)?"
    + _PEOPLE
    + r"))\s+)?(?:was|were)\s+(?:ever\s+)?(?:randomi[sz]ed|allocated|dosed)\s*(?:[.;:,]|$)|"
    r"\b(?:she|he|the\s+patient)\b[^.;]{0,80}?\b(?:had|has|did)\s+(?:not|never)\s+"
    r"(?:taken|take|started|begun|begin)\s+(?:a\s+single|any|one|the\s+first)\s+"
    r"(?:dose|tablet|capsule)s?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def study_drug_untaken(s: Sentence) -> bool:
    """The sentence says the study's people had none of the study drug, naming it only
    generically (``_STUDY_DRUG_UNTAKEN``): nobody in the study receives it."""
    return _STUDY_DRUG_UNTAKEN.search(s.text) is not None


# People who take or ever took the drug named as left out of the study: "Respondents
# currently or previously taking X were excluded", "people who had ever used X were not
# eligible" (present and past use both, so everyone left has never taken it; a new-user
# cohort leaves out only earlier users)
_USERS_EXCLUDED_BEFORE = Folded(
    r"(?:^|[,;]\s*)(?:the\s+|all\s+|any\s+|those\s+)?(?:[\w\-]+\s+)?"
    + _PEOPLE
    + r"\s+(?:who\s+(?:were|are|had)\s+(?:been\s+)?|with\s+(?:any\s+)?)?"
    r"(?:(?:currently\s+or\s+previously|currently\s+or\s+formerly|previously\s+or\s+currently|"
    r"ever)\s+(?:taking|taken|using|used|receiving|received|treated\s+with|prescribed)|"
    r"(?:current|present)\s+or\s+(?:past|previous|prior|former)\s+(?:use\s+of|users\s+of|"
    r"treatment\s+with)|(?:past|previous|prior)\s+or\s+(?:current|present)\s+(?:use\s+of|"
    r"treatment\s+with))\s+(?:any\s+)?(?:(?:oral|low[\s\-]dose)\s+)*$"
)
_USERS_EXCLUDED_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:were|was)\s+(?:also\s+)?(?:excluded|not\s+eligible|ineligible|"
    r"not\s+included)\b",
    re.IGNORECASE,
)


def users_excluded(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) is named as what the people a study left out take or
    ever took (``_USERS_EXCLUDED_BEFORE``): those it kept have never taken it."""
    if _USERS_EXCLUDED_AFTER.match(s.text, end) is None:
        return False
    return _USERS_EXCLUDED_BEFORE.search(s.text[max(0, start - 100) : start]) is not None


# A drug or class the study's people were free to take but none took, the denial pointing
# back at it with a pronoun: "Although SSRIs and SNRIs were permitted, no randomised
# participant was taking one", "SNRIs were allowed, but none of the patients was on one",
# "tricyclics were not excluded; nobody used them". Only the study's whole sample denied,
# the pronoun closing its clause ("no participant was taking any other antidepressant"
# names another drug; "12 patients were taking one" is a share).
_NONE_TOOK_IT_AFTER = Folded(
    r"[^.;:]{0,160}?[,;]\s*(?:(?:but|yet|and|though|although|however,?)\s+)?"
    r"(?:(?:no|none\s+of\s+the|not\s+one\s+of\s+the)\s+(?:(?:randomi[sz]ed|enrolled|included|"
    r"recruited|study|treated)\s+)?"
    + _PEOPLE
    + r"|nobody|no[\s\-]?one|none(?:\s+of\s+(?:them|these|those))?)\s+"
    r"(?:(?:was|were)\s+(?:actually\s+|in\s+fact\s+|ever\s+)?(?:taking|using|receiving|on|"
    r"prescribed|treated\s+with)|took|used|received|had)\s+"
    r"(?:one|them|either|any(?:\s+of\s+(?:them|these|those))?|such\s+(?:an?\s+)?(?:drugs?|agents?|"
    r"medications?|antidepressants?))(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)


def none_took_it(s: Sentence, end: int) -> bool:
    """The drug or class named before ``end`` is one the sentence goes on to say none of
    the study's people took, a pronoun standing for it (``_NONE_TOOK_IT_AFTER``): allowed,
    perhaps, but taken by nobody."""
    return _NONE_TOOK_IT_AFTER.match(s.text, end) is not None


def named_absent(s: Sentence, start: int, end: int) -> bool:
    """The drug at [start, end) is said to be left out of the study: "no trials of X were
    identified", "X could not be included" (``named_aside`` without the reference cues)."""
    text = s.text
    if left_out(text, start, end):
        return True
    return _ABSENT_BEFORE.search(text[max(0, start - 60) : start]) is not None


# a sentence reporting work on the drug that a review took in: "three open-label studies
# of X (n = 98) were included", "X was evaluated in two trials"
_TAKEN_IN = Folded(
    r"\b(?:included|identified|found|evaluated|tested|examined|assessed|pooled|analy[sz]ed|"
    r"investigated|studied|reported)\b",
    re.I,
)


# ... but not the list of what the review looked for: "Interventions of interest included
# A, B and X", "eligible comparators included X" (its search, not studies it found)
_SOUGHT_BEFORE = re.compile(
    r"\b(?:interventions?|treatments?|agents?|drugs?|comparators?|exposures?)\s+(?:of\s+interest|"
    r"(?:to\s+be\s+)?considered|sought|searched\s+for)\s+$|\beligible\s+(?:interventions?|"
    r"treatments?|agents?|drugs?|comparators?|exposures?)\s+$",
    re.I,
)


def takes_in(s: Sentence) -> bool:
    """The sentence reports studies a review took in (see ``_TAKEN_IN``), other than by
    listing what it looked for (``_SOUGHT_BEFORE``)."""
    text = s.text
    return any(
        not _SOUGHT_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
        for m in _TAKEN_IN.finditer(text)
    )


_OWN_REPORT = (
    r"(?:this|the\s+(?:present|current)|our)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:analys[ie]s|report|work|investigation|experiment|cohort|survey|review|project)\b"
)
# A reason clause fronted before the study's own act, whatever that act names: "Because
# opioid antagonists, including X, have been discussed as mood modulators, we examined
# whether Y ...", "Since X has been reported to lift mood, this analysis asked ...",
# "Given that X may act on microglia, we tested ...", "As X is thought to ..., our study
# ...". The clause is the study's motive; what the study does is told after its comma.
_FRONTED_REASON = Folded(
    rf"^\s*(?:(?:however|moreover|thus|therefore|hence|here),?\s+)?{_REASON_CONJ}\s+"
    rf"[^;]*?{_REASON_VERB}[^;]*?,\s*(?={_STUDY_ACT}|{_OWN_REPORT})",
    re.IGNORECASE,
)
# the act naming the motive's subject again by reference: "we tested it", "this drug"
_REFERS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|th(?:is|ese|at|ose)\s+(?:[\w\-]+\s+)?"
    r"(?:drugs?|agents?|compounds?|medications?|treatments?|regimens?|doses?))\b",
    re.IGNORECASE,
)


def fronted_reason_end(s: Sentence, start: int) -> int | None:
    """Where the study's own act begins in ``s`` if ``start`` lies in a reason clause
    fronted before that act and the act does not name its subject back ("it", "this
    drug"): the end of the motive, else ``None``."""
    m = _FRONTED_REASON.match(s.text)
    if m is None or not m.start() <= start < m.end():
        return None
    if _REFERS_BACK.search(s.text, m.end()):
        return None
    return m.end()


def named_aside(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) is not given in the study: said to be left out of
    it, or named only as a point of reference ("unlike X")."""
    text = s.text
    if left_out(text, start, end):
        return True
    if s.exclusion and ruled_out(text, start, end):
        return True  # "current use of X was an exclusion criterion"
    before = text[max(0, start - 60) : start]
    low = before.lower()
    return any(w in low for w in _ASIDE_WORDS) and _ASIDE_BEFORE.search(before) is not None


# The drug as something people took before the study: "41% had previously taken X",
# "prior X exposure", "a history of X use". In a trial this describes the people (what
# they came in with, or were washed out of), not what the trial gives them.
_HISTORY_BEFORE = Folded(
    r"\b(?:had|have|has)\s+(?:previously\s+|already\s+|ever\s+|once\s+|formerly\s+)?"
    r"(?:taken|tried|used|received|been\s+(?:treated\s+with|on|given|prescribed))\s+"
    r"(?:[\w\-]+\s+){0,5}?$|"
    r"\b(?:previously|formerly)\s+(?:taken|tried|used|received|treated\s+with|prescribed|"
    r"exposed\s+to)\s+(?:[\w\-]+\s+){0,5}?$|"
    r"\b(?:prior|previous|past|earlier|former)\s+(?:(?:use|exposure|treatment|trials?|courses?|"
    # ("prior response pattern to X": how people had fared on it before)
    r"(?:non-?)?responses?(?:\s+patterns?)?)\s+(?:of|to|with)\s+)?$|"
    r"\bhistory\s+of\s+(?:[\w\-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_HISTORY_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:exposure|history)\b", re.IGNORECASE)
_HISTORY_PRIOR_BEFORE = re.compile(r"\b(?:prior|previous|past|earlier|former)\s+$", re.I)


# the drug's earlier use named as such, its dose after it: "prior naltrexone use at 1.5 mg
# was allowed", "previous use of LDN (3 mg)", "past exposure to naltrexone 1.5 mg" (an
# eligibility rule about people's history, not what the study gives)
_EARLIER_USE_BEFORE = re.compile(
    r"\b(?:prior|previous|past|earlier|former)\s+(?:(?:use|exposure|treatment|trials?|courses?)\s+"
    r"(?:of|to|with)\s+)?$",
    re.IGNORECASE,
)
_EARLIER_USE_AFTER = re.compile(r"^\s*(?:use|exposure|treatment|history)\b", re.IGNORECASE)
# ... or the drug right after an adverb or adjective of the past, as an extension's arm
# label names the parent trial's assignment ("Previously LDN 1.5 mg", "Prior naltrexone
# 1.5 mg", "Formerly LDN 1.5 mg"): what those people took before, not this study's dose
# ("previous" is left out: "back to the previous LDN 1.5 mg" is a step of this study)
_EARLIER_BARE_BEFORE = re.compile(r"\b(?:previously|formerly|prior)\s+$", re.IGNORECASE)


def named_as_earlier_use(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) as people's earlier use of it ("prior X use", "previous
    use of X", "past exposure to X", "Previously X 1.5 mg"): a narrower reading than ``named_as_history`` (which
    also takes "had been prescribed X", a cohort's own exposure)."""
    before = s.text[max(0, start - 40) : start]
    if _EARLIER_BARE_BEFORE.search(before):
        return True
    if not _EARLIER_USE_BEFORE.search(before):
        return False
    return bool(before.rstrip().lower().endswith(("of", "to", "with"))) or bool(
        _EARLIER_USE_AFTER.match(s.text[end:])
    )


# ... or as the treatment people had failed before they came in: "who had not responded
# to three months of X", "whose pain had persisted despite X", "after an inadequate
# response to X". What the study's people failed is their history, not an arm (a study of
# a higher dose in X's non-responders gives that dose, not X). The failure must come
# before the study: a pluperfect "had ..." or "after/following" a failure, in the drug's
# own clause, and no time of the study's own in the sentence ("who had not responded to
# 1.5 mg by week 4 were raised to 4.5 mg" is a step of the study, both doses given).
# (the drug within a few words of the failure, none of them a verb of giving and no comma
# between: "who had not responded to two SSRIs received X" gives X)
_FAILED_TAIL = (
    r"(?:\s+(?!(?:received?|receiving|took|take|were|was|are|is|given|started|switched|"
    r"randomi[sz]ed|assigned|allocated|treated|added|began)\b)[\w\-()]+){0,6}?\s+$"
)
_FAILED_BEFORE = Folded(
    r"\bhad\s+(?:[\w\-]+\s+){0,4}?(?:not\s+(?:\w+\s+)?(?:responded|improved|benefited|"
    r"tolerated|remitted)|failed|(?:persisted|continued|remained|relapsed|worsened)\s+"
    r"(?:\w+\s+){0,2}?(?:despite|on)|(?:an?\s+)?(?:inadequate|insufficient|partial|poor|no|"
    r"unsatisfactory)\s+(?:\w+\s+)?response)\b" + _FAILED_TAIL + "|"
    r"\b(?:after|following)\s+(?:(?:an?\s+)?(?:inadequate|insufficient|partial|poor|no|"
    r"unsatisfactory)\s+(?:\w+\s+)?response|(?:the\s+)?failure|failing|"
    # ("Sertraline for ... after unsuccessful X", "following ineffective X")
    r"non-?response|(?:an?\s+)?(?:unsuccessful|ineffective|failed))\b" + _FAILED_TAIL + "|"
    # ... or the people described by what had not lifted on it: "in people whose depressive
    # symptoms persisted after X", "those whose pain remained despite X"
    r"\bwhose\s+(?:[\w\-]+\s+){0,3}?(?:persisted|remained|continued|recurred)\s+"
    r"(?:\w+\s+)?(?:after|despite)\s+(?:[\w\-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# a time or phase of the study itself (the failure was inside it)
_STUDY_TIME = Folded(
    r"\b(?:weeks?|days?|visits?|months?)\s+\d+\b|\b(?:by|at|after|until)\s+(?:the\s+)?"
    r"(?:end\s+of\s+)?(?:weeks?|days?|visits?|phase|period|stage|step)\b|"
    r"\b(?:run-?in|lead-?in|first|initial|open(?:-label)?)\s+(?:phase|period|stage|step)\b|"
    r"\bduring\s+(?:the|this)\s+(?:study|trial|titration)\b",
    re.IGNORECASE,
)


def named_as_failed_before(s: Sentence, start: int) -> bool:
    """The drug named at ``start`` as what the study's people had failed before it
    (``_FAILED_BEFORE`` in its clause, with no time of the study's own in the sentence)."""
    before = s.text[max(0, start - 120) : start]
    return _FAILED_BEFORE.search(before) is not None and not _STUDY_TIME.search(s.text)


# ... or as what they had to stop before the study began: "X, which many take for pain,
# had to be discontinued at least 8 weeks before randomisation", "X was washed out before
# baseline" (a washout: what they came in with, kept out of the study; not a dose stopped
# during it, "stopped before the end of the trial")
_WASHED_OUT_AFTER = Folded(
    r"(?:[^.;]{0,90}?[\s,])?(?:had\s+to\s+be|must\s+(?:have\s+)?be(?:en)?|was|were|(?:is|are)\s+to\s+be)\s+"
    r"(?:\w+\s+)?(?:stopped|discontinued|withdrawn|washed\s+out|tapered\s+off|ceased)\b"
    r"[^.;]{0,40}?\bbefore\s+(?:the\s+)?(?:randomi[sz]ation|enrol+ment|screening|baseline|"
    r"inclusion|(?:study\s+)?entry|study\s+start|first\s+(?:dose|session|visit))\b",
    re.IGNORECASE,
)


# ... or told the other way round, the time of entry first and the stop after it: "had
# been taking X for pain before the switch, which was stopped", "... before enrolment, and
# this was discontinued"
_STOPPED_AT_ENTRY_AFTER = Folded(
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,90}?\bbefore\s+(?:the\s+)?(?:switch|randomi[sz]ation|enrol+ment|screening|baseline|"
    r"inclusion|(?:study\s+)?entry|study\s+start)\b\s*,?\s*(?:(?:which|and\s+(?:this|it|these))\s+)?"
    r"(?:was|were|had\s+to\s+be)\s+(?:\w+\s+)?(?:stopped|discontinued|withdrawn|tapered\s+off|"
    r"ceased)\b",
    re.IGNORECASE,
)


def named_as_stopped_at_entry(s: Sentence, end: int) -> bool:
    """The drug named ending at ``end`` as what people had to stop when the study began
    (``_WASHED_OUT_AFTER``, ``_STOPPED_AT_ENTRY_AFTER``): in any design, not what the
    study gives."""
    return bool(_WASHED_OUT_AFTER.match(s.text, end) or _STOPPED_AT_ENTRY_AFTER.match(s.text, end))


def named_as_history(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) as what people had taken before the study ("had
    previously taken X", "prior X exposure"), or had failed before it, or had to stop
    before it began (``named_as_stopped_at_entry``), not as what it gives."""
    before = s.text[max(0, start - 80) : start]
    if _HISTORY_BEFORE.search(before) or named_as_failed_before(s, start):
        return True
    if named_as_stopped_at_entry(s, end):
        return True
    return bool(_HISTORY_AFTER.match(s.text[end:]) and _HISTORY_PRIOR_BEFORE.search(before))


# ... or as what the trial forbids its people to take up (again): "Restarting X during the
# trial was not allowed", "starting X was prohibited". A taking-up word right before the
# drug and the ban after it in its clause (not "X dose changes were not allowed": X held)
_TAKING_UP_BEFORE = re.compile(
    r"\b(?:re-?start\w*|resum\w*|start\w*|initiat\w*|reintroduc\w*|(?:new\s+)?use\s+of|"
    r"taking)\s+(?:(?:open-?label|off-?label|any|the)\s+)?$",
    re.IGNORECASE,
)
_BANNED_AFTER = re.compile(
    r"^(?:(?!\b(?:dos(?:e|es|ing|age)|chang\w*|adjust\w*|increas\w*|decreas\w*|and|but)\b)"
    r"[^.;]){0,60}?\b(?:was|were|is|are)\s+(?:not\s+(?:allowed|permitted)|prohibited|forbidden|"
    r"disallowed)\b(?!\s+to\b)",
    re.IGNORECASE,
)


def named_as_forbidden(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) as what the study's people may not take up during it
    ("Restarting X during the trial was not allowed"): a rule of the trial, not its arm."""
    before = s.text[max(0, start - 40) : start]
    return bool(_TAKING_UP_BEFORE.search(before) and _BANNED_AFTER.match(s.text[end:]))


# ... or as the dose a person moved on from: "was switched from 3 mg nightly to 4 mg twice
# a day", "converted from LDN 4.5 mg to ...". With the history and the failures above, the
# dose is what came before the one the report studies.
_LEFT_BEFORE = Folded(
    r"\b(?:switched|changed|converted|moved|transitioned|crossed\s+over|stepped\s+up|"
    r"increased|raised)\s+(?:\w+\s+){0,2}?from\s+(?:[\w\-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# ... or told first, the move after it: "had a partial response to LDN 4.5 mg for three
# months before she was switched to an 8 mg capsule", "took 4.5 mg with little effect
# until his dose was raised to 10 mg", "3 mg for six weeks, after which she was changed to"
_LEFT_AFTER = Folded(
    r"^[^.;]{0,60}?\b(?:before|until|after\s+which|whereupon)\s+(?:(?:he|she|they|the\s+"
    r"(?:patient|person|dose)|his\s+dose|her\s+dose|their\s+dose|it)\s+)?(?:was\s+|were\s+|"
    r"being\s+)?(?:\w+\s+){0,2}?(?:switched|changed|converted|moved|transitioned|raised|"
    r"increased|escalated|stepped\s+up)\b",
    re.IGNORECASE,
)
# a move made by only some of the people ("non-responders were switched from ...",
# "patients with a partial response to 4.5 mg", "the others stayed"): a step of the
# study for them, the dose left still given to all
_SOME_MOVED = Folded(
    r"\bnon-?respon\w*|\bpartial\s+responders\b|\b(?:those|participants|patients|subjects|"
    r"people|individuals|women|men|adults|children)\s+(?:who|whose|with(?:out)?)\b|"
    r"\bthe\s+(?:others|rest|remainder)\b",
    re.IGNORECASE,
)


def moved_on_from(s: Sentence, start: int, end: int) -> bool:
    """A dose at [start, end) told as what the person had taken, had failed ("after
    partial response to 4.5 mg at night") or was switched from (the move said before the
    dose or after it), before the regimen the sentence gives: history, not the studied dose. Not where the move is a step of the
    study (a week of its own) or made by only some of its people."""
    if _SOME_MOVED.search(s.text) or _STUDY_TIME.search(s.text):
        return False
    before = s.text[max(0, start - 80) : start]
    return (
        named_as_history(s, start, end)
        or _LEFT_BEFORE.search(before) is not None
        or _LEFT_AFTER.search(s.text[end:]) is not None
    )


# The drug as what people other than the participants take: the mothers of infants
# studied, participants' partners or caregivers, a historical cohort ("infants of mothers
# who had used sertraline", "their partners, 18 of whom were taking an SSRI", "caregivers'
# own antidepressant use", "a historical cohort treated with fluoxetine"). Those people are
# not given the watched drug, so what they take is nobody's co-medication. The other people
# must be named in the drug's own clause, before it.
_OTHERS = (
    r"(?:mothers|fathers|parents|partners|spouses|caregivers|carers|relatives|siblings|"
    r"family\s+members)"
)
_TAKEN_BY_OTHERS_BEFORE = Folded(
    rf"\b(?:(?:infants|babies|neonates|newborns|children|offspring)\s+(?:born\s+)?(?:to|of)\s+"
    rf"(?:the\s+)?(?:mothers|women|parents)|(?:their|participants'|patients'|the\s+patients')\s+"
    rf"{_OTHERS}|{_OTHERS}'|historical\s+(?:cohort|controls?|comparison|comparator)s?|"
    rf"external\s+(?:cohort|controls?))[^.;:]*$",
)
_OTHERS_HINT = (
    "mother",
    "women",
    "parent",
    "partner",
    "spouse",
    "caregiver",
    "carer",
    "relative",
    "sibling",
    "family",
    "historical",
    "external",
)


# ... or what people left out of this report take: a group of people is the subject of the
# drug's clause and the clause's verb puts them elsewhere ("The remaining 72 participants,
# who were taking SSRIs, are reported in the primary paper", "the 40 patients on SSRIs
# were analysed separately", "those on sertraline (n = 51) will be described in a
# separate report", "participants taking an SNRI were excluded from this analysis"). A
# derived report names its parent's other people so; they are not this record's people.
# The subject must be the people (a determiner, a count or a few words, then the noun,
# at the clause's start): "the trial's results in patients on SSRIs are reported
# elsewhere" speaks of results, and may be the very people analysed here.
_GROUP_CLAUSE_CUT = re.compile(r"[;:]|\.\s|,\s*(?:and|but|while|whereas)\b", re.I)
_GROUP_SUBJECT = Folded(
    r"^\s*(?:(?!(?:of|in|for|with|among|from|to|by|on|after|analys[ie]s|results?|outcomes?|"
    r"data|findings|effects?)\b)[\w\-]+\s+){0,4}?(?:participants|patients|subjects|people|"
    r"individuals|adults|women|men|persons|those|users|cases)\b",
)
_ELSEWHERE_AFTER = Folded(
    r"^(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;:]){0,140}?\b(?:are|were|is|was|will\s+be|"
    r"have\s+been|has\s+been|had\s+been|being)\s+(?:(?!not\b)\w+\s+)?(?:"
    r"(?:reported|analy[sz]ed|described|presented|published|examined|considered|discussed|"
    r"summari[sz]ed|covered|evaluated|assessed|studied)\s+(?:separately|elsewhere|apart|"
    r"independently|in\s+(?:the|a|an|our|their)\s+(?:[\w\-]+\s+){0,2}?(?:paper|report|"
    r"article|publication|manuscript|companion|analysis))|"
    r"(?:excluded|omitted|removed|dropped|left\s+out|not\s+included)\s+(?:from|of)\s+"
    r"(?:this|the\s+present|the\s+current|our|the)\s+(?:[\w\-]+\s+){0,2}?(?:analys[ie]s|"
    r"report|paper|sub-?stud(?:y|ies)|sample)|"
    r"not\s+(?:analy[sz]ed|included|considered|examined|studied)\s+(?:here|in\s+this))\b",
)
_ELSEWHERE_HINT = (
    "separately",
    "elsewhere",
    "apart",
    "independently",
    "paper",
    "report",
    "article",
    "publication",
    "manuscript",
    "companion",
    "analys",
    "sample",
    "stud",
    "here",
)


def set_apart(s: Sentence, start: int, end: int) -> bool:
    """The drug named at [start, end) is what people this report leaves out take: the
    subject of its clause is a group of people said to be reported, analysed or published
    elsewhere, or left out of this analysis (see ``_ELSEWHERE_AFTER``)."""
    text = s.text
    after = text[end : end + 220]
    low = after.lower()
    if not any(w in low for w in _ELSEWHERE_HINT):
        return False
    head = text[max(0, start - 160) : start]
    cut = list(_GROUP_CLAUSE_CUT.finditer(head))
    if cut:
        head = head[cut[-1].end() :]
    elif start > 160:
        return False
    return _GROUP_SUBJECT.search(head) is not None and _ELSEWHERE_AFTER.search(after) is not None


def taken_by_others(s: Sentence, start: int, end: int | None = None) -> bool:
    """The drug named at ``start`` is what people other than the participants take (the
    mothers of infants studied, partners, caregivers, a historical cohort), or, given its
    ``end``, what people this report leaves out take (``set_apart``)."""
    before = s.text[max(0, start - 120) : start]
    low = before.lower()
    if any(w in low for w in _OTHERS_HINT) and _TAKEN_BY_OTHERS_BEFORE.search(before):
        return True
    return end is not None and set_apart(s, start, end)


# earlier work named as barely or never done: "so far tested in a single pilot", "has
# never been combined with", "has not been studied"
# (... or one small pilot: "a small pilot study has suggested that X may augment ...")
_BARELY = Folded(
    r"\b(?:so far|to date|only|single|never|not|no|yet|rarely|seldom|little|limited|sparse)\b|"
    r"\b(?:an?|one)\s+small\s+(?:[\w\-]+\s+)?pilot\b",
    re.IGNORECASE,
)


def barely_studied(s: Sentence) -> bool:
    """A sentence about earlier work that says it is scant or absent (a review's aside on a
    drug outside what it reviews, not its report of what it found)."""
    return s.prior and _BARELY.search(s.text) is not None


# A review's own word that it treats something only in passing: "Other approaches, such
# as X, are briefly mentioned", "we touch only briefly on X", "X is noted in passing". The
# cue must share the drug's clause ("ketamine is discussed in detail; X is briefly
# mentioned" passes X by, not ketamine).
_IN_PASSING = Folded(
    r"\b(?:briefly|cursorily|in\s+passing)\b|\b(?:brief|passing|cursory)\s+(?:mention|"
    r"note|reference|remark)s?\b|\btouch(?:es|ed|ing)?\s+(?:\w+\s+)?(?:up)?on\b|"
    r"\b(?:mention(?:s|ed|ing)?|not(?:e|es|ed)|list(?:s|ed)?)\s+(?:only\s+)?as\s+(?:an?\s+)?"
    r"(?:aside|footnote)s?\b|"
    # ... or only to set the scene: "X is mentioned for context", "earlier work on X is
    # summarised as background", "by way of background" (not a treatment "as background
    # therapy", which people take)
    r"\b(?:for|as|by\s+way\s+of)\s+(?:brief\s+|historical\s+|general\s+|wider\s+)?"
    r"(?:context|background)\b(?!\s+(?:treatment|therapy|medication|drug|regimen|use|"
    r"antidepressant|care)s?\b)|"
    # ... or among the other options the record sets its own results beside: "we discuss
    # the findings alongside other opioid strategies, including X", "the results are
    # interpreted alongside other rapid-acting options such as X" (X is a point of
    # comparison for the discussion, not what was pooled or reviewed)
    r"\b(?:results|findings|estimates|effects?|data)\s+(?:(?:are|were)\s+)?(?:[\w\-]+\s+)?"
    r"(?:alongside|beside)\s+other\b|"
    r"\b(?:discuss|interpret|place|set|put|consider|view)\w*\s+(?:the\s+|our\s+|these\s+|"
    r"its\s+|their\s+)?(?:results|findings|estimates|effects?|data)\s+"
    r"(?:alongside|beside)\s+other\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:but|while|whereas|and\s+(?:we|the|it|they))\b", re.I)


# A review's word that it covers something besides its subject: "we also discuss X", "X
# is also considered", "in addition, we comment on X", "we further note X". Beside a
# title that names another subject it is an add-on (``topic``), not what is reviewed.
_ALSO_COVERED = Folded(
    r"\b(?:also|additionally|further|finally)\s+(?:briefly\s+)?(?:discuss|mention|note|"
    r"consider|cover|comment|outline|address|touch)\w*|"
    r"\bin\s+addition,?\s+(?:we\s+|the\s+review\s+)?(?:briefly\s+)?(?:discuss|mention|note|"
    r"consider|cover|comment|outline|address|touch)\w*",
    re.IGNORECASE,
)


def also_covered(s: Sentence, start: int) -> bool:
    """The sentence adds the thing named at ``start`` as a further item the record covers
    (``_ALSO_COVERED``, in the same clause, before it)."""
    if not _ALSO_COVERED.search(s.text):
        return False  # a fast first look
    a = 0
    for m in _CLAUSE_END.finditer(s.text):
        if m.start() >= start:
            break
        a = m.end()
    return _ALSO_COVERED.search(s.text[a:start]) is not None


# A review's own statement of what it reviews: "We review A, B and C", "This review
# summarises trials of A", "Here we discuss A". Where it does not name the drug, the
# review's subject is something else.
_REVIEW_SCOPE = Folded(
    r"\b(?:we|here,?\s+we|this\s+(?:[\w\-]+\s+)?review|the\s+(?:present|current)\s+review)\s+"
    r"(?:\w+\s+)?(?:review|summari[sz]e|discuss|examine|survey|describe|appraise|cover|outline|"
    r"focus|synthesi[sz]e|evaluate|assess)\w*\b|"
    # ... or what it searched for or took in: "We searched MEDLINE and Embase for randomised
    # trials of A", "Randomised trials of A or B in MDD were eligible", "we included
    # placebo-controlled studies testing A"
    r"\b(?:we|the\s+authors)\s+(?:systematically\s+)?search(?:ed)?\b[^.;]{0,120}?\bfor\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:trials|studies|RCTs|reports|publications)\s+"
    r"(?:of|with|on|using|testing|evaluating|comparing)\b|"
    r"\bwe\s+included\s+(?:[\w\-]+\s+){0,3}?(?:trials|studies|RCTs)\s+"
    r"(?:of|with|on|using|testing|evaluating|comparing)\b|"
    r"\b(?:trials|studies|RCTs)\s+(?:of|with|on|using|testing|evaluating|comparing)\s+"
    r"[^.;]{1,120}?\b(?:were|was)\s+(?:deemed\s+)?(?:eligible|included|pooled|combined)\b|"
    # ... or what a pooled analysis put together: "We pooled 1,343 patients from three
    # phase 3 trials of A", "we combined individual data from two studies testing B"
    r"\b(?:we|the\s+authors)\s+(?:pooled|combined|meta-?analy[sz]ed|re-?analy[sz]ed)\b"
    r"[^.;]{0,120}?\b(?:trials|studies|RCTs)\s+"
    r"(?:of|with|on|using|testing|evaluating|comparing)\b",
    re.IGNORECASE,
)


def states_review_scope(s: Sentence) -> bool:
    """The sentence says what the review itself reviews (see ``_REVIEW_SCOPE``)."""
    return _REVIEW_SCOPE.search(s.text) is not None


# The drug as the foil that a record sets its own subject against: "we contrast these
# agents with X", "compared with X, these agents ...", "set against X", "beyond X",
# "alternatives to X". The cue is in the drug's clause, before it, and the drug is its
# object (a few words on, or a dose written beside it): the record's subject is what is
# contrasted, not X.
_FOIL_BEFORE = Folded(
    r"\b(?:contrast|compar|juxtapos)\w*\s+(?:[\w\-]+\s+){1,4}?(?:with|to|against)\s+"
    r"(?:[\w\-]+[\s(\[]+){0,4}?$|"
    r"\b(?:set|weigh\w*|measur\w*)\s+(?:[\w\-]+\s+){1,4}?against\s+(?:[\w\-]+[\s(\[]+){0,4}?$|"
    r"(?:^|[,;:]\s*)(?:compared|contrasted)\s+(?:with|to)\s+(?:[\w\-]+[\s(\[]+){0,4}?$|"
    r"\b(?:beyond|alternatives?\s+to|other\s+than|instead\s+of|rather\s+than|successors?\s+to)"
    r"\s+(?:the\s+)?(?:[\w\-]+[\s(\[]+){0,3}?$",
    re.IGNORECASE,
)


# a further item the sentence sets its subject against: "We contrast A with B, and with
# the small trial in which X was added ..." (the foil verb told once, earlier in the clause)
_FOIL_AGAIN = Folded(
    r"(?:^|[,;]\s*|\s)(?:and|as\s+well\s+as)\s+(?:with|to|against)\s+"
    r"(?:[\w\-]+[\s(\[]+){0,8}?$",
    re.IGNORECASE,
)


def named_as_foil(s: Sentence, start: int) -> bool:
    """The drug named at ``start`` as what the record sets its subject against (see
    ``_FOIL_BEFORE``), within its clause, or as a further item of that foil ("..., and
    with the pilot in which X ...")."""
    a = max(s.text.rfind(";", 0, start), s.text.rfind(".", 0, start - 1)) + 1
    if _FOIL_BEFORE.search(s.text[max(a, start - 90) : start]) is not None:
        return True
    if _FOIL_LIST.search(s.text[a:start]) is not None:
        return True
    again = _FOIL_AGAIN.search(s.text[max(a, start - 90) : start])
    if again is None:
        return False
    head = s.text[a : max(a, start - 90) + again.start() + 1]
    return _FOIL_BEFORE.search(head) is not None or any(
        _FOIL_BEFORE.search(head[: m.end()]) for m in _FOIL_WITH.finditer(head)
    )


_FOIL_WITH = re.compile(r"\b(?:with|to|against)\s")
# ... or a list the foil statement opens with a colon: "We contrast these agents with
# non-selective antagonists: naltrexone at standard doses ..., and low-dose X is used off
# label" (every item after the colon is the foil)
_FOIL_LIST = Folded(
    r"\b(?:contrast|compar|juxtapos)\w*\s+(?:[\w\-]+\s+){1,4}?(?:with|to|against)\s+"
    r"[^.;:]{1,60}:\s",
    re.IGNORECASE,
)


def in_passing(s: Sentence, start: int) -> bool:
    """The sentence says the record treats the thing named at ``start`` only in passing
    (``_IN_PASSING``, in the same clause): a review's aside, not what it reviews."""
    if not _IN_PASSING.search(s.text):
        return False  # a fast first look
    a = 0
    for m in _CLAUSE_END.finditer(s.text):
        if m.start() >= start:
            return _IN_PASSING.search(s.text[a : m.start()]) is not None
        a = m.end()
    return _IN_PASSING.search(s.text[a:]) is not None


def own_at(s: Sentence, start: int) -> bool:
    """The study's own words at ``start``: an own sentence, and not in a clause or phrase
    about other work ("...; comparison with X is warranted" names X as future work)."""
    return s.own and s.masked[start : start + 1] == s.text[start : start + 1]


def others_at(s: Sentence, start: int) -> bool:
    """The thing named at ``start`` of an own sentence sits in the sentence's opening that
    the roles set in other work, before the sentence turns to the study ("After a trial
    reporting that X augmented SSRIs and SNRIs, we assessed ..."): another study's, not
    this one's (an extension's parent, which ``others_blanked`` keeps, is the extension's
    own). A clause set in other work after the study's own ("...; earlier trials of
    escitalopram had failed and she now also takes nortriptyline") is not read so: its
    blanking may run over what the person takes now."""
    blanked = s.others_blanked or s.text
    return blanked[start : start + 1] != s.text[start : start + 1] and not blanked[:start].strip()


# an own sentence that compares, as this study's arm, a regimen the sentence right before
# it told as earlier work, naming it by reference: "We compared that regimen with 4.5 mg
# once nightly", "This trial tested the pilot's schedule against 3 mg", "Here we compared
# this dose with 1.5 mg" (the regimen is the study's arm, though first told as background)
_TAKES_UP = Folded(
    r"^(?:(?:here|in\s+this\s+(?:study|trial)|in\s+the\s+present\s+(?:study|trial)),?\s+)?"
    r"(?:we|this\s+(?:[\w\-]+\s+)?(?:study|trial)|the\s+present\s+(?:study|trial))\s+"
    r"(?:(?:directly|then|therefore|now|prospectively|head-to-head)\s+)?"
    r"(?:compared|tested|contrasted|pitted|weighed)\s+"
    r"(?:that|this|the\s+(?:pilot'?s|trial'?s|study'?s|same|original|earlier|previous))\s+"
    r"(?:[\w\-]+\s+)?(?:regimen|schedule|dose|dosing|dosage|strategy)\s+"
    r"(?:head-to-head\s+)?(?:with|against|to|versus|vs\.?)\s",
    re.IGNORECASE,
)


def taken_up(doc: Doc) -> dict[int, int]:
    """The background sentences whose regimen the study's own next sentence takes up as an
    arm it compares ("The 2017 pilot used X 1 mg twice daily. We compared that regimen
    with 4.5 mg once nightly ..."): background index -> the index of the sentence taking
    it up. Only the regimen is taken up (``doses.find``): the sentence stays background
    for every other fact."""

    def compute(doc: Doc) -> dict[int, int]:
        out = {}
        for s, nxt in zip(doc.sentences, doc.sentences[1:], strict=False):
            if (
                (s.background or s.prior)
                and not s.future
                and nxt.own
                and not nxt.is_title
                and _TAKES_UP.match(nxt.text)
            ):
                out[s.index] = nxt.index
        return out

    return doc.remember("taken_up", compute)


def takes_up_at(doc: Doc, s: Sentence) -> int | None:
    """Where the other side of a taken-up comparison begins in ``s`` (after "with",
    "against"...), if ``s`` takes up the regimen of the sentence before it."""
    if s.index not in taken_up(doc).values():
        return None
    m = _TAKES_UP.match(s.text)
    return m.end() if m else None


# A plan the record itself says it replaced (an amended protocol, an updated registration):
# "the comparison between 2 mg and 4.5 mg originally planned is no longer part of the
# trial", "initially 105 participants were foreseen", "in the original protocol, a 1 mg arm
# ...". What such a clause describes is no longer what anyone is assigned to or planned
# for. ("no longer" alone is left out: "patients no longer responding to SSRIs" describes
# the people, so it must be said of the plan: part of it, tested, offered, an arm.)
_SUPERSEDED = Folded(
    r"\bno\s+longer\s+(?:be\s+)?(?:(?:a|an|the)\s+)?(?:part\s+of|included|compared|tested|"
    r"studied|offered|evaluated|planned|investigated|assessed|randomi[sz]ed\s+to|assigned\s+to|"
    r"allocated\s+to|arms?\b|groups?\b|comparisons?\b)|"
    # ("previously described" and the like are left out: "as previously described" is a
    # method's source, not a replaced plan)
    r"\b(?:originally\s+(?:[\w\-]+\s+){0,3}?|(?:initially|at\s+first)\s+)(?:planned|proposed|"
    r"intended|designed|specified|foreseen|envisaged|anticipated|targeted)\b|"
    r"\b(?:planned|proposed|intended|specified|foreseen|envisaged)\s+"
    r"(?:originally|initially|at\s+first|before\s+the\s+(?:amendment|update|change))\b|"
    r"\b(?:in|under|by)\s+the\s+(?:original|initial|earlier|previous|first|former)\s+"
    r"(?:\w+\s+)?(?:protocol|design|plan|version|registration)\b|"
    # the replaced size named as a noun phrase: "The original sample size of 240 assumed
    # ...", "our initial target of 150 was too small"
    r"\b(?:the|our|its|an?)\s+(?:original|initial|earlier|previous|former)\s+"
    r"(?:(?:planned|target|intended)\s+)?(?:sample\s+size|sample|target|enrol+ment(?:\s+target)?)"
    r"\s+of\s+\d",
    re.IGNORECASE,
)
_SUPERSEDED_HINTS = ("longer", "original", "initial", "previous", "first", "earlier", "former")
# ... or a bracket that notes the value a plan had before, after the one it has now:
# "naltrexone 2 mg nightly (previously 4.5 mg nightly)", "(from Amendment 2; originally
# 6 mg)", "60 (formerly 90)" (the earlier value is written right after the word; a bracket
# about people's history, "(previously treated with an SSRI)", holds none)
_SUPERSEDED_BRACKET = re.compile(
    r"(?:(?<=\()|(?<=[;,])\s*)(?:previously|formerly|originally)\s*:?\s*(?=\d)[^()]*(?=\))",
    re.IGNORECASE,
)
# where a sentence's clauses part: a semicolon, or a comma before a contrasting word
_CLAUSE_PART = re.compile(r";|,\s+(?=(?:but|whereas|while|although|instead|and\s+the)\b)", re.I)


def superseded(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence that describe a plan the record replaced (``_SUPERSEDED``),
    and the brackets that note a value the plan had before (``_SUPERSEDED_BRACKET``)."""
    low = text.lower()
    if not any(w in low for w in _SUPERSEDED_HINTS):
        return []
    out = [m.span() for m in _SUPERSEDED_BRACKET.finditer(text)] if "(" in text else []
    if not _SUPERSEDED.search(text):
        return out
    start = 0
    for m in [*_CLAUSE_PART.finditer(text), None]:
        end = m.start() if m else len(text)
        if _SUPERSEDED.search(text[start:end]):
            out.append((start, end))
        start = m.end() if m else end
    return out


# ------------------------------------------- a part of the study this record does not report
# A record may report one part of a study run in parts one after another (cohorts, stages,
# parts, phases, dose levels) while a later part is still running or kept for another
# report: "interim results from cohort A ... cohort B, which opened after cohort A
# completed, receives 4.5 mg daily ... Results from cohort B will indicate whether the
# higher dose adds benefit" (holdout388 43800018), "a second cohort at 4.5 mg/day is
# ongoing", "stage 2 (4.5 mg) will be reported separately", "results of the 4.5 mg cohort
# are awaited". The later part's dose is given to nobody this record reports on: not one of
# its doses, and no dose it compares (CONTRACT.md: the doses participants were assigned to).
_PART_NOUN = r"(?:cohorts?|stages?|parts?|phases?|dose[\s\-]+levels?|arms?|groups?)"
_PART_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "next": "next",
    "subsequent": "next", "later": "next", "following": "next",
}  # fmt: skip
_PART_LETTERS = {c: str(i + 1) for i, c in enumerate("ABCDEFGH")}
_PART_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
# a part named by its label ("cohort B", "stage 2", "Part II"), its place ("the second
# cohort", "a subsequent, higher-dose cohort") or its dose ("the 4.5 mg cohort", "a cohort
# at 4.5 mg/day", "cohort B (4.5 mg)")
_PART_NAME = (
    r"(?:\b(?:cohort|stage|part|phase|dose[\s\-]+level|arm|group)\s+(?P<lab>[A-H]|[1-9]|"
    r"I{1,3}|IV)\b(?!\s*(?:mg|%|weeks?|days?|months?|trials?|stud(?:y|ies)))|"
    r"\b(?:the|a|an)\s+(?P<ord>first|second|third|fourth|fifth|next|subsequent|later|"
    r"following)(?:\s*,?\s*[\w\-]+){0,2}?\s+(?:cohort|stage|part|phase|dose[\s\-]+level)\b|"
    r"\b(?:the|a|an)\s+(?P<dose>\d+(?:\.\d+)?)[\s\-]*(?:mg|mcg|µg|micrograms?)"
    r"(?:\s*/\s*d(?:ay)?|\s+(?:daily|nightly))?[\s\-]+(?:cohort|stage|part|phase|dose[\s\-]+level|"
    r"arm|group)\b|"
    r"\b(?:cohort|stage|part|phase)\s+(?:at|on|of|receiving|given|taking)\s+"
    r"(?P<dose2>\d+(?:\.\d+)?)[\s\-]*(?:mg|mcg|µg|micrograms?)\b)"
)
# (an aside between the part and what is said of it: ", given 4.5 mg daily,", " (4.5 mg)";
# or the part's dose and schedule: "a second cohort at 4.5 mg daily is ongoing")
_PART_ASIDE = (
    r"(?:\s+(?:at|on|of|receiving|given|taking)\s+\d+(?:\.\d+)?[\s\-]*(?:mg|mcg|µg|micrograms?)"
    r"(?:\s*/\s*d(?:ay)?\b|\s+(?:daily|nightly|once\s+daily|a\s+day|per\s+day|at\s+night))?)?"
    r"(?:\s*,[^,.;]{1,60},|\s*\([^()]{1,40}\))?"
)
# what a part still to come is said to be: running, to be run, or its results to come
_PART_PENDING = (
    r"\s+(?:(?:results?|data|outcomes?|findings)\s+)?(?:"
    r"(?:is|are|remains?)\s+(?:still\s+|currently\s+|now\s+)?(?:ongoing|under\s*way|in\s+progress|"
    r"recruiting|enrolling|accruing|open\s+to\s+(?:enrol(?:l?ment)?|recruitment|accrual)|"
    r"being\s+(?:enrolled|recruited)|awaited|pending|expected|"
    r"forthcoming|planned|not\s+yet\s+(?:available|complete|completed|reported|analy[sz]ed)|"
    r"yet\s+to\s+(?:be\s+)?\w+)|"
    r"(?:has|have)\s+not\s+yet\s+(?:been\s+)?\w+|"
    r"will\s+(?:then\s+|next\s+|later\s+|subsequently\s+)?(?:receive|be\s+given|be\s+treated|be\s+dosed|"
    r"test|start|begin|open|enrol+|be\s+enrol+ed|be\s+reported|be\s+presented|be\s+published|"
    r"be\s+analy[sz]ed|follow|be\s+available|(?:indicate|show|tell|determine|establish|"
    r"clarify|reveal)\s+(?:whether|if))"
    r")\b"
)
_PENDING_PART = Folded(
    # the part as the subject: "cohort B will receive 4.5 mg", "a second cohort at 4.5 mg
    # is ongoing", "stage 2 results will be reported separately"; or as whose results or
    # enrolment are to come: "Results from cohort B will indicate whether ...", "enrolment
    # of the second cohort, given 4.5 mg daily, is under way"
    r"(?:\b(?:results?|data|outcomes?|findings|enrol(?:l?ment)|recruitment|accrual|treatment)\s+"
    rf"(?:from|of|for|in|into)\s+(?:the\s+)?)?(?:{_PART_NAME}){_PART_ASIDE}{_PART_PENDING}",
    re.IGNORECASE,
)
_PART_HINT = re.compile(r"\b(?:cohort|stage|part|phase|level|arm|group)", re.IGNORECASE)


def _part_key(m: re.Match[str]) -> str | None:
    """A part's key: its place in the order of parts ("cohort B", "stage 2" and "the
    second cohort" are all "2"), "next" for a part named only as coming next, or "mg:4.5"
    for a part named by its dose."""
    if m.group("lab"):
        lab = m.group("lab").upper()
        return _PART_LETTERS.get(lab) or _PART_ROMAN.get(lab) or lab
    if m.group("ord"):
        return _PART_ORDINALS[m.group("ord").lower()]
    dose = m.group("dose") or m.group("dose2")
    return f"mg:{float(dose):g}" if dose else None


_PART_NAMED = Folded(_PART_NAME, re.IGNORECASE)
_PART_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s*(?:and|but|while|whereas)\b", re.IGNORECASE)
# a result told at a dose: "with 4.5 mg", "on 4.5 mg/day", "in the 4.5 mg group"
_RESULT_AT_DOSE = re.compile(
    r"\b(?:with|on|at|in\s+the|for\s+the|receiving|taking)\s+(\d+(?:\.\d+)?)[\s\-]*"
    r"(?:mg|mcg|µg|micrograms?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PendingParts:
    """The parts of the study the record says are still to come (``_PENDING_PART``): their
    keys (``_part_key``) and where each statement stands (sentence index, span)."""

    keys: frozenset[str]
    spans: tuple[tuple[int, int, int], ...]

    def __bool__(self) -> bool:
        return bool(self.spans)


def _pending_parts(doc: Doc) -> PendingParts:
    found: list[tuple[int, int, int, str]] = []
    for s in doc.sentences:
        if not _PART_HINT.search(s.text):
            continue
        for m in _PENDING_PART.finditer(s.text):
            named = _PART_NAMED.search(m.group(0))
            key = _part_key(named) if named else None
            if key is None or key == "1":
                continue  # (the first part is the one a record reports before the rest)
            # (to the end of its clause: "stage 2 will receive 4.5 mg daily", "results
            # from cohort B will indicate whether the higher dose adds benefit")
            stop = _PART_CLAUSE_END.search(s.text, m.end())
            found.append((s.index, m.start(), stop.start() if stop else len(s.text), key))
    if not found:
        return PendingParts(frozenset(), ())
    # a part whose results the record tells after all ("response was 48% in cohort B", "MADRS
    # fell by 9 points on 4.5 mg") is one it reports, whatever else it says is to come
    told: set[str] = set()
    for s in doc.sentences:
        if not s.in_results:
            continue
        inside = [(a, b) for i, a, b, _ in found if i == s.index]
        for m in _PART_NAMED.finditer(s.text):
            if not any(a <= m.start() < b for a, b in inside):
                told.add(_part_key(m) or "")
        for m in _RESULT_AT_DOSE.finditer(s.text):
            if not any(a <= m.start() < b for a, b in inside):
                told.add(f"mg:{float(m.group(1)):g}")
    kept = [(i, a, b, k) for i, a, b, k in found if k not in told]
    return PendingParts(frozenset(k for *_, k in kept), tuple((i, a, b) for i, a, b, _ in kept))


def pending_parts(doc: Doc) -> PendingParts:
    """The parts of the study this record says are still running or reported elsewhere."""
    return doc.remember("roles.pending_parts", _pending_parts)


def without_parts_to_come(doc: Doc, s: Sentence) -> str:
    """The sentence's ``masked`` text with its statements of parts still to come blanked
    (same length): "Results from cohort B will indicate whether the higher dose adds
    benefit" tells of no higher dose this record gives."""
    pending = pending_parts(doc)
    out = s.masked
    for i, a, b in pending.spans:
        if i == s.index:
            out = out[:a] + " " * (b - a) + out[b:]
    return out


# where a clause opens, before the part named as its subject: "cohort A receives 2 mg and
# cohort B, which opened after cohort A completed, receives 4.5 mg" (the "cohort A" of the
# aside is no subject)
_CLAUSE_OPENS = re.compile(
    r"(?:^|[;:(]|,|\b(?:and|while|whereas|but|then)\b)\s*(?:(?:in|for)\s+)?(?:the\s+)?$", re.I
)


def part_of(text: str, at: int) -> str | None:
    """The key of the part whose dose stands at ``at``: the part named right after the dose
    ("4.5 mg daily (cohort B)", "4.5 mg in cohort B"), else the part named as the subject of
    its clause with no other dose between; None if no part is named so."""
    after = _PART_AFTER_DOSE.match(text, at)
    if after is not None:
        named = _PART_NAMED.search(text, after.end())
        if named is not None:
            return _part_key(named)
    head = text[max(0, at - 160) : at]
    offset = at - len(head)
    subject = None
    for m in _PART_NAMED.finditer(head):
        if _CLAUSE_OPENS.search(text, 0, offset + m.start()):
            subject = m
    if subject is not None and not re.search(
        r"\d\s*(?:mg|mcg|µg|micrograms?)\b", head[subject.end() :], re.I
    ):
        return _part_key(subject)
    return None


# a part named right after its dose: "4.5 mg daily (cohort B)", "4.5 mg in cohort B"
_PART_AFTER_DOSE = re.compile(
    rf"(?:[^.;()]|\.\d){{0,25}}?(?:\(\s*|\b(?:in|for)\s+)(?=(?:the\s+)?{_PART_NAME})", re.I
)


# A double-dummy design names each drug once more for the placebo made to look like it:
# "naltrexone plus placebo tablets matching escitalopram", "escitalopram-matched placebo".
# That mention is a placebo, not the drug.
_DUMMY_BEFORE = re.compile(
    r"\b(?:placebo|dummy|sham)\s+(?:[\w\-]+\s+){0,2}?(?:matching|matched\s+(?:to|with)|"
    r"identical\s+(?:to|with)|resembling|mimicking|for)\s+(?:the\s+|that\s+of\s+)?$",
    re.IGNORECASE,
)
_DUMMY_HINT = Folded(r"placebo|dumm", re.IGNORECASE)
_DUMMY_AFTER = Folded(
    r"^[\s\-]*(?:matched|matching)[\s\-]+(?:placebo|dumm)|"
    # "escitalopram-placebo", "sertraline dummy" (not "a sertraline placebo-controlled trial")
    r"^(?:-|\s)(?:placebo|dummy)\b(?![\s\-]*controlled)",
    re.IGNORECASE,
)
# "placebo-escitalopram", "dummy sertraline": the placebo of the drug named next
_DUMMY_JUST_BEFORE = re.compile(r"\b(?:placebo|dummy)(?:-|\s)$", re.IGNORECASE)


def dummy(text: str, start: int, end: int) -> bool:
    """The drug named at [start, end) is the placebo made to match it."""
    return bool(
        _DUMMY_BEFORE.search(text[max(0, start - 60) : start])
        or _DUMMY_JUST_BEFORE.search(text[max(0, start - 10) : start])
        or _DUMMY_AFTER.match(text[end:])
    )


@dataclass(frozen=True)
class Sentence:
    """One sentence with its section and its roles.

    ``own`` is what every fact reads by default: not background, not earlier work, not
    future work. ``masked`` is the text with clauses and phrases about other studies
    blanked out (same length, so offsets still hold).
    """

    text: str
    section: str | None
    index: int
    background: bool = False
    prior: bool = False
    future: bool = False
    hedged: bool = False
    exclusion: bool = False
    literature: bool = False
    # the opening of an objective section before it speaks of the study: a statement about
    # the field ("Anhedonia predicts poor response to serotonergic antidepressants")
    preamble: bool = False
    masked: str = ""
    restated: bool = False  # a background sentence naming the study itself
    # ``masked`` before an extension's parent trial is blanked: the text with only other
    # studies' clauses and phrases blanked (the parent's people are the extension's own)
    others_blanked: str = ""
    # a sentence of another study of a record that reports several (a thesis, a
    # multi-study paper): one of its studies that does not give the watched drug
    other_part: bool = False

    @property
    def own(self) -> bool:
        return not (self.background or self.prior or self.future or self.other_part)

    @property
    def admitted(self) -> str:
        """The text with its exclusion clauses blanked (same length): "Adults with MDD
        were randomized to X; patients on SSRIs were excluded" keeps its first clause."""
        if not self.exclusion:
            return self.text
        out = list(self.text)
        start = 0
        for m in [*_CLAUSE_BREAK.finditer(self.text), None]:
            end = m.start() if m else len(self.text)
            if _EXCLUSION.search(self.text[start:end]):
                out[start:end] = " " * (end - start)
            start = m.end() if m else end
        return "".join(out)

    @property
    def reported(self) -> bool:
        """Own and not hedged: states what this study did or found."""
        return self.own and not self.hedged

    @property
    def is_title(self) -> bool:
        return self.section == text_mod.TITLE

    @property
    def in_conclusion(self) -> bool:
        return self.section == text_mod.CONCLUSIONS

    @property
    def in_results(self) -> bool:
        return self.section == text_mod.RESULTS

    @property
    def unlabelled(self) -> bool:
        return self.section is None

    @property
    def in_methods(self) -> bool:
        """Where an abstract states what the study did: its methods, or no label."""
        return self.section in (None, text_mod.METHODS)

    @property
    def in_background_section(self) -> bool:
        return self.section == text_mod.BACKGROUND


# a clause joined on after a comma, as another statement: ", and a trial of 100 is planned"
# (its own subject after the conjunction, so ", and 12 of them ..." and a list's last item
# are also joined so; only a plan in it alone is set apart by it)
_JOINED_PLAN = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:an?|the|this|these|further|"
    r"future|larger|[\w\-]+\s+(?:trials?|stud(?:y|ies)|RCTs?))\b)",
    re.IGNORECASE,
)


# ... and only where the clause before it counts its own people ("in the 18 young people
# enrolled"): a title's "an open trial, and the case for testing it with SSRIs" stays one
# statement about another study, whose drugs nobody here took
_OWN_COUNT = re.compile(rf"\d|\b(?:{counts.NUMBER_WORD})\b", re.IGNORECASE)


# ... and only where what follows is a plan in so many words ("is planned", "will ..."):
# "..., and a larger trial (n = 148) has since combined 4.5 mg with SSRIs" is cited work,
# which stays set apart whole (preprints50 PPR4900005)
_PLAN_VERB = re.compile(
    r"\b(?:will|shall|is\s+(?:now\s+)?planned|are\s+(?:now\s+)?planned|is\s+(?:being\s+)?"
    r"(?:designed|prepared|set\s+up)|(?:is|are)\s+(?:now\s+)?(?:under\s*way|in\s+preparation))\b",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r";", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


# A sentence that speaks of this study: its authors, its aim, its people or its acts. In
# an abstract without section labels, the sentences before the first such one are its
# background ("SSRIs are first-line, but many patients do not respond. We gave X to 52
# adults on bupropion"), as a labelled abstract would have said.
_COUNT_WORDS = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_STUDY_SAYS = Folded(
    r"\b(?:we|our|us|here|herein)\b|"
    # ("this phase I/II trial": a slash within a word between)
    # (or named by a run of its design's words, commas between: "In this open-label,
    # sequential-cohort dose-escalation study, adults ..."; not "in this regard, the trial")
    r"\b(?:this|the\s+present|the\s+current)\s+"
    r"(?:(?!(?:regard|respect|context|way|light|sense|setting|vein|end|case|the|a|an|of|in)\b)"
    r"[\w\-/]+,?\s+){0,4}?(?:study|trial|report|case|paper|"
    r"article|analysis|review|series|letter|protocol|survey|pilot|cohort|work|"
    # (a note on the record itself opening a preprint: "Version 2 of this preprint adds
    # ...", "this revised manuscript corrects ...")
    r"preprint|manuscript)\b|"
    # a protocol's plan of whom it takes in, said of the study: "the trial will enrol adults
    # ...", "this study will recruit ..." (not "future trials will need to enrol ...")
    r"\b(?:study|trial|pilot|protocol)\s+will\s+(?:(?:also|first|then)\s+)?(?:enrol+|recruit|"
    r"include|randomi[sz]e|allocate|assign|treat)\b|"
    r"\b(?:aims?|aimed|objectives?|purpose|goal)\b|"
    r"\bto\s+(?:assess|evaluate|investigate|determine|examine|compare|test|explore|describe|"
    r"characteri[sz]e|estimate|report)\b|"
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|included|allocated|assigned|"
    r"treated|given|studied|followed|screened|identified|analy[sz]ed|interviewed|surveyed|"
    r"reviewed|searched|administered|prescribed|started|added|"
    # an open-label offer: "patients starting esketamine were offered X 3 mg nightly"; an
    # invitation into the study's own phase: "completers were invited into an open phase"
    r"offered|invited)\b|"
    r"\b(?:received|took\s+part|participated|underwent|completed)\b|"
    # the study's rule of whom it took in: "MDD (DSM-5) was required for inclusion",
    # "inclusion criteria were ...", "the entry diagnosis was bipolar depression"
    r"\b(?:inclusion|eligibility|entry)\s+(?:criteria|criterion|requirements?|diagnos[ie]s)\b|"
    r"\b(?:required|needed|necessary|mandatory)\s+(?:for|at)\s+(?:study\s+)?(?:inclusion|entry|"
    r"eligibility|enrol\w*)\b|"
    # what the study's people did not take: "None of the participants took X",
    # "participants did not receive X" (``given_to_nobody``)
    r"\b(?:participants|patients|subjects)\s+(?:did\s+not|didn'?t|never)\s+(?:receive|take|use)\b|"
    r"\b(?:none|no)\s+(?:of\s+(?:the|our)\s+)?(?:participants?|patients?|subjects?)\s+"
    r"(?:took|used)\b|"
    # the people's own visits, told without "we" or a count: "adults with MDD attended
    # three sessions one week apart", "patients attended two study visits"
    rf"\battended\s+(?:(?:{_COUNT_WORDS}|a|an|each|all|both|the)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    r"(?:sessions?|visits?|scans?|(?:study|testing|scanning|imaging)\s+days?)\b|"
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:conducted|performed|carried\s+out|undertaken|distributed|"
    r"sent|mailed|launched)\b|"
    # a protocol's plan: "will be randomised", "who are taking"
    r"\b(?:will|shall)\s+(?:be\s+)?(?:randomi[sz]ed|enrol+ed|recruited|included|allocated|assigned|"
    r"treated|given|followed|screened|receive|take)\b|\bwho\s+are\s+(?:\w+\s+)?(?:taking|receiving)\b|"
    # (... its allocation told after what they start first: "participants will start
    # sertraline and be randomized to X or placebo"; a withdrawn trial's "would")
    rf"\b(?:will|shall|would)\s+(?:[^.;]{{0,120}}?\band\s+)?(?:then\s+)?{_BE_ALLOCATED}|"
    # the study named as what it is: "LDN-DOSE is a multicentre, double-blind trial"
    r"\b(?:is|was)\s+an?\s+(?:[^\s.;]+\s+){0,7}?(?:trial|study|analysis|survey|review)\b|"
    r"\bthis\s+(?:amendment|update|version|protocol)\b|"
    # the study's design told as a heading with no verb, as conference abstracts open:
    # "Open-label sequential dose escalation in adults with bipolar depression", "A
    # randomised, double-blind trial in 60 outpatients" (not earlier work, which has its
    # verb: "A pilot trial in adults with MDD included only ...")
    r"^\s*(?:an?\s+)?(?:open[\s\-]label|randomi[sz]ed|double[\s\-]blind|single[\s\-]arm|"
    r"single[\s\-]blind|placebo[\s\-]controlled|prospective|retrospective|pilot|phase\s+[I1-4]\w*)"
    r"(?:,?\s+[\w\-/]+){0,4}?\s+(?:trial|study|escalation|pilot|series)\s+(?:in|among)\s+"
    r"(?:\d+\s+)?(?:[\w\-]+\s+)?(?:adults|patients|women|men|children|adolescents|outpatients|"
    r"inpatients|participants|people|individuals|veterans|volunteers)\b"
    r"(?![^.;]*\b(?:have|has|had|was|were|is|are|showed|shown|suggest\w*|found|reported|"
    r"demonstrat\w*|included|tested|enrol+ed|recruited|examined|evaluated|studied)\b)|"
    # "60 adults", "Sixty-two women" (not "one third of patients")
    rf"\b(?<![.,])(?:{_COUNT_WORDS})(?![\s\-]+(?:thirds?|quarters?|halves|half|fifths?|tenths?|"
    r"percent|per\s+cent|in\s+\w+|out\s+of)\b)(?:[\s\-]+\w+)?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:patients|participants|adults|women|men|subjects|individuals|outpatients|inpatients|"
    r"children|adolescents|veterans|volunteers|people|cases|records|users|respondents)\b|"
    r"\b(?:a|an)\s+\d{1,3}[\s\-]+year[\s\-]+old\b|\bmethods?\b",
    re.IGNORECASE,
)
_MANY = re.compile(r"\b(?:million|billion|thousands|millions)\b", re.IGNORECASE)
_MOST_IMPLIED = 2
# a number standing alone ("40 adults", "4.5 mg"; not a gene's "ATP2C1") or people taken in
_NUMBER_OR_TAKEN_IN = Folded(
    r"(?<![\w.])\d|\b(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|recruited|treated|given|"
    r"assigned|allocated|included|started)\b",
    re.IGNORECASE,
)


def _implied_background(
    raws: list[text_mod.RawSentence],
    labelled: bool = False,
    drug: re.Pattern[str] | None = None,
    *,
    lead: bool = True,
) -> set[int]:
    """The opening sentences of an unlabelled abstract that come before it speaks of the
    study (at most two, or three that only describe a disease: none names ``drug``, a
    number or people taken in); none if it never does. ``labelled``: the same sentences
    opening a labelled abstract's objective section ("Purpose/Background: Anhedonia
    predicts poor response to serotonergic antidepressants. We tested whether ..."), or an
    unlabelled opening before labelled sections (``lead``: not a registration's summary,
    whose labelled parts are its structured fields)."""
    # (a trailing "Trial registration:" line labels nothing of the study)
    body = [r for r in raws if r.section not in (text_mod.TITLE, text_mod.REGISTRATION)]
    lead_only = False
    if labelled:
        body = [r for r in body if r.section == text_mod.OBJECTIVE]
    elif any(r.section is not None for r in body):
        if not lead:
            return set()
        # an unlabelled opening before labelled sections, as conference abstracts have
        # ("The doses of X used in depression (1 to 4.5 mg) are borrowed from other
        # indications. We performed a pilot dose-ranging study ... Methods: ..."): read up
        # to where it first speaks of the study, as an objective section is
        opening: list[text_mod.RawSentence] = []
        for r in body:
            if r.section is not None:
                break
            opening.append(r)
        body, lead_only = opening, True
    if len(body) < 2:
        return set()
    most = _MOST_IMPLIED
    if drug is not None and not any(
        drug.search(r.text) or _NUMBER_OR_TAKEN_IN.search(r.text) for r in body[: most + 1]
    ):
        # (a case report's opening: what the disease is, its burden, its treatments, then
        # "we treated three adults ...")
        most += 1
    for i, r in enumerate(body[: most + 1]):
        if _STUDY_SAYS.search(r.text) and not _MANY.search(r.text):
            if i and _SUCH.search(r.text):
                i -= 1  # "Sixty such patients were randomised": the one before says who
            return {x.index for x in body[:i]}
    if lead_only:
        return set()  # (an opening that never speaks of the study may be its design)
    if labelled and len(body) <= most and any(r.section == text_mod.METHODS for r in raws):
        # an objective section that never speaks of the study, its methods told in a
        # section of their own ("Purpose/Background: X is used at 50 mg/day and, off-label,
        # at 1-5 mg/day. Whether ... has not been tested. Methods/Procedures: ..."): all of
        # it opens the record as background does
        return {x.index for x in body}
    return set()


def _withdrawal_statement(raws: list[text_mod.RawSentence], st: structure.Structure) -> set[int]:
    """The reasons a withdrawn record gives in the statement it opens with, before its
    abstract's labelled sections ("Withdrawal statement: The authors have withdrawn this
    preprint. An internal audit found that ratings were entered by ..."): the unlabelled
    sentences after the opening one, up to the first labelled section. They say why the
    work was withdrawn, not what the study did (its audit or survey is no design of the
    study's; preprints61 PPR3800006). The opening sentence itself may tell the study ("...
    withdrawn because of an error in this trial, in which 64 adults ..."), and so may the
    original abstract restated in the statement ("Original abstract: Background: ..."),
    from which on nothing is set aside; nor is anything in a statement that is the
    record's whole text."""
    if not st.retracted:
        return set()
    body = [r for r in raws if r.section != text_mod.TITLE]
    if not body or body[0].section is not None or not structure.withdraws(body[0].text):
        return set()
    reasons: set[int] = set()
    for r in body[1:]:
        if r.section is not None:
            return reasons
        if _ABSTRACT_RESTATED.search(r.text):
            return set()
        reasons.add(r.index)
    return set()


# the original abstract restated after a withdrawal statement, or a heading of it
_ABSTRACT_RESTATED = re.compile(r"\b[Aa]bstract\b|(?:^|\s)[A-Z][A-Za-z/ ]{2,30}:\s")


# a sentence pointing back at the people the one before described
_SUCH = Folded(
    r"\b(?:such|these|those)\s+(?:[\w\-]+\s+)?(?:patients|participants|adults|individuals|people|"
    r"women|men|outpatients|subjects)\b",
    re.IGNORECASE,
)


def annotate(
    raw: text_mod.RawSentence,
    *,
    derived: bool = False,
    names: re.Pattern[str] | None = None,
    extension: bool = False,
    parent_arms_kept: bool = False,
    implied: bool = False,
    preamble: bool = False,
    planned: bool = False,
    pilot_self: bool = True,
    a_pilot: bool = False,
    reanalysis: bool = False,
    cue: Folded = _CUE,
) -> Sentence:
    """One sentence's roles, clause by clause.

    A sentence is earlier or future work only if every clause of it is ("We randomized
    40 adults; larger trials are needed" is the study's own, with its second clause
    blanked in ``masked``). In a derived report (a secondary analysis, an extension) the
    parent trial it re-analyses is its own: "this post hoc analysis of a previously
    published trial" describes the study, not earlier work. A sentence naming the study
    itself (``names``: the acronym its title gives the trial, its registry id) speaks for
    the study in any section ("LIGHT-TRD (NCT...) is a three-arm trial comparing ...", "We
    previously published the protocol of NALTERN, a randomised trial of ..."): it is
    ``restated``, neither background nor earlier work. In an ``extension`` the trial it
    extends ("extension of a dose-response trial") is blanked in ``masked``, unless
    ``parent_arms_kept`` (its people stayed on their randomised doses). An
    ``implied`` sentence is background by its place (``_implied_background``); a
    ``preamble`` opens an objective section the same way, and is kept as the study's own
    for every fact but the co-medication (a general statement about antidepressants).
    Unless ``pilot_self`` (the record calls itself a pilot), what "the pilot" did is
    earlier work (``_CITED_PILOT``), and so is what "a pilot" did where ``a_pilot``
    (``a_pilot_cited``). ``cue`` is ``_CUE``, narrowed to the record by its reader
    (``Folded.within``): the same answers, faster.
    """
    background = raw.section == text_mod.BACKGROUND or implied
    text = raw.text
    names_study = (background or preamble) and (
        # (not by a registration of another trial the sentence gives as news: "a trial
        # combining X with SSRIs is under way (NCT...)")
        (names is not None and names.search(_blank_other_trials(text)) is not None)
        # a derived report's parent named as such ("The parent trial randomised 150 adults
        # taking sertraline to X 4.5 mg") is the report's own trial by another name (not
        # in an extension, whose background is the parent phase with its own arms)
        or (
            derived
            and not extension
            and (_THE_PARENT.search(text) is not None or _OUR_TRIAL.search(text) is not None)
        )
    )
    # (the authors telling what this study did: "We tested X in <the condition>")
    restated = background and (
        names_study
        or (_WE_DID_HERE.search(text) is not None and _WE_DID_HERE_BEFORE.search(text) is None)
        or (planned and _OWN_SIZE_REVISED.search(text) is not None and not _PRIOR.search(text))
    )
    # an objective section opening with the study itself, by its name ("FLEX-LDN
    # randomised SSRI-treated patients to X or placebo. We examined ..."), opens with the
    # study, not with a statement about the field
    preamble = preamble and not names_study
    masked = list(text)
    kinds: list[tuple[bool, bool]] = []
    # most sentences hold no cue at all: one search settles them
    # (or only a frame setting it in another study: "Previously, 12 patients were ...")
    other_pilot = not (derived or pilot_self) and _cited_pilot(text, a_pilot)
    clauses = (
        _clauses(text)
        if cue.search(text)
        or (not derived and _RECENT_WORK.search(text))
        or general_work(text)
        or ("that" in text and _CITED_FINDING_TOLD.search(text))
        or _SUCCEEDED.search(text)
        or (not derived and _set_elsewhere(text))
        # (a clause after a semicolon whose subject is the only trial there is)
        or (
            not derived
            and ("only" in text or "sole" in text)
            and any(_ONLY_TRIAL_OPENING.match(text, a) for a, _ in _clauses(text)[1:])
        )
        or other_pilot
        else []
    )
    for a, b in clauses:
        clause = text[a:b]
        took_in = _DONE.search(clause)
        # (people taken in by trials in general are theirs: "Larger trials of X have
        # randomised up to 171 patients" is no interim report of the study's own)
        if took_in and _taken_in_by_others(clause, took_in):
            took_in = None
        done = took_in is not None or _SAMPLE_CALC.search(clause) is not None
        done = done or (
            planned
            and (
                _OWN_SIZE_CHANGED.search(clause) is not None
                or (
                    (
                        _SIZE_REQUIRED.search(clause) is not None
                        or (
                            _SAMPLE_REQUIRED.search(clause) is not None
                            and _LATER_STUDY.search(text) is None
                        )
                    )
                    and _CALC_TOLD.search(text) is not None
                )
            )
        )
        if derived and (_DERIVED.search(clause) or _PARENT.search(clause)):
            done = True
        # (a reanalysis of one trial's data: the trial, cited by its year, and the report's
        # reanalysis of its published data are the report's own, ``_REANALYSIS_OF_ONE``)
        if reanalysis and (_WE_REANALYSED.search(clause) or _YEAR_NAMED_PARENT.match(clause)):
            done = True
        # (a clause opening with a word of earlier work is set there whatever its verb:
        # "Previously, 80 patients receiving sertraline were given X 1.5 mg or 3 mg")
        elsewhere = (
            not derived
            and (
                done
                or _EARLIER_OPENING.match(clause) is not None
                or _ONLY_TRIAL_OPENING.match(clause) is not None
            )
            and _set_elsewhere(clause)
        )
        if elsewhere:
            done = False
        # a clause naming the study itself (its acronym, its registry id) tells the
        # study's own history, whatever its cue: "the protocol of LINDEN (NCT...), first
        # published in Trials", "NALDEP's protocol was previously published" (an amended
        # protocol or an analysis plan presents its own trial so)
        self_named = names is not None and names.search(clause) is not None
        # (what the study's people had been given, in a clause about them, is their
        # treatment: "18 adults, all of whom had been prescribed X", not earlier work)
        cue_text, succeeded = _succeeded_in(clause)
        if "," in cue_text:
            cue_text = _REGIMEN_SOURCE.sub(_blank, cue_text)
        if "had" in cue_text:
            cue_text = _PEOPLE_HISTORY.sub(_blank, cue_text)
        if "(" in cue_text:
            cue_text = _RUNNING_TALLY.sub(_blank, cue_text)
        cued = _PRIOR.search(cue_text) or (None if derived else _RECENT_WORK.search(cue_text))
        prior = elsewhere or (
            not (
                done
                or restated
                or self_named
                or _OWN_PLAN.search(clause)
                or _interim_own(clause, cued)
            )
            and (
                cued is not None
                or succeeded
                or general_work(clause)
                or (other_pilot and _cited_pilot(clause, a_pilot))
            )
        )
        future = (
            not done
            and _FUTURE.search(clause) is not None
            and not _hedged_own(clause)
            and not (planned and _proposes_own(clause))
        )
        if future and not prior:
            # the study's own finished clause joined to a plan by a comma and a conjunction
            # is its own, the plan after it another study's: "... was feasible in the 18
            # young people enrolled, and a randomised trial of 100 is planned"
            joint = _JOINED_PLAN.search(clause)
            if (
                joint
                and not _FUTURE.search(clause[: joint.start()])
                and _OWN_COUNT.search(clause[: joint.start()])
                and _PLAN_VERB.search(clause, joint.end())
            ):
                kinds.append((False, False))
                kinds.append((False, True))
                masked[a + joint.start() : b] = " " * (b - a - joint.start())
                continue
        kinds.append((prior, future))
        if prior or future:
            masked[a:b] = " " * (b - a)
        elif "that" in clause:
            told = _CITED_FINDING_TOLD.search(clause)
            if told is not None:
                masked[a + told.start() : a + told.end()] = " " * (told.end() - told.start())
    lead = _CITED_LEAD.match(text)
    if lead is not None:
        masked[: lead.end()] = " " * lead.end()
    own_text = "".join(masked)
    low = own_text.lower()
    # (a randomisation emulated, "weighting to emulate randomisation", names no trial)
    if any(w in low for w in ("trial", "stud", "rct", "pilot", "emulat", "mimic", "comparison")):
        own_text = _blank_other_trials(own_text)
    if "earlier" in low or "previous" in low or "prior" in low or "published" in low:
        own_text = _OTHER_WORK.sub(lambda m: " " * len(m.group(0)), own_text)
    if not derived and any(w in low for w in _POOLING_WORDS):
        own_text = _POOLED_WITH_OTHER.sub(_blank_pooled_other, own_text)
    if not derived and any(w in low for w in _SUCCESSION_WORDS):
        own_text = _SUCCEEDED.sub(lambda m: " " * len(m.group(0)), own_text)
    # (not in a derived report: the parent trial that motivated it is its own trial)
    if not derived and any(w in low for w in _MOTIVE_WORDS):
        own_text = _MOTIVATED.sub(_blank_motive, own_text)
    if any(w in low for w in _REASON_WORDS):
        own_text = _REASON_CLAUSE.sub(_blank_reason, own_text)
    if "interest" in low or "attention" in low or "popularity" in low:
        own_text = _INTEREST_FROM_WORK.sub(
            lambda m: m.group(0)[: m.start("work") - m.start()] + " " * len(m.group("work")),
            own_text,
        )
    if not derived and any(w in low for w in _EARLIER_RESULTS_WORDS):
        own_text = _blank_earlier_results(own_text)
    if any(w in low for w in _ANALOGY_WORDS):
        own_text = _ANALOGY.sub(_blank, own_text)
    others_blanked = own_text
    if extension and not parent_arms_kept:
        # (in the background the whole opening is the parent's, read as such elsewhere: its
        # outcome there is what the extension carries on)
        framed = None if background else _SET_IN_PARENT.match(own_text)
        if framed and not _EXTENSION_ITSELF.search(own_text, 0, own_text.find(",")):
            own_text = " " * framed.end() + own_text[framed.end() :]
        at = 0
        while (m := _PARENT_OF_EXTENSION.search(own_text, at)) is not None:
            a, b = m.span()
            at = b
            if m.group("tail"):
                # the description of the parent ends where the extension itself is named
                # ("... of X 1, 2 and 4 mg/day could enter an open-label extension"), or
                # where the sentence turns back to the record's own people
                ext = _EXTENSION_ITSELF.search(own_text, m.start("tail"), b)
                b = ext.start() if ext else b
                resumed = _PARENT_CLAUSE_ENDS.search(own_text, m.start("tail"), b)
                b = resumed.start() if resumed else b
            named = list(_EXTENSION_ITSELF.finditer(own_text, a, b))
            if not named:
                own_text = own_text[:a] + " " * (b - a) + own_text[b:]
            elif named[-1].end() < b:
                # the extension named first, its parent after it: "a 40-week open-label
                # extension of a randomized dose-comparison trial" (read on from there)
                at = named[-1].end()
        # (each pattern's own prefilter settles the sentences without its words)
        for parent_arm in (_PARENT_ARM_TOLD, _PARENT_ARM_HELD):
            own_text = parent_arm.sub(_blank, own_text)
    other = bool(kinds) and all(p or f for p, f in kinds)
    return Sentence(
        text=text,
        section=raw.section,
        index=raw.index,
        background=background and not restated,
        restated=restated,
        prior=other and any(p for p, _ in kinds),
        future=other and any(f for _, f in kinds),
        hedged=_HEDGED.search(text) is not None,
        exclusion=_EXCLUSION.search(text) is not None,
        literature=_LITERATURE.search(text) is not None,
        preamble=preamble,
        masked=own_text,
        others_blanked=others_blanked,
    )


# the randomised phase an extension follows, named as the first part of one trial: "the
# eight-week randomised phase of a placebo-controlled trial", "the double-blind period of
# the trial"
_PARENT_PHASE = Folded(
    r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:randomi[sz]ed|double[\s\-]blind|placebo[\s\-]controlled|"
    r"acute|parent|core|blinded)\s+(?:phase|period|part|stage)\s+of\b",
    re.I,
)


@dataclass
class Doc:
    """One record as every fact extractor reads it."""

    article: Record
    lexicon: Lexicon
    structure: structure.Structure
    sentences: list[Sentence]
    aliases: mentions.Aliases
    text: str
    derived: bool = False
    # the record plans its own study (a protocol, typed or titled so, or one that says its
    # people "will be recruited"): its present tense tells its own methods
    planned: bool = False
    _drugs: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _memo: dict[str, object] = field(default_factory=dict, repr=False)
    _asking: set[str] = field(default_factory=set, repr=False)

    def remember(self, key: str, compute: Callable[[Doc], T], *, meanwhile: T | None = None) -> T:
        """``compute(self)`` once per record: facts that several rooms ask for.

        Facts may ask each other (whether the condition is an outcome asks whom the study
        took in, which may ask whether the condition is an outcome). A question asked again
        while it is being answered gets ``meanwhile``, the answer that claims least; with
        no such answer the cycle is a bug and raises at once, naming the fact.
        """
        if key in self._memo:
            value: T = self._memo[key]  # type: ignore[assignment]
            return value
        if key in self._asking:
            if meanwhile is None:
                raise RuntimeError(f"the fact {key!r} depends on itself")
            return meanwhile
        self._asking.add(key)
        try:
            self._memo[key] = answer = compute(self)
        finally:
            self._asking.discard(key)
        return answer

    @property
    def spec(self) -> WatchSpec:
        return self.lexicon.spec

    @property
    def own(self) -> list[Sentence]:
        return [s for s in self.sentences if s.own]

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.is_title]

    @property
    def title(self) -> Sentence | None:
        return next((s for s in self.sentences if s.is_title), None)

    def drug(self, s: Sentence) -> list[mentions.DrugMention]:
        """Mentions of the watched drug in a sentence (a placebo made to match it is not)."""
        found = mentions.find(s.text, self.aliases)
        if found and _DUMMY_HINT.search(s.text):
            return [m for m in found if not dummy(s.text, m.start, m.end)]
        return found

    def comedications(self, s: Sentence) -> list[Mention]:
        """Lexicon drugs and classes named in a sentence (not a placebo matching one)."""
        found = self._drugs.get(s.index)
        if found is None:
            found = self.lexicon.find(s.text)
            if found and _DUMMY_HINT.search(s.text):
                found = [m for m in found if not dummy(s.text, m.start, m.end)]
            self._drugs[s.index] = found
        return found

    @cached_property
    def names_drug(self) -> bool:
        return self.aliases.pattern().search(self.text) is not None

    def parent_told(self, s: Sentence) -> bool:
        """A derived report's background sentence that tells what its parent trial did or
        found, naming it as a definite trial: "The SEROLDN trial showed a benefit of X added
        to SSRIs", "Our randomised trial of X found ...". An extension or a secondary
        analysis takes the parent's people, so whom the parent took in and what they took
        beside the drug are the report's own; earlier work by others (``prior``) and a
        trial named only as "a" trial are not the parent. Nor is another trial the
        background names ("In the PILOT-LDN open-label trial, ..." in a report of LIFT-D):
        the parent is "ours", "the parent/main trial", or goes by a name (an acronym) the
        record gives the trial it derives from elsewhere, in its title or its own text."""
        if not (self.derived and s.background and not (s.future or s.is_title)):
            return False
        if _OUR_TRIAL.search(s.text):
            # the authors' own earlier report of a trial, read as earlier work or not: "We
            # previously reported a 12-week randomised trial of X versus placebo added to
            # SSRIs or venlafaxine" is ours, the trial the report derives from
            return True
        if s.prior:
            return False
        if s.index in self.trial_set_up:
            return True
        if self.extension and _PARENT_PHASE.search(s.text):
            # an extension after "the eight-week randomised phase of a placebo-controlled
            # trial of X added to SSRI or SNRI treatment": its own people's first phase,
            # however the trial is named (preprints100 PPR0970027)
            return True
        for m in _DEFINITE_TRIAL.finditer(s.text):
            said = s.text[m.start() : m.end()]
            if said.lower().startswith("our") or _THE_PARENT.search(said):
                return True
            names = [w for w in _TRIAL_ACRONYM.findall(said) if w.upper() != "RCT"]
            if any(
                re.search(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])", o.text)
                for w in names
                for o in self.sentences
                if o.index != s.index and (o.is_title or o.own)
            ):
                return True
        return False

    def tells_parent(self, s: Sentence) -> bool:
        """A derived report's sentence, in its background or not, that tells what a trial
        named as a definite one did ("In the LIFT-D randomised trial, X added to SSRIs or
        SNRIs improved ..."), not what the report itself did ("In this secondary analysis
        we examined ..."): the parent's people (or another trial's), where the report may
        keep only some of them."""
        if not self.derived or s.is_title or s.future:
            return False
        if _THIS_REPORT.search(s.text):
            return False
        if self.parent_told(s):
            return True
        return not s.prior and _DEFINITE_TRIAL.search(s.text) is not None

    @cached_property
    def extension(self) -> bool:
        """The record reports an open-label extension of a trial."""
        return (
            self.derived
            and _frames(_EXTENSION, self._raws)
            and not _still_blind(" ".join(r.text for r in self._raws))
        )

    @cached_property
    def trial_set_up(self) -> frozenset[int]:
        """A report derived from one trial: the background sentences that tell a trial just
        before the report's own act on it ("In a trial of 104 adults randomised to X 4.5 mg
        or placebo alongside escitalopram ... This post-hoc analysis included the 38
        participants whose ..."): the trial it works on, named as "a" trial though it is."""
        if not self.derived or self.extension or self.pooled:
            return frozenset()
        return frozenset(
            s.index
            for s, nxt in zip(self.sentences, self.sentences[1:], strict=False)
            if s.background and OWN_ACT_OPENS.match(nxt.text) and _TRIAL_NOUN.search(s.masked)
        )

    @cached_property
    def pooled(self) -> bool:
        """The record pools the data of several trials."""
        if not self.derived:
            return False
        if _frames(_POOLED_SEVERAL, self._raws):
            return True
        # (individual participant data of one trial: that trial re-analysed)
        return _frames(_IPD, self._raws) and not _ipd_of_one_trial(self._raws)

    @cached_property
    def _raws(self) -> list[text_mod.RawSentence]:
        return [text_mod.RawSentence(s.text, s.section, s.index) for s in self.sentences]

    def conclusion(self) -> str | None:
        """The abstract's conclusion: its labelled section, else the last concluding sentence."""
        labelled = [s for s in self.sentences if s.in_conclusion]
        if labelled:
            return labelled[0].text
        body = [s for s in self.sentences if not (s.is_title or s.background)]
        for s in reversed(body[1:]):
            if _CONCLUSION_CUE.search(s.text) and not _LIMITATION.search(s.text):
                return s.text
        return body[-1].text if len(body) > 1 else None


def _framing(raws: list[text_mod.RawSentence]) -> list[text_mod.RawSentence]:
    """The sentences that say what the record is: the title, the objective, and the
    first sentences of the abstract when it has no objective section."""
    out = [r for r in raws if r.section in (text_mod.TITLE, text_mod.OBJECTIVE)]
    body = [r for r in raws if r.section != text_mod.TITLE]
    if not any(r.section == text_mod.OBJECTIVE for r in raws):
        first = [r for r in body if r.section != text_mod.BACKGROUND][:2]
        out += first
    return out


def _trial_titled(raws: list[text_mod.RawSentence]) -> bool:
    """The title presents the record as a trial ("...: a randomised placebo-controlled
    trial"): its first sentences then tell the trial's parts ("A prespecified subgroup
    analysis examined ..."), unless they name a trial the analysis is of."""
    return any(r.section == text_mod.TITLE and _TRIAL_TITLE.search(r.text) for r in raws)


# what a derived phrase that names the record goes on with: the trial it is of ("A post hoc
# analysis of a randomised trial of X in 164 adults")
_OF_A_TRIAL = re.compile(
    r"\s*(?:of|from|in|within|alongside|nested\s+in)\s+(?:data\s+from\s+)?(?:(?:an?|the|our|this)\s+"
    r"(?:[\w\-]+[\s,]+){0,6}?(?:trial|RCT|study)\b|"
    # ... or the trial by its name or registration ("a biomarker sub-study of LDN-DOSE
    # (NCT09133870)", "a secondary analysis of the EMBARC-2 data")
    r"(?:the\s+)?(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\b)",
    re.IGNORECASE,
)


# a title whose subtitle presents the record as a trial: "...: a randomised placebo-
# controlled trial", "... - a multicentre RCT" (not "...: secondary analysis of a trial")
_TRIAL_TITLE = re.compile(
    # (nor "...: C-reactive protein in the LDN-DOSE trial", a part of a trial named by it)
    r"(?:[:\u2014\u2013]|\s-)\s*(?:an?\s+)?(?:(?!of\b|from\b|in\b|within\b|alongside\b|"
    r"nested\b|analys[ie]s\b|extension\b|follow)[\w\-]+,?\s+){0,5}?(?:trial|RCT)"
    # ... with a part of its own after it: "...: a randomised trial with a nested
    # dose-reduction substudy", "an RCT with an embedded sub-study" (the trial is the record;
    # the part its methods introduce is one of its parts)
    r"(?:\s+with\s+(?:an?|its)\s+(?:[\w\-]+\s+){0,3}?sub-?study)?\s*\.?\s*$",
    re.IGNORECASE,
)


def _frames(rx: Folded, raws: list[text_mod.RawSentence], text: str | None = None) -> bool:
    """The record presents itself as ``rx``: in its framing sentences, or "this/our X".
    ``text``, the record's sentences joined, lets one search settle most records."""
    joined = text if text is not None else " ".join(r.text for r in raws)
    if not rx.search(joined):
        return False
    rx = rx.within(joined)  # each sentence is a part of the joined text
    trial_titled = _trial_titled(raws)
    if any(
        _presented(r.text, m)
        and not (
            trial_titled
            and r.section not in (text_mod.TITLE, text_mod.OBJECTIVE)
            and not _OF_A_TRIAL.match(r.text, m.end())
        )
        for r in _framing(raws)
        for m in rx.finditer(r.text)
    ):
        return True
    return any(
        _THIS.search(r.text[max(0, m.start() - 40) : m.start()])
        # ... or a methods sentence that opens with it, the people it takes counted after
        # it: "Post-hoc analysis of the 88 completers, 71 taking ..." (the design stated)
        or (
            r.section == text_mod.METHODS
            and m.start() == 0
            and _OF_COUNTED_PEOPLE.match(r.text, m.end()) is not None
        )
        for r in raws
        if r.section != text_mod.BACKGROUND
        for m in rx.finditer(r.text)
    )


# "of the 88 completers", "of all 140 randomised participants", "in 61 patients who"
_OF_COUNTED_PEOPLE = re.compile(
    r"\s*(?:of|in|among)\s+(?:the\s+|all\s+|those\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:completers|participants|patients|adults|subjects|people|women|men|outpatients)\b",
    re.IGNORECASE,
)


def _presented(text: str, m: re.Match[str]) -> bool:
    """The match names what the record is ("...: a secondary analysis of", "A post hoc
    analysis of"), not a part of it ("secondary analyses examined anhedonia", "a trial
    with an open-label extension")."""
    before = text[max(0, m.start() - 40) : m.start()]
    if _PART_OF.search(before):
        return False
    if _CITED_AFTER.match(text, m.end()):
        # the subject of what it found, cited: "The open-label extension of ANCHOR
        # reported that X was well tolerated" (a letter after it; holdout388 43800034)
        return False
    if not _QUALIFIED.match(text[m.start() : m.end()]):
        return True  # "data from a trial", "analysis of the ... trial": the phrase says it
    return _INTRODUCED.search(before) is not None


# the trial's name as the title gives it: "the LIGHT-TRD trial", "NALTERN trial protocol",
# "LATE-LDN protocol amendment", "Amendment to the NAP-D protocol"
# (or in apposition: "... update for DOSE-LDN, a randomised placebo-controlled dose-finding
# trial of X", "NALDEP: a double-blind randomised trial", "LIGHT (a phase 2 trial)")
# ... or with the words of its design between name and noun: "a secondary analysis of the
# LIFT-D randomised controlled trial", "the NALDEP phase 2 pilot study" (only design words:
# "HAMD-17 scores in the trial" names a scale, not a trial)
_DESIGN_WORD = (
    r"(?:randomi[sz]ed|controlled|placebo[\s\-]controlled|double[\s\-]blind(?:ed)?|"
    r"single[\s\-]blind(?:ed)?|(?:triple|assessor|rater)[\s\-]blind(?:ed)?|open[\s\-]label|"
    r"multi[\s\-]?cent(?:re|er)|multi[\s\-]?site|parallel[\s\-]group|cross[\s\-]?over|"
    r"pilot|feasibility|pragmatic|clinical|phase\s+(?:[1-4IV]+[ab]?|[1-4]/[1-4])|"
    r"dose[\s\-](?:finding|ranging|response)|"
    # (the trial's frame, said between its name and "trial"/"protocol": "the NOVA-D master
    # protocol", "the BRIGHT-MDD adaptive platform trial", "the X umbrella study")
    r"master|platform|adaptive|umbrella|basket|multi[\s\-]?arm|multi[\s\-]?stage|core)"
)
_TRIAL_NAME = re.compile(
    # (the words after the acronym in any case: a title in title case says "the LIFT-D
    # Randomised Trial", "a Secondary Analysis of the NALMOOD Double-Blind Study")
    r"\b([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)"
    r"(?:\s*[,:(\u2014\u2013]\s*(?i:an?|the)(?:\s+[\w\-]+,?){0,6}?|"
    rf"(?:,?\s+(?i:{_DESIGN_WORD})){{1,4}})?\s+(?i:trial|study|RCT|protocol)\b|"
    # the title's own acronym in brackets before its subtitle, the usual way a title names
    # its trial: "Adjunctive X for treatment-resistant depression (ALTER-D): protocol ..."
    r"\(([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\)\s*(?:[:\u2014\u2013]|$)|"
    # a document that belongs to a named trial says whose it is: "Statistical analysis plan
    # for DOSE-LDN: a randomised comparison ...", "Protocol update for LOWMOOD", "the
    # analysis plan of NAL-AUG, a placebo-controlled evaluation" (the name is the trial's,
    # whatever noun its subtitle uses)
    r"\b(?:(?:analysis|statistical)\s+plan|protocol(?:\s+(?:update|amendment|revision))?|"
    r"amendment|update)\s+(?:for|of|to)\s+(?:the\s+)?([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)"
    r"(?=\s*[,:(\u2014\u2013]|\s+(?:trial|study)\b|$)"
)


@lru_cache(maxsize=8)
def _not_trial_names(spec: WatchSpec) -> re.Pattern[str]:
    """Capitals that abbreviate the condition or another disease ("a TRD trial", "a
    COVID-19 study"): they name no trial."""
    return re.compile(rf"^(?:{spec.cond['hint_pattern']}|{spec.other_conditions})", re.I)


# a three-letter trial name said as a definite trial: "the ELM trial", "The SUN RCT"
_DEFINITE_SHORT_NAME = re.compile(r"\b(?i:the)\s+([A-Z][A-Z0-9]{2})\s+(?i:trial|RCT)\b")


def _self_names(
    title: str, registered: tuple[str, ...], lexicon: Lexicon
) -> re.Pattern[str] | None:
    """The study's own names: the acronym the title gives its trial (not a drug, class or
    the watched drug's abbreviation) and its registry ids."""
    spec = lexicon.spec
    other = _not_trial_names(spec)
    # (a three-letter name counts only said as a definite trial, "the ELM trial": "an EEG
    # study", "a PET study" name a method)
    short = set(_DEFINITE_SHORT_NAME.findall(title))
    names = [
        n
        for n in (a or b or c for a, b, c in _TRIAL_NAME.findall(title))
        if (sum(c.isalnum() for c in n) >= 4 or n in short)
        and n not in spec.abbreviations
        and not lexicon.find(n)
        and not other.match(n)
    ]
    names += list(registered)
    if not names:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(set(names))))})\b")


def _nested(raws: list[text_mod.RawSentence], text: str) -> bool:
    """The record is a study nested in a trial (``_NESTED``), said outside its background."""
    if "nested" not in text and "embedded" not in text:
        return False  # a fast first look
    return any(r.section != text_mod.BACKGROUND and _NESTED.search(r.text) for r in raws)


# a title that names the record a plan of its own study ("... : protocol for ...", "Trial
# in progress: ...")
_PLANNED_TITLE = re.compile(
    r"\b(?:protocol|rationale\s+and\s+design|design\s+and\s+rationale|registered\s+report|"
    r"(?:statistical\s+)?analysis\s+plan|"
    r"(?:trial|study)\s+in\s+progress)\b",
    re.IGNORECASE,
)


def _plans_own(text: str) -> bool:
    """The sentence tells the study's own plan (``_OWN_PLAN``), not only the people of the
    authors' next trial: "We are now preparing a randomised follow-up in which 160 patients
    will be allocated to 1.5, 3 or 4.5 mg" (its "will be allocated" after the plan's cue,
    ``_PLAN_AHEAD``) plans another study; "We plan to randomise 120 adults" is its own."""
    own = _OWN_PLAN.search(text)
    if own is None:
        return False
    ahead = _PLAN_AHEAD.search(text, 0, own.start())
    return ahead is None or ahead.end() > own.start()


# a record that reports several studies (a thesis, a multi-study paper) opens each with its
# label: "Study I validated a rating scale in 210 adolescents", "In Study 2, 44 patients
# received ...", "Paper III was a qualitative interview study", "The second study
# randomised ...", "Experiment 2 tested ..."
_COMPONENT = re.compile(
    r"^\s*(?:[Ii]n\s+|[Ff]or\s+)?(?:(?:[Tt]he|[Aa]|[Oo]ur)\s+(?:first|second|third|fourth|fifth|final|last)\s+"
    r"(?:study|paper|article|experiment|sub-?study|work\s+package)\b|"
    r"(?:[Ss]tudy|STUDY|[Pp]aper|PAPER|[Aa]rticle|[Ee]xperiment|[Ss]ub-?study|"
    r"[Ww]ork\s+[Pp]ackage|WP)\s+(?P<label>[IVX]{1,4}|[1-9])\b(?!\s*(?:mg|%|weeks?|days?)\b))"
)
# ... and speaks for all of them again: "The thesis concludes ...", "Overall, ...",
# "Taken together, the three studies ..."
_WHOLE_RECORD = re.compile(
    r"^\s*(?:(?:the|this|our)\s+(?:thesis|dissertation|work|paper|programme|program|project|"
    r"studies|(?:two|three|four|five)\s+studies)\b|overall\b|in\s+(?:conclusion|summary|sum)\b|"
    r"(?:taken\s+)?together\b|collectively\b|across\s+(?:the\s+)?(?:studies|papers)\b)",
    re.I,
)
_COMPONENT_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}


def _component_label(text: str) -> str | None:
    m = _COMPONENT.match(text)
    if m is None:
        return None
    if m.group("label"):
        return _ROMAN.get(m.group("label"), m.group("label"))
    word = re.search(r"first|second|third|fourth|fifth|final|last", m.group(0), re.I)
    return _COMPONENT_ORDINAL.get(word.group(0).lower(), "last") if word else None


def _other_parts(sents: list[Sentence], spec: WatchSpec) -> set[int]:
    """The sentences of a record's studies that do not give the watched drug, where the
    record reports several studies, each opened by its label (``_COMPONENT``), and some of
    them give it: a thesis's validation or qualitative study is not the trial of the drug,
    and its people, design and doses are not that trial's."""
    parts: dict[str, list[Sentence]] = {}
    label = None
    for s in sents:
        if s.section == text_mod.TITLE:
            continue
        opened = _component_label(s.text)
        if opened is not None:
            label = opened
        elif s.section == text_mod.CONCLUSIONS or _WHOLE_RECORD.match(s.text):
            label = None  # the record as a whole again: "The thesis concludes that ..."
        if label is not None:
            parts.setdefault(label, []).append(s)
    if len(parts) < 2:
        return set()
    drug = spec.compiled("roles.watched_names", watched_names)
    given = {k for k, ss in parts.items() if any(drug.search(s.text) for s in ss)}
    if not given or len(given) == len(parts):
        return set()
    return {s.index for k, ss in parts.items() if k not in given for s in ss}


def drug_names(spec: WatchSpec) -> str:
    """The watched drug's names as the spec gives them, longest first, as alternatives."""
    return "|".join(
        sorted(map(re.escape, {spec.drug, spec.label, *spec.abbreviations}), key=len, reverse=True)
    )


def watched_names(spec: WatchSpec) -> re.Pattern[str]:
    """Any of the watched drug's names, as a word (keep with ``spec.compiled``)."""
    return re.compile(rf"\b(?:{drug_names(spec)})\b", re.I)


def read(article: Record, lexicon: Lexicon) -> Doc:
    """The record with its structure and role-annotated sentences."""
    blocks = [article.title or "", *(sec.text or "" for sec in article.abstract)]
    raws = text_mod.sentences(article, lexicon.spec.respeller(blocks))
    all_text = " ".join(r.text for r in raws)
    derived = _frames(_DERIVED_OR_POOLED, raws, all_text) or _nested(raws, all_text)
    st = structure.read(article)
    # an extension's background describes the parent phase, with its own arms and n
    names = None
    extension = derived and _frames(_EXTENSION, raws, all_text) and not _still_blind(all_text)
    kept = extension and _KEEPS_PARENT_ARMS.search(all_text) is not None
    if not extension:
        names = _self_names(article.title or "", st.registered, lexicon)
    # (a notice has no study of its own to open with)
    drug = lexicon.spec.compiled("roles.watched_names", watched_names)
    implied = (
        set()
        if st.notice
        else _implied_background(raws, drug=drug, lead=article.registry is None)
        | _withdrawal_statement(raws, st)
    )
    preamble = set() if st.notice or implied else _implied_background(raws, labelled=True)
    # (a record planning its own trial: typed a protocol, or its own people "will be
    # recruited" outside its background)
    planned = not st.notice and (
        st.role == "protocol"
        # (or titled as one: "... : protocol for a prospective pregnancy registry")
        or _PLANNED_TITLE.search(article.title or "") is not None
        or (
            ("will" in all_text or "shall" in all_text)
            and any(r.section != text_mod.BACKGROUND and _plans_own(r.text) for r in raws)
        )
    )
    pilot_self = derived or calls_itself_pilot(article.title or "", raws)
    reanalysis = derived and _REANALYSIS_OF_ONE.search(article.title or "") is not None
    a_pilot = not pilot_self and a_pilot_cited(raws)
    cue = _CUE.within(all_text)  # every sentence is a part of the joined text
    sents = [
        annotate(
            r,
            derived=derived,
            names=names,
            extension=extension,
            parent_arms_kept=kept,
            implied=r.index in implied,
            preamble=r.index in preamble,
            planned=planned,
            pilot_self=pilot_self,
            a_pilot=a_pilot,
            reanalysis=reanalysis,
            cue=cue,
        )
        for r in raws
    ]
    others = _other_parts(sents, lexicon.spec)
    if others:
        # (its words blanked as another study's are: no fact reads them as this one's)
        sents = [
            replace(s, other_part=True, masked=" " * len(s.text), others_blanked=" " * len(s.text))
            if s.index in others
            else s
            for s in sents
        ]
    return Doc(
        article=article,
        lexicon=lexicon,
        structure=st,
        sentences=sents,
        aliases=mentions.Aliases.learn(all_text, lexicon.spec),
        text=all_text,
        derived=derived,
        planned=planned,
    )


_REGISTRY_ID = re.compile(r"\bNCT\s?(\d{8})\b", re.IGNORECASE)


def cited_registrations(doc: Doc) -> list[str]:
    """The NCT ids the text names only in words about other studies: a clause about
    another trial ("A 150-patient trial (NCT...) began recruiting"), earlier or future work
    that is not the study itself. An id named once in the study's own words is its own,
    and so is a derived report's parent trial's, told as its parent ("Completers of the
    SERENAL trial (NCT...) could enter") or by the name its title gives it ("DOSE-LDN
    (NCT...) compared three doses", in an extension of the DOSE-LDN trial): the report
    is a record of that trial."""
    own: set[str] = set()
    other: set[str] = set()
    parent = (
        _self_names(doc.article.title or "", (), doc.lexicon)
        if doc.derived and "nct" in doc.text.lower()
        else None
    )
    for s in doc.sentences:
        if "nct" not in s.text.lower():
            continue  # a cheap first look
        named_parent = parent is not None and parent.search(s.text) is not None
        for m in _REGISTRY_ID.finditer(s.text):
            ident = f"NCT{m.group(1)}"
            blanked = bool(s.masked) and not s.masked[m.start() : m.end()].strip()
            # (blanked only as an extension's parent: ``others_blanked`` keeps it)
            of_parent = blanked and bool(s.others_blanked[m.start() : m.end()].strip())
            if named_parent or of_parent:
                own.add(ident)
            elif blanked or not (s.own or s.restated):
                other.add(ident)
            else:
                own.add(ident)
    return sorted(other - own)
