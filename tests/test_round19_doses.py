"""Round 19 (c19c), LDN doses: the steps of a fixed titration are not doses of their own
(CONTRACT.md: a fixed titration lists its target). From holdout63 42100018 (a ramp "from
1.5 mg to 3 mg" then "to the target of 4.5 mg"), preprints11 PPR8800011 and registry13
NCT08600013 (the steps told after the target: "4.5 mg daily (after one week at 1.5 mg
and one week at 3 mg)", "(1.5 mg first week, 3 mg second week)"). Each kind is said here
in other words too; the steps read as arms had also given false dose-finding verdicts."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

OPEN = "Low-dose naltrexone added to escitalopram in depression: an open-label study"
GIVEN = (
    "Methods: In this open-label study, 27 adults with major depressive disorder continued "
    "escitalopram and received naltrexone"
)


@pytest.mark.parametrize(
    "schedule",
    [
        ", with the dose escalated from 1.5 mg to 3 mg after one week and to the target of "
        "4.5 mg after two weeks, for eight weeks.",
        ", the dose being increased from 1 mg to 2 mg on day 4 and to the maintenance dose of "
        "4.5 mg on day 8.",
        ", titrated from 1.5 mg to 3 mg over the first week, then on to 4.5 mg for the "
        "remaining seven weeks.",
        ", increased from 1.5 mg to 3 mg at week 2 and further to 4.5 mg at week 4.",
    ],
)
def test_a_ramp_then_a_further_raise_is_one_titration(schedule: str) -> None:
    f = facts(OPEN, f"{GIVEN}{schedule}\nResults: MADRS fell from 28 to 17.", TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


PCC = "Low-dose naltrexone for post-COVID-19 condition: a randomised trial of fatigue and mood"


@pytest.mark.parametrize(
    "arm",
    [
        "naltrexone 4.5 mg daily (after one week at 1.5 mg and one week at 3 mg) or placebo",
        "naltrexone 4.5 mg daily (1.5 mg first week, 3 mg second week) or placebo",
        "naltrexone 4.5 mg nightly (1.5 mg for days 1-7, 3 mg for days 8-14) or placebo",
        "naltrexone 4.5 mg at bedtime, preceded by a week each on 1.5 mg and 3 mg, or to placebo",
        "naltrexone 4.5 mg/day following 7 days on 1.5 mg and 7 days on 3 mg, or to placebo",
        "naltrexone 4.5 mg daily (week 1: 1.5 mg; week 2: 3 mg) or placebo",
    ],
)
def test_steps_told_after_their_target_are_not_arms(arm: str) -> None:
    abstract = (
        f"Methods: Adults with major depressive disorder were randomised to {arm} for 16 "
        "weeks.\nResults: 160 participants were randomised. MADRS improved more with LDN."
    )
    f = facts(PCC, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(PCC, abstract, RCT)


def test_lower_doses_offered_as_alternatives_stay_arms() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "daily or to 1.5 mg or 3 mg for 12 weeks.\nResults: 160 participants were randomised."
    )
    f = facts(PCC, abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses
