"""The participants said per site ("each site will randomise 40 participants") times the
sites the study counts, where the sites are named by a longer run of words or are health
service trusts ("at four regional mental health care trusts", "at three National Health
Service mental health trusts"): the plan is the quota times the sites. A run of words that
starts another phrase ("three doses of naltrexone given in clinics") counts no sites.
Shown by holdout366 41300001 (a protocol whose planned 120 was read as one site's 40:
larger-trials lost). Session 34, round 88, c88a."""

import pytest
from written import PROTOCOL, facts, gaps

TITLE = "Low-dose naltrexone added to an SNRI in depression: protocol for a randomised trial"


@pytest.mark.parametrize(
    ("where", "n"),
    [
        ("four regional mental health care trusts", 100),
        ("five large community psychiatry outpatient clinics", 125),
        ("two university teaching hospitals", 50),
    ],
)
def test_quota_times_sites(where: str, n: int) -> None:
    abstract = (
        "Introduction: Many adults with depression stay unwell on an SNRI.\n"
        f"Methods and analysis: This double-blind trial runs at {where}. Adults with major "
        "depressive disorder and a MADRS of 22 or more on duloxetine or venlafaxine will keep "
        "it and be randomised 1:1 to naltrexone 4.5 mg nightly or placebo for 10 weeks. Each "
        "site will randomise 25 participants. The primary outcome is the MADRS at week 10."
    )
    f = facts(TITLE, abstract, PROTOCOL)
    assert f.n == n
    assert gaps(TITLE, abstract, PROTOCOL)["larger-trials"] == "in_progress"


def test_doses_given_in_clinics_are_no_sites() -> None:
    # near miss: "three doses ... in clinics" counts doses, not sites; the quota stays one
    # site's
    abstract = (
        "Methods and analysis: Adults with major depressive disorder on sertraline will be "
        "randomised 1:1 to naltrexone 4.5 mg nightly or placebo; three doses of the study "
        "drug are given at night in clinics before the home phase. Each site will randomise "
        "20 participants. The primary outcome is the MADRS at week 8."
    )
    f = facts(TITLE, abstract, PROTOCOL)
    assert f.n == 20
    assert "larger-trials" not in gaps(TITLE, abstract, PROTOCOL)
