"""Kind: a results report (a feasibility or pilot trial, one stopped early) states how
many took part as a share of its plan, the plan's number followed at once by the verb
("Thirty-eight of the planned 40 were randomised"): the first count is the sample, the
plan's count is no one's, however the share is written (a number word, "out of", "our
target of", "an anticipated"). Shown by holdout385 43500033 (a randomised feasibility
pilot read as n 40, its plan, instead of the 38 randomised). Session 37, round 94, c94b.

Ways real abstracts say how many of the plan took part:
1. "Thirty-eight of the planned 40 were randomised within 14 months."
2. "Twenty-nine of the intended 36 were enrolled over 18 months."
3. "Fifty-one of our target of 60 were randomised; 47 completed."
4. "Twelve out of an anticipated 20 were randomised before the trial closed."
5. "Nineteen of a planned 24 were enrolled and randomised."
6. "We randomised 27 of a planned 36 participants" (read already: the plan had a noun).
7. "Of the planned 40, thirty-eight were randomised" (read already).
The plan's count stands after "of the planned/intended/target/anticipated" (``numbers.
_NEG_BEFORE``); the count before it is the sample. A trial that reached its plan ("Forty of
the planned 40 participants were randomised") keeps that count.
"""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to sertraline in depression: a randomised feasibility trial"
METHODS = (
    "Methods: Adults with major depressive disorder taking sertraline were randomised to "
    "naltrexone 4.5 mg or placebo for 8 weeks.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: Twenty-nine of the intended 36 were enrolled over 18 months; retention "
            "was 90%.",
            29,
        ),
        ("Results: Fifty-one of our target of 60 were randomised; 47 completed.", 51),
        ("Results: Twelve out of an anticipated 20 were randomised before the trial closed.", 12),
        ("Results: Nineteen of a planned 24 were enrolled and randomised.", 19),
        ("Results: We randomised 27 of a planned 36 participants; 25 completed.", 27),
    ],
)
def test_share_of_the_plan_is_the_sample(results: str, n: int) -> None:
    f = facts(TITLE, METHODS + results, RCT)
    assert f.design == "rct"
    assert f.n == n


def test_plan_reached_keeps_its_count() -> None:
    # near miss: the whole plan took part; the count is the same either way
    f = facts(
        TITLE,
        METHODS + "Results: Forty of the planned 40 participants were randomised; 36 completed.",
        RCT,
    )
    assert f.n == 40
