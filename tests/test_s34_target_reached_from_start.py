"""A target dose told first with the start it was reached from after it ("naltrexone 4.5 mg
daily (reached over 3 weeks from 1.5 mg)", "titrated over two weeks from 1 mg") is a fixed
titration: the target only is the maintenance dose (CONTRACT.md), and it compares no doses.
Shown by holdout365 41200025 (a trial randomised to 4.5 mg "reached over 3 weeks from
1.5 mg", read as two doses). Session 34, round 88, c88b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "arm",
    [
        "naltrexone 4.5 mg nightly (reached over 2 weeks from 1.5 mg)",
        "naltrexone 3 mg daily, titrated over three weeks from 1 mg,",
        "naltrexone 4 mg daily (attained from 1 mg)",
    ],
)
def test_target_reached_from_start_is_one_dose(arm: str) -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomised trial",
        f"Methods: 120 adults with major depressive disorder taking an SSRI were randomised "
        f"to {arm} or placebo for 12 weeks.\nResults: Depression scores fell more with "
        f"naltrexone.",
        RCT,
    )
    assert f.on_topic
    assert len(f.ldn_doses_mg) == 1
    assert not f.compares_doses


def test_arms_from_a_common_start_are_both_targets() -> None:
    # two arms each reached from one start: the two targets, not the start
    f = facts(
        "Two doses of low-dose naltrexone in major depression: a randomised trial",
        "Methods: 120 adults with major depressive disorder were randomised to naltrexone "
        "2 mg or 4.5 mg daily (each reached over 2 weeks from 1 mg) or placebo.\n"
        "Results: Depression scores fell most with 4.5 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.compares_doses


def test_flexible_range_keeps_both_ends() -> None:
    # near miss: a range moved within as tolerated keeps both ends (CONTRACT.md)
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomised trial",
        "Methods: 120 adults with major depressive disorder taking an SSRI were randomised "
        "to naltrexone 1.5-4.5 mg daily, adjusted as tolerated, or placebo for 12 weeks.\n"
        "Results: Depression scores fell more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
