"""A microgram dose written in words ("fifty micrograms once daily", "twenty mcg at
night"): the number in words is read as digits are, and its unit is micrograms
(CONTRACT.md: microgram "ultra-low" doses are LDN). Shown by preprints62 PPR3700019 (no
dose read). Session 26, round 70, c70d."""

import pytest
from written import TRIAL, facts

TITLE = "Ultra-low-dose naltrexone added to an SSRI in major depression: a randomized trial"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults on sertraline were randomized to naltrexone twenty micrograms "
            "once daily or placebo for six weeks.",
            [0.02],
        ),
        (
            "Methods: Participants took oral naltrexone one hundred mcg every evening, or an "
            "identical placebo, in addition to escitalopram.",
            [0.1],
        ),
        (
            "Methods: Patients were assigned to naltrexone ten or forty micrograms nightly "
            "added to their antidepressant.",
            [0.01, 0.04],
        ),
    ],
)
def test_microgram_dose_in_words(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Depression scores fell more with naltrexone."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == pytest.approx(expected)


def test_people_counted_before_micrograms_are_not_a_dose() -> None:
    """Near miss: a dose in digits after a count of people in words stays the only dose."""
    f = facts(
        TITLE,
        "Methods: Forty adults received naltrexone 50 micrograms nightly.\n"
        "Results: Depression scores fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == pytest.approx([0.05])


def test_count_of_microgram_doses_is_no_dose() -> None:
    """Near miss: "two microgram doses" counts the doses; it is no dose of 2 µg."""
    f = facts(
        TITLE,
        "Methods: We compared two microgram doses of naltrexone added to sertraline: "
        "100 µg or 400 µg nightly.\nResults: Depression scores fell in both groups.",
        TRIAL,
    )
    assert f.ldn_doses_mg == pytest.approx([0.1, 0.4])
