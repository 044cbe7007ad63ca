"""Kinds met in the blind sets of session 48 (lead), each written again in other words.

Left over from session 47:
- holdout428 48400028: people "cross-tapered over 2 weeks from the SSRI to bupropion XL",
  LDN "started at the end of the cross-taper ... and continued with bupropion", read as LDN
  taken in place of the antidepressant (bupropion lost). The test for a cross-taper onto
  another drug never held for "cross-tapered": the pattern stepped back to "cross-tapere",
  which the test did not read as the word.
- holdout421 47500031: an amended protocol whose 1 mg and 2.5 mg arms "were closed" kept
  both doses: "Participants already randomised to 1 mg or 2.5 mg will complete treatment"
  read its first alternative as an arm that survives (only the last carried the verb).

Blind batch 106 (measured on 716ef20e):
- holdout432 48800040: "Qualifying regimens, all considered dopaminergic in this study, were
  bupropion ..., or sertraline 150 mg/day or more": the study's own class was not read, so
  sertraline named again was serotonergic (a false serotonergic verdict).
- holdout432 48800015: LDN against sertraline, "Thirty-three participants were randomised
  to LDN and 34 to sertraline", read as one arm holding both (a false serotonergic verdict).
- holdout432 48800013: "The higher-dose arm included 22 participants, the lower-dose arm 21
  and the placebo arm 22" counted 22 (a missed larger-trials verdict).
- holdout432 48800016: "Thirty-one patients were screened and 26 started LDN" gave no count
  (n read from the doses taken at week 12).
- holdout432 48800003: "Compounded troches contained 1.5 mg naltrexone each; participants
  dissolved three troches under the tongue at bedtime" read 1.5 mg.
- holdout431 48700003 (at the bar): "LDN (1.5 mg at night, increased to 4.5 mg over 2 weeks)
  ... or sertraline (50 mg, increased to 100 mg at week 2 if tolerated)": the sertraline's
  "if tolerated" made the LDN titration a flexible range (both ends kept).

Blind batch 106, measured on 2fbcd19b:
- holdout433 48900028: a pharmacokinetic study in healthy volunteers ending "These data
  support interchangeable prescribing ... in conditions such as fibromyalgia, Crohn's
  disease and depression, where LDN is used off label" read on-topic.
- holdout433 48900039: an MS fatigue trial ending "Trials in patients with prominent
  depressive symptoms might yield different results" read on-topic.
- holdout433 48900030 (and holdout429 48500003, left by session 47): a registry's protocol
  planning to "compare outcomes ... by concomitant antidepressant class (SSRI, SNRI,
  bupropion, none)" or "between patients taking LDN with and without serotonergic
  antidepressants" read those classes as taken (nobody is enrolled yet, and some take none).
- preprints100 PPR0970027: an open-label extension "Following the eight-week randomised
  phase of a placebo-controlled trial of LDN added to SSRI or SNRI treatment ...", its people
  "continuing their antidepressant", lost the SSRIs and SNRIs (a missed serotonergic verdict).
- preprints100 PPR0970028: a case series "started on naltrexone 2 mg daily, increased to 4.5
  mg in four who tolerated it" kept only 4.5 mg.
- preprints100 PPR0970016: "Many participants took amitriptyline at night or duloxetine for
  pain" gave the pain to duloxetine alone.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

# --- a cross-taper onto another drug, then the watched drug added ---------------------------

CROSS_TAPER_TITLE = "Bupropion plus low-dose naltrexone after an SSRI: an open-label trial"
CROSS_TAPER_TEXT = (
    "Methods: Twenty-four adults with major depressive disorder on an SSRI with sexual "
    "dysfunction were cross-tapered {how} the SSRI to bupropion XL 300 mg/day. Low-dose "
    "naltrexone 3 mg nightly was started {when}, and both were taken for 8 weeks.\n"
    "Results: MADRS fell from 24.1 to 13.0."
)


@pytest.mark.parametrize("how", ["from", "over 2 weeks from", "during the first week from"])
@pytest.mark.parametrize(
    "when",
    ["at the end of the cross-taper, after the SSRI had been stopped", "once the SSRI was stopped"],
)
def test_a_cross_taper_onto_another_drug_keeps_that_drug(how: str, when: str) -> None:
    text = CROSS_TAPER_TEXT.format(how=how, when=when)
    found = facts(CROSS_TAPER_TITLE, text, TRIAL)
    assert found.concomitant_antidepressants == ["bupropion"]
    assert found.concomitant_classes == ["dopaminergic"]


@pytest.mark.parametrize(
    "taper",
    [
        "Participants were cross-tapered from their SSRI to low-dose naltrexone 4.5 mg",
        "Participants were cross-tapered over 2 weeks from their SSRI to naltrexone 4.5 mg",
        "After a 2-week cross-taper, participants took low-dose naltrexone 4.5 mg",
    ],
)
def test_a_cross_taper_onto_the_watched_drug_is_still_a_replacement(taper: str) -> None:
    text = (
        "Methods: Thirty adults with major depressive disorder taking sertraline or "
        f"escitalopram were enrolled. {taper} for 12 weeks.\n"
        "Results: HAM-D fell by 7.2 points."
    )
    found = facts("Low-dose naltrexone instead of an SSRI: an open trial", text, TRIAL)
    assert found.concomitant_antidepressants == []
    assert found.concomitant_classes == []


# --- arms an amendment closed, named again as the subject of what their people do ---------

AMENDED_TITLE = "Amendment to a trial of low-dose naltrexone in depression"
AMENDED_TEXT = (
    "Background: The trial was designed with four arms: naltrexone 1 mg, 2.5 mg or 4.5 mg "
    "daily, or placebo, in adults with major depressive disorder.\n"
    "Methods: The 1 mg and 2.5 mg arms were closed. All further participants are randomised "
    "1:1 to naltrexone 4.5 mg or placebo for 8 weeks. {after} The revised sample size is "
    "150 participants."
)


@pytest.mark.parametrize(
    "after",
    [
        "Participants already randomised to 1 mg or 2.5 mg will complete treatment.",
        "Those already on 1 mg or 2.5 mg will finish their 8 weeks.",
        "Participants randomised to 1 mg, 2.5 mg or placebo before the change will continue.",
    ],
)
def test_closed_arms_named_as_the_subject_of_a_verb_stay_closed(after: str) -> None:
    found = facts(AMENDED_TITLE, AMENDED_TEXT.format(after=after), PROTOCOL)
    assert found.ldn_doses_mg == [4.5]
    assert found.compares_doses is False


def test_an_arm_said_after_the_closure_with_its_verb_before_it_survives() -> None:
    text = AMENDED_TEXT.replace("The 1 mg and 2.5 mg arms were closed", "The 1 mg arm was closed")
    text = text.replace("naltrexone 4.5 mg or placebo", "naltrexone 2.5 mg, 4.5 mg or placebo")
    found = facts(AMENDED_TITLE, text.format(after=""), PROTOCOL)
    assert found.ldn_doses_mg == [2.5, 4.5]
    assert found.compares_doses is True


# --- the study's own class for its regimens, said with "considered" -------------------------

CONSIDERED_TEXT = (
    "Methods: Adults with major depressive disorder who relapsed on a pro-dopaminergic "
    "regimen were eligible. Qualifying regimens, all {said} in this study, were bupropion "
    "300 mg/day or more, methylphenidate, pramipexole, or sertraline 150 mg/day or more. "
    "Participants were randomised to naltrexone 1 mg twice daily or placebo for 8 weeks. "
    "At baseline, 17 took bupropion and 14 sertraline.\n"
    "Results: Sixty participants were randomised; MADRS fell by 4.4 points more with LDN."
)


@pytest.mark.parametrize("said", ["considered dopaminergic", "considered to be dopaminergic"])
def test_regimens_the_study_considers_dopaminergic_keep_its_class(said: str) -> None:
    title = "Low-dose naltrexone on dopaminergic regimens: a randomised trial"
    found = facts(title, CONSIDERED_TEXT.format(said=said), RCT)
    assert found.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, CONSIDERED_TEXT.format(said=said), RCT)


# --- arms counted one after the other, the verb said once -----------------------------------

ARMS_COUNTED_TEXT = (
    "Methods: Antidepressant-naive adults with major depression were randomised 1:1 to LDN "
    "4.5 mg at night plus a placebo tablet, or to sertraline 50 mg plus a placebo capsule, "
    "for 12 weeks.\nResults: {counted}; 56 completed the trial. HAM-D-17 scores fell by 7.4 "
    "points with LDN and 8.9 points with sertraline."
)


@pytest.mark.parametrize(
    "counted",
    [
        "Thirty-three participants were randomised to LDN and 34 to sertraline",
        "33 participants were randomised to LDN, and thirty-four to sertraline",
    ],
)
def test_a_count_of_each_arm_keeps_the_comparator_apart(counted: str) -> None:
    title = "Low-dose naltrexone versus sertraline as first-line monotherapy: a pilot RCT"
    text = ARMS_COUNTED_TEXT.format(counted=counted)
    found = facts(title, text, RCT)
    assert found.concomitant_classes == []
    assert found.n == 67


@pytest.mark.parametrize(
    ("sizes", "n"),
    [
        (
            "The higher-dose arm included 22 participants, the lower-dose arm 21 and the "
            "placebo arm 22",
            65,
        ),
        (
            "The 4.5 mg group enrolled 30 patients, the 1.5 mg group 28, and the placebo group 29",
            87,
        ),
    ],
)
def test_each_arm_sized_with_the_verb_said_once(sizes: str, n: int) -> None:
    text = (
        "Method: Adolescents with major depressive disorder on fluoxetine or escitalopram were "
        "randomised to naltrexone at two doses or placebo for 10 weeks.\n"
        f"Results: {sizes}; 58 completed treatment. Scores fell most with the higher dose."
    )
    assert facts("Low-dose naltrexone added to SSRIs: a three-arm RCT", text, RCT).n == n


def test_a_sample_sifted_from_screening_to_treatment() -> None:
    text = (
        "Methods: Adults with chronic depression on a stable antidepressant received open-label "
        "naltrexone 1.5 to 4.5 mg for 12 weeks.\n"
        "Results: Thirty-one patients were screened and 26 started LDN; 21 completed 12 weeks. "
        "At week 12, 15 participants were taking 4.5 mg and 6 were taking less."
    )
    assert facts("Flexible-dose LDN in chronic depression", text, TRIAL).n == 26


@pytest.mark.parametrize(
    ("strength", "taken", "mg"),
    [
        (
            "Compounded troches contained 1.5 mg naltrexone each",
            "dissolved three troches under the tongue at bedtime",
            4.5,
        ),
        ("Lozenges contained 1 mg naltrexone", "took two lozenges every evening", 2.0),
    ],
)
def test_units_of_a_strength_counted_by_what_was_taken(
    strength: str, taken: str, mg: float
) -> None:
    text = (
        "Methods: Outpatients with major depressive disorder on escitalopram were enrolled. "
        f"{strength}; participants {taken} for 8 weeks.\n"
        "Results: Eighteen were enrolled and QIDS-SR16 scores fell from 18.4 to 11.9."
    )
    assert facts("Sublingual low-dose naltrexone added to an SSRI", text, TRIAL).ldn_doses_mg == [
        mg
    ]


# --- a flexible dose of the other arm's drug ------------------------------------------------

TWO_TITRATIONS = (
    "Methods: Women with postpartum depression will be randomised 1:1 to LDN (1.5 mg at "
    "night, increased to 4.5 mg at night over 2 weeks{own}) plus sertraline-matched placebo, "
    "or sertraline (50 mg, increased to 100 mg at week 2 if tolerated) plus LDN-matched "
    "placebo, for 8 weeks. We will recruit 96 women."
)


@pytest.mark.parametrize(("own", "mg"), [("", [4.5]), (" if tolerated", [1.5, 4.5])])
def test_a_flexible_dose_is_only_its_own_drugs(own: str, mg: list[float]) -> None:
    title = "Low-dose naltrexone versus sertraline for postpartum depression: protocol"
    found = facts(title, TWO_TITRATIONS.format(own=own), PROTOCOL)
    assert found.ldn_doses_mg == mg


# --- depression named only as where the drug is used, or in trials imagined ----------------

PK_TEXT = (
    "We compared the pharmacokinetics of naltrexone after single doses of 1.5 mg and 4.5 mg "
    "given as capsules or as an oral solution in 18 healthy volunteers in a crossover. "
    "Exposure was dose-proportional. These data support interchangeable prescribing of the "
    "two formulations in {where}."
)


@pytest.mark.parametrize(
    "where",
    [
        "conditions such as fibromyalgia, Crohn's disease and depression, where LDN is used "
        "off label",
        "disorders like chronic pain and depression, for which it is increasingly prescribed",
    ],
)
def test_depression_only_as_where_the_drug_is_used_is_off_topic(where: str) -> None:
    title = "Pharmacokinetics of compounded low-dose naltrexone in healthy volunteers"
    assert facts(title, PK_TEXT.format(where=where), JOURNAL).on_topic is False


def test_depression_as_the_studys_own_outcome_is_still_on_topic() -> None:
    text = (
        "We gave low-dose naltrexone 4.5 mg to 40 adults with major depressive disorder, a "
        "condition where LDN is used off label. HAM-D scores fell by 6 points."
    )
    assert facts("Low-dose naltrexone in depression", text, TRIAL).on_topic is True


MS_TEXT = (
    "Methods: Adults with relapsing-remitting MS and fatigue were randomized to LDN 4.5 mg "
    "nightly or placebo for 24 weeks. Outcomes were MFIS and MSQOL-54.\n"
    "Results: Seventy-eight participants were randomized. MFIS did not differ.\n"
    "Conclusions: LDN did not improve fatigue in MS. {imagined}"
)


@pytest.mark.parametrize(
    "imagined",
    [
        "Trials in patients with prominent depressive symptoms might yield different results.",
        "Studies enrolling people with comorbid depression may show a larger effect.",
    ],
)
def test_trials_imagined_in_depressed_people_measure_nothing(imagined: str) -> None:
    title = "Low-dose naltrexone in multiple sclerosis: a randomized trial of fatigue"
    assert facts(title, MS_TEXT.format(imagined=imagined), RCT).on_topic is False


# --- a plan's analysis by what people take, none among its levels ---------------------------

REGISTRY_TITLE = "The LDN registry: protocol for a prospective cohort of patients prescribed LDN"
REGISTRY_TEXT = (
    "Methods and analysis: This is a prospective observational registry at 14 practices. "
    "Adults with a depressive disorder for whom their clinician has decided to prescribe LDN "
    "will be enrolled. We aim to enrol 600 patients and follow them for 12 months. "
    "Pre-specified analyses will compare outcomes {by}."
)


@pytest.mark.parametrize(
    "by",
    [
        "by concomitant antidepressant class (SSRI, SNRI, bupropion, none)",
        "between patients taking LDN with and without serotonergic antidepressants",
    ],
)
def test_a_plans_strata_by_what_people_take_are_no_co_medication(by: str) -> None:
    found = facts(REGISTRY_TITLE, REGISTRY_TEXT.format(by=by), JOURNAL)
    assert found.design == "observational"
    assert found.concomitant_classes == []


def test_a_trials_strata_among_people_who_all_take_one_keep_it() -> None:
    text = (
        "Methods: Adults with major depression on a stable SSRI or SNRI will be randomised to "
        "LDN 4.5 mg or placebo for 8 weeks. Analyses will compare outcomes by antidepressant "
        "class (SSRI vs SNRI). We will recruit 120 participants."
    )
    found = facts("Low-dose naltrexone added to SSRIs or SNRIs: protocol", text, PROTOCOL)
    assert sorted(found.concomitant_classes) == ["noradrenergic", "serotonergic"]


# --- an extension told after the randomised phase of its trial -------------------------------

EXTENSION_TEXT = (
    "Background: The durability of benefit is unknown. Following the {phase} of a "
    "placebo-controlled trial of LDN added to SSRI or SNRI treatment, participants were "
    "offered 24 weeks of open-label treatment.\n"
    "Methods: All extension participants received naltrexone 4.5 mg nightly while continuing "
    "their antidepressant.\nResults: 87 participants entered the extension."
)


@pytest.mark.parametrize("phase", ["eight-week randomised phase", "double-blind period"])
def test_an_extension_keeps_what_its_randomised_phase_gave_with_the_drug(phase: str) -> None:
    title = "Open-label extension of low-dose naltrexone augmentation in depression"
    text = EXTENSION_TEXT.format(phase=phase)
    assert sorted(facts(title, text, TRIAL).concomitant_classes) == [
        "noradrenergic",
        "serotonergic",
    ]


# --- a raise for a counted part of the people --------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "mg"),
    [
        ("increased to 4.5 mg in four who tolerated it", [2.0, 4.5]),
        ("increased to 4.5 mg in 3 of the 7 patients", [2.0, 4.5]),
        ("increased to 4.5 mg after one week", [4.5]),
    ],
)
def test_a_raise_for_a_counted_part_keeps_both_levels(raised: str, mg: list[float]) -> None:
    text = (
        "We describe seven adults with treatment-resistant depression who completed ketamine "
        f"infusions and were then started on naltrexone 2 mg daily, {raised}. Patients "
        "continued their antidepressants. QIDS-SR16 scores remained stable in five."
    )
    assert facts("Low-dose naltrexone after ketamine: a case series", text, CASE).ldn_doses_mg == mg


# --- a time of day between two drugs of one purpose --------------------------------------------


def test_drugs_listed_with_a_time_of_day_share_the_purpose_after_them() -> None:
    text = (
        "Methods: Women with fibromyalgia were randomised to naltrexone 1.5 mg, 4.5 mg or "
        "placebo for 12 weeks; secondary outcomes included the BDI-II. Many participants took "
        "amitriptyline at night or duloxetine for pain.\nResults: 126 women were randomised."
    )
    found = facts("Comparing 1.5 mg and 4.5 mg LDN in fibromyalgia", text, RCT)
    assert found.concomitant_classes == []
