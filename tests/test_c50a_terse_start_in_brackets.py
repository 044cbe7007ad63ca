"""Titration steps told in brackets after the target dose, the start written tersely
("4.5 mg daily (start 1.5 mg, increased by 1.5 mg weekly)", "(starting 1 mg, ...)",
"(initially 0.5 mg, ...)"): the start is a first step, not a dose anyone stays on
(CONTRACT.md: a fixed titration lists only its target), so it neither adds a dose nor
makes the study a dose comparison. Round 50, c50a; shown by holdout174 19200015, "[Low-dose
naltrexone as add-on to mirtazapine in late-life depression: an open-label multicentre
study]", read as [1.5, 4.5] with a false dose-finding "addressed"."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone as add-on treatment in depression: an open-label multicentre study"


def _facts(methods: str, types: tuple[str, ...] = TRIAL):  # type: ignore[no-untyped-def]
    return facts(
        TITLE,
        f"Background: Many patients respond incompletely to antidepressants.\nMethods: {methods}\n"
        "Results: Depression scores improved over 12 weeks; 5 patients stopped early.\n"
        "Conclusions: LDN as add-on appears feasible.",
        types,
    )


@pytest.mark.parametrize(
    ("methods", "target"),
    [
        # the record's wording
        (
            "In this open, non-randomised study at four geriatric psychiatry units, 52 patients "
            "aged 65 years or older with a major depressive episode (GDS-15 >= 6) who were taking "
            "mirtazapine 30-45 mg received naltrexone 4.5 mg daily in addition (start 1.5 mg, "
            "increased by 1.5 mg weekly).",
            4.5,
        ),
        # probes: other words for the start, other doses, steps and intervals
        (
            "Sixty adults with major depressive disorder on sertraline took naltrexone 4.5 mg "
            "nightly (starting 1.5 mg, raised by 1.5 mg every 5 days).",
            4.5,
        ),
        (
            "We enrolled 58 outpatients with treatment-resistant depression who received LDN 3 mg "
            "at bedtime (initially 1 mg, titrated up by 1 mg each week) on top of escitalopram.",
            3.0,
        ),
        (
            "Participants (n = 64) with major depressive disorder took naltrexone 4.5 mg daily "
            "(beginning 0.5 mg, escalated by 1 mg per week) alongside their SSRI.",
            4.5,
        ),
        (
            "Seventy patients with major depression received naltrexone 4 mg once daily as add-on "
            "to venlafaxine (start: 1 mg, increased by 1 mg every 3 days).",
            4.0,
        ),
    ],
)
def test_a_terse_start_in_brackets_is_a_step(methods: str, target: float) -> None:
    f = _facts(methods)
    assert f.ldn_doses_mg == [target]
    assert not f.compares_doses


def test_the_record_addresses_no_dose_finding() -> None:
    methods = (
        "In this open, non-randomised study at four geriatric psychiatry units, 52 patients aged "
        "65 years or older with a major depressive episode (GDS-15 >= 6) who were taking "
        "mirtazapine 30-45 mg received naltrexone 4.5 mg daily in addition (start 1.5 mg, "
        "increased by 1.5 mg weekly)."
    )
    got = gaps(
        "[Low-dose naltrexone as add-on to mirtazapine in late-life depression: an open-label "
        "multicentre study]",
        f"Methods: {methods}\nResults: GDS-15 improved from 9.8 to 6.1 after 12 weeks.",
        ("English Abstract", "Journal Article", "Multicenter Study"),
    )
    assert "dose-finding" not in got


@pytest.mark.parametrize(
    ("methods", "doses", "compared"),
    [
        # near misses: alternatives, a raise only without response, a flexible range
        (
            "Sixty adults with major depressive disorder on sertraline were randomised to "
            "naltrexone 1.5 mg or 4.5 mg nightly.",
            [1.5, 4.5],
            True,
        ),
        (
            "Sixty adults with major depressive disorder on sertraline took naltrexone (starting "
            "1.5 mg, increased to 4.5 mg at week 4 if no response).",
            [1.5, 4.5],
            False,
        ),
        (
            "Sixty adults with major depressive disorder on sertraline were randomised to "
            "naltrexone 1.5 mg nightly, 4.5 mg nightly or placebo; all started 1.5 mg.",
            [1.5, 4.5],
            True,
        ),
        (
            "Sixty adults with major depressive disorder on sertraline took naltrexone 1.5-4.5 mg "
            "nightly as tolerated (start 1.5 mg).",
            [1.5, 4.5],
            False,
        ),
        (
            "Sixty adults with major depressive disorder on sertraline took naltrexone 2 mg "
            "(initially 2 mg, with no titration).",
            [2.0],
            False,
        ),
    ],
)
def test_near_misses_keep_their_doses(methods: str, doses: list[float], compared: bool) -> None:
    f = _facts(methods, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is compared
