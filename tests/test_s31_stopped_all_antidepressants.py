"""The people said to have stopped all antidepressants in the active voice ("had stopped
all antidepressants", "discontinued all antidepressant medication"): a list of failed
drugs before it is history, nothing is taken alongside. Shown by holdout305 34300023 (a
case report listing failed SSRIs and an SNRI before "had stopped all antidepressants",
read as serotonergic + noradrenergic). Session 31, round 80, c80d."""

import pytest
from written import CASE, facts

CASES = [
    (
        "Low-dose naltrexone in a patient with chronic depression: case report",
        "A 58-year-old woman with chronic depression, who had taken sertraline and then "
        "duloxetine, had stopped all antidepressants a year earlier. She began naltrexone "
        "4.5 mg nightly and her MADRS fell from 30 to 12.",
    ),
    (
        "Low-dose naltrexone in late-life depression: a case",
        "A woman of 62 with recurrent depression (three failed antidepressant trials, "
        "including sertraline and mirtazapine), who had ceased all antidepressants because "
        "of weight gain, began naltrexone 4.5 mg at night. Her MADRS fell from 29 to 11.",
    ),
    (
        "Low-dose naltrexone after antidepressant intolerance: a case",
        "A 39-year-old man with depression (three failed trials, including paroxetine and "
        "nortriptyline) had stopped all antidepressants. He took naltrexone 4.5 mg daily "
        "for 12 weeks, and his HAM-D fell by half.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_all_antidepressants_stopped_leaves_none(title: str, abstract: str) -> None:
    assert facts(title, abstract, CASE).concomitant_classes == []


def test_one_drug_stopped_another_taken() -> None:
    # near miss: one drug stopped, another named as taken with the watched drug
    title = "Low-dose naltrexone added to escitalopram: a case"
    abstract = (
        "A woman of 50 with depression had stopped venlafaxine. She took naltrexone 4.5 mg "
        "nightly added to escitalopram 10 mg daily, and her PHQ-9 fell to 5."
    )
    assert facts(title, abstract, CASE).concomitant_classes == ["serotonergic"]
