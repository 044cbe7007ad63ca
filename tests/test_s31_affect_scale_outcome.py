"""A mood outcome measured as affect: a positive/negative affect scale (PANAS, "positive
affect" rated in its own right) is a mood rating, so a study giving the low dose and
measuring affect is on-topic even in people not selected for depression. Shown by
holdout316 35500023 (healthy volunteers given LDN once, PANAS positive affect rated).
Session 31, round 80, c80e."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Acute low-dose naltrexone and reward learning in students",
            "Methods: Thirty-two students took naltrexone 3 mg or placebo on two mornings, a "
            "week apart, in random order. Affect was rated with the Positive and Negative "
            "Affect Schedule before and after a probabilistic reward task. Results: Positive "
            "affect rose after naltrexone compared with placebo.",
        ),
        (
            "Naltrexone at 4.5 mg and emotional processing in volunteers",
            "Methods: We randomised 40 volunteers to a week of naltrexone 4.5 mg nightly or "
            "placebo. Outcomes were PANAS scores and recognition of facial expressions. "
            "Results: PANAS positive scores were higher on naltrexone.",
        ),
        (
            "Low-dose naltrexone in chronic low back pain: effects on pain and affect",
            "Methods: Twenty-six adults with chronic low back pain received naltrexone 4.5 mg "
            "daily for eight weeks. Pain intensity and positive and negative affect were "
            "recorded weekly. Results: Pain fell by a third and negative affect decreased.",
        ),
    ],
)
def test_affect_rating_is_a_mood_outcome(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT if "random" in abstract else TRIAL)
    assert f.on_topic


def test_affect_named_in_another_sense_stays_off_topic() -> None:
    """Near miss: "affect" as a verb (what pain does), with no mood rated."""
    f = facts(
        "Low-dose naltrexone for knee osteoarthritis pain",
        "Methods: Thirty adults with knee osteoarthritis received naltrexone 4.5 mg daily "
        "for eight weeks. Factors that affect pain intensity were recorded. Results: Pain "
        "scores fell by 20% and walking distance rose.",
        TRIAL,
    )
    assert not f.on_topic
