"""The sample told as one unit's share, the unit (an arm, a site) named before or after the
count, times the units the record counts elsewhere: "Each arm randomised 25 participants"
(three arms) is 75, "Eighteen participants were enrolled at each site" (two sites) is 36.
Shown by holdout370 41700031 (n 25 for a three-arm trial of 3 x 25: larger-trials lost)
and holdout370 41700029 (n 13, a responder count, for 2 x 18). Session 35, round 90, c90a.

Ways abstracts state it (the unit is read by its word, the count of units from the arms
model or the sites the record counts, never from the sentence's phrase):
1. "Each arm randomised 25 participants" (unit first, the verb between)
2. "Every group enrolled 20 patients"
3. "Eighteen participants were enrolled at each site" (unit after, "at each")
4. "Twenty adults were recruited per centre"
5. "Each centre recruited 16 outpatients" (the older site quota, still read)
6. "30 patients were randomised to each arm" (per-arm count, read before this round)
Near misses: the number of units not stated or stated twice (no product), a per-unit count
of what became of people ("12 per site completed"), one site's count.
"""

import pytest
from written import RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Low-dose versus standard-dose naltrexone in depression: a three-arm randomised trial",
            "Methods: Adults with major depression were randomised to naltrexone 4.5 mg, "
            "naltrexone 50 mg or placebo for 12 weeks. Each arm randomised 22 participants.\n"
            "Results: Depression improved most with 4.5 mg.",
            RCT,
            66,
        ),
        (
            "Low-dose naltrexone in depression: an open-label trial at three sites",
            "Methods: The trial ran at three sites. Fifteen adults with major depression were "
            "enrolled at each site and received naltrexone 4.5 mg nightly.\n"
            "Results: At week 4, 11 participants had responded; HAM-D fell by 6 points.",
            TRIAL,
            45,
        ),
        (
            "Add-on naltrexone in depression: a randomised trial at four centres",
            "Methods: Adults with depression on an SSRI at four centres were randomised to "
            "naltrexone 4.5 mg or placebo. Fourteen patients were randomised per centre.\n"
            "Results: Fifty participants completed the trial.",
            RCT,
            56,
        ),
        (
            "Two doses of low-dose naltrexone for depression: a randomised placebo-controlled "
            "trial",
            "Methods: Adults with major depressive disorder were randomised to naltrexone "
            "1.5 mg, naltrexone 4.5 mg or placebo. Every group enrolled 19 patients.\n"
            "Results: MADRS change favoured 4.5 mg.",
            RCT,
            57,
        ),
    ],
)
def test_unit_share_times_units(title: str, abstract: str, types: tuple[str, ...], n: int) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.n == n


def test_three_arms_of_22_close_the_larger_trials_gap() -> None:
    g = gaps(
        "Low-dose versus standard-dose naltrexone in depression: a three-arm randomised trial",
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg, "
        "naltrexone 50 mg or placebo for 12 weeks. Each arm randomised 22 participants.\n"
        "Results: Depression improved most with 4.5 mg.",
        RCT,
    )
    assert g["larger-trials"] == "addressed"


def test_sites_not_counted_leave_the_count_alone() -> None:
    # near miss: how many sites is not said, so there is no product
    f = facts(
        "Low-dose naltrexone in depression: a multisite open-label trial",
        "Methods: Twelve adults with major depression were enrolled at each site and "
        "received naltrexone 4.5 mg nightly.\nResults: HAM-D fell by 6 points.",
        TRIAL,
    )
    assert f.n != 24 and f.n != 36
    assert "larger-trials" not in gaps(
        "Low-dose naltrexone in depression: a multisite open-label trial",
        "Methods: Twelve adults with major depression were enrolled at each site and "
        "received naltrexone 4.5 mg nightly.\nResults: HAM-D fell by 6 points.",
        TRIAL,
    )


def test_completers_per_site_are_no_share_of_the_sample() -> None:
    # near miss: what became of each site's people
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial at two sites",
        "Methods: 40 adults with major depression at two sites received naltrexone 4.5 mg "
        "nightly.\nResults: Sixteen participants per site completed week 8.",
        TRIAL,
    )
    assert f.n == 40
