"""A switch named with both ends ("switching from an SSRI to bupropion", "tapered from
paroxetine to vortioxetine"): the drug switched to is the one taken afterwards, not one
the sample stopped, so it stays co-medication and the drug switched from does not come back
as the failed drug still taken. Shown by holdout246 27500017 (title "Switching from an SSRI
to bupropion before ..." dropped bupropion; escitalopram kept: a false
serotonergic-combination). Session 25, round 69, c69a."""

import pytest
from written import TRIAL, facts

BODY = (
    "Methods: Twenty-six adults with major depressive disorder who had not responded to "
    "fluoxetine were moved to {new} over three weeks. After a month on {new} alone, naltrexone "
    "3 mg nightly was added for 8 weeks.\n"
    "Results: Depression scores fell from 27 to 17."
)


@pytest.mark.parametrize(
    ("title", "new", "expected"),
    [
        (
            "Switching from fluoxetine to bupropion ahead of low-dose naltrexone: a pilot study",
            "bupropion",
            ["bupropion"],
        ),
        (
            "Tapering from an SSRI to mirtazapine before adding low-dose naltrexone in depression",
            "mirtazapine",
            ["mirtazapine"],
        ),
        (
            "A switch from fluoxetine into bupropion, then low-dose naltrexone, for depression",
            "bupropion",
            ["bupropion"],
        ),
    ],
)
def test_drug_switched_to_is_taken(title: str, new: str, expected: list[str]) -> None:
    assert facts(title, BODY.format(new=new), TRIAL).concomitant_antidepressants == expected


def test_drug_switched_from_stays_stopped() -> None:
    # near miss: the drug after "from" is still the one stopped
    f = facts(
        "Low-dose naltrexone after switching from sertraline: a pilot study",
        "Methods: Twenty adults with major depressive disorder who were switching from "
        "sertraline received naltrexone 3 mg nightly alone for 8 weeks.\n"
        "Results: Depression scores fell.",
        TRIAL,
    )
    assert "sertraline" not in f.concomitant_antidepressants
