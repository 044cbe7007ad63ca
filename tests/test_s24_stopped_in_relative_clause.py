"""A drug whose own relative clause says it was stopped ("escitalopram 10 mg, which had been
stopped because of hyponatraemia") is not taken with the watched drug. holdout101 10800005
showed it. Session 24, round 65, c65e."""

import pytest
from written import CASE, facts

TITLE = "Low-dose naltrexone in recurrent depression: a case report"


@pytest.mark.parametrize(
    "history",
    [
        "A 64-year-old man with recurrent major depression had partly responded to sertraline "
        "100 mg, which was stopped because of sexual dysfunction.",
        "A 51-year-old woman with major depressive disorder had taken venlafaxine 150 mg/day, "
        "which had been discontinued when her blood pressure rose.",
        "A 70-year-old man with major depression had been on duloxetine 60 mg daily, which "
        "was withdrawn after his liver enzymes rose.",
    ],
)
def test_drug_stopped_in_its_relative_clause_is_not_taken(history: str) -> None:
    f = facts(
        TITLE,
        history + " Naltrexone 4.5 mg nightly was begun and his or her MADRS fell from 28 to 12 "
        "over 8 weeks.",
        CASE,
    )
    assert f.concomitant_classes == []


def test_drug_continued_in_its_relative_clause_is_taken() -> None:
    """Near miss: the relative clause says the drug went on."""
    f = facts(
        TITLE,
        "A 58-year-old woman with major depression was taking sertraline 100 mg, which was "
        "continued unchanged. Naltrexone 4.5 mg nightly was added and her MADRS fell from 30 "
        "to 14 over 8 weeks.",
        CASE,
    )
    assert f.concomitant_classes == ["serotonergic"]
