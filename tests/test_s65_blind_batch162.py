"""Kinds from blind batch 162 (session 65, first measured on the src of 74baeada, batch
161's fixes), written again in other words.

- holdout660 52203449: "these data do not address combination with serotonergic agents"
  read the class as taken (a false serotonergic verdict).
- holdout657 52203385: fixed steps "with MADRS ... at the end of each step, so that each
  participant was observed at every dose level" read as a titration (its first step lost).
- holdout661 52203480: "samidorphan, a naltrexone-derived antagonist" read as the drug.
- preprints140 PPR9901120: a titration to 3 mg, then "; in two patients without improvement
  ... increased to 4.5 mg", read 3 mg as a step of the raise.
- preprints140 PPR9901128: depression among "Baseline characteristics, including ..." read as
  a mood outcome.
- registry147 NCT00291070: "added to SSRI/SNRI" gave the SNRI to the usual-care arm only.
  (Joining a list's next item to the drug, caught by the open run: a subgroup "whose
  background antidepressant was an SSRI" must still be read as chosen by its drug,
  holdout279 31200021.)
"""

from __future__ import annotations

from written import (
    JOURNAL,
    RCT,
    REVIEW,
    TRIAL,
    arm,
    drug,
    facts,
    gaps,
    judge_registration,
    registration,
)


def test_a_class_the_authors_say_their_data_cannot_speak_to_is_not_taken() -> None:
    title = "Low-dose naltrexone with bupropion in resistant depression: an open dose-escalation"
    text = (
        "Methods: Adults with treatment-resistant depression stopped their SSRI and were "
        "switched to bupropion XL 300 mg/day; sequential cohorts of eight then received "
        "naltrexone 1, 2 or 4 mg daily for 6 weeks, with MADRS read at each dose level.\n"
        "Results: Twenty-four took part; MADRS improved most at 4 mg. As every participant "
        "took bupropion, these results cannot speak to combination with serotonergic "
        "antidepressants."
    )
    f = facts(title, text, TRIAL)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, text, TRIAL)


def test_a_class_the_people_took_is_still_taken() -> None:
    # (control: the class said of the people, no disclaimer)
    title = "Low-dose naltrexone added to antidepressants: an open trial"
    text = (
        "Methods: Adults with resistant depression taking serotonergic antidepressants "
        "received naltrexone 4 mg daily for 8 weeks.\nResults: Thirty enrolled; MADRS fell."
    )
    assert facts(title, text, TRIAL).concomitant_classes == ["serotonergic"]


def test_fixed_steps_each_observed_are_the_doses_tested() -> None:
    title = "Naltrexone in small steps added to SSRIs in resistant depression: an open pilot"
    text = (
        "Methods: Adults with resistant depression on a stable SSRI received naltrexone in "
        "fixed one-week steps (0.5, 1, 2 and then 4 mg/day), with the HAM-D scale at the end "
        "of each step, so that every participant was observed at every dose level.\n"
        "Results: Eighteen enrolled; HAM-D fell most between 1 and 2 mg/day."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [0.5, 1.0, 2.0, 4.0]


def test_a_titration_rated_only_at_its_end_lists_its_target() -> None:
    # (control: the steps lead to one target, read at the end)
    title = "Low-dose naltrexone added to SSRIs in resistant depression: an open pilot"
    text = (
        "Methods: Adults with resistant depression on a stable SSRI took naltrexone 1 mg, "
        "increased to 2 mg at week 1 and to 4 mg at week 2, to a target of 4 mg for 10 "
        "weeks; the HAM-D was rated at baseline and week 12.\n"
        "Results: Eighteen enrolled; HAM-D fell."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.0]


def test_a_compound_named_as_derived_from_the_drug_is_not_it() -> None:
    title = "Opioid-system drugs for resistant depression: a narrative review"
    text = (
        "We reviewed randomised trials of opioid-modulating adjuncts in resistant depression. "
        "Buprenorphine combined with samidorphan, a naltrexone-derived opioid antagonist, gave "
        "mixed results at 2 mg/2 mg. Kappa antagonists improved anhedonia in phase II."
    )
    assert facts(title, text, REVIEW).on_topic is False


def test_the_drug_reviewed_beside_such_a_compound_is_still_the_drug() -> None:
    # (control: the review also covers the drug itself)
    title = "Low-dose naltrexone and other opioid-system drugs for depression: a review"
    text = (
        "We reviewed trials of low-dose naltrexone (LDN) in depression; two small trials found "
        "LDN 4.5 mg improved depressive symptoms. Samidorphan, a naltrexone-derived "
        "antagonist, is discussed for comparison."
    )
    assert facts(title, text, REVIEW).on_topic is True


def test_a_raise_for_some_in_its_own_clause_keeps_the_target_the_others_kept() -> None:
    title = "Low-dose naltrexone added to sertraline in resistant depression: four cases"
    text = (
        "We describe four outpatients on sertraline to whom low-dose naltrexone was added. "
        "LDN was started at 1 mg at night and increased to 2 mg after one week; in one "
        "patient without improvement at week 6 it was increased to 4 mg. MADRS fell in three."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [2.0, 4.0]


def test_a_fixed_raise_in_its_own_clause_is_still_a_step() -> None:
    # (control: no condition in the later clause, one schedule to its last step)
    title = "Low-dose naltrexone added to sertraline in resistant depression: four cases"
    text = (
        "We describe four outpatients on sertraline to whom low-dose naltrexone was added. "
        "LDN was started at 1 mg at night and increased to 2 mg after one week; at week 3 it "
        "was increased to 4 mg in all. MADRS fell in three."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [4.0]


def test_depression_among_baseline_characteristics_measures_no_mood() -> None:
    title = "Low-dose naltrexone in ulcerative colitis: a retrospective cohort"
    text = (
        "Methods: We performed a retrospective cohort study at three centres. Adults with "
        "ulcerative colitis who received naltrexone 4.5 mg daily were included. Baseline "
        "characteristics, including comorbid anxiety and depression noted in the clinic "
        "letters, were extracted, and their association with remission was tested in "
        "logistic regression.\n"
        "Results: A total of 96 patients were included; 40% reached clinical remission."
    )
    assert facts(title, text, JOURNAL).on_topic is False


def test_depression_among_the_outcomes_still_measures_mood() -> None:
    # (control: depressive symptoms an outcome of the same cohort)
    title = "Low-dose naltrexone in ulcerative colitis: a retrospective cohort"
    text = (
        "Methods: We reviewed adults with ulcerative colitis treated with naltrexone 4.5 mg "
        "daily at three centres. Outcomes were clinical remission and depressive symptoms "
        "(HADS-D) at 12 weeks.\n"
        "Results: A total of 96 patients were included; HADS-D fell by 2 points."
    )
    assert facts(title, text, JOURNAL).on_topic is True


def test_each_drug_of_a_slashed_list_the_drug_is_added_to_is_taken_with_it() -> None:
    study = registration(
        title="Low-Dose Naltrexone Added to SSRI or SNRI Treatment in Depression: a Cohort",
        study_type="OBSERVATIONAL",
        summary="Adults with major depression whose psychiatrist adds low-dose naltrexone.",
        description=(
            "No treatment is assigned by the study. A comparison group of adults with MDD "
            "continuing the SSRI/SNRI without augmentation is enrolled concurrently."
        ),
        arms=[
            arm("LDN add-on", "OTHER", "Naltrexone 1.5-4.5 mg/day added to SSRI/SNRI"),
            {"label": "Usual care", "description": "SSRI/SNRI without augmentation"},
        ],
        interventions=[drug("Naltrexone", "As prescribed", ["LDN add-on"])],
        criteria="Inclusion Criteria:\n\n* MDD, MADRS >= 18\n* SSRI or SNRI >= 8 weeks",
        enrollment=150,
    )
    f, _ = judge_registration(study)
    assert sorted(f.concomitant_classes) == ["noradrenergic", "serotonergic"]


def test_a_subgroup_whose_antidepressant_was_one_class_keeps_only_that_class() -> None:
    # (from the open run: holdout279 31200021, once a list's next item joins the drug)
    title = "Low-dose naltrexone with SSRIs: a prespecified subgroup analysis of the CALM trial"
    text = (
        "Background: In the CALM trial, low-dose naltrexone added to an SSRI or SNRI did not "
        "reduce depression more than placebo.\n"
        "Methods: This subgroup comprised all CALM participants whose background "
        "antidepressant was an SSRI at randomisation; they had been allocated to naltrexone "
        "4.5 mg or placebo. Participants on an SNRI were not analysed here.\n"
        "Results: Sixty-four participants were included. HAM-D fell more with naltrexone."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]
