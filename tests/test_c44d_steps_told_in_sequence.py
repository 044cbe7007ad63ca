"""A run of dose steps told with a word of sequence and one unit at the end ("increased
every two weeks from 0.5 to 1.5, 3 and finally 4.5 mg/day", "1, 2 and then 4 mg/day")
is one schedule's steps: a dose escalation tests every step, a fixed titration keeps its
target (CONTRACT.md), and the steps are never arms (round 44, c44d; shown by holdout158
17400024, an open-label escalation read as [4.5] without its dose-finding)."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "methods", "doses"),
    [
        # the record's wording
        (
            "Naltrexone dose escalation in treatment-resistant depression: an open-label study",
            "In this open-label study, adults with treatment-resistant depression discontinued "
            "their antidepressants and received naltrexone monotherapy, increased every two "
            "weeks from 0.5 to 1.5, 3 and finally 4.5 mg/day. The MADRS was the primary outcome "
            "at each dose level. Sixteen participants enrolled.",
            [0.5, 1.5, 3.0, 4.5],
        ),
        # probes: other steps and words of sequence
        (
            "Ascending doses of low-dose naltrexone in depression: an open-label dose-finding "
            "study",
            "Eighteen adults with major depressive disorder received naltrexone at 1, 2 and then "
            "4 mg/day, two weeks each, with HAM-D read at each dose level.",
            [1.0, 2.0, 4.0],
        ),
        (
            "Low-dose naltrexone dose escalation for persistent depressive disorder",
            "In this open-label dose-escalation study, 22 outpatients with persistent depressive "
            "disorder took naltrexone 0.25, 0.5, 1 and lastly 2 mg daily in three-week steps; "
            "HAM-D was compared across the dose levels.",
            [0.25, 0.5, 1.0, 2.0],
        ),
    ],
)
def test_an_escalation_tests_every_step(title: str, methods: str, doses: list[float]) -> None:
    f = facts(title, f"Methods: {methods}", TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("title", "methods", "types"),
    [
        # near misses: a fixed titration told the same way keeps its target
        (
            "Low-dose naltrexone added to sertraline in major depression: a randomised trial",
            "Sixty adults with major depressive disorder on sertraline were randomised to "
            "naltrexone or placebo; naltrexone was titrated from 1.5 to 3 and then 4.5 mg nightly "
            "over two weeks. The primary outcome was MADRS at week 12.",
            RCT,
        ),
        (
            "Low-dose naltrexone in bipolar depression: an open trial",
            "Twenty adults with bipolar depression took naltrexone started at 0.5, then 1.5, and "
            "finally 4.5 mg nightly. MADRS at week 8 was the outcome.",
            TRIAL,
        ),
    ],
)
def test_a_titration_told_in_sequence_keeps_its_target(
    title: str, methods: str, types: tuple[str, ...]
) -> None:
    f = facts(title, f"Methods: {methods}", types)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_arms_stay_arms() -> None:
    f = facts(
        "Low-dose naltrexone in depression: randomised comparison",
        "Methods: 90 adults with major depressive disorder were randomised to naltrexone 1.5, 3 "
        "or 4.5 mg daily.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses
