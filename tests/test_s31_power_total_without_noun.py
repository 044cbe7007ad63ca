"""A protocol's planned size given as "a total of N" with no noun of people, in its
sample-size calculation ("With 60 per cell, a total of 240 gives 90% power", "a total of
96 yields 80% power"): the plan, as "a sample of N gives ... power" is. Shown by holdout318
35700030 (n not stated: a missed larger-trials in progress). Session 31, round 80, c80c."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Naltrexone 4.5 mg for depression in older adults: protocol for a randomised trial"
CASES = [
    (
        "Methods and analysis: Adults aged 60 or over will be randomised to naltrexone "
        "4.5 mg or placebo for 12 weeks. Assuming 15% attrition, a total of 132 gives 85% "
        "power to detect a 3-point difference in MADRS.",
        132,
    ),
    (
        "Methods and analysis: Participants will take naltrexone 1.5 mg or placebo nightly. "
        "A total of 128 yields 80% power to detect a standardised effect of 0.5.",
        128,
    ),
    (
        "Methods and analysis: Randomisation is 1:1 to naltrexone 3 mg or placebo. Allowing 10% "
        "loss, a total of 90 will provide 80% power for the primary outcome.",
        90,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_protocol_total_for_power_is_its_plan(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, PROTOCOL).n == n


def test_results_paper_power_total_is_not_its_n() -> None:
    # near miss: a results paper's power calculation is its plan, never its n
    title = "Naltrexone 4.5 mg for depression in older adults: a randomised trial"
    abstract = (
        "Methods: A total of 132 gives 85% power to detect a 3-point difference; 118 "
        "adults were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 118
