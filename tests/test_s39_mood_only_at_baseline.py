"""A trial of another condition that reports the people's depression score only as they
were at entry ("The mean baseline HADS-depression score was 9.1 (SD 4.0), and 38% scored 11
or more") measures no mood outcome: CONTRACT.md makes a record on-topic where depression or
mood is a condition or an outcome in its own right, and a baseline description of the sample
is neither. The same sentence in a trial that also measures mood afterwards changes nothing.

Shown by holdout395 44500039 (a fibromyalgia RCT with HADS-depression only at baseline and
as a candidate moderator: on-topic True for False; batch 91). Session 39, lead.

Ways abstracts report only the entry value:
- "The mean baseline HADS-depression score was 9.1 (SD 4.0), and 38% scored 11 or more."
- "Mean (SD) baseline PHQ-9 was 12.4 (4.0)."
- "Median baseline BDI-II was 17, and 41% scored in the moderate range."
- "Baseline PHQ-9 scores averaged 11.2."
- "At enrolment the mean HADS depression score was 9" (``_AT_ENTRY``'s older opening)
Read in ``topic._AT_ENTRY`` (a sentence opening on the people at entry, with no later time
or change), beside the openings it already knew.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for fibromyalgia pain: a randomised placebo-controlled trial"


def _abstract(baseline: str, outcomes: str = "") -> str:
    return (
        "Methods: Women with fibromyalgia were randomised to LDN 4.5 mg or placebo at bedtime "
        "for 10 weeks. The primary outcome was average pain intensity; secondary outcomes were "
        f"the Revised Fibromyalgia Impact Questionnaire and pressure pain thresholds{outcomes}.\n"
        f"Results: A total of 99 women were randomised. {baseline} Pain fell by 1.6 points with "
        "LDN and 1.2 with placebo."
    )


BASELINES = [
    "The mean baseline HADS-depression score was 9.1 (SD 4.0), and 38% scored 11 or more.",
    "Mean (SD) baseline HADS depression score was 8.4 (3.9).",
    "Median baseline Beck Depression Inventory score was 17, and 41% scored in the moderate range.",
    "Baseline depression scores (PHQ-9) averaged 11.2.",
]


@pytest.mark.parametrize("baseline", BASELINES)
def test_entry_value_alone_is_no_mood_outcome(baseline: str) -> None:
    assert not facts(TITLE, _abstract(baseline), RCT).on_topic


@pytest.mark.parametrize("baseline", BASELINES[:2])
def test_entry_value_beside_a_mood_outcome_stays_on_topic(baseline: str) -> None:
    """Near miss: the trial also measures depressive symptoms as an outcome."""
    got = facts(TITLE, _abstract(baseline, ", and change in PHQ-9 depressive symptoms"), RCT)
    assert got.on_topic
