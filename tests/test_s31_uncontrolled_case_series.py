"""A few patients reported as cases whose limitations sentence calls the report "an
uncontrolled series" ("uncontrolled case series", "uncontrolled observations") is a case
series, not a non-randomised trial: "uncontrolled" qualifying a series or observations says
no control group, not that a trial was run. Shown by holdout328 36800010 (a letter on six
SSRI-treated outpatients read as a non-randomised trial, closing the serotonergic gap).
Session 31, round 82, c82a."""

import pytest
from written import facts, gaps

LETTER = ("Letter",)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Adjunctive low-dose naltrexone for SSRI-resistant depression: five patients",
            "We describe five outpatients with major depressive disorder still depressed "
            "on sertraline or fluoxetine, to whom we added naltrexone 3 mg at bedtime. "
            "Three improved by half on the MADRS within ten weeks. These are uncontrolled "
            "observations rated openly by the prescriber, and a controlled trial is needed.",
            LETTER,
        ),
        (
            "LDN with escitalopram in persistent depression: four cases",
            "Four women with recurrent major depression on escitalopram received "
            "low-dose naltrexone 4.5 mg nightly for twelve weeks. Two remitted. The "
            "limitations of a small uncontrolled series with open ratings are obvious.",
            ("Journal Article",),
        ),
        (
            "Low-dose naltrexone added to citalopram: three cases",
            "We report three adults with major depression on citalopram who were given "
            "LDN 1.5 mg rising to 4.5 mg. All three improved. As an uncontrolled "
            "report of a few cases, this cannot establish efficacy.",
            LETTER,
        ),
    ],
)
def test_an_uncontrolled_series_is_a_case_series(title: str, abstract: str, types) -> None:
    f = facts(title, abstract, types)
    assert f.design == "case_report"
    assert "serotonergic-combination" not in gaps(title, abstract, types)


def test_an_uncontrolled_open_study_stays_a_trial() -> None:
    # near miss: "uncontrolled" naming the study itself, a trial of its own
    f = facts(
        "Low-dose naltrexone added to SSRIs for major depression",
        "Methods: In an uncontrolled open study, 36 adults with major depression on an "
        "SSRI took naltrexone 4.5 mg nightly for 8 weeks. Results: MADRS fell by 11 "
        "points.",
    )
    assert f.design == "nonrandomized_trial"
