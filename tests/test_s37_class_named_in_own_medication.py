"""A class of antidepressants named in the people's own standing medication ("background
medication, including SSRIs in 29%", "usual medicines including SSRIs and SNRIs") is named
as antidepressants: in a sample selected for another condition, nothing gives it that
condition's purpose, and a class named counts (CONTRACT.md). A single drug listed under
such a header with no purpose ("stable background medication including duloxetine and
pregabalin") still reads as the condition's treatment, as does any drug under a header that
names the purpose ("pain medication, including ..."). Shown by holdout370 41700034 (a
fibromyalgia dose comparison: "Many continued background medication, including SSRIs in
29%" read as SSRIs for fibromyalgia, classes [] for ['serotonergic']). Session 37, round
94, c94c.

Ways abstracts list a class among the people's own medication:
- "Many continued background medication, including SSRIs in 29%."
- "Participants may continue usual medicines including SSRIs and SNRIs."
- "Stable background medication, such as SSRIs (n = 14), was allowed."
- "Existing medication, e.g. SNRIs, was continued unchanged."
- "their regular medication, including selective serotonin reuptake inhibitors, was kept
  stable"
Near misses that keep their verdict: a drug, not a class, under the purposeless header
(duloxetine, in a fibromyalgia trial); a class listed beside the condition's own drugs
("stable background medication including duloxetine, milnacipran, pregabalin, SSRIs and
amitriptyline": one more of them, tests/test_c54b_other_conditions_standing_medication.py);
a class under a header naming another purpose ("pain medication, including SNRIs").
"""

import pytest
from written import RCT, facts

T = "Low-dose naltrexone for pain and mood in fibromyalgia: a randomised controlled trial"


def _abstract(medication: str) -> str:
    return (
        "Background: Depressive symptoms are common in fibromyalgia.\n"
        "Methods: Adults meeting 2016 ACR fibromyalgia criteria were randomised to "
        f"naltrexone 4.5 mg or placebo nightly for 12 weeks; 96 were randomised. {medication} "
        "Outcomes were pain and the Beck Depression Inventory-II.\n"
        "Results: BDI-II fell more with naltrexone (difference -3.1)."
    )


@pytest.mark.parametrize(
    ("medication", "classes"),
    [
        ("Many continued background medication, including SSRIs in 29%.", ["serotonergic"]),
        (
            "Participants continued their usual medicines including SSRIs and SNRIs.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Stable background medication, such as SSRIs (n = 14), was allowed.",
            ["serotonergic"],
        ),
        (
            "Existing medication, e.g. SNRIs, was continued unchanged.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_class_in_own_medication_counts(medication: str, classes: list[str]) -> None:
    assert sorted(facts(T, _abstract(medication), RCT).concomitant_classes) == classes


@pytest.mark.parametrize(
    "medication",
    [
        "Stable background medication including duloxetine and pregabalin was allowed.",
        "Stable pain medication, including SNRIs, was continued.",
        "Stable background medication including duloxetine, pregabalin, SSRIs and "
        "amitriptyline was allowed.",
    ],
)
def test_drug_or_purpose_header_keeps_its_purpose(medication: str) -> None:
    assert facts(T, _abstract(medication), RCT).concomitant_classes == []
