"""Doses in an abstract, as total daily milligrams, each with the drug it belongs to.

"1 mg b.i.d." is 2 mg/day; "500 µg" is 0.5 mg; "0.5, 1.5 or 4.5 mg" is three arms;
"in the range 0.75-6 mg ... dosing interval was 0.75 mg" is a grid. A dose belongs
to the drug written next to it, so "bupropion [≥300mg/day]" or "10 mg amitriptyline"
never become naltrexone doses. Bounds ("<5.0 mg/day", "doses <10 mg", "5 mg or less")
and weight-based doses ("0.1 mg/kg") are not doses a patient took.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from ldn_watch.assess import arms, counts, design, roles
from ldn_watch.assess.allocation import ALLOCATED, RANDOMISED
from ldn_watch.assess.fastre import Folded
from ldn_watch.assess.roles import Doc, Sentence
from ldn_watch.assess.spec import WatchSpec
from ldn_watch.assess.strengths import DOSAGE_FORM, DOSAGE_FORM_AFTER, PERMISSION, SIZED_AFTER

# a decimal point or a decimal comma ("4,5 mg" in translated abstracts: a comma followed
# by one or two digits, never the three of a thousands separator)
_MASS = r"(?:mg|milligrams?|µg|μg|mcg|ug|micrograms?|microg|g|grams?)"
# a liquid's volume, turned into mg where the record states its concentration
_VOLUME = r"(?:mL|ml|millilit(?:re|er)s?)"
_UNIT = rf"(?:{_MASS}|{_VOLUME})"
# thousands grouped by a (thin) space, before a unit or the next number of a list:
# "1 500 µg", "500, 1 500 or 4 500 µg"
_GROUPED = (
    rf"\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+"
    rf"(?=[\s\-]*(?:{_UNIT}\b|,|or\b|and\b|to\b|[\-–—]))|"
    # ... or by commas, before a unit or a list's next item: "250, 1,000 or 4,500
    # micrograms" (a decimal comma takes one or two digits: "4,5 mg")
    rf"\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)(?=[\s\-]*(?:{_UNIT}\b|or\b|and\b|to\b|[\-–—])|,\s|$)"
)
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# (tried after the plain number: a match backtracks into it only when it must)
# (the Lancet's raised decimal point, "4·5 mg", is a decimal point too)
_NUM = rf"(?:\d+(?:[.·]\d+|,\d{{1,2}}(?![\d,]))?|\.\d+|{_GROUPED})"
# the same for reading the numbers out of a matched dose: grouped thousands first
_NUM_FIRST_GROUPED = re.compile(rf"{_GROUPED}|\d+(?:[.·]\d+|,\d{{1,2}}(?![\d,]))?|\.\d+", re.I)
_NUM_WITH_UNIT = re.compile(
    rf"(?P<n>{_NUM_FIRST_GROUPED.pattern})(?:[\s\-]*(?P<u>{_UNIT})\b)?", re.I
)
# an arrow between doses is the next step of a schedule: "1500 mcg -> 3000 mcg -> 4500 mcg",
# "1.5 mg → 3 mg → 4.5 mg" (read as "then"):
# the steps of one schedule, its last the dose kept
_ARROW = r"(?:-+>|→|⟶|=>|⇒)"
_CHAIN_STEP = re.compile(rf"(?:{_NUM})(?:[\s\-]*{_UNIT}\b)?", re.I)
# (a range left in a Romance language joins its ends with "a": "da 1,5 a 4,5 mg", "de 1 a
# 3 mg"; only a number after it: "4.5 mg a night" is one dose)
_SEP = rf"(?:\s*(?:,\s*(?:or|and)?|or|and|to|{_ARROW}|--|-|–|—|versus|vs\.?|/)\s*|\s+a\s+(?=\d))"
# the next number of a run of steps told with a word of sequence, the unit written once at
# the end: "increased from 0.5 to 1.5, 3 and finally 4.5 mg/day", "1, 2 and then 4 mg"
# (only after a bare number: "1.5 mg, then 4.5 mg" are two doses, each read on its own)
# the words of a cap that a raise can reach: "to a maximum of", "to at most", "to no more
# than" (a bound elsewhere; in a titration its top step)
_CAP_WORDS = ("max", "at most", "no more than", "not more than", "not exceed", "not to exceed")
_SEQ_WORDS = r"(?:then|finally|lastly|eventually|ultimately|subsequently)"
_SEQ_SEP = rf"(?:(?<=\d)\s*(?:,\s*(?:and\s+)?|\s+and\s+){_SEQ_WORDS}\s+(?:(?:up\s+|on\s+)?to\s+)?)"
_SEQ_IN = re.compile(rf"\b{_SEQ_WORDS}\b", re.I)
_DOSE = Folded(
    # a dose starts with a bound word, a comparison sign or a number: this first look lets
    # the search skip every other position fast (the rest of the pattern is slow to fail)
    r"(?=[≥≤<>\d.]|\b(?:up|less|below|under|sub|more|above|exceed|not|no|at|max|capped))"
    # (an arrow's head, "1.5 mg -> 3 mg", is no "greater than": see _ARROW; "sub-5-mg
    # doses" are doses below 5 mg, a bound)
    rf"(?P<pre>(?:(?<![-=])[≥≤<>]=?|\bup to|\bless than|\bbelow|\bunder|\bsub-|\bmore than|\babove|"
    rf"\bexceeding|"
    rf"\bnot exceeding|\bnot exceed|\bno more than|\bnot more than|\bat most|\bat least|"
    # a cap: "maximum 4.5 mg/day", "max. 4.5 mg", "capped at 4.5 mg", "not to exceed 3 mg"
    rf"\bmax(?:imum|\.)?(?: of)?|\bcapped at|\bnot to exceed)\s*)?"
    # "weeks 3-4 and 4.5 mg": a week number is not a dose
    rf"(?<!weeks )(?<!week )(?<!days )(?<!day )(?<!months )(?<!month )(?<!\d-)(?<!\d–)"
    # "2 x 2.25 mg daily": two doses a day
    rf"(?P<mult>(?<![\w.,])[1-4]\s*[x×]\s*)?"
    # (not the second number of a ratio: "randomised 1:1 to 2.5 mL")
    rf"(?<![\w.·:])(?P<nums>{_NUM}(?:[\s\-]*{_UNIT})?(?:(?:{_SEP}|{_SEQ_SEP}){_NUM}(?:[\s\-]*{_UNIT})?)*)"
    rf"[\s\-]*(?P<unit>{_UNIT})\b"
    # (the size of a device is no dose: "dispensed with 5-mL oral syringes")
    r"(?![\s\-]*(?:(?:oral|dosing|measuring|graduated|plastic)[\s\-]+)?(?:syringes?|bottles?|"
    r"vials?|cups?|spoons?|droppers?|pipettes?)\b)"
    rf"(?P<perkg>\s*(?:/|per)\s*(?:kg|m2|m²))?"
    # a concentration ("0.5 mg/mL", "3 mg/L" of a blood marker) is never a dose
    rf"(?P<conc>\s*(?:/|per)\s*(?:{_VOLUME}|L|dL|dl|l)\b)?"
    # a bound written after the number: "a strength of 5 mg or less", "4.5 mg and below"
    rf"(?P<post>(?:\s*/\s*(?:day|d)\b)?\s*(?:or|and)\s+(?:less|lower|below|under|fewer|"
    rf"more|higher|above|greater|over)\b)?",
    re.IGNORECASE,
)
# the next dose of a list, right after a dose: ", 3 mg", ", or 4.5 mg"; or of a list of
# groups with their figures: "(1.5 mg or less: -3.9; 3 mg: -4.5; ...)"
_DOSE_LIST_GOES_ON = re.compile(
    rf"\s*(?::\s*[^;,()]{{1,24}}?;|,)\s*(?:or\s+|and\s+)?{_NUM}\s*{_UNIT}\b", re.I
)
# people grouped by the dose they took, the groups in brackets after it: "patients were
# grouped by their modal daily dose (" (a statistic or a usual dose naming the groups compared)
_GROUPED_BY_DOSE_BEFORE = re.compile(
    r"\b(?:grouped|stratified|categori[sz]ed|classified|divided|split)\s+(?:by|according\s+to)"
    r"\b[^.;()]{0,50}\bdoses?\s*\(\s*$",
    re.I,
)
_VERSUS_IN = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
# a dose at most which a group of people took, named as a group ("than the <=3 mg group
# (n=727)") or compared with a higher one ("(<=3 mg vs 4.5 mg)"): a level of the doses compared
_GROUP_VERSUS_AFTER = re.compile(
    rf"\s*(?:(?:vs\.?|versus|compared\s+with)\s+{_NUM}\s*{_UNIT}\b|"
    r"(?:[\s\-]+dose)?[\s\-]+(?:group|arm|cohort|stratum)\b)",
    re.I,
)
# a dose, then "in" and a count of the people who took it: "3 mg in 5, 4.5 mg in 9",
# "1 mg (in 4)" ("dissolved in 5 mL" has a unit of its own and is not a count)
_UNIT_OF_FIRST = re.compile(rf"^{_NUM}[\s\-]*{_UNIT}\b", re.I)
_COUNT_OF_PEOPLE_BEFORE = re.compile(rf"{_UNIT}\b[^\w,;.]*\s*\(?\s*in\s+$", re.I)
# a cheap literal test that a sentence can hold a dose at all (most cannot)
# the name of a group or a time a number labels, after "in": "in cohort ", "in arm ",
# "in week " (``_find``: "0.5 mL in cohort 1, 2 mL in cohort 2")
_GROUP_NUMBER_BEFORE = re.compile(
    r"\bin\s+(?:the\s+)?(?:cohort|group|arm|stage|period|phase|part|week|day|month)\s+$|"
    # ... or the end of a stretch of time heading a schedule's step: "weeks 3 to 12, 4.5
    # mg", "days 8-14, 3 mg" (``_TIME_HEADED``)
    r"\b(?:days?|weeks?|months?)\s+\d+\s*(?:-|–|to|through|until)\s*(?:(?:days?|weeks?|months?)\s+)?$|"
    # ... or a numbered group heading the step, its dose after a comma: "received add-on X
    # for 6 weeks: cohort 1, 0.5 mg/day; cohort 2, 2 mg/day"
    r"(?:^|[:;(]\s*|\band\s+)(?:cohort|group|arm|stage|step|dose\s+level)\s+$",
    re.I,
)
_UNIT_HINT = Folded(
    r"mg|µg|μg|mcg|ug|microg|milligram|ml|millilit|gram|g/d",
    re.IGNORECASE,
)
_PER_DAY = r"(?:a\s+day|daily|per\s+day|a\s+night)"
# words that may stand between a dose and its frequency: "1 mg was administered twice
# daily", "1 mg, given orally, twice a day", "1 mg X b.i.d.". A number, another
# frequency or a conjunction ends the dose's phrase ("2 mg q.d. or 2 mg twice a day",
# "4.5 mg daily and sertraline twice daily"), so the frequency is then not this dose's.
_FREQ_GAP = (
    # (the dose said again in brackets before its schedule: "0.5 mg (500 µg) twice daily";
    # a dose "divided" or "split" into a schedule is the day's total, shared out: "4.5 mg,
    # divided into morning and evening doses" is 4.5)
    r"^(?:\s*[),]|\s*\([^()]{0,30}\)|\s+(?!(?:and|or|versus|vs|then|plus|with|daily|nightly|once|per|a|for|"
    r"than|to|q|qd|qhs|divided|split)\b)[A-Za-z]+|"
    # ... or the schedule itself in brackets, the dose's own: "6 mg (taken twice daily)",
    # "2 mg (twice a day)" (one word may lead it in: "(given b.i.d.)")
    r"\s*\(\s*(?:(?!(?:and|or|versus|vs|then|plus|with|for|than|to|in|n)\b)[A-Za-z]+(?=\s))?|"
    # the placebo alternative shares the schedule: "X 1 µg or placebo twice daily"
    r"\s+(?:or|versus|vs\.?)\s+(?:(?:a\s+)?(?:matching|identical|matched)\s+)?placebo\b|"
    # a volume's liquid named by its strength: "2 mL of 1 mg/mL twice daily"
    rf"\s+of\s+(?:an?\s+|the\s+)?{_NUM}\s*(?:mg|µg|μg|mcg)\s*/\s*{_VOLUME}\b|"
    # the form it is given in: "250 micrograms as a sublingual troche twice daily"
    r"\s+as\s+an?\s+(?:[A-Za-z\-]+\s+)?(?:troche|tablet|capsule|lozenge|film|drop|solution|"
    r"suspension|liquid|spray)s?\b){0,5}?\s*,?\s*"
)
# a morning dose and an evening dose of the same drug written one after the other (a
# placebo or dummy in the evening is no dose): "1 mg morning + naltrexone 1 mg evening",
# "1.5 mg in the morning and 1.5 mg at night"
_EVENING_DOSE = re.compile(
    r"\s*(?:in\s+the\s+)?morning\s*(?:\+|\band\b|\bplus\b|,)\s*"
    r"(?:(?!(?:placebo|dummy|sham|matching|vehicle)\b)[A-Za-z\-]+\s+)?"
    rf"(?P<n>{_NUM})[\s\-]*(?P<u>mg|µg|μg|mcg)\s+(?:in\s+the\s+|at\s+)?"
    r"(?:evening|night|bedtime)\b",
    re.I,
)
# one unit dose on two schedules offered as alternatives: "1 mg (either) once or twice a
# day", "1 mg once versus twice daily", "divided doses of 4.5 mg two or three times daily"
# (the words for once, twice, thrice; a count otherwise: "two", "3")
_TIMES_WORD = {"once": 1, "twice": 2, "thrice": 3}
_TIMES_A_DAY_OR = Folded(
    rf"{_FREQ_GAP}(?:either\s+)?(?P<a>once|twice|two|three|[234])\s+(?:times\s+)?"
    r"(?:daily\s+|a\s+day\s+)?(?:or|versus|vs\.?)\s+(?P<b>twice|thrice|two|three|four|[234])\s+"
    rf"(?:times\s+)?(?:{_PER_DAY}|a\s+day)",
    re.I,
)
# a time of day by the clock: "08:00", "8.30 pm", "20h00", "8 am"
_CLOCK_TIME = r"\d{1,2}(?:[:.h]\d{2}(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)"
_FREQ = [
    # "b.i.d.", "twice daily", British "b.d."/"BD", "every 12 hours", "q12h"
    (
        re.compile(
            # ("two times a day", "2 times daily": twice a day in other words)
            rf"{_FREQ_GAP}(?:b\.?i\.?d\b\.?|b\.?d\b\.?|(?:twice|(?:two|2)\s+times)\s+{_PER_DAY}|"
            r"(?:every|each)\s+12\s*(?:hours?|h)\b|q\.?\s?12\s?h\b|"
            # the hours between doses written as a fraction, "12/12h" ("de 12 em 12 horas")
            r"12\s*/\s*12\s*(?:hours?|hrs?|h)\b|"
            # "1.5 mg morning and evening": the same dose twice a day
            # ("one 1-mg capsule in the morning and one in the evening": a second unit)
            r"(?:in\s+the\s+)?morning\s+and\s+(?:(?:one|another|a\s+second|the\s+same)\s+)?"
            r"(?:in\s+the\s+|at\s+)?(?:evening|night|bedtime)\b"
            # (not two times compared in periods of their own: "4.5 mg in the morning and at
            # bedtime for 4 weeks each, in randomized order")
            r"(?![^.;]{0,40}?(?:\b(?:weeks?|days?|months?)\s+each\b|\b(?:random|randomi[sz]ed|"
            r"alternating|counterbalanced)\s+order\b|\bperiods?\b|\bcross[\s\-]?over\b))|"
            # two clock times of the day: "taken at 08:00 and 20:00", "at 8 am and 8 pm"
            # (not a third after them)
            rf"(?:at\s+)?{_CLOCK_TIME}\s*(?:and|&)\s*(?:at\s+)?{_CLOCK_TIME}"
            rf"(?!\s*(?:,|and|&)\s*(?:at\s+)?\d))",
            re.I,
        ),
        2,
    ),
    (
        re.compile(
            rf"{_FREQ_GAP}(?:t\.?i\.?d\b\.?|t\.?d\.?s\b\.?|(?:thrice|(?:three|3)\s+times)\s+{_PER_DAY}|"
            r"(?:every|each)\s+8\s*(?:hours?|h)\b|q\.?\s?8\s?h\b|8\s*/\s*8\s*(?:hours?|hrs?|h)\b)",
            re.I,
        ),
        3,
    ),
    # four or more times a day: "q.i.d.", "q.d.s.", "four times daily", "every 6 hours",
    # "q4h", "5 times a day". The contract's band is of the day's total, so a small unit
    # dose taken this often ("3 mg q.i.d.", "2.5 mg every 4 hours") is its multiple,
    # whether or not the total is written out
    (
        re.compile(
            rf"{_FREQ_GAP}(?:q\.?i\.?d\b\.?|q\.?d\.?s\b\.?|(?:four|4)\s+times\s+{_PER_DAY}|"
            r"(?:every|each)\s+6\s*(?:hours?|h)\b|q\.?\s?6\s?h\b|6\s*/\s*6\s*(?:hours?|hrs?|h)\b)",
            re.I,
        ),
        4,
    ),
    (
        re.compile(rf"{_FREQ_GAP}(?:five|5)\s+times\s+{_PER_DAY}", re.I),
        5,
    ),
    (
        re.compile(
            rf"{_FREQ_GAP}(?:(?:six|6)\s+times\s+{_PER_DAY}|"
            r"(?:every|each)\s+4\s*(?:hours?|h)\b|q\.?\s?4\s?h\b)",
            re.I,
        ),
        6,
    ),
]
# a schedule written once after the arms it is shared by: "X 1 mg, or Y alone, each taken
# twice daily", "Y alone or Y with X 1 µg per dose, both given twice a day" (no schedule of
# the dose's own and no clause's end between; no number but the further arms' own doses
# and head counts: "X 1 microgram, X 5 micrograms (n = 24) or placebo, each given twice
# daily" gives both doses twice a day, holdout390 44000038; the arms between must be the
# same drug's or placebo, see ``_shared_by_arms``)
_SHARED_SCHEDULE = re.compile(
    # (from a dose restated in brackets, its bracket closed first)
    r"(?:\s*\))?"
    r"(?:(?!\b(?:daily|nightly|once|night|bedtime|morning|evening|weekly|q\.?d)\b)"
    rf"(?:[^.;:\d()]|(?<![\w.])\d+(?:\.\d+)?\s*{_MASS}\b(?!\s*/)|"
    # (a dose may be restated in another unit: "0.001 mg (1 microgram)")
    r"\(\s*n\s*=\s*\d+\s*\)|\(\s*\d+(?:\.\d+)?\s*(?:micrograms?|µg|μg|mcg)\s*\))){0,80}?"
    r"(?:,\s*(?:each|both|all)\s+(?:(?:taken|given|administered|dosed)\s+)?|"
    # (or the schedule closes the arms after a placebo, which has no dose of its own: "to
    # X 0.001 mg (1 microgram), 0.01 mg (10 micrograms) or placebo twice daily")
    r"\bor\s+(?:(?:a\s+)?(?:matching|identical)\s+)?placebo\s+)"
    r"(?:(?P<two>twice|two\s+times)|three\s+times|thrice)\s+(?:a\s+day|daily|per\s+day)\b",
    re.I,
)
_DOSE_BETWEEN = re.compile(rf"(?<![\w.])\d+(?:\.\d+)?\s*{_MASS}\b", re.I)


def _shared_by_arms(
    text: str, end: int, shared: re.Match[str], drugs: list[tuple[int, int, str]], drug: str
) -> bool:
    """A schedule written once after a list of arms is the dose's too only where the doses
    it reaches over are further arms of the same drug: every drug named between is the
    watched one or placebo ("X 1 mg, X 2 mg or placebo, each twice daily"; not "X 1 mg,
    Y 50 mg, each twice daily"), and a dose between has the drug named beside it or no
    other drug at all. A drug of the dose's own arm, named again in the next, is the arms'
    common backbone: "Y 0.2 mg plus X 1 microgram, or Y 0.2 mg plus placebo, each taken
    twice daily" (preprints94 PPR0910024)."""
    if not _DOSE_BETWEEN.search(text, end, shared.end()):
        return True
    own_arm = {name for a, _, name in drugs if end - _OWN_ARM_REACH <= a < end}
    return all(
        name == drug or name in _NOT_A_DRUG or name in own_arm
        for a, _, name in drugs
        if end <= a < shared.end()
    )


# how far before a dose its own arm's other drugs are named ("buprenorphine 0.2 mg plus ")
_OWN_ARM_REACH = 60


# ... or written once after a comparator arm of the vehicle alone, as a co-formulation's
# trial gives it: "oxycodone 10 mg with X 1 microgram per tablet, or oxycodone 10 mg alone,
# one tablet twice daily", "... X 1 microgram in a single capsule, or identical capsules of
# oxycodone 5 mg alone, every 6 hours" (the comparator's own dose may stand between; no
# schedule of the dose's own and no clause's end before the comparator)
_SHARED_AFTER_ALONE = re.compile(
    r"(?:(?!\b(?:daily|nightly|once|twice|night|bedtime|morning|evening|weekly|q\.?d|"
    r"every|each)\b)(?:[^.;:()]|\.\d)){0,40}?,\s*or\s+(?:to\s+)?"
    r"(?:(?!\b(?:daily|nightly|once|twice|night|bedtime|morning|evening|weekly|every|each|"
    r"with|plus|and|combined)\b)(?:[^.;:()]|\.\d)){0,60}?\balone\s*,\s*"
    r"(?:(?:one|a\s+single)\s+(?:tablet|capsule|pill|dose)\s+|(?:each|both)\s+)?"
    r"(?:(?:taken|given|administered|dosed)\s+)?"
    r"(?:(?P<two>twice|two\s+times)\s+(?:a\s+day|daily|per\s+day)\b|"
    r"(?P<three>three\s+times|thrice)\s+(?:a\s+day|daily|per\s+day)\b|"
    r"(?P<four>four\s+times)\s+(?:a\s+day|daily|per\s+day)\b|"
    r"(?:every|each)\s+(?P<hours>4|6|8|12)\s*(?:hours?|h)\b)",
    re.I,
)
# a schedule right before the dose it is the adjective of, at most the drug's name between
# ("twice-daily 5 mg", "twice daily naltrexone 3 mg"; not "twice daily and 3 mg")
_FREQ_BEFORE = re.compile(
    r"\b(?P<f>twice|two\s+times|three\s+times|thrice)[\s\-]+(?:a[\s\-]+day|daily)[\s\-]+"
    r"(?:(?!(?:and|or|versus|vs|then|plus|with|for|to|of|than|followed|by|after|before|"
    r"until|from|in|at|on|switched|changed|increased|reduced)\b)[A-Za-z\-]+\s+){0,2}$",
    re.I,
)
_RANGE_SEP = re.compile(r"^\s*(?:to|a|--|-|–|—)\s*$", re.I)
_GRID = Folded(
    # (not the dose the steps lead to: "in 1.5 mg steps to 4.5 mg", nor a dose given after a
    # wait: "started after a 7-day drug-free interval at 1.5 mg")
    r"(?:interval|increments?|steps?)\s+(?:of|was|were|=)?\s*"
    r"(?:(?!(?:to|up|until|towards|at|on)\b)\w+\s+)?"
    rf"(?P<step>{_NUM})\s*{_UNIT}",
    re.I,
)
# a statistic of something else than the dose, the measure named right after it: "adults
# with average pain of 4 or more to LDN 4.5 mg", "mean age 41"
_OTHER_MEASURE_AFTER = re.compile(
    r"\s+(?:pain|age|scores?|weight|BMI|duration|severity|intensity|ratings?)\b", re.I
)
# ... or written before its noun: "could be increased in 1.5-mg steps to 4.5 mg"
# (plural, after "in" or "by": "after the 1.5 mg step" is a level of the schedule)
_STEP_SIZE_AFTER = re.compile(r"[\s\-]*(?:steps|increments)\b", re.I)
_STEP_SIZE_BEFORE = re.compile(r"\b(?:in|by)\s+$", re.I)
# ("the conventional 4.5 mg", "the customary 4.5 mg": the standard dose under another name)
_NOT_STUDIED = Folded(
    r"\b(?:mean|median|modal|average|estimat\w*|calculated|ED\d\d|considered|defined|typically|"
    r"usually|generally|traditionally|commonly used|standard|conventional|customary|"
    # "well below the usual 4.5 mg", "the typical 4.5 mg": the reference dose again (not
    # "treatment as usual", an arm's name, nor "atypical")
    r"(?<!\bas\s)usual|typical)\b",
    re.I,
)
# ... but not a reference word that qualifies the participants' other care, closed before
# the dose: "who kept their usual antidepressant, to LDN 1.5 mg", "on standard care were
# assigned to 1 mg" (the care is usual, not the dose; "the usual treatment dose of 4.5 mg"
# and "the standard treatment, 4.5 mg" stay a reference: the care noun is followed by a
# verb, a preposition or a clause's comma before the dose)
_OTHER_CARE_AFTER = re.compile(
    r"(?<=usual|ndard|pical)(?:[\s\-]+[\w\-]+){0,2}?[\s\-]+(?:care|treatments?|therapy|"
    r"therapies|medications?|medicines?|antidepressants?|pharmacotherapy)"
    r"(?:\s*,\s*(?:to|were|was|are|and)\b|\s+(?:were|was|are|is)\b)",
    re.I,
)
# ... nor one telling where the study's own titration usually ended: "titrated as tolerated,
# usually to 1.5-4.5 mg/day" (the target range of the people's own flexible dosing, not a
# dose of practice; "increased to the usual 4.5 mg" stays a reference)
# (... or how the study's own people were usually started: "LDN was usually started at
# 1.5 mg and, in patients without improvement, increased to 4.5 mg")
_OWN_TARGET_AFTER = re.compile(
    r"\b(?:up)?(?:titrat|increas|escalat|rais)\w*\b(?:[^.;]|\.\d){0,40}?,?\s*"
    r"(?:usually|typically|generally|mostly|most\s+often)\s+(?:up\s+)?to\s*$|"
    r"\b(?:was|were)\s+(?:usually|typically|generally|mostly|most\s+often)\s+(?:started|"
    r"initiated|begun|commenced)\s+(?:at|on|with)\s*$",
    re.I,
)
# A present-tense statement of how the drug is used in general, outside the sections that
# tell what the study did: "LDN is used at 1-5 mg/day, but its pharmacokinetics are poorly
# characterised", "naltrexone is prescribed in doses of 0.5-6 mg for pain". The doses are
# practice, not arms (a methods section's "LDN is given at 4.5 mg" is the protocol's own).
_IN_USE = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|often|mostly|mainly|widely|increasingly|frequently|also)\s+)?"
    r"(?:used|prescribed|employed|recommended|dispensed|marketed|available)\s+"
    r"(?:(?:off[\s\-]label|clinically|in\s+practice)\s+)?(?:at|in)\b",
    re.I,
)
# ... but not the study telling its own protocol: "standard" heading a noun whose past-tense
# copula or verb names the dose ("The standard regimen was 4.5 mL at bedtime", "our
# standard protocol consisted of 3 mg nightly") says what this study's people were given;
# "the standard 4.5 mg" and "the standard dose is 4.5 mg" stay a reference
_OWN_STANDARD = re.compile(
    r"\bstandard\s+(?:[\w\-]+\s+){1,3}?(?:was|were|consisted\s+of|comprised)\s+"
    r"(?:(?:set|fixed|kept)\s+at\s+)?(?:an?\s+|the\s+)?$",
    re.I,
)
# ... but not a reference word that names one of the study's dose arms beside another:
# "randomized to low (1.5 mg) and standard (4.5 mg) LDN", "a lower (2 mg) or a usual (4.5 mg)
# dose", "standard-dose (4.5 mg) versus low-dose (1.5 mg)": two level words, each with its
# own dose, joined as the alternatives people are assigned to, are the arms compared ("the
# standard (4.5 mg) dose is used in practice" has no second arm and stays a reference)
# (a level word may head the watched drug's own "low dose": "standard low dose (4.5 mg)")
_LEVEL = (
    r"(?:low|lower|reduced|half|very[\s\-]low|ultra[\s\-]low|high|higher|full|standard|usual|"
    r"conventional|customary|typical)(?:[\s\-](?:low[\s\-])?dose)?"
)
_PAIR = r"(?:,\s*|\s+)(?:and|or|vs\.?|versus|with)\s+(?:an?\s+|the\s+)?"
# (the arm before may hold alternatives of its own: "lower dose (1.5 or 2 mg/day) or
# standard low dose (4.5 mg/day)")
_LEVEL_ARM_BEFORE = re.compile(
    rf"\b{_LEVEL}\s*\(\s*{_NUM}(?:\s*(?:,|or|and|to|-|–)\s*{_NUM})*\s*{_UNIT}[^()]*\)\s*"
    rf"(?:(?:LDN|naltrexone)\s*)?{_PAIR}{_LEVEL}\s*\(\s*$",
    re.I,
)
# a dose opened in brackets after its level word: "conventional (", "reduced-dose ("
_LEVEL_OPEN_BEFORE = re.compile(rf"\b{_LEVEL}\s*\(\s*$", re.I)
_LEVEL_ARM_AFTER = re.compile(
    rf"^[^()]*\)\s*(?:(?:LDN|naltrexone)\s*)?{_PAIR}{_LEVEL}\s*\(\s*{_NUM}\s*{_UNIT}",
    re.I,
)
# a parenthesis closed before the dose (its opening may lie before the window's start)
_CLOSED_ASIDE = re.compile(r"\([^()]*\)|^[^()]*\)")
# ... of which the statistics hold across a heading's colon ("Median dose: 4.5 mg"); the
# words of a usual or reference dose hold only in the dose's own phrase, so an arm named
# "Standard volume (experimental): 4.5 mL of X" keeps its dose
_STATISTIC = Folded(r"\b(?:mean|median|modal|average|estimat\w*|calculated|ED\d\d)\b", re.I)


def _statistic_of(head: str) -> re.Match[str] | None:
    """The statistic word before a dose that it describes ("median dose: 4.5 mg"); one
    describes only the dose that comes first after it, so a dose after another ("sertraline
    (median 100 mg/day; 32 naltrexone 4.5 mg, 29 placebo)") is not a statistic."""
    stats = list(_STATISTIC.finditer(head))
    if not stats or _DOSE.search(head, stats[-1].end()):
        return None
    if _OTHER_MEASURE_AFTER.match(head, stats[-1].end()):
        return None  # "average pain of 4 or more": the statistic of another measure
    # (a statistic in another cell of a table written inline is a column's header, not the
    # dose's: "cohort | daily dose | mean MADRS change: A | 0.5 mg | -3.9")
    if "|" in head[stats[-1].end() :]:
        return None
    return stats[-1]


# a dose named as the usual one, a point of reference for the study's own: "between the
# 4.5 mg commonly used as low-dose X and the 50 mg tablet" (set off by a comma, "4.5 mg,
# commonly used in practice," describes the study's own dose and is kept)
# (also as the subject of a present-tense statement of practice: "although 4.5 mg is
# commonly used", "even though 4.5 mg is widely prescribed"; not a schedule: "is usually
# taken at night")
_REFERENCE_AFTER = re.compile(
    r"^\s*(?:(?:once|twice)\s+daily\s+|a\s+day\s+)?(?:most\s+)?(?:commonly|usually|typically|"
    r"conventionally|traditionally|generally|widely)\s+(?:used|given|prescribed|taken|recommended)\b|"
    r"^\s*(?:is|are)\s+(?:most\s+)?(?:commonly|usually|typically|conventionally|traditionally|"
    r"generally|widely|often|frequently)\s+(?:used|prescribed|recommended)\b|"
    # (or what a name means: "the 1.5-4.5 mg range usually meant by LDN", holdout809 52206432)
    r"^\s*(?:range|doses?)\s+(?:(?:most\s+)?(?:usually|typically|commonly|generally|"
    r"conventionally)\s+)?(?:meant|understood|referred\s+to|denoted)\s+(?:by|as)\b",
    re.I,
)

# ... or named as what practice uses, no comma between: "we discuss the dose range of
# 1.5-4.5 mg used in clinical practice", "the 0.5-4.5 mg range prescribed in routine care",
# "doses of 3 mg employed off-label in the clinic" (where no one in the sentence is given it)
_PRACTICE_AFTER = re.compile(
    r"^[\s\-]*(?:(?:range|doses?|dosages?|regimens?)\s+)?(?:(?:that|which)\s+(?:is|are)\s+|"
    r"(?:is|are)\s+)?(?:(?:now|often|mostly|widely|commonly|usually|typically|generally)\s+)?"
    r"(?:used|given|prescribed|employed|recommended|dispensed)\s+(?:off[\s\-]label\s+)?"
    r"(?:in\s+(?:(?:routine|everyday|general|usual|real[\s\-]world|current|outpatient)\s+)?"
    # (a field's word between: "used in pain practice", "prescribed in fibromyalgia clinics";
    # not the study's own: "in our clinic")
    r"(?:(?!(?:our|this|the|their|his|her|its)\b)[\w\-]+\s+(?:[\w\-]+\s+)?)?"
    r"(?:clinical\s+)?(?:practice|care|clinics)|in\s+the\s+clinic|by\s+(?:clinicians|"
    r"prescribers|physicians|practitioners))\b|"
    # ... or the dose called common in practice, no verb: "well below the 4.5 mg common in
    # practice", "the 4.5 mg usual in clinical practice"; or called typical of the drug's
    # low-dose use: "higher than the 4.5 mg typical of low-dose naltrexone", "the 3 mg usual
    # for LDN" (a point of reference; "4.5 mg, typical of LDN regimens, was given",
    # set off by a comma, describes the study's own)
    r"^[\s\-]*(?:(?:dose|dosage|regimen)\s+)?(?:most\s+)?(?:(?:common|usual|typical|customary|"
    r"standard)\s+in\s+(?:(?:routine|everyday|general|clinical|current|real[\s\-]world)\s+)?"
    r"(?:practice|use|clinics?)\b|(?:typical|usual|customary|characteristic)\s+(?:of|for)\b)|"
    # ... or the doses named as what the drug's low-dose use means: 'the 1-5 mg doses used
    # as "low-dose naltrexone"', "the 1.5-4.5 mg range known as LDN" (a definition, the
    # study's own dose told apart from it)
    r"^[\s\-]*(?:range|doses|dosages)\s+(?:(?:that|which)\s+(?:is|are)\s+)?"
    r"(?:(?:commonly|usually|typically|generally|widely)\s+)?(?:used|given|prescribed|known|"
    r"referred\s+to)\s+as\s+(?:so[\s\-]called\s+)?[\"\u201c'\u2018]?\s*(?:low[\s\-]dose\s+"
    r"naltrexone|LDN)\b|"
    # ... or as what the drug's low-dose regimens use: "rather than the 3 to 4.5 mg used in
    # low-dose naltrexone regimens", "the 4.5 mg given in most LDN protocols"
    r"^[\s\-]*(?:(?:range|doses?|dosages?)\s+)?(?:(?:commonly|usually|typically|generally)\s+)?"
    r"(?:used|given|prescribed|employed)\s+(?:in|for)\s+(?:(?:most|many|typical|standard|"
    r"usual|conventional)\s+)?(?:low[\s\-]dose\s+naltrexone|LDN)\s+(?:regimens?|protocols?|"
    r"practice|prescribing|therapy|treatment)\b|"
    # ... or as what other people's trials studied: "higher than the 1.5-4.5 mg range
    # studied in trials", "the 4.5 mg dose tested in earlier studies" (other work)
    r"^[\s\-]*(?:(?:range|doses?|dosages?)\s+)?(?:(?:commonly|usually|typically|generally|"
    r"previously|mostly)\s+)?(?:studied|tested|evaluated|investigated|examined)\s+in\s+"
    r"(?:(?:earlier|previous|prior|published|most|other|clinical|randomi[sz]ed)\s+)*"
    r"(?:trials|studies|RCTs|the\s+literature)\b",
    re.I,
)

# ... or named after the drug's use in practice, present tense, the dose after it: "LDN is
# prescribed off-label for depression at doses anywhere between 1 and 5 mg", "naltrexone is
# commonly used at 1.5-4.5 mg" (a statement of what clinicians do, no one of the study given it)
_PRACTICE_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|often|mostly|widely|commonly|usually|typically|generally|"
    r"increasingly)\s+)?(?:used|prescribed|employed|dispensed)\s+(?:off[\s\-]label\s+)?"
    r"(?:(?:for|in)\s+[\w\-]+(?:\s+[\w\-]+)?\s+)?(?:at|in)\s+(?:doses?|dosages?)\s+"
    r"(?:(?:anywhere|somewhere|ranging)\s+)?(?:between|from|of)?\s*$|"
    # ... or the doses so used as the subject: "doses used off-label range from 1 to 5 mg",
    # "doses prescribed in practice vary between 1 and 4.5 mg"
    r"\b(?:doses?|dosages?)\s+(?:(?:now|often|commonly|usually|typically|generally)\s+)?"
    r"(?:used|prescribed|employed|given|dispensed)\s+(?:off[\s\-]label|in\s+(?:clinical\s+)?"
    r"practice|clinically)\s+(?:range|ranged|vary|varies|varied)\s+(?:from|between)\s*$|"
    # ... or said of the prescribers, no one of the study given it: "we note that some
    # clinicians use up to 4.5 mg", "psychiatrists commonly prescribe 3 mg"
    r"\b(?:clinicians|prescribers|physicians|practitioners|doctors|psychiatrists)\s+"
    r"(?:often\s+|commonly\s+|typically\s+|usually\s+|routinely\s+|now\s+)?(?:use|prescribe|"
    r"give|recommend)\s+(?:doses?\s+(?:of\s+)?)?(?:up\s+to\s+|as\s+high\s+as\s+)?$",
    re.I,
)

# how often the field does it: "increasingly prescribed", "commonly used", "off-label"
_HABIT = re.compile(
    r"\b(?:now|often|mostly|widely|commonly|usually|typically|generally|increasingly|"
    r"frequently|off[\s\-]label)\b",
    re.I,
)

# ... said of the dose named as such: "the 4.5-mg dose usually prescribed", "a 3 mg regimen
# that is commonly used" (where no one in the sentence is given it: "patients received the
# 4.5 mg dose commonly used in practice" is the study's own)
_REFERENCE_DOSE_AFTER = re.compile(
    r"^[\s\-]*(?:dose|doses|dosage|regimen)\s+(?:(?:that|which)\s+(?:is|are)\s+|(?:is|are)\s+)?"
    r"(?:most\s+)?(?:commonly|usually|typically|conventionally|traditionally|generally|widely)\s+"
    r"(?:used|given|prescribed|taken|recommended)\b",
    re.I,
)

# ... or the far side of a contrast that opens a clause: "Unlike low-dose regimens of
# 4.5 mg, the 10 mg dose blocks ...", "in contrast to the 3 mg usually prescribed, ..."
# (a point of reference the study's own dose is set against; not an arm of the study told
# by its group: "unlike the 4.5 mg group, the 1.5 mg group ...")
_CONTRAST_BEFORE = Folded(
    r"(?:^|[,;:(]\s*)(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to)\s+"
    r"(?:[\w\-'‘’]+\s+){0,5}?(?:of\s+|at\s+)?(?:about\s+|around\s+|up\s+to\s+)?$",
    re.I,
)
_ARM_WORD_AFTER = re.compile(
    r"^\s*(?:/\s*d(?:ay)?\b|daily|nightly|per\s+day)?[\s\-]*(?:arms?|groups?|cohorts?|"
    r"conditions?|recipients?|patients?|participants?)\b",
    re.I,
)


# ... or the regimen a comparison measures the study's own dose against: "chosen to give
# greater receptor occupancy than the 4.5 mg once-daily regimen", "a higher dose than the
# usual 4.5 mg dose" (a regimen or dose named, not an arm: "lower than the 4.5 mg group")
_COMPARED_WITH_BEFORE = Folded(
    r"\b(?:greater|higher|lower|less|more|larger|smaller|stronger|weaker|longer|shorter)\b"
    r"(?:[^.;]|\.\d){0,50}?\bthan\s+(?:that\s+of\s+)?(?:the|a)\s+(?:usual\s+|standard\s+|"
    r"conventional\s+|typical\s+|common\s+|customary\s+|established\s+)?$",
    re.I,
)
_REGIMEN_AFTER = re.compile(
    r"^\s*(?:/\s*d(?:ay)?\s+)?(?:(?:once|twice)[\s\-]+(?:daily|nightly)\s+|nightly\s+|daily\s+|"
    r"bedtime\s+)?(?:regimens?|schedules?|doses?|dosing|dosages?)\b",
    re.I,
)


def _contrasted_dose(text: str, start: int, end: int) -> bool:
    """The dose at [start, end) is the other side of a contrast opening its clause, or the
    regimen a comparison measures the study's dose against."""
    head = ("; " if start <= 60 else "") + text[max(0, start - 60) : start]
    if _ARM_WORD_AFTER.match(text[end:]):
        return False
    if _CONTRAST_BEFORE.search(head) is not None:
        return True
    compared = _COMPARED_WITH_BEFORE.search(text, max(0, start - 90), start)
    # (not one dose ranked against another: "The 4.5-mg dose was more effective than the
    # 1.5-mg dose" compares two arms)
    return (
        compared is not None
        and _REGIMEN_AFTER.match(text[end:]) is not None
        and _MG_NAMED.search(text, max(0, start - 90), compared.start()) is None
    )


_MG_NAMED = re.compile(r"\d[\s\-]*(?:mg|µg|μg|mcg)\b", re.I)


# A dose as the subject of a general statement of what that dose does, in the present
# tense: "1-2 mg produces brief partial blockade, whereas 4.5 mg gives near-complete
# blockade", "lower doses (1 mg) occupy few receptors", "at 0.5 mg, the drug acts mainly
# on glia", "3 mg is thought to suffice". A rationale for a dose choice reads so; no
# person is given the dose, so it is no arm (a past tense, "4.5 mg produced", tells what
# the study's people had; a verb of giving, "4.5 mg is given", is not here). The dose must
# open its clause: only words of a dose (and the drug's name) before it, so "patients
# receiving 4.5 mg achieve" is the people's, not a dose's general effect.
_EFFECT_VERBS = (
    r"(?:produc|induc|caus|provid|saturat|activat|modulat|upregulat|antagoni[sz]|elicit|"
    r"exert|confer|trigger|yield|achiev|attain|occup|block|bind|inhibit|suppress|act|"
    r"reach|giv)(?:es|s|e|y|ies)?\b|results?\s+in\b|leads?\s+to\b|suffices?\b|"
    r"(?:is|are)\s+(?:thought|believed|known|expected|predicted|assumed|presumed|said)\s+to\b|"
    r"(?:appears?|seems?|tends?)\s+to\b|"
    # ... or what it falls short of, or is enough for: "'low-dose' preparations of 4.5 mg
    # may be insufficient to block kappa receptors", "regimens of 3 mg are too weak to",
    # "a 4.5 mg dose is unlikely to give", "may not be enough to", "LDN (4.5 mg) cannot
    # block" (a present-tense copula or a negated present verb: "4.5 mg was insufficient"
    # tells what the study's people had)
    r"(?:not\s+)?(?:is|are|be)\s+(?:\w+ly\s+)?(?:not\s+)?(?:(?:in)?sufficient|(?:in)?adequate|"
    r"enough|too\s+[\w\-]+|(?:un)?likely|unable|able)\s+(?:to|for)\b|"
    r"(?:cannot|can\s*not|falls?\s+short)\b"
)


def _general_effect(spec: WatchSpec) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what may stand before the dose in its clause, the verb after it)."""
    names = f"{re.escape(spec.drug)}|{re.escape(spec.label)}"
    before = re.compile(
        r"(?:[;:(]|\.\s|,\s*(?:whereas|while|but|and|yet)\b|\b(?:whereas|while|that)\b)"
        r"[\s,'\"‘’“”]*(?:(?:by|in)\s+contrast\s*,?\s*)?"
        rf"(?:(?:a|an|the|at|of|lower|higher|low|high|very|ultra[\s\-]?low|single|daily|"
        rf"doses?|dosages?|just|only|even|around|about|approximately|roughly|{names}|"
        # a preparation of the dose, in quotes or not: "'low-dose' preparations of 4.5 mg",
        # "compounded capsules of 3 mg", "low-dose formulations (1.5 mg)"
        r"preparations?|formulations?|capsules?|regimens?|compounded)\b[\s,\-'\"‘’“”(]*)*$",
        re.I,
    )
    after = re.compile(
        r"\s*\)?\s*(?:(?:once|twice)\s+daily\s+|daily\s+|nightly\s+|a\s+day\s+|per\s+day\s+)?"
        # (the dose's noun after it: "a 4.5 mg dose is unlikely to")
        r"(?:(?:doses?|dosages?|preparations?|formulations?|capsules?|regimens?)\s+)?"
        rf"(?:of\s+(?:{names})\s+)?(?:,\s*(?:{names}|the\s+drug|it)\s+)?(?:alone\s+|only\s+)?"
        r"(?:(?:may|might|can|could|probably|likely|typically|usually|generally|already)\s+)?"
        rf"(?:{_EFFECT_VERBS})",
        re.I,
    )
    return before, after


def _general_effect_of(doc: Doc, s: Sentence, start: int, end: int) -> bool:
    """The dose at [start, end) opens a clause that says, in the present tense, what
    that dose does in general (see ``_EFFECT_VERBS``)."""
    before, after = doc.spec.compiled("doses.general_effect", _general_effect)
    if after.match(s.text, end) is None:
        return False
    # (the sentence's start opens a clause too: marked as one when the window reaches it)
    head = ("; " if start <= 60 else "") + s.text[max(0, start - 60) : start]
    return before.search(head) is not None


# the spread of what people took, after a statistic: "median 4.5 mg (range 0.5-6 mg)"
_SPREAD_BEFORE = re.compile(r"\b(?:range|ranging|ranged)\b[\s:,=]*(?:from\s+)?$", re.I)
# ... but not the middle half of it: the ends of an interquartile range are quartiles of
# what people took, statistics like the median, no dose anyone was given ("median dose 4.5
# mg, interquartile range 3-4.5 mg", "IQR 1.5-4.5 mg", "25th-75th percentile 2-4.5 mg")
_QUANTILES_BEFORE = re.compile(
    r"\b(?:inter-?\s?quartile\s+range|IQR|quartiles|(?:25th|first)\s*(?:[\-–]|to)\s*"
    r"(?:75th|third)\s+(?:percentiles?|quartiles?))\b[\s:,=]*(?:of\s+|from\s+)?$",
    re.I,
)
# the step a calculated dose is rounded to, no dose anyone took: "individual doses rounded
# to the nearest 0.5 mg", "rounded down to the closest 0.25 mg", "in multiples of 0.5 mg",
# "to the nearest whole 1 mg" (a weight-based dose's unit of measure; holdout391 44100025)
_ROUNDED_TO_BEFORE = re.compile(
    r"(?:\b(?:to|at)\s+the\s+(?:nearest|closest)|\b(?:in|to)\s+(?:whole\s+)?multiples\s+of|"
    r"\bround(?:ed|ing)?\s+(?:up\s+|down\s+|off\s+)?to)\s+(?:whole\s+|full\s+)?$",
    re.I,
)
# a daily figure worked out from a schedule given at another interval, no dose anyone was
# given (CONTRACT.md: a schedule lists the dose given per administration): "25 mg once weekly
# (about 3.6 mg/day averaged over the week)", "equivalent to a daily dose of 3.6 mg", "a
# daily-equivalent dose of 3.6 mg", "which averages about 3.6 mg per day", "roughly 3.6 mg
# a day on average"
_EQUIVALENT_BEFORE = re.compile(
    r"\b(?:averag(?:es|ing)|(?:daily|day)[\s\-]+equivalent(?:\s+(?:dose|exposure|amount))?|"
    r"equivalent\s+(?:to\s+)?(?:an?\s+)?(?:average\s+|mean\s+)?(?:daily|per[\s\-]+day)\s+"
    r"(?:dose|exposure|amount)|(?:mean|average)\s+daily\s+(?:exposure|equivalent))\s+"
    r"(?:of\s+|to\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|~\s*)?$",
    re.I,
)
_AVERAGED_AFTER = re.compile(
    r"^\s*(?:(?:/\s*d(?:ay)?|per\s+day|a\s+day|daily)\s*,?\s*)?(?:when\s+|if\s+)?averaged\s+"
    r"(?:over|across)\b|^\s*(?:/\s*d(?:ay)?|per\s+day|a\s+day)\s+on\s+average\b",
    re.I,
)
# a mode is a statistic like the mean: "the most commonly reported doses were 3 mg (29%)
# and 4.5 mg (54%)" describes what people happened to take, for the whole clause
_MODE = Folded(
    r"\bmost (?:commonly |frequently |often )?(?:reported|used|taken|prescribed)\b|\bmost common\b|"
    # a modal dose too, with the next levels after it ("the modal dose was 4.5 mg (54%),
    # followed by 3 mg (29%)"), and the spread of doses people ended on ("final doses were
    # 4.5 mg in 20 and 3 mg in 6"): what they reached, not what they were assigned (the
    # spread written as a range after a statistic, "(range, 1-4.5 mg)", still counts)
    r"\bmodal\b|\bfinal (?:\w+\s+)?(?:doses|dosages)\s+(?:were|reached)\b|"
    r"\bdoses\s+(?:reached|achieved)\s+were\b|"
    # ... and the dose most people reached within a flexible range ("most participants
    # reached 3 mg", "the majority of patients ended on 3 mg", "many settled on 3 mg"):
    # where they happened to end, not a dose anyone was assigned
    r"\b(?:most|many|the\s+majority|half)\s+(?:of\s+(?:the\s+|them\b)?)?(?:[\w\-]+\s+){0,2}?"
    r"(?:reached|achieved|attained|ended\s+(?:up\s+)?on|settled\s+on|stabili[sz]ed\s+on)\s*$|"
    # ... and people grouped by the dose they ended on ("patients ending on 4.5 mg improved
    # more than those ending on 1.5-3 mg", "participants who finished on 3 mg"): where they
    # happened to end, compared after the fact, not an arm (a titration "ending at 4.5 mg"
    # names its target)
    r"\b(?:patients|participants|subjects|people|individuals|adults|women|men|those|ones)\s+"
    r"(?:who\s+(?:had\s+)?)?(?:ending|ended|finishing|finished)\s+(?:up\s+)?on\s*$",
    re.I,
)
# a schedule of steps, not alternatives: "titrated from 1 mg to a maximum of 4.5 mg",
# "1.5 mg nightly for 1 week, then 3 mg for 1 week, then 4.5 mg"
# "start at 1.5 mg/day for 7 days and increase to 4.5 mg/day" is a schedule too.
# a first spell at a dose, written after the dose kept: "4.5 mg after a week at 1.5 mg"
_AFTER_A_SPELL = (
    r"\bafter\s+(?:an?|one|two|three|\d+)[\s\-]+(?:[\w\-]+\s+)?(?:days?|weeks?)\s+(?:at|on)\s*$"
)
_SPELL_BEFORE = re.compile(_AFTER_A_SPELL, re.I)
_RUN_IN_BEFORE = re.compile(
    r"\b(?:run[\s\-]?in|lead[\s\-]?in)(?:\s+(?:period|phase|dose|week))?\s+(?:of|at|on|with)\s*$",
    re.I,
)
# ... or the run-in named after its dose: "after a 1.5 mg lead-in week", "1.5 mg for a
# one-week run-in, then randomised", "a 1 mg single-blind lead-in"
_RUN_IN_AFTER = re.compile(
    r"^\s*(?:(?:/\s*d(?:ay)?|daily|nightly|once\s+daily)\s+)?"
    r"(?:(?:for|during|as|in)\s+(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:run[\s\-]?in|lead[\s\-]?in)\b",
    re.I,
)
# the verbs of a raise, whichever a text uses: "increased", "titrated", "escalated",
# "raised", "uptitrated", "advanced", and "rising/rose to", "stepped up to" (a dose that
# rises by week 3 is raised by the schedule as much as one "increased" is)
_RAISE = (
    r"(?:increas|titrat|escalat|rais|uptitrat|advanc)\w*|\bris(?:e|es|ing|en)\b|\brose\b|"
    # ("had the dose doubled to 4 mg": not "double-blind")
    r"\bdoubl(?:ed|ing)\b|"
    r"\bstep(?:s|ped|ping)?\s+up\b|"
    # ... or a dose "moved", "went" or "progressed" to one higher: "started at 1.5 mg and
    # moved to 4.5 mg after one week" (only where a dose follows the "to": people "moved to
    # the open-label phase" are no raise)
    # ... or "adjusted" upward: "started at 1.5 mg and adjusted by the treating
    # psychiatrist up to 4.5 mg as tolerated" (an adjustment may go down: only "up to")
    r"\badjust(?:ed|ing|s)?(?=\s+(?:[\w.·,]+\s+){0,6}?up\s+to\b)|"
    r"\b(?:mov(?:e|es|ed|ing)|went|go(?:es|ing)?|progress(?:es|ed|ing)?)"
    r"(?=\s+(?:up\s+)?to\s+(?:(?:a|the)\s+)?(?:(?:target|maintenance|maximum|full|final|daily|"
    r"dose|of)\s+){0,4}\d)"
)
# the "until" a raise ends at, the target right after it: "until 4.5 mg", "until reaching
# 4.5 mg", "until a (target) dose of 4.5 mg was reached"
_UNTIL_TARGET = (
    r"until\s+(?:(?:reaching|attaining|achieving|(?:it|they|patients|participants)\s+"
    r"reached)\s+)?(?:(?:a|the)\s+(?:(?:target|maximum|final|maintenance|full)\s+)?"
    r"(?:daily\s+)?dose\s+of\s+)?"
)
_TITRATION_BEFORE = Folded(
    rf"{_RAISE}|\b(?:start|begin|initiat|introduc|commenc)\w*\s+(?:\w+\s+){{0,2}}?at\s*$"
    rf"|\bthen\s+(?:\w+\s+){{0,2}}$|(?:,|\band)\s+(?:subsequently|thereafter|afterwards)\s+$"
    rf"|{_ARROW}\s*$",
    re.I,
)
# what may stand between the start verb and its dose: a few words ("started low at"), or
# the wait before it ("started after a 7-day drug-free interval at 1.5 mg")
_START_DELAY = r"(?:(?:after|following)\s+[^.;,()]{1,40}?\s+|(?:\w+\s+){0,2}?)"
# a step of a schedule told before the dose said to hold "thereafter" (``_THEREAFTER_AFTER``):
# a dose held for a spell, "1.5 mg at night for 7 days"
_STEP_BEFORE_IN = re.compile(
    r"\d\s*(?:mg|µg|μg|mcg)\b[^.;]{0,30}?\bfor\s+(?:\d+|one|two|three|four|a)\s+"
    r"(?:days?|weeks?|nights?)\b",
    re.I,
)
# the two ends of a range said with "between ... and"
# (of a dose moved or kept within it, never two doses compared: "no difference between 1.5
# and 4.5 mg")
_MOVED_BETWEEN_BEFORE = re.compile(
    r"\b(?:adjust\w*|titrat\w*|var(?:y|ied|ies)|rang(?:e|ed|es|ing)|kept|maintained|dosed|"
    r"individuali[sz]ed|doses|dosing)\s+(?:\w+\s+){0,2}?between\s+$",
    re.I,
)
_TWO_ENDS_JOINED = re.compile(r"\d\s*(?:mg|µg|μg|mcg)?\s+and\s+\d", re.I)
# a first step: "started at 1.5 mg", "initiated at", "introduced at", "commenced on", "an
# initial dose of", "a starting dose of"
_START_BEFORE = re.compile(
    rf"\b(?:start|begin|began|begun|initiat|introduc|commenc)\w*\s+{_START_DELAY}(?:at|on|with)\s*$|"
    r"\b(?:initial|starting|start)\s+dos(?:e|es|ing|age)\s+(?:of\s+|was\s+|were\s+|=\s*)?$|"
    # ... or tersely, the start word right before the dose, as a bracketed schedule writes
    # it: "4.5 mg daily (start 1.5 mg, increased by 1.5 mg weekly)", "(starting 1 mg, ...)",
    # "(initially 0.5 mg, ...)", "(beginning 1 mg, ...)"
    r"(?:^|[(\[,;]\s*)(?:start(?:ing)?|initially|beginning|initial)\s*[:=]?\s*$|"
    r"\bfrom\s*$",
    re.I,
)
# ... or the start verb's object the drug, its dose right after: "started LDN 1.5 mg
# nightly", "initiated low-dose naltrexone 1 mg" (a first step only where a raise follows,
# ``_settle_schedule``, and not the low end of a flexible dose: "began X 1.5 mg, which
# investigators could raise to 4.5 mg as tolerated" lists both ends)
_STARTED_WITH_BEFORE = re.compile(
    r"\b(?:started|began|begun|initiated|commenced)\s+(?:low[\s\-]?dose\s+)?"
    r"[A-Za-z][A-Za-z\-]*\s+$",
    re.I,
)
# a start raised to the dose each arm was assigned: "all active arms start at 0.5 mg and
# are increased weekly to the assigned dose" (a titration's first step shared by the arms
# of a dose-ranging trial, not a step of an escalation, CONTRACT.md)
_TO_ASSIGNED_AFTER = Folded(
    r"[^.;]{0,60}?\b(?:increas|rais|rise|rising|titrat|escalat|up-?titrat|mov|stepp)\w*\s+"
    r"(?:\w+\s+){0,3}?"
    r"to\s+(?:the|their|its|each\s+arm's|the\s+arm's)\s+(?:assigned|allocated|randomi[sz]ed|"
    r"target|intended|final|maintenance)\s+dos",
    re.I,
)


def starts_at(text: str, at: int) -> bool:
    """The dose at ``at`` is told as a first step ("started at", "a starting dose of",
    "titration from")."""
    return _START_BEFORE.search(text, 0, at) is not None


# a first spell told before the dose it holds: "For the first five days participants took
# 5 mg", "during the initial week, 3 mg"
_FIRST_SPELL_BEFORE = re.compile(
    r"\b(?:for|during|in|over|throughout)\s+the\s+(?:first|initial|opening)\s+"
    r"(?:[\w\-]+\s+)?(?:weeks?|days?|nights?|fortnights?|months?)\b",
    re.I,
)


def first_step(d: Dose) -> bool:
    """The dose is told as the first step of a schedule, in its own words: started at it
    ("Dosing began at 6 mg", "The initial dose was 3 mg"), or taken for a first spell
    ("6 mg for the first week", "For the first five days participants took 5 mg")."""
    if d.started or d.run_in:
        return True
    text = d.sentence.text
    return (
        starts_at(text, d.start)
        or _FIRST_SPELL_AFTER.match(text[d.start + len(d.span) :]) is not None
        or _FIRST_SPELL_BEFORE.search(text, 0, d.start) is not None
        # ("The assigned doses were reached after one week at 4 mg/day")
        or (d.earlier and _DOSE_REACHED_VIA.search(text, 0, d.start) is not None)
    )


# where the drug was started, said of the dose itself: "started at", "a starting dose of"
# (not a ramp's "from": "titrated from 1 to 4.5 mg")
_START_AT_BEFORE = re.compile(
    rf"\b(?:start|begin|began|begun|initiat|introduc|commenc)\w*\s+{_START_DELAY}(?:at|on|with)\s+"
    r"(?:doses?\s+of\s+)?$|"
    r"\b(?:initial|starting|start)\s+dos(?:e|es|ing|age)\s+(?:of\s+|was\s+|were\s+|=\s*)?$",
    re.I,
)
# a later step: "increased to", "then", "titrated (up) to", "raised to", "up to"
_LATER_BEFORE = Folded(
    # (a step size may stand in between: "increased by 1.5 mg each week to", "in 1.5-mg
    # steps to", and the plan it follows: "raised by 0.5 mg each week according to a fixed
    # schedule to")
    rf"(?:{_RAISE})\s+(?:[\w.·,\-]+\s+){{0,6}}?(?:(?:according\s+to|as\s+per|per|following)\s+"
    r"(?:a|the|their|its)\s+(?:[\w\-'’]+\s+){0,2}?(?:schedule|protocol|plan|algorithm)\s+)?"
    r"(?:to|up to)\s*"
    r"(?:a\s+(?:maximum|target|final|maintenance)\s+(?:dose\s+)?of\s+|"
    # (the level reached named as the one then held: "to a fixed 4.5 mg", "to a stable
    # dose of 3 mg")
    r"(?:a|the)\s+(?:fixed|stable|constant|steady)\s+(?:(?:daily\s+)?dose\s+of\s+)?)?$|"
    # ... or the raise runs "until" the dose it ends at: "increased by 0.5 mg every 3 days
    # until 4.5 mg was reached", "until reaching a dose of 4.5 mg"
    rf"(?:{_RAISE})\s+(?:[\w.·,]+\s+){{0,8}}?{_UNTIL_TARGET}$|"
    rf"{_ARROW}\s*$|"
    # ... or the level a first dose "reached": "started at 1.5 mg and reached 4.5 mg"
    rf"{_NUM}\s*{_UNIT}(?:\s+(?:nightly|daily|a\s+day|at\s+(?:night|bedtime)))?"
    r"\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?reach(?:ed|ing)\s+"
    r"(?:a\s+(?:maximum|target|final|maintenance)\s+(?:dose\s+)?of\s+)?$|"
    # ... or the level a counted few of the people reached, each one's own dose: "four
    # patients reached 4.5 mg", "3 of them reached 4.5 mg" (not "most participants
    # reached 3 mg", the mode of a flexible range, ``_MODE``)
    rf"\b(?:\d+|{counts.NUMBER_WORDS})\s+(?:of\s+(?:them|these|those)\s+|"
    r"(?:patients|participants|women|men|cases|subjects|people)\s+)?reached\s+$|"
    # (a step after another said by its time word alone, right before the dose: "then 3
    # mg", "and subsequently 4.5 mg"; not "those randomised thereafter received 4.5 mg",
    # the people of a later period)
    # ... or the last step so said: "then 1 mg, 2 mg and finally 4.5 mg/day"
    r"\bthen\s+(?:\w+\s+){0,2}$|(?:,|\band)\s+(?:subsequently|thereafter|afterwards|"
    r"finally|lastly|eventually|ultimately)\s+$|"
    r"\bto\s+(?:a|the)\s+(?:maximum|target|final|full|maintenance)\s+"
    r"(?:daily\s+)?(?:dose\s+)?of\s*$|"
    r"\b(?:target|maintenance)\s+dose\s+(?:of\s+|was\s+)?$|"
    # (the target named without "dose": "with the target of 4.5 mg nightly reached over
    # two weeks", "a maintenance of 3 mg")
    r"\b(?:the|a)\s+(?:target|maintenance)\s+(?:of|was)\s+$",
    re.I,
)
# a further step of a raise told before it in the same sentence: "escalated from 1.5 mg to
# 3 mg after one week and to 4.5 mg after two weeks", "raised to 3 mg on day 8 and on to
# 4.5 mg", "..., and finally to 4.5 mg" (the "to" carries the raise's verb on); the time
# of the step may come first: "and after a further fortnight to 3 mL", "and at week 4 to";
# so may whom the step is for, told by their response alone: "escalated to 2.5 mg/day at
# week 4, and those still without response at week 8 to 4.5 mg/day"
_ONWARD_BEFORE = re.compile(
    r"(?:,|\band)\s+(?:then\s+|finally\s+|later\s+|subsequently\s+|thereafter\s+)?"
    r"(?:(?:those|others|the\s+rest|the\s+remaining|non[\s\-]?(?:responders|remitters))"
    r"(?:\s+(?:still|yet|without|with|no|not|who|had|did|respond(?:ed|ing)?|response|"
    r"remission|remitt(?:ed|ing)|improve(?:d|ment)?|partial|adequate|sufficient)){0,5}\s+)?"
    r"(?:(?:after|at|from|in|by)\s+(?:[\w\-]+\s+){1,4}?)?"
    r"(?:on\s+|up\s+|further\s+)?to\s*$",
    re.I,
)
_RAISE_IN = Folded(_RAISE, re.I)
# from one timed step of a schedule to the next, with no drug between: "1.5 mg at night for
# days 1-7, " / "3 mg for the first week and " / "1 mg for 7 days; then "
_STEP_DOSE = r"^[^.;]{0,20}?\d[\d.]*\s*(?:mg|µg|μg|mcg)\b[^.;]{0,40}?"  # the step before
_NEXT_TIMED_STEP = re.compile(
    rf"{_STEP_DOSE}\b(?:for|during|in|over|from|"
    r"until|through)\s+(?:the\s+)?(?:first\s+|next\s+|second\s+)?(?:days?|weeks?|nights?|"
    r"\d+\s+(?:days?|weeks?|nights?)|one\s+week|two\s+weeks)\b[^.;:]{0,25}?"
    r"(?:,|;|\band\b|\bthen\b)\s*(?:(?:and\s+)?then\s+|and\s+|followed\s+by\s+)?$|"
    # ... or to the target the steps lead to: "2 mg in week 2 before reaching 3 mg"
    rf"{_STEP_DOSE}\b(?:before|until|then|and)\s+"
    r"(?:reaching|attaining)\s+(?:(?:the|a)\s+(?:target|maintenance|final)\s+(?:dose\s+)?(?:of\s+)?)?$",
    re.I,
)
# "any dose up to", "any prescribed dosage up to", "at any strength up to": a ceiling
_ANY_DOSE_BEFORE = re.compile(
    r"\bany\s+(?:[\w\-]+\s+){0,2}?(?:doses?|dosages?|strengths?|amounts?)\s*,?\s*(?:of\s+)?"
    r"up\s+to\s*$",
    re.I,
)


# a level the dose is moved down to: "could reduce to 1.5 mg", "stepped down to 1 mg",
# "dropping to 1.5 mg", "went down to 2 mg" (a lowered level of the drug the text was
# dosing, as "increased to" is a raised one: CONTRACT.md counts a permitted reduction as
# the low end of a flexible dose)
_LOWERED_BEFORE = re.compile(
    r"\b(?:reduc\w*|lower(?:ed|ing|s)?|decreas\w*|halv\w*|cut(?:s|ting)?|"
    r"step(?:s|ped|ping)?[\s\-]+down|drop(?:s|ped|ping)?|(?:go|goes|going|went|gone)\s+down|"
    r"(?:fall|fell|falling)\s+back|taper(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?to\s*$",
    re.I,
)


# the words between one person's dose and the next person's, when the verb and the drug
# are left out: ", Patient B ", " and case 3 on ", ", the second ", " while her sister " (a
# person or a numbered case, never another drug: "and vitamin D 5 mg" is not gapped)
_PERSON_GAPPED = re.compile(
    r"^[^;:.()]{0,30}?(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)"
    r"(?:(?:the|her|his|their)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|other|last|"
    r"remaining|older|younger)\b\s*(?:patient|case|participant|subject|woman|man|one|"
    r"mother|individual)?|(?:patient|case|participant|subject|pt|woman|man|mother|individual|"
    r"sister|brother|daughter|son)\s*(?:[A-Z]|\d{1,2})?|"
    # ... or the next group of people told by its count, its share beside it: "1053 (82%)
    # were dispensed 4.5 mg daily and 231 (18%) 3 mg daily", ", 40% 3 mg" (holdout287
    # 32000025)
    r"\d[\d,]*(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?(?:\s+(?:patients|participants|people|"
    r"persons|users|adults|veterans|women|men))?|\d+(?:\.\d+)?\s*%)"
    r"\s*(?:(?:took|received|was\s+on|on|at|with|needed|required)\s+)?$",
    re.I,
)
# the words of a cap right before a dose in mg ("capped at a total of", "up to a maximum
# daily dose of", "with a ceiling of", "not exceeding", "limited to"), and a dose given by
# weight before it in the sentence: the cap of a weight-based dose
_CAP_LEAD = re.compile(
    r"\b(?:capped|caps?|max(?:imum|\.)?|ceiling|upper\s+limit|limit(?:ed)?|not\s+(?:to\s+)?"
    r"exceed(?:ing)?|no\s+more\s+than|at\s+most)\b(?:\s+(?:at|of|to|a|an|the|total|daily|"
    r"dose|overall|per\s+day|each|day)\b)*\s*$",
    re.I,
)
# (or the weight-based doses named as such: "Weight-based doses are rounded to the
# nearest 0.5 mg and may not exceed 4.5 mg")
_PER_KG_BEFORE = re.compile(
    r"\d\s*(?:mg|µg|μg|mcg|micrograms?)\s*(?:/|per)\s*kg\b|"
    r"\b(?:weight|body[\s\-]weight)[\s\-](?:based|adjusted|dependent)\s+dos(?:e|es|ing)\b",
    re.I,
)
# a level some stayed on while others were raised: "responders stayed on 1.5 mg",
# "others continued 3 mg", "seven were maintained on 1.5 mg": a dose kept, not a later step
# of the schedule
_KEPT_BEFORE = re.compile(
    r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?|continu(?:ed|es|e)|(?:were|was)\s+(?:kept|maintained)|"
    r"kept)\s+"
    r"(?:on\s+|at\s+|with\s+)?(?:the\s+)?$",
    re.I,
)


# a word of degree before a gain not had: "without clear benefit", "no obvious improvement"
_CLEAR = (
    r"(?:clear|obvious|evident|meaningful|noticeable|appreciable|significant|marked|real|"
    r"definite|discernible|apparent|substantial|useful|worthwhile)"
)


def _conditional(spec: WatchSpec) -> Folded:
    """A raise only for some: "increased to 4.5 mg in non-responders", "if no response"."""
    return Folded(
        r"\bnon-?respon\w*|\bnon-?improv\w*|\b(?:did|do) not (?:respond|improve)|"
        # ("Participants who had not improved by 25% at week 4 had the dose increased")
        r"\b(?:had|has|have) not (?:yet )?(?:responded|improved|remitted)\b|"
        # (or by a score that did not fall enough: "the patients that at week 4 did not
        # reduce EPDS at least 30%")
        r"\b(?:did|do|does) not (?:reduce|lower|decrease) (?:their |the |her |his )?"
        r"(?:EPDS|MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|PHQ-?9|QIDS\w*|scores?|symptoms?)\b|\bnot\s+(?:yet\s+)?(?:responding|"
        r"improving|remitting|better)\b|\bno (?:adequate |sufficient |clinical |"
        # (the want of gain said with a word of degree: "without clear benefit", "with no
        # obvious improvement", "no meaningful response": the raise is for non-response)
        rf"{_CLEAR} )?"
        r"(?:response|improvement|benefit)\b|\b(?:inadequate|insufficient|partial|suboptimal|lack of) "
        r"(?:response|improvement|benefit)\b|\bfailed to (?:respond|improve)\b|\bunresponsive\b|"
        # (or a response judged too small: "because the response after four weeks was
        # modest, increased to 3 mg")
        r"\b(?:response|improvement|benefit)\s+(?:(?:after|at|by|over)\s+(?:[\w\-]+\s+){1,3}?)?"
        r"(?:was|had\s+been|remained)\s+(?:only\s+|still\s+)?(?:modest|limited|partial|small|"
        r"slight|incomplete|insufficient|inadequate|minimal)\b|"
        rf"\bremain\w* (?:symptomatic|unwell|{spec.cond['persisting_pattern']})\b|\bwithout (?:at least |[≥>]=?\s*)?(?:an?\s+)?(?:[\w%\-]+\s+){{0,2}}?(?:response|improvement)\b|"
        r"\bif (?:needed|necessary|required|clinically indicated)\b|\bpartial responders?\b|"
        # a counted part of the people, picked out by what they did or had: "increased to
        # 4.5 mg in four who tolerated it", "in 3 of the 7 patients" (preprints100
        # PPR0970028: a case series, both levels taken)
        rf"\bin\s+(?:\d+|{counts.NUMBER_WORDS})\s+(?:of\s+(?:the\s+|these\s+|them\b)|"
        r"(?:(?:patients?|participants?|people|women|men|adults|cases)\s+)?(?:who|whose)\b)|"
        # too little gain said as its amount: "after 6 weeks with little change", "as her
        # mood showed limited improvement", "minimal benefit", "scant progress" (a
        # raise for want of response, not a fixed step: both levels count)
        r"\b(?:little|minimal|limited|slight|scant|negligible)\s+(?:clinical\s+|symptomatic\s+|"
        r"further\s+)?(?:change|improvement|response|benefit|effect|progress|gain)\b|"
        # ... or as a spell that changed nothing: "after 4 weeks without change", "after six
        # weeks with no effect", "after a month without any clinical change" (not a change of
        # what was given: "after 2 weeks without change in dose")
        r"\bafter\s+(?:an?\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|eight\s+|"
        r"\d+\s+)?(?:[\w\-]+\s+)?(?:weeks?|days?|months?|fortnight)\s+(?:without|with\s+no)\s+"
        r"(?:any\s+)?(?:clinical\s+|symptomatic\s+|meaningful\s+|appreciable\s+|noticeable\s+)?"
        r"(?:change|effect)\b(?!\s+(?:in|of|to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w\-]+\s+)?"
        r"(?:dose|doses|dosing|dosage|medications?|treatment|regimen|therapy)\b)|"
        # ... or as nothing having changed at all: "because there had been no change", "after
        # a month of no change", "there was no clinical change, so ..." (not a change of
        # something named: "with no change in her sertraline dose", "no change to blood
        # pressure")
        r"\bno\s+(?:clinical\s+|symptomatic\s+|meaningful\s+|appreciable\s+|noticeable\s+)?"
        r"change\b(?!\s*(?:in|of|to|on|from|for|with)\b)|"
        # ... or as a rating that stayed where it was: "her MADRS was unchanged (23), so",
        # "his mood remained unchanged" (a score's or mood's, never a co-medication's:
        # "sertraline was kept unchanged")
        r"\b(?:MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|PHQ-?9|QIDS\w*|GDS\w*|scores?|mood|symptoms?)\s+"
        r"(?:was|were|had\s+been|remained|stayed)\s+(?:essentially\s+|largely\s+|still\s+)?"
        r"unchanged\b|"
        # ... or as a rating that fell only so far: "because MADRS had fallen only to 29 at
        # week 6, the dose was increased", "her PHQ-9 improved only slightly, so" (a raise
        # for want of response: both levels count)
        r"\b(?:MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|PHQ-?9|QIDS\w*|GDS\w*|EPDS|scores?|mood|"
        r"symptoms?)\s+(?:had\s+|has\s+|have\s+)?(?:fallen|fell|dropped|decreased|declined|"
        r"improved|lifted|eased)\s+only\s+(?:to|by|from|slightly|modestly|marginally|partially|"
        r"a\s+little)\b|"
        # ... or as a response being lost: "increased to 4.5 mg at week 4 in participants
        # losing response", "those who lose more than half of their improvement" (a raise
        # for some, to keep a response: both levels count)
        r"\blos(?:e|es|ing|t)\s+(?:(?:more\s+than\s+|at\s+least\s+)?(?:half|some|part|much|"
        r"\d+\s*%)\s+of\s+)?(?:(?:their|the|his|her)\s+)?(?:initial\s+)?(?:response|"
        r"improvement|benefit|gains?)\b|"
        # a raise left open, not made for all: "could be increased to 4.5 mg at the
        # investigator's discretion", "an optional increase to 4.5 mg"
        r"\b(?:could|may|might|can)\s+(?:\w+\s+)?(?:be\s+)?(?:increas|rais|titrat|escalat|uptitrat)\w*|"
        r"\boptional\s+(?:dose\s+)?(?:increase|raise|escalation|up-?titration)\b|"
        # (or with no article: "increased to 3 or 4.5 mg at clinician discretion")
        r"\bat\s+(?:the\s+)?(?:[\w\-]+(?:'s|’s|s'|s’)?\s+){0,2}?discretion\b|"
        r"\bnon-?remitt\w*|\bif\b[^.;]{0,60}?\b(?:respon\w*|improv\w*|remi[st]\w*)\b|"
        # a raise for a subset: "participants with less than 50% improvement had the
        # dose increased", "women whose score had not fallen", "the others continued on",
        # "in the 9 residents whose GDS had fallen by less than 30%" (any noun for people;
        # or none, the subgroup named by its count: "the five whose MADRS had improved by
        # less than 25%")
        rf"\b(?:those|{counts.PEOPLE}|the\s+(?:\d+|{counts.NUMBER_WORDS}))\s+(?:who|whose|with)\b"
        r"[^.;]{0,80}?(?:\b(?:not|no|"
        r"insufficient|inadequate|"
        r"less than|fewer than|below|under)\b|[<≤]\s*\d)|"
        # ... or by a score that rose, or a relapse: "Participants whose MADRS score rose by
        # 4 or more points after week 8 had naltrexone increased", "those who relapsed"
        rf"\b(?:those|{counts.PEOPLE})\s+whose\b[^.;]{{0,40}}?\b(?:MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|"
        r"PHQ-?9|QIDS\w*|EPDS|scores?|symptoms?)\s+(?:scores?\s+)?(?:had\s+)?(?:rose|risen|"
        r"increased|worsened)\b|"
        rf"\b(?:those|{counts.PEOPLE})\s+who\s+(?:had\s+)?(?:relapsed|worsened|deteriorated)\b|"
        # (the rise named as a noun: "those with a HAM-D17 increase of 4 points or more had
        # the dose raised")
        rf"\b(?:those|{counts.PEOPLE})\s+with\s+(?:an?\s+)?(?:MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|"
        r"PHQ-?9|QIDS\w*|EPDS|scores?|symptoms?)\s+(?:score\s+)?(?:increase|rise|worsening)\b|"
        # ... or said without a relative: "those not improved by 25% at week 4", "patients
        # not yet responding"
        r"\b(?:those|patients|participants|women|men|subjects|individuals|people|adults|children|"
        r"adolescents)\s+not\s+(?:yet\s+|fully\s+|adequately\s+|sufficiently\s+)?"
        r"(?:improv|respond|remit|remitt|better)\w*|"
        # "in participants without a 30% reduction in MADRS", "those without remission"
        # ("without a 30% HAM-D reduction": the scale may stand after the threshold)
        r"\bwithout\s+(?:an?\s+|any\s+)?(?:\d+(?:\.\d+)?\s*%\s+(?:[\w\-]+\s+)?|adequate\s+|sufficient\s+|"
        rf"clinical\s+|early\s+|{_CLEAR}\s+)?(?:response|improvement|reduction|decrease|fall|drop|"
        r"remission|benefit)\b|"
        r"\bthe\s+(?:others|rest|remainder|remaining\s+(?:\w+\s+)?(?:patients|participants|women|"
        r"men|subjects))\s+(?:continued|remained|stayed|were kept)\b|"
        # the level kept by those who did well: "responders stayed on 1 mg", "others stay on"
        r"\b(?:others|responders|remitters)\s+(?:continu|remain|stay|were kept|kept)\w*\b|"
        # a threshold not met: "if the HAM-D had not fallen by a third at week 4"
        r"\bif\b[^.;]{0,80}?\bnot\s+(?:yet\s+)?(?:fall|fell|dropp?|decreas|declin|reduc|lower)\w*|"
        # ... or a fall short of one: "if EPDS had fallen by less than 25%"
        r"\bif\b[^.;]{0,80}?\b(?:fall|fell|dropp?|decreas|declin|reduc|lower)\w*\s+by\s+"
        r"(?:less|fewer)\s+than\b|"
        # ... or a rating still at or past a cut-off: "if CGI-I was 3 or worse", "when the
        # HAM-D remained above 14", "if the PHQ-9 was ≥ 10" (registry75 NCT01700019)
        r"\b(?:if|when|whenever)\b[^.;]{0,40}?\b(?:CGI\S*|MADRS|HAM-?D\w*|HDRS\w*|BDI\w*|"
        r"PHQ-?9|QIDS\w*|GDS\w*|EPDS|score|rating)\s+(?:score\s+)?(?:was|were|is|remained|"
        r"stayed)\s+(?:still\s+)?(?:\d+(?:\.\d+)?\s+or\s+(?:worse|higher|more|above|greater)\b|"
        r"(?:above|over|at\s+least|greater\s+than|more\s+than|higher\s+than)\s+\d|[≥>]=?\s*\d)|"
        # ... or the cut-off written as a symbol, as arms and tables write it: "if CGI-I >=
        # 3", "if MADRS reduction < 25%", "when HAM-D-17 > 14" (registry73 NCT01900019)
        r"\b(?:if|when|whenever)\b[^.;]{0,40}?\b(?:CGI\S*|MADRS|HAM-?D\S*|HDRS\S*|BDI\S*|"
        r"PHQ-?9|QIDS\S*|GDS\S*|EPDS|score|rating)(?:[\s\-]+(?:score|total|reduction|decrease|"
        r"improvement|change|fall))?\s*(?:[≥>≤<]=?|=[<>])\s*\d|"
        # a response not had, in any tense: "who had not responded by week 4", "has not
        # improved", "were not remitting"
        r"\b(?:had|has|have|was|were|is|are|did|does)\s+(?:still\s+)?not\s+(?:yet\s+|fully\s+|"
        r"adequately\s+|sufficiently\s+)?(?:respond|improv|remit|benefit)\w*|"
        # symptoms that stayed: "whose symptoms persisted", "still depressed at week 6",
        # "with persistent symptoms"
        rf"\bstill\s+(?:symptomatic|unwell|{spec.cond['persisting_pattern']})\b|"
        r"\b(?:symptoms?|scores?|complaints?)\s+(?:had\s+|have\s+)?(?:persist|remain)\w*|"
        r"\bpersist(?:ent|ing)\s+(?:\w+\s+)?(?:symptoms|complaints)\b|"
        # one person of a case series named apart from the others: "in the third (patient)",
        # "for one patient", "in two of them" (not a time: "in the second week")
        r"\b(?:in|for)\s+(?:(?:one|two|three|\d+)\s+of\s+(?:them|these|those|the\s+\w+)|"
        r"(?:one|a\s+single)\s+(?:\w+\s+)?(?:patient|participant|case|woman|man|subject))\b|"
        # (not the rest of a schedule, its unit left to the first spell's: "1 mg for the
        # first week, then 2 mg for the remaining seven")
        rf"\b(?!for\s+the\s+remaining\s+(?:\d+|{counts.NUMBER_WORDS})\s*(?:[.;,)]|$))"
        r"(?:in|for)\s+the\s+(?:second|third|fourth|fifth|last|other|remaining)\b"
        r"(?!\s+(?:\w+\s+)?(?:weeks?|days?|nights?|months?|years?|doses?|steps?|phases?|periods?|"
        r"halves|half|stages?|visits?|arms?|groups?|cohorts?))"
        # (nor a later spell, its unit left to the first spell's, the next step right after
        # it: "1 mg for the first week, 2 mg for the second and 4.5 mg thereafter", "in the
        # second, then 4.5 mg"; or the dose kept after it: "3 mg for the second, after
        # which all continue on 4.5 mg", "for the second, and 4.5 mg thereafter")
        r"(?!\s*(?:,\s*)?(?:and\s+then|and|then)\s+(?:at\s+|to\s+)?\d)"
        r"(?!\s*(?:,\s*)?(?:after\s+which|whereafter|thereafter|from\s+then\s+on)\b"
        r"(?:[^.;]|\.(?=\d)){0,80}?\d\s*(?:mg|mL|ml)\b)",
        re.I,
    )


# a unit of the dosage form named by the time of day it is taken: "an 8 mg daily capsule",
# "a 4.5-mg nightly tablet" (one unit, once a day)
_DAILY_UNIT_AFTER = re.compile(
    rf"^[\s\-]*(?:once[\s\-]+)?(?:daily|nightly|bedtime|evening|morning)[\s\-]+{DOSAGE_FORM}\b|"
    # ... or by the time of day it is taken after it ("a 0.5 mg capsule in the morning and
    # a 0.5 mg capsule in the evening": one unit at each time, the day's dose their total;
    # the form may carry its route: "1.5-mg sublingual troches each evening")
    rf"^[\s\-]*(?:(?:sublingual|oral|buccal|chewable|compounded)\s+)?{DOSAGE_FORM}\s+"
    r"(?:(?:in\s+the|each|every)\s+(?:morning|evening)|"
    r"at\s+(?:night|bedtime)|on\s+(?:waking|rising))\b|"
    # ... or by when it is taken once a day, told after the content set off by a comma
    # ("capsules, 1.5 mg, were taken at bedtime", "tablets of 1 mg, taken once daily",
    # "capsules, 2 mg, at bedtime"): one unit a day, the day's dose (holdout296 33000027)
    r"^\s*,\s*(?:(?:were|was)\s+)?(?:(?:taken|given|swallowed|administered)\s+)?"
    r"(?:once\s+(?:daily|a\s+day|nightly)|(?:at|before)\s+(?:night|bedtime)|nightly|"
    r"(?:each|every)\s+(?:night|evening|morning)|in\s+the\s+(?:evening|morning))\b",
    re.I,
)
# a range the clinician moved within, or a dose chosen for each person (``arms.FLEXIBLE_DOSING``)
_FLEXIBLE_SCHEDULE = Folded(arms.FLEXIBLE_DOSING, re.I)
# flexible dosing named as what a fixed schedule replaced: "flexible dosing has been
# replaced by a fixed schedule", "instead of flexible dosing"; or denied: "the schedule
# was not adjusted for response", "never adjusted to tolerability"
_NO_LONGER_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:(?:was|were|has\s+been|have\s+been|is)\s+)?(?:replaced|abandoned|"
    r"dropped|removed|discontinued)\b",
    re.I,
)
_NO_LONGER_BEFORE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|replac\w*|no\s+longer)\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:(?:was|were|is|are|been)\s+(?:not|never)|(?:wasn|weren|isn|aren)'t)\s+"
    r"(?:individually\s+)?$",
    re.I,
)


def _flexible_cues(text: str) -> list[int]:
    """Where the sentence says a range is moved within, not one a fixed schedule replaced."""
    return [
        m.start()
        for m in _FLEXIBLE_SCHEDULE.finditer(text)
        if not (
            _NO_LONGER_AFTER.match(text[m.end() :])
            or _NO_LONGER_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        )
    ]


def _flexible(text: str) -> bool:
    """The sentence gives a range moved within, not one a fixed schedule replaced."""
    return bool(_flexible_cues(text))


def _flexible_for(cues: list[int], at: int, owner: str, drugs: list[tuple[int, int, str]]) -> bool:
    """A cue of flexible dosing (``_flexible_cues``) is the dose's at ``at`` where no other
    drug is named between them: "LDN (1.5 mg at night, increased to 4.5 mg over 2 weeks)
    plus placebo, or sertraline (50 mg, increased to 100 mg at week 2 if tolerated)" moves
    only the sertraline (holdout431 48700003)."""
    return any(
        not any(min(c, at) < a < max(c, at) and name != owner for a, _, name in drugs) for c in cues
    )


# a dose given for a stretch of time: "1.5 mg at bedtime for 2 weeks", "3 mg from week 3"
_TIMED_AFTER = re.compile(
    # (or labelled by its week or days right after it: "1.5 mg week 1, 3 mg week 2",
    # "1 mg days 1-7"; a week abbreviated, as abstracts write it: "1.5 mg wk1, 3 mg wk2",
    # or in brackets, as a registry's arm writes it: "0.5 mg (wk 1), 1.5 mg (wk 2)")
    r"^\s*\(?\s*(?:(?:weeks?|days?)\s+|wks?\s*)\d+\b|"
    r"^[^.;,]{0,25}?\b(?:for\s+(?:the\s+(?:first|next)\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|a)\s+(?:weeks?|days?|nights?)|(?:for|during|in|over)\s+weeks?\s+\d|"
    r"(?:at|from|until|by|after)\s+(?:week|day)\s+\d|"
    # (a spell named by its place, the unit perhaps left to the one before: "1.5 mg for
    # the first week and 3 mg for the second", "1.5 mg in week one and 3 mg in week two")
    r"(?:for|during|in|over)\s+the\s+(?:first|second|third|fourth|next|following)\s+"
    r"(?:weeks?|days?|nights?)\b|for\s+the\s+(?:second|third|fourth|next|following)"
    r"(?=\s*[,;)]|\s+(?:and|then|before|until)\b)|"
    r"(?:for|during|in|over|at|from|until|by|after)\s+(?:week|day)\s+(?:one|two|three|four|"
    r"five|six|seven|eight)\b)",
    re.I,
)
# a schedule's further step opened by the later week or day it starts from, no person
# named: "and from week three 4.5 mg nightly", "from day 11 onwards 4 mg" (not "from week
# five non-responders took 4 mg", a raise for some)
_FROM_LATER_BEFORE = re.compile(
    r"\bfrom\s+(?:week|day)\s+(?:\d+|two|three|four|five|six|seven|eight)"
    r"(?:\s+(?:on(?:wards?)?|forward))?\s*,?\s*$",
    re.I,
)
# ... or with the week it starts named after it: "4.5 mg from week 3 onward"
_FROM_WEEK_ON = (
    r"from\s+(?:week|day)\s+(?:\d+|two|three|four|five|six|seven|eight)\s+"
    r"(?:on(?:wards?)?|forward)"
)
_FROM_WEEK_ON_AFTER = re.compile(rf"^[^.;,()]{{0,25}}?\b{_FROM_WEEK_ON}\b", re.I)
# the dose kept once a first spell is over: "3 mg daily thereafter", "4 mg for the rest of
# the study", "4.5 mg from week 3 onward"
_THEREAFTER_AFTER = re.compile(
    rf"^[^.;,()]{{0,25}}?\b(?:thereafter|afterwards?|from\s+then\s+on|{_FROM_WEEK_ON}|"
    r"for\s+the\s+(?:rest|remainder)\s+of)\b",
    re.I,
)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:increas|decreas|reduc|rais|titrat|escalat|lower)\w*\s+(?:\w+\s+){0,2}?by\s*$", re.I
)
# how often a step is taken, right after its size: "by 0.5-1 mg every 7 days", "by 1 mg
# each week", "by 0.5-1.5 mg weekly", "at 3-day intervals"
_STEP_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:every|each|per|a)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|nights?|visits?)\b|"
    r"(?:daily|nightly|weekly|fortnightly)\b|at\s+[\w\-]+[\s\-](?:days?|weeks?)\s+intervals\b)",
    re.I,
)
# the unit a dose-response slope is told in: "0.8 points per 1.5 mg", "a 2% greater fall
# for each additional 1 mg", "an odds ratio of 1.3 per 1 mg increase"
_SLOPE_BEFORE = re.compile(
    r"(?:\d|%|\bpoints?|\bunits?)\s*(?:[\w\-]+\s+){0,3}?(?:per|for\s+(?:each|every)|"
    r"with\s+(?:each|every))\s+(?:additional\s+|extra\s+|further\s+)?$",
    re.I,
)
# a dose replaced by another (an amendment, a revised protocol): "changed from X to Y"
_CHANGED_FROM = re.compile(
    r"\b(?:chang|switch|amend|revis|modifi)\w*\s+(?:\w+\s+){0,2}?from\s*$", re.I
)
# a dose taken on top of the one already taken: "took a further 3 mL each morning", "an
# additional 1.5 mg in the morning"
_FURTHER_BEFORE = re.compile(
    r"\b(?:took|take|takes|received|receive|given|added|add|adding)\s+(?:an?\s+)?"
    r"(?:further|additional|extra|second)\s+(?:dose\s+of\s+)?$",
    re.I,
)
# a daily dose given as a week's total: "one capsule nightly, a weekly total of 21 mg"
# (a dose given once a week, "25 mg once a week", is a dose per administration: kept)
_WEEKLY_TOTAL = re.compile(
    r"\b(?:weekly\s+total|total\s+weekly\s+dose|week's\s+total)\s+(?:of\s+|was\s+|=\s*)?$|"
    # ("a weekly naltrexone exposure of 10.5 mg or 31.5 mg")
    r"\bweekly\s+(?:[\w\-]+\s+){0,2}?(?:exposures?|amounts?)\s+(?:of\s+|was\s+|=\s*)?$|"
    # ("weekly doses ranged from 3.5 to 31.5 mg": amounts a week, taken daily)
    r"\bweekly\s+dos(?:es|ages)\s+(?:ranged\s+(?:from\s+|between\s+)?|were\s+|of\s+)$",
    re.I,
)
# a schedule of fewer than seven days a week: "on Mondays, Wednesdays and Fridays", "three
# times a week", "twice weekly", "on alternate days", "every other day"
_INTERMITTENT = Folded(
    r"\b(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"\b(?:once|twice|thrice|(?:two|three|four|five)\s+times)\s+(?:a|per|each|every)\s+week\b|"
    r"\b(?:twice|thrice|(?:two|three|four|five)\s+times)\s+weekly\b|"
    r"\b(?:on\s+)?alternate\s+days\b|\bevery\s+(?:other|second|third)\s+day\b",
    re.I,
)
# a dose told per week ("10.5 mg per week", "31.5 mg/week", "21 mg weekly"; not "once
# weekly", a dose given once a week) ...
_PER_WEEK_AFTER = re.compile(r"\s*(?:/\s*w(?:ee)?k\b|per\s+week\b|a\s+week\b|weekly\b)", re.I)
# ... of a record that says the week's amount is taken daily: "dispensed as seven identical
# capsules, one taken each night", "divided into seven daily doses"
_WEEK_TAKEN_DAILY = Folded(
    r"\bweekly\s+(?:amount|dose|total)s?\b[^.;]{0,60}?\bseven\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:capsules|tablets|doses|sachets)\b|"
    # (or the seven units told as taken one a day: "that is, seven 4.5-mg capsules taken
    # one each evening")
    # (the week's total may stand between, the unit named again: "seven 4.5-mg capsules
    # (31.5 mg per week), one capsule to be taken each night")
    r"\bseven\s+(?:[\w.\-]+\s+){0,2}?(?:capsules|tablets|doses|sachets)\b(?:[^.;]|\.\d){0,40}?"
    r"\bone\s+(?:(?:capsule|tablet|dose|sachet)\s+)?(?:(?:to\s+be\s+|is\s+|was\s+)?taken\s+)?"
    r"(?:each|every|a|per)\s+(?:night|evening|morning|day)\b|"
    r"\b(?:divided|split)\s+(?:into|over)\s+seven\s+(?:equal\s+)?daily\s+(?:doses|portions)\b|"
    # ("each taken as seven equal nightly doses", "taken in equal nightly doses")
    r"\btaken\s+as\s+seven\s+(?:equal\s+|identical\s+)?(?:daily|nightly|evening)\s+"
    r"(?:doses|portions|capsules|tablets)\b|"
    r"\b(?:taken|given|divided|split)\s+(?:in|as|into)\s+(?:seven\s+)?(?:equal|identical)\s+"
    r"(?:daily|nightly|evening|morning)\s+(?:doses|portions|amounts)\b|"
    # (or the seven units named after the week's amount, taken one a night: "31.5 mg per
    # week, dispensed as seven 4.5 mg capsules taken nightly")
    r"(?:\bper\s+week|/\s*w(?:ee)?k|\bweekly|\ba\s+week)\b[^.;]{0,60}?\bseven\s+"
    r"(?:[\w.\-]+\s+){0,2}?(?:capsules|tablets|doses|sachets)\s+(?:to\s+be\s+)?taken\s+"
    r"(?:once\s+)?(?:nightly|daily|at\s+bedtime|(?:each|every)\s+(?:night|evening|morning|day))\b|"
    # (or the unit dispensed for it, one a day: "31.5 mg per week, dispensed as capsules of
    # 4.5 mg to be taken every evening")
    r"\bdispensed\s+(?:[\w\-]+\s+){0,4}?as\s+(?:capsules|tablets|sachets)\s+of\s+\d+(?:\.\d+)?\s*mg\s+"
    r"(?:to\s+be\s+)?(?:taken|swallowed)\s+(?:once\s+)?(?:each|every|a|per)\s+"
    r"(?:night|evening|morning|day)\b|"
    # (or the week's amount said again right after as the dose a night: "21 mg/week,
    # dispensed as 3 mg nightly")
    # (or the record says it turned the week's supply into the dose a night: "Weekly supply
    # was converted to nightly dose")
    r"\bweekly\s+(?:supply|supplies|amounts?|doses?)\s+(?:was|were)\s+converted\s+(?:in)?to\s+"
    r"(?:an?\s+|the\s+)?(?:nightly|daily)\b|"
    r"\bmg\s*(?:/\s*w(?:ee)?k|per\s+week|a\s+week|weekly)\b\s*,?\s*(?:dispensed|given|taken|"
    r"prescribed|administered)\s+as\s+\d+(?:\.\d+)?\s*mg\s+(?:once\s+)?(?:nightly|daily|"
    r"at\s+(?:night|bedtime)|(?:each|every|a|per)\s+(?:night|evening|morning|day))\b",
    re.I,
)
# a number told with its unit of mass (a range "1 mg to 4.5 mg" tells two)
_UNIT_TOLD = re.compile(r"\d\s*(?:mg|mcg|µg|μg|micrograms?|milligrams?)\b", re.I)
_NAMED_STEP_AFTER = re.compile(r"^[\s\-]*step\b(?!\s*(?:size|of|by))", re.I)
_INCREMENT_AFTER = re.compile(r"^[\s\-]*(?:increments?|steps?|decrements?)\b", re.I)
# a sentence headed by the stretch of time it covers: "Days 8-14: 3 mg at bedtime",
# "Weeks 3-4:", "Day 15 to week 12:" (a schedule written one step a sentence), after an
# arm's own label maybe ("Active (experimental): Days 1-7: ...")
_TIME_LABEL = re.compile(
    r"^\s*(?:[^:.;]{1,60}:\s*)?(?:days?|weeks?|months?)\s+\d+(?:\s*(?:-|–|to|through|until)\s*"
    r"(?:(?:days?|weeks?|months?)\s+)?(?:\d+|the\s+end))?\s*:",
    re.I,
)
# a step of a schedule table headed by its stretch of time, the dose right after it, with
# a comma or nothing between them as tables are flattened into prose: "(week 1, 1.5 mg;
# week 2, 3 mg; weeks 3-12, 4.5 mg)", "days 1-7, 1.5 mg; day 15 onward, 4.5 mg", "weeks
# 3 to 12 = 4.5 mg" (read from the step's own opening: a semicolon, bracket or colon)
_TIME_HEADED = re.compile(
    r"\s*(?:days?|weeks?|months?)\s+\d+(?:\s*(?:-|–|to|through|until)\s*"
    r"(?:(?:days?|weeks?|months?)\s+)?(?:\d+|the\s+end))?"
    r"(?:\s+(?:onwards?|on|and\s+after|thereafter))?\s*[:,=]?\s*$",
    re.I,
)
# a sentence opened by a numbered or lettered arm's label, the dose right after it:
# "Group 2: 2 mg twice daily", "Arm B: 4.5 mg nightly", "Cohort 3 = 3 mg" (not a figure's
# or a table's label, nor words between label and dose: "Group 2: placebo, then 1 mg")
_ARM_LABEL = re.compile(
    r"^\s*(?:groups?|arms?|cohorts?)\s+(?:\d{1,2}|[A-F]|[IVX]{1,4})\s*[:=]\s*"
    r"(?:(?:LDN|naltrexone)\s+)?$",
    re.I,
)
# a dose stated as the day's total: "(4 mg/day in total)", "a total daily dose of 4 mg"
_TOTAL_AFTER = re.compile(
    r"^\s*(?:/\s*day|/d\b|per\s+day|a\s+day|daily)\s*,?\s*(?:in\s+total|total)\b", re.I
)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total\s+daily\s+(?:dose|dosage)s?|daily\s+total|total\s+dose\s+per\s+day)\s*"
    r"(?:of\s+|was\s+|were\s+|=\s*|:\s*)?$",
    re.I,
)
_BETWEEN_ALTERNATIVES = re.compile(r"\b(?:or|versus|vs)\b", re.I)
# the order the doses are taken in set by the trial, not by a schedule: "1.5 mg for four
# weeks and 4.5 mg for four weeks in random order", "in counterbalanced order, 2 mg/day for
# 3 weeks and 4 mg/day for 3 weeks", "in a double-blind crossover, 1.5 mg daily for 6 weeks
# and 4.5 mg daily for 6 weeks": periods each person has in turn (compared doses), where a
# titration's steps come in one order, lowest first
_ORDER_SET = re.compile(
    r"\b(?:random(?:i[sz]ed)?|counter[\s\-]?balanced|balanced)\s+(?:order|sequences?)\b|"
    r"\border\s+(?:was\s+|being\s+)?(?:randomi[sz]ed|counter[\s\-]?balanced)\b|"
    r"\bcross(?:ed)?[\s\-]?over\b",
    re.I,
)
# doses given one after another in both orders are a crossover's periods, each tested, not
# a titration's steps: "2 mg then 4.5 mg, or the reverse order", "..., or vice versa",
# "in random order", "in either order"
_BOTH_ORDERS = Folded(
    # ("... 1 mg b.i.d. then 4.5 mg nightly or the reverse": the sequence's mirror, bare)
    r"\b(?:(?:in\s+)?the\s+(?:reverse|reversed|opposite)\s+(?:order|sequence)|vice\s+versa|"
    r"or\s+the\s+(?:reverse|opposite)(?!\s+(?:\w+\s+)?(?:effect|direction|pattern|was|is))|"
    r"in\s+(?:a\s+)?(?:random(?:i[sz]ed)?|counter[\s\-]?balanced)\s+order|in\s+either\s+order)\b",
    re.I,
)
# the mirror of a sequence offered as the other order: "or the reverse", "or vice versa",
# "or the opposite order", "in either order" (not "in random order", which orders any
# periods, the drug's against a placebo's too)
_MIRROR = Folded(
    r"\b(?:or\s+the\s+(?:reverse|reversed|opposite)|vice\s+versa|in\s+either\s+order|"
    r"(?:in\s+)?the\s+(?:reverse|reversed|opposite)\s+(?:order|sequence))\b",
    re.I,
)
_INERT = re.compile(r"\b(?:placebo|dummy|sham|vehicle)\b", re.I)


# a sequence of two doses and its mirror written out: "3 mg then 4.5 mg, or 4.5 mg then 3
# mg", "1 mg followed by 4 mg or 4 mg followed by 1 mg" (a crossover's two orders, each
# dose a period compared; a titration's steps come in one order only)
_THEN_PAIR = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?:mg|µg|μg|mcg)?\b[^.;\d]{0,40}?"
    r"\b(?:then|followed\s+by)\b[^.;\d]{0,30}?(?P<b>\d+(?:\.\d+)?)\s*(?:mg|µg|μg|mcg)\b",
    re.I,
)


def _sequence_and_mirror(text: str) -> bool:
    """The sentence writes a sequence of two of a drug's doses and the same two in the other
    order ("one of two sequences: 3 mg then 4.5 mg, or 4.5 mg then 3 mg")."""
    if text.count("then") + text.count("followed") < 2:
        return False
    pairs = {(float(m.group("a")), float(m.group("b"))) for m in _THEN_PAIR.finditer(text)}
    return any(a != b and (b, a) in pairs for a, b in pairs)


def _mirrored_doses(text: str) -> bool:
    """The sentence offers a sequence and its mirror, and the sequence (its clause before
    the mirror) names no placebo: the doses are what is put in order ("randomized to the
    sequence 1 mg b.i.d. then 4.5 mg nightly or the reverse"), not the drug's titration
    against a placebo period ("LDN 1.5 mg then 4.5 mg, then placebo, or vice versa")."""
    m = _MIRROR.search(text)
    if m is None:
        return False
    clause = re.split(r"[;:]", text[: m.start()])[-1]
    return _INERT.search(clause) is None


# every step is a dose tested: "dose-escalation cohorts", "sequential cohorts"
_TITRATED = re.compile(r"\b(?:up)?titrat(?:ed|ion|ing)\b", re.I)
# a titration named as the schedule it is ("a fixed titration calendar", "the uptitration
# plan"): a dosing sentence, as one naming "the dose" is
_TITRATION_SCHEDULE = re.compile(
    r"\b(?:up-?)?titration\s+(?:calendar|schedule|plan|protocol|regimen|scheme|table)\b|"
    # ... or a sentence headed by it: "Titration: days 1-7, 1.5 mg; ..."
    r"^\s*(?:dose\s+)?(?:up-?)?titration\s*:",
    re.I,
)
_ESCALATION_STUDY = Folded(
    r"\bcohorts?\b|\bdose[\s\-]+(?:finding|ranging)\b|\b(?:escalating|ascending) doses\b|"
    r"\bdose[\s\-]+escalation\s+(?:study|trial|design|cohorts?|phase)\b",
    re.I,
)
# every one of the steps, said with "each" or counted: "at each step", "after every dose
# level", "at the four steps", "across all three levels", "at both dose levels" (the
# reading is given for every step there is; holdout214 23900024)
_EVERY_STEP = (
    r"(?:each|every|the\s+end\s+of\s+each|(?:all|both|the)\s+(?:two|three|four|five|six|"
    r"[2-6](?![.,]?\d|\s*(?:mg|milligrams?|µg|mcg|ug)\b))|all|both)"
)
# (a number that is a dose is one step, not a count of them: "apparent at the 3 mg step" in
# a fixed titration reads one step, holdout57 48100021)
# a record that is itself a dose escalation ("an open-label, dose-escalation study",
# "escalating low doses of X", "ascending doses"): the steps of its schedule, wherever written, are the doses
# it tested (CONTRACT.md: "for an explicitly dose-finding escalation every step tested")
_ESCALATION_RECORD = Folded(
    r"\bdose[\s\-]+escalation\s+(?:study|trial|design|phase)\b|"
    # ... or as a sequence of levels each given in turn: "sequential dose escalation of X",
    # "given at three successive levels, each for three weeks"
    r"\b(?:sequential|successive)\s+dose[\s\-]+escalation\b|"
    # ... or across cohorts, each given its own dose in turn: "sequential-cohort dose
    # escalation of X", "a cohort dose-escalation design", "each cohort started after
    # safety review of the previous one", "escalation to the next cohort followed review"
    r"\b(?:(?:sequential|successive|consecutive|ascending)[\s\-]+)?cohorts?\s+dose[\s\-]+"
    r"escalation\b|"
    r"\b(?:each|every)\s+(?:new\s+|later\s+|subsequent\s+)?cohort\s+(?:was\s+)?(?:started|began|"
    r"opened|enrol+ed|dosed)\s+(?:only\s+)?after\s+(?:[\w\-]+\s+){0,3}?(?:review|evaluation|"
    r"assessment)\s+of\s+the\s+(?:previous|prior|preceding|earlier)\s+(?:one|cohort)\b|"
    r"\b(?:escalation|progression)\s+to\s+the\s+next\s+(?:dose\s+)?cohort\b|"
    r"\b(?:given|taken|took|received|administered|tested)\s+(?:\w+\s+)?at\s+(?:two|three|four|five|[2-5])\s+"
    r"(?:successive|sequential|consecutive)\s+(?:dose\s+)?(?:levels|doses|steps)\b|"
    # the record named as finding or ranging doses ("an open-label dose-finding study", "a
    # dose-ranging pilot trial"): a schedule of rising steps in it is what it tests, not a
    # titration to one target
    # (so is one named as a study of the dose-response, "in a planned dose-response design")
    r"\bdose[\s\-]+(?:finding|ranging|response)\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|design|pilot|phase)\b|"
    r"\b(?:escalating|ascending)\s+(?:[\w\-]+\s+){0,2}?doses\b|"
    # the design named by its doses rising: "an open-label ascending-dose study", "this
    # rising-dose pilot", "a stepped-dose trial" (not "an ascending-dose titration": a
    # titration is how a target dose is reached)
    r"\b(?:ascending|escalating|rising|increasing|incremental|stepped|step[\s\-]?wise|step[\s\-]up)"
    r"[\s\-]+dos(?:e|es|ing)\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|design|pilot|protocol|phase)\b|"
    # ... or by what it reads: an outcome read at each dose ("the primary outcome was MADRS
    # change at each step", "HAM-D scores were recorded after each dose level", "response
    # at each dosage") or compared across the doses is a study of the doses, where a
    # titration reads its outcome once, at the target ("tolerability was checked at each
    # dose increase" is the titration's own care, not an outcome). So is what is read at
    # each step when it is tolerability (side effects, safety, adverse events) with nothing
    # of the illness read there ("outcomes are tolerability at each step"), or when the steps
    # are named as a titration's ("at each titration step", "after every step of the
    # up-titration"): the steps lead to the dose kept (CONTRACT.md: a fixed titration lists
    # only its target)
    r"\b(?:outcomes?|end[\s\-]?points?|efficacy|response|remission|change|improvement|scores?|"
    r"ratings?|symptoms?)\b"
    r"(?:(?!tolera|side[\s\-]effects?|safety|adverse)(?:[^.;]|\.\d)){0,80}?"
    r"\b(?:at|after|for|with|on|by|across|under)\s+"
    rf"{_EVERY_STEP}\s+(?:of\s+the\s+)?"
    r"(?!(?:up[\s\-]?)?titrat)(?:\w+\s+)?"
    r"(?:dose|dosage|step|level)(?:\s+(?:level|step|period))?s?\b"
    r"(?!\s+(?:increase|increment|escalation|adjustment|change|raise|rise|reduction|"
    r"(?:of|in|during)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:up[\s\-]?)?titrat))|"
    # ... or read after each step named by its dose: "HAM-D fell by 2.1, 4.8 and 9.6 points
    # after the 1, 2 and 4.5 mg steps", "MADRS scores at the 1 mg, 2 mg and 4 mg levels"
    # (two or more steps, each with its result; side effects read there are the
    # titration's care, as above)
    r"\b(?:outcomes?|end[\s\-]?points?|efficacy|response|remission|change|improvement|scores?|"
    r"ratings?|symptoms?|fell|dropped|declined|decreased|improved|reduced|rose)\b"
    r"(?:(?!tolera|side[\s\-]effects?|safety|adverse)[^.;]|\.\d){0,80}?"
    r"\b(?:at|after|on|with|during)\s+(?:the\s+)?\d+(?:[.,·]\d+)?(?:\s*mg)?"
    r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:[.,·]\d+)?(?:\s*mg)?)+"
    r"(?:\s*mg(?:/day|/d)?)?\s+(?:dose\s+)?(?:steps|levels|stages|phases)\b|"
    # (not the maintenance doses compared, "outcomes were compared between maintenance
    # doses": the doses kept, not steps each tested)
    r"\bcompared\s+(?:across|between|among)\s+(?:the\s+)?(?!maintenance\b)(?:\w+\s+)?(?:doses|"
    r"dosages|dose\s+levels|dose\s+steps)\b|"
    r"\b(?:step|dose(?:\s+level)?)\s+as\s+an?\s+(?:fixed\s+)?(?:effect|factor|covariate)\b",
    re.I,
)


# ... or, in a sentence of the study's own (not its title, which may name a clinic's way of
# dosing each patient: "Finding the lowest effective dose of X: experience with slow
# titration"), by its aim of finding the dose: "we wanted to find the lowest dose at which
# patients improve", "to determine the minimum effective dose" (its rising steps are the
# doses it tries)
_DOSE_AIM = Folded(
    r"\b(?:find|identify|determine|establish)\s+(?:the\s+)?(?:lowest|minimum|minimal|optimal|"
    r"optimum|best|most\s+effective|effective)\s+(?:effective\s+|active\s+|therapeutic\s+)?"
    r"(?:daily\s+)?dose\b",
    re.I,
)


# ... or a within-person comparison of single doses: each participant takes every dose on
# its own occasion ("three further scans after single oral doses of 0.5 mg, 1.5 mg and 4.5
# mg given in ascending order at least one week apart", "single doses of 1 mg and 4 mg on
# separate days", "a within-subject design"), the outcome read after each, as in a
# crossover; a titration (one dose raised to a target, read at the end) is not that
_SEPARATE_DOSES = Folded(
    r"\bsingle\s+(?:[\w\-]+\s+){0,2}?doses\b(?:[^.;]|\.\d){0,160}?\b(?:apart|on\s+separate\s+"
    r"(?:[\w\-]+\s+)?(?:days|occasions|sessions|visits|mornings)|in\s+(?:an?\s+)?"
    r"(?:ascending|descending|random(?:i[sz]ed)?|counterbalanced|fixed|set|balanced)\s+order)\b|"
    r"\b(?:apart|on\s+separate\s+(?:[\w\-]+\s+)?(?:days|occasions|sessions|visits))\b"
    r"(?:[^.;]|\.\d){0,120}?\bsingle\s+(?:[\w\-]+\s+){0,2}?doses\b|"
    r"\bwithin[\s\-]+(?:subjects?|participants?|persons?|individuals?)\s+(?:design|comparison|"
    r"dose[\s\-]+(?:comparison|response))\b",
    re.I,
)
# ... where the doses are not steps of one rising course
_RAISED = re.compile(r"\b(?:titrat\w*|increas\w*|rais\w*|escalat\w*|step(?:ped)?\s+up)\b", re.I)


# ... or reads the illness at every step, said with a word of reading alone ("with
# assessments at every step", "depression was rated at each dose level"), or gives a
# reading with each of two or more doses ("MADRS fell from 27.4 to 21.0 at 1 mg, 18.3 at
# 2 mg and 17.9 at 4 mg", "HAM-D response was 20% on 1.5 mg and 45% on 3 mg"): the steps
# are compared. Not where the reading is of safety, told anywhere in its clause before
# it ("adverse events were assessed at each step", "side effects fell: 12% at 1 mg and 8%
# at 4 mg"): that is a titration's care (``_READS_SAFETY``)
_STEP_READ = Folded(
    # ("with MADRS and the UKU side-effect scale at the end of each step", "each participant
    # was observed at every dose level")
    r"\b(?:assessments?|assessed|evaluations?|evaluated|measurements?|measured|rated|"
    r"monitored|observed|recorded|scales?|outcomes?|scores?|ratings?|response|remission|change|"
    r"improvement)\b"
    r"(?:[^.;]|\.\d){0,80}?\b(?:at|after|for|on|across|during)\s+"
    rf"{_EVERY_STEP}\s+"
    r"(?:of\s+the\s+)?(?!(?:up[\s\-]?)?titrat)(?:\w+\s+)?(?:dose|dosage|step|level)"
    r"(?:\s+(?:level|step|period))?s?\b"
    r"(?!\s+(?:increase|increment|escalation|adjustment|change|raise|rise|reduction|"
    r"(?:of|in|during)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:up[\s\-]?)?titrat))|"
    r"\b(?:outcomes?|scores?|ratings?|symptoms?|response|remission|change|improvement|fell|"
    r"dropped|declined|decreased|improved|reduced|rose)\b(?:[^.;]|\.\d){0,80}?"
    r"(?<![\w.·,])\d+(?:[.,·]\d+)?\s*%?\s+(?:at|on|with|after)\s+(?:the\s+)?\d+(?:[.,·]\d+)?\s*mg\b"
    r"(?:/day|/d|\s+(?:daily|a\s+day|per\s+day))?\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"\d+(?:[.,·]\d+)?\s*%?\s+(?:at|on|with|after)\s+(?:the\s+)?\d+(?:[.,·]\d+)?\s*mg\b|"
    # ... or the readings listed first, then the doses they were read at, in turn:
    # "response rates were 0%, 11%, 28% and 44% at 0.5, 1, 2 and 4.5 mg"
    r"\b(?:outcomes?|scores?|ratings?|rates?|response|remission|change|improvement)\b"
    r"(?:[^.;]|\.\d){0,60}?(?<![\w.·,])\d+(?:[.,·]\d+)?\s*%?(?:\s*,\s*\d+(?:[.,·]\d+)?\s*%?)*"
    r"\s*,?\s+and\s+\d+(?:[.,·]\d+)?\s*%?\s+(?:at|on|with|after)\s+(?:the\s+)?"
    r"\d+(?:[.,·]\d+)?(?:\s*(?:mg)?\s*,\s*\d+(?:[.,·]\d+)?)*\s*(?:mg)?\s*,?\s+and\s+"
    r"\d+(?:[.,·]\d+)?\s*mg\b|"
    # ... or each step as the subject of the reading: "Each step was assessed for
    # tolerability and for MADRS change"
    rf"\b{_EVERY_STEP}\s+(?:dose\s+)?(?:step|level|dose)s?\s+(?:was|were)\s+(?:assessed|"
    r"evaluated|rated|scored|measured)\s+(?:for|with|by)\b(?:[^.;]|\.\d){0,80}",
    re.I,
)
_READS_SAFETY = re.compile(
    r"tolera|side[\s\-]effects?|safety|adverse|toxicit|laborator|vital\s+signs?|"
    r"\b(?:ECGs?|blood\s+(?:tests?|pressure)|liver|weight|headache|nausea|insomnia)\b",
    re.I,
)


def _frames_escalation(
    text: str, readings: bool = True, *, by_name: bool = True, illness: Folded | None = None
) -> bool:
    """The text frames the study as a dose escalation in a phrase it does not deny: "a
    dose-finding phase is not included", "the trial does not include a dose-ranging
    phase", "there will be no dose-escalation phase" name the design the study is NOT,
    so a schedule of rising steps in it stays a titration to its target (CONTRACT.md).
    So does a reading of the illness at each step (``_STEP_READ``), unless ``readings``
    is off (a record that titrates everyone to one target: ``_one_target``). Unless
    ``by_name``, the study's name for its design ("a dose-escalation study") is not enough:
    the record keeps everyone at its top dose (``held_at_top``). A safety reading beside
    one of the ``illness`` ("Tolerability, MADRS and YMRS were assessed at each step")
    still reads the illness at each step."""
    if by_name and any(
        not roles.denied(text, m.start(), m.end()) and not roles.set_aside(text, m.start())
        for m in _ESCALATION_RECORD.finditer(text)
    ):
        return True
    if not readings:
        return False
    for m in _STEP_READ.finditer(text):
        # (a colon may part what is read from its values: "side effects fell: 12% at ...")
        clause = text[: m.end()].rsplit(";", 1)[-1]
        if (
            not _READS_SAFETY.search(clause) or (illness is not None and illness.search(clause))
        ) and not roles.denied(text, m.start(), m.end()):
            return True
    return False


# One group raised to one target: "titrated to a target of 4.5 mg over two weeks", "up to
# a maintenance dose of 3 mg", "titrated from 1.5 mg to 4.5 mg over three weeks" (the time
# is the whole titration's) ...
_ONE_TARGET = Folded(
    r"\b(?:to|at|reach\w*)\s+(?:a|the|their|its)\s+(?:(?:fixed|single|planned)\s+)?"
    r"(?:target|maintenance|final)\s+(?:daily\s+)?(?:dose\s+)?(?:of\s+)?(?:\d|dose)|"
    r"\btarget\s+(?:daily\s+)?dose\b|"
    r"\b(?:up)?titrat\w*\s+(?:up\s+)?from\s+\d(?:[^.;]|\.\d){0,30}?\bto\s+\d(?:[^.;]|\.\d){0,20}?"
    r"\bover\b",
    re.I,
)
# ... where no step is a dose of its own, with its own time on it: "1.5 mg for three weeks,
# then 3 mg", "each for 2 weeks", "raised every three weeks", "increased weekly", "in
# successive 2-week steps"
_OWN_SPELL = Folded(
    r"\beach\s+(?:[\w\-]+\s+){0,2}?(?:for|lasting)\s+(?:\w+\s+)?(?:days?|weeks?)\b|"
    r"\b(?:every|each)\s+(?:\w+\s+)?(?:days?|weeks?|fortnight)\b|\b(?:weekly|fortnightly)\b|"
    r"\b(?:\d+|one|two|three|four|six)[\s\-]+(?:day|week)\s+(?:dose\s+)?"
    r"(?:steps?|levels?|stages?|periods?|blocks?|phases?)\b|"
    r"\bmg\b[^.;]{0,25}?\bfor\s+(?:\w+\s+)?(?:days?|weeks?)\s*,?\s+(?:and\s+)?then\b",
    re.I,
)


def _one_target(doc: Doc) -> bool:
    """The study raises everyone to one target dose and gives no step a time of its own
    (CONTRACT.md: a fixed titration lists only its target): an outcome told at the doses
    on the way ("response was 20% at 1.5 mg and 45% at 4.5 mg") reads the titration as it
    went, not doses compared. Steps each held for their own spell ("1.5 mg for three
    weeks, then 3 mg", "raised every two weeks") are doses given in turn."""
    own = [s for s in doc.sentences if (s.is_title or s.own) and not s.background]
    return any(_ONE_TARGET.search(s.masked) for s in own) and not any(
        _OWN_SPELL.search(s.masked) for s in own
    )


# everyone kept at the top step to the end of treatment, or the escalation said to be a
# fixed schedule: "increased to 3 mg at day 8 and 4.5 mg at day 15 in all participants,
# and kept at 4.5 mg to week 12", "...; 4.5 mg daily to week 12", "Dose escalation
# followed a fixed schedule" (a titration to a maintenance dose, whatever the record calls
# its design: the outcome is read on that dose)
_HELD_AT_TOP = Folded(
    r"\b(?:kept|maintained|continued|held)\s+(?:at|on)\s+\d+(?:\.\d+)?\s*mg\b(?:\s+[\w\-]+){0,3}?\s+"
    r"(?:to|until|through)\s+(?:the\s+end|week\s+\d+)|"
    r"[;,]\s*(?:then\s+)?\d+(?:\.\d+)?\s*mg\s+(?:daily\s+|nightly\s+|at\s+bedtime\s+)?(?:to|until|through)\s+"
    r"week\s+\d+|"
    r"\b(?:escalation|titration)\s+followed\s+a\s+fixed\s+schedule\b|"
    r"\bfixed\s+(?:titration|escalation)\s+schedule\b",
    re.I,
)


def held_at_top(doc: Doc) -> bool:
    """The study's own sentences keep everyone at the top step to the end (``_HELD_AT_TOP``);
    a fact of the record, asked by extract.py once per sentence it reads: remembered."""

    def find(d: Doc) -> bool:
        return any(
            _HELD_AT_TOP.search(s.masked)
            for s in d.sentences
            if (s.is_title or s.own) and not s.background
        )

    return doc.remember("held_at_top", find)


def escalation_record(doc: Doc) -> Sentence | None:
    """The sentence that frames the record itself as a dose escalation that tests each of
    its steps (CONTRACT.md: "for an explicitly dose-finding escalation every step
    tested"; such a study compares its doses), or None. Read in the title and the
    study's own sentences, not its background or conclusions (calls for such a study)."""

    def find(doc: Doc) -> Sentence | None:
        readings = not _one_target(doc)
        by_name = not held_at_top(doc)
        return next(
            (
                s
                for s in doc.sentences
                if (s.is_title or s.own)
                and not s.background
                and not s.in_conclusion
                and (
                    _frames_escalation(
                        s.masked, readings, by_name=by_name, illness=doc.spec.outcome
                    )
                    or (_SEPARATE_DOSES.search(s.masked) and not _RAISED.search(s.masked))
                    or (not s.is_title and _aims_at_a_dose(s.masked))
                )
            ),
            None,
        )

    return doc.remember("escalation_record", find)


def _aims_at_a_dose(text: str) -> bool:
    """The sentence sets the study's aim as finding a dose (``_DOSE_AIM``), not denied."""
    return any(not roles.denied(text, m.start(), m.end()) for m in _DOSE_AIM.finditer(text))


_TITRATION_AFTER = Folded(
    rf"^[^.;()]{{0,40}}?,?\s*(?:and\s+)?(?:then\s+|{_ARROW}\s*|(?:then\s+)?(?:{_RAISE})\s+"
    rf"(?:\w+\s+){{0,2}}?to\s+|(?:then\s+)?(?:{_RAISE})\s+(?:[\w.·,]+\s+){{0,8}}?{_UNTIL_TARGET})"
    rf"(?:[\w\-]+\s+){{0,3}}?{_NUM}\s*{_UNIT}\b",
    re.I,
)
# a dose named on the way between a raise and the target it ends at: "titrated over two
# weeks (1.5 mg, 3 mg) to 4.5 mg", "escalated via 1 mg and 2 mg to 4.5 mg", "raised
# through 1.5 mg for a week and 3 mg for a week to 4.5 mg": only other steps (numbers,
# units, spells of time, "and/then") stand between it and the "to" of the target, so a
# later step of the same fixed schedule replaces it (read with a raise verb before it)
# the "to" a run of steps ends at: "(up) to", "to a target (daily) (dose) of"
_TO_TARGET = (
    r"(?:finally\s+)?(?:up\s+|on\s+)?to\s+(?:a\s+(?:target|maintenance|final|maximum)\s+"
    r"(?:daily\s+)?(?:dose\s+)?of\s+)?"
)
_ON_THE_WAY_AFTER = re.compile(
    rf"(?:\s*(?:[,()]|and\b|then\b|{_NUM}|{_UNIT}\b|/\s*d(?:ay)?\b|daily\b|nightly\b|"
    r"at\s+bedtime\b|(?:for|over)\s+(?:an?|one|two|three|\d+)\s+(?:days?|weeks?)\b))*?"
    rf"\s*{_TO_TARGET}{_NUM}\s*{_UNIT}\b",
    re.I,
)
_LIST_ENDS_AT = re.compile(rf"\bto\s+{_NUM}(?:\s*{_UNIT})?\s*$", re.I)
# a list the raise reaches or stays within, not one it runs through: "increased to 3 and
# 4.5 mg" (levels reached, by some), "between 1.5 and 4.5 mg", "from 1.5, 3 ..." (a
# written run from its start is ``_LIST_ENDS_AT``'s), "up to"
_REACHED_LIST_BEFORE = re.compile(
    r"\b(?:to|between|from|within|of\s+up\s+to)\s*[(\[]?\s*$|\b(?:in|among|for)\s+\w+\s*$", re.I
)


def _rising(values: list[float]) -> bool:
    return len(values) >= 2 and all(a < b for a, b in pairwise(values))


def _steps_listed_after_raise(text: str, at: int) -> bool:
    """A list written in the clause of a raise (a titration, an escalation, "increased")
    as the run the raise goes through, not as the levels it reaches: "Dose escalation
    1.5 mg, 3 mg, 4.5 mg", "the titration schedule was 1.5, 3 and 4.5 mg", "escalated
    stepwise (1.5 mg, 3 mg, 4.5 mg)"."""
    lead = re.split(r"[;.]\s", text[max(0, at - 60) : at])[-1]
    return _RAISE_IN.search(lead) is not None and _REACHED_LIST_BEFORE.search(lead) is None


_MG_AFTER = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)[\s\-]*(?:mg|milligrams?)\b", re.I)


def _last_restated_after(text: str, end: int, last: float) -> bool:
    """The list's last step is named again later in its sentence as the dose kept, the
    target of the schedule the list runs through: "(fixed schedule, target 4.5 mg/day)",
    "... every 5 days and maintained at 4.5 mg", "then 4.5 mg at night to week 8". An
    escalation that tests each step says no such dose after its steps ("0.5, 1, 2, 3 and
    4.5 mg, each for 2 weeks")."""
    return any(
        abs(float(n.group(1).replace(",", ".")) - last) < 1e-9
        for n in _MG_AFTER.finditer(text, end)
    )


# ... and the target that run of steps ends at, "(1.5 mg, 3 mg) to 4.5 mg": a later step
_REACHED_BEFORE = re.compile(
    rf"{_NUM}\s*{_UNIT}\s*\)?\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?{_TO_TARGET}$",
    re.I,
)
_DOSE_WORD = re.compile(r"\bdos(?:e|es|ing|age|ages)\b", re.I)
# the study's own prescriptions, dispensings or fills counted by their dose: "most
# prescriptions were for 4.5 mg (61%)", "dispensings of 3 mg made up 40%" (in a record
# titled with the watched drug and naming no other drug there, the dose is its)
_PRESCRIBED = re.compile(
    r"\b(?:prescriptions?|dispensings?|dispensations?|fills|refills|(?:weekly|monthly)\s+suppl(?:y|ies))\b",
    re.I,
)
# strengths people were given, not what a dosage form comes in: "dispensed strengths
# ranged from 0.5 mg to 4.5 mg daily", "the strengths prescribed were 1.5-4.5 mg", "nightly
# strengths of 1 to 3 mg" (a strength dispensed, prescribed, taken or told per day is a
# dose received; "available in strengths of 1.5 and 4.5 mg" is not, ``_drop_strengths``)
_TAKEN_STRENGTH = re.compile(
    r"\b(?:dispensed|prescribed|taken|used|received|administered|daily|nightly|maintenance)\s+"
    r"(?:[\w\-]+\s+)?strengths?\b|"
    r"\bstrengths?\s+(?:(?:actually|were|was|being)\s+){0,2}(?:dispensed|prescribed|taken|used|"
    r"received|administered)\b|"
    r"\bstrengths?\s+(?:[\w\-.]+\s+){0,4}?\d+(?:\.\d+)?\s*(?:mg|mcg|µg|μg)\s*"
    r"(?:(?:once\s+)?(?:daily|nightly|a\s+day|per\s+day|/\s*d(?:ay)?\b|at\s+(?:night|bedtime)))",
    re.I,
)
# a dose taken in place of another: "could take 3 mg instead", "3 mg nightly instead"
_INSTEAD_AFTER = re.compile(r"\s*(?:[\w\-]+\s+)?instead\b", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.I)
# a cue that people or records were selected by what follows: "identified ... who filled",
# "eligible patients had", "included if dispensed", "restricted to"
_SELECTED_BY = re.compile(
    r"\b(?:identif(?:ied|y)|selected|included|inclusion|eligib\w+|restricted\s+to|"
    r"qualif(?:ied|ying)|at\s+least\s+(?:one|two|\d+))\b",
    re.I,
)
# a dose a matching placebo stands in for: "increased to 3 mg twice daily (or matching
# placebo)"; the placebo has no dose of its own, so the dose is the studied drug's
_PLACEBO_MATCHED_AFTER = re.compile(
    r"^[^.;()]{0,30}?\(?\s*(?:or|and|versus|vs\.?)\s+(?:an?\s+)?(?:matching|matched|identical)\s+"
    r"placebo\b",
    re.I,
)
# a dose the study assigns to its own units: "each cohort received", "every arm took"
_UNIT_GIVEN = re.compile(
    r"\b(?:each|every)\s+(?:successive\s+|sequential\s+)?(?:cohort|arm|group|dose level)\s+"
    r"(?:received|was given|took|was assigned|was treated with)\b",
    re.I,
)
# a dose that names a cohort dosed in turn, no drug said: "a 4.5 mg cohort", "the
# cohorts are now 0.5 mg, 1 mg, 2 mg and 4.5 mg", "cohort B (2 mg)": the cohorts are the
# study's own groups, so in a record titled with the drug the dose is that drug's. An arm
# or group named by its dose is one too ("the 1 mg and 4.5 mg arms were pooled", "the
# 2 mg and 4 mg groups were combined"): a trial names its arms by the dose of its drug
# (a placebo arm may close the list: "across the 1.5 mg, 4.5 mg and placebo arms")
_COHORT_AFTER = re.compile(
    r"^[\s\-]*(?:(?:once|twice)[\s\-]+daily\s+|nightly\s+|/d(?:ay)?\s+)?"
    r"(?:,?\s*(?:and|or)\s+(?:the\s+)?placebo\s+)?(?:cohorts?|arms?|groups?|"
    r"dose\s+(?:arms?|groups?))\b",
    re.I,
)
# ... the cohorts (or numbered arms, groups, dose levels) named by their labels, one or a
# list or span of them: "cohort 1 received", "cohorts 2, 3 and 4 received", "groups B to D
# took", "dose levels 1-3 were"
_GROUP_LABELS = (
    r"[A-H1-9](?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|[\-\u2013]\s*)"
    r"[A-H1-9])*"
)
_COHORTS_NAMED_BEFORE = re.compile(
    rf"\b(?:cohorts?\s+(?:{_GROUP_LABELS}\s+)?|(?:arms?|groups?|(?:dose\s+)?levels?)\s+"
    rf"{_GROUP_LABELS}\s+)(?:(?:are|were|is|was|will\s+be)\s+(?:now\s+)?|received|receive|"
    r"took|take|:|\()(?:[^.;]|\.\d)*$|"
    # ... or unlabelled, the list of their doses opened by a colon or a bracket after the
    # units' size: "four sequential cohorts of 6-9 patients: 1 mg once daily, 2 mg ...",
    # "consecutive groups (3 mg daily; 4.5 mg daily)", "three arms (n = 12 each): ..."
    r"\b(?:cohorts|arms|groups|dose\s+levels)\s*(?:(?:of|with)\s+[^.;:()]{0,30}?|"
    r"\([^()]{0,30}\))?\s*[:(](?:[^.;]|\.\d)*$|"
    # ... or by what each received after their size: "four sequential cohorts of six,
    # receiving 0.5, 1, 2 or 4 mg/day", "three cohorts of eight, each given ..."
    r"\b(?:cohorts|arms|groups|dose\s+levels)\s+of\s+[\w\-]+(?:\s+(?:patients|participants|"
    r"adults|each))?\s*,\s*(?:each\s+|respectively\s+)?(?:receiving|given|taking|treated\s+with)\s+"
    r"(?:(?:naltrexone|[\w\-]+)\s+)?(?:[^.;]|\.\d)*$|"
    # ... or told as what they received after their size, no comma: "cohorts of 12 received
    # 1 mg, then 3 mg, then 4.5 mg", "three cohorts of eight patients each took 0.5, 1 or
    # 2 mg", "successive cohorts of 10 were given ..."
    r"\b(?:cohorts|dose\s+levels)\s+of\s+[\w\-]+(?:\s+(?:patients|participants|adults|"
    r"outpatients|people|subjects|volunteers))?\s+(?:each\s+)?(?:received|took|were\s+given|"
    r"were\s+assigned|were\s+treated\s+with|were\s+dosed\s+with)\s+(?:[^.;]|\.\d)*$|"
    # ... or set at their doses by "at", a few of the cohorts' own words between: "entered
    # open-label cohorts at 0.5, 1, 2 and 4 mg", "treated at dose levels at 1.5 and 4.5 mg"
    r"\b(?:cohorts|dose\s+levels)\s+(?:of\s+[\w\-]+\s+)?at\s+(?:[^.;]|\.\d)*$",
    re.I,
)


def _cohort_dose(text: str, start: int, end: int) -> bool:
    a, _b = _clause(text, start)
    opened = text.rfind("(", 0, start)
    if 0 <= opened < a and ")" not in text[opened:start]:
        # a bracket whose items are set apart by semicolons ("groups (3 mg daily; 4.5 mg
        # daily)") is one list: read back to the bracket's own clause
        a, _b = _clause(text, opened)
        head = text[a:start].replace(";", ",")
    else:
        head = text[a:start]
    return bool(_COHORT_AFTER.match(text[end:]) or _COHORTS_NAMED_BEFORE.search(head[-120:]))


_AFTER_OWNER = re.compile(
    # "4.5 mg (n = 30) of naltrexone": an arm's size in brackets between
    r"^[\s)\]]*(?:\([^()]{0,30}\)\s*)?(?:(?:/\s*day|/d|per day|daily|a day|once daily|nightly)[\s)\]]*)?"
    # a volume's liquid named by its strength before its drug: "2 mL of a compounded
    # 1 mg/mL X oral solution" (the volume is the drug's named after that strength, not a
    # co-medication's named before it)
    rf"(?:of\s+(?:an?\s+|the\s+)?(?:(?:compounded|oral|liquid)\s+){{0,2}}"
    rf"{_NUM}\s*(?:mg|µg|μg|mcg)\s*/\s*{_VOLUME}\s+)?"
    # "a 9 mg tablet of X", "a 1 mg/mL solution of X": the form the dose comes in
    r"(?:(?:dose|doses|tablets?|capsules?|solution|suspension|liquid|syrup)\s+)?"
    # (the drug's liquid may be named with an article: "2 mL nightly of a compounded X
    # oral solution")
    r"(?:of\s+(?:an?\s+)?)?(?:(?:the|oral|sublingual|intravenous|intramuscular|"
    r"compounded|liquid|opioid|opiate|antagonist|receptor|low[\s\-]dose)\s+){0,3}$",
    re.I,
)
_NOT_A_DRUG = {"placebo"}
# a count of tablets or capsules taken together: "two 2.25-mg capsules once daily"
# (... or with the drug's name between, as a blinded arm counts them: "four X 0.5 mg
# capsules plus five placebo capsules", "nine X 0.5 mg capsules each evening")
_UNIT_COUNT = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|[2-9])\s+(?P<drug>[A-Za-z][\w\-]*\s+)?$",
    re.I,
)
_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
    "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
}  # fmt: skip
# the units a dose is counted in: a capsule, a drop of a liquid, a spray, a lozenge
_UNIT_NOUN = r"(?:capsules?|tablets?|pills?|sachets?|drops?|sprays?|puffs?|lozenges?|troches?)"
# ... the solid ones, which are said to contain a dose
_SOLID_UNIT = r"(?:capsules?|tablets?|pills?|sachets?|lozenges?|troches?)"
# what one unit holds ("capsules each contained 1 mg", "each tablet contains 1.5 mg",
# "1.5 mg (0.5 mg per drop)", "1 mg/spray") and, later in the sentence, how many units were
# taken how often ("took three capsules nightly", "three drops every morning and evening")
_PER_UNIT_BEFORE = re.compile(
    # ("Compounded troches contained 1.5 mg naltrexone each")
    rf"\b{_SOLID_UNIT}\s+(?:each\s+)?(?:contain(?:ed|s|ing)?|of)\s+$|"
    # the products named before their strengths, as a registry's intervention lists them:
    # "Compounded capsules 1 mg or 2 mg", "tablets: 0.5 mg and 1.5 mg"
    r"\b(?:capsules|tablets|pills|sachets)\s*[:,]?\s+$|"
    r"\beach\s+(?:capsule|tablet|pill|sachet|drop|spray|lozenge|troche)\s+(?:contain(?:ed|s)?|held|had|"
    r"deliver(?:ed|s)?|provid(?:ed|es))\s+$",
    re.I,
)
# ... with the drug named between, taken as a count of units later in the sentence ("Study
# capsules contain naltrexone 1.5 mg or placebo; participants take one capsule ..., two
# ... and three from week 3"; not arms listed, "capsules contained naltrexone 1.5 mg,
# naltrexone 4.5 mg or placebo", which count no units)
_CONTAINS_DRUG_BEFORE = re.compile(
    rf"\b{_SOLID_UNIT}\s+(?:each\s+)?contain(?:ed|s|ing)?\s+(?:low[\s\-]dose\s+)?"
    r"[A-Za-z][\w\-]*\s+$",
    re.I,
)
_PER_UNIT_AFTER = re.compile(
    # (the drug's name may stand between: "0.1 mg of naltrexone per drop", "0.5 mg of the
    # drug in each capsule")
    rf"^\s*(?:of\s+(?:the\s+)?[\w\-]+\s+)?(?:/\s*|per\s+|in\s+each\s+|each\s+|an?\s+){_UNIT_NOUN}\b",
    re.I,
)
_UNITS_TAKEN = re.compile(
    # ("dissolved three troches under the tongue")
    r"(?:\b(?:took|take|takes|taking|taken\s+as|received|receive|receiving|swallowed|used|"
    r"dissolved|dissolve|start(?:ing|ed)\s+(?:with|at|on)|"
    r"placed|administered|given)\s+|"
    # ... or listed after the unit's content with no verb: "1 mg per drop, 3 drops at night"
    r"^[^.;]{0,20}?[,:]\s*|"
    # ... or after the time of day they are taken at and a colon: "tablets of 250 micrograms,
    # placed under the tongue at bedtime: one tablet in week 1, then ..." (once a day)
    r"^[^.;:]{0,60}?\b(?P<when>at\s+(?:bedtime|night)|nightly|once\s+(?:a\s+)?daily|"
    r"(?:each|every)\s+(?:night|evening|morning))\s*:\s*)"
    r"(?P<k>one|two|three|four|five|six|1\d|[1-9])\s+(?:such\s+|of\s+(?:these|the)\s+)?"
    rf"{_UNIT_NOUN}\b(?P<rest>[^.;]{{0,60}})",
    re.I,
)
# how often the counted units are taken, in the words after them (none: not counted)
_TIMES_A_DAY = [
    (
        re.compile(
            r"\b(?:twice|two\s+times)\s+(?:a\s+|per\s+)?(?:day|daily)\b|\bb\.?i\.?d\b|"
            r"\bmorning\s+and\s+(?:(?:every|each|in\s+the|at)\s+)?(?:evening|night|bedtime)\b",
            re.I,
        ),
        2,
    ),
    (re.compile(r"\bthree\s+times\s+(?:a\s+|per\s+)?(?:day|daily)\b|\bt\.?i\.?d\b", re.I), 3),
    (
        re.compile(
            r"^\s*(?:[\w\-]+\s+){0,4}?(?:(?:each|every|once|per|a|at|in\s+the)\s+)?(?:day|daily|"
            r"evening|night|nightly|morning|bedtime)\b",
            re.I,
        ),
        1,
    ),
]


# the next step of a schedule counted in units: "one capsule nightly for a week, then
# three capsules nightly" (a fixed titration: its last step is the dose)
_UNITS_THEN = re.compile(
    # (... or raised to it: "starting with one drop at night and increasing to three drops")
    # (... to a top named as such: "increasing to a maximum of 10 drops daily")
    r"[^.;]{0,60}?\b(?:then|followed\s+by|thereafter|(?:increas|rais|titrat|escalat)\w*"
    r"(?:\s+(?:gradually|weekly|as\s+tolerated))?\s+(?:up\s+)?to(?:\s+(?:a|the)\s+(?:maximum|target)"
    r"(?:\s+dose)?\s+of)?)\s+"
    # (a liquid's top may run to tens of drops: "to a maximum of 20 drops daily")
    r"(?P<k>one|two|three|four|five|six|[1-9]\d?)\s+(?:such\s+)?"
    rf"{_UNIT_NOUN}\b(?P<rest>[^.;]{{0,60}})",
    re.I,
)
# ... or with the unit word left out after the first count, the steps listed: "one capsule
# at night for a week, two the second week and three from week 3 onward" (a bare count
# followed by a word of when, not by a noun of its own: "two weeks later" counts time)
_UNITS_NEXT = re.compile(
    r"[^.;]{0,60}?(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)"
    # (the unit may be said again: "one drop nightly in week 1, two drops in week 2")
    rf"(?P<k>two|three|four|five|six|[2-9])\s+(?:{_UNIT_NOUN}\s+)?"
    r"(?=(?:the|for|from|in|on|at|after|during|by|until|each|every|nightly|daily|thereafter|"
    r"onwards?)\b)(?P<rest>[^.;]{0,60})",
    re.I,
)


# several counts of units listed as the levels given, once a day: "in sequential cohorts
# of 1, 2, 4, 6 and 9 drops nightly", "at 2 or 4 capsules a day" (not a count of people:
# the unit names what is counted)
_UNIT_LEVELS = re.compile(
    # (the unit's content may close a clause before the counts: "drops (0.1 mg per drop)
    # were eligible; prescribers titrated the dose between 15 and 45 drops nightly")
    r"(?:[^.;]|;(?=\s)){0,160}?(?<![\d.,])(?P<ks>[1-9]\d?(?:\s*,\s*[1-9]\d?)*\s*,?\s+(?:and|or|to)\s+"
    r"[1-9]\d?|[1-9]\d?\s*[-\u2013]\s*[1-9]\d?)\s+"
    rf"{_UNIT_NOUN}\s+(?:(?:each|every|once|per|a|at|in\s+the)\s+)?(?:day|daily|evening|night|"
    r"nightly|bedtime)\b",
    re.I,
)
# ... or a first count raised as tolerated to a top one: "starting at 3 drops each evening
# and increasing as tolerated to a maximum of 10 drops daily" (a flexible range: both ends)
_UNIT_START_TO_MAX = re.compile(
    rf"[^.;]{{0,160}}?\bstart\w*\s+(?:at|with|on)\s+(?P<k1>[1-9]\d?)\s+{_UNIT_NOUN}\b"
    r"[^.;]{0,60}?\b(?:increas|titrat|rais|escalat)\w*[^.;]{0,40}?\bto\s+(?:a\s+)?(?:maximum|max\.?)\s+"
    rf"(?:of\s+)?(?P<k2>[1-9]\d?)\s+{_UNIT_NOUN}\b",
    re.I,
)


def _unit_levels(text: str, at: int) -> list[int] | None:
    """The counts of units a sentence lists as levels given once a day, after ``at``
    ("cohorts of 1, 2, 4, 6 and 9 drops nightly": 1, 2, 4, 6, 9), or None."""
    listed = _UNIT_LEVELS.match(text, at)
    if listed is not None:
        return [int(k) for k in re.findall(r"\d+", listed.group("ks"))]
    ramp = _UNIT_START_TO_MAX.match(text, at)
    if (
        ramp is not None
        and int(ramp.group("k2")) > int(ramp.group("k1"))
        # (raised as tolerated: a fixed raise to its top lists only that, CONTRACT.md)
        and _FLEXIBLE_SCHEDULE.search(ramp.group(0)) is not None
    ):
        return [int(ramp.group("k1")), int(ramp.group("k2"))]
    return None


def _units_a_day(text: str, at: int) -> int | None:
    """How many units a day a sentence says are taken, after ``at``: "took three drops every
    morning and every evening" is six; None where it counts none or says not how often. A
    count raised in steps ("one capsule nightly, then three capsules nightly") is its last."""
    taken = _UNITS_TAKEN.search(text[at:])
    if taken is None:
        return None
    end = at + taken.end("k")
    first = taken
    while (step := _UNITS_THEN.match(text, end) or _UNITS_NEXT.match(text, end)) is not None:
        taken, end = step, step.end("k")
    word = taken.group("k").lower()
    k = int(word) if word.isdigit() else _COUNT_WORDS[word]
    # (a step keeps the first count's frequency unless it says its own: "one capsule at
    # night ..., three from week 3", "one drop nightly in week 1, two drops in week 2")
    for rest in (taken.group("rest"), first.group("rest")):
        for rx, times in _TIMES_A_DAY:
            if rx.search(rest):
                return k * times
        if taken is first:
            break
    return k if first.group("when") else None


# the units of a strength said to be taken at a frequency, with no count: one unit each
# time ("compounded as 3 mg capsules and taken twice daily", "4.5 mg tablets, taken once
# nightly", "1 mg capsules were given three times a day")
_UNIT_TAKEN_AT = re.compile(
    rf"^[\s\-]*{_UNIT_NOUN}\b(?:[^.;\d]{{0,30}}?\b(?:taken|given|administered|swallowed|used|"
    r"took|takes)\s+|\s*,\s*(?=one\b)|"
    # ... or with the frequency right after the unit, no verb: "a 4.5 mg capsule once
    # daily", "1 mg tablets twice a day" (one unit each time), the route between them or
    # not ("4.5 mg capsule orally once daily")
    r"\s+(?:(?:orally|by\s+mouth|sublingually)\s+)?)"
    r"(?:(?P<f>once|twice|two\s+times|three\s+times)\s+(?:a\s+|per\s+|each\s+|every\s+)?"
    r"(?:day|daily|nightly|night)\b|"
    # ... or once, at a time of day: "1.5 mg capsules taken at bedtime", "... each evening"
    r"(?P<once>at\s+bedtime|at\s+night|nightly|(?:each|every)\s+(?:night|evening|morning))\b|"
    # ... or one unit at each of two times of day: "3 mg capsules, taken one in the morning
    # and one in the evening" (two a day)
    r"(?P<two>one\s+(?:(?:in\s+the|each|every)\s+)?morning\s+and\s+one\s+"
    r"(?:(?:in\s+the|each|every)\s+evening|at\s+(?:night|bedtime))\b))",
    re.I,
)


def _one_unit_times_a_day(after: str) -> int | None:
    """How often one unit of a strength is taken, said right after it with no count of
    units ("3 mg capsules and taken twice daily" is one capsule twice a day), or None."""
    m = _UNIT_TAKEN_AT.match(after)
    if m is None:
        return None
    if m.group("two"):
        return 2
    if m.group("once"):
        return 1
    f = m.group("f").lower()
    return 1 if f == "once" else 3 if f.startswith("three") else 2


# a part of a tablet: "half of a 9 mg tablet", "a quarter of a 12 mg tablet"
_FRACTION_BEFORE = re.compile(
    r"\b(one[\s\-]half|half|quarter)\s+(?:of\s+)?(?:an?\s+|one\s+)?$", re.I
)
# the study's dose named as an earlier study's: "at the same dose as the 2017 pilot (1 mg
# twice daily)", "an identical regimen to the original trial (4.5 mg nightly)"
_SAME_AS_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:same|identical)\s+(?:daily\s+)?(?:dose|dosage|dosing|regimen|schedule)\s+"
    r"(?:as|to|to\s+that\s+of)\s+(?:(?:in|used\s+in|given\s+in)\s+)?(?:the|an?|our|its)\s+"
    r"[^.;()]{0,60}?\(\s*$",
    re.I,
)
# a dose naming a step of a schedule: "the 1.5 mg step", "the 3 mg level"
_STEP_AFTER = re.compile(r"^[\s\-]*(?:dose\s+)?(?:steps?|levels?|stages?|phases?)\b", re.I)
# the doses a study tests, named as such before their list: "Doses tested were 0.5 mg,
# 1.5 mg, 3 mg and 4.5 mg", "the dose levels studied: 1, 2 and 4 mg", "doses compared
# were" (the study's own doses: in a record titled with the drug, that drug's)
_DOSES_TESTED_BEFORE = re.compile(
    r"\b(?:doses|dose\s+levels|dosages)\s+(?:tested|studied|compared|evaluated|examined|"
    r"explored|assessed|investigated)\s*(?:were|are|was|will\s+be|included|:)\s*(?:[^.;]|\.\d){0,40}$",
    re.I,
)
# ... or the doses the study itself compares, said with no drug named: "We are comparing 1
# mg and 4.5 mg nightly against placebo" (its title names the drug)
_WE_COMPARE_BEFORE = re.compile(
    r"\b(?:we|this\s+(?:trial|study))\s+(?:are\s+|is\s+|will\s+)?(?:compar(?:e|es|ed|ing)|"
    r"test(?:s|ed|ing)?)\s+"
    # (the doses named as such first: "we compared dispensed doses of 1.5, 3 and 4.5 mg")
    r"(?:(?:the\s+)?(?:(?:dispensed|prescribed|daily|nightly|assigned)\s+)?(?:doses|strengths|"
    r"regimens)\s+(?:of\s+)?)?$",
    re.I,
)
# the drug a trial gives, named by its role: "study drug", "the trial medication", "the
# investigational product" (placebo-matched capsules hold the same)
_STUDY_DRUG = re.compile(
    r"\b(?:study|trial|investigational|active)\s+(?:drug|medication|medicine|product|"
    r"treatment|capsules?|tablets?)\b",
    re.I,
)
# the dose an amendment puts in an arm's place: "the 4 mg arm has been replaced by 3 mg",
# "replaced the 1 mg group with a 2 mg arm", "the 6 mg arm was substituted with 4.5 mg"
# (the new arm's dose, of the drug the replaced arm was dosed with)
_IN_ARMS_PLACE = re.compile(
    r"\b(?:arms?|groups?|dose\s+(?:arms?|groups?|levels?)|cohorts?)\s+"
    r"(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are|will\s+be)\s+)?(?:\w+\s+)?"
    r"(?:replaced|substituted|exchanged)\s+(?:by|with|for)\s+(?:an?\s+|the\s+)?(?:new\s+)?$",
    re.I,
)
# an arm named with its dose in brackets right after it: "a fourth arm (1.5 mg)", "a third
# group (3 mg nightly)", "the low-dose arm (1 mg)", "two active arms (2 mg and 4.5 mg)"
_ARM_BRACKET_BEFORE = re.compile(
    r"\b(?:arms?|groups?|dose\s+(?:arms?|groups?|levels?)|cohorts?)\s*\(\s*$",
    re.I,
)
# where a dose stands for an arm of the titled drug, with how far back to look: the dose
# that takes an arm's place ("the 4 mg arm has been replaced by 3 mg") and an arm's dose in
# brackets after it ("A fourth arm (1.5 mg) was closed early")
_ARM_DOSE_PLACES = ((_IN_ARMS_PLACE, 80), (_ARM_BRACKET_BEFORE, 40))
# a verb giving a further treatment: "taking X 40 mg, received 3 mg"
_GIVEN_NEXT = re.compile(
    r"\b(?:received|receiving|was given|were given|was started on|were started on|started|"
    r"took|was prescribed|were prescribed|added|tolerated?|randomi[sz]ed|allocated|assigned|"
    # a dispensing gives the dose as a prescription does: "1053 (82%) were dispensed 4.5
    # mg daily" (holdout287 32000025)
    r"was dispensed|were dispensed|"
    # ... or the prescriber the subject of the act: "Clinicians prescribed 1.5 mg, 3 mg or
    # 4.5 mg at their discretion", "we gave 4.5 mg at bedtime" (holdout383 43300007)
    r"(?:clinicians|physicians|doctors|psychiatrists|prescribers|investigators|we|"
    r"(?:the\s+)?(?:treating\s+)?(?:clinician|physician|doctor|psychiatrist|prescriber))\s+"
    r"(?:then\s+|initially\s+|usually\s+|typically\s+)?(?:prescribed|gave|administered|"
    r"dispensed)|"
    # ... or the people named by it: "we compared patients dispensed 3 mg with those
    # dispensed 4.5 mg" (holdout356 39900014)
    r"(?:patients|participants|people|persons|users|adults|those|individuals)\s+dispensed|"
    # a dose told as what a group was taking at a time: "47 were taking 3 mg", "30 were
    # using 1.5 mg" (the progressive of "took"; holdout325 36500015), or was on: "43 were on
    # 4.5 mg/day and 18 on 3 mg/day" (holdout351 39400022)
    r"(?:was|were)\s+(?:taking|using|(?:still\s+)?on)|"
    # "was switched to a compounded solution": a change to the next treatment given
    r"(?:was|were)\s+(?:switched|changed|converted)\s+to)\b|"
    # what happened to a person at a dose: "developed severe insomnia at 4.5 mg"
    r"\b(?:developed|experienced|reported|suffered|had)\b[^,;()]{0,40}\bat\s*$",
    re.I,
)
# the level a response is measured against, right before its dose: "did not respond to",
# "not improved on naltrexone", "without a response at"
_RESPONSE_OBJECT_BEFORE = re.compile(
    r"\b(?:respon\w*|improv\w*|remi[st]\w*|benefit\w*)\s+(?:to|on|with|at|from|after)\s+"
    r"(?:(?:the|their|a|an)\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)
# the liquid form a concentration is written after: "a compounded oral solution (1 mg/mL)"
_LIQUID_BEFORE = re.compile(
    r"\b(?:solution|suspension|liquid|syrup|elixir|drops|formulation|preparation)\s*[(,]?\s*$", re.I
)


# an allocation whose list of arms the dose stands in: "randomised, double-blind, to
# continue 4.5 mg, reduce to ..." (the verb and "to" earlier in the same clause)
_ALLOCATED_LEAD = re.compile(
    rf"\b(?:{ALLOCATED}|re-?randomi[sz]ed)"
    # (the ratio may stand in brackets: "randomly assigned (1:1:1) to continue 4.5 mg")
    r"\b(?:,?\s+(?:[\w\-]+(?:\s*\d:\d(?::\d)*)?|\(\s*\d+(?::\d+)+\s*\)),?){0,3}?\s+"
    r"(?:either\s+)?to\b(?:[^;.]|\.\d)*$",
    re.I,
)


# the people named by the product dispensed to them, right before its strength: "we compared
# patients dispensed 3 mg with those dispensed 4.5 mg capsules" (a register's exposure
# groups: the strength dispensed is the dose they were on, not how a dose was made up)
_PEOPLE_DISPENSED = re.compile(
    r"\b(?:patients|participants|people|persons|users|adults|those|individuals)\s+"
    r"(?:(?:who\s+)?were\s+)?dispensed\s+$",
    re.I,
)


# what makes a dose a change some people may make, not an arm: "could lower it to"
_MAY_CHANGE = re.compile(rf"\b(?:{PERMISSION}|would|unless)\b", re.I)


def _arm_list_start(text: str, at: int) -> int | None:
    """Where the allocation opens whose list of arms the dose at ``at`` stands in, in its
    clause ("randomised to continue 4.5 mg, reduce to 1.5 mg, or switch to placebo"):
    after another arm (a comma or "or" between), with no word making it a change some may
    make; None if it stands in none."""
    window = text[max(0, at - 150) : at].rsplit(";", 1)[-1]
    m = _ALLOCATED_LEAD.search(window)
    if m is None:
        return None
    arms = m.group(0)
    if re.search(r",|\bor\b", arms) is None or _MAY_CHANGE.search(arms) is not None:
        return None
    return at - len(window) + m.start()


# the next arm of an allocation's list right after a dose: ", to switch to 1.5 mg", ",
# reduce to 1.5 mg", " or to placebo" (another dose or a placebo)
_NEXT_ARM_AFTER = re.compile(
    r"^(?:\s+(?:nightly|daily|at\s+night|at\s+bedtime|once\s+daily))?(?:\s*,\s*(?:or\s+)?|\s+or\s+)"
    r"(?:either\s+)?(?:to\s+)?(?:[\w\-]+\s+){0,4}?(?:\d|placebo\b)",
    re.I,
)


# the next step of a sequence right after a dose, its schedule words between: " b.i.d.
# then ", " nightly, followed by ", " for four weeks and then "
_NEXT_IN_SEQUENCE = re.compile(
    r"^[^;]{0,40}?(?:\bthen|\bfollowed\s+by|\bbefore)\s+(?:(?:at|to|on)\s+)?$", re.I
)


def _arm_list_opened(text: str, at: int, end: int, *, crossed: bool = False) -> int | None:
    """Where the allocation opens whose list of arms the dose at [at, end) is the first
    of ("randomly assigned to continue 4.5 mg, to switch to 1.5 mg, or to placebo"): the
    allocation's "to" before it and another arm (a dose or a placebo) right after it. In
    a sentence giving its sequence in both orders (``crossed``: "randomized to the
    sequence 1 mg b.i.d. then 4.5 mg nightly or the reverse") the next dose of the
    sequence is the other arm."""
    window = text[max(0, at - 150) : at].rsplit(";", 1)[-1]
    m = _ALLOCATED_LEAD.search(window)
    if m is None or _MAY_CHANGE.search(m.group(0)):
        return None
    after = text[end:]
    if not (_NEXT_ARM_AFTER.match(after) or (crossed and _NEXT_PERIOD_AFTER.match(after))):
        return None
    return at - len(window) + m.start()


# ... or the next period of a sequence: " b.i.d. then 4.5 mg", " for four weeks followed by 3 mg"
_NEXT_PERIOD_AFTER = re.compile(
    r"^[^;]{0,40}?\b(?:then|followed\s+by)\s+(?:(?:at|to|on)\s+)?(?:[\w\-]+\s+){0,2}?\d", re.I
)


def _in_arm_list(text: str, at: int) -> bool:
    """The dose at ``at`` stands in the list of arms of an allocation (``_arm_list_start``)."""
    return _arm_list_start(text, at) is not None


# the same unit dose later given more often, no new amount named: "1 mg at night for a
# week, then twice daily", "increased to three times a day from week 3"
_MORE_OFTEN_AFTER = re.compile(
    r"(?P<gap>[^.;]{0,60}?)\b(?:then|thereafter|afterwards|subsequently|after\s+which|"
    rf"(?:{_RAISE})\s+(?:\w+\s+){{0,4}}?to)\s+(?:(?:taken|given|dosed|administered)\s+)?"
    r"(?P<f>(?:twice|two\s+times)\s+(?:a\s+|per\s+)?(?:day|daily)|three\s+times\s+(?:a\s+|per\s+)?(?:day|daily)|"
    r"b\.?i\.?d\b\.?|t\.?i\.?d\b\.?)",
    re.I,
)


@dataclass(frozen=True)
class Dose:
    """One daily dose of one drug, with the sentence it came from."""

    mg_per_day: float
    owner: str  # the watched drug's name (spec.drug) or the other drug's name
    kind: str  # "single" | "list" | "range" | "grid"
    sentence: Sentence
    span: str
    per_kg: bool = False
    bound: bool = False
    ceiling: bool = False  # "up to X" with no raise said: a bound where no dose is assigned
    window: bool = False  # a range records or people were selected by
    titration: bool = False  # a step of a schedule, not an alternative
    start: int = -1  # where the dose text starts in its sentence
    earlier: bool = False  # a step some later step of the same schedule replaces
    later: bool = False  # reached by raising an earlier dose
    conditional: bool = False  # raised only for some (non-responders), so both count
    first: bool = False  # the first step of a schedule
    flexible: bool = False  # a range moved within as tolerated: both ends count
    escalation: bool = False  # steps of a dose-finding escalation: every one counts
    dropped: bool = False  # an arm an amendment removed or replaced: no longer assigned
    run_in: bool = False  # the dose of a run-in or lead-in before the assigned dose
    started: bool = False  # written as where the drug was started ("started at 0.5 mg")
    kept: bool = False  # the level some stayed on after others were raised
    total: bool = False  # written as the day's total ("6 mg/day in total")
    same_as: bool = False  # "the same dose as the 2017 pilot (1 mg b.i.d.)": the study's too
    parent: bool = False  # the dose of the trial a derived report re-analyses
    # the earlier regimen the study's next sentence takes up as an arm it compares ("... 1
    # mg twice daily. We compared that regimen with 4.5 mg"): that sentence's index
    taken_up: int = -1
    strength: bool = False  # what one capsule or tablet holds, no count a day said
    crossed: bool = False  # a period of doses given in both orders: every one is tested
    # a sequence of the drug's doses offered with its mirror ("1 mg b.i.d. then 4.5 mg
    # nightly or the reverse"): each dose is a period the trial compares, not a step
    mirrored: bool = False
    inferred: bool = False  # a dose only the record's inference names ("suggest that 2 mg ...")
    # an arm's dose named by the outcome read in it ("-6.2 with 1 mg"), the allocation's
    # arms told only as a number of the drug's doses ("one of three X doses")
    arm_outcome: bool = False
    tapered: bool = False  # a step of a taper that takes people off the drug: kept by no one

    @property
    def own(self) -> bool:
        """The study's own dose: in its own words, an earlier study's dose it says it gave
        too (a sentence the roles read as earlier work for naming that study), or, in a
        report derived from a trial, the parent trial's (``find``)."""
        s = self.sentence
        if self.parent or self.taken_up >= 0:
            return True
        return roles.own_at(s, self.start) or (self.same_as and not (s.background or s.future))

    @property
    def maintained(self) -> bool:
        """A dose participants were kept on (CONTRACT.md: not a titration's first steps)."""
        if self.inferred or self.tapered:
            return False
        if not self.earlier or self.conditional or self.escalation or self.crossed:
            return True
        return self.flexible and self.first  # a flexible range: both ends


# a sentence where a volume is a dose: it speaks of the liquid, of dosing or of a schedule,
# or moves people between volumes ("randomized to continue 4.5 mL or to step down to
# 1.5 mL", "allocated to 1 mL or 3 mL", "reduced to 2 mL"): what they are assigned to or
# moved to is taken, as "increased" is (an allocation only with a number right after it:
# "blood was drawn from those assigned to the continuation phase" doses nothing)
_VOLUME_CONTEXT = Folded(
    r"\b(?:solution|liquid|suspension|syrup|drops|elixir|dos(?:e|es|ing)|volume|nightly|at night|"
    r"daily|each (?:night|evening|morning|day)|at bedtime|once|twice|increas\w*|titrat\w*|"
    r"rais\w*|continu(?:e|ed|es|ing)|step(?:s|ped|ping)?[\s\-]+(?:down|up)|reduc(?:e|ed|ing)|"
    r"decreas(?:e|ed|ing)|lower(?:ed|ing)?|taper(?:ed|ing)?|"
    r"(?:randomi[sz]ed|allocated|assigned)\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+){0,2}?(?=\d)|"
    # ... or who receive or take a volume, the number right after the verb: "Participants
    # weighing under 40 kg will receive 3 mL" (holdout535 52200960)
    # (not "took": "10 mL of blood was taken" is no dose)
    r"\breceiv(?:e|es|ed|ing)\s+(?=\d))",
    re.I,
)
_MICRO = frozenset({"µg", "μg", "mcg", "ug", "microg", "microgram", "micrograms"})
_GRAMS = frozenset({"g", "gram", "grams"})
_IS_VOLUME = re.compile(rf"^{_VOLUME}$", re.I)
# the volume every dose is made up to, not a dose: "The volume was masked by topping up each
# dose to 5 mL with the vehicle", "made up to 10 mL with water", "diluted to 5 mL"
_TOPPED_UP_BEFORE = re.compile(
    r"\b(?:topp(?:ed|ing)|made|making|fill(?:ed|ing)|brought|bringing)\s+up\s+(?:\w+\s+){0,3}?to\s*$|"
    r"\b(?:dilut(?:ed|ing)|adjust(?:ed|ing))\s+(?:\w+\s+){0,3}?to\s+(?:a\s+(?:total\s+)?volume\s+of\s*)?$",
    re.I,
)


# arms an amendment took out of a protocol: "replaced the 1.5 mg and 3 mg arms with a single
# 1 mg arm", "the 3 mg arm was dropped", "discontinued the 6 mg group". The arms named as
# the object of the removal are not doses anyone is now assigned to.
_ARM_WORDS = r"(?:arms?|groups?|dose\s+(?:arms?|groups?|levels?)|cohorts?)"
# ... and the words naming the arm before them, none a preposition or a conjunction that
# would open another phrase ("the naltrexone 2 mg arm"; not "the drug in the 3 mg arm")
_ARM_OWN_WORDS = r"(?:(?!(?:in|of|from|among|for|with|by|on|who|and|or)\b)[\w.\-]+\s+){0,5}?"
# an arm closed because it was full is no arm removed: "closed once 30 were enrolled",
# "... as planned", "after reaching its target"
_FULL_AFTER = (
    r"(?![^.;]{0,30}\b(?:once|when|as\s+planned|on\s+(?:reaching|completion)|after\s+"
    r"(?:reaching|completing|enrolling|recruiting|\d+|its|the\s+(?:target|planned))|full)\b)"
)
_DROPPED = Folded(
    # (the verb: "removed the 2 mg arm", "the sponsor withdrew the 1.5 mg group")
    r"\b(?:replac|substitut|drop|remov|discontinu|clos|eliminat|abandon|terminat|delet|"
    r"withdr[ae]w)\w*\s+"
    rf"(?P<a>(?:the|its|their|both)\s+(?:[^.;]|\.\d){{0,60}}?\b{_ARM_WORDS})\b(?!\s+(?:of|for)\b)|"
    # (or a planned arm named with "a": "a planned 1 mg arm was removed")
    # (the arm's dose may follow it in brackets, "the lowest dose level (0.5 mg) has been
    # removed"; a strength supplied in its place is removed too, "the 2.5 mg capsule was
    # replaced by two 1 mg capsules"; and the removal may be asked for in the subjunctive,
    # "advised that the 1 mg arm be closed")
    rf"(?P<b>\b(?:the|an?\s+(?:planned|proposed|intended|pre-?specified|second|third|fourth|"
    rf"fifth|further|additional|extra)\b)\s*"
    rf"(?:[^.;]|\.\d){{0,60}}?\b(?:{_ARM_WORDS}|capsules?|tablets?)(?:\s*\([^()]{{0,30}}\))?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|be|(?:should|must)\s+be)\s+"
    r"(?:\w+\s+)?(?:dropped|removed|discontinued|closed|eliminated|abandoned|terminated|"
    r"deleted|replaced|substituted|withdrawn)\b"
    # (not a removal only on a condition to come: "advise that the 1 mg arm be closed if
    # it is futile")
    r"(?![^.;]{0,60}\b(?:if|unless)\b)"
    rf"{_FULL_AFTER}|"
    # ... or the arm itself as the one that closed, in the perfect or closed early / to
    # entry: "the 3 mg arm has closed", "the 2 mg group closed early", "the 1 mg arm
    # stopped recruiting" (only the arm's own words, and not after a preposition: "one
    # participant in the 4.5 mg cohort stopped early" is a person stopping)
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bwithin\s)"
    rf"(?P<d>\bthe\s+{_ARM_OWN_WORDS}{_ARM_WORDS})\s+(?:(?:has|have|had)\s+(?:now\s+)?(?:closed|stopped|ended|ceased)\b|"
    r"(?:closed|stopped|ended)\s+(?:early|prematurely|to\s+(?:new\s+)?(?:recruitment|enrol\w*|"
    r"randomi[sz]ation|entry|allocation)|recruiting|enrolling|randomi[sz]ing)\b)|"
    # ... or said as a noun: "removal of the naltrexone 2 mg arm", "following withdrawal of
    # the 1.5 mg group", "Discontinuation of the 3 mg arm was approved" (only the arm's own
    # words in between: "discontinuation of the drug in the 3 mg arm" removes no arm)
    r"\b(?:removal|deletion|elimination|closure|dropping|replacement|discontinuation|"
    r"withdrawal|abandonment|termination)\s+of\s+(?P<c>(?:the|its|their|both)\s+"
    rf"(?:(?!(?:in|of|from|among|for|with|by)\b)[\w.\-]+\s+){{0,5}}?{_ARM_WORDS})\b"
    # (a reason may follow: "withdrawal of the 1.5 mg group for slow recruitment")
    r"(?!\s+of\b)|"
    # ... or the entry into the arm as what stopped: "recruitment to the 1.5 mg arm was
    # stopped", "randomisation into the 2 mg group has been halted", "enrolment in the 1 mg
    # arm closed"
    r"\b(?:recruitment|enrol?ment|randomi[sz]ation|allocation|entry|accrual)\s+(?:to|into|in|for)\s+"
    rf"(?P<e>the\s+{_ARM_OWN_WORDS}{_ARM_WORDS})\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?)?"
    r"(?:stopped|closed|halted|suspended|ended|terminated|discontinued|paused|ceased)\b"
    # (not an arm closed because it was full: "closed once 30 were enrolled", "... as
    # planned", "after reaching its target")
    rf"{_FULL_AFTER}|"
    # ... or the arm as what the trial no longer goes on with: "decided not to continue the
    # 0.5 mg dose level", "the trial no longer includes the 3 mg arm", "will stop the 1 mg
    # group", "the 2 mg arm is no longer offered"
    r"\b(?:not\s+to\s+continue|(?:will|to|would)\s+(?:not\s+continue|stop|end|close)|"
    r"no\s+longer\s+(?:includes?|including|offers?|uses?|tests?|has|contains?|continues?))\s+"
    rf"(?P<f>(?:the|its|their|both)\s+{_ARM_OWN_WORDS}{_ARM_WORDS})\b(?!\s+of\b)|"
    rf"(?P<g>\bthe\s+{_ARM_OWN_WORDS}{_ARM_WORDS})\s+(?:is|was|are|were|has|have)\s+no\s+longer\s+(?:been\s+)?"
    r"(?:part|included|offered|open|active|used|tested|given|recruiting|enrolling|randomi[sz]ing)\b|"
    # ... or the removal as the arm's own attribute: "the discontinued 1 mg arm is reported
    # separately", "data from the dropped 2 mg group were excluded" (an arm dosed by the
    # study once, but no one in this record's sample is in it)
    r"(?P<h>\b(?:the|its|their|both|a|an)\s+(?:now[\s\-]+|since[\s\-]+)?(?:discontinued|dropped|"
    r"removed|closed|abandoned|terminated|deleted|withdrawn|eliminated)\s+"
    rf"{_ARM_OWN_WORDS}{_ARM_WORDS})\b",
    re.I,
)


def _dropped_spans(text: str, *, reported: bool = False) -> list[tuple[int, int]]:
    """Where a sentence names arms an amendment removed (see ``_DROPPED``). In a record that
    reports a study (``reported``: not a protocol), an arm closed once people had taken its
    dose (``_PEOPLE_IN_IT``) is no arm removed: its people are in the results. A protocol's
    closed arm is one nobody is now assigned to, whoever was in it before."""
    low = text.lower()
    if not any(
        w in low
        for w in (
            "replac",
            "substitut",
            "drop",
            "remov",
            "discontinu",
            "clos",
            "eliminat",
            "abandon",
            "terminat",
            "delet",
            "withdr",
            "stopp",
            "ended",
            "ceased",
            "halted",
            "suspended",
            "paused",
            "continue",
            "stop ",
            "end ",
            "close ",
            "no longer",
        )
    ):
        return []
    spans = [m.span(next(g for g in "abcdefgh" if m.group(g))) for m in _DROPPED.finditer(text)]
    if not reported:
        return spans
    if _ITS_PEOPLE.search(text):
        return []  # "...; its nine participants were followed for safety"
    return [(a, b) for a, b in spans if not _PEOPLE_IN_IT.search(_clause_of(text, a, b))]


# the closed arm's people counted in the same sentence, as its own: "A fourth arm (1.5 mg)
# was closed early; its nine participants were followed for safety only", "the 3 mg group
# was discontinued, and its 12 patients are reported descriptively"
_ITS_PEOPLE = Folded(
    rf"\b(?:its|their)\s+(?:\d+|{counts.NUMBER_WORDS})\s+(?:[\w\-]+\s+)?(?:{counts.PEOPLE})\b",
    re.I,
)


# an arm closed once people had taken its dose: at an interim look or for futility (judged on
# its own participants' data), or after a count of them had been allocated to it ("after 14
# participants had been allocated to it", "to which 16 had been randomised"). Those people
# took the dose, so it is one the study tested (CONTRACT.md: the dose of each arm), unlike an
# arm an amendment took out before anyone was in it.
_PEOPLE_IN_IT = Folded(
    # (its people counted beside it: "the 1 mg group (n = 7) closed early")
    r"\(\s*n\s*=\s*\d+\s*\)|"
    r"\b(?:at|after|following)\s+(?:the|an|a)\s+(?:\w+\s+){0,2}?interim\b|"
    r"\bfor\s+(?:(?:lack\s+of\s+efficacy\s+and\s+|apparent\s+)?futility|lack\s+of\s+efficacy)\b|"
    r"\b(?:after|once|when|with|by\s+which\s+time)\s+(?:only\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:had\s+(?:already\s+)?(?:been\s+)?|were\s+(?:already\s+)?|"
    r"was\s+)(?:allocated|randomi[sz]ed|assigned|enrol+ed|treated|dosed|recruited|received|"
    r"taken|started)\b|"
    r"\b(?:to|in|into|on)\s+which\s+(?:only\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:had\s+(?:already\s+)?(?:been\s+)?|were\s+(?:already\s+)?)(?:allocated|randomi[sz]ed|"
    r"assigned|enrol+ed|treated|dosed|recruited|started)\b|"
    # ... or the people after the closing told apart from those before it: "closed the
    # 1.5-mg arm, and subsequent participants were randomized 1:1:1 to the remaining arms"
    r"\b(?:subsequent|subsequently\s+enrolled|later|further|newly\s+enrolled)\s+"
    r"(?:participants|patients|subjects|adults|people)\s+(?:were|was)\s+(?:then\s+)?"
    r"(?:randomi[sz]ed|allocated|assigned)\b|"
    # ... or a count of people told as randomised into the arm that closed: "seven
    # participants randomised to a discontinued 1 mg arm are reported descriptively", "12
    # patients had been allocated to the since-dropped 2 mg group"
    rf"\b(?:\d+|{counts.NUMBER_WORDS})\s+(?:[\w\-]+\s+){{0,2}}?(?:who\s+)?(?:had\s+(?:already\s+)?"
    r"been\s+|were\s+(?:already\s+)?)?(?:allocated|randomi[sz]ed|randomly\s+assigned|assigned)\s+"
    r"(?:to|into)\s+(?:the|a|an|its)\s+(?:now[\s\-]+|since[\s\-]+|later[\s\-]+)?(?:discontinued|"
    r"dropped|removed|closed|abandoned|terminated|deleted|withdrawn|eliminated)\b",
    re.I,
)


def _reported(doc: Doc) -> bool:
    """The record reports a study rather than plans one: not a protocol or registration."""
    return doc.structure.role != "protocol"


def _clause_of(text: str, a: int, b: int) -> str:
    """The clause (between semicolons, ``_clause``) holding ``text[a:b]``."""
    return text[_clause(text, a)[0] : _clause(text, b)[1]]


_PARENT_DOSE = r"(?:(?:naltrexone|LDN|the)\s+)?\d+(?:\.\d+)?[\s\-]*mg\b(?:\s+(?:dose|arm|group)\b)?"
_PARENT_PLACEBO = r"(?:the\s+)?placebo\b(?:\s+(?:arm|group)\b)?"
_PARENT_SEP = r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+)"
# the allocation an extension or follow-up recalls from its parent trial: "whatever their
# original allocation (1 mg, 2.5 mg or placebo)", "by randomised-phase arm (...)"
_PARENT_ALLOCATION = Folded(
    r"\b(?:original|initial|previous|prior|earlier|parent|randomi[sz]ed[\s\-]phase|"
    r"double[\s\-]blind[\s\-]phase)\s+(?:allocation|assignment|randomi[sz]ation|arms?|groups?|"
    r"doses?)\s*(?:was\s+|were\s+)?\([^()]*\)|"
    # ... or set aside as what does not matter now: "irrespective of their randomised
    # assignment (placebo, 1.5 mg or 4.5 mg)" (holdout558 52201413)
    r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:their\s+|the\s+)?"
    r"(?:randomi[sz]ed\s+|original\s+|initial\s+|previous\s+)?(?:allocation|assignment|arm|"
    r"group)\s*\([^()]*\)|"
    # ... or that allocation with its arms after "to": "whatever their original assignment
    # to naltrexone 1.5 mg, 4.5 mg or placebo" (holdout543 52201117)
    r"\b(?:original|initial|previous|prior|earlier|parent|randomi[sz]ed[\s\-]phase|"
    r"double[\s\-]blind[\s\-]phase|acute[\s\-]phase)\s+(?:allocation|assignment|randomi[sz]ation)\s+"
    rf"(?:to|of)\s+(?:{_PARENT_PLACEBO}{_PARENT_SEP})?{_PARENT_DOSE}"
    rf"(?:{_PARENT_SEP}(?:{_PARENT_DOSE}|{_PARENT_PLACEBO}))*|"
    # ... or says what people had taken before it: "whether they had previously received
    # 1 mg, 2.5 mg or 4.5 mg", "those previously on 1.5 mg or 3 mg", "the dose they had
    # been randomised to (1 mg or 2 mg)"
    # (not a time before what the sentence tells first: "who had stopped fluoxetine at
    # least 4 weeks earlier received LDN 1.5 mg" is the dose they now take)
    r"\b(?:previously|formerly|(?<!weeks\s)(?<!days\s)(?<!months\s)(?<!years\s)(?:earlier|before))\s+"
    r"(?:received|took|taken|been\s+given|"
    r"been\s+on|on|given|assigned\s+to|randomi[sz]ed\s+to|allocated\s+to)\s+"
    # (placebo may stand among them, and a dose be named as its arm: "those previously on
    # placebo or the 1.5-mg dose")
    rf"(?:{_PARENT_PLACEBO}{_PARENT_SEP})?{_PARENT_DOSE}(?:{_PARENT_SEP}(?:{_PARENT_DOSE}|{_PARENT_PLACEBO}))*|"
    r"\bdoses?\s+(?:they|participants|patients|people)\s+had\s+(?:previously\s+)?(?:been\s+)?"
    r"(?:received|taken|randomi[sz]ed\s+to|assigned\s+to|allocated\s+to|given)\s*\([^()]*\)",
    re.I,
)


# what an arm is added to, said right before the arms it joins: "added to the original arms",
# "in addition to the initial groups", "alongside the original arms"
_ADDED_TO_BEFORE = re.compile(
    r"\b(?:(?:added|adds?|adding|joins?|joined)\s+to|in\s+addition\s+to|alongside|besides|"
    r"on\s+top\s+of|beside)\s+(?:the\s+|its\s+|their\s+)?(?:two\s+|three\s+)?$",
    re.I,
)


# a taper told by its steps, not by the level it ends at: "were tapered over 2 weeks
# (3 mg, then 1.5 mg)", "tapered off during a week (2 mg, then 1 mg)" (the steps in the
# brackets after the taper's time; "tapered to 1.5 mg" is a level lowered to and kept)
_TAPER_STEPS = Folded(
    r"\btaper(?:ed|ing)?(?:\s+(?:off|down|out))?\s+(?:over|across|during|in)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+\s*\((?P<steps>[^()]*)\)",
    re.I,
)


def _taper_spans(text: str) -> list[tuple[int, int]]:
    """The brackets holding the steps of a taper that takes people off the drug."""
    return [m.span("steps") for m in _TAPER_STEPS.finditer(text)]


# a dose the study says it leaves out of what it gives or counts: "(excluding 50 mg tablets
# and naltrexone-bupropion)", "any naltrexone other than the 50 mg tablet", "except 25 mg
# and 50 mg tablets", "apart from standard 50-mg tablets", "not including the 50 mg form"
# (not a contrast of results: "4 mg, but not 2 mg, separated from placebo" gave both)
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|not\s+including|"
    r"with\s+the\s+exception\s+of)\s+(?:(?:the|any|all|its|standard|conventional|regular|"
    r"usual|full)[\s\-]+){0,2}(?:dose\s+of\s+)?(?:\d+(?:[.,]\d+)?\s*(?:mg\s+)?(?:and|or|,)\s+)?$",
    re.I,
)
# ... or after it: "fills of 50 mg were excluded", "50 mg tablets were not counted"
_EXCLUDED_AFTER = re.compile(
    r"[\s\-]*(?:(?:tablets?|capsules?|fills?|prescriptions?|dispensings?|formulations?|"
    r"forms?|strengths?)\s+)?(?:were|was|are|is|being)\s+(?:also\s+)?(?:excluded|not\s+"
    r"(?:counted|included|considered))\b",
    re.I,
)


def _excluded_dose(text: str, at: int, end: int) -> bool:
    """The dose at ``at`` (its text ending at ``end``) is one the study leaves out."""
    return (
        _EXCLUDED_BEFORE.search(text, max(0, at - 60), at) is not None
        or _EXCLUDED_AFTER.match(text, end) is not None
    )


def _not_assigned_spans(text: str, *, reported: bool = False) -> list[tuple[int, int]]:
    """Arms nobody is assigned to in this record: removed by an amendment, the plan an
    amendment replaced, or the parent trial's allocation that an extension recalls."""
    if reported and _closed_with_its_people(text):
        # (an arm closed once people were in it, told with them: its people are in the
        # results, whatever the amendment's words)
        removed: list[tuple[int, int]] = []
    else:
        removed = _dropped_spans(text, reported=reported) + roles.superseded(text)
    return removed + [
        m.span()
        for m in _PARENT_ALLOCATION.finditer(text)
        # (not the arms an amendment adds one to: "a third arm (3 mg) has been added to
        # the original arms (1.5 mg, 4.5 mg, placebo)" keeps them all)
        if not _ADDED_TO_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]


def _closed_with_its_people(text: str) -> bool:
    """The sentence closes an arm and counts that arm's people as its own ("A fourth arm
    (1.5 mg) was closed early; its nine participants were followed for safety only")."""
    return _ITS_PEOPLE.search(text) is not None and bool(
        _DROPPED.search(text) or _CLOSED_WORD.search(text)
    )


_CLOSED_WORD = re.compile(
    r"\b(?:closed|dropped|removed|discontinued|stopped|halted|terminated|abandoned)\b", re.I
)


def _closed_arm_with_people(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """In a record that reports a study, the dose of an arm closed once people were in it
    (told so in one sentence, ``_closed_with_its_people``) is one the study tested wherever
    else the closed arm is named ("In the closed 1.5 mg arm, no serious adverse events
    occurred")."""
    if not _reported(doc):
        return doses
    peopled = {
        d.mg_per_day
        for d in doses
        if d.owner == drug and d.own and _closed_with_its_people(d.sentence.text)
    }
    if not peopled:
        return doses
    return [
        replace(d, dropped=False)
        if d.owner == drug and d.dropped and d.mg_per_day in peopled
        else d
        for d in doses
    ]


def _drop_parts_to_come(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """A record that reports one part of a study run in parts (a cohort, a stage) while
    another part is still running or kept for another report (``roles.pending_parts``:
    "Results from cohort B will indicate whether the higher dose adds benefit", "a second
    cohort at 4.5 mg is ongoing") gives that part's dose to nobody it reports on: the dose
    told in the statement itself, of the part named as its clause's subject ("cohort B ...
    receives 4.5 mg daily"), or of the part named by it ("the 4.5 mg cohort") is dropped.
    A plan (a protocol, a registration) keeps its parts' doses, and so does a record whose
    own doses would all go (no part of it would be left to report)."""
    if not _reported(doc) or doc.article.registry is not None:
        return doses
    pending = roles.pending_parts(doc)
    if not pending or design.own_outcome(doc) is None:
        return doses  # (a plan told in the future tense reports no part yet)

    def to_come(d: Dose) -> bool:
        at = d.start
        if any(i == d.sentence.index and a <= at < b for i, a, b in pending.spans):
            return True
        if f"mg:{d.mg_per_day:g}" in pending.keys:
            return True
        key = roles.part_of(d.sentence.text, at) if at >= 0 else None
        return key is not None and key in pending.keys

    mine = [d for d in doses if d.owner == drug and not d.dropped and d.own]
    gone = {id(d) for d in mine if to_come(d)}
    if not gone or all(id(d) in gone for d in mine if doc.spec.is_low(d.mg_per_day)):
        return doses
    return [replace(d, dropped=True) if id(d) in gone else d for d in doses]


# an arm of the parent trial that a derived report leaves out of its own analysis: "The 1.5
# mg arm was not analysed because its samples were processed by a different laboratory",
# "the 3 mg group was excluded from this analysis", "participants randomised to the 1 mg arm
# were not included in the present analysis"
_UNANALYSED_ARM = Folded(
    rf"\b(?P<a>(?:the|its)\s+{_ARM_OWN_WORDS}{_ARM_WORDS})\s+(?:was|were|is|are)\s+(?:not\s+(?:analy[sz]ed|included\s+in\s+"
    r"(?:this|the\s+present|the\s+current|these|our)\s+(?:\w+\s+)?analys[ie]s)|excluded\s+from\s+"
    r"(?:this|the\s+present|the\s+current|these|our)\s+(?:\w+\s+)?analys[ie]s|"
    # (or excluded, with why and no more: "the 1.5-mg arm was excluded because the parent
    # trial found it ineffective", "The 1 mg arm was not included.", in a derived report's
    # choice of what it analysed)
    r"(?:excluded|not\s+included)(?=\s*(?:[;.]|$|,?\s+(?:because|as|since|owing|due)\b)))\b",
    re.I,
)


def _drop_unanalysed_arms(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """A report derived from a trial that leaves one of the trial's arms out of its own
    analysis ("The 1.5 mg arm was not analysed") gives that arm's dose to none of its
    sample: the dose is dropped wherever the record says it (the parent's allocation it
    recalls). A record whose own doses would all go keeps them."""
    if not doc.derived or not _reported(doc):
        return doses
    gone: set[float] = set()
    for s in doc.sentences:
        if s.background or not _UNIT_HINT.search(s.text):
            continue
        for m in _UNANALYSED_ARM.finditer(s.text):
            a, b = m.span("a")
            for told in _DOSE.finditer(s.text):
                if a <= told.start() < b and not (told.group("conc") or told.group("perkg")):
                    values = _values(told.group("nums"), told.group("unit"))[0]
                    gone.update(round(v, 4) for v in values)
    mine = [d for d in doses if d.owner == drug and not d.dropped]
    if not gone or all(d.mg_per_day in gone for d in mine):
        return doses
    return [
        replace(d, dropped=True) if d.owner == drug and d.mg_per_day in gone else d for d in doses
    ]


_UNIT_IN = re.compile(rf"{_UNIT}\b", re.I)


def _frequency_of_last_only(nums: str, values: list[float], factor: float) -> bool:
    """A frequency written after a list whose every item carries its own unit belongs to
    the last item alone when the list, an order of its own (cohorts, steps), rises as
    written with it on the last only and not with it on them all: "cohorts received 1 mg,
    2.5 mg, 4.5 mg, or 3 mg twice daily" is 1, 2.5, 4.5 and 6 mg a day ("1 mg, 2 mg or
    3 mg twice daily" rises either way: the frequency is the list's)."""
    if len(values) < 3 or len(_UNIT_IN.findall(nums)) != len(values) - 1:
        return False
    last = [*values[:-1], values[-1] * factor]
    every = [v * factor for v in values]

    def rising(xs: list[float]) -> bool:
        return all(a < b for a, b in pairwise(xs))

    return rising(last) and not rising(every)


def _number(text: str) -> float:
    if _COMMA_GROUPED.fullmatch(text):
        text = text.replace(",", "")  # thousands: "1,000 micrograms"
    return float(re.sub(r"[ \u00a0\u2009\u202f]", "", text).replace(",", ".").replace("·", "."))


# a sign written before a number, after a space, a bracket or a colon (not a range's
# dash between two numbers): "-5.8", "(−3.2", ": +1.4"
# (a dash spaced on both sides after a word is punctuation that opens a list, "three doses
# - 0.5, 1 and 2 mg", no sign)
_SIGNED_BEFORE = re.compile(r"(?:^|[\s(\[:=])[-−+]\s?(?<![A-Za-z]\s[-−]\s)$")


def _changed_to(nums: str, unit: str, values: list[float]) -> list[float]:
    """The values after the one "to" of a list changed into another ("1 mg and 2.5 mg to
    1.5 mg and 3 mg"); all of ``values`` where no single "to" parts the list."""
    seps = re.split(
        rf"(?:{_NUM_FIRST_GROUPED.pattern})(?:[\s\-]*{_UNIT})?", f"{nums} {unit}", flags=re.I
    )[1:-1]
    to = [i for i, x in enumerate(seps) if re.fullmatch(r"\s*to\s*", x, re.I)]
    if len(seps) != len(values) - 1 or len(to) != 1:
        return values
    return values[to[0] + 1 :]


def _values(nums: str, unit: str, per_ml: float | None = None) -> tuple[list[float], str]:
    """The numbers of a dose phrase in mg, and whether they are one, a list or a range;
    a volume is in mg only at the liquid's stated concentration (``per_ml``)."""
    full = f"{nums} {unit}"  # the unit lets "4 500" read as one number
    found = list(_NUM_WITH_UNIT.finditer(full))
    parts = [m.group("n") for m in found]
    seps = re.split(rf"(?:{_NUM_FIRST_GROUPED.pattern})(?:[\s\-]*{_UNIT})?", full, flags=re.I)[1:-1]
    kind = "single"
    if len(parts) > 1:
        kind = "range" if seps and all(_RANGE_SEP.match(x) for x in seps) else "list"
    # each number in the unit written after it, or else in the next unit the phrase
    # gives: "250 µg, 1.5 mg or 3 mg" mixes micrograms and milligrams
    units: list[str] = []
    following = unit
    for m in reversed(found):
        following = m.group("u") or following
        units.append(following)
    units.reverse()
    return [_number(p) * _scale(u, per_ml) for p, u in zip(parts, units, strict=True)], kind


def _scale(unit: str, per_ml: float | None) -> float:
    """Milligrams per one ``unit`` (a volume: the liquid's stated mg/mL, else 0)."""
    if _IS_VOLUME.match(unit):
        return per_ml or 0.0
    low = unit.lower()
    return 0.001 if low in _MICRO else 1000.0 if low in _GRAMS else 1.0


# a liquid's strength said to have been given in error (``_concentration``)
_BY_MISTAKE = Folded(
    r"\b(?:by\s+(?:mistake|error|accident)|in\s+error|erroneously|mistakenly|wrongly|"
    r"incorrectly|accidentally|(?:dispensing|dispensed|prescribing|medication)\s+error)\b",
    re.I,
)


def _concentration(doc: Doc, drug: str) -> float | None:
    """The watched drug's liquid concentration in mg/mL, when the record states one
    ("naltrexone oral solution (0.5 mg/mL)"); two different ones leave it unknown."""
    found: set[float] = set()
    for s in doc.sentences:
        if "/" not in s.text and "per" not in s.text:
            continue
        # (a strength in background or in the closing advice is no liquid the study gave:
        # "pharmacists should check each fill, because a 1 mg/mL solution dispensed in
        # place of a 0.5 mg/mL one doubles the dose")
        if not s.own or (s.hedged and s.in_conclusion):
            continue
        for m in _DOSE.finditer(s.text):
            if not (m.group("conc") and _IS_VOLUME.search(m.group("conc").strip(" /per"))):
                continue
            if _IS_VOLUME.match(m.group("unit")):
                continue
            # (a strength dispensed by mistake is not the one the record's doses are
            # measured in: "had initially been given a 10 mg/mL preparation by mistake")
            if _BY_MISTAKE.search(_clause_of(s.text, m.start(), m.end())):
                continue
            drugs = _drugs_in(doc, s)
            owner = _owner(s.text, m.start("nums"), m.end(), drugs)
            if owner is None and not drugs and doc.title and doc.drug(doc.title):
                # "It was restarted as a compounded oral suspension (0.5 mg/mL)": a liquid
                # in a sentence naming no drug, in a record titled by the watched drug
                owner = drug
            if (
                owner not in (None, drug)
                and doc.title
                and doc.drug(doc.title)
                and _LIQUID_BEFORE.search(s.text[: m.start()])
                and _second_dose(s.text, m.start(), m.end(), drugs, owner)
            ):
                # "a woman on vortioxetine 20 mg ... was switched to a compounded oral
                # solution (1 mg/mL)": the liquid given next is the titled drug's, not the
                # drug the person was already taking
                owner = drug
            if owner == drug:
                values, _ = _values(m.group("nums"), m.group("unit"))
                found.update(values)
    if not found:
        found.update(_dissolved_concentration(doc))
    return found.pop() if len(found) == 1 else None


# a liquid made up from a dosage form of the drug, its strength then derivable: "dissolved
# one 50 mg tablet in 50 mL of water" (1 mg/mL), "two 50 mg tablets were crushed and
# suspended in 100 mL" (CONTRACT.md: a liquid's mL becomes mg where the concentration is
# stated; a stated preparation states it)
_UNITS_IN_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4}
_DISSOLVED = Folded(
    r"\b(?:dissolv|suspend|dispers|crush|mix|dilut)\w*\s+(?:(?P<count>a|an|one|two|three|four|"
    r"single|\d)\s+)?(?:single\s+)?(?P<mg>\d+(?:\.\d+)?)[\s\-]*mg\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:tablets?|capsules?)\s+(?:[\w\-]+\s+){{0,3}}?in(?:to)?\s+(?:\w+\s+)?"
    rf"(?P<ml>\d+(?:\.\d+)?)\s*{_VOLUME}\b|"
    r"\b(?:(?P<count2>a|an|one|two|three|four|single|\d)\s+)?(?P<mg2>\d+(?:\.\d+)?)[\s\-]*mg\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:tablets?|capsules?)\s+(?:was|were|is|are)\s+(?:\w+\s+(?:and\s+)?)?"
    r"(?:dissolv|suspend|dispers|mix|dilut)\w*\s+in(?:to)?\s+(?:\w+\s+)?"
    rf"(?P<ml2>\d+(?:\.\d+)?)\s*{_VOLUME}\b"
)


def _dissolved_concentration(doc: Doc) -> set[float]:
    """The mg/mL of a liquid the record says was made up from tablets or capsules of the
    drug (``_DISSOLVED``), in sentences that name the drug or in a record titled by it."""
    out: set[float] = set()
    titled = bool(doc.title and doc.drug(doc.title))
    for s in doc.sentences:
        if "mg" not in s.text or not (titled or doc.drug(s)):
            continue
        for m in _DISSOLVED.finditer(s.text):
            count = (m.group("count") or m.group("count2") or "one").lower()
            units = int(count) if count.isdigit() else _UNITS_IN_WORDS.get(count, 1)
            mg = float(m.group("mg") or m.group("mg2"))
            ml = float(m.group("ml") or m.group("ml2"))
            if ml > 0:
                out.add(round(units * mg / ml, 4))
    return out


# a liquid of the drug: "a compounded low-dose naltrexone suspension", "X oral solution"
_LIQUID_WORD = re.compile(r"\b(?:solution|liquid|suspension|syrup|drops|elixir)\b", re.I)
_VOLUME_ALTERNATIVES = re.compile(r"\b(?:or|versus|vs\.?)\b", re.I)
_ALLOCATED = re.compile(rf"\b(?:{RANDOMISED}|allocated|assigned)\b", re.I)
_STEPS_WORD = re.compile(
    r"\b(?:then|titrat\w*|increas\w*|rais\w*|escalat\w*|up\s+to|as\s+tolerated)\b", re.I
)


def volume_alternatives(doc: Doc) -> Sentence | None:
    """The record's own sentence allocating people to two or more volumes of the watched
    drug's liquid whose strength the record never states ("randomized to 0.5 mL or 1.0 mL
    of a compounded X suspension"): different doses of the drug given as alternatives,
    though none can be told in mg (CONTRACT.md: a liquid's mL becomes mg only where the
    concentration is stated). A liquid of another drug, a placebo's, a schedule of steps
    or a liquid whose strength is stated (read as mg doses) is not this."""
    drug = doc.spec.drug
    if _concentration(doc, drug) is not None:
        return None
    for s in doc.sentences:
        if not (s.own and _LIQUID_WORD.search(s.text) and _ALLOCATED.search(s.text)):
            continue
        drugs = _drugs_in(doc, s)
        if not any(d[2] == drug for d in drugs) or _names_other_drug(doc, s):
            continue
        for m in _DOSE.finditer(s.text):
            if not _IS_VOLUME.match(m.group("unit")) or m.group("conc") or m.group("pre"):
                continue
            if m.group("perkg") or m.group("post") or m.group("mult"):
                continue
            nums = m.group("nums")
            values, kind = _values(nums, m.group("unit"), 1.0)
            if kind != "list" or len(set(values)) < 2 or not _VOLUME_ALTERNATIVES.search(nums):
                continue
            if _STEPS_WORD.search(nums) or re.search(_ARROW, nums):
                continue
            owner = _owner(s.text, m.start("nums"), m.end(), drugs, drug)
            if owner is None:
                owner = _next_alternative_owner(s.text, m.end(), drugs)
            if owner == drug:
                return s
    return None


def drugs_in(doc: Doc, s: Sentence) -> list[tuple[int, int, str]]:
    """Every drug named in a sentence: (start, end, owner name) (for the gap rules)."""
    return _drugs_in(doc, s)


def _drugs_in(doc: Doc, s: Sentence) -> list[tuple[int, int, str]]:
    """Every drug named in a sentence: (start, end, owner name)."""
    drug = doc.spec.drug
    # (the drug named as people's earlier use, "prior X use at 1.5 mg was allowed", owns
    # the dose after it as that history: not a dose the study gives)
    found = [
        (
            m.start,
            m.end,
            f"earlier {drug} use" if roles.named_as_earlier_use(s, m.start, m.end) else drug,
        )
        for m in doc.drug(s)
    ]
    found += [(m.start, m.end, m.entry.name) for m in doc.comedications(s)]
    found += [
        (m.start(), m.end(), m.group(0).lower()) for m in doc.spec.other_drugs.finditer(s.text)
    ]
    if found and _MASS_HINT.search(s.text):
        found += _unlisted_agents(s.text, found)
    return found


# a dose written right after the name of an agent the spec does not list, told by a drug
# name's ending ("liothyronine (T3) 25 µg", "anastrozole 1 mg", "levothyroxine 50 µg"): the
# dose is that agent's, not the watched drug's named further back ("naltrexone 4.5 mg at
# night, liothyronine (T3) 25 µg in the morning, or placebo"); asked only in a sentence that
# already names a drug and writes a mass
_MASS_HINT = re.compile(r"\d\s*(?:mg|µg|μg|mcg|ug)\b", re.I)
_UNLISTED_AGENT = re.compile(
    r"\b(?P<name>[A-Za-z][a-z]{3,}(?:ine|ide|one|ole|inil|afil|ib|mab|pril|sartan|statin|"
    r"cycline|mycin|azepam|olam|oxin|tropin|xacin))(?:\s*\([^()]{1,12}\))?\s+"
    r"(?=\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg|ug)\b)"
)
# words of those endings that are no agent's name (a salt or a form of the drug itself,
# "naltrexone hydrochloride 4.5 mg", or a plain word before a dose)
_NOT_AN_AGENT = frozenset(
    {
        "hydrochloride",
        "chloride",
        "bromide",
        "baseline",
        "routine",
        "medicine",
        "alongside",
        "outside",
        "someone",
        "everyone",
        "anyone",
        "online",
        "combine",
        "provide",
        "whole",
    }
)


def _unlisted_agents(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Agents the spec does not list, each named right before a dose (``_UNLISTED_AGENT``),
    that no named drug already covers."""
    out = []
    for m in _UNLISTED_AGENT.finditer(text):
        a, b = m.span("name")
        name = m.group("name").lower()
        if name in _NOT_AN_AGENT or any(x < b and a < y for x, y, _ in found):
            continue
        out.append((a, b, name))
    return out


def _owner(
    text: str, start: int, end: int, drugs: list[tuple[int, int, str]], watched: str | None = None
) -> str | None:
    """The drug a dose at [start, end) belongs to: named right after it, else nearest before."""
    after = [d for d in drugs if d[0] >= end and _AFTER_OWNER.match(text[end : d[0]])]
    if after:
        return min(after)[2]
    before = sorted((d for d in drugs if d[1] <= start), key=lambda d: d[1])
    if watched is not None and before and before[-1][2] != watched:
        # a drug named in an aside whose bracket closes before the dose is not its owner
        # when the watched drug is named right before the aside ("X was started after a
        # drug-free week (2 weeks for fluoxetine) at 1.5 mg nightly": X's dose)
        gap = text[before[-1][1] : start]
        if gap.count(")") > gap.count("("):
            opened = text.rfind("(", 0, before[-1][0])
            outside = [d for d in before if d[1] <= opened]
            if outside and outside[-1][2] == watched:
                before = outside
    if not before or not _ADJACENT.match(text, before[-1][1], start):
        # a dose offered as the first of alternatives whose drug is named after the last
        # ("randomised to 0.05 mg/kg or 0.1 mg/kg of X", "1.5 mg/day or 3 mg/day of X")
        # is X's, not that of a drug named further back as what the people take ("on a
        # stable SSRI, were randomised to ..."); a dose right after a drug stays its own
        # ("sertraline 50 mg and 4.5 mg of X")
        shared = _alternative_named_after(text, end, drugs)
        if shared is not None:
            return shared
    if (
        watched is not None
        and before
        and before[-1][2] not in (watched, *_NOT_A_DRUG)
        and ";" in text[before[-1][1] : start]
    ):
        # a dose opening a clause of its own after a semicolon, with no drug named in that
        # clause, is not the dose of a co-medication named in the clause before ("tolerated
        # alongside X or Y; 4.5 mg/day is proposed for a trial": the 4.5 mg is not Y's);
        # the readings that follow decide whether it is the watched drug's or nobody's (the
        # watched drug's own dosing goes on across a semicolon: "took X nightly; after
        # eight weeks at 3 mg")
        return None
    if (
        watched is not None
        and before
        and before[-1][2] not in (watched, *_NOT_A_DRUG)
        and _NEW_CLAUSE_SUBJECT.match(text, before[-1][1], start)
    ):
        # ... or after ", and" opening a clause with a subject and verb of its own, no drug
        # named in it ("well tolerated alongside SSRIs or Y, and the effect appeared to
        # rise up to 3 mg": the 3 mg is not Y's); the readings that follow decide
        return None
    if (
        watched is not None
        and before
        and before[-1][2] not in (watched, *_NOT_A_DRUG)
        and _reason_clause_drug(text, before[-1][0], before[-1][1], start)
    ):
        # a drug named in a reason the sentence opens with, closed by a comma before the
        # dose ("Because of nightmares with melatonin, he was started on 1.5 mg and kept
        # at 3 mg"), is history: the dose of the main clause is not its; the readings that
        # follow decide whether it is the watched drug's
        return None
    if before and before[-1][2] in _NOT_A_DRUG:
        # a placebo has no dose of its own: it matches the drug it stands in for ("X or
        # placebo, started at 1.5 mg", "X capsules and ... identical placebo capsules,
        # each titrated to 4.5 mg"), the one named before it
        active = [d for d in before if d[2] not in _NOT_A_DRUG]
        if (
            watched is not None
            and active
            and active[-1][2] != watched
            and _TAKEN_ALREADY.search(text, max(0, active[-1][0] - 40), active[-1][0])
        ):
            # ... which is the studied drug, not a medicine its people were already on
            # ("adults on bupropion received placebo or one of three daily strengths (1,
            # 2.5 or 4.5 mg)": a placebo stands in for what the trial gives, not for what
            # the people brought with them); with the studied drug not named before, the
            # readings that follow decide whether the dose is its
            return watched if any(d[2] == watched for d in active) else None
        if active:
            return active[-1][2]
        # ... and a placebo set in brackets beside the dose it mirrors, with no active
        # drug named before it ("non-responders had their dose (or placebo) raised to 2 mg
        # twice daily", "the dose (or matching placebo) was doubled to 4 mg"): the blind's
        # stand-in owns no dose, and the readings that follow decide whether the dose is
        # the watched drug's
        if _PLACEBO_ASIDE_BEFORE.search(
            text, max(0, before[-1][0] - 40), before[-1][0]
        ) and _ASIDE_CLOSE.match(text, before[-1][1]):
            return None
        # ... and "placebo" that is only the design's word, with no drug named before it
        # ("a placebo-controlled trial with randomisation among four doses: 0.5, 1.5, 3
        # and 4.5 mg"), names no arm: the dose is nobody's yet, and the readings that
        # follow decide whether it is the watched drug's
        if _DESIGN_WORD_AFTER.match(text, before[-1][1]):
            return None
        # ... and a placebo named as what the outcomes are set against, with no active
        # drug before it ("Compared with placebo, HAM-D improved by 2.9 points in the 1-mg
        # group"), owns no dose either: the readings that follow decide whose the dose is
        if _SET_AGAINST_BEFORE.search(text, max(0, before[-1][0] - 30), before[-1][0]):
            return None
        # ... and a placebo named as the arm the people came from, with no active drug
        # before it ("those previously on placebo were titrated from 1.5 mg", "participants
        # formerly allocated to placebo began at 2 mg"): who they were, not what the dose
        # is of; the readings that follow decide whose the dose is (holdout320 35900032)
        # (not the first of the earlier trial's arms, the doses after it theirs: "previously
        # assigned to placebo or one of two doses (1 or 2 mg)")
        if _EARLIER_ARM_BEFORE.search(
            text, max(0, before[-1][0] - 40), before[-1][0]
        ) and not _ALTERNATIVE_NEXT.match(text, before[-1][1]):
            return None
        # ... and a placebo arm told with its size before the next arm's ("randomised
        # (placebo 30; 1.5 mg 29; 3 mg 30)", "placebo, n = 22, 2 mg, n = 21") is an item
        # of its own in a list of arms: the dose after it (or after the arms between, each
        # with its size) is the next arm's, not the placebo's
        # ... and a placebo that is one period of a sequence, with no active drug named
        # before it ("4.5 mg, then placebo, then 0.5 mg", "Placebo, then 0.5 mg, then 4.5
        # mg"), is a period of its own: the dose in the next period is not the placebo's
        if _NEXT_PERIOD.fullmatch(text, before[-1][1], start):
            return None
        # ... and a placebo that is the first of the alternatives people were assigned to,
        # with no active drug named before it ("randomly assigned to placebo, 0.5 mg, 1.5
        # mg or 3 mg", "placebo or 2 mg"): an arm of its own, so the dose after it is the
        # next arm's, not the placebo's
        # (not an assignment of the past, a parent's arms the report's people came from:
        # "participants previously assigned to placebo or 1.5 mg improved after switching
        # to 4.5 mg" lists no dose of this study's)
        if _NEXT_ALTERNATIVE.fullmatch(text, before[-1][1], start) and not _ASSIGNED_BEFORE.search(
            text, max(0, before[-1][0] - 40), before[-1][0]
        ):
            return None
        if _ARM_SIZE_THEN_NEXT.fullmatch(text, before[-1][1], start) or (
            _ARM_SIZE_AFTER.search(text[before[-1][1] : start])
            and _DOSE.search(text[before[-1][1] : start])
        ):
            return None
    if before:
        return before[-1][2]
    return None


# a clause of its own after the co-medication: ", and <a subject of up to three words>
# <a finite verb>" ("..., and antidepressant effect appeared to increase up to 3 mg")
_NEW_CLAUSE_SUBJECT = re.compile(
    r"[^;.(]*?,\s+(?:and|but|while|whereas)\s+(?!(?:at|to|of|with|then|later)\b)"
    r"(?:[a-z][\w\-]*\s+){1,3}?(?:was|were|is|are|appeared|seemed|rose|fell|increased|"
    r"improved|tended)\b",
    re.IGNORECASE,
)


# a reason opening its sentence (or clause), closed by a comma: "Because of nightmares with
# melatonin,", "Since she had felt agitated on bupropion,", "Given a past reaction to X,",
# "Owing to ...,", "Due to ...," (after a case's label: "Case 2: Because ...,")
_REASON_LEAD = re.compile(
    r"\s*(?:(?:case|patient)\s+\d+\s*[:.]\s*)?(?:because|since|given|owing\s+to|due\s+to)\b"
    r"[^,;.]*,",
    re.IGNORECASE,
)


def _reason_lead_end(text: str, at: int) -> int | None:
    """Where a reason opening the clause (between semicolons) of ``at`` ends, or None."""
    m = _REASON_LEAD.match(text, text.rfind(";", 0, at) + 1)
    return m.end() if m and m.end() <= at else None


def _reason_clause_drug(text: str, d_start: int, d_end: int, dose_start: int) -> bool:
    """Whether a drug at [d_start, d_end) lies in a reason the clause of a dose at
    ``dose_start`` opens with (the dose after the comma that closes it)."""
    end = _reason_lead_end(text, dose_start)
    return end is not None and d_end <= end and not _DOSE.search(text, d_end, end)


# a medicine people already take, said right before it: "adults on bupropion", "patients
# taking their SSRI", "maintained on sertraline"
_TAKEN_ALREADY = re.compile(
    r"\b(?:on|taking|already\s+taking|maintained\s+on|stable\s+on|continuing)\s+"
    r"(?:(?:their|an?|a\s+stable|stable|ongoing|background|usual|current)\s+)?$",
    re.I,
)
# the arm people were in before, named as who they are: "those previously on placebo",
# "formerly allocated to placebo", "switching from placebo"
_EARLIER_ARM_BEFORE = re.compile(
    r"\b(?:previously|originally|formerly|initially|earlier)\s+(?:been\s+)?(?:on|taking|"
    r"receiving|given|(?:assigned|randomi[sz]ed|allocated)\s+to)\s+(?:(?:the|a)\s+)?$|"
    r"\b(?:switch\w*|crossing\s+over|crossed\s+over|moving|moved)\s+from\s+(?:the\s+)?$",
    re.I,
)
_ALTERNATIVE_NEXT = re.compile(r"\s*(?:,|/|\bor\b|\band\b|\bversus\b|\bvs\b)", re.I)
# the comparator an outcome is set against: "compared with placebo", "relative to placebo"
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than|over|against)\s+$", re.I
)
_ARM_SIZE_THEN_NEXT = re.compile(
    r"\s*[,:]?\s*\(?\s*(?:n\s*=\s*)?\d+\s*\)?\s*[;,]\s*(?:and\s+)?", re.I
)
# the next period of a sequence: ", then", "followed by", "and then", "; then"
# (and the periods between: "placebo followed by 0.5 mg, then 3 mg")
_NEXT_PERIOD = re.compile(
    r"(?:\s*(?:period|phase)?\s*[,;]?\s*(?:and\s+)?(?:then|followed\s+by|after\s+which)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:{_NUM}\s*{_UNIT}(?:\s*/\s*d(?:ay)?)?)?)+",
    re.I,
)
# an assignment said to lie in the past, before the report's own time
_ASSIGNED_BEFORE = re.compile(
    r"\b(?:previously|originally|formerly|initially|earlier)\s+(?:been\s+)?"
    r"(?:assigned|randomi[sz]ed|allocated)\s+(?:to\s+)?(?:(?:the|a)\s+)?$",
    re.I,
)
# the next item of a list of alternatives: ", ", " or ", ", or to ", " versus "
_NEXT_ALTERNATIVE = re.compile(
    r"\s*(?:(?:,\s*)?(?:or|versus|vs\.?)\s+|,\s*)(?:to\s+)?(?:(?:a|an|the)\s+)?"
    # ... or the active arms counted before their list: "placebo or one of four doses (0.5,
    # 1.5, 3 or 4.5 mg)", "placebo or to one of the two strengths: 2 mg or 4 mg"
    rf"(?:one\s+of\s+(?:the\s+)?(?:(?:\d+|{counts.NUMBER_WORD})\s+)?(?:[\w\-]+\s+)?"
    r"(?:doses|dosages|strengths|dose\s+levels|levels)\s*(?:[(:]\s*)?)?",
    re.I,
)
# an opening bracket that offers the placebo as the blind's alternative: "(or placebo",
# "(or matching placebo", "[or identical placebo"
_PLACEBO_ASIDE_BEFORE = re.compile(
    r"[(\[]\s*(?:or|and|versus|vs\.?)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:matching|matched|identical)\s+)?$",
    re.I,
)
_ASIDE_CLOSE = re.compile(r"(?:\s+(?:capsules?|tablets?|pills?))?\s*[)\]]", re.I)
_DESIGN_WORD_AFTER = re.compile(r"[\s\-]+controlled\b", re.IGNORECASE)
_OR_NEXT = re.compile(
    r"\s*\)?\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:or|and|versus|vs\.?|,)\s+", re.IGNORECASE
)
# each alternative named as a dose before its amount: "a lower dose (1.5 mg) or a higher
# dose (4.5 mg) of X", or as a title writes it, hyphenated and with no article:
# "Ultra-Low-Dose (1 Microgram) and Low-Dose (4.5 mg) X"
_DOSE_LABEL = re.compile(
    r"(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?|(?:[A-Za-z]+-){1,3})(?:dose|dosage)\s*(?:\(\s*|of\s+)?",
    re.IGNORECASE,
)


# a dose written right after its drug: "sertraline 50 mg", "X (4.5 mg)", "X at 3 mg"
_ADJACENT = re.compile(
    r"[\s,:(\[]*(?:(?:at|of|in|dose|doses|daily|nightly|oral|tablets?|capsules?|a|an)\s+){0,3}"
    r"[\s(]*$",
    re.IGNORECASE,
)


_PER_DAY_AFTER = re.compile(
    r"\s*/\s*(?:day|d)\b|\s+(?:per\s+day|daily|a\s+day|once\s+daily|nightly)\b", re.I
)


def _alternative_named_after(text: str, end: int, drugs: list[tuple[int, int, str]]) -> str | None:
    """The drug named right after the last of the alternatives a dose opens ("0.05 mg/kg
    or 0.1 mg/kg of X", "1, 2 or 4 mg/day of X"), or None."""
    for _ in range(4):
        per_day = _PER_DAY_AFTER.match(text, end)
        link = _OR_NEXT.match(text, per_day.end() if per_day else end)
        if link is None:
            return None
        a = link.end()
        label = _DOSE_LABEL.match(text, a)
        a = label.end() if label else a
        nxt = _DOSE.search(text[a : a + 40])
        if nxt is None or nxt.start() != 0:
            return None
        end = a + nxt.end()
        after = [d for d in drugs if d[0] >= end and _AFTER_OWNER.match(text[end : d[0]])]
        if after:
            return min(after)[2]
    return None


def _next_alternative_owner(text: str, end: int, drugs: list[tuple[int, int, str]]) -> str | None:
    """The drug of the next dose when the two are alternatives: "3 mg (n = 30) or 4.5 mg
    (n = 30) of X" gives the 3 mg to X, and so does "a lower dose (3 mg) or a higher dose
    (4.5 mg) of X"."""
    link = _OR_NEXT.match(text, end)
    if link is None:
        return None
    a = link.end()
    label = _DOSE_LABEL.match(text, a)
    a = label.end() if label else a
    nxt = _DOSE.search(text[a : a + 40])
    if nxt is None or nxt.start() != 0:
        return None
    return _owner(text, a + nxt.start("nums"), a + nxt.end(), drugs)


# the watched drug added to a base treatment: "X was added to venlafaxine", "X, given as
# an adjunct to her sertraline", "X combined with duloxetine"; the base drug ends the match
_ADDED_TO_BASE = Folded(
    r"\b(?:add(?:ed|ing)?|adjunct(?:ive)?|augment\w*|in\s+addition|combined|co-?administered|"
    r"alongside|on\s+top)\b[^.;]{0,60}?\b(?:to|with|of|alongside)\s+"
    r"(?:(?:his|her|their|the|an?|ongoing|existing|current|stable|usual|background)\s+){0,2}"
    # (the base named as a class, then the drugs it mostly was: "added to the existing
    # antidepressant, most often sertraline, citalopram or mirtazapine")
    r"(?:(?:antidepressants?|medications?|treatments?|regimens?)\s*[,(]?\s*(?:most\s+often|"
    r"mostly|usually|typically|commonly|mainly|chiefly|such\s+as|e\.g\.,?|including)\s+)?$",
    re.I,
)
# ... and the words after the base drug that go on to dose the added one: "with flexible
# dosing between 1.5 and 4.5 mg", ", titrated to 3 mg", ", starting at 1 mg" (a dose
# written right after the base drug, "venlafaxine 225 mg", "(225 mg/day)", is the base's)
_DOSES_THE_ADDED = re.compile(
    r"\b(?:dos(?:e|es|ed|ing|age)|titrat\w*|start\w*|began|beginning|increas\w*|rais\w*|"
    r"escalat\w*|uptitrat\w*)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:which|whose|who|its)\b", re.I)
# the link between drugs listed as one base treatment: "fluoxetine and aripiprazole",
# "sertraline, bupropion or mirtazapine", "venlafaxine plus lithium"
_BASE_LIST_LINK = re.compile(
    r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|plus\s+|&\s*)(?:(?:his|her|their|the)\s+)?$",
    re.I,
)


def _added_to_base(text: str, start: int, drugs: list[tuple[int, int, str]], drug: str) -> bool:
    """The dose at ``start`` follows, in its clause, a drug named as the base treatment the
    watched drug was added to, with words dosing the added drug in between: "X was added
    to venlafaxine with flexible dosing between 1.5 and 4.5 mg" is X's 1.5-4.5 mg. Not a
    dose written right after the base drug, nor one in a clause or a bracket about it
    ("added to sertraline, which was increased to ...")."""
    a, _ = _clause(text, start)
    before = sorted((d for d in drugs if a <= d[0] and d[1] <= start), key=lambda d: d[1])
    if not before or before[-1][2] == drug:
        return False
    base = before[-1]
    # the base may be several drugs listed together ("X was added to fluoxetine and
    # aripiprazole, starting at 1.5 mg"): the verb of adding stands before the first
    first = base
    for d in reversed(before[:-1]):
        if d[2] == drug or not _BASE_LIST_LINK.match(text[d[1] : first[0]]):
            break
        first = d
    ours = [d for d in before if d[2] == drug and d[1] <= first[0]]
    # (the verb before or after the added drug: "X was added to Y", "we added X to Y")
    if not ours or not _ADDED_TO_BASE.search(text[a : first[0]]):
        return False
    gap = text[base[1] : start]
    if gap.lstrip().startswith(":"):
        # "X was added to sertraline: 1.5 mL at bedtime for a week, then 3 mL": what a
        # colon after the base drug opens is the schedule of the addition it completes
        return not _RELATIVE.search(gap) and not any(base[1] <= d[0] < start for d in drugs)
    # (a bracket after the base drug is an aside about it or the protocol: "added to the
    # tricyclic (dose reduced from 4.5 mg in version 3)")
    if "(" in gap or _RELATIVE.search(gap) or any(base[1] <= d[0] < start for d in drugs):
        return False
    return _DOSES_THE_ADDED.search(gap) is not None


def _second_dose(
    text: str, at: int, end: int, drugs: list[tuple[int, int, str]], owner: str
) -> bool:
    """The dose at ``at`` follows another dose of ``owner`` in the same sentence, with a verb
    of giving in between: "taking tranylcypromine 40 mg, received 3 mg" (the 3 mg is not
    tranylcypromine's)."""
    named = [d for d in drugs if d[2] == owner and d[1] <= at]
    if not named:
        return False
    last = max(d[1] for d in named)
    between = text[last:at]
    dose = _DOSE.search(between)
    if dose is None:
        # "a man with recurrent depression on bupropion, took 4.5 mg": the other drug named
        # only as what the person already takes, no dose of its own, then a verb giving
        # the dose
        return (
            _taken_by_people_before(text, at, drugs, owner)
            and _GIVEN_NEXT.search(between) is not None
        )
    return (
        _GIVEN_NEXT.search(between[dose.end() :]) is not None
        # "on duloxetine (60 mg/day) were enrolled in cohorts of 6-9 patients: 1 mg, 2 mg":
        # a dose listed as a cohort's or an arm's after the other drug had its own
        or _cohort_dose(text, at, end)
    )


def _names_other_drug(doc: Doc, s: Sentence, span: tuple[int, int] | None = None) -> bool:
    """Another drug is named in the sentence (or in ``span`` of it)."""
    a, b = span or (0, len(s.text))
    return any(a <= m.start < b for m in doc.comedications(s)) or any(
        m.group(0).lower() not in _NOT_A_DRUG and a <= m.start() < b
        for m in doc.spec.other_drugs.finditer(s.text)
    )


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause (between semicolons) holding position ``at``."""
    a = text.rfind(";", 0, at) + 1
    b = text.find(";", at)
    return a, len(text) if b < 0 else b


# another drug named as what the participants already take, not as a drug dosed: "people
# taking vortioxetine", "patients on an SSRI", "an inadequate response to sertraline"
_TAKEN_BY_PEOPLE_BEFORE = re.compile(
    r"\b(?:taking|takes?|on|receiving|using|treated\s+with|(?:response|responded)\s+(?:\w+ly\s+)?to|"
    # (or let keep it: "Participants with insomnia could continue trazodone 25-50 mg")
    r"continu(?:e|ed|es|ing))\s+"
    r"(?:(?:an?|the|their|his|her|stable|current|ongoing|existing)\s+){0,2}$|"
    # ... or in brackets after the class the people take: "on a stable mood stabiliser
    # (lithium or", "taking an SSRI (sertraline", "on their usual antidepressant (e.g."
    r"\b(?:taking|on|receiving|using|treated\s+with)\s+"
    r"(?:(?:an?|the|their|his|her|stable|current|ongoing|existing|usual|background)\s+){0,2}"
    r"(?:mood\s+stabili[sz]ers?|antidepressants?|SSRIs?|SNRIs?|antipsychotics?|medications?)"
    r"\s*\((?:e\.g\.,?\s*|such\s+as\s+)?$|"
    # ... or named as the people's own treatment by a copula: "the 71 participants whose
    # background antidepressant was venlafaxine or duloxetine", "those whose SSRI was
    # sertraline" (a drug they already took, not an arm's)
    r"\bwhose\s+(?:(?:background|baseline|concurrent|concomitant|current|ongoing|existing|"
    r"stable|own|usual)\s+)?(?:antidepressants?|medications?|treatments?|SSRIs?|SNRIs?)\s+"
    r"(?:was|were)\s+$|"
    # ... or listed as the people's background medicines: "Concurrent antidepressants were
    # SSRIs (n = 21), SNRIs", "Concomitant medications included sertraline"
    r"\b(?:concurrent|concomitant|background|baseline|ongoing|co-?prescribed)\s+"
    r"(?:antidepressants?|medications?|treatments?)\s+(?:were|was|included|comprised)\s+$",
    re.I,
)


_TREATED_AFTER = re.compile(r"-(?:treated|maintained|taking|using)\b", re.I)
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+)", re.I)


def _taken_by_people_before(
    text: str, at: int, drugs: list[tuple[int, int, str]], owner: str
) -> bool:
    """The last drug named before ``at`` is ``owner``, named as what the people already
    take ("adolescents on fluoxetine", "patients taking sertraline") with no dose written
    after it: the dose at ``at`` is not that drug's by being near it."""
    before = [d for d in drugs if d[1] <= at]
    if not before:
        return False
    a, b, name = max(before, key=lambda d: d[1])
    # (the last of a list of such drugs: "on citalopram or escitalopram")
    head = a
    for c, e, _ in sorted(before, key=lambda d: d[1], reverse=True)[1:]:
        if not _LIST_LINK.fullmatch(text[e:head]):
            break
        head = c
    a = head
    return (
        name == owner
        and (
            _TAKEN_BY_PEOPLE_BEFORE.search(text[max(0, a - 40) : a]) is not None
            # "in bupropion-treated major depressive disorder", "SSRI-maintained adults"
            or _TREATED_AFTER.match(text, b) is not None
        )
        and _DOSE.search(text[b:at]) is None
    )


# a number with a unit of mass or volume: the sentence states a dose (the literal hint
# alone also holds in words: "randomly", "smell")
_NUM_UNIT = re.compile(rf"{_NUM}[\s\-]*{_UNIT}\b", re.I)


def _states_dose(s: Sentence) -> bool:
    """The sentence writes a number with a unit of mass or volume."""
    return bool(_UNIT_HINT.search(s.text)) and _NUM_UNIT.search(s.text) is not None


def _states_band_dose(s: Sentence, spec: WatchSpec) -> bool:
    """The sentence writes a volume, or a mass in the watched drug's band."""
    for m in _NUM_WITH_UNIT.finditer(s.text):
        unit = m.group("u")
        if unit is None:
            continue
        if unit.lower() not in _MASS_UNITS:
            return True
        if spec.is_low(_number(m.group("n")) * _scale(unit, None)):
            return True
    return False


_MASS_UNITS = {
    "mg",
    "milligram",
    "milligrams",
    "µg",
    "μg",
    "mcg",
    "ug",
    "microgram",
    "micrograms",
    "microg",
    "g",
    "gram",
    "grams",
}


def _only_taken_by_people(s: Sentence, starts: list[int], spec: WatchSpec | None = None) -> bool:
    """Every other drug the sentence names is what its people already take, and it states
    no dose: it describes who takes part, and the text's dosing subject is still the drug
    named before it. With ``spec``, a dose far above the watched drug's band (what the
    people take of their own medicine: "on venlafaxine XR (150-300 mg)") still describes
    who takes part; only a dose in the band could be the next dose's subject."""
    if _states_dose(s) and (spec is None or _states_band_dose(s, spec)):
        return False
    taken: list[int] = []
    for i in sorted(starts):
        if _TAKEN_BY_PEOPLE_BEFORE.search(s.text[max(0, i - 40) : i]) or (
            # ... and so is every later item of the list it opens: "MDD on bupropion XL or
            # a psychostimulant", "taking sertraline, escitalopram or fluoxetine"
            taken and _NEXT_ITEM_OF_TAKEN.match(s.text, taken[-1], i)
        ):
            taken.append(i)
        else:
            return False
    return True


# from one drug of a list to the next: the first drug's name (a word or two of its form
# after it: "bupropion XL"), then a comma, "or", "and" or a slash
_NEXT_ITEM_OF_TAKEN = re.compile(
    # (each item may carry its count in brackets: "SSRIs (n = 21), SNRIs (n = 9) and";
    # or in words after it: "SSRIs in 21 participants, bupropion in 12" (preprints74
    # PPR2300019); or as a share, bracketed or not: "SSRIs (58%), SNRIs (24%)", "SSRIs
    # (n = 123, 58%)", "SSRIs (123 [58%])", "SSRIs 58%, SNRIs 24%", "SSRIs in 58%"
    # (holdout395 44500025))
    r"[\w\-]+(?:\s+[\w\-]+){0,2}?\s*(?:\(\s*(?:n\s*=\s*)?\d[\d.,;%\s\[\]]*\)\s*|"
    r"\s*\bin\s+\d+(?:\.\d+)?\s*%\s*|\s*\b\d+(?:\.\d+)?\s*%\s*|\s*\bin\s+\d+"
    rf"(?:\s+(?:{counts.PEOPLE}))?\s*)?"
    r"(?:,\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s+|/\s*)"
    r"(?:(?:an?|the|another|other)\s+)?$",
    re.I,
)


def _given_last(s: Sentence, at: int, others: list[int]) -> bool:
    """The sentence ends by giving the watched drug (named at ``at``) after every other
    drug it names: "adults with MDD despite 8 weeks of an SSRI received open-label X",
    "patients taking duloxetine were started on X". The other drugs say who the people
    are; the drug given, the sentence's last, is what a following dose clause doses."""
    return (
        all(i < at for i in others)
        and (
            _GIVEN_NEXT.search(s.text[max(0, at - 30) : at]) is not None
            or _GIVEN_NEXT_WORDS_BEFORE.search(s.text[max(0, at - 80) : at]) is not None
            or _GIVEN_AFTER.match(s.text, at) is not None
        )
        # (a liquid's strength after it doses nobody: "received X as a compounded oral
        # solution (1 mg/mL)")
        and not _UNIT_HINT.search(_STRENGTH_PER_ML.sub(" ", s.text[at:]))
    )


_STRENGTH_PER_ML = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\s*/\s*m[lL]\b")


# the watched drug given in the passive, the verb after it: "(women taking sertraline) to
# whom low-dose X was added", "in whom X was then started", "X was introduced"
_GIVEN_AFTER = re.compile(
    r"[^.;,()]{0,40}?\b(?:was|were|had\s+been)\s+(?:then\s+|subsequently\s+|later\s+)?"
    r"(?:added|given|started|prescribed|introduced|initiated|commenced|begun)\b",
    re.I,
)


# the watched drug as what people are allocated to: "randomised ... to one of three X
# doses", "assigned to X" (the allocation verb earlier in the sentence)
_ALLOCATED_TO_BEFORE = re.compile(
    r"\bto\s+(?:(?:one|each|either)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|\d)\s+|"
    r"(?:an?|the)\s+)?(?:(?:low|lower|ultra[\s\-]low|very[\s\-]low|different|fixed)"
    r"[\s\-]+(?:dose\s+)?)*$",
    re.I,
)
_ALLOCATION_VERB = re.compile(rf"\b(?:{ALLOCATED})\b", re.I)
# a word making a later drug an alternative to the allocated one: "to X or to sertraline"
_ALTERNATIVE_BETWEEN = re.compile(
    r"\b(?:or|versus|vs|compared|than|against)\b|\bwith\s+(?!the\b)", re.I
)


def _allocated_to_drug(s: Sentence, at: int, others: list[int]) -> bool:
    """The sentence allocates its people to the watched drug (named at ``at``), every
    other drug before it being what they already take ("adults with a partial response
    to an SSRI were randomised to one of three X doses while the SSRI continued"): the
    drug allocated, not the people's own antidepressant, is what a following dose clause
    doses; a drug after it as an alternative ("to X or to sertraline") keeps it open."""
    verb = _ALLOCATION_VERB.search(s.text, 0, at)
    if verb is None or not _ALLOCATED_TO_BEFORE.search(s.text, verb.end(), at):
        return False
    if _states_dose(s):
        return False
    before = [i for i in others if i < at]
    if before and not _only_taken_by_people(s, before):
        return False
    return not any(_ALTERNATIVE_BETWEEN.search(s.text, at, i) for i in others if i > at)


# the verb giving the drug with a few words describing it in between: "were given
# open-label low-dose X", "received adjunctive compounded X" (no clause break between)
_GIVEN_NEXT_WORDS_BEFORE = re.compile(
    r"\b(?:received|were\s+given|was\s+given|were\s+started\s+on|was\s+started\s+on|took|"
    r"were\s+prescribed|was\s+prescribed|were\s+treated\s+with|was\s+treated\s+with)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,3}$",
    re.I,
)


# the rest of a dose's clause, after it, naming what the people keep taking: "while
# continuing duloxetine", "whilst continuing their SSRI" (no dose of its own after it)
# ... or passive, the kept drugs the clause's subject: "while existing antidepressants
# were continued unchanged", "and the SSRI was kept at its dose"
_CONTINUED_AFTER_DOSE = re.compile(
    r"[,\s]\b(?:(?:while|whilst)\s+(?:continuing|still\s+taking|remaining\s+on|staying\s+on|"
    r"maintaining)|(?:while|whilst|and)\s+[^.;]{0,100}?\b(?:was|were)\s+(?:all\s+)?"
    r"(?:continued|kept|maintained|left)\s+(?:unchanged|unaltered|as\s+before|at\s+(?:the\s+"
    r"same|their|its|a\s+stable)\b|throughout\b|$|[.;]))"
    rf"(?![^.;]*?\d\s*{_UNIT}\b)[^.;]*[.;]?\s*$",
    re.I,
)


def _follows_drug(
    doc: Doc,
    s: Sentence,
    at: int = 0,
    dosed: dict[int, str] | None = None,
    *,
    low: bool = False,
) -> bool:
    """A dose clause naming no drug ("The modal dose was 4.5 mg/d (range, 1.5-4.5 mg/d)";
    "Dosing was flexible between 1.5 and 4.5 mg; the SSRI continued") speaks of the drug
    the text last made its subject: the nearest earlier sentence that names a drug must
    name the watched drug first, before any other drug, so "patients took sertraline.
    The mean dose was 100 mg" stays sertraline's; or its last dose was the watched drug's
    (``dosed``: the owner of each earlier sentence's last dose), so "patients on sertraline
    100 mg took X 1 mg. Non-responders had the dose raised to 3 mg" is X's."""
    a, b = _clause(s.text, at)
    # (a drug in a reason the clause opens with, "Because of nightmares with melatonin, he
    # was started on 1.5 mg", is history, not the dose's subject: ``_reason_clause_drug``)
    a = _reason_lead_end(s.text, at) or a
    # (a drug after the dose said to be kept on, "4.5 mg nightly while continuing
    # duloxetine", is what the people already take, not the dose's subject)
    kept = _CONTINUED_AFTER_DOSE.search(s.text, at, b)
    if _names_other_drug(doc, s, (a, kept.start() if kept else b)):
        return False
    for prev in reversed([x for x in doc.sentences if x.index < s.index and not x.background]):
        ntx = doc.drug(prev)
        others = [m.start for m in doc.comedications(prev)]
        others += [
            m.start()
            for m in doc.spec.other_drugs.finditer(prev.text)
            if m.group(0).lower() not in _NOT_A_DRUG
        ]
        if others and not ntx and low and _only_taken_by_people(prev, others, doc.spec):
            # "Eligibility was broadened to people taking vortioxetine. The titration
            # schedule (1.5 mg, then 3 mg, then 4.5 mg) is unchanged": a dose in the band
            # after a sentence on who takes part is still the study drug's
            continue
        if ntx or others:
            if bool(ntx) and (not others or min(x.start for x in ntx) < min(others)):
                return True
            if ntx and _given_last(prev, max(x.start for x in ntx), others):
                return True
            if ntx and _allocated_to_drug(prev, min(x.start for x in ntx), others):
                return True
            return dosed is not None and dosed.get(prev.index) == doc.spec.drug
    return False


_TOLERATED_BEFORE = re.compile(
    r"\b(?:not|n't|unable to|never)\s+(?:\w+\s+)?(?:tolerate|take)\s*$", re.IGNORECASE
)
# the dose users typically took, in a study that assigned none: "median dose 4.5 mg/day"
_TYPICAL = re.compile(r"\b(?:median|mean|average|typically|usually)\b", re.I)


def typical(doc: Doc) -> list[Dose]:
    """The watched drug's typical dose as a statistic ("median dose 4.5 mg/day"): what an
    observational study that assigned no dose says its users took (CONTRACT.md lists
    assigned doses; a study of users states none, only this)."""
    return find(doc, typical=True)


_WORD_VALUES = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_DIGIT_WORD = r"(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine)"
# a quarter or three after a whole number in words: "two and a quarter milligrams" (2.25),
# "four and three-quarter mg" (4.75)
_QUARTERS = r"\s+and\s+(?:a\s+|one\s+|one[\s\-]+)?quarters?|\s+and\s+three[\s\-]+quarters?"
# a dose written in words: "one and a half milligrams", "four and a half mg", "half a mg"
# (in a translation often without its article: "four and half milligram"),
# or read out with its decimal point: "four point five mg", "zero point five milligrams",
# or its decimal comma, as a translation reads it aloud: "four comma five milligrams"
# (the whole number is read, never its last word alone: "four point five" is 4.5, not 5)
_DECIMAL_WORD = r"(?:point|comma)"
# (a half also as "one-half": "one-half, one and two milligrams")
_WORDED_DOSE = (
    r"(?:one[\s\-]half|(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"(?:\s+and\s+(?:a\s+)?half|{_QUARTERS}|[\s\-]+{_DECIMAL_WORD}[\s\-]+{_DIGIT_WORD}(?:[\s\-]+{_DIGIT_WORD})?)?)"
)
# ... each item of a list of them the unit ends: "one, two or four milligrams", "two or
# four and a half mg" (every item in words; not a week's or an arm's number, "in week one,
# four mg")
_SPELLED = Folded(
    r"(?<!\bweek\s)(?<!\bday\s)(?<!\bstep\s)(?<!\barm\s)(?<!\bgroup\s)(?<!\bphase\s)"
    r"(?<!\bcohort\s)(?<!\blevel\s)"
    # (not a vague amount: "doses between a few hundred micrograms and 4.5 mg")
    r"(?<!\bfew\s)(?<!\bseveral\s)(?<!\bmany\s)"
    r"\b(?:(?P<w>zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"(?:(?P<half>\s+and\s+(?:a\s+)?half)|(?P<quarter>{_QUARTERS})|[\s\-]+{_DECIMAL_WORD}[\s\-]+(?P<frac>{_DIGIT_WORD}(?:[\s\-]+{_DIGIT_WORD})?))?|"
    r"(?P<only>half\s+a|a\s+half|one[\s\-]half)|"
    # ... or a larger number, read whole: "forty-five milligrams" is 45, not 5, with its
    # fraction too: "twelve and a half milligrams" is 12.5, not "a half" (0.5), and
    # "eleven point five mg" 11.5, not 5
    rf"(?P<big>{counts.NUMBER_WORDS})(?:(?P<bhalf>\s+and\s+(?:a\s+)?half)|"
    rf"(?P<bquarter>{_QUARTERS})|[\s\-]+{_DECIMAL_WORD}[\s\-]+(?P<bfrac>{_DIGIT_WORD}))?)"
    # (a larger number among them too: "ten or forty micrograms")
    rf"(?=(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and|to)\s+)"
    rf"(?:{_WORDED_DOSE}|{counts.NUMBER_WORDS}(?:\s+and\s+(?:a\s+)?half)?)\b)*"
    # (or micrograms, an ultra-low dose: "fifty micrograms once daily"; not a count of
    # the doses named by their unit, "we compared two microgram doses")
    r"[\s\-]+(?:milligrams?|mg|millilit(?:re|er)s?|mL|"
    r"(?:micrograms?|mcg|µg|μg)\b(?![\s\-]+(?:doses|levels|arms|groups|regimens|strengths)\b))\b)",
    re.IGNORECASE,
)


def _spelled(text: str) -> str:
    """``text`` with doses written in words turned into digits, padded with spaces to the
    same length (so every offset still holds): "one and a half milligrams" reads 1.5, "two
    millilitres" of a liquid 2 mL."""
    if not (
        "milligram" in text
        or " mg" in text
        or "millilit" in text
        or " mL" in text
        or "microgram" in text
        or " mcg" in text
        or "µg" in text
        or "μg" in text
    ):
        return text

    def digits(m: re.Match[str]) -> str:
        if m.group("only"):
            value = "0.5"
        elif m.group("big"):
            big = counts.words_to_int(m.group("big")) or 0
            quarter = m.group("bquarter")
            extra = 0.5 if m.group("bhalf") else 0.0
            if quarter:
                extra = 0.75 if "three" in quarter.lower() else 0.25
            value = f"{big + extra:g}"
            if m.group("bfrac"):
                value += "." + str(_WORD_VALUES[m.group("bfrac").lower()])
        else:
            n = _WORD_VALUES[m.group("w").lower()] + (0.5 if m.group("half") else 0)
            if m.group("quarter"):
                n += 0.75 if "three" in m.group("quarter").lower() else 0.25
            value = f"{n:g}"
            if m.group("frac"):
                tail = re.split(r"[\s\-]+", m.group("frac").lower())
                value += "." + "".join(str(_WORD_VALUES[w]) for w in tail)
        return value.ljust(len(m.group(0)))

    return _SPELLED.sub(digits, text)


# a count of people allocated to a dose, told after an allocation: "120 were randomised:
# 14 to 1 mg, 19 to 2 mg ...", "assigned as follows: 12 to 0.5 mg and 11 to 2 mg" (the
# count is no dose, and "14 to 1 mg" no range)
_ALLOCATED_BEFORE = Folded(r"\b(?:randomi[sz]ed|allocated|assigned)\b", re.I)
_COUNT_TO_DOSE = Folded(
    rf"(?:(?<=[:;,])|(?<=\band)|(?<=\bwith))\s*(?P<n>\d+)\s+to\s+(?=(?P<d>{_NUM})\s*{_UNIT}\b)",
    re.I,
)


_ARM_SIZE_AFTER = re.compile(r"\s*,?\s+(?:n\s*=\s*)?\d+\s*[;,)]", re.I)
_ALLOCATED_BRACKET = re.compile(
    r"\b(?:randomi[sz]ed|allocated|assigned)\s*\((?:[^()]*[;,]\s*)?$", re.I
)
_COUNT_SENT_BEFORE = re.compile(r"(?<![\d.])\d+\s+to\s+$", re.I)


def _without_counts_allocated(text: str) -> str:
    """The text with each count of people allocated to a dose ("14 to 1 mg" after
    "randomised:") blanked, the same length; a count is a whole number above the dose it
    is sent to, so a falling range ("4.5 to 1.5 mg") is no count."""
    if " to " not in text:
        return text
    allocated = _ALLOCATED_BEFORE.search(text)
    if allocated is None:
        return text

    def blank(m: re.Match[str]) -> str:
        if m.start() < allocated.end() or int(m.group("n")) <= _number(m.group("d")):
            return text[m.start() : m.end()]  # (a folded match's groups are lower-cased)
        return " " * len(m.group(0))

    return _COUNT_TO_DOSE.sub(blank, text)


# the trial a derived report re-analyses, named as such: "the parent randomised trial",
# "the original double-blind RCT" (not "a previous trial": other work)
_PARENT_TRIAL = Folded(
    r"\b(?:the|its|our)\s+(?:parent|original|main|index|source)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:trial|study|RCT)\b",
    re.I,
)


def find(doc: Doc, *, typical: bool = False) -> list[Dose]:
    """Every dose in the abstract (background sentences excluded), with its owner and its
    place in a schedule (a titration's first steps, a raise for non-responders); with
    ``typical``, only the statistics of the watched drug's dose instead.

    A report derived from one trial (a secondary or post-hoc analysis, not an extension,
    which has its own dosing, nor a pooling of several) whose own words give no low dose
    of the drug has its parent's: the background sentence naming "the parent trial" says
    what its participants took (CONTRACT.md: the parent's arms are theirs)."""
    own = [s for s in doc.sentences if not s.background]
    out = _find(doc, own, typical=typical)
    ups = roles.taken_up(doc)
    if ups and not typical:
        # the earlier regimen the study's own next sentence takes up as an arm it
        # compares: its dose of the drug is one of the study's (not the rest of what that
        # background sentence tells)
        spec = doc.spec
        earlier = [s for s in doc.sentences if s.index in ups]
        out = [
            replace(d, taken_up=ups[d.sentence.index])
            for d in _find(doc, earlier)
            if d.owner == spec.drug
            and spec.is_low(d.mg_per_day)
            and not (d.per_kg or d.bound or d.earlier)
        ] + out
    if doc.extension and not typical:
        out = _extension_own_doses(doc, out)
    if typical or not doc.derived or doc.extension or doc.pooled:
        return out
    out = _analysed_arms_only(doc, out)
    spec = doc.spec
    if any(d.owner == spec.drug and d.own and spec.is_low(d.mg_per_day) for d in out):
        return out
    sentences = doc.sentences
    # the trial told in the background sentence right before the report's own act ("In a
    # randomized double-blind trial, adults ... were assigned to naltrexone 1 mg, 2.5 mg or
    # 4.5 mg daily. Here we examine dose-response ..."): the trial the report works on
    set_up = doc.trial_set_up | _trial_of_all_analysed(doc)
    parent = [
        s
        for s in sentences
        if s.background
        and (_PARENT_TRIAL.search(s.masked) or _WE_USED_TRIAL.match(s.text) or s.index in set_up)
    ]
    if not parent:
        return out
    told = [
        replace(d, parent=True)
        for d in _find(doc, parent)
        if (
            (
                _PARENT_TRIAL.search(d.sentence.masked[: d.start])
                or (
                    d.sentence.index in set_up
                    and _A_TRIAL.search(d.sentence.masked[: d.start]) is not None
                )
            )
            and d.sentence.masked[d.start] == d.sentence.text[d.start]
        )
        or _in_trial_we_used(d.sentence.text, d.start)
    ]
    return told + out


# the report's own sample named as the whole of a trial: "post-hoc analysis of all 96
# randomised participants", "all ninety patients of the trial were included"
_ALL_ANALYSED = Folded(
    rf"\ball\s+(?:of\s+the\s+)?(?P<num>{counts.NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{counts.PEOPLE})\b",
    re.I,
)
# a trial told with its size: "In a 96-patient randomised trial", "a trial of 96 adults"
_TRIAL_SIZE = Folded(
    rf"(?<![\w.,])(?P<num>{counts.NUMBER})(?:\-(?:patient|participant|subject|person)|"
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:{counts.PEOPLE})\b)",
    re.I,
)


def _trial_of_all_analysed(doc: Doc) -> set[int]:
    """The background sentences telling a trial of as many people as the report's own
    sentence analyses as "all" of them ("In a 96-patient randomised trial, X 4.5 mg ...";
    "Post-hoc analysis of all 96 randomised participants"): the same people, so the trial
    the report works on, whose dose they took."""
    whole = {
        counts.words_to_int(m.group("num"))
        for s in doc.sentences
        if s.own and not s.background
        for m in _ALL_ANALYSED.finditer(s.text)
    } - {None}
    if not whole:
        return set()
    return {
        s.index
        for s in doc.sentences
        if s.background
        and _A_TRIAL.search(s.masked)
        and any(counts.words_to_int(m.group("num")) in whole for m in _TRIAL_SIZE.finditer(s.text))
    }


# the arms a derived report's own sample comes from, named by their doses: "available for
# 48 participants in the 4.5 mg and placebo arms", "we analysed the 3 mg group only",
# "restricted to participants of the 1 mg and 4.5 mg arms"
_ARM_NAME = r"(?:\d+(?:\.\d+)?[\s\-]*(?:mg|µg|μg|mcg)(?:/d(?:ay)?)?|placebo|control)"
_ANALYSED_ARMS = re.compile(
    r"\b(?:available|analy[sz]ed|analysis|included|restricted|limited|confined|measured|"
    r"assessed|sampled|participants|patients)\b[^.;]{0,60}?\b(?:in|of|from|to)\s+the\s+"
    rf"(?P<arms>{_ARM_NAME}(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:the\s+)?{_ARM_NAME})*)"
    r"\s+(?:arms?|groups?)\b",
    re.I,
)


def _analysed_arms_only(doc: Doc, doses: list[Dose]) -> list[Dose]:
    """A report derived from a trial whose own sample is drawn from some of the trial's arms,
    named by their doses ("baseline CRP was available for 48 participants in the 4.5 mg
    and placebo arms"): the other arms' doses are the parent's, not taken by anyone this
    report studies (CONTRACT.md: a secondary analysis is its own analysed sample)."""
    drug = doc.spec.drug
    named: set[float] = set()
    for s in doc.sentences:
        if s.is_title or s.future:
            continue
        for m in _ANALYSED_ARMS.finditer(s.text):
            for n in re.finditer(r"(\d+(?:\.\d+)?)[\s\-]*(mg|µg|μg|mcg)", m.group("arms"), re.I):
                named.add(round(_number(n.group(1)) * _scale(n.group(2), None), 4))
    if not named or not any(d.owner == drug and round(d.mg_per_day, 4) in named for d in doses):
        return doses
    return [
        replace(d, dropped=True)
        if d.owner == drug and round(d.mg_per_day, 4) not in named and doc.spec.is_low(d.mg_per_day)
        else d
        for d in doses
    ]


# a trial named in a sentence ("In a randomized double-blind trial, ...", "An 8-week RCT
# randomised ...")
_A_TRIAL = re.compile(r"\b(?:trial|RCT)\b", re.I)


# the report's own act on a trial it names, in one sentence: "In a randomised trial of 60
# older adults comparing LDN 4.5 mg/day with escitalopram 10 mg/day, we examined whether
# ...", "Using data from a placebo-controlled trial of X 2 mg, we analysed ..." (the trial
# whose data the report uses is its parent, named by what it did, not as "the parent")
_WE_USED_TRIAL = re.compile(
    r"^\s*(?:in|within|among\s+(?:the\s+)?(?:participants|patients)\s+(?:of|in)|"
    r"using\s+(?:data\s+from|the\s+data\s+of)?|from|drawing\s+on(?:\s+data\s+from)?)\s+"
    r"(?:a|an|the|this|our)\s+(?:[\w\-]+\s+){0,4}?(?:trial|study|RCT)\b(?P<arms>[^;]{0,240}?),\s*"
    r"(?:we\s+(?:\w+\s+)?(?:examin|analy[sz]|assess|investigat|test|explor|evaluat|stud|"
    r"compar|report|measur|look|ask)\w*|"
    # ... or the part of the trial's people the report studies, in a substudy: "Within a
    # crossover trial of X 0.5 mg versus placebo, a subset of participants completed mood
    # ratings" (the report's own people, inside the trial, took its dose)
    r"(?:a\s+|one\s+)?(?:random\s+)?(?:subset|subsample|sub-sample|subgroup|sub-group)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:participants|patients|adults|subjects|women|men|people)\b)",
    re.I,
)


def _in_trial_we_used(text: str, at: int) -> bool:
    """The dose at ``at`` stands in the trial's description before "we <examined>"."""
    m = _WE_USED_TRIAL.match(text)
    return m is not None and m.start("arms") <= at < m.end("arms")


# an allocation whose arms are named only by their number as doses of one drug: "randomly
# allocated in equal numbers to one of three nightly naltrexone doses", "randomised to two
# doses of X", "assigned to one of four dose groups" (which doses they are is said later,
# by the outcome of each)
_ALLOCATED_TO_DOSES = Folded(
    # (... or "between", "among" them: "randomised between two doses", "allocated among
    # three fixed doses", "to either of two doses")
    r"\b(?:randomi[sz]ed|randomly|allocated|assigned)\b[^.;]{0,60}?\b(?:to|between|among)\s+"
    # (... a placebo arm named first: "to placebo or one of three X doses")
    r"(?:(?:a\s+|matching\s+)?(?:placebo|sham)\s+(?:or|and)\s+(?:to\s+)?)?"
    # (... the "one" a digit, as journal style writes it: "to placebo or 1 of 3 daily X doses")
    r"(?:(?:one|either|1)\s+of\s+(?:the\s+)?)?"
    r"(?:two|three|four|five|[2-5])\s+(?:(?:different|fixed|nightly|daily|oral|blinded)\s+)?"
    # (... or strengths: "to one of two naltrexone strengths taken nightly")
    r"(?:[\w\-]+\s+){0,2}?(?:doses|dosages|strengths|dose\s+(?:groups|arms|levels|strengths))\b",
    re.I,
)
# a dose that labels the arm an outcome value belongs to, in the results: "-6.2 with 1 mg,
# -8.0 with 2.5 mg", "a 42% response on 4.5 mg", "11.3 points in the 2 mg arm" (the number
# before is the outcome's; a statistic of the dose itself, "a mean dose of 3 mg", has none)
_ARM_OUTCOME_BEFORE = Folded(
    r"[-+−]?\d+(?:\.\d+)?\s*(?:%|points?)?\s+(?:with|on|at|under|in\s+the)\s+$|"
    # ... the dose in brackets after the value, "fell by 11.0 (0.5 mg/day)", or the people
    # given it after a share, "41% of patients given 1 mg/day, 48% of those given 3 mg/day"
    r"[-+−]?\d+(?:\.\d+)?\s*(?:%|points?)?\s*\(\s*$|"
    r"\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:patients|participants|those|people|adults|"
    r"adolescents|children|subjects)\s+(?:given|receiving|taking|on|assigned\s+to)\s+$|"
    # ... or the arm named by what its people were given, after the value and a word
    # comparing it, or after the "than" of the arm it is set against: "fell by 4.1 points
    # more in the group given 2 mg", "12% higher among those receiving 4 mg than in the arm
    # given 1 mg", "3.2 points in the arm assigned to 1 mg"
    r"(?:[-+−]?\d+(?:\.\d+)?\s*(?:%|points?)?(?:\s+(?:more|less|greater|fewer|higher|lower))?|"
    r"\bthan)\s+"
    r"(?:in|among|for|with)\s+(?:the\s+)?(?:groups?|arms?|patients|participants|those|people|"
    r"adults|subjects)\s+(?:given|receiving|taking|on|assigned\s+to|randomi[sz]ed\s+to|"
    r"allocated\s+to|treated\s+with)\s+$",
    re.I,
)
# ... or the arms told by how many people each was given: "Fifteen participants each
# received 1 mg, 2.5 mg and 4.5 mg", "20 per arm were given 1.5, 3 or 4.5 mg" (the count is
# each arm's size, the doses the arms of the allocation)
_ARM_SIZES_GIVEN_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*)(?:{counts.NUMBER})\s+(?:(?:{counts.PEOPLE})\s+)?"
    r"(?:each|per\s+(?:arm|group)|in\s+each\s+(?:arm|group))\s+"
    r"(?:received|were\s+given|took|were\s+assigned|were\s+allocated)\s+(?:to\s+)?$",
    re.I,
)
# ... or the arm told as the subject of its own outcome, the people named by their dose at
# the head of a clause: "Participants on 2 mg/day showed a mean reduction of 2.1, whereas
# those on 4 mg/day improved by 4.6", "patients given 1 mg responded in 30%"
_ARM_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:whereas|while|but|and)\s+)(?:the\s+)?(?:participants|patients|those|"
    r"people|adults|subjects|women|men|groups?|arms?)\s+(?:on|given|receiving|taking|"
    r"assigned\s+to|randomi[sz]ed\s+to|allocated\s+to|treated\s+with)\s+$",
    re.I,
)
_OUTCOME_VERB_AFTER = re.compile(
    r"(?:\s*(?:/\s*d(?:ay)?\b|per\s+day|daily|nightly|once\s+daily|a\s+day))?\s*(?:\([^()]*\)\s*)?"
    r"(?:,\s*)?(?:also\s+|only\s+)?(?:showed|improved|had|reported|experienced|achieved|"
    r"responded|remitted|gained|lost|reduced|declined|fell|dropped|scored|rose)\b",
    re.I,
)


# ... or the arms set against each other by their doses, the outcome told of one: "Compared
# with 1.5 mg, the 4.5 mg strength produced a greater MADRS reduction", "the 2 mg arm
# improved more than the 0.5 mg arm", "response was higher on 4 mg than on 1 mg"
_ARM_FOIL_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|as\s+against|than)\s+"
    r"(?:(?:with|on|at|in|under)\s+)?(?:the\s+)?(?:(?:group|arm|patients|participants|those)\s+"
    r"(?:given|receiving|taking|on|assigned\s+to)\s+)?$|"
    # ... or the arm the outcome was better in: "remission was more frequent on 4.5 mg"
    r"\b(?:more|less|greater|larger|smaller|higher|lower|better|worse)(?:\s+\w+)?\s+"
    r"(?:on|with|at|under)\s+$",
    re.I,
)
_ARM_BY_DOSE_AFTER = re.compile(
    r"(?:\s*(?:/\s*d(?:ay)?\b|per\s+day|daily|nightly|once\s+daily|a\s+day))?[\s\-]*"
    r"(?:strength|dose|arm|group|regimen|cohort)\s+(?:also\s+|only\s+)?(?:produced|showed|"
    r"gave|yielded|led|resulted|improved|reduced|lowered|outperformed|achieved|had|was|"
    r"were|caused|brought)\b",
    re.I,
)
# (a comparison word of an outcome in the sentence: "greater", "more", a number)
_OUTCOME_COMPARED = re.compile(
    r"\b(?:greater|larger|smaller|more|less|fewer|higher|lower|better|worse|superior|"
    r"inferior|outperformed|reduction|improvement|response|remission|difference)\b",
    re.I,
)


def _arm_compared(text: str, start: int, end: int) -> bool:
    """The dose at [start, end) names an arm set against another in a comparison of their
    outcomes ("Compared with 1.5 mg, the 4.5 mg strength produced a greater reduction")."""
    if _OUTCOME_COMPARED.search(text) is None:
        return False
    if _ARM_BY_DOSE_AFTER.match(text, end) is not None:
        return re.search(r"\bthe\s+$", text[max(0, start - 5) : start]) is not None
    return _ARM_FOIL_BEFORE.search(text, max(0, start - 60), start) is not None


def _arm_told_as_subject(text: str, start: int, end: int) -> bool:
    """The dose at [start, end) names the people whose outcome the clause tells, as its
    subject ("those on 4 mg/day improved by 4.6")."""
    return (
        _ARM_SUBJECT_BEFORE.search(text, max(0, start - 50), start) is not None
        and _OUTCOME_VERB_AFTER.match(text, end) is not None
    )


# the record's title says it compares a number of doses of its drug: "a randomised
# comparison of two doses", "comparing three doses", "a two-dose comparison"
_TITLE_COMPARES_DOSES = Folded(
    r"\bcompar\w*\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|[2-5])\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:doses|dosages|dose\s+levels)\b|"
    r"\b(?:two|three|four|five|[2-5])[\s\-]+dose\s+(?:comparison|trial|study)\b",
    re.I,
)


_DOSES_OF = re.compile(r"\s+of\s+(?:(?:the|an?)\s+)?(?:[\w\-]+\s+)?$", re.I)


def _title_compares_doses(doc: Doc, title: Sentence) -> bool:
    """The title says the record compares a number of doses (``_TITLE_COMPARES_DOSES``) of
    its watched drug: no other drug named in it but as what the people already take or the
    drug is added to ("X in bipolar depression on lithium: a comparison of three doses"),
    or the watched drug named as whose doses they are ("comparing two doses of X added to
    sertraline"), not another's ("two doses of escitalopram with X")."""
    m = _TITLE_COMPARES_DOSES.search(title.text)
    if m is None:
        return False
    text = title.text
    others = [c.start for c in doc.comedications(title)] + [
        o.start()
        for o in doc.spec.other_drugs.finditer(text)
        if o.group(0).lower() not in _NOT_A_DRUG
    ]
    if _only_taken_by_people(title, others) or all(
        _ADDED_TO_BEFORE.search(text, max(0, i - 40), i) for i in others
    ):
        return True
    return any(
        d.start >= m.end() and _DOSES_OF.fullmatch(title.text, m.end(), d.start)
        for d in doc.drug(title)
    )


# cohorts one after another, each given a dose: "two sequential open-label cohorts",
# "three successive dose cohorts", "in 4 consecutive cohorts"
_DOSE_COHORTS = re.compile(
    r"\b(?:two|three|four|five|[2-5])\s+(?:(?:open[\s\-]label|dose|fixed[\s\-]dose)\s+)?"
    r"(?:sequential|successive|consecutive|dose)\s+(?:(?:open[\s\-]label|dose)\s+)?cohorts\b",
    re.I,
)


def _arms_named_by_dose(doc: Doc) -> bool:
    """The record's own allocation sends people to a number of the watched drug's doses,
    named as doses only: the drug is named in that sentence (or the title names it) and no
    other drug is named in the allocation itself (one the people already take, named before
    it, "adults on an SSRI were randomly assigned to one of two X doses", is no arm)."""
    title_drug = doc.title is not None and bool(doc.drug(doc.title))
    if title_drug and doc.title is not None and _title_compares_doses(doc, doc.title):
        # ... or the title says the record compares doses of its drug ("a randomised
        # comparison of two doses"): the arms its outcomes are told by are those doses, as
        # an allocation "to one of three arms" leaves them unnamed
        return True
    for s in doc.sentences:
        if (
            (s.is_title or (s.own and not s.background))
            and (doc.drug(s) or title_drug)
            and _DOSE_COHORTS.search(s.text)
        ):
            # "two sequential cohorts of X (2 mg then 4.5 mg)", "three successive dose
            # cohorts": each cohort is given its own dose, an arm its outcomes are told by
            return True
        if s.background or s.future or ("dos" not in s.text and "strength" not in s.text):
            continue
        m = _ALLOCATED_TO_DOSES.search(s.text)
        if m is None or _names_other_drug(doc, s, (m.start(), m.end())):
            continue
        if doc.drug(s) or title_drug:
            return True
    return False


# the parent trial's arms told in a clause of the extension's own sentence: "Participants
# who completed the double-blind dose-ranging phase (NCT...), in which patients received
# naltrexone 1 mg, 2.5 mg or 4.5 mg or placebo, were offered open-label treatment"
_PARENT_ARMS_CLAUSE = Folded(
    # (the clause right after the parent's noun, set off by a comma: not "could enter a
    # 40-week extension in which all participants received ...", the extension's own)
    r"\b(?:phase|trial|study|RCT)\b(?:\s*\([^()]*\))?\s*,\s*in\s+which\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:received|took|were\s+(?:randomi[sz]ed|assigned|allocated)\s+to)\b(?:[^.;,]|\.\d|,\s*"
    r"(?=\d|or\b|and\b))*$",
    re.I,
)


def _extension_own_doses(doc: Doc, out: list[Dose]) -> list[Dose]:
    """An extension has its own dosing (CONTRACT.md): the parent's arms told in a clause
    of its sentence (``_PARENT_ARMS_CLAUSE``) are not its doses, where it gives doses of
    its own elsewhere."""
    drug = doc.spec.drug

    def parents(d: Dose) -> bool:
        text = d.sentence.text
        return d.start >= 0 and _PARENT_ARMS_CLAUSE.search(text, 0, d.start) is not None

    own = [d for d in out if d.owner == drug and not parents(d)]
    if not any(doc.spec.is_low(d.mg_per_day) for d in own):
        return out
    return [d for d in out if d.owner != drug or not parents(d)]


def _find(doc: Doc, sentences: list[Sentence], *, typical: bool = False) -> list[Dose]:
    """``find`` over the given sentences."""
    drug = doc.spec.drug
    only_drug = not any(doc.comedications(s) for s in doc.sentences) and not any(
        m.group(0).lower() not in _NOT_A_DRUG
        for s in doc.sentences
        for m in doc.spec.other_drugs.finditer(s.text)
    )
    out: list[Dose] = []
    memo: dict[str, float | None] = {}
    title = doc.title
    title_names_drug = title is not None and bool(doc.drug(title))
    escalating = escalation_record(doc) is not None
    weekly_taken_daily = any(_WEEK_TAKEN_DAILY.search(s.text) for s in doc.sentences)
    arms_by_dose: bool | None = None  # _arms_named_by_dose, asked only when needed
    dosed: dict[int, str] = {}  # the owner of each earlier sentence's last dose
    for s in sentences:
        if not _UNIT_HINT.search(s.text):
            continue
        if out and out[-1].sentence.index not in dosed:
            # (a sentence's doses are found in the order they are written)
            dosed[out[-1].sentence.index] = out[-1].owner
        drugs = _drugs_in(doc, s)
        has_drug = any(d[2] == drug for d in drugs)
        grid = _GRID.search(s.text)
        dropped_spans = _not_assigned_spans(s.text, reported=_reported(doc))
        taper_spans = _taper_spans(s.text)
        flexible_cues = _flexible_cues(s.text)
        flexible = bool(flexible_cues)
        mirror_written = _sequence_and_mirror(s.text)
        # (a random order that puts the drug's titrated course against a placebo period
        # orders the drug and the placebo, not the titration's steps: "naltrexone
        # (titrated from 1.5 mg to 4.5 mg) and placebo, in random order")
        crossed = mirror_written or (
            _BOTH_ORDERS.search(s.text) is not None
            and not (
                _MIRROR.search(s.text) is None
                and _INERT.search(s.text) is not None
                and _TITRATED.search(s.text) is not None
            )
        )
        mirrored = mirror_written or (crossed and _mirrored_doses(s.text))
        escalation = escalating or _ESCALATION_STUDY.search(s.text) is not None
        # a course started at one dose and titrated to another, told of cohorts ("in two
        # successive cohorts, adults started X at 1.5 mg and were titrated to 4.5 mg") in a
        # record not framed as an escalation, is one titration to its target: its start
        # is no escalation step
        titrated_course = not escalating and _TITRATED.search(s.text) is not None
        read = _without_counts_allocated(_spelled(s.text))
        taken_with = 0  # the end of an evening dose already added to its morning dose
        for m in _DOSE.finditer(read):
            if m.start() < taken_with:
                continue
            if grid and m.start() >= grid.start() and m.end() <= grid.end():
                continue  # the step size itself
            if _STEP_SIZE_AFTER.match(read, m.end()) and _STEP_SIZE_BEFORE.search(
                read, max(0, m.start() - 6), m.start()
            ):
                continue  # "increased in 1.5-mg steps to 4.5 mg": a step's size, no dose
            if m.group("conc") or _STRENGTH_PER_VOLUME_AFTER.match(s.text, m.end()):
                continue  # "0.5 mg/mL", "1 mg of X per mL": a strength, not a dose
            volume = _IS_VOLUME.match(m.group("unit")) is not None
            if volume and not _VOLUME_CONTEXT.search(s.text):
                continue  # "10 mL of blood was drawn": a volume, not a dose
            if _EARLIER_PEOPLES_BEFORE.search(read, max(0, m.start() - 80), m.start()):
                continue  # "because earlier patients reported no benefit from 4.5 mg"
            if volume and _TOPPED_UP_BEFORE.search(s.text, max(0, m.start() - 60), m.start()):
                continue  # "topping up each dose to 5 mL with the vehicle": the volume masked
            if volume:
                if "per_ml" not in memo:
                    memo["per_ml"] = _concentration(doc, drug)
                if memo["per_ml"] is None:
                    continue
            values, kind = _values(m.group("nums"), m.group("unit"), memo.get("per_ml"))
            if (
                kind == "list"
                and len(values) == 2
                and not grid
                and _MOVED_BETWEEN_BEFORE.search(s.text, max(0, m.start() - 50), m.start())
                and _TWO_ENDS_JOINED.search(m.group("nums"))
            ):
                # "adjusted between 1.5 and 4.5 mg": a range's two ends, not two doses (a
                # grid's steps, "anywhere between 1 and 4.5 mg, in steps of 0.5 mg", stay
                # as they are read)
                kind = "range"
            if (
                kind == "list"
                and _COUNT_OF_PEOPLE_BEFORE.search(s.text[max(0, m.start() - 30) : m.start()])
                and not _UNIT_OF_FIRST.match(m.group("nums"))
            ):
                # "3 mg in 5, 4.5 mg in 9": the unitless number after a dose's "in" is how
                # many people took it, not the first of a list of doses
                values = values[1:]
                kind = "single" if len(values) == 1 else kind
            if (
                kind == "list"
                and _GROUP_NUMBER_BEFORE.search(s.text, max(0, m.start() - 20), m.start())
                and not _UNIT_OF_FIRST.match(m.group("nums"))
            ):
                # "1.5 mL in cohort 1, 3 mL in cohort 2": the unitless number after a
                # group's or a week's name is its label, not the first of a list of doses
                values = values[1:]
                kind = "single" if len(values) == 1 else kind
            if (
                kind == "list"
                and _SIGNED_BEFORE.search(read, 0, m.start())
                and not _UNIT_OF_FIRST.match(m.group("nums"))
            ):
                # "4.5 mg (n=131) −5.8, 3 mg (n=52) −5.1": a signed number is a change or a
                # difference, a statistic of the dose group before it, not the first of a
                # list of doses
                values = values[1:]
                kind = "single" if len(values) == 1 else kind
            # "0.5 -> 1 -> 2 mg": an arrowed chain is a schedule's steps one after another,
            # each read as a single step (as "0.5 mg, then 1 mg, then 2 mg"), not alternatives
            chain = kind != "single" and re.search(_ARROW, m.group("nums")) is not None
            # ... and so is a list a raise runs through to its last: "titrated via 1.5 mg
            # and 3 mg to 4.5 mg", "escalated through 1, 2 and 3 to 4.5 mg" (three or more
            # numbers, the last after "to": not the two ends of a range)
            chain = chain or (
                kind == "list"
                and len(values) >= 3
                and _LIST_ENDS_AT.search(m.group("nums")) is not None
                and _RAISE_IN.search(
                    re.split(r"[;.]\s", s.text[max(0, m.start() - 60) : m.start()])[-1]
                )
                is not None
            )
            # ... and so is a run of steps told in sequence: "from 0.5 to 1.5, 3 and finally
            # 4.5 mg/day" (``_SEQ_SEP``)
            chain = chain or (kind == "list" and _SEQ_IN.search(m.group("nums")) is not None)
            # ... and so is a rising list the clause's raise runs through, its first the
            # start and its last the target, in a record not framed as a dose escalation
            # that tests each step: "Dose escalation 1.5 mg, 3 mg, 4.5 mg (fixed schedule,
            # target 4.5 mg/day)", "the titration schedule was 1.5, 3 and 4.5 mg at 5-day
            # intervals", "escalated stepwise (1.5 mg, 3 mg, 4.5 mg) every 5 days" (not the
            # levels a raise reaches, "increased to 3 and 4.5 mg", nor alternatives, "1.5,
            # 3 or 4.5 mg", nor a range moved within as tolerated)
            chain = chain or (
                kind == "list"
                and not escalation
                and not flexible
                and _rising(values)
                and _BETWEEN_ALTERNATIVES.search(m.group("nums")) is None
                and _steps_listed_after_raise(s.text, m.start())
                and _last_restated_after(s.text, m.end(), values[-1])
            )
            if chain:
                kind = "single"
            if m.group("unit").lower() in _GRAMS and max(values) >= 1000:
                continue  # grams of something else ("omega-3 2 g/day"), never a tablet's dose
            owner = _owner(s.text, m.start("nums"), m.end(), drugs, drug)
            if owner is None:
                # "3 mg (n = 30) or 4.5 mg (n = 30) of X": alternatives share the drug
                owner = _next_alternative_owner(s.text, m.end(), drugs)
            # a low dose told after the watched drug's own dose in the same sentence, which
            # may continue it (the three readers below say when)
            after_own_low = (
                bool(out)
                and out[-1].sentence.index == s.index
                and out[-1].owner == drug
                and all(doc.spec.is_low(v) for v in values)
            )
            if (
                owner is None
                and after_own_low
                and _PERSON_GAPPED.match(s.text[out[-1].start + len(out[-1].span) : m.start()])
                and not any(out[-1].start < a < m.start() for a, _, _ in drugs)
            ):
                # "Patient A took 1.5 mg nightly, Patient B 3 mg and Patient C 4.5 mg": the
                # next person's dose with the verb and the drug left out is the same drug's
                owner = drug
            if (
                owner != drug
                and after_own_low
                and _NEXT_IN_SEQUENCE.search(s.text[out[-1].start + len(out[-1].span) : m.start()])
                and not any(out[-1].start < a < m.start() for a, _, _ in drugs)
            ):
                # "randomized to the sequence 1 mg b.i.d. then 4.5 mg nightly or the
                # reverse": the dose that follows the drug's dose in a sequence, no drug
                # named between, is the same drug's, not that of a base drug named before
                # both ("adults on an SSRI were randomized to ...")
                owner = drug
            if owner not in (None, drug) and _second_dose(s.text, m.start(), m.end(), drugs, owner):
                # "a man taking tranylcypromine 40 mg, received 3 mg nocte": the other drug
                # has its dose; a dose in the band given next is the record's own drug's
                in_band = all(doc.spec.is_low(v) for v in values)
                owner = drug if in_band and title_names_drug else None
            if (
                owner not in (None, drug)
                and all(doc.spec.is_low(v) for v in values)
                and _added_to_base(s.text, m.start(), drugs, drug)
            ):
                # "X was added to venlafaxine with dosing between 1.5 and 4.5 mg": the
                # base treatment is named between the added drug and its dose
                owner = drug
            if (
                owner not in (None, drug)
                and title_names_drug
                and all(doc.spec.is_low(v) for v in values)
                and _STUDY_DRUG.search(
                    s.text, max((a for a, _, _ in drugs if a < m.start()), default=0), m.start()
                )
            ):
                # "All continued their SNRI, with study drug titrated to 4.5 mg nightly": the
                # trial's own drug, named by its role after the base drug and before the
                # dose, owns the dose
                owner = drug
            sized = SIZED_AFTER.match(s.text[m.end() :]) is not None
            if (
                owner not in (None, drug)
                and title_names_drug
                and all(doc.spec.is_low(v) for v in values)
                and (sized or _cohort_dose(s.text, m.start(), m.end()))
                and _taken_by_people_before(s.text, m.start(), drugs, owner)
            ):
                # "adolescents on fluoxetine ... in the two active arms (2 mg, n = 20; 4 mg,
                # n = 21)": an arm's or a cohort's dose, after a drug named only as what the
                # people already take (no dose written beside it), is the titled drug's
                owner = drug
            if (
                owner not in (None, drug)
                and title_names_drug
                and all(doc.spec.is_low(v) for v in values)
            ):
                arms_at = _arm_list_start(s.text, m.start())
                if arms_at is None:
                    # ... or opens it: "adults with an inadequate response to an SSRI or
                    # SNRI were allocated at random to 2 mg, 4.5 mg or placebo" (the drug
                    # named before the allocation is what the people already take)
                    arms_at = _arm_list_opened(s.text, m.start(), m.end(), crossed=crossed)
                if arms_at is not None and not any(arms_at <= a < m.start() for a, _, _ in drugs):
                    # "naltrexone added to sertraline; remitters were allocated to one of
                    # three conditions: maintaining 4.5 mg, tapering to 2 mg or placebo": an
                    # arm of the allocation named by what its people do with the dose (no
                    # drug named among the arms) doses the titled drug, not the base drug
                    # named before the allocation
                    owner = drug
            other_side = roles.takes_up_at(doc, s) if owner is None and title_names_drug else None
            if (
                other_side is not None
                and other_side <= m.start()
                and all(doc.spec.is_low(v) for v in values)
                and not any(a < m.start() for a, _, _ in drugs)
            ):
                # "We compared that regimen with 4.5 mg once nightly": the other side of a
                # comparison with the drug's earlier regimen, no drug named before it, is
                # the drug's (``roles.taken_up``)
                owner = drug
            if (
                owner is None
                and title_names_drug
                and _STUDY_DRUG.search(s.text, _clause(s.text, m.start())[0], m.start())
                and all(doc.spec.is_low(v) for v in values)
                and not _names_other_drug(doc, s, _clause(s.text, m.start()))
            ):
                # "Study drug is started at 1.5 mg at night": the trial's own drug, named by
                # its role, in a record whose title names the watched drug (another drug in
                # a clause of its own after a semicolon, "...; the SNRI is held constant",
                # is no owner of the study drug's dose)
                owner = drug
            if (
                owner is None
                and title_names_drug
                and any(
                    place.search(s.text, max(0, m.start() - reach), m.start())
                    for place, reach in _ARM_DOSE_PLACES
                )
                and all(doc.spec.is_low(v) for v in values)
                and not _names_other_drug(doc, s)
            ):
                # a dose in an arm's place, no other drug named in the sentence, is the
                # titled drug's (``_ARM_DOSE_PLACES``)
                owner = drug
            if volume:
                # a volume is the liquid's whose strength is stated: the watched drug's
                if owner not in (None, drug):
                    continue
                owner = drug
            # (a dose in brackets after the word naming its level, "randomised to
            # conventional (4.5 mg) or reduced (1 mg)", is given where the level word is:
            # the verb before is read from there, however long the word)
            level_word = _LEVEL_OPEN_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
            given_at = level_word.start() if level_word else m.start()
            if (
                owner is None
                and (
                    _GIVEN_NEXT.search(s.text[max(0, given_at - 25) : given_at])
                    # "non-responders increase to 3 mg; others stay on 1 mg": a raise
                    # or a level kept, of the drug the text was dosing (read up to the
                    # number: "could increase to a maximum of 4.5 mg", whose cap words
                    # the dose's match took in, is a raise as "increase to 4.5 mg" is)
                    or _LATER_BEFORE.search(s.text[max(0, m.start("nums") - 60) : m.start("nums")])
                    # "increased to 3 mg in week 2 and to 4.5 mg from week 3": a further
                    # step of a raise this sentence already gave the drug, its verb left out
                    or (
                        _ONWARD_BEFORE.search(s.text[max(0, m.start() - 80) : m.start()])
                        and out
                        and out[-1].sentence.index == s.index
                        and out[-1].owner == drug
                        and _RAISE_IN.search(s.text, 0, m.start()) is not None
                    )
                    or _KEPT_BEFORE.search(s.text[max(0, m.start() - 30) : m.start()])
                    or _LOWERED_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()])
                    # the next step of a schedule this sentence began with the drug's dose,
                    # its verb left out: "took 1.5 mg at night for days 1-7, 3 mg for days
                    # 8-14 and 4.5 mg from day 15 onward" (in a record read as an
                    # escalation, whose every step counts, only where other words say so)
                    or (
                        not escalating
                        and out
                        and out[-1].sentence.index == s.index
                        and out[-1].owner == drug
                        and 0 <= out[-1].start < m.start()
                        and _NEXT_TIMED_STEP.match(s.text[out[-1].start : m.start()])
                    )
                    # the range the drug's dose, just told, was moved within: "started at
                    # 2.5 mg/day and could be adjusted between 1 and 4.5 mg/day at the
                    # clinician's discretion" (no other drug named between)
                    or (
                        flexible
                        and out
                        and out[-1].sentence.index == s.index
                        and out[-1].owner == drug
                        and 0 <= out[-1].start < m.start()
                        and _FLEXIBLE_SCHEDULE.search(s.text[out[-1].start : m.start()])
                        and not any(
                            out[-1].start < a < m.start() and o != drug and o not in _NOT_A_DRUG
                            for a, _, o in drugs
                        )
                    )
                    # the level some did not respond to: "patients who did not respond to
                    # 1.5 mg were raised to 4.5 mg" (a level given, told by its effect)
                    or _RESPONSE_OBJECT_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                    or _TIME_LABEL.match(s.text)
                    # "Group 2: 2 mg twice daily": the dose a numbered arm's label opens
                    or _ARM_LABEL.match(s.text, 0, m.start()) is not None
                    # an arm of an allocation told by what its people do with the dose
                    # ("randomised to continue 4.5 mg, reduce to 1.5 mg or switch to
                    # placebo", "assigned either to stay on 3 mg or to step down to 1 mg"):
                    # every arm of the list is dosed with the drug the text was dosing
                    or _in_arm_list(s.text, m.start())
                )
                and all(doc.spec.is_low(v) for v in values)
                and (
                    only_drug
                    or (not has_drug and _follows_drug(doc, s, m.start(), dosed, low=True))
                )
            ):
                # "all ... received 4.5 mg for one year": a dose given with no drug named
                # in a record about the watched drug alone (or just after naming it)
                owner = drug
            if (
                owner is None
                and after_own_low
                and _LATER_BEFORE.search(s.text[max(0, m.start("nums") - 60) : m.start("nums")])
                and ";"
                in s.text[max([b for _, b, _ in drugs if b <= m.start()] or [0]) : m.start()]
            ):
                # "X 1.5 mg/day added to sertraline; increased to 4.5 mg/day in those who
                # had not improved": a raise opening a clause that names no drug, after the
                # watched drug's own dose in the clause before (the base drug named only as
                # what it was added to, with no dose of its own), raises the dose the text
                # was dosing, not the base drug's
                owner = drug
            if owner is None and title_names_drug and all(doc.spec.is_low(v) for v in values):
                arms_at = _arm_list_start(s.text, m.start())
                if arms_at is None:
                    arms_at = _arm_list_opened(s.text, m.start(), m.end(), crossed=crossed)
                # (a placebo among the arms is no drug: "randomised to placebo or one of
                # four doses (0.5, 1.5, 3 or 4.5 mg)")
                if arms_at is not None and not any(
                    arms_at <= a < m.start() and o not in _NOT_A_DRUG for a, _, o in drugs
                ):
                    # "randomly assigned (1:1:1), double-blind, to continue 4.5 mg, to switch
                    # to 1.5 mg, or to placebo for 24 weeks, still taking their SSRI": an arm
                    # of the allocation, no drug named among the arms before it, doses the
                    # titled drug; a base drug named after the list ("still taking their
                    # SSRI") is what everyone takes, not the arm's drug
                    owner = drug
            # (a dose followed by its own group's size, "(2 mg, n = 20; 4 mg, n = 21)", is an
            # arm's, as a cohort's is)
            if (
                owner is None
                and (
                    _DOSE_WORD.search(s.text)
                    # a schedule named by its titration ("a fixed titration calendar: days
                    # 1-7, 0.5 mg; ...") is a dosing sentence as "the dose" makes one
                    or _TITRATION_SCHEDULE.search(s.text)
                    or _TAKEN_STRENGTH.search(s.text)
                    or _cohort_dose(s.text, m.start(), m.end())
                    or sized
                    or _PRESCRIBED.search(s.text)
                    or (escalating and _STEP_AFTER.match(s.text[m.end() :]))
                    or _WE_COMPARE_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                    # (a dose taken in place of the one named before it: "those with vivid
                    # dreams could take 3 mg instead")
                    or _INSTEAD_AFTER.match(s.text, m.end())
                )
            ):
                if has_drug:
                    # "Our choice of 4.5 mg as the upper dose ... where naltrexone begins
                    # to": the watched drug is the only drug the sentence names
                    if not _names_other_drug(doc, s):
                        owner = drug
                elif (
                    only_drug
                    or _follows_drug(
                        doc, s, m.start(), dosed, low=all(doc.spec.is_low(v) for v in values)
                    )
                    or (
                        title_names_drug
                        and s.own
                        and (
                            _UNIT_GIVEN.search(s.text)
                            or _PRESCRIBED.search(s.text)
                            or _PLACEBO_MATCHED_AFTER.match(s.text[m.end() :])
                            or _cohort_dose(s.text, m.start(), m.end())
                            or sized
                            or _DOSES_TESTED_BEFORE.search(s.text, 0, m.start())
                            or _WE_COMPARE_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                            # "after the 1.5 mg step" in a record framed as an escalation:
                            # a step it tests, of its titled drug
                            or (escalating and _STEP_AFTER.match(s.text[m.end() :]))
                        )
                        and all(doc.spec.is_low(v) for v in values)
                        and not _names_other_drug(doc, s)
                    )
                ):
                    # ... and "each cohort received one dose: 1.5 mg, 3 mg or 4.5 mg": the
                    # dose the study assigns to its cohorts or arms is its titled drug's
                    owner = drug
            if (
                owner is None
                and title_names_drug
                and all(doc.spec.is_low(v) for v in values)
                and (count := _COUNT_SENT_BEFORE.search(s.text, max(0, m.start() - 12), m.start()))
                and read[count.start() : m.start()].isspace()
                and all(d[2] in _NOT_A_DRUG for d in drugs)
            ):
                # "120 were randomised: 14 to 1 mg, 19 to 2 mg, 31 to 3 mg and 22 to
                # placebo": the arms of the allocation, told by the people sent to each
                # dose, no drug named among them, are the titled drug's
                owner = drug
            if (
                owner is None
                and title_names_drug
                and all(doc.spec.is_low(v) for v in values)
                and _ARM_SIZE_AFTER.match(s.text, m.end())
                and _ALLOCATED_BRACKET.search(s.text, max(0, m.start() - 80), m.start())
                and all(d[2] in _NOT_A_DRUG for d in drugs)
            ):
                # "118 were randomised (placebo 30; 1.5 mg 29; 3 mg 30; 4.5 mg 29)": the
                # arms of the allocation told with their sizes, no drug named among them,
                # are the titled drug's
                owner = drug
            arm_outcome = False
            if (
                # (a dose after a placebo arm's outcome, "12% on placebo, 18% on 1 mg", is
                # not the placebo's: a placebo has no dose)
                (owner is None or owner in _NOT_A_DRUG)
                and not typical
                and (
                    _ARM_OUTCOME_BEFORE.search(s.text, max(0, m.start() - 50), m.start())
                    or _arm_told_as_subject(s.text, m.start(), m.end())
                    or _arm_compared(s.text, m.start(), m.end())
                    or _ARM_SIZES_GIVEN_BEFORE.search(s.text, max(0, m.start() - 60), m.start())
                )
                # (a placebo arm among the outcomes, "... and 6.0 points with placebo", is
                # no other drug: the doses still name the drug's arms; nor is an active
                # comparator arm named by its own outcome, "-8.6 in the 1 mg group, -11.9
                # in the 4.5 mg group and -12.8 with escitalopram")
                and all(
                    d[2] in _NOT_A_DRUG
                    or _ARM_OUTCOME_BEFORE.search(s.text, max(0, d[0] - 50), d[0])
                    for d in drugs
                )
            ):
                if arms_by_dose is None:
                    arms_by_dose = _arms_named_by_dose(doc)
                if arms_by_dose:
                    # "allocated to one of three nightly X doses ... the mean HAM-D change
                    # was -6.2 with 1 mg, -8.0 with 2.5 mg and -10.9 with 4.5 mg": each
                    # outcome's dose names an arm of that allocation, the drug's
                    owner, arm_outcome = drug, True
                elif (
                    escalating
                    and (title_names_drug or bool(doc.drug(escalation_record(doc) or s)))
                    and s.own
                    and not s.background
                    and all(doc.spec.is_low(v) for v in values)
                ):
                    # ... or, in a record framed as an escalation that tests each step
                    # ("tolerability of escalating X doses ... ratings at each step"), each
                    # outcome's dose names a step it read: "mean MADRS scores were 27.1,
                    # 25.0, 22.4 and 21.8 at 0.5, 1, 2 and 4 mg/day respectively"
                    owner, arm_outcome = drug, True
            if (
                owner == drug
                and not arm_outcome
                and not typical
                and s.own
                and _ARM_OUTCOME_BEFORE.search(s.text, max(0, m.start() - 50), m.start())
                and all(d[2] in _NOT_A_DRUG or d[2] == drug for d in drugs)
            ):
                # ... the same where the dose was already read as the drug's: "response was
                # 25% in the 2 mg cohort and 45% in the 4.5 mg cohort" after "two sequential
                # cohorts of X" names the arms of those cohorts
                if arms_by_dose is None:
                    arms_by_dose = _arms_named_by_dose(doc)
                arm_outcome = bool(arms_by_dose)
            named = next((a for a, b, o in drugs if o == drug and 0 <= m.start() - b <= 2), None)
            if (
                owner == drug
                and named is not None
                and not typical
                and _ARM_OUTCOME_BEFORE.search(s.text, max(0, named - 50), named)
                and all(d[2] in _NOT_A_DRUG or d[2] == drug for d in drugs)
            ):
                # ... the same with the drug named before the dose: "-8.1 points with X 1.5 mg
                # and -11.4 with X 4.5 mg" after an allocation "to one of two X doses"
                if arms_by_dose is None:
                    arms_by_dose = _arms_named_by_dose(doc)
                arm_outcome = bool(arms_by_dose)
            if owner is None:
                continue
            if roles.dose_not_given(s.text, m.start(), m.end()):
                continue  # "lower doses such as 4.5 mg were not tested": no arm's dose
            head = s.text[max(0, m.start() - 40) : m.start()]
            if _QUANTILES_BEFORE.search(head):
                continue  # "median 4.5 mg, interquartile range 3-4.5 mg": statistics, no dose
            if _ROUNDED_TO_BEFORE.search(head):
                continue  # "rounded to the nearest 0.5 mg": a unit of rounding, no dose
            if _EQUIVALENT_BEFORE.search(head) or _AVERAGED_AFTER.match(s.text[m.end() :]):
                continue  # "(about 3.6 mg/day averaged over the week)": worked out, not given
            spread = _SPREAD_BEFORE.search(head) is not None  # "(range 0.5-6 mg)"
            # a statistic inside a closed parenthesis describes what it follows, not the
            # dose after it: "Eighteen patients (13 women; mean age 41) received LDN 3 mg"
            head = _CLOSED_ASIDE.sub(" ", s.text[max(0, m.start() - 80) : m.start()])[-40:]
            clause = re.split(r"[;:]", head)[-1]
            own_standard = _OWN_STANDARD.search(clause) if s.own else None
            if own_standard:
                clause = clause[: own_standard.start()]
            not_studied = _NOT_STUDIED.search(clause)
            if not_studied and _OTHER_CARE_AFTER.match(clause, not_studied.end()):
                not_studied = None  # "their usual antidepressant, to 1.5 mg": other care
            if not_studied and _OTHER_MEASURE_AFTER.match(clause, not_studied.end()):
                not_studied = None  # "average pain of 4 or more to LDN 4.5 mg": pain's
            if not_studied and s.own and _OWN_TARGET_AFTER.search(clause):
                not_studied = None  # "titrated as tolerated, usually to 1.5-4.5 mg"
            not_studied = not_studied or _statistic_of(head)
            if not_studied and _GROUPED_BY_DOSE_BEFORE.search(
                s.text, max(0, m.start() - 80), m.start()
            ):
                not_studied = None  # "grouped by their modal daily dose (<=3 mg vs 4.5 mg)"
            if (
                not_studied
                and s.own
                and re.search(r"\(\s*$", clause)
                and (
                    _LEVEL_ARM_BEFORE.search(s.text, max(0, m.start() - 80), m.start())
                    or _LEVEL_ARM_AFTER.match(s.text[m.end() : m.end() + 80])
                )
            ):
                not_studied = None  # one of two dose arms named by their level
            if (
                (not_studied and not spread and not arm_outcome)
                or _REFERENCE_AFTER.match(s.text[m.end() :])
                or (
                    _PRACTICE_AFTER.match(s.text[m.end() :])
                    # (given in the dose's own clause: "patients received 1-3 mg used in
                    # practice"; "received 3 mg, below the 4.5 mg used in practice" is not)
                    and not _GIVEN_NEXT.search(re.split(r"[,;:]", s.text[: m.start()])[-1])
                )
                or (
                    _PRACTICE_BEFORE.search(re.split(r"[,;:]", s.text[: m.start()])[-1])
                    and not _GIVEN_NEXT.search(re.split(r"[,;:]", s.text[: m.start()])[-1])
                    # (a protocol's labelled methods tell its own people's prescriptions in
                    # the present: "LDN is prescribed in routine care at doses between 0.5
                    # and 4.5 mg", in a registry of those people; not a field's habit,
                    # "is increasingly prescribed in psychiatry at doses ranging from")
                    and not (
                        doc.planned
                        and s.in_methods
                        and not s.unlabelled
                        and not _HABIT.search(s.text, 0, m.start())
                    )
                )
                or (
                    _REFERENCE_DOSE_AFTER.match(s.text[m.end() :])
                    and not _GIVEN_NEXT.search(s.text, 0, m.start())
                )
                or (_IN_USE.search(clause) and not (s.in_methods or s.in_results))
                or re.match(r"^\s*for\s+ED\d\d", s.text[m.end() :])
                # "0.8 points per 1.5 mg", "a 2% fall for each additional 1 mg": the unit of
                # a dose-response slope, no arm's dose (an arm told by it stays: "15
                # participants per 1.5 mg arm")
                or (
                    _SLOPE_BEFORE.search(s.text, max(0, m.start() - 40), m.start()) is not None
                    and not _ARM_WORD_AFTER.match(s.text[m.end() :])
                )
                # "1-2 mg produces brief partial blockade": what a dose does, no arm
                or _general_effect_of(doc, s, m.start(), m.end())
                # "Unlike low-dose regimens of 4.5 mg, the 10 mg dose ...": a reference
                or _contrasted_dose(s.text, m.start(), m.end())
            ):
                if typical and owner == drug and _TYPICAL.search(head) and s.own:
                    values, _ = _values(m.group("nums"), m.group("unit"), memo.get("per_ml"))
                    out += [
                        Dose(round(v, 4), owner, "single", s, m.group(0), start=m.start())
                        for v in values
                    ]
                continue
            if typical:
                continue
            if not spread and _MODE.search(re.split(r"[;:]", s.text[: m.start()])[-1]):
                continue
            raised_to = False
            # ("after the 1.5 mg step": one step named by its dose, not a step's size)
            # (in a record framed as an escalation: a titration's "at the 3 mg step" stays a step)
            named_step = (
                escalating
                and _NAMED_STEP_AFTER.match(s.text[m.end() :]) is not None
                and (re.search(r"\bthe\s+$", s.text[max(0, m.start() - 5) : m.start()]) is not None)
            )
            if _INCREMENT_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()]) or (
                _INCREMENT_AFTER.match(s.text[m.end() :]) and not named_step
            ):
                if (
                    kind != "range"
                    or len(values) != 2
                    or _INCREMENT_AFTER.match(s.text[m.end() :])
                    # "increased by 0.5-1 mg every 7 days": each step's size, a range of them
                    # (not the step and the dose reached, each with its unit: "increased
                    # weekly by 1 mg to 4.5 mg daily", the dose's own frequency after it)
                    or (
                        _STEP_PERIOD_AFTER.match(s.text[m.end() :])
                        and len(_UNIT_TOLD.findall(m.group(0))) < 2
                    )
                ):
                    continue  # "increased by 1.5 mg", "in 1.5-mg steps": a step size, not a dose
                # "increased weekly by 0.5 mg to 4.5 mg": the step, then the dose reached
                values, kind, raised_to = values[-1:], "single", True
            if (
                kind == "range"
                and len(values) == 2
                and _CHANGED_FROM.search(s.text[max(0, m.start() - 40) : m.start()])
            ):
                # "the dose was changed from 4.5 mg to 3 mg": the new dose replaces the old
                values, kind = values[-1:], "single"
            elif kind == "list" and _CHANGED_FROM.search(
                s.text[max(0, m.start() - 40) : m.start()]
            ):
                # "changed from 1 mg and 2.5 mg to 1.5 mg and 3 mg": the new list replaces
                # the old one
                values = _changed_to(m.group("nums"), m.group("unit"), values)
                kind = "single" if len(values) == 1 else kind
            pre = (m.group("pre") or "").strip().lower()
            if pre and _TOLERATED_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()]):
                pre = ""  # "could not tolerate more than 3 mg": 3 mg is the dose she took
            before = s.text[max(0, m.start() - 60) : m.start()]
            # (a level the dose may be moved down to is no step of a raise told after it:
            # "could lower the dose to 1.5 mg or raise it to 4.5 mg" moves both ways from
            # the start, the lowered level the low end of a flexible dose)
            lowered = _LOWERED_BEFORE.search(s.text[max(0, m.start() - 40) : m.start()])
            after_step = lowered is None and (
                _TITRATION_AFTER.match(s.text[m.end() :]) is not None
                or (
                    _RAISE_IN.search(re.split(r"[;.]\s", before)[-1]) is not None
                    and _ON_THE_WAY_AFTER.match(s.text, m.end(), m.end() + 90) is not None
                )
            )
            # the words right before the number, the "a maximum of" included
            at = m.start("mult") if m.group("mult") else m.start("nums")
            lead = s.text[max(0, at - 60) : at]
            # "responders stayed on 1.5 mg": a level kept, never a step of the raise before it
            kept = _KEPT_BEFORE.search(lead) is not None
            # "1.5 mg for 7 days, then 3 mg for 7 days, and 4.5 mg at night thereafter": the
            # last step of a schedule told before, said by its time word after the dose
            thereafter = (
                _THEREAFTER_AFTER.match(s.text[m.end() :]) is not None
                and _STEP_BEFORE_IN.search(s.text, 0, at) is not None
            )
            later = not kept and (
                raised_to
                or thereafter
                or (
                    _REACHED_BEFORE.search(lead) is not None
                    and _RAISE_IN.search(re.split(r"[;.]\s", lead)[-1]) is not None
                )
                or pre == "up to"
                # (its words may run past the lead: "increased by 1 mg each week according
                # to a fixed schedule to")
                or _LATER_BEFORE.search(s.text, max(0, at - 90), at) is not None
                or (
                    _ONWARD_BEFORE.search(lead) is not None
                    and _RAISE_IN.search(s.text, 0, at) is not None
                )
            )
            titration = not kept and (
                raised_to
                or thereafter
                or pre == "up to"
                or _TITRATION_BEFORE.search(before) is not None
                or after_step
            )
            # the cap on a dose given by weight, "0.03 or 0.06 mg/kg (each capped at a total
            # of 4.5 mg/day)", "0.05 mg/kg, up to a maximum daily dose of 4.5 mg", "with a
            # ceiling of 4.5 mg": the most anyone may take, a bound, neither a dose nor a
            # step (CONTRACT.md: per-kg doses are not converted)
            if _CAP_LEAD.search(lead) and _PER_KG_BEFORE.search(s.text, 0, m.start()):
                bound_by_weight = True
                later = titration = False
            else:
                bound_by_weight = False
            # "a maximum of 4.5 mg" in a titration is the last step taken, not a bound, as
            # is a cap in words ("raised in steps to at most 4.5 mg", "to no more than 3 mg")
            step = titration and pre.startswith(_CAP_WORDS)
            bound = (
                bound_by_weight
                or (
                    bool(pre)
                    and pre != "up to"
                    and not step
                    # (not the lower of dose groups compared: "grouped by their modal daily
                    # dose (<=3 mg vs 4.5 mg)", holdout792 52206087)
                    and not (
                        pre in ("<=", "≤")
                        and (
                            _GROUP_VERSUS_AFTER.match(s.text, m.end()) is not None
                            or (kind == "list" and _VERSUS_IN.search(m.group("nums")) is not None)
                        )
                    )
                )
                # (not a group of a list of dose groups: "grouped by their stable daily
                # dose: 1.5 mg or less, 3 mg, or 4.5 mg", the lowest group an arm)
                or (bool(m.group("post")) and _DOSE_LIST_GOES_ON.match(s.text, m.end()) is None)
                # "any dose up to 4.5 mg": the ceiling of what may be taken, no dose reached
                or (pre == "up to" and _ANY_DOSE_BEFORE.search(lead) is not None)
            )
            # "up to 4.5 mg" with no raise in its sentence: a ceiling, unless the study
            # assigns doses (extract.py reads it as a bound in an observational study)
            ceiling = pre == "up to" and not _RAISE_IN.search(s.text)
            # a range the records or people were selected by ("we identified adults who
            # filled a prescription of X at 1-5 mg/day", "eligible patients had fills of X
            # between 1 and 6 mg"): the window of a study that assigned nothing (extract.py
            # sets it aside where the record also says which doses were prescribed)
            # ("between 1 and 6 mg" is a range, though written as two numbers joined)
            ranged = kind == "range" or (
                kind == "list"
                and len(values) == 2
                and _BETWEEN_BEFORE.search(s.text[:at]) is not None
            )
            # (a range moved within as tolerated is the regimen the people took, whatever
            # word took them in: "we included 212 adults who received X 1.5-4.5 mg nightly
            # as tolerated" lists both ends, CONTRACT.md)
            window = (
                ranged
                and not flexible
                and _SELECTED_BY.search(re.split(r"[;:]", s.text[:at])[-1]) is not None
            )
            factor: float = int(m.group("mult").strip()[0]) if m.group("mult") else 1
            for rx, f in _FREQ:
                if rx.match(s.text[m.end() :]):
                    factor = f
            shared = None
            if factor == 1 and not m.group("mult"):
                shared = _SHARED_SCHEDULE.match(s.text, m.end())
                if shared is not None and not _shared_by_arms(s.text, m.end(), shared, drugs, drug):
                    shared = None
                if shared is not None:
                    # the arms' shared schedule is this dose's too (CONTRACT.md: the day's
                    # total; 1 mg b.i.d. is 2)
                    factor = 2 if shared.group("two") else 3
                else:
                    alone = _SHARED_AFTER_ALONE.match(s.text, m.end())
                    if alone is not None:
                        # (the vehicle-alone arm's schedule is the co-formulation's too)
                        factor = (
                            24 // int(alone.group("hours"))
                            if alone.group("hours")
                            else 2
                            if alone.group("two")
                            else 3
                            if alone.group("three")
                            else 4
                        )
            if factor == 1 and kind == "single":
                # the schedule written as the dose's adjective: "twice-daily 5 mg", "three
                # times daily naltrexone 2 mg" (CONTRACT.md: the total daily dose)
                ahead = _FREQ_BEFORE.search(s.text, max(0, at - 60), at)
                if ahead is not None:
                    factor = 2 if ahead.group("f").lower().startswith("tw") else 3
            if (
                factor != 1
                and shared is None
                and _frequency_of_last_only(m.group("nums"), values, factor)
            ):
                # "1 mg, 2.5 mg, 4.5 mg, or 3 mg twice daily, respectively": the last
                # item's own frequency (each item carries its unit, and the list rises
                # in its written order only when the frequency is the last item's)
                values, factor = [*values[:-1], values[-1] * factor], 1
            evening = _EVENING_DOSE.match(s.text, m.end()) if kind == "single" else None
            if (
                evening is not None
                and factor == 1
                and not any(
                    m.end() <= a < evening.start("n") and name != drug for a, _, name in drugs
                )
            ):
                # "naltrexone 1 mg morning + naltrexone 1 mg evening": the day's two doses
                # are one total daily dose (CONTRACT.md: 1 mg b.i.d. is 2)
                values = [values[0] + _number(evening.group("n")) * _scale(evening["u"], None)]
                taken_with = evening.end()
            if (
                kind == "single"
                and factor == 1
                and (alt := _TIMES_A_DAY_OR.match(s.text[m.end() :]))
            ):
                # "naltrexone 1 mg either once or twice a day": one unit dose on two
                # schedules, alternatives of 1 and 2 mg a day (CONTRACT.md: the total daily
                # dose; 1 mg b.i.d. is 2)
                a, b = (
                    _TIMES_WORD.get(alt[k].lower()) or counts.words_to_int(alt[k]) or 1
                    for k in ("a", "b")
                )
                values, kind = [values[0] * a, values[0] * b], "list"
            weekly_total = _WEEKLY_TOTAL.search(lead) is not None
            if weekly_total and _INTERMITTENT.search(s.text, 0, m.start()):
                # "5 mg on Mondays, Wednesdays and Fridays, a weekly total of 15 mg": the sum
                # of an intermittent schedule's doses, said again, no dose of its own
                # (CONTRACT.md: such a schedule lists the dose given per administration)
                continue
            if weekly_total or (weekly_taken_daily and _PER_WEEK_AFTER.match(s.text, m.end())):
                # "a weekly total of 21 mg": the week's total of daily doses, a seventh a day;
                # so is "10.5 mg per week" where the record says the week's amount is taken
                # a capsule a night ("dispensed as seven identical capsules, one taken each
                # night")
                factor /= 7
            per_unit = DOSAGE_FORM_AFTER.match(s.text[m.end() :]) is not None
            if per_unit:
                lookback = max(0, at - 40)
                units = _UNIT_COUNT.search(s.text[lookback:at])
                if (
                    units
                    and units.group("drug")
                    and not any(a == lookback + units.start("drug") for a, _, _ in drugs)
                ):
                    # (the word between is the drug's name, nothing else: "in four
                    # weeks 0.5 mg capsules" counts no capsules)
                    units = None
                if units:
                    # "two 2.25-mg capsules once daily": the daily dose is both together;
                    # not a week's seven units, taken one a day ("dispensed as seven 4.5 mg
                    # capsules taken nightly")
                    if not (weekly_taken_daily and units.group(1).lower() in ("seven", "7")):
                        factor *= _COUNT_WORDS[units.group(1).lower()]
                    per_unit = False
            strength = False
            if (
                per_unit
                or _PER_UNIT_BEFORE.search(lead)
                or _PER_UNIT_AFTER.match(s.text[m.end() :])
                or (_CONTAINS_DRUG_BEFORE.search(lead) and _units_a_day(s.text, m.end()))
            ):
                # (a frequency already read as the dose's own, "1 mg tablets, taken twice a
                # day", is not counted again)
                # (nor is a count written as a multiple a frequency: "2 x 1 mg capsules
                # twice daily" is two capsules each time, four a day; "3 x 0.5 mg tablets
                # twice a day" three each time, 3 mg a day)
                counted = bool(m.group("mult"))
                units_a_day = _units_a_day(s.text, m.end())
                times = (
                    _one_unit_times_a_day(s.text[m.end() :])
                    if not units_a_day and (factor == 1 or counted)
                    else None
                )
                if times and counted:
                    # (the frequency read before is this one: the units each time count)
                    factor = int(m.group("mult").strip()[0])
                a_day = units_a_day or times
                # a unit's content with no count taken a day and no frequency of its own
                # is the form's strength ("compounded into 0.5 mg capsules"); a unit named
                # by when it is taken is one a day ("switched to an 8 mg daily capsule",
                # "a 4.5 mg nightly tablet")
                strength = (
                    not a_day
                    and factor == 1
                    and not _DAILY_UNIT_AFTER.match(s.text[m.end() :])
                    and not _PEOPLE_DISPENSED.search(s.text, max(0, at - 40), at)
                )
                levels = _unit_levels(s.text, m.end()) if kind == "single" else None
                if levels:
                    # "500 micrograms per drop ... in sequential cohorts of 1, 2, 4, 6 and
                    # 9 drops nightly": each count of units is a level given (CONTRACT.md: a
                    # liquid's volume is turned into mg where its strength is stated)
                    values, kind, strength = [values[0] * k for k in levels], "list", False
                elif a_day:
                    # "capsules each contained 1 mg; participants took three capsules each
                    # evening", "drops (0.5 mg per drop); three drops every morning and every
                    # evening": the daily dose is the units taken in a day together
                    factor *= a_day
                part = _FRACTION_BEFORE.search(s.text[max(0, at - 25) : at])
                if part:
                    # "half of a 9 mg tablet": the dose taken is the part
                    factor *= 0.5 if part.group(1).lower().endswith("half") else 0.25
            if grid and kind == "range" and len(values) == 2:
                step_mg = _number(grid.group("step"))
                lo, hi = values
                if step_mg > 0 and (hi - lo) / step_mg <= 40:
                    values = [
                        round(lo + i * step_mg, 4) for i in range(round((hi - lo) / step_mg) + 1)
                    ]
                    kind = "grid"
            # ("maintenance doses ranged from 1.5 to 4.5 mg": the spread of doses kept, its
            # "from" no start)
            started = not spread and (
                _START_BEFORE.search(lead) is not None
                or (
                    _STARTED_WITH_BEFORE.search(lead) is not None
                    and not _flexible_for(flexible_cues, at, owner, drugs)
                )
            )
            # "started at 0.5 to 1.5 mg": a range of where people began, not a ramp from
            # its lower end to its upper: every end a first step (a later dose says
            # whether they were raised, ``_settle_schedule``)
            start_range = started and kind == "range" and _START_AT_BEFORE.search(lead) is not None
            total = (
                _TOTAL_AFTER.match(s.text[m.end() :]) is not None
                or _TOTAL_BEFORE.search(lead) is not None
            )
            # "after a one-week run-in at 1.5 mg": a first step, whatever follows it
            run_in = (
                _RUN_IN_BEFORE.search(lead) is not None
                or _RUN_IN_AFTER.match(s.text[m.end() :]) is not None
            )
            # "4.5 mg after a week at 1.5 mg": a first step if a higher dose came before it
            # (``_settle_schedule`` keeps it only then)
            spell = _SPELL_BEFORE.search(lead) is not None
            same_as = s.prior and _SAME_AS_BEFORE.search(s.text[max(0, at - 120) : at]) is not None
            # "titrated from 1 to 4.5 mg": a schedule written as a range
            ramp = (kind == "range" and titration and not flexible and not start_range) or chain
            titration = titration or chain
            # each step of an arrowed chain stands where its number is written, so the
            # schedule's steps read in order ("1.5 -> 3 -> 4.5 mg": 4.5 the last)
            places = (
                [(m.start("nums") + n.start(), n.group(0)) for n in _CHAIN_STEP.finditer(m["nums"])]
                if chain
                else []
            )
            if len(places) != len(values):
                places = [(m.start(), m.group(0))] * len(values)
            if kind == "single" and factor == 1 and owner == drug and _FURTHER_BEFORE.search(lead):
                # "took a further 3 mL each morning": a dose added to the one already taken,
                # the day's total is both (CONTRACT.md: the total daily dose)
                base = next(
                    (d.mg_per_day for d in reversed(out) if d.owner == drug and not d.per_kg),
                    None,
                )
                if base is not None:
                    values, later = [base + values[0]], True
            for i, v in enumerate(values):
                first, last = i == 0, i == len(values) - 1
                out.append(
                    Dose(
                        mg_per_day=round(v * factor, 4),
                        owner=owner,
                        kind=kind,
                        sentence=s,
                        span=places[i][1],
                        per_kg=bool(m.group("perkg")),
                        bound=bound,
                        ceiling=ceiling,
                        window=window,
                        titration=titration or run_in,
                        start=places[i][0],
                        earlier=(after_step or started or ramp or run_in or spell)
                        and not (ramp and last),
                        run_in=run_in,
                        started=started and (first or start_range),
                        kept=kept,
                        total=total,
                        later=(later and not after_step) or (ramp and last and not first),
                        conditional=False,
                        flexible=_flexible_for(flexible_cues, at, owner, drugs)
                        or (kind == "range" and not ramp),
                        escalation=escalation
                        and not (
                            started
                            and (titrated_course or _TO_ASSIGNED_AFTER.match(s.text, m.end()))
                        ),
                        crossed=crossed,
                        mirrored=mirrored,
                        dropped=any(a <= m.start() < b for a, b in dropped_spans)
                        or _excluded_dose(s.text, at, m.end()),
                        tapered=any(a <= m.start() < b for a, b in taper_spans),
                        same_as=same_as,
                        strength=strength,
                        arm_outcome=arm_outcome,
                    )
                )
            more_often = (
                _MORE_OFTEN_AFTER.match(s.text, m.end())
                if kind == "single" and factor == 1 and owner == drug
                else None
            )
            if more_often is not None and not _UNIT_HINT.search(more_often.group("gap")):
                # "1 mg at night for one week, then twice daily": the same unit dose given
                # more often, a later step of the schedule whose daily dose rises
                times = 3 if more_often.group("f").lower().startswith("three") else 2
                out.append(
                    replace(
                        out[-1],
                        mg_per_day=round(values[0] * times, 4),
                        span=more_often.group("f"),
                        start=more_often.start("f"),
                        later=True,
                        titration=True,
                        earlier=False,
                        started=False,
                    )
                )
    if typical:
        return out
    out = _closed_arm_with_people(doc, _drop_replaced_arms(doc, out, drug), drug)
    out = _drop_parts_to_come(doc, out, drug)
    out = _drop_unanalysed_arms(doc, out, drug)
    out = _drop_misstated(out, drug)
    if any(c.ref_type == "ErratumIn" for c in doc.article.corrections):
        out = _drop_decimal_slip(out, drug, doc.spec.low_max_mg)
    out = _drop_restated(out, drug)
    out = _named_as_a_step(out, drug)
    out = _drop_parts_of_total(out, drug)
    out = _drop_strengths(out, drug)
    out = _arms_named_per_intake(out, drug)
    out = _split_through_the_day(out, drug)
    raise_for_some = doc.spec.compiled("doses.conditional", _conditional)
    out = _timed_sentences(_chains(doc, out, drug, raise_for_some), drug)
    out = _given_to_some(out, drug, raise_for_some)
    out = _lowered_in_some(doc, out, drug)
    out = _steps_listed_after_start(_steps_after_target(out, drug), drug)
    out = _start_of_flexible_range(_start_range_raised(_settle_schedule(out, drug), drug), drug)
    out = _stopped_then_replaced(
        _shares_inside_range(_inside_flexible_range(out, drug), drug), drug, doc
    )
    out = _reduction_undone(doc, out, drug)
    out = _started_below_every_arm(out, drug)
    out = _title_names_the_steps(out, drug)
    out = _title_shorthand(out, drug)
    return _only_inferred(out, drug)


_EVERYONE = re.compile(
    r"\b(?:both|all|each|every|everyone|everybody|the\s+two)\b(?!\s+(?:but|except)\b)", re.I
)


def _started_below_every_arm(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose the drug was started at for a stretch, told in a sentence of its own ("Both
    arms started at 1.5 mg/day for 1 week"), below every dose the record gives its arms
    elsewhere ("randomized to 3 mg/day or 4.5 mg/day"), is the first step toward them: a
    titration's start, not a dose anyone was kept on (CONTRACT.md lists only the target)."""
    arms = [
        d.mg_per_day
        for d in doses
        if d.owner == drug
        and not (d.titration or d.earlier or d.conditional or d.per_kg or d.bound or d.started)
    ]
    if not arms:
        return doses

    # (a sentence of its own, or a clause after a semicolon: one with another dose of the
    # drug tells its own schedule, "4.5 mg nightly, started at 1.5 mg and increased in
    # non-responders"; "allocated to X 1.5 mg or X 4.5 mg; all start at 0.5 mg and reach
    # the allocated dose by day 14" is a clause of its own)
    def clause(d: Dose) -> tuple[int, int]:
        return d.sentence.index, d.sentence.text.count(";", 0, max(d.start, 0))

    per_clause = Counter(clause(d) for d in doses if d.owner == drug)
    return [
        replace(d, earlier=True, first=True)
        if d.owner == drug
        and per_clause[clause(d)] == 1
        # (said of everyone: "Both arms started at 1.5 mg"; not "A second group started at
        # 1.5 mg for 12 weeks", a group of its own)
        and _EVERYONE.search(d.sentence.text, 0, max(d.start, 0)) is not None
        and d.started
        and d.titration
        and not (d.earlier or d.later or d.conditional or d.flexible or d.escalation)
        and d.mg_per_day < min(arms)
        else d
        for d in doses
    ]


# how many times a day the dose just read is taken, written right after it: "3 mg twice
# daily", "1 mg b.i.d.", "1.5 mg three times a day"
_TIMES_A_DAY_AFTER = re.compile(
    r"^[\s,]*(?:(?P<two>twice|two\s+times|b\.?i\.?d\b\.?|bid\b)|"
    r"(?P<three>three\s+times|thrice|t\.?i\.?d\b\.?|tid\b))",
    re.I,
)


def _times_a_day(d: Dose) -> int:
    m = _TIMES_A_DAY_AFTER.match(d.sentence.text[d.start + len(d.span) :])
    if m is None:
        return 1
    return 2 if m.group("two") else 3


# one administration's amount said as such: "from 4 mg to 6 mg per dose" (the words reach
# back over the other amount they are said of)
_PER_DOSE_AFTER = re.compile(
    r"(?:\s*(?:to|or|and|versus|vs\.?|-|–)\s*\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b)?"
    r"\s*(?:per|each|every)\s+(?:dose|administration|intake)\b",
    re.I,
)


def _title_shorthand(doses: list[Dose], drug: str) -> list[Dose]:
    """A title writes a dose as the amount taken at once, where the record's own text
    writes it with how often it is taken ("Naltrexone 3 mg augmentation ..." and "3 mg
    twice daily"; "1.5 mg versus 3 mg twice daily" and "1.5 mg once daily or 3 mg twice
    daily"): the title's level that no dose of the text has, and that is a text dose taken
    once of several times a day (or a text dose taken the title's times a day, the title's
    frequency shared by its list), is that dose again, not a level of its own
    (CONTRACT.md: ``ldn_doses_mg`` are total daily doses). So is an amount the text itself
    says is taken at once: "from 4 mg to 6 mg per dose" after "4 mg twice daily or 6 mg
    twice daily" is 8 and 12 mg again, no 6 mg dose."""
    at_once = [
        d
        for d in doses
        if d.owner == drug
        and (
            d.sentence.is_title
            or _PER_DOSE_AFTER.match(d.sentence.text, d.start + len(d.span)) is not None
        )
    ]
    body = [d for d in doses if d.owner == drug and d.own and d not in at_once]
    if not body or not at_once:
        return doses
    levels = {round(d.mg_per_day, 4) for d in body if d.maintained}
    # (each level with the times a day any mention of it gives: "4 mg twice daily", later
    # "the 8 mg/day arm", is still taken twice a day)
    several = {(round(d.mg_per_day, 4), _times_a_day(d)) for d in body if d.maintained}

    def shorthand(d: Dose) -> bool:
        v = round(d.mg_per_day, 4)
        if v in levels:
            return False
        if any(k > 1 and round(v * k, 4) == b for b, k in several):
            return True
        k = _times_a_day(d)
        return k > 1 and round(v / k, 4) in levels

    return [d for d in doses if not (d in at_once and shorthand(d))]


# a dose the record says was written wrongly, as a correction or a later version says it:
# "In version 1 the naltrexone dose was incorrectly given as 4.5 mg; all participants
# received 3 mg", "was mistakenly listed as 6 mg", "1.5 mg nightly, not 3 mg as previously
# stated" (CONTRACT.md: a later version replaces the earlier one; the count's like in
# numbers._CORRECTION)
_WRONGLY = r"(?:erroneously|incorrectly|mistakenly|wrongly|in\s+error)"
_STATED = r"(?:stated|reported|given|published|listed|printed|shown|written|described)"
# (... and a verb that says the wrong statement itself: "the Methods misstated the dose
# as 5 mg/day", "was misreported as 2 mg")
_MISWRITTEN = r"(?:misstated|misreported|misprinted|misquoted|mistyped|misrecorded)"
_MISSTATED_BEFORE = re.compile(
    rf"\b{_WRONGLY}\s+{_STATED}\s+(?:as\s+)?$|\b{_STATED}\s+{_WRONGLY}\s+(?:as\s+)?$"
    rf"|\b{_MISWRITTEN}\b[^.;]{{0,30}}?\s(?:as|at|to\s+be)\s+$",
    re.I,
)
_NOT_AS_STATED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.I)
# (an "as" or a word of when or of error is needed: "LDN 4.5 mg but not 1 mg given without
# an antidepressant" contrasts results, it corrects nothing)
_AS_STATED_AFTER = re.compile(
    rf"^\s*(?:[\w/]+\s+){{0,2}}?(?:as\s+(?:(?:previously|originally|first|initially|earlier|"
    rf"{_WRONGLY})\s+)?|(?:previously|originally|first|initially|earlier|{_WRONGLY})\s+)"
    rf"{_STATED}\b",
    re.I,
)


def _drop_misstated(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose of the drug the record says was stated wrongly is no dose, wherever the
    record names that level, unless the correcting sentence gives that level as right."""
    wrong: dict[float, int] = {}
    for d in doses:
        if d.owner != drug:
            continue
        text = d.sentence.text
        lead = text[max(0, d.start - 40) : d.start]
        if _MISSTATED_BEFORE.search(lead) or (
            _NOT_AS_STATED.search(lead) and _AS_STATED_AFTER.match(text[d.start + len(d.span) :])
        ):
            wrong[d.mg_per_day] = d.sentence.index
    if not wrong:
        return doses
    right = {
        d.mg_per_day
        for d in doses
        if d.owner == drug
        and d.mg_per_day in wrong
        and d.sentence.index == wrong[d.mg_per_day]
        and not _MISSTATED_BEFORE.search(d.sentence.text[max(0, d.start - 40) : d.start])
        and not _NOT_AS_STATED.search(d.sentence.text[max(0, d.start - 40) : d.start])
    }
    return [d for d in doses if not (d.owner == drug and d.mg_per_day in set(wrong) - right)]


def _drop_decimal_slip(doses: list[Dose], drug: str, low_max_mg: float) -> list[Dose]:
    """In a record an erratum corrects, a dose of the drug ten times another dose of it in
    the low band is the decimal point the erratum put back ("naltrexone 45 mg at night" in
    the methods, "LDN (4.5 mg)" in the results): a misprint, no dose given."""
    low = {d.mg_per_day for d in doses if d.owner == drug and d.mg_per_day <= low_max_mg}
    slips = {
        d.mg_per_day
        for d in doses
        if d.owner == drug
        and d.mg_per_day > low_max_mg
        and any(abs(d.mg_per_day - 10 * v) < 1e-9 for v in low)
    }
    return [d for d in doses if not (d.owner == drug and d.mg_per_day in slips)]


_TITLE_COMPARES = Folded(
    r"\b(?:versus|vs\.?|compared|comparison|comparing|against|or|two\s+doses|dose[\s\-]*"
    r"(?:finding|ranging|response|comparison))\b",
    re.I,
)


def _title_names_the_steps(doses: list[Dose], drug: str) -> list[Dose]:
    """A title names the doses a study gave without their schedule ("Ultra-low-dose X
    (250 and 500 micrograms) in ..."): where the record's own text tells the schedule, a
    fixed titration's earlier step ("started at 250 micrograms, increased to 500
    micrograms") named in the title is that step again, not an arm of its own
    (CONTRACT.md: a fixed titration lists only its target). A step kept as a level of its
    own (a raise for some, a flexible range, an escalation) keeps its title mention.
    The start may be written so that it is read as no dose ("a compounded capsule of
    250 micrograms", a strength): then a title dose below the dose everyone was raised to,
    and kept by no one in the text, is that start."""
    body = [d for d in doses if d.owner == drug and not d.sentence.is_title and d.own]
    title = [d for d in doses if d.owner == drug and d.sentence.is_title]
    # (doses the title sets against each other, "1 mg versus 4.5 mg", and doses a
    # crossover gives in both orders, "1 mg then 4.5 mg, or the reverse", are compared,
    # not steps of one schedule)
    if not title or any(d.crossed for d in body) or _TITLE_COMPARES.search(title[0].sentence.text):
        return doses
    steps = {d.mg_per_day for d in body if not d.maintained}
    kept = {d.mg_per_day for d in body if d.maintained}
    raised_to = [
        d.mg_per_day
        for d in body
        if d.later and d.maintained and not (d.conditional or d.escalation or d.flexible)
    ]
    top = max(raised_to, default=0.0)

    def step(d: Dose) -> bool:
        if d.mg_per_day in kept:
            return False
        return d.mg_per_day in steps or d.mg_per_day < top

    return [
        replace(d, earlier=True, titration=True, first=False, flexible=False)
        if d.owner == drug and d.sentence.is_title and step(d)
        else d
        for d in doses
    ]


# what the record infers from its findings: "these data suggest that", "our results
# indicate that", "this implies that", "findings support the view that"
_INFERENCE = Folded(
    r"\b(?:suggest|indicat|impl(?:y|ies|ied)|support)\w*\s+(?:(?:the\s+)?(?:view|notion|idea|"
    r"hypothesis)\s+)?that\b",
    re.I,
)


def _only_inferred(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose of the drug named only inside the record's inference from its findings ("these
    data suggest ... that the 1-2 mg range gives partial occupancy", "our results indicate
    that 3 mg may suffice"), when the record gives its doses elsewhere and this one is not
    among them, is a dose talked about, not one given (CONTRACT.md: ``ldn_doses_mg`` are the
    doses participants took). A dose the record states only there is still read (many
    abstracts name their dose only in their conclusion), and so is an inference about a dose
    it gave ("suggest that 4.5 mg ...")."""
    mine = [d for d in doses if d.owner == drug and d.start >= 0]

    def inferred(d: Dose) -> bool:
        s = d.sentence
        # (a labelled methods section states what was done, not what it implies)
        in_methods = s.in_methods and not s.unlabelled
        return not in_methods and _INFERENCE.search(s.text[: d.start]) is not None

    told = {d.mg_per_day for d in mine if not inferred(d) and d.own and not d.bound}
    if not told:
        return doses
    return [
        replace(d, inferred=True)
        if d.owner == drug and d.start >= 0 and d.mg_per_day not in told and inferred(d)
        else d
        for d in doses
    ]


def assigned(doc: Doc, found: list[Dose]) -> list[Dose]:
    """The watched drug's low doses participants were kept on, from ``find``'s doses: the
    study's own, not per kg, not a bound, not a removed arm, not a titration's first steps
    (CONTRACT.md, ``ldn_doses_mg``)."""
    spec = doc.spec
    return [
        d
        for d in found
        if d.owner == spec.drug
        and not d.per_kg
        and not d.bound
        and not d.dropped
        and d.own
        and spec.is_low(d.mg_per_day)
        and d.maintained
    ]


# an arm taken back after its removal: "the 1 mg arm was reinstated", "reopened"
_REINSTATED = Folded(r"\b(?:reinstat|reopen|re-open|restor|resum|re-?introduc|re-?add)\w*", re.I)


# an "arm" read off a sentence that is a clause of its own, with a verb: "(participants
# already randomised to) 1 mg will complete treatment", "and new participants are
# randomised to 2 mg": what happens to people, not one of the allocation's alternatives
_ARM_WITH_VERB = Folded(
    r"\b(?:will|shall|are|is|was|were|been|already|complet\w*|continu\w*|finish\w*|"
    r"remain\w*|stay\w*)\b",
    re.I,
)


def _predicate_after_dose(text: str) -> bool:
    """An arm read off a sentence whose dose (or placebo) has a verb after it ("2.5 mg will
    complete treatment", "placebo before the change will continue"), not before it ("new
    participants are randomised to 2 mg")."""
    told = _DOSE.search(text) or _INERT.search(text)
    return told is not None and _ARM_WITH_VERB.search(text, told.end()) is not None


def _drop_replaced_arms(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """An amendment that removes arms ("replaced the 1.5 mg and 3 mg arms with a single 1 mg
    arm", "the 1 mg arm was discontinued") removes those dose levels from the protocol: the
    drug's doses at those levels are dropped wherever the record says them, before the
    removal (the original design the amendment describes) or after it (those already on
    the removed arm finishing it, "participants already randomised to 1 mg will complete
    treatment", "those who had started 0.5 mg were offered 2 mg"): nobody is now assigned
    to them. Only a later sentence that takes the arm back ("reinstated") keeps its dose."""
    gone: dict[float, int] = {}  # dose level -> the sentence that removed it
    for s in doc.sentences:
        if s.background or not _UNIT_HINT.search(s.text):
            continue
        for a, b in _dropped_spans(s.text, reported=_reported(doc)):
            for m in _DOSE.finditer(s.text):
                if not a <= m.start() < b or m.group("conc") or m.group("perkg"):
                    continue
                for v in _values(m.group("nums"), m.group("unit"))[0]:
                    # (the last sentence that removes it: a title announcing the removal
                    # comes before the original design the abstract then recalls)
                    gone[round(v, 4)] = s.index
    if not gone:
        return doses
    # ... but a level that a surviving arm still gives stays: "the 4.5 mg open-label arm was
    # dropped; participants are randomised to 4.5 mg or placebo" removes an arm, not the
    # dose. A surviving arm is one of the allocation's arms (``arms.arms_in``) said with or
    # after the removal, outside what was removed.
    first = min(gone.values())
    for s in doc.sentences:
        if s.background or s.index < first or not _UNIT_HINT.search(s.text):
            continue
        removed = _dropped_spans(s.text, reported=_reported(doc))
        listed = arms.arms_in(doc, s)
        if listed and _predicate_after_dose(listed[-1].text):
            # the alternatives together are the subject of the last one's verb
            # ("participants already randomised to 1 mg or 2.5 mg will complete
            # treatment"): none of them survives (holdout421 47500031)
            continue
        for arm in listed:
            if _ARM_WITH_VERB.search(arm.text):
                continue  # not an alternative but a clause ("1 mg will complete treatment")
            for m in _DOSE.finditer(s.text):
                if not arm.start <= m.start() < arm.end or m.group("conc") or m.group("perkg"):
                    continue
                if any(a <= m.start() < b for a, b in removed):
                    continue
                for v in _values(m.group("nums"), m.group("unit"))[0]:
                    if s.index >= gone.get(round(v, 4), len(doc.sentences)):
                        del gone[round(v, 4)]
    if not gone:
        return doses
    return [
        replace(d, dropped=True)
        if d.owner == drug
        and d.mg_per_day in gone
        and (d.sentence.index <= gone[d.mg_per_day] or not _REINSTATED.search(d.sentence.text))
        else d
        for d in doses
    ]


# the same dose said again in brackets: "6 mg (3 mg twice daily)", "1 mg b.i.d. (2 mg/day)"
_RESTATED_BETWEEN = re.compile(
    r"^[\s\-]*(?:(?:/\s*day|/d|per day|daily|a day|once daily|nightly|at (?:night|bedtime))"
    r"[\s,]*)?\(\s*(?:i\.e\.,?\s*|that is,?\s*|=\s*)?$",
    re.I,
)


# a dose named right after as a schedule's step: "the 3 mg starting step was not analysed
# as a separate dose", "its 1 mg initial dose"
_STARTING_STEP_AFTER = re.compile(
    r"\s*(?:/\s*d(?:ay)?\b)?\s*(?:starting|initial|first|lead-?in|titration|run-?in)\s+"
    r"(?:step|dose|level)\b",
    re.I,
)


def _named_as_a_step(doses: list[Dose], drug: str) -> list[Dose]:
    """The drug's dose named as a schedule's starting step ("the 3 mg starting step was not
    analysed as a separate dose") is that titration's first step, not a dose anyone was kept
    on (CONTRACT.md: a fixed titration lists its target): the schedule told it already,
    or it is its first step."""
    out: list[Dose] = []
    for d in doses:
        if (
            d.owner == drug
            and d.start >= 0
            and _STARTING_STEP_AFTER.match(d.sentence.text, d.start + len(d.span))
        ):
            if any(o.owner == drug and o.mg_per_day == d.mg_per_day for o in out):
                continue
            d = replace(d, titration=True, earlier=True, first=True)
        out.append(d)
    return out


def _drop_restated(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose in brackets right after a dose of the drug with the same daily total restates
    it: it is not a second step ("increased to 6 mg (3 mg twice daily)" is one raise)."""
    out: list[Dose] = []
    for d in doses:
        if d.owner == drug and d.start > 0 and "(" in d.sentence.text[: d.start]:
            text = d.sentence.text
            same = any(
                p.owner == drug
                and p.sentence.index == d.sentence.index
                and p.start < d.start
                and p.mg_per_day == d.mg_per_day
                and _RESTATED_BETWEEN.match(text[p.start + len(p.span) : d.start])
                for p in out
            )
            if same:
                continue
        out.append(d)
    return out


def _timed_sentences(doses: list[Dose], drug: str) -> list[Dose]:
    """Steps written one a sentence, each headed by its stretch of time ("Days 1-7: X
    1.5 mg. Days 8-14: 3 mg. Day 15 to week 12: 4.5 mg."): a rising series of the drug's
    single doses in consecutive sentences is a fixed titration, its last dose the target."""
    by_sentence: dict[int, list[Dose]] = {}
    for d in doses:
        if d.owner == drug and _TIME_LABEL.match(d.sentence.text):
            by_sentence.setdefault(d.sentence.index, []).append(d)
    if len(by_sentence) < 2:
        return doses
    runs: list[list[Dose]] = []
    for i in sorted(by_sentence):
        group = by_sentence[i]
        one = group[0] if len(group) == 1 and group[0].kind == "single" else None
        if one is None or one.conditional:
            runs.append([])
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        if last and last.sentence.index == i - 1 and last.mg_per_day < one.mg_per_day:
            runs[-1].append(one)
        else:
            runs.append([one])
    steps: dict[int, bool] = {}  # id -> a later step (else an earlier one)
    for run in runs:
        if len(run) >= 2:
            steps.update({id(d): False for d in run[:-1]})
            steps[id(run[-1])] = True
    return [
        replace(d, earlier=not steps[id(d)], later=steps[id(d)], titration=True)
        if id(d) in steps
        else d
        for d in doses
    ]


def _drop_strengths(doses: list[Dose], drug: str) -> list[Dose]:
    """A capsule's or tablet's strength ("compounded into 0.5 mg capsules", "capsules of
    0.75 mg") is how the arms' doses were made up, not a dose of its own, where the record
    states the drug's doses otherwise (CONTRACT.md: the doses participants were assigned
    to). Where it is the only dose written ("given as 4.5 mg capsules") it is the dose.

    So it is where the only other doses are starts below it that are then raised ("4.5 mg
    capsules were added at bedtime, starting at 1.5 mg and titrating over three weeks",
    "3 mg tablets were prescribed; she began on 1 mg and increased weekly"): the product
    named as what was given is the titration's target, whose steps the record tells
    (CONTRACT.md: a fixed titration lists its target)."""
    mine = [d for d in doses if d.owner == drug and not d.per_kg]
    others = [d for d in mine if not d.strength]
    if not others:
        return doses
    strengths = [d for d in mine if d.strength]
    if strengths and all(
        d.started
        and _raised_from_start(d, strengths)
        and d.mg_per_day < min(s.mg_per_day for s in strengths)
        for d in others
    ):
        return doses  # a target told as the product given, its start raised towards it
    # ... and where the only other doses were given up before it ("because she had
    # developed insomnia on naltrexone 1.5 mg, a pharmacy prepared capsules of 250
    # micrograms"): the product made up instead is the dose she was kept on (a dose of the
    # strength's own size, "Ultra-low-dose naltrexone (250 micrograms)" in the title, is
    # that dose told again)
    sizes = {s.mg_per_day for s in strengths}
    if any(_given_up_before_strength(d, strengths) for d in others) and all(
        d.mg_per_day in sizes or _given_up_before_strength(d, strengths) for d in others
    ):
        return doses
    return [d for d in doses if not (d.owner == drug and d.strength)]


def _given_up_before_strength(d: Dose, strengths: list[Dose]) -> bool:
    """The dose was given up (``_given_up``) before a strength of another size told later
    in the same sentence."""
    after = [
        s.start
        for s in strengths
        if s.sentence.index == d.sentence.index
        and s.start > d.start
        and s.mg_per_day != d.mg_per_day
    ]
    return bool(after) and _given_up(d, d.sentence.text[d.start + len(d.span) : min(after)])


# the colon that ends a registry arm's label, its type in brackets before it: "Naltrexone
# 25 mcg (experimental): ..."
_LABEL_ENDS = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?:")


def _arms_named_per_intake(doses: list[Dose], drug: str) -> list[Dose]:
    """Arms named by one intake of their dose ("randomised to the 250 µg, 1 mg and placebo
    arms") where the record gives each arm's dose as taken more than once a day
    ("naltrexone 250 µg twice daily, 1 mg twice daily or placebo"), and gives no arm that
    amount a day: the arms whose daily doses are already counted (0.5 and 2 mg), not doses
    of their own."""
    intakes: set[float] = set()
    labels: list[Dose] = []
    given: set[float] = set()
    for d in doses:
        if d.owner != drug or d.start < 0:
            continue
        times = _times_a_day(d)
        if times > 1:
            intakes.add(round(d.mg_per_day / times, 4))
        elif _COHORT_AFTER.match(d.sentence.text[d.start + len(d.span) :]) or (
            # (or a registry arm's label, "Naltrexone 25 mcg: Naltrexone 0.025 mg twice
            # daily (0.05 mg/day) added to SSRI", the label its sentence opens with)
            d.start < 40 and _LABEL_ENDS.match(d.sentence.text, d.start + len(d.span))
        ):
            labels.append(d)
        else:
            given.add(d.mg_per_day)
    named_by_intake = {
        id(d) for d in labels if d.mg_per_day in intakes and d.mg_per_day not in given
    }
    return [d for d in doses if id(d) not in named_by_intake] if named_by_intake else doses


def _drop_parts_of_total(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose of the drug right before its stated daily total, a whole fraction of it
    (a half, a third, a quarter), is one administration of that total: "3 mg capsules
    taken twice daily (6 mg/day in total)" is 6 mg a day, not 3 and 6."""
    totals = [d for d in doses if d.owner == drug and d.total]
    if not totals:
        return doses
    parts: set[int] = set()
    for t in totals:
        before = [
            d
            for d in doses
            if d.owner == drug and d.sentence.index == t.sentence.index and d.start < t.start
        ]
        if not before:
            continue
        p = max(before, key=lambda d: d.start)
        ratio = round(t.mg_per_day / p.mg_per_day, 6) if p.mg_per_day else 0
        if ratio in (2, 3, 4) and not p.total:
            parts.add(id(p))
    return [d for d in doses if id(d) not in parts]


# one day's dose split over the day: "1 mg in the morning and 1 mg at night" is 2 mg/day,
# and so is a liquid's "1.5 mL in the morning and 0.5 mL at night" at 1 mg/mL
# (or by the clock: "1 mg at 8:00 and 1 mg at 21:00", "1 mg at 8 am and 1 mg at 8 pm"; a
# bare number after "at" is no time: "1 mg at 8 weeks")
_CLOCK = rf"at\s+{_CLOCK_TIME}"
# (the morning also "each morning", "on waking", "on rising", "at breakfast"; the evening
# also "each evening", "every night", "in the early evening": "0.5 mg each morning and 1.5 mg
# at bedtime" is 2 mg/day)
# (each amount may name the form it comes in: "0.5 mg capsule in the morning and 0.5 mg
# capsule in the evening" is 1 mg/day; and the second its count: "and one 1 mg capsule")
_SPLIT_FORM = rf"(?:{_UNIT_NOUN}\s+)?"
_SPLIT_DAY = Folded(
    rf"(?P<a>{_NUM})\s*(?:mg|{_VOLUME})\s+{_SPLIT_FORM}(?:(?:(?:in\s+the(?:\s+(?:early|late))?|each|every)\s+)?"
    rf"(?:mornings?|a\.?m\.?)|"
    rf"(?:on|upon)\s+(?:waking|awakening|rising)|at\s+(?:breakfast|noon|midday)|{_CLOCK})\s*"
    # (joined by "and", "plus" or "+": "1.5 mg on waking plus 3 mg at bedtime" is 4.5; or
    # by a comma alone, the parts listed: "(0.5 mg mornings, 2 mg evenings)" is 2.5)
    rf"(?:,\s*(?:and\s+|plus\s+|\+\s*)?|and\s+|plus\s+|\+\s*)"
    rf"(?:(?:one|an?)\s+)?(?P<b>{_NUM})\s*(?:mg|{_VOLUME})\s+{_SPLIT_FORM}"
    # (the second may come in the afternoon: "3 mg in the morning and 3 mg in the early
    # afternoon (6 mg/day)", holdout377 42500027; or at midday: "1 mg at breakfast and 1 mg
    # at lunch")
    rf"(?:(?:(?:in\s+the(?:\s+(?:early|late|mid))?|each|every)\s+)?(?:evenings?|afternoons?|"
    rf"at\s+night|at\s+bedtime|nights?|p\.?m\.?|at\s+(?:noon|midday|lunch(?:time)?))\b|{_CLOCK})",
    re.I,
)
# where a split day may stand: a time of day named, or a clock's
_TIMED_DAY = Folded(
    r"morning|waking|rising|breakfast|noon|midday|\d[:.h]\d\d|\d\s*[ap]\.?m\b", re.I
)


def _split_through_the_day(doses: list[Dose], drug: str) -> list[Dose]:
    """The watched drug's morning and evening doses of one day become their daily total
    (each already in mg: a volume at the liquid's stated strength)."""
    spans: dict[int, tuple[re.Match[str], Dose]] = {}
    for d in doses:
        if d.owner != drug or d.sentence.index in spans:
            continue
        if "morning" in d.sentence.text.lower() or _TIMED_DAY.search(d.sentence.text):
            m = _SPLIT_DAY.search(d.sentence.text)
            if m is not None and m.start() <= d.start < m.end():
                spans[d.sentence.index] = (m, d)
    if not spans:
        return doses
    out: list[Dose] = []
    for d in doses:
        split = spans.get(d.sentence.index)
        if split is not None and d.owner == drug and split[0].start() <= d.start < split[0].end():
            m, first = split
            if d is first:
                parts = [
                    p.mg_per_day
                    for p in doses
                    if p.owner == drug
                    and p.sentence.index == d.sentence.index
                    and m.start() <= p.start < m.end()
                ]
                if len(parts) == 2:
                    total = sum(parts)
                elif re.search(rf"\d\s*{_VOLUME}\b", m.group(0), re.I) is None:
                    total = _number(m.group("a")) + _number(m.group("b"))
                else:
                    out.append(d)  # a volume whose strength is unknown: as it was
                    continue
                out.append(replace(d, mg_per_day=round(total, 4), kind="single", span=m.group(0)))
            continue
        out.append(d)
    return out


# (within a sentence a full stop is an abbreviation's or a decimal's: "b.i.d. from week 2")
_IN_PHRASE = r"(?:[^.;,()]|\.(?=\s*[a-z\d]))"
_SPELL_UNIT = r"(?:weeks?|days?|nights?|fortnights?|months?)"
# a first spell at a dose, said after it: "for the first week", "during the first 10 days",
# "in the initial fortnight", "in week 1", "on days 1-7", "initially"; a schedule written as
# a list may give the spell bare or in brackets ("1 mg/d week 1, 3 mg/d week 2, 4.5 mg/d
# weeks 3-16", "1.5 mg (days 1-7), 3 mg (days 8-14)")
_FIRST_SPELL_AFTER = re.compile(
    rf"^{_IN_PHRASE}{{0,30}}?(?:\b(?:(?:for|during|in|over|throughout)\s+the\s+(?:first|"
    rf"initial|opening)\s+(?:[\w\-]+\s+)?{_SPELL_UNIT}|initially|at\s+first|"
    rf"(?:(?:in|during|for|on)\s+)?(?:week|day)s?\s+1\b(?!\s*[\d.]))|"
    rf"\(\s*(?:(?:in|during|for|on)\s+)?(?:week|day)s?\s+1\b(?!\s*[\d.]))",
    re.I,
)
# the dose kept after a first spell, said after it: "thereafter", "from week 2 onwards",
# "from the second week", "for the remaining ten weeks", "until the end of the study"
_GOING_ON_AFTER = re.compile(
    # (the dose may stand in brackets after its count of units, the words of keeping after
    # the bracket: "two capsules (3 mg) at bedtime thereafter", holdout322 36200001)
    rf"^(?:\s*\))?{_IN_PHRASE}{{0,30}}?\b(?:thereafter|afterwards?|onwards?|from\s+then\s+on|"
    rf"for\s+the\s+(?:rest|remainder)\s+of|"
    rf"(?:for|during|over)\s+the\s+(?:remaining|following|subsequent)\s+(?:[\w\-]+\s+)?{_SPELL_UNIT}|"
    # ... its count alone, the unit left to the first spell's: "for the remaining seven"
    rf"(?:for|during|over)\s+the\s+(?:remaining|following|subsequent)\s+(?:\d+|{counts.NUMBER_WORDS})"
    rf"(?=\s*(?:[.;,)]|$))|"
    rf"(?:from|after|starting(?:\s+(?:from|in|at))?)\s+(?:(?:week|day|month)\s+\d+|the\s+[\w\-]+\s+"
    rf"(?:week|day|month))|until\s+(?:the\s+end|(?:week|day|month)\s+\d+))\b",
    re.I,
)
# ... or before it, in the words since the dose before: "after which patients took", "from
# the second week the same dose was taken", "after 14 days,", "then"
_GOING_ON_BEFORE = re.compile(
    rf"\b(?:after\s+which|thereafter|afterwards|subsequently|"
    rf"(?:from|starting(?:\s+(?:from|in|at))?)\s+(?:(?:week|day|month)\s+\d+|the\s+[\w\-]+\s+(?:week|day|month))|"
    rf"after\s+(?:the\s+first\s+)?(?:an?\s+|one\s+|two\s+|three\s+|four\s+|\d+\s+)?"
    rf"(?:[\w\-]+\s+)?{_SPELL_UNIT})\b",
    re.I,
)
# ... or the first dose's own spell and the next step right after it, in the words since
# the dose before: "1.5 mg for one week followed by 4.5 mg", "1 mg daily for 7 days, then
# 3 mg", "for two weeks and then" (a lower dose given only for a stretch of time, a higher
# one after it: a fixed titration, not two doses compared)
_SPELL_THEN_BEFORE = re.compile(
    rf"^{_IN_PHRASE}{{0,20}}?\b(?:for|over|during)\s+(?:the\s+first\s+)?"
    rf"(?:an?|one|two|three|four|five|six|seven|ten|fourteen|\d+)[\s\-]+(?:[\w\-]+\s+)?"
    rf"{_SPELL_UNIT}\s*,?\s*(?:and\s+)?(?:then|followed\s+by)\s+(?:(?:at|to|on)\s+)?$",
    re.I,
)
# words that bring other people in between two doses: a schedule's steps are taken by the
# same people, one after the other
_NEW_PEOPLE = re.compile(
    r"\b(?:randomi[sz]ed|enrolled|recruited|allocated|assigned|cohorts?|included)\b", re.I
)
_AMENDMENT = re.compile(
    r"\b(?:amend\w*|(?:original|initial|first|previous)\s+protocol|protocol\s+(?:chang|revis|"
    r"modif|specified)\w*|revised\s+protocol)\b",
    re.I,
)


def _spell_series(text: str, mine: list[Dose], *, crossed: bool = False) -> bool:
    """The drug's single doses in a sentence rise in the order written and are tied to
    stretches of time: a first spell at the lower ("1 mg once daily for the first week")
    or the higher kept afterwards ("... and 1 mg twice daily thereafter", "after which
    1.5 mg twice a day"), or each headed by its weeks ("Week 1: 1.5 mg; weeks 3-12: 3 mg
    twice daily"). One schedule whose daily dose rises, the same unit dose given more
    often included: a fixed titration, its last dose the target (CONTRACT.md)."""
    series = [d for d in mine if d.kind == "single"]
    if len(series) < 2 or any(a.mg_per_day >= b.mg_per_day for a, b in pairwise(series)):
        return False
    if any(SIZED_AFTER.match(text[d.start + len(d.span) :]) for d in series):
        return False  # "1.5 mg (n = 20) and 4.5 mg (n = 20)": arms, each with its people
    if _NEW_PEOPLE.search(text, series[0].start, last_start := series[-1].start) or (
        _AMENDMENT.search(text, 0, last_start)
    ):
        # "the protocol specified 1.5 mg; after an amendment, participants randomised
        # thereafter received 4.5 mg": periods of a trial, each with its own people, not
        # steps the same people take
        return False
    ends = [0] + [d.start + len(d.span) for d in series]
    labelled = [
        _TIME_LABEL.match(text[text.rfind(";", 0, d.start) + 1 : d.start]) is not None
        or _TIME_HEADED.match(text, max(text.rfind(c, 0, d.start) for c in ";(:") + 1, d.start)
        is not None
        for d in series
    ]
    if sum(labelled) >= 2:
        return True
    first = any(_FIRST_SPELL_AFTER.match(text[d.start + len(d.span) :]) for d in series[:-1])
    last = series[-1]
    going_on = _GOING_ON_AFTER.match(text[last.start + len(last.span) :]) is not None or (
        _GOING_ON_BEFORE.search(text[ends[-2] : last.start]) is not None
    )
    if crossed:
        # (doses in turn in an order the trial sets, "the sequence 1.5 mg for 4 weeks
        # followed by 4.5 mg for 4 weeks, or the reverse", are periods, not steps)
        return first or going_on
    spell_then = _SPELL_THEN_BEFORE.match(text[ends[-2] : last.start])
    return first or going_on or spell_then is not None


# what a non-response was to: "an inadequate response (MADRS >= 20) to at least 6 weeks of
# an SSRI", "non-responders to two antidepressants" (up to the verb of the clause)
_RESPONSE_TO_AFTER = re.compile(
    # (the rest of the phrase may stand first: "adults with an inadequate| response to";
    # read right after the non-response's words, never on its own)
    r"(?<=[\w)])\s*(?:(?!(?:were|was|are|is|had|have|to|with|on)\b)[\w\-]+\s+){0,3}?"
    r"(?:\([^()]*\)\s*)?(?:to|with|on)\s+(?P<obj>[^.;:,()]{1,80}?)"
    r"(?=\s+(?:were|was|are|is|had|have|who|received|receiving|took|entered|started)\b|[.;:,(]|$)",
    re.I,
)


def _enrolled_nonresponding(spec: WatchSpec) -> Folded:
    """A lack of response that says whom the study took in, not whom a dose was raised
    for: the condition called non-responding ("dose escalation of X added to escitalopram
    in non-responding major depression") or non-response to another treatment
    ("non-responders to SSRIs"); non-response to the watched drug or to a dose of it
    ("non-responders to 1.5 mg") stays a rescue raise's."""
    watched = "|".join(
        re.escape(x) for x in sorted({spec.drug, *spec.abbreviations}, key=len, reverse=True)
    )
    return Folded(
        r"\bnon-?respond\w*\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:{spec.cond['disorder_pattern']})\b|"
        r"\bnon-?respond\w*\s+to\s+(?:an?\s+|their\s+|prior\s+|previous\s+|current\s+|"
        rf"first-line\s+)*(?!\d)(?!(?:the\s+)?(?:study|trial|low|{watched})\b)[a-z]",
        re.I,
    )


def enrolled_nonresponse(doc: Doc) -> Folded:
    """The pattern of ``_enrolled_nonresponding`` for this document's watch."""
    return doc.spec.compiled("doses.enrolled_nonresponding", _enrolled_nonresponding)


# the verb that takes the people just described into the study: "... (FACIT-F below 34)
# were randomised", "... were enrolled" (not "were re-randomised": a second allocation is
# of a part, and its hyphen keeps it out of the one word allowed before the verb)
_TAKEN_IN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|enrol+ed|"
    r"recruited|included|allocated|assigned)\b",
    re.I,
)
# the words of a response, which a threshold for a raise is about
_RESPONSE_WORDS = re.compile(
    r"\b(?:improv|respon|remi[st]|reduc|fall|fell|fallen|decreas|chang|benefit|relaps|wors|"
    r"rose|risen|drop)\w*",
    re.I,
)


def _entry_threshold(text: str, m: re.Match[str], at: int) -> bool:
    """A threshold found at ``m`` (in the window starting at ``at``) is one the people
    were taken in by, not one a raise was for: no word of response in it, and the verb
    that took them into the study right after it ("Adults with long COVID and moderate
    fatigue (FACIT-F below 34) were randomised to X titrated from 1 mg to 4.5 mg")."""
    return (
        _RESPONSE_WORDS.search(m.group(0)) is None
        and _TAKEN_IN_AFTER.match(text, at + m.end()) is not None
    )


def _earlier_treatment(doc: Doc, s: Sentence, m: re.Match[str], at: int) -> bool:
    """A non-response found at ``m`` (in the window starting at ``at`` of sentence ``s``)
    is one to another treatment: the people's history that got them enrolled ("adults with
    an inadequate response to an SSRI were randomised to naltrexone titrated from 1.5 to
    4.5 mg"), not a raise given only to those who did not respond to the watched drug.
    Its object names a co-medication or its kind and neither the watched drug nor a dose
    of its own ("did not respond to 1.5 mg" is the watched drug's level; the dose in "an
    inadequate response to vortioxetine 10-20 mg/day" is that drug's)."""
    after = _RESPONSE_TO_AFTER.match(s.text, at + m.end())
    if after is None:
        return False
    a, b = after.span("obj")
    if any(a <= x.start < b for x in doc.drug(s)):
        return False
    others = [x.start for x in doc.comedications(s) if a <= x.start < b]
    dose = re.search(r"\d\s*(?:mg|µg|mcg)\b", after["obj"])
    if dose is not None and not any(x < a + dose.start() for x in others):
        return False
    kind = doc.spec.compiled(
        "doses.kind", lambda spec: Folded(rf"\b(?:{spec.comedication_kind})", re.I)
    )
    return bool(others) or kind.search(after["obj"]) is not None


# the next person of a case series named by their label after one person's dose: ";
# patient B", ", and case 2", "; the second patient" (each person's dose their own, not the
# next step of one schedule)
_NEXT_PERSON = Folded(
    r"[;,]\s*(?:and\s+|while\s+|whereas\s+)?(?:(?:patient|case|participant|subject)\s+"
    r"(?:(?-i:[A-Z])|\d{1,2})\b|the\s+(?:second|third|other)\s+(?:patient|case|participant|"
    r"subject|woman|man)\b)",
    re.I,
)


# the bracket names the way up it holds, right before it: "its two-week run-up (1.5 mg,
# then 3 mg)", "a one-week ramp-up (2 mg)" (its doses steps, however untimed)
_RUN_UP_BEFORE = re.compile(
    r"\b(?:run|ramp|build|step)[\s\-]?up\s*$|\b(?:up[\s\-]?)?titration\s*$", re.I
)


def _bracketed_steps(text: str, mine: list[Dose]) -> tuple[int, set[int]] | None:
    """A dose followed, in its own clause, by a bracket holding only lower doses of the
    drug, one of them given for a spell and none offered as an alternative ("4.5 mg nightly
    for 12 weeks (1.5 mg in the first week and 3 mg in the second)"): the bracket's doses
    are the steps up to it. Returns the target's start and the steps' starts."""
    if "(" not in text:
        return None
    for t in mine:
        if t.kind != "single":
            continue
        end = t.start + len(t.span)
        opens = text.find("(", end, end + 60)
        if opens < 0 or any(c in text[end:opens] for c in ".;("):
            continue
        closes = text.find(")", opens)
        if closes < 0:
            continue
        inner = [d for d in mine if opens < d.start < closes]
        if (
            inner
            and not any(opens < d.start < closes for d in mine if d not in inner)
            and all(d.kind == "single" and d.mg_per_day < t.mg_per_day for d in inner)
            and (
                any(_TIMED_AFTER.match(text[d.start + len(d.span) : closes]) for d in inner)
                or _RUN_UP_BEFORE.search(text, end, opens) is not None
            )
            and not _BETWEEN_ALTERNATIVES.search(text, opens, closes)
        ):
            return t.start, {d.start for d in inner}
    return None


def _alternatives_between(doc: Doc, s: Sentence, start: int, end: int) -> bool:
    """An "or", "versus" or "vs" between two doses sets them against each other, unless it
    only joins two other drugs named between them ("naltrexone 1.5 mg is started while
    the SSRI or SNRI is reduced, and then increased to 4.5 mg": the steps of one schedule)."""
    found = list(_BETWEEN_ALTERNATIVES.finditer(s.text, start, end))
    if not found:
        return False
    others = doc.comedications(s)
    ends = {m.end for m in others}
    starts = {m.start for m in others}
    return any(
        not (
            m.group(0).lower() == "or"
            and m.start() - 1 in ends
            and m.end() + 1 in starts
            and s.text[m.start() - 1] == " " == s.text[m.end()]
        )
        for m in found
    )


def _chains(doc: Doc, doses: list[Dose], drug: str, conditional: Folded) -> list[Dose]:
    """Steps of one schedule in one sentence: every dose of the drug written before a
    raise ("1.5 mg at bedtime, increased by 1.5 mg every 7 days to a target dose of
    4.5 mg") or before the last of a timed series ("1.5 mg for 2 weeks, 3 mg for weeks
    3-4 and 4.5 mg for weeks 5-8") is an earlier step, unless an "or" makes them arms."""
    out: list[Dose] = []
    by_sentence: dict[int, list[Dose]] = {}
    for d in doses:
        by_sentence.setdefault(d.sentence.index, []).append(d)

    def levels(raise_: Dose) -> set[float]:
        """The drug's lower levels written before a raise (a level kept must be one)."""
        at = (raise_.sentence.index, raise_.start)
        return {
            d.mg_per_day
            for d in doses
            if d.owner == drug
            and (d.sentence.index, d.start) < at
            and d.mg_per_day < raise_.mg_per_day
        }

    for group in by_sentence.values():
        text = group[0].sentence.text
        mine = sorted(
            {d.start: d for d in group if d.owner == drug}.values(), key=lambda d: d.start
        )
        timed = [
            d
            for d in mine
            if d.kind == "single" and _TIMED_AFTER.match(text[d.start + len(d.span) :])
        ]
        raises = [d.start for d in mine if d.later]
        # (doses in turn, in an order the trial sets and for spells of the same length, are
        # crossover periods, not steps; a titration inside a crossover against placebo, "1.5
        # mg for 1 week and 3 mg for 7 weeks, and placebo for 8 weeks", keeps its steps)
        spells = {
            " ".join(m.group(0).lower().split()[-2:])
            for d in timed
            if (m := _TIMED_AFTER.match(text[d.start + len(d.span) :]))
        }
        crossed = len(timed) >= 2 and len(spells) == 1 and _ORDER_SET.search(text) is not None
        last: int | None = None
        # (the steps told in brackets after the dose they lead to: "4.5 mg nightly for 12
        # weeks (1.5 mg in the first week and 3 mg in the second)")
        stepped: set[int] = set()
        bracketed = _bracketed_steps(text, mine)
        if bracketed is not None:
            last, stepped = bracketed
            mine = [d for d in mine if d.start not in stepped]
        elif raises:
            # the target: the last step of the schedule at or after its first raise
            # ("increased to 3 mg at week 2 and to 4.5 mg at week 4")
            # (a level lowered to after the raise, "increased to 4.5 mg; in one patient the
            # dose was reduced to 3 mg because of insomnia", is a level kept by some, not a
            # further step: the raise's target stays the last step)
            steps = [
                d.start
                for d in mine
                if d.start >= raises[0]
                and d.titration
                and not _LOWERED_BEFORE.search(text[max(0, d.start - 40) : d.start])
            ]
            # (a raise told in a clause of its own after a ";", for some only: "increased to
            # 3 mg after two weeks; in two patients without improvement at week six it was
            # increased to 4.5 mg" ends the fixed schedule at 3 mg, the level the others kept)
            semi = text.find(";", raises[0])
            if semi >= 0:
                for_some = {
                    d.start
                    for d in mine
                    if d.start > semi and conditional.search(text, semi, d.start) is not None
                }
                if for_some and any(x < semi for x in [*steps, *raises]):
                    steps = [x for x in steps if x not in for_some]
                    raises = [x for x in raises if x not in for_some]
            last = max([*steps, *raises])
            if (
                mine[-1].start > last
                and mine[-1].kind == "single"
                and (
                    _FROM_LATER_BEFORE.search(text, last, mine[-1].start)
                    or _FROM_WEEK_ON_AFTER.match(text[mine[-1].start + len(mine[-1].span) :])
                )
                and not _BETWEEN_ALTERNATIVES.search(text, last, mine[-1].start)
            ):
                # "..., then 3 mg, and from week three 4.5 mg nightly", "then 3 mg for
                # one week and 4.5 mg from week 3 onward": a further step, opened by the
                # week it starts
                last = mine[-1].start
        elif (
            not crossed
            # (the steps told after the dose they lead to, "4.5 mg nightly for 12 weeks,
            # taking 1.5 mg for the first week and 3 mg for the second", are left to
            # ``_steps_after_target``: the series does not end at its last step)
            and not any(_told_after_target(d, mine) for d in mine[1:])
            and (
                (
                    len(timed) >= 2
                    # (doses each given for a spell and offered as alternatives are arms: "4.5 mg
                    # for 12 weeks or 1.5 mg for 12 weeks")
                    and not _BETWEEN_ALTERNATIVES.search(text, timed[0].start, timed[-1].start)
                )
                or (
                    # "1.5 mg in week 1 and 3 mg thereafter": one timed spell, then the dose kept
                    timed
                    and mine[-1].start > timed[0].start
                    and mine[-1].kind == "single"
                    and _THEREAFTER_AFTER.match(text[mine[-1].start + len(mine[-1].span) :])
                )
            )
        ):
            # "1.5 mg for one week, 3 mg for one week and 4.5 mg thereafter": the series
            # ends at its last dose, timed or not
            last = mine[-1].start
        elif _spell_series(text, mine, crossed=crossed):
            # "1 mg once daily for the first week and 1 mg twice daily thereafter"
            last = max(d.start for d in mine if d.kind == "single")
        earlier: set[int] = set()
        if last is not None:
            for d in mine:
                # (a ramp written as a range before a further raise, "from 1.5 mg to 3 mg
                # after one week and to 4.5 mg after two", is two steps towards the last)
                # (unless that raise is for some: "..., and in non-responders to 4.5 mg",
                # where the ramp's top is the level the others kept)
                end = d.start + len(d.span)
                ramp = (
                    d.kind == "range"
                    and d.titration
                    and not d.flexible
                    and not conditional.search(text[end : text.find(" ", last + 1) + 60])
                )
                if d.start >= last or not (d.kind == "single" or ramp):
                    continue
                if _NEXT_PERSON.search(text, end, last):
                    continue  # "Patient A ... to 3 mg; patient B ... to 4.5 mg": each's own
                if not _alternatives_between(doc, d.sentence, end, last):
                    earlier.add(d.start)
        earlier |= stepped
        first = min(earlier) if earlier else None
        for d in group:
            if d.owner == drug and d.start in earlier:
                d = replace(d, earlier=True, later=False, titration=True, first=d.start == first)
            elif d.owner == drug and d.start == last and not (d.kind == "range" and d.earlier):
                # the last step (of a ramp written as a range, "from 1.5 to 4.5 mg", its
                # upper end only)
                d = replace(d, earlier=False, later=True, titration=True)
            if d.owner == drug and d.later and not (stepped and d.start == last):
                # (the dose bracketed steps lead to is given to all, no raise for some)
                # a raise for some: the condition is said around the raise itself, or a
                # lower level some kept is named after it ("...; responders stayed on 1 mg")
                # (a level told again, "3 mg twice daily (6 mg/day)", is the same raise:
                # the condition is said before its first telling)
                lower = [
                    k
                    for k in mine
                    if k.start + len(k.span) <= d.start and k.mg_per_day != d.mg_per_day
                ]
                before = max((k.start + len(k.span) for k in lower), default=0)
                # (the level before is what some did not respond to, told inside the
                # condition: "patients who did not respond to 1.5 mg by week 4 were raised
                # to 4.5 mg", "those not improved on 1 mg": the condition is read from the
                # start of its own clause)
                prev = max(lower, key=lambda k: k.start, default=None)
                if prev is not None and _RESPONSE_OBJECT_BEFORE.search(
                    text, max(0, prev.start - 40), prev.start
                ):
                    before = max(text.rfind(";", 0, prev.start) + 1, prev.start - 100, 0)
                at = max(before, d.start - 140)
                # (after the raise: its own clause, up to 140 characters: "increased to 4 mg
                # nightly at week 4 in participants whose CDRS-R had improved by less than
                # 20%" says for whom well after the dose)
                end = d.start + len(d.span)
                semi = text.find(";", end)
                stop = min(end + 140, semi if semi >= 0 else len(text))
                # (not into the clause of a level lowered to after it: "increased to 4.5
                # mg; in one patient the dose was reduced to 3 mg" names whom the lowering
                # was for, not the raise)
                lowered = [
                    k.start
                    for k in mine
                    if k.start > d.start
                    and _LOWERED_BEFORE.search(text[max(0, k.start - 40) : k.start])
                ]
                cut = max(stop, end + 60)
                # (nor into another drug's dose told after it: "LDN (1.5 mg, increased to 4.5
                # mg by day 14) or escitalopram (10 mg, increased to 20 mg if clinically
                # indicated)" raises for some only the escitalopram)
                theirs = [k.start for k in group if k.owner != drug and k.start > end]
                if theirs:
                    cut = min(cut, min(theirs))
                if lowered:
                    clause_at = max(
                        text.rfind(";", end, lowered[0]), text.rfind(",", end, lowered[0])
                    )
                    cut = min(cut, clause_at if clause_at >= 0 else lowered[0])
                window = text[at:cut]
                stayed = any(
                    k.kept and k.start > d.start and k.mg_per_day in levels(d) for k in mine
                )
                # (a non-response to another treatment is who was enrolled, not for whom
                # the dose was raised)
                if "respond" in window:
                    # ("in non-responding major depression": whom the study took in)
                    window = enrolled_nonresponse(doc).sub(lambda m: " " * len(m[0]), window)
                # (a condition in the next clause, before a later dose of the drug, is that
                # dose's: "titrated to 4.5 mg by day 10; non-responders by week 6 received
                # 3 mg twice daily" raises for some only the 6 mg)
                next_clause = text.find(";", end)
                later_at = [k.start for k in mine if k.start > d.start]

                # (the first later dose after that clause opens, or none)
                nxt = min((k for k in later_at if k > next_clause), default=-1)
                said = any(
                    not _earlier_treatment(doc, d.sentence, c, at)
                    and not _entry_threshold(text, c, at)
                    and not (0 <= next_clause < at + c.start() < nxt)
                    for c in conditional.finditer(window)
                )
                d = replace(d, conditional=stayed or said)
            out.append(d)
    return out


_GIVEN_TO_BEFORE = re.compile(
    r"\b(?:offered|given|received|receive|took|take|taking|switched\s+to|moved\s+to|"
    r"prescribed|started)\s+(?:\w+\s+){0,2}?$",
    re.I,
)


# a reduction told as what happened, to a counted part of the people: "nine participants
# in the naltrexone group whose dose was lowered to 3 mg for vivid dreams", "in one
# patient the dose was reduced to 3 mg", "the dose was cut to 1.5 mg in four participants"
_LOWERED_DONE_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|had\s+to\s+be)\s+(?:\w+\s+){0,2}?(?:reduc\w*|lowered|"
    r"decreased|halved|cut|tapered|dropped|stepped\s+down)\s+(?:\w+\s+){0,2}?to\s*$",
    re.I,
)
_COUNTED_PEOPLE = Folded(
    rf"\b(?:\d+|{counts.NUMBER_WORDS}|several|some|a\s+few|few)\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:participants?|patients?|subjects?|people|persons?|individuals?|women|men|adults?|"
    r"adolescents?|children|cases?)\b",
    re.I,
)
# ... not a rule of the protocol for whoever needs it ("could be lowered to 3 mg")
_RULE_WORDS = Folded(
    r"\b(?:could|may|might|can|would|should|allowed|permitted|per\s+protocol|if|when|"
    r"whenever|unless|as\s+needed|as\s+required|optional\w*|randomi[sz]\w*|allocat\w*|"
    r"assign\w*)\b",
    re.I,
)


_RANDOMISED = Folded(rf"\b(?:{RANDOMISED})\b", re.I)

# why a counted part of the people stayed below the target: the target not borne or not
# reached ("who did not tolerate 4.5 mg", "because of vivid dreams", "owing to insomnia",
# "never reached the target", "for adverse effects"): the level they stayed on is what
# happened to them, not an arm (a level kept by responders while others were raised is a
# raise for some, and both levels count: CONTRACT.md)
_NOT_BORNE = Folded(
    r"\b(?:(?:did|could|do|does|would)\s*(?:not|n't)\s+(?:\w+\s+)?(?:tolerate|reach|"
    r"achieve|get\s+to)|(?:were|was)\s+unable\s+to\s+(?:tolerate|reach)|never\s+reached|"
    r"failed\s+to\s+(?:tolerate|reach)|intoleran\w*|intolerable|poorly\s+tolerated|"
    r"side[\s\-]effects?|adverse\s+(?:events?|effects?|reactions?)|(?:vivid|disturbing)\s+dreams|"
    r"nightmares|insomnia|nausea|headaches?|sleep\s+disturbances?)\b",
    re.I,
)
# ... the part counted by a number in brackets too: "(n = 8)", "11 (9%)"
_COUNTED_SHARE = Folded(r"\bn\s*=\s*\d+|\b\d+\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)", re.I)


def _lowered_in_some(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """A level the dose was lowered to for a counted part of the people of a schedule with
    a higher maintained dose ("titrated over 2 weeks to 4.5 mg nightly; nine participants
    whose dose was lowered to 3 mg for vivid dreams stayed in the analysis") is what
    happened to some, not a dose anyone was assigned to: the target stays the one dose. A
    reduction the protocol allows ("the dose could be lowered to 3 mg") is the low end of a
    flexible dose and stays (CONTRACT.md), as does a lower dose people were randomised to
    ("30 were randomised to have the dose reduced to 1.5 mg"). Only a trial that
    randomised its people assigns its doses so: in a case series or a single-arm study
    the level some were kept on after a reduction is a dose they took and stays."""
    # (the study's own randomisation: not one it calls for, "support the need for
    # randomised trials", which its roles blank)
    if not any(s.own and _RANDOMISED.search(s.masked) for s in doc.sentences):
        return doses
    top = max(
        (
            d.mg_per_day
            for d in doses
            if d.owner == drug and d.own and d.maintained and not d.per_kg
        ),
        default=None,
    )
    if top is None:
        return doses
    out: list[Dose] = []
    for d in doses:
        if (
            d.owner == drug
            and d.start >= 0
            and d.mg_per_day < top
            and not (d.escalation or d.conditional or d.flexible or d.crossed)
        ):
            text = d.sentence.text
            a = max(text.rfind(";", 0, d.start), text.rfind(". ", 0, d.start)) + 1
            ends = [i for i in (text.find(";", d.start), text.find(". ", d.start)) if i >= 0]
            clause = text[a : min(ends) if ends else len(text)]
            counted = (
                _COUNTED_PEOPLE.search(clause) is not None
                or _COUNTED_SHARE.search(clause) is not None
            )
            if _LOWERED_DONE_BEFORE.search(text[max(0, d.start - 60) : d.start]):
                if _COUNTED_PEOPLE.search(clause) and not _RULE_WORDS.search(clause):
                    continue
            # a level a counted part stayed on because the target was not borne or not
            # reached ("eight participants who did not tolerate 4.5 mg remained on 3 mg",
            # "five stayed at 3 mg because of vivid dreams"), told as what happened
            elif (
                d.kept
                and counted
                and _NOT_BORNE.search(clause) is not None
                and not _RULE_WORDS.search(clause)
            ):
                continue
        out.append(d)
    return out


def _given_to_some(doses: list[Dose], drug: str, conditional: Folded) -> list[Dose]:
    """A higher dose given only to some, said without a verb of raising: "randomised to
    4.5 mg or placebo; non-responders at week 4 were offered 6 mg", "those without a
    response were given 6 mg". Its own clause names the people it is for, and a lower dose
    of the drug was given before it: a raise for some (CONTRACT.md: both levels listed;
    no arm of its own, so no comparison of doses)."""
    mine = [d for d in doses if d.owner == drug]
    out: list[Dose] = []
    for d in doses:
        if d.owner == drug and not (d.later or d.earlier or d.conditional) and d.kind == "single":
            text = d.sentence.text
            clause = text[
                max(text.rfind(";", 0, d.start), text.rfind(":", 0, d.start)) + 1 : d.start
            ]
            # (given in the study's methods, by a verb of giving right before the dose; a
            # result, "for three of them the best period was 4.5 mg", gives nothing)
            given = _GIVEN_TO_BEFORE.search(clause[-40:]) is not None and not (
                d.sentence.in_results or d.sentence.in_conclusion
            )
            lower = given and any(
                o.mg_per_day < d.mg_per_day
                and not o.conditional
                and (o.sentence.index, o.start) < (d.sentence.index, d.start)
                for o in mine
            )
            # (or the people it is for named after it: "4.5 mg/day for partial responders")
            if (lower and conditional.search(clause)) or _for_some_after(d, mine, conditional):
                d = replace(d, later=True, conditional=True, titration=True)
        out.append(d)
    return out


# the people a dose is for, named right after it: "4.5 mg/day for partial responders at
# week 4", "4.5 mg nightly in those not improving by week 4" (up to the clause's end)
_FOR_PEOPLE_AFTER = re.compile(
    r"[^;:,()]{0,25}?\b(?:for|in|among)\s+(?:the\s+)?(?P<who>(?:those|partial|early|late|"
    r"non|patients|participants|people|women|men|adults|subjects|individuals|children|"
    r"adolescents|anyone|responders|remitters)[^;:()]{0,70})",
    re.I,
)


def _for_some_after(d: Dose, mine: list[Dose], conditional: Folded) -> bool:
    """A higher dose told with the people it is for after it, no verb of raising, a
    lower dose of the drug named just before it in the same sentence ("3 mg/day; 4.5
    mg/day for partial responders at week 4", "3 mg nightly, or 4.5 mg nightly in those
    not improving"): a raise for some (not whom the study took in: "for non-responders to
    SSRIs")."""
    text = d.sentence.text
    m = _FOR_PEOPLE_AFTER.match(text, d.start + len(d.span))
    if m is None or not conditional.search(m.group("who")):
        return False
    if _ENROLLED_NONRESPONSE_TO.search(m.group("who")):
        return False
    return any(
        o.mg_per_day < d.mg_per_day
        and not o.conditional
        and o.sentence.index == d.sentence.index
        and 0 <= o.start < d.start
        and d.start - o.start < 80
        for o in mine
    )


# non-response to another treatment, whom the study took in: "non-responders to SSRIs",
# "who had not responded to two antidepressants"
_ENROLLED_NONRESPONSE_TO = re.compile(
    r"\b(?:respond\w*|responders?)\s+to\s+(?:an?\s+|the\s+|their\s+|prior\s+|previous\s+|"
    r"two\s+|at\s+least\s+\w+\s+)*(?!\d)(?!(?:the\s+)?(?:study|trial|low|starting|initial|"
    r"first|this)\b)[a-z]",
    re.I,
)


# the start of a titration written after its target: "4.5 mg after a titration from 1.5 mg",
# "4.5 mg nightly after a week at 1.5 mg"
_TITRATED_FROM = re.compile(
    rf"(?:{_RAISE})\s+(?:[\w\-]+\s+){{0,2}}?from\s*$|"
    # ... or the target told as reached, perhaps over a spell, from the start: "4.5 mg daily
    # (reached over 3 weeks from 1.5 mg)", "titrated over two weeks from 1 mg", "attained
    # from 0.5 mg"
    rf"(?:\b(?:reached|attained|achieved|arrived\s+at)|{_RAISE})\s+(?:(?:over|within|in|across)\s+"
    r"(?:an?|one|two|three|four|five|six|\d+)[\s\-]+(?:days?|weeks?|months?)\s+)?from\s*$|"
    rf"{_AFTER_A_SPELL}",
    re.I,
)


def _titrated_from(d: Dose, mine: list[Dose]) -> bool:
    """ "X mg nightly after a 2-week titration from Y mg": Y is a step towards the higher
    dose the same sentence names first, though no raise is written after it."""
    head = d.sentence.text[max(0, d.start - 40) : d.start]
    return (
        (
            _TITRATED_FROM.search(head) is not None
            and any(
                o.sentence.index == d.sentence.index
                and o.mg_per_day > d.mg_per_day
                and o.start < d.start
                for o in mine
            )
        )
        or _told_after_target(d, mine)
        or _steps_to_dose_named_before(d, mine)
    )


# a step's own stretch of time, said after it: "1.5 mg first week", "3 mg for days 8-14",
# "1.5 mg for 7 days", "in week 2", "during the second week"
_STEP_SPELL_AFTER = re.compile(
    rf"^\s*(?:[\w/]+\s+)?(?:(?:for|during|in|over|on|throughout)\s+)?(?:the\s+)?"
    rf"(?:(?:first|initial|opening|second|third|fourth|next|\d+|one|two|three|four|seven|ten|"
    rf"fourteen)[\s\-]+(?:[\w\-]+\s+)?{_SPELL_UNIT}|{_SPELL_UNIT}\s+\d)\b",
    re.I,
)
# ... or before it: "one week at 1.5 mg", "7 days on", "a week each on", "week 1: 1.5 mg",
# "preceded by", "following", "after" (what came before the target)
_STEP_SPELL_BEFORE = re.compile(
    rf"(?:\b(?:an?|one|two|three|four|\d+)[\s\-]+(?:[\w\-]+\s+)?{_SPELL_UNIT}\s+(?:each\s+)?"
    rf"(?:at|on|of|with)\s*$|\b{_SPELL_UNIT}\s+[\d\-–]+\s*[:,]\s*$|"
    rf"\b(?:preceded\s+by|following|after)\b[^.;()]{{0,40}}$|"
    # (the spell the subject, the dose what it takes: "the first week uses 1.5 mg", "week
    # one is at 1 mg", "the opening fortnight will be on 2 mg"; with a verb of taking:
    # "the first week is taken at 1.5 mg", "the initial week was given at 1 mg")
    rf"\b(?:the\s+(?:first|initial|opening)\s+(?:[\w\-]+\s+)?{_SPELL_UNIT}|"
    rf"{_SPELL_UNIT}\s+(?:one|1))\s+(?:uses|used|will\s+use|(?:is|was|will\s+be)"
    rf"(?:\s+(?:taken|given|dosed|administered|spent))?)\s+(?:(?:at|on)\s+)?$)",
    re.I,
)


def _tied_to_a_spell(text: str, step: Dose) -> bool:
    """A titration step said with its own stretch of time, before or after it."""
    end = step.start + len(step.span)
    return (
        _FIRST_SPELL_AFTER.match(text[end:]) is not None
        or _STEP_SPELL_AFTER.match(text[end:]) is not None
        or _STEP_SPELL_BEFORE.search(text[max(0, step.start - 60) : step.start]) is not None
    )


# a liquid's strength with its drug between the mass and the volume: "contains 1 mg of
# naltrexone per mL", "2 mg naltrexone in each mL" (CONTRACT.md: the mL are turned into mg
# by it; it is no dose of its own)
# what people before the study's own had of a dose, given as the reason for the study's
# dose: "8 mg once daily, a dose chosen because earlier patients reported no benefit from
# 4.5 mg" (their dose, not one the study gave)
_EARLIER_PEOPLES_BEFORE = re.compile(
    r"\b(?:earlier|previous|prior|former)\s+(?:patients|participants|users|cases|clients)\s+"
    r"(?:had\s+)?(?:reported|experienced|described|showed|noted|derived|gained|had)\b[^.;]*$",
    re.I,
)
_STRENGTH_PER_VOLUME_AFTER = re.compile(
    # (per a measured volume too: "250 micrograms per 0.25 mL")
    rf"\s*(?:of\s+)?(?:[\w\-]+\s+){{0,3}}?(?:per|/|in\s+(?:each|every|one|1))\s*"
    rf"(?:\d+(?:\.\d+)?\s*)?{_VOLUME}\b",
    re.I,
)
# a drug-free gap between two doses: each is a period of its own, never a titration's step
_WASHOUT_BETWEEN = Folded(
    rf"{_NUM}\s*{_UNIT}\b[^.;]*?\b(?:wash[\s\-]?out|drug[\s\-]free\s+(?:interval|period|gap))\b"
    rf"[^.;]*?{_NUM}\s*{_UNIT}\b",
    re.I,
)


def parted_by_washout(d: Dose) -> bool:
    """The dose's sentence parts its doses by a washout ("2 mg then 4.5 mg: 2 mg/day for 6
    weeks, washout 2 weeks, then 4.5 mg/day"): a sequence of periods, each dose given for
    its own, not a step and its target."""
    return _WASHOUT_BETWEEN.search(d.sentence.text) is not None


def step_with_a_spell(d: Dose) -> bool:
    """The dose is said as a first step of a schedule: started at it, or given for its own
    stretch of time ("1.5 mg for one week, then 4.5 mg", "one week at 1.5 mg")."""
    return d.started or d.run_in or _tied_to_a_spell(d.sentence.text, d)


# an alternative between a target and its steps that is another dose, not the placebo the
# target is given against ("naltrexone 4.5 mg or matched placebo at night; the first week
# uses 1.5 mg and the second 3 mg": the steps are the drug's way up to its target)
_BETWEEN_DOSE_ALTERNATIVES = re.compile(
    r"\b(?:or|versus|vs)\b(?!\.?\s+(?:(?:an?|the|matched|matching|identical)\s+)?placebo\b)",
    re.I,
)


def _told_after_target(d: Dose, mine: list[Dose]) -> bool:
    """The steps of a titration told after the dose they lead to: "4.5 mg nightly for 12
    weeks (1.5 mg in the first week and 3 mg in the second)", "4.5 mg daily, starting
    with 1.5 mg for the first 7 days", "4.5 mg daily (after one week at 1.5 mg and one
    week at 3 mg)", "4.5 mg (1.5 mg first week, 3 mg second week)". The lower single doses
    written after a higher one in the same sentence rise in order, nothing offers them as
    alternatives or gives them their own people, and the first of them is tied to a
    stretch of time: each is a step towards the higher (CONTRACT.md: a fixed titration
    lists its target)."""
    text = d.sentence.text

    def step_like(o: Dose) -> bool:
        # (steps listed together, "a week each on 1.5 mg and 3 mg", not offered as
        # alternatives, "1.5 mg or 3 mg")
        return o.kind == "single" or (o.kind == "list" and not _BETWEEN_ALTERNATIVES.search(o.span))

    same = sorted(
        (o for o in mine if o.sentence.index == d.sentence.index and step_like(o)),
        key=lambda o: o.start,
    )
    higher = [
        o for o in same if o.start < d.start and o.mg_per_day > d.mg_per_day and o.kind == "single"
    ]
    if not step_like(d) or not higher:
        return False
    # (the nearest: an arm named again before its own steps, "allocated 1:1:1 to 1.5 mg,
    # 4.5 mg or placebo; those allocated to 4.5 mg take 1.5 mg in week 1 and 3 mg in week 2")
    target = higher[-1]
    steps = [o for o in same if o.start > target.start and o.mg_per_day < target.mg_per_day]
    if not steps or any(a.mg_per_day >= b.mg_per_day for a, b in pairwise(steps)):
        return False
    if _NEW_PEOPLE.search(text, target.start, steps[-1].start):
        return False  # "4.5 mg in 30; 20 were randomised to 1.5 mg for the first week ..."
    if _BETWEEN_DOSE_ALTERNATIVES.search(
        text, target.start + len(target.span), steps[-1].start
    ) or any(SIZED_AFTER.match(text[o.start + len(o.span) :]) for o in (target, *steps)):
        return False  # "4.5 mg for 12 weeks or 1.5 mg for 12 weeks", "(n = 20)": arms
    return _tied_to_a_spell(text, steps[0])


# the dose named before, said to be reached through the steps that follow: "The dose will
# be reached after one week at 1.5 mg and one week at 3 mg", "This dose is achieved over
# two weeks via 1.5 mg and 3 mg", "Participants will reach the full dose after ..."
_DOSE_REACHED_VIA = Folded(
    r"\b(?:the|this|that|their|each|full|target|assigned|maintenance|final|study)\s+"
    # (or the arms' doses together: "Target doses were reached after one week at 4 mg")
    r"(?:[\w\-]+\s+)?dos(?:e|age)s?\s+(?:will|is|was|would|shall|are|were|being|to)\s+"
    r"(?:be\s+)?(?:\w+\s+)?(?:reached|achieved|attained)\b[^.;]{0,30}?"
    r"\b(?:after|over|via|through|following|by\s+way\s+of)\b|"
    r"\b(?:reach|reaches|reached|reaching|achieve[sd]?|attain(?:s|ed)?)\s+(?:the|this|that|"
    r"their)\s+(?:[\w\-]+\s+)?dos(?:e|age)\b[^.;]{0,30}?"
    r"\b(?:after|over|via|through|following|by\s+way\s+of)\b",
    re.I,
)


def _steps_to_dose_named_before(d: Dose, mine: list[Dose]) -> bool:
    """The steps of a titration told in a sentence of their own, after the sentence that
    names the dose they lead to: "randomised to naltrexone 4.5 mg or placebo. The dose
    will be reached after one week at 1.5 mg and one week at 3 mg." The sentence says the
    dose is reached through them; they rise in order below a single dose of the drug named
    in an earlier sentence, nothing offers them as alternatives or gives them their own
    people, and the first is tied to a stretch of time (CONTRACT.md: a fixed titration
    lists its target)."""
    text = d.sentence.text
    via = _DOSE_REACHED_VIA.search(text, 0, d.start)
    if via is None or d.kind != "single":
        return False
    steps = sorted(
        (
            o
            for o in mine
            if o.sentence.index == d.sentence.index and o.start >= via.end() and o.kind == "single"
        ),
        key=lambda o: o.start,
    )
    targets = [
        o
        for o in mine
        if o.sentence.index < d.sentence.index
        and o.kind == "single"
        and o.own
        and not (o.earlier or o.bound or o.per_kg)
    ]
    if not steps or not targets or any(a.mg_per_day >= b.mg_per_day for a, b in pairwise(steps)):
        return False
    if not all(o.mg_per_day < t.mg_per_day for o in steps for t in targets):
        return False
    if _NEW_PEOPLE.search(text, via.end(), steps[-1].start) or _BETWEEN_ALTERNATIVES.search(
        text, via.end(), steps[-1].start
    ):
        return False  # "..., after which 20 were randomised to 3 mg", "1.5 mg or 3 mg"
    return _tied_to_a_spell(text, steps[0])


def _steps_after_target(doses: list[Dose], drug: str) -> list[Dose]:
    """Mark the steps told after their target (``_told_after_target``,
    ``_steps_to_dose_named_before``) as earlier steps."""
    mine = [d for d in doses if d.owner == drug]
    return [
        replace(d, earlier=True, later=False, titration=True)
        if d.owner == drug
        and not d.earlier
        and (_told_after_target(d, mine) or _steps_to_dose_named_before(d, mine))
        else d
        for d in doses
    ]


def _steps_listed_after_start(doses: list[Dose], drug: str) -> list[Dose]:
    """The levels a fixed schedule climbs through after its first step, listed with "and"
    ("0.5 mg nightly for 2 weeks, then 1.5 mg, 3 mg and 4.5 mg, each for 2 weeks"), are
    its steps: the last is the target (CONTRACT.md: a fixed titration lists only its
    target). Not where they are alternatives ("then 3 or 4.5 mg"), a range moved within,
    a raise for some, periods in both orders, or an escalation's steps, each tested."""
    mine = [d for d in doses if d.owner == drug]
    lists: dict[tuple[int, int], list[Dose]] = {}
    for d in mine:
        if d.kind == "list":
            lists.setdefault((d.sentence.index, d.start), []).append(d)
    steps: set[int] = set()
    for (index, at), group in lists.items():
        span = group[0].span.lower()
        if (
            len(group) < 2
            or " or " in span
            or "/" in span
            or not all(
                d.titration
                and d.later
                and not (d.escalation or d.flexible or d.conditional or d.crossed or d.mirrored)
                for d in group
            )
            or not any(
                d.sentence.index == index and d.start < at and d.earlier and d.first for d in mine
            )
        ):
            continue
        top = max(d.mg_per_day for d in group)
        steps |= {id(d) for d in group if d.mg_per_day < top}
    return [replace(d, earlier=True, later=False) if id(d) in steps else d for d in doses]


# a raise right after the start, its target not written there: "treatment began at 1.5 mg
# and was increased by 1.5 mg weekly", "started at 1 mg, then raised every week"; or the
# level the start itself went on to reach: "started at 1.5 mg and reached 4.5 mg by day 10"
# (the start the subject of "reached", not "... and 12 patients reached 4.5 mg")
_RAISED_AFTER = Folded(
    rf"^[^.;]{{0,40}}?(?:{_RAISE})|"
    r"^(?:\s+(?:at\s+(?:night|bedtime)|nightly|daily|each\s+(?:night|evening)))?,?\s+and\s+"
    r"(?:then\s+|later\s+|gradually\s+)?reach(?:ed|es)\b",
    re.I,
)
# ... for everyone: not a raise for some ("increased in non-responders", "if tolerated")
_FOR_SOME = Folded(
    r"\b(?:non-?respon\w*|non-?improv\w*|if|when|where|as\s+(?:tolerated|needed|required)|those|some|"
    r"insufficient|inadequate|partial)\b",
    re.I,
)


def _raised_from_start(d: Dose, mine: list[Dose]) -> bool:
    """A start raised for everyone, with the dose it leads to written elsewhere as the
    study's dose ("randomised to 4.5 mg or placebo; treatment began at 1.5 mg and was
    increased by 1.5 mg weekly"): the start is a step (CONTRACT.md: the target only)."""
    if not d.started:
        return False
    text = d.sentence.text
    rest = text[d.start + len(d.span) :]
    end = re.search(r"[.;]", rest)
    clause = rest[: end.start() if end else len(rest)]
    if not _RAISED_AFTER.search(clause) or _FOR_SOME.search(clause):
        return False
    return any(o.mg_per_day > d.mg_per_day and not o.earlier and not o.per_kg for o in mine)


# a group of its own named in the start's sentence: "a second group started at 1.5 mg for
# 12 weeks", "the low-dose arm began at 1 mg for one week"
_OWN_GROUP = Folded(r"\b(?:groups?|arms?|cohorts?)\b", re.I)


def _started_for_a_spell(d: Dose, mine: list[Dose]) -> bool:
    """A start told in a sentence of its own, with its own stretch of time, after an
    earlier sentence names a higher dose of the drug as the one taken ("... naltrexone
    4.5 mg nightly for 24 weeks. Those previously on placebo started at 1.5 mg for 1
    week."): the start is the first step towards that dose, though no raise is written
    (CONTRACT.md: a fixed titration lists its target). Not a start given its own people
    or offered as an alternative in its sentence ("a second group started at 1.5 mg")."""
    if not d.started or d.kind != "single" or d.escalation or d.conditional:
        return False
    text = d.sentence.text
    end = d.start + len(d.span)
    if not (_FIRST_SPELL_AFTER.match(text[end:]) or _STEP_SPELL_AFTER.match(text[end:])):
        return False
    if _NEW_PEOPLE.search(text) or _BETWEEN_ALTERNATIVES.search(text) or _OWN_GROUP.search(text):
        return False
    return any(
        o.sentence.index < d.sentence.index
        and o.kind == "single"
        and o.own
        and o.mg_per_day > d.mg_per_day
        and not (o.earlier or o.bound or o.per_kg or o.conditional or o.started)
        for o in mine
    )


def _only_begun_with(d: Dose) -> bool:
    """The dose is a start only as the object of a start verb ("began LDN 3 mg at night",
    ``_STARTED_WITH_BEFORE``): a first step only where a raise is told, not where another
    dose merely comes later ("Case 2 ... LDN 4.5 mg nightly was started")."""
    lead = d.sentence.text[max(0, d.start - 60) : d.start]
    return (
        d.started
        and _STARTED_WITH_BEFORE.search(lead) is not None
        and _START_BEFORE.search(lead) is None
    )


def _settle_schedule(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose marked as a first step ("started at 1.5 mg") is a step only if the drug is
    raised later somewhere; a raise for some patients keeps every earlier step."""
    mine = [d for d in doses if d.owner == drug]
    raised = any(d.later for d in mine)
    raised_for_some = any(d.later and d.conditional for d in mine)
    # "Nineteen were escalated to 4.5 mg": the same raise for some, told again
    for_some = {d.mg_per_day for d in mine if d.later and d.conditional}
    out: list[Dose] = []
    for d in doses:
        if d.owner == drug and d.later and d.mg_per_day in for_some:
            d = replace(d, conditional=True)
        if (
            d.owner == drug
            and d.started
            and not d.flexible
            and any(
                x.later and x.flexible and x.sentence.index == d.sentence.index + 1 for x in mine
            )
        ):
            # a start told in its own sentence, raised "as tolerated" in the next ("started
            # X at 1.5 mg nightly. ... X was increased as tolerated up to 4.5 mg"): the low
            # end of one flexible dose, as if told in one sentence (CONTRACT.md)
            d = replace(d, flexible=True, first=True)
        if d.owner == drug and d.earlier and not d.run_in:
            if not (
                raised
                or (
                    not _only_begun_with(d)
                    and (
                        _titrated_from(d, mine)
                        or _raised_from_start(d, mine)
                        or _started_for_a_spell(d, mine)
                    )
                )
            ):
                d = replace(d, earlier=False)
            elif raised_for_some and not any(
                # (a raise to a level also reached "for some" is that raise told again)
                x.later and x.mg_per_day not in for_some and x.mg_per_day > d.mg_per_day
                for x in mine
            ):
                # (a step below a raise everyone had, "started at 1.5 mg, increased to
                # 4.5 mg by day 14; non-responders then had 6 mg", is the fixed titration's
                # step: the level kept by those not raised further is the higher one)
                d = replace(d, conditional=True)
        out.append(d)
    return out


# the drug at a dose said to be given up: the dose (or the drug) as the subject of the
# stop ("1.5 mg at night was added but stopped after five days", "which he discontinued
# within a week", "intolerable dreams led to its withdrawal", "was not tolerated");
# "five participants discontinued" stops people, not the dose
_STOPPED_AFTER = Folded(
    r"\b(?:was|were|had\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,4}?(?:stopped|discontinued|"
    r"withdrawn|ceased|halted|abandoned|not\s+tolerated|poorly\s+tolerated)\b|"
    r"\b(?:which|that)\s+(?:he|she|they|the\s+patient)\s+(?:\w+\s+)?(?:stopped|discontinued|"
    r"abandoned|could\s+not\s+tolerate|did\s+not\s+tolerate)\b|"
    r"\b(?:led|leading|prompted|required|forced)\s+(?:to\s+)?(?:its|their)\s+(?:withdrawal|"
    r"discontinuation|cessation|stopping)\b|"
    r"\b(?:he|she|they)\s+(?:stopped|discontinued)\s+(?:it|taking\s+it)\b|"
    r"\bcould\s*(?:not|n't)\s+be\s+tolerated\b",
    re.I,
)
# ... or a return from it to the dose before, in the dose's own clause: "it was reduced
# back to 1.5 mg", "she went back to 1 mg", "returned to the previous dose" (a step down
# said with "back"; a rule of the protocol for some, "participants with intolerable
# adverse effects returned to the previous step", is no history of this dose: see
# _FOR_SOME_CLAUSE)
_RETURNED_AFTER = Folded(
    r"\b(?:was|were|had\s+to\s+be|has\s+been)\s+(?:\w+\s+){0,2}?(?:reduced|lowered|decreased|"
    r"cut|tapered|titrated|taken|brought)\s+back\b|"
    r"\b(?:went|gone|going|returned|reverted|dropped|stepped)\s+(?:back|down\s+again)\s+to\b|"
    r"\b(?:returned|reverted)\s+to\s+(?:the|her|his|their)\s+(?:previous|earlier|former|"
    r"original|prior|lower)\b",
    re.I,
)
_FOR_SOME_CLAUSE = re.compile(
    r"\b(?:if|when|whenever|unless|those|any|participants|patients|subjects|people|"
    r"individuals)\b",
    re.I,
)


# ... or the stop said before the dose: "a patient who did not tolerate 1.5 mg",
# "intolerant of 3 mg", "after stopping naltrexone 4.5 mg because of nightmares"
_STOPPED_BEFORE = re.compile(
    r"\b(?:(?:did|could|does|do|would)\s*(?:not|n't)\s+tolerate|(?:was|were)\s+unable\s+to\s+"
    r"tolerate|intoleran(?:t|ce)\s+(?:of|to)|after\s+(?:stopping|discontinuing)|"
    # the person's own stop, the drug and dose its object: "she stopped LDN 1.5 mg after
    # five nights", "came off naltrexone 4.5 mg", "discontinued LDN 4.5 mg on day three"
    # (never across a new start: "stopped escitalopram and started naltrexone 1.5 mg"; nor
    # the word as an arm's attribute, "seven randomised to a discontinued 1 mg arm": the
    # arm closed, nobody's dose was given up, ``_DROPPED`` reads it)
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )"
    r"(?:stopped|discontinued|ceased|abandoned|quit|gave\s+up|came\s+off|withdrew\s+from)|"
    # ... or a raise tried and given up: "an attempt to increase to 0.5 mg brought back the
    # nightmares", "an effort to titrate up to 2 mg caused insomnia", "tried raising the
    # dose to 3 mg" (the dose kept is the one named after it: a later dose must follow)
    r"(?:attempt(?:s|ed)?|effort|tri(?:ed|al|es))\s+(?:to\s+)?(?:at\s+)?(?:increas|rais|"
    r"escalat|titrat|go(?:ing)?\s+up|mov|push)\w*(?:\s+(?:the|her|his|their)\s+dose)?"
    r"(?:\s+up)?(?:\s+(?:to|beyond))?)\s+"
    # (not a dose the people stayed on instead: "those who could not tolerate escalation
    # remained on 1.5 mg or 3 mg")
    r"(?:(?!(?:and|then|but|or|started|began|begun|switched|initiated|added|to|remained|"
    r"remain|stayed|stay|continued|kept|maintained|held)\b)[\w\-]+\s+){0,3}?$",
    re.I,
)


# a dose given up before the study, said after the study's own dose in the pluperfect: the
# stop happened before the time the record reports ("Two patients had been unable to
# tolerate 4.5 mg at night", "both had previously stopped naltrexone 4.5 mg", "4.5 mg at
# bedtime had been poorly tolerated by all three")
_HAD_STOPPED_BEFORE = re.compile(
    r"\bhad\s+(?:\w+\s+){0,2}?(?:been\s+(?:unable\s+to\s+tolerate|intolerant\s+(?:of|to))|"
    r"not\s+(?:been\s+able\s+to\s+)?tolerated?|failed\s+to\s+tolerate|stopped|discontinued|"
    r"ceased|abandoned|quit|given\s+up|come\s+off|withdrawn\s+from)\s+"
    r"(?:(?:\w+\s+){0,3}?(?:naltrexone|LDN|it)\s+)?(?:at\s+)?$",
    re.I,
)
# (the dose itself the subject, close by: not an arm some of whose people stopped)
_HAD_STOPPED_AFTER = Folded(
    r"^(?![^.;,]{0,30}\b(?:arms?|groups?|cohorts?)\b)[^.;,]{0,30}?\bhad\s+been\s+(?:\w+\s+)?"
    r"(?:stopped|discontinued|withdrawn|abandoned|(?:poorly|badly)\s+tolerated|not\s+tolerated)\b",
    re.I,
)


# a dose named as where the person had the harm that made them leave it, in a clause of
# cause or time before the dose given instead: "Because she had developed severe insomnia
# and nightmares on naltrexone 1.5 mg, a pharmacy prepared capsules of 250 micrograms",
# "Having experienced vivid dreams at 3 mg, he was switched to 1 mg", "because of nausea
# with LDN 4.5 mg"; the person's own experience ("developed", "had", "because of"), not a
# comparison of harms between arms ("after 8 weeks, insomnia was more frequent at 4.5 mg")
_HARM = (
    r"(?:side[\s\-]effects?|adverse\s+(?:effects?|events?|reactions?)|intoleran\w+|"
    r"insomnia|nightmares?|(?:vivid|disturbing|intense)\s+dreams|sleep\s+(?:disturbance|"
    r"problems?)|nausea|vomiting|headaches?|dizziness|agitation|anxiety|irritability|"
    r"jitteriness|restlessness|palpitations|worsening\s+(?:of\s+)?\w+)"
)
_HARMED_ON_BEFORE = re.compile(
    r"\b(?:because|since|having|after|following)\b[^.;]{0,60}?"
    r"\b(?:developed|developing|experienced|experiencing|had|having|suffered|suffering|"
    r"reported|reporting|complained\s+of|complaining\s+of|of)\s+"
    rf"(?:[\w\-]+\s+){{0,4}}?{_HARM}(?:[\s,]+(?:and|or)?\s*(?:[\w\-]+\s+){{0,2}}?{_HARM})*"
    r"\s+(?:on|at|with|while\s+(?:on|taking))\s+(?:(?:the\s+)?(?:naltrexone|LDN|drug|it)\s+)?"
    r"(?:at\s+)?$",
    re.I,
)
# ... or the dose as what caused the harm: "4.5 mg at night had caused intolerable
# nightmares", "1.5 mg gave her severe headaches"
_HARMED_AFTER = re.compile(
    r"^[^.;,]{0,30}?\b(?:had\s+)?(?:caused|causing|produced|provoked|triggered|induced|"
    r"gave\s+(?:her|him|them))\s+(?:[\w\-]+\s+){0,3}?" + _HARM,
    re.I,
)


# a clause of the protocol's rules for whoever needs them: "participants could remain at a
# lower dose if a higher dose was not tolerated" (no stop that happened)
_IF_CLAUSE_BEFORE = re.compile(r"\b(?:if|unless|whenever|should|in\s+case)\b[^.;,]*$", re.I)


def _given_up(d: Dose, rest: str, doc: Doc | None = None) -> bool:
    """The dose is said to be stopped, not tolerated or harmful to the person, before or
    in ``rest``, the text after it up to the next dose of the drug (with ``doc``, not a
    stop whose clause names a co-medication as what stopped: "...; escitalopram was then
    stopped")."""
    text = d.sentence.text
    return bool(
        any(
            not _IF_CLAUSE_BEFORE.search(rest, 0, m.start())
            and not (doc is not None and _another_stopped(doc, rest, m.start()))
            for m in _STOPPED_AFTER.finditer(rest)
        )
        or _STOPPED_BEFORE.search(text[max(0, d.start - 50) : d.start])
        or _HARMED_ON_BEFORE.search(text[max(0, d.start - 160) : d.start])
        or _HARMED_AFTER.match(rest)
    )


def _another_stopped(doc: Doc, rest: str, at: int) -> bool:
    """The stop at ``at`` in ``rest`` has a co-medication in its own clause before it, its
    subject: "so that both were taken together; escitalopram was then stopped"."""
    opens = max(rest.rfind(c, 0, at) for c in (";", ",", ":")) + 1
    return bool(doc.lexicon.find(rest[opens:at]))


def _stopped_then_replaced(doses: list[Dose], drug: str, doc: Doc | None = None) -> list[Dose]:
    """A dose given up for intolerance ("naltrexone 1.5 mg was added but stopped after five
    days because of insomnia. It was restarted ... at 0.5 mL each morning") is no dose the
    person was kept on when a later dose of the drug follows it (CONTRACT.md: maintenance
    doses); the stop is read in the dose's own stretch of text, up to the next dose."""
    mine = [d for d in doses if d.owner == drug]
    if len(mine) < 2:
        return doses
    place = {id(d): (d.sentence.index, d.start) for d in mine}
    stopped: set[int] = set()
    for d in mine:
        if d.escalation:
            # a dose-finding escalation's step was tested, whoever stopped at it: its rule
            # ("escalation stopped at the first step that was not tolerated") drops no
            # step; only a stop told right before the step does ("Escalation stopped
            # before the 4.5 mg cohort": never entered)
            if _STOPPED_BEFORE.search(d.sentence.text[max(0, d.start - 50) : d.start]):
                stopped.add(id(d))
            continue
        later = [o for o in mine if place[id(o)] > place[id(d)] and o.mg_per_day != d.mg_per_day]
        text = d.sentence.text
        # a stop in the pluperfect was history before the dose kept, wherever that is told
        if any(o.mg_per_day != d.mg_per_day for o in mine) and (
            _HAD_STOPPED_BEFORE.search(text[max(0, d.start - 60) : d.start])
            or _HAD_STOPPED_AFTER.search(text[d.start + len(d.span) :])
        ):
            stopped.add(id(d))
            continue
        if not later:
            continue
        nxt = min(place[id(o)] for o in later)
        end = nxt[1] if nxt[0] == d.sentence.index else len(text)
        rest = text[d.start + len(d.span) : end]
        clause = re.split(r"[;:]", rest, maxsplit=1)[0]
        returned = _RETURNED_AFTER.search(clause)
        if returned and _FOR_SOME_CLAUSE.search(clause[: returned.start()]):
            returned = None
        if returned or _given_up(d, rest, doc):
            stopped.add(id(d))
    return [
        replace(d, earlier=True, conditional=False, escalation=False, flexible=False)
        if id(d) in stopped
        else d
        for d in doses
    ]


# a dose reached by lowering the drug's dose: "attempts to lower the dose to 3 mg", "a trial
# reduction to 1.5 mg", "tapering to 3 mg was attempted", "when the dose was cut to 3 mg"
_LOWERED_TO_BEFORE = re.compile(
    r"\b(?:lower\w*|reduc\w*|decreas\w*|taper\w*|cut(?:ting)?|halv\w*|"
    r"step(?:ped|ping)?\s+(?:it\s+)?down)\s+(?:[\w\-]+\s+){0,4}?to\s*(?:naltrexone\s+)?$",
    re.I,
)
# ... and undone: the higher dose given again ("4.5 mg was resumed", "the dose was returned
# to 4.5 mg", "the previous dose was restored", "she went back to 4.5 mg", "4.5 mg was
# reinstated", "re-escalated to 4.5 mg")
_UNDONE = Folded(
    r"\b(?:resum\w*|restor\w*|re-?instat\w*|re-?escalat\w*|re-?start\w*|"
    r"(?:returned|reverted|went|gone|going|back\s+up)\s+(?:back\s+)?(?:up\s+)?to|"
    r"(?:increased|raised|titrated)\s+(?:back|again)|back\s+up\s+to)\b",
    re.I,
)
_MG_VALUE = re.compile(r"\b(\d+(?:\.\d+)?)\s*mg\b", re.I)
_PREVIOUS_DOSE = re.compile(
    r"\b(?:previous|prior|original|earlier|former|higher|full|usual|effective)\s+dose\b", re.I
)


def _reduction_undone(doc: Doc, doses: list[Dose], drug: str) -> list[Dose]:
    """A lower dose tried and given up for the higher one again ("attempts to lower the
    dose to 3 mg were followed by a return of low mood, and 4.5 mg was resumed"; "a trial
    reduction to 1.5 mg led to relapse; the previous dose was restored") is no dose anyone
    was kept on (CONTRACT.md: maintenance doses): the reversal is read in the rest of the
    dose's sentence or the next one, and must name the higher dose or the previous one. A
    reduction that is kept ("reduced to 3 mg, which he continued for a year") stays."""
    mine = [d for d in doses if d.owner == drug and d.start >= 0]
    undone: set[int] = set()
    for d in mine:
        text = d.sentence.text
        if not d.own or not _LOWERED_TO_BEFORE.search(text[max(0, d.start - 60) : d.start]):
            continue
        after = text[d.start + len(d.span) :]
        nxt = [s.text for s in doc.sentences if s.index == d.sentence.index + 1]
        for rest in [after, *nxt]:
            for m in _UNDONE.finditer(rest):
                window = rest[max(0, m.start() - 40) : m.end() + 40]
                higher = any(float(v) > d.mg_per_day for v in _MG_VALUE.findall(window))
                if higher or _PREVIOUS_DOSE.search(window):
                    undone.add(id(d))
    if not undone:
        return doses
    return [
        replace(d, earlier=True, conditional=False, escalation=False, flexible=False)
        if id(d) in undone
        else d
        for d in doses
    ]


# a sentence that assigns doses to people or arms: its doses are arms, whatever came before
# (a study's one arm, "in a single-arm, open-label study", is its design, no arms it assigns:
# PPR1100006)
_ASSIGNS = Folded(
    r"\b(?:randomi[sz]\w*|allocat\w*|assign\w*|(?<!single[\s\-])(?<!one[\s\-])arms?|groups?|"
    r"cohorts?)\b",
    re.I,
)


_DOSES_SPREAD_BEFORE = re.compile(
    r"\b(?:doses?|dosages?|dosing)\b(?:[^.;]|\.\d){0,30}?\b(?:ranged|ranging|varied|varying|"
    r"spanned|spanning)\s+(?:from\s+|between\s+)?$",
    re.I,
)


def _spread_of_doses(d: Dose) -> bool:
    """The range at ``d`` is the spread of the doses people were kept on, told as such
    ("maintenance doses ranged from 1.5 to 4.5 mg", "final doses varied between 1 and 4.5
    mg/day", "nightly dosing spanned 1.5 to 4.5 mg"): a range moved within, whose inner
    levels ("those on 1.5-3 mg improved less") sort people by their dose and are no further
    end (preprints89 PPR0800007)."""
    text = d.sentence.text
    return _DOSES_SPREAD_BEFORE.search(text, max(0, d.start - 60), d.start) is not None


def _inside_flexible_range(doses: list[Dose], drug: str) -> list[Dose]:
    """Once a sentence gives the flexible range the dose was moved within ("adjusted between
    1.5 and 4.5 mg/day according to tolerability"), a dose strictly inside it, in that
    sentence or a later one, that assigns nothing is a level people could pass through or
    happened to reach within the range ("could raise the dose to 3 mg or 4.5 mg, or lower
    it again (flexible dosing, 1.5-4.5 mg)", "in steps of 2 mg and 3 mg", "the final dose:
    1.5 mg in 4, 3 mg in 5, 4.5 mg in 9"), not a further dose (CONTRACT.md: "for a flexible
    range both ends")."""
    ranges: list[tuple[int, float, float]] = []
    by_place: dict[tuple[int, int], list[float]] = {}
    for d in doses:
        if (
            d.owner == drug
            and (d.flexible or _spread_of_doses(d))
            and d.kind in ("range", "list")
            and d.own
            and not d.escalation
        ):
            by_place.setdefault((d.sentence.index, d.start), []).append(d.mg_per_day)
    # (the spread of doses told as such, "doses ranged from 1.5 to 4.5 mg", sets aside only
    # a narrower band told after it, "those on 1.5-3 mg improved less": a level named beside
    # it, "most commonly 4.5 mg", is the modal dose people took, kept with the ends)
    spreads: list[tuple[int, float, float]] = []
    for (index, at), values in by_place.items():
        here = next(d for d in doses if d.sentence.index == index and d.start == at)
        if len(values) != 2:
            continue
        if _flexible(here.sentence.text):
            ranges.append((index, min(values), max(values)))
        elif _spread_of_doses(here):
            spreads.append((index, min(values), max(values)))
    doses = [
        d
        for d in doses
        if not (
            d.owner == drug
            and d.kind == "range"
            and not d.escalation
            and not _ASSIGNS.search(d.sentence.text)
            and any(i < d.sentence.index and lo < d.mg_per_day < hi for i, lo, hi in spreads)
        )
    ]
    # a start raised, as tolerated, to one of several levels ("starting at 1.5 mg and
    # increased to 3 mg or 4.5 mg as tolerated", "began at 1 mg, raised to 2, 3 or 4 mg
    # according to tolerability"): the range moved within runs from the start to the
    # highest level, and the levels in between are places inside it (a first step given
    # for a stretch of its own, "1.5 mg for one week, then 3 or 4.5 mg as tolerated", is a
    # fixed step before the choice, not the range's end); so does a start raised as
    # tolerated to one ceiling ("added at 1.5 mg nightly and could be titrated up to 4.5
    # mg as tolerated"): the levels people later report ending on between the two ("seven
    # on 3 mg") are places inside the range, not a third dose
    for d in doses:
        if not (d.owner == drug and d.flexible and d.own and not d.escalation):
            continue
        if not (d.started or (d.first and not _tied_to_a_spell(d.sentence.text, d))):
            continue
        # the higher levels told later in the start's sentence: a list of them ("seven on 3
        # mg and four on 4.5 mg") or a single one (the ceiling)
        higher = [
            o
            for o in doses
            if o.owner == drug
            and o.sentence.index == d.sentence.index
            and o.start > d.start
            and o.later
            and o.flexible
            and o.mg_per_day > d.mg_per_day
        ]
        raised = [o.mg_per_day for o in higher if o.kind == "list"]
        ceiling = [o.mg_per_day for o in higher if o.kind == "single"]
        if not _flexible(d.sentence.text):
            continue
        if len(raised) >= 2:
            ranges.append((d.sentence.index, d.mg_per_day, max(raised)))
        elif not raised and len(set(ceiling)) == 1:
            ranges.append((d.sentence.index, d.mg_per_day, ceiling[0]))
    if not ranges:
        return doses
    return [
        d
        for d in doses
        if not (
            d.owner == drug
            and not d.escalation
            and not _ASSIGNS.search(d.sentence.text)
            and any(i <= d.sentence.index and lo < d.mg_per_day < hi for i, lo, hi in ranges)
        )
    ]


# a share of the people told right after a dose: "4.5 mg (68%)", "3 mg (19%)"
_SHARE_RIGHT_AFTER = re.compile(r"^\s*(?:/\s*d(?:ay)?\s*)?\(\s*\d+(?:\.\d+)?\s*%\s*\)")


def _shares_inside_range(doses: list[Dose], drug: str) -> list[Dose]:
    """A dose strictly inside a range of the drug told before it in the same sentence, told
    with the share of people who took it ("initiated at 0.5 to 4.5 mg/day; prescribed
    doses were most often 4.5 mg (68%) or 3 mg (19%)"), is how the people spread over the
    range, not a further dose (CONTRACT.md: a range lists its ends)."""
    ranges = [
        (d.sentence.index, d.start, d.mg_per_day)
        for d in doses
        if d.owner == drug and d.kind == "range" and not d.escalation
    ]
    if not ranges:
        return doses

    def inside(d: Dose) -> bool:
        ends = [v for i, at, v in ranges if i == d.sentence.index and at < d.start]
        return len(ends) >= 2 and min(ends) < d.mg_per_day < max(ends)

    return [
        d
        for d in doses
        if not (
            d.owner == drug
            and d.kind == "single"
            and _SHARE_RIGHT_AFTER.match(d.sentence.text[d.start + len(d.span) :])
            and inside(d)
        )
    ]


def _start_range_raised(doses: list[Dose], drug: str) -> list[Dose]:
    """A range of where people began, raised as tolerated to one ceiling ("started at 0.5
    to 1.5 mg and titrated as tolerated to a maximum of 4.5 mg") is a flexible range from
    the lowest start to the ceiling: its lower end is kept as the range's end, as a single
    start raised so is ("started at 0.5 mg and titrated as tolerated to 4.5 mg"); the
    upper start is a level passed through (CONTRACT.md: "for a flexible range both ends").
    Shown by holdout339 38000014."""
    starts: dict[tuple[int, int], list[Dose]] = {}
    for d in doses:
        if d.owner == drug and d.started and d.kind == "range" and d.flexible and d.earlier:
            starts.setdefault((d.sentence.index, d.start), []).append(d)
    low: set[int] = set()
    for (index, at), pair in starts.items():
        if len(pair) != 2 or not _flexible(pair[0].sentence.text):
            continue
        top = max(x.mg_per_day for x in pair)
        ceiling = {
            o.mg_per_day
            for o in doses
            if o.owner == drug
            and o.sentence.index == index
            and o.start > at
            and o.later
            and o.flexible
            and o.kind == "single"
            and not o.conditional
            and o.mg_per_day > top
        }
        if len(ceiling) == 1:
            low.add(id(min(pair, key=lambda x: x.mg_per_day)))
    if not low:
        return doses
    return [replace(d, first=True) if id(d) in low else d for d in doses]


# the words naming the doses after them as those kept: "to a maintenance dose of", "the
# maintenance doses were"
_MAINTENANCE_BEFORE = re.compile(
    r"\bmaintenance\s+(?:daily\s+)?dos(?:e|es|ages?)\s+(?:of\s+|(?:was|were)\s+)?$", re.I
)


def _start_of_flexible_range(doses: list[Dose], drug: str) -> list[Dose]:
    """A start below the range the dose was then moved within ("started at 0.5 mg and
    adjusted between 1.5 and 4.5 mg as tolerated"), or inside it ("started at 3 mg daily
    and adjusted between 1.5 mg and 4.5 mg as tolerated"), is a titration step: the
    range's ends are the doses kept (CONTRACT.md: "for a flexible range both ends"). So is
    a start below the doses named as the maintenance doses after it (CONTRACT.md: the
    maintenance doses participants were assigned to)."""
    starts = [d for d in doses if d.owner == drug and d.started and not d.escalation]
    if not starts:
        return doses
    below: set[int] = set()
    fixed: set[int] = set()
    for d in starts:
        ranges = [
            r
            for r in doses
            if r.owner == drug
            and r.sentence.index == d.sentence.index
            and r.start > d.start
            and r.flexible
            and r.kind in ("range", "list")
            # (not the levels the start was raised to: "starting at 1.5 mg and increased
            # to 3 mg or 4.5 mg as tolerated" moves from the start itself, its lower end;
            # a range, "then adjusted within 1.5-4.5 mg", is still the range moved within)
            and not (r.later and r.kind == "list")
        ]
        spans: dict[int, list[float]] = {}
        for r in ranges:
            spans.setdefault(r.start, []).append(r.mg_per_day)
        if any(len(v) == 2 and max(v) > d.mg_per_day for v in spans.values()):
            below.add(id(d))
        # (... or the levels after it are named the maintenance doses, however they were
        # reached: "started at 1.5 mg and titrated at the psychiatrist's discretion to a
        # maintenance dose of 3 mg or 4.5 mg" keeps 3 and 4.5)
        kept = [
            r
            for r in doses
            if r.owner == drug and r.sentence.index == d.sentence.index and r.start > d.start
        ]
        text = d.sentence.text
        if (
            kept
            and _MAINTENANCE_BEFORE.search(text, max(0, kept[0].start - 50), kept[0].start)
            and all(r.mg_per_day > d.mg_per_day for r in kept)
        ):
            below.add(id(d))
            fixed.add(id(d))  # (the discretion was over which maintenance dose, not this)
    return [
        replace(
            d,
            earlier=True,
            first=False,
            titration=True,
            run_in=True,
            conditional=False,
            flexible=d.flexible and id(d) not in fixed,
        )
        if id(d) in below
        else d
        for d in doses
    ]
