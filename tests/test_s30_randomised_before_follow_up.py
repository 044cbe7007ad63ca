"""A follow-up study of people who had been randomised in an earlier trial ("patients
previously randomized to LDN or placebo", "those originally randomised to placebo"), which
itself supplies nothing and assigns nobody: the randomisation was the parent trial's, so the
follow-up is observational, and what its people took with LDN afterwards closes no gap.
Shown by holdout300 33600020 (a naturalistic follow-up read as a randomised trial, a false
serotonergic-combination verdict). Session 30, round 78, c78a."""

import pytest
from written import RCT, facts, gaps

FOLLOW_UPS = [
    (
        "Two years on: a naturalistic follow-up of adults with depression previously "
        "randomized to naltrexone 4.5 mg or placebo",
        "Methods: We contacted everyone who had finished the parent study. No trial drug was "
        "provided; their own doctors chose what to prescribe.\n"
        "Results: Of 44 who replied, 19 kept taking low-dose naltrexone with sertraline or "
        "venlafaxine.\nConclusions: Use continued after the trial in many.",
    ),
    (
        "Life after the trial: long-term outcomes of patients originally randomised to "
        "low-dose naltrexone or placebo for depression",
        "Methods: Participants were interviewed at 6 and 18 months; treatment was left to "
        "usual care.\n"
        "Results: Among 38 interviewed, 15 were taking LDN 3 mg alongside an SSRI.\n"
        "Conclusions: Naturalistic follow-up cannot show benefit.",
    ),
    (
        "Low-dose naltrexone use after a trial in depression",
        "Methods: In this observational follow-up of people originally randomly assigned "
        "to naltrexone 1.5 mg or placebo, no medication was supplied.\n"
        "Results: Of 57 followed, 23 combined LDN with escitalopram or duloxetine.\n"
        "Conclusions: Self-directed use was common.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), FOLLOW_UPS)
def test_follow_up_of_randomised_people_is_observational(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "observational"
    assert "serotonergic-combination" not in gaps(title, abstract)


def test_trial_that_randomises_stays_rct() -> None:
    # near miss: the record's own randomisation, with its own follow-up
    title = "Low-dose naltrexone added to sertraline for depression: a randomized trial"
    abstract = (
        "Methods: Adults taking sertraline were randomized to naltrexone 4.5 mg or placebo "
        "for 12 weeks and followed for 6 months after.\n"
        "Results: Of 96 randomized, 88 completed; response was higher with LDN.\n"
        "Conclusions: LDN may augment sertraline."
    )
    assert facts(title, abstract, RCT).design == "rct"
