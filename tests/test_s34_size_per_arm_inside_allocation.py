"""The participants said per arm inside the allocation ("were randomised, 30 to each arm,
to naltrexone 4.5 mg or sertraline 50 mg"): the "to" of "to each arm" opens no list of arms
(the arms are those after it, two), and the sites the people attended ("attending two
primary care centres were randomised") are where they were, not clusters randomised. The
sample is the size per arm times the arms. Sites that are themselves randomised ("Six
practices were randomised, 3 to each arm") count clusters, not people.
Shown by holdout366 41300018 (a pilot of 2 x 24 = 48 read as stating no n). Session 34,
round 88, c88a."""

from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone versus sertraline for major depression: a randomised pilot"


def test_size_per_arm_inside_allocation() -> None:
    abstract = (
        "Methods: Antidepressant-naive adults with major depressive disorder attending two "
        "primary care centres were randomised, 30 to each arm, to naltrexone 4.5 mg at night "
        "or sertraline 50 mg daily for 12 weeks.\n"
        "Results: PHQ-9 fell similarly in both arms."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.n == 60
    assert f.concomitant_classes == []
    assert gaps(TITLE, abstract, RCT) == {"larger-trials": "addressed"}


def test_randomised_sites_count_no_people() -> None:
    # near miss: the practices are the clusters; the bare count per arm is practices
    abstract = (
        "Methods: Six general practices were randomised, 3 to each arm, to naltrexone 4.5 mg "
        "at night or sertraline 50 mg daily for adults with major depressive disorder.\n"
        "Results: PHQ-9 fell similarly in both arms."
    )
    assert facts(TITLE, abstract, RCT).n != 6
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)
