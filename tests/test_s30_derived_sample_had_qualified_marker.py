"""A derived report's own sample told as the people who "had usable baseline <marker>",
the marker qualified (usable, valid, evaluable) and the arms in brackets after it, before
a threshold subgroup of them ("49 had a CRP of 3 mg/L or more"): the report's n is the
people with the marker, not the subgroup. Shown by holdout298 33300037 (a biomarker
secondary analysis whose n was read as its high-CRP stratum). Session 30, round 78, c78c."""

import pytest
from written import facts

SECONDARY = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Interleukin-6 and response to low-dose naltrexone: secondary analysis of a "
            "randomised trial in depression",
            "Methods: In this secondary analysis of a trial of adults with major depression "
            "randomised to naltrexone 4.5 mg or placebo, baseline IL-6 was examined as a "
            "moderator. Results: Of the 140 randomised, 118 had valid baseline IL-6 (LDN 60, "
            "placebo 58); 37 had IL-6 of 2 pg/mL or more.",
            118,
        ),
        (
            "Kynurenine metabolites as moderators of low-dose naltrexone augmentation: a "
            "post hoc analysis",
            "Methods: Post hoc analysis of a placebo-controlled trial of LDN 3 mg added to "
            "antidepressants in major depressive disorder. Results: Of 210 randomised "
            "participants, 173 had usable baseline kynurenine (LDN 88, placebo 85); 52 had a "
            "ratio of 40 or more.",
            173,
        ),
        (
            "Cortisol and the effect of low-dose naltrexone in depression: exploratory "
            "analysis of a randomised trial",
            "Methods: Exploratory analysis of a randomised trial of LDN 4.5 mg versus placebo "
            "in adults with major depression. Results: Of the 96 randomised, 81 had evaluable "
            "baseline cortisol (LDN 41, placebo 40); 22 had cortisol of 500 nmol/L or more.",
            81,
        ),
    ],
)
def test_people_with_a_qualified_baseline_marker_are_the_sample(
    title: str, abstract: str, n: int
) -> None:
    assert facts(title, abstract, SECONDARY).n == n


def test_near_miss_marker_without_arms_stays() -> None:
    f = facts(
        "CRP and low-dose naltrexone response: secondary analysis of a randomised trial",
        "Methods: Secondary analysis of a randomised trial of LDN 4.5 mg or placebo in "
        "major depression. Results: Of 120 randomised participants, 101 had baseline CRP.",
        SECONDARY,
    )
    assert f.n == 101
