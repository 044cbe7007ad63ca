"""A title that opens with the condition the drug treats names the population.

Kind: "Major depression treated with naltrexone at a low dose ...", "Treatment-resistant
depression managed with ...": the condition stands first and the drug is what treats it;
the people are those with the condition, as in "naltrexone in major depression" (a
symptom named first, or another condition, is no such title). Round 60, c60c; a known
leftover of round 59 (no record).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

OPENING = [
    (
        "Major depression treated with naltrexone at a low dose: a randomised trial",
        "Sixty adults were randomised to naltrexone 4.5 mg or placebo for 8 weeks. The MADRS "
        "fell more with naltrexone.",
        RCT,
    ),
    (
        "Treatment-resistant depression managed with low-dose naltrexone: an open-label trial",
        "Forty adults received naltrexone 1.5 mg daily for 12 weeks. HAM-D scores fell.",
        TRIAL,
    ),
    (
        "Bipolar depression (BD) treated with naltrexone 4.5 mg: a pilot trial",
        "Twenty patients received naltrexone 4.5 mg daily for 8 weeks. MADRS scores fell.",
        TRIAL,
    ),
]

NOT_A_POPULATION = [
    (
        "Depressive symptoms treated with naltrexone 4.5 mg in fibromyalgia: a randomised trial",
        "Sixty women were randomised to naltrexone 4.5 mg or placebo. BDI-II scores fell.",
        RCT,
    ),
    (
        "Fibromyalgia treated with low-dose naltrexone: effects on pain and depression",
        "Sixty women were randomised to naltrexone 4.5 mg or placebo. BDI-II scores fell.",
        RCT,
    ),
]


@pytest.mark.parametrize("record", OPENING)
def test_a_title_opening_with_the_condition(record: tuple[str, str, tuple[str, ...]]) -> None:
    title, abstract, types = record
    assert facts(title, abstract, types).depression_population


@pytest.mark.parametrize("record", NOT_A_POPULATION)
def test_a_symptom_or_other_condition_first(record: tuple[str, str, tuple[str, ...]]) -> None:
    title, abstract, types = record
    f = facts(title, abstract, types)
    assert f.on_topic and not f.depression_population
