"""Doses as the contract lists them, rules added in round 7 (the "doses" part).

CONTRACT.md: ``ldn_doses_mg`` lists the maintenance doses participants were assigned to:
each arm's dose; for a fixed titration only the target; for a flexible range both ends;
for a dose raised only in non-responders both levels; for an explicitly dose-finding
escalation every step tested. Every record here is written for this test, one kind per
case, each with a near miss where one applies; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

from test_registry_facts import _assessed, _study
from written import RCT, TRIAL, facts

OBSERVATIONAL = ("Journal Article", "Observational Study")


# --------------------------------------------------- a placebo has no dose of its own
def test_a_dose_written_after_drug_or_placebo_is_the_drugs() -> None:
    """ "Randomised to X or placebo, begun at 1 mg and raised to 4 mg": the placebo stands in
    for the drug, so the schedule is the drug's."""
    f = facts(
        "Naltrexone added to paroxetine in depression: a randomised trial",
        "Methods: Ninety adults with major depressive disorder taking paroxetine were "
        "randomised to naltrexone or placebo, begun at 1 mg nightly and raised after ten days "
        "to 4 mg nightly.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.0]


def test_arms_named_by_letters_take_the_dose_of_the_drug_named_before_the_placebo() -> None:
    f = facts(
        "Naltrexone as an add-on in depression: a double-blind trial",
        "Methods: Adults with major depression on a stable SNRI were assigned to arm 1 or arm "
        "2. Arm 1 took naltrexone tablets and arm 2 matching placebo tablets, both increased "
        "over ten days to a target that corresponded to 3.5 mg.\n"
        "Results: 140 were randomised; MADRS improved more in arm 1.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.5]


def test_near_miss_a_dose_after_another_drug_and_placebo_stays_that_drugs() -> None:
    """Only the watched drug gains from the rule: a placebo for sertraline gives its
    dose to sertraline."""
    f = facts(
        "Naltrexone 2 mg with sertraline or placebo in depression",
        "Methods: Sixty adults took naltrexone 2 mg nightly and were randomised to sertraline "
        "or placebo, started at 50 mg and raised to 100 mg.\nResults: Mood improved.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0]


# ------------------------------------------ a raise only for some, written with "<"
def test_a_raise_for_participants_below_a_threshold_written_with_a_sign_keeps_both() -> None:
    f = facts(
        "Naltrexone for depression on lithium: a randomised trial",
        "Methods: Seventy adults with bipolar depression on lithium were randomised to "
        "naltrexone or placebo. Naltrexone began at 2 mg nightly; participants with < 30% "
        "HAM-D improvement at week 3 had it increased to 4 mg.\nResults: HAM-D fell more "
        "with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert not f.compares_doses


# -------------------------------- a dose restated in brackets is the same dose again
def test_a_raise_restated_in_brackets_as_split_doses_is_one_raise_for_some() -> None:
    """ "raised to 5 mg (2.5 mg twice daily)" names one level twice; the raise only for
    non-improvers keeps the first level too."""
    f = facts(
        "Naltrexone added to desvenlafaxine in depression with pain: a randomised trial",
        "Methods: Eighty adults with depression and chronic pain taking desvenlafaxine were "
        "randomised to naltrexone or placebo. Naltrexone was given as 3 mg at night; after "
        "five weeks, those with less than 20% improvement had their dose raised to 5 mg (2.5 "
        "mg twice daily).\nResults: Depression improved more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0, 5.0]


# --------------------------------------------------- micrograms in a list of mg doses
def test_each_dose_of_a_list_keeps_its_own_unit() -> None:
    """ "500 µg, 2 mg or 4 mg": the first dose is half a milligram, not 500 mg."""
    f = facts(
        "Naltrexone in three parallel doses for depression: a randomised trial",
        "Methods: Ninety adults with major depression were randomised to naltrexone 500 µg, "
        "2 mg or 4 mg once daily for eight weeks.\nResults: MADRS fell in all arms.",
        RCT,
    )
    assert f.ldn_doses_mg == [0.5, 2.0, 4.0]
    assert f.compares_doses


def test_a_range_from_micrograms_to_milligrams_reads_each_end_in_its_unit() -> None:
    f = facts(
        "Naltrexone from 100 micrograms to 5 mg in depression: a dose-finding trial",
        "Methods: Thirty adults with depression received naltrexone in four cohorts: "
        "100 micrograms, 1 mg, 2.5 mg or 5 mg once daily.\nResults: All doses were tolerated.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [0.1, 1.0, 2.5, 5.0]


# ----------------------------------------- the doses people ended on are an outcome
def test_final_doses_people_reached_are_not_doses_assigned() -> None:
    """A flexible schedule lists its ends; how many ended on each level describes the
    result, and the counts written beside them are not milligrams."""
    f = facts(
        "Naltrexone augmentation in older adults with depression: an open trial",
        "Methods: Forty older adults with major depression on escitalopram received "
        "naltrexone started at 1 mg and raised to 2 mg and then 4 mg if tolerated (flexible "
        "dosing, 1-4 mg).\nResults: Final naltrexone doses were 4 mg in 12, 2 mg in 9 and 1 mg in 5 "
        "participants. GDS scores fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 4.0]


def test_a_modal_dose_with_its_spread_keeps_the_spread() -> None:
    """The modal dose is a statistic like the median; the range after it is what people
    took (a chart review lists it); a second level "followed by" it is a statistic too."""
    f = facts(
        "Naltrexone in depressed outpatients: a retrospective chart review",
        "Methods: We reviewed the charts of 120 adults with depression prescribed naltrexone.\n"
        "Results: The modal dose was 3 mg/d (range, 1-4 mg/d). PHQ-9 fell by 4 points.",
        OBSERVATIONAL,
    )
    assert f.ldn_doses_mg == [1.0, 4.0]
    g = facts(
        "Open extension of naltrexone in major depression",
        "Methods: Eighty adults with major depression who finished a randomised phase received "
        "open naltrexone, started at 2 mg and adjusted between 2 mg and 5 mg daily as tolerated.\n"
        "Results: The modal final dose was 5 mg (48%), followed by 3 mg (30%).",
        TRIAL,
    )
    assert g.ldn_doses_mg == [2.0, 5.0]


# ------------------------------------------- an escalation study tests every step
def test_a_record_presented_as_a_dose_escalation_lists_every_step() -> None:
    """The title calls the study a dose escalation; its schedule, written as a plain
    titration sentence, lists the doses it tested, the first step included."""
    f = facts(
        "Naltrexone in late-life depression: an open-label dose-escalation study",
        "Methods: Twenty older adults with major depression received naltrexone at 1 mg/day "
        "for 10 days, then 2 mg, 4 mg and 5 mg/day for 10 days each. MADRS was rated at each "
        "step.\nResults: MADRS fell at each step.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0, 5.0]
    assert f.compares_doses


def test_near_miss_the_same_schedule_in_a_plain_trial_lists_the_target_only() -> None:
    f = facts(
        "Naltrexone in late-life depression: an open-label pilot study",
        "Methods: Twenty older adults with major depression received naltrexone at 1 mg/day "
        "for 10 days, then 2 mg/day for 10 days, then 5 mg/day.\n"
        "Results: MADRS fell.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [5.0]


# ----------------------------------- a start below a flexible range is a titration step
def test_a_start_below_the_flexible_range_is_not_a_maintenance_dose() -> None:
    f = facts(
        "Naltrexone for mood in chronic fatigue: a prospective cohort",
        "Methods: We followed 60 adults with chronic fatigue who took naltrexone. The dose "
        "was started at 0.25 mg and adjusted between 1 mg and 3 mg daily according to "
        "tolerability. Depression (PHQ-9) was rated every three months.\n"
        "Results: PHQ-9 fell from 14 to 10.",
        OBSERVATIONAL,
    )
    assert f.ldn_doses_mg == [1.0, 3.0]


def test_near_miss_a_start_at_the_lower_end_of_the_range_is_that_end() -> None:
    f = facts(
        "Naltrexone for mood in chronic fatigue: a prospective cohort",
        "Methods: We followed 60 adults with chronic fatigue who took naltrexone. The dose "
        "was started at 1 mg and adjusted between 1 mg and 3 mg daily according to tolerability. "
        "Depression (PHQ-9) was rated every three months.\nResults: PHQ-9 fell from 14 to 10.",
        OBSERVATIONAL,
    )
    assert f.ldn_doses_mg == [1.0, 3.0]


def test_near_miss_an_escalation_study_keeps_its_start() -> None:
    f = facts(
        "Escalating doses of naltrexone in depression: an open study",
        "Methods: Eighteen adults with major depression received naltrexone started at 0.25 mg "
        "and escalated between 1 mg and 3 mg in weekly steps.\nResults: All doses were "
        "tolerated.",
        TRIAL,
    )
    assert 0.25 in f.ldn_doses_mg


# ------------------------------- a registration's arms say the dose, not its products
def _registration(ldn_arm: str, product: str, name: str = "Naltrexone") -> dict[str, Any]:
    """The invented demo registration with one naltrexone arm and one placebo arm."""
    study = _study("NCT99900001")
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = (
        "Naltrexone Versus Placebo Added to Citalopram in Major Depression"
    )
    ps["descriptionModule"]["briefSummary"] = (
        "Adults with major depression taking citalopram add naltrexone or placebo for ten weeks."
    )
    ps["descriptionModule"].pop("detailedDescription", None)
    ps["armsInterventionsModule"] = {
        "armGroups": [
            {
                "label": "Naltrexone",
                "type": "EXPERIMENTAL",
                "description": ldn_arm,
                "interventionNames": [f"Drug: {name}"],
            },
            {
                "label": "Placebo",
                "type": "PLACEBO_COMPARATOR",
                "description": "Placebo on the same schedule, added to citalopram.",
                "interventionNames": ["Drug: Placebo"],
            },
        ],
        "interventions": [
            {
                "type": "DRUG",
                "name": name,
                "description": product,
                "armGroupLabels": ["Naltrexone"],
            },
            {
                "type": "DRUG",
                "name": "Placebo",
                "description": "Identical capsules.",
                "armGroupLabels": ["Placebo"],
            },
        ],
    }
    return study


def test_a_registrations_capsule_strength_is_not_a_dose_when_the_arm_states_one() -> None:
    """The arm: a fixed titration to 4 mg; the intervention: 2 mg capsules taken one or
    two at a time. The arm's target is the dose."""
    _, f = _assessed(
        _registration(
            "Naltrexone 2 mg nightly in week 1, then 4 mg nightly to week 10, added to citalopram.",
            "Naltrexone 2 mg capsules; one or two capsules nightly per the schedule.",
        )
    )
    assert f.ldn_doses_mg == [4.0]


def test_a_registrations_intervention_name_strength_yields_to_the_arms_daily_dose() -> None:
    """ "Naltrexone 1.25 mg" names the capsule; the arm takes it twice a day."""
    _, f = _assessed(
        _registration(
            "Naltrexone 1.25 mg twice daily (morning and evening) for ten weeks.",
            "Compounded naltrexone capsule.",
            name="Naltrexone 1.25 mg",
        )
    )
    assert f.ldn_doses_mg == [2.5]


def test_near_miss_arms_without_a_dose_leave_the_text_answer() -> None:
    _, f = _assessed(
        _registration(
            "Naltrexone nightly for ten weeks, added to citalopram.",
            "Naltrexone 3 mg capsule, one nightly.",
        )
    )
    assert f.ldn_doses_mg == [3.0]


# ------------------------- a study that assigns no dose: the range clinicians prescribe
def test_an_observational_study_lists_the_range_its_clinicians_usually_prescribe() -> None:
    """A cohort assigns nothing; the range it says naltrexone is usually given at is the
    flexible range its people take (both ends)."""
    f = facts(
        "Naltrexone for depression in general practice: a prospective cohort",
        "Methods: We will follow 300 adults with depression who are prescribed low-dose "
        "naltrexone by their own doctors, typically 2 to 4 mg at night; the study allocates no "
        "treatment. PHQ-9 will be recorded every two months.",
        OBSERVATIONAL,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_near_miss_a_trial_keeps_its_assigned_dose_over_a_usual_range() -> None:
    f = facts(
        "Naltrexone 3 mg for depression: a randomised trial",
        "Methods: Naltrexone is typically given at 2 to 4 mg. We randomised 80 adults with "
        "depression to naltrexone 3 mg nightly or placebo.\nResults: MADRS fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0]


# ------------------------------------------- a dose an amendment changed is replaced
def test_a_dose_changed_by_an_amendment_lists_only_the_new_dose() -> None:
    f = facts(
        "Naltrexone and reward learning in depression: protocol of a randomised trial",
        "Methods: Sixty adults with major depression will be randomised to naltrexone 2 mg "
        "nightly or placebo for six weeks. A protocol amendment before enrolment began "
        "changed the dose from 5 mg to 2 mg after poor sleep in volunteers.",
        ("Clinical Trial Protocol", "Journal Article"),
    )
    assert f.ldn_doses_mg == [2.0]
