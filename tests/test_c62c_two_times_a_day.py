"""Kind: a dose taken "two times a day" (or "2 times daily") is twice a day: the day's total
is double the unit dose (CONTRACT.md: "1 mg b.i.d. is 2"; a liquid's mL is turned into mg at
its stated concentration). Round 62, c62c; shown by holdout213 23800033 ("naltrexone oral
solution 1 mg/mL, 1 mL two times a day", read as [1.0], labelled [2.0]).
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

RECORD = (
    "Liquid low-dose naltrexone in adolescents with depression taking fluoxetine: an "
    "open-label feasibility trial",
    "PURPOSE: Safety of LDN in youth with depression.\nPROCEDURES: Twenty adolescents "
    "(13-17 y) with MDD (CDRS-R >= 40) on fluoxetine 20-40 mg were given naltrexone oral "
    "solution 1 mg/mL, 1 mL two times a day, for 8 weeks.\nFINDINGS: 18 completed. CDRS-R "
    "decreased 52.1 to 38.4. No suicidal behaviour; two had headache.\nTAKE-HOME: "
    "Feasible; RCT planned.",
)


def test_the_record() -> None:
    assert facts(*RECORD, TRIAL).ldn_doses_mg == [2.0]


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # the title
        (
            "Naltrexone 1.5 mg two times a day in bipolar depression: an open trial",
            "Thirty adults with bipolar depression took the drug for 8 weeks. MADRS fell.",
            [3.0],
        ),
        # methods, digits
        (
            "Low-dose naltrexone added to sertraline in depression",
            "Methods: Forty adults with major depressive disorder took naltrexone 2 mg 2 times "
            "daily for six weeks.\nResults: HAM-D fell by 7 points.",
            [4.0],
        ),
        # unlabelled, a liquid in the opening sentence
        (
            "Compounded naltrexone in depression",
            "Adults with major depression took 0.75 mL of naltrexone suspension (1 mg/mL) two "
            "times a day; 22 enrolled and MADRS fell by 9 points.",
            [1.5],
        ),
    ],
)
def test_two_times_a_day_doubles(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses, abstract


@pytest.mark.parametrize(
    "abstract",
    [
        # a dose once a day, the ratings two times a day
        "Methods: Forty adults with major depressive disorder took naltrexone 4.5 mg at "
        "bedtime; mood was rated two times a day.\nResults: HAM-D fell by 7 points.",
        # two times a week is no daily doubling
        "Methods: Forty adults with major depressive disorder took naltrexone 4.5 mg two "
        "times a week.\nResults: HAM-D fell by 7 points.",
    ],
)
def test_near_misses_keep_the_dose(abstract: str) -> None:
    assert facts("Low-dose naltrexone in depression", abstract, TRIAL).ldn_doses_mg == [4.5]
