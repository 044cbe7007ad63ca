"""The condition named only as what some people did not have ("restricted to patients
without a depression diagnosis", "excluding those with any recorded depression" in a
sensitivity analysis) measures nothing of it: a cohort of the drug in another condition
whose other mentions are matching covariates is not about the condition. Shown by
holdout254 28300007 (a fibromyalgia opioid-use cohort read as on-topic). Session 26,
round 71, c71e."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone and falls in older adults with osteoarthritis: a cohort",
            "We identified 5,210 adults with knee osteoarthritis who began LDN and matched "
            "them to 5,210 who began tramadol. Falls occurred in 3% and 5%. Estimates were "
            "unchanged when the analysis was restricted to people without a depression "
            "diagnosis.",
        ),
        (
            "LDN initiation and emergency visits in chronic pain: a health-records study",
            "Adults with chronic low back pain starting LDN (n = 2,040) were compared with "
            "adults starting gabapentin (n = 2,040). Emergency visits were fewer with LDN "
            "(HR 0.84). A sensitivity analysis limited to patients without any recorded "
            "major depression gave similar results.",
        ),
        (
            "Low-dose naltrexone and psoriasis flares: a nationwide cohort",
            "Using claims data we followed 1,330 adults with psoriasis who filled LDN "
            "prescriptions and 3,990 who did not. Flare rates were similar (RR 0.97). "
            "Results held in the subgroup free of depression at baseline.",
        ),
    ],
)
def test_condition_named_by_its_absence_is_no_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, OBS).on_topic


def test_depression_measured_beside_an_absence_stays_on_topic() -> None:
    # near miss: the cohort measures depressive symptoms itself
    f = facts(
        "Low-dose naltrexone and depressive symptoms in osteoarthritis: a cohort",
        "We followed 800 adults with osteoarthritis who began LDN and 800 who did not. "
        "PHQ-9 depression scores fell more with LDN (-2.1 vs -0.8). Results held when "
        "restricted to people without a depression diagnosis at entry.",
        OBS,
    )
    assert f.on_topic
