"""A registration may say what each period gave only in an outcome's time frame or
description ("Baseline to week 8 (naltrexone 2 mg/day weeks 0-4; 4 mg/day weeks 4-8 in
participants with <25% MADRS reduction at week 4)"): the parser puts such a time frame
into the outcome's sentence, so the doses read there as anywhere else (CONTRACT.md: a dose
raised only in non-responders lists both levels). A time frame or description that names
no dose, or a laboratory unit ("mg/L"), adds nothing.

Shown by registry92 NCT00090023 (the raise for non-responders only in the primary outcome's
time frame: doses [2] for [2, 4]; batch 91). Session 39, lead.

Ways registrations put the dosing into an outcome:
- time frame "Baseline to week 8 (naltrexone 2 mg/day weeks 0-4; 4 mg/day weeks 4-8 in
  non-responders)"
- description "Participants not responding at week 4 were raised from 2 mg to 4 mg"
- time frame "Week 4 (end of 2 mg/day) and week 8 (end of 4 mg/day in non-responders)"
- description "Measured after 4 weeks at 2 mg/day and, in non-responders, 4 weeks at 4 mg"
- time frame "Week 12 (4.5 mg nightly)"
"""

from __future__ import annotations

import pytest
from written import drug, judge_registration, registration


def _study(primary: dict[str, str]) -> dict:
    study = registration(
        title="Naltrexone Augmentation With Dose Increase for Non-Responders",
        summary="Adults with major depression who had not responded to an SSRI took "
        "naltrexone or placebo with their antidepressant for 8 weeks.",
        allocation="RANDOMIZED",
        enrollment=46,
        enrollment_type="ACTUAL",
        status="COMPLETED",
        arms=[
            (
                "Naltrexone",
                "EXPERIMENTAL",
                "Naltrexone capsule once daily plus current SSRI",
                ("Naltrexone",),
            ),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo capsule plus current SSRI", ("Placebo",)),
        ],
        interventions=[drug("Naltrexone", "2 mg capsules", ["low dose naltrexone"])],
    )
    study["protocolSection"]["outcomesModule"] = {
        "primaryOutcomes": [{"measure": "Change in MADRS", **primary}]
    }
    return study


CASES = [
    {
        "timeFrame": "Baseline to week 8 (naltrexone 2 mg/day weeks 0-4; 4 mg/day weeks 4-8 in "
        "participants with <25% MADRS reduction at week 4)"
    },
    {
        "timeFrame": "Baseline to week 8",
        "description": "Participants not responding at week 4 "
        "had their naltrexone dose raised from 2 mg to 4 mg daily.",
    },
]


@pytest.mark.parametrize("primary", CASES)
def test_raise_told_in_an_outcome_lists_both_levels(primary: dict[str, str]) -> None:
    facts, _ = judge_registration(_study(primary))
    assert facts.ldn_doses_mg == [2.0, 4.0]
    assert not facts.compares_doses


@pytest.mark.parametrize(
    "primary",
    [
        {"timeFrame": "Baseline to week 8"},
        {"timeFrame": "Baseline to week 8", "description": "Serum CRP in mg/L at week 4 and 8."},
    ],
)
def test_outcome_naming_no_dose_adds_none(primary: dict[str, str]) -> None:
    """Near miss: only the capsule strength is said; nothing in the outcome adds a dose."""
    facts, _ = judge_registration(_study(primary))
    assert 4.0 not in facts.ldn_doses_mg
