"""How a strength is written beside what carries it, read by both doses and arms.

A number of milligrams is not always a dose offered to an arm: it may be printed on a
dosage form ("two 2.25-mg capsules", "4.5 mg or 3 mg tablets") or be followed by the
size of the arm given it ("4.5 mg (n = 24)"). Both ``doses`` and ``arms`` need these
readings; they live here so that ``doses`` can use ``arms`` without a cycle.
"""

from __future__ import annotations

import re

# the dosage forms a strength is written on ("two 2.25-mg capsules", "4.5 mg or 3 mg
# tablets"): strengths that are not doses offered as alternatives; so are strengths listed
# as such, as a registry's intervention lists what a product comes in ("capsules; 1.5 mg,
# 3 mg and 4.5 mg strengths"), unless people were given them ("the strengths dispensed";
# one strength named as an arm or a share of fills, "the 4.5 mg strength produced a
# greater fall", "the 4.5 mg strength accounted for 63%", is the dose taken)
DOSAGE_FORM = r"(?:capsules?|tablets?|pills?|caps|tabs?|lozenges?|troches?|sachets?)"
DOSAGE_FORM_AFTER = re.compile(
    rf"^[\s\-]*(?:\w+[\s\-]+)?{DOSAGE_FORM}\b|"
    r"^[\s\-]*(?:capsule\s+|tablet\s+)?strengths\b(?!\s+(?:(?:were|was|is|are)\s+)?"
    r"(?:dispensed|prescribed|taken|used|received|administered|given)\b)",
    re.I,
)
# a dose followed by the size of the arm given it: "4.5 mg (n = 24)", "(2 mg, n = 20; 4 mg,
# n = 21)", "(1.5 mg: 18 patients; 4.5 mg: 19 patients)"
SIZED_AFTER = re.compile(
    r"^[^()]{0,30}\(\s*n\s*=\s*\d+|"
    r"^[^(),;.]{0,12}?[,:]\s*n\s*=\s*\d+|"
    r"^[^(),;.]{0,12}?(?:\(|[,:])\s*\d+\s+(?:patients|participants|subjects|adults|"
    r"adolescents|children|people|persons|women|men|youths)\b",
    re.I,
)
# the words that make a dose a change some people may make, not an arm offered to all:
# "could lower it to 1.5 mg", "allowed to reduce to 1.5 mg", "if not tolerated"
PERMISSION = r"could|can|may|might|allowed|permitted|if|when|optional\w*"
