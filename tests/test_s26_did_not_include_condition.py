"""A trial in another condition that says it "did not include" (or "did not enrol")
people with the watched condition: the negated inclusion selects nobody, so the trial
is no depression population and closes no gap. Shown by holdout261 29200008 (a
fibromyalgia trial with a mood outcome read as a depression trial of 80). Session 26,
round 71, c71a."""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone for pain and mood in chronic migraine: a randomized trial"
METHODS = (
    "Methods: Ninety-six adults with chronic migraine were randomized to naltrexone 3 mg "
    "nightly or placebo for 12 weeks. The PHQ-9 was a secondary outcome.\n"
    "Results: Headache days fell by 2.1 and 1.4; PHQ-9 scores fell by 3.0 and 1.2.\n"
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Conclusions: BDI-II scores fell slightly, whereas the study did not recruit "
        "participants with major depression.",
        "Conclusions: PHQ-9 scores fell, whereas the trial did not recruit participants with "
        "major depression.",
        "Conclusions: A small mood benefit in depressive symptoms was observed, but the study "
        "did not include people with major depression.",
        "Conclusions: Depressive symptoms improved, but we did not enrol anyone with major "
        "depression.",
    ],
)
def test_negated_inclusion_selects_nobody(conclusion: str) -> None:
    f = facts(TITLE, METHODS + conclusion, RCT)
    assert not f.depression_population
    assert "larger-trials" not in gaps(TITLE, METHODS + conclusion, RCT)


def test_trial_that_included_depressed_people_stays() -> None:
    """Near miss: a trial that did include people with major depression is selected for it."""
    f = facts(
        "Low-dose naltrexone in major depression: a randomized trial",
        "Methods: Ninety-six adults with major depressive disorder were randomized to "
        "naltrexone 3 mg nightly or placebo for 12 weeks.\nResults: MADRS fell more with "
        "naltrexone.\nConclusions: The study did include patients with major depression "
        "on an SSRI, and none with psychosis.",
        RCT,
    )
    assert f.depression_population
