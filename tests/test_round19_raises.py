"""Round 19 (c19c), LDN doses: a raise for some keeps both levels and compares no doses
(CONTRACT.md: "for a dose raised only in non-responders both levels"). From holdout61
44100014 (a raise for one patient of a case series, "who had not responded by week 4");
the same kind said in other words, and a higher dose given to non-responders with no
verb of raising (it had given a false dose-finding verdict)."""

from __future__ import annotations

import pytest
from written import CASE, RCT, facts, gaps

SERIES = "Low-dose naltrexone for residual anhedonia: a case series of three patients"
STARTED = (
    "We describe three patients with recurrent depressive disorder despite venlafaxine "
    "225 mg/day. Naltrexone was compounded by a local pharmacy and started at 1.5 mg at "
    "night, added to the ongoing antidepressant. Two patients improved within four weeks. "
)


@pytest.mark.parametrize(
    "raise_",
    [
        "In the third, who had not responded by week 4, the dose was increased to 3 mg/day, "
        "after which SHAPS fell.",
        "The third patient, whose symptoms persisted at week 4, had the dose raised to 3 mg/day.",
        "For the patient still depressed at week 6, naltrexone went up to 3 mg/day.",
        "In one patient the dose was increased to 3 mg/day at week 4.",
    ],
)
def test_a_raise_for_one_patient_keeps_both_levels(raise_: str) -> None:
    f = facts(SERIES, STARTED + raise_, CASE)
    assert f.ldn_doses_mg == [1.5, 3.0]
    assert not f.compares_doses


def test_a_raise_in_the_second_week_is_for_everyone() -> None:
    f = facts(SERIES, STARTED + "The dose was increased to 3 mg/day in the second week.", CASE)
    assert f.ldn_doses_mg == [3.0]


TRIAL_TITLE = "Low-dose naltrexone in major depression: a randomised trial"


@pytest.mark.parametrize(
    "later",
    [
        "non-responders at week 4 were offered 6 mg open-label",
        "non-responders at week 4 received 6 mg open-label",
        "those without a response at week 4 were given 6 mg",
        "participants who had not improved by week 4 could take 6 mg instead",
    ],
)
def test_a_higher_dose_given_to_non_responders_is_a_raise_for_some(later: str) -> None:
    abstract = (
        f"Methods: 70 adults with MDD were randomised to LDN 4.5 mg or placebo; {later}.\n"
        "Results: MADRS fell more with LDN."
    )
    f = facts(TRIAL_TITLE, abstract, RCT)
    assert f.ldn_doses_mg == [4.5, 6.0]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TRIAL_TITLE, abstract, RCT)


def test_two_doses_randomised_then_a_raise_still_compare() -> None:
    abstract = (
        "Methods: 90 adults with MDD were randomised to naltrexone 1.5 mg or 4.5 mg nightly; "
        "non-responders at week 4 were offered 6 mg.\nResults: MADRS fell most with 4.5 mg."
    )
    assert facts(TRIAL_TITLE, abstract, RCT).compares_doses
