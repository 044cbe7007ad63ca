"""A dose written in words whose whole number is above ten and carries a fraction ("twelve
and a half milligrams", "fifteen and a quarter mg", "eleven point five milligrams") is read
whole: its "a half" alone is not a dose of 0.5 mg. Shown by holdout267 29800018 (naltrexone
"twelve and a half milligrams" on top of a tricyclic read as a low dose of 0.5 mg, so a
dose between the bands became on-topic and closed a gap). Session 27, round 72, c72b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Eighteen outpatients with major depression took naltrexone twelve and a "
        "half milligrams at night for six weeks, added to clomipramine. Results: MADRS "
        "dropped from 30 to 22.",
        "Methods: Thirty adults with bipolar depression were given naltrexone fifteen and a "
        "half mg daily alongside lamotrigine. Results: Depression scores improved modestly.",
        "Methods: Twenty-four depressed inpatients received naltrexone eleven point five "
        "milligrams each morning with venlafaxine for a month. Results: HAM-D fell by 6.",
    ],
)
def test_worded_dose_above_ten_with_fraction_is_not_low(abstract: str) -> None:
    f = facts("Naltrexone added to antidepressants in depression: an open study", abstract, TRIAL)
    assert not f.on_topic
    assert 0.5 not in f.ldn_doses_mg


def test_worded_low_dose_with_half_stays_low() -> None:
    """Near miss: "four and a half milligrams" is still the low dose (4.5 mg)."""
    f = facts(
        "Naltrexone added to antidepressants in depression: an open study",
        "Methods: Eighteen outpatients with major depression took naltrexone four and a half "
        "milligrams at night for six weeks, added to clomipramine. Results: MADRS dropped "
        "from 30 to 22.",
        TRIAL,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
