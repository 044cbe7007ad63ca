"""Round 21 (r21c): red-team probes of the serotonergic-combination gap. An SSRI or SNRI
named in a record is not always taken with the watched drug: it may be the other side of
the comparison or a treatment the patients had failed. Each kind is tested in 2-3
wordings, with true combinations in the same words kept."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
SER = "serotonergic-combination"


# the other side of a comparison, its dose written between the two sides: "compared LDN
# 4.5 mg with sertraline 50 mg" is LDN against sertraline, not LDN with sertraline
@pytest.mark.parametrize(
    "methods",
    [
        "This randomized trial compared low-dose naltrexone 4.5 mg with sertraline 50 mg in "
        "80 adults with major depressive disorder over 8 weeks.",
        "We compared sertraline 50 mg/day and low-dose naltrexone (LDN) 4.5 mg in a "
        "randomized trial of 80 adults with major depressive disorder.",
        "A randomized trial comparing low-dose naltrexone 4.5 mg daily to escitalopram 10 mg "
        "in 90 outpatients with major depression.",
    ],
)
def test_dosed_side_of_a_comparison_is_not_taken_with_it(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Response was similar in both groups."
    f = facts(TITLE, abstract, RCT)
    assert f.concomitant_antidepressants == []
    assert f.concomitant_classes == []
    assert SER not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        "We compared low-dose naltrexone 4.5 mg plus sertraline with placebo plus sertraline "
        "in 80 adults with major depressive disorder.",
        "Eighty adults with major depressive disorder were randomized; the active group "
        "received low-dose naltrexone 4.5 mg with sertraline 50 mg, the control group "
        "placebo with sertraline 50 mg.",
    ],
)
def test_dosed_drug_joined_to_it_is_still_taken_with_it(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN reduced MADRS scores."
    assert facts(TITLE, abstract, RCT).concomitant_antidepressants == ["sertraline"]
    assert gaps(TITLE, abstract, RCT)[SER] == "addressed"
