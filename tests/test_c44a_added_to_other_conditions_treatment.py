"""The antidepressant the drug is added to in another condition is that condition's
treatment.

Kind: "X versus placebo added to duloxetine in fibromyalgia", "as an add-on to milnacipran
in patients with fibromyalgia": in a sample selected for another condition, the drug the
watched one is added to there is the background treatment of that condition, not an
antidepressant taken for depression (CONTRACT.md, Classes), so it gives no class. Round
44, c44a; shown by holdout151 16600026 (naltrexone added to duloxetine in fibromyalgia).
"""

from __future__ import annotations

import pytest
from written import RCT, facts

CASES = [
    (
        "Low-dose naltrexone added to milnacipran in fibromyalgia: depressive symptoms in a "
        "secondary analysis",
        "Background: In a randomised trial of LDN 4.5 mg versus placebo as an add-on to "
        "milnacipran in patients with fibromyalgia (NCT09150002), pain improved.\nMethods: We "
        "analysed the 70 participants with HADS-D >= 8.\nResults: HADS-D fell more with LDN.",
    ),
    (
        "Low-dose naltrexone and mood in fibromyalgia: a randomised trial",
        "Methods: 90 women with fibromyalgia were randomised to LDN 4.5 mg/day or placebo "
        "added to duloxetine in fibromyalgia care.\nResults: Pain and depressive symptoms "
        "(HADS-D) fell more with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_background_treatment_gives_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        (
            "Low-dose naltrexone in fibromyalgia with comorbid major depression: a randomised "
            "trial",
            "Methods: Patients with fibromyalgia and comorbid major depressive disorder (HAM-D "
            ">= 18) were randomised to LDN 4.5 mg or placebo added to duloxetine; 80 were "
            "randomised.\nResults: HAM-D fell more with LDN.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Low-dose naltrexone augmentation of sertraline in major depressive disorder",
            "Methods: 60 adults with major depressive disorder on sertraline were randomised to "
            "LDN 4.5 mg or placebo added to sertraline.\nResults: MADRS fell more with LDN.",
            ["serotonergic"],
        ),
    ],
)
def test_taken_for_depression_keeps_class(title: str, abstract: str, classes: list[str]) -> None:
    assert sorted(facts(title, abstract, RCT).concomitant_classes) == classes
