"""Kind: a single-case experimental design (multiple-baseline, withdrawal/ABAB, "SCED")
assigns the treatment after planned baselines: a non-randomised trial, not "other" and
not a case report. A review that mentions such designs stays a review.

Round 43, c43c. Shown by holdout148 16300025 (LDN monotherapy in late-life depression:
a single-case multiple-baseline design; label nonrandomized_trial, read other).
"""

from __future__ import annotations

import pytest
from written import REVIEW, facts

RECORD = (
    "Low-dose naltrexone monotherapy in late-life depression: a single-case multiple-baseline "
    "design",
    "Three adults aged 71-79 years with persistent depressive disorder who had declined "
    "antidepressants completed a non-concurrent multiple-baseline single-case experimental "
    "design with baselines of 3, 5 and 7 weeks followed by naltrexone 2 mg nightly for 8 "
    "weeks. Daily mood ratings improved after introduction of LDN in two of three "
    "participants.",
)


def test_the_record_is_a_nonrandomised_trial() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n) == ("nonrandomized_trial", 3)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 4.5 mg for anhedonia in bipolar depression: an ABAB single-subject study",
            "Two women with bipolar depression took naltrexone 4.5 mg daily in alternating "
            "two-week phases with no drug; anhedonia was rated daily.",
        ),
        (
            "Low-dose naltrexone added to sertraline in treatment-resistant depression",
            "Using a multiple-baseline across-participants design, four patients with TRD on "
            "sertraline started naltrexone 3 mg after baselines of 2 to 5 weeks; PHQ-9 was "
            "rated weekly.",
        ),
    ],
)
def test_single_case_designs_are_trials(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial"


def test_a_review_of_single_case_designs_stays_a_review() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a narrative review",
        "We reviewed two single-case experimental designs, one open-label trial and three "
        "case reports of naltrexone 1.5-4.5 mg in depression.",
        types=REVIEW,
    )
    assert f.design == "review"
