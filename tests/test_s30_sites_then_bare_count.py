"""A cluster trial that counts its sites and then tells their allocation with bare
counts ("Twelve clinics took part; six were randomised to X and six to usual care"): the
bare counts are sites, not people, and the people enrolled are the sample. Shown by
holdout315 35400004 (n read as the seven practices randomised to one arm). Session 30,
round 79, c79c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Naltrexone 4.5 mg offered with antidepressants in family practice: a cluster trial",
            "Design: Cluster randomised trial.\nSetting: Twelve family practices in Ohio; six "
            "were randomly assigned to offer LDN and six to usual care.\nParticipants: 180 "
            "adults with persistent depression taking an SSRI were enrolled.\nResults: PHQ-9 "
            "fell more in LDN practices.",
            180,
        ),
        (
            "Low-dose naltrexone in community mental health teams: a cluster randomised trial",
            "Methods: Ten community clinics took part; five were randomised to add naltrexone "
            "2 mg to usual antidepressant care and five continued usual care. In all, 142 "
            "patients with major depression were recruited.\nResults: Depression scores "
            "improved more with LDN.",
            142,
        ),
        (
            "LDN for depression in nursing homes: a cluster-randomised trial",
            "Methods: Sixteen care hospitals joined the study, and eight were allocated to "
            "naltrexone 3 mg daily with continued sertraline. Altogether 96 residents with "
            "depression were enrolled.\nResults: GDS scores improved with LDN.",
            96,
        ),
    ],
)
def test_bare_counts_after_sites_are_sites(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_bare_count_after_people_is_still_people() -> None:
    # near miss: the bare count follows a count of people, not of sites
    f = facts(
        "Low-dose naltrexone with escitalopram in depression: a randomised trial",
        "Methods: Across three clinics, 84 adults with major depression were screened; 60 "
        "were randomised to naltrexone 4.5 mg or placebo.\nResults: MADRS fell more with LDN.",
        RCT,
    )
    assert f.n == 60
