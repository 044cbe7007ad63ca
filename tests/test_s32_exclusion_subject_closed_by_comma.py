"""An exclusion criterion whose subject is a coordinated list of people, closed by a comma
before the verb ("People taking an SNRI or bupropion, and those with psychosis, will be
excluded"; "Patients who had taken an MAOI in the past month, or who use opioids, were
excluded"): every drug of the list is kept out of the study, not taken with LDN. Shown by
holdout338 37900026 and 37900001 (protocols whose excluded SNRIs and bupropion were read as
co-medication). Session 32, round 84, c84e."""

import pytest
from written import PROTOCOL, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Adjunctive low-dose naltrexone in SSRI-treated depression: protocol",
            "Methods: Adults with major depressive disorder who remain depressed on "
            "sertraline or citalopram will keep their SSRI and be randomised to naltrexone "
            "4.5 mg or placebo. People using venlafaxine, bupropion or an antipsychotic, and "
            "those with a history of mania, will be excluded. We will enrol 140 adults.",
        ),
        (
            "Low-dose naltrexone added to escitalopram for depression: a pilot trial",
            "Methods: Outpatients with major depression taking escitalopram at a stable "
            "dose received naltrexone 3 mg nightly for 8 weeks. Patients who had used "
            "duloxetine or bupropion within the past month, or who had a positive opioid "
            "screen, were excluded. Results: Forty patients took part; MADRS fell by 8.",
        ),
        (
            "Naltrexone at low dose with SSRIs in adolescent depression: trial protocol",
            "Methods: Adolescents with depression not responding to fluoxetine will continue "
            "it and receive LDN 2 mg or placebo. Young people on mirtazapine, reboxetine "
            "or an SNRI, and anyone with an eating disorder, are excluded. A total of 90 "
            "adolescents will be randomised.",
        ),
    ],
)
def test_excluded_list_closed_by_comma_is_not_taken(title: str, abstract: str) -> None:
    f = facts(title, abstract, PROTOCOL if "protocol" in title else TRIAL)
    assert f.concomitant_classes == ["serotonergic"]


def test_drug_taken_before_an_unrelated_exclusion_stays() -> None:
    """Near miss: the people took the drug; another group, in a new clause, is excluded."""
    f = facts(
        "Low-dose naltrexone added to venlafaxine for depression",
        "Methods: Adults with major depression on sertraline received naltrexone 4.5 mg "
        "with venlafaxine continued, and those with psychosis were excluded. Results: "
        "Thirty adults took part.",
        TRIAL,
    )
    assert "noradrenergic" in f.concomitant_classes
