"""Round 34 (c34a): two false dose-finding verdicts from batches 23-24, found once they
were opened: a fixed titration in a protocol that denies a dose-finding phase, and a
count of the sample's depressed at baseline read as its selection."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

# -- a dose-finding phase the study denies does not make its titration steps arms
# (holdout98 10500035: "a dose-finding phase is not included")

PILOT = (
    "Low-dose naltrexone augmentation of fluoxetine in adolescents with major depressive "
    "disorder: protocol for a pilot randomised controlled trial"
)
PLANNED = (
    "Methods and analysis: Forty participants aged 13-18 years with MDD and an inadequate "
    "response to fluoxetine will be randomised 1:1 to naltrexone or placebo for 10 weeks, in "
    "addition to fluoxetine. "
)


@pytest.mark.parametrize(
    ("schedule", "denial"),
    [
        # as the record said it
        (
            "Naltrexone will be started at 1.5 mg and increased to 3 mg after one week.",
            "A single fixed dose was chosen for safety; a dose-finding phase is not included.",
        ),
        # probes: the denial said before the phrase, or with another design word
        (
            "Participants will begin naltrexone at 1.5 mg nightly, rising to 3 mg from day 8.",
            "The study does not include a dose-ranging phase.",
        ),
        (
            "Naltrexone will be initiated at 1.5 mg and titrated to 3 mg over the first week.",
            "No dose-escalation phase is planned.",
        ),
        (
            "Naltrexone will be started at 1.5 mg and increased to 3 mg after one week.",
            "Dose-finding was not part of the design, and a dose-finding trial was not planned.",
        ),
    ],
)
def test_a_denied_dose_finding_phase_leaves_a_fixed_titration_a_titration(
    schedule: str, denial: str
) -> None:
    abstract = f"{PLANNED}{schedule} {denial}"
    f = facts(PILOT, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [3.0]
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(PILOT, abstract, PROTOCOL)


def test_doses_randomised_as_alternatives_still_compare() -> None:
    abstract = (
        "Methods and analysis: Forty participants aged 13-18 years with MDD will be "
        "randomised to naltrexone 1.5 mg or 3 mg for 10 weeks."
    )
    assert facts(PILOT, abstract, PROTOCOL).ldn_doses_mg == [1.5, 3.0]
    assert gaps(PILOT, abstract, PROTOCOL).get("dose-finding") == "in_progress"


def test_a_dose_finding_phase_the_study_has_still_tests_its_steps() -> None:
    abstract = (
        f"{PLANNED}Naltrexone will be started at 1.5 mg and increased to 3 mg after one week. "
        "This dose-finding phase will compare tolerability and response at each dose."
    )
    assert gaps(PILOT, abstract, PROTOCOL).get("dose-finding") == "in_progress"


# -- how many of the sample had a score at baseline is a subgroup, not a selection
# (holdout101 10800028: "Eleven participants had a BDI-II score >= 20 at baseline" in an
# MS crossover of 3 mg vs 4.5 mg)

MS = (
    "3 mg versus 4.5 mg low-dose naltrexone for fatigue and depressive symptoms in multiple "
    "sclerosis: a randomized crossover trial"
)
MS_METHODS = (
    "Methods: Thirty-two adults with relapsing-remitting or secondary progressive MS were "
    "randomized to 8 weeks of 3 mg then 8 weeks of 4.5 mg nightly, or the reverse. Outcomes "
    "were the Modified Fatigue Impact Scale (MFIS), Beck Depression Inventory-II (BDI-II) and "
    "MSQoL-54. "
)
MS_RESULTS = "\nResults: MFIS and BDI-II scores did not differ between doses."


@pytest.mark.parametrize(
    "counted",
    [
        # as the record said it
        "Eleven participants had a BDI-II score >= 20 at baseline.",
        # probes: the count in digits or as n =, the score before the count, "of them"
        "n = 11 had a BDI-II >= 20 at entry.",
        "A BDI-II score of 20 or more was found in 11 participants.",
        "Moderate depression (BDI-II of 20 or more) was present in 11 participants at baseline.",
        "Fourteen of them also scored 20 or more on the BDI-II at entry.",
    ],
)
def test_a_count_of_the_sample_with_a_score_is_not_its_selection(counted: str) -> None:
    abstract = f"{MS_METHODS}{counted}{MS_RESULTS}"
    assert facts(MS, abstract, RCT).depression_population is False
    assert "dose-finding" not in gaps(MS, abstract, RCT)


@pytest.mark.parametrize(
    "selected",
    [
        "All 32 had a BDI-II score >= 20 at baseline.",
        "Participants with a BDI-II score >= 20 at baseline were enrolled.",
        "Eleven participants had a BDI-II score >= 20 at baseline and were eligible.",
    ],
)
def test_a_threshold_that_takes_people_in_still_selects(selected: str) -> None:
    abstract = f"{MS_METHODS}{selected}{MS_RESULTS}"
    assert facts(MS, abstract, RCT).depression_population is True
