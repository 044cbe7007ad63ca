"""Kind: an allocation to a number of the drug's doses written with digits, as journal
style has it ("randomized to placebo or 1 of 3 daily naltrexone doses", "assigned to 1 of
2 nightly doses"), the doses then named only by the outcome of each ("7.9 with 1.5 mg, 9.6
with 3 mg"): read as "one of three doses" is, each dose an arm's, compared. The same
allocation to another drug's doses, or to "1 of 3 arms" of different drugs, stays as it was.

Round 49, c49b; the record that showed it: holdout171 18800036 ("Dose-response of
adjunctive naltrexone in major depressive disorder": doses read [3.0], dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

T = "Naltrexone in major depressive disorder: a randomized clinical trial"


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # the record's wording
        (
            "Dose-response of adjunctive naltrexone in major depressive disorder: a "
            "randomized clinical trial",
            "Off-label low-dose naltrexone (LDN) is prescribed for depression at doses chosen "
            "by habit rather than evidence. In this 4-arm, double-blind trial at 11 outpatient "
            "clinics, adults with major depressive disorder and inadequate response to a "
            "selective serotonin reuptake inhibitor or a serotonin-noradrenaline reuptake "
            "inhibitor were randomized to placebo or 1 of 3 daily naltrexone doses for 10 weeks "
            "while continuing their antidepressant. Of the 160 planned participants, 148 were "
            "randomized (37 per arm). The dose-response model favoured an Emax curve (P = .02 "
            "for a dose-response signal): mean HAM-D-17 reductions were 6.8 with placebo, 7.9 "
            "with 1.5 mg, 9.6 with 3 mg and 10.4 with 4.5 mg. In this randomized clinical "
            "trial, adjunctive naltrexone showed a dose-dependent antidepressant effect with "
            "most of the benefit reached at 3 mg per day.",
            [1.5, 3.0, 4.5],
        ),
        (
            T,
            "Adults with major depressive disorder (n=120) on an SSRI were randomized to "
            "placebo or 1 of 3 daily naltrexone doses for 8 weeks. Response rates were 20% with "
            "placebo, 31% with 1 mg, 44% with 2 mg and 47% with 4.5 mg.",
            [1.0, 2.0, 4.5],
        ),
        (
            T,
            "Eighty adults with treatment-resistant depression were assigned to 1 of 2 nightly "
            "doses of low-dose naltrexone for 12 weeks. MADRS fell by 8.1 points on 2 mg and "
            "11.0 points on 4.5 mg.",
            [2.0, 4.5],
        ),
    ],
)
def test_one_of_n_doses_in_digits(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: another drug's doses; arms of different drugs; a plain 1:1 ratio
        "Adults with major depressive disorder (n=90) taking LDN 4.5 mg nightly were "
        "randomized to placebo or 1 of 3 daily sertraline doses for 8 weeks. HAM-D fell by "
        "5.1 with 50 mg, 6.0 with 100 mg and 7.2 with 150 mg.",
        "Adults with major depressive disorder (n=90) were randomized to 1 of 3 arms: LDN "
        "4.5 mg, escitalopram 10 mg, or placebo, for 8 weeks. HAM-D fell by 9.0 with 4.5 mg.",
        "Adults with major depressive disorder (n=90) were randomized 1:1 to naltrexone 4.5 mg "
        "or placebo for 8 weeks. Of 3 doses considered, 4.5 mg was chosen.",
    ],
)
def test_near_misses_keep_one_dose(abstract: str) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
