"""Kind: a count with "enrolled" as its bare verb, a second verb joined by "and" saying they
went on to be treated ("193 enrolled and took study drug"): the enrolled are the sample, as
"41 enrolled." is. Shown by holdout254 28300015 (n None for 193). Near misses keep today's
answer: a count that enrolled and completed is not read this way, and a noun that is not
people ("12 sites enrolled and ...") counts nobody. Session 26, round 70, c70c."""

import pytest
from written import TRIAL, facts

TITLE = "Open-label low-dose naltrexone added to antidepressants in resistant depression"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Of 150 outpatients screened, 30 were ineligible; 120 enrolled and received "
            "naltrexone 4.5 mg nightly for eight weeks.",
            120,
        ),
        (
            "Ninety-five adults with major depression were screened at two clinics; 72 "
            "enrolled and started low-dose naltrexone alongside their SSRI.",
            72,
        ),
        (
            "Sixty-four enrolled and took at least one dose of naltrexone 3 mg; 50 completed "
            "the 12-week study.",
            64,
        ),
    ],
)
def test_enrolled_and_treated_is_the_sample(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the sample stated elsewhere: a count that enrolled and completed stays a part
        (
            "A total of 80 adults received naltrexone 4.5 mg; of the first cohort, 30 "
            "enrolled and completed all visits.",
            80,
        ),
        # the count already read today, its verb followed by a stop
        ("Of 70 invited, 52 enrolled. All received naltrexone 4.5 mg nightly.", 52),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).n == n
