"""An opinion piece or review that says it sets the drug aside ("we deliberately leave
aside X", "this commentary sets aside X, which is discussed elsewhere") is about its other
subject: the drug is named as left out, not given to anyone (CONTRACT.md: LDN named only
as an absence is not on-topic). Shown by holdout279 31200020 (an editorial on kappa
antagonists). Session 28, round 74, c74d."""

import pytest
from written import facts

EDITORIAL = ("Editorial",)


@pytest.mark.parametrize(
    "abstract",
    [
        "Two kappa-opioid antagonists have now completed phase 2 trials in major depression. "
        "We deliberately leave aside low-dose naltrexone, which some clinicians prescribe "
        "but whose evidence in depression rests on a few pilots. We argue that the effect sizes seen so far are modest.",
        "Buprenorphine combinations have had mixed results in resistant depression. This "
        "editorial sets aside low-dose naltrexone (1.5-4.5 mg), which many patients are "
        "prescribed off-label and which is reviewed in a companion article, and asks what clinicians should make of the new agents.",
        "Interest in opioid modulation for depression keeps growing. We put aside LDN, "
        "prescribed off-label by some, and concentrate on the kappa antagonists and their "
        "abuse liability.",
    ],
)
def test_drug_set_aside_is_off_topic(abstract: str) -> None:
    f = facts("Opioid modulators for depression: where next?", abstract, EDITORIAL)
    assert not f.on_topic


def test_drug_as_the_subject_stays_on_topic() -> None:
    """Near miss: an editorial that sets other agents aside and discusses the drug."""
    f = facts(
        "Low-dose naltrexone for depression: where next?",
        "We leave aside the kappa antagonists and consider low-dose naltrexone, whose two "
        "small trials in depression used 1.5 to 4.5 mg nightly.",
        EDITORIAL,
    )
    assert f.on_topic
