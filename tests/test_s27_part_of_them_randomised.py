"""A count said as a part of the one before it ("Eighty began open-label LDN; 36 of them
were randomised", "40 responded and 36 of these agreed to randomisation") is the later
stage of the same flow of people, never a group to add to it nor a mere subset: an RCT's
n is the part randomised. Shown by holdout270 30200007 (a randomised withdrawal trial
whose 47 randomised were said as "47 of them agreed to randomisation" after the open-label
starters, read as n 91 and closing larger-trials). Session 27, round 73, c73a."""

import pytest
from written import RCT, facts

TITLE = "Continuing or stopping adjunctive low-dose naltrexone in depression: a withdrawal RCT"
METHODS = (
    "Methods: Adults with major depression taking sertraline received open-label "
    "naltrexone 4.5 mg; responders were randomly assigned to continue it or to placebo.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: Eighty-two adults began the open-label phase; 41 responded and 38 of "
            "them agreed to randomisation (continuation n=19, placebo n=19).",
            38,
        ),
        (
            "Results: Seventy patients started open-label treatment and 30 of them were "
            "randomised.",
            30,
        ),
        (
            "Results: Sixty-four patients took open-label naltrexone and 33 responded; 29 of "
            "these were later randomised.",
            29,
        ),
    ],
)
def test_part_of_the_starters_randomised_is_n(results: str, n: int) -> None:
    assert facts(TITLE, METHODS + results, RCT).n == n


def test_near_miss_plain_randomised_count_keeps_n() -> None:
    # (said without "of them", the randomised count was already the n)
    results = "Results: Seventy patients started open-label treatment; 30 were later randomised."
    assert facts(TITLE, METHODS + results, RCT).n == 30
