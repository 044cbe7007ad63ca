"""A drug named beside a class word but outside the drugs it describes keeps its own class:
in "continuing a serotonergic antidepressant (SSRI or SNRI) or bupropion" the class word
describes the SSRI and the SNRI, and bupropion, the other alternative, is dopaminergic
(round 63, c63c; shown by holdout220 24600023, whose bupropion lost its class). The study's
own characterisation of its regimens still wins for the drugs it lists ("dopaminergic
regimens (bupropion, ..., sertraline >= 150 mg)")."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone at three doses versus placebo for treatment-resistant depression: a "
    "randomized dose-ranging trial (preprint)"
)
RECORD = (
    "We report the DIAL phase 2 trial. Adults with treatment-resistant depression continuing "
    "a serotonergic antidepressant (SSRI or SNRI) or bupropion were randomized to naltrexone "
    "0.5, 2 or 4.5 mg/day or placebo for 8 weeks. Ninety-two were randomized and 85 "
    "completed. HAM-D-17 improvement increased with dose up to 2 mg and plateaued "
    "thereafter. These results have not been peer reviewed."
)


def test_record() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic", "dopaminergic"}


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # methods, another order: the outside drug first
        (
            "Naltrexone 2 mg in major depression: a randomized trial",
            "Methods: 60 adults with MDD on bupropion or a serotonergic antidepressant "
            "(escitalopram or sertraline) were randomized to naltrexone 2 mg or placebo.\n"
            "Results: MADRS fell more with naltrexone.",
            {"serotonergic", "dopaminergic"},
        ),
        # a noradrenergic class word and a stimulant outside it, in the title
        (
            "Low-dose naltrexone added to a noradrenergic antidepressant (reboxetine) or "
            "methylphenidate in major depression: a randomised trial",
            "Methods: We randomised 48 adults with major depressive disorder to LDN 4.5 mg or "
            "placebo.\nResults: HAM-D scores improved.",
            {"noradrenergic", "dopaminergic"},
        ),
        # the outside drug is serotonergic: it must count
        (
            "Low-dose naltrexone augmentation in depression: a randomised trial",
            "Methods: 70 adults with MDD continuing a dopaminergic antidepressant (bupropion) "
            "or sertraline 100 mg were randomised to naltrexone 3 mg or placebo for 10 weeks.\n"
            "Results: MADRS improved with LDN.",
            {"serotonergic", "dopaminergic"},
        ),
    ],
)
def test_probes(title: str, abstract: str, classes: set[str]) -> None:
    assert set(facts(title, abstract, RCT).concomitant_classes) == classes


def test_near_miss_regimens_the_study_classes_keep_its_class() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: a pilot randomized trial",
        "Methods: 12 adults with MDD on antidepressant regimens we classed as dopaminergic "
        "(bupropion, stimulants or sertraline >= 150 mg) were randomized to naltrexone 1 mg "
        "twice daily or placebo.\nResults: HAM-D fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["dopaminergic"]
