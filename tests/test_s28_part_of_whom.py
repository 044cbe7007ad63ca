"""A part of a count written "N of whom received ..." after the count ("12 patients
were enrolled, six of whom received naltrexone") is some of the same people, not more
people to add to them. Shown by holdout278 31000012 (a cited pilot's 12 patients and the
six of them on naltrexone summed to 18, beating the trial's own 38). Session 28, round 74,
c74c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to an SNRI for depression: a randomised pilot"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "Methods: We randomised 40 adults with major depression on venlafaxine, 20 of whom "
            "received naltrexone 4.5 mg and the rest placebo.",
            40,
        ),
        (
            "Methods: Thirty outpatients with depression were randomised, and 15 of them were "
            "allocated to naltrexone 2 mg daily.",
            30,
        ),
        (
            "Background: An earlier randomised trial enrolled 10 patients, five of whom received "
            "naltrexone 1 mg twice daily.\nMethods: Adults with depression on duloxetine were "
            "randomly assigned to naltrexone or placebo; 21 participants were allocated to each "
            "group.",
            42,
        ),
    ],
)
def test_a_part_of_whom_adds_nobody(abstract: str, expected: int) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.n == expected


def test_further_people_who_received_still_add() -> None:
    """Near miss: a second group allocated beside the first still adds up."""
    abstract = (
        "Methods: In this randomised trial in depression, 42 participants were allocated to "
        "naltrexone 4.5 mg, whereas 38 continued their antidepressant alone."
    )
    f = facts(TITLE, abstract, RCT)
    assert f.n == 80
