"""Kinds from blind batch 156 (session 63, first measured on the src of 4144df6a), written
again in other words.

- holdout630 52202847: "The records of 64 patients were retrieved, of whom 51 met inclusion
  criteria and 44 had a follow-up rating" gave no n (the criteria met before the sift's
  next step).
- holdout630 52202848: "Randomised participants numbered 19 (2 drops), 18 (6 drops) and 18
  (placebo)": the drops in the brackets read as counts, so the arms were not summed.
- holdout630 52202850: "LDN, n = 21; escitalopram, n = 20." (a sentence that is only the
  arms) gave the first arm.
- holdout630 52202842: "All continued their antidepressant, an SSRI in 52 and an SNRI in
  27, with study drug titrated to 4.5 mg nightly": the dose read as the SNRI's.
- holdout629 52202823: a raise "for participants whose MADRS score rose by 4 or more"
  was not read as for some, and the start was read as stopped by "escitalopram was then
  stopped" in its sentence ([4.5], not [1.5, 4.5]).
- holdout628 52202819: a registry protocol's "Dose and concomitant medication, including
  SSRIs, SNRIs and bupropion, are at the discretion of the clinician" read as taken.
- holdout629 52202827: a case whose venlafaxine was replaced by LDN, then "Venlafaxine was
  restarted ..., and she chose to continue naltrexone": the restart beside LDN was lost.
- registry141 NCT00290881: "antidepressants prescribed for fibromyalgia (amitriptyline <=
  25 mg, duloxetine, milnacipran)" read as taken for depression.
"""

from __future__ import annotations

from written import CASE, JOURNAL, RCT, TRIAL, arm, facts, judge_registration, registration


def test_those_meeting_criteria_before_the_next_step_of_the_sift_are_the_sample() -> None:
    title = "Low-dose naltrexone in treatment-resistant depression: a retrospective chart review"
    text = (
        "Methods: Charts of adults with treatment-resistant depression who were prescribed "
        "naltrexone 1.5-4.5 mg at a university clinic were reviewed. Results: The charts of 88 "
        "patients were identified, of whom 67 met inclusion criteria and 52 had a PHQ-9 at "
        "follow-up. PHQ-9 fell from 17.2 to 12.9."
    )
    assert facts(title, text, JOURNAL).n == 67


def test_arms_sized_with_doses_in_drops_in_brackets_add_up() -> None:
    title = "Oral low-dose naltrexone drops at two doses in major depression: a randomised trial"
    text = (
        "Methods: Adults with major depression on a stable antidepressant were randomised to "
        "naltrexone drops (0.5 mg per drop) at 3 drops or 9 drops nightly, or to placebo "
        "drops, for 6 weeks. Results: Participants randomised numbered 21 (3 drops), 20 (9 "
        "drops) and 22 (placebo). MADRS fell most with 9 drops."
    )
    assert facts(title, text, RCT).n == 63


def test_a_sentence_that_is_only_the_sized_arms_adds_up() -> None:
    title = "Low-dose naltrexone versus sertraline in first-episode depression: a pilot RCT"
    text = (
        "Methods: Antidepressant-naive adults with major depression were randomised to "
        "naltrexone 4.5 mg nightly or sertraline 50 mg daily for 8 weeks. Results: "
        "Naltrexone, n = 23; sertraline, n = 24. HAM-D fell by 7.9 and 9.8 points."
    )
    assert facts(title, text, RCT).n == 47


def test_parts_that_are_not_arms_in_such_a_sentence_do_not_add_up() -> None:
    # (control: responders and non-responders are parts of the sample, not arms)
    title = "Low-dose naltrexone added to SSRIs: an open-label study"
    text = (
        "Methods: Adults with major depression on an SSRI received naltrexone 4.5 mg nightly "
        "for 8 weeks. Results: Forty patients enrolled. Responders, n = 14; non-responders, "
        "n = 22. Baseline anhedonia predicted response."
    )
    assert facts(title, text, TRIAL).n == 40


def test_the_study_drug_named_after_the_base_drug_owns_the_dose() -> None:
    title = (
        "Baseline inflammation as a moderator of adjunctive low-dose naltrexone: secondary "
        "analysis of a randomised trial"
    )
    text = (
        "Methods: This secondary analysis used the 84 participants of the parent trial with "
        "a baseline CRP. All kept their background antidepressant, an SSRI in 55 and an SNRI "
        "in 29, with study drug increased to 3 mg nightly. Results: CRP of 3 mg/L or more "
        "predicted a larger effect."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [3.0]


RAISE_TITLE = "Replacing sertraline with low-dose naltrexone in remitted depression: an open pilot"


def test_a_raise_for_those_whose_score_rose_keeps_the_start_beside_a_stop_of_another_drug() -> None:
    text = (
        "Methods: Adults in remission on sertraline were enrolled in a 20-week single-arm "
        "study. Naltrexone 2 mg nightly was begun in the first week of a 6-week sertraline "
        "taper, so that both were taken together for a time; sertraline was then stopped. "
        "Participants whose PHQ-9 score rose by 5 or more points had naltrexone increased to "
        "4 mg. Results: Thirty-four patients entered."
    )
    assert facts(RAISE_TITLE, text, TRIAL).ldn_doses_mg == [2.0, 4.0]


def test_a_start_given_up_itself_is_still_dropped() -> None:
    # (control: the dose's own stop, before a later dose, is no maintenance dose)
    title = "Low-dose naltrexone in depression: a case report"
    text = (
        "A 50-year-old man with major depression on escitalopram was started on naltrexone "
        "1.5 mg at night, which was stopped after five days because of nightmares. It was "
        "restarted a month later at 3 mg in the morning and continued. His PHQ-9 fell to 6."
    )
    assert facts(title, text, CASE).ldn_doses_mg == [3.0]


def test_co_medication_at_the_clinicians_discretion_in_a_registry_plan_is_not_given() -> None:
    title = (
        "Low-dose naltrexone for depression in everyday practice (LDN-REAL): protocol for a "
        "prospective observational registry"
    )
    text = (
        "Methods and analysis: LDN-REAL is a prospective cohort at 24 practices. Adults with "
        "a depressive disorder whose clinician has decided to start naltrexone will be invited; "
        "we aim to enrol 500. Dose and concomitant medicines, including SSRIs, SNRIs and "
        "mirtazapine, are left to the discretion of the treating psychiatrist. PHQ-9 will be "
        "collected at baseline and 3, 6 and 12 months."
    )
    assert facts(title, text, ("Observational Study",)).concomitant_classes == []


CASE_TITLE = "Depressive relapse after switching from duloxetine to low-dose naltrexone: a case"


def _restart(going_on: str) -> str:
    return (
        "A 47-year-old man in remission from major depression on duloxetine 60 mg wished to "
        "stop it because of sweating. Duloxetine was tapered over 4 weeks and, once it had "
        "been stopped, he started naltrexone 4.5 mg at night. After 12 weeks his PHQ-9 rose "
        f"to 18. Duloxetine was restarted at 30 mg/day{going_on}. He was well again 10 weeks "
        "later."
    )


def test_a_drug_restarted_while_the_watched_drug_goes_on_after_a_replacement_is_taken() -> None:
    text = _restart(", and he decided to continue naltrexone")
    assert facts(CASE_TITLE, text, CASE).concomitant_classes == ["serotonergic", "noradrenergic"]


def test_a_drug_restarted_alone_after_a_replacement_is_not_taken_with_it() -> None:
    # (control: a restart without a word of the watched drug going on)
    assert facts(CASE_TITLE, _restart(""), CASE).concomitant_classes == []


def test_antidepressants_for_another_condition_listed_in_brackets_are_not_taken_for_it() -> None:
    study = registration(
        title="Low-Dose Naltrexone for Pain and Mood in Chronic Widespread Pain",
        conditions=["Fibromyalgia"],
        status="COMPLETED",
        allocation="RANDOMIZED",
        enrollment=90,
        enrollment_type="ACTUAL",
        description=(
            "Adults with fibromyalgia were randomized to naltrexone 4.5 mg or placebo for 12 "
            "weeks. Stable antidepressants prescribed for fibromyalgia (nortriptyline up to 25 "
            "mg, duloxetine, milnacipran) were allowed. Depressive symptoms were a secondary "
            "outcome (PHQ-9)."
        ),
        arms=[
            arm("LDN", description="Naltrexone 4.5 mg nightly"),
            arm("Placebo", "PLACEBO_COMPARATOR", drugs=("Placebo",)),
        ],
    )
    facts_, _ = judge_registration(study)
    assert facts_.concomitant_classes == []


def test_those_meeting_criteria_before_enrolment_are_not_the_sample() -> None:
    # (control: the sift's next step takes them in, so it is the sample)
    title = "Low-dose naltrexone added to escitalopram in perimenopausal depression: an open pilot"
    text = (
        "Methods: Women with major depression taking escitalopram received naltrexone 4.5 mg "
        "nightly for 8 weeks. Results: Invitations were sent to 2,100 women; 640 were screened, 74 met "
        "eligibility criteria and 55 were enrolled. MADRS fell from 25.0 to 14.2."
    )
    assert facts(title, text, TRIAL).n == 55


def test_a_dose_left_to_the_clinician_leaves_the_co_medication_taken() -> None:
    # (control: only the dose is the clinician's choice; everyone takes an SSRI)
    title = "Low-dose naltrexone in routine care (LDN-CARE): protocol for a prospective cohort"
    text = (
        "Methods and analysis: LDN-CARE is a prospective observational cohort. We will enrol "
        "400 adults with major depressive disorder who are taking an SSRI and whose clinician "
        "has decided to start naltrexone; dose and titration are at the clinician's discretion. "
        "PHQ-9 will be recorded at baseline and 12 weeks."
    )
    assert facts(title, text, ("Observational Study",)).concomitant_classes == ["serotonergic"]
