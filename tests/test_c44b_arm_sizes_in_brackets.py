"""Kind: an allocation's arms told in brackets with their sizes, placebo among them
("118 were randomised (placebo 30; 1.5 mg 29; 3 mg 30; 4.5 mg 29)"), no drug named among
the arms: a placebo owns no dose, so each dose after it is the next arm's, the titled
drug's. An arm named with its drug, LDN against a standard dose and a base drug's arm stay
one low dose.

Round 44, c44b; the record that showed it: holdout151 16600024 (dose-ranging trial:
doses [1.5, 3, 4.5] given only in the results' brackets, read []).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Dose-ranging trial of low-dose naltrexone in bupropion-treated major depression"
RECORD = (
    "Background: The dose of low-dose naltrexone (LDN) used in depression has been arbitrary.\n"
    "Methods: Adults with major depressive disorder and a HAM-D17 score of at least 16 despite "
    "bupropion XL were randomised to placebo or one of three naltrexone doses for 10 weeks "
    "(LDN-DOSE, NCT09133870).\n"
    "Results: Of 146 screened, 118 were randomised (placebo 30; 1.5 mg 29; 3 mg 30; 4.5 mg 29) "
    "and 104 completed. HAM-D17 change increased with dose (MCP-Mod p = 0.02); 4.5 mg "
    "separated from placebo (-3.4, 95% CI -6.3 to -0.5).\n"
    "Conclusions: A dose of 4.5 mg appears preferable for future trials, including "
    "combinations with serotonergic antidepressants."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.n == 118
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses


T = "Low-dose naltrexone for major depressive disorder: a randomised trial"
M = (
    "Methods: Adults with major depressive disorder on bupropion were randomised in a "
    "double-blind trial.\nResults: "
)


@pytest.mark.parametrize(
    ("results", "doses"),
    [
        ("Of 80 screened, 64 were randomised (placebo 21; 1 mg 22; 2 mg 21).", [1.0, 2.0]),
        (
            "A total of 90 participants were allocated (0.5 mg, n = 30; 2 mg, n = 30; placebo, "
            "n = 30).",
            [0.5, 2.0],
        ),
        (
            "Ninety were randomly assigned (placebo 29; 2.5 mg 31; 4.5 mg 30) and 85 completed.",
            [2.5, 4.5],
        ),
    ],
)
def test_arm_sizes_in_brackets(results: str, doses: list[float]) -> None:
    f = facts(T, M + results, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "results",
    [
        "Sixty were randomised (placebo 20; 4.5 mg 20; 50 mg 20).",
        "Sixty were randomised (placebo 30; naltrexone 4.5 mg 30).",
        "Sixty were randomised (sertraline 30; sertraline plus naltrexone 4.5 mg 30).",
    ],
)
def test_one_low_dose(results: str) -> None:
    f = facts(T, M + results, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
