"""Kind: a trial states its size as a product of its arms and the people in each ("n = 2 x
32 patients", "3 × 25 participants", "(n = 2 × 30)"): its n is the product, the whole
randomised, not one arm's count. A product of doses or times ("2 x 2 mg", "3 x 4 weeks",
"a 2 x 2 factorial design") counts nobody.

Round 63, c63a; the record that showed it: holdout224 25000036 (label n 64; read 32 and
larger-trials missed).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "[Low-dose naltrexone 1 mg versus 3 mg as add-on to citalopram in late-life depression: a "
    "randomised double-blind trial]"
)
RECORD = (
    "Background: Older adults with depression often respond incompletely to citalopram.\n"
    "Methods: n = 2 x 32 patients aged 65 years or older with a major depressive episode "
    "(GDS-15 >= 8) and insufficient response to citalopram 10-20 mg were randomly assigned to "
    "naltrexone 1 mg/day or 3 mg/day for 10 weeks; citalopram was continued.\n"
    "Results: Mean age was 73.4 years. GDS-15 decreased by 3.9 with 3 mg and 2.6 with 1 mg "
    "(p = 0.04); falls were not more frequent.\n"
    "Conclusions: 3 mg naltrexone was more effective than 1 mg as an add-on to citalopram."
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, RCT).n == 64
    assert gaps(TITLE, RECORD, RCT)["larger-trials"] == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Naltrexone 2 mg versus placebo added to sertraline in major depression: a "
            "randomised trial",
            "Methods: Adults with major depressive disorder on sertraline were randomised to "
            "naltrexone 2 mg or placebo (n = 2 × 30).\nResults: HAM-D fell by 9.1 versus 6.0 "
            "points.",
            60,
        ),
        (
            "Three doses of low-dose naltrexone in treatment-resistant depression: 3 × 25 "
            "participants randomised",
            "Results: Response rates were 20%, 28% and 40% with naltrexone 1.5, 3 and 4.5 mg in "
            "adults with treatment-resistant depression.",
            75,
        ),
        (
            "Low-dose naltrexone in major depressive disorder: a randomised placebo-controlled "
            "trial",
            "Three x 30 adults with major depressive disorder were randomised to naltrexone 1 "
            "mg, 4.5 mg or placebo for 8 weeks. MADRS improved most with 4.5 mg.",
            90,
        ),
        (
            "Low-dose naltrexone in major depressive disorder",
            "In this randomised trial 2×28 outpatients with major depression received "
            "naltrexone 4.5 mg or placebo; MADRS improved more with naltrexone.",
            56,
        ),
        (
            "Low-dose naltrexone in depression",
            "Adults with major depressive disorder were randomised to naltrexone 4.5 mg or "
            "placebo.\nResults: In 2 x 32 patients, MADRS improved more with naltrexone (p = "
            "0.01).",
            64,
        ),
    ],
)
def test_product_of_arms_anywhere(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: 40 adults with major depressive disorder were randomised in a 2 x 2 "
            "factorial design to naltrexone 4.5 mg or placebo and to sertraline or placebo.\n"
            "Results: MADRS improved.",
            40,
        ),
        (
            "Methods: 24 adults with major depressive disorder took naltrexone 2 mg daily for "
            "3 x 4 weeks.\nResults: MADRS improved.",
            24,
        ),
        (
            "Methods: 30 adults with major depressive disorder were randomised to naltrexone "
            "4.5 mg or placebo; ratings were made 3 x 2 weeks apart (n = 2 x 2 raters).\n"
            "Results: MADRS improved.",
            30,
        ),
    ],
)
def test_products_of_doses_or_times_count_nobody(abstract: str, n: int) -> None:
    title = "Low-dose naltrexone in major depressive disorder: a randomised trial"
    assert facts(title, abstract, RCT).n == n
    assert gaps(title, abstract, RCT).get("larger-trials", "no") == "no"
