"""Other trials someone plans, named in the plural without an article ("Larger
dose-comparison trials combining LDN with SSRIs or SNRIs are planned", "placebo-controlled
studies adding X to venlafaxine are now planned"), and a cited earlier trial opened by "A
previous ... trial", are not the study's own: their drugs, doses and sizes leak no class,
dose or n into it. Round 51, c51a; shown by holdout177 19600018 (an open-label study of
LDN 4.5 mg in 16 patients on bupropion; classes expected ['dopaminergic'], false
serotonergic "addressed"). The study's own co-medication still counts, and "as planned"
or a trial planned to enrol its own people is not someone else's plan."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

RECORD = (
    "Low-dose naltrexone 4.5 mg for depression on bupropion: a pilot open-label study",
    "Background: A previous randomised trial in 120 patients compared naltrexone 2 mg and "
    "4.5 mg with SSRIs and found a dose-response. Whether LDN helps patients on dopaminergic "
    "regimens is less clear.\n"
    "Methods: Sixteen adults with MDD on bupropion received open-label naltrexone 4.5 mg "
    "nightly for 8 weeks.\n"
    "Results: QIDS-SR fell from 16.2 to 10.8.\n"
    "Conclusions: Larger dose-comparison trials combining LDN with SSRIs or SNRIs are planned.",
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        RECORD,
        # probes: other drugs, numbers and word orders
        (
            "Naltrexone 3 mg added to methylphenidate in depression: an open trial",
            "Methods: Twenty-two adults with major depressive disorder taking methylphenidate "
            "received naltrexone 3 mg daily for 10 weeks.\n"
            "Results: MADRS fell from 27 to 17.\n"
            "Conclusions: Placebo-controlled studies adding naltrexone to venlafaxine or "
            "sertraline are now planned.",
        ),
        (
            "Low-dose naltrexone with bupropion for treatment-resistant depression",
            "Methods: We treated 18 outpatients with treatment-resistant depression on "
            "bupropion with naltrexone 1 mg twice daily in an open-label trial.\n"
            "Results: Eight responded.\n"
            "Conclusions: Larger, placebo-controlled trials of 1 mg versus 4.5 mg in patients "
            "taking escitalopram or duloxetine are in preparation.",
        ),
        (
            "Open-label low-dose naltrexone in depressed patients on stimulants",
            "Methods: Fourteen adults with major depression on lisdexamfetamine took "
            "naltrexone 4.5 mg nightly. A previous randomised trial in 90 patients tested "
            "naltrexone 1 mg and 3 mg alongside fluoxetine.\n"
            "Results: HAM-D fell by 7 points.\n"
            "Conclusions: Multi-site comparisons in SSRI users are due to start in 2027.",
        ),
    ],
)
def test_planned_and_cited_trials_leak_nothing(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.compares_doses is False
    assert "serotonergic-combination" not in gaps(title, abstract, TRIAL)
    assert "larger-trials" not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # near misses: the study's own co-medication, a plan of its own
        (
            "Low-dose naltrexone added to sertraline in depression: a randomised trial",
            "Methods: Sixty adults with major depressive disorder on sertraline were "
            "randomised to naltrexone 4.5 mg or placebo, as planned.\n"
            "Results: MADRS fell by 5 points more with naltrexone.\n"
            "Conclusions: Larger trials are needed.",
            ["serotonergic"],
        ),
        (
            "Naltrexone 2 mg with venlafaxine for depression: a randomised trial",
            "Methods: Seventy adults with major depression taking venlafaxine were randomised "
            "to naltrexone 2 mg or placebo; interim analyses of both arms are planned to "
            "follow.\nResults: HAM-D fell by 4 points more with naltrexone.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_own_co_medication_stands(title: str, abstract: str, classes: list[str]) -> None:
    assert sorted(facts(title, abstract, RCT).concomitant_classes) == classes
    assert gaps(title, abstract, RCT)["serotonergic-combination"] == "addressed"
