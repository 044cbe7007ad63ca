"""The watched condition named by an abbreviation the abstract defined, listed with another
condition as what the people have ("adults with PDD and chronic low back pain"): the
abbreviation is the watched condition, so the list selects for both (CONTRACT.md
"depression_population"), not for "PDD and chronic pain" as another condition. Shown by
holdout233 26000027 (an n-of-1 series in persistent depressive disorder with pain read as
participants selected for "PDD and chronic musculoskeletal pain").
Session 25, round 67, c67a."""

import pytest
from written import RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at a low dose for dysthymia with migraine: a crossover trial",
            "Background: Persistent depressive disorder (PDD) often comes with headache.\n"
            "Aim: To test whether naltrexone 3 mg lifts mood in adults with PDD and episodic "
            "migraine.\n"
            "Methods: Thirty participants took naltrexone or placebo for 6 weeks each in "
            "random order; all kept their sertraline.\n"
            "Results: Mood ratings improved more on naltrexone.",
        ),
        (
            "Low-dose naltrexone in perinatal depression with arthritis: a pilot",
            "Background: Perinatal depression (PND) and joint pain share inflammation.\n"
            "Objective: To assess naltrexone 4.5 mg nightly in mothers with PND and "
            "rheumatoid arthritis.\n"
            "Methods: Twenty people taking escitalopram received it for 8 weeks in an open "
            "trial.\n"
            "Results: HAM-D scores fell from 21 to 13.",
        ),
        (
            "LDN added to venlafaxine for late-life depression and chronic pain",
            "Background: Late-life depression (LLD) is often painful.\n"
            "Purpose: To compare naltrexone 2 mg with placebo in older adults with LLD and "
            "chronic low back pain.\n"
            "Methods: Sixty people on venlafaxine were randomised.\n"
            "Results: MADRS fell further with naltrexone.",
        ),
    ],
)
def test_own_abbreviation_in_a_list_selects_for_the_condition(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT + TRIAL)
    assert f.depression_population
    assert gaps(title, abstract, RCT + TRIAL).get("serotonergic-combination") == "addressed"


def test_another_conditions_abbreviation_still_another_condition() -> None:
    """Near miss: an abbreviation defined for another condition keeps today's answer."""
    title = "Low-dose naltrexone in fibromyalgia: mood outcomes"
    abstract = (
        "Background: Fibromyalgia syndrome (FMS) causes pain and low mood.\n"
        "Methods: We randomised 40 women with FMS and chronic fatigue on duloxetine to "
        "naltrexone 4.5 mg or placebo.\n"
        "Results: Depression scores (BDI) improved slightly."
    )
    f = facts(title, abstract, RCT + TRIAL)
    assert not f.depression_population
    assert "serotonergic-combination" not in gaps(title, abstract, RCT + TRIAL)
