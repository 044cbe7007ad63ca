"""A half written "one-half" among doses in words ("one-half, one and two milligrams",
"one-half milligram nightly"): it is 0.5, as "half a" is, and it may lead a list of doses
in words. Shown by holdout249 27800034 (0.5 lost from "one-half, one, two, three and four
and a half milligrams a day"). Session 26, round 70, c70d."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults on an SSRI were randomized among placebo and naltrexone at "
            "one-half, one and two milligrams each evening.",
            [0.5, 1.0, 2.0],
        ),
        (
            "Methods: Participants took naltrexone one half milligram nightly in addition to "
            "their antidepressant.",
            [0.5],
        ),
        (
            "Methods: Three dose groups were compared: one-half, two and four and a half mg "
            "of naltrexone a day.",
            [0.5, 2.0, 4.5],
        ),
    ],
)
def test_one_half_is_a_half(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Ninety patients were randomized; MADRS fell."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == pytest.approx(expected)


def test_one_and_a_half_stays() -> None:
    """Near miss: "one and a half milligrams" is still 1.5."""
    f = facts(
        TITLE,
        "Methods: Participants took naltrexone one and a half milligrams nightly.\n"
        "Results: Ninety patients were enrolled; MADRS fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5]
