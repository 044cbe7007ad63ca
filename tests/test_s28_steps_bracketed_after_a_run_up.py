"""A titration's steps in brackets after the word naming the titration, with the target
named before it in the same clause ("the 4.5 mg arm keeps its two-week run-up (1.5 mg, then
3 mg)", "4.5 mg nightly after a titration (1 mg, then 3 mg)"): the bracket's lower doses are
steps, untimed, and the target alone is the dose (CONTRACT.md: a fixed titration lists its
target). Shown by holdout280 31300031 (its run-up's 3 mg read as a dose). Session 28,
round 75, c75a."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone added to an SSRI in major depression: a randomised trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Adults with major depression are randomised to naltrexone 4.5 mg or "
        "placebo. The 4.5 mg group has a short run-up (1.5 mg, then 3 mg).",
        "Methods: Adults with major depression are randomised to naltrexone 3 mg nightly, "
        "with a build-up (1 mg, then 2 mg), or to placebo.",
        "Methods: Adults with major depression are randomised to placebo or naltrexone 4 mg, "
        "reached through a one-week ramp-up (2 mg).",
    ],
)
def test_bracketed_run_up_doses_are_steps(methods: str) -> None:
    f = facts(TITLE, methods, PROTOCOL)
    assert len(f.ldn_doses_mg) == 1
    assert not f.compares_doses


def test_bracketed_arms_after_a_dose_stay_arms() -> None:
    """Near miss: lower doses in brackets that are arms of their own stay doses."""
    methods = (
        "Methods: Adults with major depression were randomised to one of three doses of "
        "naltrexone up to 4.5 mg (1.5 mg, 3 mg or 4.5 mg) for eight weeks."
    )
    f = facts(TITLE, methods, RCT)
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
