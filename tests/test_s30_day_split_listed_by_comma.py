"""A day's dose with its parts listed after it by a comma alone ("naltrexone 2.5 mg per day
(0.5 mg mornings, 2 mg evenings)"): the parts share out that one daily dose; they are no
doses of their own and compare nothing. Shown by holdout300 33600036, read as [0.5, 2, 2.5]
and as a dose comparison (a false dose-finding verdict). Session 30, round 78, c78b."""

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone added to antidepressants in depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Sixty adults with major depression were randomised to naltrexone 3 mg "
            "a day (1 mg mornings, 2 mg evenings) or placebo for ten weeks.",
            [3.0],
        ),
        (
            "Methods: Eighty patients with depression were randomised to naltrexone 4.5 mg "
            "daily, taken as 1.5 mg in the morning, 3 mg at night, or to placebo.",
            [4.5],
        ),
        (
            "Methods: Seventy outpatients with depression were randomised to naltrexone "
            "2 mg per day (0.5 mg each morning, 1.5 mg each evening) or to placebo.",
            [2.0],
        ),
    ],
)
def test_parts_of_one_day_are_its_total(methods: str, expected: list[float]) -> None:
    abstract = (
        f"{methods}\nResults: Depression scores fell more with naltrexone.\n"
        "Conclusions: Larger trials are needed."
    )
    assert facts(TITLE, abstract, RCT).ldn_doses_mg == expected
    assert "dose-finding" not in gaps(TITLE, abstract, RCT)


def test_parts_offered_as_alternatives_stay_arms() -> None:
    """Near miss: a morning dose offered against an evening dose are two arms."""
    abstract = (
        "Methods: Forty adults with depression took naltrexone, either 1 mg mornings or "
        "3 mg evenings, assigned by clinic.\nResults: Both improved.\n"
        "Conclusions: Timing may matter."
    )
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [1.0, 3.0]
