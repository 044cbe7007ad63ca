"""Round 17 (c17c): on-topic precision and participant counts, from holdout56-58 once
they were opened. Each test names the kind of error; the probes say it in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts, gaps

# -- a small unit dose taken so often that the day's total is above the LDN band
# (holdout57 48100025: "3 mg four times daily (total 12 mg/day)"). The contract's band
# is of the total daily dose, whether or not the total is written out.

DIVIDED = "Divided-dose naltrexone for major depressive disorder: an open-label pilot study"


@pytest.mark.parametrize(
    ("methods", "total"),
    [
        # the record's kind: the total written out in brackets
        ("received naltrexone 3 mg four times daily (total 12 mg/day) for six weeks", 12),
        # probes: no total written, other ways to say the frequency
        ("took naltrexone 2.5 mg every 4 hours while awake for eight weeks", 15),
        ("were given naltrexone 2 mg q.i.d. for six weeks", 8),
        ("received compounded naltrexone capsules, 1.75 mg, 4 times a day, for 6 weeks", 7),
    ],
)
def test_a_unit_dose_taken_often_enough_to_exceed_the_band_is_not_ldn(
    methods: str, total: int
) -> None:
    abstract = (
        f"Methods: Forty-six adults with major depressive disorder (HAM-D17 >= 18) {methods}.\n"
        "Results: HAM-D17 fell from 21.9 to 14.2."
    )
    f = facts(DIVIDED, abstract, TRIAL)
    assert f.on_topic is False
    assert gaps(DIVIDED, abstract, TRIAL) == {}


def test_a_unit_dose_taken_four_times_a_day_within_the_band_is_ldn() -> None:
    abstract = (
        "Methods: Forty-six adults with major depressive disorder received naltrexone 1 mg "
        "four times daily for six weeks.\nResults: HAM-D17 fell from 21.9 to 14.2."
    )
    f = facts(DIVIDED, abstract, TRIAL)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [4.0]


# -- a survey of professionals gives the drug to nobody: depression is its topic only
# when it is the survey's subject, not one of several indications the drug is prescribed
# or dispensed for (holdout56 49100033: community pharmacists asked about LDN, dispensed
# "for fibromyalgia, multiple sclerosis and depression")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Community pharmacists' knowledge of and attitudes to low-dose naltrexone: a "
            "national survey",
            "Objectives: Community pharmacists increasingly receive prescriptions for low-dose "
            "naltrexone (LDN) for fibromyalgia, multiple sclerosis and depression.\n"
            "Methods: Online survey of registered community pharmacists (n = 412 respondents).\n"
            "Key findings: 38% were unaware that LDN doses are typically 1.5-4.5 mg.",
        ),
        # probes: other professions, other lists, the list in the methods
        (
            "Psychiatrists' views on low-dose naltrexone: an online survey",
            "Methods: We surveyed 300 psychiatrists about low-dose naltrexone (LDN), which "
            "patients request for chronic pain, long COVID and depression.\n"
            "Results: 41% had prescribed LDN in the past year, usually 4.5 mg.",
        ),
        (
            "What do general practitioners know about low-dose naltrexone? A questionnaire study",
            "Background: Low-dose naltrexone (LDN, 1.5-4.5 mg) is used off-label for Crohn's "
            "disease, depressive symptoms and fibromyalgia.\nMethods: A questionnaire on LDN "
            "was completed by 265 general practitioners.\nResults: Few knew the usual dose.",
        ),
    ],
)
def test_a_survey_of_professionals_naming_depression_among_indications_is_off_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract).on_topic is False


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # depression the subject: in the title ...
        (
            "Low-dose naltrexone for depression: a national survey of psychiatrists",
            "Methods: An online survey was emailed to 2,400 psychiatrists.\nResults: 611 "
            "psychiatrists responded; 38% had prescribed LDN at 1.5-4.5 mg.",
        ),
        # ... or on its own in the aim
        (
            "General practitioners' prescribing of low-dose naltrexone: a national survey",
            "Objective: To describe GPs' prescribing of low-dose naltrexone (LDN) for "
            "depression.\nMethods: An online survey was sent to 2,000 GPs; 350 GPs responded.\n"
            "Results: 20% had prescribed LDN 4.5 mg.",
        ),
    ],
)
def test_a_survey_of_professionals_about_ldn_for_depression_stays_on_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract).on_topic is True


def test_a_survey_of_users_taking_ldn_for_several_indications_stays_on_topic() -> None:
    abstract = (
        "Methods: 300 adults taking low-dose naltrexone for fibromyalgia, multiple sclerosis "
        "or depression completed an online survey including the PHQ-9.\n"
        "Results: PHQ-9 scores were lower with longer use."
    )
    assert facts("Why people take low-dose naltrexone: an online survey", abstract).on_topic


# -- participant counts: equal groups with no noun after the size, and people written as
# a clinical abbreviation (holdout57 48100010: "enrolled in four sequential cohorts of
# six"; holdout58 47100007: "212 pwMS were included")

ESCALATION = "Low-dose naltrexone in bipolar depression: a sequential-cohort dose-escalation study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        ("Adults with bipolar depression were enrolled in four sequential cohorts of six.", 24),
        # probes
        ("Outpatients with bipolar depression were randomised into three arms of 20 each.", 60),
        ("We recruited adults with bipolar depression as two groups of 12.", 24),
    ],
)
def test_equal_groups_sized_without_a_noun_count_people(methods: str, n: int) -> None:
    abstract = (
        f"Methods: {methods} Participants received naltrexone 1.5 mg, 3 mg or 4.5 mg nightly "
        "for four weeks.\nResults: MADRS fell."
    )
    assert facts(ESCALATION, abstract, TRIAL).n == n


def test_groups_sized_in_time_count_nobody() -> None:
    abstract = (
        "Methods: Adults with bipolar depression were enrolled in three cohorts of six weeks "
        "each, receiving naltrexone 1.5 mg, 3 mg and 4.5 mg.\nResults: MADRS fell."
    )
    assert facts(ESCALATION, abstract, TRIAL).n is None


COHORT = "Low-dose naltrexone and depressive symptoms: a retrospective cohort study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: We reviewed the records of all pwMS attending an MS clinic who had "
            "completed the HADS twice; those who had started LDN (3-4.5 mg nightly) were "
            "compared with those who had not.\nResults: 212 pwMS were included, 71 of whom had "
            "taken LDN. HADS-depression scores fell more in the LDN group.",
            212,
        ),
        # probes: other people-abbreviations, other verbs
        (
            "Methods: Records of PwP attending a movement-disorders clinic were reviewed; those "
            "prescribed low-dose naltrexone (4.5 mg) were compared with the rest on the GDS-15 "
            "depression scale.\nResults: We included 148 PwP, of whom 39 took LDN.",
            148,
        ),
        (
            "Methods: A chart review of PLWH taking low-dose naltrexone 4.5 mg nightly at an HIV "
            "clinic, with PHQ-9 depression as the outcome.\nResults: 96 PLWH were included.",
            96,
        ),
        (
            "Methods: CYP (children and young people) aged 8-17 with chronic pain who started "
            "low-dose naltrexone 0.1 mg/kg up to 4.5 mg were followed; RCADS depression scores "
            "were the outcome.\nResults: 84 CYP were included; two CYP enzymes were genotyped.",
            84,
        ),
    ],
)
def test_people_written_as_a_clinical_abbreviation_are_counted(abstract: str, n: int) -> None:
    assert facts(COHORT, abstract, JOURNAL).n == n
