"""Doses listed in words that share one unit at the end ("naltrexone one, two or four
milligrams", "two or four and a half milligrams"): every item of the list is a dose, not
only the one the unit follows. Shown by holdout231 25800003 (a protocol read as one LDN
dose of 4 mg). Session 24, round 65, c65c."""

import pytest
from written import PROTOCOL, facts

TITLE = "A randomised placebo-controlled trial of low doses of naltrexone in depression: protocol"


@pytest.mark.parametrize(
    ("arms", "expected"),
    [
        ("placebo or naltrexone one, two or four milligrams nightly", [1.0, 2.0, 4.0]),
        ("naltrexone two or four and a half milligrams at night, or placebo", [2.0, 4.5]),
        (
            "placebo, naltrexone one and a half, three or four and a half milligrams daily",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_every_dose_of_a_worded_list(arms: str, expected: list[float]) -> None:
    f = facts(
        TITLE,
        "Methods: Ninety adults with major depression taking an SSRI will be randomised to "
        f"{arms} for ten weeks.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == expected
    assert f.compares_doses


def test_a_count_before_a_worded_dose_is_no_dose() -> None:
    """Near miss: a count of arms or weeks before a worded dose stays a count."""
    f = facts(
        TITLE,
        "Methods: Ninety adults with major depression taking an SSRI will be randomised to "
        "two arms, placebo or naltrexone four and a half milligrams nightly, for ten weeks.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [4.5]
