"""Round 27 (c27b): the record's own n, said in ways batch 16 showed: a conference
abstract's interim accrual ("N have been randomised to date"), counts of people on
concurrent medication (overlapping, not arms), and a secondary analysis's doses."""

from __future__ import annotations

import pytest
from written import facts, gaps

CONGRESS = ("Journal Article", "Congress")
INTERIM = "P.0123 Adjunctive low-dose naltrexone for major depression: interim results of a trial"
ARMS = (
    "Methods: Adults with major depressive disorder (MADRS >= 20) were randomised to "
    "naltrexone 4.5 mg at bedtime or placebo for 8 weeks. The planned sample is 100."
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        # the accrual of a trial still recruiting, "to date" after the perfect passive
        (
            "Sixty-four participants have been randomised to date (mean age 41 years); 55 "
            "have completed week 8. Two participants (one per arm) developed hypomania.",
            64,
        ),
        # probes: "so far" before it, digits, another intake verb
        ("So far, 72 adults have been enrolled, of whom 60 completed the trial.", 72),
        ("To date seventy patients have been recruited; 3 withdrew.", 70),
        ("Fifty-eight outpatients had been randomised thus far, and 51 were analysed.", 58),
    ],
)
def test_an_interim_accrual_is_the_reports_own_n(results: str, n: int) -> None:
    abstract = f"{ARMS}\nResults: {results} MADRS fell more with LDN."
    assert facts(INTERIM, abstract, CONGRESS).n == n
    assert gaps(INTERIM, abstract, CONGRESS).get("larger-trials") == "addressed"


def test_patients_enrolled_in_other_trials_to_date_are_no_accrual() -> None:
    abstract = (
        "Background: Fewer than 300 patients have been randomised in trials of naltrexone "
        f"for depression to date.\n{ARMS}\nResults: Forty participants were randomised."
    )
    assert facts(INTERIM, abstract, CONGRESS).n == 40


COHORT = "Low-dose naltrexone in depression: a retrospective cohort study"
OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        # what the people also took, counted per drug: the counts overlap, they are no arms
        (
            "Methods: We reviewed the electronic records of 212 adults with depression "
            "treated with LDN 1.5-4.5 mg/day. Concurrent medications included lithium "
            "(n = 77), lamotrigine (n = 102), SSRIs (n = 88) and bupropion (n = 41).",
            212,
        ),
        # probes: comorbidities, co-prescriptions said with "were" or "comprised"
        (
            "Methods: The charts of 140 outpatients with depression given naltrexone 3 mg "
            "were examined. Psychiatric comorbidities comprised anxiety disorders (n = 61), "
            "PTSD (n = 38) and ADHD (n = 25), and chronic pain (n = 70).",
            140,
        ),
        (
            "Methods: We studied 96 depressed adults prescribed naltrexone 4.5 mg nightly. "
            "Co-prescribed drugs were sertraline (n = 40), quetiapine (n = 35) and "
            "pregabalin (n = 30).",
            96,
        ),
    ],
)
def test_counts_of_people_on_each_comedication_are_not_arms(abstract: str, n: int) -> None:
    assert facts(COHORT, abstract, OBS).n == n


def test_groups_that_make_up_the_sample_still_add() -> None:
    abstract = (
        "Methods: The cohort included patients with major depressive disorder (n = 40) and "
        "bipolar depression (n = 24), all treated with naltrexone 4.5 mg nightly."
    )
    assert facts(COHORT, abstract, OBS).n == 64


def test_a_list_of_the_studys_own_arms_still_adds() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder took naltrexone nightly for 8 "
        "weeks. The randomised doses were naltrexone 1.5 mg (n = 20) and 4.5 mg (n = 22)."
    )
    assert facts(COHORT, abstract, OBS).n == 42


@pytest.mark.parametrize(
    ("title", "background", "methods", "dose", "n"),
    [
        # a title in title case names the parent trial ("the LIFT-D Randomised Trial"): the
        # background sentence on that trial gives the arms the analysed people received
        (
            "Does the Background Antidepressant Matter? Low-Dose Naltrexone With SNRIs: A "
            "Secondary Analysis of the LIFT-D Randomised Trial",
            "The LIFT-D trial randomised 84 adults with major depressive disorder on "
            "serotonergic antidepressants to low-dose naltrexone (LDN) 4.5 mg or placebo.",
            "In this pre-specified secondary analysis we restricted the sample to the 41 "
            "participants who were taking venlafaxine or duloxetine (LDN n = 20; placebo n = 21).",
            [4.5],
            41,
        ),
        # probes: a post hoc analysis, "Study", twice-daily dosing
        (
            "Sex Differences in Response to Low-Dose Naltrexone in Depression: A Post Hoc "
            "Analysis of the NALMOOD Double-Blind Study",
            "NALMOOD assigned 120 adults with major depression to naltrexone 1.5 mg twice "
            "daily or placebo for 12 weeks.",
            "This post hoc analysis compared response between the 52 women and 48 men who "
            "completed the study.",
            [3.0],
            100,
        ),
        (
            "Inflammation and Response to Low-Dose Naltrexone: Exploratory Analysis of the "
            "CALM-DEP Placebo-Controlled Trial",
            "In CALM-DEP, 150 adults with treatment-resistant depression received naltrexone "
            "4 mg nightly or placebo.",
            "We analysed baseline C-reactive protein in the 66 participants with stored serum.",
            [4.0],
            66,
        ),
    ],
)
def test_a_secondary_analysis_keeps_its_parents_doses(
    title: str, background: str, methods: str, dose: list[float], n: int
) -> None:
    abstract = f"Background: {background}\nMethods: {methods}\nResults: No differences."
    got = facts(title, abstract)
    assert got.ldn_doses_mg == dose
    assert got.n == n


@pytest.mark.parametrize(
    "results",
    [
        "Two participants (one per arm) developed hypomania.",
        "Three patients developed insomnia and one withdrew.",
        "Four participants (all on LDN) developed vivid dreams.",
    ],
)
def test_people_who_developed_an_event_are_no_sample(results: str) -> None:
    abstract = f"{ARMS}\nResults: {results} MADRS fell more with LDN."
    assert facts(INTERIM, abstract, CONGRESS).n is None
