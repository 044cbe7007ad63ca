"""A cluster trial's sample told side by side, each side's practices (clinics, sites)
the subject and the second elliptic ("Intervention clinics enrolled 96 patients and
control clinics 88"): n is the people on both sides, not the first side's. Shown by
holdout260 29000027 (a cluster RCT in 14 general practices, "Intervention practices
recruited 131 patients and usual-care practices 107": n 131). Session 26, round 71,
c71b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Intervention clinics enrolled 96 patients and control clinics 88.", 184),
        ("Active-arm practices recruited 52 adults, and usual-care practices 61.", 113),
        ("Active sites randomised 70 participants and comparison sites 65.", 135),
    ],
)
def test_both_sides_of_a_cluster_trial_add(sentence: str, n: int) -> None:
    abstract = (
        "Methods: A cluster randomised trial in 12 primary care practices; adults with "
        "depression on an SSRI were offered naltrexone 4.5 mg nightly in intervention "
        f"practices. {sentence}\n"
        "Results: PHQ-9 fell by 2 more points with the LDN pathway."
    )
    f = facts("Low-dose naltrexone in primary care: a cluster randomised trial", abstract, RCT)
    assert f.n == n


def test_one_side_with_a_later_measure_is_not_added() -> None:
    """Near miss: the second clause counts weeks, not people: n stays the first count."""
    f = facts(
        "Low-dose naltrexone in primary care: a cluster randomised trial",
        "Methods: A cluster randomised trial in 12 primary care practices; adults with "
        "depression on an SSRI were offered naltrexone 4.5 mg nightly. Practices "
        "recruited 140 patients and follow-up lasted 12 weeks.\n"
        "Results: PHQ-9 fell by 2 more points with the LDN pathway.",
        RCT,
    )
    assert f.n == 140
