"""Arms a report's people were assigned to in the past, in the parent trial ("participants
previously assigned to placebo or 1.5 mg improved after switching to 4.5 mg"), list no dose of
the report's own. Session 23, lead, at round 64's merge: c64b's reading of a placebo first
among assigned alternatives ("randomly assigned to placebo, 0.5 mg, 1.5 mg or 3 mg": the doses
after it are the drug's) gave holdout16 89100043, an open-label extension at one dose, its
parent's 1.5 mg too."""

import pytest
from written import facts

EXTENSION = (
    "Completers of the randomized phase could enter an open-label extension in which all "
    "participants received naltrexone 4.5 mg at bedtime. Of the 55 completers, 44 entered the "
    "extension. {past}"
)


@pytest.mark.parametrize(
    "past",
    [
        "Participants previously assigned to placebo or 1.5 mg improved after switching to 4.5 mg.",
        "Those originally randomised to placebo or 1.5 mg improved on 4.5 mg.",
        "Patients initially allocated to placebo, 1.5 mg or 3 mg gained most.",
    ],
)
def test_parent_arms_of_the_past_give_no_dose(past: str) -> None:
    f = facts("Open-label extension of an LDN trial", EXTENSION.format(past=past))
    assert f.ldn_doses_mg == [4.5]


def test_arms_assigned_now_keep_their_doses() -> None:
    """Near miss (c64b's kind): the study's own assignment, placebo first."""
    f = facts(
        "A dose-finding trial",
        "We randomly assigned 120 adults with major depression to placebo, 0.5 mg, 1.5 mg or "
        "3 mg of naltrexone daily for 8 weeks.",
    )
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0]
