"""A letter on a trial in another condition that had no mood measure, whose only mood
words are its title's question ("Analgesia or antidepressant?"), a supposition ("If the
drug worked through mood, ...") and the measure the trial went without ("did not include
a validated depression scale"): it wonders about mood, nothing in it or in the trial it
answers measured it, so it is off-topic. Shown by holdout268 29900035 (a comment on an
LDN trial in fibromyalgia, read as on-topic from its title). Session 27, round 73,
c73c."""

import pytest
from written import facts

LETTER = ("Comment", "Letter")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Analgesia or antidepressant effect? Re: low-dose naltrexone in chronic pelvic pain",
            "We read the trial by Okafor and colleagues, in which naltrexone 4.5 mg reduced "
            "pelvic pain scores in 90 women compared with placebo. The trial did not include "
            "a validated depression scale. If the drug worked chiefly through mood, the pain "
            "benefit would be misattributed. We ask the authors to report sleep and "
            "function separately.",
        ),
        (
            "Is it the pain or the mood? Letter on naltrexone in migraine prevention",
            "The recent trial of low-dose naltrexone in chronic migraine reported fewer "
            "headache days with 3 mg nightly. The authors did not use any mood "
            "questionnaire. Supposing naltrexone lifted mood, patients might simply report "
            "their headaches as less disabling. A sham-controlled design would help.",
        ),
        (
            "Relief of itch or of low mood? Comment on a trial of naltrexone in pruritus",
            "We comment on the trial of naltrexone 2 mg for uraemic pruritus in 60 dialysis "
            "patients, which reported lower itch scores. It lacked a separate depression "
            "outcome. If the drug improved mood, itch ratings could fall for that reason "
            "alone.",
        ),
    ],
)
def test_letter_that_only_wonders_about_mood_is_off_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, LETTER, corr=[("CommentOn", "2")]).on_topic is False


def test_letter_restating_a_measured_mood_outcome_stays_on_topic() -> None:
    # near miss: the trial it answers measured mood, and the letter says so
    f = facts(
        "Pain relief or mood relief? Re: low-dose naltrexone in chronic pelvic pain",
        "We read the trial by Okafor and colleagues, in which naltrexone 4.5 mg reduced "
        "pelvic pain in 90 women and also lowered PHQ-9 depression scores by 3 points "
        "compared with placebo. We ask whether the two effects were independent.",
        LETTER,
        corr=[("CommentOn", "2")],
    )
    assert f.on_topic is True
