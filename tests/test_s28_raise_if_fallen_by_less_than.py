"""A dose raised only where a score fell short of a threshold, said as "if <scale> had
fallen by less than X%": a raise for non-responders, so both levels are listed
(CONTRACT.md: for a dose raised only in non-responders both levels).

Shown by holdout282 31500013. Session 28, round 75, c75b.
"""

from written import TRIAL, facts

TITLE = "Low-dose naltrexone for late-life depression: an open-label pilot"


def doses(methods: str) -> list[float]:
    return facts(
        TITLE,
        "Methods: Twenty older adults with major depression were enrolled. "
        + methods
        + "\nResults: GDS fell by 5 points.",
        TRIAL,
    ).ldn_doses_mg


def test_if_fallen_by_less_than() -> None:
    assert doses(
        "They took naltrexone 2 mg nightly, increased to 4 mg at week 4 if the GDS had "
        "fallen by less than 30%."
    ) == [2.0, 4.0]


def test_if_dropped_by_less_than() -> None:
    assert doses(
        "Naltrexone 1.5 mg was given at night and raised to 4.5 mg at week 3 if MADRS "
        "dropped by less than a quarter."
    ) == [1.5, 4.5]


def test_if_decreased_by_fewer_than_points() -> None:
    assert doses(
        "Participants started naltrexone 3 mg, increased to 4.5 mg at week 4 if their HAM-D "
        "had decreased by fewer than 5 points."
    ) == [3.0, 4.5]


def test_near_miss_fixed_titration_keeps_the_target() -> None:
    assert doses(
        "They took naltrexone 2 mg nightly, increased to 4 mg at week 2 for all participants."
    ) == [4.0]
