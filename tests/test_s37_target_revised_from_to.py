"""Kind: a protocol update or amendment revises its planned size and calls the size "the
target" (with or without "recruitment", "sample", "enrolment"), in either voice and with any
verb of change, from the old number to the new; the new number is the plan (CONTRACT.md: a
later protocol version replaces the earlier one; a protocol's n is its planned size), and it
beats a per-arm figure stated beside it ("about 47 per arm" times three arms is 141, not
the plan). Shown by holdout389 43900027 ("reduced the target from 180 to 140 participants
(about 47 per arm)": n 141). Session 37, round 94, c94b.

Ways real protocol updates state the revised target:
1. "A blinded re-estimation reduced the target from 180 to 140 participants (about 47 per
   arm)."
2. "The recruitment target was lowered from 200 to 160 because attrition was lower than
   expected."
3. "Our target has fallen from 150 to 128, about 43 per arm."
4. "The sample target was cut from 150 to 124 (about 41 per group)."
5. "The steering committee raised the enrolment target from 96 to 125 adults."
6. "The target has been re-estimated from 120 to 100 participants."
The new number must be of people: a target of a dose ("The dose target was raised from 3
to 4.5 mg"), a pace ("from 4 to 6 per month") or sites ("from 4 to 6 sites") is none.
"""

import pytest
from written import PROTOCOL, facts

TITLE = (
    "Protocol update for a randomised trial of low-dose naltrexone added to antidepressants "
    "in major depressive disorder"
)
BACKGROUND = (
    "Background: This placebo-controlled trial compares naltrexone 1.5 mg and 4.5 mg "
    "nightly, versus placebo, added to SSRIs in adults with major depressive disorder.\n"
)


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Methods: The recruitment target was lowered from 200 to 160 because attrition "
            "was lower than expected, about 53 per arm.",
            160,
        ),
        ("Methods: Our target has fallen from 150 to 128, about 43 per arm.", 128),
        ("Methods: The sample target was cut from 150 to 124 (about 41 per group).", 124),
        (
            "Methods: A blinded sample size re-estimation with the observed standard "
            "deviation reduced the target from 180 to 140 participants (about 47 per arm).",
            140,
        ),
    ],
)
def test_revised_target_is_the_plan(methods: str, n: int) -> None:
    f = facts(TITLE, BACKGROUND + methods, PROTOCOL)
    assert f.design == "protocol"
    assert f.n == n


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: The recruitment target was raised from 4 to 6 per month. The trial will "
        "randomise 150 participants.",
        "Methods: The target was raised from 4 to 6 sites. The trial will randomise 150 "
        "participants.",
    ],
)
def test_target_of_a_pace_or_sites_is_no_size(methods: str) -> None:
    # near misses: the target's new number is a pace or sites; the plan is stated apart
    f = facts(TITLE, BACKGROUND + methods, PROTOCOL)
    assert f.n == 150


def test_dose_target_is_no_size() -> None:
    # near miss: a target dose revised, no size stated
    f = facts(TITLE, BACKGROUND + "Methods: The dose target was raised from 3 to 4.5 mg.", PROTOCOL)
    assert f.n is None
