"""The arms' sizes listed under one "n =" ("randomised to naltrexone 1 mg/day, 4.5 mg/day
or placebo (n = 22, 21 and 21)") add up to the trial's size; the first of them is one
arm, not the trial. Sizes listed at time points ("at weeks 4, 8 and 12 (n = 30, 28 and
27)") are the same people again, not arms.

Round 60, c60a; shown by holdout209 23400012 ("Two doses of low-dose naltrexone in bipolar
depression: a double-blind randomised trial", n 22 for 64: a missed larger-trials).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Two doses of low-dose naltrexone in bipolar depression: a double-blind randomised trial",
    "Objectives: Inflammation is implicated in bipolar depression. We tested low-dose "
    "naltrexone (LDN) as an adjunct to mood stabilisers.\nMethods: Adults with bipolar I or II "
    "disorder in a current major depressive episode (MADRS 20 or more), maintained on lithium, "
    "lamotrigine or valproate without antidepressants, were randomised to naltrexone 1 mg/day, "
    "4.5 mg/day or placebo for 8 weeks (n = 22, 21 and 21).\nResults: MADRS reduction was "
    "greater with 4.5 mg than placebo (-13.1 vs -7.9; p = 0.02); 1 mg did not separate.\n"
    "Conclusions: 4.5 mg but not 1 mg of LDN may benefit bipolar depression.",
)

PROBES = [
    (
        "Randomised trial of low-dose naltrexone (n = 27, 26) added to sertraline in depression",
        "Adults with major depression on sertraline were randomly assigned to naltrexone 4.5 mg "
        "or placebo (n = 27, 26). Response was higher with naltrexone.",
        53,
    ),
    (
        "Low-dose naltrexone doses in treatment-resistant depression",
        "Patients with treatment-resistant depression were allocated to naltrexone 2 mg, 4 mg or "
        "placebo (N = 30/29/31) for 12 weeks. The 4 mg arm improved most.",
        90,
    ),
    (
        "Low-dose naltrexone in depression",
        "Participants with major depressive disorder taking bupropion were randomized to "
        "naltrexone 3 mg or placebo (n = 18 and 17, respectively) and followed for 8 weeks. "
        "Mood did not differ.",
        35,
    ),
]


def test_the_record() -> None:
    assert facts(*RECORD, RCT).n == 64
    assert gaps(*RECORD, RCT).get("larger-trials") == "addressed"


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_sizes_at_time_points_are_the_same_people() -> None:
    record = (
        "Low-dose naltrexone in major depression: a randomised trial",
        "Thirty adults with major depression on escitalopram were randomised to naltrexone 2 mg "
        "or placebo and rated at weeks 4, 8 and 12 (n = 30, 28 and 27). Mood improved.",
    )
    assert facts(*record, RCT).n == 30
    assert "larger-trials" not in gaps(*record, RCT)


def test_a_stated_total_wins_over_a_subset_listed() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "We randomised 40 adults with major depression on citalopram to naltrexone 1 mg, 4.5 mg "
        "or placebo; completers were fewer (n = 12, 11 and 10). Mood improved.",
        RCT,
    )
    assert f.n == 40
