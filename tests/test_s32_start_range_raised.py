"""A range of where people began, then raised as tolerated to one ceiling ("started at
0.5 to 1.5 mg and titrated as tolerated to a maximum of 4.5 mg") is a flexible range
from the lowest start to the ceiling: both ends are doses, as they are for a single
start raised so (CONTRACT.md: "for a flexible range both ends"). Shown by holdout339
38000014 (a chart review whose start range was dropped, leaving only the maximum).
Session 32, round 84, c84a."""

import pytest
from written import facts

OBS = ("Observational Study",)


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        (
            "Clinicians began naltrexone at 0.5 to 1 mg at night and raised it as "
            "tolerated up to a maximum of 4.5 mg.",
            [0.5, 4.5],
        ),
        (
            "Dosing was individualised: the starting dose was 1 to 2 mg, titrated "
            "according to tolerability to a maximum of 4.5 mg daily.",
            [1.0, 4.5],
        ),
        (
            "Naltrexone was started at 1.5 to 3 mg and increased as tolerated to a "
            "maximum of 6 mg per day.",
            [1.5, 6.0],
        ),
    ],
)
def test_start_range_raised_as_tolerated_keeps_lowest_start(
    sentence: str, doses: list[float]
) -> None:
    f = facts(
        "Low-dose naltrexone for depression in a psychiatric clinic: a chart review",
        "Method: Records of adults with major depression prescribed low-dose naltrexone "
        "were reviewed.\nResults: Fifty-one patients were included. " + sentence,
        OBS,
    )
    assert f.ldn_doses_mg == doses


def test_start_range_then_fixed_raise_keeps_the_target_only() -> None:
    """Near miss: a fixed titration from a start range to one target keeps the target."""
    f = facts(
        "Low-dose naltrexone added to SSRIs: an open trial",
        "Methods: Forty adults with major depression on an SSRI started naltrexone at 0.5 "
        "to 1.5 mg and were increased to 4.5 mg after two weeks.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [4.5]
