"""The things a crossover or an n-of-1 series counts, named by the participle "randomised"
before them ("three randomised, double-blind pairs of 2-week periods", "four randomised,
blinded rounds"): they are treatment periods, not people, so their number is never n.
Shown by holdout236 26400004 (n 3 for 9). Session 25, round 67, c67b."""

import pytest
from written import RCT, facts

TITLE = "Series of n-of-1 trials of low-dose naltrexone in treatment-resistant depression"


@pytest.mark.parametrize(
    "units",
    [
        "three randomised, double-blind pairs of 2-week treatment periods",
        "four randomised, blinded rounds of active drug and placebo",
        "two randomised, placebo-controlled sets of three-week blocks",
    ],
)
def test_randomised_units_are_not_people(units: str) -> None:
    f = facts(
        TITLE,
        f"Methods: Each participant went through {units} (naltrexone 2 mg daily or placebo). "
        "Eleven adults with treatment-resistant depression and a long history of failed "
        "treatments started the series and ten finished it.\n"
        "Results: Daily PHQ-9 favoured naltrexone in six participants.",
        RCT,
    )
    assert f.n == 11


def test_randomised_people_keep_their_count() -> None:
    """Near miss: a count with "randomised" and then a comma is the people randomised."""
    f = facts(
        TITLE,
        "Methods: Of 30 adults screened, 12 randomised, each to a series of naltrexone 2 mg "
        "and placebo periods.\nResults: Daily PHQ-9 favoured naltrexone in six participants.",
        RCT,
    )
    assert f.n == 12
