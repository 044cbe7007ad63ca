"""A review whose own statement of scope leaves LDN out ("This review focuses on kappa
antagonists") and names LDN only in the unlabelled lead-in before that statement
("Earlier attempts ... included low-dose naltrexone, tested in a 12-patient pilot") is a
review of another subject: the lead-in is its background, as a labelled one is.

Round 53, c53a; the record that showed it: preprints50 PPR4900028, "Beyond the Mu
Receptor: Kappa-Opioid Antagonists in the Treatment of Depression - A Narrative Review".
"""

from __future__ import annotations

import pytest
from written import REVIEW, facts

RECORD_TITLE = (
    "Beyond the Mu Receptor: Kappa-Opioid Antagonists in the Treatment of Depression - "
    "A Narrative Review"
)
RECORD = (
    "The opioid system is implicated in mood regulation, stress and anhedonia. Earlier "
    "attempts to treat depression with opioid modulators included buprenorphine/samidorphan "
    "and low-dose naltrexone, the latter tested in a 12-patient pilot at 1 mg twice daily in "
    "patients on dopaminergic antidepressants and in a later trial of 148 patients on SSRIs "
    "or SNRIs. This review focuses on selective kappa-opioid receptor antagonists "
    "(aticaprant, navacaprant, JNJ-67953964 and others): their pharmacology, preclinical "
    "antidepressant-like effects, and phase 2 and 3 results in major depressive disorder "
    "with anhedonia. Kappa antagonists have been well tolerated but efficacy signals have "
    "been inconsistent across trials. We discuss dose selection, biomarker-guided "
    "enrichment and the design of future trials."
)


def test_record() -> None:
    assert not facts(RECORD_TITLE, RECORD, ("Preprint",)).on_topic


OTHER = [
    (
        "Psilocybin for treatment-resistant depression: a review",
        "Several drugs have been tried in resistant depression, among them low-dose "
        "naltrexone at 4.5 mg nightly. Here we review the trials of psilocybin and its "
        "analogues in treatment-resistant depression.",
    ),
    (
        "Ketamine and esketamine in depression: a narrative review",
        "Interest in rapid-acting agents is rising; naltrexone 3 mg has been added to "
        "antidepressants in a few patients. This review summarises ketamine and esketamine "
        "trials in major depression.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), OTHER)
def test_lead_in_is_background(title: str, abstract: str) -> None:
    assert not facts(title, abstract, REVIEW).on_topic


KEPT = [
    # the scope names LDN
    (
        "Opioid modulators in depression: a review",
        "Opioid signalling shapes mood. This review focuses on low-dose naltrexone and "
        "buprenorphine in major depression, including trials of naltrexone 4.5 mg nightly.",
    ),
    # LDN named after the scope statement, as work it reviewed
    (
        "Opioid modulators in depression: a review",
        "Opioid signalling shapes mood. We review opioid modulators in major depression. "
        "Low-dose naltrexone (4.5 mg nightly) was evaluated in three randomised trials.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), KEPT)
def test_review_of_ldn_stays(title: str, abstract: str) -> None:
    assert facts(title, abstract, REVIEW).on_topic
