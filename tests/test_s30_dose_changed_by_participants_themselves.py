"""A dose some participants moved to on their own ("four patients reduced to 4 mg once
daily on their own initiative", "a few self-reduced to 3 mg"): a departure from the
assigned regimen, not a dose the study assigned (CONTRACT.md: the maintenance doses
participants were assigned to). In a trial whose assigned dose is above the LDN band it
must not make the record on-topic. Shown by holdout313 35200032. Session 30, round 79,
c79d."""

import pytest
from written import RCT, TRIAL, facts

TITLE = "Naltrexone 5 mg twice daily as an add-on to sertraline in major depression"


@pytest.mark.parametrize(
    "results",
    [
        "Results: Sixty patients were randomized. Six patients in the naltrexone arm cut "
        "their dose to 5 mg once daily on their own initiative.",
        "Results: Sixty patients were randomized. Three participants lowered the dose to "
        "2.5 mg at night of their own accord because of nausea.",
        "Results: Sixty patients were randomized. Some participants self-reduced to 5 mg "
        "daily, against the protocol.",
        "Results: Sixty patients were randomized; two decreased to 5 mg a day without "
        "medical advice.",
    ],
)
def test_own_reduction_is_not_an_assigned_dose(results: str) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder (HAM-D of 18 or more) taking "
        "sertraline were randomized to naltrexone 5 mg twice daily (10 mg/day) or placebo "
        f"for 8 weeks.\n{results}\nConclusions: The regimen was poorly tolerated."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.on_topic is False
    assert f.ldn_doses_mg == []


def test_reduction_by_protocol_keeps_its_dose() -> None:
    """Near miss: a reduction the investigators made is still a dose the study gave."""
    abstract = (
        "Methods: Thirty adults with major depressive disorder taking sertraline received "
        "low-dose naltrexone 4.5 mg nightly; the dose was reduced to 3 mg for those with "
        "insomnia.\nResults: Thirty patients were enrolled.\nConclusions: LDN was tolerated."
    )
    f = facts("Low-dose naltrexone added to sertraline", abstract, TRIAL)
    assert f.on_topic is True
    assert 4.5 in f.ldn_doses_mg


@pytest.mark.parametrize(
    "opening",
    [
        "Objective: Low-dose naltrexone has been given at 4.5 mg nightly in most studies.",
        "Objective: Naltrexone was taken at 3 mg a day across many published trials.",
        "Objective: Low-dose naltrexone is dosed at 4.5 mg in the majority of reports.",
    ],
)
def test_dose_of_most_studies_is_background(opening: str) -> None:
    """The dose most studies gave, told in the objective of a trial of a dose above the
    band: background, not this trial's dose (holdout313 35200032)."""
    abstract = (
        f"{opening} We tested naltrexone 5 mg twice daily (10 mg/day) added to sertraline.\n"
        "Methods: Adults with major depressive disorder taking sertraline were randomized to "
        "naltrexone or placebo for 8 weeks.\nResults: Sixty patients were randomized."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.on_topic is False
    assert f.ldn_doses_mg == []
