"""A start told in a sentence of its own after the sentence naming the kept dose, with its
own short stretch of time ("...naltrexone 4.5 mg nightly. Those switching from placebo
began at 1.5 mg for one week."): the start is the first step of a fixed titration towards
the dose named before, so only that dose counts (CONTRACT.md). Shown by holdout310
34800031 (an open-label extension whose former placebo takers started lower), read as
[1.5, 4.5]. Session 30, round 79, c79b."""

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: After the blinded phase everyone could take open-label naltrexone "
            "4.5 mg at bedtime for six months. People who had been given placebo started at "
            "1.5 mg for one week.",
            4.5,
        ),
        (
            "Methods: Adults with major depression took naltrexone 3 mg each evening for ten "
            "weeks on top of their antidepressant. Dosing was started at 1 mg for 5 days.",
            3.0,
        ),
        (
            "Methods: Outpatients received naltrexone 4.5 mg nightly with their usual SSRI. "
            "They started at 1.5 mg for 7 days to limit vivid dreams.",
            4.5,
        ),
    ],
)
def test_start_with_spell_after_target(methods: str, expected: float) -> None:
    abstract = f"{methods}\nResults: Forty people took part.\nConclusions: It was tolerated."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [expected]


def test_start_without_spell_keeps_both() -> None:
    """Near miss: a group started at a lower dose with no stretch of time, never raised,
    is a dose of its own."""
    abstract = (
        "Methods: Participants were randomised to naltrexone 4.5 mg nightly or to a group "
        "started on 1.5 mg.\nResults: Sixty people took part.\nConclusions: Both were tolerated."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == [1.5, 4.5]


def test_group_started_for_its_own_spell_keeps_both() -> None:
    """Near miss: a start given to a group of its own in its sentence is that group's dose."""
    abstract = (
        "Methods: One cohort took naltrexone 4.5 mg nightly. A second group started at "
        "1.5 mg for 12 weeks.\nResults: Thirty people took part.\nConclusions: Both were "
        "tolerated."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]
