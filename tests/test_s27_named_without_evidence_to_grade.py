"""A review that names the drug only as one it had nothing to grade ("X had no eligible
meta-analysis and could not be graded", "X, with no eligible trial, could not be
appraised") took in no study of it: the drug is an absence, and the review is not on-topic
(CONTRACT.md: LDN only named is not on-topic). Shown by holdout271 30300016 (an umbrella
review of augmentation naming LDN only as ungraded, read as on-topic). Session 27, round
73, c73b."""

import pytest
from written import REVIEW, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Several agents, among them low-dose naltrexone and ketamine lozenges, had no "
        "eligible trial and could not be appraised.",
        "Low-dose naltrexone and creatine could not be rated because no review of either existed.",
        "Newer candidates such as low-dose naltrexone had no qualifying meta-analysis and "
        "could not be graded.",
    ],
)
def test_drug_left_ungraded_is_not_reviewed(sentence: str) -> None:
    f = facts(
        "Add-on drugs for treatment-resistant depression: an umbrella review",
        "We conducted an umbrella review of meta-analyses of drugs added to antidepressants "
        "in adults with major depression. Thirty meta-analyses covering 15 agents were "
        "included. Evidence for aripiprazole was convincing and for lithium weak. " + sentence,
        REVIEW,
    )
    assert f.on_topic is False


def test_drug_graded_from_included_trials_stays_on_topic() -> None:
    # near miss: the review took in trials of the drug and graded them
    f = facts(
        "Add-on drugs for treatment-resistant depression: an umbrella review",
        "We conducted an umbrella review of meta-analyses of drugs added to antidepressants "
        "in adults with major depression. One meta-analysis of three trials of low-dose "
        "naltrexone was included, and its evidence was graded weak.",
        REVIEW,
    )
    assert f.on_topic is True
