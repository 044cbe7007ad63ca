"""A count said as a pace of recruitment ("each site is expected to enrol about 20 patients
per year", "8 participants a month") is no size of the study: its planned size is the
target it states ("giving a target of 1,000 participants"). A count with no pace after it
keeps its reading.
Shown by holdout366 41300040 (a registry protocol's target of 1,000 read as one site's
20 a year). Session 34, round 88, c88a."""

import pytest
from written import PROTOCOL, facts

TITLE = "Low-dose naltrexone in routine care of depression: protocol for a randomised trial"


@pytest.mark.parametrize(
    "pace",
    [
        "Each site is expected to randomise about 15 patients per year over two years",
        "Recruitment is expected at 8 participants a month",
        "Sites will enrol about 12 patients/month",
    ],
)
def test_pace_is_no_size(pace: str) -> None:
    abstract = (
        "Methods and analysis: Adults with major depressive disorder on an SSRI will be "
        "randomised to naltrexone 4.5 mg or placebo at 20 outpatient services. "
        f"{pace}, giving a target of 600 participants. The primary outcome is the PHQ-9.\n"
        "Registration: NCT07000001."
    )
    assert facts(TITLE, abstract, PROTOCOL).n == 600


def test_count_without_pace_kept() -> None:
    # near miss: no pace; the plan is the count itself
    abstract = (
        "Methods and analysis: Adults with major depressive disorder on an SSRI will be "
        "randomised to naltrexone 4.5 mg or placebo. We will randomise 40 participants. "
        "The primary outcome is the PHQ-9."
    )
    assert facts(TITLE, abstract, PROTOCOL).n == 40
