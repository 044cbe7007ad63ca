"""Participant counts (n) from batch 4 (holdout53-55, preprints8) once it was opened, each
kind probed in other words than the record's."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone for major depression: a randomised pilot trial"
POP = "Methods: Adults with major depressive disorder (MADRS of 20 or more) took part. "
RESULTS = "\nResults: MADRS scores fell by 8 points with naltrexone."


# -- successive stages of one flow are one funnel, never parts to add (holdout55
# 50100007: "Fifty-three patients consented and 48 were randomised" gave 101, and a
# false larger-trials verdict; holdout53 52100009: "83 adults ... were screened; 57 were
# enrolled" gave 83, the screening verb far from its count)


@pytest.mark.parametrize(
    ("flow", "n", "types"),
    [
        (
            "Fifty-three patients consented and 48 were randomised (24 per arm) to "
            "naltrexone 3 mg or escitalopram.",
            48,
            RCT,
        ),
        # probes: other stage pairs, other orders
        ("Of 212 screened, 34 were randomised to naltrexone 4.5 mg or placebo.", 34, RCT),
        (
            "34 were randomised to naltrexone 4.5 mg or placebo after 212 were assessed for "
            "eligibility.",
            34,
            RCT,
        ),
        (
            "Seventy-two adults gave consent, and 40 were randomly assigned to naltrexone "
            "4.5 mg or placebo (20 per group).",
            40,
            RCT,
        ),
        (
            "Sixty-one participants were enrolled and 45 were randomised to naltrexone "
            "4.5 mg or placebo.",
            45,
            RCT,
        ),
        (
            "Eighty-three adults aged 60 years or older with major depressive disorder "
            "(MADRS of 20 or more) despite at least 8 weeks of escitalopram, sertraline, "
            "venlafaxine or duloxetine were screened; 37 were enrolled and 29 completed.",
            37,
            TRIAL,
        ),
        (
            "A total of 96 older adults with recurrent depression on a stable SSRI for at "
            "least 6 weeks and a HAM-D of 18 or higher were assessed for eligibility, and "
            "41 entered the trial.",
            41,
            TRIAL,
        ),
        (
            "One hundred and ten outpatients with major depression who had not responded to "
            "two antidepressants at adequate doses were referred, of whom 44 were enrolled.",
            44,
            TRIAL,
        ),
    ],
)
def test_stages_of_one_flow_are_one_funnel(flow: str, n: int, types: tuple[str, ...]) -> None:
    abstract = POP + flow + RESULTS
    assert facts(TITLE, abstract, types).n == n
    assert "larger-trials" not in gaps(TITLE, abstract, types)


@pytest.mark.parametrize(
    ("groups", "n"),
    [
        # disjoint groups still add: arms, sexes
        (
            "Forty-two participants were allocated to naltrexone 4.5 mg, whereas 38 "
            "continued usual care.",
            80,
        ),
        ("Forty women and 35 men were randomised to naltrexone 4.5 mg or placebo.", 75),
        (
            "Eighty-six adults were enrolled; 40 were randomised to naltrexone 4.5 mg and "
            "41 to placebo.",
            81,
        ),
    ],
)
def test_disjoint_groups_still_add(groups: str, n: int) -> None:
    assert facts(TITLE, POP + groups + RESULTS, RCT).n == n


def test_a_count_per_arm_is_part_of_the_whole_it_follows() -> None:
    flow = "Sixty patients were recruited and 30 were randomly assigned to each group."
    assert facts(TITLE, POP + flow + RESULTS, RCT).n == 60


def test_a_count_treated_after_consent_is_no_part_to_add() -> None:
    abstract = POP + "Ninety patients consented; 70 received naltrexone 4.5 mg and 62 completed."
    assert facts(TITLE, abstract + RESULTS, TRIAL).n not in (160, 222, 132)


# -- a results-first abstract names its sample as the people its results are among
# (holdout54 51100002: "... among 84 randomised outpatients (21 per arm)" gave no n and
# lost a true larger-trials verdict)

CONGRESS = ("Journal Article", "Congress")
RESULTS_TITLE = "Low-dose naltrexone for major depression: results of a randomised trial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Response rates at week 12 were 22% with placebo and 41% with naltrexone 4.5 mg "
        "among 72 randomized adults with major depression (36 per group).",
        "At week 8, 38% of the 72 randomly assigned outpatients with MDD had responded to "
        "naltrexone 1.5 mg twice daily versus 18% with placebo.",
        "The mean MADRS change was -11.2 with naltrexone 3 mg and -6.4 with placebo among "
        "the 72 participants who were randomised (p=0.02).",
    ],
)
def test_the_people_results_are_among_are_the_sample(sentence: str) -> None:
    abstract = sentence + " Naltrexone was well tolerated."
    assert facts(RESULTS_TITLE, abstract, CONGRESS).n == 72


def test_people_randomised_to_one_arm_are_not_the_sample() -> None:
    abstract = (
        "MADRS fell by 11 points among 36 participants randomised to naltrexone 3 mg and "
        "by 6 among those on placebo."
    )
    assert facts(RESULTS_TITLE, abstract, CONGRESS).n is None


# -- clipped shorthand names people too, and a list of adverse events counts the people
# who had each, never the sample (holdout54 51100037: "23 outpts w/ MDD ... rec'd
# naltrexone 4.5mg" gave 6, from "vivid dreams (n=6)")

OPEN = "LDN augmentation in depression: an open-label study"


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: 23 outpts w/ MDD (MADRS >=20) on a stable SSRI rec'd naltrexone 4.5mg qhs "
            "x 8 wk, open label.\nResults: 20/23 completed. AEs: vivid dreams (n=6), insomnia "
            "(n=3).",
            23,
        ),
        (
            "Methods: 12 pts w/ TRD on an SNRI rec'd LDN 4.5 mg qhs x 12 wk.\nResults: 10/12 "
            "completed. Side effects: headache (n=4), nausea (n=2).",
            12,
        ),
        (
            "Methods: Thirty-one inpts with bipolar depression were given naltrexone 1 mg bid "
            "for 6 wk.\nResults: Adverse events included insomnia (n = 7) and vivid dreams "
            "(n = 5).",
            31,
        ),
        (
            "Methods: 40 outpts w/ MDD rec'd LDN 3 mg/d x 8 wk, open label.\nResults: MADRS "
            "fell 9 pts (p<.01). TEAEs: dizziness (n=9), vivid dreams (n=8).",
            40,
        ),
    ],
)
def test_shorthand_people_and_adverse_event_counts(abstract: str, n: int) -> None:
    assert facts(OPEN, abstract, CONGRESS).n == n


def test_points_of_a_scale_are_not_patients() -> None:
    abstract = "Methods: LDN 3 mg/d x 8 wk in MDD.\nResults: MADRS fell by 9 pts (p<.01)."
    assert facts(OPEN, abstract, CONGRESS).n is None


# -- in a survey the eligible people who answered it are its participants (preprints8
# PPR9100014: "1,204 eligible respondents completed the survey" gave no n)

SURVEY = (
    "Experiences of people with depression who use low-dose naltrexone: a cross-sectional "
    "online survey"
)
ASKED = (
    "Methods: Cross-sectional online survey of adults with a clinician diagnosis of depression "
    "who had taken LDN for at least one month.\nResults: "
)


@pytest.mark.parametrize(
    ("answered", "n"),
    [
        ("1,204 eligible respondents completed the survey (79% women; median age 44).", 1204),
        ("A total of 862 eligible members responded to the questionnaire.", 862),
        ("In all, 2,310 eligible adults completed the online questionnaire.", 2310),
        ("Of those invited, 530 eligible patients returned the questionnaire.", 530),
    ],
)
def test_eligible_people_who_answered_a_survey_are_its_sample(answered: str, n: int) -> None:
    abstract = ASKED + answered + " Most took LDN alongside an SSRI; 70% reported better mood."
    assert facts(SURVEY, abstract, ("Preprint",)).n == n


def test_an_aim_naming_tolerability_is_no_list_of_events() -> None:
    abstract = (
        "Methods: To assess the safety and tolerability of naltrexone 4.5 mg, we enrolled "
        "adults with MDD (n = 48).\nResults: MADRS fell."
    )
    assert facts(OPEN, abstract, TRIAL).n == 48
