"""A dose doubled only for those who did not respond ("those with less than 25% improvement
had the dose doubled to 4 mg") is a raise for some, not a second arm: both levels are listed
but no doses are compared. Shown by holdout227 25400015. Session 24, round 65, c65a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "raise_",
    [
        "at week 4, patients with under 30% improvement had their dose doubled to 3 mg (or "
        "matching placebo).",
        "participants who had not responded by week 6 had the dose doubled to 3 mg or placebo.",
        "those without a 25% fall in MADRS at week 4 had it doubled to 3 mg (or placebo).",
    ],
)
def test_dose_doubled_for_non_responders_compares_nothing(raise_: str) -> None:
    f = facts(
        "Add-on low-dose naltrexone in escitalopram-treated depression: a randomised trial",
        "We ran a 12-week randomised trial in 70 adults with major depression taking "
        f"escitalopram. Participants received naltrexone 1.5 mg or placebo nightly; {raise_} "
        "Response was 50% versus 30%.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0]
    assert f.compares_doses is False


def test_two_doses_assigned_still_compared() -> None:
    """Near miss: doubled-dose arm assigned at randomisation is a second arm."""
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomised trial",
        "We randomised 90 adults with major depression taking sertraline to naltrexone "
        "1.5 mg or 3 mg nightly for 8 weeks. Response was higher with 3 mg.",
        RCT,
    )
    assert f.compares_doses is True
