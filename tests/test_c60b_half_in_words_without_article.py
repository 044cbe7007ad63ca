"""A dose written in words with its half told without the article ("four and half
milligram", "two and half mg", as translated abstracts write it) is the whole number and a
half, wherever the record carries it: title, opening, methods, results, conclusions,
unlabelled abstract.

Round 60, c60b; shown by holdout213 23800018 ("32 received naltrexone four and half
milligram each night": doses []) and 23800003 ("naltrexone one milligram, two and half
milligram or four and half milligram daily": doses [1] for [1, 2.5, 4.5]).
"""

from __future__ import annotations

import pytest
from test_c60b_dose_read_out_with_its_point import _places
from written import PROTOCOL, RCT, facts

PROTOCOL_RECORD = (
    "Dose finding of low-dose naltrexone for treatment-resistant depression: protocol of a "
    "three-arm, placebo-controlled, randomised trial (LOWDOSE-TRD)",
    "Background: Until now only one small pilot has tested LDN in depression, with one dose "
    "only, which optimal dose is not known. We plan to compare three doses.\n"
    "Methods: Ninety adult outpatients with TRD (failure of two or more adequate "
    "antidepressant trial in current episode) will be randomised equally to naltrexone one "
    "milligram, two and half milligram or four and half milligram daily, or to placebo, in "
    "addition to their current antidepressant treatment which is kept unchanged.",
)


def test_the_protocol() -> None:
    assert facts(*PROTOCOL_RECORD, PROTOCOL).ldn_doses_mg == [1.0, 2.5, 4.5]


WRITTEN = [
    ("four and half milligram", [4.5]),
    ("four and half mg", [4.5]),
    ("one and half milligrams", [1.5]),
    ("two and half milligram", [2.5]),
]


@pytest.mark.parametrize("dose,expected", WRITTEN)
@pytest.mark.parametrize("place", list(_places("x")))
def test_half_without_article(place: str, dose: str, expected: list[float]) -> None:
    got = facts(*_places(dose)[place], RCT)
    assert got.ldn_doses_mg == expected, place
    assert got.compares_doses is False, place


# near misses: "half" of something else beside a whole-number dose does not halve it
@pytest.mark.parametrize(
    "dose,expected", [("four mg", [4.0]), ("four and a half mg", [4.5]), ("4 mg", [4.0])]
)
def test_near_misses(dose: str, expected: list[float]) -> None:
    for place, record in _places(dose).items():
        assert facts(*record, RCT).ldn_doses_mg == expected, place


def test_half_of_the_people_is_no_half_dose() -> None:
    got = facts(
        "Low-dose naltrexone in major depression",
        "Sixty adults with major depression were randomised to naltrexone four mg or placebo; "
        "one and half of the others withdrew. Depression scores improved.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.0]
