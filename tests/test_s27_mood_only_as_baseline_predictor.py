"""A mood measure taken only before the drug was started, as a candidate predictor of
another outcome ("Before treatment we recorded ... depressive symptoms (HADS)"; "a higher
HADS depression subscale at baseline (OR 1.2) was associated with non-response"; "fewer
depressive symptoms at baseline were more likely to respond"), in a study that did not
select its people for the condition, measures no mood outcome: off-topic.
Shown by holdout269 30000031 (a fibromyalgia cohort whose baseline HADS depression score
predicted pain response). Session 27, round 73, c73c."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Who responds to low-dose naltrexone in chronic low back pain? A cohort study",
            "Methods: Adults with chronic low back pain starting naltrexone 3 mg nightly were "
            "followed for six months. Before treatment we recorded age, pain duration, sleep "
            "quality and depressive symptoms with the HADS.\nResults: Of 210 patients, 88 "
            "responded. A higher HADS depression subscale at baseline (odds ratio 1.12 per "
            "point) was associated with non-response.",
        ),
        (
            "Clinical predictors of benefit from low-dose naltrexone in complex regional "
            "pain syndrome",
            "Methods: Consecutive patients with complex regional pain syndrome were given "
            "naltrexone 4.5 mg daily. Before starting the drug, patients completed the "
            "PHQ-9, a pain catastrophising scale and a sleep diary.\nResults: Ninety-two "
            "patients were analysed. Patients with fewer depressive symptoms at baseline "
            "were more likely to respond.",
        ),
        (
            "Baseline features and low-dose naltrexone response in interstitial cystitis",
            "Methods: Women with interstitial cystitis took naltrexone 4.5 mg for 12 weeks. "
            "Before treatment we collected symptom duration, body mass index and Beck "
            "Depression Inventory scores.\nResults: Among 64 women, longer symptom "
            "duration and BDI scores at baseline (r = 0.31) were associated with a smaller "
            "fall in bladder pain.",
        ),
    ],
)
def test_mood_measured_only_as_baseline_predictor(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).on_topic is False


def test_mood_measured_again_later_is_an_outcome() -> None:
    # near miss: the same measure taken again after treatment is a mood outcome
    f = facts(
        "Who responds to low-dose naltrexone in chronic low back pain? A cohort study",
        "Methods: Adults with chronic low back pain starting naltrexone 3 mg nightly were "
        "followed for six months. Before treatment we recorded pain duration and "
        "depressive symptoms with the HADS.\nResults: Of 210 patients, 88 responded. HADS "
        "depression scores fell from 9.1 to 6.4 at six months.",
    )
    assert f.on_topic is True
