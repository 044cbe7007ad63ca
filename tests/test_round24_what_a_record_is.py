"""Round 24 (c24a): what a record is, read from how it describes itself, not from one
word. A protocol of a cohort or a registry keeps its design (observational, no results,
no gap), whatever trial it borrows a method from or hopes to inform."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

# -- a cohort's or registry's protocol (holdout72 33100036, holdout73 32100011)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a registry whose people take LDN because their psychiatrist chose it, which hopes
        # to prepare a randomised trial
        (
            "The LDN-Dose Registry: protocol for a prospective multicentre cohort study of "
            "low-dose naltrexone doses in depressive disorders",
            "Methods: The registry is a prospective, observational cohort study at 14 "
            "outpatient services. Adults with a depressive episode for whom their "
            "psychiatrist has decided to prescribe LDN will be followed for 12 months. Dose "
            "and co-medication (including SSRIs and SNRIs) will be recorded. We aim to "
            "recruit 600 patients.\nDiscussion: The registry will generate hypotheses for a "
            "randomised dose-comparison trial.",
        ),
        # a register-based cohort analysed as a target-trial emulation
        (
            "Low-dose naltrexone and outcomes of depression: protocol for a nationwide "
            "register-based cohort study with active-comparator design",
            "Purpose: We describe the protocol of a nationwide cohort study.\nMethods: Using "
            "national prescription registers we will identify all adults with depression who "
            "redeemed a first LDN prescription (estimated n = 6,000) and compare them with "
            "matched patients who started lithium. Analyses will use a target-trial emulation "
            "framework.",
        ),
        # probe: other words, "emulating a hypothetical trial", "naturalistic"
        (
            "Naltrexone at low dose for treatment-resistant depression: study protocol",
            "Methods: This naturalistic follow-up will include 250 adults with major "
            "depression who start low-dose naltrexone 4.5 mg at their treating clinician's "
            "discretion. We will emulate a pragmatic trial using routinely collected data.",
        ),
        # probe: a claims database study that should inform a definitive RCT
        (
            "Low-dose naltrexone added to SSRIs in depression: protocol for a registry-based study",
            "Methods: Patients prescribed LDN in routine clinical practice while on an SSRI "
            "will be identified in the registry (expected n = 3,000) and followed for two "
            "years. Findings will inform a future definitive RCT.",
        ),
    ],
)
def test_a_cohort_or_registry_protocol_stays_observational_and_closes_no_gap(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert not f.has_results
    assert gaps(title, abstract, JOURNAL) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a trial run inside a registry is still a trial
        (
            "Low-dose naltrexone in depression: protocol for a registry-based randomised trial",
            "Methods: 400 adults with major depression identified in a national registry "
            "will be randomised to naltrexone 4.5 mg or placebo for 12 weeks.",
        ),
        # a cohort word for the trial's people, who will take the drug by its protocol
        (
            "Low-dose naltrexone for depression: protocol of a prospective study",
            "Methods: A cohort of 80 adults with major depression will take naltrexone "
            "4.5 mg nightly for 8 weeks; results will inform a later randomised trial.",
        ),
    ],
)
def test_a_trial_protocol_that_names_a_registry_or_a_cohort_stays_a_protocol(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, JOURNAL).design == "protocol"
    assert gaps(title, abstract, JOURNAL).get("larger-trials") == "in_progress"
