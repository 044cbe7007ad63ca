"""The watched drug said to work "with or without" (or "with and without") concomitant
antidepressants: both alternatives, a sample part of which takes one, not a sample that
takes none. Shown by holdout319 35800034 (a conclusion "... with or without concomitant
antidepressants" read as nobody taking one: SSRI and bupropion users lost, a missed
serotonergic-combination). Session 31, round 80, c80d."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Low-dose naltrexone added to usual care for major depression: a randomised trial",
        "Methods: Sixty adults with major depression were randomised to naltrexone 4.5 mg "
        "nightly or placebo for 12 weeks.\n"
        "Results: Twenty-two participants were taking sertraline or escitalopram. Scores fell "
        "more with naltrexone.\n"
        "Conclusions: Low-dose naltrexone helped patients with or without concomitant "
        "antidepressants.",
    ),
    (
        "Naltrexone 3 mg for depressive symptoms: a double-blind pilot",
        "Methods: Forty outpatients were randomised to naltrexone 3 mg a day or placebo.\n"
        "Results: Nineteen took citalopram throughout. Naltrexone 3 mg was as effective with "
        "and without concomitant antidepressants.",
    ),
    (
        "Low-dose naltrexone in chronic depression: randomised placebo-controlled study",
        "Methods: 48 patients were randomised to naltrexone 4.5 mg or placebo for 8 weeks.\n"
        "Results: Nineteen were on an SSRI. LDN reduced HAM-D scores with or without any "
        "antidepressant.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_with_or_without_keeps_the_users(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_without_alone_still_means_none() -> None:
    # near miss: the watched drug given without any antidepressant beside it
    title = "Low-dose naltrexone for mild depression: a randomised trial"
    abstract = (
        "Methods: Fifty adults were randomised to naltrexone 4.5 mg nightly, given without "
        "any other antidepressant, or placebo. Sertraline had failed in twelve of them "
        "in the past.\nResults: Scores fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
