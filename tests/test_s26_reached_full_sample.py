"""Kind: a staged (Simon two-stage, interim-look) trial that says it went on to its full
sample ("the trial continued to its full sample of 58"): that sample is its n, not the
first stage's count nor a subgroup's. Shown by holdout254 28300017 (n 31, a subgroup on
one antidepressant, for 58). Near miss keeps today's answer: the full sample named only as
what the trial would have gone on to, had the first stage passed. Session 26, round 70,
c70c."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone augmentation in depression: a single-arm two-stage trial"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Adults with major depression on an SSRI received naltrexone 4.5 mg nightly. "
            "Eight of the first 19 responded, so the study proceeded to its full sample of "
            "46; SNRIs were taken by 12 participants.",
            46,
        ),
        (
            "Patients taking an antidepressant added naltrexone 3 mg for ten weeks. The "
            "interim look was passed and accrual went on to the planned sample of 52; an "
            "SSRI was taken by 30 participants.",
            52,
        ),
        (
            "Open-label naltrexone 4.5 mg was added to stable antidepressant treatment. After "
            "the first stage, the trial reached its target sample of 38; 15 of 38 responded.",
            38,
        ),
    ],
)
def test_full_sample_reached_is_the_n(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the full sample only what the trial would have gone on to: it stopped first
        (
            "Adults with major depression received naltrexone 4.5 mg nightly; 18 patients "
            "were enrolled in the first stage. Had five responded, the trial would have "
            "continued to a full sample of 60.",
            18,
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).n == n
