"""A derived report whose trial is told in the background sentence right before its own
question, "In a recent pilot trial, LDN 4.5 mg/day did not outperform placebo ... We
examined whether baseline inflammation moderated the response": that trial is the one the
report works on, so its dose is the report's (CONTRACT.md: a secondary analysis has its
parent's design; its own analysed sample's doses) (round 41, c41b; shown by holdout135
14900029, a moderator analysis that read no dose)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Inflammation as a moderator of response to low-dose naltrexone in bipolar depression: "
    "secondary analysis of a randomized controlled trial"
)
METHODS = (
    "Methods: Secondary analysis of the 8-week trial of LDN versus placebo added to mood "
    "stabilizers. Participants with baseline hs-CRP of 3 mg/L or more were included (n = 22)."
)


@pytest.mark.parametrize(
    ("background", "expected"),
    [
        # the record's wording
        (
            "Background: In a recent pilot trial, low-dose naltrexone (LDN) 4.5 mg/day did "
            "not outperform placebo in bipolar depression overall. We examined whether "
            "baseline inflammation moderated the response.",
            [4.5],
        ),
        # probes: another verb, another dose, "how"
        (
            "Background: In a randomised trial, naltrexone 3 mg nightly was no better than "
            "placebo in bipolar depression. We explored whether baseline cytokines predicted "
            "benefit.",
            [3.0],
        ),
        (
            "Background: A placebo-controlled trial of naltrexone 2 mg/day in bipolar "
            "depression was negative overall. We investigated how inflammatory markers "
            "changed during treatment.",
            [2.0],
        ),
    ],
)
def test_the_trial_before_the_reports_question_gives_its_dose(
    background: str, expected: list[float]
) -> None:
    assert facts(TITLE, f"{background}\n{METHODS}", RCT).ldn_doses_mg == expected


def test_a_trial_not_followed_by_the_reports_question_gives_no_dose() -> None:
    # near miss: the trial is told, but the next sentence is not the report's own act
    background = (
        "Background: In a recent pilot trial, low-dose naltrexone (LDN) 4.5 mg/day did not "
        "outperform placebo in bipolar depression overall. Inflammation is common in bipolar "
        "depression."
    )
    assert facts(TITLE, f"{background}\n{METHODS}", RCT).ldn_doses_mg == []
