"""Arms named by their dose and sized in a sentence that is the list itself ("The 1.5 mg
group had 41 participants, the 4.5 mg group 43 and the placebo group 40"), no total
written: the trial's n is the sum of the arms, as for arms named by the drug. Shown by
holdout278 31000013 (a three-arm dose trial read as its first arm). Session 28, round 74,
c74c."""

import pytest
from written import RCT, facts

TITLE = (
    "Two doses of low-dose naltrexone added to antidepressants in depression: a randomised trial"
)
METHODS = (
    "Methods: Adults with major depressive disorder on an SSRI were randomised to naltrexone "
    "1 mg, naltrexone 3 mg or placebo nightly for ten weeks."
)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Results: The 1 mg group had 33 participants, the 3 mg group 35 and the placebo group 31.",
            99,
        ),
        (
            "Results: The 1 mg arm comprised 30 patients, the 3 mg arm 29 and the placebo arm 32.",
            91,
        ),
        (
            "Results: 1 mg group, 27 patients; 3 mg group, 26 patients; placebo group, 28 patients.",
            81,
        ),
    ],
)
def test_dose_named_arms_are_summed(results: str, expected: int) -> None:
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == expected


def test_dose_named_arms_of_an_outcome_stay_unsummed() -> None:
    """Near miss: the people of each dose arm who responded are no arms' sizes."""
    results = (
        "Results: Ninety adults were randomised. Responders: the 1 mg group had 12 "
        "participants, the 3 mg group 15 and the placebo group 9."
    )
    f = facts(TITLE, f"{METHODS}\n{results}", RCT)
    assert f.n == 90
