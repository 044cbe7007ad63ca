"""A low dose told first, then the move to a dose above the band ("4.5 mg for three
months before she was switched to an 8 mg daily capsule"), is history: the report studies
the dose above the band, so nobody here takes a low dose (batch 30: a false on-topic case
report). A unit of the dosage form named by when it is taken ("an 8 mg daily capsule")
is a daily dose, not the form's strength."""

from __future__ import annotations

import pytest
from written import facts

CASE = ("Case Reports",)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 8 mg daily for refractory depression: a case report",
            "A 52-year-old woman with recurrent major depressive disorder, on duloxetine, had a "
            "partial response to LDN 4.5 mg for three months before she was switched by a "
            "compounding pharmacy to an 8 mg daily capsule. On 8 mg her PHQ-9 fell from 18 to 9.",
        ),
        (
            "Naltrexone 10 mg in treatment-resistant depression: a case report",
            "A 40-year-old man with major depression took LDN 4.5 mg for two months with little "
            "effect before his dose was raised to 10 mg daily. On 10 mg his MADRS fell from 30 "
            "to 14.",
        ),
        (
            "Intermediate-dose naltrexone in depression: a case report",
            "A woman with major depressive disorder used low-dose naltrexone 3 mg until she was "
            "changed to 12 mg once daily; her BDI-II then fell from 28 to 12.",
        ),
    ],
)
def test_a_low_dose_left_for_one_above_the_band_gives_no_low_dose(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, CASE)
    assert f.ldn_doses_mg == []
    assert not f.on_topic


def test_a_raise_within_the_band_keeps_its_target() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a case report",
        "A man with major depressive disorder took naltrexone 1.5 mg for two weeks before his "
        "dose was raised to 4.5 mg nightly; his MADRS fell from 29 to 12.",
        CASE,
    )
    assert f.on_topic
    assert 4.5 in f.ldn_doses_mg


@pytest.mark.parametrize(
    ("said", "dose"),
    [("an 8 mg daily capsule", 8.0), ("a 4.5 mg nightly tablet", 4.5)],
)
def test_a_unit_named_by_when_it_is_taken_is_a_daily_dose(said: str, dose: float) -> None:
    f = facts(
        "Naltrexone in major depressive disorder: a case report",
        f"A woman with major depressive disorder was given naltrexone as {said}; her PHQ-9 "
        "fell from 20 to 8.",
        CASE,
    )
    assert f.on_topic is (dose <= 6)
    assert f.ldn_doses_mg == ([dose] if dose <= 6 else [])
