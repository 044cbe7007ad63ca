"""Kind: two doses of the watched drug set against each other as what an effect is
contrasted between ("whether the benefit differed between 1 mg and 4.5 mg", "the
difference between 2 mg and 4.5 mg"), with no verb of allocation or "versus" in the
sentence: the doses are compared arms. Steps of one titration, the ends of a flexible
range and one dose against placebo stay no comparison of doses.

Round 52, c52b; the record that showed it: holdout179 19800024 (dose-finding missed:
"differed between 1 mg and 4.5 mg" read as one schedule).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = (
    "Dose effects of low-dose naltrexone in patients taking serotonin-norepinephrine reuptake "
    "inhibitors: a secondary analysis of the LANDMARK trial"
)
RECORD = (
    "Objective: To examine whether the benefit of adjunctive naltrexone differed between 1 mg "
    "and 4.5 mg among participants taking an SNRI in the LANDMARK trial (NCT06233917).\n"
    "Methods: Secondary analysis of the 38 randomized participants taking duloxetine or "
    "venlafaxine.\n"
    "Results: Compared with placebo, MADRS change was -5.6 with 4.5 mg and -0.8 with 1 mg; "
    "the 4.5 mg vs 1 mg contrast was significant (p=0.04).\n"
    "Conclusions: Among SNRI users, 4.5 mg appears preferable to 1 mg."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [1.0, 4.5]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Objective: To test whether response differs between 2 mg and 4.5 mg of low-dose "
            "naltrexone in 64 adults with major depressive disorder taking sertraline.",
            [2.0, 4.5],
        ),
        (
            "Aim: We estimated the difference in MADRS change between naltrexone 1.5 mg and "
            "naltrexone 3 mg in 52 patients with treatment-resistant depression.",
            [1.5, 3.0],
        ),
        (
            "Methods: In 70 adults with major depression on escitalopram, remission rates "
            "were contrasted between 0.5 mg and 4.5 mg of naltrexone nightly.",
            [0.5, 4.5],
        ),
    ],
)
def test_doses_contrasted(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in depression: a randomized trial", abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # one titration: the first step is no arm, whatever is said to differ
        (
            "Methods: 40 adults with major depressive disorder took naltrexone 1 mg nightly "
            "for one week, then 4.5 mg nightly for 11 weeks. Results: MADRS scores differed "
            "between baseline and week 12 (p < 0.001).",
            [4.5],
        ),
        # a flexible range: both ends listed, one regimen
        (
            "Methods: 55 adults with major depressive disorder took naltrexone 1.5-4.5 mg "
            "nightly, flexibly dosed as tolerated. Results: Response did not differ between "
            "men and women.",
            [1.5, 4.5],
        ),
        # one dose against placebo
        (
            "Methods: 80 adults with major depressive disorder were given naltrexone 4.5 mg or "
            "placebo. Results: MADRS change differed between the 4.5 mg and placebo groups.",
            [4.5],
        ),
    ],
)
def test_near_misses_compare_no_doses(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in depression", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
