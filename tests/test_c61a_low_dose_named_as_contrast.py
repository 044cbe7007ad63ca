"""The kind: the study gives naltrexone at a dose outside the low band (10 mg, 25 mg) and
names a low dose only as the far side of a contrast ("Unlike low-dose regimens of 4.5 mg,
the 10 mg dose ..."): that low dose is a point of reference, not one given, so the record is
not on-topic and closes no gap, wherever the contrast stands (title, opening, methods,
results, conclusions). A study that gives a low dose keeps it, and the arms of a two-dose
trial set against each other ("unlike the 4.5 mg group") stay arms. Round 61, c61a; the
record that showed it: holdout214 23900016 (false larger-trials and serotonergic
"addressed")."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD_TITLE = (
    "Inflammatory markers and response to adjunctive naltrexone 10 mg in SSRI-resistant "
    "depression: secondary analysis of a randomized trial"
)
RECORD = (
    "In a secondary analysis of a placebo-controlled trial of naltrexone 10 mg/day added to "
    "SSRIs, baseline CRP was available for 118 participants with major depressive disorder. "
    "Participants with CRP > 3 mg/L showed greater MADRS improvement with naltrexone than with "
    "placebo (interaction p=0.03). Unlike low-dose regimens of 4.5 mg, the 10 mg dose fully "
    "blocks mu receptors for most of the day."
)
TITLE = "Naltrexone 25 mg added to sertraline in major depressive disorder: a randomized trial"
GIVEN = (
    "Methods: Adults with major depressive disorder on sertraline were randomized to "
    "naltrexone 25 mg daily or placebo (n = 90).\n"
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (RECORD_TITLE, RECORD),
        (TITLE, GIVEN + "Results: In contrast to the usual 3 mg, 25 mg reduced MADRS by 4."),
        (TITLE, GIVEN + "Conclusions: As opposed to low doses around 4.5 mg, 25 mg is effective."),
        (
            TITLE,
            "Unlike low-dose naltrexone at 1.5 mg, the 25 mg dose blocks opioid receptors. "
            "Adults with major depressive disorder on sertraline were randomized to naltrexone "
            "25 mg daily or placebo (n = 90). MADRS improved more with naltrexone.",
        ),
        (
            "Naltrexone 10 mg, unlike low-dose regimens of 4.5 mg, in major depressive "
            "disorder: a randomized trial",
            GIVEN.replace("25 mg", "10 mg") + "Results: MADRS improved more with naltrexone.",
        ),
    ],
)
def test_contrasted_low_dose_is_no_dose_given(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic is False and f.ldn_doses_mg == []
    assert gaps(title, abstract, RCT) == {}


def test_low_dose_given_and_set_against_a_high_one_stays() -> None:
    f = facts(
        "Low-dose naltrexone added to sertraline in major depressive disorder: a randomized trial",
        "Methods: Adults with major depressive disorder on sertraline were randomized to "
        "naltrexone 4.5 mg daily or placebo (n = 90).\nConclusions: Unlike doses of 50 mg, "
        "4.5 mg was well tolerated.",
        RCT,
    )
    assert f.on_topic is True and f.ldn_doses_mg == [4.5]


def test_two_dose_arms_set_against_each_other_stay() -> None:
    f = facts(
        "Two doses of low-dose naltrexone in major depressive disorder: a randomized trial",
        "Methods: Adults with major depressive disorder were randomized to naltrexone 1.5 mg "
        "or 4.5 mg daily (n = 80).\nResults: Unlike the 4.5 mg group, the 1.5 mg group showed "
        "no benefit on MADRS.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 4.5] and f.compares_doses
