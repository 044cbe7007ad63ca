"""A liquid's volume written in words ("two millilitres", "four and a half mL") of a
solution whose strength is stated ("1 mg/mL"): a dose in mg as the digits would be. Shown
by holdout231 25800029 (compounded oral solution, volumes in words). Session 24, round
65, c65c."""

import pytest
from written import CASE, facts

TITLE = "Compounded oral naltrexone solution in treatment-resistant depression: a case"
START = (
    "A 45-year-old woman with recurrent depression taking venlafaxine for her depression "
    "was started on compounded naltrexone oral solution 1 mg/mL. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She took two millilitres of the solution every night for ten weeks.", [2.0]),
        ("She was maintained on four and a half millilitres at bedtime.", [4.5]),
        ("She took three mL each evening for two months.", [3.0]),
    ],
)
def test_worded_volume_of_a_stated_strength(sentence: str, expected: list[float]) -> None:
    f = facts(TITLE, START + sentence + " Her mood improved.", CASE)
    assert f.ldn_doses_mg == expected


def test_worded_volume_of_blood_is_no_dose() -> None:
    """Near miss: a volume in words not of the liquid stays no dose."""
    f = facts(
        TITLE,
        "A 45-year-old woman with recurrent depression took naltrexone 4.5 mg nightly. "
        "Ten millilitres of blood were drawn at each visit. Her mood improved.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]
