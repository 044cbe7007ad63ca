"""Kind: the treatment as usual or usual care the people are on before anything is
allocated ("adults receiving treatment as usual with venlafaxine were randomised to X or
placebo", "continuing their treatment as usual, including escitalopram"): every arm keeps
it, so its antidepressant is taken with the watched drug. Treatment as usual given as an
arm of its own ("randomised to X or treatment as usual with sertraline"), a usual-care
group compared with the drug's people, and a side-effect reference ("nausea, as usual
with SSRIs") stay no co-medication.

Round 51, c51c; no record showed it: a recall probe written ahead of the blind sets
(the brief's "treatment as usual with ...").
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone in major depressive disorder: a randomized trial"
POP = "Methods: Adults with major depressive disorder (DSM-5, MADRS of 20 or more) "
RESULTS = "\nResults: MADRS scores fell more with LDN than with placebo (p = 0.02)."


@pytest.mark.parametrize(
    ("body", "drug"),
    [
        (
            "receiving treatment as usual with venlafaxine were randomly allocated to LDN 3 mg "
            "nightly plus TAU or placebo plus TAU (n = 44).",
            "venlafaxine",
        ),
        (
            "receiving treatment as usual with venlafaxine were randomly allocated to LDN 3 mg "
            "or placebo (n = 44).",
            "venlafaxine",
        ),
        (
            "continuing their treatment as usual, including escitalopram, were randomized to "
            "LDN 4.5 mg or placebo (n = 44).",
            "escitalopram",
        ),
        (
            "maintained on treatment as usual with sertraline were assigned at random to "
            "naltrexone 2 mg daily or matching placebo (n = 52).",
            "sertraline",
        ),
        (
            "on usual care with duloxetine were randomized to add-on LDN 4.5 mg or placebo "
            "(n = 44).",
            "duloxetine",
        ),
    ],
)
def test_usual_care_people_are_on_is_taken_with_the_drug(body: str, drug: str) -> None:
    f = facts(TITLE, POP + body + RESULTS, RCT)
    assert drug in f.concomitant_antidepressants
    assert "serotonergic" in f.concomitant_classes
    assert gaps(TITLE, POP + body + RESULTS, RCT).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    "body",
    [
        # treatment as usual as an arm of its own
        "were randomized to LDN 4.5 mg or treatment as usual with sertraline (n = 44).",
        "were randomized to LDN 4.5 mg alone or to treatment as usual (sertraline) (n = 44).",
        "were randomized to LDN 4.5 mg or to usual care, which included an SSRI (n = 44).",
        # a usual-care group compared with the drug's people
        "on LDN 4.5 mg were compared with patients on treatment as usual with sertraline (n = 44).",
        "receiving LDN 4.5 mg were compared with those receiving usual care with escitalopram "
        "(n = 44).",
        # a side-effect reference
        "received LDN 4.5 mg (n = 44). Nausea, as usual with SSRIs, was the most common "
        "adverse event.",
        "received LDN 4.5 mg (n = 44). Sexual dysfunction, usual with SSRIs, was not seen.",
    ],
)
def test_usual_care_as_an_arm_or_a_reference_is_no_co_medication(body: str) -> None:
    f = facts(TITLE, POP + body + RESULTS, RCT)
    assert not {"serotonergic", "noradrenergic"} & set(f.concomitant_classes)
    assert "serotonergic-combination" not in gaps(TITLE, POP + body + RESULTS, RCT)


def test_usual_care_with_bupropion_stays_dopaminergic() -> None:
    body = (
        "receiving treatment as usual with bupropion were given open-label LDN 4.5 mg "
        "nightly for 8 weeks (n = 20)."
    )
    f = facts(TITLE, POP + body + RESULTS, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(TITLE, POP + body + RESULTS, TRIAL)
