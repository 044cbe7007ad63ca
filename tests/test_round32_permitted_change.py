"""A subgroup named as the subject of an optional or permitted change of dosing selects
nobody, and the level it may move down to is the low end of one flexible dose (CONTRACT.md).
From holdout93 11100036 ("participants with insomnia or vivid dreams could reduce to 1.5 mg":
read as a sample selected for insomnia, and 1.5 mg lost); the probes say it otherwise."""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

TITLE = "Open-label extension of a randomized trial of low-dose naltrexone added to SSRIs"


def _abstract(change: str) -> str:
    return (
        "Methods: Completers of a 10-week randomized trial of LDN in major depressive disorder "
        "were offered 40 weeks of open-label naltrexone. All entrants started 4.5 mg at night; "
        f"{change} SSRIs were continued at unchanged doses.\n"
        "Results: Sixty-three of 84 completers entered the extension. MADRS scores fell."
    )


@pytest.mark.parametrize(
    "change",
    [
        # the record's wording: two symptoms joined by "or", then "could reduce to"
        "participants with insomnia or vivid dreams could reduce to 1.5 mg.",
        # probes: "and/or", a permission, a step down
        "participants with troublesome insomnia and/or nightmares were permitted to step down "
        "to 1.5 mg.",
        # a list of three symptoms, "could cut to"
        "those with headache, nausea and insomnia could cut to 1.5 mg.",
        # an option, "dropping to"
        "people with vivid dreams had the option of dropping to 1.5 mg.",
    ],
)
def test_a_permitted_reduction_selects_nobody_and_is_a_flexible_dose(change: str) -> None:
    abstract = _abstract(change)
    f = facts(TITLE, abstract, TRIAL)
    assert f.depression_population
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert not f.compares_doses  # one flexible regimen, not two arms
    assert gaps(TITLE, abstract, TRIAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    "change",
    [
        # a relative clause on the subgroup, a move to another time of dosing
        "participants with insomnia who found the dose hard to tolerate were switched to "
        "morning dosing.",
        # a count in brackets after two symptoms, "moved to morning administration"
        "patients with sleep disturbance or nightmares (n = 7) were moved to morning "
        "administration.",
    ],
)
def test_a_subgroup_moved_to_another_time_selects_nobody(change: str) -> None:
    abstract = _abstract(change)
    assert facts(TITLE, abstract, TRIAL).depression_population
    assert "larger-trials" in gaps(TITLE, abstract, TRIAL)


def test_a_sample_selected_for_another_condition_still_is() -> None:
    # (the change of dosing is for the people; "were randomised" still selects them)
    title = "Low-dose naltrexone in fibromyalgia: a randomized trial"
    abstract = (
        "Methods: Adults with fibromyalgia or chronic widespread pain were randomised (n = 80) "
        "to LDN 4.5 mg or placebo; 40% had comorbid depression and SSRIs were continued.\n"
        "Results: Pain fell."
    )
    assert not facts(title, abstract, TRIAL).depression_population
    assert gaps(title, abstract, TRIAL) == {}
