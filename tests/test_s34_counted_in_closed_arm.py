"""An arm that closed after a count of people had been randomised into it ("seven
participants randomised to a discontinued 1 mg arm are reported descriptively") is a dose
those people were assigned to (CONTRACT.md: the dose of each arm): in a report of the
trial it stays among the doses, and "a discontinued 1 mg arm" is the arm's attribute, not
someone giving the dose up. Shown by holdout367 41400024 (a dose-response trial whose
closed 1 mg arm, with its seven randomised, was dropped from the doses). Session 34,
round 88, c88b."""

import pytest
from written import PROTOCOL, RCT, facts


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "Methods: Adults with major depressive disorder were randomised to naltrexone "
            "2 mg, naltrexone 4 mg or placebo daily for 10 weeks; nine participants "
            "randomised to a discontinued 0.5 mg arm are described separately.\n"
            "Results: 96 were randomised. Depression improved most with 4 mg.",
            [0.5, 2.0, 4.0],
        ),
        (
            "Methods: Adults with major depressive disorder were randomised to naltrexone "
            "1.5 mg, naltrexone 4.5 mg or placebo for 8 weeks (11 patients had been "
            "allocated to the since-dropped 3 mg arm).\n"
            "Results: 120 were randomised. Response did not differ between doses.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_closed_arm_with_people_keeps_its_dose(abstract: str, doses: list[float]) -> None:
    f = facts("Doses of low-dose naltrexone in major depression: a randomised trial", abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_protocol_discontinued_arm_still_dropped() -> None:
    # near miss: a protocol's closed arm is one nobody is now assigned to
    f = facts(
        "Doses of low-dose naltrexone in major depression: protocol of a randomised trial",
        "Methods: Adults with major depressive disorder will be randomised to naltrexone "
        "2 mg, naltrexone 4 mg or placebo for 10 weeks; the discontinued 0.5 mg arm of "
        "version 1 is no longer part of the trial. We will enrol 150 participants.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_results_dropped_arm_without_people_still_dropped() -> None:
    # near miss: an arm dropped with nobody counted in it is not a dose anyone was given
    f = facts(
        "Doses of low-dose naltrexone in major depression: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 2 mg, "
        "naltrexone 4 mg or placebo for 10 weeks; data from the dropped 0.5 mg arm were "
        "excluded.\nResults: 96 were randomised. Depression improved most with 4 mg.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
