"""Kinds from blind batch 133 (session 57, first measured on the src of 7b667a9f), written
again in other words.

- holdout511 52200502: a crossover "randomised to the order of two treatment periods, LDN
  and sertraline" read sertraline as taken with LDN (a false serotonergic verdict).
- holdout511 52200503: "LDN was started after a drug-free week (2 weeks for fluoxetine) at
  1.5 mg" gave the dose to the fluoxetine of the aside.
- holdout514 52200580: "divided doses of 4.5 mg two or three times daily" is 9 or 13.5
  mg/day, no LDN (a record read as on-topic, two false verdicts).
- holdout513 52200554: "dysphoric mood" among "Checklist items reported more often" is a
  side-effect item, no mood outcome.
- holdout513 52200555: a protocol's evaluable total before an allowance for attrition is
  not the number it will randomise.
- holdout513 52200558: "under conditions close to routine care" is a pragmatic trial's
  setting, not an observational study (a missed serotonergic verdict).
- holdout515 52200599, preprints111 PPR9900253: an observational protocol whose
  co-medication is "decided by the clinician and not influenced by the study" names no
  co-treatment; holdout415 46800036, which says half will take one alongside, still does.
- registry118 NCT00290195: the classes of the design a funder "requested" in place of the
  withdrawn one are not this study's.
- registry118 NCT00290187: "fibromyalgia medications for >= 4 weeks (duloxetine,
  milnacipran ...)" are taken for fibromyalgia.
- registry118 NCT00290184: a raise "in participants without >= 30% improvement" is for
  some: both levels.
- preprints111 PPR9900255: a call for "randomised trials" does not make a case series a
  randomised study whose dose reductions for some are no doses.
"""

from __future__ import annotations

import pytest
from written import (
    arm,
    drug,
    facts,
    gaps,
    judge_preprint,
    judge_registration,
    preprint,
    registration,
)

RCT = ["Journal Article", "Randomized Controlled Trial"]
TRIAL = ["Journal Article", "Clinical Trial"]
PROTOCOL = ["Journal Article", "Clinical Trial Protocol"]


# --- crossover periods listed after their count ------------------------------------------

CROSSOVER_TITLE = "Naltrexone and escitalopram in major depression: a two-period crossover trial"
CROSSOVER = (
    "Methods: Thirty-four outpatients with major depressive disorder and no current "
    "antidepressant were randomly assigned to the sequence of two 5-week periods, "
    "naltrexone 1.5 mg twice daily and escitalopram 10 mg daily, with a 2-week washout "
    "between them.\n\n"
    "Results: Anhedonia improved more in naltrexone periods; overall depression did not "
    "differ.\n\n"
    "Conclusions: {x}"
)


def test_drugs_listed_as_the_periods_of_a_crossover_are_not_taken_together() -> None:
    text = CROSSOVER.format(x="Combining the two drugs was not studied.")
    f = facts(CROSSOVER_TITLE, text, RCT)
    assert f.concomitant_classes == []
    assert f.notes["concomitant_classes"] == "escitalopram only in the comparator arm"
    assert "serotonergic-combination" not in gaps(CROSSOVER_TITLE, text, RCT)


def test_a_drug_joined_to_the_watched_one_in_a_period_is_still_taken_with_it() -> None:
    # (control: a period that gives both drugs at once)
    text = (
        "Methods: Thirty-four outpatients with major depressive disorder on escitalopram were "
        "randomly assigned to the sequence of two 5-week periods, naltrexone 3 mg plus "
        "escitalopram and placebo plus escitalopram.\n\n"
        "Results: Depression improved more in naltrexone periods."
    )
    assert facts(CROSSOVER_TITLE, text, RCT).concomitant_classes == ["serotonergic"]


# --- a drug in an aside does not own the dose after the aside ---------------------------


def test_a_drug_named_in_a_closed_aside_does_not_take_the_watched_drugs_dose() -> None:
    text = (
        "Methods: Thirty-eight adults with major depression switched from an SSRI. The SSRI "
        "was withdrawn over three weeks; naltrexone was begun after a washout (five weeks "
        "after fluoxetine) at 2 mg nightly and increased to 4 mg by week 2 in all.\n\n"
        "Results: HAM-D scores fell by 5 points."
    )
    f = facts("Switching from SSRIs to low-dose naltrexone: an open-label study", text, TRIAL)
    assert f.ldn_doses_mg == [4.0]


# --- a unit dose on alternative schedules ----------------------------------------------

HIGH_TITLE = (
    "Naltrexone at 7.5 mg versus 10 mg daily added to SSRIs in resistant depression: a "
    "randomised trial"
)


def test_a_unit_dose_two_or_three_times_a_day_is_each_days_total() -> None:
    text = (
        "Methods: Eighty adults with treatment-resistant depression on an SSRI were "
        "randomised to naltrexone 5 mg or 7.5 mg a day, taken as split doses of 2.5 mg two or "
        "three times daily, for 10 weeks.\n\n"
        "Results: Eighty were randomised (40 per arm); MADRS change did not differ."
    )
    f = facts(HIGH_TITLE, text, RCT)
    assert f.ldn_doses_mg == [5.0]  # 2.5 x 2; 7.5 is above the low band
    hi = text.replace("5 mg or 7.5 mg a day", "7.5 mg or 10 mg a day").replace(
        "2.5 mg two or three", "2.5 mg three or four"
    )
    assert facts(HIGH_TITLE, hi, RCT).ldn_doses_mg == []  # 7.5 and 10: above the band


def test_naltrexone_above_the_low_band_in_divided_low_doses_is_off_topic() -> None:
    text = (
        "Methods: Ninety adults with treatment-resistant depression on a stable SSRI "
        "(sertraline or escitalopram) were randomised to naltrexone 6.75 mg/day or 9 mg/day, "
        "given as 2.25 mg three or four times daily, for 8 weeks.\n\n"
        "Results: Ninety were randomised (45 per arm); depression scores fell equally."
    )
    title = "Naltrexone 6.75 versus 9 mg daily as an SSRI adjunct: a randomised trial"
    f = facts(title, text, RCT)
    assert 2.25 not in f.ldn_doses_mg
    assert gaps(title, text, RCT) == {}


@pytest.mark.parametrize(
    ("schedule", "doses"),
    [("either once or twice a day", [1.0, 2.0]), ("two or three times a day", [2.0, 3.0])],
)
def test_one_unit_dose_on_two_schedules_gives_both_totals(schedule: str, doses: list) -> None:
    text = (
        f"Methods: Forty adults with major depression took naltrexone 1 mg {schedule} for "
        "8 weeks.\n\nResults: Depression improved."
    )
    f = facts("Low-dose naltrexone schedules in depression: an open trial", text, TRIAL)
    assert f.ldn_doses_mg == doses


# --- a mood word among side-effect checklist items -------------------------------------


def test_a_mood_item_among_checklist_items_reported_is_no_mood_outcome() -> None:
    text = (
        "Methods: In this double-blind crossover trial, 60 adults with fibromyalgia received "
        "naltrexone 4.5 mg and placebo for 6 weeks each in random order. The primary outcome "
        "was average pain.\n\n"
        "Results: Pain did not differ. Checklist items endorsed more often with naltrexone "
        "were vivid dreams (20% vs 9%) and low mood (5% vs 3%)."
    )
    title = "Low-dose naltrexone for fibromyalgia pain: a randomised crossover trial"
    f = facts(title, text, RCT)
    assert f.on_topic is False
    assert f.notes["on_topic"] == "no depression or mood outcome"


def test_a_mood_scale_measured_in_its_own_right_still_counts() -> None:
    # (control: a mood outcome beside the checklist)
    text = (
        "Methods: In this double-blind crossover trial, 60 adults with fibromyalgia received "
        "naltrexone 4.5 mg and placebo for 6 weeks each in random order. Outcomes were pain "
        "and the Beck Depression Inventory.\n\n"
        "Results: Pain did not differ. Checklist items endorsed more often with naltrexone "
        "were vivid dreams (20% vs 9%)."
    )
    title = "Low-dose naltrexone for fibromyalgia: a randomised crossover trial"
    assert facts(title, text, RCT).on_topic is True


# --- a plan's evaluable total before its allowance for attrition ----------------------


def test_a_plan_randomises_the_number_after_its_attrition_allowance() -> None:
    text = (
        "Methods and analysis: A four-arm, double-blind, placebo-controlled trial. Adults with "
        "major depression on a stable SNRI will be randomised 1:1:1:1 to naltrexone 1, 2 or "
        "4 mg daily or placebo. Thirty completers per arm (120 in total) provide 80% power; "
        "to allow for 20% dropout, 38 participants per arm will be randomised."
    )
    title = "Low-dose naltrexone dose-response in depression: protocol for a randomised trial"
    assert facts(title, text, PROTOCOL).n == 152


# --- a trial run under conditions like routine care -----------------------------------


def test_a_trial_under_conditions_like_routine_care_is_no_observational_study() -> None:
    text = (
        "Objective: To estimate the benefit of low-dose naltrexone (LDN) added to usual "
        "antidepressant care in chronic depression under conditions resembling routine "
        "clinical practice.\n\n"
        "Methods: Thirty-one adults with persistent depressive disorder were started on "
        "escitalopram 10 mg, and LDN 3 mg nightly was added at week 3 in an open-label "
        "pilot.\n\n"
        "Results: MADRS fell from 26 to 16."
    )
    title = "Open-label low-dose naltrexone added to escitalopram: a pilot trial"
    f = facts(title, text, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert gaps(title, text, TRIAL).get("serotonergic-combination") == "addressed"


def test_data_from_routine_care_stay_observational() -> None:
    # (control)
    text = (
        "Methods: We reviewed records of 140 adults with depression prescribed low-dose "
        "naltrexone with an SSRI in routine clinical care.\n\nResults: PHQ-9 fell by 4 points."
    )
    title = "Low-dose naltrexone with SSRIs in depression: a chart review"
    assert facts(title, text).design == "observational"


# --- an observational plan leaves co-medication to the clinicians --------------------

COHORT_TITLE = (
    "The NALDEP cohort: protocol for a prospective observational study of adults prescribed "
    "low-dose naltrexone for depression"
)
COHORT = (
    "Methods and analysis: This prospective, observational cohort will enrol 400 adults with "
    "major depression (PHQ-9 of 10 or more) newly prescribed naltrexone by their own doctor. "
    "The dose and any concomitant antidepressant, for example escitalopram or venlafaxine, "
    "are chosen by the treating physician and will not be influenced by the study.{x} "
    "Outcomes will be compared by antidepressant class."
)


def test_an_observational_plans_choices_left_to_clinicians_are_no_co_treatment() -> None:
    f = facts(COHORT_TITLE, COHORT.format(x=""), PROTOCOL)
    assert f.design == "observational"
    assert f.concomitant_classes == []


def test_a_plan_expecting_some_to_take_one_alongside_counts_the_choices() -> None:
    # (control: the plan says some take them with the watched drug)
    text = COHORT.format(x=" About a third are expected to keep an antidepressant alongside LDN.")
    assert facts(COHORT_TITLE, text, PROTOCOL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


def test_a_preprinted_observational_plan_names_no_co_treatment() -> None:
    result = preprint(
        "A registry of low-dose naltrexone prescribed for depression: a protocol",
        "Methods: The registry is a prospective observational cohort in outpatient services. "
        "Adults with a depressive episode (PHQ-9 of 10 or more) newly prescribed naltrexone "
        "for depression will be invited. Treatment and other medicines, including SSRIs and "
        "tricyclics, are decided by their clinicians and are not influenced by the study. We "
        "plan to enrol 300 participants.",
    )
    f, _ = judge_preprint(result)
    assert f.concomitant_classes == []


# --- registrations --------------------------------------------------------------------


def test_classes_of_a_design_someone_requested_instead_are_not_this_studys() -> None:
    study = registration(
        title="Naltrexone 4.5 mg Added to Sertraline in Partial Responders",
        status="WITHDRAWN",
        summary="The study would have tested naltrexone 4.5 mg daily added to sertraline.",
        description=(
            "The study was withdrawn before enrolment after the sponsor asked for a new "
            "design including two naltrexone doses and tricyclic antidepressants; the "
            "revised study is registered separately."
        ),
        allocation="RANDOMIZED",
        enrollment=0,
        enrollment_type="ACTUAL",
        arms=[
            arm("Naltrexone + sertraline", description="Naltrexone 4.5 mg nightly with sertraline"),
            arm("Placebo + sertraline", "PLACEBO_COMPARATOR", "Placebo nightly", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "4.5 mg capsule"), drug("Placebo")],
    )
    f, _ = judge_registration(study)
    assert f.concomitant_classes == ["serotonergic"]


def test_medications_for_another_condition_taken_for_a_while_have_that_purpose() -> None:
    study = registration(
        title="Low-Dose Naltrexone for Chronic Widespread Pain",
        summary="A randomized trial of naltrexone 4.5 mg against placebo for widespread pain.",
        conditions=["Fibromyalgia"],
        allocation="RANDOMIZED",
        enrollment=90,
        arms=[
            arm("Naltrexone", description="Naltrexone 4.5 mg at bedtime"),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo at bedtime", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "4.5 mg capsule"), drug("Placebo")],
        criteria=(
            "Inclusion Criteria:\n\n* Fibromyalgia\n* Stable pain medications for >= 6 weeks "
            "(venlafaxine, milnacipran, gabapentin allowed)\n\nExclusion Criteria:\n\n"
            "* Opioid use"
        ),
        outcomes=["Pain intensity", "Beck Depression Inventory"],
    )
    f, _ = judge_registration(study)
    assert f.concomitant_classes == []


def test_a_raise_for_those_without_a_set_improvement_keeps_both_levels() -> None:
    study = registration(
        title="Open-Label Extension of Low-Dose Naltrexone in Depression",
        summary="Completers of the randomized trial receive open-label naltrexone for 24 weeks.",
        arms=[
            arm(
                "Open-label naltrexone",
                description=(
                    "Naltrexone 1.5 mg once daily; raised to 3 mg once daily at week 6 in "
                    "participants without >= 50% MADRS improvement."
                ),
            )
        ],
        interventions=[drug("Naltrexone", "1.5 mg or 3 mg capsule")],
        enrollment=30,
    )
    f, _ = judge_registration(study)
    assert f.ldn_doses_mg == [1.5, 3.0]


# --- a case series that calls for randomised trials ----------------------------------


def test_a_call_for_randomised_trials_keeps_a_case_series_reduced_dose() -> None:
    result = preprint(
        "Low-dose naltrexone added to antidepressants: five cases",
        "Five outpatients with resistant depression took low-dose naltrexone with their "
        "current SSRI. Naltrexone was given as 4.5 mg nightly; two patients troubled by vivid "
        "dreams were reduced to 3 mg. Four improved. The findings support the need for "
        "randomised trials.",
    )
    f, _ = judge_preprint(result)
    assert f.ldn_doses_mg == [3.0, 4.5]


# --- a reason that does not depend on which filter removed a mention -----------------


def test_people_free_of_the_drugs_say_so_in_the_reason_without_any_drug_named() -> None:
    text = (
        "Methods: Sixty antidepressant-free adults with major depressive disorder were "
        "randomised to naltrexone 4.5 mg or placebo for 8 weeks.\n\n"
        "Results: Depression scores fell more with naltrexone."
    )
    f = facts("Low-dose naltrexone in depression: a randomised trial", text, RCT)
    assert f.concomitant_classes == []
    assert f.notes["concomitant_classes"] == "participants free of antidepressants; none started"
