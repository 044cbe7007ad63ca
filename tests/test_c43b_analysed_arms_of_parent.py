"""Kind: a report derived from a trial (post-hoc, secondary) whose own sample is drawn from
some of the trial's arms, named by their doses ("baseline CRP was available for 48
participants in the 4.5 mg and placebo arms"): only those arms' doses are the report's;
the parent's other arms are not compared here, so no dose-finding verdict comes from them.
A report that analyses every dose arm still compares them.

Round 43, c43b; the record that showed it: holdout148 16300038 (label [4.5], no dose
comparison; read [1, 4.5] and dose-finding addressed).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Inflammatory markers and response to low-dose naltrexone 4.5 mg in persistent depressive "
    "disorder: a post-hoc analysis of a randomised trial"
)
RECORD = (
    "In a trial that randomised 150 patients with persistent depressive disorder to "
    "naltrexone 1 mg, 4.5 mg or placebo, baseline C-reactive protein was available for 48 "
    "participants in the 4.5 mg and placebo arms. Among those with CRP >= 3 mg/L, LDN 4.5 mg "
    "reduced HAM-D24 by 5.8 points more than placebo; no effect was seen with lower CRP."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert gaps(TITLE, RECORD, RCT).get("dose-finding", "no") == "no"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "In a trial that randomised 120 adults with major depressive disorder to naltrexone "
            "2 mg, 4 mg or placebo, sleep diaries were analysed for 40 patients of the 2 mg "
            "and placebo groups. Sleep latency did not change with naltrexone.",
            [2.0],
        ),
        (
            "In a trial that randomised 90 adults with major depressive disorder to naltrexone "
            "1.5 mg, 3 mg or 4.5 mg, this secondary analysis was restricted to the 3 mg arm "
            "(n = 30). Anhedonia improved by week 4.",
            [3.0],
        ),
    ],
)
def test_some_arms_analysed(abstract: str, doses: list[float]) -> None:
    f = facts(
        "Naltrexone in major depression: a secondary analysis of a randomised trial", abstract, RCT
    )
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses


def test_every_dose_arm_analysed_still_compares() -> None:
    f = facts(
        "Naltrexone in major depression: a secondary analysis of a randomised trial",
        "In a trial that randomised 120 adults with major depressive disorder to naltrexone "
        "2 mg, 4 mg or placebo, sleep diaries were analysed for 80 patients of the 2 mg and "
        "4 mg arms. Sleep latency was shorter with 4 mg than with 2 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
