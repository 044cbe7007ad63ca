"""A list of doses introduced by a spaced dash after a word ("five doses - 0.5, 1 and 2 mg
a day"): the dash is punctuation, not the sign of a statistic, so the list's first item is
a dose. Shown by holdout249 27800034 (0.5 lost from "five naltrexone doses - one-half,
one, two, three and four and a half milligrams a day"). Session 26, round 70, c70d."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults on an SSRI will be randomised to one of three naltrexone doses - "
            "0.25, 1 and 3 mg each evening.",
            [0.25, 1.0, 3.0],
        ),
        (
            "Methods: Patients received naltrexone at one of four levels - 0.5, 1.5, 3 or "
            "4.5 milligrams nightly.",
            [0.5, 1.5, 3.0, 4.5],
        ),
        (
            "Methods: The dose groups - 1, 2 and 4 mg of naltrexone a day - were compared.",
            [1.0, 2.0, 4.0],
        ),
    ],
)
def test_list_after_spaced_dash(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Ninety patients were randomized; MADRS fell."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == pytest.approx(expected)


def test_signed_change_before_a_dose_stays_a_statistic() -> None:
    """Near miss: a signed change after a dose group ("4.5 mg (n=40) -6.1, 1.5 mg") is no
    dose."""
    f = facts(
        TITLE,
        "Methods: Adults on an SSRI were randomised to naltrexone 1.5 mg or 4.5 mg nightly.\n"
        "Results: MADRS change was 4.5 mg (n=40) -6.1, 1.5 mg (n=41) -3.2.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
