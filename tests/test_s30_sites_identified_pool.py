"""The people a study's sites picked out from their lists ("The practices identified 540
adults with depression; 200 consented and were enrolled") are the pool drawn from, not
the sample. Shown by holdout315 35400004 (n read as the 611 adults the practices
identified). Session 30, round 79, c79c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Participants: The clinics identified 540 adults with depression on an SSRI; 200 "
            "consented and were enrolled.\nResults: MADRS fell more with naltrexone 4.5 mg.",
            200,
        ),
        (
            "Participants: Practices screened 812 patients with a depression code, and 150 "
            "adults agreed to take part and were enrolled.\nResults: PHQ-9 improved with LDN "
            "3 mg.",
            150,
        ),
        (
            "Methods: Participating hospitals flagged 430 inpatients with depression; 118 "
            "patients consented and were randomised to naltrexone 2 mg or placebo.",
            118,
        ),
    ],
)
def test_sites_pool_is_not_the_sample(abstract: str, n: int) -> None:
    title = "Low-dose naltrexone added to antidepressants: a randomised trial"
    assert facts(title, abstract, RCT).n == n


def test_sites_recruiting_people_still_count() -> None:
    # near miss: the sites took the people in
    f = facts(
        "Low-dose naltrexone added to antidepressants: a randomised trial",
        "Methods: The practices recruited 64 adults with depression, who were randomised to "
        "naltrexone 4.5 mg or placebo.",
        RCT,
    )
    assert f.n == 64
