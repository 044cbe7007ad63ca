"""Antidepressant use named at the end of a long list of an analysis's covariates or
confounders ("Covariates included age, sex, disease duration, ... and use of
antidepressants or anxiolytics at baseline") describes the people, as a short list does:
a cohort of the drug in another condition that measures no mood is not about the
condition. Shown by holdout257 28700034 (an MS relapse cohort read as on-topic).
Session 26, round 71, c71e."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone and fatigue in rheumatoid arthritis: a registry cohort",
            "Methods: We followed 900 adults with rheumatoid arthritis who started LDN and "
            "2,700 matched non-users. Covariates included age, sex, disease duration, "
            "biologic therapy, glucocorticoid dose, smoking, body mass index and use of "
            "antidepressants or benzodiazepines.\nResults: Fatigue scores did not differ.",
        ),
        (
            "Low-dose naltrexone in Crohn disease: a claims-based cohort",
            "Methods: Adults with Crohn disease starting LDN were compared with 3,000 "
            "non-starters. Potential confounders comprised age, sex, region, prior bowel "
            "surgery, steroid exposure, anti-TNF therapy, immunomodulators, opioid "
            "prescriptions, and current antidepressant use.\nResults: Hospitalisation "
            "rates were similar.",
        ),
        (
            "Low-dose naltrexone and pain in fibromyalgia: a propensity-matched cohort",
            "Methods: Using clinic records, 410 women with fibromyalgia who took LDN were "
            "matched to 820 who did not. The adjustment variables were age, body mass "
            "index, symptom duration, opioid use, gabapentinoid use, physical therapy, "
            "employment status and SSRI or SNRI use.\nResults: Pain scores fell similarly.",
        ),
    ],
)
def test_antidepressant_use_as_a_listed_covariate_is_no_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, OBS).on_topic


def test_antidepressant_use_as_the_outcome_stays_on_topic() -> None:
    # near miss: new antidepressant prescriptions are the cohort's outcome
    f = facts(
        "Low-dose naltrexone in MS: a cohort study",
        "Methods: 1,200 adults with MS starting LDN and 3,600 non-initiators. The outcome "
        "was a new antidepressant prescription within two years. Covariates included age "
        "and sex.\nResults: New antidepressant prescriptions were less frequent among "
        "initiators (HR 0.78).",
        OBS,
    )
    assert f.on_topic
