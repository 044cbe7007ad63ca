"""People named by where they live, what they do or which service they use ("nursing-home
residents", "students", "clients") are people a study can select for depression, like
"patients" (round 40, c40a; shown by holdout128 14200040, a randomised trial in
nursing-home residents with a major depressive episode, read as "participants not
selected for depression", which hid its serotonergic-combination verdict)."""

from __future__ import annotations

import pytest
from written import facts, gaps

RCT = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording (the primary outcome names another condition in its scale)
        (
            "Daily versus alternate-day low-dose naltrexone in nursing-home residents with "
            "depression: a randomised pilot trial",
            "Methods: Residents aged 70 years and over with a major depressive episode (DSM-5) "
            "and a GDS-15 score of 6 or more were randomised to naltrexone 3 mg every day or "
            "3 mg every other day for 12 weeks, in addition to their usual treatment; 31 of "
            "the 44 residents were receiving mirtazapine for depression. The primary outcome "
            "was the Cornell Scale for Depression in Dementia.\n"
            "Results: Forty-four residents were randomised (22 per group).",
        ),
        # probes: students, clients, care-home residents told without a title's help
        (
            "Low-dose naltrexone added to sertraline: a randomised placebo-controlled trial",
            "Methods: University students diagnosed with major depressive disorder who were "
            "taking sertraline were randomised to naltrexone 4.5 mg or placebo for 8 weeks.\n"
            "Results: Thirty-six students were randomised.",
        ),
        (
            "Naltrexone 1.5 mg as an adjunct in community mental health care: a pilot RCT",
            "Methods: Clients of three community services meeting DSM-5 criteria for major "
            "depression despite an SSRI were randomised to naltrexone 1.5 mg or placebo.\n"
            "Results: Forty clients were randomised; MADRS scores fell more with naltrexone.",
        ),
        (
            "Low-dose naltrexone for late-life depression in care homes: a randomised trial",
            "Methods: Care-home residents with a current major depressive episode who were "
            "taking citalopram were randomised to naltrexone 3 mg or placebo.\n"
            "Results: Thirty residents were randomised; GDS scores improved with naltrexone.",
        ),
    ],
)
def test_people_named_by_their_setting_are_selected_for_depression(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, RCT).depression_population is True
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"


def test_residents_with_another_condition_are_not_selected_for_depression() -> None:
    """Guard: nursing-home residents with dementia, depression only an outcome."""
    title = "Low-dose naltrexone for agitation in nursing-home residents with dementia: an RCT"
    abstract = (
        "Methods: Residents with Alzheimer's dementia and agitation were randomised to "
        "naltrexone 3 mg or placebo; 20 were taking sertraline. Outcomes were agitation and "
        "the Cornell Scale for Depression in Dementia.\nResults: Forty residents were randomised."
    )
    assert facts(title, abstract, RCT).depression_population is False


@pytest.mark.parametrize(
    "title",
    [
        # holdout52 53100007, once "residents" was a people noun
        "Low-dose naltrexone augmentation for depression in nursing home residents with "
        "chronic pain (LODEN-NH): protocol for a stepped-wedge cluster randomised trial",
        # probes: "treatment of", "among", patients
        "Naltrexone 4.5 mg in the treatment of major depression among older patients with "
        "chronic pain: protocol for a cluster randomised trial",
        "Adjunctive low-dose naltrexone for depression in care-home residents with dementia: "
        "protocol for a randomised trial",
    ],
)
def test_a_title_treating_depression_in_people_with_another_condition_selects_both(
    title: str,
) -> None:
    """The title says what the treatment is for (depression) and in whom (people who also
    have another condition): they are selected for depression too (CONTRACT.md)."""
    abstract = (
        "Methods: Residents aged 65 or older with clinically relevant depressive symptoms "
        "(GDS-15 >= 6) despite an SSRI are eligible; naltrexone 4.5 mg is added to the "
        "existing antidepressant. We aim to include 280 residents."
    )
    types = ("Journal Article", "Clinical Trial Protocol")
    assert facts(title, abstract, types).depression_population is True
    assert gaps(title, abstract, types).get("serotonergic-combination") == "in_progress"
