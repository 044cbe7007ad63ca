"""A "with or without <feature>" that qualifies the diagnosis people were taken in with
("dysthymia (with or without superimposed major depressive episodes)", "MDD with or
without melancholic features") is a specifier of that diagnosis: everyone has the
condition. Only "with or without <the condition>" said of the people themselves mixes
people who have it and people who do not. Shown by holdout246 27500024 (a single-arm
trial of LDN added to an SNRI in a chronic depressive disorder read as "not selected for
depression"). Session 25, round 69, c69b."""

import pytest
from written import TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Adjunctive LDN for chronic depression on escitalopram: an open trial",
            "Methods: We enrolled outpatients with dysthymic disorder (with or without "
            "superimposed major depressive episodes) and a MADRS of 20 or more who had "
            "taken escitalopram 10-20 mg for at least 6 weeks; they added naltrexone 4.5 "
            "mg nightly. Results: Thirty-two outpatients were enrolled.",
        ),
        (
            "Low-dose naltrexone with sertraline: a single-arm pilot",
            "Methods: Adults with major depressive disorder, with or without melancholic "
            "features, and a HAM-D17 of 18 or more despite sertraline 100 mg/day took "
            "low-dose naltrexone 3 mg at night for 10 weeks. Results: Forty adults took "
            "part.",
        ),
        (
            "LDN augmentation of venlafaxine in recurrent depression",
            "Methods: Patients with recurrent depression (with or without a current "
            "melancholic episode) who scored 22 or more on the MADRS while on venlafaxine "
            "150 mg/day received LDN 2 mg daily. Results: Twenty-six patients received LDN.",
        ),
    ],
)
def test_specifier_of_the_diagnosis_selects(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.depression_population
    assert gaps(title, abstract, TRIAL).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Adults with or without current depression who took sertraline 50 mg "
        "received low-dose naltrexone 4.5 mg nightly. Results: Forty adults took part.",
        "Methods: Patients with fibromyalgia with and without comorbid depression, on "
        "sertraline, received low-dose naltrexone 4.5 mg nightly. Results: Forty patients "
        "took part.",
    ],
)
def test_people_with_or_without_the_condition_stay_unselected(abstract: str) -> None:
    """Near miss: the people themselves with or without the condition are a mix."""
    f = facts("Low-dose naltrexone with sertraline: a pilot", abstract, TRIAL)
    assert not f.depression_population
