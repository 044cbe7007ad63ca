"""Kind: a drug and a class listed as alternatives closed by "or both" ("on bupropion, an
SSRI, or both") are two things taken, not a drug and the class that describes it: the
class counts. A true apposition ("sertraline, an SSRI, was continued") still only
describes the drug.

Round 44, c44c. Shown by holdout150 16500032 ("Sixty-six adults with major depressive
disorder on bupropion, an SSRI, or both were randomised ..."), read as dopaminergic only.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Alternate-day versus daily low-dose naltrexone in major depression: a randomised "
    "non-inferiority trial",
    "Objective: To test whether taking LDN every other day preserves efficacy with fewer "
    "sleep disturbances.\n"
    "Methods: Sixty-six adults with major depressive disorder on bupropion, an SSRI, or both "
    "were randomised to naltrexone 4.5 mg every night or 4.5 mg on alternate nights for 10 "
    "weeks.\n"
    "Results: Alternate-night dosing was non-inferior on MADRS (margin 3 points) and caused "
    "fewer vivid dreams.",
    ("Randomized Controlled Trial", "Equivalence Trial"),
)


def test_the_record_counts_both_classes() -> None:
    assert set(facts(*RECORD).concomitant_classes) == {"dopaminergic", "serotonergic"}
    assert gaps(*RECORD) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


TITLE = "Low-dose naltrexone augmentation in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "classes"),
    [
        (
            "Seventy outpatients with major depressive disorder taking methylphenidate, an "
            "SNRI, or both were randomised to naltrexone 2 mg or placebo.",
            ["dopaminergic", "serotonergic", "noradrenergic"],
        ),
        (
            "Adults with major depression on bupropion, an SSRI or both were randomly "
            "assigned to naltrexone 3 mg or placebo for 8 weeks.",
            ["dopaminergic", "serotonergic"],
        ),
        (
            "Patients with major depressive disorder treated with bupropion, a tricyclic, or "
            "a combination were randomised to naltrexone 4.5 mg or placebo.",
            ["dopaminergic", "serotonergic", "noradrenergic"],
        ),
    ],
)
def test_a_class_offered_beside_a_drug_counts(methods: str, classes: list[str]) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone."
    assert set(facts(TITLE, abstract, RCT).concomitant_classes) == set(classes)


@pytest.mark.parametrize(
    "methods",
    [
        # an apposition describes the drug it follows (bupropion keeps its own class)
        "Sixty adults with major depressive disorder on bupropion, a dopamine reuptake "
        "inhibitor, were randomised to naltrexone 4.5 mg or placebo.",
        "Sixty adults with major depressive disorder whose bupropion, a stimulant-like "
        "antidepressant, was continued were randomised to naltrexone 4.5 mg or placebo.",
    ],
)
def test_an_apposition_still_describes_the_drug(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone."
    assert facts(TITLE, abstract, RCT).concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(TITLE, abstract, RCT)
