"""A survey's sample is the people who answered it, however the answering is told:
"Of 741 people who opened the survey, 612 provided complete responses" counts 612 (not
the 741 who opened it). Only "responded", "completed it" and "completed the survey" were
read as answering, so a survey that said it as complete answers given had no n. Shown by
preprints89 PPR0800011 (n None -> 612). Session 38, round 95, c95c.

Ways real abstracts say who answered:
- "Of 741 people who opened the survey, 612 provided complete responses."
- "Of 741 people who opened the survey, 612 gave usable answers."
- "Complete responses were received from 612 of 741 people who opened the survey."
- "Of 741 people invited, 612 submitted complete questionnaires."
- "Of 741 people who opened the survey, 612 completed it." (already read)
The people who only opened or were invited stay a pool: a survey saying only "741
people opened the survey" has no answered count to give.
"""

import pytest
from written import facts

TITLE = "Self-reported mood changes among people taking low-dose naltrexone: an online survey"
OPENING = (
    "We conducted an anonymous online survey of adults taking low-dose naltrexone (LDN), "
    "recruited through patient organisations. The questionnaire covered dose, co-medication "
    "and mood, with the PHQ-8. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Of 741 people who opened the survey, 612 provided complete responses.",
        "Of 741 people who opened the survey, 612 gave usable answers.",
        "Complete responses were received from 612 of 741 people who opened the survey.",
        "Of 741 people invited, 612 submitted complete questionnaires.",
    ],
)
def test_complete_answers_count_the_sample(said: str) -> None:
    f = facts(TITLE, OPENING + said + " Doses ranged from 0.5 to 6 mg per day.")
    assert f.n == 612


def test_people_who_only_opened_it_are_a_pool() -> None:
    # near miss: the answered are not counted; the pool is not the sample
    f = facts(
        TITLE, OPENING + "The survey link was opened 741 times. Doses ranged from 0.5 to 6 mg."
    )
    assert f.n != 612
