"""Round 31 (c31a), false verdicts from batch 20: another study's design read as this
study's, and records about something else read as on-topic."""

from __future__ import annotations

from typing import Any

import pytest
from written import (
    META,
    PROTOCOL,
    RCT,
    REVIEW,
    TRIAL,
    drug,
    facts,
    gaps,
    judge_preprint,
    preprint,
    registration,
)

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()

# -- 1. the study this one replaces, succeeds or follows (registry26 NCT07300001): its
# design and doses are that study's, not this one's

ADJUNCT = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"


def _registration(description: str) -> dict[str, Any]:
    arms = [
        {
            "label": "Low-dose naltrexone",
            "type": "EXPERIMENTAL",
            "description": "Naltrexone 1 mg by mouth twice daily for 8 weeks, added to the SSRI.",
            "interventionNames": ["Drug: Naltrexone"],
        },
        {
            "label": "Placebo",
            "type": "PLACEBO_COMPARATOR",
            "description": "Matching placebo twice daily.",
            "interventionNames": ["Drug: Placebo"],
        },
    ]
    return registration(
        title=ADJUNCT,
        summary="Adults with major depressive disorder taking an SSRI are "
        "randomised to LDN 1 mg twice a day or placebo for 8 weeks.",
        description=description,
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        enrollment=96,
        arms=arms,
        interventions=[
            drug(
                "Naltrexone",
                "Naltrexone 1 mg capsules, one capsule twice daily.",
                ["Low-dose naltrexone"],
            )
        ],
        criteria="Inclusion Criteria:\n\n* DSM-5 major depressive "
        "disorder\n\nExclusion Criteria:\n\n* Opioid use",
    )


@pytest.mark.parametrize(
    "description",
    [
        # registry26 NCT07300001
        "This study replaces NCT07654321, a three-arm dose comparison that was terminated for "
        "slow enrolment. Based on lessons from that study the design was simplified to one "
        "LDN dose.",
        # probes: other verbs, the other study said in words
        "The trial supersedes NCT07654321, which compared naltrexone 0.5 mg, 2 mg and 4.5 mg "
        "daily and was withdrawn before enrolment.",
        "This protocol is the successor to the LIFT study, a dose-ranging trial of LDN that "
        "closed early.",
    ],
)
def test_a_registration_does_not_take_the_design_of_the_study_it_replaces(
    description: str,
) -> None:
    record = parse_study(_registration(description))
    f = registry_facts(record, extract_facts(record, LEXICON))
    assert not f.compares_doses


@pytest.mark.parametrize(
    "methods",
    [
        # the earlier study as the subject of its own sentence
        "The predecessor study (NCT05550001) randomised patients to three doses of low-dose "
        "naltrexone (1.5, 3 and 4.5 mg). In this follow-on trial, 60 adults with MDD on "
        "escitalopram will receive naltrexone 3 mg/day or placebo.",
        "The preceding trial was a dose-ranging study of LDN 1.5 mg versus 4.5 mg. This trial "
        "will randomise 64 adults with major depression on an SSRI to naltrexone 4.5 mg or "
        "placebo.",
        # ... or the object of "follows on from", described after a comma
        "This trial follows on from NCT05550001, a comparison of naltrexone 1.5 mg and 4.5 mg "
        "that stopped early. We will randomise 70 adults with major depression taking "
        "sertraline to naltrexone 4.5 mg/day or placebo.",
    ],
)
def test_the_doses_of_a_predecessor_study_are_not_compared_here(methods: str) -> None:
    abstract = f"Methods: {methods}"
    assert not facts(ADJUNCT, abstract, PROTOCOL).compares_doses
    assert "dose-finding" not in gaps(ADJUNCT, abstract, PROTOCOL)


def test_a_study_that_compares_doses_itself_keeps_them_while_citing_its_predecessor() -> None:
    abstract = (
        "Methods: Following on from NCT05550001, a single-dose pilot, this trial compared "
        "naltrexone 1.5 mg and 4.5 mg daily in 90 adults with major depression taking an SSRI."
        "\nResults: Both doses reduced MADRS scores."
    )
    f = facts(ADJUNCT, abstract, RCT)
    assert f.compares_doses
    assert sorted(f.ldn_doses_mg) == [1.5, 4.5]
    assert gaps(ADJUNCT, abstract, RCT).get("dose-finding") == "addressed"


# -- 2. a review of other opioid-system drugs that names LDN only to set the scene
# (holdout89 16100034, holdout90 14100017): its stated scope leaves LDN out, so LDN in its
# background or "mentioned for context" is not what it reviews


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # holdout89 16100034: "mentioned for context" beside a scope that leaves LDN out
        (
            "Beyond monoamines: opioid-system drugs for major depressive disorder",
            "Introduction: Opioid signalling is implicated in anhedonia.\nAreas covered: This "
            "review covers buprenorphine, buprenorphine/samidorphan, selective kappa-opioid "
            "receptor antagonists (aticaprant, navacaprant), tianeptine and nalmefene. Earlier "
            "observations that low-dose naltrexone may benefit depression are mentioned for "
            "context.\nExpert opinion: Kappa antagonists are the most advanced class.",
            REVIEW,
        ),
        # holdout90 14100017: LDN in the background, the search for other drugs
        (
            "Kappa-opioid receptor antagonists for major depressive disorder: a meta-analysis",
            "Background: Interest in the opioid system as a target for depression was renewed "
            "by small studies of low-dose naltrexone and buprenorphine.\nMethods: We searched "
            "MEDLINE, Embase and CENTRAL for randomised trials of KOR antagonists (aticaprant, "
            "navacaprant) in MDD.\nResults: Seven trials (n = 2214) were included; KOR "
            "antagonists reduced MADRS scores.",
            META,
        ),
        # probes: eligibility said of other drugs; "by way of background" with a dose
        (
            "Buprenorphine for treatment-resistant depression: a systematic review",
            "Background: Low-dose naltrexone improved mood in a small pilot of 12 patients, "
            "prompting interest in opioid modulation of depression.\nMethods: Randomised "
            "trials of buprenorphine or buprenorphine/samidorphan in adults with depression "
            "were eligible.\nResults: Nine trials were included; depressive symptoms fell.",
            META,
        ),
        (
            "Tianeptine and depression: a narrative review",
            "Tianeptine has a long record as an antidepressant. We review tianeptine's "
            "pharmacology, efficacy and misuse in depression. Low-dose naltrexone (1.5-4.5 "
            "mg), studied in small depression pilots, is noted by way of background. "
            "Tianeptine remains effective but misuse is a concern.",
            REVIEW,
        ),
        (
            "Opioid modulators in depression: a review",
            "This review summarises evidence on kappa antagonists and samidorphan combinations "
            "in major depression. For context, we also recall that low-dose naltrexone at 4.5 "
            "mg has been tried in small studies. Kappa antagonists show modest benefit.",
            REVIEW,
        ),
    ],
)
def test_a_review_of_other_drugs_naming_ldn_only_for_context_is_off_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types).on_topic


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Opioid modulators for depression: a systematic review",
            "Background: The opioid system is a target in depression.\nMethods: We searched "
            "MEDLINE for trials of naltrexone at doses of 6 mg or less, buprenorphine and "
            "kappa antagonists in depression.\nResults: Three trials of low-dose naltrexone "
            "(n = 102) and five of buprenorphine were included. LDN improved depressive "
            "symptoms.",
            META,
        ),
        (
            "Opioid drugs for depression: a review",
            "This review covers low-dose naltrexone, buprenorphine and kappa antagonists in "
            "depression. Low-dose naltrexone (1-4.5 mg/day) reduced depression scores in two "
            "small trials.",
            REVIEW,
        ),
    ],
)
def test_a_review_whose_scope_includes_ldn_stays_on_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).on_topic


# -- 3. the condition named only as whom a study leaves out (preprints24 PPR7500025):
# an exclusion is neither the population nor an outcome, in whatever words and tense

PAIN = "Low-dose naltrexone for chronic low back pain in primary care: a retrospective cohort study"


@pytest.mark.parametrize(
    "methods",
    [
        # preprints24 PPR7500025
        "Retrospective review of records of 120 adults with chronic low back pain who were "
        "prescribed LDN 4.5 mg nightly. Patients with a current major depressive episode, "
        "psychosis or opioid use were not prescribed LDN and are not included. Outcomes were "
        "pain intensity and the Oswestry Disability Index; mood was not assessed.",
        # probes: present tense, "did not qualify", "could not take part"
        "We reviewed records of 90 adults with chronic neck pain prescribed LDN 3 mg daily. "
        "Anyone with an ongoing depressive episode is not eligible for LDN at these clinics. "
        "Outcomes were pain scores and function.",
        "Eighty adults with knee osteoarthritis took LDN 4.5 mg nightly for 12 weeks. People "
        "with current major depression did not qualify for the study. The outcome was WOMAC "
        "pain.",
        "64 patients with Crohn's disease received LDN 4.5 mg daily. Those with active "
        "depression could not take part. Endpoints were CDAI and endoscopic remission.",
    ],
)
def test_depression_named_only_as_an_exclusion_is_not_the_topic(methods: str) -> None:
    f, _ = judge_preprint(preprint(PAIN, f"Methods: {methods}\nResults: Pain fell."))
    assert not f.on_topic


def test_a_mood_outcome_beside_an_exclusion_still_counts() -> None:
    abstract = (
        "Methods: 60 adults with chronic low back pain took LDN 4.5 mg nightly; those with "
        "psychosis were not included. Outcomes were pain and depressive symptoms (PHQ-9).\n"
        "Results: PHQ-9 fell by 3 points."
    )
    f, _ = judge_preprint(preprint(PAIN, abstract))
    assert f.on_topic


# -- 4. a fixed titration whose target lies above the band (preprints24 PPR7500026): the
# target is the dose (CONTRACT.md), so its low start gives nobody LDN


@pytest.mark.parametrize(
    ("title", "methods"),
    [
        # preprints24 PPR7500026
        (
            "Naltrexone titrated to 12 mg/day for fibromyalgia with depressive symptoms",
            "Thirty adults with fibromyalgia and a BDI-II score of 14 or more received "
            "open-label naltrexone starting at 3 mg/day and titrated to a target of 12 mg/day "
            "over four weeks, continued for 12 weeks. Outcomes were pain and BDI-II.",
        ),
        # probes: "up-titrated to", "increased weekly to a maintenance dose", "then raised"
        (
            "Naltrexone for depressive symptoms in long COVID: an open trial",
            "Forty adults with long COVID and depressive symptoms took naltrexone 2 mg daily, "
            "up-titrated to 10 mg over three weeks, for 12 weeks. The outcome was the PHQ-9.",
        ),
        (
            "Naltrexone in major depression: a pilot study",
            "Twenty-four adults with major depressive disorder began naltrexone at 1.5 mg "
            "nightly, increased weekly to a maintenance dose of 9 mg. The primary outcome was "
            "MADRS change at week 10.",
        ),
        (
            "Naltrexone for depression in multiple sclerosis: an open-label study",
            "32 patients with MS and depression received naltrexone 4.5 mg/day for two weeks, "
            "then the dose was raised to 15 mg/day for the remaining 10 weeks. The outcome was "
            "the BDI-II.",
        ),
    ],
)
def test_a_titration_to_a_target_above_the_band_is_not_ldn(title: str, methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Scores fell."
    assert not facts(title, abstract, TRIAL).on_topic
    f, _ = judge_preprint(preprint(title, abstract))
    assert not f.on_topic


@pytest.mark.parametrize(
    ("methods", "dose"),
    [
        (
            "Twenty adults with major depressive disorder started naltrexone at 1.5 mg and "
            "were titrated to a target of 4.5 mg/day over two weeks. The outcome was MADRS.",
            4.5,
        ),
        (
            "30 adults with MDD took naltrexone 1 mg, increased weekly to a maintenance dose "
            "of 3 mg twice daily. The outcome was the HAM-D.",
            6.0,
        ),
    ],
)
def test_a_titration_to_a_target_within_the_band_stays_ldn(methods: str, dose: float) -> None:
    f = facts("Low-dose naltrexone in depression: an open trial", f"Methods: {methods}", TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == [dose]
