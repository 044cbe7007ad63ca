"""The sample told only as a pool split evenly over the arms: "Of the 76 patients, 38 were
in each group" is n = 76 when the arms times the share make up the pool (a pool that does
not add up, such as the people screened, is not the sample). Shown by holdout308 34600014
(a two-arm trial whose only count was this sentence, so n was "not stated"). Session 30,
round 78, c78c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone added to sertraline in depression: a randomised trial",
            "Methods: Adults with major depression were allocated by coin toss to sertraline "
            "plus naltrexone 3 mg nightly or sertraline alone for 8 weeks. Results: Of the 64 "
            "patients, 32 were in each group. Response was 59% versus 38%.",
            64,
        ),
        (
            "Naltrexone 4.5 mg versus placebo with escitalopram for depressed outpatients",
            "Method: Outpatients with major depressive disorder taking escitalopram were "
            "randomised to LDN 4.5 mg or placebo. Results: Of all 90 participants, 45 were "
            "in each arm. MADRS fell more with LDN.",
            90,
        ),
        (
            "LDN plus fluoxetine or fluoxetine alone in major depression: a randomised trial",
            "Method: Patients with major depression were randomised to fluoxetine 20 mg with "
            "naltrexone 2 mg or fluoxetine alone. Results: Of the 110 subjects, 55 were in "
            "each group; response was 60% and 42%.",
            110,
        ),
    ],
)
def test_pool_split_evenly_is_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_near_miss_pool_that_does_not_add_up_is_not_the_sample() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: a randomised trial",
        "Methods: Adults with major depression were randomised to sertraline plus naltrexone "
        "3 mg or sertraline alone. Results: Of the 95 screened, 30 were in each group.",
        RCT,
    )
    assert f.n != 95
