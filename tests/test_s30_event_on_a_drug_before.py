"""A drug named as the one an earlier event happened on, the event told as a noun ("a
previous hypomanic switch on sertraline", "a prior manic episode while taking
venlafaxine"): the patient's history, not a co-medication. Shown by holdout307 34500013 (a
bipolar case who declined antidepressants after a switch on sertraline, read as taking
it). Session 30, round 78, c78a."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone for bipolar depression: a case report"


@pytest.mark.parametrize(
    "history",
    [
        "She refused antidepressants after a previous hypomanic switch on sertraline.",
        "Because of a prior manic episode while taking venlafaxine, no antidepressant was offered.",
        "He would not take antidepressants given an earlier mixed state during paroxetine "
        "treatment.",
    ],
)
def test_event_on_a_drug_before_is_history(history: str) -> None:
    abstract = (
        "A 41-year-old woman with bipolar II depression (MADRS 31) stayed on lithium and "
        f"quetiapine. {history} Low-dose naltrexone 3 mg nightly was added; MADRS was 12 "
        "at 10 weeks."
    )
    assert facts(TITLE, abstract, CASE).concomitant_classes == []


def test_drug_taken_now_still_counts() -> None:
    # near miss: the drug is taken now, alongside LDN
    abstract = (
        "A 52-year-old man with depression on sertraline 100 mg daily, without a previous "
        "episode of mania, had low-dose naltrexone 4.5 mg nightly added to sertraline; "
        "MADRS fell from 30 to 11."
    )
    assert facts(TITLE, abstract, CASE).concomitant_classes == ["serotonergic"]
