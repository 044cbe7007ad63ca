"""Another study said to be required or necessary to settle a question ("A randomised
trial is required to separate its effect from that of the antidepressant", "a trial with
fixed doses is necessary to establish the best dose"): a call for future work, not this
study's design or its dose comparison. Shown by holdout283 31600027 (an open-label study
with a raise for non-responders read as an RCT comparing doses, a false dose-finding gap)
and holdout284 31700025. Session 28, round 75, c75a."""

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone added to an SSRI in major depression: an open-label study"
METHODS = (
    "Methods: Thirty-six outpatients with major depressive disorder on a stable SSRI were "
    "enrolled in a 10-week open-label study. All took naltrexone 2 mg at night; at week 5, "
    "those who had not improved had their dose increased to 4 mg."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Conclusions: A randomised trial is required to separate the drug's effect from "
        "that of the SSRI.",
        "Conclusions: A placebo-controlled randomised trial with fixed doses is required to "
        "establish which dose is better.",
        "Conclusions: Randomised comparisons of 2 mg and 4 mg are necessary to determine the "
        "optimal dose.",
    ],
)
def test_a_required_trial_is_future_work(closing: str) -> None:
    f = facts(TITLE, f"{METHODS}\n{closing}", TRIAL)
    assert f.design == "nonrandomized_trial"
    assert not f.compares_doses


def test_own_rule_for_participants_stays() -> None:
    """Near miss: what the trial's participants were required to do is its own method."""
    abstract = (
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks; participants of the trial were required to keep "
        "their sertraline dose unchanged."
    )
    f = facts("Low-dose naltrexone added to sertraline: a randomised trial", abstract, RCT)
    assert f.design == "rct"
    assert f.concomitant_classes == ["serotonergic"]
