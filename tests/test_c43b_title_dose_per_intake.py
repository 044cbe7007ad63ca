"""Kind: the title writes a dose as the amount taken at once, and the record's own text
writes the same dose with how often it is taken ("Naltrexone 3 mg augmentation ..." then
"Naltrexone 3 mg twice daily or placebo"; "1.5 mg versus 3 mg twice daily" then "1.5 mg
once daily or 3 mg twice daily"): the daily total of the text is the dose, the title's
shorthand is no level of its own. Titles whose doses the text gives as they are stay.

Round 43, c43b; the records that showed it: holdout144 15800017 ([6] read [3, 6]) and
holdout145 15900026 ([1.5, 6] read [1.5, 3, 6]).
"""

from __future__ import annotations

import pytest
from written import RCT, facts


def test_the_records() -> None:
    f = facts(
        "Naltrexone 3 mg augmentation of mirtazapine in older adults with major depression: "
        "a randomized clinical trial",
        "Objective: To test low-dose naltrexone as an augmenting agent for mirtazapine in "
        "late-life depression.\n"
        "Design: Twelve-week double-blind randomized trial at two geriatric psychiatry clinics.\n"
        "Participants: Fifty-two adults aged 65-88 years with major depressive disorder who "
        "were inadequately responsive to mirtazapine 30-45 mg.\n"
        "Intervention: Naltrexone 3 mg twice daily or placebo, added to mirtazapine.\n"
        "Results: MADRS decreased by 9.8 vs 6.1 points (p=0.046); 11 of 26 vs 5 of 26 "
        "responded.",
        RCT,
    )
    assert f.ldn_doses_mg == [6.0]
    assert not f.compares_doses
    f = facts(
        "Low-dose naltrexone 1.5 mg versus 3 mg twice daily as an add-on to citalopram in "
        "moderate depression: a randomised double-blind comparison",
        "Forty-six inpatients with a moderate depressive episode receiving citalopram 20-40 mg "
        "were randomised to naltrexone 1.5 mg once daily or 3 mg twice daily for 6 weeks. "
        "MADRS decreased by 10.2 and 12.9 points (p=0.21).",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 6.0]
    assert f.compares_doses


@pytest.mark.parametrize(
    ("title", "body", "doses"),
    [
        (
            "Low-dose naltrexone 1 mg for depression with sertraline: a randomised trial",
            "Sixty adults with major depressive disorder taking sertraline were randomised to "
            "naltrexone 1 mg b.i.d. or placebo for 8 weeks.",
            [2.0],
        ),
        (
            "Naltrexone 1.5 mg added to escitalopram in major depression",
            "Forty adults with major depressive disorder on escitalopram were randomised to "
            "naltrexone 1.5 mg three times daily or placebo.",
            [4.5],
        ),
        (
            "Naltrexone 0.5 mg versus 2 mg twice daily in bipolar depression",
            "Fifty adults with bipolar depression were randomised to naltrexone 0.5 mg once "
            "daily or 2 mg twice daily for 8 weeks.",
            [0.5, 4.0],
        ),
    ],
)
def test_title_shorthand(title: str, body: str, doses: list[float]) -> None:
    assert facts(title, body, RCT).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("title", "body", "doses"),
    [
        # the text gives the title's doses as they are: both arms stay
        (
            "Naltrexone 1 mg versus 2 mg in major depression",
            "Fifty adults with major depressive disorder were randomised to naltrexone 1 mg "
            "or 2 mg nightly for 8 weeks.",
            [1.0, 2.0],
        ),
        # a level the text gives once daily beside one taken twice stays
        (
            "Naltrexone 2 mg versus 4 mg in major depression",
            "Fifty adults with major depressive disorder were randomised to naltrexone 2 mg "
            "once daily or 2 mg twice daily for 8 weeks.",
            [2.0, 4.0],
        ),
    ],
)
def test_titles_said_as_they_are_stay(title: str, body: str, doses: list[float]) -> None:
    f = facts(title, body, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
