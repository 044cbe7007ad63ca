"""Kinds from blind batch 166 (session 66, first measured on the src of 566491b9, session
65's final code), and holdout672 52203685 left open then, written again in other words.

- holdout672 52203685: "DSM-5 moderate-to-severe alcohol use disorder and current major
  depressive disorder" was not read as a selection for depression (the words before the
  second condition ran past the reader's reach).
- holdout678 52203812: a secondary analysis of a fibromyalgia trial taking "the 71
  participants with a PHQ-9 score of 10 or more", its aim "in patients with fibromyalgia
  and clinically significant depression", was read as a depressed population, and
  duloxetine "prescribed for fibromyalgia pain" as taken for depression, because a results
  line ("similar in the 18 participants taking duloxetine") was read as the report's sample
  chosen by its drug (three false verdicts).
- holdout680 52203842: a protocol's "38 participants per arm are required ... (MCP-Mod,
  one-sided alpha 0.05, power 80%)" was no size plan (the power after its word, past a
  decimal).
- holdout680 52203854: "had the SSRI stopped by cross-taper and started vortioxetine" read
  as a cross-taper onto LDN (a missed serotonergic verdict).
- holdout680 52203858: "The randomised groups numbered 21 (LDN), 20 (escitalopram) and 22
  (placebo)" was not summed; "used by 14 participants" won.
- holdout680 52203859: "the 1.5-mg arm was excluded because ..." in a secondary analysis
  kept 1.5 mg.
- holdout681 52203869: a conference abstract's unlabelled opening ("The doses of LDN used
  in depression (1 to 4.5 mg) are borrowed from other indications.") before "Methods:" was
  read as the study's own dose.
- preprints144 PPR9901255: "Matching variables included ... depression diagnosis" made an
  MS cohort on-topic.
"""

from __future__ import annotations

from written import JOURNAL, PROTOCOL, RCT, facts, gaps, judge_preprint, preprint


def test_a_second_condition_said_current_after_a_long_first_one_selects_for_it_too() -> None:
    title = "Low-dose or standard-dose naltrexone in dual diagnosis: a randomised trial"
    text = (
        "Methods: Outpatients of three detoxification units with ICD-11 moderate-to-severe "
        "cannabis use disorder and current major depressive disorder (MADRS 22 or more) were "
        "randomised to naltrexone 3 mg/day or 50 mg/day for 10 weeks.\n"
        "Results: Seventy-two participants were randomised."
    )
    f = facts(title, text, RCT)
    assert f.depression_population is True
    assert "larger-trials" in gaps(title, text, RCT)


def test_a_subgroup_picked_out_of_another_conditions_trial_by_a_scale_is_no_selection() -> None:
    title = "Mood and response to low-dose naltrexone in multiple sclerosis: secondary analysis"
    text = (
        "Objective: We examined whether low-dose naltrexone (LDN) eases depressive symptoms in "
        "patients with multiple sclerosis and clinically significant depression.\n"
        "Methods: This secondary analysis used data from a 16-week trial in which 240 adults "
        "with multiple sclerosis were randomized to naltrexone 2 mg or 4.5 mg daily, or "
        "placebo. The present analysis included the 64 participants with a Beck Depression "
        "Inventory-II score of 20 or more at baseline.\n"
        "Results: Among the 64, BDI-II fell by 4.0 with placebo, 6.1 with 2 mg and 7.3 with "
        "4.5 mg."
    )
    assert facts(title, text, RCT).depression_population is False
    assert gaps(title, text, RCT) == {}


def test_a_subgroup_picked_out_of_a_depression_trial_by_a_scale_keeps_its_population() -> None:
    # (control: the parent trial took in people with major depression)
    title = "Severity and response to low-dose naltrexone: a secondary analysis"
    text = (
        "Methods: This secondary analysis used data from a trial in which 180 adults with "
        "major depressive disorder on an SSRI were randomized to naltrexone 4.5 mg or "
        "placebo. The present analysis included the 90 participants with a MADRS score of "
        "30 or more at baseline.\n"
        "Results: Among the 90, MADRS fell more with naltrexone."
    )
    assert facts(title, text, RCT).depression_population is True


def test_a_results_line_about_those_taking_a_drug_keeps_its_purpose_told_before() -> None:
    title = "Depressive symptoms with low-dose naltrexone in chronic pain: a secondary analysis"
    text = (
        "Methods: This secondary analysis used data from a trial in which 160 adults with "
        "chronic widespread pain were randomized to naltrexone 4.5 mg daily or placebo. "
        "Participants could continue stable amitriptyline (n = 30 in the full trial) "
        "prescribed for neuropathic pain. The outcome was change in PHQ-9.\n"
        "Results: PHQ-9 fell by 2.0 more with naltrexone. Results were similar in the 14 "
        "participants taking amitriptyline."
    )
    f = facts(title, text, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_a_power_figure_after_its_word_makes_a_per_arm_count_the_plan() -> None:
    title = "Two doses of low-dose naltrexone added to SNRIs in depression: protocol"
    text = (
        "Methods: Adults with major depressive disorder taking an SNRI will be randomised "
        "1:1:1 to naltrexone 2 mg, naltrexone 4.5 mg or placebo for 10 weeks. Allowing for "
        "10% dropout, 30 participants per arm are needed to detect a dose-response trend "
        "(two-sided alpha 0.05, power 90%)."
    )
    f = facts(title, text, PROTOCOL)
    assert f.n == 90
    assert gaps(title, text, PROTOCOL).get("larger-trials") == "in_progress"


def test_a_cross_taper_onto_another_antidepressant_told_with_started_is_no_switch_to_ldn() -> None:
    title = "Switching to sertraline with or without low-dose naltrexone: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder who had not responded to bupropion "
        "had bupropion stopped by cross-taper and started sertraline 50 mg. When sertraline "
        "began they were randomised to LDN 4.5 mg or placebo for 8 weeks.\n"
        "Results: Sixty were randomised; MADRS fell more with LDN."
    )
    f = facts(title, text, RCT)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, text, RCT).get("serotonergic-combination") == "addressed"


def test_a_cross_taper_that_started_ldn_is_still_a_switch() -> None:
    # (control: what was tapered away is not taken with the drug)
    title = "Switching from sertraline to low-dose naltrexone: an open trial"
    text = (
        "Methods: Adults with major depressive disorder and sexual side effects had "
        "sertraline stopped by cross-taper and started LDN 4.5 mg nightly for 12 weeks.\n"
        "Results: Twenty-four took part; MADRS fell by 6 points."
    )
    assert facts(title, text, JOURNAL).concomitant_classes == []


def test_groups_said_to_number_so_many_with_their_arms_in_brackets_add_up() -> None:
    title = "Low-dose naltrexone alone, sertraline or placebo in mild depression: a trial"
    text = (
        "Methods: Antidepressant-free adults with major depressive disorder were randomised "
        "to LDN 4.5 mg, sertraline 50 mg or placebo for 8 weeks. Zolpidem for insomnia was "
        "allowed and was used by 9 participants.\n"
        "Results: The randomised arms numbered 25 (LDN), 24 (sertraline) and 26 (placebo); "
        "66 completed."
    )
    assert facts(title, text, RCT).n == 75


def test_an_arm_a_secondary_analysis_excluded_for_a_reason_gives_no_dose() -> None:
    title = "Insomnia and response to low-dose naltrexone: a secondary analysis of a trial"
    text = (
        "Methods: This secondary analysis used data from a randomised trial of naltrexone "
        "1, 2.5 or 4.5 mg/day or placebo added to SSRIs in major depressive disorder. We "
        "analysed participants randomised to 2.5 mg, 4.5 mg or placebo; the 1-mg arm was "
        "excluded as it had too few participants with insomnia.\n"
        "Results: The analysed sample comprised 58 participants."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [2.5, 4.5]


def test_an_unlabelled_opening_before_labelled_sections_is_background() -> None:
    title = "P-114 Low-dose naltrexone at three doses added to SNRIs in depression"
    text = (
        "Clinicians prescribing LDN for depression use doses between 1 and 6 mg by habit. "
        "We carried out a small randomised dose-ranging study.\n"
        "Methods: Adults with major depressive disorder on an SNRI were randomised to "
        "naltrexone 0.5 mg, 2 mg or 4.5 mg nightly for 6 weeks.\n"
        "Results: 30 were randomised (10 per arm)."
    )
    assert facts(title, text, ("Congress",)).ldn_doses_mg == [0.5, 2.0, 4.5]


def test_an_unlabelled_opening_that_tells_the_study_keeps_its_facts() -> None:
    # (control: the opening is the study's own design, no background)
    title = "P-115 Low-dose naltrexone added to SSRIs in depression"
    text = (
        "Forty adults with major depressive disorder on an SSRI were randomised to naltrexone "
        "1.5 mg or 4.5 mg nightly for 8 weeks.\n"
        "Results: MADRS fell more with 4.5 mg."
    )
    assert facts(title, text, ("Congress",)).ldn_doses_mg == [1.5, 4.5]


def test_a_condition_among_matching_variables_is_no_outcome() -> None:
    f, g = judge_preprint(
        preprint(
            "Low-dose naltrexone and relapse in rheumatoid arthritis: a cohort study",
            "Methods: Using linked registry data, we compared 300 patients who collected LDN "
            "(3-4.5 mg) with 1,200 matched non-users. Matching variables included age, sex, "
            "disease duration, depression diagnosis and antidepressant use. The outcome was "
            "flare rate. Results: Flare rates did not differ.",
        )
    )
    assert f.on_topic is False
    assert g == {}
