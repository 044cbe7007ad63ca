"""A dose's earlier value noted in brackets after the one now given ("naltrexone 2 mg
nightly (previously 4.5 mg)", "(from version 3; originally 6 mg)"): the bracket describes a
plan the record replaced, so its dose is no one's now (CONTRACT.md: a later amendment
replaces the earlier version). Decided in roles.superseded. Shown by registry63
NCT03100013 (the arm's "previously 4.5 mg nightly" listed beside 1 mg b.i.d.). Session 26,
round 70, c70d."""

import pytest
from written import TRIAL, arm, drug, facts, judge_registration, registration


def _study(arm_text: str) -> dict:
    return registration(
        title="Naltrexone added to antidepressants in treatment-resistant depression",
        summary="Adults with depression on a stable SSRI take naltrexone or placebo in "
        "addition for 10 weeks.",
        allocation="RANDOMIZED",
        enrollment=50,
        arms=[
            arm("Naltrexone", "EXPERIMENTAL", arm_text, ("Naltrexone",)),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo each evening", ("Placebo",)),
        ],
        interventions=[drug("Naltrexone", "Capsules", ["LDN"]), drug("Placebo", None, [])],
    )


@pytest.mark.parametrize(
    ("arm_text", "expected"),
    [
        ("Naltrexone 2 mg each evening (previously 4.5 mg each evening) added to the SSRI", [2.0]),
        ("Naltrexone 1.5 mg at bedtime (protocol version 3; originally 6 mg at bedtime)", [1.5]),
    ],
)
def test_registered_arm_former_dose_dropped(arm_text: str, expected: list[float]) -> None:
    assert judge_registration(_study(arm_text))[0].ldn_doses_mg == expected


def test_article_former_dose_dropped() -> None:
    f = facts(
        "Low-dose naltrexone augmentation in depression: a randomized trial",
        "Methods: Patients on escitalopram received naltrexone 3 mg daily (formerly 4.5 mg, "
        "changed after the first safety review) or placebo for 8 weeks.\n"
        "Results: Sixty patients were randomized; MADRS fell more with naltrexone.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [3.0]


def test_bracket_of_history_without_a_dose_keeps_the_dose() -> None:
    """Near miss: a bracket about the people's history, no dose in it, leaves the dose."""
    arm_text = "Naltrexone 4.5 mg each evening (previously treated with an SSRI) added"
    assert judge_registration(_study(arm_text))[0].ldn_doses_mg == [4.5]
