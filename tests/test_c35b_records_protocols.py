"""Round 35 (c35b): a protocol whose own study is a cohort found in records of care
(registers, claims, prescription data), said in words round 28-34 had not met. It is
``observational`` and closes no gap, whatever trials it names beside itself."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # batch 25 (holdout104): the title names a register-based cohort, the text a
        # "nationwide cohort study" of new users, and other people's randomised trials
        (
            "Low-dose naltrexone use and outcomes of depression in Denmark: protocol for a "
            "nationwide register-based cohort study",
            "Methods: We will conduct a nationwide cohort study using the Danish National "
            "Prescription Registry and the Danish National Patient Registry. New users of "
            "naltrexone at doses up to 5 mg/day with a hospital diagnosis of depression will be "
            "compared with propensity-score-matched patients starting lithium augmentation. We "
            "expect an estimated 7,900 LDN users, most co-prescribed an SSRI or SNRI.\n"
            "Discussion: This register study will complement ongoing randomised trials.",
        ),
        # probe: a claims database, "initiators", and a randomised trial named as the gold
        # standard the study cannot replace
        (
            "Low-dose naltrexone and relapse of major depression: a study protocol",
            "Methods: Using US commercial insurance claims, we will identify 3,200 adults with "
            "major depressive disorder who start naltrexone 4.5 mg or less while taking an SSRI, "
            "and compare these initiators with matched patients starting bupropion. Inverse "
            "probability weighting will balance confounders. Randomised trials remain the "
            "reference standard.",
        ),
        # probe: a target-trial emulation in national registers, with placebo-controlled
        # trials named as what it informs
        (
            "Emulating a target trial of low-dose naltrexone in depression with Swedish "
            "registers: protocol",
            "Methods: We will emulate a target trial of LDN versus no LDN among 12,000 adults "
            "with depression taking sertraline, recorded in the Swedish national patient "
            "register, with prescription registers defining initiation. Findings will help to "
            "design placebo-controlled trials in 2028.",
        ),
        # probe: the study said in a sentence of its own, electronic health records
        (
            "Low-dose naltrexone with antidepressants: protocol",
            "Design: We will carry out a retrospective cohort study in electronic health "
            "records of two hospitals. Participants: 600 adults with treatment-resistant "
            "depression prescribed LDN alongside escitalopram between 2015 and 2024, compared "
            "with matched controls; ongoing trials will be discussed.",
        ),
    ],
)
def test_a_records_cohort_protocol_is_observational_and_closes_no_gap(
    title: str, abstract: str
) -> None:
    got = facts(title, abstract, JOURNAL)
    assert got.design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


def test_a_registry_based_randomised_trial_protocol_stays_a_protocol() -> None:
    title = "Low-dose naltrexone in depression: protocol for a registry-based randomised trial"
    abstract = (
        "Methods: Using the national prescription registry to identify patients, 400 adults "
        "with major depression taking an SSRI will be randomised to naltrexone 4.5 mg or "
        "placebo for 12 weeks."
    )
    assert facts(title, abstract, JOURNAL).design == "protocol"
    assert gaps(title, abstract, JOURNAL)["larger-trials"] == "in_progress"
