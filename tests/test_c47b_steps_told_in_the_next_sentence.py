"""A fixed titration's steps told in a sentence of their own, after the sentence naming
the dose they lead to ("randomised 1:1 to naltrexone 4.5 mg at night or matching placebo
... The dose will be reached after one week at 1.5 mg and one week at 3 mg"): the steps
are no arms, only the target is listed (CONTRACT.md: a fixed titration lists only its
target). Round 47, c47b; shown by holdout168 18500001, the LIFT-D protocol."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

TITLE = (
    "Low-dose naltrexone augmentation of serotonergic antidepressants in major depressive "
    "disorder: protocol for a randomised, placebo-controlled trial"
)


def _abstract(arms: str, steps: str) -> str:
    return (
        "Methods and analysis: Adults with a current major depressive episode (MADRS >= 22) "
        "despite at least 6 weeks of an adequate dose of an SSRI will be randomised 1:1 to "
        f"{arms}, added to the unchanged antidepressant. {steps} We will recruit 180 "
        "participants (90 per arm). The primary outcome is change in MADRS at week 12."
    )


@pytest.mark.parametrize(
    ("arms", "steps", "doses"),
    [
        # the record's wording
        (
            "naltrexone 4.5 mg at night or matching placebo",
            "The dose will be reached after one week at 1.5 mg and one week at 3 mg.",
            [4.5],
        ),
        # probes: other words for reaching it, other spells, other doses
        (
            "LDN 4.5 mg nightly or placebo",
            "This dose is attained following 4 days on 1.5 mg and 10 days on 3 mg.",
            [4.5],
        ),
        (
            "naltrexone 3 mg or placebo",
            "The target dose will be achieved after a week at 1 mg and a week at 2 mg.",
            [3.0],
        ),
        (
            "naltrexone 4.5 mg or placebo",
            "Participants will reach the full dose after 3 days at 1.5 mg and 4 days at 3 mg.",
            [4.5],
        ),
        # a step below two arms: the arms stay compared
        (
            "naltrexone 4.5 mg, naltrexone 3 mg or placebo",
            "The dose will be reached after one week at 1.5 mg.",
            [3.0, 4.5],
        ),
    ],
)
def test_steps_told_after_the_target_sentence_are_no_arms(
    arms: str, steps: str, doses: list[float]
) -> None:
    assert facts(TITLE, _abstract(arms, steps), PROTOCOL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("arms", "steps", "doses"),
    [
        # near misses that stay dose comparisons: a step that is an arm's own dose, doses
        # offered as alternatives, doses given to people of their own
        (
            "naltrexone 1.5 mg, naltrexone 4.5 mg or placebo",
            "The dose will be reached after one week at 1.5 mg.",
            [1.5, 4.5],
        ),
        (
            "naltrexone 4.5 mg or placebo",
            "The dose will be reached after one week at 1.5 mg or 3 mg.",
            [1.5, 3.0, 4.5],
        ),
        (
            "naltrexone 4.5 mg or placebo",
            "The dose will be reached after one week at 1.5 mg, and 30 further participants "
            "will be randomised to 3 mg.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_doses_that_are_arms_stay(arms: str, steps: str, doses: list[float]) -> None:
    f = facts(TITLE, _abstract(arms, steps), PROTOCOL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True
