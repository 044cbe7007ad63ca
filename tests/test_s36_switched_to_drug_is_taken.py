"""A switch between antidepressants during or before the study names two drugs: the one
switched from (stopped) and the one switched to (begun, and then taken with the watched
drug). The words of the stop ("switched from an SSRI ...") reached on to the drug after
"to", so the new drug was read as stopped. Shown by holdout383 43300017 ("7 patients were
switched from an SSRI to bupropion and 3 to venlafaxine": bupropion lost, dopaminergic
missed). Session 36, round 92, c92a.

Ways real abstracts say it:
- "7 patients were switched from an SSRI to bupropion and 3 to venlafaxine"
- "four participants changed from sertraline to duloxetine after week 4"
- "two were moved from escitalopram to bupropion because of sexual side effects"
- "switching from fluoxetine to vortioxetine was allowed and occurred in five"
- "one woman was cross-tapered from paroxetine to mirtazapine"
- "after a switch from citalopram to bupropion XL, LDN was added"
A switch from the watched drug to an antidepressant ("switched from LDN to sertraline")
puts the new drug in its place: not taken with it.
"""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("switch", "classes"),
    [
        (
            "During the study, 6 patients were switched from an SSRI to bupropion.",
            ["serotonergic", "dopaminergic"],
        ),
        (
            "After week 4, switching from escitalopram to bupropion because of sexual side "
            "effects occurred in five participants.",
            ["serotonergic", "dopaminergic"],
        ),
        (
            "A switch from sertraline to bupropion XL was made in four; the others stayed on "
            "their SSRI.",
            ["serotonergic", "dopaminergic"],
        ),
    ],
)
def test_drug_switched_to_is_taken(switch: str, classes: list[str]) -> None:
    f = facts(
        "Low-dose naltrexone in treatment-resistant depression: an open-label trial",
        "Methods: Thirty adults with major depressive disorder taking sertraline or "
        "escitalopram received naltrexone 4.5 mg nightly for 12 weeks; psychiatrists could "
        "change the antidepressant if needed.\n"
        f"Results: {switch} MADRS fell from 28 to 19.",
        TRIAL,
    )
    assert f.on_topic
    assert f.concomitant_classes == classes


def test_switch_from_the_watched_drug_is_not_taken_with_it() -> None:
    # near miss: the drug after "to" replaced LDN in those patients
    f = facts(
        "Low-dose naltrexone monotherapy for mild depression: an open-label trial",
        "Methods: Twenty antidepressant-free adults with mild major depression received "
        "naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: Four non-responders were switched from naltrexone to bupropion at "
        "week 8. PHQ-9 fell by 5 points.",
        TRIAL,
    )
    assert "dopaminergic" not in f.concomitant_classes


def test_drug_switched_from_stays_stopped() -> None:
    # near miss: the drug before "to" is stopped (the sample's only one)
    f = facts(
        "Low-dose naltrexone added to bupropion: an open-label trial",
        "Methods: Twenty adults with major depression, all switched from paroxetine to "
        "bupropion 300 mg before entry, received naltrexone 1 mg twice daily for 8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        TRIAL,
    )
    assert f.concomitant_classes == ["dopaminergic"]
