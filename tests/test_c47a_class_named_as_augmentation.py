"""A class of co-medication named as the people's augmentation: "Dopaminergic augmentation
was continued".

The kind (round 47, c47a): the study names the class of what its people take alongside the
watched drug by the augmentation they are on ("dopaminergic augmentation was continued", "on
stable noradrenergic augmentation"), without naming the drugs. CONTRACT.md: a class named
without drugs counts. Shown by preprints45 PPR5400020 (an open-label extension of a two-dose
trial in treatment-resistant depression on bupropion or stimulant augmentation, whose methods
say "Dopaminergic augmentation was continued": classes expected ['dopaminergic'], got []).
Near misses: the augmentation stopped before entry, called for in the conclusions, or the
role the study's own drug plays ("naltrexone as a dopaminergic augmentation").
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Twenty-four-week open-label extension of a two-dose trial of low-dose naltrexone in "
    "treatment-resistant depression"
)
RECORD = (
    "Background: In an 8-week randomised trial, 86 outpatients with treatment-resistant "
    "depression on bupropion or stimulant augmentation received naltrexone 0.5 mg twice daily "
    "or 4.5 mg nightly.\n"
    "Methods: Completers could enter a 24-week open-label extension in which all participants "
    "took naltrexone 1.5 mg nightly; participants without a 50% MADRS reduction from the "
    "parent-trial baseline at extension week 8 had their dose increased to 4.5 mg nightly. "
    "Dopaminergic augmentation was continued.\n"
    "Results: Sixty-one of the 79 completers entered the extension and 52 completed it. The "
    "dose was increased in 23 participants. Response was sustained in 71% of parent-trial "
    "responders. No new safety signals emerged.\n"
    "Conclusions: LDN remained well tolerated for up to 32 weeks."
)
OTHER = "Low-dose naltrexone in treatment-resistant depression: an open-label trial"
METHODS = (
    "Methods: Thirty adults with treatment-resistant depression took naltrexone 4.5 mg nightly "
    "for 12 weeks."
)


def test_the_records_class() -> None:
    f = facts(TITLE, RECORD, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.n == 61


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (f"{METHODS} Dopaminergic augmentation was continued.", ["dopaminergic"]),
        (
            "Methods: Thirty adults with treatment-resistant depression on stable noradrenergic "
            "augmentation took naltrexone 4.5 mg nightly for 12 weeks.",
            ["noradrenergic"],
        ),
        (
            "Methods: Thirty adults with major depression took naltrexone 4.5 mg nightly for 12 "
            "weeks; their serotonergic and noradrenergic augmentations were kept unchanged.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_other_classes_named_as_augmentation(abstract: str, classes: list[str]) -> None:
    f = facts(OTHER, f"{abstract}\nResults: MADRS fell by 8 points.", TRIAL)
    assert f.concomitant_classes == classes


@pytest.mark.parametrize(
    "abstract",
    [
        f"{METHODS} Dopaminergic augmentation was stopped before entry.",
        "Methods: Thirty adults with treatment-resistant depression who had discontinued "
        "serotonergic augmentation took naltrexone 4.5 mg nightly for 12 weeks.",
        "Methods: Thirty adults with treatment-resistant depression took naltrexone 4.5 mg "
        "nightly as a dopaminergic augmentation for 12 weeks.",
        "Methods: Thirty adults with treatment-resistant depression took naltrexone 4.5 mg "
        "nightly, a novel serotonergic augmentation, for 12 weeks.",
    ],
)
def test_augmentation_stopped_or_the_drugs_own_role_is_no_class(abstract: str) -> None:
    f = facts(OTHER, f"{abstract}\nResults: MADRS fell by 8 points.", TRIAL)
    assert f.concomitant_classes == []


def test_augmentation_called_for_in_the_conclusions_is_no_class() -> None:
    abstract = (
        f"{METHODS}\nResults: MADRS fell by 8 points.\n"
        "Conclusions: Trials of serotonergic augmentation with naltrexone are needed."
    )
    assert facts(OTHER, abstract, TRIAL).concomitant_classes == []
