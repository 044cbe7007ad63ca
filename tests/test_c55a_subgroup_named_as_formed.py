"""Kind: a subgroup analysis's n is its own people, the part of the parent trial's people it
says forms it ("29 ... form this prespecified subgroup", "the 41 with severe anhedonia made up
this subgroup", "29 had a <scale> (<abbreviation>) score of 8 or more"), not the parent's
total told before it ("Of the 64 patients randomized in BRIDGE ..."). A parent's size kept
would give a false larger-trials "addressed".

Round 55, c55a; the record that showed it: holdout190 20900022 ("Low-dose naltrexone for
anhedonia in patients taking bupropion: prespecified subgroup analysis of the BRIDGE trial":
n read 64, the parent's, not 29).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone for anhedonia in patients taking bupropion: prespecified subgroup "
    "analysis of the BRIDGE trial"
)
RECORD = (
    "Objective: To examine whether low-dose naltrexone (LDN) relieves anhedonia in patients "
    "with severe anhedonia at baseline.\n"
    "Methods: Of the 64 patients randomized in BRIDGE (NCT06870055) to naltrexone 1 mg twice "
    "daily or placebo in addition to bupropion XL, 29 had a Snaith-Hamilton Pleasure Scale "
    "(SHAPS) score of 8 or more at baseline and form this prespecified subgroup (LDN 15, "
    "placebo 14).\n"
    "Results: SHAPS improved by 4.6 points with LDN and 1.9 with placebo (p = 0.03); HAM-D-17 "
    "improved by 9.9 and 4.7 points.\n"
    "Conclusions: The effect of LDN added to bupropion may be concentrated in patients with "
    "marked anhedonia."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.n == 29
    assert "larger-trials" not in gaps(TITLE, RECORD, RCT)


T = "Low-dose naltrexone added to sertraline in major depression: a subgroup analysis"
PARENT = (
    "120 adults with major depression were randomised to naltrexone 2 mg or placebo added to "
    "sertraline"
)
RESULT = "MADRS fell more with naltrexone."


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the opening sentence
        (
            T,
            f"Of the {PARENT[:3]} adults randomised in the SOLACE trial to naltrexone 2 mg or "
            "placebo added to sertraline, 41 with severe anhedonia made up this subgroup. "
            + RESULT,
        ),
        # methods, the parent first, then the subgroup in its own clause
        (
            T,
            f"Methods: {PARENT}; the 41 with severe anhedonia form this subgroup.\nResults: {RESULT}",
        ),
        # results
        (
            T,
            f"Methods: {PARENT}.\nResults: 41 had severe anhedonia and form this subgroup "
            f"(naltrexone 20, placebo 21). {RESULT}",
        ),
    ],
)
def test_the_subgroups_own_people(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.n == 41, abstract
    assert "larger-trials" not in gaps(title, abstract, RCT)


def test_a_parent_trial_keeps_its_size() -> None:
    # near miss: the trial's own paper, a subgroup only compared within it
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
    abstract = (
        f"Methods: {PARENT} for 8 weeks; the 41 with severe anhedonia form a prespecified "
        f"subgroup.\nResults: {RESULT}"
    )
    f = facts(title, abstract, RCT)
    assert f.n == 120
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"
