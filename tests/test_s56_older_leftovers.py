"""Kinds left in earlier blind batches (sessions 54 and 55), written again in other words.

- holdout493 52200149: a chart review whose people were "titrated as tolerated, usually to
  1.5-4.5 mg/day" lost the range: "usually" there tells where the study's own flexible
  dosing ended, not a dose of general practice.
- holdout493 52200149 again: its title sized the study by the part ("a retrospective cohort
  study of 212 outpatients") of "Of 389 patients prescribed LDN, 212 were taking an SSRI and
  had at least one follow-up PHQ-9"; the pool, 389, was taken as n.
- preprints106 PPR9900095: "Of 71 patients prescribed LDN, 48 had both baseline and
  follow-up assessments after a median of 14 weeks and were included" gave no n at all.
"""

from __future__ import annotations

import pytest
from written import facts

REVIEW = (
    "Methods: We reviewed the records of adults with major depressive disorder who received "
    "LDN in addition to an SSRI at two clinics. {x}\n"
    "Results: Ninety patients were included. PHQ-9 scores fell from 16 to 11.\n"
    "Conclusions: LDN added to SSRIs was associated with improvement."
)
REVIEW_TITLE = "Low-dose naltrexone added to SSRIs for depression: a chart review"


@pytest.mark.parametrize(
    "x",
    [
        "Naltrexone began at 0.5 mg and was increased as tolerated, typically to 2-4.5 mg daily.",
        "LDN was started at 0.5 mg and titrated as tolerated, usually to 2 to 4.5 mg/day.",
        "LDN was started at 1 mg and increased as tolerated, generally to 2-4.5 mg nightly.",
    ],
)
def test_where_the_studys_own_titration_usually_ended_is_its_range(x: str) -> None:
    assert facts(REVIEW_TITLE, REVIEW.format(x=x)).ldn_doses_mg == [2.0, 4.5]


@pytest.mark.parametrize(
    "x",
    [
        # a dose of general practice named as the reference, not the people's range
        "LDN was started at 1 mg and increased to the usual 4.5 mg used in practice.",
        "Doses are usually 1.5-4.5 mg in practice; our patients took 3 mg daily.",
    ],
)
def test_a_usual_dose_of_practice_stays_a_reference(x: str) -> None:
    assert 1.5 not in facts(REVIEW_TITLE, REVIEW.format(x=x)).ldn_doses_mg


POOL = (
    "Methods: Electronic records of adults with major depression who received LDN beside an "
    "antidepressant were reviewed.\n"
    "Results: Of {pool} patients given LDN, {part} were also on an SNRI and had a PHQ-9 "
    "score at 3 months. Mean PHQ-9 fell by 4 points.\n"
    "Conclusions: LDN with SNRIs merits a trial."
)


def test_a_title_sizing_the_study_by_the_part_takes_the_part() -> None:
    title = "LDN added to SNRIs in depression: a retrospective cohort study of 143 outpatients"
    assert facts(title, POOL.format(pool=301, part=143)).n == 143


def test_without_the_title_the_pool_stays() -> None:
    # (the title sizes nothing: which of the two is the sample the sentence alone decides,
    # as before)
    title = "LDN added to SNRIs in depression: a retrospective cohort study"
    assert facts(title, POOL.format(pool=301, part=143)).n == 301


def test_a_title_naming_the_pool_keeps_the_pool() -> None:
    title = "LDN added to SNRIs in depression: a retrospective cohort study of 301 outpatients"
    assert facts(title, POOL.format(pool=301, part=143)).n == 301


SIFT = (
    "Methods: We reviewed the records of adults with fibromyalgia who started LDN at our "
    "clinic between 2021 and 2024.\n"
    "Results: Of 96 patients prescribed LDN, {x}. HADS-D fell from 9.8 to 7.1.\n"
    "Conclusions: Mood improved after LDN."
)
SIFT_TITLE = "Low-dose naltrexone and mood in fibromyalgia: a retrospective review"


@pytest.mark.parametrize(
    "x",
    [
        "57 had scores before and after treatment at a median of 12 weeks and were included",
        "57 had complete follow-up data and were analysed",
        "57 (59%) had at least two visits and were retained",
    ],
)
def test_who_qualified_then_was_taken_in_is_the_sample(x: str) -> None:
    assert facts(SIFT_TITLE, SIFT.format(x=x)).n == 57
