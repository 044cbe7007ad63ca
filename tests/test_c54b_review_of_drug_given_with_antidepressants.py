"""A review whose subject is the watched drug given together with antidepressants is
about the condition those antidepressants treat.

Kind: a review names low-dose naltrexone joined to antidepressants as one regimen —
combined with, together with, plus, alongside, added to, co-administered with, or an
"antidepressant augmentation" with the drug — in any word order and in any part of its
abstract (title, unlabelled opening, statement of scope, objective, conclusions). It is
on-topic with design ``review`` and no gap, though it never names the condition. Reviews
of other agents that name LDN only in passing, of LDN with an antidepressant for another
purpose or condition (pain, fibromyalgia, pruritus, MS), of standard-dose naltrexone,
naltrexone-bupropion or nalmefene stay off-topic.

Round 54, c54b; the records that showed it: holdout186 20500013 ("Low-dose naltrexone
combined with serotonergic antidepressants: a narrative review of rationale and emerging
trials") and holdout181 20000024 ("Opioid modulation as antidepressant augmentation: a
narrative review of low-dose naltrexone").
"""

from __future__ import annotations

import pytest
from written import facts, gaps

REVIEW = ("Journal Article", "Review")

RECORDS = [
    (
        "Low-dose naltrexone combined with serotonergic antidepressants: a narrative review of "
        "rationale and emerging trials",
        "Low-dose naltrexone (LDN) was first tested in depression in a 12-patient pilot "
        "restricted to dopaminergic regimens. Since then, randomized trials have added LDN 4.5 mg "
        "to SSRIs (88 patients) and compared 1 mg with 4.5 mg alongside SNRIs (46 patients), and a "
        "four-arm dose-ranging trial with vortioxetine is recruiting. We review the pharmacology "
        "of opioid-serotonin interactions, tolerability of the combination, and the case for "
        "larger trials with tricyclics and mirtazapine.",
    ),
    (
        "Opioid modulation as antidepressant augmentation: a narrative review of low-dose "
        "naltrexone",
        "Low-dose naltrexone (LDN) has moved from a 12-patient pilot on dopaminergic "
        "antidepressants to larger trials. This review summarises the evidence to mid-2026. A "
        "multicentre trial randomised 86 partial responders on SSRIs to LDN 4.5 mg or placebo; a "
        "dose-comparison trial randomised 56 unmedicated patients to 1 mg or 4 mg; open studies "
        "have combined LDN with tricyclics and vortioxetine. We discuss proposed mechanisms "
        "(transient opioid blockade, TLR4 antagonism), dosing between 1 and 4.5 mg, and "
        "interactions with serotonergic drugs. Larger trials with SNRIs are under way.",
    ),
]

ON = [
    *RECORDS,
    # the title, either order, other joining words
    (
        "Naltrexone at low dose together with SSRIs: a scoping review",
        "We mapped published reports and trial registrations. Twenty-one records were found; "
        "most were case series.",
    ),
    (
        "SNRI plus low-dose naltrexone: a systematic review",
        "Four databases were searched to March 2026. Seven studies met the criteria and are "
        "summarised.",
    ),
    (
        "Antidepressant augmentation with low-dose naltrexone: a review",
        "We summarise eight reports.",
    ),
    (
        "SSRI augmentation by low-dose naltrexone: an umbrella review",
        "Five reviews were found.",
    ),
    # the unlabelled opening sentence
    (
        "A narrative review",
        "Adding low-dose naltrexone to selective serotonin reuptake inhibitors is increasingly "
        "discussed. Published case series and small trials are summarised here.",
    ),
    # the statement of scope
    (
        "Opioid pharmacology in psychiatry: a review",
        "The opioid system shapes reward and stress responses. This review examines low-dose "
        "naltrexone in combination with escitalopram, sertraline and other serotonergic "
        "antidepressants. We cover pharmacology and tolerability.",
    ),
    (
        "An overview",
        "Reward circuits are opioid-dependent. Here we review what is known about "
        "co-administering LDN with tricyclic antidepressants, from mechanism to tolerability.",
    ),
    # a labelled objective, and labelled conclusions
    (
        "Low-dose naltrexone: a systematic review",
        "Objective: To review studies of naltrexone 1-4.5 mg/day combined with SNRIs.\n"
        "Methods: Four databases were searched.\nResults: Six studies were included.\n"
        "Conclusions: The evidence is thin.",
    ),
    (
        "Low-dose naltrexone: a systematic review",
        "Objective: To summarise the evidence.\nMethods: Four databases were searched.\n"
        "Results: Six studies were included.\nConclusions: Low-dose naltrexone combined with "
        "SSRIs was well tolerated across the included studies.",
    ),
    # an unlabelled closing sentence
    (
        "Opioid modulation: a review",
        "We searched three databases and found nine reports. Serotonergic antidepressants with "
        "low-dose naltrexone were well tolerated in all of them.",
    ),
]

OFF = [
    # other agents reviewed, LDN in passing or as earlier work
    (
        "Kappa-opioid antagonists combined with SSRIs: a narrative review",
        "Aticaprant and navacaprant have been tested as adjuncts to SSRIs in major depression. "
        "Low-dose naltrexone, a non-selective antagonist, is mentioned for comparison.",
    ),
    (
        "Kappa antagonists as antidepressant augmentation: a review",
        "We review aticaprant and navacaprant trials. Low-dose naltrexone has also been tried in "
        "a small pilot.",
    ),
    (
        "Kappa-opioid antagonists for anhedonia: a review",
        "Low-dose naltrexone combined with SSRIs gave mixed results in a small pilot. This review "
        "focuses on aticaprant and navacaprant, their pharmacology and phase 2 results.",
    ),
    (
        "Opioid antagonists combined with antidepressants: a review",
        "We review aticaprant, navacaprant and samidorphan given with SSRIs. Low-dose "
        "naltrexone is noted in passing.",
    ),
    (
        "Opioid-system drugs in depression: a review",
        "We review buprenorphine, samidorphan combined with olanzapine, and tianeptine. Low-dose "
        "naltrexone is mentioned only briefly.",
    ),
    # LDN with an antidepressant for another purpose or condition, no mood outcome
    (
        "Low-dose naltrexone combined with amitriptyline for fibromyalgia pain: a narrative review",
        "We review trials of naltrexone 4.5 mg given with amitriptyline or duloxetine in "
        "fibromyalgia. Pain and sleep were the outcomes.",
    ),
    (
        "Low-dose naltrexone with duloxetine for chronic pain: a review",
        "We review naltrexone 4.5 mg plus duloxetine in chronic low back pain. Pain intensity "
        "was the outcome.",
    ),
    (
        "Low-dose naltrexone combined with SSRIs for pruritus: a review",
        "We review case reports of naltrexone 4.5 mg with sertraline for cholestatic pruritus.",
    ),
    (
        "Low-dose naltrexone in multiple sclerosis: a review",
        "LDN 4.5 mg has been given with SSRIs in some patients with multiple sclerosis. Fatigue "
        "and quality of life were the outcomes reviewed.",
    ),
    (
        "Low-dose naltrexone in fibromyalgia: a narrative review",
        "Many patients take antidepressants; we review LDN 4.5 mg alongside amitriptyline in "
        "fibromyalgia.",
    ),
    # not LDN
    (
        "Naltrexone-bupropion combined with SSRIs: a review",
        "We review combination naltrexone-bupropion given with SSRIs for weight loss.",
    ),
    (
        "Naltrexone 50 mg combined with SSRIs: a review",
        "We review trials of naltrexone 50 mg daily with SSRIs in alcohol use disorder.",
    ),
    ("Nalmefene combined with SSRIs: a review", "Low-dose naltrexone is also discussed briefly."),
]


@pytest.mark.parametrize(("title", "abstract"), ON)
def test_review_of_the_drug_with_antidepressants_is_on_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract, REVIEW)
    assert f.on_topic, f.off_topic_reason
    assert f.design == "review"
    assert f.n is None and f.ldn_doses_mg == [] and f.concomitant_classes == []
    assert gaps(title, abstract, REVIEW) == {}


@pytest.mark.parametrize(("title", "abstract"), OFF)
def test_near_misses_stay_off_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, REVIEW).on_topic
