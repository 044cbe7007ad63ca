"""A count of a group of the study's own people said to go on to randomisation, written
"N of the <group> were randomised" (or "agreed to / consented to randomisation") after an
open-label phase that took in more: an RCT's n is the number randomised, not the larger
number who began the open-label lead-in. Shown by holdout278 31000004 (a randomised
withdrawal study read as the 96 of its open-label phase). Session 28, round 74, c74c."""

import pytest
from written import RCT, facts

TITLE = "Continuing low-dose naltrexone after response in depression: a randomised withdrawal trial"
LEAD_IN = (
    "Methods: Eighty adults with major depressive disorder on sertraline received open-label "
    "naltrexone 4.5 mg nightly for six weeks; responders were then randomly assigned to keep "
    "taking naltrexone or to switch to placebo for twelve weeks."
)


@pytest.mark.parametrize(
    "results",
    [
        "Results: Sixty-one completed the lead-in and 40 responded; 36 of the responders "
        "were randomised (18 per group).",
        "Results: 36 of the responding patients agreed to randomisation; relapse was rarer "
        "with naltrexone.",
        "Results: Of those who completed the open phase, 36 of them consented to be "
        "randomised to naltrexone or placebo.",
    ],
)
def test_the_randomised_part_is_the_trial(results: str) -> None:
    f = facts(TITLE, f"{LEAD_IN}\n{results}", RCT)
    assert f.n == 36


def test_one_arm_of_the_group_is_not_the_total() -> None:
    """Near miss: a count of the group sent to one arm only is no total; the lead-in's
    count stays n as today."""
    results = "Results: 18 of the responders were randomised to placebo and relapsed more often."
    f = facts(TITLE, f"{LEAD_IN}\n{results}", RCT)
    assert f.n == 80
