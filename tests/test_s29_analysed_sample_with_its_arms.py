"""A derived report's people said to form its analysed sample, with the arms that add up to
them in brackets ("84 of the 97 randomised completed; they form the analysed sample (1.5 mg,
29; 4.5 mg, 28; placebo, 27)"): that count is the report's own n, not its parent's.
Shown by holdout297 33200022 (a secondary analysis read as its parent's 97). Session 29,
round 77, c77c."""

import pytest
from written import RCT, facts

TITLE = "Interleukin-6 and response to naltrexone: a secondary analysis of the NALDEP trial"


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Results: Sixty of the seventy-two randomised adults finished week 10; all gave "
            "blood, and they form the analysed sample (naltrexone 4.5 mg, 31; placebo, 29).",
            60,
        ),
        (
            "Results: 45 of the 58 randomised patients had stored serum; these made up the "
            "analysis set (LDN, 23; placebo, 22).",
            45,
        ),
        (
            "Results: Of 110 randomised, 88 kept every visit and constitute the analytic "
            "sample (2 mg, 30; 4 mg, 29; placebo, 29).",
            88,
        ),
    ],
)
def test_analysed_sample_with_arms(results: str, expected: int) -> None:
    abstract = (
        "Methods: This secondary analysis used participants of the NALDEP trial, in which "
        "adults with depression were randomised to naltrexone or placebo for 10 weeks.\n"
        f"{results}\nConclusions: Inflammation may predict response."
    )
    assert facts(TITLE, abstract, RCT).n == expected


def test_arms_not_adding_up_stay_out() -> None:
    """Near miss: arms that do not add up to the count are no breakdown of it."""
    abstract = (
        "Methods: This secondary analysis used participants of the NALDEP trial, in which "
        "72 adults with depression were randomised to naltrexone or placebo.\n"
        "Results: Sixty finished week 10 and form the analysed sample (naltrexone 4.5 mg, "
        "20; placebo, 19).\nConclusions: Inflammation may predict response."
    )
    assert facts(TITLE, abstract, RCT).n != 39
