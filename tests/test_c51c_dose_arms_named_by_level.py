"""Kind: two dose arms each named by a level word with its own dose in brackets, joined as
the alternatives people are assigned to ("low (1.5 mg) and standard (4.5 mg) LDN", "a
lower (2 mg) or a usual (4.5 mg) dose"): the "standard"/"usual" arm is one of the doses
compared, not a reference dose. A reference word with a bracketed dose and no second
arm ("well below the standard (4.5 mg) dose") stays a reference.

Round 51, c51c; no record showed it: a recall probe written ahead of the blind sets
(the brief's "low (1.5 mg) and standard (4.5 mg) LDN").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = "Low-dose naltrexone in major depressive disorder: a randomized trial"
POP = "Methods: Adults with major depressive disorder (DSM-5, MADRS of 20 or more) "
RESULTS = "\nResults: MADRS scores fell in both arms (p = 0.04 for the difference)."


@pytest.mark.parametrize(
    ("body", "doses"),
    [
        (
            "were randomized to low (1.5 mg) and standard (4.5 mg) LDN for 8 weeks (n = 40).",
            [1.5, 4.5],
        ),
        (
            "were randomized to a lower (2 mg) or a usual (4.5 mg) LDN dose for 8 weeks (n = 40).",
            [2.0, 4.5],
        ),
        (
            "were randomized to standard-dose (4.5 mg) versus low-dose (1.5 mg) naltrexone "
            "nightly (n = 40).",
            [1.5, 4.5],
        ),
        (
            "were randomized to low (1 mg) or conventional (4.5 mg) naltrexone nightly (n = 36).",
            [1.0, 4.5],
        ),
        (
            "were assigned to very-low (0.5 mg) or standard (4.5 mg) LDN at bedtime for 6 "
            "weeks (n = 30).",
            [0.5, 4.5],
        ),
    ],
)
def test_two_level_arms_are_both_doses_compared(body: str, doses: list[float]) -> None:
    f = facts(TITLE, POP + body + RESULTS, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True
    assert gaps(TITLE, POP + body + RESULTS, RCT).get("dose-finding") == "addressed"


def test_a_protocol_with_two_level_arms_is_in_progress() -> None:
    body = "will be randomized to low (1.5 mg) or standard (4.5 mg) LDN, or placebo (n = 90)."
    assert gaps(TITLE, POP + body, PROTOCOL).get("dose-finding") == "in_progress"


@pytest.mark.parametrize(
    "body",
    [
        # one arm; the standard dose named as what was not tested
        "were randomized to low-dose (1.5 mg) LDN or placebo (n = 40); the standard (4.5 mg) "
        "dose was not tested.",
        # the standard dose as the reference the study's dose is measured against
        "received LDN 1.5 mg nightly (n = 40), well below the standard (4.5 mg) dose.",
        "received LDN 1.5 mg (n = 40). Doses lower than the standard (4.5 mg) dose were not "
        "studied.",
        # a fixed titration to one target
        "received LDN started at a low (1.5 mg) dose and increased to 4.5 mg over two weeks, "
        "or placebo (n = 40).",
    ],
)
def test_a_reference_dose_or_one_arm_compares_none(body: str) -> None:
    f = facts(TITLE, POP + body + RESULTS, RCT)
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(TITLE, POP + body + RESULTS, RCT)
