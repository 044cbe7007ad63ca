"""An antidepressant taken by people other than the participants (the mothers of infants
studied, partners, caregivers, a historical cohort) is nobody's co-medication: those people
are not given the watched drug. Found by the lead's red-team probes (no set showed it):
each wording had given a false serotonergic-combination "addressed"."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

SER = "serotonergic-combination"


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone for postpartum depression: a pilot randomised trial",
            "Methods: 56 postpartum women with depression (EPDS >= 13) were randomised to LDN "
            "4.5 mg or placebo for 8 weeks. Infants of mothers who had used sertraline during "
            "pregnancy were followed for neonatal adaptation.\nResults: EPDS fell more with LDN.",
            RCT,
        ),
        (
            "Low-dose naltrexone in depression: a randomised trial with a partner-rated outcome",
            "Methods: 60 adults with major depressive disorder not taking antidepressants were "
            "randomised to LDN 4.5 mg or placebo. Their partners, 18 of whom were themselves "
            "taking an SSRI, rated interpersonal functioning.\nResults: MADRS fell more with LDN.",
            RCT,
        ),
        (
            "Low-dose naltrexone for depression in dementia: a randomised pilot",
            "Methods: 52 nursing-home residents with dementia and depression, not on "
            "antidepressants, were randomised to LDN 1.5 mg or placebo. Caregivers' own "
            "antidepressant use (mostly sertraline) was recorded as a covariate.\n"
            "Results: Cornell scale scores improved.",
            RCT,
        ),
        (
            "Low-dose naltrexone in depression: an open trial",
            "Methods: 50 adults with major depressive disorder received LDN 4.5 mg for 8 weeks as "
            "monotherapy. Results were compared with a historical cohort treated with fluoxetine "
            "alone.\nResults: HAM-D fell by 9 points.",
            TRIAL,
        ),
    ],
)
def test_drug_of_people_other_than_participants_is_not_taken_with_ldn(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.concomitant_classes == []
    assert SER not in gaps(title, abstract, types)


@pytest.mark.parametrize(
    "methods",
    [
        "52 postpartum women with depression taking sertraline were randomised to add LDN "
        "4.5 mg or placebo for 8 weeks.",
        "Mothers with postpartum depression on a stable dose of sertraline were randomised "
        "(n = 52) to LDN 4.5 mg or placebo; their partners rated family functioning.",
    ],
)
def test_participants_own_antidepressant_still_counts(methods: str) -> None:
    title = "Low-dose naltrexone added to sertraline in postpartum depression: a pilot trial"
    abstract = f"Methods: {methods}\nResults: EPDS fell more with LDN."
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]
    assert gaps(title, abstract, RCT).get(SER) == "addressed"


# a next treatment for those the trial failed, said with "did not": "those who did not
# respond by week 8 were switched to sertraline" is begun instead of LDN, not beside it
@pytest.mark.parametrize(
    "after",
    [
        "those who did not respond by week 8 were switched to sertraline in routine care",
        "patients who did not remit were offered escitalopram at the end of the trial",
    ],
)
def test_next_treatment_for_those_who_did_not_respond_is_not_taken_with_ldn(after: str) -> None:
    title = "Low-dose naltrexone in depression: a randomised trial"
    abstract = (
        "Methods: 70 unmedicated adults with major depressive disorder were randomised to LDN "
        f"4.5 mg or placebo; {after}.\nResults: MADRS fell more with LDN."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
    assert SER not in gaps(title, abstract, RCT)


def test_ldn_given_to_those_who_did_not_respond_to_an_ssri_is_taken_with_it() -> None:
    title = "Low-dose naltrexone augmentation in depression: a randomised trial"
    abstract = (
        "Methods: Patients who did not respond to an SSRI were given LDN 4.5 mg in addition to "
        "the SSRI (n = 70) or placebo.\nResults: MADRS fell more with LDN."
    )
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]
    assert gaps(title, abstract, RCT).get(SER) == "addressed"
