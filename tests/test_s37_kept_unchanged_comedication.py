"""A co-medication the people go on taking, said as a permission whose verb has no
object ("... may continue unchanged", "... can be kept at the same dose"), is taken with
the watched drug: an extension or a trial that lets its people keep the antidepressant
they were on. The hedge ("may") made the sentence read as speculation in a registration
or an unlabelled abstract, and the co-medication was lost. Shown by registry89
NCT00300003 (an open-label extension: "Concomitant SSRI treatment that was stable in the
parent study may continue unchanged": serotonergic in progress missed). Session 37,
round 94, c94a.

Ways real abstracts and registrations say it:
- "Concomitant SSRI treatment that was stable in the parent study may continue unchanged."
- "Background SNRI treatment (venlafaxine or duloxetine) may continue at the same dose."
- "Their SNRI can be kept at a stable dose throughout the extension."
- "Stable serotonergic antidepressant therapy may be maintained without change."
- "Any current SSRI will continue as before."
- "Participants may continue their SSRI" (already read: the verb with its object).
A hedge about what the drug might do ("LDN may be useful for patients on SSRIs") stays
speculation, not a co-medication.
"""

import pytest
from written import judge_registration, registration


def _extension(description: str) -> dict:
    return registration(
        title="Open-Label Extension of a Trial of Naltrexone in Major Depression",
        status="ACTIVE_NOT_RECRUITING",
        summary=(
            "Participants who completed the 8-week parent trial may enter this 24-week "
            "open-label extension, in which all receive naltrexone 4.5 mg daily."
        ),
        description=description,
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=40,
        enrollment_type="ACTUAL",
        arms=[("Open-label naltrexone", "EXPERIMENTAL", "Naltrexone 4.5 mg once daily")],
        outcomes=["Change in HAM-D17"],
    )


@pytest.mark.parametrize(
    ("kept", "classes"),
    [
        (
            "Concomitant SSRI treatment that was stable in the parent study may continue "
            "unchanged; no new antidepressant is started.",
            ["serotonergic"],
        ),
        (
            "Background SNRI treatment (venlafaxine or duloxetine) may continue at the same "
            "dose throughout the extension.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Stable escitalopram or sertraline therapy from the parent study might continue "
            "without modification.",
            ["serotonergic"],
        ),
    ],
)
def test_comedication_kept_unchanged_is_taken(kept: str, classes: list[str]) -> None:
    f, g = judge_registration(
        _extension(f"All take naltrexone 4.5 mg once daily in the evening. {kept}")
    )
    assert sorted(f.concomitant_classes) == classes
    assert g["serotonergic-combination"] == "in_progress"


def test_symptoms_going_on_are_no_comedication() -> None:
    # near miss: what goes on unchanged is the depression of people on SSRIs in general,
    # not a drug the extension's people keep
    f, g = judge_registration(
        _extension(
            "All take naltrexone 4.5 mg once daily in the evening, and no antidepressant is "
            "allowed. Many people treated with SSRIs, whose depression may continue unchanged "
            "for months, have few options."
        )
    )
    assert f.concomitant_classes == []
    assert g["serotonergic-combination"] == "no"
