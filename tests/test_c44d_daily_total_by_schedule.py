"""A unit dose whose day is told in words counts as the day's total (CONTRACT.md: 1 mg
b.i.d. is 2): "naltrexone 1 mg morning + naltrexone 1 mg evening" is 2 mg/day, and "1 mg
either once or twice a day" offers 1 and 2 mg/day, two doses compared (round 44, c44d;
shown by registry43 NCT05200020, "Once Versus Twice Daily Naltrexone 1 mg", read as one
dose of 1 mg). A placebo in the evening, or another drug's evening dose, adds nothing."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

TITLE = "Low-dose naltrexone in persistent depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        # the record's wording (its summary, its arms)
        (
            "Once Versus Twice Daily Naltrexone 1 mg in Persistent Depressive Disorder",
            "Adults with persistent depressive disorder took naltrexone 1 mg either once or "
            "twice a day for 12 weeks (a dummy capsule kept the twice-daily schedule blind).",
        ),
        (
            TITLE,
            "36 adults with persistent depressive disorder were randomized to naltrexone 1 mg "
            "morning + placebo evening or naltrexone 1 mg morning + naltrexone 1 mg evening for "
            "12 weeks.",
        ),
        # probes: other words for the same schedules
        (
            TITLE,
            "Forty adults with persistent depressive disorder were randomised to LDN 1 mg "
            "once versus twice daily for 10 weeks.",
        ),
        (
            TITLE,
            "Fifty outpatients with dysthymia were randomized to naltrexone 1 mg in the morning "
            "with placebo at night, or naltrexone 1 mg in the morning and 1 mg at night.",
        ),
    ],
)
def test_once_or_twice_a_day_are_two_doses(title: str, methods: str) -> None:
    f = facts(title, f"Methods: {methods}", RCT)
    assert f.ldn_doses_mg == [1.0, 2.0]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # one arm taking its dose morning and evening: one total
        (
            "Twenty adults with major depressive disorder took naltrexone 1.5 mg morning + "
            "naltrexone 1.5 mg evening for 8 weeks.",
            [3.0],
        ),
        # near misses: the evening dose is a placebo or another drug's
        (
            "Twenty adults with major depressive disorder took naltrexone 1 mg morning + placebo "
            "evening for 8 weeks.",
            [1.0],
        ),
        (
            "Twenty adults with major depressive disorder took LDN 4.5 mg in the morning and "
            "trazodone 50 mg at night for 8 weeks.",
            [4.5],
        ),
    ],
)
def test_one_days_doses_are_one_total(methods: str, doses: list[float]) -> None:
    f = facts("Low-dose naltrexone in depression: an open trial", f"Methods: {methods}", TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
