"""The drug named as what people had to stop before the study began ("LDN had to be
discontinued at least 6 weeks before randomisation", "naltrexone was washed out before
baseline") is what they came in with, not an arm: a trial of another treatment that
washes the drug out gives it to nobody (CONTRACT.md: participants must receive LDN).
Shown by holdout290 32400039 (a theta-burst stimulation trial). Session 29, round 76,
c76a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "methods",
    [
        "Low-dose naltrexone, used by several of our patients for chronic pain, had to be "
        "discontinued at least 6 weeks before randomisation.",
        "Naltrexone at low doses, where prescribed for pain, must have been discontinued two "
        "months before baseline to avoid confounding.",
        "Any low-dose naltrexone was washed out at least 4 weeks before screening.",
    ],
)
def test_drug_washed_out_before_the_trial_is_off_topic(methods: str) -> None:
    f = facts(
        "Bright light therapy for depression in chronic pain: a randomized sham-controlled trial",
        "Background: Light therapy may help depression in chronic pain.\n"
        "Methods: Adults with chronic widespread pain and major depression (PHQ-9 of 10 or "
        "more) were randomized to 30 sessions of bright light or dim red light. " + methods + "\n"
        "Results: Seventy adults were randomized. PHQ-9 fell by 6.1 with bright light and 3.0 "
        "with dim light.",
        RCT,
    )
    assert not f.on_topic


def test_drug_stopped_during_the_trial_stays_on_topic() -> None:
    """Near miss: a dose stopped for side effects before the trial ended was given."""
    f = facts(
        "Low-dose naltrexone for depression in chronic pain: a randomized placebo-controlled trial",
        "Methods: Adults with chronic pain and major depression were randomized to naltrexone "
        "4.5 mg nightly or placebo for 12 weeks. Naltrexone had to be stopped before the end "
        "of the trial in three patients because of vivid dreams.\n"
        "Results: Sixty adults were randomized. MADRS fell by 9 points with naltrexone and 5 "
        "with placebo.",
        RCT,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
