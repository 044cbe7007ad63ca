"""A raise given only to some, told by the people's noun and the threshold they missed
("increased to 4.5 mg in the 9 residents whose GDS had fallen by less than 30%"), with a
noun for people beyond the usual few (residents, outpatients, veterans): both levels count
(CONTRACT.md: a dose raised only in non-responders lists both). Shown by preprints59
PPR4000027 (only the raised volume read). Session 25, round 67, c67c."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone for depression in later life: an open-label pilot"
OPEN = (
    "Methods: Care-home residents aged 70 or more with major depression on a stable "
    "antidepressant took naltrexone at night for 12 weeks. Thirty residents took part. "
)


@pytest.mark.parametrize(
    "raise_",
    [
        "Naltrexone was begun at 2 mg; at week 6 it went up to 4 mg in the 8 residents whose "
        "GDS-15 had dropped by less than a quarter.",
        "Naltrexone was begun at 2 mg; at week 6 it was raised to 4 mg for outpatients whose "
        "MADRS had fallen under 25%.",
        "Naltrexone was begun at 2 mg; at week 6 it was raised to 4 mg in veterans with a "
        "PHQ-9 fall below five points.",
    ],
)
def test_raise_for_people_missing_a_threshold_keeps_both(raise_: str) -> None:
    f = facts(TITLE, f"{OPEN}{raise_}\nResults: Mood improved.", TRIAL)
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_raise_for_everyone_keeps_the_target() -> None:
    """Near miss: a raise for all the residents is a fixed titration: only the target."""
    f = facts(
        TITLE,
        f"{OPEN}Naltrexone was begun at 2 mg; at week 2 it was raised to 4 mg in all the "
        "residents.\nResults: Mood improved.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.0]
