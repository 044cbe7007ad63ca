"""A dose told as what people were dispensed ("1053 (82%) were dispensed 4.5 mg daily",
"was dispensed 3 mg nightly"), no drug named in the sentence: the dispensing gives the
dose as "prescribed" and "received" do, so it is the drug the record was dosing. Shown by
holdout287 32000025 (a national cohort whose dispensed doses were lost). Session 29,
round 77, c77b."""

import pytest
from written import facts

TITLE = "Mood after starting low-dose naltrexone for chronic pain: a registry cohort"
OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of these, 640 (75%) were dispensed 4.5 mg daily.", [4.5]),
        ("Most people were dispensed 3 mg at night.", [3.0]),
        ("Each participant was dispensed 1.5 mg nightly for the first year.", [1.5]),
    ],
)
def test_dispensed_dose_is_the_drugs(sentence: str, expected: list[float]) -> None:
    abstract = (
        "From pharmacy records we identified adults with chronic pain who filled a first "
        f"LDN prescription. {sentence} Depression scores fell modestly over six months."
    )
    assert facts(TITLE, abstract, OBS).ldn_doses_mg == expected


def test_other_drug_dispensed_stays_its_own() -> None:
    """Near miss: a co-medication named as dispensed keeps its own dose."""
    abstract = (
        "From pharmacy records we identified adults with chronic pain who filled a first "
        "LDN prescription of 4.5 mg daily. Many were also dispensed sertraline 50 mg daily. "
        "Depression scores fell modestly over six months."
    )
    assert facts(TITLE, abstract, OBS).ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of these, 640 (75%) were dispensed 4.5 mg daily and 210 (25%) 3 mg daily.", [3.0, 4.5]),
        (
            "In all, 310 people received 1.5 mg nightly, 95 (22.5%) 3 mg and 20 4.5 mg.",
            [1.5, 3.0, 4.5],
        ),
        ("Overall 70% were prescribed 4.5 mg at night and 30% 1.5 mg.", [1.5, 4.5]),
    ],
)
def test_next_group_told_by_its_count_has_the_same_drug(
    sentence: str, expected: list[float]
) -> None:
    """The next group of people told by its count, the verb and the drug left out: its
    dose is the drug's the clause before was giving."""
    abstract = (
        "From pharmacy records we identified adults with chronic pain who filled a first "
        f"LDN prescription. {sentence} Depression scores fell modestly over six months."
    )
    assert facts(TITLE, abstract, OBS).ldn_doses_mg == expected
