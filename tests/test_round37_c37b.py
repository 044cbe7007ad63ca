"""Round 37 (c37b), batch 27's false verdicts and on-topic errors: a protocol of an
evidence synthesis, a study whose only people are simulated, depression only as a
predictor of another outcome, and the dose window that defines a register cohort."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps, judge_preprint, preprint

# -- 1. a protocol of a systematic review, meta-analysis or scoping review is a review
# (CONTRACT.md: ``protocol`` is for a trial's protocol or registration): it plans a
# literature search, not a trial, and has no gap in progress

SYNTHESIS_PROTOCOLS = [
    # preprints31 PPR6800010 in other words: a dose-response meta-analysis, PROSPERO
    (
        "Low-dose naltrexone across doses for depression: protocol for a systematic review and "
        "dose-response meta-analysis",
        "Methods: We will search MEDLINE, Embase and CENTRAL for randomised trials comparing "
        "naltrexone 1 mg, 2 mg and 4.5 mg daily in adults with major depressive disorder. A "
        "dose-response model will relate daily dose to response.\n"
        "Registration: PROSPERO CRD42026123456.",
        JOURNAL,
    ),
    # an umbrella review, its databases not named as a search
    (
        "Opioid modulators including low-dose naltrexone (1.5-4.5 mg) for depressive "
        "disorders: an umbrella review protocol",
        "Objectives: To map the systematic reviews of opioid modulators for depression. "
        "Eligible reviews will cover trials of naltrexone at 4.5 mg or less, including "
        "dose-ranging trials. Two authors will extract data independently.",
        JOURNAL,
    ),
    # PubMed typed it a Systematic Review; the title says "review protocol"
    (
        "Dose-finding evidence for low-dose naltrexone in treatment-resistant depression: "
        "review protocol",
        "Background: The dose of LDN (1-4.5 mg) for depression was chosen empirically.\n"
        "Methods: Electronic databases (PubMed, PsycINFO, Web of Science) will be searched "
        "for trials comparing LDN doses in depressed adults; eligible studies will be "
        "appraised with RoB 2.",
        ("Systematic Review",),
    ),
    # no type, the title names only a protocol, the text a registered literature search
    (
        "Low-dose naltrexone for depression and mood: a protocol",
        "Methods: This protocol is registered with PROSPERO (CRD42025000111). We will "
        "systematically search bibliographic databases for studies in which adults with "
        "depression received naltrexone 0.5-4.5 mg/day at two or more doses.",
        JOURNAL,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), SYNTHESIS_PROTOCOLS)
def test_a_protocol_of_an_evidence_synthesis_is_a_review(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.design == "review"
    assert gaps(title, abstract, types) == {}


def test_a_preprinted_protocol_of_a_dose_response_meta_analysis_has_no_gap() -> None:
    f, g = judge_preprint(preprint(*SYNTHESIS_PROTOCOLS[0][:2]))
    assert f.design == "review"
    assert g == {}


def test_a_trial_protocol_that_cites_a_meta_analysis_stays_a_protocol() -> None:
    title = "Two doses of low-dose naltrexone in major depression: protocol for a randomised trial"
    abstract = (
        "Background: A meta-analysis and a systematic review found no trial comparing LDN doses.\n"
        "Methods: 120 adults with major depressive disorder will be randomised to naltrexone "
        "1.5 mg or 4.5 mg daily for 8 weeks."
    )
    assert facts(title, abstract, JOURNAL).design == "protocol"
    assert gaps(title, abstract, JOURNAL).get("dose-finding") == "in_progress"
