"""Kind: a review of LDN for another condition (fibromyalgia pain) that names mood only as an
outcome it could not analyse: "secondary outcomes such as mood, quality of life and function
were reported too inconsistently to be pooled". A review that pooled no mood outcome measured
none (CONTRACT.md, "Mood as an outcome": depression or mood measured as an outcome in its
own right), but "not measured" was read only as "was not assessed/measured/recorded", so the
listed word "mood" made the record on-topic. Shown by holdout391 44100023 (a dose-response
meta-analysis of LDN for fibromyalgia pain: on-topic True). Session 38, round 95, c95a.

Ways real abstracts say a review could not analyse mood:
1. "Secondary outcomes such as mood, sleep and function were reported too inconsistently to
   be pooled." (the condition word first in a list)
2. "Depression outcomes could not be pooled because trials used different scales."
3. "Data on mood were too sparse for meta-analysis."
4. "Fatigue, mood and quality of life could not be pooled." (a later item of the list)
5. "Mood was reported by only two trials and was not meta-analysed." (not read: the words
   between run longer than the rule's subject)
The rule is one predicate of ``_NOT_MEASURED_AFTER`` (topic.py), beside "was not measured":
what follows the condition word, alone or as an item of a list, says it was too sparse or
inconsistent to pool, could not be pooled or was not pooled. A mood outcome the review did
pool keeps it on-topic, and so does another outcome said unpoolable beside it.
"""

import pytest
from written import META, facts

TITLE = "Low-dose naltrexone for pain in fibromyalgia: a systematic review and meta-analysis"
ABSTRACT = (
    "Methods: We searched five databases for randomised trials of naltrexone 6 mg/day or less "
    "versus placebo in adults with fibromyalgia. Results: Nine trials with 512 participants "
    "were included; LDN reduced pain (SMD -0.31). {} Conclusions: LDN may modestly reduce "
    "fibromyalgia pain."
)


@pytest.mark.parametrize(
    "unpooled",
    [
        "Secondary outcomes such as mood, sleep and function were reported too inconsistently "
        "to be pooled.",
        "Depression outcomes could not be pooled because trials used different scales.",
        "Data on mood were too sparse for meta-analysis.",
        "Fatigue, mood and quality of life could not be pooled.",
    ],
)
def test_mood_named_only_as_unpooled_is_off_topic(unpooled: str) -> None:
    got = facts(TITLE, ABSTRACT.format(unpooled), META)
    assert got.on_topic is False
    assert got.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "pooled",
    [
        "Depressive symptoms improved with LDN (SMD -0.22, 5 trials).",
        "Mood improved (SMD -0.20); sleep data were too sparse to be pooled.",
    ],
)
def test_near_miss_pooled_mood_stays_on_topic(pooled: str) -> None:
    assert facts(TITLE, ABSTRACT.format(pooled), META).on_topic is True
