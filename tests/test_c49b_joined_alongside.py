"""Kind: a co-medication joined to the watched drug by "alongside" or "along with"
("continued escitalopram 10 mg daily alongside LDN", "vortioxetine 10 mg alongside
naltrexone") is taken together with it, like "together with" or "combined with", even
where the record also names it as a comparator (an extension whose comparator arm goes on
taking its drug with LDN). A drug only in another arm, or a watched drug given alongside
something that is not a co-medication, stays a comparator.

Round 49, c49b; the record that showed it: holdout171 18800032 (an open-label extension
after LDN versus escitalopram; the escitalopram arm "continued escitalopram 10 mg daily
alongside LDN": serotonergic missed).
"""

from __future__ import annotations

import pytest
from written import facts

TRIAL = ("Journal Article", "Clinical Trial")
T = "Long-term low-dose naltrexone in depression: an open-label extension"
PARENT = (
    "Background: A randomized trial in primary care compared low-dose naltrexone (LDN) with "
    "escitalopram for mild to moderate depression.\n\n"
    "Method: Of the 90 randomized participants, 71 entered the extension and took LDN 4.5 mg "
    "nightly for 28 weeks. "
)


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        # the record's wording
        (
            PARENT + "Participants from the escitalopram arm (n=34) continued escitalopram 10 mg "
            "daily alongside LDN; those from the LDN arm (n=37) continued LDN alone.",
            ["serotonergic"],
        ),
        (
            PARENT + "Those who had been on escitalopram kept escitalopram alongside LDN.",
            ["serotonergic"],
        ),
        (
            PARENT + "Participants continued escitalopram along with LDN for 28 weeks.",
            ["serotonergic"],
        ),
        (
            "Adults with major depressive disorder (n=80) were randomized to LDN 4.5 mg or "
            "sertraline 50 mg for 12 weeks. At week 12, the sertraline group went on to take "
            "sertraline 50 mg alongside naltrexone 4.5 mg for 12 more weeks.",
            ["serotonergic"],
        ),
    ],
)
def test_joined_alongside_is_taken_together(abstract: str, classes: list[str]) -> None:
    assert sorted(facts(T, abstract, TRIAL).concomitant_classes) == sorted(classes)


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: the drug only in the other arm
        PARENT + "Participants from the escitalopram arm (n=34) continued escitalopram 10 mg "
        "daily; those from the LDN arm (n=37) continued LDN alone.",
        "Adults with major depressive disorder (n=80) were randomized to LDN 4.5 mg or "
        "escitalopram 10 mg for 12 weeks. LDN was given alongside weekly psychotherapy.",
        "Adults with major depressive disorder (n=80) were randomized to LDN 4.5 mg or "
        "sertraline 50 mg alongside placebo for 12 weeks.",
        "Adults with major depressive disorder (n=80) were randomized to LDN 4.5 mg or "
        "sertraline 50 mg. Depression improved alongside LDN more than with sertraline.",
    ],
)
def test_comparator_stays_comparator(abstract: str) -> None:
    assert facts(T, abstract, TRIAL).concomitant_classes == []
