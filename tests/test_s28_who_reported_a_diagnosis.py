"""A count of people named by the diagnosis they reported on entry ("fourteen adults who
reported a clinician's diagnosis of MDD", "20 women who self-reported a history of
depression") is the sample described, not a part of it that reported an event
(CONTRACT.md "n"). Shown by holdout281 31400018 (a qualitative interview study of LDN
users). Session 28, round 75, c75e."""

import pytest
from written import facts

TITLE = "Why people try low-dose naltrexone for depression: an interview study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "We held semi-structured interviews with twelve adults who reported a "
            "physician's diagnosis of major depressive disorder and had used low-dose "
            "naltrexone for at least two months.",
            12,
        ),
        (
            "We interviewed 21 women who reported a diagnosis of depression and took "
            "low-dose naltrexone nightly.",
            21,
        ),
        (
            "Focus groups were held with nineteen adults who reported a prior diagnosis of "
            "major depression and had taken low-dose naltrexone.",
            19,
        ),
    ],
)
def test_people_named_by_reported_diagnosis_are_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract).n == n


def test_people_reporting_an_event_stay_a_part() -> None:
    """Near miss: a part of the sample who reported an event is not the sample."""
    f = facts(
        TITLE,
        "We interviewed 30 adults with major depressive disorder who took low-dose "
        "naltrexone. Eight reported vivid dreams.",
    )
    assert f.n == 30
