"""Kind: antidepressants listed under a heading that names another condition's treatment
with a colon ("Concomitant medication for fibromyalgia: Duloxetine, Amitriptyline, None",
a posted baseline table's row heading, or the same heading in a sentence) are taken for that
condition, not as co-medication for depression (CONTRACT.md Classes: the same drug for
another purpose does not count).

Round 57, c57c; shown by registry54 NCT04100011 ("Low-Dose Naltrexone for Pain, Mood and
Sleep in Fibromyalgia"), where the posted baseline measure was read as duloxetine taken
with LDN.
"""

from __future__ import annotations

import pytest
from relocation import REG_PLACES, art_abstract, reg_base, registration
from written import RCT, baseline_count, completed_registration, facts, judge_registration


def _fibromyalgia_trial(measure_title: str, categories: list[str]) -> dict[str, object]:
    st = completed_registration(
        nct="NCT09957001",
        official_title="Low-Dose Naltrexone in Fibromyalgia: Effects on Pain, Depressive "
        "Symptoms and Sleep. A Randomized Placebo-Controlled Trial",
        summary="Women with fibromyalgia take naltrexone 4.5 mg or placebo for 12 weeks. Pain "
        "is the primary outcome; depressive symptoms (BDI-II) are secondary.",
        criteria="Inclusion Criteria:\n\n* Women 20-65 with fibromyalgia (ACR 2016 criteria)\n\n"
        "Exclusion Criteria:\n\n* Opioid use\n* Severe depression (BDI-II > 28)",
        enrolled=80,
        drug_arm=("LDN", "Naltrexone 4.5 mg once daily for 12 weeks."),
        placebo_text="Placebo once daily for 12 weeks.",
        outcome="Beck Depression Inventory-II (BDI-II)",
        measures=[baseline_count(measure_title, categories, ("12", "10"))],
    )
    st["protocolSection"]["conditionsModule"]["conditions"] = [
        "Fibromyalgia",
        "Depressive Symptoms",
    ]
    return st


@pytest.mark.parametrize(
    ("title", "categories"),
    [
        ("Concomitant medication for fibromyalgia", ["Duloxetine", "Amitriptyline", "None"]),
        ("Background treatment for chronic pain", ["Milnacipran", "Nortriptyline"]),
        ("Medication for neuropathic pain", ["Venlafaxine", "Pregabalin", "None"]),
    ],
)
def test_a_baseline_row_heading_naming_another_conditions_treatment(
    title: str, categories: list[str]
) -> None:
    f, _ = judge_registration(_fibromyalgia_trial(title, categories))
    assert f.concomitant_classes == []


def test_a_baseline_row_heading_naming_no_other_purpose_still_counts() -> None:
    # near miss: a heading that names no other purpose keeps the drug
    f, _ = judge_registration(
        _fibromyalgia_trial("Concomitant antidepressant", ["Sertraline", "None"])
    )
    assert f.concomitant_classes == ["serotonergic"]


HEADED = [
    "Concomitant medication for fibromyalgia: duloxetine 60 mg, amitriptyline 10 mg or none.",
    "Stable treatment for chronic pain: nortriptyline or milnacipran, unchanged during the trial.",
    "Allowed medication for neuropathic pain: venlafaxine (up to 75 mg) and pregabalin.",
]

BASE = reg_base(
    enrolled=80,
    arm_label="LDN",
    arm_desc="Naltrexone 4.5 mg once daily.",
    conditions=("Fibromyalgia", "Depressive Symptoms"),
    summary="Women with fibromyalgia take naltrexone 4.5 mg or placebo; depressive symptoms "
    "(BDI-II) are a secondary outcome.",
    criteria="Inclusion Criteria:\n\n* Women with fibromyalgia\n\nExclusion Criteria:\n\n* "
    "Opioid use",
)


@pytest.mark.parametrize("sentence", HEADED)
@pytest.mark.parametrize("place", REG_PLACES)
def test_a_colon_heading_in_a_registration(sentence: str, place: str) -> None:
    f, _ = judge_registration(registration(BASE, sentence, place))
    assert f.concomitant_classes == []


@pytest.mark.parametrize("sentence", HEADED)
@pytest.mark.parametrize("place", ["first", "unlabelled", "Methods", "Results"])
def test_a_colon_heading_in_an_abstract(sentence: str, place: str) -> None:
    f = facts(
        "Low-dose naltrexone for pain and mood in fibromyalgia: a randomized trial",
        art_abstract(
            "Eighty women with fibromyalgia were randomized to naltrexone 4.5 mg or placebo.",
            "Pain and BDI-II scores fell more with naltrexone.",
            sentence,
            place,
        ),
        RCT,
    )
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a heading naming depression, or no purpose, keeps the drug
        "Concomitant medication for depression: sertraline or escitalopram.",
        "Concomitant antidepressants: sertraline or escitalopram.",
    ],
)
def test_a_heading_without_another_purpose_keeps_the_class(sentence: str) -> None:
    f = facts(
        "Low-dose naltrexone added to antidepressants in major depression: a randomized trial",
        art_abstract(
            "Eighty adults with major depressive disorder were randomized to naltrexone 4.5 mg "
            "or placebo added to their antidepressant.",
            "MADRS scores fell more with naltrexone.",
            sentence,
            "Methods",
        ),
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
