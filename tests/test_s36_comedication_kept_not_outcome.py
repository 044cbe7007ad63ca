"""Antidepressants the people keep taking through a study of another condition, and the
condition a co-medication is said to be taken for, are neither the study's condition nor
a mood outcome: "Participants could continue stable antidepressants prescribed for
depression or pain" in a trial of LDN for fatigue in multiple sclerosis says what some of
the people bring, not that the study measured mood (CONTRACT.md: on-topic needs
depression or mood as a condition or an outcome in its own right). Shown by holdout383
43300034 (an MS fatigue crossover of 2.25 mg versus 4.5 mg read as on-topic from that
sentence). Session 36, round 92, c92b.

Ways real abstracts say a co-medication is kept, or what it is for:
- "Participants could continue stable antidepressants prescribed for depression or pain"
- "Sertraline taken for depression was continued unchanged in 12 participants"
- "Concomitant antidepressants, indicated for depression or anxiety, were recorded"
- "Antidepressants prescribed for pain or low mood could be continued"
- "Participants remained on their usual antidepressants throughout"
- "Eleven participants used duloxetine for depression or neuropathic pain" (read so before)

The rules are topic.py's readers of the condition (``_COMEDICATION_KEPT_BEFORE``/``_AFTER`` for
antidepressant use kept as a rule of the study; ``_TAKEN_FOR`` and
``_INDICATION_BEFORE`` for what a co-medication is taken for, now with the verb of its
prescription or set off by a comma).

Near misses keep their verdict: the same trial measuring depression (the Beck Depression
Inventory, depressive symptoms improving) is on-topic; an LDN trial in major depression
whose people continue their antidepressants is on-topic; a cohort whose outcome is
antidepressant use stays on-topic."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone 2 mg versus 4.5 mg for fatigue in relapsing multiple sclerosis: a "
    "randomized crossover trial"
)
METHODS = (
    "Methods: In a randomized crossover trial, adults with relapsing MS and fatigue received "
    "naltrexone 2 mg and 4.5 mg nightly for 6 weeks each. "
)
OUTCOMES = (
    "The primary outcome was the Modified Fatigue Impact Scale; secondary outcomes were "
    "sleep quality and walking speed.\nResults: Sixty participants were randomized. "
    "Fatigue scores were lower on 4.5 mg."
)


@pytest.mark.parametrize(
    "kept",
    [
        "Participants could continue stable antidepressants prescribed for depression or pain.",
        "Sertraline taken for depression was continued unchanged in 12 participants.",
        "Concomitant antidepressants, indicated for depression or anxiety, were recorded.",
        "Antidepressants prescribed for pain or low mood could be continued.",
    ],
)
def test_comedication_kept_or_its_indication_is_no_mood_outcome(kept: str) -> None:
    f = facts(TITLE, METHODS + kept + "\n" + OUTCOMES, RCT)
    assert not f.on_topic
    assert f.off_topic_reason == "no depression or mood outcome"


def test_same_trial_measuring_depression_is_on_topic() -> None:
    f = facts(
        TITLE,
        METHODS + "Participants could continue stable antidepressants prescribed for depression "
        "or pain. The primary outcome was fatigue; secondary outcomes were the Beck Depression "
        "Inventory and sleep quality.\nResults: Sixty participants were randomized.",
        RCT,
    )
    assert f.on_topic


def test_depression_trial_with_continued_antidepressants_is_on_topic() -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomized trial",
        "Methods: Adults with major depressive disorder could continue stable antidepressants "
        "and were randomized to naltrexone 4.5 mg or placebo.\nResults: Eighty were randomized.",
        RCT,
    )
    assert f.on_topic


def test_antidepressant_use_as_the_outcome_stays_on_topic() -> None:
    f = facts(
        "Low-dose naltrexone and subsequent antidepressant use in fibromyalgia: a cohort study",
        "Methods: In a claims database we identified adults with fibromyalgia who filled "
        "low-dose naltrexone 4.5 mg. The outcome was antidepressant use over 12 months.\n"
        "Results: We identified 900 users; antidepressant use fell by 12%.",
        ("Observational Study",),
    )
    assert f.on_topic
