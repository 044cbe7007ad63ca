"""A history of failed antidepressants, then the drug the people are kept on ("failure of two
antidepressants ... maintained on bupropion"): the history ends where the sentence says what
they are maintained or stable on, so that drug is taken alongside, not failed. holdout229
25600006 showed it. Session 24, round 65, c65e."""

import pytest
from written import facts

# (a washout between crossover periods: the fallback that keeps a failed drug as the one
# still taken does not apply, so only the sentence's own reading counts)
WASHOUT = "The two periods of 4 weeks were separated by a one-week washout."
TITLE = "Low-dose naltrexone added to ongoing treatment in resistant depression: a randomized trial"


@pytest.mark.parametrize(
    ("sentence", "classes"),
    [
        (
            "Forty outpatients with resistant depression (no response to 3 antidepressants "
            "in this episode) maintained on bupropion 300 mg daily were randomized to "
            "naltrexone 4.5 mg or placebo for 8 weeks.",
            ["dopaminergic"],
        ),
        (
            "We enrolled 52 adults whose depression had failed two or more antidepressants "
            "over the past year and who were stable on sertraline, and randomised them to "
            "naltrexone 3 mg or placebo.",
            ["serotonergic"],
        ),
        (
            "Sixty patients with failure of at least 2 antidepressant trials, kept on "
            "venlafaxine throughout, were randomly allocated to naltrexone 1.5 mg or "
            "placebo nightly.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_drug_kept_on_after_failed_history_is_taken(sentence: str, classes: list[str]) -> None:
    f = facts(TITLE, "Methods: " + sentence + " " + WASHOUT + "\nResults: HAM-D improved more.")
    assert sorted(f.concomitant_classes) == classes


def test_drug_named_among_the_failed_stays_failed() -> None:
    """Near miss: the drug is one of those failed, not one kept on."""
    f = facts(
        TITLE,
        "Methods: Forty outpatients with failure of 2 antidepressants, such as sertraline, "
        "in this episode were randomized to naltrexone 4.5 mg or placebo for 8 weeks. "
        + WASHOUT
        + "\n"
        "Results: HAM-D improved more with naltrexone.",
    )
    assert f.concomitant_classes == []
