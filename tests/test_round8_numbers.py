"""Numbers, doses and what a record is: rules added in round 8 (the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself (reviews and
meta-analyses: null); ``compares_doses`` is two or more doses compared or explicitly
dose-finding; ``ldn_doses_mg`` lists the maintenance doses participants were assigned to.
Every record here is written for this test, one kind per case, with a near miss where one
applies; none is taken from a labelled set.
"""

from __future__ import annotations

from test_registry_facts import _assessed, _head_to_head
from written import RCT, facts, gaps

PREPRINT = ("Preprint",)


# ------------------------------------ a synthesis recognised from its own words
def test_a_synthesis_without_publication_types_is_known_by_its_search_and_inclusion() -> None:
    """A preprint has no "Systematic Review" type: "we comprehensively searched ...; nine
    studies met the eligibility criteria" says what it is, and a pooled total is no n."""
    title = "Naltrexone at low doses in mood disorders: systematic review and meta-analysis"
    text = (
        "Background: Naltrexone at 1-5 mg/day is used off-label for mood disorders.\n"
        "Methods: We comprehensively searched PubMed, Scopus and trial registers up to May "
        "2026 for studies of low-dose naltrexone in adults with depression.\n"
        "Results: Nine studies met the eligibility criteria (four randomised controlled trials "
        "and five cohort studies; 2,230 patients overall). Pooled HAM-D change favoured "
        "naltrexone (SMD -0.35).\nConclusions: Better trials are needed."
    )
    f = facts(title, text, PREPRINT)
    assert f.design == "meta_analysis"
    assert f.n is None
    assert gaps(title, text, PREPRINT) == {}


def test_near_miss_a_trial_that_searched_its_records_stays_a_trial() -> None:
    f = facts(
        "Low-dose naltrexone added to escitalopram in major depression: a randomised trial",
        "Methods: 96 adults with major depression on escitalopram were randomised to "
        "naltrexone 3 mg/day or placebo for 10 weeks.\nResults: MADRS fell more with "
        "naltrexone (p = 0.02).",
        RCT,
    )
    assert f.design == "rct"
    assert f.n == 96


# ------------------------------------------------- a comparison said not to exist
def test_a_dose_comparison_stated_as_missing_is_not_one() -> None:
    """ "The study did not compare doses" says what is missing, not what was done."""
    title = "Low-dose naltrexone for depression in primary care: an open-label study"
    text = (
        "Methods: Forty adults with major depression took low-dose naltrexone nightly for 12 "
        "weeks.\nResults: PHQ-9 fell by 6 points. The study did not compare doses."
    )
    assert not facts(title, text, ("Clinical Trial",)).compares_doses
    assert "dose-finding" not in gaps(title, text, ("Clinical Trial",))


def test_near_miss_a_trial_that_compares_two_doses_still_does() -> None:
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomised trial",
        "Methods: 80 adults with major depression were randomised to naltrexone 2 mg/day or "
        "4 mg/day, comparing the two doses over 8 weeks.\nResults: Both doses improved MADRS.",
        RCT,
    )
    assert f.compares_doses


# ------------------------------------------------ a simulation has no participants
def test_a_simulation_study_has_no_participants() -> None:
    f = facts(
        "Sample size for trials of low-dose naltrexone in depression: a simulation study",
        "Methods: We generated simulated trials of naltrexone 1 mg and 4 mg/day against "
        "placebo in depression. No patients were enrolled.\nResults: With 240 participants, "
        "power to detect a 3-point MADRS difference was 81%.",
        PREPRINT,
    )
    assert f.design == "other"
    assert f.n is None


# ------------------------------------------- counts in brackets describe the head count
def test_a_breakdown_in_brackets_before_the_verb_is_part_of_the_head_count() -> None:
    """ "64 adults (on an SSRI, n=22; on an SNRI, n=42) were randomised": the verb is the
    64's; the last part of the bracket is not the total."""
    title = "Naltrexone 3 mg added to antidepressants in major depression: a randomised trial"
    text = (
        "Methods: In this double-blind trial, 64 adults with major depression on a stable "
        "antidepressant (an SSRI, n=22; an SNRI, n=42) were randomised to naltrexone 3 mg "
        "nightly or placebo.\nResults: MADRS fell more with naltrexone (p = 0.04)."
    )
    assert facts(title, text, RCT).n == 64
    assert "larger-trials" in gaps(title, text, RCT)


def test_a_description_in_brackets_names_part_of_the_sample() -> None:
    f = facts(
        "Naltrexone 2 mg in older adults with depression: a randomised pilot",
        "Methods: Older adults with major depression took part.\nResults: Fifty-two patients "
        "(mean age 71 years; 30 men) were randomised to naltrexone 2 mg or placebo. MADRS "
        "fell more with naltrexone (p = 0.03).",
        RCT,
    )
    assert f.n == 52


def test_near_miss_a_total_in_brackets_is_still_the_total() -> None:
    f = facts(
        "Naltrexone 4 mg for depression: a randomised trial",
        "Methods: Adults with major depression (n = 58) were randomised to naltrexone 4 mg "
        "or placebo.\nResults: MADRS fell more with naltrexone (p = 0.01).",
        RCT,
    )
    assert f.n == 58


# ------------------------------------------------ a bare count described in brackets
def test_a_bare_count_described_in_brackets_before_randomised_is_the_sample() -> None:
    f = facts(
        "Naltrexone after electroconvulsive therapy in depression: a randomised pilot",
        "Methods: Adults with depression received a course of ECT. Of 61 who started ECT, 34 "
        "remitters (MADRS under 10) were randomized to naltrexone 3 mg nightly or placebo "
        "for 12 weeks.\nResults: Relapse was less frequent with naltrexone (p = 0.04).",
        RCT,
    )
    assert f.n == 34


# --------------------------------------------------- sizes given arm by arm are summed
def test_arm_sizes_in_brackets_after_each_arm_add_up_to_the_total() -> None:
    title = "Naltrexone added to vortioxetine in depression: a randomised trial"
    text = (
        "Methods: Adults with major depression on vortioxetine took part.\n"
        "Interventions: Naltrexone 1 mg raised to 3 mg nightly (n = 28) or placebo (n = 27) "
        "for 12 weeks.\nResults: MADRS fell more with naltrexone (p = 0.02)."
    )
    assert facts(title, text, RCT).n == 55
    assert "larger-trials" in gaps(title, text, RCT)


def test_near_miss_counts_in_results_after_each_arm_are_not_summed() -> None:
    f = facts(
        "Naltrexone added to vortioxetine in depression: a randomised trial",
        "Methods: 40 adults with major depression on vortioxetine were randomised to "
        "naltrexone 3 mg or placebo.\nResults: Responders: naltrexone (n = 12) vs placebo "
        "(n = 7).",
        RCT,
    )
    assert f.n == 40


# ----------------------------------------- a subgroup analysis chosen by a threshold
def test_a_secondary_analysis_counts_the_subgroup_its_threshold_selects() -> None:
    f = facts(
        "Mood effects of low-dose naltrexone in irritable bowel syndrome: a secondary "
        "analysis of a randomised trial",
        "Methods: Secondary analysis of a randomised trial of naltrexone 4.5 mg versus "
        "placebo in irritable bowel syndrome.\nResults: Thirty-three of the 120 randomised "
        "participants had a BDI-II of 20 or more; in them, BDI-II fell by 6 points with "
        "naltrexone and by 2 with placebo (p = 0.03).",
        RCT,
    )
    assert f.n == 33


# ------------------------------ a raise guided by response is not dose-finding
def test_a_symptom_guided_dose_escalation_is_one_regimen_not_a_dose_comparison() -> None:
    """A raise for those who have not improved lists both levels but compares nothing."""
    title = (
        "Low-dose naltrexone added to duloxetine in depression: a placebo-controlled trial "
        "with symptom-guided dose escalation"
    )
    text = (
        "Methods: 70 adults with major depression on duloxetine were randomised to naltrexone "
        "2 mg nightly or placebo. At week 5, those with less than 20% improvement on the "
        "HAM-D had naltrexone raised to 4 mg nightly.\nResults: HAM-D fell more with "
        "naltrexone (p = 0.03)."
    )
    f = facts(title, text, RCT)
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, text, RCT)


def test_near_miss_a_dose_escalation_trial_across_cohorts_is_dose_finding() -> None:
    f = facts(
        "Naltrexone in bipolar depression: a dose escalation study",
        "Methods: Adults with bipolar depression on lamotrigine were enrolled in three cohorts "
        "given naltrexone 1 mg, 2 mg and 4 mg nightly in turn.\nResults: All doses were "
        "tolerated; 4 mg gave the largest fall in MADRS.",
        ("Clinical Trial",),
    )
    assert f.compares_doses


# ------------------------------------------- a cohort's dose is the titled drug's
def test_a_dose_given_to_each_cohort_without_the_drug_named_is_the_titled_drugs() -> None:
    title = "Ascending doses of naltrexone added to an SSRI in depression: an open-label study"
    text = (
        "Methods: Adults with major depression taking an SSRI at a stable dose were enrolled "
        "in three consecutive cohorts of ten. Each cohort received one dose for eight weeks: "
        "0.5 mg, 2 mg or 4 mg at night.\nResults: All 30 participants completed; MADRS fell "
        "most at 4 mg."
    )
    f = facts(title, text, ("Clinical Trial",))
    assert f.ldn_doses_mg == [0.5, 2.0, 4.0]
    assert f.compares_doses
    assert gaps(title, text, ("Clinical Trial",)).get("dose-finding") == "addressed"


def test_near_miss_a_cohorts_dose_of_another_named_drug_stays_that_drugs() -> None:
    f = facts(
        "Naltrexone 3 mg with ketamine in depression: an open-label study",
        "Methods: Adults with depression took naltrexone 3 mg nightly. Each cohort received "
        "ketamine at one dose: 0.2 mg or 0.5 mg per kg.\nResults: MADRS fell in all.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [3.0]


# --------------------------------- a registration's arms say the daily dose, not a capsule
def test_a_registration_whose_arms_all_take_more_than_the_band_is_not_low_dose() -> None:
    """ "3.5 mg twice a day" is 7 mg/day in the only naltrexone arm; the 3 mg capsule it is
    made from is a strength, not a low dose anyone takes."""
    _, f = _assessed(
        _head_to_head(
            "Adults with major depression take naltrexone 3.5 mg twice a day or duloxetine.",
            "Naltrexone 3.5 mg twice a day for ten weeks.",
        )
    )
    assert not f.on_topic
    assert "7" in (f.off_topic_reason or "")


def test_near_miss_a_split_daily_dose_within_the_band_stays_low_dose() -> None:
    _, f = _assessed(
        _head_to_head(
            "Adults with major depression take naltrexone 2 mg twice a day or duloxetine.",
            "Naltrexone 2 mg twice a day for ten weeks.",
        )
    )
    assert f.on_topic
    assert f.ldn_doses_mg == [4.0]


# -------------------------- doses reached or estimated in the results were not assigned
def test_doses_first_named_in_the_results_are_outcomes_not_assigned_doses() -> None:
    """The methods assign 2 mg or 4 mg; a final dose reached ("3 mg in 12") and an
    estimated half-maximal dose with its interval report what happened."""
    f = facts(
        "Two doses of naltrexone in bipolar depression: a randomised trial",
        "Methods: 90 adults with bipolar depression on lithium were randomised to naltrexone "
        "2 mg or 4 mg nightly or placebo for 10 weeks.\nResults: The final naltrexone dose "
        "was 4 mg in 30 patients and 3 mg in 12. The estimated naltrexone dose giving half the "
        "maximal effect was 2.6 mg/d (95% CI, 1.2-3.8 mg/d). MADRS fell most with 4 mg "
        "(p = 0.02).",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_near_miss_a_raise_told_only_in_the_results_still_counts() -> None:
    f = facts(
        "Naltrexone added to vilazodone in depression: a randomised trial",
        "Methods: 60 adults with major depression on vilazodone were randomised to naltrexone "
        "1.5 mg nightly or placebo for 10 weeks.\nResults: Nine patients without response "
        "at week 4 had naltrexone increased to 3 mg nightly. MADRS fell more with naltrexone "
        "(p = 0.04).",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0]


def test_near_miss_doses_only_in_the_results_stand_when_the_methods_give_none() -> None:
    f = facts(
        "Naltrexone in depression with chronic pain: a retrospective chart review",
        "Methods: We reviewed the charts of adults with depression and chronic pain "
        "prescribed naltrexone.\nResults: 41 patients took naltrexone 3 mg or 4.5 mg "
        "nightly; PHQ-9 fell by 4 points.",
        ("Journal Article", "Observational Study"),
    )
    assert f.ldn_doses_mg == [3.0, 4.5]


# ------------------------------- a titration's start written after its target
def test_a_titration_start_written_after_the_target_is_not_a_maintenance_dose() -> None:
    f = facts(
        "Naltrexone added to mirtazapine in depression: a randomised trial",
        "Methods: 84 adults with major depression on mirtazapine were randomised.\n"
        "Interventions: Naltrexone 3 mg at night after a 10-day titration from 1 mg, or "
        "placebo.\nResults: MADRS fell more with naltrexone (p = 0.03).",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0]


def test_near_miss_a_range_moved_within_keeps_both_ends() -> None:
    f = facts(
        "Naltrexone added to mirtazapine in depression: an open-label trial",
        "Methods: 30 adults with major depression on mirtazapine took naltrexone flexibly "
        "dosed between 1 mg and 3 mg at night as tolerated.\nResults: MADRS fell.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [1.0, 3.0]


# --------------------------------- a raise "to a maintenance dose of" ends the schedule
def test_a_raise_to_a_maintenance_dose_keeps_only_that_dose() -> None:
    f = facts(
        "Naltrexone solution added to sertraline in a boy with depression: a case report",
        "A 14-year-old boy with major depression on sertraline 100 mg daily began a "
        "naltrexone solution (0.5 mg/mL) at 1 mL at night, increased every five days by 1 mL "
        "to a maintenance dose of 6 mL at night. His CDRS-R fell from 62 to 30.",
        ("Case Reports",),
    )
    assert f.ldn_doses_mg == [3.0]


# -------------------------------------- depression named only as who was kept out
def test_depression_named_only_as_not_included_makes_no_record_about_it() -> None:
    f = facts(
        "Low-dose naltrexone for pain in knee osteoarthritis: a prospective cohort",
        "Methods: Adults with knee osteoarthritis who started naltrexone 4.5 mg nightly were "
        "followed for 6 months. Patients with major depression were not included. The "
        "outcome was WOMAC pain.\nResults: 64 patients were included; pain fell by 12%.",
        ("Journal Article", "Observational Study"),
    )
    assert not f.on_topic


def test_a_review_that_puts_depression_outside_its_scope_is_not_about_it() -> None:
    f = facts(
        "Low-dose naltrexone in gastroenterology: a narrative review",
        "We review low-dose naltrexone in Crohn's disease and irritable bowel syndrome. Its "
        "use in depression and other mood disorders is beyond the scope of this article.",
        ("Review",),
    )
    assert not f.on_topic


def test_near_miss_depression_as_an_outcome_beside_an_exclusion_still_counts() -> None:
    f = facts(
        "Low-dose naltrexone for fibromyalgia: a prospective cohort",
        "Methods: Adults with fibromyalgia who started naltrexone 4.5 mg nightly were "
        "followed; those with psychosis were not included. Outcomes were pain and depressive "
        "symptoms (PHQ-9).\nResults: 70 were included; PHQ-9 fell by 3 points.",
        ("Journal Article", "Observational Study"),
    )
    assert f.on_topic
