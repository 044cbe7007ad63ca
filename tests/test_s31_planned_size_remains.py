"""A pre-results document's planned size said to stay as it was ("The planned sample
remains 180 participants; by the date of submission, 84 had been randomised"): the plan,
as "the planned sample is 180" is, never the plan and the accrual added together. Shown by
holdout324 36400015 (a statistical analysis plan, n read as 264). Session 31, round 81, c81c."""

import pytest
from written import PROTOCOL, RCT, facts

TITLE = "Statistical analysis plan for a randomised trial of naltrexone 4.5 mg in depression"
CASES = [
    (
        "Methods: The primary analysis is a mixed model for repeated measures. The planned "
        "sample remains 240 participants; at the time of writing, 97 had been randomised.",
        240,
    ),
    (
        "Methods: Adults with major depression take naltrexone 4.5 mg or placebo for eight "
        "weeks. The target sample size remains 120, and 41 participants have been enrolled "
        "so far.",
        120,
    ),
    (
        "Methods: Missing data are handled by multiple imputation. Target enrolment stays "
        "at 96; recruitment is ongoing with 30 randomised.",
        96,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_plan_that_remains_is_the_size(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, PROTOCOL).n == n


def test_results_paper_keeps_its_randomised_count() -> None:
    # near miss: a finished trial's randomised count stays its n
    title = "Naltrexone 4.5 mg in depression: a randomised trial"
    abstract = (
        "Methods: 112 adults with major depression were randomised to naltrexone 4.5 mg "
        "or placebo.\nResults: MADRS fell more with naltrexone; the planned sample of 120 "
        "was nearly reached."
    )
    assert facts(title, abstract, RCT).n == 112
