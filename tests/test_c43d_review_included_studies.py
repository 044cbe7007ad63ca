"""Kind: a record that names itself a review lists the studies it included ("nine
studies met the criteria: four randomised trials, one chart review and two case series");
the designs in that list are its literature, not its own design, so it stays a review and
closes no gap with the trials it counts.

Round 43, c43d; shown by preprints41 PPR5800009 ("Low-dose naltrexone for depression: a
systematic review of trials, open-label studies and case series", read as an rct).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

_RECORD_TITLE = (
    "Low-dose naltrexone for depression: a systematic review of trials, open-label studies "
    "and case series"
)
_RECORD = (
    "Low-dose naltrexone (LDN) is discussed in patient communities as a treatment for "
    "depression, yet the evidence has not been synthesised. We searched MEDLINE, Embase, "
    "PsycINFO, Europe PMC preprints and trial registries to June 2026 for studies of "
    "naltrexone at doses of 6 mg/day or less in people with depressive disorders. Nine studies "
    "met the criteria: four randomised trials (12 to 148 participants), two open-label "
    "studies, one chart review and two case series. Trials enrolled patients on dopaminergic, "
    "serotonergic and serotonin-noradrenaline antidepressants, and one pilot compared three "
    "doses (0.5, 2 and 4.5 mg). Risk of bias was high or unclear in most. LDN may have a small "
    "benefit as augmentation, but certainty is very low."
)


def _no_gap(title: str, abstract: str) -> None:
    f = facts(title, abstract, ())
    assert f.design == "review"
    assert f.n is None
    assert f.ldn_doses_mg == []


def test_the_record_is_a_review() -> None:
    _no_gap(_RECORD_TITLE, _RECORD)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at low doses in depressive disorders: a scoping review",
            "We searched PubMed and Scopus to March 2026. Eleven reports fulfilled our "
            "eligibility criteria: three randomised trials of 40 to 120 patients, a "
            "retrospective cohort and seven case reports. Most trials added 4.5 mg to SSRIs.",
        ),
        (
            "Low-dose naltrexone augmentation in treatment-resistant depression: a literature "
            "review",
            "Databases were searched for naltrexone 1-6 mg in depression. We included 7 "
            "studies: two placebo-controlled trials, a registry analysis, a chart review and "
            "three case series, with doses from 1 to 4.5 mg daily.",
        ),
        (
            "Opioid modulation with low-dose naltrexone for low mood: a systematic review",
            "Twelve published studies were included (two RCTs with 96 and 60 participants, "
            "four cohort studies and six case reports). Doses of 1.5, 3 and 4.5 mg were "
            "compared in one trial taking sertraline.",
        ),
    ],
)
def test_probes_a_review_listing_its_included_designs_stays_a_review(
    title: str, abstract: str
) -> None:
    _no_gap(title, abstract)


def test_near_miss_a_chart_review_of_patients_stays_observational() -> None:
    """Patients meeting criteria are a cohort's own people, not included studies."""
    f = facts(
        "Low-dose naltrexone added to antidepressants: a retrospective chart review",
        "Methods: We reviewed the medical records of adults with major depression prescribed "
        "naltrexone 4.5 mg. Forty-six patients met the inclusion criteria.\n"
        "Results: PHQ-9 scores fell by a mean of 5 points.",
        JOURNAL,
    )
    assert f.design == "observational"
    assert f.n == 46


def test_near_miss_a_trial_counting_its_sites_stays_a_trial() -> None:
    """A trial's own randomisation is its design, whatever it says about other studies."""
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression: a randomised trial",
        "Methods: We randomised 88 adults with major depressive disorder on escitalopram to "
        "naltrexone 2 mg or placebo for 8 weeks; three earlier studies had met similar "
        "criteria.\nResults: MADRS fell more with naltrexone (p = 0.02).",
        ("Randomized Controlled Trial",),
    )
    assert f.design == "rct"
    assert f.n == 88
