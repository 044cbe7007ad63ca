"""Kind: a study that names itself a dose-response design, study or trial ("in a planned
dose-response design", "this dose-response pilot") and gives its doses one after another
to everyone: each step is a dose tested (CONTRACT.md: an explicitly dose-finding escalation
lists every step), and the doses are compared. A titration in a study not so named, and a
dose-response study only called for, stay a titration to its target.

Round 43, c43b; the record that showed it: holdout145 15900029 ([1, 3] and dose-finding,
read [3]).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

RECORD = (
    "Eighteen adolescents aged 13-17 with major depressive disorder (CDRS-R >= 45) who "
    "remained symptomatic on fluoxetine 20-40 mg took open-label naltrexone 1 mg nightly for "
    "4 weeks and then 3 mg nightly for 4 weeks, in a planned dose-response design, "
    "regardless of response. CDRS-R fell by 6.1 points on 1 mg and a further 7.4 points on "
    "3 mg. Two participants withdrew for nightmares. Findings justify a randomised trial in "
    "youth."
)


def test_the_record() -> None:
    f = facts(
        "Dose-response of low-dose naltrexone in adolescents with depression taking "
        "fluoxetine: an open-label pilot",
        RECORD,
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 3.0]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "In this open dose-response study, twenty adults with major depressive disorder "
            "took naltrexone 1.5 mg daily for three weeks, then 3 mg, then 4.5 mg. MADRS was "
            "read at the end of each period.",
            [1.5, 3.0, 4.5],
        ),
        (
            "Fifteen adults with treatment-resistant depression on venlafaxine took naltrexone "
            "0.5 mg for two weeks and then 2 mg for two weeks in a dose-response pilot.",
            [0.5, 2.0],
        ),
    ],
)
def test_dose_response_design(abstract: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in major depression", abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "abstract",
    [
        # a titration with no such name: the target only
        "Twenty adults with major depressive disorder took naltrexone 1.5 mg for one week "
        "and then 4.5 mg for 11 weeks. MADRS fell by 9 points.",
        # a dose-response study only called for
        "Twenty adults with major depressive disorder took naltrexone 1.5 mg for one week "
        "and then 4.5 mg for 11 weeks. MADRS fell by 9 points. A dose-response trial is "
        "now needed.",
    ],
)
def test_titration_stays_a_target(abstract: str) -> None:
    f = facts("Low-dose naltrexone in major depression", abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
