"""People selected for depression AND another condition take their antidepressant for the
depression too: a purpose that goes on to the condition as a comorbidity ("for chronic low
back pain with comorbid major depression") includes it, and in a sample selected for a
current depressive episode besides the other condition, the people's standing
antidepressant is not the other condition's treatment because a sentence calls them
"fibromyalgia patients taking bupropion" (round 63, c63c; shown by holdout222 24800031,
whose missed serotonergic-combination verdict came from the title's "duloxetine for chronic
low back pain with comorbid major depression", and holdout221 24700034, whose bupropion was
given to fibromyalgia by its conclusion). A purpose said in the drug's own clause
("amitriptyline up to 10 mg at night for pain") still takes the drug away, and a sample
selected for the other condition only keeps its drugs the other condition's."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# -- the records' wording ---------------------------------------------------------------

BACK_PAIN_TITLE = (
    "Adding low-dose naltrexone to duloxetine for chronic low back pain with comorbid major "
    "depression: a randomised controlled trial"
)
BACK_PAIN = (
    "Objective: Duloxetine treats both pain and depression, but many patients respond "
    "incompletely.\n"
    "Methods: Adults with chronic low back pain and a current major depressive episode (PHQ-9 "
    "of 10 or more, confirmed by MINI interview), on duloxetine 60 mg for at least 8 weeks, "
    "were randomised to add naltrexone or placebo (n = 70) for 12 weeks. Naltrexone was "
    "flexibly dosed between 1.5 and 4.5 mg/day according to tolerability.\n"
    "Results: HAM-D17 fell by 8.3 with LDN and 5.0 with placebo; pain scores also improved.\n"
    "Conclusions: LDN may augment duloxetine in patients with pain and depression."
)
FIBRO_BUPROPION_TITLE = (
    "Low-dose naltrexone for depression comorbid with fibromyalgia in patients on bupropion: "
    "a randomized placebo-controlled trial"
)
FIBRO_BUPROPION = (
    "Objective: To evaluate LDN for major depression in patients with fibromyalgia.\n"
    "Methods: 62 patients with fibromyalgia and a current major depressive episode (HAM-D-17 "
    ">= 18), maintained on bupropion 150-300 mg/day, were randomized to naltrexone 4.5 mg or "
    "placebo for 12 weeks. Amitriptyline up to 10 mg at night for pain and trazodone 50 mg "
    "for insomnia were permitted at stable doses.\n"
    "Results: HAM-D-17 fell by 9.1 vs 5.0 points (p = 0.004); pain scores also improved.\n"
    "Conclusions: LDN improved depression in fibromyalgia patients taking bupropion."
)


def test_purpose_with_comorbid_depression_is_for_depression() -> None:
    f = facts(BACK_PAIN_TITLE, BACK_PAIN, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(BACK_PAIN_TITLE, BACK_PAIN, RCT)["serotonergic-combination"] == "addressed"


def test_depressed_fibromyalgia_sample_keeps_its_bupropion() -> None:
    f = facts(FIBRO_BUPROPION_TITLE, FIBRO_BUPROPION, RCT)
    assert f.concomitant_antidepressants == ["bupropion"]
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(FIBRO_BUPROPION_TITLE, FIBRO_BUPROPION, RCT)


# -- probes: the same fact in other words and places -------------------------------------


@pytest.mark.parametrize(
    ("title", "abstract", "classes"),
    [
        # the comorbid purpose in the methods, another drug and condition, "comorbid with"
        (
            "Low-dose naltrexone augmentation in neuropathic pain: a randomised trial",
            "Methods: Eighty adults with major depressive disorder (MADRS >= 20) taking "
            "venlafaxine 150 mg for neuropathic pain comorbid with major depression were "
            "randomised to naltrexone 4.5 mg or placebo.\n"
            "Results: MADRS fell more with naltrexone.",
            ["serotonergic", "noradrenergic"],
        ),
        # "and co-occurring depression", an unlabelled abstract
        (
            "Naltrexone 3 mg added to sertraline: a randomized controlled trial",
            "Sixty-four outpatients with irritable bowel syndrome and major depressive "
            "disorder (HAM-D >= 18) on sertraline 100 mg for irritable bowel syndrome and "
            "co-occurring depression were randomized to naltrexone 3 mg/day or placebo for "
            "10 weeks. HAM-D scores improved with naltrexone.",
            ["serotonergic"],
        ),
        # the people named by the other condition and their drug in the conclusion, a
        # sample selected for a current major depressive episode as well
        (
            "Low-dose naltrexone in migraine with major depression: a randomised trial",
            "Methods: We randomised 58 adults with chronic migraine and a current major "
            "depressive episode (MADRS of 22 or more), on a stable dose of escitalopram "
            "10-20 mg, to naltrexone 4.5 mg or placebo for 12 weeks.\n"
            "Results: MADRS fell by 10.2 vs 6.1.\n"
            "Conclusions: LDN helped depression in migraine patients taking escitalopram.",
            ["serotonergic"],
        ),
        # the title's "with comorbid" and a results sentence naming the drug
        (
            "Low-dose naltrexone with mirtazapine for insomnia with comorbid depression: a "
            "randomized trial",
            "Methods: 52 adults with insomnia disorder and major depressive disorder (HAM-D "
            ">= 16) taking mirtazapine 30 mg were randomized to naltrexone 2 mg or placebo.\n"
            "Results: HAM-D and insomnia severity improved with naltrexone.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_probes(title: str, abstract: str, classes: list[str]) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes


# -- near misses: must not change ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a purpose in the drug's own clause in a depressed sample still takes it away
        (
            "Low-dose naltrexone in major depression: a randomized trial",
            "Methods: 60 adults with major depressive disorder (MADRS >= 20), free of "
            "antidepressants except amitriptyline 10 mg at night for pain, were randomized to "
            "naltrexone 4.5 mg or placebo.\nResults: MADRS fell more with naltrexone.",
        ),
        # comorbid depression in a new clause after the purpose: a share, not the purpose
        (
            "Low-dose naltrexone in chronic back pain: a randomised trial",
            "Methods: 90 adults with chronic back pain on duloxetine 60 mg for back pain; "
            "comorbid depression was present in 30% were randomised to naltrexone 4.5 mg or "
            "placebo. Outcomes were pain and the PHQ-9.\nResults: Pain improved with LDN.",
        ),
        # a sample selected for fibromyalgia only: its duloxetine is fibromyalgia's
        (
            "Low-dose naltrexone in fibromyalgia patients taking duloxetine: a randomized trial",
            "Methods: 110 women meeting ACR fibromyalgia criteria on duloxetine 60 mg were "
            "randomized to naltrexone 4.5 mg or placebo. Outcomes were pain and the BDI-II.\n"
            "Results: BDI-II fell more with LDN.",
        ),
    ],
)
def test_near_misses_stay_without_a_gap(title: str, abstract: str) -> None:
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)
