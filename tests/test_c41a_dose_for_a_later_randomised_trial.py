"""The dose a study's results point to for a later randomised trial ("supporting 4.5 mg
as the target dose for a randomized trial") names that later trial, not this one: an
open-label phase 2a study stays a non-randomised trial (round 41, c41a; shown by
holdout135 14900012, "P2.118 Low-dose naltrexone dose escalation in inflammatory
depression: an open-label phase 2a study", read as an rct)."""

from __future__ import annotations

import pytest
from written import RCT, facts

CONGRESS = ("Congress",)
OPEN = (
    "Methods: Adults with major depressive disorder received open-label low-dose naltrexone "
    "4.5 mg/day for 8 weeks.\nResults: Twenty-four participants enrolled; HAM-D-17 fell by "
    "9.6 points.\nConclusions: "
)


@pytest.mark.parametrize(
    "conclusion",
    [
        # the record's wording
        "Antidepressant and anti-inflammatory effects of LDN appeared dose-dependent, "
        "supporting 4.5 mg as the target dose for a randomized trial.",
        # probes
        "These data suggest 3 mg as the preferred dose for a subsequent placebo-controlled trial.",
        "We propose 4.5 mg as the dose to carry forward into a double-blind study.",
    ],
)
def test_the_dose_for_a_later_randomised_trial_is_not_this_ones_design(conclusion: str) -> None:
    f = facts(
        "Low-dose naltrexone in inflammatory depression: an open-label phase 2a study",
        OPEN + conclusion,
        CONGRESS,
    )
    assert f.design == "nonrandomized_trial"


def test_a_randomised_trial_naming_its_own_dose_stays_randomised() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a randomised trial",
        "Methods: Sixty adults with major depressive disorder were randomised to 4.5 mg as the "
        "target dose or placebo.\nResults: MADRS fell by 10 and 6 points.",
        RCT,
    )
    assert f.design == "rct"
