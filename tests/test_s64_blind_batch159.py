"""Kinds from blind batch 159 (session 64, first measured on the src of e698d62b), written
again in other words.

- preprints137 PPR9901028: a trial in post-COVID condition saying "Participants with
  moderate depression were eligible" read as selected for depression (two false gap
  verdicts).
- holdout645 52203159: "This prespecified secondary analysis includes the 54 randomized
  participants ..., of whom 47 had at least one postbaseline rating and form the analysed
  sample" gave 54 (a false larger-trials verdict).
- holdout643 52203107: "compared treatment effects in participants with (PHQ-9 >= 10; n =
  63) and without (n = 79) ..." gave the second part (79) as the sample.
- holdout644 52203136: "LDN was usually started at 1.5 mg and ... increased to 4.5 mg"
  read the start as a reference dose.
- holdout645 52203148: "Weekly supply was converted to nightly dose ... corresponding to 3
  mg to 4.5 mg nightly" gave no dose.
- holdout644 52203139: a review naming the drug only as what "a small pilot study has
  suggested" read as on-topic.
- holdout644 52203140: "Many participants were also taking prescribed antidepressants ...
  for comorbid depression" made an opioid-withdrawal trial on-topic.
- preprints137 PPR9901042: "Reports coded as low-dose naltrexone use were too few (n = 41)
  for separate analysis" made a pharmacovigilance study on-topic.
- preprints137 PPR9901030: a drug the people "later responded to a switch to" after
  stopping naltrexone counted as taken with it.
"""

from __future__ import annotations

from written import (
    CASE,
    JOURNAL,
    RCT,
    REVIEW,
    TRIAL,
    facts,
    gaps,
    judge_preprint,
    preprint,
)


def test_people_with_the_condition_let_in_are_not_whom_a_trial_of_another_selected() -> None:
    title = "Two doses of low-dose naltrexone for long COVID fatigue: a randomised trial"
    abstract = (
        "Methods: Adults with long COVID and fatigue were randomised to naltrexone 1 mg, "
        "naltrexone 4.5 mg or placebo for 12 weeks. Outcomes were fatigue, cognition and "
        "PHQ-9. Participants with mild or moderate depression were eligible; antidepressant "
        "use was recorded. Results: Eighty-four participants were randomised. PHQ-9 fell "
        "more with 4.5 mg."
    )
    f, found = judge_preprint(preprint(title, abstract))
    assert f.depression_population is False
    assert found == {}


def test_people_with_the_condition_eligible_in_a_trial_of_it_are_selected() -> None:
    # (control: no other condition; "were eligible" is the selection)
    title = "Two doses of low-dose naltrexone added to SSRIs: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on an SSRI were eligible. They were "
        "randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 8 weeks. Results: "
        "Ninety were randomised; MADRS fell most with 4.5 mg."
    )
    assert facts(title, text, RCT).depression_population is True


def test_a_self_named_sample_narrowed_to_its_analysis_set_is_that_set() -> None:
    title = "Low-dose naltrexone with SSRIs: a secondary analysis of the BIRCH randomized trial"
    text = (
        "Methods: BIRCH randomized adults with major depressive disorder on an SSRI or SNRI "
        "to naltrexone 4.5 mg or placebo. This secondary analysis includes the 58 randomized "
        "participants taking sertraline (n = 31) or escitalopram (n = 27), of whom 49 had a "
        "postbaseline MADRS and form the analysis sample. Results: MADRS fell more with "
        "naltrexone."
    )
    assert facts(title, text, RCT).n == 49


def test_a_sample_split_into_those_with_and_without_is_not_one_part() -> None:
    title = (
        "Low-dose naltrexone for chronic pelvic pain with and without depression: prespecified "
        "subgroup analysis of a randomised trial"
    )
    text = (
        "In a double-blind trial, 118 women with chronic pelvic pain were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks. This prespecified analysis compared "
        "effects in participants with (PHQ-9 >= 10; n = 49) and without (n = 69) depressive "
        "symptoms at baseline. PHQ-9 improved more with naltrexone in those with symptoms."
    )
    assert facts(title, text, RCT).n == 118


def test_a_usual_start_of_the_studys_own_people_is_their_dose() -> None:
    title = "Replacing SSRIs with low-dose naltrexone: a retrospective review"
    text = (
        "Methods: We reviewed records of patients with depression who started LDN to replace "
        "an SSRI. LDN was typically started at 1 mg and, in patients without improvement "
        "after 4 weeks, increased to 3 mg. Results: Forty patients met inclusion criteria."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [1.0, 3.0]


def test_a_weekly_supply_converted_to_a_nightly_dose_gives_that_dose() -> None:
    title = "Low-dose naltrexone dispensed for depression by compounding pharmacies: a cohort"
    text = (
        "Methods: We linked pharmacy dispensing records to health records of adults with "
        "depression who started LDN. Weekly supply was converted to nightly dose. Results: "
        "180 patients were included. Weekly supply ranged from 10.5 mg to 21 mg, "
        "corresponding to 1.5 mg to 3 mg nightly. PHQ-9 fell by 4 points."
    )
    assert facts(title, text, JOURNAL).ldn_doses_mg == [1.5, 3.0]


def test_a_review_naming_the_drug_only_as_what_a_pilot_has_suggested_is_off_topic() -> None:
    title = "Augmentation strategies after antidepressant failure: a narrative review"
    text = (
        "We review augmentation options in major depression, from lithium and atypical "
        "antipsychotics to newer agents. Aripiprazole and lithium have the strongest "
        "evidence. Among opioid agents, kappa antagonists are in late-phase trials, and a "
        "small open-label pilot study has suggested that low-dose naltrexone may augment "
        "bupropion. We propose a stepwise framework."
    )
    assert facts(title, text, REVIEW).on_topic is False


def test_people_also_taking_antidepressants_for_comorbid_depression_measure_no_mood() -> None:
    title = "Ultra-low-dose naltrexone during opioid tapering: a randomised trial"
    text = (
        "Methods: Adults tapering long-term opioids for chronic pain were randomised to "
        "naltrexone 0.5 mg or placebo twice daily for 4 weeks. Many participants were also "
        "taking prescribed antidepressants (sertraline or duloxetine) for comorbid depression, "
        "which were continued. The primary outcome was the Clinical Opiate Withdrawal Scale. "
        "Results: Sixty were randomised; withdrawal scores were lower with naltrexone."
    )
    assert facts(title, text, RCT).on_topic is False


def test_the_drug_too_rare_for_an_analysis_of_its_own_is_not_studied() -> None:
    title = "Mood adverse event reports with naltrexone products: a disproportionality analysis"
    abstract = (
        "Methods: We analysed pharmacovigilance reports from 2016 to 2024 and calculated "
        "reporting odds ratios for depression and suicidal ideation with naltrexone-bupropion "
        "and with naltrexone. Results: Depression was disproportionately reported with "
        "naltrexone-bupropion. Reports of low-dose naltrexone use were too few (n = 22) for "
        "a separate analysis."
    )
    f, _ = judge_preprint(preprint(title, abstract))
    assert f.on_topic is False


def test_a_drug_switched_to_later_after_stopping_the_watched_drug_is_not_taken_with_it() -> None:
    title = "Low-dose naltrexone added to escitalopram in postpartum depression: three cases"
    text = (
        "We describe three women with postpartum depression and an inadequate response to "
        "escitalopram 20 mg. Low-dose naltrexone 3 mg at night was added while escitalopram "
        "continued. Two improved; the third stopped naltrexone after a week because of "
        "insomnia and later responded to a switch to duloxetine."
    )
    assert facts(title, text, CASE).concomitant_classes == ["serotonergic"]


def test_a_drug_started_alongside_the_watched_drug_is_taken_with_it() -> None:
    # (control: nothing stopped the watched drug before the drug began)
    title = "Low-dose naltrexone in treatment-resistant depression: an open trial"
    text = (
        "Methods: Adults with resistant depression received naltrexone 4.5 mg nightly and "
        "later switched to duloxetine 60 mg while continuing naltrexone. Results: Twenty "
        "enrolled."
    )
    assert "noradrenergic" in facts(title, text, TRIAL).concomitant_classes
    assert gaps(title, text, TRIAL).get("larger-trials") is None


def test_a_review_of_the_drug_reporting_one_small_trial_stays_on_topic() -> None:
    # (control: the small trial is part of what the review reviews)
    title = "How low is low? A narrative review of naltrexone doses in depression"
    text = (
        "Low-dose naltrexone has been reported to help depressive symptoms in open-label "
        "series and one small randomized trial of 2 mg daily. Published doses range from 1 "
        "mg to 4.5 mg per day. We review the pharmacology of low doses and summarise the "
        "doses used in 14 clinical reports."
    )
    assert facts(title, text, REVIEW).on_topic is True
