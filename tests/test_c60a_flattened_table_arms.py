"""A table flattened into the abstract ("Arm | randomised | dose ; LDN | 29 | 4.5 mg ;
Placebo | 29 | -") counts the trial's people row by row under its enrolment column (n,
randomised, enrolled): the arms add up to the trial's size, whether the rows stand in one
sentence or on lines of their own. Rows that are time points ("Week | n | MADRS ; 0 | 24 |
30 ; 8 | 20 | 21") count the same people again and add up to nothing.

Round 60, c60a; shown by holdout213 23800004 ("Low-dose naltrexone in fibromyalgia: pain,
sleep and depressive symptoms in a 12-week randomised trial", n 11 for 58).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone in fibromyalgia: pain, sleep and depressive symptoms in a 12-week "
    "randomised trial",
    "Objective: To test LDN for pain in fibromyalgia, with mood as secondary.\nMethods: Women "
    "with ACR 2016 fibromyalgia were randomised. Main characteristics — Arm | randomised | dose "
    "| HADS-D baseline ; LDN | 29 | 4.5 mg nightly | 9.1 ; Placebo | 29 | - | 8.8. "
    "Amitriptyline 10 mg at night for sleep was allowed and used by 11 women.\nResults: Pain "
    "VAS fell 18 mm with LDN vs 9 mm with placebo (p=0.03). HADS depression subscale improved "
    "by 2.1 vs 0.7 points (p=0.04).\nConclusions: LDN reduced pain and depressive symptoms in "
    "fibromyalgia.",
)

PROBES = [
    (
        "Low-dose naltrexone with escitalopram in major depression: a randomised trial",
        "Methods: Adults with major depressive disorder on escitalopram were randomised. Group | "
        "n | age | MADRS ; Naltrexone 4.5 mg | 31 | 44 | 29.1 ; Placebo | 30 | 46 | 28.7\n"
        "Results: MADRS fell more with naltrexone.",
        61,
    ),
    (
        "Low-dose naltrexone in depression",
        "Adults with major depression on duloxetine were randomly assigned.\nArm | N randomised | "
        "completed\nLDN 2 mg | 27 | 24\nLDN 4.5 mg | 26 | 23\nPlacebo | 27 | 25\nResponse was "
        "greater at 4.5 mg.",
        80,
    ),
]


def test_the_record() -> None:
    f = facts(*RECORD, RCT)
    assert f.n == 58
    assert f.depression_population is False


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


@pytest.mark.parametrize(
    "table",
    [
        "Week | n | MADRS ; 0 | 24 | 30 ; 4 | 22 | 25 ; 8 | 20 | 21.",
        "Visit | participants | MADRS ; Baseline | 24 | 30 ; Week 8 | 20 | 21.",
    ],
)
def test_time_point_rows_are_the_same_people(table: str) -> None:
    record = (
        "Low-dose naltrexone in major depression: a pilot randomised trial",
        "Methods: Adults with major depression on sertraline were randomised to naltrexone "
        f"4.5 mg or placebo. {table}\nResults: MADRS fell.",
    )
    assert "larger-trials" not in gaps(*record, RCT)
