"""Kind: a secondary (post-hoc, subgroup) analysis whose background tells its parent trial
only as "a" trial, right before the report takes its own sample from it ("This post-hoc
analysis included the 38 participants whose ...", "We analysed the 57 participants taking
escitalopram"): the people it keeps are that trial's people, so the LDN dose and the
antidepressant that trial gave are theirs (CONTRACT.md: a derived report carries its own
participants' doses and co-medication).

Round 63, c63b. Shown by holdout212 23700007 ("Anhedonia and response to adjunctive
low-dose naltrexone: a secondary analysis of a randomised trial in SSRI partial
responders", doses [4.5] and classes [ser] read as []) and holdout225 25200013 ("Does
escitalopram moderate the effect of add-on low-dose naltrexone? Secondary analysis of a
randomised trial", doses [4.5] read as []).
"""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "title, abstract, doses, classes",
    [
        # the record's wording (holdout212 23700007)
        (
            "Anhedonia and response to adjunctive low-dose naltrexone: a secondary analysis of "
            "a randomised trial in SSRI partial responders",
            "Background: In a trial of 104 adults randomised to adjunctive low-dose naltrexone "
            "(LDN, 4.5 mg) or placebo alongside escitalopram or sertraline, LDN reduced MADRS "
            "scores.\n"
            "Methods: This post-hoc analysis included the 38 participants whose baseline "
            "Snaith-Hamilton Pleasure Scale score was 3 or more (20 LDN, 18 placebo).\n"
            "Results: SHAPS scores improved by 4.2 points more with LDN than placebo.\n"
            "Conclusions: Anhedonic patients may benefit most.",
            [4.5],
            ["serotonergic"],
        ),
        # holdout225 25200013
        (
            "Does escitalopram moderate the effect of add-on low-dose naltrexone? Secondary "
            "analysis of a randomised trial",
            "Background: In a double blind trial, NTX 4.5 mg was added to serotonin reuptake "
            "inhibitors for partial responders with major depressive disorder.\n"
            "Methods: We analysed the 57 participants taking escitalopram (29 NTX, 28 placebo) "
            "from the parent trial.\n"
            "Results: MADRS change -12.6 vs -7.0 (p=0.01).\n"
            "Conclusion: escitalopram users benefit from LDN augmentation.",
            [4.5],
            ["serotonergic"],
        ),
        # unlabelled; another drug, dose and sample verb
        (
            "Sleep and response to low-dose naltrexone: a subgroup analysis of a randomised trial",
            "In a placebo-controlled trial, 140 adults with major depression taking "
            "venlafaxine were randomised to naltrexone 2 mg nightly or placebo. We selected "
            "the 46 patients with insomnia at baseline. Naltrexone improved MADRS more in "
            "this subgroup.",
            [2.0],
            ["serotonergic", "noradrenergic"],
        ),
        # the sample taken by "this analysis", the parent trial of a dopaminergic regimen
        (
            "Fatigue in a secondary analysis of a trial of low-dose naltrexone with bupropion",
            "Background: In a 12-week randomised trial, naltrexone 3 mg or placebo was added to "
            "bupropion XL in 96 adults with major depressive disorder.\n"
            "Methods: This secondary analysis included all 61 participants with fatigue "
            "scores at both visits.\n"
            "Results: Fatigue improved more with naltrexone.",
            [3.0],
            ["dopaminergic"],
        ),
    ],
)
def test_the_trial_told_before_the_sample_is_the_parent(
    title: str, abstract: str, doses: list[float], classes: list[str]
) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert sorted(f.concomitant_classes) == sorted(classes)


@pytest.mark.parametrize(
    "title, abstract",
    [
        # earlier work by others before the report's own sample: not its parent
        (
            "Anhedonia and low-dose naltrexone: a secondary analysis of a randomised trial",
            "Background: A previous trial of naltrexone 4.5 mg added to sertraline reported "
            "benefit.\n"
            "Methods: This post-hoc analysis included the 40 participants of the NALDEP "
            "monotherapy trial with anhedonia.\n"
            "Results: SHAPS improved more with naltrexone.",
        ),
        # a trial told in the background, the next sentence not the report's sample
        (
            "Inflammation and low-dose naltrexone: a secondary analysis of a randomised trial",
            "Background: In a trial of fibromyalgia, naltrexone 4.5 mg added to duloxetine "
            "reduced pain. Inflammation may explain this.\n"
            "Methods: This post-hoc analysis included the 40 participants of a monotherapy "
            "trial with CRP measured.\n"
            "Results: CRP did not predict response.",
        ),
    ],
)
def test_other_trials_lend_no_comedication(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == []
