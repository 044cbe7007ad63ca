"""A range of the drug given "between A and B mg, adjusted to tolerability" (or "adjusted to
response", "individualised according to tolerance") is one flexible regimen moved within:
both ends are its doses, and nobody compares them (CONTRACT.md: flexible ranges list both
ends; a dose comparison needs arms or levels set against each other). Shown by holdout275
30700040 (a single-arm pilot whose "between 1.5 and 4.5 mg at night, adjusted to
tolerability" closed the dose-finding gap). Session 28, round 74, c74a."""

import pytest
from written import TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for depression in older adults: an open trial",
            "Methods: Thirty older adults with major depression, on stable doses of "
            "quetiapine, lithium or lamotrigine, took naltrexone between 1 and 4.5 mg "
            "nightly, adjusted to tolerability by the study physician, for ten weeks.\nResults: GDS scores fell from 11.2 to 6.8.",
        ),
        (
            "Open-label low-dose naltrexone in perinatal depression",
            "Methods: In this single-arm study, 18 postpartum women continuing "
            "lamotrigine or quetiapine received naltrexone between 1.5 and 3 mg at "
            "bedtime, adjusted for response.\nResults: EPDS scores decreased by 7 points.",
        ),
        (
            "Low-dose naltrexone in adolescents with depression: a pilot",
            "Methods: Twenty adolescents with depression taking aripiprazole or "
            "lithium received naltrexone between 0.5 and 3 mg daily, adjusted to "
            "tolerance, over 12 weeks.\nResults: CDRS-R scores improved in 12.",
        ),
    ],
)
def test_range_adjusted_to_tolerability_is_flexible(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert not f.compares_doses
    assert gaps(title, abstract, TRIAL).get("dose-finding", "no") == "no"


def test_two_fixed_doses_in_arms_stay_compared() -> None:
    # near miss: two groups each on its own fixed dose
    f = facts(
        "Two doses of low-dose naltrexone in depression",
        "Methods: We randomised 60 adults with depression to naltrexone 1.5 mg or 4.5 mg "
        "nightly for eight weeks.\nResults: Response was 30% and 47%.",
        TRIAL,
    )
    assert f.compares_doses
