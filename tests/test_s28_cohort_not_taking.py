"""The study's people said in the progressive or with a place ("no patient in the cohort
was taking naltrexone at any dose", "none of the participants were using LDN") took the
drug nowhere in the study: a low dose named for an earlier pilot is background, and the
record is off-topic (CONTRACT.md: on-topic only if participants receive LDN). Shown by
holdout277 30900013 (a ketamine cohort citing an LDN pilot). Session 28, round 74, c74d."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Esketamine nasal spray in routine care for resistant depression: a cohort",
            "Objective: A 2019 pilot gave low-dose naltrexone 4.5 mg nightly with "
            "bupropion. Method: We reviewed 90 adults with resistant depression who started "
            "esketamine. Results: MADRS fell from 33 to 19. No patient in the cohort was "
            "taking naltrexone at any dose, so interaction could not be studied.",
        ),
        (
            "Electroconvulsive therapy outcomes in older adults with depression",
            "Background: Low-dose naltrexone (3 mg daily) was tried in one small study of "
            "late-life depression. Methods: A registry of 210 older adults treated with ECT. "
            "Results: Remission was 61%. None of the patients were using naltrexone during "
            "the study.",
        ),
        (
            "Psilocybin-assisted therapy in a naturalistic retreat sample",
            "Background: Opioid tone has been linked to mood, and LDN 1.5 mg has been "
            "studied in pilots. Methods: Retreat guests with depressive symptoms completed "
            "questionnaires before and after. Results: 74 guests took part; BDI fell by 12 "
            "points. No participant in the sample was receiving LDN.",
        ),
    ],
)
def test_cohort_not_taking_the_drug_is_off_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, OBS).on_topic


def test_cohort_taking_the_drug_stays_on_topic() -> None:
    """Near miss: a cohort whose patients were taking the drug took it."""
    f = facts(
        "Low-dose naltrexone users with depression in primary care: a cohort",
        "Methods: We reviewed 80 adults with major depression. Results: Thirty patients in "
        "the cohort were taking low-dose naltrexone 4.5 mg nightly; PHQ-9 fell by 6 points.",
        OBS,
    )
    assert f.on_topic
