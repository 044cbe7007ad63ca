"""A daily figure worked out from a schedule given at another interval is no dose anyone
was given (CONTRACT.md: a schedule lists the dose given per administration): naltrexone
"25 mg once weekly (about 3.6 mg/day averaged over the week)" is 25 mg, above the low-dose
band, so the trial gives no LDN and is off-topic, however well it fits the gaps otherwise.

Shown by holdout395 44500009 (read as an LDN trial of 3.6 mg: larger-trials and
serotonergic-combination "addressed" for "no", batch 91's blind measurement). Session 38,
lead.

Ways real abstracts write such a worked-out daily figure:
- "(about 3.6 mg/day averaged over the week)"
- "equivalent to a daily dose of 3.6 mg"
- "a daily-equivalent dose of 3.6 mg"
- "which averages about 3.6 mg per day"
- "roughly 3.6 mg a day on average"
Read off the words around the amount (``doses._EQUIVALENT_BEFORE``, ``_AVERAGED_AFTER``).
Near misses keep their doses: a nightly dose taken "on average 6 nights a week", an
alternate-day schedule, a liquid's dose told with its volume.
"""

from __future__ import annotations

import pytest
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts


def _record(title: str, arms: str) -> tuple[str, str]:
    return (
        title,
        "Methods: Adults with major depressive disorder (HAM-D 18 or more) despite escitalopram "
        f"were randomized to {arms}\n"
        "Results: Sixty participants were randomized; HAM-D fell by 8.9 points with "
        "naltrexone and 7.6 with placebo.",
    )


WEEKLY = (
    "Once-weekly naltrexone as augmentation of escitalopram in major depressive disorder: a "
    "randomized trial"
)
CASES = [
    "naltrexone 25 mg once weekly or placebo. The weekly dose was chosen to match the "
    "cumulative weekly exposure of daily LDN (about 3.6 mg/day averaged over the week).",
    "naltrexone 25 mg once weekly or placebo, equivalent to a daily dose of 3.6 mg.",
    "naltrexone 25 mg once weekly or placebo (a daily-equivalent dose of 3.6 mg).",
    "naltrexone 25 mg once weekly or placebo, which averages about 3.6 mg per day.",
    "naltrexone 25 mg once weekly or placebo, i.e. roughly 3.6 mg a day on average.",
]


@pytest.mark.parametrize("arms", CASES)
def test_worked_out_daily_figure_is_no_dose(arms: str) -> None:
    got = facts(*_record(WEEKLY, arms), RCT)
    assert got.ldn_doses_mg == []
    assert got.on_topic is False
    assert all(v.value == "no" for v in verdicts(got, RULES).values())


LDN = (
    "Low-dose naltrexone augmentation of escitalopram in major depressive disorder: a "
    "randomized trial"
)
NEAR = [
    ("LDN 4.5 mg nightly, on average 6 nights a week, or placebo.", [4.5]),
    ("LDN 4.5 mg every other day or placebo.", [4.5]),
    ("LDN 4.5 mg daily (equivalent to 1 mL of the compounded solution) or placebo.", [4.5]),
    ("LDN 3 mg or 4.5 mg nightly; adherence averaged 92% over the trial.", [3.0, 4.5]),
]


@pytest.mark.parametrize(("arms", "doses"), NEAR)
def test_doses_given_are_kept(arms: str, doses: list[float]) -> None:
    got = facts(*_record(LDN, arms), RCT)
    assert got.on_topic is True
    assert got.ldn_doses_mg == doses
    assert verdicts(got, RULES)["serotonergic-combination"].value == "addressed"
