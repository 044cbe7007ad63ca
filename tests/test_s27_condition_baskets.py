"""People taken in for something else and put into cohorts by condition ("into three
baskets: fibromyalgia, long COVID and major depression") are not a depression population:
the depressed basket is a subgroup of people not selected for depression (CONTRACT.md
"depression_population"), so a basket trial's whole n never closes larger-trials. Shown by
holdout270 30200021 (a multi-basket LDN trial of 104, 31 of them in a depression basket,
read as a depression population of 104). Session 27, round 73, c73a."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone in inflammation-linked disorders: an open-label basket study"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: We enrolled adults with a raised CRP into three baskets: fibromyalgia, "
        "long COVID, and major depressive disorder (MADRS of 20 or more). All took open-label "
        "naltrexone 4.5 mg nightly.",
        "Methods: Adults were enrolled in two disease cohorts (multiple sclerosis; major "
        "depressive disorder with a HAM-D of 18 or more) and took open-label naltrexone 4.5 mg.",
        "Methods: Adults with an elevated CRP were assigned to condition-specific groups: "
        "major depressive disorder (PHQ-9 of 10 or more) or fibromyalgia. All took open-label "
        "naltrexone 3 mg.",
    ],
)
def test_depression_as_one_basket_is_no_depression_population(methods: str) -> None:
    results = "\nResults: Ninety participants were enrolled. MADRS fell in the depressed group."
    f = facts(TITLE, methods + results, TRIAL)
    assert f.n == 90
    assert not f.depression_population


def test_near_miss_baskets_of_depressed_people_stay_a_depression_population() -> None:
    # (baskets cut by a marker inside a depressed sample: still selected for depression)
    methods = (
        "Methods: Adults with major depressive disorder (MADRS of 20 or more) were enrolled "
        "into three baskets: by CRP (below 1, 1-3, above 3 mg/L). All took open-label "
        "naltrexone 4.5 mg.\nResults: Ninety participants were enrolled. MADRS improved."
    )
    assert facts(TITLE, methods, TRIAL).depression_population
