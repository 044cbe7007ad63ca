"""In a record framed as an escalation that tests each of its steps ("tolerability of
escalating naltrexone doses ... ratings at each step"), the steps told only by the outcome
read at each ("mean MADRS scores were 27.1, 25.0, 22.4 and 21.8 at 0.5, 1, 2 and 4 mg/day
respectively") are the doses tested, and the record compares them (round 55, c55c; shown
by holdout189 20800019, whose steps stood only in its results). A fixed titration to one
target, its outcome read at the steps on the way, keeps only its target (CONTRACT.md)."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Tolerability of escalating naltrexone doses in depressed outpatients: an open-label study"
METHODS = (
    "Methods: Twenty-four adults with major depressive disorder (continuing their SSRI or SNRI "
    "unchanged) received open-label naltrexone in weekly steps with MADRS and adverse-event "
    "ratings at each step.\n"
)


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # the record's wording
        (
            TITLE,
            "Objective: Low-dose naltrexone is prescribed for depression at widely varying "
            "doses. We examined tolerability across the low-dose range.\n" + METHODS + "Results: "
            "Mean MADRS scores were 27.1, 25.0, 22.4 and 21.8 at 0.5, 1, 2 and 4 mg/day "
            "respectively; sleep disturbance emerged mainly at 4 mg/day. Twenty-one "
            "participants completed all steps.\nConclusions: Doses up to 2 mg/day were best "
            "tolerated.",
            [0.5, 1.0, 2.0, 4.0],
        ),
        # probes: other outcomes, doses and sections
        (
            TITLE,
            METHODS + "Results: Response rates were 10%, 25% and 40% at 1, 2 and 4.5 mg/day.",
            [1.0, 2.0, 4.5],
        ),
        (
            TITLE,
            METHODS + "Results: HAM-D fell by 3.0 points on 1 mg and by 6.5 points on 3 mg.",
            [1.0, 3.0],
        ),
        (
            TITLE,
            METHODS + "Conclusions: MADRS scores of 24.0 at 1.5 mg and 19.5 at 4.5 mg favour "
            "the higher step.",
            [1.5, 4.5],
        ),
        # the escalation framed in the methods, not the title
        (
            "Low-dose naltrexone in major depression: an open-label study",
            "Methods: Twenty adults with major depressive disorder on sertraline received "
            "naltrexone at ascending doses, one week each, with MADRS ratings at each step.\n"
            "Results: MADRS scores were 26.0, 23.5 and 20.1 at 1, 2 and 3 mg.",
            [1.0, 2.0, 3.0],
        ),
        # an unlabelled abstract
        (
            "Naltrexone at escalating doses in depression",
            "Eighteen adults with major depressive disorder on escitalopram took naltrexone at "
            "escalating doses, each for a week. Mean HAM-D was 22.0 at 0.5 mg, 19.0 at 1.5 mg "
            "and 16.5 at 4.5 mg.",
            [0.5, 1.5, 4.5],
        ),
    ],
)
def test_steps_told_by_their_outcomes(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Low-dose naltrexone added to SSRIs in depression: an open-label study",
            "Methods: Thirty adults with major depressive disorder on an SSRI received "
            "naltrexone titrated from 1.5 mg to 4.5 mg over three weeks.\nResults: MADRS fell "
            "from 28.0 at baseline to 17.5 at 4.5 mg; adverse events were 5% at 1.5 mg and "
            "12% at 3 mg.",
            [4.5],
        ),
        (
            "Low-dose naltrexone in depression: an open-label titration study",
            "Methods: Thirty adults with major depressive disorder received naltrexone starting "
            "at 1 mg and increased weekly to 4 mg, with tolerability checked at each dose "
            "increase.\nResults: Mean MADRS was 27.0 at 1 mg and 20.0 at 4 mg.",
            [4.0],
        ),
    ],
)
def test_a_titration_keeps_its_target(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
