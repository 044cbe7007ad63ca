"""An arm named by "one group"/"one arm" after a count ("80 adults were randomly allocated
to two groups, one group received X and the other placebo"): "one" picks an arm, it counts
no person, so it is never added to the sample. Shown by holdout237 26500012 (n 97 for 96).
Session 25, round 67, c67b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "In this trial 72 outpatients with MDD were randomly allocated to two groups, "
            "one group received sertraline plus naltrexone 2 mg/day and the other group "
            "received sertraline plus placebo.",
            72,
        ),
        (
            "A total of 64 adults were assigned to two arms, and one arm received naltrexone "
            "3 mg daily while the other arm received placebo.",
            64,
        ),
        (
            "Fifty patients were randomised, one cohort received naltrexone 1.5 mg nightly "
            "and the second cohort a matching placebo.",
            50,
        ),
    ],
)
def test_one_group_is_no_person(sentence: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Methods: {sentence} Depression was rated with the HAMD-17 for 6 weeks.\n"
        "Results: HAMD-17 fell more with naltrexone (p = 0.02).",
        RCT,
    )
    assert f.n == n


def test_another_arm_counted_after_the_first_still_adds() -> None:
    """Near miss: a second arm with a count of its own after the first is added."""
    f = facts(
        TITLE,
        "Methods: 40 patients were allocated to naltrexone 2 mg/day, whereas 38 continued "
        "sertraline alone.\nResults: HAMD-17 fell more with naltrexone (p = 0.02).",
        RCT,
    )
    assert f.n == 78
