"""A dose range left in the original language of a translated abstract, its ends joined by
the Romance "a" ("da 1,5 a 4,5 mg", "de 1 a 3 mg"): both ends are the flexible range's,
as "1.5 to 4.5 mg" is. Shown by holdout237 26500009 (only 4.5 mg read). Session 25,
round 67, c67c."""

import pytest
from written import facts

TITLE = "[Low-dose naltrexone for depressive symptoms: a clinic cohort]"


@pytest.mark.parametrize(
    ("dosing", "expected"),
    [
        ("LDN se administró de 1 a 3 mg por la noche según tolerancia.", [1.0, 3.0]),
        ("Il naltrexone era dosato da 0,5 a 2 mg al giorno.", [0.5, 2.0]),
        ("Naltrexona foi usada de 1,5 a 4,5 mg à noite conforme tolerância.", [1.5, 4.5]),
    ],
)
def test_romance_range_gives_both_ends(dosing: str, expected: list[float]) -> None:
    abstract = (
        "Methods: Retrospective review of 88 outpatients with depressive symptoms given "
        f"low-dose naltrexone. {dosing}\nResults: HADS-D fell at 6 months."
    )
    f = facts(TITLE, abstract, ("Journal Article", "Observational Study"))
    assert f.ldn_doses_mg == expected


def test_a_before_a_word_is_no_range() -> None:
    """Near miss: "4.5 mg a night" is one dose, the "a" an article."""
    f = facts(
        TITLE,
        "Methods: Retrospective review of 88 outpatients with depressive symptoms given "
        "low-dose naltrexone 4.5 mg a night.\nResults: HADS-D fell at 6 months.",
        ("Journal Article", "Observational Study"),
    )
    assert f.ldn_doses_mg == [4.5]
