"""Occasions a criterion is met on ("on two consecutive visits", "at three assessments")
are counted things, not people, even where the clause goes on to people who entered ("...
among those who entered in response"): the derived report's n is who entered it. Shown by
holdout339 38000009 (an open-label extension whose relapse definition, "a MADRS of 22 or
above on two consecutive visits among those who entered", gave n 2). Session 33, round
87, c87b."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "rule",
    [
        "Relapse was a QIDS-SR of 16 or more on two consecutive visits among those who "
        "entered in remission.",
        "Loss of response was counted at three successive assessments in those who entered "
        "as responders.",
    ],
)
def test_occasions_counted_in_criterion_are_no_n(rule: str) -> None:
    f = facts(
        "Open-label extension of low-dose naltrexone after a randomised trial in depression",
        "Methods: Completers of a randomised trial of naltrexone 4.5 mg or placebo in major "
        f"depression were offered 26 weeks of open-label naltrexone 4.5 mg. {rule}\n"
        "Results: Of 80 completers, 63 entered the extension and 50 completed it.",
        TRIAL,
    )
    assert f.n == 63


def test_people_counted_beside_visits_still_count() -> None:
    # near miss: a count of people that entered, with no occasion word after it
    f = facts(
        "Open-label extension of low-dose naltrexone after a randomised trial in depression",
        "Methods: Completers of a randomised trial of naltrexone 4.5 mg or placebo in major "
        "depression were offered 26 weeks of open-label naltrexone 4.5 mg, with visits "
        "every four weeks.\n"
        "Results: Of 80 completers, 58 entered the extension.",
        TRIAL,
    )
    assert f.n == 58
