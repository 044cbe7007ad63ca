"""A list that counts the users of each co-medication in brackets ("their antidepressants
included escitalopram (four patients), venlafaxine (three) and bupropion (two)") tallies
parts of the sample, not its size: n stays the people the study took in (CONTRACT.md,
"n"). A single drug with its count ("adults on sertraline (n = 64) were randomised") may
be the whole sample and keeps today's reading. Shown by preprints75 PPR2200014 (an
N-of-1 series read as n 3, from "vortioxetine (three participants)", instead of 8).
Session 32, round 83, c83b."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone in treatment-resistant depression: a series of N-of-1 trials",
            "Methods: Adults with treatment-resistant depression took naltrexone 2 mg or "
            "placebo in randomised double-blind pairs of periods. Their usual antidepressants "
            "were continued; these included escitalopram (four patients), venlafaxine (three "
            "patients) and mirtazapine (two).\nResults: Nine patients started and eight "
            "finished; QIDS scores favoured naltrexone.",
            9,
        ),
        (
            "Open-label low-dose naltrexone added to antidepressants in major depression",
            "Methods: Outpatients with major depression received naltrexone 4.5 mg nightly "
            "for eight weeks beside their antidepressant; these included sertraline (n = 5), "
            "duloxetine (n = 4) and bupropion (n = 3).\nResults: Twelve outpatients began "
            "treatment and MADRS fell by 9 points.",
            12,
        ),
        (
            "Low-dose naltrexone as add-on treatment in bipolar depression",
            "Methods: Adults with bipolar depression were given naltrexone 3 mg daily for six "
            "weeks. Concomitant antidepressants included fluoxetine (two participants) and "
            "paroxetine (two participants).\nResults: Eleven participants began treatment; "
            "MADRS fell from 27 to 18.",
            11,
        ),
    ],
)
def test_a_tally_of_users_is_not_the_sample(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TRIAL).n == n


def test_one_drug_with_the_whole_sample_keeps_it() -> None:
    # near miss: one drug, its count the people randomised
    f = facts(
        "Low-dose naltrexone added to sertraline in major depression: a randomised trial",
        "Methods: Adults with major depressive disorder on sertraline (n = 64) were "
        "randomised to naltrexone 4.5 mg or placebo for eight weeks.\nResults: MADRS fell "
        "more with naltrexone.",
        RCT,
    )
    assert f.n == 64
