"""Kind: a derived report (a subgroup of a trial, a secondary or biomarker analysis) counts
its own analysed people, picked out of the parent's ("from the 152 randomised participants,
we analysed the 41 who were taking an SNRI"; "of 96 randomized, 52 had CRP measured"), not
the parent's total; and a title naming it "X subgroup of the Y trial" makes it derived.

Round 43, c43d; shown by holdout151 16600032 ("... SNRI subgroup of the SERENAL trial", n
read 152, label 41) and holdout149 16400022 ("... secondary analysis of a randomized
placebo-controlled trial", n read 96, label 52).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

_SNRI_TITLE = (
    "Low-dose naltrexone added to serotonin-noradrenaline reuptake inhibitors: SNRI subgroup "
    "of the SERENAL trial"
)
_SNRI = (
    "Objective: Noradrenergic mechanisms may interact with opioid antagonism. Methods: From "
    "the 152 randomised SERENAL participants, we analysed the 41 who were taking venlafaxine "
    "or duloxetine at baseline (naltrexone 4.5 mg, n = 20; placebo, n = 21). Results: MADRS "
    "change favoured LDN by 4.1 points (95% CI -8.9 to 0.7). Conclusion: Findings in "
    "SNRI-treated patients were consistent with the main trial."
)
_CRP_TITLE = (
    "Baseline C-reactive protein and response to low-dose naltrexone augmentation: secondary "
    "analysis of a randomized placebo-controlled trial"
)
_CRP = (
    "We analysed participants of a completed 10-week trial of naltrexone 4.5 mg versus "
    "placebo added to escitalopram, sertraline or duloxetine in major depressive disorder "
    "(NCT06630114) who provided a baseline blood sample. Of 96 randomized, 52 had "
    "high-sensitivity CRP measured (27 LDN, 25 placebo). Among those with CRP >= 3 mg/L, the "
    "LDN-placebo difference in MADRS change was -6.0 points; it was -1.1 with CRP < 3 mg/L "
    "(interaction p = 0.03)."
)


def test_the_snri_subgroup_counts_its_41() -> None:
    f = facts(_SNRI_TITLE, _SNRI, RCT)
    assert f.design == "rct"
    assert f.n == 41
    g = gaps(_SNRI_TITLE, _SNRI, RCT)
    assert "larger-trials" not in g
    assert g.get("serotonergic-combination") == "addressed"


def test_the_crp_analysis_counts_its_52() -> None:
    assert facts(_CRP_TITLE, _CRP, RCT).n == 52


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone with sertraline: the older-adult subgroup of the NALT-AGE trial",
            "Methods: Of the 180 randomised adults with major depression on sertraline, we "
            "examined only the 33 participants aged 65 or over (naltrexone 2 mg, 17; "
            "placebo, 16).\nResults: MADRS change did not differ.",
            33,
        ),
        (
            "Anhedonia after naltrexone 3 mg: secondary analysis of a placebo-controlled trial "
            "in major depression",
            "Of 120 randomized, 47 had SHAPS anhedonia assessed at both visits because the "
            "scale was added late. SHAPS fell more with naltrexone (p = 0.04).",
            None,
        ),
        (
            "Cortisol and low-dose naltrexone in depression: a post hoc analysis of a "
            "randomised trial",
            "From the 88 randomised participants on escitalopram, 61 had salivary cortisol "
            "assayed at baseline and week 8. Cortisol did not change with naltrexone 4.5 mg.",
            61,
        ),
        (
            "Low-dose naltrexone in treatment-resistant depression: the bupropion subsample "
            "of a randomised trial",
            "Methods: We included the 29 patients taking bupropion out of 130 randomised to "
            "naltrexone 1 mg twice daily or placebo.\nResults: Response was 40% vs 21%.",
            29,
        ),
    ],
)
def test_probes_a_derived_report_counts_its_own_people(
    title: str, abstract: str, n: int | None
) -> None:
    f = facts(title, abstract, RCT)
    if n is None:
        assert f.n != 120
    else:
        assert f.n == n


def test_near_miss_a_trial_analysing_all_its_people_keeps_its_size() -> None:
    """A trial's own report that "analysed the 150 who were randomised" is its size."""
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
    abstract = (
        "Methods: We randomised 150 adults with major depression on an SSRI to naltrexone "
        "4.5 mg or placebo; we analysed the 150 who were randomised (intention to treat).\n"
        "Results: MADRS fell more with naltrexone (p = 0.01)."
    )
    f = facts(title, abstract, RCT)
    assert f.n == 150
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"


def test_near_miss_a_subgroup_mentioned_inside_a_trial_report_is_not_derived() -> None:
    """A main report naming the trial's subgroup keeps its randomised total."""
    title = "Low-dose naltrexone added to SNRIs in major depression: a randomised trial"
    abstract = (
        "Methods: We randomised 140 adults with major depressive disorder on venlafaxine or "
        "duloxetine to naltrexone 4.5 mg or placebo for 12 weeks.\n"
        "Results: MADRS fell by 3.2 more points with naltrexone; the venlafaxine subgroup of "
        "the trial responded similarly."
    )
    f = facts(title, abstract, JOURNAL)
    assert f.n == 140
