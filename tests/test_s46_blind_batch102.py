"""Kinds met in the blind sets of session 46 (lead), each written again in other words.

Opened sets (batch 101, left over from session 45):
- holdout416 46900036: "partial response to vortioxetine 10-20 mg/day received naltrexone
  titrated from 1 mg to 3 mg": the dose in the other drug's phrase made its non-response read
  as a raise for some, and the titration's start was kept.
- holdout416 46900007: "participants could remain at a lower dose if a higher dose was not
  tolerated", a rule of the protocol, read as the top step given up (the 4.5 mg step lost);
  "supporting a randomised comparison of 2.5 and 4.5 mg" read the open-label escalation as
  randomised.
- holdout417 47000001: "naltrexone 1.5 mg is started on day 1 while the SSRI or SNRI is reduced
  and stopped ..., and the naltrexone dose is then increased to a target of 4.5 mg": the "or"
  between the two antidepressants read the steps as alternatives.
- holdout417 47000019: "who had stopped them ... because of lack of benefit" read the whole
  sentence as a gap in knowledge (future work), so its flexible range was not the study's and
  a final-dose distribution added a third dose.

Blind batch 102 (measured on 90ee8a01):
- holdout420 47400032: naltrexone 12.5 mg for binge eating, "higher than the 4.5 mg typical of
  low-dose naltrexone", took the reference dose as its own (on-topic, two false gap verdicts).
- holdout420 47400039: an amended protocol's title, "change from a dose-finding to a two-arm
  design", kept the design it left as a dose comparison (a false in-progress dose-finding).
- holdout420 47400010: "Participants continued existing pain treatments; 47% were taking
  duloxetine and 22% amitriptyline" counted the pain drugs as antidepressants.
- holdout420 47400015: "did not differ between bupropion users and antidepressant-free
  participants" read the sample as free of antidepressants.
- preprints97 PPR0940021: "we note that some clinicians use up to 4.5 mg; however, only a single
  dose was tested here" gave a trial of 1 mg twice daily a second dose (a false dose-finding).
- preprints97 PPR0940014: a registry protocol saying "The registry is not a trial: doses will
  not be assigned" was read as a trial's protocol (three false in-progress verdicts).
- holdout418 47200021/47200026: records typed "Clinical Trial Registration", not yet
  recruiting, were read as finished trials (design rct).
- holdout418 47200003: "Stable antidepressants used for pain, including amitriptyline 10-25 mg
  and duloxetine" kept duloxetine: the header's own word "antidepressants" was read as the
  purpose naming depression.
- registry101 NCT00170022: an arm "2 x 1 mg capsules twice daily" was read as 2 mg a day: the
  count written as a multiple kept the frequency after the capsules from counting.
"""

from __future__ import annotations

import pytest
from written import CASE, PROTOCOL, RCT, TRIAL, facts, gaps

# --- a non-response to another drug, its own dose named ------------------------------------

CASE_TITLE = "Low-dose naltrexone added to escitalopram in postpartum depression: two cases"
CASE_TEXT = (
    "Results: Two women with postpartum major depression and an inadequate response to "
    "escitalopram {dose} were given naltrexone titrated from 0.5 mg to 2 mg nightly over ten "
    "days. Both improved by week 6."
)


@pytest.mark.parametrize("dose", ["10-20 mg/day", "20 mg daily", "15 mg/day"])
def test_a_non_response_to_a_dosed_co_medication_is_no_raise_for_some(dose: str) -> None:
    assert facts(CASE_TITLE, CASE_TEXT.format(dose=dose), CASE).ldn_doses_mg == [2.0]


def test_a_non_response_to_the_drug_s_own_dose_is_still_a_raise_for_some() -> None:
    # the near miss: the level not responded to is the watched drug's, so both count
    text = (
        "Results: Two women with postpartum depression taking escitalopram 10 mg/day were given "
        "naltrexone 0.5 mg nightly; after an inadequate response to 0.5 mg at week 4 it was "
        "increased to 2 mg nightly."
    )
    assert facts(CASE_TITLE, text, CASE).ldn_doses_mg == [0.5, 2.0]


# --- a rule of the protocol for whoever needs it is no stop that happened ------------------

STEP_TITLE = "Stepwise low-dose naltrexone added to sertraline in major depression: a pilot"
STEP = (
    "Methods: In this dose-finding pilot, adults with major depressive disorder taking "
    "sertraline received naltrexone 1.5 mg/day for 2 weeks, then 3 mg/day for 2 weeks, then "
    "4.5 mg/day for 4 weeks; {rule} Depression was rated at each dose. Results: Twenty-two "
    "patients were enrolled. MADRS fell from 24 to 19 at 1.5 mg, 16 at 3 mg and 14 at 4.5 mg."
)


@pytest.mark.parametrize(
    "rule",
    [
        "participants could stay at a lower dose if a higher dose was not tolerated.",
        "the previous step was resumed whenever a dose was poorly tolerated.",
    ],
)
def test_a_rule_for_intolerance_keeps_the_top_step(rule: str) -> None:
    assert facts(STEP_TITLE, STEP.format(rule=rule), TRIAL).ldn_doses_mg == [1.5, 3.0, 4.5]


def test_a_top_step_that_was_not_tolerated_is_still_given_up() -> None:
    # the near miss: the stop happened to the person
    text = (
        "Results: A 51-year-old woman taking sertraline received naltrexone 1.5 mg/day and then "
        "4.5 mg/day, which was not tolerated because of insomnia. She continued on 1.5 mg/day "
        "for six months."
    )
    assert facts(STEP_TITLE, text, CASE).ldn_doses_mg == [1.5]


# --- the randomised study the results argue for is the next one ----------------------------

ESCALATION_TITLE = "Open-label escalation of low-dose naltrexone in depression on bupropion"
ESCALATION = (
    "Methods: Thirty adults with major depression taking bupropion received naltrexone 1 mg, "
    "then 2.5 mg, then 4.5 mg a day, two weeks each, with ratings at every step. "
    "Conclusions: Benefit appeared from 2.5 mg, {next}."
)


@pytest.mark.parametrize(
    "next_",
    [
        "supporting a randomised comparison of 2.5 and 4.5 mg",
        "which justifies a larger placebo-controlled trial",
        "findings that warrant a definitive randomized study",
    ],
)
def test_a_randomised_study_the_results_support_is_not_this_one(next_: str) -> None:
    f = facts(ESCALATION_TITLE, ESCALATION.format(next=next_), TRIAL)
    assert f.design == "nonrandomized_trial"


def test_a_study_that_did_the_randomised_comparison_is_randomised() -> None:
    # the near miss: the record's own comparison was randomised
    text = (
        "Methods: Sixty adults with major depression taking bupropion were randomised to "
        "naltrexone 2.5 mg or 4.5 mg a day for 8 weeks. Results: The randomised comparison "
        "favoured 4.5 mg, supporting its use."
    )
    assert facts(ESCALATION_TITLE, text, TRIAL).design == "rct"


# --- an "or" between two other drugs does not make a schedule's steps alternatives ---------

SWITCH_TITLE = "Switching to low-dose naltrexone after a partial response: protocol for a trial"
SWITCH = (
    "Methods: Adults with major depression will be randomised to a switch to naltrexone or to a "
    "second antidepressant. In the naltrexone arm, naltrexone 1.5 mg is started on day 1 while "
    "the {pair} is tapered and stopped by day 14, and the naltrexone dose is then increased to a "
    "target of 4.5 mg nightly until week 12. We plan to randomise 100 participants."
)


@pytest.mark.parametrize("pair", ["SSRI or SNRI", "sertraline or venlafaxine"])
def test_an_or_between_two_other_drugs_keeps_one_schedule(pair: str) -> None:
    assert facts(SWITCH_TITLE, SWITCH.format(pair=pair), PROTOCOL).ldn_doses_mg == [4.5]


def test_an_or_between_the_doses_still_makes_arms() -> None:
    # the near miss: the "or" offers the two doses themselves
    text = (
        "Methods: Adults with major depression taking an SSRI or SNRI will be randomised to "
        "naltrexone 1.5 mg or naltrexone 4.5 mg nightly for 12 weeks. We plan to randomise 100 "
        "participants."
    )
    assert facts(SWITCH_TITLE, text, PROTOCOL).ldn_doses_mg == [1.5, 4.5]


# --- what a treatment failed to give someone is no gap in knowledge ------------------------

PDD_TITLE = "Flexible-dose low-dose naltrexone alone in persistent depressive disorder: a pilot"
PDD = (
    "Methods: Adults with persistent depressive disorder who had stopped antidepressants at "
    "least 4 weeks earlier because of lack of {what} received naltrexone starting at 1.5 mg/day "
    "and increased every 2 weeks to a maximum of 4.5 mg/day as tolerated, for 12 weeks. "
    "Results: Thirty participants were enrolled. The final dose was 4.5 mg in 18, 3 mg in 8 and "
    "1.5 mg in 4 participants."
)


@pytest.mark.parametrize("what", ["benefit", "response", "clinical improvement"])
def test_a_lack_of_benefit_keeps_the_sentence_the_study_s_own(what: str) -> None:
    f = facts(PDD_TITLE, PDD.format(what=what), TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_a_lack_of_data_still_names_work_not_done() -> None:
    # the near miss: a gap in the evidence is still no dose the study gave
    text = (
        "Background: Given the lack of data on naltrexone 1.5 mg versus 4.5 mg in depression, "
        "dose-finding trials are needed. Methods: Twenty adults with major depression received "
        "naltrexone 4.5 mg nightly for 8 weeks."
    )
    assert facts(PDD_TITLE, text, TRIAL).ldn_doses_mg == [4.5]
    assert "dose-finding" not in gaps(PDD_TITLE, text, TRIAL)


# --- a dose named as what low-dose use typically is, a point of reference ----------------

REDUCED_TITLE = (
    "Reduced-dose naltrexone (12.5 mg) for binge eating with depression: a randomized trial"
)
REDUCED = (
    "Methods: Adults with binge eating disorder and a current major depressive episode were "
    "randomized to naltrexone 12.5 mg/day or placebo for 12 weeks; those on a stable SSRI "
    "continued it. Results: Ninety participants were randomized. PHQ-9 fell by 5.1 and 3.6. "
    "Discussion: A reduced dose of naltrexone, lower than the 50 mg used in addiction but "
    "higher than the {ref}, reduced binge eating but did not improve depression in "
    "patients taking SSRIs."
)


@pytest.mark.parametrize(
    "ref", ["4.5 mg typical of low-dose naltrexone", "4.5 mg usual for low-dose naltrexone"]
)
def test_a_dose_typical_of_ldn_is_a_point_of_reference(ref: str) -> None:
    f = facts(REDUCED_TITLE, REDUCED.format(ref=ref), RCT)
    assert f.ldn_doses_mg == []
    assert gaps(REDUCED_TITLE, REDUCED.format(ref=ref), RCT) == {}


def test_the_study_s_own_dose_described_as_typical_is_kept() -> None:
    # the near miss: set off by commas, the description is of the dose the study gave
    text = (
        "Methods: Adults with major depression taking an SSRI received naltrexone 4.5 mg, "
        "typical of low-dose naltrexone regimens, nightly for 8 weeks. Results: Twenty "
        "participants completed."
    )
    assert facts(REDUCED_TITLE, text, TRIAL).ldn_doses_mg == [4.5]


# --- a design the study has left is not its design -----------------------------------------

AMENDED = (
    "Methods: Under the amended protocol, adults with bipolar depression are randomised 1:1 to "
    "naltrexone 4.5 mg or placebo for 8 weeks; the 1 mg and 2 mg arms have been discontinued. "
    "The planned sample size is 60."
)


@pytest.mark.parametrize(
    "title",
    [
        "Amended protocol for a trial of low-dose naltrexone in bipolar depression: change from "
        "a dose-finding to a two-arm design",
        "Low-dose naltrexone in bipolar depression: a trial no longer a dose-ranging study",
    ],
)
def test_a_design_changed_from_dose_finding_compares_no_doses(title: str) -> None:
    f = facts(title, AMENDED, PROTOCOL)
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(title, AMENDED, PROTOCOL)


def test_a_design_changed_to_dose_finding_compares_doses() -> None:
    # the near miss: the dose-finding design is the one the study moved to
    title = "Amended protocol: change from a two-arm to a dose-finding design"
    text = (
        "Methods: Under the amended protocol, adults with bipolar depression are randomised to "
        "naltrexone 1 mg, 2 mg or 4.5 mg or placebo for 8 weeks. The planned sample size is 80."
    )
    assert facts(title, text, PROTOCOL).compares_doses is True


# --- drugs for another purpose listed as shares in the next clause -------------------------

FM_TITLE = "Low-dose naltrexone for pain and mood in fibromyalgia: a randomized trial"
FM = (
    "Methods: Adults meeting fibromyalgia criteria were randomized to naltrexone 4.5 mg or "
    "placebo daily for 12 weeks. {line} Outcomes were pain and the Beck Depression Inventory. "
    "Results: A total of 120 participants were randomized."
)


@pytest.mark.parametrize(
    "line",
    [
        "Participants continued existing pain treatments; 47% were taking duloxetine and 22% "
        "amitriptyline at stable doses.",
        "Participants kept their fibromyalgia medications; 40 were taking duloxetine.",
    ],
)
def test_shares_taking_pain_treatments_are_no_antidepressants(line: str) -> None:
    assert facts(FM_TITLE, FM.format(line=line), RCT).concomitant_classes == []


def test_shares_taking_antidepressants_after_another_clause_count() -> None:
    # the near miss: the clause before the shares names no other purpose
    line = "Participants continued their usual care; 47% were taking duloxetine for depression."
    assert facts(FM_TITLE, FM.format(line=line), RCT).concomitant_classes != []


# --- a subgroup on the drug named before the free one --------------------------------------

DR_TITLE = "Three doses of low-dose naltrexone in major depressive disorder: a randomized trial"
DR = (
    "Methods: Adults with major depressive disorder were randomized to naltrexone 1 mg, 2.5 mg, "
    "4.5 mg or placebo for 8 weeks. Participants free of antidepressants and those on a stable "
    "dose of bupropion were eligible. Results: Ninety-six were randomized. {line}"
)


@pytest.mark.parametrize(
    "line",
    [
        "The effect did not differ between bupropion users and antidepressant-free participants.",
        "Effects were similar in bupropion-treated and unmedicated participants.",
    ],
)
def test_a_treated_part_named_before_the_free_one_keeps_its_drug(line: str) -> None:
    assert facts(DR_TITLE, DR.format(line=line), RCT).concomitant_classes == ["dopaminergic"]


def test_a_sample_free_of_antidepressants_stays_free() -> None:
    # the near miss: nobody in the sample took one
    text = (
        "Methods: Antidepressant-free adults with major depressive disorder were randomized to "
        "naltrexone 1 mg, 2.5 mg, 4.5 mg or placebo for 8 weeks. Results: Ninety-six were "
        "randomized; effects were similar in men and women."
    )
    assert facts(DR_TITLE, text, RCT).concomitant_classes == []


# --- a dose clinicians are said to use is practice, not an arm ------------------------------

BID_TITLE = "Low-dose naltrexone added to bupropion in depression with anhedonia: a small trial"
BID = (
    "Methods: Thirty adults with major depression taking bupropion were randomized to "
    "naltrexone 1 mg twice daily or placebo for eight weeks. Results: Anhedonia improved more "
    "with naltrexone. Conclusions: We consider whether a dose-response relationship exists, and "
    "note that {practice}; only a single dose was tested here."
)


@pytest.mark.parametrize(
    "practice", ["some clinicians use up to 4.5 mg", "psychiatrists commonly prescribe 4.5 mg"]
)
def test_a_dose_clinicians_use_is_no_second_dose(practice: str) -> None:
    f = facts(BID_TITLE, BID.format(practice=practice), RCT)
    assert f.ldn_doses_mg == [2.0]
    assert "dose-finding" not in gaps(BID_TITLE, BID.format(practice=practice), RCT)


def test_a_dose_the_study_s_clinicians_gave_is_kept() -> None:
    # the near miss: the study's own clinicians gave the dose to its people
    text = (
        "Methods: Thirty adults with major depression taking bupropion received naltrexone 1 mg "
        "twice daily; after 4 weeks the study clinicians raised it to 4.5 mg in non-responders."
    )
    assert facts(BID_TITLE, text, TRIAL).ldn_doses_mg == [2.0, 4.5]


# --- a registry that assigns no dose is observational ---------------------------------------

REGISTRY_TITLE = (
    "Low-dose naltrexone for depression in routine care: protocol for a prospective registry"
)
REGISTRY = (
    "Methods: We will establish a prospective multicentre registry of 500 adults with major "
    "depressive disorder starting LDN (1.5-4.5 mg daily) alongside their usual SSRIs or SNRIs. "
    "Outcomes will be compared across doses. The registry is not a trial: {line}"
)


@pytest.mark.parametrize(
    "line",
    ["doses will not be assigned and no comparator will be used.", "treatment is not allocated."],
)
def test_a_registry_whose_doses_are_not_assigned_is_observational(line: str) -> None:
    f = facts(REGISTRY_TITLE, REGISTRY.format(line=line), PROTOCOL)
    assert f.design == "observational"
    assert gaps(REGISTRY_TITLE, REGISTRY.format(line=line), PROTOCOL) == {}


def test_a_trial_protocol_that_assigns_doses_stays_a_protocol() -> None:
    # the near miss: the trial's doses are assigned by randomisation
    text = (
        "Methods: We will randomise 120 adults with major depressive disorder taking an SSRI to "
        "naltrexone 1.5 mg or 4.5 mg daily; the dose will be assigned by a central computer."
    )
    assert facts("Two doses of low-dose naltrexone: a trial protocol", text, PROTOCOL).design == (
        "protocol"
    )


# --- a record typed as a trial registration is the trial as planned -------------------------

REGISTRATION = ("Clinical Trial Registration",)


def test_a_registration_record_not_yet_recruiting_is_a_protocol() -> None:
    title = "A Trial of Low-Dose Naltrexone Monotherapy for Anhedonic Depression"
    text = (
        "Randomized, double-blind, placebo-controlled phase 2b trial of naltrexone 4.5 mg/day "
        "for 12 weeks in adults with major depressive disorder who are not taking "
        "antidepressants. Estimated enrollment: 240. Primary outcome: MADRS change at week 12. "
        "Status: Not yet recruiting."
    )
    f = facts(title, text, REGISTRATION)
    assert f.design == "protocol"
    assert gaps(title, text, REGISTRATION) == {"larger-trials": "in_progress"}


# --- antidepressants named by their kind as taken for pain ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Stable antidepressants used for pain, including amitriptyline 10-25 mg and duloxetine, "
        "were permitted.",
        "Antidepressants taken for pain, including amitriptyline at night and duloxetine, were "
        "allowed.",
    ],
)
def test_antidepressants_used_for_pain_are_taken_for_pain(line: str) -> None:
    assert facts(FM_TITLE, FM.format(line=line), RCT).concomitant_classes == []


def test_antidepressants_used_for_depression_and_pain_count() -> None:
    # the near miss: the purpose names depression too
    line = (
        "Stable antidepressants taken for depression and pain, including duloxetine, were "
        "permitted."
    )
    assert facts(FM_TITLE, FM.format(line=line), RCT).concomitant_classes != []


# --- a count of units written as a multiple, then how often --------------------------------

BID_ARM_TITLE = "Low-Dose Naltrexone for Residual Depression in Patients Taking Bupropion"


@pytest.mark.parametrize(
    ("arm", "mg"),
    [
        ("Arms: LDN: 2 x 1 mg capsules twice daily.", 4.0),
        ("Participants take naltrexone 2 x 1 mg capsules twice daily for 8 weeks.", 4.0),
    ],
)
def test_a_multiple_of_units_taken_twice_a_day_is_the_day_s_total(arm: str, mg: float) -> None:
    assert facts(BID_ARM_TITLE, arm, TRIAL).ldn_doses_mg == [mg]


@pytest.mark.parametrize(
    "arm",
    [
        "Participants take naltrexone 2 x 1 mg capsules once daily.",
        "Participants take naltrexone 2 x 1 mg capsules.",
    ],
)
def test_a_multiple_of_units_without_a_second_time_is_taken_once(arm: str) -> None:
    # the near miss: nothing says the units are taken more than once a day
    assert facts(BID_ARM_TITLE, arm, TRIAL).ldn_doses_mg == [2.0]
