"""Those who did not respond re-randomised between a raise of the drug's dose and staying
on the dose they had ("non-remitters were re-randomised to an increase to 3 mg twice daily
or to continued 4.5 mg"): the raise is an arm the trial compares with the kept dose, not a
step given only to some. Shown by holdout295 32900026 (a sequential multiple-assignment
randomised trial whose stage 2 compared two LDN doses). Session 29, round 77, c77b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone augmentation in depression that has not responded to an SSRI"
BACKGROUND = "Background: Many patients do not respond to a first antidepressant."
RESULTS = "Results: Depression scores fell in both stages."


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults taking sertraline received naltrexone 1.5 mg nightly. Those not "
            "responding by week 6 were re-randomised to a raise to 4.5 mg nightly or to staying "
            "on 1.5 mg for six more weeks.",
            [1.5, 4.5],
        ),
        (
            "Methods: Outpatients on an SSRI took LDN 3 mg at night. Non-remitters at week 8 were "
            "randomly assigned either to an increase of LDN to 4.5 mg or to continue on 3 mg with "
            "added mirtazapine.",
            [3.0, 4.5],
        ),
        (
            "Methods: All participants started LDN 2 mg once daily with their antidepressant. "
            "Participants without a 50% fall in MADRS at week 4 were randomized to escalation to "
            "2 mg twice daily or to continued 2 mg once daily.",
            [2.0, 4.0],
        ),
    ],
)
def test_randomised_raise_is_a_compared_arm(methods: str, expected: list[float]) -> None:
    f = facts(TITLE, f"{BACKGROUND}\n{methods}\n{RESULTS}", RCT)
    assert f.ldn_doses_mg == expected
    assert f.compares_doses is True


def test_raise_for_non_responders_alone_compares_nothing() -> None:
    """Near miss: a raise for those who did not respond, the others kept on their dose, with
    no randomisation between the two, is one schedule, not compared arms."""
    methods = (
        "Methods: Adults on an SSRI were randomised to LDN 1.5 mg or placebo. Non-responders in "
        "the LDN arm had the dose increased to 4.5 mg at week 4; the others stayed on 1.5 mg."
    )
    f = facts(TITLE, f"{BACKGROUND}\n{methods}\n{RESULTS}", RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses is False


def test_randomisation_before_a_later_raise_compares_nothing() -> None:
    """Near miss: the randomisation told in the clause before a raise for non-responders is
    the first allocation (drug or placebo), not a choice between the doses."""
    methods = (
        "Methods: Adults on an SSRI were randomised to LDN 1.5 mg or placebo; non-responders "
        "in the LDN arm were increased to 4.5 mg at week 4."
    )
    f = facts(TITLE, f"{BACKGROUND}\n{methods}\n{RESULTS}", RCT)
    assert f.compares_doses is False
