"""A sample given as a quota per site, with the sites counted in another sentence ("The
trial runs in five hospitals. ... Each hospital will enrol 16 participants"): n is the
sites times the quota, not one site's share. Shown by holdout260 29000039 (a protocol in
six university hospitals, "Each site aims to recruit twenty participants": n 20, the
larger-trials plan missed). Session 26, round 71, c71b."""

import pytest
from written import PROTOCOL, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Low-dose naltrexone added to sertraline in depression: protocol of a "
            "multicentre randomised trial",
            "Methods: This placebo-controlled trial will run in five psychiatric hospitals "
            "in Spain. Adults with major depression on sertraline will be randomised to "
            "naltrexone 4.5 mg or placebo for 12 weeks. Each hospital will enrol 16 "
            "participants.",
            PROTOCOL,
            80,
        ),
        (
            "Adjunctive LDN in bipolar depression: a randomised trial protocol",
            "Methods: Four outpatient clinics take part. Patients with bipolar depression "
            "on lamotrigine will be randomly assigned to LDN 3 mg or placebo nightly. Every "
            "clinic aims to randomise thirty patients over two years.",
            PROTOCOL,
            120,
        ),
        (
            "Low-dose naltrexone with escitalopram: an open-label multisite study",
            "Methods: The study was conducted at three sites. Adults with depression on "
            "escitalopram received naltrexone 2 mg nightly for 8 weeks; each site enrolled "
            "12 patients.\nResults: MADRS fell by 8 points.",
            TRIAL,
            36,
        ),
    ],
)
def test_quota_per_site_times_sites(title, abstract, types, n) -> None:
    assert facts(title, abstract, types).n == n


def test_quota_without_site_count_is_kept() -> None:
    """Near miss: the sites are not counted, so the quota stays what it says (as today)."""
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: protocol",
        "Methods: A placebo-controlled trial in psychiatric hospitals in Spain. Adults "
        "with major depression on sertraline will be randomised to naltrexone 4.5 mg or "
        "placebo for 12 weeks. Each hospital will enrol 16 participants.",
        PROTOCOL,
    )
    assert f.n == 16
