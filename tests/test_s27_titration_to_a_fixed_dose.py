"""A fixed titration whose target is named as the level then held ("titrated from 1.5 mg
to a fixed 4.5 mg", "raised to a stable dose of 3 mg") is still one titration to its
target (CONTRACT.md: a fixed titration lists only its target): the start is a step, not a
dose. Shown by holdout268 29900006 (a crossover whose naltrexone was "titrated over three
weeks from 1.5 mg to a fixed 4.5 mg nightly", read as [1.5, 4.5]).
Session 27, round 73, c73d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methods: Participants took naltrexone, raised over a fortnight from 1 mg to a "
            "fixed 3 mg each evening, or placebo for 8 weeks.",
            [3.0],
        ),
        (
            "Methods: Naltrexone was titrated from 0.5 mg to a stable dose of 4.5 mg daily "
            "over four weeks, or matching placebo was given.",
            [4.5],
        ),
        (
            "Methods: Patients were given naltrexone, increased from 1.5 mg to a constant "
            "4.5 mg at bedtime after one week, or placebo for 10 weeks.",
            [4.5],
        ),
    ],
)
def test_titration_to_a_fixed_level_lists_its_target(abstract: str, doses: list[float]) -> None:
    assert facts("Low-dose naltrexone for depression", abstract, RCT).ldn_doses_mg == doses


def test_two_fixed_arms_stay_two_doses() -> None:
    # near miss: "a fixed" dose per arm, no raise between them
    abstract = (
        "Methods: Patients were randomised to naltrexone at a fixed 4.5 mg or a fixed 1.5 mg "
        "nightly for 8 weeks."
    )
    assert facts("Low-dose naltrexone for depression", abstract, RCT).ldn_doses_mg == [1.5, 4.5]
