"""A dose whose schedule is two clock times of one day ("250 µg, taken at 07:00 and
19:00", "1 mg at 8 am and 8 pm") is taken twice a day: the daily dose is twice the unit
(CONTRACT.md: the total daily dose; 1 mg b.i.d. is 2). Shown by holdout277 30900017 (an
ultra-low-dose RCT whose "taken at 08:00 and 20:00" was read as once a day). Session 28,
round 74, c74b."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "mg"),
    [
        (
            "Ultra-low-dose naltrexone with escitalopram in depression: a pilot RCT",
            "Outpatients with major depression on escitalopram were randomly assigned to "
            "naltrexone 200 µg or placebo, taken at 07:00 and 19:00, for six weeks. "
            "Forty-two were randomised.",
            RCT,
            [0.4],
        ),
        (
            "Low-dose naltrexone in depressed adults: an open-label study",
            "Depressed adults were given low-dose naltrexone 1 mg at 8 am and 8 pm for twelve "
            "weeks. "
            "Twenty-five participants were enrolled.",
            TRIAL,
            [2.0],
        ),
        (
            "Twice-daily low-dose naltrexone as an adjunct in treatment-resistant depression",
            "Patients were randomized to low-dose naltrexone 1.5 mg, taken at 09:00 and "
            "21:00, or to matching placebo. Fifty patients were randomized.",
            RCT,
            [3.0],
        ),
    ],
)
def test_two_clock_times_are_twice_a_day(
    title: str, abstract: str, types: tuple[str, ...], mg: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == mg


def test_one_clock_time_stays_once_a_day() -> None:
    # near miss: one time of day is one dose a day
    f = facts(
        "Low-dose naltrexone at night for depression: an open trial",
        "Thirty depressed adults took naltrexone 4.5 mg at 22:00 each night for eight weeks.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
