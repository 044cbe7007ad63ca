"""A bare per-arm figure in brackets after a count of randomised sites ("Twelve clinics
were randomised (6 per arm)") counts the clusters in each arm, not people: the sample
is the participants the sentence or the next one counts. Shown by holdout266 29700020
(a cluster trial read as n 14 from "7 per arm" of 14 practices). Session 27, round 72,
c72c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone added to antidepressants in general practice: a cluster trial",
            "Methods: Twelve general practices were randomised (6 per arm) to prescribe "
            "naltrexone 4.5 mg at night or to continue usual care for adults with major "
            "depression. Across the practices 130 patients consented and took part.\n"
            "Results: Depression scores improved more in intervention practices.",
            130,
        ),
        (
            "Cluster-randomised trial of low-dose naltrexone in depressed nursing-home residents",
            "Methods: 20 care clinics were allocated at random (10 in each arm) to naltrexone "
            "2 mg daily or usual care; 96 residents with a depressive episode were enrolled.\n"
            "Results: GDS scores fell by 2.1 points more with naltrexone.",
            96,
        ),
        (
            "Low-dose naltrexone for depression in community hospitals: a stepped cluster trial",
            "Methods: Eight hospitals were randomised, four per group, to offer naltrexone "
            "3 mg daily with an SSRI or the SSRI alone. We enrolled 75 inpatients with major "
            "depressive disorder.\nResults: HAM-D scores fell more with naltrexone.",
            75,
        ),
    ],
)
def test_clusters_per_arm_are_not_people(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_people_per_arm_after_the_sites_still_count() -> None:
    # near miss: the per-arm figure follows a count of people, not of sites
    f = facts(
        "Low-dose naltrexone augmentation for major depression at three centres",
        "Methods: At 3 centres, adults with major depressive disorder were randomised "
        "(40 per arm) to naltrexone 4.5 mg daily or placebo for 8 weeks.\n"
        "Results: MADRS scores fell more with naltrexone.",
        RCT,
    )
    assert f.n == 80
