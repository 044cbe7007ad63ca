"""The condition named among what another instrument covers, told in a relative clause
after it ("the ABC irritability subscale, which covers tantrums, aggression and rapid mood
changes"), names items of that instrument, not a mood measure in its own right. Shown by
holdout321 36000026 (autistic children's irritability rated on such a subscale).
Session 31, round 80, c80e."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "measure",
    [
        "Irritability was rated with a caregiver checklist, which covers outbursts, "
        "aggression and sudden mood changes.",
        "Behaviour was scored with the Nisonger scale, which includes hitting, shouting and "
        "mood swings.",
        "Agitation was rated with an inventory that asks about restlessness, pacing and low mood.",
    ],
)
def test_mood_word_among_items_of_other_instrument(measure: str) -> None:
    f = facts(
        "Low-dose naltrexone for agitation in adults with intellectual disability",
        "Methods: We reviewed 30 adults with intellectual disability who took naltrexone "
        f"3 mg daily. {measure} Results: Scores fell by a quarter over 12 weeks.",
    )
    assert not f.on_topic


def test_mood_scale_named_after_relative_clause_stays_on_topic() -> None:
    """Near miss: a mood scale measured in its own right in the next sentence."""
    f = facts(
        "Low-dose naltrexone for agitation in adults with intellectual disability",
        "Methods: We reviewed 30 adults with intellectual disability who took naltrexone "
        "3 mg daily. Irritability was rated with a checklist, which covers outbursts and "
        "aggression. Results: Scores fell by a quarter, and HADS depression scores fell "
        "from 10 to 7.",
    )
    assert f.on_topic
