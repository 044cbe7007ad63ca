"""A table of arms flattened into the abstract (cells parted by "|", rows by ";") gives
each arm's size in the column its header names as people taken in (randomised, enrolled,
allocated, "n"); the arms add up to the trial's size. A column of completers or analysed
people is a later stage of the same people, never the size.

Round 61, c61b; shown by holdout219 24500007 ("Naltrexone at two low doses in bipolar
depression: a three-arm randomised trial", n 60 read as None).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

RECORD = (
    "Naltrexone at two low doses in bipolar depression: a three-arm randomised trial",
    "Objective: To compare two low doses of naltrexone with placebo in bipolar I or II "
    "depression.\nMethods: Double-blind, 6 weeks, adjunct to lithium or lamotrigine. Arm | "
    "daily dose | randomised | completed ; A | NTX 0.5 mg | 20 | 18 ; B | NTX 2 mg | 21 | 19 ; "
    "C | placebo | 19 | 17. Primary outcome MADRS.\nResults: MADRS change A -6.2, B -9.8, C "
    "-5.1; B vs C p = 0.04. No switches to mania.\nConclusions: Naltrexone 2 mg, but not 0.5 "
    "mg, separated from placebo.",
)

TITLE = "Low-dose naltrexone added to sertraline in major depressive disorder"

PROBES = [
    # the people column first, "enrolled", results section
    (
        "Methods: Adults with major depressive disorder on sertraline took naltrexone or "
        "placebo for 8 weeks.\nResults: Enrolled | group | week-8 completers ; 27 | "
        "naltrexone 4.5 mg | 25 ; 26 | placebo | 22. MADRS fell more with naltrexone.",
        53,
        [4.5],
    ),
    # "n" as the header, three dose arms, an unlabelled abstract
    (
        "Patients with major depression taking escitalopram were randomly assigned. Group | n "
        "| mean age | dropouts ; naltrexone 1 mg | 14 | 41 | 2 ; naltrexone 3 mg | 15 | 39 | 1 "
        "; placebo | 15 | 40 | 3. HAM-D improved with 3 mg.",
        44,
        None,  # (the doses of this table are another matter: its n is what is asked here)
    ),
    # a "Total" row states the size itself
    (
        "Methods: Outpatients with major depressive disorder on citalopram. Arm | allocated | "
        "analysed ; naltrexone 2 mg | 31 (52%) | 29 ; placebo | 29 (48%) | 27 ; Total | 60 | "
        "56.\nResults: Response 48% versus 30%.",
        60,
        [2.0],
    ),
]


def test_the_record() -> None:
    f = facts(*RECORD, RCT)
    assert f.n == 60
    assert f.compares_doses


@pytest.mark.parametrize("abstract,n,doses", PROBES)
def test_probes(abstract: str, n: int, doses: list[float] | None) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.n == n
    if doses is not None:
        assert f.ldn_doses_mg == doses


def test_a_column_of_completers_alone_is_not_the_size() -> None:
    # near miss: the completers column does not make a size of 48 (nor 50 and up)
    f = facts(
        TITLE,
        "Methods: Forty adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo. Arm | completed | analysed ; naltrexone | 24 | 24 ; "
        "placebo | 24 | 23.\nResults: MADRS fell.",
        RCT,
    )
    assert f.n == 40


def test_a_table_of_scores_counts_nobody() -> None:
    # near miss: a table of outcome values (no column of people) adds no count
    f = facts(
        TITLE,
        "Methods: 36 adults with major depression on fluoxetine took naltrexone 4.5 mg in an "
        "open trial.\nResults: Week | MADRS | HAM-D ; 0 | 31 | 24 ; 4 | 25 | 19 ; 8 | 20 | 15.",
        TRIAL,
    )
    assert f.n == 36
