"""Round 37 (c37b), batch 27's false verdicts and on-topic errors: a protocol of an
evidence synthesis, a study whose only people are simulated, depression only as a
predictor of another outcome, and the dose window that defines a register cohort."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps, judge_preprint, preprint

# -- 1. a protocol of a systematic review, meta-analysis or scoping review is a review
# (CONTRACT.md: ``protocol`` is for a trial's protocol or registration): it plans a
# literature search, not a trial, and has no gap in progress

SYNTHESIS_PROTOCOLS = [
    # preprints31 PPR6800010 in other words: a dose-response meta-analysis, PROSPERO
    (
        "Low-dose naltrexone across doses for depression: protocol for a systematic review and "
        "dose-response meta-analysis",
        "Methods: We will search MEDLINE, Embase and CENTRAL for randomised trials comparing "
        "naltrexone 1 mg, 2 mg and 4.5 mg daily in adults with major depressive disorder. A "
        "dose-response model will relate daily dose to response.\n"
        "Registration: PROSPERO CRD42026123456.",
        JOURNAL,
    ),
    # an umbrella review, its databases not named as a search
    (
        "Opioid modulators including low-dose naltrexone (1.5-4.5 mg) for depressive "
        "disorders: an umbrella review protocol",
        "Objectives: To map the systematic reviews of opioid modulators for depression. "
        "Eligible reviews will cover trials of naltrexone at 4.5 mg or less, including "
        "dose-ranging trials. Two authors will extract data independently.",
        JOURNAL,
    ),
    # PubMed typed it a Systematic Review; the title says "review protocol"
    (
        "Dose-finding evidence for low-dose naltrexone in treatment-resistant depression: "
        "review protocol",
        "Background: The dose of LDN (1-4.5 mg) for depression was chosen empirically.\n"
        "Methods: Electronic databases (PubMed, PsycINFO, Web of Science) will be searched "
        "for trials comparing LDN doses in depressed adults; eligible studies will be "
        "appraised with RoB 2.",
        ("Systematic Review",),
    ),
    # no type, the title names only a protocol, the text a registered literature search
    (
        "Low-dose naltrexone for depression and mood: a protocol",
        "Methods: This protocol is registered with PROSPERO (CRD42025000111). We will "
        "systematically search bibliographic databases for studies in which adults with "
        "depression received naltrexone 0.5-4.5 mg/day at two or more doses.",
        JOURNAL,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), SYNTHESIS_PROTOCOLS)
def test_a_protocol_of_an_evidence_synthesis_is_a_review(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.design == "review"
    assert gaps(title, abstract, types) == {}


def test_a_preprinted_protocol_of_a_dose_response_meta_analysis_has_no_gap() -> None:
    f, g = judge_preprint(preprint(*SYNTHESIS_PROTOCOLS[0][:2]))
    assert f.design == "review"
    assert g == {}


def test_a_trial_protocol_that_cites_a_meta_analysis_stays_a_protocol() -> None:
    title = "Two doses of low-dose naltrexone in major depression: protocol for a randomised trial"
    abstract = (
        "Background: A meta-analysis and a systematic review found no trial comparing LDN doses.\n"
        "Methods: 120 adults with major depressive disorder will be randomised to naltrexone "
        "1.5 mg or 4.5 mg daily for 8 weeks."
    )
    assert facts(title, abstract, JOURNAL).design == "protocol"
    assert gaps(title, abstract, JOURNAL).get("dose-finding") == "in_progress"


# -- 2. a simulation whose only "people" are virtual (a pharmacokinetic or receptor
# model run on generated adults) gives LDN to nobody and measures no mood: off-topic
# (CONTRACT.md: on-topic only if participants receive LDN). A decision model of
# depression's course (remission, relapse, QALYs) or one calibrated on a depression scale
# keeps its labelled on-topic verdict.

VIRTUAL_ONLY = [
    # preprints31 PPR6800020 in other words
    (
        "Receptor occupancy of naltrexone 0.5-4.5 mg: an in silico study with implications for "
        "antidepressant dosing",
        "Methods: A physiologically based pharmacokinetic model was run in 1,000 virtual adults "
        "given naltrexone 0.5, 1, 2 or 4.5 mg once daily.\nResults: Occupancy above 80% lasted "
        "6 hours at 4.5 mg. Dose-finding trials in depression should test 1-3 mg.",
    ),
    # a generated population, told passively, the doses as scenarios
    (
        "How much naltrexone is low-dose? Pharmacometric simulations for depression trials",
        "A virtual population of 2,000 individuals was generated from published "
        "concentration data and dosing scenarios of 1.5 mg and 3 mg at bedtime were "
        "compared. Predicted plasma naltrexone was twice as high at 3 mg. These predictions "
        "may guide dose selection for studies of depression.",
    ),
    # the simulated people said after the verb, "in silico patients"
    (
        "Modelling mu-opioid blockade by low-dose naltrexone in major depressive disorder",
        "Background: LDN is used off-label in depression.\nMethods: We simulated 500 in silico "
        "patients taking naltrexone 1 mg twice daily or 4.5 mg nightly.\nResults: Twice-daily "
        "dosing gave flatter occupancy profiles.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), VIRTUAL_ONLY)
def test_a_study_whose_only_people_are_simulated_is_off_topic(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert not f.on_topic
    assert gaps(title, abstract) == {}


def test_a_preprinted_pharmacokinetic_simulation_is_off_topic() -> None:
    f, g = judge_preprint(preprint(*VIRTUAL_ONLY[0]))
    assert not f.on_topic and g == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a model calibrated on a depression scale predicts mood (preprints10 PPR8900022)
        (
            "A PK/PD model of low-dose naltrexone predicts an optimal antidepressant dose",
            "The model was calibrated against published MADRS trajectories of LDN depression "
            "studies. In simulations of 1,000 virtual patients, daily doses of 0.5 to 6 mg "
            "were compared; 2-3 mg gave the largest predicted MADRS improvement.",
        ),
        # a decision model of depression's course: a hypothetical cohort, remission, QALYs
        (
            "Cost-effectiveness of low-dose naltrexone augmentation in treatment-resistant "
            "depression: a Markov model",
            "A Markov model compared low-dose naltrexone 4.5 mg/day added to an SSRI with SSRI "
            "alone in a hypothetical cohort of 10,000 adults with treatment-resistant "
            "depression. LDN augmentation cost 12,000 per QALY gained.",
        ),
    ],
)
def test_a_model_of_mood_outcomes_keeps_its_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract).on_topic


# -- 3. a depression measure used only as a predictor, covariate or moderator of another
# outcome (pain, fatigue) neither selects the people nor measures mood as an outcome:
# off-topic; the same study with mood ALSO an outcome stays on-topic (preprints31
# PPR6800029)

PAIN_COHORT = "Who benefits from low-dose naltrexone for chronic pain? A retrospective cohort"


@pytest.mark.parametrize(
    "methods",
    [
        # preprints31 PPR6800029 in other words: a list of candidate predictors
        "Methods: We reviewed 180 adults given naltrexone 4.5 mg nightly at a pain service. "
        "The outcome was a 30% fall in pain at 12 weeks. Candidate predictors were age, "
        "diagnosis, opioid use and baseline depression (PHQ-9 >= 10).\nResults: Depression "
        "(OR 0.48) predicted non-response.",
        # covariates in a regression, a threshold on another scale
        "Methods: Records of 240 patients prescribed LDN 1.5-4.5 mg daily for fibromyalgia "
        "were analysed; pain interference at 6 months was modelled with covariates including "
        "sex, BMI, smoking and depressive symptoms (HADS-D of 8 or more).\nResults: Pain "
        "interference fell by 1.9 points.",
        # the measure named as what the analysis tested as a moderator, passively
        "Methods: In 150 patients with chronic low back pain taking naltrexone 3 mg daily, "
        "baseline BDI-II > 19 was examined as a moderator of the change in pain "
        "intensity.\nResults: Pain fell by 28%; the BDI-II did not moderate the effect.",
    ],
)
def test_a_depression_measure_only_predicting_another_outcome_is_not_mood(methods: str) -> None:
    f = facts(PAIN_COHORT, methods)
    assert not f.depression_population
    assert not f.on_topic


def test_a_predictor_that_is_also_an_outcome_keeps_the_topic() -> None:
    methods = (
        "Methods: We reviewed 180 adults given naltrexone 4.5 mg nightly at a pain service. "
        "Candidate predictors were age, diagnosis and baseline depression (PHQ-9 >= 10). "
        "Secondary outcomes included the change in PHQ-9 score.\nResults: PHQ-9 scores fell "
        "by 3.1 points at 12 weeks."
    )
    assert facts(PAIN_COHORT, methods).on_topic


def test_a_preprinted_predictor_cohort_is_off_topic() -> None:
    f, g = judge_preprint(
        preprint(
            "Predictors of response to low-dose naltrexone in chronic pain: a cohort study",
            "<h4>Methods</h4>We analysed records of adults prescribed LDN (typically 4.5 mg "
            "nightly). Response was a 30% reduction in pain. Candidate predictors were age, "
            "sex, opioid use and baseline depression (PHQ-9 >= 10).<h4>Results</h4>A total of "
            "212 patients were included. Baseline depression (OR 0.52) predicted "
            "non-response.",
        )
    )
    assert not f.on_topic and g == {}


# -- 4. the strength of the products a register cohort's protocol counts ("naltrexone
# 1-5 mg capsules", "capsules of 1-5 mg") says which prescriptions define its people, not
# a dose anyone is given: no dose (holdout113 12400014, holdout109 11900012). A cohort
# with results that reports the doses prescribed keeps them (preprints30 PPR6900005).

REGISTER = "Low-dose naltrexone and the course of depression: protocol for a nationwide register-based cohort study"


@pytest.mark.parametrize(
    "methods",
    [
        "We will identify all adults with a diagnosis of depression in the national "
        "prescription register who were dispensed naltrexone tablets of 0.5-4.5 mg between "
        "2012 and 2024, an estimated 6,000 people, and compare them with matched non-users. "
        "Outcomes are psychiatric admission and self-harm.",
        "Using linked health registers, we will include adults with recurrent depressive "
        "disorder who redeemed compounded naltrexone 1-4.5 mg capsules while on an SSRI. "
        "About 9,000 users are expected. The outcome is relapse within two years.",
    ],
)
def test_the_strength_of_the_products_a_cohort_protocol_counts_is_no_dose(methods: str) -> None:
    f = facts(REGISTER, methods, ("Journal Article", "Observational Study"))
    assert f.design == "observational" and not f.has_results
    assert f.ldn_doses_mg == []


def test_a_cohort_with_results_keeps_the_doses_its_users_were_dispensed() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a register-based cohort study",
        "Methods: We identified 2,140 adults with depression in the national prescription "
        "register who were dispensed naltrexone capsules of 1.5-4.5 mg between 2012 and "
        "2022.\nResults: Psychiatric admissions were fewer after LDN initiation (HR 0.81, "
        "95% CI 0.70-0.93).",
        ("Journal Article", "Observational Study"),
    )
    assert f.ldn_doses_mg == [1.5, 4.5]
