"""A substudy whose background sentence sets it inside its parent trial and names the part
of the trial's people it studies ("Within a randomised trial of X 0.5 mg versus placebo, a
subset of participants completed mood diaries") took the parent's dose: the sentence is
the report's own setting, not cited work. Shown by holdout263 29400019 (an ecological
momentary assessment substudy whose dose, told only in that sentence, was lost).
Session 27, round 72, c72e."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Sleep diaries in long COVID under naltrexone: a substudy",
            "Background: Within a double-blind crossover trial of naltrexone 1 mg/day versus "
            "placebo in long COVID, a subset of participants kept nightly sleep and mood "
            "diaries. Methods: 27 participants returned complete diaries. Results: Mood "
            "ratings were higher in naltrexone weeks.",
            1.0,
        ),
        (
            "Wearable activity and mood under naltrexone in fibromyalgia: an ancillary study",
            "Background: In a placebo-controlled trial of naltrexone 3 mg nightly in "
            "fibromyalgia, a subsample of patients wore wrist actigraphs. Methods: 35 patients "
            "had usable recordings. Results: Depressive symptoms fell more with naltrexone.",
            3.0,
        ),
        (
            "Heart-rate variability and mood with low-dose naltrexone: a substudy",
            "Background: Within a randomised trial comparing naltrexone 2 mg daily with "
            "placebo in chronic fatigue, a subgroup of participants underwent Holter "
            "recordings. Methods: 22 were analysed. Results: Mood scores improved with "
            "naltrexone.",
            2.0,
        ),
    ],
)
def test_substudy_takes_the_dose_of_the_trial_it_sits_in(
    title: str, abstract: str, mg: float
) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [mg]


def test_cited_trial_with_a_subset_is_not_the_substudy_setting() -> None:
    """Near miss: an earlier trial's subset, cited as prior work, is not this study's dose."""
    f = facts(
        "Sleep diaries in long COVID under naltrexone: a substudy",
        "Background: In an earlier trial of naltrexone 4.5 mg/day in fibromyalgia, mood "
        "improved. Methods: Within a crossover trial of naltrexone versus placebo in long "
        "COVID, 27 participants kept diaries. Results: Mood was higher with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == []
