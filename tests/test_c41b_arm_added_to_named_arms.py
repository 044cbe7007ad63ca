"""An amendment that adds an arm to arms it names, "a third arm (LDN 3 mg/day) has been
added to the original arms (LDN 1.5 mg, LDN 4.5 mg, placebo)": the original arms stay
assigned, so the updated protocol's doses are all its arms' (CONTRACT.md: a later protocol
version replaces the earlier one; ldn_doses_mg lists the dose of each arm) (round 41,
c41b; shown by holdout135 14900040, a protocol update that read [3.0])."""

from __future__ import annotations

import pytest
from written import PROTOCOL, TRIAL, facts

TITLE = "Update to a protocol: a randomised dose-finding trial of low-dose naltrexone in depression"
OPENING = "Adults with major depressive disorder are randomised in a double-blind trial. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the record's wording
        (
            "A third active arm (LDN 3 mg/day) has been added to the original arms (LDN "
            "1.5 mg, LDN 4.5 mg, placebo), with 1:1:1:1 randomisation.",
            [1.5, 3.0, 4.5],
        ),
        # probes: "in addition to", "alongside", other doses
        (
            "A 2 mg naltrexone arm is included in addition to the initial arms (naltrexone "
            "1 mg, naltrexone 4 mg, placebo).",
            [1.0, 2.0, 4.0],
        ),
        (
            "The amendment opens a naltrexone 0.5 mg group alongside the original groups "
            "(naltrexone 1.5 mg or placebo).",
            [0.5, 1.5],
        ),
    ],
)
def test_the_arms_an_arm_is_added_to_stay(sentence: str, expected: list[float]) -> None:
    assert facts(TITLE, OPENING + sentence, PROTOCOL).ldn_doses_mg == expected


def test_an_extension_recalling_its_parent_allocation_is_unchanged() -> None:
    # near miss: the parent's original allocation an extension recalls is still not its own
    abstract = (
        "Adults with major depressive disorder who completed the randomised phase entered "
        "an open-label extension. All received naltrexone 4.5 mg nightly, whatever their "
        "original allocation (1 mg, 2.5 mg or placebo)."
    )
    title = "Low-dose naltrexone in depression: a 24-week open-label extension"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [4.5]
