"""A survey's funnel that starts with the people who opened or clicked its invitation
("Of 2,380 people who opened the invitation, ... 611 completed it"): those who only reached
the invitation are its pool, like those who only opened the survey, never its sample.
Shown by holdout236 26400012 (n 2380 for 611). Session 25, round 67, c67b."""

import pytest
from written import facts

TITLE = "Mood in people using low-dose naltrexone: an online cross-sectional survey"
TYPES = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    "pool",
    [
        "Of 1,940 members who opened the invitation email",
        "Of 3,105 people who clicked the invitation link",
        "Of 2,210 adults who opened our invitation",
    ],
)
def test_invitation_openers_are_a_pool(pool: str) -> None:
    f = facts(
        TITLE,
        "Methods: An online questionnaire was sent through a patient charity. "
        f"{pool}, 402 current users of naltrexone 1.5-4.5 mg daily completed the PHQ-9.\n"
        "Results: Median PHQ-9 was 8.",
        TYPES,
    )
    assert f.n == 402


def test_invitation_as_the_act_keeps_the_answerers() -> None:
    """Near miss: a sample that answered after an invitation keeps its count."""
    f = facts(
        TITLE,
        "Methods: An invitation was posted by a patient charity, and 402 current users of "
        "naltrexone 1.5-4.5 mg daily completed the PHQ-9.\nResults: Median PHQ-9 was 8.",
        TYPES,
    )
    assert f.n == 402
