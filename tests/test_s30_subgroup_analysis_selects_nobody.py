"""A trial of the drug in people chosen for something else (a fatigue score, a pain
syndrome) whose methods announce "a prespecified analysis examined participants with a
PHQ-9 of 10 or more": an analysis that takes part of the sample says nothing about whom
the trial took in, so it is not a depressed population and closes no gap. Shown by
holdout303 34000004 (a post-COVID trial with a prespecified analysis of its depressed
participants, read as a depression trial of 212). Session 30, round 78, c78c."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for persistent fatigue after viral illness: a randomised trial",
            "Methods: Adults with complaints lasting at least 6 months after a confirmed viral "
            "illness were randomly assigned to LDN 4.5 mg/day or placebo for 12 weeks. A secondary analysis examined "
            "participants with a PHQ-9 of 10 or more. Results: 180 participants were "
            "randomised. Fatigue did not differ.",
        ),
        (
            "Naltrexone 3 mg for chronic widespread pain: a double-blind trial",
            "Methods: Outpatients with widespread aching for longer than 3 months and a tender "
            "point count of 11 or more were randomised to "
            "naltrexone 3 mg nightly or placebo. An exploratory analysis was restricted to "
            "patients with depressive symptoms (HADS-D of 8 or more). Results: We randomised "
            "96 people; pain fell more with naltrexone.",
        ),
        (
            "LDN for lingering complaints after a coronavirus illness: a randomised trial",
            "Methods: Adults with complaints persisting for more than 12 weeks after a "
            "laboratory-confirmed coronavirus illness were "
            "randomly allocated to LDN 4.5 mg or placebo. A prespecified subgroup analysis "
            "examined participants with a PHQ-9 of 10 or more. Results: 140 participants were "
            "randomised; LDN did not improve fatigue.",
        ),
    ],
)
def test_an_analysis_of_part_of_the_sample_selects_nobody(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.depression_population
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_near_miss_a_depression_trial_with_a_subgroup_analysis_stays() -> None:
    title = "Low-dose naltrexone added to an SSRI in major depressive disorder"
    abstract = (
        "Methods: Adults with major depressive disorder and a MADRS of 20 or more were "
        "randomly assigned to LDN 4.5 mg/day or placebo. A prespecified analysis examined "
        "participants with anxious depression. Results: 120 participants were randomised."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"
