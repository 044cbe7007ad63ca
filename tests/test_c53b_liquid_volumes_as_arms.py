"""Kind: a trial allocating people to two or more volumes of the drug's liquid whose
strength the record never states ("randomized to 0.5 mL or 1.0 mL of a compounded
low-dose X suspension"): two doses of the drug compared (dose-finding), though no dose can
be told in mg (CONTRACT.md: mL become mg only where the concentration is stated, so the
dose list stays empty). Another drug's liquid, a titration in mL, the same volume of drug
and placebo, and a cohort with no allocation stay "no".

Round 53, c53b; the record that showed it: holdout182 20100016 ("Two volumes of compounded
low-dose naltrexone suspension in major depression": dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, LEX, RCT, RULES, article

from ldn_watch.assess import assess


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses", "addressed"),
    [
        # the record's wording
        (
            "Two volumes of compounded low-dose naltrexone suspension in major depression: a "
            "randomized pilot",
            "Forty outpatients with major depressive disorder were randomized to 0.5 mL or 1.0 "
            "mL of a compounded low-dose naltrexone suspension nightly for 6 weeks; no "
            "antidepressants were taken. The lower volume was chosen to approximate half the "
            "usual low dose. HAM-D17 change was -5.1 and -7.4 (p = 0.18). Taste complaints were "
            "common.",
            RCT,
            [],
            True,
        ),
        # probes of the same kind
        (
            "Naltrexone oral solution in depression: a randomized trial",
            "Adults with major depressive disorder were randomly assigned to 1 mL or 2 mL of "
            "low-dose naltrexone oral solution each night for 8 weeks. MADRS fell by 6 and 9 "
            "points.",
            RCT,
            [],
            True,
        ),
        (
            "Compounded naltrexone liquid in bipolar depression",
            "Thirty patients with bipolar depression were allocated to 0.25 mL, 0.5 mL or 1 mL "
            "of a compounded low-dose naltrexone liquid daily for 6 weeks. Response rates did "
            "not differ.",
            RCT,
            [],
            True,
        ),
        (
            "Low-dose naltrexone suspension in depression",
            "We randomized 36 adults with major depressive disorder to naltrexone suspension "
            "2 mL versus 4 mL nightly. HAM-D change was -5 and -8.",
            RCT,
            [],
            True,
        ),
        # near misses: still "no"
        (
            "Low-dose naltrexone with sertraline liquid in depression",
            "Adults with major depressive disorder were randomized to 5 mL or 10 mL of "
            "sertraline oral solution, all taking naltrexone 4.5 mg nightly. HAM-D improved in "
            "both.",
            RCT,
            [4.5],
            False,
        ),
        (
            "Low-dose naltrexone suspension in depression",
            "Adults with major depressive disorder were randomized to low-dose naltrexone "
            "suspension or placebo, started at 0.5 mL and increased to 1 mL after two weeks. "
            "HAM-D improved more with naltrexone.",
            RCT,
            [],
            False,
        ),
        (
            "Low-dose naltrexone suspension in depression",
            "Adults with major depressive disorder were randomized to 1 mL of low-dose "
            "naltrexone suspension or 1 mL of placebo suspension nightly. HAM-D improved more "
            "with naltrexone.",
            RCT,
            [],
            False,
        ),
        (
            "Compounded low-dose naltrexone suspension in depression: a pharmacy cohort",
            "We reviewed 80 adults with major depressive disorder who took 0.5 mL or 1 mL of a "
            "compounded low-dose naltrexone suspension nightly. Most reported improved mood.",
            JOURNAL,
            [],
            False,
        ),
    ],
)
def test_liquid_volumes_given_as_alternatives(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float], addressed: bool
) -> None:
    a = assess(article(title, abstract, types), LEX, RULES)
    assert a.facts.ldn_doses_mg == doses
    assert a.facts.compares_doses is addressed
    assert (a.gaps["dose-finding"] == "addressed") is addressed
