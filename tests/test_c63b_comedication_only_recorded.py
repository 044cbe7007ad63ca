"""Kind: antidepressants a cohort or registry will only record, as one item in the list of
data it collects ("Dose, concomitant antidepressants (including SSRIs and SNRIs) and PHQ-9
will be recorded"), are data, not a co-treatment its people are said to take: no classes.

Round 63, c63b. Shown by holdout224 25000027 (the LDN-Mood Registry protocol) and holdout72
33100036 (the LDN-Dose Registry protocol), both read as [nor, ser] (+ dop) from the list.
The near misses keep their classes: a cohort whose people start LDN on an SSRI, a trial
adding LDN to sertraline whose scores are recorded, and drugs reported as recorded *in*
a share of the people (a finding: they took them).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, facts, judge_registration, registration

REGISTRY = "The LDN-Mood Registry: protocol for a prospective multicentre registry of low-dose naltrexone in depressive disorders"


@pytest.mark.parametrize(
    "title, abstract",
    [
        # the record's wording (holdout224 25000027)
        (
            REGISTRY,
            "Introduction: Low-dose naltrexone (LDN) is increasingly prescribed off-label for "
            "depression, but real-world outcome data are scarce.\n"
            "Methods and analysis: The LDN-Mood Registry will enrol an anticipated 500 adults "
            "with a depressive disorder who are prescribed LDN by their treating clinician at "
            "20 sites over 3 years, and follow them for 12 months. Dose, concomitant "
            "antidepressants (including SSRIs and SNRIs) and PHQ-9 will be recorded at 5 time "
            "points. No treatment is assigned by the study.\n"
            "Ethics and dissemination: Findings will be shared with participants and clinicians.",
        ),
        # holdout72 33100036's list, with bupropion
        (
            "The LDN-Dose Registry: protocol for a prospective multicentre cohort study of "
            "low-dose naltrexone doses and outcomes in depressive disorders",
            "Methods: The LDN-Dose Registry is a prospective, observational cohort study at 14 "
            "psychiatric outpatient services. Adults with a depressive episode for whom their "
            "psychiatrist has decided to prescribe LDN will be followed for 12 months. Dose, "
            "co-medication (including SSRIs, SNRIs and bupropion) and PHQ-9 will be recorded at "
            "each visit. We aim to recruit 600 patients.",
        ),
        # in an unlabelled abstract, named drugs, no brackets, other words for recording
        (
            "Outcomes of low-dose naltrexone in routine depression care: protocol of a "
            "prospective cohort",
            "This prospective observational cohort will follow 300 adults with major depression "
            "starting naltrexone 1.5 to 4.5 mg per day as prescribed in routine care. "
            "Sertraline or venlafaxine use, adverse events and MADRS scores will be documented "
            "every three months.",
        ),
        # the list as the opening sentence, the drugs after "e.g."
        (
            "A registry of low-dose naltrexone users with depression: study protocol",
            "Co-medication (e.g. escitalopram, duloxetine, mirtazapine), LDN dose and PHQ-9 "
            "scores will be collected from 400 adults with depression prescribed low-dose "
            "naltrexone in a prospective multicentre registry. The study assigns no treatment.",
        ),
        # in the conclusion of a protocol
        (
            "Low-dose naltrexone for depression in primary care: protocol for a prospective "
            "cohort study",
            "Methods: We will enrol 250 adults with depression whose general practitioner starts "
            "low-dose naltrexone.\n"
            "Discussion: Antidepressant co-medication such as SSRIs, SNRIs or tricyclics and "
            "depressive symptoms are captured at every visit, so that real-world use can be "
            "described.",
        ),
    ],
)
def test_antidepressants_only_recorded_give_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "observational"
    assert f.concomitant_classes == []


def test_a_registrations_recorded_comedication_gives_no_class() -> None:
    f, gaps = judge_registration(
        registration(
            title="Low-dose Naltrexone Depression Registry",
            study_type="OBSERVATIONAL",
            summary=(
                "A prospective registry of 500 adults with depression prescribed low-dose "
                "naltrexone by their clinician. Dose, concomitant antidepressants (including "
                "SSRIs and SNRIs) and PHQ-9 will be recorded every three months."
            ),
            enrollment=500,
            outcomes=("PHQ-9 change at 12 months",),
        )
    )
    assert f.concomitant_classes == []
    assert gaps.get("serotonergic-combination", "no") == "no"


@pytest.mark.parametrize(
    "title, abstract, types, classes",
    [
        # a cohort whose people start LDN added to their SSRI: taken, recorded or not
        (
            "Low-dose naltrexone added to SSRIs in depression: protocol for a prospective cohort",
            "Methods: We will enrol 300 adults with major depression who start low-dose "
            "naltrexone 4.5 mg in addition to their current SSRI. MADRS scores and adverse "
            "events will be recorded every four weeks.",
            JOURNAL,
            ["serotonergic"],
        ),
        # a trial adding LDN to sertraline; its scores are what it records
        (
            "Low-dose naltrexone added to sertraline for major depression: a randomised trial",
            "Methods: 90 adults taking sertraline were randomised to naltrexone 4.5 mg or "
            "placebo for 8 weeks; MADRS and adverse events were recorded.\n"
            "Results: MADRS fell 4 points more with naltrexone.",
            ("Randomized Controlled Trial",),
            ["serotonergic"],
        ),
        # a protocol of a trial in SSRI users: its recorded items do not undo the SSRI
        (
            "Low-dose naltrexone augmentation of escitalopram: protocol for a randomised trial",
            "Methods: 120 adults on escitalopram with major depression will be randomised to "
            "naltrexone 4.5 mg or placebo. Adverse events and MADRS will be recorded weekly.",
            PROTOCOL,
            ["serotonergic"],
        ),
    ],
)
def test_comedication_taken_keeps_its_class(
    title: str, abstract: str, types: tuple[str, ...], classes: list[str]
) -> None:
    assert facts(title, abstract, types).concomitant_classes == classes
