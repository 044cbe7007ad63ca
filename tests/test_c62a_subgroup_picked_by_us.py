"""Kind: a derived report whose authors pick its people out of the parent trial as the
object of their own act ("we identified post hoc the 52 participants whose baseline
HADS-D was 8 or higher") has them as n, not the parent's 99.

Round 62, c62a; record preprints56 PPR4300021 (post hoc analysis of a depressed subgroup
of a fibromyalgia trial; depression_population is false there, so no gap either way).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

CASES = [
    (
        "Depressive symptoms and low-dose naltrexone in fibromyalgia: post hoc analysis of "
        "the depressed subgroup of a randomised trial",
        "In a 12-week randomised, placebo-controlled trial of naltrexone 4.5 mg daily in 99 "
        "women with fibromyalgia, we identified post hoc the 52 participants whose baseline "
        "HADS-D was 8 or higher. In this subgroup, HADS-D fell more with LDN.",
        52,
    ),
    (
        "Low-dose naltrexone in anxious depression: secondary analysis of a randomised trial",
        "Methods: From a trial of naltrexone 2 mg or placebo added to SSRIs in 140 adults, we "
        "retrospectively selected the 47 patients meeting criteria for anxious depression.\n"
        "Results: Anxiety fell more with naltrexone.",
        47,
    ),
    (
        "Insomnia and low-dose naltrexone: a post hoc analysis",
        "Results: Of a trial of 160 adults given naltrexone 3 mg or placebo, we identified the "
        "44 participants whose insomnia score was 15 or more; sleep improved with naltrexone.",
        44,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), CASES)
def test_the_picked_people_are_n(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
