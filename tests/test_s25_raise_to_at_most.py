"""A flexible raise whose top is written as a cap in words ("the dose could be raised in
steps to at most 4.5 mg", "titrated to no more than 3 mg as tolerated"): the cap is the top
step of the raise, as "a maximum of 4.5 mg" already is, so both ends are the doses
(CONTRACT.md: a flexible range lists both ends). Shown by holdout244 27300017 ([1.5] for
[1.5, 4.5]). Session 25, round 69, c69d."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone added to an SSRI in chronic depression: an open pilot study"


@pytest.mark.parametrize(
    ("dosing", "doses"),
    [
        (
            "Naltrexone was begun at 1.5 mg at bedtime; if tolerated and response was "
            "insufficient, the dose could be raised in steps to at most 4.5 mg.",
            [1.5, 4.5],
        ),
        (
            "Patients started naltrexone 1 mg nightly, and the dose was titrated as "
            "tolerated to no more than 3 mg.",
            [1.0, 3.0],
        ),
        (
            "Naltrexone was started at 0.5 mg daily; depending on response the "
            "investigator could increase it stepwise to not more than 2 mg.",
            [0.5, 2.0],
        ),
    ],
)
def test_cap_of_a_flexible_raise_is_its_top_dose(dosing, doses):
    f = facts(
        TITLE,
        "Methods: In an uncontrolled 10-week study, 30 adults with chronic depression on "
        f"escitalopram received naltrexone in addition. {dosing}\n"
        "Results: Depression scores fell by a third.",
    )
    assert f.ldn_doses_mg == doses


def test_at_most_outside_a_raise_stays_a_bound():
    # near miss: "at most" in an eligibility rule, with no raise, is no dose anyone took
    f = facts(
        TITLE,
        "Methods: In an uncontrolled 10-week study, 30 adults with chronic depression on "
        "escitalopram received naltrexone 1.5 mg nightly. Patients who had taken at most "
        "4.5 mg of naltrexone before were eligible.\n"
        "Results: Depression scores fell by a third.",
    )
    assert f.ldn_doses_mg == [1.5]
