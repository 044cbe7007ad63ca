"""Kind: a dose raised because the first one did not clearly work. "After six weeks without
clear benefit the dose was increased", "with no obvious improvement", "no meaningful
response by week 6": the raise is for non-response, so both levels were given as
maintenance doses (CONTRACT.md: for a dose raised only in non-responders both levels), and
such a raise compares no doses. A raise after a spell without side effects, or one made as
planned, is a fixed titration: only its target.

Round 63, c63f; the record that showed it: holdout72 33100007 ("naltrexone was started at
0.5 mg nightly ... After six weeks without clear benefit (EPDS 16) the dose was increased
to 1.5 mg": [0.5, 1.5], not [1.5]).
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, facts

CASE_TITLE = "Low-dose naltrexone added to escitalopram in major depression: a case report"
START = (
    "A 34-year-old woman with major depressive disorder (PHQ-9 18) taking escitalopram 10 mg "
    "was given naltrexone, started at"
)
END = "Her PHQ-9 fell to 7."


def _case(abstract: str) -> tuple[list[float], bool]:
    f = facts(CASE_TITLE, abstract, CASE)
    return f.ldn_doses_mg, f.compares_doses


def test_the_record() -> None:
    abstract = (
        "We describe a 31-year-old breastfeeding woman with a moderate postpartum depressive "
        "episode (EPDS 19) eleven weeks after delivery, with partial response to sertraline "
        "100 mg/day. Because of concern about infant exposure, naltrexone was started at "
        "0.5 mg nightly as an oral solution. After six weeks without clear benefit (EPDS 16) "
        "the dose was increased to 1.5 mg. Four weeks later the EPDS was 8 and the mother "
        "reported improved bonding. Naltrexone and 6β-naltrexol were undetectable in the "
        "infant's plasma. The case illustrates a cautious dose strategy for lactating women; "
        "doses below 1 mg may be subtherapeutic."
    )
    f = facts(
        "Very low starting dose of naltrexone in postpartum depression with breastfeeding: a "
        "case report",
        abstract,
        CASE,
    )
    assert f.ldn_doses_mg == [0.5, 1.5]
    assert not f.compares_doses


@pytest.mark.parametrize(
    ("raise_", "doses"),
    [
        (
            "1 mg nightly. After five weeks without obvious improvement, the dose was raised to "
            "3 mg.",
            [1.0, 3.0],
        ),
        (
            "1 mg nightly. With no meaningful response by week 6, the dose was increased to 3 mg.",
            [1.0, 3.0],
        ),
        ("1 mg nightly and increased to 3 mg after two weeks without clear benefit.", [1.0, 3.0]),
        (
            "2 mg nightly; as there was no clear improvement by week 4 it was raised to 4.5 mg.",
            [2.0, 4.5],
        ),
    ],
)
def test_raise_for_want_of_benefit_keeps_both_levels(raise_: str, doses: list[float]) -> None:
    assert _case(f"{START} {raise_} {END}") == (doses, False)


@pytest.mark.parametrize(
    "raise_",
    [
        # near misses: a raise for tolerability or by plan is a fixed titration
        "1 mg nightly. After two weeks without side effects the dose was increased to 3 mg.",
        "1 mg nightly. After five weeks without clear side effects, the dose was raised to 3 mg.",
        "1 mg nightly, increased to 3 mg after one week as planned, with clear benefit.",
    ],
)
def test_planned_or_tolerated_raise_keeps_the_target(raise_: str) -> None:
    assert _case(f"{START} {raise_} {END}") == ([3.0], False)


@pytest.mark.parametrize("where", ["methods", "unlabelled"])
def test_trial_raise_without_clear_improvement_compares_no_doses(where: str) -> None:
    methods = (
        "Eighty adults with major depressive disorder on sertraline were randomised to "
        "naltrexone or placebo for 12 weeks. Naltrexone was started at 1.5 mg and increased to "
        "4.5 mg at week 4 in participants without clear improvement."
    )
    result = "MADRS fell by 3 points more with naltrexone."
    abstract = (
        f"Methods: {methods}\nResults: {result}" if where == "methods" else f"{methods} {result}"
    )
    f = facts("Low-dose naltrexone added to SSRIs in depression: a randomised trial", abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses
