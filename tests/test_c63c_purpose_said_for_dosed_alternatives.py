"""An antidepressant the record gives for another condition stays given for it: a purpose
said after alternatives that carry their own doses ("duloxetine 60 mg or amitriptyline
10-25 mg at night prescribed for fibromyalgia pain") covers every alternative, and a later
clause naming the watched condition ("treated with duloxetine or amitriptyline for pain,
and many have depressive symptoms") does not make the drug given for it (round 63, c63c;
shown by preprints57 PPR4200008, a fibromyalgia trial whose duloxetine gave it false
serotonergic and noradrenergic classes). Drugs joined by "and", each with its dose, may
be for two purposes, and a purpose that names the condition still gives it for the
condition."""

from __future__ import annotations

import pytest
from written import RCT, facts, judge_preprint, preprint

TITLE = (
    "Low-dose naltrexone for pain and depressive symptoms in fibromyalgia patients taking "
    "duloxetine: a randomised controlled trial"
)
RECORD = (
    "<h4>Background</h4>Most people with fibromyalgia are treated with duloxetine or "
    "amitriptyline for pain, and many have depressive symptoms. We tested whether low-dose "
    "naltrexone (LDN) adds to this background treatment.<h4>Methods</h4>Women and men "
    "meeting the 2016 ACR fibromyalgia criteria with average pain of 5/10 or more, on stable "
    "background duloxetine 60 mg or amitriptyline 10-25 mg at night prescribed for "
    "fibromyalgia pain, were randomised to naltrexone 4.5 mg or placebo for 12 weeks. "
    "Co-primary outcomes were pain intensity and the Beck Depression Inventory-II (BDI-II)."
    "<h4>Results</h4>A total of 120 participants were randomised. Pain improved more with "
    "LDN (difference -0.9 points, 95% CI -1.5 to -0.3); BDI-II fell by 5.2 vs 2.9 points "
    "(p = 0.04).<h4>Conclusions</h4>LDN added to duloxetine or amitriptyline improved pain "
    "and depressive symptoms in fibromyalgia."
)


def test_record() -> None:
    f, gaps = judge_preprint(preprint(TITLE, RECORD))
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a depressed sample, the purpose after two dosed alternatives in the methods
        (
            "Low-dose naltrexone in major depression: a randomised trial",
            "Methods: 64 adults with major depressive disorder (MADRS >= 20), antidepressant-"
            "free apart from venlafaxine 37.5 mg or nortriptyline 10 mg/day taken for "
            "neuropathic pain, were randomised to naltrexone 4.5 mg or placebo.\n"
            "Results: MADRS fell more with naltrexone.",
        ),
        # an unlabelled abstract, "and/or", a bracket after the first dose
        (
            "Naltrexone 3 mg for depressive symptoms in chronic migraine: a randomized trial",
            "Ninety adults with chronic migraine taking amitriptyline 25 mg (at night) and/or "
            "nortriptyline 10-20 mg as migraine prophylaxis to treat headache were randomized "
            "to naltrexone 3 mg or placebo; the PHQ-9 was a secondary outcome.",
        ),
        # the purpose first, a clause naming depression after it in the background
        (
            "Low-dose naltrexone in chronic back pain: a randomized trial",
            "Background: Patients with back pain often take duloxetine for pain, and "
            "depression is common among them.\n"
            "Methods: 75 adults with chronic back pain on duloxetine were randomized to LDN "
            "4.5 mg or placebo; the BDI-II was a secondary outcome.\n"
            "Results: Pain improved with LDN.",
        ),
    ],
)
def test_probes_give_no_class(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == []


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # "and" with doses: the SSRI is the depression's, only trazodone is for insomnia
        (
            "Low-dose naltrexone augmentation in major depression: a randomized trial",
            "Methods: 66 adults with major depressive disorder (HAM-D >= 18) on sertraline "
            "100 mg and trazodone 50 mg for insomnia were randomized to naltrexone 4.5 mg or "
            "placebo.\nResults: HAM-D fell more with naltrexone.",
            ["serotonergic"],
        ),
        # a purpose that names the condition, without a clause break
        (
            "Low-dose naltrexone augmentation in major depression: a randomized trial",
            "Methods: 58 adults with major depressive disorder (MADRS >= 20) on duloxetine, "
            "prescribed for pain and depression, were randomized to naltrexone 4.5 mg or "
            "placebo.\nResults: MADRS fell more with naltrexone.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_near_misses_keep_their_class(title: str, abstract: str, classes: list[str]) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes
