"""Kind: a dose raised for non-responders under the blind, written with the placebo in
brackets beside it ("had their dose (or placebo) raised to 2 mg twice daily"): the placebo
has no dose of its own, so the raised dose is the studied drug's, multiplied out per day and
listed beside the starting level (CONTRACT.md: a dose raised only in non-responders lists
both levels; 1 mg b.i.d. is 2).

Round 57, c57c; shown by holdout199 21900006 ("Low-dose naltrexone augmentation of
dopaminergic antidepressant regimens with dose increase for non-responders").
"""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone augmentation of dopaminergic antidepressant regimens with dose "
    "increase for non-responders: a randomized trial"
)
RECORD = (
    "Methods: Forty-four adults with major depression maintained on bupropion, "
    "methylphenidate or pramipexole were randomized to naltrexone 1 mg twice daily or placebo. "
    "Participants with less than 25% HAM-D improvement at week 4 had their dose (or placebo) "
    "raised to 2 mg twice daily in a blinded fashion until week 8.\n"
    "Results: Sixteen LDN patients required the increase. Response rates at week 8 were 45% "
    "(LDN) and 27% (placebo).\n"
    "Conclusions: A dose increase may help some non-responders, but dose-response was not "
    "formally tested."
)

START = (
    "Methods: Sixty adults with major depressive disorder on escitalopram were randomized to "
    "naltrexone 1.5 mg at bedtime or placebo. "
)
PROBES = [
    # the raise in the methods, another wording of the blind
    (
        START + "Those without a 30% MADRS reduction by week 3 had the dose (or matching "
        "placebo) doubled to 3 mg at bedtime.\nResults: MADRS fell more with naltrexone.",
        [1.5, 3.0],
    ),
    # twice daily, "increased", square brackets
    (
        START + "Non-responders at week 4 had their study medication [or identical placebo] "
        "increased to 1.5 mg twice daily.\nResults: MADRS fell more with naltrexone.",
        [1.5, 3.0],
    ),
    # the raise told in the results
    (
        START + "\nResults: Nineteen non-responders had their dose (or placebo) raised to 2 mg "
        "twice daily at week 4; MADRS fell more with naltrexone.",
        [1.5, 4.0],
    ),
    # an unlabelled abstract
    (
        "Sixty adults with major depressive disorder on escitalopram were randomized to "
        "naltrexone 1 mg twice daily or placebo. Partial responders at week 4 had their dose "
        "(or placebo capsules) increased to 2 mg twice daily. MADRS fell more with naltrexone.",
        [2.0, 4.0],
    ),
]


def test_the_record_lists_both_levels() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses is False


@pytest.mark.parametrize(("abstract", "doses"), PROBES)
def test_a_blinded_raise_for_non_responders_lists_both_levels(
    abstract: str, doses: list[float]
) -> None:
    f = facts("Low-dose naltrexone added to escitalopram: a randomized trial", abstract, RCT)
    assert f.ldn_doses_mg == doses
    # a raise for some is not a comparison of doses: no dose-finding verdict from it
    assert f.compares_doses is False


def test_a_placebo_arm_named_with_its_own_count_keeps_its_reading() -> None:
    # near miss: the placebo is an arm of its own, not the blind's bracketed stand-in
    f = facts(
        "Low-dose naltrexone added to escitalopram: a randomized trial",
        START + "\nResults: MADRS fell by 9 points with naltrexone and 6 with placebo.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5]
