"""Kind: a count allocated to no arm ("58 participants were randomized") is the trial's
whole sample, and a smaller count coordinated after it ("and 54 received all six
infusions") is what became of some of them, a part of the same people, not more people to
add. Shown by holdout372 41900024 (58 randomised and 54 who received every infusion read
as 112). Session 35, round 90, c90b.

Ways real abstracts state a whole randomised and then a part of it in one sentence:
1. "Fifty-eight participants were randomized and 54 received all six infusions."
2. "A total of 120 patients were randomised, and 112 received at least one dose."
3. "Seventy-six adults were randomly assigned, while 70 received the full course."
4. "Ninety participants were enrolled at four sites and 81 remained on treatment."
5. "Sixty-four outpatients underwent randomisation, and 61 received the allocated drug."
6. "Of 64 randomised, 60 received study medication" (a frame: already read as 64).
A count allocated to an arm ("42 were allocated to X, whereas 38 continued Y") is one arm,
and the arms still add up.
"""

import pytest
from written import RCT, facts

METHODS = (
    "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
    "or placebo nightly for eight weeks, added to their antidepressant.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        ("Fifty-eight participants were randomized and 54 received all six infusions.", 58),
        (
            "A total of 120 patients were randomised, and 112 received at least one dose "
            "of study medication.",
            120,
        ),
        (
            "Seventy-six adults were randomly assigned, while 70 received the full "
            "eight-week course.",
            76,
        ),
        (
            "Sixty-four outpatients underwent randomisation, and 61 received the allocated "
            "study drug.",
            64,
        ),
    ],
)
def test_whole_then_part_is_the_whole(results: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomised trial",
        METHODS + "Results: " + results + " MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.on_topic
    assert f.n == n


def test_count_allocated_to_an_arm_still_adds_the_other() -> None:
    # near miss: the first count is one arm's, the second the other arm's
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomised trial",
        METHODS + "Results: 42 participants were allocated to naltrexone, whereas 38 "
        "continued placebo. MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 80
