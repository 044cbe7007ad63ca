"""A raise made only where a rating passes a cut-off written as a symbol, as arm
descriptions and tables write it ("1.5 mg at night; 4.5 mg from week 4 if CGI-I >= 3",
"increased to 4.5 mg at week 4 if MADRS reduction < 25%"), is a raise for some: both levels
are the doses given (CONTRACT.md), not a fixed titration's start and target.

Shown by registry73 NCT01900019 and registry79 NCT01300010 (arms whose raise for
non-responders was read as a titration: doses [4.5] for [1.5, 4.5]). Session 39, lead.

Ways a symbolic cut-off is written:
- "4.5 mg from week 4 if CGI-I >= 3"
- "increased to 4.5 mg nightly at week 4 if MADRS reduction < 25%"
- "raised to 4 mg at week 6 when HAM-D-17 > 14"
- "4.5 mg from week 4 if PHQ-9 ≥ 10"
- "3 mg from week 3 if QIDS score > 10"
Read in ``doses._conditional`` beside the worded cut-offs ("if CGI-I was 3 or worse").
"""

from __future__ import annotations

import pytest
from written import drug, judge_registration, registration


def _study(arm: str) -> dict:
    return registration(
        title="Low-Dose Naltrexone Added to Antidepressants in Major Depression",
        summary="Adults with major depression on an SSRI take naltrexone or placebo for 12 weeks.",
        allocation="RANDOMIZED",
        enrollment=64,
        arms=[
            ("Naltrexone", "EXPERIMENTAL", arm, ("Naltrexone",)),
            ("Placebo", "PLACEBO_COMPARATOR", "Matching placebo capsules", ("Placebo",)),
        ],
        interventions=[drug("Naltrexone", "capsules", ["low dose naltrexone"])],
    )


CASES = [
    ("Naltrexone 1.5 mg at night; 4.5 mg from week 4 if CGI-I >= 3.", [1.5, 4.5]),
    (
        "Naltrexone 1.5 mg nightly; increased to 4.5 mg nightly at week 4 if MADRS reduction < 25%.",
        [1.5, 4.5],
    ),
    ("Naltrexone 2 mg daily; raised to 4 mg at week 6 when HAM-D-17 > 14.", [2.0, 4.0]),
    ("Naltrexone 1.5 mg at night; 4.5 mg from week 4 if PHQ-9 ≥ 10.", [1.5, 4.5]),
    ("Naltrexone 1 mg at night; 3 mg from week 3 if QIDS score > 10.", [1.0, 3.0]),
]


@pytest.mark.parametrize(("arm", "doses"), CASES)
def test_raise_past_a_symbolic_cutoff_lists_both_levels(arm: str, doses: list[float]) -> None:
    facts, _ = judge_registration(_study(arm))
    assert facts.ldn_doses_mg == doses
    assert not facts.compares_doses


def test_fixed_titration_keeps_its_target() -> None:
    """Near miss: a raise for everyone at a set week is a titration to 4.5 mg."""
    facts, _ = judge_registration(_study("Naltrexone 1.5 mg at night for one week, then 4.5 mg."))
    assert facts.ldn_doses_mg == [4.5]
