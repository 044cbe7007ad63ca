"""Cohorts (or dose levels) named before their doses with "at", the drug not named in the
sentence and a base antidepressant named as what the people already take ("adults on
sertraline were enrolled in sequential cohorts at 1, 2 and 4 mg"): the cohorts' doses are
the titled drug's, not the base drug's. Shown by holdout235 26300024 (escalation steps
lost to the SNRI). Session 25, round 67, c67c."""

import pytest
from written import TRIAL, facts

TITLE = "Ascending doses of low-dose naltrexone added to antidepressants in depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Outpatients with depression on escitalopram were enrolled into sequential "
            "open cohorts at 1, 2 and 3 mg each evening for six weeks.",
            [1.0, 2.0, 3.0],
        ),
        (
            "Methods: Adults taking sertraline or fluoxetine joined ascending cohorts at 0.25, "
            "0.5 and 1 mg nightly.",
            [0.25, 0.5, 1.0],
        ),
        (
            "Methods: Patients maintained on duloxetine were treated at dose levels at 1.5 and "
            "4.5 mg per day, eight per level.",
            [1.5, 4.5],
        ),
    ],
)
def test_cohorts_at_doses_are_the_drugs(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Twenty-four participants were enrolled; MADRS fell."
    f = facts(TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == expected


def test_base_drug_dose_stays_its_own() -> None:
    """Near miss: a dose written at the base drug is that drug's, not a cohort's."""
    f = facts(
        TITLE,
        "Methods: Adults on sertraline at 100 mg entered open cohorts of naltrexone 2 mg "
        "nightly.\nResults: Twelve participants were enrolled.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [2.0]
