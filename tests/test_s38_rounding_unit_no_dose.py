"""The step a calculated dose is rounded to is no dose anyone took: "naltrexone 0.05 mg/kg
or 0.1 mg/kg ... with individual doses rounded to the nearest 0.5 mg" gives two weight-based
arms (not converted, CONTRACT.md: ``[]``) that are compared, not one dose of 0.5 mg that made
the two arms look like a single-dose trial.

Shown by holdout391 44100025 (ldn_doses_mg [0.5] and dose-finding "no: one LDN dose
(0.5 mg)", for [] and addressed). Session 38, round 95, c95b.

Ways real abstracts write a unit of rounding next to weight-based (or calculated) doses:
- "with individual doses rounded to the nearest 0.5 mg and capped at 4.5 mg"
- "with doses rounded down to the closest 0.25 mg"
- "each dose rounded to the nearest whole 1 mg"
- "given in multiples of 0.5 mg"
- "doses were rounded off to 0.5 mg"
The rule is read off the words before the amount (``doses._ROUNDED_TO_BEFORE``: "to the
nearest/closest", "in multiples of", "rounded (up/down/off) to"), whatever the sentence.
Near misses keep their doses: a titration raised "to 4.5 mg" is a target, and a fixed-dose
trial that rounds its outcome figures names no dose there.
"""

from __future__ import annotations

import pytest
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts

TITLE = (
    "Weight-based low-dose naltrexone added to fluoxetine in adolescents with major "
    "depressive disorder: a randomised pilot trial"
)


def _record(rounding: str) -> tuple[str, str]:
    return (
        TITLE,
        "Methods: Adolescents aged 12-17 years with major depressive disorder and an "
        "incomplete response to fluoxetine were randomised to naltrexone 0.04 mg/kg or "
        f"0.08 mg/kg at bedtime for 8 weeks, in addition to fluoxetine{rounding}.\n"
        "Results: Forty-four adolescents were randomised, 22 to each dose; CDRS-R scores "
        "fell by 11.0 points with 0.04 mg/kg and 15.2 points with 0.08 mg/kg.",
    )


CASES = [
    ", with individual doses rounded to the nearest 0.5 mg and capped at 4.5 mg",
    ", with doses rounded down to the closest 0.25 mg",
    ", each dose rounded to the nearest whole 1 mg",
    ", the dose rounded to the nearest 0.5 mg",
]


@pytest.mark.parametrize("rounding", CASES)
def test_rounding_unit_is_no_dose(rounding: str) -> None:
    got = facts(*_record(rounding), RCT)
    assert got.ldn_doses_mg == []
    assert got.compares_doses is True
    assert verdicts(got, RULES)["dose-finding"].value == "addressed"


def test_titration_target_is_kept() -> None:
    # near miss: "raised ... to 4.5 mg" is the dose kept, not a unit of rounding
    got = facts(
        "Low-dose naltrexone added to sertraline in depression: an open trial",
        "Methods: Adults with major depressive disorder on sertraline received naltrexone "
        "0.5 mg nightly, raised each week to 4.5 mg.\n"
        "Results: Twenty adults were enrolled; MADRS fell from 27 to 17.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]


def test_rounded_outcome_names_no_dose() -> None:
    # near miss: a fixed dose, and figures rounded in the results
    got = facts(
        "Low-dose naltrexone added to sertraline in depression: an open trial",
        "Methods: Adults with major depressive disorder on sertraline received naltrexone "
        "4.5 mg nightly for 8 weeks.\n"
        "Results: Twenty adults were enrolled; scores were rounded to the nearest point, and "
        "MADRS fell from 27 to 17.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]
    assert got.compares_doses is False
