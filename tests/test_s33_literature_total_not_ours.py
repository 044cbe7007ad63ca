"""A total a background sentence tells of the literature ("reviews have pooled five
trials with 228 participants in total") is the work it cites, not the trial's own sample.
Shown by holdout336 37700005 (a 148-patient RCT read as the reviews' 228). Session 33,
round 87, c87c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
CASES = [
    (
        "Background: Meta-analyses of low-dose naltrexone in depression have pooled four "
        "trials with 310 participants in total.\nMethods: Adults with major depression on an "
        "SSRI were randomised to naltrexone 4.5 mg or placebo.\nResults: Of 150 screened, 96 "
        "were randomly assigned (48 per arm).",
        96,
    ),
    (
        "Background: Published studies of low-dose naltrexone for mood have enrolled 260 "
        "patients in total across six trials.\nMethods: Outpatients with depression were "
        "randomised to naltrexone 3 mg or placebo.\nResults: Sixty-four patients were "
        "randomised.",
        64,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_literature_total_is_not_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_own_total_stands() -> None:
    # near miss: the total is the trial's own, told in its results
    abstract = (
        "Background: Trials of low-dose naltrexone in depression have been small.\nMethods: "
        "Adults with major depression were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: In total, 88 participants were randomised."
    )
    assert facts(TITLE, abstract, RCT).n == 88
