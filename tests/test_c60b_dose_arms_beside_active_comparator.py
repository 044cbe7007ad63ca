"""Outcomes told per dose arm ("-8.6 in the 1 mg group, -11.9 in the 4.5 mg group") still
name the study drug's arms when an active comparator arm is told beside them by its own
outcome ("... and -12.8 with escitalopram"): the comparator is an arm, not the doses'
drug. Wherever the outcomes stand (results, conclusions, unlabelled abstract).

Round 60, c60b; shown by holdout211 23600016 ("Low-dose naltrexone or escitalopram for
first-episode major depression": doses [4.5] for [1, 4.5], dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts

RECORD = (
    "Low-dose naltrexone or escitalopram for first-episode major depression: a randomised, "
    "double-blind, active-controlled trial",
    "Background: Opioid modulation could offer an alternative first-line treatment for "
    "depression.\nMethods: Antidepressant-naive adults with a first episode of major "
    "depression were randomly assigned to one of two doses of naltrexone or to escitalopram "
    "10 mg daily for 8 weeks, in a double-dummy design. The primary outcome was MADRS "
    "change.\nResults: 120 participants were randomised (40 per group). Mean MADRS change "
    "was -8.6 in the 1 mg group, -11.9 in the 4.5 mg group and -12.8 with escitalopram. The "
    "4.5 mg group was non-inferior to escitalopram; the 1 mg group was not.\n"
    "Conclusions: Naltrexone 4.5 mg may be an option where SSRIs are not tolerated.",
)


def test_the_record() -> None:
    got = facts(*RECORD, RCT)
    assert got.ldn_doses_mg == [1.0, 4.5]
    assert got.concomitant_classes == []
    v = verdicts(got, RULES)
    assert v["dose-finding"].value == "addressed"
    assert v["serotonergic-combination"].value == "no"


ALLOCATION = (
    "Adults with major depressive disorder were randomised to one of two naltrexone doses "
    "or to {comp} for 8 weeks."
)
OUTCOMES = [
    "HAM-D fell by 7.2 points in the 2 mg arm, 10.4 in the 4 mg arm and 9.9 with {comp}",
    "response was 31% on 2 mg, 44% on 4 mg and 40% on {comp}",
    "MADRS change was -9.1 with 2 mg, -12.0 with 4 mg and -11.5 with {comp}",
]
COMPARATORS = ["sertraline", "venlafaxine", "bupropion"]


def _places(outcome: str) -> dict[str, tuple[str, str]]:
    title = "Two doses of low-dose naltrexone against an antidepressant in major depression"
    return {
        "results": (title, f"Methods: {ALLOCATION}\nResults: {outcome.capitalize()}."),
        "conclusions": (
            title,
            f"Methods: {ALLOCATION}\nResults: Both were tolerated.\n"
            f"Conclusions: {outcome.capitalize()}; the higher dose did better.",
        ),
        "unlabelled": (title, f"{ALLOCATION} {outcome.capitalize()}."),
    }


@pytest.mark.parametrize("comp", COMPARATORS)
@pytest.mark.parametrize("outcome", OUTCOMES)
@pytest.mark.parametrize("place", ["results", "conclusions", "unlabelled"])
def test_dose_arms_beside_a_comparator(place: str, outcome: str, comp: str) -> None:
    record = _places(outcome)[place]
    got = facts(record[0].format(comp=comp), record[1].format(comp=comp), RCT)
    assert got.ldn_doses_mg == [2.0, 4.0], place
    assert got.compares_doses is True, place
    assert got.concomitant_classes == [], place


# near misses: one naltrexone dose against the comparator compares no doses; an outcome
# "with" a comparator given a dose of its own keeps that dose the comparator's
def test_one_dose_against_a_comparator_compares_nothing() -> None:
    got = facts(
        "Low-dose naltrexone against escitalopram in major depression",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or escitalopram 10 mg.\nResults: MADRS change was -11.9 in the 4.5 mg group and "
        "-12.8 with escitalopram.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]
    assert verdicts(got, RULES)["dose-finding"].value == "no"


def test_the_comparators_own_dose_stays_its_own() -> None:
    got = facts(
        "Low-dose naltrexone against sertraline in major depression",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or sertraline.\nResults: MADRS change was -11.9 with naltrexone and -12.8 with "
        "sertraline 50 mg.",
        RCT,
    )
    assert got.ldn_doses_mg == [4.5]
    assert got.compares_doses is False
