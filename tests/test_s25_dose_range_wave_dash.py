"""A flexible LDN dose range written with a wave dash, as East Asian abstracts and
congress abstracts type it ("1〜3 mg/日", "0.5～4.5 mg"): both ends are doses, as with a
hyphen or an en dash. Shown by holdout243 27200040 (doses [3.0] for [1.0, 3.0]).
Session 25, round 68, c68d."""

import pytest
from written import CASE, JOURNAL, facts

TITLE = "Low-dose naltrexone as an add-on in depression: a retrospective case series"


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        ("Naltrexone was prescribed at 1.5〜4.5 mg/日 according to tolerability.", [1.5, 4.5]),
        ("Patients took LDN 0.5～3 mg at night, titrated by response.", [0.5, 3.0]),
        ("Doses of LDN were 2 〜 4.5 mg daily.", [2.0, 4.5]),
    ],
)
def test_both_ends_of_a_wave_dash_range(sentence: str, doses: list[float]) -> None:
    abstract = (
        "Twelve outpatients with major depression and partial response to an SSRI were "
        f"reviewed. {sentence} HAM-D fell from 22 to 14 at 8 weeks."
    )
    assert facts(TITLE, abstract, JOURNAL).ldn_doses_mg == doses


def test_a_wave_dash_between_weeks_is_no_dose() -> None:
    # near miss: the range is of weeks; the one dose stays the one dose
    abstract = (
        "A man with major depression on sertraline was given naltrexone 4.5 mg at night "
        "for 8〜12 weeks. His HAM-D fell from 24 to 10."
    )
    assert facts(
        "Low-dose naltrexone in depression: a case report", abstract, CASE
    ).ldn_doses_mg == [4.5]
