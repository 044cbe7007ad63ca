"""General rules added after the second look at holdouts 7-10 (issue 10, round 2).

Every record here is written for this test, one kind of sentence or structure per case;
none is taken from a labelled set. Each case names the rule it pins down.
"""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts, gaps


# ------------------------------------------------------------------------ roles
def test_a_negated_done_verb_is_not_the_study_doing_it() -> None:
    """ "Doses above X were not studied and merit evaluation" is future work, not a dose."""
    f = facts(
        "Naltrexone 1 mg versus 3 mg in major depressive disorder: a randomized trial",
        "Methods: Eighty adults with major depressive disorder were randomized to naltrexone "
        "1 mg or 3 mg nightly for 6 weeks.\nConclusions: Both doses helped. Doses of 5 and "
        "6 mg were not studied and merit evaluation.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.0, 3.0]
    assert f.compares_doses


def test_another_trial_that_is_planned_does_not_make_this_one_randomized() -> None:
    f = facts(
        "Low-dose naltrexone added to vortioxetine in depression: an open pilot",
        "Methods: Fourteen outpatients with major depressive disorder taking vortioxetine "
        "received naltrexone 4.5 mg at night for 10 weeks.\nConclusions: It was tolerated. "
        "A randomised comparison against placebo is planned.",
        TRIAL,
    )
    assert f.design == "nonrandomized_trial"


def test_work_by_others_going_on_now_is_not_the_study() -> None:
    """ "X is being investigated", "which has shown promise": someone else's LDN."""
    f = facts(
        "Low-dose pramipexole for anhedonic depression: a randomized trial",
        "Objective: Low-dose naltrexone is being investigated for depression, and "
        "low-dose naltrexone has shown promise in small studies. We tested pramipexole.\n"
        "Methods: Ninety adults with major depressive disorder were randomized to "
        "pramipexole or placebo for 12 weeks.",
        RCT,
    )
    assert not f.on_topic


def test_an_extension_titled_with_its_duration_is_an_extension() -> None:
    f = facts(
        "Twelve-Month Open-Label Extension of Low-Dose Naltrexone Added to Escitalopram in "
        "Major Depression",
        "Methods: Completers of a 10-week randomized trial could continue on open-label "
        "naltrexone, adjusted between 1.5 mg and 3 mg daily according to tolerability; "
        "escitalopram continued unchanged.\nResults: Twenty-six of 40 eligible completers "
        "entered the extension and 19 finished 12 months. Nine participants (35%) were "
        "taking 3 mg at the end.",
        TRIAL,
    )
    assert (f.design, f.n, f.ldn_doses_mg) == ("nonrandomized_trial", 26, [1.5, 3.0])
    assert f.concomitant_classes == ["serotonergic"]


def test_a_placebo_matching_a_drug_is_not_the_drug() -> None:
    """Double dummy: the LDN arm takes a placebo matching the SSRI, and the SSRI arm a
    placebo matching LDN; the SSRI is the comparator, not a co-medication."""
    f = facts(
        "Low-dose naltrexone or fluoxetine for adolescent depression: a double-dummy trial",
        "Methods: Adolescents with major depressive disorder were randomized to naltrexone "
        "3 mg daily plus capsules of placebo matching fluoxetine, or to fluoxetine 20 mg "
        "daily plus placebo tablets identical to naltrexone, for 10 weeks.\nResults: "
        "Seventy-two adolescents were randomized.",
        RCT,
    )
    assert f.concomitant_classes == [] and f.n == 72
    assert f.notes["concomitant_classes"] == "fluoxetine only in the comparator arm"


# ------------------------------------------------------------------------ doses
def test_a_decimal_comma_is_a_decimal_point() -> None:
    f = facts(
        "[Low-dose naltrexone for depression in older adults: an open study]",
        "Methods: Twenty-two patients with late-life depression received naltrexone 1,5 mg "
        "daily, raised to 3,0 mg after two weeks. Of 1,250 patients screened, these were "
        "eligible.",
        TRIAL,
        language="ita",
    )
    assert f.ldn_doses_mg == [3.0]


def test_a_liquid_volume_is_converted_at_its_stated_strength() -> None:
    f = facts(
        "Naltrexone oral liquid in a man with depression on venlafaxine: case report",
        "A 58-year-old man with major depressive disorder on venlafaxine 225 mg/day was "
        "given a compounded naltrexone suspension (0.25 mg/mL), 8 mL each evening. His "
        "MADRS fell from 30 to 12.",
        CASE,
    )
    assert f.ldn_doses_mg == [2.0]


def test_a_volume_without_a_strength_is_no_dose() -> None:
    f = facts(
        "Naltrexone oral liquid in a man with depression: case report",
        "A 58-year-old man with major depressive disorder was given compounded naltrexone "
        "solution, 8 mL each evening. His MADRS fell from 30 to 12.",
        CASE,
    )
    assert f.ldn_doses_mg == []


def test_a_split_dose_written_as_a_multiple_is_a_daily_total() -> None:
    f = facts(
        "Split-dose low-dose naltrexone in bipolar depression: a pilot",
        "Methods: Twelve adults with bipolar II depression received naltrexone 1.5 mg "
        "once daily for 5 days, then 2 × 1.5 mg daily for 7 weeks.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [3.0]


def test_a_titration_written_as_a_range_lists_its_target() -> None:
    f = facts(
        "Low-dose naltrexone augmentation of citalopram: a randomized trial",
        "Interventions: Naltrexone titrated from 1 mg to 3 mg nightly (n = 40) or placebo "
        "(n = 40), added to citalopram.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0] and not f.compares_doses


def test_a_raise_for_the_subset_with_little_improvement_keeps_both_doses() -> None:
    f = facts(
        "Low-dose naltrexone in dysthymia: an open trial",
        "Methods: Adults with persistent depressive disorder started naltrexone 2 mg "
        "nightly; at week 6, participants with less than 30% improvement on the MADRS had "
        "the dose increased to 4 mg; the remaining participants continued on 2 mg.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [2.0, 4.0] and not f.compares_doses


def test_a_dose_clause_naming_no_drug_follows_the_drug_given() -> None:
    """ "Dosing ranged between 1 and 4 mg; the SNRI was unchanged": the SNRI in another
    clause does not take the dose."""
    f = facts(
        "Low-dose naltrexone with SNRIs in depression: open-label study",
        "Methods: Outpatients with major depressive disorder were given open-label "
        "naltrexone in addition to their SNRI. Dosing was flexible between 1 mg and 4 mg "
        "per day as tolerated; the SNRI was left unchanged.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 4.0]


# ---------------------------------------------------------------------- numbers
def test_a_people_noun_that_modifies_a_place_counts_nobody() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomized trial",
        "Methods: A placebo-controlled trial at nine outpatient clinics. Of 301 adults "
        "screened, 118 with major depressive disorder were randomized.",
        RCT,
    )
    assert f.n == 118


def test_screened_then_randomised_without_a_second_verb() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomized trial",
        "Results: 160 people were screened and 71 randomised (36 to naltrexone 4.5 mg, 35 "
        "to placebo); 60 completed.",
        RCT,
    )
    assert f.n == 71


def test_of_n_then_m_randomized_takes_m() -> None:
    f = facts(
        "Low-dose naltrexone after ketamine for depression: a randomized trial",
        "Results: Of 80 patients who received ketamine, 52 responded and were randomized "
        "to naltrexone 3 mg or placebo.",
        RCT,
    )
    assert f.n == 52


def test_among_n_randomized_then_completed_takes_n() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a randomized trial",
        "Results: Among 57 randomized participants (mean age 40 years), 50 (88%) completed "
        "the trial.",
        RCT,
    )
    assert f.n == 57


def test_a_count_with_its_share_in_brackets_is_part_of_the_sample() -> None:
    f = facts(
        "Low-dose naltrexone in dysthymia: an open-label study",
        "Results: Sixteen patients completed the study (mean age 50; 9 women). Eleven "
        "patients (69%) responded.",
        TRIAL,
    )
    assert f.n == 16  # completers, as nothing else is stated


def test_a_stated_total_is_not_added_to_its_parts() -> None:
    f = facts(
        "Low-dose naltrexone augmentation in older adults: open pilot",
        "Methods: N=36 older adults with major depressive disorder on an antidepressant "
        "(sertraline n=20, duloxetine n=10, bupropion n=6) received naltrexone 2 mg "
        "nightly.",
        ("Congress",),
    )
    assert f.n == 36


def test_an_amended_protocol_plans_its_new_sample_size() -> None:
    f = facts(
        "Amendment to the protocol of a randomized trial of low-dose naltrexone in depression",
        "Methods: Adults with major depressive disorder on an SSRI will be randomized to "
        "naltrexone 4.5 mg or placebo. The planned enrolment has been raised from 40 to 70 "
        "participants. The 15 participants randomised so far remain in the analysis.",
        ("Clinical Trial Protocol",),
    )
    assert f.n == 70


def test_a_subgroup_selected_by_a_threshold_is_the_derived_report_s_sample() -> None:
    f = facts(
        "Sleep outcomes: secondary analysis of a randomized trial of low-dose naltrexone",
        "Methods: Secondary analysis of a randomized trial of naltrexone 4.5 mg in major "
        "depressive disorder. Of 130 randomised participants, 58 had an insomnia severity "
        "score of 15 or more and were included.",
        ("Journal Article",),
    )
    assert f.n == 58


# ------------------------------------------------------------------------ drugs
def test_antidepressants_stopped_before_the_drug_are_not_taken_with_it() -> None:
    f = facts(
        "Low-dose naltrexone after electroconvulsive therapy: a randomized trial",
        "Methods: Patients with major depressive disorder discontinued serotonergic "
        "antidepressants before randomization to naltrexone 4.5 mg or placebo; no "
        "antidepressant was allowed.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_a_long_list_of_excluded_drugs_is_excluded() -> None:
    f = facts(
        "Low-dose naltrexone for depression in psoriasis: a randomized trial",
        "Methods: Adults with major depressive disorder were randomized to naltrexone "
        "4.5 mg or placebo. Participants currently taking venlafaxine, desvenlafaxine, "
        "or any other serotonin-norepinephrine reuptake inhibitor were excluded.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_drugs_failed_despite_trials_of_them_are_not_co_medication() -> None:
    f = facts(
        "Low-dose naltrexone in refractory depression: a case report",
        "A 44-year-old man with major depressive disorder remained depressed despite "
        "adequate trials of sertraline and duloxetine. He was taking methylphenidate when "
        "naltrexone 3 mg nightly was added.",
        CASE,
    )
    assert f.concomitant_classes == ["dopaminergic"]


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone in depression: a systematic review",
            "Methods: We searched MEDLINE for studies of low-dose naltrexone in depression.\n"
            "Results: Seven studies were included; LDN was mostly added to SSRIs and SNRIs "
            "at 4.5 mg.",
            ("Systematic Review",),
        ),
        (
            "Prescribing low-dose naltrexone for depression: a survey of general practitioners",
            "Methods: A questionnaire was sent to 900 general practitioners; 240 GPs "
            "responded.\nResults: Most prescribed LDN 4.5 mg alongside SSRIs or SNRIs.",
            ("Journal Article",),
        ),
        (
            "Cost-utility of low-dose naltrexone in treatment-resistant depression: a "
            "decision-analytic model",
            "Methods: A Markov model followed a hypothetical cohort of 5,000 adults with "
            "treatment-resistant depression taking SSRIs, using LDN 4.5 mg/day efficacy "
            "from published trials.",
            ("Journal Article",),
        ),
    ],
)
def test_reviews_surveys_and_models_list_no_doses_or_classes(title, abstract, types) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic and f.ldn_doses_mg == [] and f.concomitant_classes == []


# ------------------------------------------------------------------------ design
@pytest.mark.parametrize(
    ("title", "abstract", "design"),
    [
        (
            "Low-dose naltrexone and depressive symptoms: a Mendelian randomization study",
            "Patients taking low-dose naltrexone for depression were identified in a "
            "biobank; genetic variants were used as instruments (n = 12,000).",
            "observational",
        ),
        (
            "Mood adverse events with low-dose naltrexone: a pharmacovigilance study",
            "We analysed spontaneous reports of depression in patients taking naltrexone "
            "4.5 mg in a national database.",
            "observational",
        ),
        (
            "Living with depression on low-dose naltrexone: a qualitative study",
            "We conducted semi-structured interviews with 18 adults with depression who "
            "took naltrexone 4.5 mg/day.",
            "observational",
        ),
        (
            "Low-dose naltrexone versus lithium augmentation in depression: a Markov model",
            "A decision-analytic model simulated a hypothetical cohort of 1,000 adults with "
            "depression receiving naltrexone 4.5 mg/day or lithium.",
            "other",
        ),
    ],
)
def test_studies_that_assign_nothing(title: str, abstract: str, design: str) -> None:
    f = facts(title, abstract)
    assert f.design == design
    if design == "other":
        assert f.n is None


# ------------------------------------------------------------------- population
def test_an_abbreviation_defined_as_a_plural_for_something_else_is_not_the_drug() -> None:
    f = facts(
        "Low-density lipoproteins in depression",
        "Low-density lipoprotein particles (LDNs) were measured in 80 patients with major "
        "depressive disorder. LDN levels correlated with HAM-D scores.",
    )
    assert not f.on_topic


def test_a_severity_threshold_after_a_bracketed_abbreviation_selects() -> None:
    f = facts(
        "Low-dose naltrexone for chronic migraine: a randomized trial",
        "Participants: Adults with chronic migraine and at least moderate depressive "
        "symptoms (Beck Depression Inventory-II [BDI-II] score of 20 or higher) were "
        "randomized to naltrexone 4.5 mg or placebo.\nResults: Sixty participants were "
        "randomized.",
        RCT,
    )
    assert f.depression_population and f.n == 60


def test_a_population_named_without_the_condition_is_not_selected_for_it() -> None:
    f = facts(
        "Low-dose naltrexone for apathy in Parkinson's disease: a randomized trial",
        "Methods: Seventy patients with Parkinson's disease and apathy but without "
        "current major depression were randomized to naltrexone 4.5 mg or placebo. "
        "Outcomes included the Geriatric Depression Scale.",
        RCT,
    )
    assert f.on_topic and not f.depression_population
    assert (
        gaps(
            "Low-dose naltrexone for apathy in Parkinson's disease: a randomized trial",
            "Methods: Seventy patients with Parkinson's disease and apathy but without "
            "current major depression were randomized to naltrexone 4.5 mg or placebo. "
            "Outcomes included the Geriatric Depression Scale.",
            RCT,
        )
        == {}
    )


def test_a_threshold_subgroup_of_another_condition_s_trial_is_not_a_depression_population() -> None:
    f = facts(
        "Depressive outcomes in a subgroup: secondary analysis of a randomised trial",
        "Methods: We re-analysed data from a placebo-controlled migraine trial of "
        "naltrexone 4.5 mg/day. Of 210 randomised participants, 74 had a PHQ-9 score of 10 "
        "or more and were included.",
    )
    assert f.n == 74 and not f.depression_population


def test_a_trial_of_the_drug_in_the_disorder_selects_for_it() -> None:
    f = facts(
        "Interleukin-6 and response to low-dose naltrexone: a post hoc analysis",
        "We used data from a randomized trial of naltrexone 2 or 4 mg/day added to "
        "bupropion in major depressive disorder. Of the 90 randomized participants, 64 "
        "provided blood samples and were analysed.",
    )
    assert f.depression_population and f.n == 64 and f.compares_doses


# ------------------------------------------------------------- topic and design
def test_a_look_alike_named_only_as_excluded_does_not_decide_the_record() -> None:
    f = facts(
        "Suicidality reports with low-dose naltrexone: a pharmacovigilance study",
        "Methods: We analysed spontaneous reports naming naltrexone as suspect drug; reports "
        "with a daily dose of 6 mg or less were classed as LDN. Reports of "
        "naltrexone-bupropion and of injectable naltrexone were excluded.\nResults: "
        "Depression was reported less often than expected with LDN.",
    )
    assert f.on_topic and f.design == "observational"


def test_an_observational_study_whose_people_take_nothing_is_off_topic() -> None:
    f = facts(
        "Opioid receptor gene variants and depression risk: a cohort study",
        "Low-dose naltrexone is being investigated for depression. We studied OPRM1 "
        "variants in 20,000 biobank participants with and without major depression. The "
        "A118G variant was not associated with depression. Any effect of low-dose "
        "naltrexone would therefore not arise from lifelong receptor differences.",
    )
    assert not f.on_topic
    assert f.off_topic_reason == "naltrexone named, but nobody in the study takes it"


def test_uncontrolled_does_not_outweigh_a_retrospective_design() -> None:
    f = facts(
        "Low-dose naltrexone in bipolar depression: a retrospective review of clinic records",
        "Methods: Records of 41 outpatients with bipolar depression who were prescribed "
        "naltrexone 3 mg nightly alongside lamotrigine and sertraline were reviewed.\n"
        "Conclusions: In this uncontrolled sample, LDN was well tolerated.",
    )
    assert f.design == "observational"
    assert (
        gaps(
            "Low-dose naltrexone in bipolar depression: a retrospective review of clinic records",
            "Methods: Records of 41 outpatients with bipolar depression who were prescribed "
            "naltrexone 3 mg nightly alongside lamotrigine and sertraline were reviewed.\n"
            "Conclusions: In this uncontrolled sample, LDN was well tolerated.",
        )
        == {}
    )


CONFERENCE = (
    "P-118 Interim results of the BRIGHT-MD trial of two low-dose naltrexone doses added to SSRIs",
    "Background: Patients with major depressive disorder often respond partially to SSRIs. "
    "BRIGHT-MD (NCT07777777) is a three-arm trial comparing naltrexone 1 mg/day, naltrexone "
    "3 mg/day and placebo added to a stable SSRI.\nMethods: Adults with MDD and a MADRS of 22 "
    "or more are randomised 1:1:1; at the interim cut-off 39 participants had been "
    "randomised.\nResults: MADRS fell most with 3 mg.",
    ("Congress",),
)


def test_a_background_sentence_naming_the_trial_itself_speaks_for_it() -> None:
    f = facts(*CONFERENCE)
    assert f.ldn_doses_mg == [1.0, 3.0] and f.compares_doses
    assert f.concomitant_classes == ["serotonergic"] and f.design == "rct"
    assert gaps(*CONFERENCE) == {
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


def test_a_protocol_update_restates_its_trial_in_the_background() -> None:
    f = facts(
        "Update to the CALM-DEP trial protocol: a second naltrexone arm",
        "Background: We previously published the protocol of CALM-DEP, a randomised trial "
        "of naltrexone added to duloxetine in major depressive disorder.\nMethods: "
        "Participants are now randomised 1:1:1 to naltrexone 1 mg, naltrexone 3 mg or "
        "placebo, so that the doses can be compared. The target sample has been revised "
        "from 60 to 84 participants.",
        ("Clinical Trial Protocol",),
        [("UpdateOf", "9")],
    )
    assert (f.on_topic, f.depression_population, f.design, f.n) == (True, True, "protocol", 84)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"] and f.compares_doses


def test_an_extension_s_background_naming_its_parent_trial_stays_background() -> None:
    f = facts(
        "Open-label extension of the CALM-DEP trial of low-dose naltrexone in depression",
        "Background: In the randomised phase of CALM-DEP, 120 adults with major depressive "
        "disorder took naltrexone 1 mg twice daily or placebo.\nMethods: Completers could "
        "continue on open-label naltrexone 3 mg nightly for 24 weeks.\nResults: Forty-four "
        "participants entered the extension.",
        TRIAL,
    )
    assert (f.design, f.n, f.ldn_doses_mg) == ("nonrandomized_trial", 44, [3.0])


@pytest.mark.parametrize(
    "abstract",
    [
        # a general statement that the other disease "frequently coexists with" depression
        "Multiple sclerosis frequently coexists with depression and fatigue. We review "
        "trials of low-dose naltrexone for fatigue and spasticity in multiple sclerosis.",
        # a call for future work to measure it
        "We review trials of low-dose naltrexone for fatigue in multiple sclerosis. Future "
        "trials should measure depression.",
        # a measure nobody used
        "We review trials of low-dose naltrexone for fatigue in multiple sclerosis; none of "
        "them used a depression scale.",
        # the same, said after the word
        "We review trials of low-dose naltrexone for fatigue in multiple sclerosis. "
        "Depression was not measured in any of them.",
        # a prevalence statement about the other disease
        "Depression is frequent in multiple sclerosis. We review trials of low-dose "
        "naltrexone for fatigue in multiple sclerosis.",
    ],
)
def test_depression_named_but_not_measured_is_no_outcome(abstract: str) -> None:
    f = facts("Low-dose naltrexone in multiple sclerosis: a review", abstract, ("Review",))
    assert not f.on_topic


def test_a_screen_to_describe_the_cohort_is_no_outcome() -> None:
    f = facts(
        "Low-dose naltrexone for fatigue after Lyme disease: a prospective cohort",
        "Methods: Adults with post-infectious fatigue took naltrexone 4.5 mg nightly. "
        "Depression was screened with the PHQ-2 at baseline to describe the sample.\n"
        "Results: Of 90 patients, 30% screened positive for depression; fatigue improved.",
        ("Observational Study",),
    )
    assert not f.on_topic


def test_the_most_a_patient_tolerated_is_the_dose_taken() -> None:
    f = facts(
        "Low-dose naltrexone with vilazodone: two cases",
        "We describe two women with major depressive disorder taking vilazodone. The first "
        "received naltrexone 4.5 mg at night; the second could not tolerate more than "
        "1.5 mg of naltrexone because of nightmares.",
        CASE,
    )
    assert f.ldn_doses_mg == [1.5, 4.5]


def test_a_typical_dose_is_the_dose_only_where_none_was_assigned() -> None:
    cohort = facts(
        "Depressive symptoms in people with Crohn's disease taking low-dose naltrexone",
        "Methods: A cross-sectional survey of 300 registry members with Crohn's disease.\n"
        "Results: 88 reported current LDN use (median dose 3 mg/day); PHQ-9 scores were "
        "lower in users.",
    )
    assert cohort.design == "observational" and cohort.ldn_doses_mg == [3.0]
    trial = facts(
        "Low-dose naltrexone in dysthymia: an open-label trial",
        "Methods: Twenty adults with persistent depressive disorder received naltrexone 1 to "
        "4 mg/day, adjusted as tolerated.\nResults: The mean final dose was 2.6 mg/day.",
        TRIAL,
    )
    assert trial.ldn_doses_mg == [1.0, 4.0]


def test_a_volume_that_is_not_a_dose_is_not_converted() -> None:
    f = facts(
        "Naltrexone oral solution in a woman with postpartum depression: case report",
        "A 31-year-old woman with postpartum depression took naltrexone oral solution "
        "(1 mg/mL), 2 mL each evening. A 10 mL blood sample was drawn for cortisol.",
        CASE,
    )
    assert f.ldn_doses_mg == [2.0]


def test_a_survey_of_registry_members_is_not_a_survey_of_prescribers() -> None:
    f = facts(
        "Low-dose naltrexone use among people with depression: a survey",
        "Methods: A questionnaire was sent to 2,000 members of a depression support "
        "network.\nResults: 480 members responded; 96 took low-dose naltrexone 4.5 mg "
        "nightly, mostly with sertraline.",
    )
    assert f.ldn_doses_mg == [4.5]


def test_an_analysis_set_carved_from_the_randomised_is_not_a_selection() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a randomized trial",
        "Results: Of 64 randomised patients, 57 were included in the per-protocol analysis.",
        RCT,
    )
    assert f.n == 64


def test_randomised_beats_enrolled_in_the_same_abstract() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomized trial",
        "Results: 71 adults with major depressive disorder were enrolled in the lead-in, of "
        "whom 55 were randomized to naltrexone 3 mg or placebo.",
        RCT,
    )
    assert f.n == 55


def test_arm_sizes_given_as_each_multiply() -> None:
    f = facts(
        "Two doses of low-dose naltrexone in depression: a randomized trial",
        "Methods: Adults with major depressive disorder were randomized to naltrexone "
        "2 mg/day or 4 mg/day (n = 28 each).",
        RCT,
    )
    assert f.n == 56 and f.compares_doses


def test_arms_counted_by_what_they_received_add_up() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a randomized trial",
        "Methods: Adults with major depressive disorder were randomized 3:1 to naltrexone "
        "4.5 mg or placebo; 48 received naltrexone and 16 placebo.",
        RCT,
    )
    assert f.n == 64


def test_an_exclusion_clause_does_not_hide_the_population_of_its_sentence() -> None:
    f = facts(
        "Low-dose naltrexone and methylphenidate: a randomized trial",
        "Methods: Fifty-eight adults with major depressive disorder taking methylphenidate "
        "were randomized to naltrexone 3 mg or placebo; patients on SNRIs were excluded.",
        RCT,
    )
    assert f.on_topic and f.depression_population and f.concomitant_classes == ["dopaminergic"]


def test_people_on_the_drug_took_it() -> None:
    f = facts(
        "Anxiety and depression in people with fibromyalgia on low-dose naltrexone: a cohort",
        "Methods: We compared HADS depression scores of 90 fibromyalgia patients on LDN "
        "with 180 patients not on LDN.",
        ("Observational Study",),
    )
    assert f.on_topic


@pytest.mark.parametrize(
    ("abstract", "design"),
    [
        (
            "In this non-randomized controlled study, 70 adults with major depressive disorder "
            "received naltrexone 4.5 mg or continued usual care.",
            "nonrandomized_trial",
        ),
        (
            "Seventy adults with major depressive disorder were allocated alternately to "
            "naltrexone 4.5 mg or usual care.",
            "nonrandomized_trial",
        ),
        (
            "In a quasi-randomised design, 70 adults with major depressive disorder received "
            "naltrexone 4.5 mg or usual care by week of admission.",
            "nonrandomized_trial",
        ),
    ],
)
def test_non_random_allocation_is_not_randomised(abstract: str, design: str) -> None:
    assert facts("Low-dose naltrexone in depression", abstract).design == design


def test_a_count_with_a_bare_participle_is_the_sample_so_far() -> None:
    f = facts(
        "Low-dose naltrexone added to SSRIs: interim results",
        "Double-blind trial of naltrexone 4.5 mg versus placebo in adults with major "
        "depressive disorder on SSRIs, randomised 1:1. Planned enrolment 120; 41 randomized "
        "so far.",
        ("Congress",),
    )
    assert f.n == 41


def test_a_timed_series_ends_at_its_last_dose() -> None:
    f = facts(
        "Low-dose naltrexone in dysthymia: open trial",
        "Methods: Thirty adults with persistent depressive disorder took naltrexone 1 mg for "
        "one week, 2 mg for one week and 3 mg thereafter.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [3.0] and not f.compares_doses


RANDOMISED_60 = (
    "Methods: Sixty adults with major depressive disorder were randomized to naltrexone "
    "4.5 mg or placebo. "
)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a contrast names what LDN is not
        (
            "LDN in depression",
            "Objective: In contrast to SNRIs, which block reuptake, LDN "
            "modulates opioid tone. " + RANDOMISED_60,
        ),
        ("LDN in depression", RANDOMISED_60 + "Conclusions: LDN acts differently from tricyclics."),
        # a reference for a side-effect profile
        (
            "LDN in depression",
            RANDOMISED_60 + "Weight gain, typical with mirtazapine, was not seen.",
        ),
        # the name of the illness, not a drug taken now
        ("Low-dose naltrexone in SNRI-refractory depression", RANDOMISED_60),
        # another arm, after a semicolon
        (
            "LDN in depression",
            "Methods: Sixty adults with major depressive disorder received "
            "naltrexone 4.5 mg; the duloxetine group (n = 30) served as control.",
        ),
    ],
)
def test_antidepressants_named_but_not_taken_with_the_drug(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        # a results paper's planned size is not whom it enrolled
        (
            "Methods: A sample size of 70 was planned, but only 38 adults with major depressive "
            "disorder were enrolled and randomized to naltrexone 4.5 mg or placebo.",
            38,
        ),
        # "Of the N participants randomized, M (x%) were women": N is the total
        ("Results: Of the 52 participants randomized, 33 (63%) were women.", 52),
        # a substudy's own sample, not its parent's
        (
            "Methods: In this substudy of a trial that randomized 240 adults with major "
            "depressive disorder to naltrexone 4.5 mg or placebo, 39 underwent "
            "polysomnography.",
            39,
        ),
    ],
)
def test_the_sample_a_study_actually_has(abstract: str, n: int) -> None:
    assert facts("Low-dose naltrexone in depression: a randomized trial", abstract, RCT).n == n


def test_a_phrase_naming_earlier_work_is_not_the_study_s_design() -> None:
    f = facts(
        "Low-dose naltrexone in major depressive disorder",
        "Methods: Sixty adults with major depressive disorder were randomized to naltrexone "
        "3 mg, a dose chosen from previous dose-finding research, or placebo.",
        RCT,
    )
    assert not f.compares_doses and f.ldn_doses_mg == [3.0]


@pytest.mark.parametrize(
    "title",
    [
        "κ-opioid antagonist augmentation in major depression: a randomized trial",
        "Kappa opioid receptor antagonism for anhedonia: a randomized trial",
    ],
)
def test_the_kappa_look_alike_still_matches_after_its_pattern_was_anchored(title: str) -> None:
    f = facts(
        title,
        "Methods: Ninety adults with major depressive disorder were randomized to the "
        "antagonist or placebo; naltrexone 50 mg served as an active control.",
        RCT,
    )
    assert not f.on_topic


def test_a_condition_abbreviation_before_trial_names_no_trial() -> None:
    """ "a TRD trial" is not the trial's name: the background stays background, and its
    SSRIs are nobody's co-medication."""
    f = facts(
        "Low-dose naltrexone in a TRD trial",
        "Background: In TRD, SSRIs and SNRIs often fail.\nMethods: Sixty adults with "
        "treatment-resistant depression were randomized to naltrexone 4.5 mg or placebo "
        "after an antidepressant washout.",
        RCT,
    )
    assert f.concomitant_classes == []
