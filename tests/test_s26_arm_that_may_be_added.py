"""A protocol naming an arm that only a later decision may add ("if the committee judges
4.5 mg poorly tolerated, a third arm receiving 1.5 mg may be added by amendment"): the
conditional arm's dose is not a dose of the study, and no dose comparison is planned.
Shown by holdout261 29200033 (a 4.5 mg protocol read as 1.5 and 4.5 mg). Session 26,
round 71, c71a."""

import pytest
from written import PROTOCOL, facts

TITLE = (
    "Low-dose naltrexone added to sertraline in major depression: protocol for a randomised trial"
)
METHODS = (
    "Methods: Eighty adults with major depressive disorder taking sertraline will be "
    "randomised to naltrexone 4.5 mg nightly or placebo for 12 weeks. "
)


@pytest.mark.parametrize(
    "conditional",
    [
        "Should the safety board find 4.5 mg poorly tolerated; an arm given 1.5 mg may be added.",
        "After an interim look at tolerability, a lower-dose group on 2 mg could later be opened.",
        "If tolerability is poor, a further cohort receiving 2 mg might be introduced by "
        "amendment.",
    ],
)
def test_arm_a_later_decision_may_add_is_no_dose(conditional: str) -> None:
    f = facts(TITLE, METHODS + conditional, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_arms_given_both_doses_stay() -> None:
    """Near miss: a protocol that randomises to both doses compares them."""
    f = facts(
        TITLE,
        "Methods: Ninety adults with major depressive disorder taking sertraline will be "
        "randomised to naltrexone 2 mg, naltrexone 4.5 mg or placebo for 12 weeks; the 2 mg "
        "group will be added to the analysis of tolerability.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.compares_doses
