"""Dose-finding, round 17 (holdout56 once opened): a derived report that pools the
parent trial's dose arms compares no doses (the parent trial does)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# -- a secondary analysis that merges the dose arms (holdout56 49100032: "the two
# naltrexone arms were combined for this analysis, we compared LDN (pooled) with placebo"
# gave a false dose-finding verdict)

SECONDARY = (
    "Baseline inflammation and response to low-dose naltrexone in postpartum depression: "
    "a secondary analysis of the LUNA-PPD randomised trial"
)
PARENT = (
    "Methods: In LUNA-PPD, women with postpartum depression taking an SSRI were randomised to "
    "naltrexone 1.5 mg/day, 4.5 mg/day or placebo. Baseline CRP was available for 118 "
    "participants. "
)
RESULTS = "\nResults: Among women with raised CRP, HAM-D17 fell more with LDN than placebo."


@pytest.mark.parametrize(
    "pooling",
    [
        "Because the two naltrexone arms were combined for this analysis, we compared LDN "
        "(pooled) with placebo and tested moderation by CRP.",
        # probes: the merge said as the authors' act, as one group, as indifference to dose
        "We pooled both active dose groups and compared them with placebo.",
        "Participants given either dose were analysed together as a single LDN group.",
        "LDN recipients, irrespective of assigned dose, were contrasted with placebo recipients.",
    ],
)
def test_a_derived_report_that_pools_the_dose_arms_compares_no_doses(pooling: str) -> None:
    abstract = PARENT + pooling + RESULTS
    f = facts(SECONDARY, abstract, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]  # the parent's doses, still assigned
    assert not f.compares_doses
    assert "dose-finding" not in gaps(SECONDARY, abstract, RCT)


def test_a_derived_report_comparing_the_dose_arms_still_compares_them() -> None:
    abstract = PARENT + "We compared CRP moderation between the 1.5 mg and 4.5 mg arms." + RESULTS
    assert facts(SECONDARY, abstract, RCT).compares_doses


def test_a_trial_that_pools_its_own_arms_for_one_analysis_still_compares_doses() -> None:
    title = "Two doses of low-dose naltrexone in postpartum depression: a randomized trial"
    abstract = (
        "Methods: 152 women with postpartum depression on an SSRI were randomised to naltrexone "
        "1.5 mg/day, 4.5 mg/day or placebo. The two naltrexone arms were combined for the "
        "primary analysis." + RESULTS
    )
    assert facts(title, abstract, RCT).compares_doses
