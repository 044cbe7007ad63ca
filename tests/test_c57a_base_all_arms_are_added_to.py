"""Kind: what every arm of a trial is added to ("X versus placebo added to SSRIs or SNRIs",
"X or placebo as an adjunct to venlafaxine", "... in addition to their sertraline") is the
people's own antidepressant, taken together with the watched drug, even where the sentence
calls the trial randomised and counts its arms ("(LDN 29, placebo 32)"): the "to" of "added
to" opens no list of arms, so the antidepressant is no comparator arm (CONTRACT.md,
"concomitant_classes": a comparator arm does not count; the base every arm keeps does).
A derived report whose sentence describes its parent this way takes the parent's
co-medication for the parent's people.

Round 57, c57a; the record that showed it: preprints53 PPR4600003 ("Inflammation as a
moderator of response to low-dose naltrexone augmentation: a secondary analysis of the
NALT-AUG randomised trial": classes [] instead of serotonergic + noradrenergic, "SSRI, SNRI
only in the comparator arm").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps, judge_preprint, preprint

TITLE = (
    "Inflammation as a moderator of response to low-dose naltrexone augmentation: a secondary "
    "analysis of the NALT-AUG randomised trial"
)
RECORD = (
    "Low-grade inflammation has been hypothesised to mark patients who benefit from "
    "opioid-system modulation. In this pre-specified secondary analysis of NALT-AUG "
    "(NCT06240318), a 12-week randomised trial of low-dose naltrexone 4.5 mg nightly versus "
    "placebo added to SSRIs or SNRIs in major depressive disorder, we analysed the 61 "
    "participants with baseline high-sensitivity CRP ≥ 3 mg/L (LDN 29, placebo 32). Among "
    "them, the LDN-placebo difference in MADRS change was −6.2 points (95% CI −10.3 to −2.1), "
    "compared with −1.4 in participants with lower CRP (interaction p = 0.04). Interleukin-6 "
    "showed the same direction. If replicated, CRP could help select depressed patients for "
    "LDN augmentation."
)


def test_the_record() -> None:
    f, g = judge_preprint(preprint(TITLE, RECORD))
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert g["serotonergic-combination"] == "addressed"


PRIMARY_T = "Low-dose naltrexone augmentation in major depressive disorder: a randomised trial"
DERIVED_T = "Sleep outcomes in the LIFT-MOOD randomised trial: a post hoc analysis"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "classes"),
    [
        # the record's own words, in a labelled methods section of a journal article
        (
            DERIVED_T,
            "Methods: In this post hoc analysis of LIFT-MOOD, a 10-week randomised trial of "
            "naltrexone 2 mg daily versus placebo added to escitalopram in major depressive "
            "disorder, we analysed the 84 participants with sleep diaries (naltrexone 41, "
            "placebo 43).\nResults: Sleep onset latency shortened with naltrexone; HAM-D "
            "improved more with naltrexone.",
            JOURNAL,
            {"serotonergic"},
        ),
        # the opening sentence of an unlabelled abstract, told as an adjunct
        (
            DERIVED_T,
            "LIFT-MOOD randomised 96 adults with major depressive disorder to low-dose "
            "naltrexone 3 mg or placebo as an adjunct to venlafaxine (LDN 48, placebo 48). In "
            "this post hoc analysis we examined sleep. HAM-D improved more with naltrexone.",
            JOURNAL,
            {"serotonergic", "noradrenergic"},
        ),
        # a primary trial's methods, the base told "in addition to"
        (
            PRIMARY_T,
            "Methods: In a randomised trial of naltrexone 4.5 mg versus placebo in addition to "
            "their sertraline, 70 adults with major depressive disorder took part (naltrexone "
            "35, placebo 35).\nResults: MADRS fell more with naltrexone.",
            RCT,
            {"serotonergic"},
        ),
        # a primary trial's results sentence
        (
            PRIMARY_T,
            "Background: Augmentation options are few.\nMethods: Adults with major depressive "
            "disorder were enrolled at four sites.\nResults: Of the 88 randomised to "
            "naltrexone 1.5 mg versus placebo added to duloxetine (naltrexone 44, placebo 44), "
            "80 completed; MADRS fell more with naltrexone.",
            RCT,
            {"serotonergic", "noradrenergic"},
        ),
    ],
)
def test_the_base_every_arm_is_added_to(
    title: str, abstract: str, types: tuple[str, ...], classes: set[str]
) -> None:
    f = facts(title, abstract, types)
    assert set(f.concomitant_classes) == classes
    assert gaps(title, abstract, types)["serotonergic-combination"] == "addressed"


def test_an_antidepressant_arm_stays_a_comparator() -> None:
    abstract = (
        "Methods: 80 adults with major depressive disorder were randomised to escitalopram "
        "10 mg or to naltrexone 4.5 mg added to psychotherapy.\nResults: MADRS fell "
        "similarly with naltrexone and escitalopram."
    )
    assert facts(PRIMARY_T, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(PRIMARY_T, abstract, RCT)
