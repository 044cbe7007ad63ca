"""A part of the sample named by what it turned out to be or what was done to it after
entry (early non-responders, those whose dose was raised) is not the study's n when the
sample is stated. From holdout121 13400011 ("Thirty-six outpatients ... took naltrexone
2 mg ... Fifteen participants were early non-responders and had the dose raised": n 15)
and an earlier miss, a rescue subgroup's "(n = 3)"."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Raising the dose of low-dose naltrexone in early non-responders: an open-label study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Thirty-six outpatients with major depressive disorder on a stable dose of "
            "an SSRI took naltrexone 2 mg at night. At week 4, those with < 25% improvement had "
            "the dose raised to 2 mg twice daily.\nResults: Fifteen participants were early "
            "non-responders and had the dose raised; 6 of them responded by week 8.",
            36,
        ),
        # the same kind said differently (probes)
        (
            "Methods: Twenty-four outpatients with major depression started naltrexone 2 mg "
            "daily.\nResults: Nine participants were classified as early non-responders and "
            "were switched to 4 mg.",
            24,
        ),
        (
            "Methods: Twenty-two outpatients with MDD took naltrexone 2 mg nightly.\nResults: "
            "Non-responders at week 4 (n = 9) received a dose increase to 4 mg; 4 of them "
            "responded.",
            22,
        ),
        (
            "Methods: Twenty-two outpatients with MDD took naltrexone 2 mg nightly.\nResults: "
            "Those whose dose was raised to 4 mg (n = 9) were given it for 4 more weeks.",
            22,
        ),
        (
            "Methods: Thirty adults with bipolar depression took LDN 1.5 mg nightly.\nResults: "
            "Eleven participants needed a dose increase to 4.5 mg.",
            30,
        ),
    ],
)
def test_a_subgroup_named_by_what_happened_is_not_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TRIAL).n == n


@pytest.mark.parametrize(
    "abstract",
    [
        # the sample itself selected for an earlier failure
        "Methods: Forty participants were non-responders to two antidepressants; all took "
        "naltrexone 4.5 mg for 8 weeks.",
        "Methods: SSRI non-responders (n = 40) took naltrexone 4.5 mg for 8 weeks.",
    ],
)
def test_a_sample_selected_for_an_earlier_non_response_is_still_the_sample(abstract: str) -> None:
    assert facts(TITLE, abstract, TRIAL).n == 40
