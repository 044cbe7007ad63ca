"""Kind: a dose raised after a spell that changed nothing ("after 4 weeks without change,
raised to 3 mg") is a raise for want of response, so both levels count (CONTRACT.md: "for
a dose raised only in non-responders both levels"); a fixed titration keeps its target only.

Round 42, c42b; the record that showed it: holdout139 15300012 (an adolescent case report,
"naltrexone 1.5 mg at night was added and, after 4 weeks without change, raised to 3 mg",
read as [3.0]).
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts, gaps

RECORD = (
    "We describe a 16-year-old girl with treatment-resistant major depression and "
    "non-suicidal self-injury who had not responded to fluoxetine 40 mg and then sertraline "
    "150 mg. While she continued sertraline, naltrexone 1.5 mg at night was added and, after "
    "4 weeks without change, raised to 3 mg. Over the following 8 weeks her CDRS-R score "
    "fell from 68 to 39 and self-injury stopped."
)


def test_the_record() -> None:
    title = (
        "Low-dose naltrexone in an adolescent with treatment-resistant depression: a case report"
    )
    f = facts(title, RECORD, CASE)
    assert f.ldn_doses_mg == [1.5, 3.0]
    assert not f.compares_doses
    assert gaps(title, RECORD, CASE) == {}


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "A 45-year-old man with major depressive disorder on escitalopram began "
            "naltrexone 2 mg nightly; after six weeks with no change it was increased to "
            "4 mg nightly and his PHQ-9 fell from 21 to 9.",
            [2.0, 4.0],
        ),
        (
            "Low-dose naltrexone was started at 0.5 mg in a woman with persistent depressive "
            "disorder and, after a month without any clinical change, raised to 1.5 mg.",
            [0.5, 1.5],
        ),
        (
            "An 80-year-old with late-life depression took LDN 3 mg at bedtime; after "
            "eight weeks without effect the dose was raised to 4.5 mg, with remission by "
            "week 16.",
            [3.0, 4.5],
        ),
    ],
)
def test_raise_after_a_spell_without_change(abstract: str, doses: list[float]) -> None:
    assert facts(
        "Low-dose naltrexone in depression: a case report", abstract, CASE
    ).ldn_doses_mg == (doses)


@pytest.mark.parametrize(
    ("abstract", "types", "doses"),
    [
        # a fixed titration; what stayed unchanged is the co-medication's dose
        (
            "Adults with major depressive disorder took naltrexone 1.5 mg nightly, raised "
            "to 4.5 mg after 2 weeks without change in their antidepressant dose; MADRS "
            "was rated at week 12.",
            TRIAL,
            [4.5],
        ),
        # a fixed titration with the timing written as a spell
        (
            "Seventy adults with major depressive disorder were randomized to naltrexone or "
            "placebo; naltrexone started at 1.5 mg and after one week was increased to "
            "4.5 mg for all participants.",
            RCT,
            [4.5],
        ),
    ],
)
def test_near_misses(abstract: str, types: tuple[str, ...], doses: list[float]) -> None:
    f = facts("Low-dose naltrexone for depression", abstract, types)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
