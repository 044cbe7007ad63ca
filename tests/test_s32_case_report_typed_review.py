"""A case report typed both "Case Reports" and "Review" (a patient of its own, then a short
search of the literature around it) is that case report: the review is secondary. A review
of published case reports, with no patient of its own, stays a review.

Shown by holdout334 37500040 ("a case report and review of the literature").
Session 32, round 84, c84f.
"""

from __future__ import annotations

import pytest
from written import facts

BOTH = ("Case Reports", "Review", "Journal Article")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Akathisia after starting low-dose naltrexone: a case report and review of the "
            "literature",
            "A 52-year-old woman with recurrent major depression on sertraline 100 mg was "
            "started on naltrexone 3 mg at night. Within a week she reported severe inner "
            "restlessness, which resolved when it was stopped. We searched PubMed and found "
            "two similar published cases.",
        ),
        (
            "Low-dose naltrexone and vivid dreams in depression: case report with a brief "
            "literature review",
            "We describe a patient with treatment-resistant depression taking bupropion who "
            "was given naltrexone 4.5 mg nightly. Nightmares began on the third night. "
            "A review of the literature identified reports of sleep disturbance.",
        ),
        (
            "Remission of chronic depression with low-dose naltrexone: report of a case and "
            "literature review",
            "A 67-year-old man with persistent depressive disorder on vortioxetine improved "
            "after naltrexone 1.5 mg was added. We review the published evidence on the "
            "drug in mood disorders.",
        ),
    ],
)
def test_a_case_typed_review_too_is_a_case_report(title: str, abstract: str) -> None:
    assert facts(title, abstract, BOTH).design == "case_report"


def test_a_review_of_published_case_reports_stays_a_review() -> None:
    """Near miss: typed Case Reports and Review, but the cases are others' (no patient of
    its own): a review."""
    f = facts(
        "Mood switching with low-dose naltrexone: a systematic review of published case reports",
        "We searched four databases for case reports of mania or hypomania after "
        "low-dose naltrexone in people treated for depression. Nine reports describing "
        "eleven patients were included; most also took bupropion.",
        BOTH,
    )
    assert f.design == "review"
