"""The participants said per group ("(20 per group)", "25 in each group") where the
allocation offers placebo or "one of three nightly doses", the drug named only elsewhere:
that alternative stands for as many arms as it offers doses, so the sample is the size of a
group times all the arms (placebo and three doses: four). An allocation to two named arms
keeps two ("placebo or one dose of the study drug").
Shown by holdout366 41300005 (a dose-ranging trial of 4 x 22 = 88 read as stating no n:
larger-trials lost). Session 34, round 88, c88a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Three doses of low-dose naltrexone versus placebo for depression: a randomised trial"


@pytest.mark.parametrize(
    ("allocation", "n"),
    [
        ("to placebo or one of three nightly doses (20 per group)", 80),
        ("to placebo or to one of two evening doses (30 per group)", 90),
    ],
)
def test_group_size_times_dose_arms(allocation: str, n: int) -> None:
    abstract = (
        "Background: The dose of naltrexone for depression is chosen by habit.\n"
        "Methods: Adults with major depressive disorder and a HAM-D of 18 or more were "
        f"randomised in equal numbers {allocation}. Study capsules held naltrexone 1.5 mg; "
        "participants took one, two or three at bedtime for 8 weeks, and none took an "
        "antidepressant.\n"
        "Results: A dose-response signal was found (p = 0.04)."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.n == n
    assert gaps(TITLE, abstract, RCT)["larger-trials"] == "addressed"


def test_one_dose_against_placebo_stays_two_arms() -> None:
    # near miss: placebo or the study drug at one dose: two arms of 20, below 50
    abstract = (
        "Methods: Adults with major depressive disorder were randomised in equal numbers to "
        "placebo or naltrexone 4.5 mg nightly (20 per group) for 8 weeks.\n"
        "Results: The HAM-D fell more with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).n == 40
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


def test_arm_listing_its_own_doses_counts_them_once() -> None:
    # near miss: "one of three nightly doses: 1 mg, 2 mg or 4 mg" lists its three arms; it
    # is not three arms more
    abstract = (
        "Methods: Adults with bipolar depression were randomly allocated to one of three "
        "nightly doses: 1 mg, 2 mg or 4 mg. Eighteen adults were randomised to each dose.\n"
        "Results: MADRS fell most with 4 mg."
    )
    assert facts(TITLE, abstract, RCT).n == 54
