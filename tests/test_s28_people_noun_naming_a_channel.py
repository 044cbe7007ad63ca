"""A people noun that modifies the name of where people were found ("two patient
forums", "three patient organisations", "four patient support networks") counts those
places, not people (CONTRACT.md "n": the persons of the study itself). Shown by
holdout281 31400018 (a qualitative interview study of LDN users). Session 28, round 75,
c75e."""

import pytest
from written import facts

TITLE = "Why people try low-dose naltrexone for depression: an interview study"


@pytest.mark.parametrize(
    "where",
    [
        "Participants were found through three patient forums and a pharmacy mailing list.",
        "Participants were enrolled through two patient organisations and one charity.",
        "Interviewees were recruited via four patient message boards.",
    ],
)
def test_channel_count_is_not_the_sample(where: str) -> None:
    f = facts(
        TITLE,
        "We held semi-structured interviews with sixteen adults with major depressive "
        "disorder who had taken low-dose naltrexone for at least two months. " + where + " "
        "Transcripts were analysed thematically.",
    )
    assert f.n == 16


def test_patients_recruited_through_forums_stay_counted() -> None:
    """Near miss: a count of patients who came through the forums is people."""
    f = facts(
        TITLE,
        "Thirty patients recruited through online forums were interviewed about taking "
        "low-dose naltrexone for major depressive disorder.",
    )
    assert f.n == 30
