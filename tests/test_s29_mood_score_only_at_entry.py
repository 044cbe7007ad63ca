"""A mood score told only as the people's level when they came in ("At enrolment the mean
HADS depression score was 9", no comma after the opening) describes the sample; it is not
a mood outcome, so a trial of another condition that reports nothing else about mood is
off-topic. Shown by holdout286 31900018 (a fibromyalgia crossover trial with HADS at
enrolment only). Session 29, round 76, c76d."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial"


@pytest.mark.parametrize(
    "entry",
    [
        "At enrolment the mean HADS depression score was 9.4 (SD 3.1).",
        "At screening 38% had a PHQ-9 depression score of 10 or more.",
        "Before randomisation the median HADS depression score was 8 (IQR 5-11).",
    ],
)
def test_mood_score_at_entry_only_is_off_topic(entry: str) -> None:
    f = facts(
        TITLE,
        "Methods: Adults with multiple sclerosis and fatigue were randomised to naltrexone "
        "4.5 mg nightly or placebo for 12 weeks. The primary outcome was the Modified Fatigue "
        f"Impact Scale. Results: Eighty adults were randomised. {entry} Fatigue scores fell "
        "by 6 points more with naltrexone (P = 0.03).",
        RCT,
    )
    assert not f.on_topic


def test_mood_score_followed_to_a_later_point_stays_on_topic() -> None:
    """Near miss: the same opening, with the score told again at a later week."""
    f = facts(
        TITLE,
        "Methods: Adults with multiple sclerosis and fatigue were randomised to naltrexone "
        "4.5 mg nightly or placebo for 12 weeks. Results: Eighty adults were randomised. At "
        "enrolment the mean HADS depression score was 9.4, and at week 12 it had fallen to "
        "6.0 with naltrexone.",
        RCT,
    )
    assert f.on_topic
