"""An antidepressant a person switched to (or started) and stopped the watched drug at the
same time ("later switched to escitalopram and stopped LDN"): begun in LDN's place, not
taken with it. Shown by holdout314 35300032 (escitalopram counted as serotonergic
co-medication of a follow-up whose people took LDN with bupropion or stimulants).
Session 30, round 79, c79a."""

import pytest
from written import RCT, TRIAL, facts

CASES = [
    (
        "Open-label low-dose naltrexone added to bupropion in depression",
        "Methods: Twenty adults taking bupropion received naltrexone 4.5 mg nightly for 12 "
        "weeks.\nResults: Mood improved; two patients were later switched to sertraline and "
        "discontinued naltrexone because of poor response.",
    ),
    (
        "Low-dose naltrexone with stimulants for treatment-resistant depression: an open trial",
        "Methods: Sixteen adults on methylphenidate took naltrexone 3 mg daily for 10 weeks.\n"
        "Results: Eleven completed; one changed to venlafaxine and stopped the naltrexone in "
        "week 6.",
    ),
    (
        "Naltrexone 2 mg added to bupropion for major depression: a single-arm pilot",
        "Methods: Eighteen patients taking bupropion added naltrexone 2 mg a day for 8 weeks.\n"
        "Results: One participant started fluoxetine and ceased LDN after a month; the others "
        "completed the study.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_switched_to_in_place_of_ldn_is_not_taken_with_it(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).concomitant_classes == ["dopaminergic"]


def test_antidepressant_kept_while_ldn_stopped_for_others_still_counts() -> None:
    # near miss: sertraline is everyone's; LDN stopped by some for nausea
    title = "Low-dose naltrexone added to sertraline for depression: a randomized trial"
    abstract = (
        "Methods: Sixty adults on sertraline were randomized to naltrexone 4.5 mg or placebo.\n"
        "Results: Three participants on sertraline and naltrexone stopped naltrexone for "
        "nausea; response was higher with naltrexone."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]
