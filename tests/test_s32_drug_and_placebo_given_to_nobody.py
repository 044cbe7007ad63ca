"""The drug denied together with its placebo: "no participant received naltrexone or
naltrexone placebo", "nobody took LDN or matching placebo". The placebo names the drug's
own arm, so the denial is whole: the study gives the drug to nobody and is off-topic
(CONTRACT.md: participants must receive LDN), whatever other trial it reports. Shown by
holdout350 39300032 (a behavioural-activation trial whose abandoned LDN factor was read as
an LDN trial of 88 on escitalopram). Session 32, round 85, c85a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Exercise coaching for depressed adults starting sertraline: a randomised trial",
            "Methods: Adults with major depression starting sertraline were randomised to "
            "coaching or usual care. A planned second factor of low-dose naltrexone 4.5 mg "
            "was cancelled when funding lapsed, and no participant received naltrexone or "
            "naltrexone placebo. Results: Ninety participants were randomised; PHQ-9 fell "
            "more with coaching.",
        ),
        (
            "Sleep restriction therapy alongside fluoxetine in major depression",
            "Methods: Outpatients with depression on fluoxetine were randomly assigned to "
            "sleep restriction or sleep hygiene. The registered LDN 3 mg arm never opened; "
            "no patients took LDN or matching placebo. Results: Sixty-four patients were "
            "randomised and depression scores improved with sleep restriction.",
        ),
        (
            "Group psychotherapy for depression in people taking venlafaxine: an RCT",
            "Methods: People with major depression on venlafaxine were randomised to group "
            "therapy or waiting list. The naltrexone (2 mg) factor was dropped before "
            "recruitment, so no participants received naltrexone or its placebo. Results: "
            "We randomised 110 people; HAM-D improved more with group therapy.",
        ),
    ],
)
def test_drug_and_placebo_given_to_nobody(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}


def test_placebo_alone_denied_keeps_the_drug() -> None:
    """Near miss: only the placebo is denied to some; the drug was given."""
    title = "Low-dose naltrexone added to sertraline for depression: an open trial"
    abstract = (
        "Methods: Sixty adults with major depression on sertraline received low-dose "
        "naltrexone 4.5 mg nightly; no participant received placebo. Results: MADRS fell "
        "by 12 points."
    )
    f = facts(title, abstract, ("Clinical Trial",))
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
