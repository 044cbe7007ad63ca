"""Counts of people as abstracts write them: the number (digits, grouped thousands or
words) and the nouns that name people.

One reading shared by ``structure`` (a withdrawal that still counts its people as they
entered the study) and ``numbers`` (the study's n); ``structure`` runs before ``numbers``
(``roles`` reads it), so the two meet here rather than in ``numbers``.
"""

from __future__ import annotations

import re

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}  # ("two dozen patients": 24)
# one number word ("twelve", "hundred"); NUMBER_WORDS a number written in them
NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
NUMBER_WORDS = rf"(?:{NUMBER_WORD})(?:(?:[\s\-]+(?:and\s+)?)(?:{NUMBER_WORD})\b)*"


def words_to_int(text: str) -> int | None:
    """ "Two-hundred and fifty-four" -> 254; digits pass through; None if not a number."""
    t = text.strip().lower().replace(",", "")
    if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", t):
        t = t.replace(".", "")  # a point grouping thousands ("1.248": NUMBER reads it so)
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+", t):
        t = re.sub(r"\D", "", t)
    if t.isdigit():
        return int(t)
    total = current = 0
    seen = False
    words = [w for w in re.split(r"[\s\-]+", t) if w]
    for i, w in enumerate(words):
        if w == "and":
            before, after = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
            if not (
                before in ("hundred", "thousand")
                or (before in _TENS and _UNITS.get(after, 10) < 10)
            ):
                # "seventeen and nineteen" is two numbers (two arms' sizes), not one: "and"
                # joins the parts of one number only after a hundred or a thousand, or a
                # ten and its unit as other languages write them ("oitenta e quatro")
                return None
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


PEOPLE = (
    r"patients?|participants?|subjects?|adults?|individuals?|women|woman|men|man|children|"
    # clipped clinical shorthand: "23 outpts w/ MDD", "12 pts", "8 inpts"
    r"(?:out|in)?pts?|"
    r"child|adolescents?|youths?|teenagers?|teens|volunteers?|persons?|people|"
    # a plain-language summary's word for adults: "120 grown-ups with depression"
    r"grown[\s\-]?ups|"
    # in- and outpatients as one group, hyphenated or not: "52 in- and outpatients",
    # "70 out-patients", "40 in/outpatients", "36 out- or in-patients"
    r"(?:(?:in|out)(?:-\s*(?:and|or|&)\s+|\s*/\s*))?(?:in|out)-?patients?|"
    r"veterans?|cases|case reports|controls|females?|males?|users?|respondents|residents|"
    # a matched cohort's comparison group named by its noun alone: "4,118 LDN users and
    # 4,118 non-users", "512 treated patients and 1,024 matched comparators"
    r"non-?users?|non-?initiators?|comparators?|"
    # an enrichment design randomises those who responded to a lead-in, or those who did
    # not: people named by how they responded ("58 non-remitters were randomized")
    r"responders|non-?responders|remitters|non-?remitters|"
    r"alcoholics|smokers|mothers|students|nurses|physicians|twins|dyads|couples|"
    # claims and registry studies count people by what they did or belong to
    r"initiators?|recipients?|members|beneficiaries|enrol+ees|clients|survivors|workers|"
    r"employees|athletes|pregnancies|families|"
    # a chart review counts its patients by their charts: "Eighty-seven charts met the criteria"
    r"charts|"
    # surveys of prescribers count the professionals who answered
    r"psychiatrists|clinicians|practitioners|prescribers|pharmacists|psychologists|doctors|"
    r"therapists|providers|professionals|GPs|"
    # people written as the clinical abbreviation of a phrase that names them: "pwMS"/"PwP"
    # (people with MS, with Parkinson's), "PLWH"/"PLHIV" (people living with HIV), "CYP"
    # (children and young people; not the cytochrome: "two CYP isoforms"). None is an
    # English word. ("pts" is not here: it is points as often as patients, "fell by 10 pts")
    r"pw[a-z]{1,4}|plw[a-z]{1,4}|plhiv|"
    r"cyp(?![\s\-]+(?:enzymes?|isoforms?|isoenzymes?|inhibitors?|inducers?|substrates?|genes?))"
)
# thousands grouped by a comma or a (thin) space: "1,204", "1 204" (never a year-like "2 024")
# ... or by a point, as German, French or Spanish write it ("1.248 patients"): read only
# where a count of people follows, since a count of people is never a fraction (a point
# before three digits elsewhere is a decimal: "1.250 mg")
_POINT_GROUPED = rf"[1-9]\d{{0,2}}(?:\.\d{{3}})+(?=\s+(?:[A-Za-z][\w\-]*\s+){{0,2}}?(?:{PEOPLE})\b)"
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|{_POINT_GROUPED}|"
    rf"[1-9]\d{{0,2}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?![\d.,])|\d+|{NUMBER_WORDS})"
)
