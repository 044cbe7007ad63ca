"""Kind: a count of people per site (per centre, clinic, practice or hospital), or one end
of a range of them ("9 to 31 participants per site"), is a share of the sample by where it
was recruited: never the study's n, and never multiplied by its arms. The study's own size
said in a Lancet-style "Findings:" or "Interpretation:" section ("In this trial of 187
patients") is then the n; with no such size, n stays unknown (no false "addressed").

Round 57, c57b; the record that showed it: holdout201 22500013 ("Naltrexone 3 mg as
adjunct to ongoing antidepressant treatment: a pragmatic, multisite, placebo-controlled
trial": n 187, read as 62 = 31 per site x 2 arms).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Naltrexone 3 mg as adjunct to ongoing antidepressant treatment: a pragmatic, multisite, "
    "placebo-controlled trial"
)
TYPES = ("Journal Article", "Randomized Controlled Trial", "Multicenter Study")
RECORD = (
    "Background: Opioid modulation is a candidate augmentation strategy in depression.\n"
    "Methods: Across 14 community mental-health sites (9 to 31 participants per site), adults "
    "with a major depressive episode and PHQ-9 \u2265 15 after at least 8 weeks of antidepressant "
    "treatment were randomly assigned to naltrexone 3 mg or placebo once daily for 16 weeks, "
    "continuing their current antidepressant (an SSRI in 102, an SNRI in 54 and bupropion in "
    "31).\n"
    "Findings: PHQ-9 at 16 weeks was 1.9 points lower with naltrexone (95% CI 0.4 to 3.4). "
    "Serious adverse events were rare (3 vs 4).\n"
    "Interpretation: In this trial of 187 patients, low-dose naltrexone gave a small benefit "
    "over placebo regardless of antidepressant class."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TYPES)
    assert f.n == 187
    assert gaps(TITLE, RECORD, TYPES)["larger-trials"] == "addressed"


T = "Low-dose naltrexone added to antidepressants: a multicentre randomised trial"
FINDINGS = "Findings: MADRS at 12 weeks was 2.3 points lower with naltrexone (95% CI 0.5 to 4.1)."


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: At 11 primary-care practices (6 to 28 patients per practice), adults with "
            "major depression on an SSRI were randomised to naltrexone 4.5 mg or placebo for 12 "
            "weeks.\n" + FINDINGS + "\nInterpretation: In this trial of 164 adults, adjunctive "
            "naltrexone helped modestly.",
            164,
        ),
        (
            "Methods: Across nine centres (between 8 and 30 participants per centre), depressed "
            "outpatients taking venlafaxine were randomly assigned to naltrexone 2 mg or "
            "placebo.\n" + FINDINGS + "\nInterpretation: This multicentre trial in 142 "
            "outpatients shows a small benefit of naltrexone.",
            142,
        ),
        # an unlabelled abstract, the size in its last sentence
        (
            "Adults with major depression on sertraline at 10 sites (5-22 per site) were "
            "randomised to naltrexone 4.5 mg or placebo for 12 weeks. MADRS fell 2 points more "
            "with naltrexone. In this trial of 133 patients, low-dose naltrexone helped.",
            133,
        ),
        # the size in the findings
        (
            "Methods: Twelve hospitals (up to 25 participants per hospital) randomised adults "
            "with bipolar depression on lamotrigine to naltrexone 3 mg or placebo.\nFindings: "
            "Of 205 participants randomised, 190 completed; MADRS fell 2 points more with "
            "naltrexone.\nInterpretation: Naltrexone was safe and modestly effective.",
            205,
        ),
    ],
)
def test_the_trial_size_not_a_site_share(abstract: str, n: int) -> None:
    assert facts(T, abstract, RCT).n == n
    assert gaps(T, abstract, RCT)["larger-trials"] == "addressed"


@pytest.mark.parametrize(
    "abstract",
    [
        # per-site counts only: n unknown, not per site times the arms
        "Methods: At 14 sites (9 to 31 participants per site), adults with major depression on "
        "an SSRI were randomised to naltrexone 3 mg or placebo.\n" + FINDINGS + "\n"
        "Interpretation: Low-dose naltrexone gave a small benefit.",
        "Methods: At 14 sites (30 participants per site), adults with major depression on an "
        "SSRI were randomised to naltrexone 3 mg or placebo.\n" + FINDINGS + "\n"
        "Interpretation: Low-dose naltrexone gave a small benefit.",
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 3 mg or "
        "placebo at eight clinics, 26 patients per clinic.\n" + FINDINGS,
        # a future trial's size in the interpretation is not this one's
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 3 mg or "
        "placebo.\n" + FINDINGS + "\nInterpretation: A future trial of 300 patients is needed "
        "to confirm these findings.",
    ],
)
def test_no_size_no_addressed(abstract: str) -> None:
    assert facts(T, abstract, RCT).n is None
    assert "larger-trials" not in gaps(T, abstract, RCT)


def test_per_arm_still_multiplies() -> None:
    abstract = (
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 3 mg or "
        "placebo, 32 participants per arm.\n" + FINDINGS
    )
    assert facts(T, abstract, RCT).n == 64
    small = (
        "Methods: Forty adults with major depression on an SSRI were randomised to naltrexone "
        "3 mg or placebo.\n" + FINDINGS + "\nInterpretation: In this trial of 40 patients, "
        "naltrexone helped; a trial of 300 patients is needed."
    )
    assert facts(T, small, RCT).n == 40


def test_a_protocol_per_site_is_no_total() -> None:
    abstract = (
        "Methods and analysis: Six sites will each randomise 20 adults with major depression "
        "taking an SSRI to naltrexone 4.5 mg or placebo."
    )
    assert facts("LDN-MULTI: protocol of a randomised trial", abstract, PROTOCOL).n == 120
