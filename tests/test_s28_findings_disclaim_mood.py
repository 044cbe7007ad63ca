"""A study that says its findings tell nothing about the drug's effect on mood ("these
findings say nothing about antidepressant effects", "our results cannot speak to any
antidepressant efficacy") names mood only as what it did not measure (CONTRACT.md: mood
as an outcome in its own right). Shown by holdout283 31600038 (a pain trial of LDN with
amitriptyline). Session 28, round 75, c75e."""

import pytest
from written import facts

RCT = ("Randomized Controlled Trial",)


@pytest.mark.parametrize(
    "last",
    [
        "Because the tricyclic was given at an analgesic dose, these results say nothing "
        "about antidepressant effects.",
        "Our findings cannot speak to any antidepressant efficacy of either drug.",
        "The trial tells us nothing about the antidepressant effect of the combination.",
    ],
)
def test_disclaimed_mood_is_off_topic(last: str) -> None:
    f = facts(
        "Low-dose naltrexone with nortriptyline for chronic low back pain: a randomised trial",
        "Methods: Adults with chronic low back pain were randomised to naltrexone 4.5 mg or "
        "naltrexone 4.5 mg plus nortriptyline 10 mg at bedtime for 10 weeks. The outcome was "
        "pain intensity.\nResults: Sixty patients were randomised. Pain fell more with the "
        "combination.\nConclusions: " + last,
        RCT,
    )
    assert not f.on_topic


def test_antidepressant_effect_found_stays_on_topic() -> None:
    """Near miss: an antidepressant effect the trial itself reports."""
    f = facts(
        "Low-dose naltrexone with nortriptyline for chronic low back pain: a randomised trial",
        "Methods: Adults with chronic low back pain were randomised to naltrexone 4.5 mg or "
        "naltrexone 4.5 mg plus nortriptyline 10 mg at bedtime for 10 weeks.\nResults: Sixty "
        "patients were randomised. Pain fell more with the combination.\nConclusions: The "
        "results also suggest an antidepressant effect of the combination.",
        RCT,
    )
    assert f.on_topic
