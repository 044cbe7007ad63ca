"""A count whose verb is "enrolled" on its own is the people taken in; those who stopped
are a part that left.

Kind: the people a study took in are named by a bare count with "enrolled" as their own
verb, no object after it ("...; 41 enrolled (22 formerly on placebo)", "Of 70 invited, 52
enrolled."), so they are its n (CONTRACT.md, n); people counted as having stopped ("Four
adolescents stopped because of sleep problems") left the study and are never its n. Near
misses: "12 sites enrolled 80 patients" (the count of sites has an object), "nine patients
who stopped their SSRI were enrolled" (those who stopped a drug before entry).
Round 55, c55b; shown by holdout188 20700034 (an extension's n was read as the 4 who
stopped).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TYPES = ("Journal Article", *TRIAL)


def test_the_records_wording() -> None:
    f = facts(
        "Open-label extension of adjunctive low-dose naltrexone in adolescents taking "
        "fluoxetine: 24-week outcomes (poster abstract)",
        "Objectives: To assess longer-term safety of naltrexone 4.5 mg/day in adolescents who "
        "completed the 12-week NALTEEN randomized phase (NCT07188101).\n"
        "Methods: All completers were offered open-label naltrexone 4.5 mg with continued "
        "fluoxetine for 24 weeks; 41 enrolled (22 formerly on placebo).\n"
        "Results: CDRS-R improvements were maintained; the former placebo group improved by a "
        "further 7.3 points. Four adolescents stopped because of sleep problems. No "
        "hepatotoxicity was seen.\n"
        "Conclusions: Adjunctive LDN remained tolerable over 36 weeks.",
        ("Journal Article", "Congress", *TRIAL),
    )
    assert f.n == 41


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone in major depressive disorder: an open-label study",
            "Methods: Adults with major depressive disorder were invited to take naltrexone "
            "4.5 mg nightly for 8 weeks. Of 70 invited, 52 enrolled.\nResults: Six stopped "
            "early. MADRS scores fell.",
            52,
        ),
        (
            "Low-dose naltrexone in bipolar depression",
            "Thirty-three enrolled, and naltrexone 2 mg twice daily was added to lithium for "
            "12 weeks in adults with bipolar depression. Nine stopped because of nausea. "
            "HAM-D scores fell.",
            33,
        ),
        (
            "Low-dose naltrexone in major depression: an open-label pilot",
            "Methods: Adults with major depressive disorder received naltrexone 3 mg daily; "
            "twenty-eight enrolled.\nResults: Twelve participants stopped the "
            "study drug. PHQ-9 scores fell.",
            28,
        ),
    ],
)
def test_count_that_enrolled(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TYPES).n == n


def test_those_who_stopped_are_never_the_sample() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label pilot",
        "Adults with major depressive disorder received naltrexone 4.5 mg nightly for 8 "
        "weeks. Five participants stopped because of vivid dreams. MADRS scores fell.",
        TYPES,
    )
    assert f.n is None


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "At 12 sites, investigators enrolled 80 patients with major depressive disorder "
            "who received naltrexone 4.5 mg nightly. MADRS scores fell.",
            80,
        ),
        (
            "Nine patients with major depressive disorder who stopped their SSRI were enrolled "
            "and received naltrexone 4.5 mg nightly. MADRS scores fell.",
            9,
        ),
    ],
)
def test_near_misses(abstract: str, n: int) -> None:
    assert facts("Low-dose naltrexone in major depression", abstract, TYPES).n == n
