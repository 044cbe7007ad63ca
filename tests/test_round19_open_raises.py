"""Round 19 (c19c), LDN doses of a schedule said in ways round 19's probes found misread:
a raise left open to the clinician ("could be increased to 4.5 mg at the investigator's
discretion", "an optional increase") keeps both levels (CONTRACT.md: a flexible range
lists both ends, a raise for some both levels), and the dose a titration's steps lead to
("in 1.5 mg steps to 4.5 mg") is the target, not the step size."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

OPEN = "Low-dose naltrexone in major depression: an open-label trial"


@pytest.mark.parametrize(
    "schedule",
    [
        "took naltrexone 3 mg nightly; at week 4 the dose could be increased to 4.5 mg at the "
        "investigator's discretion",
        "took naltrexone 3 mg nightly, with an optional increase to 4.5 mg from week 4",
        "took naltrexone 3 mg nightly; from week 4 the dose can be raised to 4.5 mg",
    ],
)
def test_a_raise_left_open_keeps_both_levels(schedule: str) -> None:
    f = facts(OPEN, f"Methods: 40 adults with MDD {schedule}.\nResults: MADRS fell.", TRIAL)
    assert f.ldn_doses_mg == [3.0, 4.5]
    assert not f.compares_doses


@pytest.mark.parametrize(
    "schedule",
    [
        "LDN was started at 1.5 mg and advanced weekly in 1.5 mg steps to 4.5 mg",
        "LDN was started at 1.5 mg and increased weekly in 1.5-mg steps up to 4.5 mg",
    ],
)
def test_the_dose_steps_lead_to_is_the_target(schedule: str) -> None:
    title = "Low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        f"Methods: 80 adults with MDD were randomised to LDN or placebo. {schedule}.\n"
        "Results: MADRS fell more with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
