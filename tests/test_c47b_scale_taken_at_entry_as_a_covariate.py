"""A depression scale recorded at entry and then entered as a covariate ("the Beck
Depression Inventory (BDI-II) was recorded at baseline and entered as a covariate"), its
abbreviation in brackets after its name, in a study that did not select its people for
depression: the scale describes the people, it measures no mood outcome, so the study is
off-topic (CONTRACT.md, "Mood as an outcome"). Round 47, c47b; shown by holdout166
18300019, ultra-low-dose naltrexone with oxycodone after spine surgery."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Ultra-low-dose naltrexone added to oxycodone after lumbar spine surgery: a randomized trial"
)


def _abstract(line: str) -> str:
    return (
        "Methods: 150 adults undergoing lumbar fusion were randomized to oxycodone combined "
        "with naltrexone 1 microgram or placebo twice daily for 5 days. "
        f"{line} Outcomes were cumulative opioid consumption and pain scores.\n"
        "Results: Opioid consumption was 18% lower with naltrexone than with placebo."
    )


@pytest.mark.parametrize(
    "line",
    [
        # the record's wording
        "Because preoperative depression predicts postoperative opioid use, the Beck "
        "Depression Inventory (BDI-II) was recorded at baseline and entered as a covariate.",
        # probes: other scales, other times of entry, other verbs of the covariate
        "The Hospital Anxiety and Depression Scale (HADS) was collected at screening and "
        "used as a covariate.",
        "Depressive symptoms (PHQ-9) were measured at baseline and included as a covariate "
        "in the regression.",
        "The Patient Health Questionnaire-9 (PHQ-9) depression score was administered before "
        "randomization and then entered as a covariate.",
        "The BDI-II was recorded at baseline and entered as a covariate.",
    ],
)
def test_scale_taken_at_entry_as_a_covariate_is_no_outcome(line: str) -> None:
    assert facts(TITLE, _abstract(line), RCT).on_topic is False


@pytest.mark.parametrize(
    "line",
    [
        # near misses: the scale read again later, or named an outcome, stays the topic
        "The Beck Depression Inventory (BDI-II) was recorded at baseline and at day 5.",
        "The Beck Depression Inventory (BDI-II) was recorded at baseline and analysed as a "
        "secondary outcome.",
        "Depression (BDI-II) was a secondary outcome; baseline values were entered as a covariate.",
    ],
)
def test_scale_read_as_an_outcome_stays_the_topic(line: str) -> None:
    assert facts(TITLE, _abstract(line), RCT).on_topic is True
