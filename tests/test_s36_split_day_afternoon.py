"""A daily dose split through the day whose second part falls in the afternoon or at midday
("3 mg in the morning and 3 mg in the early afternoon (6 mg/day)") is one daily total (6),
as a morning and evening split is (CONTRACT.md: ``ldn_doses_mg`` are total daily doses); its
parts are no doses of their own. Shown by holdout377 42500027 (a case on a split 3 + 3 mg
schedule, read as [3, 4.5, 6]). Session 36, round 92, c92c.

Ways real abstracts state the same fact (two amounts, two times of one day):
1. "a split schedule of 3 mg in the morning and 3 mg in the early afternoon (6 mg/day)"
2. "1.5 mg in the morning and 1.5 mg in the afternoon"
3. "2 mg at breakfast and 2 mg at lunch"
4. "1 mg on waking and 1 mg at midday"
5. "0.5 mg mornings, 2 mg evenings" (read before)
The split is read by the dose reader's one pattern of a split day (``_SPLIT_DAY``), for the
watched drug only."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to an SSRI in depression: an open-label trial"


@pytest.mark.parametrize(
    ("dosing", "doses"),
    [
        (
            "All participants took naltrexone on a split schedule of 3 mg in the morning and "
            "3 mg in the early afternoon.",
            [6.0],
        ),
        (
            "All participants took naltrexone 1.5 mg in the morning and 1.5 mg in the afternoon.",
            [3.0],
        ),
        ("All participants took naltrexone 2 mg at breakfast and 2 mg at lunch.", [4.0]),
        ("All participants took naltrexone 1 mg on waking and 1 mg at midday.", [2.0]),
    ],
)
def test_split_day_is_one_total(dosing: str, doses: list[float]) -> None:
    f = facts(
        TITLE,
        "Methods: We enrolled 30 adults with major depression taking sertraline. "
        + dosing
        + "\nResults: Depression scores fell.",
        TRIAL,
    )
    assert f.on_topic
    assert f.ldn_doses_mg == doses


def test_other_drug_in_the_afternoon_is_no_part() -> None:
    # near miss: the afternoon amount is the co-medication's, not a part of the day's dose
    f = facts(
        TITLE,
        "Methods: We enrolled 30 adults with major depression. All took naltrexone 4.5 mg in "
        "the morning and 50 mg of sertraline in the afternoon.\nResults: Scores fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
