"""Round 27 (c27a): a study that declares an observational design is observational,
whatever trial it emulates or calls for (batch 16, preprints20), in wordings of our own."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

# -- 1. a study that says what it is (a retrospective cohort, a register-based cohort, a
# database study) is that, whatever trial it emulates or calls for (preprints20
# PPR7900008: "To emulate a target trial ... Retrospective cohort study ... cannot
# replace, adequately powered randomised trials")

EMULATION_TITLE = "Low-dose naltrexone added to SSRIs and depression outcomes"


@pytest.mark.parametrize(
    "abstract",
    [
        # the record's kind: an aim to emulate, a declared cohort, a closing call
        "Objective: To emulate a target trial of adding LDN to an SSRI or SNRI in adults with "
        "depression.\nDesign: Retrospective cohort study in a network of electronic health "
        "records. After matching, 4,628 patients were included.\nConclusions: These findings "
        "support, but cannot replace, adequately powered randomised trials of LDN with SSRIs.",
        # emulating a hypothetical pragmatic trial; a register-based cohort said in a sentence
        "Objective: To estimate the effect of naltrexone 4.5 mg added to sertraline by "
        "emulating a hypothetical pragmatic trial.\nMethods: This was a register-based "
        "cohort study of 3,120 adults in national prescription registers.\nConclusions: "
        "The result complements, rather than substitutes for, large randomised trials.",
        # a trial-emulation framework; "we conducted a database study"
        "Methods: Within a trial-emulation framework, we conducted a database study of 2,400 "
        "adults taking escitalopram, 1,200 of whom started LDN 3 mg.\nResults: LDN users had "
        "fewer relapses.\nConclusions: Confirmation by well-powered randomised controlled "
        "trials remains essential.",
        # mimicking a randomised trial; the design as the section's first words
        "Methods: Mimicking a randomised trial, population-based cohort study of 5,200 adults "
        "on fluoxetine in claims data, 900 of whom were prescribed naltrexone 4.5 mg.\n"
        "Conclusions: Only randomised placebo-controlled trials can settle the question.",
    ],
)
def test_a_declared_cohort_is_observational_whatever_trial_it_emulates(abstract: str) -> None:
    assert facts(EMULATION_TITLE, abstract, JOURNAL).design == "observational"
    got = gaps(EMULATION_TITLE, abstract, JOURNAL)
    assert "larger-trials" not in got
    assert "serotonergic-combination" not in got


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: A registry-based randomised trial in which 600 adults on SSRIs were randomly "
        "assigned to naltrexone 4.5 mg or placebo for 12 weeks.\nResults: Remission was more "
        "frequent with LDN.",
        "Methods: This was a pragmatic randomised trial: 320 patients taking sertraline were "
        "randomised to LDN 3 mg or usual care.\nResults: LDN improved HAM-D scores.",
    ],
)
def test_real_trials_stay_trials(abstract: str) -> None:
    assert facts(EMULATION_TITLE, abstract, JOURNAL).design == "rct"
