"""A failure cue before a long list of failed drugs ("had not responded, over the present
episode, to adequate trials of A, B, C, D, E and F") reaches every drug of the list, not
only the first few within its window: the later ones are history too, not co-medication,
when the record names the drug actually taken. Shown by holdout338 37900015 (a case report
whose failed venlafaxine and duloxetine were read as taken with LDN). Session 32, round 84,
c84e."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Case: A 41-year-old man with recurrent major depression had not responded, over the "
        "two years of his present episode, to adequate trials of fluoxetine, paroxetine, "
        "citalopram, sertraline, venlafaxine and desvenlafaxine. He was taking escitalopram "
        "20 mg daily when naltrexone 4.5 mg at night was added. His MADRS fell from 30 to 8.",
        "Case: A 58-year-old woman with chronic depression had failed, during many years of "
        "specialist care, full courses of sertraline, fluvoxamine, citalopram, paroxetine, "
        "duloxetine and reboxetine. On fluoxetine 40 mg she was given naltrexone 3 mg "
        "nightly and remitted within 8 weeks.",
        "Case: A 29-year-old man had not responded, across two hospital admissions and "
        "a long outpatient course, to sertraline, citalopram, fluoxetine, paroxetine, "
        "milnacipran and nortriptyline. Low-dose naltrexone 4.5 mg was added to his "
        "vortioxetine 10 mg and his depression lifted.",
    ],
)
def test_every_drug_of_a_failed_list_is_history(abstract: str) -> None:
    f = facts("Low-dose naltrexone in refractory depression: a case report", abstract, CASE)
    assert f.concomitant_classes == ["serotonergic"]


def test_drug_taken_after_the_failed_list_stays() -> None:
    """Near miss: a new clause after the list names the drug taken with LDN."""
    f = facts(
        "Low-dose naltrexone in refractory depression: a case report",
        "Case: A 50-year-old woman had not responded to sertraline or citalopram and was "
        "taking duloxetine 60 mg when naltrexone 4.5 mg nightly was added. She remitted.",
        CASE,
    )
    assert "noradrenergic" in f.concomitant_classes
