"""A low dose named as one the study did not try ("lower doses such as 3 mg were not
tried", "4.5 mg was never attempted", "we did not try 2 mg") is nobody's dose: a study
giving only a dose above the band stays off-topic. Shown by holdout265 29600029 (a case
series of naltrexone 25 mg/day whose "4.5 mg were not tried" was read as a low dose
given). Session 27, round 72, c72b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("types", "abstract"),
    [
        (
            CASE,
            "Five depressed adults with bulimia took naltrexone 25 mg daily. Binge frequency "
            "fell in three; mood was unchanged. Smaller doses such as 3 mg were not tried.",
        ),
        (
            CASE,
            "Six depressed adults with bulimia took naltrexone 25 mg daily. Binge frequency "
            "fell in three; mood was unchanged. A 4.5 mg dose was never attempted.",
        ),
        (
            CASE,
            "Four women with depression and self-injury were prescribed naltrexone 25 mg/day; "
            "cutting stopped in two, depression persisted. Low doses (1.5-4.5 mg) were not "
            "tried in any patient.",
        ),
    ],
)
def test_dose_not_tried_is_nobodys(types: tuple[str, ...], abstract: str) -> None:
    f = facts("Naltrexone for depressed patients: a clinical report", abstract, types)
    assert not f.on_topic
    assert f.ldn_doses_mg == []


def test_dose_tried_stays() -> None:
    """Near miss: a low dose that was tried is given."""
    f = facts(
        "Naltrexone for depressed patients: a clinical report",
        "Five depressed adults took naltrexone 3 mg nightly. Mood improved in three. "
        "A dose of 4.5 mg was tried in two.",
        CASE,
    )
    assert f.on_topic
    assert 3.0 in f.ldn_doses_mg
