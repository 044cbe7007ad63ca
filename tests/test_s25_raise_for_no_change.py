"""A dose raised because nothing had changed ("increased to 4.5 mg because there had been no
change"): a raise for want of response, so both levels count (CONTRACT.md), not a fixed
titration's first step. Shown by holdout240 26800021 (doses [4.5] for [3.0, 4.5]).
Session 25, round 68, c68d."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone added to an antidepressant: a case report"


@pytest.mark.parametrize(
    ("course", "doses"),
    [
        (
            "Naltrexone 1.5 mg nightly was added; after four weeks there was no change, so it "
            "was raised to 3 mg.",
            [1.5, 3.0],
        ),
        (
            "LDN 2 mg was begun and increased at week 6 to 4.5 mg because there had been no "
            "clinical change.",
            [2.0, 4.5],
        ),
        (
            "She took naltrexone 1 mg daily, which was raised to 3 mg after a month of no change.",
            [1.0, 3.0],
        ),
    ],
)
def test_both_levels_of_a_raise_for_no_change(course: str, doses: list[float]) -> None:
    abstract = (
        "A 47-year-old woman with major depressive disorder had taken sertraline 150 mg "
        f"daily for a year with a partial response. {course} Her MADRS later fell to 9."
    )
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == doses


def test_no_change_of_something_named_is_no_reason() -> None:
    # near miss: a fixed step up, with the antidepressant's dose unchanged: the target only
    abstract = (
        "A 47-year-old woman with major depressive disorder had taken sertraline 150 mg "
        "daily for a year. Naltrexone was started at 1.5 mg and increased to 4.5 mg after "
        "one week, with no change in her sertraline dose. Her MADRS later fell to 9."
    )
    assert facts(TITLE, abstract, CASE).ldn_doses_mg == [4.5]
