"""Trials in general told as having taken people in ("Larger parallel trials of X have
randomised up to 171 patients") are cited work, not the study's own interim accrual: their
count is not the study's n. Shown by holdout226 25300028 (a crossover of 24 read as n 171).
Session 24, round 65, c65a."""

import pytest
from written import RCT, facts

OWN = (
    "We randomly assigned 30 adults with major depression taking an SSRI to naltrexone 1.5 mg "
    "or placebo at night for 8 weeks. Response was higher with naltrexone."
)


@pytest.mark.parametrize(
    "cited",
    [
        "Bigger parallel-group trials of low-dose naltrexone have enrolled as many as 240 "
        "participants, though none in older adults.",
        "Earlier pain trials of naltrexone had recruited up to 160 people with fibromyalgia.",
        "Open-label studies in inflammatory bowel disease have treated more than 300 patients.",
    ],
)
def test_trials_in_general_taking_people_in_are_cited(cited: str) -> None:
    f = facts("Low-dose naltrexone added to SSRIs: a pilot RCT", f"{cited} {OWN}", RCT)
    assert f.n == 30


def test_own_interim_accrual_stays_own() -> None:
    """Near miss: the study's own people taken in so far."""
    f = facts(
        "Low-dose naltrexone added to SSRIs: interim report",
        "We have randomised 86 adults with major depression taking sertraline to naltrexone "
        "4.5 mg or placebo. Response rates so far favour naltrexone.",
        RCT,
    )
    assert f.n == 86
