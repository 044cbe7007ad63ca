"""The mood or the condition named only as a measure nobody took, with a word that sets it
apart from the study's other measures ("no separate mood or depression scale was
administered", "no dedicated depression questionnaire was used"), measures nothing: the
record is not about mood. Shown by holdout265 29600012 (an ultra-low-dose withdrawal trial
whose only mood words were a withdrawal-scale item and "No separate mood or depression
scale was administered"). Session 27, round 72, c72b."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for fatigue in Crohn's disease: a randomised trial"
METHODS = (
    "Methods: Forty adults with Crohn's disease were randomised to naltrexone 4.5 mg nightly "
    "or placebo for 12 weeks. Results: Fatigue scores improved more with naltrexone "
    "(p=0.02). "
)


@pytest.mark.parametrize(
    "remark",
    [
        "No separate mood or depression scale was administered.",
        "No dedicated depression questionnaire was used.",
        "No specific mood rating was collected.",
        "No additional depression or anxiety measures were obtained.",
    ],
)
def test_measure_nobody_took_is_no_outcome(remark: str) -> None:
    assert not facts(TITLE, METHODS + remark, RCT).on_topic


@pytest.mark.parametrize(
    "remark",
    [
        "A separate depression scale (PHQ-9) was administered; scores fell by 4 points.",
        "No separate anxiety scale was administered, but depression was rated with the HADS "
        "and improved.",
    ],
)
def test_mood_measured_stays_on_topic(remark: str) -> None:
    """Near misses: a separate mood scale that was given, or one left out beside a
    depression rating that was made."""
    assert facts(TITLE, METHODS + remark, RCT).on_topic
