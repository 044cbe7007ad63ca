"""A protocol that plans its open lead-in and the randomisation after it as one act in one
sentence ("enrol up to N in the open phase in order to randomise M responders"): its planned
n is the count it will randomise (CONTRACT.md "n": randomised, for an RCT), as the same
funnel in a results paper is. Shown by holdout337 37800003 (n 160 for 64). Session 32,
round 84, c84c."""

import pytest
from written import PROTOCOL, facts

TITLE = "Continuing or stopping low-dose naltrexone in responders with depression: protocol"
CASES = [
    (
        "We intend to recruit about 200 outpatients into an open-label phase of naltrexone "
        "4.5 mg in order to randomise 80 responders to continuation or placebo.",
        80,
    ),
    (
        "We will enrol 150 adults in a six-week open run-in of naltrexone 3 mg and randomise "
        "70 remitters to naltrexone or placebo.",
        70,
    ),
    (
        "We aim to screen 400 and enrol up to 120 participants in the open phase of low-dose "
        "naltrexone 1.5 mg, to randomise 56 responders double-blind.",
        56,
    ),
]


@pytest.mark.parametrize(("methods", "n"), CASES)
def test_protocol_n_is_the_planned_randomised(methods: str, n: int) -> None:
    assert facts(TITLE, f"Methods and analysis: {methods}", PROTOCOL).n == n


def test_protocol_randomising_all_it_enrols_keeps_its_size() -> None:
    # near miss: one planned count, enrolled and randomised alike
    methods = (
        "We plan to enrol 96 adults with major depression and randomise them to naltrexone "
        "4.5 mg or placebo for 12 weeks."
    )
    assert facts(TITLE, f"Methods and analysis: {methods}", PROTOCOL).n == 96


def test_a_plan_is_not_narrowed_by_the_accrual_so_far() -> None:
    # near miss: a later sentence reports how many have been randomised so far
    abstract = (
        "Methods and analysis: We will recruit 150 adults with major depression and "
        "randomise them to naltrexone 1.5 mg, 4.5 mg or placebo.\nEthics and dissemination: "
        "By March 2026, 38 participants have been randomised."
    )
    assert facts(TITLE, abstract, PROTOCOL).n == 150
