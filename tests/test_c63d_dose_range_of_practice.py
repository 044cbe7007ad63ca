"""A dose range named as what practice uses is no dose of the study's.

Kind: a range of doses the authors name as the one clinicians use ("We discuss the dose
range of 1.5-4.5 mg used in clinical practice", "the 0.5-4.5 mg range prescribed in
routine care", "doses of 1-3 mg employed off-label by clinicians") describes practice,
not a flexible range anyone in the study was given: the study's doses are its own
(a fixed titration keeps only its target). Where the study's people are given the range
in that sentence ("patients received 1.5-4.5 mg, the range used in clinical practice")
it stays their flexible range.

Round 63, c63d; the record that showed it: holdout223 24900023 ("Response to low-dose
naltrexone added to sertraline in treatment-resistant depression: a case report").
"""

from __future__ import annotations

import pytest
from written import CASE, TRIAL, facts

RECORD = (
    "A 46-year-old woman with recurrent major depression had failed four antidepressants and "
    "remained moderately depressed on sertraline 100 mg. Low-dose naltrexone was started at "
    "1.5 mg nightly and increased to 3 mg and then 4.5 mg over six weeks per our usual "
    "titration. Her PHQ-9 fell from 19 to 6 by week 10 and remained low at 6 months. We "
    "discuss the dose range of 1.5-4.5 mg used in clinical practice."
)


def test_the_record() -> None:
    f = facts(
        "Response to low-dose naltrexone added to sertraline in treatment-resistant "
        "depression: a case report",
        RECORD,
        ("Journal Article", "Case Reports"),
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


TITLE = "Low-dose naltrexone added to escitalopram in major depression: an open-label trial"
# the practice range said in different places, the study's one dose elsewhere
PROBES = [
    "Background: Naltrexone is thought to modulate opioid tone. The 0.5-4.5 mg range "
    "prescribed in routine care has never been tested in depression.\n"
    "Methods: Forty adults on escitalopram received naltrexone 3 mg nightly for 8 weeks.\n"
    "Results: MADRS fell by 7 points.",
    "Methods: Forty adults on escitalopram received naltrexone 3 mg nightly for 8 weeks.\n"
    "Results: MADRS fell by 7 points.\n"
    "Conclusions: Doses of 1-4.5 mg used in clinical practice deserve a dose-finding trial.",
    "Forty adults with major depression on escitalopram received naltrexone 3 mg nightly for "
    "8 weeks. MADRS fell by 7 points. We compare our dose with the 1.5 to 4.5 mg range used "
    "by clinicians.",
    "Methods: Forty adults on escitalopram received naltrexone 3 mg nightly for 8 weeks, "
    "below the 4.5-6 mg doses used off-label in everyday clinical practice.\n"
    "Results: MADRS fell by 7 points.",
]


@pytest.mark.parametrize("abstract", PROBES)
def test_practice_range_is_no_dose(abstract: str) -> None:
    f = facts(TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == [3.0]
    assert not f.compares_doses


def test_case_report_titrated_practice_range_in_opening() -> None:
    f = facts(
        "Low-dose naltrexone with venlafaxine in persistent depression: a case report",
        "We discuss the 1-4.5 mg range used in clinical practice through one patient. A "
        "52-year-old man on venlafaxine 225 mg started naltrexone 1 mg and was titrated to "
        "2 mg after a week. His HAM-D fell from 22 to 9.",
        CASE,
    )
    assert f.ldn_doses_mg == [2.0]


# near misses: the study's people given the range in that sentence keep it
def test_range_given_to_the_people_stays() -> None:
    f = facts(
        TITLE,
        "Methods: Forty adults on escitalopram received naltrexone 1.5-4.5 mg nightly as "
        "tolerated, the range used in clinical practice.\n"
        "Results: MADRS fell by 7 points.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
