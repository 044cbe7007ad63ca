"""The kind: a lower dose given only for a first stretch of time and then a higher one
("1.5 mg for one week followed by 4.5 mg") is a fixed titration whose target is the study's
dose, not two doses compared, wherever the schedule is written and whatever follows it
(", or placebo,"). Round 61, c61a; the record that showed it: holdout216 24200007
("randomized to naltrexone 1.5 mg for one week followed by 4.5 mg daily, or placebo")."""

from __future__ import annotations

import pytest
from written import RCT, arm, facts, judge_registration, registration

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
BACKGROUND = "Background: Adults with major depressive disorder took part.\n"

STEPPED = [
    # the record's own wording
    "Methods: Participants were then randomized to naltrexone 1.5 mg for one week followed by "
    "4.5 mg daily, or placebo, for 10 weeks.",
    "Methods: Adults were randomized to naltrexone (1.5 mg for 7 days followed by 4.5 mg/day) "
    "or placebo.",
    "Methods: Patients were randomised to naltrexone 1 mg daily for two weeks, then 3 mg daily, "
    "or to placebo, for 12 weeks.",
    "Results: Patients who took naltrexone 1.5 mg for one week followed by 4.5 mg, or placebo, "
    "improved more on naltrexone (n = 70).",
    "Adults with major depression were randomized to naltrexone, 2 mg for two weeks and then "
    "4 mg, or placebo; 64 took part. MADRS improved.",
]


@pytest.mark.parametrize("text", STEPPED)
def test_first_spell_then_target(text: str) -> None:
    f = facts(TITLE, BACKGROUND + text, RCT)
    assert len(f.ldn_doses_mg) == 1 and not f.compares_doses


def test_the_record() -> None:
    f = facts(
        "Low-dose naltrexone as monotherapy for major depressive disorder after antidepressant "
        "washout: a randomized, placebo-controlled trial",
        "Methods: Adults with major depressive disorder (HAM-D17 of 18 or more) were eligible. "
        "Participants were then randomized to naltrexone 1.5 mg for one week followed by 4.5 mg "
        "daily, or placebo, for 10 weeks.\nResults: Of 131 patients screened, 50 were randomized.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5] and not f.compares_doses


def test_in_the_title() -> None:
    f = facts(
        "Naltrexone 1.5 mg for one week followed by 4.5 mg versus placebo in major depressive "
        "disorder: a randomized trial",
        "Methods: Adults with MDD were randomized (n = 60).\nResults: MADRS fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5] and not f.compares_doses


def test_in_a_registration_arm() -> None:
    f, gaps = judge_registration(
        registration(
            title="Low-Dose Naltrexone for Depression",
            arms=[
                arm("LDN", description="Naltrexone 1.5 mg for one week followed by 4.5 mg daily."),
                arm("Placebo", "PLACEBO_COMPARATOR", "Matching placebo.", ("Placebo",)),
            ],
            allocation="RANDOMIZED",
            enrollment=60,
        )
    )
    assert f.ldn_doses_mg == [4.5] and gaps["dose-finding"] == "no"


NEAR_MISSES = [
    # two doses offered as alternatives, each for its spell, or in a set order both ways,
    # or falling: still two doses
    "Methods: Participants were randomized to naltrexone 1.5 mg or 4.5 mg daily, or placebo, "
    "for 10 weeks.",
    "Methods: In a crossover, participants were randomized to the sequence naltrexone 1.5 mg "
    "for 4 weeks followed by 4.5 mg for 4 weeks, or the reverse order.",
    "Methods: Participants were randomized to naltrexone 1.5 mg for 8 weeks or 4.5 mg for 8 "
    "weeks, or placebo.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_two_doses_stay_two(text: str) -> None:
    f = facts(TITLE, BACKGROUND + text, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
