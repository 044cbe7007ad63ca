"""An antidepressant listed with drugs of no class under one purpose that is not the
watched condition ("duloxetine, pregabalin or amitriptyline used for fibromyalgia pain",
"trazodone, zolpidem and mirtazapine taken for insomnia") is taken for that purpose, not
as treatment for depression: CONTRACT's "Only antidepressants taken as treatment for
depression alongside LDN count" holds for every drug of the list, not only the one
standing next to the purpose (round 61, c61c; shown by registry57 NCT03700007, whose
duloxetine gave serotonergic + noradrenergic classes). A purpose that includes the
condition ("for pain and depression") and an antidepressant named apart from the list
still count."""

from __future__ import annotations

import pytest
from written import RCT, arm, drug, facts, gaps, judge_registration, registration

TITLE = "Low-dose naltrexone in major depressive disorder: a randomized trial"


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # probe: the list and its purpose in the title
        (
            "Low-dose naltrexone in depressed adults taking duloxetine, pregabalin or "
            "amitriptyline for chronic pain: a randomized trial",
            "Sixty adults with major depressive disorder were randomized to naltrexone 4.5 mg "
            "or placebo for 8 weeks. HAM-D fell more with naltrexone.",
            [],
        ),
        # probe: in the opening sentence of an unlabelled abstract
        (
            TITLE,
            "Sixty adults with major depressive disorder who took duloxetine, gabapentin or "
            "nortriptyline for neuropathic pain were randomized to naltrexone 4.5 mg or "
            "placebo. HAM-D fell more with naltrexone.",
            [],
        ),
        # probe: in a labelled methods section, "prescribed for"
        (
            TITLE,
            "Background: Depression and pain often co-occur.\n"
            "Methods: We randomized 72 outpatients with major depression to LDN 3 mg or placebo "
            "for 10 weeks. Venlafaxine, tramadol or amitriptyline prescribed for back pain "
            "could be continued.\nResults: MADRS improved with LDN.",
            [],
        ),
        # probe: in the results
        (
            TITLE,
            "Methods: We randomized 72 outpatients with major depression to LDN 3 mg or placebo "
            "for 10 weeks.\nResults: Eleven participants kept taking milnacipran, pregabalin, "
            "or duloxetine for fibromyalgia pain. MADRS improved with LDN.",
            [],
        ),
        # probe: another purpose, "and" joining the list
        (
            TITLE,
            "We randomized 80 adults with major depressive disorder to naltrexone 2 mg or "
            "placebo. Trazodone, zolpidem and mirtazapine taken for insomnia were allowed. "
            "Depression scores improved.",
            [],
        ),
        # near miss: an antidepressant for the condition itself keeps its class
        (
            TITLE,
            "We randomized 80 adults with major depressive disorder on sertraline, quetiapine "
            "or escitalopram for their depression to naltrexone 2 mg or placebo. Depression "
            "scores improved.",
            ["serotonergic"],
        ),
        # near miss: the people's SSRI counts, the pain list beside it does not
        (
            TITLE,
            "We randomized 80 adults with major depressive disorder on a stable SSRI to "
            "naltrexone 2 mg or placebo. Duloxetine, gabapentin or nortriptyline for "
            "neuropathic pain were also allowed. Depression scores improved.",
            ["serotonergic"],
        ),
        # near miss: a list with no purpose
        (
            TITLE,
            "We randomized 80 adults with major depressive disorder taking sertraline, lithium "
            "or venlafaxine to naltrexone 2 mg or placebo for 12 weeks. Depression scores "
            "improved.",
            ["serotonergic", "noradrenergic"],
        ),
        # near miss: a purpose that includes the condition
        (
            TITLE,
            "We randomized 80 adults with major depressive disorder taking duloxetine, "
            "pregabalin or amitriptyline for pain and depression to naltrexone 2 mg or "
            "placebo. Depression scores improved.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_list_for_another_purpose(title: str, abstract: str, classes: list[str]) -> None:
    f = facts(title, abstract, RCT)
    assert sorted(f.concomitant_classes) == sorted(classes)
    verdict = gaps(title, abstract, RCT).get("serotonergic-combination")
    assert verdict == ("addressed" if classes else None)


def _fibromyalgia(criteria: str, description: str | None = None) -> dict:
    return registration(
        title="Low-Dose Naltrexone for Pain, Fatigue and Mood in Fibromyalgia",
        official_title="A Randomized Placebo-Controlled Trial of Low-Dose Naltrexone 4.5 mg "
        "in Women With Fibromyalgia",
        status="ACTIVE_NOT_RECRUITING",
        summary="Women with fibromyalgia are randomized to naltrexone 4.5 mg or placebo for 12 "
        "weeks. Pain is the primary outcome; fatigue, sleep and mood (Beck Depression "
        "Inventory-II) are secondary outcomes.",
        description=description,
        conditions=["Fibromyalgia"],
        allocation="RANDOMIZED",
        enrollment=100,
        enrollment_type="ACTUAL",
        arms=[
            arm("LDN", description="Naltrexone 4.5 mg daily"),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo daily", drugs=("Placebo",)),
        ],
        interventions=[drug("Naltrexone", "4.5 mg", ["LDN"]), drug("Placebo", "", ["Placebo"])],
        criteria=criteria,
        outcomes=["Beck Depression Inventory-II"],
    )


@pytest.mark.parametrize(
    ("criteria", "description"),
    [
        # the record's wording: the eligibility criteria
        (
            "Inclusion Criteria:\n\n* Women 18-70 meeting ACR 2016 fibromyalgia criteria\n"
            "* Stable doses of duloxetine, pregabalin or amitriptyline used for fibromyalgia "
            "pain are allowed\n\nExclusion Criteria:\n\n* Severe depression (BDI-II > 28) or "
            "suicidality\n* Opioid use",
            None,
        ),
        # probe: the list in the detailed description, "milnacipran ... for their pain"
        (
            "Inclusion Criteria:\n\n* Women 18-70 meeting ACR 2016 fibromyalgia criteria\n\n"
            "Exclusion Criteria:\n\n* Opioid use",
            "Participants may keep taking milnacipran, gabapentin or nortriptyline for chronic "
            "pain at unchanged doses.",
        ),
    ],
)
def test_registration_list_for_pain(criteria: str, description: str | None) -> None:
    f, _ = judge_registration(_fibromyalgia(criteria, description))
    assert f.concomitant_classes == []
