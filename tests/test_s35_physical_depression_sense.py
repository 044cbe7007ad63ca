"""The word "depression" in its physical sense -- a hollow in the skin, a scar, a skull
fracture, a weakened heart muscle, a synaptic process -- is no mood: it makes no record
about the condition. The spec's condition pattern (watch.toml, ``outcome_pattern``) reads the sense
from the word's neighbours: "atrophic/shallow/skin/pitted depressions", "depressed scars",
"depressed skull fracture", "myocardial depression", "depressed (left) ventricular
function", "synaptic depression".
Shown by holdout378 42600001 (an LDN case report in granuloma annulare whose only query
match was "two shallow atrophic depressions" left on the forearms). Session 35, round 91,
c91c.

Ways real abstracts say it:
- "only faint hyperpigmentation and two shallow atrophic depressions remained"
- "healing left depressed scars at the injection sites"
- "a depressed skull fracture was managed conservatively"
- "echocardiography showed depressed left ventricular function"
- "sepsis-related myocardial depression resolved"
- "small skin depressions at former biopsy sites"
A near miss keeps its verdict: the same skin case whose patient's depressive symptoms
were rated (PHQ-9) is about mood as an outcome.
"""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone for refractory cutaneous sarcoidosis: a case report"
CASE_TEXT = (
    "We describe a 49-year-old man with plaques on the face and arms that had failed "
    "topical and intralesional corticosteroids. He was started on naltrexone 1.5 mg at "
    "night, increased to 4.5 mg nightly. At 16 weeks most plaques had flattened; "
)


@pytest.mark.parametrize(
    "remains",
    [
        "only two shallow atrophic depressions remained on the forearms.",
        "healing left depressed scars at the former injection sites.",
        "small skin depressions remained at former biopsy sites.",
        "an echocardiogram for dyspnoea showed mildly depressed left ventricular function.",
        "a myocardial depression noted during an intercurrent sepsis resolved.",
    ],
)
def test_physical_depression_is_no_mood(remains: str) -> None:
    f = facts(TITLE, CASE_TEXT + remains, CASE)
    assert not f.on_topic


def test_mood_rated_in_skin_case_kept() -> None:
    # near miss: his depressive symptoms were rated; mood is an outcome
    f = facts(
        TITLE,
        CASE_TEXT + "his depressive symptoms also eased (PHQ-9 from 14 to 6).",
        CASE,
    )
    assert f.on_topic
