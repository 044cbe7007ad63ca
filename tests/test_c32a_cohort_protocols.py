"""A protocol of a cohort or registry keeps the design observational and closes no gap
(CONTRACT.md), however it says that the study assigns no treatment and whatever trials it
says it will feed. From preprints25 PPR7400015 (batch 21: a registry protocol read as a
trial protocol, a false larger-trials 'in_progress' before these tests); the rest are
probes of the same kind said differently, as PubMed records and as preprints."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, facts, gaps, judge_preprint, preprint

REGISTRY = (
    "The LDN-Dep Registry: protocol for a prospective multicentre cohort study of low-dose "
    "naltrexone in treatment-resistant depression"
)


@pytest.mark.parametrize(
    "abstract",
    [
        # the record: the care left alone said passively, and trials named as what the
        # registry will feed
        "Background: Low-dose naltrexone (LDN) is prescribed off-label for treatment-resistant "
        "depression (TRD). Methods: The LDN-Dep Registry is a prospective, observational cohort "
        "study at 14 outpatient psychiatry services. Adults with TRD and PHQ-9 \u2265 15 for "
        "whom their psychiatrist has decided to start LDN will be invited; treatment decisions "
        "are not influenced by the study. LDN is prescribed at 1.5-4.5 mg/day according to "
        "clinical judgement. We aim to recruit 300 patients over 30 months. Discussion: The "
        "registry will describe real-world effectiveness of LDN in TRD and generate hypotheses "
        "for randomised trials.",
        # probe: only the trials it will feed name a trial
        "Methods: This naturalistic cohort will follow 250 adults with major depressive "
        "disorder who start naltrexone 1.5-4.5 mg/day at eight clinics, for 12 months, with "
        "the PHQ-9 every month. Discussion: Its findings will guide the design of randomised "
        "trials.",
        # probe: only the care left to the clinician says nothing is assigned
        "Methods: In this prospective registry at ten sites, 400 adults with treatment-"
        "resistant depression who start naltrexone 1.5-4.5 mg/day will be followed for a year. "
        "The choice of dose is left to the treating psychiatrist, and the study does not "
        "interfere with treatment; a randomised trial is not part of this protocol.",
    ],
)
def test_a_cohort_or_registry_protocol_preprint_closes_no_gap(abstract: str) -> None:
    got, gap = judge_preprint(preprint(REGISTRY, abstract))
    assert got.design == "observational"
    assert got.has_results is False
    assert gap == {}


def test_a_cohort_protocol_in_pubmed_closes_no_gap() -> None:
    title = "Protocol for a prospective cohort of low-dose naltrexone in major depression"
    abstract = (
        "Methods and analysis: Adults with major depressive disorder starting naltrexone "
        "1.5-4.5 mg/day in routine care will be followed for 12 months at 12 clinics; "
        "prescribing decisions remain with the treating clinician and are not affected by "
        "participation. We plan to enrol 350 patients. Results will inform future randomised "
        "controlled trials."
    )
    got = facts(title, abstract, JOURNAL)
    assert got.design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


def test_a_trial_protocol_stays_a_protocol_in_progress() -> None:
    title = "Low-dose naltrexone in treatment-resistant depression: protocol for a randomised trial"
    abstract = (
        "Methods: 300 adults with treatment-resistant depression will be randomised to "
        "naltrexone 4.5 mg/day or placebo for 12 weeks at 14 sites; the PHQ-9 is the primary "
        "outcome. The results will inform the design of a larger trial."
    )
    assert facts(title, abstract, PROTOCOL).design == "protocol"
    assert gaps(title, abstract, PROTOCOL) == {"larger-trials": "in_progress"}
