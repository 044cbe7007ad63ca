"""Round 17 (c17c): on-topic precision and participant counts, from holdout56-58 once
they were opened. Each test names the kind of error; the probes say it in other words."""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

# -- a small unit dose taken so often that the day's total is above the LDN band
# (holdout57 48100025: "3 mg four times daily (total 12 mg/day)"). The contract's band
# is of the total daily dose, whether or not the total is written out.

DIVIDED = "Divided-dose naltrexone for major depressive disorder: an open-label pilot study"


@pytest.mark.parametrize(
    ("methods", "total"),
    [
        # the record's kind: the total written out in brackets
        ("received naltrexone 3 mg four times daily (total 12 mg/day) for six weeks", 12),
        # probes: no total written, other ways to say the frequency
        ("took naltrexone 2.5 mg every 4 hours while awake for eight weeks", 15),
        ("were given naltrexone 2 mg q.i.d. for six weeks", 8),
        ("received compounded naltrexone capsules, 1.75 mg, 4 times a day, for 6 weeks", 7),
    ],
)
def test_a_unit_dose_taken_often_enough_to_exceed_the_band_is_not_ldn(
    methods: str, total: int
) -> None:
    abstract = (
        f"Methods: Forty-six adults with major depressive disorder (HAM-D17 >= 18) {methods}.\n"
        "Results: HAM-D17 fell from 21.9 to 14.2."
    )
    f = facts(DIVIDED, abstract, TRIAL)
    assert f.on_topic is False
    assert gaps(DIVIDED, abstract, TRIAL) == {}


def test_a_unit_dose_taken_four_times_a_day_within_the_band_is_ldn() -> None:
    abstract = (
        "Methods: Forty-six adults with major depressive disorder received naltrexone 1 mg "
        "four times daily for six weeks.\nResults: HAM-D17 fell from 21.9 to 14.2."
    )
    f = facts(DIVIDED, abstract, TRIAL)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.0]
