"""Kind: a dose whose decimal separator is written as a word other than "point", as
translated abstracts read a decimal comma aloud ("two comma five milligrams"): the whole
number is the dose, not its last word alone (5 mg beside the 4.5 mg meant). Shown by
holdout243 27200001 (doses [4.5, 5.0] for [4.5]). A list of doses in words, parted by real
commas, keeps today's answer. Session 25, round 68, c68c."""

import pytest
from written import TRIAL, facts

TITLE = "Adjunctive low-dose naltrexone in depression: an open-label study"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "Naltrexone one comma five milligrams was added at night to the current "
            "antidepressant for ten weeks.",
            [1.5],
        ),
        (
            "Every patient received naltrexone three comma zero milligrams daily together "
            "with escitalopram.",
            [3.0],
        ),
        (
            "Compounded naltrexone (four comma five milligrams, 4,5 mg) was taken each "
            "evening for 12 weeks.",
            [4.5],
        ),
    ],
)
def test_decimal_comma_read_aloud(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # a list of doses in words: real commas part them
        (
            "Patients were randomised to naltrexone one, two or four milligrams daily.",
            [1.0, 2.0, 4.0],
        ),
        # the decimal point read aloud: today's answer already
        ("Naltrexone four point five milligrams was given nightly.", [4.5]),
    ],
)
def test_near_misses_keep_their_answer(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses
