"""Kind: a protocol's planned size is the sample its power sentence names ("A sample of 96
participants (48 per arm) provides 80% power"), its people named or not; a part of the
study's people set apart for a further measure ("infant levels will be measured in a
subsample of 20 mother-infant dyads", "a subset of 24 will undergo fMRI", "a nested cohort
of 30", "18 patients will join an imaging sub-study") is not the study's n. In a report of
that part itself (a secondary analysis) the part is the report's own sample.

Round 56, c56a; the record that showed it: holdout194 21400003 ("Low-dose naltrexone as an
adjunct to sertraline for postpartum depression (LUNA-PPD): study protocol ...": n 96, not
the 20 dyads of the infant-plasma subsample).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone as an adjunct to sertraline for postpartum depression (LUNA-PPD): "
    "study protocol for a randomised, double-blind, placebo-controlled trial"
)
RECORD = (
    "Background: Many women with postpartum depression remain symptomatic on a selective "
    "serotonin reuptake inhibitor, and breastfeeding limits the choice of augmentation. "
    "Low-dose naltrexone (LDN) has a short half-life and low milk transfer.\n"
    "Methods: Women aged 18-45 years within 6 months of delivery, with a DSM-5 major "
    "depressive episode with peripartum onset and an Edinburgh Postnatal Depression Scale "
    "score of 13 or more, who are taking sertraline 50-200 mg/day will be randomised 1:1 to "
    "naltrexone 3 mg at bedtime or matching placebo for 10 weeks, continuing sertraline. The "
    "primary outcome is the change in MADRS at week 10. A sample of 96 participants (48 per "
    "arm) provides 80% power to detect a 4-point difference. Breastfeeding is permitted; "
    "infant plasma naltrexone will be measured in a subsample of 20 mother-infant dyads.\n"
    "Discussion: LUNA-PPD will be the first controlled test of LDN with a serotonergic "
    "antidepressant in perinatal depression.\n"
    "Trial registration: ClinicalTrials.gov NCT06718244. Registered on 2 December 2023."
)


def test_the_record() -> None:
    assert facts(TITLE, RECORD, PROTOCOL).n == 96
    assert gaps(TITLE, RECORD, PROTOCOL)["larger-trials"] == "in_progress"


T = "Naltrexone 2 mg added to escitalopram for late-life depression: a trial protocol"
ARMS = (
    "Older adults with major depression on escitalopram will be randomised to naltrexone "
    "2 mg or placebo for 12 weeks"
)


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # methods: the power sentence with its people named, a subset after it
        (
            T,
            f"Methods: {ARMS}. A sample of 150 adults (75 per arm) will provide 90% power for "
            "the primary comparison. A subset of 24 participants will undergo resting-state "
            "fMRI at baseline and week 12.",
            150,
        ),
        # an unlabelled abstract, the part named before the plan
        (
            T,
            f"{ARMS}. Pharmacokinetic sampling is planned in a nested cohort of 30 patients. "
            "Our sample of 88 patients gives 80% power to detect a 3-point difference.",
            88,
        ),
        # the part told after its count, joining a sub-study
        (
            T,
            f"Methods: {ARMS}. The total sample of 120 older adults provides 85% power. "
            "Eighteen patients at the lead site will also join an imaging sub-study.",
            120,
        ),
        # the part sized in brackets beside arms
        (
            T,
            "Methods: Older adults with major depression on escitalopram will be randomised to "
            "naltrexone 2 mg (n = 40) or placebo (n = 40); a subset (n = 16) will wear "
            "actigraphs.",
            80,
        ),
        # the title naming the part
        (
            "Naltrexone 2 mg added to escitalopram for late-life depression: protocol of a trial "
            "with a pharmacokinetic subsample of 20 patients",
            f"Methods: {ARMS}. A sample of 110 participants (55 per arm) provides 80% power.",
            110,
        ),
    ],
)
def test_the_plan_not_the_part(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n


def test_a_results_paper_keeps_whom_it_randomised() -> None:
    # near miss: a results paper's power sentence is its plan, and its subsample a part
    f = facts(
        "Naltrexone 2 mg added to escitalopram for late-life depression: a randomised trial",
        "Methods: A sample of 96 participants (48 per arm) provided 80% power. Sixty-two older "
        "adults on escitalopram were randomised to naltrexone 2 mg or placebo. Plasma naltrexone "
        "was measured in a subsample of 15 patients.\n"
        "Results: MADRS change did not differ between arms.",
        RCT,
    )
    assert f.n == 62


def test_a_report_of_the_part_itself_keeps_it() -> None:
    # near miss: a secondary analysis of the subsample counts the subsample
    f = facts(
        "Sleep in a subsample of a trial of naltrexone 2 mg for late-life depression: a "
        "secondary analysis",
        "Methods: In this secondary analysis of a randomised trial of naltrexone 2 mg or "
        "placebo added to escitalopram (N = 160), a subsample of 38 participants wore "
        "actigraphs for 12 weeks.\n"
        "Results: Sleep efficiency did not differ between arms.",
        RCT,
    )
    assert f.n == 38


def test_a_results_paper_power_sentence_that_also_enrols() -> None:
    # near miss: the plan named in the sentence that enrols is still no n
    f = facts(
        "Naltrexone 2 mg added to escitalopram for late-life depression: a randomised trial",
        "Methods: A sample of 96 participants gives 80% power; 62 older adults on escitalopram "
        "were randomised to naltrexone 2 mg or placebo.\n"
        "Results: MADRS change did not differ between arms.",
        RCT,
    )
    assert f.n == 62


@pytest.mark.parametrize(
    ("allowance", "n"),
    [
        ("; allowing for 20% attrition, we will randomise 64 participants (32 per arm)", 64),
        ("; to allow for 15% dropout, 62 participants will be enrolled", 62),
        # no allowance: the powered sample is the plan
        (". Recruitment will take 18 months", 52),
    ],
)
def test_a_power_sample_before_an_attrition_allowance_is_not_the_planned_n(
    allowance: str, n: int
) -> None:
    """The powered sample is whom the analysis needs; the study plans to take in the larger
    number it names after allowing for losses (lead at the round 56 merge: c56a's power
    sentence read holdout57's "A sample of 52 evaluable participants provides 80% power;
    allowing for 20% attrition, we will randomise 64" as 52)."""
    abstract = (
        f"Methods: {ARMS}. A sample of 52 evaluable participants provides 80% power{allowance}."
    )
    assert facts(T, abstract, PROTOCOL).n == n
