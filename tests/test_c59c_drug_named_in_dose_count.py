"""Kind: a study that gives its people one of a number of doses of the watched drug, the
drug's own name standing between the number and "doses" ("randomised to one of two LDN
doses", "three naltrexone dose levels", "allocated among four LDN doses"): the doses are
compared, as "one of two doses of LDN" already was, wherever the words stand (title,
methods, a registry-style summary, an unlabelled abstract) and whether the doses are named
elsewhere or not at all. A day's dose taken in two parts ("two LDN doses daily") and a
count of doses missed stay no comparison.

Round 59, c59c; no record: dose-finding probes ("randomized to one of two LDN doses or
placebo ... naltrexone 4 mg, but not 2 mg, separated from placebo" read as one schedule).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
AIM = "Objective: To test low-dose naltrexone (LDN) as an add-on treatment in major depression."


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized to "
            "one of two LDN doses or placebo.\nConclusions: Naltrexone 4 mg, but not 2 mg, "
            "separated from placebo.",
            [2.0, 4.0],
        ),
        (
            f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized to "
            "one of two LDN doses.\nResults: 4.5 mg was superior to 1.5 mg on MADRS change.",
            [],
        ),
        (
            f"{AIM}\nMethods: Ninety adults with major depression were randomly assigned to "
            "placebo or one of three naltrexone dose levels for 8 weeks.",
            [],
        ),
        (
            "Ninety outpatients with major depression were randomly allocated among four LDN "
            "doses for eight weeks. Depression improved most at the highest dose.",
            [],
        ),
    ],
)
def test_number_of_the_drugs_doses_allocated(abstract: str, doses: list[float]) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
    assert gaps(TITLE, abstract, RCT).get("dose-finding") == "addressed"


def test_in_the_title() -> None:
    title = "Two LDN doses for major depressive disorder: a randomized trial"
    abstract = f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized."
    assert facts(title, abstract, RCT).compares_doses


def test_in_a_protocol() -> None:
    abstract = (
        "Methods: Participants with major depressive disorder (n = 90) will be randomized to "
        "one of two LDN doses or placebo."
    )
    assert gaps(TITLE, abstract, PROTOCOL).get("dose-finding") == "in_progress"


@pytest.mark.parametrize(
    "abstract",
    [
        f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized to LDN "
        "or placebo, the LDN taken as two LDN doses daily.",
        f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized to LDN "
        "4.5 mg or placebo; missing two LDN doses in a row led to withdrawal.",
        f"{AIM}\nMethods: Adults with major depressive disorder (n = 84) were randomized to LDN "
        "or placebo.\nConclusions: Trials of two LDN doses are needed.",
    ],
)
def test_no_comparison(abstract: str) -> None:
    assert not facts(TITLE, abstract, RCT).compares_doses
    assert "dose-finding" not in gaps(TITLE, abstract, RCT)
