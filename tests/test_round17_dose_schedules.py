"""Doses and the dose-finding gap, round 17 (holdout56-57, registry11 once opened): a
schedule tied to stretches of time, its daily dose rising (the same unit dose given more
often included), is one fixed titration with its target kept, not two doses compared."""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, TRIAL, facts, gaps

RCT_TITLE = "Low-dose naltrexone added to paroxetine for post-stroke depression: a randomized trial"
RCT_HEAD = (
    "Methods: A total of 120 patients with post-stroke depression (HAMD-24 >= 20) were "
    "randomly divided into an observation group and a control group, 60 each. "
)


# -- a first spell at a lower daily dose, then a higher one kept (holdout56 49100034:
# "1 mg once daily for the first week and 1 mg twice daily thereafter" gave [1, 2] and a
# false dose-finding verdict; labelled [2])


@pytest.mark.parametrize(
    ("schedule", "target"),
    [
        # the record's wording: the same unit dose, given twice a day after the first week
        (
            "Both groups received paroxetine 20 mg/d; the observation group additionally "
            "received naltrexone 1 mg once daily for the first week and 1 mg twice daily "
            "thereafter, for 8 weeks.",
            2,
        ),
        # probes: other words for the first spell and for what follows it
        (
            "Both groups took paroxetine 20 mg/d, and the observation group also took "
            "naltrexone 1.5 mg at bedtime during the first 10 days, after which patients took "
            "1.5 mg twice a day until week 8.",
            3,
        ),
        (
            "All patients continued paroxetine; the observation group added LDN 2 mg once daily "
            "in week 1 and 2 mg b.i.d. from week 2 onwards.",
            4,
        ),
        (
            "Paroxetine was continued in both groups; the observation group was given "
            "naltrexone 0.5 mg twice daily in the initial fortnight and 0.5 mg three times "
            "daily for the remaining six weeks.",
            1.5,
        ),
        (
            "Paroxetine was continued in both groups; the observation group took naltrexone "
            "1.5 mg nightly for the first week and 4.5 mg nightly thereafter.",
            4.5,
        ),
    ],
)
def test_a_first_spell_then_a_higher_daily_dose_is_one_titration(
    schedule: str, target: float
) -> None:
    abstract = f"{RCT_HEAD}{schedule}\nResults: HAMD-24 scores fell more in the observation group."
    f = facts(RCT_TITLE, abstract, RCT)
    assert f.ldn_doses_mg == [target]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(RCT_TITLE, abstract, RCT)


def test_arms_with_their_own_sizes_are_not_a_schedule() -> None:
    abstract = (
        "Methods: Forty adults with major depression took naltrexone 1.5 mg (n = 20) and "
        "4.5 mg (n = 20) nightly for the first eight weeks.\nResults: Both doses were tolerated."
    )
    title = "Two low doses of naltrexone in major depression: an open-label study"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]


# -- a registration's arm written one time-labelled clause a step (registry11 NCT08800010:
# "Week 1: 1.5 mg nocte; week 2: 3 mg nocte; weeks 3-12: 3 mg twice daily" gave
# [1.5, 3, 6]; labelled [6])


def _registration(arm: str) -> Any:
    from written import LEX, RULES, registration

    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000001",
        title="Naltrexone augmentation for late-life depression",
        summary="Older adults with depression on citalopram are randomised to "
        "naltrexone or placebo for 12 weeks.",
        allocation="RANDOMIZED",
        enrollment=48,
        arms=[
            {"label": "Naltrexone", "type": "EXPERIMENTAL", "description": arm},
            {"label": "Placebo", "type": "PLACEBO_COMPARATOR", "description": "Placebo."},
        ],
        outcomes=["Change in MADRS"],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


@pytest.mark.parametrize(
    ("arm", "target"),
    [
        (
            "Week 1: 1.5 mg nocte; week 2: 3 mg nocte; weeks 3-12: 3 mg twice daily (target dose).",
            6,
        ),
        # probes: days for weeks, no word "target", the unit dose given more often
        ("Days 1-7: naltrexone 1 mg at night; days 8-84: naltrexone 1 mg twice daily.", 2),
        (
            "Naltrexone. Week 1: 0.5 mg at bedtime; weeks 2-3: 1.5 mg at bedtime; weeks 4-12: 4.5 mg.",
            4.5,
        ),
    ],
)
def test_time_labelled_clauses_of_one_arm_are_one_titration(arm: str, target: float) -> None:
    f = _registration(arm).facts
    assert f.ldn_doses_mg == [target]
    assert not f.compares_doses


# -- the same unit dose later given more often with no new amount written: a raise of the
# daily dose (the kind of holdout56 49100034, said without repeating the amount)


@pytest.mark.parametrize(
    ("schedule", "doses"),
    [
        (
            "Naltrexone 1 mg was taken at night for one week and then twice daily for seven weeks.",
            [2],
        ),
        ("Naltrexone 1.5 mg at bedtime, increased after two weeks to three times a day.", [4.5]),
        # a raise for non-responders keeps both levels (CONTRACT.md)
        ("Naltrexone 1 mg at night, increased to twice daily in non-responders at week 4.", [1, 2]),
    ],
)
def test_the_same_unit_dose_given_more_often_is_a_raise(schedule: str, doses: list[float]) -> None:
    abstract = (
        f"Methods: Forty adults with major depressive disorder were enrolled. {schedule}\n"
        "Results: Scores improved."
    )
    title = "Low-dose naltrexone for major depression: an open-label trial"
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses


# -- two doses of a trial's periods, each with its own people, are not a schedule (holdout51
# 54100025, "the protocol was amended ... and participants randomised thereafter received
# 4.5 mg nightly", was read as one when "thereafter" first counted)


@pytest.mark.parametrize(
    "periods",
    [
        "The original protocol specified naltrexone 1.5 mg nightly; after a tolerability "
        "review the protocol was amended and participants randomised thereafter received "
        "4.5 mg nightly.",
        "Participants recruited in 2023 received naltrexone 1 mg daily for the first 12 "
        "weeks; those recruited from 2024 onwards received 3 mg daily.",
    ],
)
def test_doses_of_trial_periods_with_their_own_people_are_both_kept(periods: str) -> None:
    abstract = (
        "Methods: Adults with treatment-resistant depression on an SSRI were randomised to "
        f"naltrexone or placebo for 12 weeks. {periods}\nResults: MADRS fell more with naltrexone."
    )
    title = "Adjunctive low-dose naltrexone in treatment-resistant depression: a randomised trial"
    assert len(facts(title, abstract, RCT).ldn_doses_mg) == 2
