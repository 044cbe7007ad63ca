"""A depression trial whose people have another condition said to be in remission ("patients
whose alcohol use disorder was in sustained remission", "whose cancer had been in remission"):
the remission is the other condition's state, not a population outside a depressive episode,
so a depression population it selects stands. Shown by holdout338 37900013 (missed
serotonergic-combination and dose-finding, "participants not selected for depression").
Session 32, round 84, c84c."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Low-dose naltrexone for major depression in people recovering from opioid use",
        "Background: We tested naltrexone 3 mg in adults whose opioid use disorder was in "
        "stable remission.\nMethods: Adults with major depressive disorder and a MADRS score "
        "of 20 or more were randomised to naltrexone 3 mg or placebo added to their SSRI.",
    ),
    (
        "Naltrexone 4.5 mg for depression after breast cancer: a randomised pilot",
        "Methods: Women whose breast cancer had been in remission for at least two years and "
        "who had a current major depressive episode (HAM-D-17 of 16 or more) were randomly "
        "assigned to naltrexone 4.5 mg or placebo alongside sertraline.",
    ),
    (
        "Low-dose naltrexone added to escitalopram for depression in alcohol use disorder",
        "Objective: To study patients whose alcohol use disorder is in full remission.\n"
        "Methods: Outpatients with major depressive disorder (HAM-D-17 of 18 or higher) "
        "taking escitalopram were randomised to naltrexone 1.5 mg or placebo.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_another_conditions_remission_keeps_the_depressed_population(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, RCT).depression_population is True


def test_depression_in_remission_still_selects_nobody() -> None:
    # near miss: the depression itself is in remission (a relapse-prevention sample)
    abstract = (
        "Methods: Adults whose major depression had been in full remission for six months "
        "were randomised to naltrexone 4.5 mg or placebo added to their SSRI."
    )
    title = "Low-dose naltrexone to prevent relapse of depression: a randomised trial"
    assert facts(title, abstract, RCT).depression_population is False
