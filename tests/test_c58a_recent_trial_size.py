"""Another study's size, told as "a recent ... trial" (a cited study of others, in an
objectives, background or introduction section or an unlabelled opening), is never this
study's n; the study's own count (a "Participants:" section's count in words, a methods
count) is. Round 58, c58a; shown by holdout202 22600017 ("A recent multicentre trial
randomised 120 younger adults to LDN or sertraline" in "Objectives:", "Thirty-eight adults
aged 60 or over ..." in "Participants:"; n 120 gave a false larger-trials "addressed")."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone monotherapy for late-life depression with apathy: a pilot "
    "randomised placebo-controlled trial"
)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # the record's wording
        (
            TITLE,
            "Objectives: Apathy in late-life depression predicts poor antidepressant response. "
            "Opioid modulation may address reward deficits. A recent multicentre trial "
            "randomised 120 younger adults to LDN or sertraline; older adults with apathy have "
            "not been studied.\nDesign: Pilot randomised, double-blind, placebo-controlled "
            "trial.\nParticipants: Thirty-eight adults aged 60 or over with major depressive "
            "disorder and clinically significant apathy (Apathy Evaluation Scale 38 or higher), "
            "not taking antidepressants.\nIntervention: Naltrexone started at 0.5 mg and "
            "increased over 3 weeks to 4.5 mg nightly, or placebo, for 10 weeks.\nResults: "
            "Apathy scores improved more with naltrexone (-6.8 vs -2.9; p=0.04).\nConclusions: "
            "LDN may reduce apathy in late-life depression; a larger trial is needed.",
            38,
        ),
        # probes: the cited study in a background section, other numbers and drugs
        (
            "Low-dose naltrexone for treatment-resistant depression: a randomised trial",
            "Background: Two recent open-label studies gave naltrexone 4.5 mg to 210 patients "
            "taking escitalopram.\nMethods: Forty-four adults with major depressive disorder "
            "were randomised to LDN 4.5 mg or placebo for 8 weeks.\nResults: MADRS fell more "
            "with LDN.",
            44,
        ),
        # ... in an introduction, the recent trial's count after its verb
        (
            "Naltrexone 3 mg for depression: a placebo-controlled pilot",
            "Introduction: In a recent trial, 150 adults with depression received bupropion or "
            "naltrexone.\nParticipants: Twenty-six adults with major depressive disorder.\n"
            "Intervention: Naltrexone 3 mg or placebo nightly for 6 weeks.\nResults: HAM-D "
            "change did not differ.",
            26,
        ),
        # ... in an unlabelled opening
        (
            "Low-dose naltrexone for depression in young adults: a randomised trial",
            "A recently published multicentre RCT enrolled 300 adults to naltrexone 4.5 mg or "
            "venlafaxine. We randomised 52 adults aged 18-25 with major depressive disorder to "
            "LDN 4.5 mg or placebo for 12 weeks. Depression scores improved more with LDN.",
            52,
        ),
        # ... in an objectives section, the cited trial's count in words
        (
            "Low-dose naltrexone in postpartum depression: a randomised pilot trial",
            "Objectives: The most recent trial randomised two hundred women to LDN or "
            "sertraline; postpartum women were excluded.\nMethods: Thirty women with postpartum "
            "major depression were randomised to naltrexone 1.5 mg or placebo.\nResults: EPDS "
            "improved in both groups.",
            30,
        ),
    ],
)
def test_cited_recent_trial_size_is_not_the_study_n(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # near misses: the study's own size stays, however "recent" stands near it
        (
            "Low-dose naltrexone for major depression: a randomised trial",
            "Methods: In this recent trial we randomised 140 adults with major depressive "
            "disorder to naltrexone 4.5 mg or placebo.\nResults: MADRS fell by 9.1 vs 5.2.",
            140,
        ),
        (
            "Low-dose naltrexone for major depression: a randomised trial",
            "Methods: Adults with a recent major depressive episode (n = 128) were randomised "
            "to naltrexone 4.5 mg or placebo.\nResults: MADRS fell more with LDN.",
            128,
        ),
    ],
)
def test_own_size_stays(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
