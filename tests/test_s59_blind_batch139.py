"""Kinds from blind batches 139 and 140 (sessions 58 and 59, first measured on the src of
5c7126d2 and 0c0b1c2e), written again in other words.

- holdout545 52201141: a three-arm protocol that "aims to allocate 44 participants per arm"
  had no n (a missed larger-trials verdict).
- holdout545 52201146: "39 participants were women" taken as the sample over the arms sized
  in an interventions section, "X 4.5 mg (n = 31) or placebo (n = 30)" (a missed verdict).
- holdout545 52201148: a week's dose told as "31.5 mg per week, dispensed as seven 4.5 mg
  capsules taken nightly" read as 31.5 mg a day, so standard-dose and off-topic.
- holdout544 52201134: "participants already on an SSRI ... continued it throughout;
  antidepressant-free participants remained so" read as a sample free of antidepressants.
- holdout544 52201139: "LDN was added to a continued SSRI" not joined to the drug.
- holdout542 52201088: a raise "because the response after four weeks was modest" read as
  a fixed titration (one dose, not both levels).
- holdout542 52201092: a review of kappa antagonists that "contrast[s] these agents with
  non-selective antagonists: ... low-dose naltrexone is used off label" read as on-topic.
- registry124 NCT00290385: "participants were not selected for depression" read as the
  condition named, so a methadone-taper trial was on-topic.
- holdout546 52201173: a dose-escalation's rule "escalation stopped at the first step that
  was not tolerated" read as every step but one given up.
- preprints117 PPR9900436, PPR9900446, PPR9900449: a schedule closing the arms after "or
  placebo twice daily"; a raise for those who "had not improved" after a sentence on
  trazodone the people "could continue"; an "Amendments: (1) ..." heading inside an
  introduction.
- holdout550 52201241: "60 participants per arm are required to detect a difference of 4
  points with 80% power": a power calculation with the power said last.
"""

from __future__ import annotations

from written import (
    PROTOCOL,
    RCT,
    arm,
    drug,
    facts,
    gaps,
    judge_preprint,
    judge_registration,
    preprint,
    registration,
)

MDD_TITLE = "Low-dose naltrexone added to antidepressants in major depression"


def test_a_per_arm_plan_after_an_aim_is_the_protocols_n() -> None:
    text = (
        "Methods: Adults with major depressive disorder and an inadequate response to an "
        "SSRI will be allocated 1:1:1 to naltrexone 1 mg, 2 mg or 4.5 mg nightly for 8 weeks. "
        "We intend to recruit 40 participants per arm, allowing for 10% attrition."
    )
    title = f"{MDD_TITLE}: protocol for a dose-ranging trial"
    assert facts(title, text, PROTOCOL).n == 120
    assert gaps(title, text, PROTOCOL)["larger-trials"] == "in_progress"


def test_a_per_arm_count_of_completers_is_no_plan() -> None:
    # (control: what became of the arms is no sample)
    text = (
        "Methods: Adults with major depressive disorder will be allocated 1:1:1 to naltrexone "
        "1 mg, 2 mg or 4.5 mg nightly for 8 weeks. In the pilot phase 12 participants per arm "
        "completed the study."
    )
    assert facts(f"{MDD_TITLE}: protocol", text, PROTOCOL).n != 36


def test_arms_sized_in_an_interventions_section_beat_a_count_of_women() -> None:
    text = (
        "Design: A double-blind trial at two centres in outpatients with major depressive "
        "disorder on escitalopram.\n"
        "Interventions: Naltrexone 4.5 mg (n = 27) or matching placebo (n = 28) nightly for "
        "10 weeks.\n"
        "Results: Mean age was 41 years; 33 participants were women. MADRS fell more with "
        "naltrexone."
    )
    f = facts(f"{MDD_TITLE}: a randomized clinical trial", text, RCT)
    assert f.n == 55
    assert gaps(f"{MDD_TITLE}: a randomized clinical trial", text, RCT)["larger-trials"] == (
        "addressed"
    )


def test_a_weeks_dose_dispensed_as_seven_nightly_capsules_is_a_low_dose() -> None:
    text = (
        "Methods: Women with a major depressive episode with peripartum onset will be "
        "randomised to LDN or placebo for 8 weeks. The study drug is naltrexone 21 mg per "
        "week, supplied as seven 3 mg capsules taken nightly."
    )
    title = "Low-dose naltrexone for perinatal depression: protocol for a randomised trial"
    f = facts(title, text, PROTOCOL)
    assert f.on_topic is True
    assert f.ldn_doses_mg == [3.0]


def test_two_capsules_nightly_still_make_the_days_dose() -> None:
    # (control: a count of units taken together each night multiplies)
    text = (
        "Methods: Adults with major depressive disorder took two 1.5 mg capsules of "
        "naltrexone nightly for 8 weeks."
    )
    assert facts(f"{MDD_TITLE}: an open trial", text).ldn_doses_mg == [3.0]


def test_a_stratum_that_keeps_its_antidepressant_is_taken_with_ldn() -> None:
    text = (
        "Adults with major depressive disorder were randomized to naltrexone 4.5 mg/day or "
        "placebo, stratified by antidepressant use. Participants already taking an SNRI at a "
        "stable dose continued it throughout; antidepressant-free participants remained so. "
        "Seventy participants were randomized: 30 on duloxetine or venlafaxine and 40 "
        "antidepressant-free."
    )
    title = "Low-dose naltrexone in depression with and without an antidepressant: an RCT"
    f = facts(title, text, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(title, text, RCT)["serotonergic-combination"] == "addressed"


def test_a_sample_free_of_antidepressants_stays_free() -> None:
    # (control: nobody keeps a drug)
    text = (
        "Antidepressant-free adults with major depressive disorder were randomized to "
        "naltrexone 4.5 mg/day or placebo for 8 weeks; they remained so throughout."
    )
    title = "Low-dose naltrexone monotherapy in depression: an RCT"
    assert facts(title, text, RCT).concomitant_classes == []


def test_ldn_added_to_a_continued_ssri_is_taken_with_it() -> None:
    text = (
        "Methods: We reviewed the records of 150 adults with major depressive disorder who "
        "started LDN 4.5 mg. Patients were grouped by what happened to their SSRI: LDN "
        "replaced a stopped SSRI (n = 60) or LDN was added to an ongoing SSRI (n = 90)."
    )
    f = facts("Low-dose naltrexone and SSRIs: a retrospective cohort", text)
    assert f.concomitant_classes == ["serotonergic"]


def test_a_raise_because_the_response_was_modest_keeps_both_levels() -> None:
    text = (
        "A 29-year-old woman with major depressive disorder on escitalopram 20 mg was "
        "started on low-dose naltrexone 2 mg at night; because her improvement at six weeks "
        "was limited, it was increased to 4 mg. Escitalopram was continued."
    )
    f = facts("Low-dose naltrexone added to escitalopram: a case report", text, ["Case Reports"])
    assert f.ldn_doses_mg == [2.0, 4.0]


def test_a_fixed_titration_keeps_only_its_target() -> None:
    # (control: a raise for everyone, on schedule)
    text = (
        "A 29-year-old woman with major depressive disorder on escitalopram 20 mg was "
        "started on low-dose naltrexone 2 mg at night and, as planned, increased to 4 mg "
        "after one week. Escitalopram was continued."
    )
    f = facts("Low-dose naltrexone added to escitalopram: a case report", text, ["Case Reports"])
    assert f.ldn_doses_mg == [4.0]


def test_a_review_naming_ldn_in_a_list_after_its_foil_is_off_topic() -> None:
    text = (
        "This review summarises the clinical development of selective kappa-opioid receptor "
        "antagonists for depression, including aticaprant and navacaprant. Aticaprant added "
        "to SSRIs improved depressive symptoms in phase 2. We compare these compounds with "
        "older opioid modulators: buprenorphine has been studied in late-life depression, and "
        "low-dose naltrexone is prescribed off label, but neither is selective."
    )
    title = "Kappa-opioid antagonists in depression: a narrative review"
    assert facts(title, text, ["Review"]).on_topic is False


def test_a_review_of_ldn_itself_stays_on_topic() -> None:
    # (control: the review's scope names the drug)
    text = (
        "This review summarises the clinical studies of low-dose naltrexone in depression, "
        "including one randomised pilot and several case series. We compare these results "
        "with other augmentation strategies."
    )
    title = "Low-dose naltrexone in depression: a narrative review"
    assert facts(title, text, ["Review"]).on_topic is True


def _taper_registration(description: str, outcomes: tuple[str, ...] = ()) -> dict:
    return registration(
        title="Very Low Dose Naltrexone During Opioid Taper",
        summary="Adults tapering buprenorphine received naltrexone 0.25 mg or placebo.",
        description=description,
        # (a mood keyword, as such registrations give)
        conditionsModule={"conditions": ["Opioid Withdrawal"], "keywords": ["dysphoria"]},
        arms=[
            arm("Naltrexone", description="Naltrexone 0.25 mg daily."),
            arm("Placebo", "PLACEBO_COMPARATOR", "Placebo.", drugs=("Placebo",)),
        ],
        interventions=[drug("Naltrexone", "0.25 mg capsule.", ["Naltrexone"])],
        outcomes=outcomes,
        enrollment=80,
    )


def test_people_not_selected_for_depression_do_not_make_a_depression_trial() -> None:
    f, _ = judge_registration(
        _taper_registration(
            "Withdrawal severity was rated daily. No depression questionnaire was given; the "
            "participants were not selected for depression."
        )
    )
    assert f.on_topic is False


def test_a_taper_trial_with_a_depression_outcome_stays_on_topic() -> None:
    # (control: a mood outcome registered)
    f, _ = judge_registration(
        _taper_registration(
            "Withdrawal severity was rated daily.",
            ("Change in Hamilton Depression Rating Scale score",),
        )
    )
    assert f.on_topic is True


def test_an_escalations_stopping_rule_drops_no_step() -> None:
    text = (
        "We conducted an open-label dose-escalation study of low-dose naltrexone in adults "
        "with major depressive disorder on sertraline. Naltrexone was given at night in "
        "2-week steps of 0.5 mg, 1.5 mg and 3 mg; escalation stopped at the first step that "
        "was not tolerated, and the dose-response was examined across steps. Eighteen "
        "participants enrolled. Two participants stopped at 1.5 mg because of insomnia. "
        "Doses close to 1.5 mg may be enough for most patients."
    )
    f = facts("Dose escalation of low-dose naltrexone in depression", text, ["Letter"])
    assert f.ldn_doses_mg == [0.5, 1.5, 3.0]


def test_a_schedule_closing_the_arms_after_placebo_is_every_arms() -> None:
    text = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 0.5 mg "
        "(500 micrograms), 1 mg (1000 micrograms) or placebo twice daily for 8 weeks."
    )
    f, _ = judge_preprint(preprint(f"{MDD_TITLE}: a randomised trial", text))
    assert f.ldn_doses_mg == [1.0, 2.0]


def test_a_raise_for_those_who_had_not_improved_keeps_both_levels_after_a_hypnotic() -> None:
    text = (
        "Methods: Adults with major depressive disorder on sertraline were randomised 1:1 "
        "to naltrexone 1.5 mg nightly or placebo for 8 weeks. Participants with insomnia "
        "could continue zolpidem 5-10 mg at bedtime. Participants who had not improved by "
        "week 4 had the dose increased to 3 mg nightly."
    )
    f, _ = judge_preprint(preprint(f"{MDD_TITLE}: a pilot randomised trial", text))
    assert f.ldn_doses_mg == [1.5, 3.0]


def test_an_amendments_heading_inside_an_introduction_starts_the_methods() -> None:
    text = (
        "Introduction: DOSE-D is a placebo-controlled trial comparing doses of low-dose "
        "naltrexone (LDN) in major depressive disorder. This amended protocol replaces "
        "version 1.0. Amendments: (1) A fourth arm is added, so participants are randomised "
        "1:1:1:1 to naltrexone 1 mg, 2 mg or 4 mg daily or placebo for 8 weeks. (2) The "
        "planned sample is 160 participants (40 per arm)."
    )
    f, _ = judge_preprint(
        preprint("Low-dose naltrexone doses in depression: amended protocol", text)
    )
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]


def test_a_power_calculation_with_the_power_said_last_is_the_protocols_n() -> None:
    text = (
        "Methods: Adults with major depressive disorder on an SSRI will be randomised 1:1:1 "
        "to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 10 weeks. Allowing for 10% "
        "attrition, 50 participants per arm are needed to detect a difference of 3 MADRS "
        "points with 80% power."
    )
    title = f"{MDD_TITLE}: protocol for a three-arm trial"
    assert facts(title, text, PROTOCOL).n == 150
