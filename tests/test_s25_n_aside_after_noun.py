"""A count whose noun is followed by an aside in brackets and then who they are before the
enrolment verb ("44 outpatients (of 61 screened) with bipolar depression ... were
randomised"): the count is whom the trial took in, not lost to its completers. Shown by
holdout249 27800036 (n 40, the completers, for 44). Session 25, round 69, c69c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone in bipolar depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Thirty-eight outpatients (of 55 screened) with bipolar II depression on lithium "
            "were randomised to naltrexone 3 mg or placebo.",
            38,
        ),
        (
            "Fifty-two adults (of 70 assessed for eligibility) who remained depressed on "
            "valproate were randomised to naltrexone 2 mg or placebo.",
            52,
        ),
        (
            "Forty-six inpatients (from two wards) with a bipolar depressive episode were "
            "randomly assigned to naltrexone 4.5 mg or placebo.",
            46,
        ),
    ],
)
def test_count_with_aside_then_qualifier(methods: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Methods: {methods}\nResults: MADRS fell in both arms. Thirty patients completed.",
        RCT,
    )
    assert f.n == n


def test_screened_pool_in_aside_stays_the_pool() -> None:
    """Near miss: the screened pool before a separate randomised count keeps the latter."""
    f = facts(
        TITLE,
        "Methods: Sixty adults (of 90 referred) with bipolar depression were screened and 24 "
        "were randomised to naltrexone 2 mg or placebo.\nResults: MADRS fell in both arms.",
        RCT,
    )
    assert f.n == 24
