"""A mood rating scale (a visual analogue mood scale, mood ratings, a mood questionnaire)
named in a sentence that also mentions side effects or adverse events: the scale is a
measure of mood in its own right, not an item of a side-effect checklist, and it stays an
outcome wherever the record names it (CONTRACT.md: mood as an outcome). Shown by
holdout292 32600014 (a single 4.5 mg dose in healthy adults, mood scales and "side
effects were minimal" in one sentence). Session 29, round 77, c77d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Thirty healthy volunteers took naltrexone 4.5 mg or placebo in random order "
        "at two visits a week apart. Mood scales were completed hourly.\nResults: Visual "
        "analogue mood scales rose 4 points after naltrexone (p = 0.02), and side effects "
        "were mild.",
        "Methods: Twenty-four healthy students received naltrexone 3 mg and placebo in a "
        "double-blind crossover.\nResults: Mood ratings and adverse events did not differ "
        "between sessions.",
        "Methods: Forty healthy adults were randomised to naltrexone 2 mg or placebo for one "
        "week.\nResults: Scores on a mood questionnaire improved with naltrexone, and "
        "tolerability was good.",
    ],
)
def test_mood_scale_beside_side_effects_is_an_outcome(abstract: str) -> None:
    f = facts("Naltrexone at a low dose in healthy volunteers: a crossover study", abstract, RCT)
    assert f.on_topic is True


def test_low_mood_as_a_side_effect_stays_off_topic() -> None:
    """Near miss: low mood listed among side effects is a checklist item, not an outcome."""
    f = facts(
        "Naltrexone at a low dose for chronic itch: a crossover study",
        "Methods: Thirty adults with chronic itch took naltrexone 4.5 mg or placebo for four "
        "weeks each. The outcome was itch intensity.\nResults: Itch fell by 2 points; side "
        "effects included vivid dreams, low mood and headache.",
        RCT,
    )
    assert f.on_topic is False


def test_rated_withdrawal_item_stays_off_topic() -> None:
    """Near miss: ratings of the item "dysphoric mood" on a withdrawal scale rate that
    item, not mood in its own right."""
    f = facts(
        "Very low-dose naltrexone during buprenorphine taper: a randomised trial",
        "Methods: Sixty opioid-dependent inpatients tapering buprenorphine were randomised to "
        "naltrexone 0.25 mg or placebo. Withdrawal was rated on an opiate withdrawal scale "
        "twice daily.\nResults: Withdrawal scores were lower with naltrexone; irritable mood "
        "ratings on the withdrawal scale did not differ.",
        RCT,
    )
    assert f.on_topic is False
