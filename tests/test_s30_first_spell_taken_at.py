"""A fixed titration's steps told after the target, the spell the subject with a verb of
taking ("naltrexone 4.5 mg or placebo nightly; the first week is taken at 1.5 mg and the
second at 3 mg"): the steps lead to the target, which alone is the dose (CONTRACT.md: a
fixed titration lists its target). Shown by holdout307 34500001 (and holdout298 33300011,
"the first week was given at 1.5 mg"), read as [1.5, 3, 4.5]. Session 30, round 78, c78b."""

import pytest
from written import PROTOCOL, RCT, TRIAL, facts

TITLE = "Low-dose naltrexone for depression"


@pytest.mark.parametrize(
    ("methods", "types"),
    [
        (
            "Methods: Adults on a stable SSRI will be randomised to naltrexone 4.5 mg or "
            "identical placebo each night for ten weeks; the first week is taken at 1.5 mg "
            "and the second at 3 mg.",
            PROTOCOL,
        ),
        (
            "Methods: Thirty outpatients took naltrexone 4.5 mg at bedtime for 12 weeks; "
            "the initial week was given at 1.5 mg and the next at 3 mg.",
            TRIAL,
        ),
        (
            "Methods: Participants were randomised to naltrexone 4.5 mg daily or placebo; "
            "the opening week was dosed at 1.5 mg and the second at 3 mg.",
            RCT,
        ),
    ],
)
def test_steps_taken_in_first_spell_lead_to_target(methods: str, types: tuple[str, ...]) -> None:
    abstract = f"{methods}\nResults: Depression scores fell.\nConclusions: More trials are needed."
    assert facts(TITLE, abstract, types).ldn_doses_mg == [4.5]


def test_alternative_doses_stay_arms() -> None:
    """Near miss: doses offered as alternatives to different people are arms, each kept."""
    abstract = (
        "Methods: Participants were randomised to naltrexone 1.5 mg or 4.5 mg daily for "
        "eight weeks.\nResults: Depression scores fell in both arms.\n"
        "Conclusions: Both doses were tolerated."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
