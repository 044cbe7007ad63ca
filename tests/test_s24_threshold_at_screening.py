"""A count whose inclusion threshold is dated "at screening" ("Twenty-seven adults with a
current major depressive episode (PHQ-9 >= 10 at screening) who had taken LDN"): screening
there is when the threshold was met, not an act that makes the count a pool of people
screened. Shown by holdout15 90100025 (n read as none). Session 24, round 66, c66a."""

import pytest
from written import facts

TITLE = "Living with low-dose naltrexone for depression: an interview study"


@pytest.mark.parametrize(
    ("people", "n"),
    [
        (
            "Participants: Nineteen women with postnatal depression (EPDS of 13 or more at "
            "screening) who had used LDN for at least six weeks.",
            19,
        ),
        (
            "Participants: 32 adults with persistent depressive disorder (a MADRS above 20 on "
            "screening) taking LDN alongside an SSRI.",
            32,
        ),
        (
            "Participants: Twenty-two veterans with depression (PHQ-9 of 10 or higher at the "
            "screening visit) who had been prescribed LDN.",
            22,
        ),
    ],
)
def test_count_with_threshold_at_screening(people: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Design: Qualitative study with semi-structured interviews.\n{people}\n"
        "Results: Three themes were developed.",
    )
    assert f.n == n


def test_people_screened_are_still_the_pool() -> None:
    """Near miss: people who were screened are the pool, whom the trial enrolled is n."""
    f = facts(
        "Low-dose naltrexone for depression: an open-label trial",
        "Methods: Sixty adults were screened at two clinics and 24 with major depression were "
        "enrolled to take naltrexone 1.5 mg nightly.\nResults: MADRS fell by 10 points.",
        ("Journal Article", "Clinical Trial"),
    )
    assert f.n == 24
