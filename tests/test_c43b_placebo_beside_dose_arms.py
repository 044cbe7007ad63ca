"""Kind: a results sentence that names the placebo arm beside the arms told by their doses
("Compared with placebo, HAM-D improved by 2.9 points in the 1-mg group and by 5.6 points
in the 4-mg group", "7.9 points with 2 mg/day, 10.4 points with 4 mg/day and 6.0 points
with placebo"): a placebo has no dose, so the doses still name the drug's arms and the
doses are compared. A dose of another, active drug named there stays that drug's.

Round 43, c43b; the records that showed it: holdout142 15600015 ([1, 4] read [4]) and
holdout146 16000019 ([2, 4] read [4]).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

RECORD_142 = (
    "Objective: Persistent depressive disorder (PDD) responds poorly to standard "
    "antidepressants. The authors tested low-dose naltrexone as monotherapy.\n"
    "Methods: Antidepressant-free adults with DSM-5 PDD were randomized to one of two "
    "naltrexone doses or placebo for 12 weeks (N=90). The primary outcome was HAM-D-24 change.\n"
    "Results: Compared with placebo, HAM-D-24 improved by 2.9 points in the 1-mg group (n.s.) "
    "and by 5.6 points in the 4-mg group (p=0.004); the difference between the two doses was "
    "2.7 points (p=0.06).\n"
    "Conclusions: A daily dose near 4 mg may be needed in PDD."
)
RECORD_146 = (
    "Eighty-one adults with major depression who remained symptomatic despite at least 8 "
    "weeks of SSRI treatment were randomized in a 1:1:1 ratio to one of two low doses of "
    "naltrexone or to placebo while continuing their SSRI. At week 8, mean HAMD-17 reduction "
    "was 7.9 points with 2 mg/day, 10.4 points with 4 mg/day and 6.0 points with placebo. "
    "Dropout was 12%. Augmentation with low-dose naltrexone was well tolerated and the "
    "4 mg/day dose showed the greater benefit."
)


def test_the_records() -> None:
    f = facts(
        "Low-dose naltrexone monotherapy in persistent depressive disorder: a randomized, "
        "placebo-controlled, three-arm trial",
        RECORD_142,
        RCT,
    )
    assert f.ldn_doses_mg == [1.0, 4.0]
    assert f.compares_doses
    f = facts(
        "Low-dose naltrexone augmentation of SSRIs: an 8-week randomized trial", RECORD_146, RCT
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Seventy adults with major depressive disorder were randomly assigned to one of "
            "two naltrexone doses or placebo for 8 weeks. Relative to placebo, MADRS scores "
            "fell by 3.1 points in the 1.5-mg arm and by 6.4 points in the 4.5-mg arm.",
            [1.5, 4.5],
        ),
        (
            "Adults with treatment-resistant depression on an SNRI were randomised to one of "
            "three naltrexone doses or to placebo. Remission was 12% on placebo, 18% on "
            "1 mg, 25% on 2.5 mg and 31% on 4.5 mg.",
            [1.0, 2.5, 4.5],
        ),
        (
            "Women with postpartum depression were allocated to two different naltrexone "
            "doses or placebo. EPDS fell by 4.0 points with placebo, 5.2 points with 2 mg "
            "and 7.7 points with 3 mg.",
            [2.0, 3.0],
        ),
    ],
)
def test_placebo_among_the_dose_arms(abstract: str, doses: list[float]) -> None:
    f = facts("Naltrexone doses for depression: a randomised trial", abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # no allocation to doses: the outcome's dose is not read as an arm
        "Sixty adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or placebo. Compared with placebo, HAM-D improved by 2.9 points in the 4.5-mg group.",
        # an active comparator's dose after placebo is that drug's, not the watched drug's
        "Sixty adults with major depressive disorder were randomised to naltrexone 4.5 mg, "
        "placebo or escitalopram 10 mg. Compared with placebo, MADRS fell by 5.0 points with "
        "naltrexone and by 6.1 points with escitalopram 10 mg.",
    ],
)
def test_one_dose_stays_one(abstract: str) -> None:
    f = facts("Naltrexone for depression: a randomised trial", abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_standard_dose_arms_with_placebo_stay_off() -> None:
    f = facts(
        "Naltrexone doses for depression: a randomised trial",
        "Ninety adults with major depressive disorder were randomised to one of two "
        "naltrexone doses or placebo. HAM-D fell by 3.0 points with placebo, 5.0 points with "
        "25 mg and 6.0 points with 50 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == []
    assert not f.compares_doses
