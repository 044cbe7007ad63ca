"""The sample told only as the remainder of the people assessed once some were excluded
("150 were screened; 40 were excluded, and the remainder were randomised" is n = 110).
Shown by holdout315 35400033 (n "not stated", so larger-trials was missed). Session 30,
round 79, c79c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: Depressed adults taking sertraline were randomised to naltrexone 4.5 mg "
            "or placebo.\nResults: One hundred and forty adults were screened; 32 were "
            "excluded (ineligible 20, withdrew consent 12), and the remainder were randomised. "
            "HAM-D fell more with LDN.",
            108,
        ),
        (
            "Results: 96 patients were assessed for eligibility, 18 were excluded for "
            "exclusion criteria, and the rest were enrolled and given naltrexone 3 mg nightly "
            "with their SSRI.",
            78,
        ),
        (
            "Results: Eighty-four women were considered for the study; 20 were excluded "
            "because of bipolar features, and the others were allocated to naltrexone 2 mg or "
            "placebo alongside escitalopram.",
            64,
        ),
    ],
)
def test_remainder_is_the_sample(abstract: str, n: int) -> None:
    title = "Low-dose naltrexone added to antidepressants for depression: a randomised trial"
    assert facts(title, abstract, RCT).n == n


def test_remainder_of_a_stated_sample_is_not_added() -> None:
    # near miss: the randomised count is stated, and stays the sample
    f = facts(
        "Low-dose naltrexone added to antidepressants for depression: a randomised trial",
        "Results: 120 adults were screened; 30 were excluded, and the remaining 90 "
        "participants were randomised to naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.n == 90
