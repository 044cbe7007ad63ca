"""Kind: a blinded arm's daily dose told as a count of unit-strength capsules with the
drug's name between the count and the strength ("four naltrexone 0.5 mg capsules plus five
placebo capsules each evening", "nine X 0.5 mg capsules"): the day's dose is the count
times the strength (2 mg, 4.5 mg), as with "two 2.25-mg capsules"; the placebo capsules
count for nothing, and a count of something else before the strength is no count of units.

Round 49, c49b; the record that showed it: registry47 NCT04800018 ("Comparison of Two Low
Doses of Naltrexone in Depression Partially Responsive to SSRIs": doses read [0.5]).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

T = "Two doses of low-dose naltrexone in major depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    ("abstract", "doses", "compared"),
    [
        # the record's wording, told as one sentence
        (
            "Adults with major depressive disorder (n=44) on an SSRI were randomized to four "
            "naltrexone 0.5 mg capsules plus five placebo capsules each evening, or nine "
            "naltrexone 0.5 mg capsules each evening, for 8 weeks.",
            [2.0, 4.5],
            True,
        ),
        (
            "Adults with major depressive disorder (n=60) were randomized to three naltrexone "
            "1 mg tablets nightly or six naltrexone 0.5 mg tablets nightly for 8 weeks.",
            [3.0],
            False,
        ),
        (
            "Adults with major depressive disorder (n=60) were randomized to two LDN 1 mg "
            "capsules or four LDN 1 mg capsules each night for 8 weeks.",
            [2.0, 4.0],
            True,
        ),
    ],
)
def test_counted_units_with_the_drug_between(
    abstract: str, doses: list[float], compared: bool
) -> None:
    f = facts(T, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is compared


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: a count of weeks, a count of placebo units
        "Adults with major depressive disorder (n=60) took naltrexone 4.5 mg nightly for 8 "
        "weeks; in four weeks 0.5 mg capsules were also dispensed.",
        "Adults with major depressive disorder (n=60) took five placebo capsules and "
        "naltrexone 4.5 mg nightly for 8 weeks.",
    ],
)
def test_near_misses_keep_their_dose(abstract: str) -> None:
    assert facts(T, abstract, RCT).ldn_doses_mg == [4.5]
