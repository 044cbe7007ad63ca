"""Kinds from blind batch 184 (session 69, first measured on the src of c6eb7749), written
again in other words.

- preprints162 PPR9901783 (a false dose-finding verdict): a narrative review whose search
  "identified one small randomised pilot ..., two open-label studies, several case reports
  and retrospective series" was read as a randomised trial (the retrospective series it
  found made its declaration look like a cohort's).
- holdout767 52205593 (design, n, doses, classes): a letter answering a trial, "We would
  like to share our experience with four outpatients", is a case series; the trial it
  answers ("Verhoeven and colleagues report that ... in 84 patients", "Their trial
  excluded ...") is another team's work.
- holdout768 52205601 (doses): "allocated 1:1:1 to LDN 1.5 mg, LDN 4.5 mg or matching
  placebo; all start at 0.5 mg and reach the allocated dose by day 14": the start is a step.
- holdout770 52205645 (n): "18 were randomised to each dose" is one arm's size (36 in all).
- holdout771 52205674 (doses, classes): "150 whose clinicians prescribe LDN" are patients,
  not a survey of clinicians.
"""

from __future__ import annotations

from written import RCT, facts, gaps

PREPRINT = ("Preprint",)
LETTER = ("Letter", "Comment")
OBSERVATIONAL = ("Journal Article",)
PROTOCOL = ("Journal Article", "Clinical Trial Protocol")


def test_a_review_whose_search_found_trials_and_series_is_a_review() -> None:
    title = "Low-dose naltrexone for depression: a narrative review of the evidence"
    text = (
        "This review summarises the evidence for low-dose naltrexone in depressive "
        "disorders. We searched PubMed and Embase to March 2025 and identified one small "
        "randomised pilot, two open-label studies and several retrospective case series. "
        "We discuss the case for comparing doses between 1 and 4.5 mg. Adequately powered "
        "randomised trials, including dose-finding designs, are needed."
    )
    f = facts(title, text, PREPRINT)
    assert f.design == "review"
    assert gaps(title, text, PREPRINT) == {}


def test_a_chart_review_of_its_own_patients_stays_observational() -> None:
    # (control: the records searched are the study's own patients)
    title = "Low-dose naltrexone in depression: a retrospective chart review"
    text = (
        "We searched the electronic records of our clinic and identified 48 adults with "
        "major depression prescribed LDN 4.5 mg alongside an SSRI. PHQ-9 fell by 5 points."
    )
    assert facts(title, text, OBSERVATIONAL).design == "observational"


def test_a_letter_sharing_a_few_patients_of_its_own_is_a_case_series() -> None:
    title = "Low-dose naltrexone with mirtazapine: three cases in response to Alvarez et al."
    text = (
        "Alvarez and colleagues report that low-dose naltrexone 4.5 mg added to sertraline "
        "or duloxetine improved depressive symptoms in 96 patients. Their trial excluded "
        "patients taking mirtazapine. We would like to share our experience with three "
        "outpatients with major depressive disorder and residual symptoms despite "
        "mirtazapine 30 mg. LDN 3 mg at bedtime was added while mirtazapine was continued. "
        "After 8 weeks two of them had responded."
    )
    f = facts(title, text, LETTER)
    assert f.design == "case_report"
    assert f.n == 3
    assert f.ldn_doses_mg == [3.0]
    assert gaps(title, text, LETTER) == {}


def test_a_letter_that_only_comments_has_no_data_of_its_own() -> None:
    # (control: a reply with no people of its own stays a comment)
    title = "Low-dose naltrexone with SSRIs: a comment on Alvarez et al."
    text = (
        "Alvarez and colleagues report that low-dose naltrexone 4.5 mg added to sertraline "
        "improved depressive symptoms in 96 patients. We would like to comment on the "
        "short follow-up, which leaves relapse unknown."
    )
    f = facts(title, text, LETTER)
    assert f.design == "other"
    assert gaps(title, text, LETTER) == {}


def test_a_start_for_all_after_a_semicolon_is_a_step_to_each_arm() -> None:
    title = "Two doses of low-dose naltrexone in depression: protocol for a randomised trial"
    text = (
        "Methods: We will randomise 150 adults with major depressive disorder on an SSRI. "
        "Participants are allocated 1:1:1 to LDN 2 mg, LDN 4.5 mg or placebo at bedtime; "
        "all start at 0.5 mg and reach the allocated dose by day 10."
    )
    assert facts(title, text, PROTOCOL).ldn_doses_mg == [2.0, 4.5]


def test_a_count_randomised_to_each_dose_is_one_arm() -> None:
    title = "Two weight-based doses of low-dose naltrexone in adolescent depression"
    text = (
        "Methods: Adolescents with major depressive disorder on fluoxetine were randomised "
        "to naltrexone 0.05 or 0.1 mg/kg/day for 8 weeks.\n"
        "Results: Fifty were screened; 21 were randomised to each dose and 38 completed."
    )
    assert facts(title, text, RCT).n == 42


def test_patients_counted_by_whose_clinicians_prescribe_are_patients() -> None:
    title = "Low-dose naltrexone in perinatal depression: protocol for a prospective cohort"
    text = (
        "Methods: This prospective observational cohort will enrol 240 women with a "
        "current perinatal major depressive episode treated with an SSRI: 120 whose "
        "clinicians prescribe LDN (1.5-4.5 mg/day) in addition to the SSRI, and 120 on an "
        "SSRI alone. The study does not assign treatment."
    )
    f = facts(title, text, OBSERVATIONAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.concomitant_classes == ["serotonergic"]


def test_a_survey_of_counted_clinicians_still_takes_nothing() -> None:
    # (control: the clinicians counted are the survey's people)
    title = "Prescribing low-dose naltrexone for depression: a survey"
    text = (
        "Methods: An online questionnaire was sent to psychiatrists.\n"
        "Results: 212 psychiatrists responded; most prescribed LDN 4.5 mg with an SSRI."
    )
    f = facts(title, text, OBSERVATIONAL)
    assert f.ldn_doses_mg == []
    assert f.concomitant_classes == []
