"""The number of periods (phases, sessions) a crossover's participants went through is no
count of people, even when the periods are called "randomised": "22 outpatients ...
completed three randomised, double-blind 4-week periods" is 22 persons, not 3.

Round 60, c60a; shown by holdout209 23400013 ("LDN-X: a three-period crossover trial of
low-dose naltrexone added to vortioxetine [abstract]", n 3 for 22).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD = (
    "LDN-X: a three-period crossover trial of low-dose naltrexone added to vortioxetine [abstract]",
    "Aims: to compare two LDN doses as add-on to vortioxetine in partial responders. Methods: 22 "
    "outpatients with MDD and partial response to vortioxetine 10-20 mg completed three "
    "randomised, double-blind 4-week periods (naltrexone 2 mg, naltrexone 4.5 mg, placebo) "
    "separated by 1-week washouts, contributing 66 treatment periods. Results: MADRS was lower "
    "after 4.5 mg than after placebo (mean difference -3.8, p=0.01).",
)

PROBES = [
    (
        "Low-dose naltrexone with sertraline in depression: a crossover trial",
        "Eighteen adults with major depression on sertraline went through two randomised, "
        "placebo-controlled 6-week phases of naltrexone 4.5 mg or placebo. Mood improved.",
        18,
    ),
    (
        "Two randomised, counterbalanced sessions of low-dose naltrexone in major depression",
        "Methods: 26 patients with major depressive disorder taking escitalopram attended two "
        "randomised, counterbalanced sessions (naltrexone 3 mg, placebo).\nResults: Reward "
        "learning improved.",
        26,
    ),
    (
        "Low-dose naltrexone and duloxetine in depression",
        "Thirty patients with treatment-resistant depression on duloxetine completed four "
        "randomised, single-blind crossover periods of naltrexone 1, 2, 4.5 mg and placebo. "
        "MADRS fell at 4.5 mg.",
        30,
    ),
]


def test_the_record() -> None:
    assert facts(*RECORD, ("Journal Article", "Congress")).n == 22


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_people_randomised_before_a_comma_still_count() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomised trial",
        "Of 80 screened, 64 randomised, 58 completed the trial. Participants with major "
        "depression on citalopram took naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.n == 64
