"""Kinds met in blind batch 98 (session 45, lead), each written again in other words.

- holdout410 46300039: a secondary analysis of a three-arm trial said "The 1.5 mg arm was not
  analysed"; the parent's allocation, recalled in the background, still gave the analysis
  both doses, a dose comparison and a false dose-finding verdict.
- holdout410 46300014: doses told per week ("10.5 mg per week or 31.5 mg per week") where the
  record says the week's amount is taken a capsule a night were read as daily doses of
  standard-dose naltrexone, and the trial went off-topic (two missed gaps).
- holdout410 46300013/46300026: an open-label escalation that aims "to identify the dose to
  carry forward into a randomised trial", or names "the dose with the best balance ... for a
  randomised trial", was read as randomised itself.
- holdout410 46300038: "Concomitant antidepressants, most commonly SSRIs and SNRIs in pilot
  data, will be recorded at each visit" in a registry protocol was read as co-medication.
- holdout410 46300010: "randomised in three arms of 16 to X 250 micrograms, X 500 micrograms
  or placebo" was not read as 48; the completers' 44 stood instead.
- preprints95 PPR0920003: an imaging substudy's "Fifty-three ... consented to the substudy;
  46 had usable scans at both time points and were analysed" kept the 53 who consented
  (a false larger-trials verdict): the analysed part is its sample.
- preprints95 PPR0920029: an extension whose dose "started at 2.5 mg/day and could be
  adjusted between 1 and 4.5 mg/day at the clinician's discretion" lost the range.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

# --- an arm the derived report leaves out of its analysis ------------------------------

SECONDARY_TITLE = (
    "Baseline interleukin-6 and response to low-dose naltrexone added to SSRIs: a secondary "
    "analysis of the ORBIT randomised trial"
)
SECONDARY = (
    "Background: The ORBIT trial randomised 180 adults with major depressive disorder taking "
    "an SSRI to placebo, naltrexone 3 mg or naltrexone 4.5 mg nightly for 8 weeks. Methods: In "
    "this post hoc analysis we studied participants randomised to naltrexone 4.5 mg or placebo "
    "with a stored baseline sample. {clause} Participants kept taking their SSRI. Results: The "
    "analysis included 104 participants (52 per arm). A higher interleukin-6 predicted a larger "
    "MADRS benefit with naltrexone."
)


@pytest.mark.parametrize(
    "clause",
    [
        "The 3 mg arm was not analysed because its samples were lost in a freezer failure.",
        "The 3 mg group was excluded from this analysis.",
        "The naltrexone 3 mg arm was not included in the present analysis.",
    ],
)
def test_an_arm_left_out_of_a_derived_analysis_gives_it_no_dose(clause: str) -> None:
    f = facts(SECONDARY_TITLE, SECONDARY.format(clause=clause), RCT)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(SECONDARY_TITLE, SECONDARY.format(clause=clause), RCT)


def test_a_derived_analysis_of_every_arm_keeps_the_doses() -> None:
    # the near miss: nothing says an arm was left out
    clause = "All three arms were analysed."
    f = facts(SECONDARY_TITLE, SECONDARY.format(clause=clause), RCT)
    assert f.ldn_doses_mg == [3.0, 4.5]


# --- doses told per week, taken nightly ------------------------------------------------

WEEKLY_TITLE = "Two weekly amounts of low-dose naltrexone in dysthymia: a randomised trial"
WEEKLY = (
    "Methods: Adults with persistent depressive disorder and no current antidepressant were "
    "randomised to naltrexone 14 mg per week or 28 mg per week for 10 weeks. {clause} The "
    "primary outcome was the HAMD-17 change. Results: Sixty participants were randomised, 30 "
    "per arm. The higher amount lowered HAMD-17 scores more."
)


def test_a_weekly_amount_taken_a_capsule_a_night_is_a_seventh_a_day() -> None:
    clause = "Each weekly amount was dispensed as seven identical capsules, one taken each night."
    f = facts(WEEKLY_TITLE, WEEKLY.format(clause=clause), RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses is True


def test_a_weekly_amount_with_no_daily_schedule_is_not_divided() -> None:
    # the near miss: nothing says the week's amount is spread over its days
    clause = "Capsules were dispensed at each visit."
    f = facts(WEEKLY_TITLE, WEEKLY.format(clause=clause), RCT)
    assert 2.0 not in f.ldn_doses_mg
    assert 4.0 not in f.ldn_doses_mg


# --- a randomised trial that is only the next step -------------------------------------

ESCALATION_TITLE = "Low-dose naltrexone in bipolar depression: an open-label escalation study"
ESCALATION = (
    "Objective: {aim} Methods: Adults with bipolar depression on a mood stabiliser received "
    "naltrexone in consecutive 2-week steps of 1, 2 and 4 mg/day. Results: Twenty participants "
    "were enrolled and MADRS scores fell at each step. Conclusions: {conclusion}"
)


@pytest.mark.parametrize(
    ("aim", "conclusion"),
    [
        (
            "To identify the dose of low-dose naltrexone to carry forward into a randomised trial.",
            "Two milligrams was well tolerated.",
        ),
        (
            "To describe tolerability of rising doses.",
            "2 mg emerged as the dose with the best balance of benefit and harm for a "
            "randomised trial.",
        ),
    ],
)
def test_a_randomised_trial_named_as_the_next_step_is_not_the_study(
    aim: str, conclusion: str
) -> None:
    f = facts(ESCALATION_TITLE, ESCALATION.format(aim=aim, conclusion=conclusion), TRIAL)
    assert f.design == "nonrandomized_trial"


def test_a_trial_that_randomised_stays_randomised() -> None:
    # the near miss: its own people were randomised
    abstract = (
        "Methods: Adults with bipolar depression on a mood stabiliser were randomised to "
        "naltrexone 2 mg or placebo for 8 weeks. Results: Forty participants were randomised. "
        "Conclusions: 2 mg is the dose to carry forward into a larger randomised trial."
    )
    f = facts("Low-dose naltrexone in bipolar depression", abstract, RCT)
    assert f.design == "rct"


# --- antidepressants a registry will record --------------------------------------------

REGISTRY_TITLE = "Protocol of a prospective registry of low-dose naltrexone for depression"
REGISTRY = (
    "Methods and analysis: This prospective observational cohort will enrol 400 adults with a "
    "depressive disorder whose clinician has decided to prescribe low-dose naltrexone, "
    "typically 1.5-4.5 mg nightly. No study medication is provided. {clause} Outcomes are the "
    "PHQ-9 at 3, 6 and 12 months."
)


def test_antidepressants_a_registry_will_record_are_no_co_medication() -> None:
    clause = (
        "Concomitant antidepressants, mostly SSRIs and SNRIs in earlier audits, will be "
        "recorded at each visit."
    )
    f = facts(REGISTRY_TITLE, REGISTRY.format(clause=clause), JOURNAL)
    assert f.concomitant_classes == []


def test_antidepressants_people_keep_taking_are_co_medication() -> None:
    # the near miss: the people keep taking them
    clause = "Participants continue their SSRIs, and any dose change will be recorded."
    f = facts(REGISTRY_TITLE, REGISTRY.format(clause=clause), JOURNAL)
    assert "serotonergic" in f.concomitant_classes


# --- counts said the hard way ----------------------------------------------------------

ARMS_TITLE = "Microgram-dose naltrexone added to bupropion in depression: a pilot trial"
ARMS = (
    "Methods: Adults with major depressive disorder on bupropion were randomised in three arms "
    "of {size} to naltrexone 250 micrograms, naltrexone 500 micrograms or placebo once daily "
    "for 6 weeks. Results: Forty-one participants completed the study. Mean HAMD-17 change was "
    "larger with 500 micrograms."
)


def test_arms_of_a_size_before_their_treatments_are_counted_whole() -> None:
    f = facts(ARMS_TITLE, ARMS.format(size="15"), RCT)
    assert f.n == 45


def test_a_range_of_sizes_is_no_product() -> None:
    # the near miss: "arms of 14 to 16" is a range of sizes, not arms given treatments
    f = facts(ARMS_TITLE, ARMS.format(size="14 to 16"), RCT)
    assert f.n != 42
    assert f.n != 48


SUBSTUDY_TITLE = (
    "Striatal connectivity and anhedonia with low-dose naltrexone: an imaging substudy of a "
    "randomised trial"
)
SUBSTUDY = (
    "Methods: Participants of a trial of naltrexone 4.5 mg or placebo added to SSRIs in major "
    "depressive disorder were invited to an imaging substudy. Results: {funnel} Connectivity "
    "rose with naltrexone."
)


def test_the_analysed_part_of_a_substudy_is_its_sample() -> None:
    funnel = (
        "Fifty-four of the 150 trial participants consented to the substudy; 45 had usable "
        "scans at both visits and were analysed (naltrexone 23, placebo 22)."
    )
    f = facts(SUBSTUDY_TITLE, SUBSTUDY.format(funnel=funnel), RCT)
    assert f.n == 45
    assert "larger-trials" not in gaps(SUBSTUDY_TITLE, SUBSTUDY.format(funnel=funnel), RCT)


def test_a_substudy_whose_consenters_were_all_analysed_counts_them() -> None:
    # the near miss: one count only
    funnel = "Fifty-four of the 150 trial participants consented to the substudy."
    f = facts(SUBSTUDY_TITLE, SUBSTUDY.format(funnel=funnel), RCT)
    assert f.n == 54


# --- a flexible range after the starting dose -------------------------------------------

EXTENSION_TITLE = "Open-label extension of a trial of low-dose naltrexone added to SSRIs"
EXTENSION = (
    "Methods: Completers of a randomised trial in major depressive disorder entered a 52-week "
    "open-label extension in which all received low-dose naltrexone while continuing their "
    "SSRI. {dosing} Results: Sixty participants entered the extension and MADRS scores fell."
)


def test_a_range_the_starting_dose_was_adjusted_within_is_the_regimen() -> None:
    dosing = (
        "Treatment started at 2 mg/day and could be adjusted between 1 and 4.5 mg/day at the "
        "clinician's discretion."
    )
    f = facts(EXTENSION_TITLE, EXTENSION.format(dosing=dosing), TRIAL)
    assert f.ldn_doses_mg == [1.0, 4.5]


def test_a_fixed_start_and_target_is_the_target() -> None:
    # the near miss: a fixed titration, no range moved within
    dosing = "Treatment started at 1.5 mg/day and was increased to 4.5 mg/day after one week."
    f = facts(EXTENSION_TITLE, EXTENSION.format(dosing=dosing), TRIAL)
    assert f.ldn_doses_mg == [4.5]


# === Blind batch 99 (holdout411, holdout412) ============================================
#
# - holdout411 46400019: "Participants with comorbid depressive or anxiety disorders who were
#   stabilised on SSRIs continued them", in a trial of opioid use disorder, was read as the
#   trial selecting depressed people (two false gap verdicts).
# - holdout411 46400028: a secondary analysis of a depression trial whose results mention
#   "the 34 participants with comorbid pain" was read as selected for pain (two missed gaps).
# - holdout412: a protocol's "Three arms of 30 give 80% power" (46500006) and an amendment's
#   "Target enrolment has been increased by 30, to 120" (46500031) gave no n; "Arms of 22
#   (...), 21 (...) and 23 (...) participants were randomised" (46500011) and "The three arms
#   enrolled 47, 46 and 47 participants" (46500016) were read as one arm; a funnel whose last
#   step carries its arms ("158 had a baseline CRP and 44 had a CRP of 3 mg/L or more (LDN
#   21, placebo 23)", 46500032) kept 158 (a false larger-trials verdict); "pain of 4 or more
#   out of 10 were randomised" read the scale's top as the sample (46500033); "5 mg on
#   Mondays, Wednesdays and Fridays, a weekly total of 15 mg" added a seventh of the total
#   (46500007); "topping up each dose to 5 mL with the vehicle" added a 5 mg dose (46500009).

OUD_TITLE = "Very-low-dose naltrexone during buprenorphine taper: a randomized controlled trial"
OUD = (
    "Methods: Adults with opioid use disorder on buprenorphine who wished to stop were "
    "randomized to naltrexone 0.25 mg/day or placebo during a 4-week taper. Withdrawal was rated "
    "with the COWS and SOWS, whose items include anxiety and dysphoric mood. {clause} Results: "
    "Eighty participants were randomized. Withdrawal scores were lower with naltrexone."
)


def test_a_comorbid_part_that_kept_its_ssri_is_no_selection() -> None:
    clause = (
        "Participants with comorbid depressive or anxiety disorders who were stabilised on "
        "SSRIs continued them."
    )
    f = facts(OUD_TITLE, OUD.format(clause=clause), RCT)
    assert f.depression_population is False
    assert gaps(OUD_TITLE, OUD.format(clause=clause), RCT) == {}


def test_depressed_people_who_kept_their_ssri_are_still_selected() -> None:
    # the near miss: the people themselves have the depression, no other condition
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomized trial"
    abstract = (
        "Methods: Adults with major depressive disorder who were stabilised on SSRIs continued "
        "them and were randomized to naltrexone 4.5 mg or placebo for 8 weeks. Results: Eighty "
        "participants were randomized; MADRS scores fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).depression_population is True


PARENT_TITLE = "Low-dose naltrexone added to SNRIs: secondary analysis of a randomized trial"
PARENT = (
    "Methods: The trial randomized adults with {who} to LDN 4.5 mg/d or placebo for 12 weeks. "
    "This secondary analysis included the 64 participants taking venlafaxine or duloxetine. "
    "Results: MADRS scores fell more with LDN. Pain interference decreased more with LDN in the "
    "30 participants with comorbid pain."
)


def test_a_results_subgroup_does_not_reselect_a_derived_reports_people() -> None:
    f = facts(PARENT_TITLE, PARENT.format(who="major depressive disorder"), RCT)
    assert f.depression_population is True


def test_a_derived_report_of_another_conditions_trial_is_not_depression() -> None:
    # the near miss: the parent took in people for fibromyalgia
    f = facts(PARENT_TITLE, PARENT.format(who="fibromyalgia"), RCT)
    assert f.depression_population is False


POWER_TITLE = "Low-dose naltrexone doses in anhedonic depression: protocol of a randomised trial"
POWER = (
    "Methods: Antidepressant-free adults with major depressive disorder will be randomised "
    "1:1:1 to naltrexone 1 mg, naltrexone 4.5 mg or placebo nightly for 8 weeks. Three arms "
    "of 28 give 80% power to detect a linear trend. {tail}"
)


def test_a_protocols_arms_of_a_size_in_its_power_sentence_are_its_plan() -> None:
    f = facts(POWER_TITLE, POWER.format(tail="Recruitment has begun."), PROTOCOL)
    assert f.n == 84


def test_an_amendment_that_raises_the_target_gives_the_new_target() -> None:
    tail = "Target enrolment has been increased by 36, to 120."
    f = facts(POWER_TITLE, POWER.format(tail=tail), PROTOCOL)
    assert f.n == 120


def test_a_results_papers_power_sentence_is_not_its_n() -> None:
    # the near miss: a report with results counts whom it randomised
    abstract = POWER.replace("will be randomised", "were randomised").format(
        tail="Results: Seventy-nine participants were randomised; MADRS fell."
    )
    assert facts(POWER_TITLE, abstract, RCT).n == 79


ARM_SIZES_TITLE = "Three doses of low-dose naltrexone in depression: a randomised trial"


@pytest.mark.parametrize(
    ("sizes", "n"),
    [
        (
            "Arms of 22 (500 micrograms), 21 (1.5 mg) and 23 (4.5 mg) participants were "
            "randomised between 2023 and 2024; 57 completed.",
            66,
        ),
        ("The three arms enrolled 47, 46 and 47 participants; 120 completed.", 140),
    ],
)
def test_arms_sized_one_by_one_add_up(sizes: str, n: int) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomly allocated to naltrexone "
        f"500 micrograms, 1.5 mg or 4.5 mg nightly for 8 weeks. Results: {sizes} MADRS fell "
        "most with 4.5 mg."
    )
    assert facts(ARM_SIZES_TITLE, abstract, RCT).n == n


FUNNEL_TITLE = "Inflammation and response to low-dose naltrexone: a secondary analysis of a trial"
FUNNEL = (
    "Methods: The trial randomised adults with major depressive disorder taking an SSRI to LDN "
    "4.5 mg/day or placebo for 12 weeks. This prespecified secondary analysis examined "
    "participants with a raised CRP. Results: Of the 170 randomised participants, 166 had a "
    "baseline CRP and {part}. In this group MADRS fell more with LDN."
)


def test_a_funnels_last_step_counted_with_its_arms_is_the_sample() -> None:
    part = "46 had a CRP of 3 mg/L or more (LDN 22, placebo 24)"
    f = facts(FUNNEL_TITLE, FUNNEL.format(part=part), RCT)
    assert f.n == 46
    assert "larger-trials" not in gaps(FUNNEL_TITLE, FUNNEL.format(part=part), RCT)


def test_a_scales_top_after_a_threshold_counts_nobody() -> None:
    title = "Low-dose naltrexone in fibromyalgia with and without depression: a randomised trial"
    abstract = (
        "Methods: Women with fibromyalgia and average daily pain of 4 or more out of 10 were "
        "randomised to LDN 4.5 mg or placebo nightly for 12 weeks. Depressive symptoms (BDI-II) "
        "were a secondary outcome. Results: LDN (n = 51) and placebo (n = 49) groups were "
        "similar at baseline. Forty-four participants were taking a permitted pain medicine. "
        "Pain and BDI-II scores fell more with LDN."
    )
    assert facts(title, abstract, RCT).n == 100


SCHEDULE_TITLE = "Naltrexone added to vortioxetine for residual depression: an open-label trial"
SCHEDULE = (
    "Methods: Adults with major depressive disorder in partial response to vortioxetine "
    "received open-label naltrexone {schedule} for 12 weeks. Results: Fifty participants were "
    "enrolled and MADRS fell."
)


def test_the_weekly_total_of_an_intermittent_schedule_is_no_dose() -> None:
    schedule = "4 mg on Mondays, Wednesdays and Fridays, a weekly total of 12 mg,"
    assert facts(SCHEDULE_TITLE, SCHEDULE.format(schedule=schedule), TRIAL).ldn_doses_mg == [4.0]


def test_the_weekly_total_of_a_nightly_dose_is_a_seventh_a_day() -> None:
    # the near miss: a nightly capsule, its week's total told
    schedule = "one capsule nightly, a weekly total of 21 mg,"
    assert facts(SCHEDULE_TITLE, SCHEDULE.format(schedule=schedule), TRIAL).ldn_doses_mg == [3.0]


def test_the_volume_a_liquid_dose_is_topped_up_to_is_no_dose() -> None:
    abstract = (
        "Methods: Adults with bipolar depression were randomised 1:1:1 to 1 mL, 2 mL or 4 mL "
        "of naltrexone oral solution 1 mg/mL, taken nightly for 8 weeks. The volume was masked "
        "by topping up each dose to 5 mL with the vehicle. Results: Forty-five people were "
        "randomised; MADRS fell in all arms."
    )
    f = facts("Three doses of a naltrexone solution in bipolar depression", abstract, RCT)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]


def test_units_of_a_troche_are_counted_like_capsules() -> None:
    abstract = (
        "We describe five women with postpartum major depression and an incomplete response "
        "to sertraline who took two 1 mg naltrexone troches twice daily. EPDS scores fell."
    )
    f = facts("Naltrexone troches in postpartum depression: a case series", abstract, CASE)
    assert f.ldn_doses_mg == [4.0]


# === Blind batch 100 (holdout414, holdout415) ===========================================
#
# - holdout415 46800001/46800005: a switch trial whose SSRI "will be tapered to
#   discontinuation" before LDN (a second SSRI only in the comparator arm), and a cross-taper
#   after which "LDN was taken alone", were read as LDN added to SSRIs: two false
#   serotonergic verdicts.
# - holdout415 46800020/46800038: a depression score used only to stratify the
#   randomisation, and "antidepressant use as a prespecified covariate", were read as mood
#   outcomes (two off-topic trials read as on-topic).
# - holdout414 46700022: "31.5 mg per week, that is, seven 4.5-mg capsules taken one each
#   evening" was read as standard-dose naltrexone (two missed gaps); 46700033 and 46700016:
#   "24, 25 and 12 participants were allocated, respectively" was not added up; 46700001:
#   "screen about 400 people in order to randomise 80 participants per arm" read 80.

SWITCH_TITLE = "Switching from an SSRI to low-dose naltrexone in depression: an open-label study"
SWITCH = (
    "Methods: Outpatients with major depressive disorder and a partial response to an SSRI "
    "were enrolled. {how} Outcomes were the HAMD-17 and sexual function. Results: Thirty "
    "patients were enrolled; the SSRIs were sertraline (n = 12), escitalopram (n = 10) and "
    "citalopram (n = 8). HAMD-17 scores fell."
)


@pytest.mark.parametrize(
    "how",
    [
        "Naltrexone 1.5 mg at night was started on the first day of a 4-week cross-taper and "
        "increased to 3 mg at week 2; the SSRI was stopped at the end of week 4.",
        "The SSRI was tapered to discontinuation over two weeks and naltrexone 3 mg was then "
        "taken alone for 10 weeks.",
    ],
)
def test_an_antidepressant_the_people_came_off_for_ldn_is_not_taken_with_it(how: str) -> None:
    f = facts(SWITCH_TITLE, SWITCH.format(how=how), TRIAL)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(SWITCH_TITLE, SWITCH.format(how=how), TRIAL)


def test_an_antidepressant_kept_while_ldn_is_added_is_taken_with_it() -> None:
    # the near miss: a taper of another drug, the SSRI continued and LDN added to it
    how = (
        "Benzodiazepines were tapered to discontinuation before entry; naltrexone 3 mg was "
        "added to the unchanged SSRI."
    )
    f = facts(SWITCH_TITLE, SWITCH.format(how=how), TRIAL)
    assert f.concomitant_classes == ["serotonergic"]


BACK_PAIN_TITLE = "Low-dose naltrexone versus duloxetine for chronic low back pain: a trial"


def test_a_depression_score_the_randomisation_was_stratified_by_is_no_outcome() -> None:
    abstract = (
        "Adults with chronic low back pain were randomised to naltrexone 4.5 mg or duloxetine "
        "60 mg for 16 weeks. Randomisation was stratified by practice and by the baseline "
        "depression score of the Hospital Anxiety and Depression Scale; the scale was not "
        "re-administered. The primary outcome was pain intensity. A total of 180 were "
        "randomised; pain fell similarly."
    )
    assert facts(BACK_PAIN_TITLE, abstract, RCT).on_topic is False


def test_antidepressant_use_as_a_covariate_is_no_outcome() -> None:
    title = (
        "Low-dose naltrexone and fatigue in MS, with antidepressant use as a prespecified covariate"
    )
    abstract = (
        "Adults with relapsing MS and fatigue received naltrexone 4.5 mg and placebo for 10 weeks "
        "each in random order. The primary outcome was the Modified Fatigue Impact Scale. Current "
        "antidepressant use (yes/no) was a prespecified covariate. Sixty participants were "
        "randomized; fatigue fell with naltrexone."
    )
    assert facts(title, abstract, RCT).on_topic is False


def test_a_depression_score_measured_at_the_end_is_an_outcome() -> None:
    # the near miss: the stratifying scale is also an outcome
    abstract = (
        "Adults with chronic low back pain and depression were randomised to naltrexone 4.5 mg "
        "or duloxetine 60 mg for 16 weeks, stratified by practice. Secondary outcomes included "
        "the HADS depression score at week 16. A total of 180 were randomised; depression "
        "scores fell more with naltrexone."
    )
    assert facts(BACK_PAIN_TITLE, abstract, RCT).on_topic is True


def test_seven_capsules_a_week_taken_one_an_evening_are_the_daily_dose() -> None:
    title = "Low-dose naltrexone added to citalopram in late-life depression: a pilot trial"
    abstract = (
        "Methods: Adults aged 65 or older with major depressive disorder on citalopram were "
        "randomised 2:1 to naltrexone or placebo for 12 weeks, continuing citalopram. Naltrexone "
        "was dispensed as 21 mg per week, that is, seven 3-mg capsules taken one each evening. "
        "Thirty-six were assigned to naltrexone and 18 to placebo. Results: MADRS fell more "
        "with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [3.0]


def test_sizes_allocated_respectively_after_the_arms_add_up() -> None:
    title = "Two doses of low-dose naltrexone for depression in adolescents: a randomised trial"
    abstract = (
        "Method: Adolescents with major depressive disorder were randomised 2:2:1 to naltrexone "
        "1.5 mg, naltrexone 3 mg or placebo for 10 weeks; 22, 23 and 11 participants were "
        "allocated, respectively. Results: Fifty completed the trial."
    )
    assert facts(title, abstract, RCT).n == 56


def test_a_plan_to_randomise_a_number_per_arm_is_not_the_total() -> None:
    title = "Low-dose naltrexone added to SSRIs: protocol of a randomised trial"
    abstract = (
        "Methods: Adults with major depressive disorder on an SSRI will be allocated 1:1 to "
        "naltrexone 4.5 mg or placebo for 12 weeks. We expect to screen about 300 people in "
        "order to randomise 70 participants per arm."
    )
    assert facts(title, abstract, PROTOCOL).n == 140


@pytest.mark.parametrize(
    ("how", "classes"),
    [
        # a cross-taper onto another antidepressant, the watched drug added after it
        (
            "Patients were cross-tapered from their SSRI to bupropion XL 300 mg over two weeks; "
            "once the SSRI was stopped, naltrexone 2 mg nightly was added for 8 weeks.",
            ["dopaminergic"],
        ),
        # an extension's people switched from placebo to the drug, their SSRI kept
        (
            "All received naltrexone 4.5 mg daily in addition to their SSRI; HAM-D-17 fell "
            "further among those switching from placebo to LDN.",
            ["serotonergic"],
        ),
    ],
)
def test_a_switch_that_keeps_an_antidepressant_keeps_it(how: str, classes: list[str]) -> None:
    # the near misses of the switch studies above (holdout264 29500017, holdout279 31200030)
    abstract = (
        "Methods: Outpatients with major depressive disorder and SSRI-emergent sexual "
        f"dysfunction were enrolled. {how} Results: Thirty patients were enrolled; HAM-D-17 "
        "scores fell."
    )
    assert facts(SWITCH_TITLE, abstract, TRIAL).concomitant_classes == classes


def test_a_depression_outcome_after_a_stratification_clause_is_an_outcome() -> None:
    # the near miss of the stratified score: a new clause names the outcome
    abstract = (
        "Adults with chronic low back pain were randomised to naltrexone 4.5 mg or duloxetine "
        "60 mg for 16 weeks. Randomisation was stratified by site, and depressive symptoms "
        "(HADS-D) at week 16 were a secondary outcome. A total of 180 were randomised; HADS-D "
        "scores fell more with naltrexone."
    )
    assert facts(BACK_PAIN_TITLE, abstract, RCT).on_topic is True


# === Blind batch 101 (holdout417, measured on e18f5f22) =================================
#
# - holdout417 47000009: a crossover of LDN and sertraline periods whose abstract says "The
#   two drugs were never taken at the same time" was read as LDN with sertraline (a false
#   serotonergic verdict).
# - holdout417 47000040: "antidepressants prescribed for irritable-bowel-type pain (low-dose
#   amitriptyline) were allowed" in a Crohn's trial was read as a mood condition.

CROSSOVER_TITLE = "Low-dose naltrexone and sertraline in sequence: a randomised crossover study"
CROSSOVER = (
    "Methods: Antidepressant-free adults with major depressive disorder were randomised to 6 "
    "weeks of naltrexone 4.5 mg/day followed by 6 weeks of sertraline 100 mg/day, or the "
    "reverse order, separated by a washout. {clause} Results: Thirty patients were randomised; "
    "HAMD-17 improved in both periods."
)


def test_drugs_never_taken_at_the_same_time_are_not_taken_together() -> None:
    abstract = CROSSOVER.format(clause="The two drugs were never taken at the same time.")
    f = facts(CROSSOVER_TITLE, abstract, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(CROSSOVER_TITLE, abstract, RCT)


def test_a_crossover_that_adds_ldn_to_sertraline_takes_them_together() -> None:
    # the near miss: the crossover is of LDN and placebo, added to the sertraline kept
    abstract = (
        "Methods: Adults with major depressive disorder on sertraline were randomised to 6 weeks "
        "of naltrexone 4.5 mg/day followed by 6 weeks of placebo, or the reverse order, added "
        "to their unchanged sertraline. Results: Thirty patients were randomised."
    )
    assert facts(CROSSOVER_TITLE, abstract, RCT).concomitant_classes == ["serotonergic"]


def test_an_antidepressant_allowed_for_pain_is_no_mood_condition() -> None:
    title = "Low-dose naltrexone as maintenance therapy in Crohn's disease: a randomised trial"
    abstract = (
        "Methods: Adults with Crohn's disease in remission were randomised to naltrexone 4.5 "
        "mg/day or placebo for 48 weeks. Antidepressants prescribed for irritable-bowel-type pain "
        "(low-dose amitriptyline) were allowed. The primary outcome was sustained remission. "
        "Results: 120 participants were randomised; remission did not differ."
    )
    assert facts(title, abstract, RCT).on_topic is False
