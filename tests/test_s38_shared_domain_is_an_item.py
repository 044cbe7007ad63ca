"""Kind: a study of LDN for another condition (long-COVID fatigue and cognition) that names
depression only as the domain of a generic health index named for it and another construct
at once, "no change in the anxiety/depression domain" of the EQ-5D-5L: one item of a
quality-of-life instrument, not a mood measure in its own right (CONTRACT.md, "Mood as an
outcome"; the items rule already read "the anxiety/depression dimension" and "items on
anxiety/depression", not "domain"). Shown by holdout386 43600034 (LDN for post-COVID
cognitive impairment and fatigue, people with a major depressive episode excluded: on-topic
True). Session 38, round 95, c95a.

Ways real abstracts name a health index's shared anxiety/depression item:
1. "... with no change in the anxiety/depression domain." (the condition word after the slash)
2. "The depression/anxiety domain of the EQ-5D did not change." (before the slash)
3. "Scores on the EQ-5D anxiety/depression domain were unchanged."
4. "problems on the anxiety/depression dimension" (read already)
5. "the EQ-5D items on mobility, pain and anxiety/depression" (read already)
The rule (topic.py ``_instrument_item``): a domain or dimension named for the condition
joined by a slash to another construct is an item of another instrument; a domain or
subscale named for the condition alone ("PROMIS depression domain", "HADS depression
subscale") stays a measure of its own.
"""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone for fatigue in long COVID: an open-label study"
ABSTRACT = (
    "Methods: Adults with post-COVID-19 condition and fatigue for at least 3 months took "
    "naltrexone 4.5 mg nightly for 12 weeks. Results: Forty-one patients enrolled; the Chalder "
    "Fatigue Scale fell from 24 to 18. {} Conclusions: LDN may relieve post-COVID fatigue."
)


@pytest.mark.parametrize(
    "item",
    [
        "The EQ-5D-5L index rose from 0.58 to 0.66, with no change in the anxiety/depression "
        "domain.",
        "The depression/anxiety domain of the EQ-5D did not change.",
        "Scores on the EQ-5D anxiety/depression domain were unchanged.",
    ],
)
def test_shared_anxiety_depression_domain_is_an_item(item: str) -> None:
    got = facts(TITLE, ABSTRACT.format(item), TRIAL)
    assert got.on_topic is False
    assert got.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "measure",
    [
        "PROMIS depression domain scores fell by 4 points.",
        "The HADS depression subscale fell from 9 to 6.",
    ],
)
def test_near_miss_domain_of_condition_alone_stays_on_topic(measure: str) -> None:
    assert facts(TITLE, ABSTRACT.format(measure), TRIAL).on_topic is True
