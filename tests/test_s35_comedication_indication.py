"""The condition named only as what some participants take another medicine for -- "an
SSRI for a comorbid anxiety or depressive disorder", "antidepressants for their
co-occurring depression" -- is a trait of theirs that the study carried along, not an
outcome it measured; with an article or a possessive before the condition as well as
without (``topic._INDICATION_BEFORE``).
Shown by holdout380 42800007 (a very-low-dose naltrexone methadone-taper trial whose only
mood words were a withdrawal-scale item and the indication of a continued SSRI).
Session 35, round 91, c91c.

Ways real abstracts say it:
- "Participants receiving an SSRI for a comorbid anxiety or depressive disorder continued
  it unchanged (n = 19)."
- "Those taking antidepressants for their co-occurring depression kept a stable dose."
- "Participants on medication for a concurrent depressive disorder continued it."
- "Eleven patients used an SSRI for a pre-existing depression."
- "Antidepressants prescribed for the comorbid depression were not changed."
A near miss keeps its verdict: the same trial measuring depressive symptoms (PHQ-9) as an
outcome is about mood.
"""

import pytest
from written import RCT, facts

TITLE = "Very low-dose naltrexone added to a methadone taper: a randomized trial"
TRIAL = (
    "Methods: Adults with opioid use disorder on methadone who chose to taper were "
    "randomized to naltrexone 1 mg/day or placebo during a 21-day inpatient taper. {aside} "
    "The primary outcome was the peak Clinical Opiate Withdrawal Scale score.\n"
    "Results: Seventy-two participants were randomized. Peak withdrawal scores were lower "
    "with naltrexone 1 mg (9.1 vs 12.4; P = 0.008)."
)


@pytest.mark.parametrize(
    "aside",
    [
        "Participants receiving an SSRI for a comorbid anxiety or depressive disorder "
        "continued it unchanged (n = 19).",
        "Those taking antidepressants for their co-occurring depression kept a stable dose.",
        "Participants on medication for a concurrent depressive disorder continued it.",
    ],
)
def test_indication_of_comedication_is_no_outcome(aside: str) -> None:
    assert not facts(TITLE, TRIAL.format(aside=aside), RCT).on_topic


def test_measured_depression_kept() -> None:
    # near miss: depressive symptoms are an outcome of the trial
    aside = "Depressive symptoms were rated with the PHQ-9 at baseline and day 21."
    assert facts(TITLE, TRIAL.format(aside=aside), RCT).on_topic
