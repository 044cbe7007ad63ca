"""Kind: a survey's people named by the use they report, said as a noun ("540 adults who
reported current use of LDN", "people who reported regular use of X") are its sample, as
"who reported using X" already was: their eligibility, not an event a part of them
reported. A part of the sample reporting something ("62 reported use of cannabis", "120 who
reported daily use ... had lower scores" after the total) stays a part.

Round 51, c51b; the record that showed it: preprints48 PPR5100005 ("Mood, sleep and side
effects among people taking compounded low-dose naltrexone: a cross-sectional online
survey": n read None, 540 expected).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

TITLE = (
    "Mood, sleep and side effects among people taking compounded low-dose naltrexone: a "
    "cross-sectional online survey"
)
RECORD = (
    "Low-dose naltrexone (LDN) is widely prescribed off-label, yet little is known about how "
    "users experience it. We surveyed 540 adults who reported current use of LDN (most "
    "commonly 1.5-4.5 mg/day) for any indication, recruited through patient communities. "
    "Participants completed the PHQ-9 and a side-effect checklist. Most used LDN for "
    "fibromyalgia (38%), long COVID (21%) or multiple sclerosis (12%); 31% also took an "
    "antidepressant, mostly SSRIs. Depressive symptoms were moderate or worse in 29%. Users "
    "who rated LDN as helpful reported lower PHQ-9 scores. Prospective controlled trials are "
    "required."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.design == "observational"
    assert f.n == 540
    assert gaps(TITLE, RECORD) == {}  # a survey closes no gap


T = "Mood among people taking low-dose naltrexone: a cross-sectional online survey"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "An online questionnaire went to users of low-dose naltrexone. We surveyed 312 "
            "people who reported regular use of LDN for at least three months. Depressive "
            "symptoms were rated with the PHQ-9.",
            312,
        ),
        (
            "Through patient forums we surveyed 1,120 respondents who reported ongoing use of "
            "low-dose naltrexone; each completed the PHQ-9 and a sleep scale.",
            1120,
        ),
        (
            "This cross-sectional survey included 205 adults who reported daily use of LDN "
            "4.5 mg. Mood was rated with the HADS.",
            205,
        ),
    ],
)
def test_users_named_by_the_use_they_report(abstract: str, n: int) -> None:
    f = facts(T, abstract)
    assert f.n == n
    assert gaps(T, abstract) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        "We surveyed 540 adults taking LDN. Of these, 120 who reported daily use of LDN for "
        "over a year had lower PHQ-9 scores.",
        "We surveyed 540 adults taking LDN; 62 reported use of cannabis and 40 reported use "
        "of alcohol. Mood was rated with the PHQ-9.",
    ],
)
def test_a_part_reporting_stays_a_part(abstract: str) -> None:
    assert facts(T, abstract).n == 540
