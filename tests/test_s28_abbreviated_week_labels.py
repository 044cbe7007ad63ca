"""A titration's steps in brackets after their target, each labelled by an abbreviated
week ("4.5 mg/d (1.5 mg wk1, 3 mg wk2)", "(1 mg wk 1; 2 mg wks 2-3)"), as conference
abstracts write them: the steps lead to the target, which alone is the dose (CONTRACT.md:
a fixed titration lists its target). Shown by holdout281 31400017. Session 28, round 75,
c75a."""

import pytest
from written import RCT, facts

TITLE = "LDN in major depression: 10-wk RCT (conference abstract)"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Adults w/ MDD on SSRI. Randomised 1:1, LDN 4.5 mg/d (1.5 mg wk1, 3 mg wk2) "
        "vs placebo, 10 wk.",
        "Methods: Adults w/ MDD. Randomised to LDN 3 mg/d (1 mg wk 1; 2 mg wks 2-3) or "
        "placebo for 10 wk.",
        "Methods: 80 adults with MDD randomised to naltrexone 4 mg nightly (2 mg wk1) or "
        "placebo, 8 wks.",
    ],
)
def test_abbreviated_week_steps_lead_to_the_target(methods: str) -> None:
    f = facts(TITLE, methods, RCT)
    assert len(f.ldn_doses_mg) == 1
    assert not f.compares_doses


def test_bracketed_arm_doses_stay_arms() -> None:
    """Near miss: doses in brackets offered as alternatives are the arms compared."""
    methods = "Methods: Adults w/ MDD randomised to LDN (1.5 mg or 4.5 mg/d) vs placebo, 10 wk."
    f = facts(TITLE, methods, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
