"""Kind: the patients' own treatment history counted in trials ("median 4 prior
antidepressant trials", "at least 2 prior adequate trials") is a description of them, not
cited prior work: the sentence stays the study's own, and its count of people is read.
Shown by holdout252 28500010 (n None for 94). Near miss keeps today's answer: prior trials
cited as others' work. Session 26, round 70, c70c."""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone added to antidepressants: a retrospective clinic cohort"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Seventy-two patients met inclusion criteria (mean age 51, median 3 prior "
            "antidepressant trials).",
            72,
        ),
        ("We identified 65 adults (59% women; a mean of 5 prior medication trials).", 65),
        (
            "Records of 88 outpatients were reviewed (median age 44, 2 prior adequate trials "
            "or more).",
            88,
        ),
    ],
)
def test_count_of_treatment_trials_describes_the_people(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text} All took naltrexone 4.5 mg.", JOURNAL).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # others' trials cited: not this study's people
        ("Prior trials of naltrexone enrolled 120 patients in total.", None),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int | None) -> None:
    assert facts(TITLE, f"Background: {text}", JOURNAL).n == n
