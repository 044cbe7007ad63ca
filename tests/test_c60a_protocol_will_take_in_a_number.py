"""A protocol's planned size said as its own act of taking people in, with a bare number
as the object ("allowing 20% attrition we will recruit 52", "we plan to enrol 96", "the
trial will randomise approximately 120"), is its n, above the evaluable sample its power
calculation names; a results paper's or another trial's plan is not.

Round 60, c60a; shown by holdout212 23700022 ("Dose-finding study of low-dose naltrexone
(1, 2.5 and 4.5 mg) in bupropion-treated depress...: protocol", n None for 52: a missed
larger-trials "in progress").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

RECORD = (
    "Dose-finding study of low-dose naltrexone (1, 2.5 and 4.5 mg) in bupropion-treated "
    "depression: protocol",
    "Aims: To identify the most promising LDN dose for a phase 3 trial.\nDesign: Randomised, "
    "double-blind, four-arm, placebo-controlled dose-finding trial. Adults with major "
    "depression taking bupropion XL will receive naltrexone 1 mg, 2.5 mg or 4.5 mg, or "
    "placebo, daily for 8 weeks.\nSample size: Assuming a slope of 0.8 MADRS points per mg, 42 "
    "evaluable participants give 80% power; allowing 20% attrition we will recruit 52.\n"
    "Outcomes: MADRS, SHAPS and plasma beta-endorphin.",
)

PROBES = [
    (
        "Low-dose naltrexone added to sertraline in major depression: protocol for a randomised "
        "trial",
        "Methods: Adults with major depressive disorder on sertraline will be randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. Forty participants per arm give 85% power; "
        "to allow for dropout we plan to enrol 96.",
        96,
    ),
    (
        "Two doses of low-dose naltrexone with escitalopram in depression: study protocol",
        "We will recruit 64 (32 per arm) adults with major depression taking escitalopram and "
        "randomise them to naltrexone 1.5 mg or 4.5 mg.",
        64,
    ),
    (
        "Low-dose naltrexone in depression",
        "Background: LDN may help depression. Methods: The trial will randomise approximately "
        "120. Adults with major depression on venlafaxine will take naltrexone 2 mg or placebo.",
        120,
    ),
]


def test_the_record() -> None:
    assert facts(*RECORD, PROTOCOL).n == 52
    assert gaps(*RECORD, PROTOCOL).get("larger-trials") == "in_progress"


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n


def test_a_results_papers_next_trial_is_not_its_size() -> None:
    record = (
        "Low-dose naltrexone in major depression: a randomised trial",
        "We randomised 30 adults with major depression on citalopram to naltrexone 4.5 mg or "
        "placebo. Mood improved; we will recruit 200 in a confirmatory trial.",
    )
    assert facts(*record, RCT).n == 30
    assert "larger-trials" not in gaps(*record, RCT)


# Round 61 (c61r) repair: a number written with a thousands comma is the whole number, not
# its first digits followed by a comma (holdout77 28100012 "We plan to randomise 1,204
# patients from 80 health centres", holdout17 88100049 "We plan to include 1,000 patients
# and follow them for 12 months", holdout180 19900008 "We aim to enrol 1,200 adults with
# major depressive disorder who start LDN": read as n = 1).
GROUPED = [
    (
        "Low-dose naltrexone added to usual antidepressant treatment in primary care (LINDA): "
        "protocol for a nationwide registry-based randomised pragmatic trial",
        "Methods and analysis: Adults with a moderate depressive episode who remain symptomatic "
        "after 8 weeks of antidepressant treatment, predominantly SSRIs, will be randomised 1:1 "
        "to LDN 4.5 mg daily added to usual treatment or usual treatment alone. We plan to "
        "randomise 1,204 patients from 80 health centres.",
        1204,
    ),
    (
        "Low-dose naltrexone in routine care for depression: protocol for a prospective cohort",
        "Methods and analysis: Adults with a current major depressive episode for whom their "
        "clinician has decided to prescribe LDN will be invited. We plan to include 1,000 "
        "patients and follow them for 12 months.",
        1000,
    ),
    (
        "Naltrexone 3 mg with duloxetine in depression: study protocol",
        "We will recruit 2,400, allowing for 10% attrition, from 40 clinics; adults with major "
        "depression on duloxetine will take naltrexone 3 mg or placebo.",
        2400,
    ),
    (
        "Low-dose naltrexone with bupropion in depression: trial protocol",
        "Adults with major depression taking bupropion will be randomised to naltrexone 1.5 mg "
        "or placebo. The trial will randomise about 1,500.",
        1500,
    ),
]


@pytest.mark.parametrize("title,abstract,n", GROUPED)
def test_a_grouped_number_is_the_whole_number(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n
