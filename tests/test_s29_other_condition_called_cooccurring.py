"""A second condition called "co-occurring" (or comorbid, coexisting) in a sentence that
names depression first ("improves depression in adults with co-occurring alcohol use
disorder") is what the depressed people have besides depression, not another condition
they were selected for instead: a trial enrolling people with major depression and that
condition is a depression trial (CONTRACT.md: selected for a depressive episode, whatever
other condition they also have). Shown by holdout293 32700014 (depression with cannabis
use disorder). Session 29, round 77, c77a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("aim", "who"),
    [
        (
            "We asked whether LDN eases depression in adults with co-occurring alcohol use "
            "disorder.",
            "DSM-5 major depressive disorder and alcohol use disorder",
        ),
        (
            "We tested LDN for major depression in veterans with comorbid chronic pain.",
            "major depressive disorder, a MADRS of 22 or more and chronic pain",
        ),
        (
            "We studied whether LDN lifts depression in adults with coexisting migraine.",
            "a current major depressive episode and migraine",
        ),
    ],
)
def test_a_cooccurring_condition_leaves_a_depression_trial(aim: str, who: str) -> None:
    f = facts(
        "Low-dose naltrexone for depression with a second condition: a randomized trial",
        "Background and aims: Depression often travels with other disorders. " + aim + "\n"
        "Methods: Participants were aged 18 to 65 years with "
        + who
        + ". They were randomized to naltrexone 4.5 mg nightly or "
        "placebo for 10 weeks.\n"
        "Results: Sixty participants were randomized. MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.depression_population


def test_people_selected_for_the_other_condition_stay_so() -> None:
    """Near miss: the other condition is whom the study took in; depression only measured."""
    f = facts(
        "Low-dose naltrexone in alcohol use disorder: a randomized trial",
        "Background: Depressive symptoms are common in alcohol use disorder.\n"
        "Methods: Adults with alcohol use disorder were randomized to naltrexone 4.5 mg "
        "nightly or placebo for 10 weeks; depressive symptoms were rated with the BDI-II.\n"
        "Results: Sixty participants were randomized. Drinking days fell with naltrexone.",
        RCT,
    )
    assert not f.depression_population
