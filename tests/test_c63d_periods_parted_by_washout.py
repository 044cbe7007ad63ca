"""Two doses parted by a washout are two periods, not a titration's step and its target.

Kind: a crossover registration whose arms give the drug's doses in sequence with a washout
between ("Naltrexone 2 mg/day for 6 weeks, washout 2 weeks, then 4.5 mg/day for 6 weeks";
"1 mg nightly for 4 weeks, a 1-week drug-free interval, then 3 mg nightly") gives each
dose for its own period: every dose is one people were assigned to, though the first is
held "for 6 weeks" as a titration's step would be. A schedule raised to its target inside
the drug's period, the washout only before placebo ("1.5 mg for one week, then 4.5 mg for
five weeks, washout, then placebo"), compares no doses.

Round 63, c63d; the record that showed it: registry58 NCT03600005 ("Two Doses of Low-Dose
Naltrexone in Depression: a Crossover Study").
"""

from __future__ import annotations

import pytest
from written import arm, drug, judge_registration, registration


def _crossover(first: str, second: str, summary: str, title: str) -> dict:
    return registration(
        official_title=title,
        summary=summary,
        allocation="RANDOMIZED",
        model="CROSSOVER",
        model_description="Two-period, two-sequence crossover (AB/BA) with a washout.",
        enrollment=26,
        arms=[arm(first[0], description=first[1]), arm(second[0], description=second[1])],
        interventions=[drug("Naltrexone", "Compounded naltrexone capsules, nightly.")],
        criteria="Inclusion Criteria:\n\n* MDD (DSM-5), MADRS >= 22\n\nExclusion Criteria:\n\n"
        "* Opioid use",
    )


def test_the_record() -> None:
    f, _ = judge_registration(
        _crossover(
            (
                "2 mg then 4.5 mg",
                "Naltrexone 2 mg/day for 6 weeks, washout 2 weeks, then 4.5 mg/day for 6 weeks.",
            ),
            (
                "4.5 mg then 2 mg",
                "Naltrexone 4.5 mg/day for 6 weeks, washout 2 weeks, then 2 mg/day for 6 weeks.",
            ),
            "Each participant receives naltrexone 2 mg/day for 6 weeks and 4.5 mg/day for 6 "
            "weeks in random order, separated by a 2-week washout, to compare the two doses.",
            "A Randomized, Double-Blind, Two-Period Crossover Comparison of Naltrexone 2 mg "
            "Versus 4.5 mg Daily in Adults With Major Depressive Disorder",
        )
    )
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.compares_doses


PROBES = [
    (
        (
            "Low then high",
            "Naltrexone 1 mg nightly for 4 weeks, a 1-week drug-free interval, "
            "then naltrexone 3 mg nightly for 4 weeks.",
        ),
        (
            "High then low",
            "Naltrexone 3 mg nightly for 4 weeks, a 1-week drug-free interval, "
            "then naltrexone 1 mg nightly for 4 weeks.",
        ),
        "Participants take naltrexone 1 mg and 3 mg nightly in random order.",
        [1.0, 3.0],
    ),
    (
        (
            "Sequence A",
            "1.5 mg naltrexone daily for 8 weeks, then, after a wash-out of "
            "14 days, 4 mg daily for 8 weeks.",
        ),
        (
            "Sequence B",
            "4 mg naltrexone daily for 8 weeks, then, after a wash-out of "
            "14 days, 1.5 mg daily for 8 weeks.",
        ),
        "Two doses of naltrexone, 1.5 mg and 4 mg a day, are compared within person.",
        [1.5, 4.0],
    ),
]


@pytest.mark.parametrize(("first", "second", "summary", "doses"), PROBES)
def test_periods_parted_by_washout(first, second, summary, doses) -> None:  # type: ignore[no-untyped-def]
    f, _ = judge_registration(
        _crossover(first, second, summary, "Naltrexone Doses in Major Depression: a Crossover")
    )
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


# near miss: a titration inside the drug's period, the washout only before placebo
def test_titration_before_washout_to_placebo_keeps_target() -> None:
    f, gaps = judge_registration(
        _crossover(
            (
                "Naltrexone then placebo",
                "Naltrexone 1.5 mg for one week, then 4.5 mg for five weeks, washout 2 weeks, "
                "then placebo for 6 weeks.",
            ),
            (
                "Placebo then naltrexone",
                "Placebo for 6 weeks, washout 2 weeks, then naltrexone 1.5 mg for one week and "
                "4.5 mg for five weeks.",
            ),
            "Participants receive naltrexone titrated to 4.5 mg and placebo in random order.",
            "Low-Dose Naltrexone Versus Placebo in Major Depression: a Crossover Trial",
        )
    )
    assert 2.0 not in f.ldn_doses_mg
    assert not f.compares_doses
    assert gaps.get("dose-finding") == "no"
