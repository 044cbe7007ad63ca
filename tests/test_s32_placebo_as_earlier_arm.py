"""A placebo named as the arm people came from ("those previously on placebo were titrated
from 1.5 mg; doses could then be adjusted between 1.5 mg and 4.5 mg"), with no active drug
before it in the sentence: it says who the people were, it owns no dose, so the doses of
the sentence are the watched drug's (an open-label extension's). Shown by holdout320
35900032 (its flexible range lost). Session 32, round 83, c83d."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label extension of a trial of low-dose naltrexone in depression"
START = "Methods: Everyone entering the extension took naltrexone for one year. "


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Those previously on placebo started at 1.5 mg; the dose could then be adjusted "
            "between 1.5 mg and 4.5 mg nightly.",
            [1.5, 4.5],
        ),
        (
            "Participants formerly allocated to placebo began at 2 mg, and doses were then "
            "adjusted between 2 mg and 4 mg according to tolerability.",
            [2.0, 4.0],
        ),
        (
            "People switching from placebo were titrated from 1 mg; doses could be set "
            "anywhere between 1 mg and 3 mg nightly by their doctor.",
            [1.0, 3.0],
        ),
    ],
)
def test_doses_after_placebo_as_earlier_arm_are_the_drugs(told: str, expected: list[float]) -> None:
    f = facts(TITLE, f"{START}{told}\nResults: Scores fell further.", TRIAL)
    assert f.ldn_doses_mg == expected


def test_placebo_in_this_studys_allocation_keeps_its_answer() -> None:
    # near miss: an arm list of this study, placebo first, the doses the next arms'
    f = facts(
        "Naltrexone at low doses in depression: a randomised trial",
        "Methods: Adults with major depression were randomly assigned to placebo, 1.5 mg or "
        "4.5 mg nightly naltrexone for 8 weeks.\nResults: Scores fell.",
        ("Randomized Controlled Trial",),
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
