"""A protocol's plan said as the people it will screen in order to take in a smaller number
("we expect to screen around 150 adults to randomise 48", "about 200 people will need to be
screened to enrol 60") plans the smaller number: those screened are the pool, not the
trial's size. Shown by holdout369 41600019 (a pilot protocol of 40 read as 120, the young
people it expects to screen). Session 34, round 89, c89a."""

import pytest
from written import PROTOCOL, facts, gaps

TITLE = "Low-dose naltrexone for major depression: protocol for a pilot randomised trial"


def _abstract(plan: str) -> str:
    return (
        "Introduction: Few options exist for depression that does not respond to "
        "psychotherapy.\n"
        "Methods and analysis: Adults with major depressive disorder will be randomised 1:1 "
        f"to naltrexone 4.5 mg or placebo for 10 weeks. {plan} Feasibility outcomes are "
        "recruitment and retention.\n"
        "Ethics and dissemination: Results will be published."
    )


@pytest.mark.parametrize(
    ("plan", "n"),
    [
        ("We anticipate screening about 150 adults to randomise 48.", 48),
        ("The team will screen roughly 200 outpatients in order to enrol 36.", 36),
    ],
)
def test_screened_pool_is_not_plan(plan: str, n: int) -> None:
    f = facts(TITLE, _abstract(plan), PROTOCOL)
    assert f.n == n
    assert "larger-trials" not in gaps(TITLE, _abstract(plan), PROTOCOL)


def test_plan_said_alone_keeps_size() -> None:
    # near miss: a plan of 120 said without a screening pool stays 120
    plan = "We will randomise 120 adults, screening as many as needed."
    assert facts(TITLE, _abstract(plan), PROTOCOL).n == 120
