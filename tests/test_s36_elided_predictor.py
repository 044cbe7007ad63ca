"""A measure of depression, or antidepressant use, named as the subject of a prediction the
sentence says first and leaves unsaid after it ("Shorter duration predicted response,
whereas baseline depression and antidepressant use did not") is a predictor that failed,
set beside one that worked: it describes the people, it measures no mood outcome, so a
record of LDN in another condition whose only mention of depression is this is not
on-topic (CONTRACT.md: mood as an outcome in its own right). Shown by holdout387 43700030
(a retrospective review of LDN in complex regional pain syndrome). Session 36, round 93,
c93a.

Ways real abstracts say the same fact (the prediction, then the elided one):
1. "Disease duration predicted response, whereas baseline depression did not."
2. "Younger age was associated with response but antidepressant use was not."
3. "Pain severity predicted dropout, while depressive symptoms, anxiety and
   antidepressant use did not."
4. "Sex moderated the effect, although baseline PHQ-9 scores did not."
5. "Response was linked to shorter illness, while comorbid depression (32%) was not."
The rule reads the shape (a verb of prediction, a contrast word, the measure, a bare
"did not"/"was not" closing the clause) in the two places that decide whether a named
measure predicts (topic._predicts) or a co-medication is a trait (trait, use=True).
"""

import pytest
from written import facts

_BASE = (
    "Methods: We reviewed the charts of adults with {cond} given low-dose naltrexone "
    "4.5 mg nightly at one clinic; pain scores were extracted at baseline and 3 months.\n"
    "Results: {n} patients were included. Pain fell from 7.0 to 5.4. {x}"
)


@pytest.mark.parametrize(
    ("cond", "n", "x"),
    [
        (
            "chronic low back pain",
            "Eighty",
            "Younger age was associated with response but antidepressant use was not.",
        ),
        (
            "fibromyalgia",
            "Sixty-two",
            "Pain severity predicted dropout, while anxiety and antidepressant use did not.",
        ),
        (
            "diabetic neuropathy",
            "Ninety",
            "Shorter illness duration (OR 0.95 per year) predicted response, whereas "
            "sleep quality and concomitant duloxetine or antidepressant use did not.",
        ),
    ],
)
def test_elided_predictor_is_no_outcome(cond: str, n: str, x: str) -> None:
    f = facts(
        f"Low-dose naltrexone in {cond}: a retrospective chart review",
        _BASE.format(cond=cond, n=n, x=x),
    )
    assert not f.on_topic


def test_mood_outcome_beside_a_predictor_stays_on_topic() -> None:
    # near miss: the clause after the contrast reports a change in mood, not a bare "did not"
    f = facts(
        "Low-dose naltrexone in fibromyalgia: a retrospective chart review",
        _BASE.format(
            cond="fibromyalgia",
            n="Sixty-two",
            x="Pain severity predicted dropout, whereas PHQ-9 scores fell from 14 to 9.",
        ),
    )
    assert f.on_topic
