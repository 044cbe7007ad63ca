"""Kind: one day's dose of the watched drug taken in parts ("taken as two doses daily",
"split into two doses a day", "given in three doses per day") is one regimen, not doses
compared: the words of several doses are followed by the day they share. (The guard for
this was written but never held: its "^" cannot match where the words end.) Doses given
as alternatives ("randomised to one of two doses", a title of "Two doses of X") still
compare doses. A false "addressed" for the dose-finding gap without this.

Round 59, c59c; no record: dose-finding probes (a trial of LDN against placebo, "taken as
two doses daily", read as a comparison of doses).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
RANDOMISED = "Adults with major depressive disorder (n = 84) were randomized to LDN or placebo"


@pytest.mark.parametrize(
    "abstract",
    [
        f"Methods: {RANDOMISED}, taken as two doses daily.",
        f"Methods: {RANDOMISED}, split into two doses a day.",
        f"Methods: {RANDOMISED}; the study drug was given in three doses per day.",
        f"{RANDOMISED}, in two doses each day, for eight weeks. Depression improved with LDN.",
    ],
)
def test_day_dose_in_parts(abstract: str) -> None:
    assert not facts(TITLE, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(TITLE, abstract, RCT)


def test_day_dose_in_parts_in_a_protocol() -> None:
    abstract = (
        "Methods: Participants with major depressive disorder (n = 90) will be randomized to "
        "LDN or placebo, taken as two doses daily."
    )
    assert gaps(TITLE, abstract, PROTOCOL).get("dose-finding") is None


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            TITLE,
            "Methods: Adults with major depression (n = 84) were randomized to one of two doses.",
        ),
        (
            "Two doses of low-dose naltrexone for major depression: a randomized trial",
            "Methods: Adults with major depressive disorder (n = 84) were randomized.",
        ),
        (
            TITLE,
            "Methods: Adults with major depression (n = 84) were randomized to one of three "
            "doses of LDN, each taken once daily.",
        ),
    ],
)
def test_doses_as_alternatives_still_compared(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).compares_doses
