"""A trial of another condition whose depression measure only evens out or splits the
groups: named in the reason given for stratifying or adjusting ("Because low mood may
colour pain ratings, randomisation was stratified by baseline PHQ-9"), or as the groups a
moderator analysis compares ("similar in those with and without probable depression").
Neither measures mood as an outcome, so the trial is not on-topic.

Shown by holdout334 37500006 (stratified by the HADS depression subscale), holdout341
38300036 (HADS depression as a covariate) and holdout342 38400027 (probable depression as a
moderator). Session 32, round 84, c84f.
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for chronic back pain: a randomised trial"


def _abstract(methods: str = "", results: str = "") -> str:
    return (
        "Methods: Adults with chronic low back pain were randomised to naltrexone 4.5 mg or "
        f"placebo at night for 12 weeks. {methods} The primary outcome was pain intensity at "
        "week 12; secondary outcomes were disability and sleep.\n"
        f"Results: Eighty adults were randomised. Pain fell more with LDN. {results}"
    )


@pytest.mark.parametrize(
    ("methods", "results"),
    [
        (
            "Since low mood can colour pain ratings, randomisation was stratified by site "
            "and by baseline PHQ-9 score.",
            "",
        ),
        (
            "As depressive symptoms may blunt the analgesic response, baseline BDI-II was "
            "entered as a covariate.",
            "",
        ),
        (
            "Because depression can alter pain reporting, all models were adjusted for the "
            "baseline HADS-D score.",
            "",
        ),
        (
            "",
            "The effect on pain was similar in participants with and without probable "
            "depression at baseline.",
        ),
        ("", "Relief did not differ between those with and without possible depression."),
    ],
)
def test_depression_that_only_balances_or_splits_the_groups_is_no_outcome(
    methods: str, results: str
) -> None:
    f = facts(TITLE, _abstract(methods, results), RCT)
    assert f.on_topic is False
    assert f.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "results",
    [
        "Depressive symptoms improved more with LDN than with placebo.",
        # near miss: a reason clause whose main clause measures mood as an outcome
        "Because pain and mood are linked, the BDI-II was a secondary outcome and fell more "
        "with LDN.",
    ],
)
def test_mood_measured_as_an_outcome_stays_on_topic(results: str) -> None:
    assert facts(TITLE, _abstract(results=results), RCT).on_topic is True
