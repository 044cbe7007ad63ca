"""Two doses people were free to move between ("could drop to 3 mg if they slept badly, and
move between the two doses at each visit", "were allowed to switch between both doses as
needed") are the two ends of one flexible regimen: both are listed, but no doses are
compared (CONTRACT.md, "ldn_doses_mg" and "compares_doses"). Two doses compared by the
study ("we compared the two doses") still are. Shown by holdout345 38700033 (an open-label
extension in which patients could reduce to 3 mg and move between the two doses, read as
dose-finding). Session 32, round 84, c84b."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Open-label low-dose naltrexone with SSRIs: a 30-week extension",
            "Methods: Completers of a randomised trial in major depression entered an "
            "open-label extension. Everyone took naltrexone 4.5 mg at night; participants "
            "could drop to 3 mg if they slept badly, and move between the two doses at each "
            "visit. They kept their SSRI.\nResults: Sixty-two entered; MADRS stayed low.",
        ),
        (
            "Low-dose naltrexone for depressive symptoms in primary care: an open study",
            "Methods: Adults with major depression took naltrexone 3 mg daily, could lower "
            "it to 1.5 mg for nausea, and were allowed to switch between both doses as "
            "needed over 12 weeks.\nResults: "
            "Forty adults took part and PHQ-9 scores fell by 6 points.",
        ),
        (
            "Patient-directed low-dose naltrexone in treatment-resistant depression",
            "Methods: Outpatients with treatment-resistant depression started naltrexone "
            "2 mg nightly and, after a month, were free to go back and forth between the two "
            "dose levels of 2 mg and 4 mg with their nurse.\nResults: Thirty-three "
            "outpatients enrolled; MADRS fell by 8 points.",
        ),
    ],
)
def test_doses_people_move_between_are_not_compared(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).compares_doses is False


def test_two_doses_the_study_compares_still_are() -> None:
    # near miss: the doses are arms the study compares
    f = facts(
        "Two doses of low-dose naltrexone in major depression: a randomised trial",
        "Methods: Adults with major depression were randomised to naltrexone 1.5 mg or "
        "4.5 mg nightly for eight weeks, and we compared the two doses on MADRS change.\n"
        "Results: Eighty adults took part.",
        RCT,
    )
    assert f.compares_doses is True
