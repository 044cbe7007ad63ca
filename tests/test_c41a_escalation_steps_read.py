"""A dose escalation whose result is read after each step named by its dose ("HAM-D fell
by 2.1, 4.8 and 9.6 points after the 1, 2 and 4.5 mg steps") tests every step: each is a
dose (CONTRACT.md ldn_doses_mg, "for an explicitly dose-finding escalation every step
tested") and the doses are compared; a fixed titration read once at its target, or with
only side effects noted at its steps, keeps only the target (round 41, c41a; shown by
holdout135 14900012, the congress abstract "P2.118 Low-dose naltrexone dose escalation
in inflammatory depression: an open-label phase 2a study", read with one dose [4.5])."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    ("schedule", "result", "doses"),
    [
        # the record's wording
        (
            "received open-label LDN 1 mg/day for 2 weeks, then 2 mg/day for 2 weeks, then "
            "4.5 mg/day for 4 weeks.",
            "HAM-D-17 fell by 2.1, 4.8 and 9.6 points after the 1, 2 and 4.5 mg steps.",
            [1.0, 2.0, 4.5],
        ),
        # probes: other doses, other words for a step, units on each step
        (
            "took naltrexone 1.5 mg nightly for three weeks, then 3 mg for three weeks and "
            "finally 4.5 mg for six weeks.",
            "MADRS scores improved by 3, 5 and 10 points at the 1.5 mg, 3 mg and 4.5 mg levels.",
            [1.5, 3.0, 4.5],
        ),
        (
            "started low-dose naltrexone at 0.5 mg daily, rising to 2 mg after two weeks and "
            "to 4 mg after four weeks.",
            "Response rates rose from 10% to 25% and 45% during the 0.5, 2 and 4 mg stages.",
            [0.5, 2.0, 4.0],
        ),
    ],
)
def test_an_escalation_read_at_each_named_step_tests_every_step(
    schedule: str, result: str, doses: list[float]
) -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label pilot",
        "Methods: Adults with major depressive disorder (HAM-D-17 >= 18) "
        f"{schedule}\nResults: Twenty-four participants enrolled and 21 completed. {result}",
        CONGRESS,
    )
    assert (f.ldn_doses_mg, f.compares_doses) == (doses, True)


@pytest.mark.parametrize(
    "result",
    [
        # read once, at the target: a fixed titration
        "HAM-D-17 fell by 9.6 points at week 8.",
        # only side effects at the steps: the titration's own care
        "Adverse events were recorded after the 1, 2 and 4.5 mg steps; HAM-D-17 fell by 9.6 "
        "points at week 8.",
    ],
)
def test_a_titration_read_at_its_target_keeps_only_the_target(result: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label pilot",
        "Methods: Adults with major depressive disorder received naltrexone 1 mg/day for 2 "
        "weeks, then 2 mg/day for 2 weeks, then 4.5 mg/day for 4 weeks.\n"
        f"Results: Twenty-four participants enrolled. {result}",
        TRIAL,
    )
    assert (f.ldn_doses_mg, f.compares_doses) == ([4.5], False)
