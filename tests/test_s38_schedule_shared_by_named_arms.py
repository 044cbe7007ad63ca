"""A schedule written once after a list of arms, each arm naming the drug again, is every
arm's schedule: "naltrexone 1 microgram, naltrexone 5 micrograms or placebo, each given
twice daily" gives 2 and 10 micrograms a day, not 1 and 10 (the first arm lost its "twice
daily" because another arm's dose stood between it and the schedule).

Shown by holdout390 44000038 (ldn_doses_mg [0.001, 0.01] for [0.002, 0.01]).
Session 38, round 95, c95b.

Ways real abstracts write the same fact (the arms' shared schedule after their list):
- "randomized to naltrexone 1 microgram, naltrexone 5 micrograms or placebo, each given
  twice daily"
- "LDN 1 mg or LDN 2 mg, both taken twice a day"
- "1 mg naltrexone, 2 mg naltrexone or placebo, all administered twice daily"
- "naltrexone 0.5 mg (n = 24), naltrexone 1 mg (n = 24) or placebo (n = 24), each twice a
  day" (the arms' head counts between)
- "naltrexone 0.25 mg, naltrexone 0.75 mg, or matching placebo, each dosed three times daily"
The rule reaches them through the arm list itself: the schedule after ", each/both/all" may
reach over further doses when every drug named between is the same drug or placebo.
Near misses: a dose of another drug between ("naltrexone 1 mg, sertraline 50 mg or placebo,
each twice daily") and an arm with its own schedule ("4.5 mg at night") keep their doses.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Two doses of low-dose naltrexone in major depressive disorder: a randomised trial"


def _record(allocation: str) -> tuple[str, str]:
    return (
        TITLE,
        "Methods: Adults with major depressive disorder on a stable SSRI were randomly "
        f"assigned to {allocation}, for six weeks.\n"
        "Results: Seventy-eight adults were randomised; MADRS scores fell in all arms.",
    )


CASES = [
    (
        "naltrexone 1 microgram, naltrexone 5 micrograms or placebo, each given twice daily",
        [0.002, 0.01],
    ),
    ("LDN 1 mg or LDN 2 mg, both taken twice a day", [2.0, 4.0]),
    ("1 mg naltrexone, 2 mg naltrexone or placebo, all administered twice daily", [2.0, 4.0]),
    (
        "naltrexone 0.5 mg (n = 26), naltrexone 1 mg (n = 26) or placebo (n = 26), each twice a day",
        [1.0, 2.0],
    ),
    (
        "naltrexone 0.25 mg, naltrexone 0.75 mg, or matching placebo, each dosed three times daily",
        [0.75, 2.25],
    ),
]


@pytest.mark.parametrize(("allocation", "doses"), CASES)
def test_shared_schedule_reaches_every_arm(allocation: str, doses: list[float]) -> None:
    got = facts(*_record(allocation), RCT)
    assert got.ldn_doses_mg == doses
    assert got.compares_doses is True


def test_other_drug_between_keeps_its_dose() -> None:
    # near miss: the dose between is another drug's; the first arm's schedule is not said
    got = facts(
        *_record("naltrexone 1 mg, sertraline 50 mg or placebo, each given twice daily"), RCT
    )
    assert got.ldn_doses_mg == [1.0]


def test_arm_with_its_own_schedule_keeps_it() -> None:
    # near miss: the first arm's schedule is its own ("at night")
    got = facts(
        *_record(
            "naltrexone 4.5 mg at night, or naltrexone 1 mg or placebo, each given twice daily"
        ),
        RCT,
    )
    assert got.ldn_doses_mg == [2.0, 4.5]
