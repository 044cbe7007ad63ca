"""People taken in for another condition given with its alternative and then the watched
one ("adults with Crohn's disease or ulcerative colitis and comorbid major depressive
disorder"): each of them has the depressive disorder too, so the sample is selected for
both (CONTRACT.md, depression_population), as "with Crohn's disease and comorbid major
depressive disorder" already was. Shown by holdout356 39900005 (a secondary analysis of a
bowel-disease trial of people with comorbid MDD on an SSRI, read as selected for Crohn's
disease: both gaps lost). Session 33, round 86, c86a."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    "people",
    [
        "adults with rheumatoid arthritis or psoriatic arthritis and comorbid major "
        "depressive disorder",
        "adults with ulcerative colitis or Crohn's disease and co-occurring major "
        "depressive disorder",
    ],
)
def test_alternatives_then_watched_condition(people: str) -> None:
    title = "Low-dose naltrexone added to sertraline for depression in inflammatory disease"
    abstract = (
        f"Methods: We randomised 64 {people}, all on a stable dose of sertraline, to "
        "naltrexone 4.5 mg or placebo for 12 weeks.\n"
        "Results: MADRS fell by 3.9 points more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.depression_population
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_alternatives_without_watched_condition_stay_other() -> None:
    # near miss: the alternatives are all the people were selected for; depression is
    # only measured
    title = "Low-dose naltrexone in inflammatory arthritis: a randomised trial"
    abstract = (
        "Methods: We randomised 64 adults with rheumatoid arthritis or psoriatic arthritis, "
        "on a stable dose of sertraline, to naltrexone 4.5 mg or placebo for 12 weeks. "
        "Depressive symptoms (PHQ-9) were a secondary outcome.\n"
        "Results: PHQ-9 fell by 2.1 points more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}
