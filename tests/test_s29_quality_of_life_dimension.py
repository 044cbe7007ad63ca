"""The condition named as one dimension of a generic quality-of-life index (the
"anxiety/depression" dimension among mobility, self-care and pain) is an item of that index,
not a mood measured in its own right: a trial of another condition that reports nothing else
about mood is off-topic. Shown by holdout291 32500040 (a post-COVID pragmatic trial).
Session 29, round 76, c76d."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for chronic fatigue after viral illness: a randomised trial"
METHODS = (
    "Methods: Adults with fatigue for six months or more were randomised to naltrexone "
    "4.5 mg daily or placebo for 16 weeks. "
)


@pytest.mark.parametrize(
    "dimension",
    [
        "Secondary outcomes were the Chalder Fatigue Scale and the EQ-5D dimensions "
        "(mobility, self-care, usual activities, pain/discomfort, anxiety/depression).",
        "Results: 210 adults were randomised. Fewer reported problems on the anxiety/depression "
        "dimension with naltrexone (58% vs 64%).",
        "Results: 210 adults were randomised. The health utility index improved by 0.03; the "
        "three-level dimensions for pain and for anxiety/depression did not change.",
    ],
)
def test_dimension_of_a_quality_of_life_index_is_not_a_mood_measure(dimension: str) -> None:
    assert not facts(TITLE, METHODS + dimension, RCT).on_topic


def test_depression_subscale_stays_on_topic() -> None:
    """Near miss: a depression subscale is a measure of its own."""
    f = facts(
        TITLE,
        METHODS + "Results: 210 adults were randomised. The HADS depression subscale fell by 1.8 "
        "points more with naltrexone.",
        RCT,
    )
    assert f.on_topic
