"""Each person's own target in one sentence of a case series ("Patient A was titrated to 3
mg; patient B, an older woman, to 4.5 mg"): two people's doses, not the steps of one
schedule (the first is no earlier step the second replaces). Shown by holdout231 25800029
(two cases on a liquid, each titrated to a volume of their own). Session 24, round 65,
c65c."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone for chronic depression: three cases"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Patient A, a 40-year-old teacher, was titrated to 2 mg nightly; patient B, a "
            "58-year-old man, to 4 mg.",
            [2.0, 4.0],
        ),
        (
            "Case 1 was increased to 1.5 mg at night, and case 2, who had insomnia, to 3 mg.",
            [1.5, 3.0],
        ),
        (
            "Patient 1 was raised to 3 mg daily; patient 2, after two weeks, to 4.5 mg.",
            [3.0, 4.5],
        ),
    ],
)
def test_each_persons_target_counts(sentence: str, expected: list[float]) -> None:
    text = (
        "Two adults with chronic depression taking sertraline were started on naltrexone "
        f"0.5 mg nightly. {sentence} Both improved over eight weeks."
    )
    f = facts(TITLE, text, CASE)
    assert [d for d in f.ldn_doses_mg if d != 0.5] == expected


def test_one_persons_raise_keeps_its_target() -> None:
    """Near miss: one person's raise through steps still ends at its target only."""
    f = facts(
        TITLE,
        "A woman with chronic depression taking sertraline started naltrexone; she was "
        "titrated to 1.5 mg in week one and to 4.5 mg from week two. She improved.",
        CASE,
    )
    assert f.ldn_doses_mg == [4.5]
