"""Depression named only as what people with another disease usually have ("women with
pelvic pain often also experience depression") or as an example of their other conditions
("comorbid conditions, including depression, are recorded at entry") describes the disease
or the sample, not an outcome of the study: without a mood measure the record is
off-topic. Shown by registry85 NCT00700028 (an LDN trial in pelvic pain with depression in
its background) and registry85 NCT00700014 (an LDN registry recording comorbid depression).
Session 34, round 89, c89b."""

from typing import Any

import pytest
from written import arm, drug, judge_registration, registration


def _trial(summary: str, outcomes: tuple[str, ...]) -> dict[str, Any]:
    return registration(
        official_title="A Pilot Randomised Trial of Low Dose Naltrexone 4.5 mg in Interstitial "
        "Cystitis",
        summary=summary,
        conditionsModule={
            "conditions": ["Interstitial Cystitis", "Bladder Pain Syndrome"],
            "keywords": ["naltrexone", "depression", "central sensitisation"],
        },
        allocation="RANDOMIZED",
        enrollment=60,
        arms=[
            arm("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg at bedtime for 12 weeks"),
            arm("Placebo", "PLACEBO_COMPARATOR", "Matching placebo", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "4.5 mg tablet", ["LDN"])],
        outcomes=outcomes,
    )


def _cohort(description: str, outcomes: tuple[str, ...]) -> dict[str, Any]:
    return registration(
        official_title="An Observational Cohort of Patients Starting Low Dose Naltrexone in "
        "Rheumatology Practice",
        summary="This cohort follows adults prescribed low dose naltrexone by their "
        "rheumatologist and records persistence and side effects.",
        description=description,
        conditionsModule={
            "conditions": ["Systemic Lupus Erythematosus", "Rheumatoid Arthritis"],
            "keywords": ["low dose naltrexone", "real-world", "depression (comorbidity)"],
        },
        study_type="OBSERVATIONAL",
        enrollment=400,
        interventions=[drug("Low dose naltrexone", "As prescribed")],
        outcomes=outcomes,
    )


@pytest.mark.parametrize(
    "study",
    [
        _trial(
            "People with interstitial cystitis frequently also have depression, anxiety and "
            "poor sleep. This pilot compares low dose naltrexone with placebo for bladder "
            "pain.",
            ("Bladder pain (0-10 numeric rating scale)",),
        ),
        _cohort(
            "Participants answer questionnaires at entry and at 3 and 12 months. Comorbid "
            "diagnoses, such as depression or anxiety, are taken from the chart at entry. "
            "No treatment is assigned by the study.",
            ("Persistence on treatment at 12 months",),
        ),
    ],
)
def test_condition_usual_or_comorbid_example_is_no_outcome(study: dict[str, Any]) -> None:
    assert judge_registration(study)[0].on_topic is False


@pytest.mark.parametrize(
    "study",
    [
        # the same background, but depressive symptoms are an outcome
        _trial(
            "People with interstitial cystitis frequently also have depression, anxiety and "
            "poor sleep. This pilot compares low dose naltrexone with placebo for bladder "
            "pain and depressive symptoms.",
            ("Bladder pain (0-10 numeric rating scale)", "Depressive symptoms (PHQ-9)"),
        ),
        # depression among the cohort's outcomes besides its comorbidities
        _cohort(
            "Participants answer questionnaires at entry and at 3 and 12 months, including "
            "the PHQ-9 for depressive symptoms. Comorbid diagnoses, such as anxiety, are "
            "taken from the chart at entry.",
            ("Persistence on treatment at 12 months", "Depressive symptoms (PHQ-9)"),
        ),
    ],
)
def test_measured_depression_stays_on_topic(study: dict[str, Any]) -> None:
    assert judge_registration(study)[0].on_topic is True
