"""Arms: which drugs and doses belong to which group of a study.

One model answers three questions that look different: is a co-medication taken with
the watched drug or only given to a comparison group ("randomized to LDN or
escitalopram", "the sertraline group")? Are two doses of the watched drug alternatives
given to different groups ("1.5 mg or 4.5 mg"), or is one of them another band entirely
("4.5 mg versus 50 mg": one low-dose arm)? And how many arms share the enrolled total?
A drug named outside every arm ("patients on stable sertraline were randomized to LDN or
placebo") or inside every arm is taken by all, so it is a co-medication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ldn_watch.assess.allocation import ALLOCATING
from ldn_watch.assess.counts import NUMBER_WORDS
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.lexicon import Mention
from ldn_watch.assess.strengths import DOSAGE_FORM, DOSAGE_FORM_AFTER, PERMISSION, SIZED_AFTER

if TYPE_CHECKING:
    from ldn_watch.assess.doses import Dose
    from ldn_watch.assess.roles import Doc, Sentence

_ALLOC_VERB = Folded(rf"\b(?:{ALLOCATING}|crossed over)\b", re.IGNORECASE)
# (not the "to" of a size per arm set inside the allocation: "randomised, 24 to each arm,
# to X or Y")
_ARMS_START = re.compile(
    r"\bto\s+(?!each\s+(?:arm|group)\b)(?:receive\s+)?(?:either\s+)?", re.IGNORECASE
)
# a "to" that completes a word before it names no arms: "(randomise adults with) an
# inadequate response to an SSRI or SNRI, 1:1 to X or placebo", "resistant to", "exposure to";
# nor does the "to" of what every arm is added to: "a randomised trial of X versus placebo
# added to SSRIs or SNRIs", "X or placebo as an adjunct to sertraline" (the base all keep)
_COMPLEMENT_TO = re.compile(
    r"\b(?:added|add[\s\-]?on|adjunct\w*|addition|"
    r"respon(?:se|ses|d|ded|ding)|resistan\w*|refractory|intoleran\w*|adheren\w*|"
    r"exposure|exposed|due|according|prior|up|similar|related|attributed|owing|sensitive|"
    r"addicted|dependent|allergic|hypersensitiv\w*)\s*(?:\([^()]*\)\s*)?$",
    re.IGNORECASE,
)


def _arms_start(text: str, pos: int) -> re.Match[str] | None:
    """The "to" after an allocation verb that opens its list of arms (not one completing a
    word: "response to sertraline")."""
    for m in _ARMS_START.finditer(text, pos):
        if not _COMPLEMENT_TO.search(text, max(0, m.start() - 60), m.start()):
            return m
    return None


_PAREN = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
_ARMS_END = re.compile(
    # (not the stops of a dotted abbreviation: "1 mg b.i.d. or 2.25 mg b.i.d.", "e.g.",
    # unless a capital opens a sentence after it: "... or placebo b.i.d. Escitalopram was")
    r";|\.(?!\d|[a-z]\.)(?:(?<!\.[a-z]\.)|(?=\s+(?-i:[A-Z])))|"
    r"\s(?:for|over|during)\s+(?:\d|a\b|an\b|the\b|\w+\s+(?:weeks?|months?|days?))|"
    # (what every arm is given on top of ends the arms: "X or placebo on top of mirtazapine",
    # "... alongside their SNRI"; holdout266 29700028)
    r"\s(?:while|in addition|added to|on top of|alongside|as (?:an? )?(?:add|adjunct|augment)|in (?:a|random)\b)|"
    # (a new clause of what the people then did, their verb without a subject of its own:
    # "randomised to X or placebo and, at week 4, were cross-tapered from their SSRI to
    # vortioxetine", "... or placebo and were then switched to ...": every arm did it)
    r",?\s+and\s*,?\s+(?:[^,;.]{0,40},\s*)?(?:were|was|then|subsequently|later)\b",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"\s*(?:with|plus|each|both|all|given|taken|in addition|added|as|while|who|which|that|"
    # ", continuing sertraline at the same dose": what every arm keeps taking, not an arm
    r"respectively|continu(?:ing|ed)|keeping|maintaining|remaining|staying|alongside|on top of|"
    # (", on SSRI or SNRI": what everyone in every arm was on)
    r"on(?=\s+(?:an?\s+|their\s+|stable\s+|background\s+)?[\w\-]+\s*(?:or|and|,|\.|$)))\b",
    re.IGNORECASE,
)
# (and the next arm's count in a tally of who went where, "33 were randomised to X and 34
# to sertraline": two arms, not one holding both; holdout432 48800015)
_ARM_SPLIT = re.compile(
    r"\s*,\s*(?:or\s+)?|\s+or\s+|\s+(?:versus|vs\.?)\s+|"
    rf"\s*,?\s+and\s+(?:\d+|{NUMBER_WORDS})\s+(?:(?:were|was)\s+)?to\s+",
    re.IGNORECASE,
)
_ARM_LIKE = re.compile(
    r"\d\s*(?:mg|µg|μg|mcg|ug|g)\b|\bplacebo\b|\bsham\b|\bcontrol\b|\busual care\b|"
    r"\bwait[\s\-]?list\b|\btreatment as usual\b|\balone\b|\bmonotherapy\b|"
    # (a liquid's placebo: "or an identical vehicle", "versus matching vehicle")
    r"\b(?:identical|matching|matched|inactive)\s+vehicle\b",
    re.IGNORECASE,
)
_N_ARMS = re.compile(
    r"\b(?P<k>two|three|four|five|[2-5])[\s\-]+(?:(?:parallel|treatment|study)[\s\-]+)?"
    r"(?:arm(?:ed)?|groups?|arms)\b",
    re.IGNORECASE,
)
_TO_K_ARMS = Folded(
    rf"\b(?:{ALLOCATING})\b[^.;]{{0,40}}?\bto\s+(?:one\s+of\s+)?(?:the\s+)?"
    r"(?P<k>two|three|four|five|[2-5])\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:regimens|dosing\s+schedules|schedules|treatment\s+conditions)\b|"
    # ... or to one of its doses, the doses being all the arms ("randomised to one of two
    # LDN exposures", "to one of three doses"; not "to two doses of X or placebo", nor "to
    # placebo or to one of two evening doses", a third arm besides)
    rf"\b(?:{ALLOCATING})\s+(?:\d+\s*:\s*\d+(?:\s*:\s*\d+)*\s+|equally\s+)?to\s+one\s+of\s+"
    r"(?:the\s+)?(?P<k2>two|three|four|five|[2-5])\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:exposures|doses|dosages|dose\s+levels|strengths)\b"
    r"(?![^.;]*\b(?:placebo|sham|control|usual\s+care|waitlist|wait-list)\b)",
    re.IGNORECASE,
)
_NOW_BEFORE = re.compile(
    r"\bnow\s+(?:\w+\s+){0,3}$|"
    # (or what the design was changed to: "the sample size was recalculated for a
    # three-arm design", "the trial was revised to a two-arm design")
    r"\b(?:recalculated|revised|changed|reduced|amended|redesigned|converted|simplified)\s+"
    r"(?:for|to|into)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_ARMS_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# a factorial design has as many cells as the product of its factors' levels: "2 x 2
# factorial", "a 2×3 factorial design"
_FACTORIAL = re.compile(
    r"(?<![\d.])(?P<a>[2-4])\s*(?:x|×|by|-by-)\s*(?P<b>[2-4])(?![\d.])\s*(?:\w+\s+){0,2}?factorial\b",
    re.IGNORECASE,
)
# arms named as groups after the allocation: "randomly divided into a combination group
# (...) and a control group (...)"
_INTO_GROUPS = re.compile(
    # (a group may be named by its dose: "into an LDN 1.5 mg group, an LDN 4.5 mg group and
    # an escitalopram 10 mg group")
    r"\b(?:randomi[sz]ed|randomly|allocated|assigned|divided)\b[^.;]{0,40}?\b(?:in)?to\s+"
    r"(?P<list>(?:(?:an?|the)\s+(?:[\w\-]+(?:\.\d+)?\s+){1,3}?(?:group|arm)(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){1,4}"
    r"(?:an?|the)\s+(?:[\w\-]+(?:\.\d+)?\s+){1,3}?(?:group|arm))\b",
    re.IGNORECASE,
)
_GROUP_HEAD = re.compile(r"\b(?:group|arm)\b", re.IGNORECASE)
_RATIO = re.compile(r"(?<![\d.:])(?P<r>[1-9](?:\s*:\s*[1-9]){1,4})(?![\d:])")
# "compared with X", "versus X", "rather than X": X is the other arm
_COMPARE_BEFORE = re.compile(
    r"\b(?:versus|vs\.?|compared (?:with|to)|relative to|than|instead of|rather than|"
    # (the verb with its object between: "compare it with a dopamine agonist")
    r"compar(?:e|es|ing) (?:it|them|this|these|both|each) (?:with|to|against)|"
    r"head[\s\-]to[\s\-]head (?:with|against)|against|unlike|in contrast to|as opposed to|"
    r"differently from|different from|comparable (?:to|with)|similar to|equivalent to|"
    r"in line with|on a par with|"
    # an active-comparator cohort's drug: "matched them by propensity score to new users of
    # amitriptyline", "compared with initiators of duloxetine" (the other cohort takes it)
    r"(?:matched\b[^.;]{0,60}?\bto|compared\s+(?:with|to)|versus|vs\.?)\s+(?:\d+\s+)?"
    r"(?:(?:new|current|prevalent|incident)\s+)?(?:users|initiators|starters|recipients)\s+of|"
    # a reference for an effect: "effects reported for SSRIs", "as seen with SNRIs"
    r"(?:effects?|benefits?|rates?|responses?|sizes?)\s+(?:reported|seen|observed|described|"
    r"published)\s+(?:for|with)|"
    # a reference for a side-effect profile: "sexual dysfunction, common with SSRIs" (not
    # "treatment as usual with venlafaxine": the care people are on)
    r"(?:common|typical|frequent|(?<!treatment\sas\s)(?<!care\sas\s)usual|seen|characteristic)\s+(?:with|of|on|during))\s+"
    r"(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
# the drug named as where a side effect is common or usual, in the words before it:
# "sexual dysfunction, common with SSRIs", "insomnia is common with both bupropion and
# naltrexone", "weight gain typical of mirtazapine" (the same words as the reference of
# ``_COMPARE_BEFORE``): a description of the drug, not an arm and not a regimen taken
_SIDE_EFFECT_OF = re.compile(
    r"\b(?:common|typical|frequent|(?<!treatment\sas\s)(?<!care\sas\s)usual|seen|characteristic)"
    r"\s+(?:with|of|on|during)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)


def side_effect_reference(text: str, start: int) -> bool:
    """The drug at ``start`` is named as the drug a side effect is common with, which says
    nothing of who takes it ("Insomnia is common with both bupropion and naltrexone, so
    trazodone was permitted")."""
    return _SIDE_EFFECT_OF.search(text, max(0, start - 60), start) is not None


# "vs" between two arms' counts, or heading a table of them: "vs 20 (47%); ", "vs placebo: "
_TALLY_JOIN = re.compile(
    r"(?:versus|vs\.?)\s+(?:\d[\d,]*\s*(?:\(\s*\d[\d.,]*\s*%\s*\))?\s*[;,]|[\w\-]+\s*:)\s*$",
    re.IGNORECASE,
)
# an arm named for its role, then what it was given: "the control group received
# escitalopram", "Active comparator: sertraline", "in the usual-care arm, an SSRI"
_COMPARISON_ARM = re.compile(
    r"\b(?:controls|(?:active[\s\-])?control|comparison|comparator|reference|usual[\s\-]care|"
    r"standard[\s\-](?:of[\s\-])?care|treatment[\s\-]as[\s\-]usual|"
    # a group beside the allocated ones: "a third, non-randomised group took sertraline"
    r"(?:third|fourth|another|separate|parallel|additional|external|reference)"
    r"(?:,?\s+[\w\-]+){0,2}?\s+(?:groups?|arms?|cohorts?))"
    # (the word naming a kind of study is no arm: "a dose-comparison trial including women
    # on sertraline", "a head-to-head comparison study in patients on escitalopram" say
    # whom a study takes in, not what a control arm is given)
    r"(?![\s\-]+(?:trials?|stud(?:y|ies)|RCTs?|pilots?|designs?|protocols?)\b)"
    r"(?:\s+(?:groups?|arms?|condition|cohort|participants|patients))?"
    r"(?:\s*:|\b[^.;:]{0,50}?\b(?:received?|took|taking|treated with|given|assigned to|"
    r"allocated to|on|with)\b|\s*,)[^.;:]{0,30}$",
    re.IGNORECASE,
)
# ... or the role said after the drug and the people on it: "using duloxetine initiators
# as the comparator", "sertraline users served as controls", "escitalopram-treated
# patients formed the reference cohort", "duloxetine (active comparator)"
_ROLE = (
    r"(?:the\s+|an?\s+)?(?:active[\s\-]+)?(?:comparators?|controls|(?:comparison|control|"
    r"reference)(?:\s+(?:groups?|arms?|cohorts?|conditions?))?)\b"
    # (not a variable adjusted for: "SSRI use was a control variable")
    r"(?!\s+(?:variables?|covariates?|factors?|measures?|for)\b)"
)
_ROLE_AFTER = re.compile(
    r"^(?:[\s\-]*(?:[\w\-]+\s+){0,2}?(?:as|served\s+as|were|was|formed|constituted)\s+"
    rf"|\s*\(\s*){_ROLE}",
    re.IGNORECASE,
)
# ... or the role linked to the drug's people by the verb alone: "when the comparator was
# duloxetine initiators", "the control group were sertraline users" (the drug right after
# the verb: not "controls were matched for age and SSRI use")
_ROLE_WAS = re.compile(
    rf"\b{_ROLE}\s+(?:was|were)\s+(?:(?:new|current)\s+users\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "escitalopram instead of naltrexone": given in the watched drug's place
_IN_PLACE_OF = re.compile(
    r"^[^.;]{0,30}?\b(?:instead of|rather than|in place of)\s+(?:the\s+)?", re.IGNORECASE
)
# "the sertraline group", "the escitalopram-treated arm"
_GROUP_AFTER = re.compile(
    r"^(?:[\s\-]*treated)?\s+(?:groups?|arms?|domains?|condition)\b", re.IGNORECASE
)
# "the X plus sertraline group" names a combination arm, not a sertraline-only arm
_TOGETHER = re.compile(
    r"\b(?:plus|with|added to|add-on to|in addition to|together with|combined with|combination|"
    r"augment\w*|adjunct\w*|adjuvant|and)\b|\+",
    re.IGNORECASE,
)
_ALTERNATIVE = re.compile(r"^[^.;]*?\b(?:or|versus|vs\.?)\b[^.;]*$", re.IGNORECASE)
# doses given as alternatives to compare, not a list of what people happened to take
_ALLOC_WORDS = re.compile(
    r"\b(?:randomi[sz]\w*|randomly|assigned|allocated|arms?|groups?|versus|vs\.?|compar\w+)\b|"
    # the allocation named as a noun, as an adaptive design tells it: "allocation
    # probabilities to 0.5 mg, 1.5 mg and 4.5 mg were updated", "assignment ratios to 1, 2
    # and 4 mg"
    r"\b(?:allocation|assignment)\s+(?:probabilit\w+|ratios?|weights?)\b|"
    # each person given every dose in turn, in an order the trial sets: "1.5 mg and 4.5 mg,
    # each for four weeks in random order", "a crossover of 2 and 4.5 mg"
    r"\brandom\s+(?:order|sequence)\b|\bcross(?:ed)?[\s\-]?over\b|\bcounterbalanced\b|"
    # ... or in one order and its mirror: "1 mg b.i.d. then 4.5 mg nightly, or the reverse",
    # "... or vice versa", "in either order"
    r"\bvice\s+versa\b|\b(?:reverse|reversed|opposite)\s+(?:order|sequence)\b|"
    r"\bor\s+the\s+(?:reverse|opposite)\b|\bin\s+either\s+order\b|"
    # ... or set against each other as the things an effect is contrasted between:
    # "whether the benefit differed between 1 mg and 4.5 mg", "the difference between
    # 2 mg and 4.5 mg", "contrasting 1.5 mg with 4.5 mg"
    r"\b(?:differ(?:ed|s|ing)?|differences?|contrast(?:ed|ing|s)?)\s+(?:[\w\-]+\s+){0,4}?"
    r"between\b|\bcontrast(?:ed|ing)\s+(?:the\s+)?\d",
    re.IGNORECASE,
)
# one dose set against another by what was found of them, the second dose right after the
# words that rank them: "4.5 mg was superior to 1.5 mg", "1 mg was non-inferior to 4.5 mg",
# "4 mg was better than 2 mg", "the 4.5-mg dose was more effective than the 1.5-mg dose",
# "3 mg outperformed 1 mg", "4 mg, but not 2 mg, separated from placebo": two doses given
# to different people and compared, wherever the sentence stands (not a limit on one dose:
# "up to 4.5 mg but not above 6 mg", "no more than 4.5 mg")
_DOSE_UNIT = r"\d+(?:[.,]\d+)?[\s\-]*(?:mg|µg|μg|mcg)\b"
_RANKED_DOSES = re.compile(
    rf"{_DOSE_UNIT}[^.;]{{0,40}}?\b(?:(?:non[\s\-]?)?(?:superior|inferior)\s+to|"
    r"(?:better|worse)\s+than|(?:more|less)\s+(?:effective|efficacious|beneficial|potent|"
    r"antidepressant)\s+than|outperform(?:ed|s)?|(?:,\s*)?but\s+not)\s+"
    r"(?:(?:with|on|at|the|that\s+of)\s+)?"
    r"(?:(?!(?:above|beyond|over|exceed\w*|more|less|higher|lower|under|below|up|to|until|"
    rf"past|doses?|any)\b)[A-Za-z\-]+\s+)?{_DOSE_UNIT}",
    re.IGNORECASE,
)
# in a trial, "4.5 mg (n=24) or 1.5 mg (n=24)" and "3 mg q.d. or 3 mg twice a day" are arms
_OR = re.compile(r"\b(?:or|versus|vs)\b", re.IGNORECASE)
# an "or" that offers a dose (or a placebo) as the alternative: "1.5 mg or 4.5 mg", "or to
# halve the dose to 2.25 mg", "or switch to placebo"; not one inside the words for the
# people a lowered dose is for ("those with insomnia or vivid dreams could reduce to
# 1.5 mg": the dose comes after a verb of permission or of its own clause, no two joined)
_OR_A_DOSE = re.compile(
    r"\b(?:or|versus|vs)\b\.?\s+(?:(?!(?:could|can|may|might|allowed|permitted|option|if|when|"
    r"who|were|was|had|have)\b)[\w\-]+\s+){0,6}?(?:\d|placebo\b|dummy\b)",
    re.IGNORECASE,
)
# a placebo offered as the alternative: "or placebo", "versus matching placebo"
_OR_PLACEBO = re.compile(
    r"\b(?:or|versus|vs\.?)\s+(?:an?\s+)?(?:matching\s+|identical\s+|inert\s+)?"
    r"(?:placebo|dummy)\b",
    re.IGNORECASE,
)
# the doses written as a dosage form's strengths: the form right after them ("4.5 mg or
# 3 mg capsules"), or named before them ("capsules of 1.5 or 4.5 mg", "supplied as ...")
_FORM_BEFORE = re.compile(
    rf"(?:\b{DOSAGE_FORM}\s+(?:of|containing|in\s+strengths?\s+of)|\b(?:supplied|available|"
    r"dispensed|stocked|compounded|formulated|manufactured|prepared)\s+(?:as|in))\s*$",
    re.IGNORECASE,
)


def _strengths(text: str, start: int, end: int) -> bool:
    return bool(
        DOSAGE_FORM_AFTER.match(text[end:]) or _FORM_BEFORE.search(text[max(0, start - 40) : start])
    )


# Flexible dosing, one vocabulary for arms and doses: a dose the clinician or the person
# moves within bounds ("as tolerated", "flexible", "according to response", "adjustable
# within 1.5-4.5 mg/day", "could be varied between 1 and 4 mg") or that is chosen for each
# person ("at a dose between 0.5 and 4.5 mg chosen with their psychiatrist",
# "participant-selected doses", "at the investigator's discretion"): one regimen whose
# levels are not arms, however the sentence came to name an allocation ("participants who
# completed the randomised phase could continue at ...")
FLEXIBLE_DOSING = (
    r"\b(?:as|if|when) tolerated\b|\bflexibl\w*|"
    # (what the dose followed: "according to response", "according to benefit and
    # tolerability", "according to the patient's clinical response")
    r"\baccording to (?:the\s+)?(?:patient'?s'?\s+|individual\s+|therapeutic\s+)?"
    r"(?:response|benefit|effect|efficacy|tolerab|tolerance|side[\s\-]effect|clinical)|"
    r"\bdepending on\b|\bat the (?:[\w\-]+(?:'s|’s|s'|s’)?\s+){0,2}?discretion\b|\bbased on (?:response|tolerability)\b|"
    # (moved within a range, by whoever moved it: "adjusted between 1.5 and 4.5 mg",
    # "adjusted by the investigator between ...", "varied individually within ...")
    r"\badjustable\b|\b(?:adjust|vari|modif|mov)\w*\s+(?:(?:by\s+(?:the\s+|their\s+)?)?[\w\-]+\s+)?(?:within|between)\b|"
    # (or titrated to each person's own dose within it: "titrated individually between 1.5
    # mg and 4.5 mg per day", "individually dosed within")
    r"\b(?:titrat|dos)\w*\s+individually\s+(?:within|between)\b|"
    r"\bindividually\s+(?:titrat|dos)\w*\s+(?:within|between)\b|"
    # (a dose moved by whoever treats the person: "titrated by the treating physician up to
    # a maximum of 4.5 mg", "adjusted by their psychiatrist")
    r"\b(?:titrat|adjust|increas)\w*\s+by\s+(?:the\s+|their\s+|each\s+)?(?:treating\s+|prescribing\s+)?"
    r"(?:physician|clinician|psychiatrist|investigator|prescriber|doctor|GP)s?\b|"
    # (a dose adjusted to how it was borne or worked: "adjusted to tolerability",
    # "individually adjusted according to response", "adjusted for tolerance")
    r"\badjust\w*\s+(?:to|for|by)\s+(?:the\s+)?(?:patient'?s'?\s+|individual\s+)?"
    r"(?:tolerab\w+|tolerance|response|side[\s\-]effects)\b|"
    r"\bdoses?\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:chosen|selected|set|determined)\s+(?:\w+\s+)?(?:with|by)\b|"
    r"\b(?:participant|patient|self|clinician|physician)[\s\-](?:selected|chosen|determined)\s+doses?\b"
)
_FLEXIBLE = re.compile(FLEXIBLE_DOSING, re.I)
# a dose set by who the person is, at a threshold of weight, age or kidney function:
# "participants weighing less than 50 kg received 3 mg and those weighing 50 kg or more
# 4.5 mg", "children under 30 kg took 1.5 mg; heavier children 3 mg", "2 mg for those aged
# 65 or older, 4.5 mg for younger adults", "1.5 mg if eGFR was below 60": one dosing rule
# for everyone, each person's dose fixed by a trait, not doses given as alternatives to
# compare (a trial that randomises between doses within a stratum still compares them)
_SET_BY_TRAIT = re.compile(
    r"\bweight[\s\-]*band\w*|\bweigh(?:ing|ed)\s+(?:less|more|under|over|below|above|at\s+least|"
    r"[<>\u2264\u2265]=?|\d)|"
    r"\b(?:under|over|below|above|less\s+than|more\s+than|at\s+least|[<>\u2264\u2265]=?)\s*"
    r"\d+(?:\.\d+)?\s*kg\b|\b\d+(?:\.\d+)?\s*kg\s+or\s+(?:more|less|over|above|under|heavier|"
    r"lighter)\b|\b(?:heavier|lighter)\s+(?:children|adolescents|patients|participants|people|"
    r"adults)\b|\b(?:aged|age)\s+(?:\d+\s*(?:years?\s+)?(?:or|and)\s+(?:older|over|above|younger|"
    r"under)|(?:under|over|below|above|[<>\u2264\u2265]=?)\s*\d+)|\b(?:older|younger)\s+than\s+\d+|"
    r"\b(?:eGFR|creatinine\s+clearance)\s+(?:was\s+|of\s+)?(?:below|under|less\s+than|above|over|"
    r"[<>\u2264\u2265]=?)\s*\d+",
    re.I,
)
# (or allocated by a rule of turns, which sets no dose by a trait either: "allocated
# alternately to 1.5 mg or 4.5 mg")
_RANDOMISED_HERE = re.compile(
    r"\brandomi[sz]\w*|\brandomly\b|\brandom\s+order\b|\b(?:allocated|assigned)\s+alternately\b",
    re.I,
)


# a dose lowered for whoever does not tolerate it: "4.5 mg/d, with reduction to 3 mg/d
# permitted for tolerability", "lowered to 1.5 mg if not tolerated", "(2 mg in those with
# intolerable vivid dreams)": one flexible regimen, not a second arm
_FOR_TOLERABILITY = re.compile(
    r"\b(?:for|because\s+of|owing\s+to|due\s+to|if|when|in\s+case\s+of|for\s+reasons\s+of)\s+"
    r"(?:\w+\s+){0,2}?(?:in)?tolera(?:bility|nce|ted|ble)\b|\bintolera(?:nce|ble|nt)\b",
    re.I,
)
# ... or said only as the move down, whatever the reason given (side effects, a symptom
# named, none): "halved to 2.25 mg in those with side effects", "decreased to 2 mg if
# adverse events occurred", "a step down to 1.5 mg allowed for nausea", "could be lowered
# to 3 mg": the arm's dose moved down for some is still that arm's one regimen (doses
# listed as alternatives keep their "or": "1.5 mg or 4.5 mg, reduced to 1 mg if needed")
_LOWERED = re.compile(
    r"\b(?:reduc\w*|lower(?:ed|ing)?|decreas\w*|halv\w*|step(?:s|ped)?[\s\-]+down|"
    r"tapere?d?)\s+(?:\w+\s+){0,2}?to\s+(?:either\s+)?\d",
    re.I,
)
# the end of a clause: what a lowering verb reaches does not cross it. A comma ends it too:
# "Continuation of 4.5 mg, step-down to 1.5 mg, or placebo" lists arms (round 34). (Until
# session 22 this pattern shared its name with the arm-phrase end below, which replaced it;
# this is the pattern that was in force, kept so that no reading changes.)
_LOWERING_CLAUSE_END = re.compile(r"[;,]|\.(?!\d)|\b(?:while|whereas)\b")


def _choice_of_where_to_lower(text: str, at: int) -> bool:
    """The "or" at ``at`` joins the levels a dose may be moved down to ("investigators could
    reduce to 3 mg or 1.5 mg for adverse effects", "lowered to 3 or 1.5 mg if needed"): it
    comes after a lowering verb in the same clause, in a sentence that allocates nobody. The
    levels are the places one flexible regimen may step down to, not arms offered side by
    side ("randomised to reduce to 2 mg or 1 mg" still allocates)."""
    if _ALLOC_VERB.search(text):
        return False
    for m in _LOWERED.finditer(text, 0, at):
        if _LOWERING_CLAUSE_END.search(text, m.end(), at) is None:
            return True
    return False


# a protocol changed while the trial ran: "the protocol was amended and participants
# randomised thereafter received 4.5 mg", "enrolled before the amendment took 2 mg, those
# enrolled afterwards 4 mg", "initially 1 mg, but a protocol revision set it at 3 mg":
# the doses are one arm's dose before and after the change, periods, not arms
_AMENDED = re.compile(
    r"\b(?:amend\w*|protocol\s+(?:chang|revis|modif)\w*|revised\s+protocol|"
    r"(?:protocol|dose|dosing|dosage)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
    r"(?:changed|revised|modified))\b",
    re.I,
)
_PERIODS = re.compile(
    r"\b(?:thereafter|afterwards?|subsequently|later|originally|initially|previously|"
    r"before|after|until|from\s+then\s+on)\b",
    re.I,
)


@dataclass(frozen=True)
class Arm:
    """One alternative of an allocation: its span in the sentence and what it holds."""

    start: int
    end: int
    text: str
    has_drug: bool


def _bracket_close(text: str, at: int) -> int | None:
    """Where, counted from ``at``, the round bracket left open before ``at`` closes
    (None when ``at`` stands in no open bracket, or it never closes)."""
    if text.count("(", 0, at) <= text.count(")", 0, at):
        return None
    depth = 0
    for i in range(at, len(text)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i - at
            depth -= 1
    return None


def _allocation(doc: Doc, s: Sentence) -> list[Arm]:
    """The arms listed after an allocation verb: "randomized to A, B or C"."""
    text = s.masked
    verb = _ALLOC_VERB.search(text)
    start = _arms_start(text, verb.end()) if verb else None
    if start is None:
        return []
    rest = text[start.end() :]
    # (an allocation said in brackets lists its arms only up to its closing bracket: "58
    # agreed to randomisation (29 to each drug), 31 chose X and 7 chose sertraline" names
    # the people who chose each drug after it, not arms of the randomisation)
    rest = rest[: _bracket_close(text, start.end())]
    end = _ARMS_END.search(_PAREN.sub(lambda m: " " * len(m.group(0)), rest))
    span = rest[: end.start()] if end else rest
    arms: list[Arm] = []
    pos = start.end()
    flat = _PAREN.sub(lambda m: " " * len(m.group(0)), span)
    cuts = [(m.start(), m.end()) for m in _ARM_SPLIT.finditer(flat)]
    bounds, last = [], 0
    for a, b in cuts:
        bounds.append((last, a))
        last = b
    bounds.append((last, len(span)))
    # (not the watched drug named in a tally of the arms' sizes after an arm: "sertraline
    # 100 mg (naltrexone 40, sertraline 40)" is no arm holding both)
    drug_spans = [(m.start, m.end) for m in doc.drug(s) if not _tally_items(s.text, m.start, m.end)]
    for a, b in bounds:
        if not span[a:b].strip():
            continue
        if arms and _MODIFIER.match(span[a:b]):
            break  # ", with X and Y given at night", ", each added to sertraline"
        lo, hi = pos + a, pos + b
        arms.append(Arm(lo, hi, s.text[lo:hi], any(lo <= x < hi for x, _ in drug_spans)))
    return arms


def arms_in(doc: Doc, s: Sentence) -> list[Arm]:
    """The allocation's arms in one sentence (the first is an arm by position; later
    ones only if they look like one: "..., or placebo, once daily" has two)."""
    arms = _allocation(doc, s)
    if not arms:
        return []
    # (an arm offering several doses, its drug left to the title: "to placebo or one of
    # three nightly doses", looks like arms too)
    kept = [
        arms[0],
        *[
            a
            for a in arms[1:]
            if _ARM_LIKE.search(a.text)
            or a.has_drug
            or _names_drug(doc, s, a)
            or _ONE_OF_N.search(a.text)
        ],
    ]
    return kept if len(kept) >= 2 else []


def ratio_shares(doc: Doc) -> list[tuple[Arm, int, int]]:
    """The arms of an allocation that states its ratio, each with its share of the ratio
    and the ratio's whole: "randomised 2:1 to X 2 mg twice daily or placebo" gives X (2 of
    3) and placebo (1 of 3). Only where the ratio has as many parts as the sentence lists
    arms, in a sentence of the study's own."""

    def compute(d: Doc) -> list[tuple[Arm, int, int]]:
        for s in d.sentences:
            if s.background or s.prior or s.future or not s.own or ":" not in s.text:
                continue
            if not _ALLOC_VERB.search(s.text):
                continue
            m = _RATIO.search(s.text)
            found = arms_in(d, s) if m else []
            if not m or not found:
                continue
            parts = [int(p) for p in m.group("r").split(":")]
            if len(parts) != sum(arm_size(a) for a in found) or len(parts) != len(found):
                continue
            return [(a, p, sum(parts)) for a, p in zip(found, parts, strict=True)]
        return []

    return doc.remember("arms.ratio_shares", compute)


# an allocated arm named by a code, what it holds told after it: "regimen A (naltrexone
# 1.5 mg nightly)", "group II (placebo)", "arm 1: LDN 4.5 mg" (the code is how the results
# then name that arm: "Group A (n = 31) and group B (n = 30)")
_ARM_HEAD = r"(?:regimens?|arms?|groups?|schedules?|cohorts?|conditions?|sequences?)"
_CODE = r"[A-Z]{1,2}\d{0,2}|\d{1,2}|[IVX]{1,4}"
_CODED_ARM = re.compile(
    rf"\s*(?:(?:the|either)\s+)?(?i:{_ARM_HEAD})\s+(?P<code>{_CODE})\s*(?:\(|:)"
)


def coded(doc: Doc) -> dict[str, bool]:
    """The codes the study gives its allocated arms, each with whether its arm holds the
    watched drug: "randomised to regimen A (naltrexone 1.5 mg) or regimen B (placebo)" is
    {"A": True, "B": False} (only where every arm of the allocation has a code)."""

    def compute(d: Doc) -> dict[str, bool]:
        for s in d.sentences:
            if s.background or s.prior or s.future or ("(" not in s.text and ":" not in s.text):
                continue
            found = _allocation(d, s)
            codes = [_CODED_ARM.match(s.text, a.start) for a in found]
            # (the coded arms first; what trails them is no arm: ", double blind")
            k = next((i for i, c in enumerate(codes) if c is None), len(codes))
            if k < 2 or any(a.has_drug or _ARM_LIKE.search(a.text) for a in found[k:]):
                continue
            found, codes = found[:k], codes[:k]
            drug = [m.start for m in d.drug(s)]
            named: dict[str, bool] = {}
            for c in codes:
                if c is None:
                    continue
                # (what the arm holds is in the brackets after its code, which the arm's
                # own span may leave out)
                close = s.text.find(")", c.end()) if c.group(0).endswith("(") else -1
                end = close if close > 0 else min(len(s.text), c.end() + 60)
                named[c.group("code")] = any(c.start() <= x < end for x in drug)
            if len(named) == len(found) and any(named.values()):
                return named
        return {}

    return doc.remember("arms.coded", compute)


def coded_pattern(codes: Sequence[str]) -> re.Pattern[str]:
    """An arm named by one of ``codes`` after any head: "Group A", "arm B"."""
    alts = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    return _coded_pattern(alts)


@lru_cache(maxsize=64)
def _coded_pattern(alts: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{_ARM_HEAD})\s+(?P<code>{alts})(?![\w\-])")


def _names_drug(doc: Doc, s: Sentence, arm: Arm) -> bool:
    return any(arm.start <= m.start < arm.end for m in doc.comedications(s))


def stated_count(doc: Doc) -> int | None:
    """How many arms the study says it has: "three-arm", "four groups", "2 x 2
    factorial", "randomised 1:1:1"."""
    own = [s for s in doc.sentences if not s.background]
    # the arms the study has now, where an amendment changed them: "NALDO is now a two-arm
    # trial", "the trial now has two arms" (the design it replaced is told first)
    for s in own:
        for now in _N_ARMS.finditer(s.text):
            if _NOW_BEFORE.search(s.text[max(0, now.start() - 30) : now.start()]):
                return _ARMS_WORD[now.group("k").lower()]
    for s in own:
        m = _N_ARMS.search(s.text)
        if m:
            return _ARMS_WORD[m.group("k").lower()]
    for s in own:
        # (the arms counted as what they were allocated to: "randomised in equal numbers
        # to two LDN regimens", "assigned to one of three dosing schedules")
        m = _TO_K_ARMS.search(s.text) if _ALLOC_VERB.search(s.text) else None
        if m:
            return _ARMS_WORD[(m.group("k") or m.group("k2")).lower()]
    for s in own:
        f = _FACTORIAL.search(s.text)
        if f:
            return int(f.group("a")) * int(f.group("b"))
    for s in own:
        # (a matched design names its groups by its matching ratio as a trial does by its
        # allocation: "were matched 1:1 by propensity score to ...", two cohorts)
        if _ALLOC_VERB.search(s.text) or re.search(r"\b(?:ratio|match(?:ed|ing))\b", s.text, re.I):
            m = _RATIO.search(s.text)
            if m:
                return len(m.group("r").split(":"))
    return None


# an arm that holds several doses of the drug as alternatives is that many arms: "one of
# three doses of X", "X (1 mg, 2.5 mg or 4.5 mg daily)", "0.5, 1 or 2 mg" (a list joined
# by "or"; the steps of one schedule, "1.5 mg rising to 4.5 mg", are one arm)
_ONE_OF_N = re.compile(
    r"\bone\s+of\s+(?:the\s+)?(?P<k>two|three|four|five|[2-5])\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:doses|dose\s+levels|dosages|strengths|dosing\s+regimens)\b",
    re.IGNORECASE,
)
_UNIT = r"(?:mg|µg|μg|mcg|micrograms?)\b"
_DOSE_RUN = re.compile(
    rf"(?<![\d.])\d+(?:\.\d+)?(?:\s*{_UNIT})?(?:\s*,\s*\d+(?:\.\d+)?(?:\s*{_UNIT})?)*,?\s+or\s+"
    rf"\d+(?:\.\d+)?\s*{_UNIT}",
    re.IGNORECASE,
)
_RUN_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_DOSE_UNIT_IN = re.compile(rf"\d\s*{_UNIT}", re.IGNORECASE)


def arm_size(arm: Arm) -> int:
    """How many arms one listed alternative stands for: one, or as many doses of the
    drug as it offers as alternatives ("one of three doses of X", "X 1, 2.5 or 4.5 mg";
    "one of three nightly doses", the drug named elsewhere)."""
    m = _ONE_OF_N.search(arm.text)
    # (an arm that lists its doses itself, "one of three nightly doses: 1 mg", is counted by
    # the arms its list makes)
    if m and (arm.has_drug or not _DOSE_UNIT_IN.search(arm.text)):
        return _ARMS_WORD[m.group("k").lower()]
    if not arm.has_drug:
        return 1
    run = _DOSE_RUN.search(arm.text)
    if run:
        return len(_RUN_NUMBER.findall(run.group(0)))
    return 1


def count(doc: Doc) -> int | None:
    """How many arms the study has, from "three-arm", "1:1:1" or the allocated alternatives."""
    stated = stated_count(doc)
    if stated is not None:
        return stated
    own = [s for s in doc.sentences if not s.background]
    for s in own:
        arms = arms_in(doc, s)
        if arms:
            return sum(arm_size(a) for a in arms)
        g = _INTO_GROUPS.search(s.text)
        if g:
            return len(_GROUP_HEAD.findall(_PAREN.sub("", g.group("list"))))
    for s in own:
        listed = _listed_alternatives(doc, s)
        if listed:
            return sum(arm_size(a) for a in listed)
    return None


# where the allocation names no arms, the alternatives listed with no verb at the head of a
# sentence of the study's own methods, as a structured abstract's "Interventions:" section
# writes them: "Naltrexone 4.5 mg or placebo each evening, added to the SNRI", "Oral
# naltrexone 2 mg daily versus identical placebo" (the watched drug opens the list; every
# later alternative looks like an arm)
_LIST_OPENING = re.compile(
    # (or the people given one of them: "Participants received compounded naltrexone oral
    # solution ..., or an identical vehicle", in a randomised record's methods)
    # (a protocol's present or future too: "Participants receive naltrexone 4.5 mg ... or
    # identical placebo")
    r"^(?:(?:participants|patients|subjects|adults|women|men)\s+(?:received|were\s+given|took|"
    r"receive|are\s+given|take|will\s+receive|will\s+be\s+given|will\s+take)\s+)?"
    r"(?:(?:oral|once[\s\-]daily|nightly|daily|compounded|sublingual)\s+)?$",
    re.IGNORECASE,
)
_ALTERNATIVES_CUE = Folded(r"\s(?:or|versus|vs\.?)\s", re.IGNORECASE)


# a dose and when it is taken, alone between commas: "2 mL each evening", "4.5 mg nightly"
_DOSE_PIECE = re.compile(
    r"\s*\d[\d.]*\s*(?:mg|ml|mL|µg|mcg|drops?|capsules?|tablets?)\b(?:\s+[\w\-]+){0,3}\s*",
    re.IGNORECASE,
)


def _listed_alternatives(doc: Doc, s: Sentence) -> list[Arm]:
    if not s.in_methods or not s.own or s.hedged:
        return []
    text = s.masked
    if not _ALTERNATIVES_CUE.search(text) or _ALLOC_VERB.search(text):
        return []
    drug = doc.drug(s)
    if not drug or not _LIST_OPENING.match(text[: drug[0].start]):
        return []
    end = _ARMS_END.search(_PAREN.sub(lambda m: " " * len(m.group(0)), text))
    span = text[: end.start()] if end else text
    flat = _PAREN.sub(lambda m: " " * len(m.group(0)), span)
    bounds, last = [], 0
    for m in _ARM_SPLIT.finditer(flat):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(span)))
    arms: list[Arm] = []
    for a, b in bounds:
        if not span[a:b].strip():
            continue
        if arms and _MODIFIER.match(span[a:b]):
            break
        piece = s.text[a:b]
        if arms and _DOSE_PIECE.fullmatch(piece):
            # the last arm's dose set off by commas: "X oral solution (1 mg/mL), 2 mL each
            # evening, or an identical vehicle" (part of that arm, not one of its own)
            arms[-1] = Arm(arms[-1].start, b, s.text[arms[-1].start : b], arms[-1].has_drug)
            continue
        has = any(a <= m.start < b for m in drug)
        if arms and not (has or _ARM_LIKE.search(piece)):
            return []
        arms.append(Arm(a, b, piece, has))
    return arms if len(arms) >= 2 else []


# the far side of a contrast, a few words on: "in contrast with earlier findings in
# dopaminergic regimens", "unlike the serotonergic agents"
_CONTRASTED = re.compile(
    r"\b(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to|compared\s+(?:with|to)|"
    r"rather\s+than|than|versus|vs\.?)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)


def contrasted(text: str, start: int) -> bool:
    """What starts at ``start`` is the other side of a contrast the sentence draws."""
    return _CONTRASTED.search(text[max(0, start - 60) : start]) is not None


# what only the arm without the watched drug was switched to: "Two participants in the
# placebo arm were switched from bupropion to escitalopram" (that arm's own change; the
# background every arm keeps is not switched by one arm)
_SWITCHED_IN_ARM_WITHOUT = re.compile(
    r"\b(?:in|of)\s+the\s+(?:placebo|control|comparator)\s+(?:arm|group)\s+(?:were|was)\s+"
    r"switched\s+(?:from\s+(?:[^.;]|\.\d){1,40}?\s+)?to\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


# what another group started in place of the watched drug, named after it in the same
# sentence: "150 starting LDN and 150 starting other add-on treatments, including SSRIs,
# bupropion or lurasidone" (the comparison cohort's treatments, not taken with it)
_OTHER_STARTED_BEFORE = re.compile(
    r"\b(?:starting|started|initiating|initiated|beginning|began|begun|commencing|prescribed)\s+"
    r"(?:an?\s+)?(?:other|another|alternative)\s+(?:add-?on\s+|adjunctive\s+)?(?:treatments?|"
    r"therap(?:y|ies)|drugs?|medications?|agents?)\s*,?\s*\(?\s*(?:including|such\s+as|e\.g\.,?|"
    r"like|namely)\s+(?:[^.;()]|\.\d){0,60}$",
    re.IGNORECASE,
)


# the drug said to be given only in the other arm: "escitalopram was given only in the
# comparator arm", "sertraline was used only by the control group"
_ONLY_IN_COMPARATOR_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:was|were|is|are)\s+(?:given|taken|used|received|administered|"
    r"prescribed)\s+only\s+(?:in|by|to)\s+(?:the\s+)?(?:active[\s\-]+)?(?:comparator|control|"
    r"comparison|other)\s+(?:arm|group)s?\b",
    re.I,
)


# the arm a drug is taken in, named by its dose: "Eight patients in the 50 mg arm started
# sertraline", "in the 50-mg group, 6 took an SSRI"
_DOSE_ARM = re.compile(
    r"\b(?:in|among|of|from)\s+the\s+(?P<mg>\d+(?:\.\d+)?)[\s\-]*mg(?:/d(?:ay)?)?\s+"
    r"(?:arm|group|cohort)\b(?=[^.;]*$)",
    re.I,
)


def in_other_dose_arm(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The drug is told of the people of an arm named by a dose above the watched drug's
    band (a standard-dose comparator's arm): theirs, not taken with the low dose."""
    hit = _DOSE_ARM.search(s.text, 0, m.start)
    return hit is not None and not doc.spec.is_low(float(hit.group("mg")))


def is_comparator(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication is given to an arm of its own, instead of with the watched drug.

    "versus escitalopram", "the sertraline group", or an allocated arm holding the drug
    and not the watched one ("randomized to LDN or sertraline"). An arm holding both
    ("LDN plus sertraline or placebo plus sertraline") makes it a co-medication.
    """
    text = s.text
    if _GROUP_AFTER.match(text[m.end :]) and grouped_by_theirs(doc):
        # where the study sorts its people by the drug they go on taking, "the bupropion
        # group" is such a set of people, given the watched drug or its placebo beside
        # bupropion, not an arm given bupropion instead
        return False
    if own_period(doc, s, m):
        return True
    if _SWITCHED_IN_ARM_WITHOUT.search(text[max(0, m.start - 120) : m.start]):
        return True  # "two in the placebo arm were switched from bupropion to escitalopram"
    if _OTHER_STARTED_BEFORE.search(text, max(0, m.start - 120), m.start) and any(
        x.end <= m.start for x in doc.drug(s)
    ):
        return True  # "150 starting LDN and 150 starting other add-on treatments, including SSRIs"
    tallied = _tallied_arm(doc, s, m)
    if tallied is not None:
        return tallied
    if _with_placebo(doc, s, m):
        return False
    compared = _COMPARE_BEFORE.search(text[: m.start])
    if compared and (
        # a per-arm tally: "..., LDN vs placebo: SSRI 21 (49%) vs 20 (47%); SNRI 12 vs 10"
        # (what each arm took, counted: "vs" joins the arms' counts or heads the table)
        _TALLY_JOIN.match(compared.group(0))
        or _contrasts_comedications(doc, s, compared.start())
        # the comparison's other side is already named and the drug opens the phrase of
        # whom it is made in: "LDN versus placebo in bupropion-treated depression", "vs
        # sham among sertraline users" (the people's drug, not an arm's)
        or _POPULATION_AFTER_FOIL.match(compared.group(0))
        or _STRATA_BEFORE.search(text, max(0, compared.start() - 200), compared.start())
    ):
        compared = None
    if compared or _in_comparison_arm(doc, s, m) or _compared_with_drug(doc, s, m):
        return True
    if _ONLY_IN_COMPARATOR_AFTER.match(text, m.end):
        return True  # "escitalopram was given only in the comparator arm"
    if _ROLE_WAS.search(text, max(0, m.start - 60), m.start):
        return True
    if _GROUP_AFTER.match(text[m.end :]):
        # "the X plus sertraline group": joined to the watched drug named just before it,
        # in the same clause ("received X; the sertraline group" is another arm)
        before = [x for x in doc.drug(s) if x.end <= m.start and x.start >= m.start - 40]
        if not before:
            return True
        head = text[max(x.end for x in before) : m.start]
        return not (_TOGETHER.search(head) and not re.search(r"[;.]", head))
    if _listed_arm(doc, s, m):
        return True
    arms = _allocation(doc, s)
    for arm in arms:
        if arm.start <= m.start < arm.end:
            if arm.has_drug:
                return False
            if _TOGETHER.search(text[arm.start : m.start]):
                # "placebo plus sertraline" is taken by all unless the watched drug's arm
                # holds a placebo in its place: "LDN plus placebo or placebo plus
                # escitalopram" (a double dummy) gives escitalopram to one arm only
                return any(
                    a.has_drug and _PLACEBO.search(a.text) and m.text.lower() not in a.text.lower()
                    for a in arms
                )
            return any(a.has_drug for a in arms)
    return _alternative_to_drug(doc, s, m)


_PLACEBO = re.compile(r"\b(?:placebo|dummy)\b", re.IGNORECASE)
# a list of a platform's or a multi-arm trial's arms, each item an arm of its own: "the
# opening domains are A (...), B and X 4.5 mg", "opened A, B and X domains"
_ARM_LIST_HEAD = re.compile(
    r"\b(?:domains|arms)\s+(?:are|were|will\s+be|include[sd]?|comprised?)\s+",
    re.IGNORECASE,
)
_ARM_LIST_TAIL = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:[\d.,]+\s*(?:mg|\u00b5g|\u03bcg|mcg)\S*\s*)?(?:domains|arms)\b",
    re.IGNORECASE,
)
# what joins two drugs in one arm's regimen, not two arms of a list (broader than
# _TOGETHER_GAP below on purpose: "with" joins a regimen inside a list of arms, but in a
# per-arm outcome, "45% with X and 40% with sertraline", it names each arm)
_IN_ONE_ARM = re.compile(
    r"\b(?:plus|with|added|add-on|adjunct\w*|combined|combination|augment\w*|together)\b|\+",
    re.IGNORECASE,
)


# ... or said of the domains or arms the sentence before named: "(... randomised to one of
# the open domains.) At launch these are X 1 mg, X 4.5 mg, pramipexole and placebo"
_THESE_ARE = re.compile(
    r"^[^.;:]{0,30}?\b(?:these|they)\s+(?:are|were|will\s+be|include[sd]?|comprised?)\s+",
    re.IGNORECASE,
)


def _listed_arm(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication and the watched drug are items of one list of the study's arms
    or platform domains ("the domains are pramipexole, aripiprazole and X", "opened
    pramipexole and X domains", "the arms were sertraline and X"): an arm of its own."""
    text = s.text
    low = text.lower()
    head_rx: re.Pattern[str] = _ARM_LIST_HEAD
    if "domains" not in low and " arms" not in low:
        before = [x for x in doc.sentences if x.index == s.index - 1]
        said = before[0].text.lower() if before else ""
        if not (("domains" in said or " arms" in said) and _THESE_ARE.match(text)):
            return False
        head_rx = _THESE_ARE
    for x in doc.drug(s):
        lo, hi = (x.end, m.start) if x.end <= m.start else (m.end, x.start)
        between = _PAREN.sub("", text[lo:hi])
        if len(between) > 120 or ";" in between or _IN_ONE_ARM.search(between):
            continue
        first, last = min(x.start, m.start), max(x.end, m.end)
        if _ARM_LIST_TAIL.match(text, last):
            return True
        # (the list may open with other items: "the domains are A (...), B and X")
        heads = list(head_rx.finditer(text, 0, first))
        if heads:
            lead = _PAREN.sub("", text[heads[-1].end() : first])
            if len(lead) <= 120 and ";" not in lead and not _IN_ONE_ARM.search(lead):
                return True
    return False


# the co-medication joined to placebo on the comparison's side: "more than escitalopram
# plus placebo", "sertraline with placebo", "placebo added to vortioxetine" (placebo
# stands in for the watched drug, the co-medication is everyone's)
_PLACEBO_AFTER = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg)\b(?:\s*(?:/\s*d(?:ay)?|daily|a\s+day|per\s+day))?\s*)?"
    r"(?:\([^()]{0,40}\)\s*)?(?:plus|\+|with|and|together\s+with|combined\s+with)\s+"
    r"(?:a\s+|an\s+|matching\s+|identical\s+)*(?:placebo|dummy)\b",
    re.IGNORECASE,
)
_NEXT_ARM = re.compile(
    r",?\s+or\s+|;|\bversus\b|\bvs\.?\s|\bthan\b|\bcompared\s+(?:with|to)\b", re.IGNORECASE
)
_DOUBLE_DUMMY = re.compile(r"\bdouble[\s\-]+dumm(?:y|ies)\b", re.IGNORECASE)
_PLACEBO_BEFORE = re.compile(
    r"\b(?:placebo|dummy)\s+(?:plus|\+|with|and|added\s+to|add[\s\-]on\s+to|in\s+addition\s+to|"
    r"combined\s+with|together\s+with)\s+(?:the\s+|their\s+)?$",
    re.IGNORECASE,
)


def _with_placebo(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication named with placebo, and the watched drug named with no placebo
    beside it (not a double dummy, "LDN plus placebo or placebo plus sertraline")."""
    text = s.text
    watched = doc.drug(s)
    if not watched or not (
        _PLACEBO_AFTER.match(text, m.end)
        or _PLACEBO_BEFORE.search(text[max(0, m.start - 30) : m.start])
    ):
        return False
    if doc.remember("double_dummy", lambda d: _DOUBLE_DUMMY.search(d.text) is not None):
        return False
    for x in watched:
        # the watched drug's own arm, up to the next arm: "naltrexone 3 mg daily plus
        # capsules of placebo matching fluoxetine, or ..." holds a placebo of its own
        arm = _NEXT_ARM.split(text[x.end : x.end + 80], maxsplit=1)[0]
        if _PLACEBO.search(arm) or _PLACEBO_BEFORE.search(text[max(0, x.start - 30) : x.start]):
            return False
    return True


# whose own co-medication the people are sorted by: "grouped by the antidepressant they
# continued during the trial", "stratified by background antidepressant class", "divided
# according to their concurrent antidepressant" (the groups are of people, not arms)
_THEIRS_BEFORE = (
    r"(?:their\s+|(?:the|each)\s+(?:patient|participant)['\u2019]?s?\s+)?"
    r"(?:(?:type|class)\s+of\s+(?:the\s+|their\s+)?)?"
    r"(?P<own>(?:background|concurrent|concomitant|continued|continuing|ongoing|current|"
    r"baseline|stable|existing|maintained|usual)\s+)?"
)
_THEY_TOOK_AFTER = re.compile(
    r"^(?:\s+class(?:es)?)?\s+(?:that\s+|which\s+)?(?:they|patients|participants|people)\s+"
    r"(?:had\s+been\s+|were\s+)?(?:continued|continuing|took|taking|received|receiving|used|using|"
    r"kept|stayed\s+on|remained\s+on|were\s+on)\b",
    re.IGNORECASE,
)
# one item of a tally of the arms' sizes in brackets: "naltrexone 40", "LDN n = 29",
# "sertraline: 38" (a count, not a dose: no unit after it)
_TALLY_ITEM = re.compile(
    r"^\s*[^\d(),;:=]{2,40}?\s*(?::|\bn\s*=)?\s*\d+(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _grouped_by_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:grouped|stratified|divided|split|categori[sz]ed|classified|sub-?grouped)\s+"
        r"(?:\w+\s+){0,2}?(?:by|according\s+to|on\s+the\s+basis\s+of)\s+(?:the\s+)?"
        rf"(?P<theirs>{_THEIRS_BEFORE})(?:{kind})s?\b",
        re.IGNORECASE,
    )


def grouped_by_theirs(doc: Doc) -> bool:
    """The study's own text sorts its people into groups by the co-medication they go on
    taking (``_grouped_by_pattern``): "the X group" then names such a group of people."""

    def compute(d: Doc) -> bool:
        rx = _grouped_by_pattern(d.spec.comedication_kind)
        for s in d.sentences:
            if not s.own or s.background or s.future:
                continue
            for m in rx.finditer(s.text):
                theirs = m.group("theirs").strip()
                if theirs or _THEY_TOOK_AFTER.match(s.text[m.end() :]):
                    return True
        return False

    return doc.remember("grouped_by_theirs", compute)


def _tally_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the bracketed tally of arm sizes the words at ``start``-``end`` stand
    in ("(naltrexone 40, sertraline 40)"), or [] when they stand in none."""
    lo = text.rfind("(", 0, start)
    hi = text.find(")", end)
    if lo < 0 or hi < 0 or ")" in text[lo:start] or "(" in text[end:hi]:
        return []
    inside = text[lo + 1 : hi]
    if ";" in inside and "," in inside:
        # tallies of different things, each its own list: "(LDN 90, placebo 89; SSRI 113,
        # SNRI 66)" sizes the arms, then the classes the people took
        lo = max(lo, text.rfind(";", lo, start))
        cut = text.find(";", end, hi)
        hi = hi if cut < 0 else cut
    items, at = [], lo + 1
    for part in re.split(r"[,;]", text[lo + 1 : hi]):
        items.append((at, at + len(part)))
        at += len(part) + 1
    if len(items) < 2 or not all(_TALLY_ITEM.match(text[a:b]) for a, b in items):
        return []
    return items


def _tallied_arm(doc: Doc, s: Sentence, m: Mention) -> bool | None:
    """The co-medication named in a bracketed tally of the arms' sizes ("(naltrexone 40,
    sertraline 40)"): the tally names arms, so the co-medication is an arm of its own
    (True) unless its item names the watched drug too ("(LDN plus sertraline 40, placebo
    plus sertraline 40)": False); None when it stands in no such tally."""
    items = _tally_items(s.text, m.start, m.end)
    if not items:
        return None
    lo, hi = items[0][0], items[-1][1]
    drugs = [x.start for x in doc.drug(s) if lo <= x.start < hi]
    own = next((a, b) for a, b in items if a <= m.start < b)
    if any(own[0] <= x < own[1] for x in drugs):
        return False
    return True if drugs else None


# the foil named after a plain comparison word, then "in"/"among" and who the people are
# (not a yardstick's words: "effect sizes reported for SSRIs" compares with the drug)
_POPULATION_AFTER_FOIL = re.compile(
    r"(?:versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to)\s+\S+\s+"
    r"(?:in|among|for)\s+$",
    re.IGNORECASE,
)
# a contrast between the strata, subgroups or covariate levels of the people taking the
# watched drug, not between arms: "randomisation is stratified by antidepressant class
# (serotonergic versus bupropion)", "subgroups on SSRIs vs on bupropion", "adjusted for
# background antidepressant (SNRI vs other)"
_STRATA_BEFORE = re.compile(
    r"\b(?:stratif\w*|strat(?:um|a)|sub[\s\-]?groups?|covariates?|moderat\w*|interaction|"
    # (anywhere before in its clause: "stratified by site and by background antidepressant
    # class (serotonergic/noradrenergic vs. bupropion)" names the factor far from its levels)
    # (no arms allocated after it: "stratified by site, and patients were randomised to X
    # or bupropion" names arms)
    r"adjust\w*\s+for|block\w*\s+by)\b"
    r"(?:(?!\b(?:randomi[sz]ed|randomly|assigned|allocated|received|receive|given)\b)(?:[^.;]|\.\d)){0,160}$",
    re.IGNORECASE,
)
# the end of an arm's own phrase: ", the experimental arm with X" names another arm
_CLAUSE_END = re.compile(r"[;,]|\.(?!\d)|\b(?:while|whereas)\b")
# the end of a co-medication named right before a comparison word: "(SSRI vs SNRI)", or
# after its subgroup's tally: "among those on SNRIs (3/6) than on bupropion (1/4)"
_CONTRAST_GAP = re.compile(
    r"^[\s\-]*(?:\([^()]{0,30}\)\s*)?[\s)\]\-]*(?:\b(?:an?|the)\s+)?$", re.IGNORECASE
)


def _contrasts_comedications(doc: Doc, s: Sentence, at: int) -> bool:
    """ "Background antidepressant (SSRI vs SNRI) as a covariate", "SSRI- versus SNRI-
    treated subgroups": one co-medication against another in a sentence that does not
    name the watched drug before them contrasts strata of the people taking it, not an
    arm given in its place ("SSRI versus SNRI co-treatment as a moderator of X
    augmentation"; but "X plus escitalopram versus venlafaxine" sets arms side by side)."""
    if any(x.start < at for x in doc.drug(s)):
        return False
    return any(
        x.end <= at and _CONTRAST_GAP.match(s.text[x.end : at]) for x in doc.comedications(s)
    )


# usual care named as what people are on, not as an arm: "receiving treatment as usual
# with ...", "on usual care with ...", "continuing their standard care with ..."
_USUAL_CARE = re.compile(
    r"(?:usual[\s\-]care|standard[\s\-](?:of[\s\-])?care|treatment[\s\-]as[\s\-]usual)\b",
    re.IGNORECASE,
)
_HELD_BEFORE = re.compile(
    r"\b(?:receiving|on|continuing|continued|maintained\s+on|remaining\s+on|kept\s+on|"
    r"stable\s+on|undergoing)\s+(?:their\s+|ongoing\s+|stable\s+|existing\s+)*$",
    re.IGNORECASE,
)
# ... or as what the watched drug is added to: "naltrexone or placebo in addition to
# treatment as usual with an SSRI", "LDN on top of their usual care with sertraline"
_ADDED_TO_BEFORE = re.compile(
    r"\b(?:in\s+addition\s+to|added\s+to|add(?:ed)?[\s\-]+on\s+to|on\s+top\s+of|alongside|"
    r"as\s+(?:an?\s+)?(?:add[\s\-]?on|adjunct|adjunctive\s+treatment|augmentation)\s+(?:to|of)|"
    r"augmenting|combined\s+with|plus)\s+"
    r"(?:(?:their|the|ongoing|stable|existing|current|continued|unchanged)\s+)*$",
    re.IGNORECASE,
)
# (not when another arm starts between the care and the drug: "X plus usual care, or
# usual care with sertraline")
_ANOTHER_ARM_BETWEEN = re.compile(
    r"\b(?:or|versus|vs\.?|compared|against|than|instead)\b|;", re.IGNORECASE
)
_DRUG_LIST = re.compile(r"\x00(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:an?\s+)?\x00)+", re.IGNORECASE)


def _another_arm_between(doc: Doc, s: Sentence, start: int, end: int) -> bool:
    """Another arm starts between the usual care and the co-medication (the drugs of one
    list, "with an SSRI or SNRI", are alternatives of the same care, not arms)."""
    gap = list(s.text[start:end])
    for x in doc.comedications(s):
        if start <= x.start and x.end <= end:
            gap[x.start - start : x.end - start] = ["\x00"] * (x.end - x.start)
    joined = re.sub(r"\x00+", "\x00", "".join(gap))
    return _ANOTHER_ARM_BETWEEN.search(_DRUG_LIST.sub("\x00", joined)) is not None


def _in_comparison_arm(doc: Doc, s: Sentence, m: Mention) -> bool:
    """Named as what a control, comparison or usual-care arm received, with the watched
    drug not named in between; or given "instead of" the watched drug."""
    text = s.text
    found = _COMPARISON_ARM.search(text[: m.start])
    care = _USUAL_CARE.match(text, found.start()) if found else None
    if (
        found
        and care
        and (
            (
                _HELD_BEFORE.search(text, 0, found.start())
                and not any(x.start < found.start() for x in doc.drug(s))
            )
            or (
                _ADDED_TO_BEFORE.search(text, 0, found.start())
                and any(x.end <= found.start() for x in doc.drug(s))
                and not _another_arm_between(doc, s, care.end(), m.end)
            )
        )
    ):
        # the usual care the people are on before anything is allocated ("adults receiving
        # treatment as usual with venlafaxine were randomised to X or placebo"): what every
        # arm keeps taking, not a control arm; or the care the watched drug is added to
        # ("X or placebo in addition to treatment as usual with an SSRI")
        found = None
    if found:
        # the watched drug named in the arm's own phrase, before or after ("the third
        # group received sertraline plus X") puts them together, unless it is named as
        # what the arm went without ("the comparator arm received escitalopram without X")
        end = _CLAUSE_END.search(text, m.end)
        stop = end.start() if end else len(text)
        if not any(
            found.start() <= x.start < stop and not _WITHOUT_BEFORE.search(text, 0, x.start)
            for x in doc.drug(s)
        ):
            return True
    if _ONLY_ARM_AFTER.match(text[m.end :]):
        # "the venlafaxine-only arm", "a sertraline alone group": an arm of its own
        return True
    if _OTHER_ARM_BEFORE.search(text[max(0, m.start - 60) : m.start]) and any(
        x.end <= m.start and _ONE_ARM_BEFORE.search(text[max(0, x.start - 60) : x.start])
        for x in doc.drug(s)
    ):
        # "one group took X and the other sertraline": the two sides of an allocation
        return True
    if any(
        x.end <= m.start and _OR_GAP.fullmatch(text, x.end, m.start) for x in doc.drug(s)
    ) and _ALLOC_WORDS.search(text):
        # the watched drug or the co-medication, in a sentence that allocates or compares:
        # "Naltrexone 4.5 mg or escitalopram 10 mg for major depression: a randomized
        # comparison" (two alternatives, not a regimen)
        return True
    if _OUTCOME_WITH_BEFORE.search(text[max(0, m.start - 60) : m.start]) and any(
        x.end <= m.start
        and _OUTCOME_WITH_BEFORE.search(text[max(0, x.start - 60) : x.start])
        and not _TOGETHER_GAP.search(text, x.end, m.start)
        for x in doc.drug(s)
    ):
        # an outcome told per arm: "45% with X 4.5 mg and 40% with sertraline 50 mg"
        return True
    role = _ROLE_AFTER.match(text[m.end :])
    if role:
        # (not where the watched drug is in that phrase: "sertraline plus X as the control")
        a = max(text.rfind(";", 0, m.start), text.rfind(",", 0, m.start)) + 1
        if not any(a <= x.start < m.end + role.end() for x in doc.drug(s)):
            return True
    after = _IN_PLACE_OF.match(text[m.end :])
    if after:
        at = m.end + after.end()
        return any(at <= x.start <= at + 3 for x in doc.drug(s))
    if _ALONE_AFTER.match(text[m.end :]) and _TREATED_WITH_BEFORE.search(
        text[max(0, m.start - 40) : m.start]
    ):
        # a group of its own treated with the drug alone, set beside the watched drug's
        # people: "300 women prescribed X, and 300 matched women treated with SSRIs alone"
        # (the group takes it without the watched drug: a comparison cohort)
        return any(
            x.end <= m.start and _OTHER_GROUP.search(text, x.end, m.start) for x in doc.drug(s)
        )
    return False


# the watched drug named as what an arm went without: "escitalopram without X" (not "with
# or without X": both arms take the drug)
_WITHOUT_BEFORE = re.compile(r"(?<!\bor\s)\bwithout\s+(?:the\s+|any\s+)?(?:[\w\-]+\s+)?$", re.I)
# an arm named by the drug alone: "the venlafaxine-only arm", "a sertraline alone group"
_ONLY_ARM_AFTER = re.compile(
    r"^[\s\-]*(?:only|alone|monotherapy)[\s\-]+(?:(?:treatment|treated|control)\s+)?"
    r"(?:arms?|groups?|condition|cohort)\b",
    re.I,
)
# "one group took X and the other sertraline"
# the watched drug, its dose, then "or" and the co-medication: "X 4.5 mg or escitalopram"
_OR_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:[\d.,]+\s*(?:mg|µg|μg|mcg)(?:\s*/\s*(?:d|day)\b|\s+(?:once\s+|twice\s+)?"
    r"(?:daily|a\s+day|per\s+day|nightly))?\s*(?:\([^()]*\)\s*)?)?,?\s*or\s+(?:to\s+)?",
    re.IGNORECASE,
)
_ONE_ARM_BEFORE = re.compile(
    r"\bone\s+(?:groups?|arms?|half)\s+(?:received|took|got|was\s+given|was\s+assigned\s+to|"
    r"was\s+allocated\s+to|on)\s+(?:\S+\s+){0,2}$",
    re.I,
)
_OTHER_ARM_BEFORE = re.compile(
    r"\b(?:and|,|while|whereas)\s+(?:the\s+)?other(?:\s+(?:groups?|arms?|half))?"
    r"(?:\s+(?:received|took|got|was\s+given|was\s+assigned\s+to|was\s+allocated\s+to|on))?"
    r"\s+(?:\S+\s+){0,2}$",
    re.I,
)
# an outcome told per arm, the arm named after it: "45% with X", "-6.1 points on sertraline"
_OUTCOME_WITH_BEFORE = re.compile(
    r"[\-−]?\d+(?:\.\d+)?\s*(?:%|percent|points?)?\s+(?:with|on|for|in\s+the)\s+(?:\S+\s+)?$",
    re.I,
)
# a word joining the two into one regimen between them
_TOGETHER_GAP = re.compile(
    r"\b(?:plus|added\s+to|together\s+with|combined\s+with|alongside|in\s+addition\s+to)\b|\+",
    re.I,
)


# the drug taken with nothing else: "SSRIs alone", "an SSRI only", "sertraline monotherapy"
_ALONE_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:alone|only|as\s+monotherapy|monotherapy)\b", re.IGNORECASE
)
# ... as what a group of people is treated with (not "a response to an SSRI alone")
_TREATED_WITH_BEFORE = re.compile(
    r"\b(?:(?:treated|managed)\s+with|taking|receiving|using|prescribed|on)\s+"
    r"(?:an?\s+|the\s+|their\s+)?$",
    re.IGNORECASE,
)
# the second group joined to the watched drug's people: "..., and 300 matched women", "versus
# patients", "compared with those", "while controls"
_OTHER_GROUP = re.compile(
    r"(?:,\s*|\s)(?:and|or|versus|vs\.?|compared\s+(?:with|to)|whereas|while|than)\s+"
    r"(?:\d[\d,]*\s+)?(?:[\w\-]+\s+){0,4}?(?:women|men|people|patients|participants|"
    r"individuals|adults|mothers|controls|those|others|users|subjects|children|adolescents)\b",
    re.IGNORECASE,
)


# a factorial design crosses its factors: each level of one is given with each level of
# the other ("a 2 x 2 factorial trial", "factorial randomisation")
_FACTORIAL_WORD = re.compile(r"\bfactorial\b", re.IGNORECASE)
# a drug given against its own placebo, its dose and schedule first: "sertraline (50-100
# mg) or placebo", "naltrexone 3 mg at night (after a week at 1.5 mg) or matching placebo"
_OWN_PLACEBO_AFTER = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:[\d.,]+(?:\s*[\-\u2013]\s*[\d.,]+)?\s*(?:mg|\u00b5g|\u03bcg|mcg)\S*\s*)?"
    r"(?:(?:at\s+night|nightly|at\s+bedtime|(?:once\s+)?daily|a\s+day|per\s+day)\s*)?"
    r"(?:\([^()]{0,80}\)\s*)?,?\s*(?:or|versus|vs\.?)\s+(?:an?\s+|(?:matching|identical|matched)\s+)*"
    r"(?:placebo|dummy)\b",
    re.IGNORECASE,
)


def _factorial(doc: Doc) -> bool:
    return doc.remember(
        "factorial",
        lambda d: any(
            "factorial" in x.text.lower() and _FACTORIAL_WORD.search(x.text)
            for x in d.sentences
            if x.is_title or not x.background
        ),
    )


def crossed(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication is one factor of the study's factorial design, given against its
    own placebo as the watched drug is against its own ("randomised to sertraline or
    placebo, and to X or placebo"): the cell given both active drugs takes it with the
    watched drug. A drug given instead of the watched one ("X or sertraline, and exercise
    or not") is no factor of its own and stays a comparator."""
    text = s.text
    if not _OWN_PLACEBO_AFTER.match(text, m.end) or not _factorial(doc):
        return False
    return any(_OWN_PLACEBO_AFTER.match(text, x.end) for x in doc.drug(s))


# the last of the alternatives is both drugs at once: "randomised to LDN 4.5 mg,
# escitalopram 10 mg or both", "... or their combination", "... or the two combined"
_OR_BOTH_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,60}?\bor\s+(?:both|(?:the|their)\s+combination|"
    r"the\s+two\s+(?:combined|together)|(?:a\s+|the\s+)?combination\s+of\s+(?:both|the\s+two))\b",
    re.IGNORECASE,
)


def in_both_arm(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication is one of the alternatives the people were allocated to, the
    watched drug named before it, and the list closes with an arm given both ("LDN 4.5
    mg, escitalopram 10 mg or both"): that arm takes it with the watched drug."""
    if _OR_BOTH_AFTER.match(s.text, m.end) is None:
        return False
    lo = max(0, m.start - 80)
    return _ALLOCATED_TO.search(s.text, max(0, m.start - 160), m.start) is not None and any(
        lo <= x.start and x.end <= m.start for x in doc.drug(s)
    )


# a crossover's order of periods: "LDN then sertraline, or the reverse order", "in
# random order", "vice versa"
_RANDOM_ORDER = r"(?:random|randomi[sz]ed|counterbalanced|alternating)\s+(?:order|sequence)\b"
_PERIOD_ORDER = Folded(
    r"\b(?:reverse|reversed|opposite)\s+(?:order|sequence)\b|\bvice\s+versa\b|"
    rf"\b{_RANDOM_ORDER}|"
    r"\bcross[\s\-]?over\b|"
    # ("randomised to the order of two 10-week periods, LDN then sertraline or sertraline
    # then LDN")
    r"\b(?:randomi[sz]ed|allocated|assigned)\s+(?:\w+\s+)?to\s+(?:the\s+)?(?:order|sequence)\b",
    re.IGNORECASE,
)
# the words that join two drugs in one regimen
_JOINING = r"plus|with|added|adjunct\w*|combined|together|alongside"
# what stands between the two drugs of such a sequence: a dose and a "then" (not a word
# that joins them in one regimen: "LDN alone for 4 weeks, then LDN plus sertraline")
_THEN_BETWEEN = re.compile(
    rf"^(?:(?!\b(?:{_JOINING}|and)\b)"
    r"(?:[^.;]|\.(?=\d))){0,60}?\b(?:then|followed\s+by)\s+"
    rf"(?:(?!\b(?:{_JOINING})\b)"
    r"(?:[^.;]|\.(?=\d))){0,30}$",
    re.IGNORECASE,
)


# ... or the two joined by "and", then said to come in random order: "X (4.5 mg nightly)
# and vortioxetine (10 mg daily) in random order"
_AND_BETWEEN = re.compile(
    rf"^(?:(?!\b(?:{_JOINING})\b)(?:[^.;]|\.(?=\d))){{0,40}}?\band\s+$",
    re.IGNORECASE,
)
_IN_RANDOM_ORDER_AFTER = re.compile(
    rf"(?:\s*\([^()]*\))?\s*,?\s*in\s+(?:a\s+)?{_RANDOM_ORDER}", re.IGNORECASE
)


# the periods a crossover is made of, listed after they are counted: "randomised to the
# order of two 6-week treatment periods, X 1 mg twice daily and sertraline 50 mg daily"
_PERIODS_LISTED_BEFORE = Folded(
    r"\b(?:two|three|four|[2-4])[\s\-]+(?:[\w\-]+\s+){0,2}(?:treatment\s+)?periods\s*"
    r"(?:\([^()]*\)\s*)?(?:[,:]|of\b)\s*(?:(?:the\s+)?(?:[\w\-]+\s+)?)?$",
    re.IGNORECASE,
)
# ... one after the other, each with its dose, nothing joining them in one regimen
_LISTED_BETWEEN = re.compile(
    rf"^(?:(?!\b(?:{_JOINING}|augment\w*)\b)"
    r"(?:[^.;]|\.(?=\d))){0,40}?(?:,\s*(?:and|or)?|\band\b|\bor\b)\s*(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


def own_period(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication is a period of its own in a sequence with the watched drug ("were
    randomised to LDN 4.5 mg nightly then sertraline 50-100 mg daily, or the reverse
    order"; "... to the order of two treatment periods, LDN 2 mg and sertraline 50 mg"):
    a crossover's comparator, never taken together with the watched drug (CONTRACT.md: a
    comparator arm does not count)."""
    text = s.text
    ordered = _PERIOD_ORDER.search(text) is not None
    for x in doc.drug(s):
        a, b = (x.end, m.start) if x.end <= m.start else (m.end, x.start)
        if ordered and _THEN_BETWEEN.match(text[a:b]):
            return True
        last = max(x.end, m.end)
        if (
            ordered
            and _AND_BETWEEN.match(text[a:b])
            and _IN_RANDOM_ORDER_AFTER.match(text, last, last + 80)
        ):
            # "to receive X (4.5 mg nightly) and vortioxetine (10 mg daily) in random order,
            # each for 6 weeks": the two periods, one after the other
            return True
        first = min(x.start, m.start)
        if _PERIODS_LISTED_BEFORE.search(text, max(0, first - 80), first) and _LISTED_BETWEEN.match(
            text[a:b]
        ):
            return True
    return False


def with_drug(doc: Doc, s: Sentence, m: Mention) -> bool:
    """The co-medication is named together with the watched drug: in the same allocated
    arm, or joined to it by "plus", "with", "added to" and no "or"/"versus" between
    ("sertraline plus X versus sertraline plus placebo": sertraline is in every arm)."""
    if own_period(doc, s, m):
        return False
    tallied = _tallied_arm(doc, s, m)
    if tallied is not None:
        return not tallied
    for arm in _allocation(doc, s):
        if arm.start <= m.start < arm.end:
            return arm.has_drug
    text = s.text
    for x in doc.drug(s):
        a, b = (x.end, m.start) if x.end <= m.start else (m.end, x.start)
        between = text[a:b]
        if _JOINED.match(between) and not _COMPARED_PAIR.search(text[: min(x.start, m.start)]):
            return True
        if x.end <= m.start and _PLACEBO_THEN_ADDED.match(between):
            # "X 4.5 mg versus placebo added to SSRIs": both arms are added to the drug
            return True
    return False


# the watched drug against placebo, both added to what follows: "X 4.5 mg versus placebo
# added to", "X or matching placebo as an adjunct to"
_PLACEBO_THEN_ADDED = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:\(?[\d.,\s\-–]+\s*(?:mg|µg|μg|mcg)\S*\)?\s*)?"
    r"(?:(?:daily|nightly|once\s+daily|at\s+night)\s+)?(?:or|versus|vs\.?)\s+"
    r"(?:(?:a\s+)?(?:matching|identical|matched)\s+)?placebo\s+(?:\([^()]*\)\s*)?"
    r"(?:(?:each|both)\s+)?(?:added\s+to|add-on\s+to|as\s+(?:an?\s+)?(?:add-on|adjunct)\s+to|"
    r"in\s+addition\s+to|adjunctive\s+to)\s*(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


# "to compare X with Y", "comparing Y and X", "a comparison of X with Y": the "with"
# of a comparison pairs two alternatives, it does not join them in one regimen
# (what is compared may be a list of measures: "the efficacy, safety and tolerability of")
_MEASURE = (
    r"(?:effects?|efficacy|safety|tolerability|effectiveness|acceptability|benefits?|harms?|"
    r"outcomes?|cost[\s\-]?effectiveness)"
)
_COMPARED_PAIR = re.compile(
    r"\b(?:compar(?:e|es|ed|ing)|comparison\s+(?:of|between))\s+(?:the\s+)?"
    rf"(?:{_MEASURE}(?:\s*,\s*{_MEASURE})*(?:\s*,?\s+(?:and|or)\s+{_MEASURE})?\s+(?:of\s+)?)?"
    # (the drug may be a name of three words with its abbreviation opened in brackets after
    # it: "to compare ... of low dose naltrexone (LDN, 4.5 mg/d) with escitalopram")
    # (the drug may be compared at several doses: "to compare ... of two doses of low-dose
    # naltrexone monotherapy with sertraline")
    r"(?:(?:and|of)\s+)?(?:(?:two|three|four|several|different|\d)\s+(?:doses|dose\s+levels|"
    r"dosages|strengths)\s+of\s+)?(?:[\w\-]+\s+){0,2}(?:[\w\-]+\s+\(\s*)?$",
    re.IGNORECASE,
)


# what may stand between the two sides of a comparison: a bracket, and the first side's
# dose ("compared LDN 4.5 mg with sertraline 50 mg", "sertraline (50 mg/day) and LDN"),
# which belongs to that side and does not join the two in one regimen
_PAIR_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?"
    r"(?:[\d.,]+\s*(?:mg|µg|μg|mcg)(?:\s*/\s*(?:d|day)\b|\s+(?:once\s+)?(?:daily|a\s+day|per\s+day))?"
    r"\s*(?:\([^()]*\)\s*)?)?"
    # (the second side may open with its dose level: "sertraline 50 mg and low-dose naltrexone")
    r"(?:with|to|and|against|versus|vs\.?)\s*(?:(?:ultra|very)?[\s\-]?low[\s\-]dose\s+)?",
    re.IGNORECASE,
)


def _compared_with_drug(doc: Doc, s: Sentence, m: Mention) -> bool:
    """ "To compare X with Y", "comparing Y and X": the two are the sides of the
    comparison, so the co-medication is the other arm."""
    text = s.text
    for x in doc.drug(s):
        first, second = (x, m) if x.end <= m.start else (m, x)
        between = text[first.end : second.start]
        if _PAIR_GAP.fullmatch(between) and _COMPARED_PAIR.search(
            text[max(0, first.start - 60) : first.start]
        ):
            return True
    return False


# joined in one regimen ("X plus sertraline", "sertraline augmented with X"); a bare
# "and" is not enough ("the X and sertraline groups")
_JOINED = Folded(
    # at most a dose and a word on either side: "X 4.5 mg plus sertraline", "sertraline
    # augmented with X"; not "6.1 points with X, 8.0 with sertraline"
    # ("X (LDN) added to Y", "X as an adjunct to Y")
    r"^\s*(?:\([A-Za-z\-]{1,12}\)\s*)?(?:\(?[\d.,\s\-–]+\s*(?:mg|µg|μg|mcg)\S*\)?\s*)?"
    # (nor a word of comparison: "improved more with X than with sertraline"; nor a
    # contrast of arms: "fell with X but not with sertraline", "with X, whereas with Y")
    # (nor one said of the other side: "the improvement with X exceeded that with Y")
    r"(?:(?!(?:or|versus|vs|and|compared|comparison|contrasted|relative|than|against|over|"
    r"unlike|but|not|nor|whereas|while|that|those|exceed\w*|surpass\w*|outperform\w*)\b)"
    r"[\w\-]+\s+){0,2}"
    # ("escitalopram 10 mg daily alongside X", "sertraline along with X")
    # ("without" is no "with": "sertraline 50 mg daily without X" is an arm of its own)
    r"(?:plus|with(?!out)|added to|add-on to|in addition to|together with|combined with|alongside|"
    r"along with|in combination with|augment\w*(?:\s+(?:with|by))?|adjunct\w*(?:\s+to)?|"
    r"adjuvants?(?:\s+to)?|\+)"
    # (a word may describe the drug joined, as it goes on: "LDN was added to a continued SSRI")
    r"\s*(?:[\w\-]+\s+)?(?:(?:continued|ongoing|current|stable|existing|unchanged|usual|"
    r"background|maintained)\s+)?"
    r"(?:\(?[\d.,\s\-–]+\s*(?:mg|µg|μg|mcg)\S*\)?\s*)?$",
    re.IGNORECASE,
)


def _alternative_to_drug(doc: Doc, s: Sentence, m: Mention) -> bool:
    """After an allocation verb, "X or <drug>" with no "plus"/"with" between them."""
    text = s.text
    alloc = _ALLOC_VERB.search(text)
    if not alloc:
        return False
    start = _arms_start(text, alloc.end())
    if not start or m.start < start.end():
        return False
    if ";" in text[start.end() : m.start]:
        # the allocation's arms end with its clause: what a later clause names after an
        # "or" ("...to X or placebo; whether X helps people taking SSRIs or SNRIs is
        # unknown") is no arm of it
        return False
    listed = _allocation(doc, s)
    if listed and m.start >= listed[-1].end:
        # after the list of arms has ended ("to X or placebo while continuing Y", "...,
        # each added to Y"): taken by every arm, not an alternative to the watched drug
        return False
    for x in doc.drug(s):
        if x.start < start.start():
            continue
        between = text[x.end : m.start] if x.end <= m.start else text[m.end : x.start]
        if _ALTERNATIVE.match(between) and not _TOGETHER.search(between):
            return True
    return False


# a later phase the sentence tells after the compared one, in its own clause: "...; completers
# could enter a 16-week open-label extension at 4.5 mg", "..., then all could continue X at
# 3 mg in an open extension": its dose follows the randomised phase, it is no alternative
# to the doses compared there
_PHASE_BREAK = re.compile(r";|,\s*(?:and\s+)?(?:then|thereafter|afterwards)\b", re.IGNORECASE)
# (one reading of "a later phase", shared with ``numbers``: a derived report's people who
# joined it): an extension, a continuation, a follow-on study, an open-label, maintenance,
# long-term or follow-up phase
LATER_PHASE = (
    r"(?:extension|continuation|follow[\s\-]?on\b|(?:open[\s\-]label|maintenance|long[\s\-]term|"
    r"follow[\s\-]?up)\s+(?:[\w\-]+\s+){0,2}?(?:phase|period|stage|part|treatment))"
)
_LATER_PHASE = re.compile(rf"\b{LATER_PHASE}\b", re.IGNORECASE)


def allocates(text: str) -> bool:
    """The text gives people their doses by allocation or sets them side by side
    (``_ALLOC_WORDS``: randomised, assigned, arms, versus, compared, crossover), not as a
    dose a clinician moved as tolerated or according to response (``_FLEXIBLE``)."""
    return _ALLOC_WORDS.search(text) is not None and _FLEXIBLE.search(text) is None


def _phases(doses: list[Dose]) -> list[list[Dose]] | None:
    """The sentence's doses split into those of the phase it opens with and those of a
    later phase told in a clause of its own (``_LATER_PHASE``); None unless both hold some."""
    text = doses[0].sentence.text
    cuts = [m.start() for m in _PHASE_BREAK.finditer(text)]
    if not cuts:
        return None
    bounds = [0, *cuts, len(text)]
    later = [
        (a, b)
        for a, b in pairwise(bounds[1:])
        if _LATER_PHASE.search(text[a:b])  # not the first
    ]
    if not later:
        return None
    main = [d for d in doses if not any(a <= d.start < b for a, b in later)]
    rest = [d for d in doses if any(a <= d.start < b for a, b in later)]
    return [main, rest] if main and rest else None


# people allocated, said in the passive, to what follows "to": "adults on LDN 1.5 mg or
# 4.5 mg were randomised to sertraline or placebo", "who were taking 1.5 or 4.5 mg were
# randomized to receive bupropion versus placebo", "established on 1.5 mg or 3 mg were
# allocated to psychotherapy or usual care"
_ALLOCATED_TO = re.compile(
    r"\b(?:were|was|being)\s+(?:\w+\s+){0,2}?(?:randomi[sz]ed|assigned|allocated)\s+"
    r"(?:\([^()]*\)\s*)?to\b(?!\s+(?:\d|(?:each|one|two|three|them|participants|"
    r"patients|subjects|people|individuals|adults|persons)\b))",
    re.IGNORECASE,
)


def _described_before_allocation(text: str, spans: Sequence[tuple[int, str]]) -> bool:
    """Every dose stands in the subject of a passive allocation whose own clause names none
    of them: the doses say who the people are (what they were already on) and the arms are
    what they were allocated to, another treatment. ("LDN 1.5 mg and 4.5 mg were assigned
    to 20 participants each" keeps its doses: what is allocated there is the doses.)"""
    m = _ALLOCATED_TO.search(text)
    return m is not None and all(i + len(span) <= m.start() for i, span in spans)


# an allocation and the clause it governs, to its first break ("randomised to LDN 4.5 mg or
# placebo; ...", "..., and those reporting vivid dreams moved to 3 mg", "..., with dose
# adjustment to 3 mg permitted")
_ALLOCATION_VERB = re.compile(r"\b(?:randomi[sz]ed|randomly\s+\w+|assigned|allocated)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|with|but|while|whereas|where)\b|\.(?:\s|$)", re.I)
_ARM_WORDS = re.compile(r"\b(?:arms?|groups?|cohorts?)\b", re.I)


def _one_dose_against_placebo(text: str, spans: Sequence[tuple[int, str]]) -> bool:
    """The allocation offers one dose of the drug or a placebo ("randomised to LDN 4.5 mg or
    placebo") and the sentence's other doses stand in a later clause of their own, no arm
    named there ("; participants with insomnia switched to 3 mg", ", with dose adjustment
    to 3 mg permitted", "; eight took 3 mg instead"): a change within that one arm for
    some, not a second arm ("...; a third arm received 1.5 mg" still is one)."""
    m = _ALLOCATION_VERB.search(text)
    if m is None:
        return False
    brk = _CLAUSE_BREAK.search(text, m.end())
    end = brk.start() if brk else len(text)
    inside = [i for i, _ in spans if m.end() <= i < end]
    later = [i for i, _ in spans if i >= end]
    return (
        len(inside) == 1
        and bool(later)
        and all(i >= m.end() for i, _ in spans)
        and _OR_PLACEBO.search(text, inside[0], end) is not None
        and _ARM_WORDS.search(text, end) is None
    )


# the opening of an item of a list of arms, right before its verb: ", to ", ", or to ",
# " or ", ", either to "
_ITEM_OPENS = re.compile(
    r"(?:,\s*(?:or\s+|and\s+)?|\s(?:or|versus)\s+)(?:either\s+)?(?:to\s+)?$", re.IGNORECASE
)


def _lowering_as_arm(text: str, at: int) -> bool:
    """The lowering verb at ``at`` opens an arm of an allocation ("randomised to continue
    4.5 mg, reduce to 1.5 mg, or switch to placebo", "allocated to remain on 3 mg, to step
    down to 1 mg or to stop"): it stands as an item of the allocation's list (after a comma
    or an "or"), in the allocation's own clause, with no word of permission between; the
    lowered level is then a dose people were allocated to, not one arm's dose moved down
    for some ("randomised to 4.5 mg or placebo, with the dose lowered to 3 mg if needed")."""
    if re.match(r"\w+ed\b", text[at:]):
        return False  # "..., reduced to 3 mg in those with side effects": told of some
    alloc = next(reversed(list(_ALLOCATION_VERB.finditer(text, 0, at))), None)
    if alloc is None or _CLAUSE_BREAK.search(text, alloc.end(), at) is not None:
        return False
    between = text[alloc.end() : at]
    if re.search(rf"\b(?:{PERMISSION}|if|when|unless)\b", between, re.IGNORECASE):
        return False
    return _ITEM_OPENS.search(between) is not None


def _said_of_the_people(text: str, at: int, doses: Sequence[Dose]) -> bool:
    """The flexible-dosing words at ``at`` come before the words that allocate, and every
    dose of the watched drug after them ("adults starting escitalopram 10 mg/day (increased
    to 20 mg/day if tolerated) were randomly assigned to X 0.5 mg/day, X 4.5 mg/day or
    placebo"): they describe the people's other treatment before the arms are named, not
    the arms' doses ("randomised to 1.5 or 4.5 mg, adjusted as tolerated" still moves
    within one regimen; so does "flexible-dose X (1.5-4.5 mg) was randomly assigned", and a
    clause of its own before the allocation, "doses were adjusted as tolerated; ...")."""
    alloc = _ALLOC_VERB.search(text, at)
    starts = [d.start for d in doses]
    return (
        alloc is not None
        and bool(starts)
        and min(starts) >= alloc.end()
        and re.search(r"[;:]|\.\s", text[at : alloc.start()]) is None
    )


def dose_alternatives(
    doses: list[Dose], trial: bool, flexible: Sequence[tuple[float, float]] = ()
) -> bool:
    """Doses of the watched drug in one sentence offered as alternatives (arms), not a
    schedule, a flexible range or a list of what people happened to take.

    ``flexible`` are the ranges the study itself lets its people's dose move within
    ("1.5-4.5 mg nightly, flexible"): levels inside such a range, listed without words of
    allocation ("1.5 mg, 3 mg or 4.5 mg capsules", "tablets of 1.5 or 4.5 mg"), are the
    steps or the strengths the one flexible regimen is given in, not arms compared."""
    text = doses[0].sentence.text
    if any(not _said_of_the_people(text, m.start(), doses) for m in _FLEXIBLE.finditer(text)):
        return False
    if (
        _SET_BY_TRAIT.search(text)
        and not _RANDOMISED_HERE.search(text)
        and not any("kg" in d.span for d in doses)
    ):
        return False  # each person's dose set by weight, age or kidney function: one rule
    phases = _phases(doses) if len(doses) >= 2 else None
    if phases is not None:
        # each phase is judged on its own doses: the extension's dose is not an arm of the
        # randomised phase ("re-randomised to 1.5 or 4.5 mg in the extension" still is)
        return any(
            len({d.mg_per_day for d in p}) >= 2 and dose_alternatives(p, trial, flexible)
            for p in phases
        )
    spans = sorted({(d.start, d.span) for d in doses if d.start >= 0})
    if spans and (
        (_AMENDED.search(text) and _PERIODS.search(text))
        or _FOR_TOLERABILITY.search(text)
        or any(not _lowering_as_arm(text, m.start()) for m in _LOWERED.finditer(text))
    ):
        # one arm's dose before and after an amendment, or lowered for the intolerant,
        # unless the doses are listed as alternatives ("... an amendment added a third
        # arm: 1.5 mg, 4.5 mg or placebo", "1.5 mg or 4.5 mg, reduced if not tolerated")
        last = spans[-1][0] + len(spans[-1][1])
        # (an "or" that offers a placebo between the doses joins no two of them:
        # "randomised to 4.5 mg or placebo; those with intolerable insomnia could reduce to
        # 1.5 mg"; one after the last dose ends a list of arms: "1.5 mg, 4.5 mg or placebo")
        joined = _OR_PLACEBO.sub(
            lambda m: " " * len(m.group(0)) if m.end() <= spans[-1][0] else m.group(0), text
        )
        if not any(
            spans[0][0] <= m.start() < last + 20 and not _choice_of_where_to_lower(text, m.start())
            for m in _OR_A_DOSE.finditer(joined, spans[0][0])
        ):
            return False
    if spans and (
        _described_before_allocation(text, spans) or _one_dose_against_placebo(text, spans)
    ):
        return False
    if (
        any(d.kind == "grid" for d in doses)
        or _ALLOC_WORDS.search(text)
        or _RANKED_DOSES.search(text)
    ):
        return True
    if any(all(lo <= d.mg_per_day <= hi for d in doses) for lo, hi in flexible):
        return False
    if spans and _strengths(text, spans[0][0], spans[-1][0] + len(spans[-1][1])):
        # the strengths a dosage form comes in ("4.5 mg or 3 mg capsules", "supplied as
        # 1.5 and 4.5 mg tablets"), without words of allocation: what the pharmacy
        # stocks for the regimen, not arms
        return False
    if len(spans) < 2:
        return trial and any(d.kind == "list" for d in doses) and _OR.search(text) is not None
    between = text[spans[0][0] : spans[-1][0]]
    sized = all(SIZED_AFTER.match(text[i + len(span) :]) for i, span in spans)
    if sized and trial and not (doses[0].sentence.in_results or doses[0].sentence.in_conclusion):
        # a trial's doses each followed by its own people ("1.5 mg/d (n = 50), 4.5 mg/d
        # (n = 51) or placebo (n = 51)", "2 mg (n = 30); 4 mg (n = 31)") are parallel arms,
        # however the list is joined; not a schedule, whose steps the same people take
        return True
    return (_OR.search(between) is not None or (trial and _closed_list(text, spans))) and (
        trial or sized
    )


# the words that make a listed dose a step or a permission within one regimen, not an arm:
# "4.5 mg, then 1.5 mg, or placebo", "4.5 mg nightly, could step down to 1.5 mg, or stop"
_NOT_AN_ITEM = re.compile(
    r"\b(?:then|followed|after\w*|thereafter|later|until|before|increas\w*|titrat\w*|escalat\w*|"
    rf"{PERMISSION}|as\s+needed|as\s+required)\b",
    re.IGNORECASE,
)
# the "or" (or "versus") that closes a list right after its last dose's item: "1.5 mg, or
# placebo", "4.5 mg nightly, versus placebo"
_CLOSING_OR = re.compile(r"^[^,;:.]{0,40}?,?\s+(?:or|versus|vs\.?)\s", re.IGNORECASE)


def _closed_list(text: str, spans: Sequence[tuple[int, str]]) -> bool:
    """The doses are items of one list of alternatives, their items parted by commas and
    the list closed by "or" after the last ("Continuation of 4.5 mg, step-down to 1.5 mg,
    or placebo", "Naltrexone 1.5 mg, naltrexone 4.5 mg, or placebo"): the way a trial's
    arms are listed (a registry-style "Interventions:" line) even with no verb of
    allocation in the sentence; not a schedule's steps or a dose some may move to."""
    last = spans[-1][0] + len(spans[-1][1])
    closing = _CLOSING_OR.match(text[last:])
    if closing is None:
        return False
    gaps = [text[a + len(sa) : b] for (a, sa), (b, _) in pairwise(spans)]
    listed = text[spans[0][0] : last + closing.end()]
    return all("," in g and ";" not in g for g in gaps) and _NOT_AN_ITEM.search(listed) is None
