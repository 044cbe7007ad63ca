"""A fixed titration whose raise runs "until" the target ("started at 0.5 mg, increased by
0.5 mg every 3 days until 4.5 mg was reached") lists only the target, as "increased ... to
4.5 mg" does: the starting dose is a step of the schedule, not a dose assigned.

Round 54, c54d; the record that showed it: holdout182 20100004, "Open-label low-dose
naltrexone titrated to 4.5 mg in depressed adults taking bupropion".
"""

from __future__ import annotations

import pytest
from written import TRIAL, completed_registration, facts, judge_registration

RECORD_TITLE = (
    "Open-label low-dose naltrexone titrated to 4.5 mg in depressed adults taking bupropion"
)
RECORD = (
    "Objective: To assess tolerability of LDN added to bupropion.\n"
    "Methods: Thirty-four adults with major depressive disorder on bupropion XL 300 mg "
    "started naltrexone 0.5 mg nightly, increased by 0.5 mg every 3 days until 4.5 mg was "
    "reached by week 4, and continued on 4.5 mg to week 12.\n"
    "Results: 29 completed; MADRS fell from 27.1 to 15.3. Insomnia and vivid dreams were "
    "most common during the titration steps.\n"
    "Conclusions: Stepwise titration to 4.5 mg was well tolerated."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


T = "Open-label naltrexone in depressed adults"
PROBES = [
    # the title
    (
        "Naltrexone started at 1 mg and increased weekly until 3 mg in major depression: an "
        "open trial",
        "Methods: 20 adults with major depressive disorder on escitalopram were treated for "
        "8 weeks.\nResults: MADRS fell by 10.",
        [3.0],
    ),
    # unlabelled opening sentence, "until reaching"
    (
        T,
        "Thirty adults with major depressive disorder on sertraline took naltrexone 1 mg at "
        "night, raised by 1 mg each week until reaching 3 mg; MADRS fell by 9 points.",
        [3.0],
    ),
    # results, "until a target dose of ... was attained"
    (
        T,
        "Results: Participants began naltrexone at 1.5 mg, which was titrated upward until a "
        "target dose of 4.5 mg was attained at day 14; 25 of 28 completed.",
        [4.5],
    ),
    # methods, "escalated from ... until"
    (
        T,
        "Methods: 28 adults with MDD. Naltrexone was escalated from 2 mg until 4 mg daily.\n"
        "Conclusions: Well tolerated.",
        [4.0],
    ),
    # conclusions
    (
        T,
        "Conclusions: Naltrexone started at 0.5 mg and increased every 3 days until 4.5 mg "
        "was well tolerated in 40 adults with MDD.",
        [4.5],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses"), PROBES)
def test_raise_until_target_keeps_the_target(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses


NEAR = [
    # a flexible raise keeps both ends, "until" or "up to"
    "Methods: 30 adults with MDD started naltrexone 1.5 mg, increased as tolerated until 4.5 mg.",
    # a raise only in non-responders keeps both levels
    "Methods: 30 adults with MDD took naltrexone 1.5 mg; in non-responders it was increased "
    "at week 4 until 4.5 mg.",
]


@pytest.mark.parametrize("abstract", NEAR)
def test_both_levels_stay_where_the_raise_is_not_for_all(abstract: str) -> None:
    assert facts(T, abstract, TRIAL).ldn_doses_mg == [1.5, 4.5]


def test_registration_arm() -> None:
    study = completed_registration(
        nct="NCT09990001",
        official_title="Low-Dose Naltrexone Added to Sertraline in Major Depressive Disorder",
        summary="Adults with major depressive disorder taking sertraline receive naltrexone "
        "or placebo for 12 weeks.",
        criteria="Inclusion Criteria:\n\n* Major depressive disorder\n* Taking sertraline",
        enrolled=40,
        drug_arm=(
            "Naltrexone",
            "Naltrexone 1 mg nightly, increased by 1 mg weekly until 4 mg is reached.",
        ),
        placebo_text="Matching placebo capsule nightly.",
    )
    f, _ = judge_registration(study)
    assert f.ldn_doses_mg == [4.0]
