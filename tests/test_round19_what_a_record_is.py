"""What a record is, who it enrolls, how many (round 19, from preprints11, holdout62 and
holdout63 once opened). Each test failed before its fix; the probes say the same kind in
other words."""

from __future__ import annotations

from typing import Any

import pytest
from written import RCT, TRIAL, facts, gaps, judge_preprint, preprint


def _preprint(title: str, abstract: str, keywords: tuple[str, ...] = ()) -> dict[str, Any]:
    # a Preprints.org record, its keywords given only when there are some
    listed = {"keywordList": {"keyword": list(keywords)}} if keywords else {}
    return preprint(
        title,
        abstract,
        doi="10.20944/preprints202601.0001.v1",
        bookOrReportDetails={"publisher": "Preprints.org"},
        **listed,
    )


# -- a record that declares itself a review, whatever trials it summarises ---------------
# (preprints11 PPR8800018: "This narrative review summarises ... the small randomised
# proof-of-concept trial ..., open-label and retrospective reports": the cited
# "retrospective reports" made the review look like a cohort, so the declaration was
# dropped and the cited randomised trial became the record's own design; its research
# priorities then closed serotonergic-combination and dose-finding)

REVIEWS = [
    # preprints11's form
    (
        "Low-Dose Naltrexone for Depression: Mechanisms, Clinical Evidence and Research Priorities",
        "Low-dose naltrexone (LDN), typically 1.5-4.5 mg per day, has attracted interest as "
        "a treatment for depression. This narrative review summarises preclinical data, the "
        "small randomised proof-of-concept trial of 1 mg twice daily in patients on "
        "dopaminergic antidepressants, open-label and retrospective reports, and LDN studies "
        "in fibromyalgia in which mood was a secondary outcome. We identify three priorities: "
        "adequately powered randomised trials (at least 50 participants per arm), trials of "
        "LDN combined with serotonergic and noradrenergic antidepressants, and dose-finding "
        "studies comparing doses between 0.5 and 6 mg.",
        ("low-dose naltrexone", "depression", "review"),
    ),
    # probe: "in this overview we summarise", a cohort and a chart audit among what it covers
    (
        "Opioid modulation in mood disorders: where does low-dose naltrexone stand?",
        "In this overview we summarise what is known about low-dose naltrexone in "
        "depression: a double-blind randomised pilot in 12 outpatients taking bupropion or "
        "stimulants, case series, a retrospective chart audit and a prospective cohort of "
        "patients on sertraline or escitalopram given 4.5 mg. Trials comparing 1.5, 3 and "
        "4.5 mg added to SSRIs in at least 100 patients are the next step.",
        ("naltrexone", "depression"),
    ),
    # probe: "here we synthesise the evidence", no word "review" in the abstract
    (
        "Low-dose naltrexone as an adjunct to antidepressants",
        "Here we synthesise the clinical evidence on low-dose naltrexone (0.5-4.5 mg daily) "
        "added to SSRIs and SNRIs in major depressive disorder, drawing on randomised "
        "trials, observational registries and real-world prescription data. Patients "
        "randomised to 1 mg or 4.5 mg improved similarly. Larger trials are required.",
        (),
    ),
    # probe: no declaration in the abstract; the record's keyword says review and the
    # abstract has no participants or methods of its own
    (
        "Low-dose naltrexone in depression: neuroimmune mechanisms and clinical data",
        "Low-dose naltrexone (LDN) at 1.5-4.5 mg daily blocks microglial Toll-like receptor "
        "4. A randomised pilot in 12 patients on dopaminergic antidepressants reported "
        "benefit, and retrospective series of patients on SSRIs describe similar effects. "
        "Trials comparing 1.5 mg with 4.5 mg in patients on serotonergic antidepressants "
        "are warranted.",
        ("naltrexone", "major depressive disorder", "Narrative Review"),
    ),
]


@pytest.mark.parametrize(("title", "abstract", "keywords"), REVIEWS)
def test_a_declared_review_is_a_review_whatever_it_cites(
    title: str, abstract: str, keywords: tuple[str, ...]
) -> None:
    f, g = judge_preprint(_preprint(title, abstract, keywords))
    assert f.design == "review"
    assert g == {}


@pytest.mark.parametrize(
    ("title", "abstract", "keywords", "design"),
    [
        # a chart review calls itself a review too: what it reviews is its own patients
        (
            "Low-dose naltrexone in depressed outpatients",
            "This retrospective review of 46 outpatients with major depression given "
            "naltrexone 4.5 mg with an SSRI found that 22 responded.",
            ("naltrexone", "review"),
            "observational",
        ),
        # a trial preprint with a review keyword keeps its own randomised design
        (
            "Low-dose naltrexone 1 mg versus 4.5 mg added to SSRIs in major depression",
            "Methods: Sixty adults with major depressive disorder on an SSRI were randomised "
            "to naltrexone 1 mg or 4.5 mg daily for 8 weeks. Results: HAMD fell more with "
            "4.5 mg (p = 0.03).",
            ("naltrexone", "review"),
            "rct",
        ),
    ],
)
def test_what_a_review_declaration_does_not_cover(
    title: str, abstract: str, keywords: tuple[str, ...], design: str
) -> None:
    f, _g = judge_preprint(_preprint(title, abstract, keywords))
    assert f.design == design


# -- a trial in progress: its n is the planned size, not the accrual so far ---------------
# (holdout63 42100008: a congress "Trial in progress" abstract, "target sample 90" and "as
# of April 2025, 37 participants have been randomised": the target was not read as a
# size and the interim accrual became n, so larger-trials was not in progress)

CONGRESS = ("Congress",)
IN_PROGRESS = [
    # holdout63's form
    (
        "Trial in progress: a randomised, placebo-controlled, dose-ranging study of "
        "low-dose naltrexone as add-on therapy in treatment-resistant depression",
        "Methods: A four-arm, double-blind, phase 2 trial in adults with treatment-resistant "
        "depression who continue a stable SSRI. Participants are randomised 1:1:1:1 to "
        "naltrexone 1 mg, 2.5 mg or 4.5 mg once daily or placebo for 10 weeks; target "
        "sample 90. Status: Recruitment opened in October 2024; as of April 2025, 37 "
        "participants have been randomised. Results are expected in 2026.",
        90,
    ),
    # probe: "enrolment target: 120" and accrual "had been enrolled by March"
    (
        "Trial in progress: low-dose naltrexone 4.5 mg versus placebo added to SSRIs in "
        "major depressive disorder",
        "Methods: Adults with major depressive disorder on a stable SSRI are randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. Enrolment target: 120. Progress: by "
        "March 2025, 41 patients had been enrolled at four sites.",
        120,
    ),
    # probe: the plan in a verb ("we plan to randomise 150"), accrual "to date"
    (
        "Trial in progress: adjunctive low-dose naltrexone in treatment-resistant depression",
        "Methods: In this double-blind trial we plan to randomise 150 adults with "
        "treatment-resistant depression taking an SNRI to naltrexone 3 mg or placebo. "
        "Recruitment began in 2024 and 28 participants have been randomised to date.",
        150,
    ),
    # probe: a planned accrual named after its noun ("recruitment goal of 80 patients"),
    # the accrual in brackets
    (
        "Trial in progress: low-dose naltrexone for depression in older adults",
        "Methods: Older adults with major depression are randomised to naltrexone 1 mg twice "
        "daily or placebo added to escitalopram; the recruitment goal is 80 patients. "
        "Status: recruiting (currently 19 enrolled).",
        80,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), IN_PROGRESS)
def test_a_trial_in_progress_counts_its_planned_size(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.design == "protocol"
    assert f.n == n
    assert gaps(title, abstract, CONGRESS).get("larger-trials") == "in_progress"


# -- remission as an outcome is not a population outside an episode ----------------------
# (holdout62 43100017: an open-label extension titled "... in major depressive disorder",
# added to serotonergic antidepressants, reported "44% of participants were in remission
# (HAM-D-17 <= 7) at the last visit"; in an abstract without section labels that result
# read as people taken in while in remission, so it was judged "participants not selected
# for depression" and lost larger-trials and serotonergic-combination)

EXTENSIONS = [
    # holdout62's form
    (
        "Long-term adjunctive low-dose naltrexone in major depressive disorder: a 40-week "
        "open-label extension of a randomized dose-comparison trial",
        "Following an 8-week randomized, double-blind comparison of naltrexone 1 mg/day, "
        "4.5 mg/day and placebo added to serotonergic antidepressants, completers were "
        "offered 40 weeks of open-label treatment. In the extension, all participants "
        "received naltrexone 4.5 mg/day; their citalopram, sertraline or venlafaxine was "
        "continued at the same dose. Seventy-one of the 87 completers entered the extension "
        "and 58 completed it. Mean HAM-D-17 scores fell from 13.9 to 9.2 at week 40; 44% of "
        "participants were in remission (HAM-D-17 <= 7) at the last visit.",
    ),
    # probe: "N of M patients were in remission at week 24"
    (
        "Low-dose naltrexone added to SSRIs in treatment-resistant depression: 24-week "
        "open-label extension",
        "Completers of a 12-week randomised trial of naltrexone 4.5 mg versus placebo added "
        "to escitalopram or sertraline continued open-label naltrexone 4.5 mg with their "
        "antidepressant. Sixty-two patients entered the extension. At week 24, 27 of 62 "
        "patients were in remission (MADRS <= 10) and 5 had relapsed.",
    ),
    # probe: remission said before its people, at the final visit
    (
        "Extended treatment with low-dose naltrexone in major depression: an open-label "
        "continuation study",
        "After an 8-week double-blind phase, 56 participants continued naltrexone 3 mg "
        "daily with their sertraline or duloxetine for 26 weeks. Sustained remission "
        "occurred in 21 of the 56 participants, and half of the participants were in full "
        "remission at the final visit.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), EXTENSIONS)
def test_remission_reported_as_an_outcome_selects_nobody_out(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.depression_population is True
    assert {"larger-trials", "serotonergic-combination"} <= set(gaps(title, abstract, TRIAL))


def test_people_taken_in_while_in_remission_are_still_not_a_depressed_population() -> None:
    # a relapse-prevention trial: people in remission are taken in, not now ill
    f = facts(
        "Low-dose naltrexone for relapse prevention after depression",
        "Outpatients who had been in remission for at least 8 weeks on an SSRI were "
        "randomised to naltrexone 4.5 mg or placebo for 52 weeks (n = 120).",
        RCT,
    )
    assert f.depression_population is False


# -- an extension's title naming its parent's design; a dose its clinicians could adjust --
# (holdout62 43100017, once its population was read: "a 40-week open-label extension of a
# randomized dose-comparison trial" made the extension itself compare doses, and "which
# could be adjusted between 1 mg and 4.5 mg/day at the clinician's discretion; their
# citalopram ... or venlafaxine was continued" read as speculation, so its antidepressants
# were lost)

FLEXIBLE_EXTENSIONS = [
    (
        "Long-term adjunctive low-dose naltrexone in major depressive disorder: a 40-week "
        "open-label extension of a randomized dose-comparison trial",
        "Following an 8-week randomized, double-blind comparison of naltrexone 1 mg/day, "
        "4.5 mg/day and placebo added to serotonergic antidepressants, completers were "
        "offered 40 weeks of open-label treatment. In the extension, all participants "
        "received naltrexone, which could be adjusted between 1 mg and 4.5 mg/day at the "
        "clinician's discretion according to response and tolerability; their citalopram, "
        "sertraline, fluoxetine or venlafaxine was continued at the same dose. Seventy-one "
        "of the 87 completers entered the extension and 58 completed it. HAM-D-17 scores "
        "fell from 13.9 to 9.2 at week 40.",
    ),
    # probe: a continuation of a dose-ranging trial; the dose "could be titrated"
    (
        "Low-dose naltrexone in treatment-resistant depression: 6-month continuation phase "
        "of a dose-ranging trial",
        "Participants who completed a randomised comparison of three naltrexone doses "
        "entered a 24-week open-label continuation. Naltrexone could be titrated from 1.5 mg "
        "to 4.5 mg daily as tolerated, and their escitalopram or duloxetine was kept "
        "unchanged. Sixty-four patients entered the continuation phase; 50 completed it.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), FLEXIBLE_EXTENSIONS)
def test_an_extension_of_a_dose_comparison_compares_no_doses(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.compares_doses is False
    assert "serotonergic" in f.concomitant_classes
    assert set(gaps(title, abstract, TRIAL)) == {"larger-trials", "serotonergic-combination"}


# -- a derived report's own sample: the people it examined an outcome in ----------------
# (holdout63 42100025: a letter, "a post hoc analysis" of a crossover trial in MS "(52
# participants ...)": "We have now examined the Beck Depression Inventory-II (BDI-II) in
# the 19 participants whose baseline BDI-II was 14 or more": its n is 19, not 52)

DERIVED_SUBSAMPLES = [
    (
        "Depressive symptoms in a randomised crossover trial of low-dose naltrexone in "
        "multiple sclerosis: a post hoc analysis",
        "Dear Editor, In our crossover trial of naltrexone 4.5 mg nightly versus placebo in "
        "relapsing multiple sclerosis (52 participants, 8 weeks per period), fatigue was the "
        "primary outcome. We have now examined the Beck Depression Inventory-II (BDI-II) in "
        "the 19 participants whose baseline BDI-II was 14 or more. In this subgroup, BDI-II "
        "was 4.2 points lower after the naltrexone period (95% CI 1.1 to 7.3).",
        ("Letter",),
        19,
    ),
    # probe: "we evaluated ... among the 24 participants who ..."
    (
        "Mood in a randomised trial of low-dose naltrexone for fibromyalgia: a post hoc analysis",
        "In a post hoc analysis of our randomised trial of naltrexone 4.5 mg versus placebo "
        "in fibromyalgia (n = 60), we evaluated the HADS depression subscale (HADS-D) among "
        "the 24 participants who scored 8 or more at baseline. HADS-D fell by 2.1 points "
        "more with naltrexone (p = 0.04).",
        ("Journal Article",),
        24,
    ),
    # probe: the outcome as subject, "was explored in 31 patients with ..."
    (
        "Low-dose naltrexone and mood in long COVID: secondary analysis of a randomised trial",
        "The parent trial randomised 98 adults with long COVID to naltrexone 1 mg or "
        "placebo. In this secondary analysis, mood (Profile of Mood States, POMS) was "
        "explored in 31 patients with depressive symptoms at baseline. POMS improved more "
        "with naltrexone (p = 0.03).",
        ("Journal Article",),
        31,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "n"), DERIVED_SUBSAMPLES)
def test_a_derived_report_counts_the_people_it_examined(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    f = facts(title, abstract, types)
    assert f.n == n
    assert f.depression_population is False


# -- a depression scale that only describes the people at entry -----------------------
# (holdout63 42100040: a pharmacy cohort of LDN for chronic pain in veterans, "Baseline:
# mean age 56, PHQ-9 mean 11.4, 38% on an antidepressant": the PHQ-9 describes who the
# people were, it measures no mood outcome, so the record is not on-topic)

BASELINE_ONLY = [
    (
        "Low-dose naltrexone for chronic pain in veterans: a 10-year pharmacy cohort",
        "Methods: VA pharmacy records 2014-2024; 230 veterans with chronic non-cancer pain "
        "dispensed naltrexone 1.5-4.5 mg. Baseline: mean age 56, PHQ-9 mean 11.4, 38% on an "
        "antidepressant. Results: 61% continued >= 6 months; opioid doses fell in 44% of "
        "opioid users. Conclusions: LDN is used persistently in veterans with chronic pain.",
    ),
    # probe: "Baseline characteristics:" with a depression subscale, a fibromyalgia cohort
    (
        "Persistence with low-dose naltrexone in fibromyalgia: a retrospective cohort",
        "Methods: 148 women with fibromyalgia prescribed naltrexone 4.5 mg at one clinic. "
        "Baseline characteristics: median age 49 years, mean HADS depression score 9.1, "
        "mean FIQR 61. Results: 52% were still taking naltrexone at 12 months; pain scores "
        "fell by 1.8 points.",
    ),
    # probe: "Patient characteristics at entry:" with a BDI mean
    (
        "Low-dose naltrexone in Crohn's disease: a single-centre case series",
        "Twenty-two adults with active Crohn's disease received naltrexone 4.5 mg nightly for "
        "12 weeks. Patient characteristics at entry: mean age 38, mean BDI-II 15, 9 on an "
        "immunomodulator. Clinical response occurred in 14 and endoscopic healing in 7.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), BASELINE_ONLY)
def test_a_scale_describing_people_at_entry_is_no_mood_outcome(title: str, abstract: str) -> None:
    assert facts(title, abstract).on_topic is False


def test_a_scale_followed_over_time_stays_an_outcome() -> None:
    f = facts(
        "Low-dose naltrexone for chronic pain in veterans: a pharmacy cohort",
        "Methods: 230 veterans with chronic pain dispensed naltrexone 4.5 mg. Baseline: mean "
        "age 56, PHQ-9 mean 11.4. Results: PHQ-9 fell to 8.2 at 6 months.",
    )
    assert f.on_topic is True
