"""People counted as meeting criteria that are listed in brackets before the verb that
took them in ("of 41 referred, 18 met criteria (a current episode, MADRS >= 20) and were
enrolled") are the study's sample (CONTRACT.md, "n": enrolled or included, never the
pool referred or screened). Shown by preprints73 PPR2400006 (a poster of an open-label
pilot whose n was read as None). Session 32, round 83, c83b."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone for depression in Parkinson's disease: an open-label pilot",
            "Methods: Of 52 patients screened at two movement-disorder clinics, 21 met "
            "criteria (major depressive episode, GDS-15 of 6 or more, stable levodopa) and "
            "were enrolled. Naltrexone 3 mg was given nightly for ten weeks.\nResults: GDS-15 "
            "fell by 3.1 points.",
            21,
        ),
        (
            "Open-label naltrexone 4.5 mg in perinatal depression",
            "Methods: Of 60 women referred, 24 met all criteria (postpartum onset, EPDS 13 or "
            "more, not breastfeeding) and were included. Naltrexone 4.5 mg was taken at "
            "night.\nResults: EPDS fell from 17 to 10.",
            24,
        ),
        (
            "Low-dose naltrexone in late-life depression: a pilot study",
            "Methods: Among 35 older adults assessed, 14 met the inclusion criteria (MADRS of "
            "20 or more; no dementia) and were enrolled to receive naltrexone 2 mg daily.\n"
            "Results: Remission occurred in five.",
            14,
        ),
    ],
)
def test_criteria_in_brackets_then_enrolled(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, JOURNAL).n == n


def test_criteria_in_brackets_without_enrolment_stay_unread() -> None:
    # near miss: meeting criteria with nobody said to be taken in is not read as enrolled,
    # the stated enrolment wins
    f = facts(
        "Low-dose naltrexone in late-life depression: a pilot study",
        "Methods: Of 35 older adults assessed, 20 met criteria (MADRS of 20 or more) and were "
        "offered the study; 12 patients were enrolled to take naltrexone 2 mg daily.\n"
        "Results: Remission occurred in five.",
        JOURNAL,
    )
    assert f.n == 12
