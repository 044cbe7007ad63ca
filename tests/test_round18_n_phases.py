"""Round 18 (c18b): n and the ascending-dose study, from holdout59-61 and preprints10.

An extension's own people are those who join its new phase, however the joining is said;
a dose escalation framed by the study itself as dose-finding compares doses."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

EXTENSION = (
    "Open-label extension of a trial of low-dose naltrexone added to SSRIs in major "
    "depressive disorder"
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        # holdout59 46100037: consent comes before randomisation in the parent's funnel,
        # but consenting to the extension is joining the record's own phase
        (
            "Of 146 randomised participants, 118 completed the double-blind phase; 41 "
            "consented to the extension and received naltrexone 4.5 mg once daily with their "
            "SSRI until week 40.",
            41,
        ),
        # probes: the same act said otherwise
        (
            "Of the 132 adults randomised in the parent trial, 104 finished the 12-week "
            "blinded period and 37 gave consent for the open-label continuation, taking "
            "naltrexone 3 mg nightly with sertraline.",
            37,
        ),
        (
            "160 patients were randomised; of the 131 completers, 29 were enrolled in the "
            "follow-on open-label study and received naltrexone 4.5 mg daily plus escitalopram.",
            29,
        ),
        (
            "After the double-blind phase (n = 120 randomised), 45 participants agreed to join "
            "the 24-week open-label phase, in which all took LDN 4.5 mg with their SSRI.",
            45,
        ),
    ],
)
def test_an_extension_counts_the_people_who_join_it(methods: str, own: int) -> None:
    abstract = f"Methods: {methods}\nResults: Improvements were maintained."
    assert facts(EXTENSION, abstract, TRIAL).n == own
    assert "larger-trials" not in gaps(EXTENSION, abstract, TRIAL)


def test_a_trials_own_report_keeps_its_randomised_total() -> None:
    # the trial's main report: its extension is a later part, its n the randomised
    title = "Low-dose naltrexone added to SSRIs in major depressive disorder: a randomised trial"
    abstract = (
        "Methods: Of 146 randomised participants, 118 completed the double-blind phase; 41 "
        "consented to the extension and received naltrexone 4.5 mg.\n"
        "Results: LDN improved MADRS more than placebo."
    )
    assert facts(title, abstract, RCT).n == 146


TRIAL_TITLE = "Low-dose naltrexone in persistent depressive disorder: an open-label pilot"


@pytest.mark.parametrize(
    ("title", "methods", "levels"),
    [
        # preprints10 PPR8900003/PPR8900008: named an ascending-dose study, its outcome read
        # at each step
        (
            "An open-label ascending-dose study of low-dose naltrexone in persistent "
            "depressive disorder",
            "Adults with PDD entered a 16-week open-label ascending-dose study. Each "
            "participant received naltrexone 0.5 mg, 1.5 mg, 3 mg and 4.5 mg once nightly in "
            "consecutive four-week steps. The primary outcome was MADRS change at each step.",
            [0.5, 1.5, 3.0, 4.5],
        ),
        # probes: no design name, the outcome read after each dose level and compared
        (
            TRIAL_TITLE,
            "Twenty adults with major depression took naltrexone 1 mg nightly for three "
            "weeks, then 2 mg, then 4 mg, each for three weeks. HAM-D scores were recorded "
            "after each dose level and compared across the three levels.",
            [1.0, 2.0, 4.0],
        ),
        # ... a design named otherwise, the endpoint read per dosage
        (
            TRIAL_TITLE,
            "In this rising-dose pilot, 16 depressed outpatients received LDN 1.5 mg, 3 mg and "
            "4.5 mg daily in successive 2-week periods. The primary endpoint was the response "
            "rate at each dosage.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_a_dose_escalation_framed_as_testing_each_step_compares_doses(
    title: str, methods: str, levels: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: Depressive symptoms fell."
    f = facts(title, abstract, TRIAL)
    assert f.compares_doses
    assert f.ldn_doses_mg == levels
    assert gaps(title, abstract, TRIAL).get("dose-finding") == "addressed"


@pytest.mark.parametrize(
    "methods",
    [
        # a fixed titration to a target reads its outcome once, at the target
        "Thirty adults with major depression started naltrexone at 1.5 mg nightly, increased "
        "to 3 mg and then 4.5 mg over two weeks; tolerability was checked at each dose "
        "increase. The primary outcome was MADRS change at week 12.",
        "Thirty adults with major depression took naltrexone 1.5 mg for one week then 4.5 mg "
        "nightly for seven weeks; adverse events were recorded at each step of the titration.",
        "Thirty adults with major depression received an ascending-dose titration of "
        "naltrexone from 1.5 mg to 4.5 mg; the primary outcome was MADRS change at week 8.",
    ],
)
def test_a_fixed_titration_compares_no_doses(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell by 9 points."
    f = facts(TRIAL_TITLE, abstract, TRIAL)
    assert not f.compares_doses
    assert f.ldn_doses_mg == [4.5]


SECONDARY = (
    "Baseline inflammation and response to low-dose naltrexone in major depression: a "
    "secondary analysis of a randomised trial"
)
PARENT_METHODS = (
    "The trial randomised adults with major depression on an SSRI to LDN 4.5 mg or placebo."
)


@pytest.mark.parametrize(
    ("results", "own"),
    [
        # holdout60 45100035: the analysed people named by the data they had
        ("Of the 148 randomised participants, 92 (LDN 47, placebo 45) had both measures.", 92),
        # probes: the data called otherwise
        ("In the parent trial of 120 patients, 38 had valid actigraphy recordings.", 38),
        ("Of 130 randomised, 47 provided usable EEG readings.", 47),
        ("Among 150 participants in the trial, 44 had complete ratings at both time points.", 44),
    ],
)
def test_a_secondary_analysis_counts_those_with_its_data(results: str, own: int) -> None:
    abstract = f"Methods: {PARENT_METHODS}\nResults: {results} CRP moderated response."
    assert facts(SECONDARY, abstract, RCT).n == own


INTERIM = (
    "Low-dose naltrexone added to sertraline in major depression: interim results of an "
    "open-label trial"
)
DOSED = "Adults with MDD on sertraline received naltrexone 4.5 mg nightly for 12 weeks"


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # preprints10 PPR8900003: an interim report's target is whom it hopes to enrol
        (
            f"Methods: {DOSED}.\nResults: At this interim analysis, eighteen participants (13 "
            "women) had completed at least two visits; MADRS fell by 8 points.\n"
            "Conclusions: Recruitment to the target sample of 60 continues.",
            18,
        ),
        # probes: the aim said in the methods, or in other words
        (
            f"Methods: {DOSED}; the planned sample size is 90.\nResults: Twenty-six patients "
            "have completed week 12; MADRS fell by 8 points.",
            26,
        ),
        (
            f"Methods: {DOSED}.\nResults: Nineteen participants finished the 12 weeks, and "
            "MADRS fell by 8 points.\nConclusions: Enrolment continues toward a target "
            "enrolment of 75.",
            19,
        ),
    ],
)
def test_a_results_reports_target_size_is_not_its_n(abstract: str, own: int) -> None:
    assert facts(INTERIM, abstract, TRIAL).n == own
    assert "larger-trials" not in gaps(INTERIM, abstract, TRIAL)


MATCHED = "Low-dose naltrexone and depression in chronic pain: a propensity-matched cohort study"
COHORT = ("Observational Study",)


@pytest.mark.parametrize(
    ("abstract", "total"),
    [
        # preprints10 PPR8900024: a matched design's ratio names its groups, as a trial's
        # allocation does, so a count included in each of them is half the sample
        (
            "Methods: Using claims data, adults with chronic pain starting LDN (1.5-4.5 mg) "
            "were matched 1:1 by propensity score to adults starting duloxetine. The outcome "
            "was a new depression diagnosis.\nResults: After matching, 3,110 patients were "
            "included in each cohort. LDN was associated with fewer depression diagnoses.",
            6220,
        ),
        # probes: the matching said as a noun, the groups called otherwise
        (
            "Methods: In a registry of adults with chronic pain, LDN users (1.5-4.5 mg) were "
            "compared with non-users after propensity-score matching (1:1). PHQ-9 depression "
            "scores were the outcome.\nResults: The matched sample included 840 patients per "
            "group. PHQ-9 scores were lower with LDN.",
            1680,
        ),
        (
            "Methods: Adults with chronic pain starting LDN 4.5 mg were matched 1:1 on age and "
            "sex to adults starting pregabalin; depression was the outcome.\nResults: In all, "
            "415 patients in each group were included. Depression was less frequent with LDN.",
            830,
        ),
    ],
)
def test_a_matched_cohorts_size_is_its_groups_together(abstract: str, total: int) -> None:
    assert facts(MATCHED, abstract, COHORT).n == total


EUROPEAN = (
    "[Off-label prescription of low-dose naltrexone for depressive disorders: an analysis of "
    "health insurance data]"
)


@pytest.mark.parametrize(
    ("results", "total"),
    [
        # holdout61 44100024: a point grouping thousands, with decimal commas elsewhere
        (
            "1.248 patients (72,4 % women; mean age 47,3 years) received LDN. The prescribed "
            "daily dose was 4,5 mg in the median.",
            1248,
        ),
        # probes: modifiers between the count and its noun, another verb
        ("Au total, 2.315 insured adults with depression were included.", 2315),
        ("We included 3.402 adults with depression; 61,0 % were women.", 3402),
    ],
)
def test_a_count_of_people_grouped_by_points_is_thousands(results: str, total: int) -> None:
    abstract = (
        "Methods: Retrospective cohort of insured adults with a depressive episode and a "
        f"naltrexone preparation of 5 mg or less.\nResults: {results}"
    )
    assert facts(EUROPEAN, abstract, COHORT).n == total


def test_a_point_before_three_digits_elsewhere_is_a_decimal() -> None:
    abstract = (
        "Methods: Adults with depression received naltrexone 1.250 mg twice daily.\n"
        "Results: Twelve patients were enrolled."
    )
    f = facts(EUROPEAN, abstract, COHORT)
    assert f.n == 12
    assert f.ldn_doses_mg == [2.5]
