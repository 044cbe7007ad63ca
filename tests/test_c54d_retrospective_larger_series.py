"""A "case series" that is a clinic's larger series looked back on (a retrospective review
of the records of 18 patients) is an observational study, as a series of more than a few
people told without the words "case series" already is; a few people (up to twelve), a
record typed "Case Reports", or a series with no observational design word stay case
reports.

Round 54, c54d; the record that showed it: holdout183 20200022, "[Low-dose naltrexone in
persistent depressive disorder: a retrospective case series]".
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, facts

RECORD_TITLE = (
    "[Low-dose naltrexone in persistent depressive disorder: a retrospective case series]"
)
RECORD = (
    "Objective: To describe patients with persistent depressive disorder (dysthymia) treated "
    "with low-dose naltrexone in a Madrid outpatient clinic.\n"
    "Methods: Retrospective review of 18 patients who received naltrexone 1.5 to 4.5 mg, "
    "taken every other day in seven of them, added to an SSRI (paroxetine, citalopram or "
    "sertraline).\n"
    "Results: 11 of 18 were rated much improved on CGI-I at 3 months.\n"
    "Conclusions: Prospective studies are warranted."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, ("Journal Article", "English Abstract"))
    assert f.design == "observational"


LARGER = [
    # unlabelled, number word, "retrospectively reviewed the charts"
    (
        "Low-dose naltrexone added to antidepressants: a case series",
        "We retrospectively reviewed the charts of twenty-two outpatients with major "
        "depression who took naltrexone 3 mg nightly with escitalopram; 12 responded.",
    ),
    # the words in the methods, not the title
    (
        "Naltrexone 4.5 mg in treatment-resistant depression",
        "Methods: This retrospective case series includes 31 adults with TRD treated in a "
        "university clinic.\nResults: Half improved.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), LARGER)
def test_larger_retrospective_series_is_observational(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).design == "observational"


CASES = [
    # a few people
    (
        "Low-dose naltrexone in depression: a retrospective case series",
        "Methods: We reviewed five patients with major depression who took naltrexone 1.5 "
        "mg.\nResults: Three improved.",
        JOURNAL,
    ),
    # no observational design word
    (
        "Low-dose naltrexone in depression: a case series",
        "Methods: We describe 18 patients with major depression treated with naltrexone "
        "4.5 mg.\nResults: 10 improved.",
        JOURNAL,
    ),
    # typed a case report by the indexers
    (
        "Low-dose naltrexone in depression: a retrospective case series",
        "Methods: Records of 20 patients with major depression were reviewed.\nResults: 10 "
        "improved.",
        CASE,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), CASES)
def test_case_reports_stay(title: str, abstract: str, types: tuple[str, ...]) -> None:
    assert facts(title, abstract, types).design == "case_report"
