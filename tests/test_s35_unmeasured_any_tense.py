"""The condition named only to say it is not measured is no outcome, whatever the tense:
a registration or protocol says it in the present or the future ("Mood questionnaires are
not administered", "depression will not be assessed", "the study does not measure mood").
Shown by registry86 NCT00600023 (a very-low-dose naltrexone taper trial whose only mood
word was its denial, read as a mood outcome). Session 35, round 91, c91c.

Ways real abstracts and registrations say it:
- "Mood questionnaires are not administered."
- "Depressive symptoms will not be assessed."
- "Depression is not measured in this study."
- "The study does not measure mood."
- "We will not assess depression."
- "Mood has not been evaluated."
A near miss keeps its verdict: a mood scale that is administered ("Mood questionnaires
are administered at each visit") is an outcome.
"""

import pytest
from written import PROTOCOL, facts

TITLE = "Naltrexone 1 mg added to a buprenorphine taper for opioid withdrawal"
BODY = (
    "Methods: Eighty adults with opioid use disorder who wish to taper are randomized to "
    "naltrexone 1 mg or placebo daily during a 28-day taper. Withdrawal is rated daily with "
    "the Clinical Opiate Withdrawal Scale. The primary outcome is taper completion. "
)


@pytest.mark.parametrize(
    "denial",
    [
        "Mood questionnaires are not administered.",
        "Depressive symptoms will not be assessed.",
        "Depression is not measured in this study.",
        "The study does not measure mood.",
        "Mood has not been evaluated.",
    ],
)
def test_denied_measure_is_no_outcome(denial: str) -> None:
    f = facts(TITLE, BODY + denial, PROTOCOL)
    assert not f.on_topic


def test_administered_mood_scale_kept() -> None:
    # near miss: the mood questionnaire is given, an outcome in its own right
    f = facts(TITLE, BODY + "Mood questionnaires are administered at each visit.", PROTOCOL)
    assert f.on_topic
