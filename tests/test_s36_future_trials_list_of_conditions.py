"""A study of LDN that names the condition only as one of several fields its results are
to inform ("These data provide a basis for dose selection in clinical trials of LDN in
pain, autoimmune disease and mood disorders") measured no mood: the trials named are later
ones, and their conditions a list of where the drug may be tried (CONTRACT.md: on-topic
needs mood as a condition or an outcome of the study itself). Shown by holdout381 42900038
(a pharmacokinetic crossover in healthy volunteers read as on-topic from its closing
sentence). Session 36, round 92, c92b.

Ways real abstracts close on the fields their findings are to inform:
- "These data provide a basis for dose selection in clinical trials of LDN in pain,
  autoimmune disease and mood disorders"
- "These data support dose selection in planned studies of LDN in inflammatory bowel
  disease, pain and depression"
- "This profile offers a rationale for testing LDN at 1.5 mg in chronic pain, fatigue and
  depression"
- "The findings can inform dose selection for future trials in chronic pain and
  depression" (read so before)
- "Our results will guide dosing in clinical trials of LDN for fibromyalgia, Crohn's
  disease and depression" (read so before)

The rule is in the sentence roles (roles.py, the trials a study's findings lead to): what
the findings inform may be said where it is made ("dose selection in clinical trials"),
and the people of those trials may be a list of conditions, commas and all; topic.py's
``_APPLIED`` reads a decimal dose ("at 1.5 mg") as part of its clause.

Near misses keep their verdict: a study of depressed people that rates mood stays
on-topic with the same closing sentence, and so does a trial whose own aim is to inform
later trials ("To inform dose selection in later trials, we randomized 60 adults with major
depression")."""

import pytest
from written import RCT, facts

TITLE = (
    "Pharmacokinetics of compounded low-dose naltrexone capsules at 1.5 mg and 4.5 mg in "
    "healthy volunteers"
)
STUDY = (
    "In a randomized crossover study, 20 healthy adults received single doses of naltrexone "
    "1.5 mg and 4.5 mg. Plasma naltrexone was measured for 48 hours. Exposure increased "
    "proportionally with dose. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "These data provide a basis for dose selection in clinical trials of LDN in pain, "
        "autoimmune disease and mood disorders.",
        "These data support dose selection in planned studies of LDN in inflammatory bowel "
        "disease, pain and depression.",
        "This profile offers a rationale for testing LDN at 1.5 mg in chronic pain, fatigue "
        "and depression.",
    ],
)
def test_fields_later_trials_may_take_are_no_condition(closing: str) -> None:
    f = facts(TITLE, STUDY + closing, RCT)
    assert not f.on_topic
    assert f.off_topic_reason == "no depression or mood outcome"


def test_depressed_people_with_mood_rated_stay_on_topic() -> None:
    f = facts(
        "Pharmacokinetics of low-dose naltrexone in major depression",
        "Sixteen adults with major depressive disorder received single doses of naltrexone "
        "1.5 mg and 4.5 mg. Mood was rated with the POMS after each dose. These data provide a "
        "basis for dose selection in clinical trials of LDN in pain, fatigue and depression.",
        RCT,
    )
    assert f.on_topic


def test_trial_whose_aim_informs_later_trials_stays_on_topic() -> None:
    f = facts(
        "Naltrexone dose selection in major depression: a randomized trial",
        "Methods: To inform dose selection in later trials, we randomized 60 adults with major "
        "depression to naltrexone 1.5 or 4.5 mg.\nResults: MADRS fell in both arms.",
        RCT,
    )
    assert f.on_topic
    assert f.compares_doses
