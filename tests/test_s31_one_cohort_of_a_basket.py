"""A registration of a basket (multi-cohort) trial whose inclusion criteria are given per
cohort, one cohort selected for the watched condition and the others for other conditions
("Depression cohort: DSM-5 MDD ...; Fibromyalgia cohort: ACR criteria"): the trial as a
whole is not selected for the condition, the depressed cohort is a part of its sample.
Shown by registry75 NCT01700010 (a three-cohort LDN basket trial read as a depression trial
of 120: a false larger-trials in progress). Session 31, round 81, c81a."""

import pytest
from written import drug, judge_registration, registration


def _basket(conditions: list[str], criteria: str, n: int) -> dict:
    return registration(
        title="Low-dose naltrexone across inflammatory conditions",
        summary="Low-dose naltrexone 4.5 mg nightly or placebo for 12 weeks in each cohort.",
        conditions=conditions,
        allocation="RANDOMIZED",
        enrollment=n,
        arms=[("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly", ("Naltrexone",))],
        interventions=[drug("Naltrexone", "4.5 mg capsules", ["LDN"])],
        criteria=criteria,
    )


CASES = [
    (
        ["Major Depressive Disorder", "Fibromyalgia"],
        "Inclusion Criteria:\n\n* Depression cohort: major depressive disorder by DSM-5, "
        "HAM-D >= 18\n* Fibromyalgia cohort: meets ACR 2016 criteria\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
        90,
    ),
    (
        ["Depression", "Multiple Sclerosis", "Crohn Disease"],
        "Inclusion Criteria:\n\n* Cohort A (depression): current major depressive episode, "
        "PHQ-9 >= 15\n* Cohort B (MS): relapsing-remitting multiple sclerosis\n"
        "* Cohort C (Crohn's): active Crohn's disease\n\nExclusion Criteria:\n\n* Pregnancy",
        150,
    ),
    (
        ["Major Depressive Disorder", "Long COVID"],
        "Inclusion Criteria:\n\n* Basket 1: diagnosed major depressive disorder and "
        "CRP of at least 3 mg/L\n* Basket 2: post-COVID-19 condition for at least 3 months\n\n"
        "Exclusion Criteria:\n\n* Autoimmune disease",
        100,
    ),
]


@pytest.mark.parametrize(("conditions", "criteria", "n"), CASES)
def test_one_cohort_does_not_select_the_trial(conditions: list[str], criteria: str, n: int) -> None:
    facts, gaps = judge_registration(_basket(conditions, criteria, n))
    assert not facts.depression_population
    assert all(v == "no" for v in gaps.values())


def test_every_cohort_depressed_stays_selected() -> None:
    # near miss: cohorts that are all of the watched condition select it
    study = _basket(
        ["Major Depressive Disorder", "Bipolar Depression"],
        "Inclusion Criteria:\n\n* Cohort A: major depressive disorder by DSM-5, MADRS >= 20\n"
        "* Cohort B: bipolar I or II disorder, current depressive episode, MADRS >= 20\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
        80,
    )
    facts, gaps = judge_registration(study)
    assert facts.depression_population
    assert gaps["larger-trials"] == "in_progress"
