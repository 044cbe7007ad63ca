"""A count written as a number word with its digits in brackets before the noun
("Eighteen (18) outpatients received ...", "twenty-four (24) adults were enrolled") is one
count of people, as it would be in either form alone. Shown by holdout267 29800007 (an
open pilot with an English abstract of a Spanish article, read as n not stated).
Session 27, round 72, c72c."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone added to sertraline in resistant depression: an open pilot",
            "Methods: Twenty-two (22) outpatients with treatment-resistant depression on "
            "sertraline received naltrexone 4.5 mg nightly for 8 weeks.\n"
            "Results: HAM-D fell from 24 to 16.",
            22,
        ),
        (
            "Open-label low-dose naltrexone in bipolar depression",
            "Methods: Fifteen (15) adults with bipolar depression took naltrexone 3 mg daily "
            "for 6 weeks.\nResults: MADRS scores fell by 9 points.",
            15,
        ),
        (
            "Naltrexone 2 mg in postpartum depression: a single-arm study",
            "Methods: Thirty (30) women with postpartum depression were enrolled and given "
            "naltrexone 2 mg daily.\nResults: EPDS fell by 6 points.",
            30,
        ),
    ],
)
def test_word_and_digits_are_one_count(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TRIAL).n == n


def test_a_bracketed_share_after_a_count_is_not_its_digits() -> None:
    # near miss: the brackets hold a share of the sample, and the sample is stated
    f = facts(
        "Open-label low-dose naltrexone in major depression",
        "Methods: Forty adults with major depression took naltrexone 4.5 mg daily for 8 "
        "weeks.\nResults: Twelve (30%) patients responded.",
        TRIAL,
    )
    assert f.n == 40
