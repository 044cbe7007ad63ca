"""Kind: an allocation's alternatives ("randomised ... to X or placebo") end with its
clause. What a later clause of the same sentence names after an "or" ("...; whether X helps
patients taking SSRIs or SNRIs is unknown") is no arm of that allocation, so it does not
make the study's co-medication a comparator. An alternative named inside the allocation's
own clause still is one.

Round 51, c51b; the record that showed it: holdout175 19300001 (SERENE protocol: "an
inadequate response to ... an SSRI or SNRI ... added to the unchanged antidepressant" read
serotonergic only, the SNRI taken as a comparator from the background sentence).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone added to serotonergic antidepressants in major depressive disorder "
    "(SERENE): protocol for a randomised, double-blind, placebo-controlled trial"
)
RECORD = (
    "Introduction: Opioid modulation is a candidate augmentation strategy for depression. A "
    "2017 pilot randomised 12 patients taking dopaminergic antidepressants to naltrexone 1 mg "
    "twice daily or placebo; whether low-dose naltrexone (LDN) helps patients taking selective "
    "serotonin or serotonin-noradrenaline reuptake inhibitors is unknown.\n"
    "Methods and analysis: SERENE is a two-site, parallel-group trial. We will randomise 140 "
    "adults with DSM-5 major depressive disorder (MADRS >= 20) and an inadequate response to "
    "an adequate course of an SSRI or SNRI, 1:1 to LDN 4.5 mg at night or matching placebo "
    "for 8 weeks, added to the unchanged antidepressant. The primary outcome is change in "
    "MADRS.\n"
    "Ethics and dissemination: Approved by the regional ethics board. Registration: "
    "NCT09123451."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(TITLE, RECORD, PROTOCOL)["serotonergic-combination"] == "in_progress"


T = "Low-dose naltrexone as add-on in major depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (
            "Background: A 2019 trial randomised 30 adults on bupropion to LDN 1 mg twice daily "
            "or placebo; whether LDN helps people taking SSRIs or SNRIs is untested.\n"
            "Methods: We randomised 90 adults on an SSRI or SNRI to LDN 4.5 mg or placebo, "
            "added to their antidepressant.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Background: An earlier study assigned 20 patients to naltrexone 3 mg or placebo; "
            "its effect in patients on venlafaxine or duloxetine remains unknown.\n"
            "Methods: Sixty patients taking venlafaxine or duloxetine were randomly assigned "
            "to naltrexone 2 mg or placebo at night for 8 weeks.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Introduction: A pilot allocated 16 adults to low-dose naltrexone or placebo; "
            "nothing is known of its use with tricyclics or mirtazapine.\n"
            "Methods: 72 adults on a tricyclic or mirtazapine were randomized to naltrexone "
            "4.5 mg or placebo, added to their antidepressant.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_background_alternatives_are_no_arms(abstract: str, classes: list[str]) -> None:
    assert facts(T, abstract, RCT).concomitant_classes == classes


@pytest.mark.parametrize(
    "abstract",
    [
        # the alternative named inside the allocation's clause is its comparator
        "Methods: We randomised 80 adults to LDN 4.5 mg or escitalopram 10 mg; no other "
        "antidepressant was allowed. Results: Both groups improved.",
        "Methods: Patients were randomly assigned to naltrexone 4.5 mg or sertraline 50 mg "
        "for 8 weeks; outcomes were rated blind. Results: MADRS fell in both arms.",
        "Methods: Sixty adults were allocated to LDN 3 mg or venlafaxine 75 mg; 58 "
        "completed. Results: Remission rates did not differ.",
    ],
)
def test_alternatives_in_the_allocations_clause_stay_comparators(abstract: str) -> None:
    assert facts(T, abstract, RCT).concomitant_classes == []
    assert gaps(T, abstract, RCT).get("serotonergic-combination") is None
