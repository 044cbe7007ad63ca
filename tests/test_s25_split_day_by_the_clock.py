"""One day's dose split over the day and told by the clock ("1 mg at 8:00 and 1 mg at
21:00", "at 8 am ... at 8 pm"): the day's total is the dose, as with "in the morning and
at night", never its halves. Shown by registry61 NCT03300005 (doses [1.0, 2.0, 4.5] for
[2.0, 4.5]). Session 25, round 68, c68d."""

import pytest
from written import RCT, facts

TITLE = "Two low doses of naltrexone added to escitalopram in depression: a randomised trial"


@pytest.mark.parametrize(
    ("split", "doses"),
    [
        ("naltrexone 1.5 mg at 07:00 and 1.5 mg at 19:00", [3.0, 4.5]),
        ("naltrexone 1 mg at 9 am and 1 mg at 9 pm", [2.0, 4.5]),
        ("naltrexone 0.5 mg at 8.00 and 0.5 mg at 20.00", [1.0, 4.5]),
    ],
)
def test_the_day_total_of_a_clock_split(split: str, doses: list[float]) -> None:
    f = facts(
        TITLE,
        "Methods: One hundred adults with major depression starting escitalopram were "
        f"randomly assigned to {split}, naltrexone 4.5 mg at night, or placebo for eight "
        "weeks.\nResults: All groups improved.",
        RCT,
    )
    assert f.ldn_doses_mg == doses


def test_doses_at_weeks_are_no_clock() -> None:
    # near miss: a number after "at" that is a week, not a time of day: a step to the target,
    # as today
    f = facts(
        TITLE,
        "Methods: One hundred adults with major depression starting escitalopram were "
        "randomly assigned to naltrexone 1 mg at week 2 and 3 mg at week 6, or placebo, for "
        "eight weeks.\nResults: All groups improved.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0]
