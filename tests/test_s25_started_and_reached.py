"""A fixed titration told with "reached" ("started at 1.5 mg and reached 4.5 mg after two
weeks"): the level reached is the target and the first dose a step, as with "raised to"
(CONTRACT.md: a fixed titration lists only the target). Shown by holdout246 27500036
([1.5, 4.5] for [4.5]; there the start is told of one arm, which this does not yet settle).
Session 25, round 69, c69d."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to sertraline in major depression: an open trial"


@pytest.mark.parametrize(
    ("dosing", "doses"),
    [
        ("Naltrexone started at 1.5 mg nightly and reached 4.5 mg after two weeks.", [4.5]),
        ("Patients started at 1 mg daily and reached 3 mg in the second week.", [3.0]),
        (
            "Participants were started on naltrexone 0.5 mg, then reaching a target dose of "
            "2 mg in week 3.",
            [2.0],
        ),
    ],
)
def test_level_reached_is_the_target(dosing, doses):
    f = facts(
        TITLE,
        f"Methods: Thirty adults with depression on sertraline received naltrexone for 8 "
        f"weeks. {dosing}\nResults: Depression scores fell by 40%.",
        TRIAL,
    )
    assert f.ldn_doses_mg == doses


def test_raise_for_non_responders_keeps_both():
    # near miss: a second dose only for some keeps both levels, as today
    f = facts(
        TITLE,
        "Methods: Thirty adults with depression on sertraline received naltrexone 1.5 mg "
        "nightly; non-responders at week 4 were raised to 4.5 mg.\n"
        "Results: Depression scores fell by 40%.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
