"""Kinds met in blind batch 124 (session 54, measured on the code of 8d87021e) and left
then, written again in other words.

- holdout487 52200028: a cohort of LDN in a skin disease, with pain and quality of life as
  outcomes, was read as on-topic because "Outcomes did not differ by depression history":
  depression there is what the people are split by, no outcome.
"""

from __future__ import annotations

import pytest
from written import facts

COHORT = (
    "Methods: Retrospective review of adults with psoriasis prescribed naltrexone 4.5 mg "
    "nightly at three clinics. Outcomes were itch, skin clearance and quality of life.\n"
    "Results: Sixty-two patients were included; itch fell from 6 to 3. {x}\n"
    "Conclusions: LDN was associated with less itch in psoriasis."
)
TITLE = "Low-dose naltrexone for itch in psoriasis: a retrospective cohort"


@pytest.mark.parametrize(
    "x",
    [
        "Responses did not differ by depression history.",
        "Itch relief varied significantly according to baseline depression.",
        "Results were stratified by comorbid depression and did not change.",
    ],
)
def test_the_condition_the_people_are_split_by_is_no_outcome(x: str) -> None:
    assert facts(TITLE, COHORT.format(x=x)).on_topic is False


@pytest.mark.parametrize(
    "x",
    [
        "Depressive symptoms (PHQ-9) also fell, from 11 to 7.",
        "Itch relief was associated with lower depression scores at 6 months.",
    ],
)
def test_the_condition_measured_over_time_is_still_an_outcome(x: str) -> None:
    assert facts(TITLE, COHORT.format(x=x)).on_topic is True


# - holdout487 52200024: an interim report of a stepwise escalation listed its top step,
#   which "no participant had yet reached", among the doses taken.
STEPS = (
    "Methods: Adults with depression on sertraline received naltrexone in successive 2-week "
    "steps of 1, 2, 3 and 4.5 mg/day in an open-label escalation.\n"
    "Results: Twenty patients were enrolled. {x}\n"
    "Conclusions: Improvement rose with dose."
)
STEPS_TITLE = "Stepwise low-dose naltrexone added to sertraline in depression: interim report"


@pytest.mark.parametrize(
    "x",
    [
        "At the cut-off, no participant had yet reached the 4.5 mg step.",
        "The 4.5 mg step has not yet been reached; 12 have completed the 3 mg step.",
        "Nobody has yet received 4.5 mg.",
    ],
)
def test_a_step_nobody_has_reached_yet_is_no_dose_taken(x: str) -> None:
    assert facts(STEPS_TITLE, STEPS.format(x=x)).ldn_doses_mg == [1.0, 2.0, 3.0]


@pytest.mark.parametrize(
    "x", ["All participants reached the 4.5 mg step.", "Eight had reached the 4.5 mg step."]
)
def test_a_step_reached_is_a_dose_taken(x: str) -> None:
    assert facts(STEPS_TITLE, STEPS.format(x=x)).ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]
