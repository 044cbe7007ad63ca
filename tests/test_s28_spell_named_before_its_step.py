"""A titration's steps told after the dose they lead to, each step's spell named before it
as the subject of the clause ("naltrexone 4.5 mg or placebo at night; the first week uses
1.5 mg and the second 3 mg"): the steps are the way up to the target, and the placebo the
target is given against offers no other dose, so the doses are the target alone (CONTRACT.md:
a fixed titration lists its target). Shown by holdout280 31300001 (a protocol read as
comparing 1.5 vs 3 vs 4.5 mg, a false dose-finding gap). Session 28, round 75, c75a."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Low-dose naltrexone added to an SSRI in major depression: a randomised trial"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Adults with major depression taking an SSRI are randomised to naltrexone "
        "4.5 mg or identical placebo each evening; to spare side effects, the first week "
        "uses 1.5 mg and the second 3 mg.",
        "Methods: Adults with major depression taking an SSRI were assigned to naltrexone "
        "4.5 mg or matching placebo at bedtime for ten weeks; week one was at 1.5 mg, week "
        "two at 3 mg.",
        "Methods: Adults with major depression taking an SSRI will receive naltrexone 4.5 mg "
        "or placebo nightly; the opening week will be on 1.5 mg, then 3 mg for a week.",
    ],
)
def test_steps_after_a_placebo_controlled_target_are_its_titration(methods: str) -> None:
    f = facts(TITLE, methods, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_doses_offered_as_arms_stay_arms() -> None:
    """Near miss: a second dose offered as an arm besides the placebo is compared."""
    methods = (
        "Methods: Adults with major depression taking an SSRI were randomised to naltrexone "
        "4.5 mg, placebo, or naltrexone 1.5 mg nightly for eight weeks."
    )
    f = facts(TITLE, methods, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
