"""A clause telling how the drug drew interest from other studies ("LDN attracted
interest after small trials in X and a pilot trial in depression"): the trials it names are
other work, so the condition they studied is not this study's. Shown by holdout249
27800014 (a back-pain protocol read as on-topic from such a clause). Session 25, round 69,
c69a."""

import pytest
from written import PROTOCOL, facts

TITLE = "Low-dose naltrexone for knee osteoarthritis pain: protocol for a randomised trial"
BODY = (
    "Design: Double-blind, placebo-controlled randomised trial. We will recruit 120 adults "
    "with painful knee osteoarthritis. Participants will take LDN 4.5 mg or placebo nightly "
    "for 12 weeks.\n"
    "Outcomes: The primary outcome is WOMAC pain at 12 weeks; secondary outcomes are function "
    "and sleep.\n"
    "Implications: {line}"
)


@pytest.mark.parametrize(
    "line",
    [
        "LDN gained attention after open-label studies in fibromyalgia and a small trial in "
        "treatment-resistant depression; this will be the first trial in knee pain.",
        "The drug has attracted considerable interest following pilot trials in Crohn's "
        "disease and in major depressive disorder; our trial tests it in osteoarthritis.",
        "LDN drew interest from case series in multiple sclerosis and a randomised pilot in "
        "bipolar depression; this trial is the first in osteoarthritis.",
    ],
)
def test_interest_from_other_trials_is_not_this_study(line: str) -> None:
    assert facts(TITLE, BODY.format(line=line), PROTOCOL).on_topic is False


def test_own_depression_outcome_still_counts() -> None:
    # near miss: interest named, but depression is this trial's own outcome
    f = facts(
        "Low-dose naltrexone for depressive symptoms in knee osteoarthritis: a randomised trial",
        "Methods: 120 adults with knee osteoarthritis and major depressive disorder were "
        "randomised to LDN 4.5 mg or placebo nightly for 12 weeks. The primary outcome was "
        "the MADRS.\nResults: MADRS fell more with LDN (p = 0.02).\n"
        "Conclusions: LDN has attracted interest; it reduced depression in this trial.",
        ("Randomized Controlled Trial",),
    )
    assert f.on_topic is True
