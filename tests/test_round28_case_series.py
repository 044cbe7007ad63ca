"""Round 28 (c28b): a case series told without the words "case report" or "case series".

preprints21 PPR7800016 ("... in treatment-resistant depression: three cases"; "We describe
three outpatients ... Patient A ... patient B ... patient C") was design other. A case
series is a case_report (CONTRACT.md "design"): a few people the authors report as cases
(counted in the title, introduced by "we describe/present N ...", said to be reported, or
told apart as Patient A/B, Case 1/2), with nothing allocated or trialled. A chart review
or a clinic's cohort stays observational, a trial stays a trial.
"""

from __future__ import annotations

import pytest
from written import facts

PREPRINT = ("Preprint",)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # the kind as met
        (
            "Low dose naltrexone augmentation of serotonergic antidepressants in "
            "treatment-resistant depression: three cases",
            "We describe three outpatients with treatment-resistant major depressive disorder. "
            "Patient A was taking escitalopram 20 mg; patient B venlafaxine XR 225 mg; patient "
            "C sertraline 200 mg. Each was prescribed naltrexone 4.5 mg at bedtime in addition. "
            "PHQ-9 scores fell in all three.",
            3,
        ),
        # PROBES: the title counts the cases and the people are "reported"; labels by number
        (
            "Low-dose naltrexone in postpartum depression: report of two cases",
            "Two women with postpartum depression who took naltrexone 1.5 mg nightly alongside "
            "sertraline are reported. Case 1 (aged 29) had failed two SSRIs; EPDS fell from 19 "
            "to 8 in six weeks. Case 2 (aged 34) stopped after 4 weeks because of insomnia.",
            2,
        ),
        (
            "Naltrexone 4.5 mg added to lamotrigine in bipolar depression: four patients from "
            "one clinic",
            "We present four patients with bipolar II depression given naltrexone 4.5 mg at "
            "night in addition to lamotrigine. Patients 1 and 2 remitted within 8 weeks; "
            "patient 3 improved partially; patient 4 stopped because of nausea.",
            4,
        ),
        # ... only labels tell the cases apart
        (
            "Low-dose naltrexone as an add-on in persistent depressive disorder: clinical "
            "observations",
            "Patient A (male, 45) had dysthymia for 20 years despite bupropion; naltrexone 3 mg "
            "nightly was added and his mood lifted within a month. Patient B (female, 52), on "
            "sertraline, took naltrexone 1.5 mg and reported no change after 8 weeks.",
            None,
        ),
    ],
)
def test_a_few_people_reported_as_cases_are_a_case_report(
    title: str, abstract: str, n: int | None
) -> None:
    f = facts(title, abstract, PREPRINT)
    assert f.design == "case_report"
    if n is not None:
        assert f.n == n


@pytest.mark.parametrize(
    ("title", "abstract", "design"),
    [
        # a clinic's series found by a chart review is a cohort
        (
            "Low-dose naltrexone in treatment-resistant depression: experience from a clinic",
            "We describe 46 consecutive outpatients with treatment-resistant depression "
            "prescribed naltrexone 1.5-4.5 mg in our clinic, identified by a retrospective "
            "review of their charts. PHQ-9 fell by 5 points on average.",
            "observational",
        ),
        (
            "Low-dose naltrexone in depression: a retrospective review of eight patients",
            "We present eight patients with major depression identified by a retrospective "
            "chart review who received naltrexone 4.5 mg. Six improved.",
            "observational",
        ),
        # a few people in a trial are a trial
        (
            "Low-dose naltrexone in depression: an open-label pilot trial in ten patients",
            "We describe ten patients with major depression enrolled in an open-label pilot "
            "trial of naltrexone 4.5 mg nightly for 8 weeks. Patient 1 and patient 2 remitted.",
            "nonrandomized_trial",
        ),
    ],
)
def test_a_chart_review_or_a_trial_keeps_its_design(title: str, abstract: str, design: str) -> None:
    assert facts(title, abstract, PREPRINT).design == design
