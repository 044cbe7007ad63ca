"""A dose written in words with a quarter ("two and a quarter milligrams", "one and three
quarters milligrams"): the whole amount is the dose, read like "one and a half milligrams";
with "morning and evening" the daily total. Shown by holdout243 27200026 (doses [1.0] for
[1.0, 4.5], its dose comparison missed). Session 25, round 68, c68d."""

import pytest
from written import RCT, facts

TITLE = "Two doses of naltrexone added to antidepressants in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("arms", "doses"),
    [
        (
            "naltrexone one milligram at night or two and a quarter milligrams twice a day",
            [1.0, 4.5],
        ),
        ("naltrexone one and a quarter or two and a half milligrams nightly", [1.25, 2.5]),
        (
            "naltrexone half a milligram or one and three quarters milligrams, each taken "
            "morning and evening",
            [1.0, 3.5],
        ),
    ],
)
def test_a_worded_dose_with_a_quarter(arms: str, doses: list[float]) -> None:
    f = facts(
        TITLE,
        "Methods: Sixty-four adults with major depression taking an SSRI were randomly "
        f"assigned to {arms} for eight weeks.\nResults: Both groups improved.",
        RCT,
    )
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_a_quarter_of_a_tablet_stays_a_part() -> None:
    # near miss: a quarter of a tablet, not "and a quarter" milligrams: today's reading
    f = facts(
        TITLE,
        "Methods: Sixty-four adults with major depression taking an SSRI were randomly "
        "assigned to naltrexone 4.5 mg or placebo at night, a quarter of a tablet for the "
        "first week.\nResults: Both groups improved.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
