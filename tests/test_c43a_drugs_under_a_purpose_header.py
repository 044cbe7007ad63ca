"""Antidepressants listed under a treatment for another purpose or condition ("background
treatment for pain, including duloxetine or amitriptyline prescribed for fibromyalgia",
"stable background medication for fibromyalgia pain, including duloxetine, milnacipran,
amitriptyline ... or pregabalin") are all taken for it, not as co-medication for
depression (CONTRACT.md, "Classes": only antidepressants taken as treatment for depression
alongside LDN count; amitriptyline for pain does not): classes []. Round 43, c43a; shown
by registry42 NCT05300008 and preprints38 PPR6100008, fibromyalgia trials read with
serotonergic and noradrenergic co-medication."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for pain, fatigue and mood in fibromyalgia: a randomised trial"


def _abstract(background: str) -> str:
    return (
        "Methods: Women and men meeting ACR 2016 fibromyalgia criteria were randomised to "
        f"naltrexone 4.5 mg daily or placebo for 12 weeks. {background} Secondary outcomes "
        "included the HADS depression score.\nResults: 120 participants were randomised. "
        "HADS depression scores improved slightly more with LDN (p = 0.048)."
    )


@pytest.mark.parametrize(
    "background",
    [
        # the records' wording
        "Background treatment for pain, including duloxetine or amitriptyline prescribed for "
        "fibromyalgia, was continued at stable doses.",
        "Stable background medication for fibromyalgia pain, including duloxetine, "
        "milnacipran, amitriptyline (<= 25 mg at night) or pregabalin, is permitted if "
        "unchanged for 4 weeks.",
        # probes: other purposes, drugs and list words
        "Usual medications for chronic pain, such as nortriptyline, venlafaxine or gabapentin, "
        "were kept unchanged.",
        "Drugs for sleep, e.g. trazodone or mirtazapine, could be continued.",
        "Ongoing therapy for their migraine, including amitriptyline and venlafaxine, was allowed.",
    ],
)
def test_antidepressants_listed_under_another_purpose_are_not_comedication(
    background: str,
) -> None:
    f = facts(TITLE, _abstract(background), RCT)
    assert f.on_topic
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    ("background", "classes"),
    [
        # near misses: the list's head is the watched condition, or a new head of
        # antidepressants starts after the other purpose's list
        (
            "Background treatment for depression, including sertraline or venlafaxine, was "
            "continued at stable doses.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Medication for pain, including pregabalin, and antidepressants such as "
            "escitalopram were continued unchanged.",
            ["serotonergic"],
        ),
        (
            "Treatment for fibromyalgia and depression, including duloxetine, was continued.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_antidepressants_for_the_condition_stay(background: str, classes: list[str]) -> None:
    f = facts(TITLE, _abstract(background), RCT)
    assert sorted(f.concomitant_classes) == sorted(classes)
