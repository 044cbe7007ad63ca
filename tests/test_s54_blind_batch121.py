"""Kinds met in blind batch 121 (session 54, measured on the code of 53d89893), each written
again in other words.

- holdout476 51700048: "Twenty-seven, 26 and 28 participants were randomised to 4.5 mg,
  50 mg and placebo" (counts listed, then the arms, with no "respectively") gave n = 28.
- holdout476 51700052: a pain clinic's "Patients taking duloxetine or an SSRI did not
  differ in pain response from those who were not" read as LDN added to an antidepressant,
  so the cohort went on-topic.
- holdout478 51800026: "at two child and adolescent mental health services" counted two
  children (n = 2) over the 38 who started.
- holdout478 51800034: "whether baseline psychological factors, including depression,
  predict pain response" read as a mood outcome (the record as a whole stays on-topic
  through other sentences: a debatable label, left).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

COHORT = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("counts", "n"),
    [
        ("Thirty, 31 and 29 patients were assigned to 1 mg, 4.5 mg and placebo.", 90),
        ("Twenty, 22 and 21 adults were randomized to naltrexone 2 mg, 50 mg or placebo.", 63),
    ],
)
def test_counts_listed_before_the_arms_they_fill_are_summed(counts: str, n: int) -> None:
    text = (
        "Methods: Adults with major depression on a stable SSRI were randomised to naltrexone "
        "or placebo nightly for 8 weeks.\n"
        f"Results: {counts} Depression scores fell most with the low dose. Two participants "
        "on the higher dose stopped for nausea."
    )
    assert facts("Naltrexone doses added to SSRIs in depression", text, RCT).n == n


def test_counts_before_a_list_of_other_things_are_not_summed_as_arms() -> None:
    text = (
        "Methods: Adults with major depression on a stable SSRI were randomised to LDN 4.5 mg "
        "or placebo; 120 were randomised in all.\n"
        "Results: Forty, 41 and 39 participants were randomised at the Leeds, York, Hull and "
        "Bath sites. MADRS fell more with LDN."
    )
    assert facts("Low-dose naltrexone added to SSRIs in depression", text, RCT).n == 120


PAIN_CLINIC = (
    "Methods: We reviewed the records of adults who started LDN 1.5-4.5 mg at a pain service. "
    "The outcome was a 30% fall in numeric pain rating at 3 months.\n"
    "Results: Of 240 records screened, 190 patients were included. {x}"
)


@pytest.mark.parametrize(
    "x",
    [
        "Patients on sertraline or venlafaxine did not differ in pain outcome from others.",
        "Patients taking an SNRI had pain response rates like those of patients not taking one.",
    ],
)
def test_takers_compared_with_the_rest_are_no_augmentation(x: str) -> None:
    f = facts(
        "Low-dose naltrexone in a pain service: a chart review", PAIN_CLINIC.format(x=x), COHORT
    )
    assert f.on_topic is False


def test_an_antidepressant_the_drug_is_added_to_still_counts() -> None:
    text = (
        "Methods: Adults taking sertraline received LDN 4.5 mg nightly added to it for 8 weeks; "
        "MADRS was the primary outcome.\n"
        "Results: Thirty patients taking sertraline started LDN; MADRS fell by 7 points."
    )
    f = facts("Low-dose naltrexone added to sertraline: an open-label pilot", text, TRIAL)
    assert f.on_topic is True
    assert f.concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    "where", ["at three adult psychiatry clinics", "at two patient and carer support services"]
)
def test_a_singular_people_noun_after_a_count_names_places(where: str) -> None:
    text = (
        f"Methods: In this open-label pilot {where}, young people with major depression on an "
        "SSRI received LDN 3 mg nightly for 8 weeks.\n"
        "Results: Forty-four participants (mean age 20.2 years; 64% female) started LDN and 39 "
        "completed. MADRS fell by 9 points; one stopped for nausea."
    )
    assert facts("Low-dose naltrexone with SSRIs in youth depression", text, TRIAL).n == 44


def test_depression_among_predictors_of_pain_is_no_outcome() -> None:
    text = (
        "Objective: We examined whether baseline factors, including anxiety and depression, "
        "predict pain response to LDN.\n"
        "Methods: Adults with chronic pain starting LDN 4.5 mg were followed for 6 months; "
        "response was a 30% fall in average pain.\n"
        "Results: Of 150 patients, 52 responded; catastrophizing predicted non-response."
    )
    f = facts("Predictors of response to low-dose naltrexone in chronic pain", text, COHORT)
    assert f.on_topic is False


DROPS = (
    "Methods: Adults with major depression on an SNRI took compounded naltrexone drops (0.2 "
    "mg per drop) {schedule}, for 12 weeks.\n"
    "Results: Thirty patients were enrolled; MADRS fell from 27.0 to 18.5."
)
DROPS_TITLE = "Sublingual naltrexone drops added to SNRIs in depression: an open-label study"


@pytest.mark.parametrize(
    "schedule",
    [
        "starting at 5 drops at bedtime and increasing as tolerated to a maximum of 20 drops daily",
        "5 to 20 drops nightly as tolerated",
        "5-20 drops nightly, adjusted according to response",
    ],
)
def test_a_flexible_range_of_drops_lists_both_ends(schedule: str) -> None:
    # (holdout476 51700049; holdout473 51600026, whose drops' strength closed a clause
    # before the range: "(0.1 mg per drop) were eligible; prescribers titrated the dose
    # between 15 and 45 drops nightly")
    f = facts(DROPS_TITLE, DROPS.format(schedule=schedule), TRIAL)
    assert f.ldn_doses_mg == [1.0, 4.0]
    assert f.compares_doses is False


def test_drops_raised_to_a_fixed_top_list_the_top() -> None:
    schedule = "starting at 5 drops at bedtime and increasing to a maximum of 20 drops daily"
    assert facts(DROPS_TITLE, DROPS.format(schedule=schedule), TRIAL).ldn_doses_mg == [4.0]


def test_a_drops_range_across_a_clause_break() -> None:
    text = (
        "Methods: We reviewed records of adults with depression taking duloxetine who were "
        "dispensed naltrexone drops (0.1 mg per drop); prescribers titrated the dose between "
        "10 and 40 drops nightly according to response.\n"
        "Results: Of 150 patients identified, 120 were included; PHQ-9 fell by 5 points."
    )
    f = facts("Naltrexone drops with duloxetine: a retrospective cohort", text, COHORT)
    assert f.ldn_doses_mg == [1.0, 4.0]


def test_individual_reports_counted_are_the_sample() -> None:
    # (preprints71 PPR2600007: "individual" before a noun is no person counted, and no
    # modifier of a place either)
    text = (
        "Methods: We searched a national pharmacovigilance database for reports naming "
        "naltrexone at 0.5-6 mg a day; disproportionality for depression was computed.\n"
        "Results: 980 individual case reports met criteria (median age 50 years); depression "
        "was not over-reported."
    )
    f = facts(
        "Mood adverse events with low-dose naltrexone: a pharmacovigilance study", text, COHORT
    )
    assert f.n == 980
