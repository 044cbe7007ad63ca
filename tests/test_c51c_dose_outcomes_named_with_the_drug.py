"""Kind: outcomes told per dose with the drug named before each dose ("-8.1 points with
LDN 1.5 mg and -11.4 with LDN 4.5 mg") after an allocation "to one of two LDN doses":
each dose is an arm of that allocation, so the doses are compared (as they are when the
outcomes name the doses alone, "with 1.5 mg ... with 4.5 mg"). Without such an
allocation ("randomised to LDN or placebo"), or for a titration's steps, the doses stay
one schedule.

Round 51, c51c; no record showed it: a recall probe written ahead of the blind sets
(the brief's "per-dose results only").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone augmentation in major depressive disorder: a randomized trial"
METHODS = "Methods: Adults with major depressive disorder (DSM-5) were "


@pytest.mark.parametrize(
    ("body", "doses"),
    [
        (
            "randomized to one of two LDN doses or placebo (n = 60).\nResults: MADRS fell by "
            "8.1 points with LDN 1.5 mg and by 11.4 points with LDN 4.5 mg, against 5.2 with "
            "placebo.",
            [1.5, 4.5],
        ),
        (
            "randomized to placebo or one of three naltrexone doses (n = 90).\nResults: "
            "Response rates were 30% on naltrexone 1 mg, 41% on naltrexone 2.5 mg and 52% on "
            "naltrexone 4.5 mg.",
            [1.0, 2.5, 4.5],
        ),
        (
            "randomly assigned to two nightly LDN doses (n = 48).\nResults: HAM-D scores fell "
            "by 6.0 with LDN 2 mg and by 9.5 with LDN 4 mg.",
            [2.0, 4.0],
        ),
    ],
)
def test_outcomes_per_named_dose_of_an_allocation_to_doses(body: str, doses: list[float]) -> None:
    f = facts(TITLE, METHODS + body, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True
    assert gaps(TITLE, METHODS + body, RCT).get("dose-finding") == "addressed"


@pytest.mark.parametrize(
    "body",
    [
        # no allocation to doses: in doubt, no
        "randomized to LDN or placebo (n = 60).\nResults: MADRS fell by 8.1 points with LDN "
        "1.5 mg and by 11.4 points with LDN 4.5 mg, against 5.2 with placebo.",
        # a titration's steps
        "given LDN titrated from 1.5 mg to 4.5 mg (n = 30).\nResults: MADRS fell by 3.1 "
        "points with LDN 1.5 mg and by a further 5.0 points with LDN 4.5 mg.",
    ],
)
def test_without_an_allocation_to_doses_they_are_not_compared(body: str) -> None:
    f = facts(TITLE, METHODS + body, RCT)
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(TITLE, METHODS + body, RCT)
